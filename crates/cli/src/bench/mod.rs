//! `tierpy bench PROG.py`: warm-up measurement. The program's `main()` is
//! called many times in one process; each call is timed and the tier events
//! (compiles, installs, OSR entries, exits, jettisons) are placed between and
//! during the calls, printed as a table, and drawn as a curve with `--svg`.

mod chart;
mod compare;
mod record;
mod session;
mod table;

use crate::options::BenchOptions;
use clap::Parser;
use std::ffi::OsString;

/// Entry point for `tierpy bench ARGS...`; returns the exit status.
pub fn main(args: Vec<OsString>) -> i32 {
    let opts = BenchOptions::parse_from(std::iter::once(OsString::from("tierpy bench")).chain(args));
    if opts.compare_tiers {
        return compare::run(&opts);
    }
    crate::runner::on_big_stack(move |stack_limit| match session::measure(&opts, stack_limit) {
        Ok(run) => report(&opts, &run),
        Err(status) => status,
    })
}

/// Prints the table and writes the SVG and JSON files the options ask for.
fn report(opts: &BenchOptions, run: &record::BenchRun) -> i32 {
    if !opts.quiet {
        print!("{}", table::iterations(run));
    }
    let mut status = 0;
    if let Some(path) = &opts.svg {
        let title = format!("{}: warm-up, --tier={}", opts.program, run.tier);
        if let Err(e) = chart::draw(path, &title, &[chart::Curve { run, label_events: true }]) {
            eprintln!("tierpy bench: {e}");
            status = 1;
        }
    }
    if let Some(path) = &opts.json {
        status = status.max(write_json(path, &run.to_json()));
    }
    status
}

/// Writes a JSON file; returns 0, or 1 after reporting why it failed.
fn write_json(path: &str, j: &serde_json::Value) -> i32 {
    match std::fs::write(path, serde_json::to_string_pretty(j).unwrap_or_default()) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("tierpy bench: cannot write {path}: {e}");
            1
        }
    }
}

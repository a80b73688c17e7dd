//! `--compare-tiers`: the same program under each `--tier`, each in its own
//! process (this binary, `bench --quiet --json`), overlaid and tabulated.

use super::chart::{self, Curve};
use super::record::BenchRun;
use super::table;
use crate::options::{BenchOptions, Tier};
use std::process::Command;

/// The modes compared, in table and legend order.
const MODES: [Tier; 4] = [Tier::Interp, Tier::Baseline, Tier::Ftl, Tier::Auto];

/// Runs every mode; prints the table, writes the chart and JSON; returns the exit status.
pub fn run(opts: &BenchOptions) -> i32 {
    let exe = match std::env::current_exe() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("tierpy bench: cannot find the tierpy binary: {e}");
            return 70;
        }
    };
    let dir = std::env::temp_dir();
    let mut runs = vec![];
    for mode in MODES {
        let json = dir.join(format!("tierpy-bench-{}-{}.json", std::process::id(), mode.name()));
        let e = &opts.engine;
        let mut cmd = Command::new(&exe);
        cmd.arg("bench").arg(&opts.program).arg("--quiet").arg(format!("--iterations={}", opts.iterations));
        cmd.arg(format!("--tier={}", mode.name())).arg("--json").arg(&json);
        cmd.arg(format!("--baseline-threshold={}", e.baseline_threshold)).arg(format!("--ftl-threshold={}", e.ftl_threshold));
        if e.ftl_sync {
            cmd.arg("--ftl-sync");
        }
        // The program's own output is shown once, from the first mode.
        if !runs.is_empty() {
            cmd.stdout(std::process::Stdio::null());
        }
        let status = cmd.status().map(|s| s.code().unwrap_or(70)).unwrap_or(70);
        let run = std::fs::read_to_string(&json).ok().and_then(|t| serde_json::from_str(&t).ok()).and_then(|j| BenchRun::from_json(&j));
        let _ = std::fs::remove_file(&json);
        match run {
            Some(r) if status == 0 => runs.push(r),
            _ => {
                eprintln!("tierpy bench: --tier={} failed (exit status {status})", mode.name());
                return if status == 0 { 70 } else { status };
            }
        }
    }
    print!("{}", table::tiers(&runs));
    let mut status = 0;
    if let Some(path) = &opts.svg {
        let curves: Vec<Curve> = runs.iter().map(|r| Curve { run: r, label_events: r.tier == "auto" }).collect();
        if let Err(e) = chart::draw(path, &format!("{}: warm-up by tier", opts.program), &curves) {
            eprintln!("tierpy bench: {e}");
            status = 1;
        }
    }
    if let Some(path) = &opts.json {
        let j = serde_json::json!({"program": opts.program, "series": runs.iter().map(BenchRun::to_json).collect::<Vec<_>>()});
        status = status.max(super::write_json(path, &j));
    }
    status
}

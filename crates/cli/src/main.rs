//! `tierpy`: runs a Python program, a `-c` string or a REPL, and exposes the
//! flags that select and observe the execution tiers.

mod bench;
mod options;
mod repl;
mod report;
mod runner;
mod tiering;

use clap::Parser;
use options::Options;

/// Heap objects are small and short-lived; mimalloc serves them much faster than glibc's malloc.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mut args = std::env::args_os();
    if std::env::args_os().nth(1).is_some_and(|a| a == "bench") {
        std::process::exit(bench::main(args.by_ref().skip(2).collect()));
    }
    let opts = Options::parse();
    let code = runner::run_on_big_stack(opts);
    std::process::exit(code);
}

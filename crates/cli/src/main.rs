//! `tierpy`: runs a Python program, a `-c` string or a REPL, and exposes the
//! flags that select and observe the execution tiers; `tierpy bench` measures warm-up.

use clap::Parser;
use tierpy_cli::options::Options;
use tierpy_cli::{bench, runner};

/// Heap objects are small and short-lived; mimalloc serves them much faster than glibc's malloc.
#[global_allocator]
static GLOBAL: tierpy_cli::alloc::MiPlain = tierpy_cli::alloc::MiPlain;

fn main() {
    if std::env::args_os().nth(1).is_some_and(|a| a == "bench") {
        runner::exit_process(bench::main(std::env::args_os().skip(2).collect()));
    }
    let opts = Options::parse();
    runner::exit_process(runner::run_on_big_stack(opts));
}

//! `tierpy`: runs a Python program, a `-c` string or a REPL, and exposes the
//! flags that select and observe the execution tiers.

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
    let opts = Options::parse();
    let code = runner::run_on_big_stack(opts);
    std::process::exit(code);
}

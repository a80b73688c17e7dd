//! Command-line options (every tier threshold is a named option here).

use clap::{Parser, ValueEnum};

/// Which tiers may run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Tier {
    /// Never compile: the interpreter only.
    Interp,
    /// Compile every function with the baseline tier at its first call.
    Baseline,
    /// Promote to the highest tier as early as possible.
    Ftl,
    /// The normal tier-up policy.
    Auto,
}

/// tierpy: a tiered Python runtime (interpreter, Cranelift baseline, LLVM FTL).
#[derive(Parser, Debug)]
#[command(name = "tierpy", version, about, trailing_var_arg = true)]
pub struct Options {
    /// Program passed in as a string.
    #[arg(short = 'c', value_name = "CODE")]
    pub command: Option<String>,

    /// Print the bytecode of every code object with its source lines, then exit.
    #[arg(long)]
    pub dis: bool,

    /// Which tiers may run.
    #[arg(long, value_enum, default_value = "auto")]
    pub tier: Tier,

    /// Execution-counter value (calls + loop iterations) that promotes a function to the baseline tier.
    #[arg(long, value_name = "N", default_value_t = 1000)]
    pub baseline_threshold: u32,

    /// Execution-counter value that promotes a baseline function to the FTL tier.
    #[arg(long, value_name = "N", default_value_t = 20000)]
    pub ftl_threshold: u32,

    /// Wait for FTL compiles instead of running on in the lower tier.
    #[arg(long)]
    pub ftl_sync: bool,

    /// Write per-function tier statistics as JSON to FILE at exit.
    #[arg(long, value_name = "FILE")]
    pub stats_json: Option<String>,

    /// Write tier events as Chrome trace-event JSON to FILE.
    #[arg(long, value_name = "FILE")]
    pub trace: Option<String>,

    /// Print what a tier produced (bytecode, clif, llvm, asm) on stderr.
    #[arg(long, value_name = "KIND")]
    pub dump: Option<String>,

    /// Restrict --dump to functions with this name.
    #[arg(long, value_name = "NAME")]
    pub dump_filter: Option<String>,

    /// The program file ('-' for standard input) and its arguments.
    #[arg(value_name = "FILE [ARGS]...", allow_hyphen_values = true)]
    pub args: Vec<String>,
}

//! Command-line options (every tier threshold is a named option here).

use clap::{Args, Parser, ValueEnum};

/// Which tiers may run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Tier {
    /// Never compile: the interpreter only.
    Interp,
    /// Compile every function with the baseline tier at its first call.
    Baseline,
    /// Promote to the highest tier as early as possible: baseline at the
    /// first call, the FTL once the baseline has profiled a few
    /// ([`FTL_EAGER_THRESHOLD`]) calls or loop iterations (an FTL compile
    /// with no profile has nothing to speculate on).
    Ftl,
    /// The normal tier-up policy.
    Auto,
}

impl Tier {
    /// The name the flag takes (`--tier=NAME`).
    pub fn name(self) -> &'static str {
        match self {
            Tier::Interp => "interp",
            Tier::Baseline => "baseline",
            Tier::Ftl => "ftl",
            Tier::Auto => "auto",
        }
    }
}

/// How the tiers run and what they print: shared by running a program and `tierpy bench`.
#[derive(Args, Debug, Clone)]
pub struct EngineOptions {
    /// Which tiers may run.
    #[arg(long, value_enum, default_value = "auto")]
    pub tier: Tier,

    /// Execution-counter value (calls + loop iterations) that promotes a function to the baseline tier.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_BASELINE_THRESHOLD)]
    pub baseline_threshold: u32,

    /// Execution-counter value at which a function's baseline code, compiled
    /// quickly at first, is compiled again with Cranelift's optimizations.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_BASELINE_OPT_THRESHOLD)]
    pub baseline_opt_threshold: u32,

    /// Execution-counter value that promotes a baseline function to the FTL tier.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_FTL_THRESHOLD)]
    pub ftl_threshold: u32,

    /// Wait for FTL compiles instead of running on in the lower tier.
    #[arg(long)]
    pub ftl_sync: bool,

    /// Print what a tier produced (bytecode, clif, llvm, asm) on stderr.
    #[arg(long, value_name = "KIND")]
    pub dump: Option<String>,

    /// Restrict --dump to functions with this name.
    #[arg(long, value_name = "NAME")]
    pub dump_filter: Option<String>,

    /// Testing aid: make every compile of this tier fail (baseline, ftl or all), to check that
    /// functions stay in the lower tier and the program's output does not change.
    #[arg(long, value_name = "TIER")]
    pub inject_compile_failure: Option<InjectFailure>,
}

/// `--baseline-threshold` unless given.
pub const DEFAULT_BASELINE_THRESHOLD: u32 = 1000;
/// `--baseline-opt-threshold` unless given: the default baseline threshold,
/// so that in `auto` mode the baseline compiles once, optimized.
pub const DEFAULT_BASELINE_OPT_THRESHOLD: u32 = DEFAULT_BASELINE_THRESHOLD;
/// `--ftl-threshold` unless given.
pub const DEFAULT_FTL_THRESHOLD: u32 = 20000;
/// The FTL threshold of `--tier=ftl`.
pub const FTL_EAGER_THRESHOLD: u32 = 100;

impl EngineOptions {
    /// The command line's defaults, with another tier.
    pub fn for_tier(tier: Tier) -> EngineOptions {
        EngineOptions {
            tier,
            baseline_threshold: DEFAULT_BASELINE_THRESHOLD,
            baseline_opt_threshold: DEFAULT_BASELINE_OPT_THRESHOLD,
            ftl_threshold: DEFAULT_FTL_THRESHOLD,
            ftl_sync: false,
            dump: None,
            dump_filter: None,
            inject_compile_failure: None,
        }
    }
}

/// Which tier's compiles `--inject-compile-failure` makes fail.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum InjectFailure {
    /// Baseline compiles fail: functions stay in the interpreter.
    Baseline,
    /// FTL compiles fail: functions stay in baseline.
    Ftl,
    /// Both.
    All,
}

/// tierpy: a tiered Python runtime (interpreter, Cranelift baseline, LLVM FTL).
///
/// `tierpy bench PROG.py --help` describes the benchmarking command.
#[derive(Parser, Debug)]
#[command(name = "tierpy", version, about, trailing_var_arg = true)]
pub struct Options {
    /// Program passed in as a string.
    #[arg(short = 'c', value_name = "CODE")]
    pub command: Option<String>,

    /// Print the bytecode of every code object with its source lines, then exit.
    #[arg(long)]
    pub dis: bool,

    #[command(flatten)]
    pub engine: EngineOptions,

    /// Write per-function tier statistics as JSON to FILE at exit.
    #[arg(long, value_name = "FILE")]
    pub stats_json: Option<String>,

    /// Write tier events as Chrome trace-event JSON to FILE.
    #[arg(long, value_name = "FILE")]
    pub trace: Option<String>,

    /// The program file ('-' for standard input) and its arguments.
    #[arg(value_name = "FILE [ARGS]...", allow_hyphen_values = true)]
    pub args: Vec<String>,
}

/// `tierpy bench`: times `main()` of a program over many iterations in one
/// process and shows how its functions moved between tiers.
#[derive(Parser, Debug, Clone)]
#[command(name = "tierpy bench", version)]
pub struct BenchOptions {
    /// The program: a module defining `main()` (run once as module `__bench__`, then `main()` is called N times).
    #[arg(value_name = "PROG.py")]
    pub program: String,

    /// How many times to call `main()`.
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub iterations: usize,

    /// Draw the warm-up curve (time per iteration, tier events marked) as an SVG file.
    #[arg(long, value_name = "FILE")]
    pub svg: Option<String>,

    /// Write per-iteration times and tier events as JSON.
    #[arg(long, value_name = "FILE")]
    pub json: Option<String>,

    /// Run the program under --tier=interp, baseline, ftl and auto, each in its own process, and compare them.
    #[arg(long)]
    pub compare_tiers: bool,

    /// Print no table (used for the per-tier processes of --compare-tiers).
    #[arg(long)]
    pub quiet: bool,

    #[command(flatten)]
    pub engine: EngineOptions,
}

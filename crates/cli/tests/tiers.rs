//! Tests that assert what the tiers did (from `--stats-json` and `--trace`),
//! not only what the program printed.

mod common;

use common::{read_json, scratch};
use serde_json::Value as Json;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// What one run printed and reported.
struct Reports {
    stdout: String,
    stats: Json,
    /// The `traceEvents` of `--trace`.
    trace: Vec<Json>,
}

/// Runs a program with flags plus `--stats-json` and `--trace`; it must succeed.
fn run_with_reports(name: &str, source: &str, flags: &[&str]) -> Reports {
    let dir = scratch(name);
    let prog = dir.join("prog.py");
    std::fs::write(&prog, source).unwrap();
    let (stats, trace) = (dir.join("stats.json"), dir.join("trace.json"));
    let out = Command::new(env!("CARGO_BIN_EXE_tierpy"))
        .args(flags)
        .arg(format!("--stats-json={}", stats.display()))
        .arg(format!("--trace={}", trace.display()))
        .arg(&prog)
        .output()
        .unwrap();
    assert!(out.status.success(), "tierpy failed: {}", String::from_utf8_lossy(&out.stderr));
    let trace = read_json(&trace)["traceEvents"].as_array().unwrap().clone();
    Reports { stdout: String::from_utf8(out.stdout).unwrap(), stats: read_json(&stats), trace }
}

/// Runs a program with flags; returns (stdout, stats JSON).
fn run_with_stats(name: &str, source: &str, flags: &[&str]) -> (String, Json) {
    let r = run_with_reports(name, source, flags);
    (r.stdout, r.stats)
}

fn function<'a>(stats: &'a Json, name: &str) -> &'a Json {
    stats["functions"].as_array().unwrap().iter().find(|f| f["name"] == name).unwrap_or_else(|| panic!("no function {name} in {stats}"))
}

const HOT_LOOP: &str = "def work(n):\n    t = 0\n    for i in range(n):\n        t += i % 7\n    return t\n\nprint(work(20000))\n";

#[test]
fn hot_loop_enters_baseline_through_osr() {
    let (out, stats) = run_with_stats("osr", HOT_LOOP, &["--baseline-threshold=500"]);
    assert_eq!(out, "59997\n");
    let f = function(&stats, "work");
    assert_eq!(f["calls"], 1);
    assert_eq!(f["tier"], "baseline");
    assert!(f["osr_entries"].as_u64().unwrap() >= 1, "expected an OSR entry: {f}");
}

/// One call whose loop outlives the FTL compile: the running frame leaves
/// baseline code for the FTL code at a loop header once it is installed.
#[test]
fn running_loop_moves_from_baseline_into_ftl_code() {
    let src = "def work(n):\n    t = 0\n    for i in range(n):\n        t += i % 7\n    return t\n\nprint(work(60000000))\n";
    let r = run_with_reports("osr-ftl", src, &["--baseline-threshold=10", "--ftl-threshold=1000"]);
    assert_eq!(r.stdout, "179999994\n");
    let f = function(&r.stats, "work");
    assert_eq!((f["calls"].as_u64(), f["tier"].as_str()), (Some(1), Some("ftl")), "{f}");
    // interpreter -> baseline, then baseline -> FTL, both in the one call.
    assert!(f["osr_entries"].as_u64().unwrap() >= 2, "{f}");
    let installed = r.trace.iter().find(|e| e["name"] == "install ftl work").expect("FTL install event")["ts"].as_u64().unwrap();
    let entered =
        r.trace.iter().any(|e| e["cat"] == "osr" && e["name"] == "osr entry work (line 1)" && e["ts"].as_u64().unwrap() >= installed);
    assert!(entered, "no OSR entry after the FTL install: {:?}", r.trace);
}

/// Runs `run` of a program hot in the FTL (`--ftl-sync`, tiny thresholds)
/// with its IR dumped: (stdout, the IR dump, the stats JSON).
fn run_dumping_ir(name: &str, src: &str) -> (String, String, Json) {
    let dir = scratch(name);
    let prog = dir.join("prog.py");
    std::fs::write(&prog, src).unwrap();
    let stats = dir.join("stats.json");
    let out = Command::new(env!("CARGO_BIN_EXE_tierpy"))
        .args(["--baseline-threshold=2", "--ftl-threshold=50", "--ftl-sync", "--dump=ir", "--dump-filter=run"])
        .arg(format!("--stats-json={}", stats.display()))
        .arg(&prog)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned(), read_json(&stats))
}

/// A small pure function called in a hot loop is inlined into the FTL code
/// of its caller (`--dump=ir` marks its instructions); an inlined body
/// that cannot finish (an int overflow) exits for the interpreter to make
/// the real call, and rebinding the function exits at its load, both
/// recorded as exits.
#[test]
fn small_pure_callees_are_inlined_and_fall_back_or_exit_when_rebound() {
    let src = "def sq(x):\n    return x * x + 1\n\ndef run(n, k):\n    t = 0\n    for i in range(n):\n        t += sq(i + k)\n    return t\n\nprint(run(2000, 0))\nprint(run(2000, 2 ** 40))\ndef sq(x):\n    return x\n\nprint(run(2000, 0))\n";
    let (out, ir, j) = run_dumping_ir("inline", src);
    assert_eq!(out, "2664669000\n2417851643625105839925469000\n1999000\n");
    assert!(ir.contains("inlined#0 Mul"), "no inlined body in the IR dump:\n{ir}");
    let exits = j["exits"].as_array().unwrap();
    let reason = |start: &str| exits.iter().any(|e| e["function"] == "run" && e["reason"].as_str().unwrap().contains(start));
    assert!(reason("call did not go as compiled"), "no fallback exit recorded: {}", j["exits"]);
    assert!(reason("compiled as a constant was rebound"), "no exit at the rebound function's load: {}", j["exits"]);
}

/// Calls of known builtins (`math.sqrt` through its module, `abs`) compile
/// inline; replacing the module's function exits to the interpreter, which
/// calls the replacement.
#[test]
fn builtin_calls_compile_inline_and_replacing_one_exits() {
    let src = "import math\n\ndef run(n):\n    t = 0.0\n    for i in range(n):\n        t += math.sqrt(i) + abs(-i)\n    return t\n\nprint(run(2000))\nmath.sqrt = lambda x: 1.0\nprint(run(2000))\n";
    let (out, ir, j) = run_dumping_ir("builtins", src);
    assert_eq!(out, "2058605.9117656914\n2001000.0\n");
    assert!(ir.contains("builtin CallMethod") && ir.contains("builtin Call "), "builtin calls not inline:\n{ir}");
    let exit = j["exits"].as_array().unwrap().iter().find(|e| e["function"] == "run" && e["line"] == 6);
    assert!(exit.is_some(), "no exit recorded for the replaced builtin: {}", j["exits"]);
}

/// A slice assignment profiled in the lower tiers (`SetItem` with a slice
/// key records the object's kind) is compiled as the runtime's general
/// store, not speculated a list item store that exits at every run.
#[test]
fn profiled_slice_assignments_compile_without_exits() {
    let src = "def run(n):\n    p = list(range(9))\n    t = 0\n    for i in range(n):\n        k = i % 8 + 1\n        p[:k + 1] = p[k::-1]\n        t += p[0]\n    return t\n\nprint(run(3000))\n";
    let (out, _, j) = run_dumping_ir("slice-store", src);
    assert_eq!(out, "11997\n");
    assert_eq!(function(&j, "run")["tier"], "ftl", "{j}");
    assert_eq!(j["exits"].as_array().unwrap().len(), 0, "no exit expected: {}", j["exits"]);
}

/// An int product of operands beyond 2^23 that fits the inline range (48
/// bits) stays in FTL code; one that leaves it exits, and the interpreter
/// makes the big int.
#[test]
fn int_products_exit_only_when_they_leave_the_inline_range() {
    let src = |k: &str| {
        format!(
            "def run(n, k):\n    t = 0\n    for i in range(n):\n        t += (i + 8388608) * k % 1000\n    return t\n\nprint(run(2000, {k}))\n"
        )
    };
    let (out, _, j) = run_dumping_ir("mul-fits", &src("1000003"));
    assert_eq!(out, "999000\n");
    assert_eq!(function(&j, "run")["tier"], "ftl", "{j}");
    assert_eq!(j["exits"].as_array().unwrap().len(), 0, "no exit expected: {}", j["exits"]);
    // Warmed up on products that fit (else the lower tiers see the
    // overflow and the FTL does not speculate on this multiply at all).
    let (out, _, j) = run_dumping_ir("mul-big", &format!("{}print(run(2000, 2**30))\n", src("1000003")));
    assert_eq!(out, "999000\n992000\n");
    let exits = j["exits"].as_array().unwrap();
    assert!(
        exits.iter().any(|e| e["function"] == "run" && e["reason"].as_str().unwrap().contains("outside the inline range")),
        "an overflow exit expected: {exits:?}"
    );
}

#[test]
fn recursive_calls_go_straight_into_compiled_code() {
    let src = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nprint(fib(22))\n";
    let out = Command::new(env!("CARGO_BIN_EXE_tierpy"))
        .args(["--baseline-threshold=2", "--ftl-threshold=50", "--ftl-sync", "--dump=ir", "--dump-filter=fib"])
        .arg("-c")
        .arg(src)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "17711\n");
    let ir = String::from_utf8_lossy(&out.stderr);
    assert_eq!(ir.matches("direct Call").count(), 2, "both calls are direct:\n{ir}");
}

#[test]
fn interp_tier_never_compiles() {
    let (out, stats) = run_with_stats("interp", HOT_LOOP, &["--tier=interp"]);
    assert_eq!(out, "59997\n");
    assert_eq!(stats["compiles"].as_array().unwrap().len(), 0);
    assert_eq!(function(&stats, "work")["tier"], "interp");
}

#[test]
fn second_call_runs_compiled_code_with_threshold_one() {
    let src = "def add(a, b):\n    return a + b\n\nprint(add(1, 2), add(3, 4))\n";
    let (out, stats) = run_with_stats("second", src, &["--baseline-threshold=1"]);
    assert_eq!(out, "3 7\n");
    let f = function(&stats, "add");
    assert_eq!(f["calls"], 2);
    assert!(f["compiled_calls"].as_u64().unwrap() >= 1, "the second call ran compiled code: {f}");
    let compiles = stats["compiles"].as_array().unwrap();
    let c = compiles.iter().find(|c| c["function"] == "add").unwrap();
    assert_eq!(c["ok"], true);
    assert_eq!(c["tier"], "baseline");
}

/// `--tier=baseline` compiles at the first call without optimizations, then
/// once more, optimized, when the loop gets hot; the running frame moves
/// into the new code. `auto` compiles hot functions optimized straight away.
#[test]
fn hot_baseline_code_is_recompiled_optimized() {
    let efforts = |flags: &[&str]| {
        let (out, stats) = run_with_stats("effort", HOT_LOOP, flags);
        assert_eq!(out, "59997\n");
        let compiles = stats["compiles"].as_array().unwrap();
        compiles
            .iter()
            .filter(|c| c["function"] == "work" && c["tier"] == "baseline")
            .map(|c| (c["ok"] == true, c["effort"].as_str().unwrap().to_string()))
            .collect::<Vec<_>>()
    };
    let quick_then_optimized = vec![(true, "quick".to_string()), (true, "optimized".to_string())];
    assert_eq!(efforts(&["--tier=baseline", "--baseline-opt-threshold=100"]), quick_then_optimized);
    assert_eq!(efforts(&["--tier=baseline", "--baseline-opt-threshold=100000"]), vec![(true, "quick".to_string())]);
    assert_eq!(efforts(&["--baseline-threshold=500", "--baseline-opt-threshold=500"]), vec![(true, "optimized".to_string())]);
}

/// `--dump=asm` prints the machine code of each baseline compile of a function.
#[test]
fn baseline_machine_code_dumps_for_each_compile() {
    let dir = scratch("asm");
    let prog = dir.join("prog.py");
    std::fs::write(&prog, HOT_LOOP).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_tierpy"))
        .args(["--tier=baseline", "--baseline-opt-threshold=100", "--dump=asm", "--dump-filter=work"])
        .arg(&prog)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "59997\n");
    let err = String::from_utf8_lossy(&out.stderr);
    let titles: Vec<&str> = err.lines().filter(|l| l.starts_with("; baseline asm for")).collect();
    assert_eq!(titles.len(), 2, "{titles:?}");
    assert!(titles[0].ends_with(", Quick)") && titles[1].ends_with(", Optimized)"), "{titles:?}");
    assert!(err.contains("ret"), "no machine code in {err}");
}

#[test]
fn generators_resume_in_compiled_code() {
    let src = "def count(n):\n    i = 0\n    while i < n:\n        yield i * 2\n        i += 1\n    return 'end'\n\n\
               def outer():\n    r = yield from count(3000)\n    yield r\n\nprint(sum(count(3000)), list(outer())[-2:])\n";
    // Each resume enters the compiled code after its yield, none waits for
    // the loop header. The OSR entries are moves into better code: under
    // `baseline`, each of the two generators into the optimized recompile;
    // under `ftl`, into the FTL code.
    for (tier, osr) in [("baseline", 2), ("ftl", 1)] {
        let (out, stats) = run_with_stats("gen_compiled", src, &[&format!("--tier={tier}"), "--ftl-sync"]);
        assert_eq!(out, "8997000 [5998, 'end']\n", "{tier}");
        let f = function(&stats, "count");
        assert_eq!(f["tier"], tier, "{f}");
        assert!(f["osr_entries"].as_u64().unwrap() <= osr, "{tier}: {f}");
    }
}

#[test]
fn trace_is_chrome_trace_json() {
    let events = run_with_reports("trace", HOT_LOOP, &["--baseline-threshold=100"]).trace;
    assert!(events.iter().any(|e| e["ph"] == "X" && e["name"].as_str().unwrap().contains("baseline compile work")));
    // The hot loop moved into baseline code mid-run: a timed OSR-entry instant.
    let entry = events.iter().find(|e| e["cat"] == "osr" && e["name"].as_str().unwrap().starts_with("osr entry work"));
    assert!(entry.is_some_and(|e| e["ph"] == "i" && e["ts"].as_u64().unwrap() > 0), "no OSR entry event in {events:?}");
    for e in events {
        for key in ["ph", "ts", "pid", "tid", "name"] {
            assert!(!e[key].is_null(), "event without {key}: {e}");
        }
    }
}

/// Every program of the test corpus compiles in the baseline tier without a
/// single compile failure.
#[test]
fn baseline_compiles_the_whole_corpus() {
    let root = root();
    let mut files = vec![];
    let mut stack = vec![root.join("tests/programs")];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "py") {
                files.push(p);
            }
        }
    }
    let stats = std::env::temp_dir().join(format!("tierpy-corpus-{}.json", std::process::id()));
    let mut compiled = 0;
    for f in &files {
        let _ = std::fs::remove_file(&stats);
        Command::new(env!("CARGO_BIN_EXE_tierpy"))
            .arg("--tier=baseline")
            .arg(format!("--stats-json={}", stats.display()))
            .arg(f)
            .current_dir(&root)
            .output()
            .unwrap();
        let Ok(text) = std::fs::read_to_string(&stats) else { continue };
        let j: Json = serde_json::from_str(&text).unwrap();
        for c in j["compiles"].as_array().unwrap() {
            assert_eq!(c["ok"], true, "compile failed in {}: {c}", f.display());
            compiled += 1;
        }
    }
    assert!(compiled > files.len(), "expected compiles across the corpus, got {compiled}");
}

/// FTL compiles run on the compiler thread: their trace spans sit on another
/// `tid` than the main thread's, which the metadata names.
#[test]
fn ftl_compile_spans_are_on_the_compiler_thread() {
    let events = run_with_reports("trace-ftl", HOT_LOOP, &["--tier=ftl", "--ftl-sync"]).trace;
    let thread = |name: &str| {
        events
            .iter()
            .find(|e| e["ph"] == "M" && e["args"]["name"] == name)
            .map(|e| e["tid"].clone())
            .unwrap_or_else(|| panic!("no thread {name}"))
    };
    let (main, ftl) = (thread("main"), thread("tierpy-ftl"));
    assert_ne!(main, ftl);
    let span = |tier: &str| {
        events.iter().find(|e| e["ph"] == "X" && e["name"].as_str().unwrap().starts_with(&format!("{tier} compile work"))).cloned()
    };
    assert_eq!(span("ftl").expect("no FTL compile span")["tid"], ftl);
    assert_eq!(span("baseline").expect("no baseline compile span")["tid"], main);
}

/// A program with several functions, loops and calls: every tier has something to compile.
const MIXED: &str = "\
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def floats(n):
    s = 0.0
    for i in range(n):
        s += i * 0.25
    return s


print(fib(18), floats(5000), [fib(k) for k in range(10)])
";

/// Injected compile failures leave every function in the tier below and the output unchanged.
#[test]
fn failed_compiles_leave_functions_in_the_lower_tier() {
    let (want, _) = run_with_stats("inject-none", MIXED, &["--tier=interp"]);
    for (tier_flags, failing, stays) in [
        (&["--tier=ftl", "--ftl-sync"][..], "ftl", "baseline"),
        (&["--tier=baseline"][..], "baseline", "interp"),
        (&["--tier=ftl", "--ftl-sync"][..], "all", "interp"),
    ] {
        let flag = format!("--inject-compile-failure={failing}");
        let mut flags = tier_flags.to_vec();
        flags.push(&flag);
        let (out, stats) = run_with_stats(&format!("inject-{failing}-{}", tier_flags.len()), MIXED, &flags);
        assert_eq!(out, want, "{flags:?} changed the output");
        let compiles = stats["compiles"].as_array().unwrap();
        assert!(!compiles.is_empty(), "{flags:?}: nothing was compiled");
        for c in compiles {
            let injected = failing == "all" || c["tier"] == failing;
            assert_eq!(c["ok"], !injected, "{flags:?}: {c}");
        }
        for name in ["fib", "floats"] {
            assert_eq!(function(&stats, name)["tier"], stays, "{flags:?}: {name}");
        }
    }
}

/// `add` is compiled speculating on ints, then alternates with str
/// arguments: a guard failure on every other call. The FTL code is thrown
/// away after a bounded number of exits, recompiled at most a few times
/// (the profile learns the str case), and the output never changes.
const EXIT_STORM: &str = "\
def add(a, b):
    return a + b


def run(n, mixed):
    t = 0
    s = ''
    for i in range(n):
        if mixed and i % 2:
            s = add('x', 'y')
        else:
            t = add(t, i) & 0xFFFF
    return t, s


print(run(30000, False))
print(run(200000, True))
";

#[test]
fn exit_storms_end_after_bounded_recompiles() {
    let (want, _) = run_with_stats("storm-interp", EXIT_STORM, &["--tier=interp"]);
    let Reports { stdout: out, stats, trace } =
        run_with_reports("storm-ftl", EXIT_STORM, &["--baseline-threshold=1", "--ftl-threshold=1", "--ftl-sync"]);
    assert_eq!(out, want);
    // Each OSR exit is a timed instant in the trace, naming the function and line.
    let exits = trace.iter().filter(|e| e["name"] == "osr exit add (line 2)").count();
    assert!(exits >= 100, "{exits} exit events");
    let jettisons = stats["jettisons"].as_array().unwrap().iter().filter(|j| j["function"] == "add").count();
    assert!((1..=3).contains(&jettisons), "add jettisoned {jettisons} times: {stats}");
    let ftl_compiles = stats["compiles"].as_array().unwrap().iter().filter(|c| c["function"] == "add" && c["tier"] == "ftl").count();
    assert!(ftl_compiles <= 4, "add compiled {ftl_compiles} times by the FTL");
    let exits = function(&stats, "add")["exits"].as_u64().unwrap();
    assert!(exits <= 100, "add exits since its last install: {exits}");
}

/// A function run once whose FTL code was compiled in its first loop,
/// before the second ever ran: that loop is compiled as an exit; reaching it
/// throws the code away, the lower tiers profile the loop (and the loop in
/// it), and a second compile covers both, with types from their profiles.
#[test]
fn a_loop_that_had_not_run_is_compiled_after_it_is_profiled() {
    let src = "def run():\n    data = []\n    for i in range(3000):\n        data.append(i % 13)\n    total = 0\n    for rep in range(40):\n        for v in data:\n            total += v * rep\n    return total\n\nprint(run())\n";
    let (out, ir, stats) = run_dumping_ir("reprofile", src);
    assert_eq!(out, "14028300\n");
    let jettisons: Vec<&Json> = stats["jettisons"].as_array().unwrap().iter().filter(|j| j["function"] == "run").collect();
    assert_eq!(jettisons.len(), 1, "{stats}");
    assert_eq!(jettisons[0]["reason"], "to profile a loop that had not run when compiled");
    let compiles = stats["compiles"].as_array().unwrap().iter().filter(|c| c["function"] == "run" && c["tier"] == "ftl").count();
    assert_eq!(compiles, 2, "{stats}");
    // The first compile stops at the second loop's header (nothing after it
    // is compiled); the second types the item (r4) and the sum (r2) as ints.
    let dumps: Vec<&str> = ir.split("; ir for run").skip(1).collect();
    assert_eq!(dumps.len(), 2, "{ir}");
    assert!(!dumps[0].contains(" Mul "), "{}", dumps[0]);
    let mul = dumps[1].lines().find(|l| l.contains(" Mul ")).unwrap_or_else(|| panic!("{}", dumps[1]));
    assert!(mul.contains(" r2=int ") && mul.contains(" r4=int "), "{mul}");
}

/// Parameters are typed by what the lower tiers started the function with
/// (here ints) and checked at its start; a call with an argument of another
/// kind (a float) runs in the interpreter, counted as an exit with its
/// reason, and the code compiled after the jettison no longer assumes ints.
/// A global the hot loop reads is compiled as a constant (`--dump=ir`
/// marks the load); rebinding it exits, recorded with its reason, and the
/// recompiled code reads it as a variable global.
#[test]
fn constant_globals_exit_when_rebound_and_are_then_read_as_variables() {
    let src = "SCALE = 3\n\ndef run(n):\n    t = 0\n    for i in range(n):\n        t += i * SCALE\n    return t\n\nfor k in range(300):\n    a = run(50)\nprint(a)\nfor k in range(300):\n    SCALE = k\n    b = run(50)\nprint(b)\n";
    let (out, ir, j) = run_dumping_ir("constant-globals", src);
    assert_eq!(out, "3675\n366275\n");
    let dumps: Vec<&str> = ir.split("; ir for run").skip(1).collect();
    assert!(dumps.len() >= 2, "{ir}");
    let load = |d: &str| d.lines().skip_while(|l| !l.contains("ForIter")).find(|l| l.contains("LoadGlobal")).map(str::to_string);
    let first = dumps.iter().find_map(|d| load(d)).unwrap_or_else(|| panic!("{ir}"));
    assert!(first.contains(" constant LoadGlobal"), "SCALE read as a constant: {ir}");
    let last = load(dumps[dumps.len() - 1]).unwrap_or_else(|| panic!("{ir}"));
    assert!(!last.contains("constant"), "SCALE still a constant after it was rebound: {ir}");
    let exit = j["exits"].as_array().unwrap().iter().find(|e| e["function"] == "run" && e["line"] == 6);
    let reason = exit.unwrap_or_else(|| panic!("no exit at the load of SCALE: {}", j["exits"]))["reason"].as_str().unwrap();
    assert!(reason.contains("compiled as a constant was rebound"), "{reason}");
    assert!(!j["jettisons"].as_array().unwrap().is_empty(), "{j}");
}

#[test]
fn arguments_of_a_new_kind_run_in_the_interpreter_and_are_learned() {
    let src = "def run(x, n):\n    t = 0\n    for i in range(n):\n        t += x * i\n    return t\n\nfor k in range(300):\n    a = run(k, 50)\nprint(a)\nfor k in range(300):\n    b = run(k + 0.5, 50)\nprint(b)\n";
    let (out, ir, j) = run_dumping_ir("param-kinds", src);
    assert_eq!(out, "366275\n366887.5\n");
    let dumps: Vec<&str> = ir.split("; ir for run").skip(1).collect();
    assert!(dumps.len() >= 2, "{ir}");
    let mul = |d: &str| d.lines().find(|l| l.contains(" Mul ")).unwrap_or_else(|| panic!("{d}")).to_string();
    assert!(mul(dumps[0]).contains(" r0=int "), "x speculated an int: {}", dumps[0]);
    assert!(!mul(dumps[dumps.len() - 1]).contains(" r0=int "), "x still an int after floats came: {ir}");
    let exit = j["exits"].as_array().unwrap().iter().find(|e| e["function"] == "run" && e["line"] == 1);
    let reason = exit.unwrap_or_else(|| panic!("no exit at run's start: {}", j["exits"]))["reason"].as_str().unwrap();
    assert!(reason.starts_with("arguments of other kinds than compiled for") && reason.contains("x: int|float"), "{reason}");
    assert!(!j["jettisons"].as_array().unwrap().is_empty(), "{j}");
}

//! Limits and faults that need more than a program and its output: Ctrl-C
//! (SIGINT) in a running loop of every tier, huge and non-UTF-8 source files.

mod common;

use common::{read_json, scratch};
use std::io::{BufRead, BufReader};
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// An infinite loop, announced on stdout once it is about to start.
const SPIN: &str = "\
def spin():
    i = 0
    while True:
        i = (i + 3) % 1000003


print('spinning', flush=True)
spin()
";

/// Starts tierpy on SPIN, waits until the loop runs, sends SIGINT; returns
/// (time from the signal to exit, exit status, stderr).
fn interrupt(flags: &[&str]) -> (Duration, std::process::ExitStatus, String) {
    let dir = scratch(&flags.join("").replace(['-', '='], ""));
    let prog = dir.join("spin.py");
    std::fs::write(&prog, SPIN).unwrap();
    let mut child =
        Command::new(env!("CARGO_BIN_EXE_tierpy")).args(flags).arg(&prog).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let pid = child.id().to_string();
    // A watchdog: a child that never starts its loop or ignores SIGINT fails the test instead of hanging it.
    let watchdog_pid = pid.clone();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(20));
        let _ = Command::new("kill").arg("-9").arg(&watchdog_pid).status();
    });
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    assert_eq!(line, "spinning\n", "{flags:?}: the program did not start its loop");
    // Let the loop reach its steady tier (compiles are synchronous with these flags).
    std::thread::sleep(Duration::from_millis(300));
    let sent = Instant::now();
    assert!(Command::new("kill").arg("-INT").arg(&pid).status().unwrap().success());
    let out = child.wait_with_output().unwrap();
    (sent.elapsed(), out.status, String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn sigint_stops_a_running_loop_in_every_tier() {
    for flags in [&["--tier=interp"][..], &["--tier=baseline"], &["--tier=ftl", "--ftl-sync"], &["--tier=auto"]] {
        let (took, status, stderr) = interrupt(flags);
        // The loop polls the interrupt flag at every back-edge; 100 ms is the
        // target, the bound here leaves room for a loaded test machine.
        assert!(took < Duration::from_millis(1500), "{flags:?}: SIGINT took {took:?}");
        assert!(stderr.starts_with("Traceback (most recent call last):"), "{flags:?}: {stderr}");
        assert!(stderr.contains("in spin"), "{flags:?}: no frame of the loop in\n{stderr}");
        assert_eq!(stderr.lines().last(), Some("KeyboardInterrupt"), "{flags:?}: {stderr}");
        // Like CPython: the process ends killed by SIGINT.
        assert_eq!(status.signal(), Some(2), "{flags:?}: {status:?}");
    }
}

#[test]
fn fifty_megabyte_sources_run_or_fail_cleanly() {
    let dir = scratch("big");
    let filler = "# a comment line that pads the file to fifty megabytes of source text......\n";
    let body = filler.repeat(50 * 1024 * 1024 / filler.len());
    let ok = dir.join("big_ok.py");
    std::fs::write(&ok, format!("{body}print('end of a big file')\n")).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_tierpy")).arg(&ok).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "end of a big file\n");

    let bad = dir.join("big_bad.py");
    std::fs::write(&bad, format!("{body}s = 'never closed\n")).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_tierpy")).arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let lines = (body.len() / filler.len()) + 1;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.ends_with(&format!("SyntaxError: unterminated string literal (detected at line {lines})\n")), "{stderr}");
}

#[test]
fn non_utf8_source_is_a_syntax_error() {
    let dir = scratch("latin1");
    let prog = dir.join("latin1.py");
    std::fs::write(&prog, b"print('ok')\ns = 'caf\xe9'\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_tierpy")).arg(&prog).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let want = format!(
        "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file {} on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n",
        prog.display()
    );
    assert_eq!(String::from_utf8_lossy(&out.stderr), want);
}

/// The collector keeps up with code that allocates and drops objects in a
/// hot loop, in every tier: peak RSS (from --stats-json) stays far below
/// what the allocations would take if they were kept.
#[test]
fn allocation_churn_runs_in_bounded_memory() {
    let n = 2_000_000;
    let prog = format!(
        "class P:\n    def __init__(self, x):\n        self.x = x\n\n\ndef churn(n):\n    total = 0\n    for i in range(n):\n        a = [i, i + 1]\n        p = P((a, i))\n        total += p.x[1] & 7\n    return total\n\n\nprint(churn({n}))\n"
    );
    let expected = format!("{}\n", (0..n as u64).map(|i| i & 7).sum::<u64>());
    // Kept alive, 2M lists + tuples + instances would need well over 500 MB.
    assert_runs_in_bounded_memory("churn", &prog, &expected, 300);
}

/// The same when the loop's only allocations are in a function it calls:
/// FTL loop headers do not poll for collections, so this checks that
/// collections still happen (when the call or an operation reaches the
/// runtime). Kept, the lists would take over 600 MB.
#[test]
fn allocation_in_a_called_function_runs_in_bounded_memory() {
    let n = 2_000_000;
    let prog = format!(
        "def make(i):\n    return [i, i + 1, str(i)] * 8\n\n\ndef churn(n):\n    total = 0\n    for i in range(n):\n        total += make(i)[1] & 7\n    return total\n\n\nprint(churn({n}))\n"
    );
    let expected = format!("{}\n", (0..n as u64).map(|i| (i + 1) & 7).sum::<u64>());
    assert_runs_in_bounded_memory("called", &prog, &expected, 300);
}

#[test]
fn few_huge_lists_are_collected_promptly() {
    // 40 lists of 3M items (24 MB each): under 1,000 objects in all, so only
    // counting their bytes makes the collector free them before 960 MB pile up.
    let prog = "def main():\n    t = 0\n    for r in range(40):\n        flags = [r] * 3000000\n        t += flags[-1]\n    return t\n\n\nprint(main())\n";
    assert_runs_in_bounded_memory("huge", prog, "780\n", 400);
}

#[test]
fn allocation_in_recursion_without_loops_is_collected() {
    // 57,000 calls of a function with no loop, each making a 16 kB list:
    // 900 MB without collections. Recursive calls in FTL code skip the
    // collection check direct calls make; the callee collects in the
    // runtime call that makes its list.
    let prog = "def tree(n):\n    row = [n] * 2000\n    if n < 2:\n        return row[-1]\n    return tree(n - 1) + tree(n - 2) + row[0] - n\n\n\nprint(tree(22))\n";
    assert_runs_in_bounded_memory("recursion", prog, "17711\n", 300);
}

/// Runs `program` in every tier and checks its output and that its peak RSS
/// (from `--stats-json`) stays under `limit_mb`.
fn assert_runs_in_bounded_memory(name: &str, program: &str, expected: &str, limit_mb: u64) {
    let dir = scratch(name);
    let prog = dir.join(format!("{name}.py"));
    std::fs::write(&prog, program).unwrap();
    for tier in ["interp", "baseline", "ftl", "auto"] {
        let stats = dir.join(format!("{tier}.json"));
        let out = Command::new(env!("CARGO_BIN_EXE_tierpy"))
            .arg(format!("--tier={tier}"))
            .arg(format!("--stats-json={}", stats.display()))
            .arg(&prog)
            .output()
            .unwrap();
        assert!(out.status.success(), "{tier}: {}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(String::from_utf8_lossy(&out.stdout), expected);
        let j = read_json(&stats);
        let peak_kb = j["peak_rss_kb"].as_u64().expect("peak_rss_kb");
        assert!(peak_kb < limit_mb * 1024, "{name} {tier}: peak RSS {peak_kb} kB");
    }
}

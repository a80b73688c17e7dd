//! Runs every program under `tests/programs` in every tier configuration and
//! compares stdout, exit status and the last stderr line with the outputs
//! CPython 3.11 printed for it (`tools/gen_expected.py`).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::Duration;

/// Tier configurations, as `../shared/difftest` names them.
const MODES: &[(&str, &[&str])] = &[
    ("interp", &["--tier=interp"]),
    ("baseline", &["--tier=baseline"]),
    ("ftl", &["--tier=ftl", "--ftl-sync"]),
    ("auto", &[]),
    // Also recompiles baseline code optimized before the FTL takes it.
    ("eager", &["--baseline-threshold=2", "--baseline-opt-threshold=5", "--ftl-threshold=20"]),
    ("eager-sync", &["--baseline-threshold=2", "--ftl-threshold=20", "--ftl-sync"]),
];

const TIMEOUT: Duration = Duration::from_secs(60);

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

fn programs(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            programs(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

fn last_line(s: &str) -> &str {
    s.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("")
}

/// Runs one program in one mode; Err describes the first difference.
fn check(root: &Path, rel: &Path, flags: &[&str]) -> Result<(), String> {
    let want_out = std::fs::read_to_string(root.join(rel).with_extension("out")).map_err(|e| format!("missing .out: {e}"))?;
    let (want_status, want_err) = match std::fs::read_to_string(root.join(rel).with_extension("err")) {
        Ok(s) => {
            let mut lines = s.lines();
            let status: i32 = lines.next().and_then(|l| l.strip_prefix("exit ")).and_then(|n| n.parse().ok()).unwrap_or(1);
            (status, lines.next().unwrap_or("").to_string())
        }
        Err(_) => (0, String::new()),
    };
    let child = Command::new(env!("CARGO_BIN_EXE_tierpy"))
        .args(flags)
        .arg(rel)
        .current_dir(root)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let pid = child.id();
    // Collect output on another thread so a full pipe never blocks the child.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    let out = match rx.recv_timeout(TIMEOUT) {
        Ok(r) => r.map_err(|e| e.to_string())?,
        Err(_) => {
            let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
            return Err("timed out".into());
        }
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if stdout != want_out {
        let (a, b): (Vec<&str>, Vec<&str>) = (want_out.lines().collect(), stdout.lines().collect());
        let i = (0..a.len().max(b.len())).find(|&i| a.get(i) != b.get(i)).unwrap_or(0);
        return Err(format!("stdout line {}: CPython {:?} / tierpy {:?}", i + 1, a.get(i), b.get(i)));
    }
    // Killed by a signal: -N, as Python's subprocess reports it.
    let status = out.status.code().unwrap_or_else(|| -std::os::unix::process::ExitStatusExt::signal(&out.status).unwrap_or(1));
    if status != want_status {
        return Err(format!("exit status {status}, CPython {want_status}; stderr: {:?}", last_line(&stderr)));
    }
    if want_status != 0 && last_line(&stderr) != want_err {
        return Err(format!("error: CPython {:?} / tierpy {:?}", want_err, last_line(&stderr)));
    }
    Ok(())
}

/// Programs listed in tests/programs/xfail.txt (expected to fail, with a reason).
fn known_failures(root: &Path) -> Vec<PathBuf> {
    let text = std::fs::read_to_string(root.join("tests/programs/xfail.txt")).unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap().trim())
        .filter(|l| !l.is_empty())
        .map(|l| Path::new("tests/programs").join(l))
        .collect()
}

#[test]
fn programs_match_cpython_in_every_tier() {
    let root = root();
    let mut files = vec![];
    programs(&root.join("tests/programs"), &mut files);
    let xfail = known_failures(&root);
    assert!(files.len() >= 300, "expected the test corpus, found {} programs", files.len());
    let jobs: Vec<(PathBuf, &str, &[&str])> =
        files.iter().flat_map(|f| MODES.iter().map(|(m, flags)| (f.strip_prefix(&root).unwrap().to_path_buf(), *m, *flags))).collect();
    let next = Mutex::new(0usize);
    let failures = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get()) * 2;
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                loop {
                    let i = {
                        let mut n = next.lock().unwrap();
                        *n += 1;
                        *n - 1
                    };
                    let Some((rel, mode, flags)) = jobs.get(i) else {
                        break;
                    };
                    let expected_fail = xfail.contains(rel);
                    match (check(&root, rel, flags), expected_fail) {
                        (Err(e), false) => failures.lock().unwrap().push(format!("FAIL {} [{mode}]: {e}", rel.display())),
                        (Ok(()), true) => {
                            failures.lock().unwrap().push(format!("XPASS {} [{mode}]: remove it from xfail.txt", rel.display()))
                        }
                        _ => {}
                    }
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap();
    failures.sort();
    for f in &failures {
        eprintln!("{f}");
    }
    let expected = xfail.len() * MODES.len();
    eprintln!(
        "programs: {} programs x {} modes: {} passed, {} failed, {} known failures (tests/programs/xfail.txt)",
        files.len(),
        MODES.len(),
        jobs.len() - failures.len() - expected,
        failures.len(),
        expected
    );
    assert!(failures.is_empty(), "{} program runs differ from CPython", failures.len());
}

//! `tierpy bench`: the iteration table, the warm-up SVG, the JSON record and
//! `--compare-tiers`, checked on a small program whose functions tier up
//! during the run.

mod common;

use common::{read_json, scratch};
use std::process::{Command, Output};

/// A program whose `main()` makes `work` hot enough to reach the baseline
/// tier in its first iteration (with `--baseline-threshold=50`).
const PROGRAM: &str = "\
def work(n):
    t = 0
    for i in range(n):
        t += i % 7
    return t


def main():
    return work(300)


if __name__ == '__main__':
    print('the __main__ guard must not fire under tierpy bench')
";

fn bench(dir: &std::path::Path, source: &str, flags: &[&str]) -> Output {
    let prog = dir.join("prog.py");
    std::fs::write(&prog, source).unwrap();
    Command::new(env!("CARGO_BIN_EXE_tierpy")).arg("bench").arg(&prog).args(flags).output().unwrap()
}

/// The iteration ranges of the table's rows, as (first, last).
fn table_ranges(stdout: &str) -> Vec<(usize, usize)> {
    stdout
        .lines()
        .filter_map(|l| {
            let first = l.split_whitespace().next()?;
            let (a, b) = first.split_once('-').unwrap_or((first, first));
            Some((a.parse().ok()?, b.parse().ok()?))
        })
        .collect()
}

#[test]
fn table_svg_and_json_describe_the_warm_up() {
    let dir = scratch("single");
    let (svg, json) = (dir.join("w.svg"), dir.join("w.json"));
    let out = bench(
        &dir,
        PROGRAM,
        &["--iterations=8", "--baseline-threshold=50", "--svg", svg.to_str().unwrap(), "--json", json.to_str().unwrap()],
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(!stdout.contains("__main__ guard"), "the module ran as __main__:\n{stdout}");

    // One row per iteration range; the ranges cover 1..=8 in order without gaps.
    let ranges = table_ranges(&stdout);
    assert!(!ranges.is_empty(), "no iteration rows:\n{stdout}");
    let mut next = 1;
    for (a, b) in &ranges {
        assert_eq!(*a, next, "ranges {ranges:?} in\n{stdout}");
        assert!(b >= a);
        next = b + 1;
    }
    assert_eq!(next, 9, "ranges {ranges:?} in\n{stdout}");
    assert!(stdout.contains("work") && stdout.contains("baseline"), "{stdout}");
    assert!(stdout.contains("steady state"), "{stdout}");

    let svg = std::fs::read_to_string(&svg).unwrap();
    assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
    assert!(svg.contains("<polyline"), "no curve in the SVG");
    assert!(svg.contains("baseline work"), "no tier-event label in the SVG");
    assert!(svg.contains("<polygon"), "no tier-event marker in the SVG");

    let j = read_json(&json);
    let iterations = j["iterations"].as_array().unwrap();
    assert_eq!(iterations.len(), 8);
    for (k, it) in iterations.iter().enumerate() {
        assert_eq!(it["index"], k + 1);
        assert!(it["seconds"].as_f64().unwrap() > 0.0);
    }
    assert_eq!(iterations.last().unwrap()["tiers"]["work"], "baseline");
    let events = j["events"].as_array().unwrap();
    let install = events.iter().find(|e| e["kind"] == "install" && e["function"] == "work").expect("no install event for work");
    assert_eq!(install["detail"], "baseline");
    assert!(events.iter().any(|e| e["kind"] == "compile" && e["function"] == "work"));
}

#[test]
fn interpreter_only_run_has_no_tier_events() {
    let dir = scratch("interp");
    let json = dir.join("i.json");
    let out = bench(&dir, PROGRAM, &["--iterations=3", "--tier=interp", "--json", json.to_str().unwrap()]);
    assert!(out.status.success());
    let j = read_json(&json);
    assert_eq!(j["tier"], "interp");
    assert!(j["events"].as_array().unwrap().is_empty(), "{j}");
    assert_eq!(j["iterations"][2]["tiers"]["work"], "interp");
}

#[test]
fn compare_tiers_draws_four_series() {
    let dir = scratch("compare");
    let (svg, json) = (dir.join("c.svg"), dir.join("c.json"));
    let out =
        bench(&dir, PROGRAM, &["--iterations=4", "--compare-tiers", "--svg", svg.to_str().unwrap(), "--json", json.to_str().unwrap()]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    let j = read_json(&json);
    let tiers: Vec<&str> = j["series"].as_array().unwrap().iter().map(|s| s["tier"].as_str().unwrap()).collect();
    assert_eq!(tiers, ["interp", "baseline", "ftl", "auto"]);
    for s in j["series"].as_array().unwrap() {
        assert_eq!(s["iterations"].as_array().unwrap().len(), 4);
    }
    for tier in ["interp", "baseline", "ftl", "auto"] {
        assert!(stdout.lines().any(|l| l.starts_with(tier) && l.contains("ms") && l.ends_with('x')), "no row for {tier}:\n{stdout}");
    }
    let svg = std::fs::read_to_string(&svg).unwrap();
    assert!(svg.matches("<polyline").count() >= 4);
    for tier in ["interp", "baseline", "ftl", "auto"] {
        assert!(svg.contains(&format!("--tier={tier}")), "no legend entry for {tier}");
    }
}

#[test]
fn program_without_main_is_an_error() {
    let dir = scratch("nomain");
    let out = bench(&dir, "x = 1\n", &["--iterations=2"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("defines no main() function"));
}

#[test]
fn exception_in_main_prints_a_traceback() {
    let dir = scratch("raise");
    let out = bench(&dir, "def main():\n    return 1 // 0\n", &["--iterations=2"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Traceback (most recent call last):") && err.contains("ZeroDivisionError: integer division or modulo by zero"),
        "{err}"
    );
}

//! The text tables `tierpy bench` prints: iteration ranges of one run, and
//! the per-tier summary of `--compare-tiers`.

use super::record::{BenchRun, clip, median};
use std::fmt::Write;

/// Widest function name shown in a column heading.
const NAME_WIDTH: usize = 24;
/// Longest event list shown in one table cell.
const EVENTS_WIDTH: usize = 70;

/// Consecutive iterations with the same tiers form one row: the range, the
/// median time, each hot function's tier, and the events that happened.
pub fn iterations(run: &BenchRun) -> String {
    let mut out = String::new();
    let n = run.iterations.len();
    let _ = writeln!(out, "tierpy bench {}: --tier={}, {} iterations of main()", run.program, run.tier, n);
    let mut header = format!("{:<12} {:>12}", "iterations", "time/iter");
    let widths: Vec<usize> = run.hot.iter().map(|f| f.chars().count().clamp(8, NAME_WIDTH)).collect();
    for (f, w) in run.hot.iter().zip(&widths) {
        let _ = write!(header, "  {:<w$}", clip(f, *w));
    }
    let _ = writeln!(out, "{header}  events");
    let markers = run.markers();
    let mut start = 0;
    while start < n {
        let mut end = start + 1;
        // A row ends where the tiers change and after an iteration with events.
        let has_events = |k: usize| markers.iter().any(|(at, _)| *at == k);
        while end < n && run.iterations[end].tiers == run.iterations[start].tiers && !has_events(end) && !has_events(end + 1) {
            end += 1;
        }
        let range = if end - start == 1 { format!("{}", start + 1) } else { format!("{}-{}", start + 1, end) };
        let time = median(run.iterations[start..end].iter().map(|i| i.seconds).collect());
        let mut row = format!("{:<12} {:>12}", range, millis(time));
        for (t, w) in run.iterations[start].tiers.iter().zip(&widths) {
            let _ = write!(row, "  {t:<w$}");
        }
        let events: Vec<&str> = markers.iter().filter(|(k, _)| *k > start && *k <= end).map(|(_, l)| l.as_str()).collect();
        let _ = writeln!(out, "{row}  {}", clip(&events.join(", "), EVENTS_WIDTH));
        start = end;
    }
    let from = n / 2 + 1;
    let _ = writeln!(out, "steady state (median of iterations {from}-{n}): {}", millis(run.steady_seconds()));
    out
}

/// One row per tier: first iteration, steady state and speedup over the interpreter.
pub fn tiers(runs: &[BenchRun]) -> String {
    let mut out = String::new();
    let interp = runs.iter().find(|r| r.tier == "interp").map(|r| r.steady_seconds());
    let _ = writeln!(out, "{:<10} {:>14} {:>14} {:>12}", "tier", "first iter", "steady state", "vs interp");
    for r in runs {
        let first = r.iterations.first().map_or(0.0, |i| i.seconds);
        let steady = r.steady_seconds();
        let speedup = interp.filter(|_| steady > 0.0).map_or("-".to_string(), |i| format!("{:.2}x", i / steady));
        let _ = writeln!(out, "{:<10} {:>14} {:>14} {:>12}", r.tier, millis(first), millis(steady), speedup);
    }
    out
}

/// A duration in milliseconds with 3 significant decimals.
fn millis(seconds: f64) -> String {
    format!("{:.3} ms", seconds * 1e3)
}

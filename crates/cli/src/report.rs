//! `--stats-json` and `--trace`: what the tiers did, as JSON files.

use crate::tiering::TierLog;
use serde_json::{Value as Json, json};
use std::rc::Rc;
use tierpy_bytecode::CodeObject;

/// The tier a code object runs in now, as stats and tables name it.
pub fn current_tier(c: &CodeObject) -> &'static str {
    match c.tier.get() {
        _ if c.jit_entry.get() == 0 => "interp",
        1 => "baseline",
        2 => "ftl",
        _ => "interp",
    }
}

/// The OSR exits a code object's FTL code has taken, over all its sites
/// (its start included).
pub fn total_exits(c: &CodeObject) -> u64 {
    c.exit_counts.iter().map(|n| n.get() as u64).sum::<u64>() + c.param_exits.get() as u64
}

/// One entry of `--stats-json`'s `exits`: `count` exits of `c`'s FTL code
/// at `pc` (source line `line`), with the reason in words.
fn exit_json(c: &CodeObject, line: u32, pc: usize, reason: &str, count: u32) -> Json {
    json!({
        "function": &*c.qualname,
        "file": &*c.filename,
        "line": line,
        "pc": pc,
        "reason": reason,
        "count": count,
        "text": format!("exit at {}:{} in {}: {} ({} times)", c.filename, line, c.qualname, reason, count),
    })
}

/// The `--stats-json` object.
pub fn stats(codes: &[Rc<CodeObject>], log: Option<&TierLog>) -> Json {
    let functions: Vec<Json> = codes
        .iter()
        .map(|c| {
            json!({
                "name": &*c.qualname,
                "file": &*c.filename,
                "line": c.first_line,
                "tier": current_tier(c),
                "calls": c.interpreted_calls.get() + c.compiled_calls.get(),
                "osr_entries": c.osr_entries.get(),
                "compiled_calls": c.compiled_calls.get(),
                "exits": total_exits(c),
                "counter": c.counter.get(),
            })
        })
        .collect();
    let compiles: Vec<Json> = log
        .map(|l| {
            l.compiles
                .iter()
                .map(|e| json!({"function": e.function, "file": e.file, "line": e.line, "tier": e.tier, "effort": e.effort.map(|e| format!("{e:?}").to_lowercase()), "micros": e.micros, "thread": e.thread, "ok": e.ok, "error": e.error}))
                .collect()
        })
        .unwrap_or_default();
    let blocked: u64 = log.map(|l| l.blocked_micros).unwrap_or(0);
    let exits: Vec<Json> = codes
        .iter()
        .flat_map(|c| {
            c.exit_counts.iter().enumerate().filter(|(_, n)| n.get() > 0).map(move |(pc, n)| {
                let bits = c.profile[pc].get();
                let seen =
                    tierpy_interp::profile::describe(bits & !(tierpy_interp::profile::OVERFLOW | tierpy_interp::profile::POLYMORPHIC));
                let reason = tierpy_jit::exits::exit_reason(&c.instrs[pc], &seen, bits & tierpy_interp::profile::OVERFLOW != 0);
                exit_json(c, c.line_at(pc), pc, &reason, n.get())
            })
        })
        .chain(codes.iter().filter(|c| c.param_exits.get() > 0).map(|c| {
            let kinds: Vec<String> = c
                .param_kinds
                .iter()
                .zip(&c.varnames)
                .map(|(k, n)| format!("{n}: {}", tierpy_interp::profile::describe(k.get() as u32)))
                .collect();
            let reason = format!("arguments of other kinds than compiled for (seen {})", kinds.join(", "));
            exit_json(c, c.first_line, 0, &reason, c.param_exits.get())
        }))
        .collect();
    let jettisons: Vec<Json> = log
        .map(|l| {
            l.jettisons
                .iter()
                .map(|j| json!({"function": j.function, "micros": j.micros, "exits": j.exits, "reason": j.reason()}))
                .collect()
        })
        .unwrap_or_default();
    json!({
        "functions": functions,
        "compiles": compiles,
        "exits": exits,
        "jettisons": jettisons,
        "main_thread_blocked_micros": blocked,
        "peak_rss_kb": peak_rss_kb(),
    })
}

/// The `--trace` object (Chrome trace-event format).
pub fn trace(log: Option<&TierLog>) -> Json {
    let mut events = vec![json!({"ph": "M", "ts": 0, "pid": 1, "tid": 1, "name": "thread_name", "args": {"name": "main"}})];
    events.push(json!({"ph": "M", "ts": 0, "pid": 1, "tid": 2, "name": "thread_name", "args": {"name": "tierpy-ftl"}}));
    if let Some(l) = log {
        for e in &l.compiles {
            let tid = if e.thread == "main" { 1 } else { 2 };
            events.push(json!({"ph": "X", "ts": e.start_micros, "dur": e.micros.max(1), "pid": 1, "tid": tid, "name": format!("{} compile {}", e.tier, e.function), "cat": "compile", "args": {"ok": e.ok}}));
            if e.ok {
                events.push(json!({"ph": "i", "ts": e.start_micros + e.micros, "pid": 1, "tid": 1, "s": "t", "name": format!("install {} {}", e.tier, e.function), "cat": "install"}));
            }
        }
        for j in &l.jettisons {
            events.push(json!({"ph": "i", "ts": j.micros, "pid": 1, "tid": 1, "s": "t", "name": format!("jettison {} {}", j.function, j.reason()), "cat": "exit"}));
        }
    }
    if let Some(l) = log {
        for t in &l.transitions {
            let name = format!("{} {} (line {})", t.kind, t.function, t.line);
            events.push(json!({"ph": "i", "ts": t.micros, "pid": 1, "tid": 1, "s": "t", "name": name, "cat": "osr"}));
        }
    }
    json!({"traceEvents": events, "displayTimeUnit": "ms"})
}

/// The process's peak resident set size (Linux `VmHWM`), None where unknown.
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

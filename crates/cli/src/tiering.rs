//! The tier-up policy: which tier a hot code object goes to, the compile
//! requests it makes (baseline on the main thread, FTL on the compiler
//! thread), OSR-exit jettisons with back-off, and the record of what happened
//! for `--stats-json` and `--trace`.

use crate::options::{EngineOptions, InjectFailure, Tier};
use std::collections::HashMap;
use std::rc::Rc;
use std::time::Instant;
use tierpy_baseline::{Baseline, Dump as BaselineDump, Effort};
use tierpy_bytecode::{CodeObject, Instr};
use tierpy_ftl::snapshot::Dump;
use tierpy_ftl::{CompileResult, Snapshot, Worker};
use tierpy_jit::layout::Layouts;
use tierpy_runtime::Vm;
use tierpy_runtime::vm::{TierEvent, TierHook};

/// One compile attempt.
pub struct CompileEvent {
    pub function: String,
    pub file: String,
    pub line: u32,
    pub tier: &'static str,
    /// How hard Cranelift worked (baseline compiles only).
    pub effort: Option<Effort>,
    pub start_micros: u64,
    pub micros: u64,
    pub thread: String,
    pub ok: bool,
    pub error: Option<String>,
}

/// FTL code thrown away after too many OSR exits, or at a loop it was
/// compiled without (which the lower tiers then profile).
pub struct Jettison {
    pub function: String,
    pub micros: u64,
    pub exits: u64,
    /// Left at a loop that had not run when the code was compiled.
    pub to_profile: bool,
}

impl Jettison {
    /// Why, in words (`--trace`, `--stats-json`, `tierpy bench`).
    pub fn reason(&self) -> String {
        if self.to_profile { "to profile a loop that had not run when compiled".to_string() } else { format!("after {} exits", self.exits) }
    }
}

/// An OSR entry or exit, when and where it happened.
pub struct Transition {
    pub micros: u64,
    pub function: String,
    pub line: u32,
    /// `osr entry` or `osr exit`.
    pub kind: &'static str,
}

/// Transitions recorded per process at most (the counters keep counting past it).
const MAX_TRANSITIONS: usize = 10_000;

/// Everything the tiers did, for the observability flags.
pub struct TierLog {
    pub start: Instant,
    pub compiles: Vec<CompileEvent>,
    pub jettisons: Vec<Jettison>,
    pub transitions: Vec<Transition>,
    /// Time the main thread waited for FTL compiles (`--ftl-sync`).
    pub blocked_micros: u64,
}

/// Recompiles allowed after jettisons before a function stays in baseline.
const MAX_FTL_ATTEMPTS: u8 = 3;
/// Recompiles after leaving at a loop the code was compiled without, before
/// such jettisons count as attempts too.
const MAX_FTL_REPROFILES: u8 = 8;
/// Thresholds' worth of counts a recompile after such a jettison waits at
/// most for the loops inside the one left at to run.
const REPROFILE_PATIENCE: u32 = 1024;

struct Ftl {
    worker: Worker,
    pending: HashMap<usize, Rc<CodeObject>>,
    threshold: u32,
    sync: bool,
    layout: Layouts,
    /// `--inject-compile-failure`: every FTL compile fails.
    inject_failure: bool,
    /// Code objects whose FTL code was thrown away at a loop it was compiled
    /// without, by code address: that loop's header, and the counter value
    /// from which the recompile waits no longer for the loops in it to run.
    reprofiling: HashMap<usize, (usize, u32)>,
}

/// The hook the interpreter calls when a counter reaches its next threshold.
pub struct Policy {
    baseline: Baseline,
    baseline_threshold: u32,
    /// Counter value from which baseline code is compiled optimized (see [`Effort`]).
    baseline_opt_threshold: u32,
    ftl: Option<Ftl>,
    /// `--dump=ir|llvm` and its filter.
    dump_ftl: Option<(Dump, Option<String>)>,
    pub log: Rc<std::cell::RefCell<TierLog>>,
}

impl Policy {
    /// The policy for the chosen `--tier`, or None for the interpreter only.
    pub fn for_options(opts: &EngineOptions) -> Option<Policy> {
        let (bt, ft) = match opts.tier {
            Tier::Interp => return None,
            Tier::Baseline => (1, None),
            Tier::Ftl => (1, Some(crate::options::FTL_EAGER_THRESHOLD)),
            Tier::Auto => (opts.baseline_threshold.max(1), Some(opts.ftl_threshold.max(1))),
        };
        let mut baseline = Baseline::new().ok()?;
        baseline.dump = match opts.dump.as_deref() {
            Some("clif") => Some((BaselineDump::Clif, opts.dump_filter.clone())),
            Some("asm") => Some((BaselineDump::Asm, opts.dump_filter.clone())),
            _ => None,
        };
        let fails = |tier| opts.inject_compile_failure.is_some_and(|t| t == tier || t == InjectFailure::All);
        baseline.inject_failure = fails(InjectFailure::Baseline);
        let start = Instant::now();
        let ftl = ft.map(|threshold| {
            let worker = Worker::start(start);
            Ftl {
                worker,
                pending: HashMap::new(),
                threshold,
                sync: opts.ftl_sync,
                layout: Layouts::measure(),
                inject_failure: fails(InjectFailure::Ftl),
                reprofiling: HashMap::new(),
            }
        });
        let dump_ftl = match opts.dump.as_deref() {
            Some("ir") => Some((Dump::Ir, opts.dump_filter.clone())),
            Some("llvm") => Some((Dump::Llvm, opts.dump_filter.clone())),
            Some("asm") => Some((Dump::Asm, opts.dump_filter.clone())),
            _ => None,
        };
        let log = Rc::new(std::cell::RefCell::new(TierLog {
            start,
            compiles: vec![],
            jettisons: vec![],
            transitions: vec![],
            blocked_micros: 0,
        }));
        Some(Policy { baseline, baseline_threshold: bt, baseline_opt_threshold: opts.baseline_opt_threshold, ftl, dump_ftl, log })
    }

    /// Compiles `code` with the baseline tier: quickly at first, optimized
    /// once its counter reaches the optimization threshold (a recompile of
    /// quick code then replaces it; frames running the old code move to the
    /// new at their next loop header, as for any install).
    fn compile_baseline(&mut self, vm: &mut Vm, code: &Rc<CodeObject>) {
        let effort = if code.counter.get() >= self.baseline_opt_threshold { Effort::Optimized } else { Effort::Quick };
        code.tier.set(1);
        let t0 = Instant::now();
        let start_micros = t0.duration_since(self.log.borrow().start).as_micros() as u64;
        let r = self.baseline.compile(vm, code, effort);
        let micros = t0.elapsed().as_micros() as u64;
        code.baseline_optimized.set(effort == Effort::Optimized);
        let (ok, error) = match r {
            Ok(addr) => {
                code.jit_entry.set(addr);
                code.baseline_entry.set(addr);
                (true, None)
            }
            Err(e) => (false, Some(e.to_string())),
        };
        self.log.borrow_mut().compiles.push(CompileEvent {
            function: code.qualname.to_string(),
            file: code.filename.to_string(),
            line: code.first_line,
            tier: "baseline",
            effort: Some(effort),
            start_micros,
            micros,
            thread: "main".into(),
            ok,
            error,
        });
        let ftl_at = self.ftl.as_ref().map_or(u32::MAX, |f| f.threshold);
        code.next_tier_at.set(match (code.jit_entry.get() != 0, code.baseline_optimized.get()) {
            (true, false) => ftl_at.min(self.baseline_opt_threshold),
            (true, true) => ftl_at,
            (false, _) => u32::MAX,
        });
    }

    /// Whether `code` runs quick baseline code that has become hot enough to
    /// be compiled optimized (never after it reached the FTL: its baseline
    /// code is then only the fallback).
    fn baseline_recompile_due(&self, code: &CodeObject) -> bool {
        !code.baseline_optimized.get() && code.ftl_attempts.get() == 0 && code.counter.get() >= self.baseline_opt_threshold
    }

    fn request_ftl(&mut self, vm: &mut Vm, code: &Rc<CodeObject>) {
        code.next_tier_at.set(u32::MAX);
        let dump =
            self.dump_ftl.as_ref().filter(|(_, f)| f.as_ref().is_none_or(|f| *f == *code.name || *f == *code.qualname)).map(|(d, _)| *d);
        let Some(ftl) = self.ftl.as_mut() else { return };
        let mut snap = Snapshot::take(vm, code, ftl.layout, dump);
        snap.inject_failure = ftl.inject_failure;
        ftl.pending.insert(snap.id, code.clone());
        code.ftl_attempts.set(code.ftl_attempts.get() + 1);
        ftl.worker.submit(snap);
        if ftl.sync {
            let t0 = Instant::now();
            if let Some(r) = ftl.worker.wait_result() {
                self.log.borrow_mut().blocked_micros += t0.elapsed().as_micros() as u64;
                self.install(r);
            }
        }
    }

    fn install(&mut self, r: CompileResult) {
        let Some(ftl) = self.ftl.as_mut() else { return };
        let Some(code) = ftl.pending.remove(&r.id) else { return };
        let ok = r.result.is_ok();
        if let Ok(addr) = r.result {
            code.jit_entry.set(addr);
            code.tier.set(2);
            code.ftl_exits.set(0);
        }
        self.log.borrow_mut().compiles.push(CompileEvent {
            function: r.name,
            file: code.filename.to_string(),
            line: code.first_line,
            tier: "ftl",
            effort: None,
            start_micros: r.start_micros,
            micros: r.micros,
            thread: r.thread,
            ok,
            error: r.result.err(),
        });
    }

    /// Throws away FTL code that exits too often; recompiles later with back-off.
    /// Code left at a loop it was compiled without is compiled again once
    /// the lower tiers have run every loop in that one (see
    /// [`Self::postpone_recompile`]), and the attempt is not counted (such
    /// recompiles are bounded by the number of loops, each profiled once),
    /// unless there were many already.
    fn jettison(&mut self, code: &Rc<CodeObject>) {
        let micros = self.log.borrow().start.elapsed().as_micros() as u64;
        let to_profile = code.ftl_reprofile.take();
        let exits = code.ftl_exits.get();
        self.log.borrow_mut().jettisons.push(Jettison {
            function: code.qualname.to_string(),
            micros,
            exits,
            to_profile: to_profile.is_some(),
        });
        code.jit_entry.set(code.baseline_entry.get());
        code.tier.set(1);
        code.ftl_exits.set(0);
        let threshold = self.ftl.as_ref().map_or(u32::MAX, |f| f.threshold);
        let reprofiles = code.ftl_reprofiles.get();
        if let (Some(header), Some(ftl)) = (to_profile, self.ftl.as_mut())
            && reprofiles < MAX_FTL_REPROFILES
        {
            code.ftl_reprofiles.set(reprofiles + 1);
            code.ftl_attempts.set(code.ftl_attempts.get().saturating_sub(1));
            let now = code.counter.get();
            ftl.reprofiling
                .insert(Rc::as_ptr(code) as usize, (header as usize, now.saturating_add(threshold.saturating_mul(REPROFILE_PATIENCE))));
            code.next_tier_at.set(now.saturating_add(threshold));
            return;
        }
        let attempts = code.ftl_attempts.get();
        code.next_tier_at.set(if attempts >= MAX_FTL_ATTEMPTS {
            u32::MAX
        } else {
            code.counter.get().saturating_add(threshold.saturating_mul(1 << attempts).max(100))
        });
    }
}

impl Policy {
    /// Whether the recompile of `code` after a jettison at a loop it was
    /// compiled without waits (for another threshold's worth of counts):
    /// while some loop in the outermost loop around that one has not run
    /// yet, so that one compile covers them all (loops that follow each
    /// other in a function run once may each take less time than a
    /// compile), but not beyond [`REPROFILE_PATIENCE`] thresholds.
    fn postpone_recompile(&mut self, code: &CodeObject) -> bool {
        let Some(ftl) = self.ftl.as_mut() else { return false };
        let key = code as *const CodeObject as usize;
        let Some(&(left_at, deadline)) = ftl.reprofiling.get(&key) else { return false };
        // Loops are the spans from a header to the last jump back to it.
        let back_edges = code.instrs.iter().enumerate().filter_map(|(pc, i)| match i {
            Instr::Jump { target } if (target.0 as usize) < pc => Some((target.0 as usize, pc)),
            _ => None,
        });
        let (start, end) = back_edges
            .filter(|&(h, j)| h <= left_at && left_at <= j)
            .min_by_key(|&(h, j)| (h, std::cmp::Reverse(j)))
            .unwrap_or((left_at, left_at));
        let unreached = (start..=end)
            .any(|pc| matches!(code.instrs[pc], Instr::LoopHeader {}) && code.profile[pc].get() & tierpy_interp::profile::REACHED == 0);
        if unreached && code.counter.get() < deadline {
            code.next_tier_at.set(code.counter.get().saturating_add(ftl.threshold));
            return true;
        }
        ftl.reprofiling.remove(&key);
        false
    }

    /// The flag the compiler thread sets when results are waiting (the VM polls it).
    pub fn ready_flag(&self) -> Option<std::sync::Arc<std::sync::atomic::AtomicBool>> {
        self.ftl.as_ref().map(|f| f.worker.ready.clone())
    }
}

impl TierHook for Policy {
    fn request(&mut self, vm: &mut Vm, code: &Rc<CodeObject>) {
        match code.tier.get() {
            0 => {
                if code.counter.get() >= self.baseline_threshold {
                    self.compile_baseline(vm, code);
                } else {
                    code.next_tier_at.set(self.baseline_threshold);
                }
            }
            1 if code.jit_entry.get() != 0 && self.baseline_recompile_due(code) => self.compile_baseline(vm, code),
            1 if self.postpone_recompile(code) => {}
            1 if self.ftl.is_some() && code.jit_entry.get() != 0 => self.request_ftl(vm, code),
            2 if code.ftl_exits.get() >= tierpy_interp::dispatch::FTL_EXIT_LIMIT => self.jettison(code),
            _ => code.next_tier_at.set(u32::MAX),
        }
    }

    fn event(&mut self, code: &CodeObject, event: TierEvent) {
        let mut log = self.log.borrow_mut();
        if log.transitions.len() >= MAX_TRANSITIONS {
            return;
        }
        let (kind, line) = match event {
            TierEvent::OsrEntry => ("osr entry", code.first_line),
            TierEvent::OsrExit { pc } => ("osr exit", code.line_at(pc)),
        };
        let micros = log.start.elapsed().as_micros() as u64;
        log.transitions.push(Transition { micros, function: code.qualname.to_string(), line, kind });
    }

    fn poll(&mut self, _vm: &mut Vm) {
        while let Some(r) = self.ftl.as_ref().and_then(|f| f.worker.try_result()) {
            self.install(r);
        }
    }
}

//! The tier-up policy: which tier a hot code object goes to, the compile
//! requests it makes, and the record of what happened for `--stats-json`
//! and `--trace`.

use crate::options::{Options, Tier};
use std::rc::Rc;
use std::time::Instant;
use tierpy_baseline::Baseline;
use tierpy_bytecode::CodeObject;
use tierpy_runtime::Vm;
use tierpy_runtime::vm::TierHook;

/// One compile attempt.
pub struct CompileEvent {
    pub function: String,
    pub file: String,
    pub line: u32,
    pub tier: &'static str,
    pub start_micros: u64,
    pub micros: u64,
    pub ok: bool,
    pub error: Option<String>,
}

/// Everything the tiers did, for the observability flags.
pub struct TierLog {
    pub start: Instant,
    pub compiles: Vec<CompileEvent>,
}

/// The hook the interpreter calls when a counter crosses the threshold.
pub struct Policy {
    baseline: Option<Baseline>,
    pub log: Rc<std::cell::RefCell<TierLog>>,
}

impl Policy {
    /// The policy for the chosen `--tier`, and the counter threshold to install.
    pub fn for_options(opts: &Options) -> Option<(Policy, u32)> {
        let threshold = match opts.tier {
            Tier::Interp => return None,
            Tier::Baseline | Tier::Ftl => 1,
            Tier::Auto => opts.baseline_threshold.max(1),
        };
        let mut baseline = Baseline::new().ok()?;
        if opts.dump.as_deref() == Some("clif") {
            baseline.dump = Some(opts.dump_filter.clone());
        }
        let log = Rc::new(std::cell::RefCell::new(TierLog { start: Instant::now(), compiles: vec![] }));
        Some((Policy { baseline: Some(baseline), log }, threshold))
    }
}

impl TierHook for Policy {
    fn request(&mut self, vm: &mut Vm, code: &Rc<CodeObject>) {
        if code.tier.get() >= 1 || code.jit_entry.get() != 0 {
            return;
        }
        // Mark first so that a failed compile is not retried on every call.
        code.tier.set(1);
        let Some(b) = self.baseline.as_mut() else { return };
        let t0 = Instant::now();
        let start_micros = t0.duration_since(self.log.borrow().start).as_micros() as u64;
        let r = b.compile(vm, code);
        let micros = t0.elapsed().as_micros() as u64;
        let (ok, error) = match r {
            Ok(addr) => {
                code.jit_entry.set(addr);
                (true, None)
            }
            // Generators stay in the interpreter; tier stays marked so they are not asked again.
            Err(tierpy_baseline::CompileError::Generator) => return,
            Err(e) => (false, Some(e.to_string())),
        };
        self.log.borrow_mut().compiles.push(CompileEvent {
            function: code.qualname.to_string(),
            file: code.filename.to_string(),
            line: code.first_line,
            tier: "baseline",
            start_micros,
            micros,
            ok,
            error,
        });
    }
}

//! Helpers for the criterion micro-benchmarks (`benches/tiers.rs`): a VM
//! running a Python module under a chosen tier with its functions callable
//! from Rust, and generated functions of a given size to compile.

use std::fmt::Write;
use std::rc::Rc;
use tierpy_bytecode::CodeObject;
use tierpy_cli::options::{EngineOptions, Tier};
use tierpy_cli::runner::{self, SharedLog};
use tierpy_runtime::{Value, Vm};

/// A module loaded into a VM whose tier policy is the one `--tier` selects.
pub struct Session {
    pub vm: Box<Vm>,
    globals: Value,
    _log: SharedLog,
}

impl Session {
    /// Runs `source` as a module under `tier` (FTL compiles are waited for,
    /// so a function is in the FTL tier as soon as the policy asks for it).
    pub fn new(tier: Tier, source: &str) -> Session {
        let engine = EngineOptions { ftl_sync: true, ..EngineOptions::for_tier(tier) };
        let (mut vm, log) = runner::engine_vm(&engine, 0);
        let code = tierpy_compiler::compile(source, "<bench>", tierpy_compiler::CompileMode::Exec).expect("benchmark source compiles");
        let globals = vm.main_globals;
        if tierpy_interp::run_module(&mut vm, code, globals).is_err() {
            panic!("benchmark module raised");
        }
        Session { vm, globals, _log: log }
    }

    /// A module-level function.
    pub fn function(&mut self, name: &str) -> Value {
        let key = self.vm.intern(name);
        self.vm.dict_get_str(self.globals, key).unwrap_or_else(|| panic!("no function {name}"))
    }

    /// Calls a function; panics if it raises.
    pub fn call(&mut self, f: Value, args: &[Value]) -> Value {
        self.vm.call(f, args, &[]).unwrap_or_else(|_| panic!("benchmark function raised"))
    }
}

/// The source of a module defining `f(a, b)` with about `lines` lines of
/// straight-line arithmetic and a loop: a compile-latency workload.
pub fn sized_function(lines: usize) -> String {
    let mut s = String::from("def f(a, b):\n    t = 0\n");
    for i in 0..lines {
        let _ = writeln!(s, "    t = t + a * {i} - (b // {})", i + 1);
        if i % 8 == 7 {
            let _ = writeln!(s, "    for k in range(a):\n        t += k % {}", i + 2);
        }
    }
    s.push_str("    return t\n");
    s
}

/// The code object of the first function defined by `source`.
pub fn first_function(source: &str) -> Rc<CodeObject> {
    let module = tierpy_compiler::compile(source, "<bench>", tierpy_compiler::CompileMode::Exec).expect("benchmark source compiles");
    module.nested().into_iter().next().expect("the source defines a function")
}

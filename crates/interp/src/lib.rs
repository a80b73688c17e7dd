//! Tier 0: the register-bytecode interpreter.
//!
//! [`run_frame`] executes a frame until it returns or yields; it keeps the
//! execution counter and value profiles of each code object up to date
//! ([`profile`]) so that the JIT tiers know what is hot and what types flow
//! where. Slow paths live in the runtime and are shared with the JIT tiers;
//! the interpreter only adds dispatch, fast paths and exception unwinding.

pub mod dispatch;
pub mod profile;
pub mod slow;

pub use dispatch::run_frame;

use std::rc::Rc;
use tierpy_bytecode::CodeObject;
use tierpy_runtime::{PyResult, Value, Vm};

/// Creates a VM whose frames run in this interpreter.
pub fn new_vm() -> Box<Vm> {
    let mut vm = Vm::new(run_frame);
    vm.direct_call = dispatch::call_direct;
    vm
}

/// Runs module-level code with `globals` as its namespace.
pub fn run_module(vm: &mut Vm, code: Rc<CodeObject>, globals: Value) -> PyResult<Value> {
    vm.run_code(code, globals, globals)
}

//! Frames: the code being run, its register file and where it is.
//!
//! Interpreter and JIT tiers share this layout, so a function can move
//! between tiers at any instruction boundary.

use crate::value::Value;
use std::rc::Rc;
use tierpy_bytecode::CodeObject;

/// One activation of a code object.
pub struct Frame {
    pub code: Rc<CodeObject>,
    /// The register file (on the VM's register stack, or owned by a generator).
    pub regs: *mut Value,
    /// The next instruction to run.
    pub pc: usize,
    pub globals: Value,
    /// The namespace dict of module and class bodies; EMPTY in functions.
    pub namespace: Value,
    /// The function being run (EMPTY for module code).
    pub func: Value,
    /// Height of the VM's handled-exception stack when the frame started.
    pub exc_base: usize,
    /// Set while compiled code runs this frame.
    pub in_jit: bool,
    /// The value compiled code returned.
    pub ret: Value,
}

impl Frame {
    /// A frame about to run `code` from its first instruction.
    pub fn new(code: Rc<CodeObject>, regs: *mut Value, globals: Value, namespace: Value, func: Value, exc_base: usize) -> Frame {
        Frame { code, regs, pc: 0, globals, namespace, func, exc_base, in_jit: false, ret: Value::NONE }
    }
}

impl Frame {
    /// A register's value.
    #[inline(always)]
    pub fn reg(&self, i: usize) -> Value {
        // SAFETY: compiled code only names registers below nregs, and regs
        // points at nregs initialized values for the frame's lifetime.
        unsafe { *self.regs.add(i) }
    }

    /// Sets a register.
    #[inline(always)]
    pub fn set_reg(&self, i: usize, v: Value) {
        // SAFETY: as in `reg`.
        unsafe { *self.regs.add(i) = v }
    }

    /// The current source line.
    pub fn line(&self) -> u32 {
        self.code.line_at(self.pc.saturating_sub(1))
    }
}

/// What running a frame ended with.
pub enum FrameExit {
    Return(Value),
    Yield(Value),
}

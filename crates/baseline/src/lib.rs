//! Tier 1: the baseline JIT.
//!
//! Each code object compiles to one native function with a block per
//! bytecode instruction ([`templates`]). Registers stay in the frame's
//! register file, so the function can be entered at any instruction (entry,
//! loop headers for OSR, exception handlers) and left at any instruction:
//! fast paths for ints, floats, comparisons and branches are inline, and
//! every other instruction calls the interpreter's own `step_one` through
//! `tierpy_jit::runtime_calls`, which is why no opcode is ever unsupported.

mod code_memory;
pub mod compiler;
mod templates;

pub use compiler::{Baseline, CompileError, Dump, Effort};

//! tierpy's register bytecode.
//!
//! One declarative opcode table ([`instr`]) defines every instruction, its
//! operands and its name; the compiler emits it, the interpreter dispatches on
//! it, the disassembler prints it and the JIT tiers compile it. A
//! [`CodeObject`] carries the instructions of one function together with its
//! constants, names, line table, exception table and the per-instruction
//! slots (profiles, inline caches, execution counter) that the tiers share.

pub mod code;
pub mod dis;
pub mod instr;
pub mod quote;

pub use code::{CodeFlags, CodeObject, Constant, ExcEntry, Span};
pub use instr::{ConstIdx, Instr, NameIdx, Operand, Reg, Target};

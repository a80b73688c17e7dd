//! Tier 2: the FTL, a speculative optimizing tier compiled by LLVM 19.
//!
//! A request carries an immutable [`Snapshot`] of a code object (its
//! instructions, constants, and the value profiles the lower tiers wrote) to
//! one compiler thread that owns the LLVM context ([`worker`]). The output
//! layer ([`lower`], the only module that knows LLVM) emits one function per
//! code object: where a profile says an operation only ever saw ints or
//! floats, or lists indexed in bounds, the operation is compiled for exactly
//! that and guarded; a failed guard is an OSR exit: the frame's register file
//! is always current, so the exit stores the pc and returns to the
//! interpreter, which re-executes the instruction. Operations the profile saw
//! with other types call the shared slow path. LLVM's O2 pipeline then keeps
//! loop registers in machine registers (the register file is `noalias`).
//!
//! Not yet built (see docs/STATUS.md): a typed SSA IR with its own passes
//! (guard elimination, unboxed phis, inlining), which would replace the
//! direct bytecode-to-LLVM lowering.

pub mod inline;
pub mod lower;
pub mod snapshot;
pub mod stale;
pub mod types;
pub mod worker;

pub use snapshot::Snapshot;
pub use worker::{CompileResult, Worker};

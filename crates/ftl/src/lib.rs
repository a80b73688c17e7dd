//! Tier 2: the FTL, a speculative optimizing tier compiled by LLVM 19.
//!
//! A request carries an immutable [`Snapshot`] of a code object (its
//! instructions, constants, the profiles the lower tiers wrote and what they
//! observed) to one compiler thread that owns the LLVM context ([`worker`]).
//! Before LLVM: small pure callees are inlined into the instruction stream
//! ([`inline`]), register types are inferred per instruction under the
//! speculations the tier makes ([`types`]), and the registers whose frame
//! copies may be stale are found ([`stale`]). The output layer ([`lower`],
//! the only module that knows LLVM) emits one function per code object with
//! registers in SSA values: operations on proven types compile to plain
//! machine arithmetic, speculations are checked, and a failed check is an
//! OSR exit (stale registers written back, the interpreter resumes at the
//! instruction). LLVM does the rest, with a trimmed O1 pipeline and FastISel (see
//! [`lower::PIPELINE`]): the time to compile decides how soon the code runs.

pub mod builtin_calls;
pub mod constant_globals;
pub mod frameless;
pub mod inline;
pub mod liveness;
pub mod lower;
pub mod range_positions;
pub mod snapshot;
pub mod stale;
pub mod types;
pub mod wide;
pub mod worker;

pub use snapshot::Snapshot;
pub use worker::{CompileResult, Worker};

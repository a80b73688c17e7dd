//! The lists a loop indexes that hold the same list all through the loop.
//!
//! LLVM hoists a list's length and data pointer out of a loop only when the
//! load is safe to run before the loop. A load behind the loop's first guard
//! (the second list of `row[j] += a * b[j]`) is not, unless LLVM knows the
//! pointer is readable. The loop header tells it so for these lists (an
//! `llvm.assume` of dereferenceability), and TBAA tells it that the item
//! stores in between never change the header fields.

use crate::snapshot::Snapshot;
use crate::types::{Ty, Types};
use tierpy_bytecode::{Instr, Reg};

/// The registers that hold a list when the loop at header `pc` starts
/// (inferred, so checked already), that nothing in the loop writes, and
/// that an instruction of the loop indexes, directly or through a copy
/// made in the loop (`a[f(i)]` copies `a` first).
pub(super) fn invariant_lists(snap: &Snapshot, types: &Types, pc: usize) -> Vec<Reg> {
    let Some(end) = loop_end(&snap.instrs, pc) else { return vec![] };
    let body = &snap.instrs[pc + 1..=end];
    let writes = |r: Reg| body.iter().filter(move |i| i.writes().contains(&r));
    let invariant = |r: Reg| types.of(pc, r) == Ty::CHECKED_LIST && writes(r).next().is_none();
    let mut regs: Vec<Reg> = vec![];
    for ins in body {
        let obj = match *ins {
            Instr::GetItem { obj, .. } | Instr::SetItem { obj, .. } => obj,
            _ => continue,
        };
        let copied_from = |i: &Instr| match *i {
            Instr::Move { dst, src } if dst == obj => Some(src),
            _ => None,
        };
        let source = match writes(obj).map(copied_from).collect::<Option<Vec<Reg>>>() {
            Some(srcs) if srcs.is_empty() => obj,
            Some(srcs) if srcs.iter().all(|s| *s == srcs[0]) => srcs[0],
            _ => continue,
        };
        if invariant(source) && !regs.contains(&source) {
            regs.push(source);
        }
    }
    regs
}

/// The last instruction of the loop whose header is at `pc`: the last jump
/// back to it.
fn loop_end(instrs: &[Instr], pc: usize) -> Option<usize> {
    (pc + 1..instrs.len()).rev().find(|&k| matches!(instrs[k], Instr::Jump { target } if target.0 as usize == pc))
}

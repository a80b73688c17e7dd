//! Int arithmetic that leaves the inline int range only on its way back
//! into it: a linear congruential generator's `(x * 1103515245 + 12345) %
//! 2**31`, a hash's `(h * 31 + c) & 0xFFFFFFFF`. The lower tiers make a big
//! int for the product and the sum (an allocation each, and big-int
//! arithmetic); the FTL computes the chain in 64-bit machine ints.
//!
//! An `+ - *` whose result may be such a wide int (type [`Ty::WIDE`]: a
//! 64-bit int in the register's unboxed slot, perhaps outside the inline
//! range) is one whose result is read only by:
//! - `+ - *` that are wide themselves, or
//! - operators that bring any 64-bit int back into the inline range: `%` by
//!   a positive constant below 2**47, `&` with a constant from 0 to 2**47 - 1,
//!   `>>` by a constant of 16 or more, `//` by a constant of 2**16 or more,
//!
//! all in its basic block (a run of arithmetic, comparisons, moves and
//! constant loads), and it is dead at the end of the block or overwritten
//! before. So no wide int is live at a block boundary or an entry; the
//! exits and slow paths inside the block box one they find live (a big int
//! when it does not fit). A 64-bit overflow is such an exit; once one was
//! taken, the next compile leaves the instruction to the big-int path.

use crate::inline::Origin;
use crate::liveness::Liveness;
use crate::snapshot::Snapshot;
use crate::types::Ty;
use tierpy_bytecode::instr::BinOp;
use tierpy_bytecode::{Instr, Reg};
use tierpy_interp::profile;
use tierpy_runtime::Value;

/// Per instruction, what the analysis found (see the module comment).
pub struct Wide {
    /// An `+ - *` whose result may be a wide int.
    produces: Vec<bool>,
    /// An operator that brings a wide first operand back into the inline range.
    narrows: Vec<bool>,
}

impl Wide {
    /// Whether the `+ - *` at `pc` may leave a wide int in its destination.
    pub fn produces(&self, pc: usize) -> bool {
        self.produces.get(pc).copied().unwrap_or(false)
    }

    /// Whether the operator at `pc` narrows a wide first operand to an inline int.
    pub fn narrows(&self, pc: usize) -> bool {
        self.narrows.get(pc).copied().unwrap_or(false)
    }

    /// Whether the `+ - *` at `pc` with operands of types `a` and `b`
    /// (speculating, `spec`, that inline ints do not overflow) leaves a wide
    /// int: it may, both operands are ints (inline or wide), and one is wide
    /// or the lower tiers saw it overflow.
    pub fn result_is_wide(&self, pc: usize, spec: bool, a: Ty, b: Ty) -> bool {
        let int = Ty::INT.join(Ty::WIDE);
        self.produces(pc) && a.within(int) && b.within(int) && (a == Ty::WIDE || b == Ty::WIDE || !spec)
    }

    /// Whether the narrowing operator at `pc` makes an inline int of a wide
    /// first operand (type `a`) by its constant (type `b`).
    pub fn narrowed(&self, pc: usize, a: Ty, b: Ty) -> bool {
        self.narrows(pc) && a == Ty::WIDE && b == Ty::INT
    }

    /// Finds the chains of `snap`'s own instructions.
    pub fn analyze(snap: &Snapshot, live: &Liveness) -> Wide {
        let n = snap.instrs.len();
        let starts = block_starts(snap);
        let narrows: Vec<bool> = (0..n).map(|pc| own(snap, pc) && narrowing(snap, &starts, pc)).collect();
        let mut produces = vec![false; n];
        for pc in (0..n).rev() {
            let Some((_, dst, _, _)) = arith(snap.instrs[pc]) else { continue };
            if own(snap, pc) && profile_ints(snap, pc) {
                produces[pc] = consumed_in_block(snap, &starts, live, &produces, &narrows, pc, dst);
            }
        }
        Wide { produces, narrows }
    }
}

/// The operator, destination and operands of an `+ - *` (or its `op=` form).
fn arith(ins: Instr) -> Option<(BinOp, Reg, Reg, Reg)> {
    match ins {
        Instr::Add { dst, a, b } => Some((BinOp::Add, dst, a, b)),
        Instr::Sub { dst, a, b } => Some((BinOp::Sub, dst, a, b)),
        Instr::Mul { dst, a, b } => Some((BinOp::Mul, dst, a, b)),
        Instr::Inplace { op, dst, a, b } if matches!(BinOp::from_u8(op), BinOp::Add | BinOp::Sub | BinOp::Mul) => {
            Some((BinOp::from_u8(op), dst, a, b))
        }
        _ => None,
    }
}

/// The operator, destination and operands of an int operator that may
/// narrow (`%`, `&`, `>>`, `//`, or its `op=` form).
fn narrowing_operator(ins: Instr) -> Option<(BinOp, Reg, Reg, Reg)> {
    match ins {
        Instr::Mod { dst, a, b } => Some((BinOp::Mod, dst, a, b)),
        Instr::BitAnd { dst, a, b } => Some((BinOp::BitAnd, dst, a, b)),
        Instr::RShift { dst, a, b } => Some((BinOp::RShift, dst, a, b)),
        Instr::FloorDiv { dst, a, b } => Some((BinOp::FloorDiv, dst, a, b)),
        Instr::Inplace { op, dst, a, b } if matches!(BinOp::from_u8(op), BinOp::Mod | BinOp::BitAnd | BinOp::RShift | BinOp::FloorDiv) => {
            Some((BinOp::from_u8(op), dst, a, b))
        }
        _ => None,
    }
}

/// Whether the operator at `pc` takes any 64-bit first operand into the
/// inline range, by the constant its second operand holds.
fn narrowing(snap: &Snapshot, starts: &[bool], pc: usize) -> bool {
    let Some((op, _, a, b)) = narrowing_operator(snap.instrs[pc]) else { return false };
    if a == b || !profile_ints(snap, pc) {
        return false;
    }
    let Some(c) = constant_in_block(snap, starts, pc, b) else { return false };
    match op {
        BinOp::Mod => (1..1 << 47).contains(&c),
        BinOp::BitAnd => (0..1 << 47).contains(&c),
        BinOp::RShift => c >= 16,
        _ => c >= 1 << 16,
    }
}

/// Whether the lower tiers saw only ints at `pc` (inline or big, the
/// overflow of inline ones included), and no FTL code exited there.
fn profile_ints(snap: &Snapshot, pc: usize) -> bool {
    snap.profile[pc] & !(profile::INT | profile::BIGINT | profile::OVERFLOW) == 0 && snap.prior_exits.get(pc).is_none_or(|&n| n == 0)
}

fn own(snap: &Snapshot, pc: usize) -> bool {
    matches!(snap.origin.get(pc), Some(Origin::Own(_)))
}

/// Whether the result `d` of the `+ - *` at `pc` is read only by wide
/// `+ - *` and narrowing operators of its block (whose instructions are
/// all plain arithmetic and loads, see [`block_starts`]), and is
/// overwritten in the block or dead at its end.
fn consumed_in_block(snap: &Snapshot, starts: &[bool], live: &Liveness, produces: &[bool], narrows: &[bool], pc: usize, d: Reg) -> bool {
    for k in pc + 1..snap.instrs.len() {
        if starts[k] || !own(snap, k) {
            return !live.at(k).contains(d.idx());
        }
        let ins = snap.instrs[k];
        if crate::liveness::reads(&ins).is_none_or(|regs| regs.contains(&d)) {
            let accepted = match (arith(ins), narrowing_operator(ins)) {
                (Some(_), _) => produces[k],
                (_, Some((_, _, a, b))) => narrows[k] && a == d && b != d,
                _ => false,
            };
            if !accepted {
                return false;
            }
        }
        if ins.writes().contains(&d) {
            return true;
        }
    }
    false
}

/// The inline int constant register `r` holds at `pc`, written by a
/// constant load earlier in `pc`'s block.
fn constant_in_block(snap: &Snapshot, starts: &[bool], pc: usize, r: Reg) -> Option<i64> {
    let mut k = pc;
    while k > 0 && !starts[k] {
        k -= 1;
        let ins = snap.instrs[k];
        if ins.writes().contains(&r) {
            return match ins {
                Instr::LoadInt { value, .. } => Some(value as i64),
                Instr::LoadConst { idx, .. } => Value(snap.consts[idx.0 as usize]).as_small_int(),
                _ => None,
            };
        }
    }
    None
}

/// Where basic blocks start: jump targets, entries, and the instruction
/// after any that may go elsewhere.
fn block_starts(snap: &Snapshot) -> Vec<bool> {
    let mut starts = tierpy_jit::entries::jump_targets(&snap.instrs, &snap.entries);
    for (pc, ins) in snap.instrs.iter().enumerate() {
        let plain = crate::stale::numeric_op(ins)
            || matches!(ins, Instr::LoadInt { .. } | Instr::LoadConst { .. } | Instr::Move { .. } | Instr::Nop {});
        if !plain {
            starts[pc + 1] = true;
        }
    }
    starts
}

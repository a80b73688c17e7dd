//! Which registers' copies in the frame may be stale before each
//! instruction: FTL code keeps registers in SSA values and writes them back
//! to the frame only before a runtime call or an exit, and then only those
//! written since the last write-back on some path (a forward dataflow over
//! the bytecode; instructions that always call the runtime leave every
//! register current).

use tierpy_bytecode::Instr;

/// One bit per register.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct RegSet(Vec<u64>);

impl RegSet {
    /// No register of `n`.
    pub(crate) fn empty(n: usize) -> RegSet {
        RegSet(vec![0; n.div_ceil(64)])
    }

    /// Every register of `n`.
    pub(crate) fn full(n: usize) -> RegSet {
        let mut s = RegSet::empty(n);
        (0..n).for_each(|r| s.insert(r));
        s
    }

    /// Adds `r`.
    pub(crate) fn insert(&mut self, r: usize) {
        if let Some(w) = self.0.get_mut(r / 64) {
            *w |= 1 << (r % 64);
        }
    }

    /// Takes `r` out.
    pub(crate) fn remove(&mut self, r: usize) {
        if let Some(w) = self.0.get_mut(r / 64) {
            *w &= !(1 << (r % 64));
        }
    }

    /// Whether `r` is in the set.
    pub(crate) fn contains(&self, r: usize) -> bool {
        self.0.get(r / 64).is_some_and(|w| w & (1 << (r % 64)) != 0)
    }

    /// Adds `o`'s registers; whether anything was added.
    pub(crate) fn union(&mut self, o: &RegSet) -> bool {
        let mut changed = false;
        for (a, b) in self.0.iter_mut().zip(&o.0) {
            let n = *a | *b;
            changed |= n != *a;
            *a = n;
        }
        changed
    }

    /// Keeps only `o`'s registers; whether anything was taken out.
    pub(crate) fn intersect(&mut self, o: &RegSet) -> bool {
        let mut changed = false;
        for (a, b) in self.0.iter_mut().zip(&o.0) {
            let n = *a & *b;
            changed |= n != *a;
            *a = n;
        }
        changed
    }

    /// The registers in the set, in order.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(i, w)| (0..64).filter(move |b| w & (1 << b) != 0).map(move |b| i * 64 + b))
    }
}

/// The possibly-stale registers before each instruction.
pub struct Stale {
    at: Vec<RegSet>,
}

impl Stale {
    /// Registers to write back before a call or an exit at `pc`.
    pub fn at(&self, pc: usize) -> &RegSet {
        &self.at[pc]
    }

    /// Analyzes `instrs` (entries load every register from the frame).
    /// `sites` are the inlined calls (call index, index after the body): the
    /// call runs its body without calling out, or calls and goes on after it.
    /// `inline_calls` are calls compiled inline (builtins) that call out
    /// only on their slow paths.
    pub fn analyze(instrs: &[Instr], nregs: usize, sites: &[(usize, usize)], inline_calls: &[usize]) -> Stale {
        let n = instrs.len();
        let succs = control_edges(instrs, sites);
        let mut at = vec![RegSet::empty(nregs); n];
        let mut work: Vec<usize> = (0..n).rev().collect();
        let mut queued = vec![true; n];
        while let Some(pc) = work.pop() {
            queued[pc] = false;
            let ins = instrs[pc];
            let site = sites.iter().any(|(at, _)| *at == pc);
            let mut out = if always_calls(&ins) && !site && !inline_calls.contains(&pc) { RegSet::empty(nregs) } else { at[pc].clone() };
            for r in ins.writes() {
                out.insert(r.idx());
            }
            for &succ in &succs[pc] {
                if at[succ].union(&out) && !queued[succ] {
                    queued[succ] = true;
                    work.push(succ);
                }
            }
        }
        Stale { at }
    }
}

/// Each instruction's control successors (see [`successors`]) and, for an
/// inlined call (`sites`: call index, index after the body), the
/// instruction after its body: the call runs the body or goes on after it.
pub(crate) fn control_edges(instrs: &[Instr], sites: &[(usize, usize)]) -> Vec<Vec<usize>> {
    let n = instrs.len();
    instrs
        .iter()
        .enumerate()
        .map(|(pc, ins)| {
            let site = sites.iter().find(|(at, _)| *at == pc).map(|&(_, cont)| cont);
            successors(*ins, pc, n).into_iter().chain(site).collect()
        })
        .collect()
}

/// Control successors, the taken and not-taken edges both.
pub(crate) fn successors(ins: Instr, pc: usize, n: usize) -> Vec<usize> {
    let mut v = if pc + 1 < n { vec![pc + 1] } else { vec![] };
    match ins {
        Instr::Jump { target } => v = vec![target.0 as usize],
        Instr::JumpIfFalse { target, .. } | Instr::JumpIfTrue { target, .. } | Instr::ForIter { target, .. } => v.push(target.0 as usize),
        Instr::Return { .. } | Instr::Raise { .. } | Instr::Reraise { .. } => v.clear(),
        _ => {}
    }
    v
}

/// Whether the FTL lowers the instruction to a runtime call on every path
/// (so every register is current in the frame after it).
pub fn always_calls(ins: &Instr) -> bool {
    let inline = numeric_op(ins)
        || matches!(
            ins,
            Instr::Nop {}
                | Instr::Move { .. }
                | Instr::LoadInt { .. }
                | Instr::LoadConst { .. }
                | Instr::LoadGlobal { .. }
                | Instr::StoreGlobal { .. }
                | Instr::GetIter { .. }
                | Instr::LoadCell { .. }
                | Instr::StoreCell { .. }
                | Instr::Jump { .. }
                | Instr::JumpIfFalse { .. }
                | Instr::JumpIfTrue { .. }
                | Instr::LoopHeader {}
                | Instr::GetItem { .. }
                | Instr::SetItem { .. }
                | Instr::GetAttr { .. }
                | Instr::SetAttr { .. }
                | Instr::ForIter { .. }
                | Instr::Return { .. }
                | Instr::Yield { .. }
                | Instr::YieldFrom { .. }
                | Instr::UnpackSequence { .. }
                | Instr::Not { .. }
                | Instr::Is { .. }
                | Instr::IsNot { .. }
                | Instr::CheckBound { .. }
        );
    !inline
}

/// Arithmetic and comparisons the FTL compiles inline for ints and floats.
pub fn numeric_op(ins: &Instr) -> bool {
    use tierpy_bytecode::instr::BinOp;
    matches!(
        ins,
        Instr::Add { .. }
            | Instr::Sub { .. }
            | Instr::Mul { .. }
            | Instr::TrueDiv { .. }
            | Instr::FloorDiv { .. }
            | Instr::Mod { .. }
            | Instr::BitAnd { .. }
            | Instr::BitOr { .. }
            | Instr::BitXor { .. }
            | Instr::LShift { .. }
            | Instr::RShift { .. }
            | Instr::Lt { .. }
            | Instr::Le { .. }
            | Instr::Gt { .. }
            | Instr::Ge { .. }
            | Instr::Eq { .. }
            | Instr::Ne { .. }
    ) || matches!(ins, Instr::Inplace { op, .. } if matches!(BinOp::from_u8(*op), BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv) || crate::types::int_operator(BinOp::from_u8(*op)))
}

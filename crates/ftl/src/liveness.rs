//! Which registers the interpreter may still read when FTL code hands it
//! the frame at a given instruction: the ones live there (a backward
//! dataflow over the bytecode). Where FTL code leaves, it writes back only
//! those; a dead temporary's value then stays out of the exits, so LLVM
//! need not keep it alive (in registers, in loop phis) for them.
//!
//! Conservative where it must be: a named local (the frame's variables,
//! cells and free variables: tracebacks, `locals()` and debuggers see them)
//! is always live; an instruction whose operands are not listed below may
//! read any register; what a handler or a generator's resumption reads is
//! live everywhere (an exception may reach the handler from anywhere in
//! its range). A dead register's stale copy in the frame is harmless: the
//! frame's registers are roots, so the object it names is still alive.

use crate::snapshot::Snapshot;
use crate::stale::{RegSet, control_edges};
use tierpy_bytecode::{Instr, Reg};

/// The live registers before each instruction.
pub struct Liveness {
    live_in: Vec<RegSet>,
}

impl Liveness {
    /// The liveness of a snapshot's code (`nregs` registers).
    pub fn of(snap: &Snapshot, nregs: usize) -> Liveness {
        let sites: Vec<(usize, usize)> = snap.sites.iter().map(|s| (s.at, s.cont)).collect();
        let resumptions: Vec<usize> = Liveness::resumptions(snap).collect();
        Liveness::analyze(&snap.instrs, nregs, snap.named_regs, &sites, &resumptions)
    }

    /// Where handlers and resumed generators start: the entries that are
    /// not loop headers or the first instruction.
    pub fn resumptions(snap: &Snapshot) -> impl Iterator<Item = usize> + '_ {
        snap.entries.iter().copied().filter(|&pc| pc > 0 && !matches!(snap.instrs[pc - 1], Instr::LoopHeader {}))
    }

    /// The registers live when instruction `pc` starts.
    pub fn at(&self, pc: usize) -> &RegSet {
        &self.live_in[pc]
    }

    /// Analyzes `instrs`: `named` registers are always live; `sites` are the
    /// inlined calls (call index, index after the body), which go on into
    /// the body or, through the real call, after it; `resumptions` are where
    /// handlers and resumed generators start (what they read is live throughout).
    pub fn analyze(instrs: &[Instr], nregs: usize, named: usize, sites: &[(usize, usize)], resumptions: &[usize]) -> Liveness {
        let mut always = RegSet::empty(nregs);
        for r in 0..named.min(nregs) {
            always.insert(r);
        }
        let succs = control_edges(instrs, sites);
        loop {
            let live_in = solve(instrs, nregs, &succs, &always);
            let mut grown = always.clone();
            for &pc in resumptions.iter().filter(|&&pc| pc < instrs.len()) {
                grown.union(&live_in[pc]);
            }
            if grown == always {
                return Liveness { live_in };
            }
            always = grown;
        }
    }
}

/// One backward fixpoint over the control edges `succs`, with `always`
/// live before every instruction.
fn solve(instrs: &[Instr], nregs: usize, succs: &[Vec<usize>], always: &RegSet) -> Vec<RegSet> {
    let n = instrs.len();
    let mut live_in = vec![RegSet::empty(nregs); n];
    let mut preds: Vec<Vec<usize>> = vec![vec![]; n];
    for (pc, ss) in succs.iter().enumerate() {
        for &s in ss {
            preds[s].push(pc);
        }
    }
    let mut work: Vec<usize> = (0..n).collect();
    let mut queued = vec![true; n];
    while let Some(pc) = work.pop() {
        queued[pc] = false;
        let ins = instrs[pc];
        let mut live = RegSet::empty(nregs);
        for &s in &succs[pc] {
            live.union(&live_in[s]);
        }
        for r in ins.writes() {
            live.remove(r.idx());
        }
        match reads(&ins) {
            Some(regs) => regs.iter().for_each(|r| live.insert(r.idx())),
            None => (0..nregs).for_each(|r| live.insert(r)),
        }
        // Even where the instruction writes them: it may raise first, and a
        // handler read them.
        live.union(always);
        if live != live_in[pc] {
            live_in[pc] = live;
            for &p in &preds[pc] {
                if !queued[p] {
                    queued[p] = true;
                    work.push(p);
                }
            }
        }
    }
    live_in
}

/// The registers an instruction reads, for those the FTL compiles often;
/// None for the others (they may read any register).
pub(crate) fn reads(ins: &Instr) -> Option<Vec<Reg>> {
    let range = |first: Reg, count: usize| (0..count).map(|i| Reg(first.0 + i as u16)).collect::<Vec<_>>();
    Some(match *ins {
        Instr::Nop {} | Instr::LoopHeader {} | Instr::Jump { .. } | Instr::LoadInt { .. } | Instr::LoadConst { .. } => vec![],
        Instr::LoadGlobal { .. } => vec![],
        Instr::Move { src, .. } | Instr::Not { src, .. } | Instr::Neg { src, .. } | Instr::GetIter { src, .. } => vec![src],
        Instr::JumpIfFalse { cond, .. } | Instr::JumpIfTrue { cond, .. } => vec![cond],
        Instr::Add { a, b, .. }
        | Instr::Sub { a, b, .. }
        | Instr::Mul { a, b, .. }
        | Instr::TrueDiv { a, b, .. }
        | Instr::FloorDiv { a, b, .. }
        | Instr::Mod { a, b, .. }
        | Instr::BitAnd { a, b, .. }
        | Instr::BitOr { a, b, .. }
        | Instr::BitXor { a, b, .. }
        | Instr::LShift { a, b, .. }
        | Instr::RShift { a, b, .. }
        | Instr::Inplace { a, b, .. }
        | Instr::Lt { a, b, .. }
        | Instr::Le { a, b, .. }
        | Instr::Gt { a, b, .. }
        | Instr::Ge { a, b, .. }
        | Instr::Eq { a, b, .. }
        | Instr::Ne { a, b, .. }
        | Instr::Is { a, b, .. }
        | Instr::IsNot { a, b, .. } => vec![a, b],
        Instr::GetItem { obj, key, .. } => vec![obj, key],
        Instr::SetItem { obj, key, src } => vec![obj, key, src],
        Instr::GetAttr { obj, .. } => vec![obj],
        Instr::SetAttr { obj, src, .. } => vec![obj, src],
        Instr::ForIter { iter, .. } => vec![iter],
        Instr::PushExc { exc } | Instr::Reraise { exc } => vec![exc],
        Instr::PopExc {} => vec![],
        Instr::ExcMatch { exc, ty, .. } => vec![exc, ty],
        Instr::Raise { exc, cause } => vec![exc, cause],
        Instr::CheckBound { reg, .. } => vec![reg],
        Instr::Return { src } => vec![src],
        Instr::ListAppend { list, src } => vec![list, src],
        Instr::Call { func, argc, .. } => range(func, argc as usize + 1),
        Instr::CallMethod { base, argc, .. } => range(base, argc as usize + 1),
        Instr::BuildList { start, count, .. } | Instr::BuildTuple { start, count, .. } => range(start, count as usize),
        _ => return None,
    })
}

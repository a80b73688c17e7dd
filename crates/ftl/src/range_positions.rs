//! Range iterators whose position FTL code keeps in an SSA value instead
//! of the iterator object, so that `for i in range(n)` compiles to a
//! counted loop: the position is a loop phi LLVM sees as an induction
//! variable, with no load and store of the object per iteration.
//!
//! A register qualifies where it holds a fresh iterator: one the function's
//! own `GetIter` made from a value checked to be a range (nothing else can
//! reach it), on every path since (a forward must-analysis over the
//! bytecode; any other write to the register ends it). The object is brought
//! up to date wherever the runtime may look at it: before runtime calls and
//! where the code leaves (the lowering writes the position back with the
//! registers), and the position is read again after calls and on entry.
//! The lowering also checks, on entry, that such an iterator is not in
//! another register too (only an iterator the interpreter made from
//! something else than a range could be).
//!
//! A register whose position is kept must be kept wherever it is live with
//! that iterator: where a path from a point that keeps it reaches a point
//! where it is live and not kept (a loop whose body goes on after an
//! exception handler), the object would be read stale, so the register is
//! not kept anywhere.

use crate::stale::{RegSet, control_edges};
use tierpy_bytecode::Instr;

/// Per instruction, the registers whose range position is kept in SSA.
pub struct RangePositions {
    at: Vec<RegSet>,
    after: Vec<RegSet>,
}

impl RangePositions {
    /// The registers kept when instruction `pc` starts.
    pub fn at(&self, pc: usize) -> &RegSet {
        &self.at[pc]
    }

    /// The registers kept once instruction `pc` completed (its fresh
    /// iterator included).
    pub fn after(&self, pc: usize) -> &RegSet {
        &self.after[pc]
    }

    /// Analyzes `instrs`. `fresh(pc)` says whether the instruction at `pc` is
    /// a `GetIter` into a frame register from a checked range; `live(pc)`
    /// gives the registers live before `pc`; `sites` are inlined calls
    /// (call index, index after the body); `starts` are where code may
    /// start with nothing kept (the first instruction, handlers, resumed
    /// generators).
    pub fn analyze(
        instrs: &[Instr],
        nregs: usize,
        fresh: impl Fn(usize) -> bool,
        live: impl Fn(usize) -> RegSet,
        sites: &[(usize, usize)],
        starts: &[usize],
    ) -> RangePositions {
        let succs = control_edges(instrs, sites);
        let mut excluded = RegSet::empty(nregs);
        loop {
            let made = |pc: usize| match instrs[pc] {
                Instr::GetIter { dst, .. } if fresh(pc) && !excluded.contains(dst.idx()) => Some(dst.idx()),
                _ => None,
            };
            let (at, after) = solve(instrs, nregs, &made, &succs, starts);
            let mut violated = RegSet::empty(nregs);
            for (pc, out) in after.iter().enumerate() {
                for &succ in &succs[pc] {
                    let live_there = live(succ);
                    for r in out.iter().filter(|&r| live_there.contains(r) && !at[succ].contains(r)) {
                        violated.insert(r);
                    }
                }
            }
            if !excluded.union(&violated) {
                return RangePositions { at, after };
            }
        }
    }
}

/// The must-analysis over the control edges `succs`: kept before and
/// after each instruction.
fn solve(
    instrs: &[Instr],
    nregs: usize,
    made: &impl Fn(usize) -> Option<usize>,
    succs: &[Vec<usize>],
    starts: &[usize],
) -> (Vec<RegSet>, Vec<RegSet>) {
    let n = instrs.len();
    let none = RegSet::empty(nregs);
    // Unvisited instructions hold every register (the top of the lattice).
    let mut at = vec![RegSet::full(nregs); n];
    let mut visited = vec![false; n];
    let mut work: Vec<usize> = starts.iter().copied().filter(|&pc| pc < n).collect();
    for &pc in &work {
        at[pc] = none.clone();
        visited[pc] = true;
    }
    let transfer = |pc: usize, before: &RegSet| {
        let mut out = before.clone();
        for r in instrs[pc].writes() {
            out.remove(r.idx());
        }
        if let Some(r) = made(pc) {
            out.insert(r);
        }
        out
    };
    while let Some(pc) = work.pop() {
        let out = transfer(pc, &at[pc]);
        for &succ in &succs[pc] {
            let was_visited = visited[succ];
            visited[succ] = true;
            let narrowed = if starts.contains(&succ) { false } else { at[succ].intersect(&out) };
            if narrowed || !was_visited {
                work.push(succ);
            }
        }
    }
    for (pc, set) in at.iter_mut().enumerate() {
        if !visited[pc] {
            *set = none.clone();
        }
    }
    let after = (0..n).map(|pc| if visited[pc] { transfer(pc, &at[pc]) } else { none.clone() }).collect();
    (at, after)
}

#[cfg(test)]
mod tests {
    use super::RangePositions;
    use crate::stale::RegSet;
    use tierpy_bytecode::instr::{Instr, Reg, Target};

    fn kept(instrs: &[Instr], live: &[&[usize]], starts: &[usize]) -> Vec<Vec<usize>> {
        let fresh = |pc: usize| matches!(instrs[pc], Instr::GetIter { .. });
        let live_at = |pc: usize| {
            let mut s = RegSet::empty(8);
            live[pc].iter().for_each(|&r| s.insert(r));
            s
        };
        let p = RangePositions::analyze(instrs, 8, fresh, live_at, &[], starts);
        (0..instrs.len()).map(|pc| p.at(pc).iter().collect()).collect()
    }

    /// `for i in range(n): ...` then the register reused for an int.
    #[test]
    fn a_loop_keeps_its_iterator_until_the_register_is_written() {
        let instrs = [
            Instr::GetIter { dst: Reg(1), src: Reg(0) },
            Instr::LoopHeader {},
            Instr::ForIter { dst: Reg(2), iter: Reg(1), target: Target(4) },
            Instr::Jump { target: Target(1) },
            Instr::LoadInt { dst: Reg(1), value: 0 },
            Instr::Return { src: Reg(1) },
        ];
        let live: [&[usize]; 6] = [&[0], &[1], &[1], &[1], &[], &[1]];
        assert_eq!(kept(&instrs, &live, &[0]), vec![vec![], vec![1], vec![1], vec![1], vec![1], vec![]]);
    }

    /// A handler that jumps back into the loop reaches its header with
    /// the iterator live and not kept: the register is kept nowhere.
    #[test]
    fn a_path_in_without_the_position_excludes_the_register() {
        let instrs = [
            Instr::GetIter { dst: Reg(1), src: Reg(0) },
            Instr::LoopHeader {},
            Instr::ForIter { dst: Reg(2), iter: Reg(1), target: Target(5) },
            Instr::Jump { target: Target(1) },
            Instr::Jump { target: Target(1) },
            Instr::Return { src: Reg(0) },
        ];
        let live: [&[usize]; 6] = [&[0], &[0, 1], &[0, 1], &[0, 1], &[0, 1], &[0]];
        assert!(kept(&instrs, &live, &[0, 4]).iter().all(|s| s.is_empty()));
    }
}

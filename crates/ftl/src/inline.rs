//! Inlining of small pure Python callees into the FTL's instruction stream.
//!
//! A call site whose callee was loaded from a global holding a plain
//! function is expanded, in the snapshot, into: the call (kept, compiled as
//! a check that the callee is still that function), moves of the arguments
//! into registers above the caller's, the callee's instructions renumbered,
//! and at each of its returns a move into the call's destination and a jump
//! past the inlined body. Only callees without side effects are inlined
//! (arithmetic, comparisons, forward branches, global and list reads), so
//! whatever fails inside the inlined body (a guard, a slow path, another
//! callee) abandons it and makes the real call instead: nothing it did was
//! visible, and the real call rebuilds the callee's frame when it needs one
//! (for a traceback, say).

use crate::snapshot::Snapshot;
use tierpy_bytecode::{CodeObject, ConstIdx, Instr, NameIdx, Reg, Target};

/// Where an instruction of the expanded stream came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The compiled code object's own instruction at this pc.
    Own(usize),
    /// Part of the body inlined at `sites[site]`.
    Inlined { site: usize },
}

/// One inlined call in the expanded stream.
#[derive(Clone, Debug)]
pub struct Site {
    /// Index of the call instruction (the callee check).
    pub at: usize,
    /// The function the body belongs to (the word the check compares).
    pub func: u64,
    /// Index of the instruction after the inlined body.
    pub cont: usize,
}

/// What the snapshot keeps of a callee to inline (plain data).
#[derive(Clone, Debug)]
pub struct Callee {
    pub func: u64,
    /// The callee's globals dict (its global loads read that one).
    pub globals: u64,
    pub instrs: Vec<Instr>,
    pub consts: Vec<u64>,
    pub names: Vec<u64>,
    pub name_text: Vec<String>,
    pub profile: Vec<u32>,
    pub observed: Vec<u64>,
    pub cache_slots: Vec<usize>,
}

/// Largest callee inlined, in instructions.
const MAX_CALLEE: usize = 40;

/// Whether `code` can be inlined at a call with `argc` positional arguments.
pub fn inlinable(code: &CodeObject, argc: u16) -> bool {
    code.argcount == argc
        && code.kwonlyargcount == 0
        && !code.flags.varargs
        && !code.flags.varkw
        && !code.flags.generator
        && code.freevars.is_empty()
        && code.exc_table.is_empty()
        && code.instrs.len() <= MAX_CALLEE
        && code.instrs.iter().enumerate().all(|(pc, ins)| pure(ins, pc))
}

/// Instructions without side effects (forward jumps only: no loops).
pub fn pure(ins: &Instr, pc: usize) -> bool {
    match *ins {
        Instr::Jump { target } | Instr::JumpIfFalse { target, .. } | Instr::JumpIfTrue { target, .. } => target.0 as usize > pc,
        _ => {
            crate::stale::numeric_op(ins)
                || matches!(
                    ins,
                    Instr::Nop {}
                        | Instr::Move { .. }
                        | Instr::LoadConst { .. }
                        | Instr::LoadInt { .. }
                        | Instr::LoadGlobal { .. }
                        | Instr::Is { .. }
                        | Instr::IsNot { .. }
                        | Instr::Not { .. }
                        | Instr::GetItem { .. }
                        | Instr::Return { .. }
                )
        }
    }
}

/// Whether the call at `pc` may be inlined: it never exited FTL code
/// before (an inlined body that keeps falling back is worse than a call).
pub fn speculates_call(snap: &Snapshot, pc: usize) -> bool {
    snap.prior_exits.get(pc).is_none_or(|&n| n == 0)
}

/// The pc of the `LoadGlobal` that loaded the callee of the call at `pc`
/// (found in the call's basic block, `is_target` from
/// [`tierpy_jit::entries::jump_targets`]), if that is how it was loaded.
pub fn callee_load(instrs: &[Instr], is_target: &[bool], pc: usize) -> Option<usize> {
    let Instr::Call { func, .. } = instrs[pc] else { return None };
    global_load_of(instrs, is_target, pc, func)
}

/// The pc of the `LoadGlobal` that wrote register `r` last before `pc`
/// in `pc`'s basic block, if a `LoadGlobal` is what wrote it there.
pub fn global_load_of(instrs: &[Instr], is_target: &[bool], pc: usize, r: Reg) -> Option<usize> {
    let mut k = pc;
    while k > 0 {
        k -= 1;
        let ins = instrs[k];
        if ins.writes().contains(&r) {
            return matches!(ins, Instr::LoadGlobal { .. }).then_some(k);
        }
        if is_target[k] || matches!(ins, Instr::Jump { .. } | Instr::JumpIfFalse { .. } | Instr::JumpIfTrue { .. } | Instr::ForIter { .. })
        {
            return None;
        }
    }
    None
}

/// Expands the snapshot's call sites that have a callee (`callees`, by call
/// pc) into inlined bodies; see the module comment.
pub fn expand(snap: &mut Snapshot, callees: Vec<(usize, Callee)>) {
    if callees.is_empty() {
        return;
    }
    let own = std::mem::take(&mut snap.instrs);
    let n = own.len();
    let (own_observed, own_slots) = (std::mem::take(&mut snap.observed), std::mem::take(&mut snap.cache_slots));
    let (own_profile, own_exits) = (std::mem::take(&mut snap.profile), std::mem::take(&mut snap.prior_exits));
    let mut out = Expanded::default();
    let mut map = vec![0usize; n + 1];
    let mut next_callee = callees.into_iter().peekable();
    let base = snap.frame_regs;
    for pc in 0..n {
        map[pc] = out.instrs.len();
        out.push(own[pc], Origin::Own(pc), own_profile[pc], own_exits[pc], own_observed[pc], own_slots[pc], 0);
        let Some((_, callee)) = next_callee.next_if(|(at, _)| *at == pc) else { continue };
        let Instr::Call { dst, func, argc } = own[pc] else { continue };
        let site = snap.sites.len();
        let at = out.instrs.len() - 1;
        let origin = Origin::Inlined { site };
        for i in 0..argc {
            out.push(Instr::Move { dst: Reg((base + i as usize) as u16), src: Reg(func.0 + 1 + i) }, origin, 0, 0, 0, 0, 0);
        }
        let (const_base, name_base) = (snap.consts.len(), snap.names.len());
        snap.consts.extend(&callee.consts);
        snap.names.extend(&callee.names);
        snap.name_text.extend(callee.name_text.iter().cloned());
        let start = out.instrs.len();
        let mut cmap = vec![0usize; callee.instrs.len() + 1];
        let mut returns = vec![];
        for (cpc, ins) in callee.instrs.iter().enumerate() {
            cmap[cpc] = out.instrs.len();
            let moved = relocate(*ins, base as u16, const_base as u32, name_base as u32);
            if let Instr::Return { src } = moved {
                out.push(Instr::Move { dst, src }, origin, 0, 0, 0, 0, 0);
                returns.push(out.instrs.len());
                out.push(Instr::Jump { target: Target(0) }, origin, 0, 0, 0, 0, 0);
                continue;
            }
            let (p, o, s) = (callee.profile[cpc], callee.observed[cpc], callee.cache_slots[cpc]);
            out.push(moved, origin, p, 0, o, s, callee.globals);
        }
        cmap[callee.instrs.len()] = out.instrs.len();
        let cont = out.instrs.len();
        // Callee jumps to callee pcs; returns past the body.
        for i in start..cont {
            if returns.contains(&i) {
                out.instrs[i] = Instr::Jump { target: Target(cont as u32) };
            } else {
                out.instrs[i] = retarget(out.instrs[i], |t| cmap[t]);
            }
        }
        snap.sites.push(Site { at, func: callee.func, cont });
    }
    map[n] = out.instrs.len();
    for (i, origin) in out.origin.iter().enumerate() {
        if matches!(origin, Origin::Own(_)) {
            out.instrs[i] = retarget(out.instrs[i], |t| map[t]);
        }
    }
    snap.entries = snap.entries.iter().map(|&pc| map[pc]).collect();
    snap.instrs = out.instrs;
    snap.origin = out.origin;
    snap.profile = out.profile;
    snap.prior_exits = out.exits;
    snap.observed = out.observed;
    snap.cache_slots = out.slots;
    snap.globals_const = out.globals;
}

/// The expanded stream and its per-instruction tables, built together.
#[derive(Default)]
struct Expanded {
    instrs: Vec<Instr>,
    origin: Vec<Origin>,
    profile: Vec<u32>,
    exits: Vec<u32>,
    observed: Vec<u64>,
    slots: Vec<usize>,
    globals: Vec<u64>,
}

impl Expanded {
    #[allow(clippy::too_many_arguments)]
    fn push(&mut self, ins: Instr, origin: Origin, profile: u32, exits: u32, observed: u64, slot: usize, globals: u64) {
        self.instrs.push(ins);
        self.origin.push(origin);
        self.profile.push(profile);
        self.exits.push(exits);
        self.observed.push(observed);
        self.slots.push(slot);
        self.globals.push(globals);
    }
}

/// A jump instruction with its target mapped through `f`.
fn retarget(ins: Instr, f: impl Fn(usize) -> usize) -> Instr {
    let t = |x: Target| Target(f(x.0 as usize) as u32);
    match ins {
        Instr::Jump { target } => Instr::Jump { target: t(target) },
        Instr::JumpIfFalse { cond, target } => Instr::JumpIfFalse { cond, target: t(target) },
        Instr::JumpIfTrue { cond, target } => Instr::JumpIfTrue { cond, target: t(target) },
        Instr::ForIter { dst, iter, target } => Instr::ForIter { dst, iter, target: t(target) },
        other => other,
    }
}

/// A callee instruction moved above the caller's registers, its constants
/// and names after the caller's.
fn relocate(ins: Instr, base: u16, consts: u32, names: u32) -> Instr {
    let r = |x: Reg| Reg(x.0 + base);
    macro_rules! binary {
        ($($v:ident),*) => {
            match ins {
                $(Instr::$v { dst, a, b } => return Instr::$v { dst: r(dst), a: r(a), b: r(b) },)*
                _ => {}
            }
        };
    }
    binary!(Add, Sub, Mul, TrueDiv, FloorDiv, Mod, BitAnd, BitOr, BitXor, Lt, Le, Gt, Ge, Eq, Ne, Is, IsNot);
    match ins {
        Instr::Move { dst, src } => Instr::Move { dst: r(dst), src: r(src) },
        Instr::LoadConst { dst, idx } => Instr::LoadConst { dst: r(dst), idx: ConstIdx(idx.0 + consts) },
        Instr::LoadInt { dst, value } => Instr::LoadInt { dst: r(dst), value },
        Instr::LoadGlobal { dst, name } => Instr::LoadGlobal { dst: r(dst), name: NameIdx(name.0 + names) },
        Instr::Inplace { op, dst, a, b } => Instr::Inplace { op, dst: r(dst), a: r(a), b: r(b) },
        Instr::Not { dst, src } => Instr::Not { dst: r(dst), src: r(src) },
        Instr::GetItem { dst, obj, key } => Instr::GetItem { dst: r(dst), obj: r(obj), key: r(key) },
        Instr::Return { src } => Instr::Return { src: r(src) },
        Instr::JumpIfFalse { cond, target } => Instr::JumpIfFalse { cond: r(cond), target },
        Instr::JumpIfTrue { cond, target } => Instr::JumpIfTrue { cond: r(cond), target },
        other => other,
    }
}

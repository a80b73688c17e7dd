//! Type inference for the FTL: for every instruction, the set of types each
//! register may hold when the instruction starts, given the speculations the
//! FTL makes (an int operation that never overflowed so far is compiled to
//! exit on overflow, so its result is an int; a `for` over what looks like
//! `range(...)` exits when it is not one, so its item is an int).
//!
//! The lowering uses the types to drop the type tests and the paths a value
//! can never take; the entry points check them on the incoming frame.

use crate::builtin_calls::BuiltinCall;
use crate::snapshot::Snapshot;
use crate::wide::Wide;
use tierpy_bytecode::instr::BinOp;
use tierpy_bytecode::{Instr, Reg};
use tierpy_runtime::Value;

/// A set of value types (a bit per kind).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Ty(pub u16);

impl Ty {
    pub const NONE: Ty = Ty(0);
    pub const INT: Ty = Ty(1);
    pub const FLOAT: Ty = Ty(2);
    pub const BOOL: Ty = Ty(4);
    /// A range iterator (checked where it is made and at entry points).
    pub const RANGE_ITER: Ty = Ty(8);
    /// The global `range`, as loaded (speculated to be the builtin).
    pub const RANGE_FN: Ty = Ty(16);
    /// A `range(...)` result (speculated).
    pub const RANGE: Ty = Ty(32);
    pub const OTHER: Ty = Ty(64);
    /// A list, proven: made here, passed by a list read or write that exits
    /// otherwise, read from a list or taken by a `for` over one where the
    /// lower tiers saw only lists (checked there), a list parameter (checked
    /// at the start), or checked at entry points (its uses test nothing).
    pub const CHECKED_LIST: Ty = Ty(128);
    /// An iterator over a list (checked where it is made and at entry points).
    pub const LIST_ITER: Ty = Ty(256);
    /// Any value (a register that may also be unbound is `ANY.join(UNBOUND)`).
    pub const ANY: Ty = Ty(511);
    /// An unbound register (a local not assigned yet, a temporary not written yet).
    pub const UNBOUND: Ty = Ty(512);
    /// Int or float.
    pub const NUM: Ty = Ty(3);
    /// A 64-bit int in the register's unboxed slot, perhaps outside the
    /// inline range: only the arithmetic of its chain reads it (see [`crate::wide`]).
    pub const WIDE: Ty = Ty(1024);

    /// Every type either set holds.
    pub fn join(self, o: Ty) -> Ty {
        Ty(self.0 | o.0)
    }

    /// Whether every type in `self` is in `o` (and `self` is not empty).
    pub fn within(self, o: Ty) -> bool {
        self.0 != 0 && self.0 & !o.0 == 0
    }

    /// The types of `self` other than unbound.
    pub fn bound(self) -> Ty {
        Ty(self.0 & !Ty::UNBOUND.0)
    }

    /// Whether a value of this type is known to be exactly one of int,
    /// float or bool (or else unbound), so that a tag test at an entry point can check it.
    pub fn checkable(self) -> bool {
        let b = self.bound();
        b == Ty::INT || b == Ty::FLOAT || b == Ty::BOOL || b == Ty::NUM
    }

    /// Whether this is one type of object known by its kind (a range or
    /// list iterator, a checked list; or else unbound), which entry points
    /// check like [`Self::checkable`] types.
    pub fn is_checked_object(self) -> bool {
        let b = self.bound();
        b == Ty::RANGE_ITER || b == Ty::LIST_ITER || b == Ty::CHECKED_LIST
    }

    /// Whether a word (a constant) has this type.
    pub fn of_word(w: u64) -> Ty {
        let v = Value(w);
        if v.is_small_int() {
            Ty::INT
        } else if v.is_float() {
            Ty::FLOAT
        } else if v.as_bool().is_some() {
            Ty::BOOL
        } else {
            Ty::OTHER
        }
    }
}

impl std::fmt::Display for Ty {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        if *self == Ty::ANY {
            return write!(f, "any");
        }
        if *self == Ty::ANY.join(Ty::UNBOUND) {
            return write!(f, "any|unbound");
        }
        let names = ["int", "float", "bool", "range_iter", "range_fn", "range", "other", "checked_list", "list_iter", "unbound", "wide"];
        let parts: Vec<&str> = names.iter().enumerate().filter(|(i, _)| self.0 & (1 << i) != 0).map(|(_, n)| *n).collect();
        if parts.is_empty() { write!(f, "none") } else { write!(f, "{}", parts.join("|")) }
    }
}

/// The inferred register types before each instruction.
pub struct Types {
    /// `at[pc][reg]`.
    pub at: Vec<Vec<Ty>>,
}

impl Types {
    /// The type of `r` when instruction `pc` starts.
    pub fn of(&self, pc: usize, r: Reg) -> Ty {
        self.at.get(pc).and_then(|regs| regs.get(r.idx())).copied().unwrap_or(Ty::ANY)
    }

    /// One line per reachable instruction: `pc: r3=int r8=float` (registers
    /// of type `any` or `unbound` left out; instructions of inlined callees marked
    /// `inlined#N`, calls made straight into compiled code `direct`, builtin
    /// calls compiled inline `builtin`), for
    /// `--dump=ir` and tests.
    pub fn render(&self, snap: &Snapshot) -> String {
        let mut out = String::new();
        for (pc, regs) in self.at.iter().enumerate() {
            let known: Vec<String> = regs
                .iter()
                .enumerate()
                .filter(|(_, t)| ![Ty::ANY, Ty::NONE, Ty::UNBOUND].contains(t))
                .map(|(r, t)| format!("r{r}={t}"))
                .collect();
            let reachable = regs.iter().any(|t| *t != Ty::NONE) || regs.is_empty();
            if reachable {
                let mark = match snap.origin.get(pc) {
                    Some(crate::inline::Origin::Inlined { site }) => format!("inlined#{site} "),
                    Some(crate::inline::Origin::Own(own)) if snap.direct.iter().any(|d| d.at == *own) => "direct ".to_string(),
                    _ if snap.builtin_call(pc).is_some() => "builtin ".to_string(),
                    _ if snap.constant_at(pc).is_some() => "constant ".to_string(),
                    _ => String::new(),
                };
                out.push_str(&format!("{pc:4} {mark}{:<14} {}\n", snap.instrs[pc].name(), known.join(" ")));
            }
        }
        out
    }
}

/// The operators the FTL compiles for ints only (`FloorDiv` to `RShift`,
/// `BitAnd` to `BitXor`), in their instruction or `op=` form.
pub fn int_operator(op: BinOp) -> bool {
    matches!(op, BinOp::FloorDiv | BinOp::Mod | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift)
}

/// Whether the FTL speculates at `pc`: the instruction never left its fast
/// path in the lower tiers and never exited FTL code before.
pub fn speculates(snap: &Snapshot, pc: usize) -> bool {
    snap.profile[pc] == 0 && snap.prior_exits.get(pc).is_none_or(|&n| n == 0)
}

/// Whether `pc` is the header of a loop the lower tiers never ran before
/// the snapshot: with no profile to speculate on, the FTL compiles it as an
/// exit (see `CodeObject::ftl_reprofile`) rather than as generic code.
pub fn unprofiled_loop(snap: &Snapshot, pc: usize) -> bool {
    matches!(snap.instrs[pc], Instr::LoopHeader {}) && snap.profile[pc] & tierpy_interp::profile::REACHED == 0
}

/// Infers the register types of `snap` (a forward dataflow to a fixpoint).
pub fn infer(snap: &Snapshot, nregs: usize, wide: &Wide) -> Types {
    let n = snap.instrs.len();
    let mut at = vec![vec![Ty::NONE; nregs]; n];
    let mut work: Vec<usize> = Vec::new();
    // Function start: parameters what they were so far (checked there),
    // closure cells anything, every other register unbound. Handlers and
    // generator resumptions: anything.
    // (OSR entries, just after loop headers, get the types of the loop:
    // their guards check them.)
    for &pc in &snap.entries {
        if pc == 0 {
            at[pc] = vec![Ty::UNBOUND; nregs];
            for &r in snap.bound_at_start.iter().filter(|&&r| r < nregs) {
                at[pc][r] = param_type(snap, r);
            }
            work.push(pc);
        } else if !matches!(snap.instrs[pc - 1], Instr::LoopHeader {}) {
            at[pc] = vec![Ty::ANY.join(Ty::UNBOUND); nregs];
            work.push(pc);
        }
    }
    let mut queued = vec![false; n];
    for &pc in &work {
        queued[pc] = true;
    }
    while let Some(pc) = work.pop() {
        queued[pc] = false;
        let mut state = at[pc].clone();
        let ins = snap.instrs[pc];
        transfer(snap, wide, pc, ins, &mut state);
        // A loop that had not run is compiled as an exit: nothing flows in.
        let succs = if unprofiled_loop(snap, pc) { vec![] } else { successors(ins, pc, n) };
        for succ in succs {
            join_into(&mut at[succ], &state, succ, &mut queued, &mut work);
        }
        // A `for` whose item is unpacked may write the parts to the
        // unpack's registers itself and go on after the unpack.
        if let Some((start, count)) = tierpy_bytecode::instr::unpacked_for_item(&snap.instrs, pc) {
            let mut fused = state.clone();
            fused.iter_mut().skip(start.idx()).take(count as usize).for_each(|t| *t = Ty::ANY);
            join_into(&mut at[pc + 2], &fused, pc + 2, &mut queued, &mut work);
        }
        // A `for` that ends jumps with the iterator exhausted: its target
        // sees the state before the item was written.
        if let Instr::ForIter { target, .. } = ins {
            let before = at[pc].clone();
            join_into(&mut at[target.0 as usize], &before, target.0 as usize, &mut queued, &mut work);
        }
    }
    Types { at }
}

/// Joins `state` into `to` (the types at instruction `pc`), queueing `pc`
/// when they grew.
fn join_into(to: &mut [Ty], state: &[Ty], pc: usize, queued: &mut [bool], work: &mut Vec<usize>) {
    let mut changed = false;
    for (t, s) in to.iter_mut().zip(state) {
        let j = t.join(*s);
        if j != *t {
            *t = j;
            changed = true;
        }
    }
    if changed && !queued[pc] {
        queued[pc] = true;
        work.push(pc);
    }
}

/// Where control goes after `ins` completes normally (a `ForIter`'s exhausted
/// edge is handled by the caller).
fn successors(ins: Instr, pc: usize, n: usize) -> Vec<usize> {
    let next = if pc + 1 < n { vec![pc + 1] } else { vec![] };
    match ins {
        Instr::Jump { target } => vec![target.0 as usize],
        Instr::JumpIfFalse { target, .. } | Instr::JumpIfTrue { target, .. } => {
            let mut v = next;
            v.push(target.0 as usize);
            v
        }
        Instr::Return { .. } | Instr::Raise { .. } | Instr::Reraise { .. } => vec![],
        _ => next,
    }
}

/// The effect of one instruction on the register types.
fn transfer(snap: &Snapshot, wide: &Wide, pc: usize, ins: Instr, s: &mut [Ty]) {
    let ty = |s: &[Ty], r: Reg| s.get(r.idx()).copied().unwrap_or(Ty::ANY);
    let spec = speculates(snap, pc);
    // A register with no type yet (its definition not reached so far in the
    // fixpoint) gives a result with no type yet: keeps the analysis monotone.
    let strict = |regs: &[Reg], t: Ty| if regs.iter().any(|&r| ty(s, r) == Ty::NONE) { Ty::NONE } else { t };
    let int_op = |a: Reg, b: Reg| strict(&[a, b], if ty(s, a) == Ty::INT && ty(s, b) == Ty::INT && spec { Ty::INT } else { Ty::ANY });
    let num_op = |a: Reg, b: Reg, t: Ty| strict(&[a, b], if ty(s, a).within(Ty::NUM) && ty(s, b).within(Ty::NUM) { t } else { Ty::ANY });
    if let (Some(call), Instr::Call { dst, .. } | Instr::CallMethod { dst, .. }) = (snap.builtin_call(pc), ins) {
        let args = BuiltinCall::args(ins);
        let arg_types: Vec<Ty> = args.iter().map(|&r| ty(s, r)).collect();
        let t = strict(&args, call.result_type(&arg_types));
        if let Some(x) = s.get_mut(dst.idx()) {
            *x = t;
        }
        return;
    }
    let result = match ins {
        Instr::Move { dst, src } => Some((dst, ty(s, src))),
        Instr::LoadInt { dst, .. } => Some((dst, Ty::INT)),
        Instr::LoadConst { dst, idx } => Some((dst, Ty::of_word(snap.consts[idx.0 as usize]))),
        Instr::LoadGlobal { dst, name } => Some((dst, global_type(snap, pc, name.0 as usize))),
        Instr::GetItem { dst, obj, .. } => {
            // Past a list read that exits otherwise, the object is a list.
            let checked = strict(&[obj], Ty::CHECKED_LIST);
            if spec && let Some(x) = s.get_mut(obj.idx()) {
                *x = checked;
            }
            Some((dst, item_type(snap, pc)))
        }
        Instr::SetItem { obj, .. } if spec => Some((obj, strict(&[obj], Ty::CHECKED_LIST))),
        Instr::Call { dst, func, argc } if (1..=3).contains(&argc) && matches!(ty(s, func), Ty::RANGE_FN | Ty::NONE) => {
            Some((dst, strict(&[func], Ty::RANGE)))
        }
        Instr::GetIter { dst, src } => Some((dst, strict(&[src], iter_type(snap, pc, ty(s, src))))),
        Instr::BuildList { dst, .. } => Some((dst, Ty::CHECKED_LIST)),
        // A list repeated is a list.
        Instr::Mul { dst, a, b } if ty(s, a) == Ty::CHECKED_LIST && ty(s, b).within(Ty::INT.join(Ty::BOOL)) => {
            Some((dst, Ty::CHECKED_LIST))
        }
        Instr::ForIter { dst, iter, .. } => Some((dst, strict(&[iter], for_item_type(snap, pc, ty(s, iter))))),
        Instr::Add { dst, a, b } | Instr::Sub { dst, a, b } | Instr::Mul { dst, a, b } => {
            Some((dst, strict(&[a, b], arith_result(wide, pc, spec, ty(s, a), ty(s, b)))))
        }
        Instr::Inplace { op, dst, a, b } if matches!(BinOp::from_u8(op), BinOp::Add | BinOp::Sub | BinOp::Mul) => {
            Some((dst, strict(&[a, b], arith_result(wide, pc, spec, ty(s, a), ty(s, b)))))
        }
        Instr::Mod { dst, a, b } | Instr::BitAnd { dst, a, b } | Instr::RShift { dst, a, b } | Instr::FloorDiv { dst, a, b }
            if wide.narrowed(pc, ty(s, a), ty(s, b)) =>
        {
            Some((dst, Ty::INT))
        }
        Instr::Inplace { dst, a, b, .. } if wide.narrowed(pc, ty(s, a), ty(s, b)) => Some((dst, Ty::INT)),
        Instr::TrueDiv { dst, a, b } => Some((dst, num_op(a, b, Ty::FLOAT))),
        Instr::FloorDiv { dst, a, b }
        | Instr::Mod { dst, a, b }
        | Instr::BitAnd { dst, a, b }
        | Instr::BitOr { dst, a, b }
        | Instr::BitXor { dst, a, b }
        | Instr::LShift { dst, a, b }
        | Instr::RShift { dst, a, b } => Some((dst, int_op(a, b))),
        Instr::Inplace { op, dst, a, b } if int_operator(BinOp::from_u8(op)) => Some((dst, int_op(a, b))),
        Instr::Inplace { op, dst, a, b } if BinOp::from_u8(op) == BinOp::TrueDiv => Some((dst, num_op(a, b, Ty::FLOAT))),
        Instr::Lt { dst, a, b }
        | Instr::Le { dst, a, b }
        | Instr::Gt { dst, a, b }
        | Instr::Ge { dst, a, b }
        | Instr::Eq { dst, a, b }
        | Instr::Ne { dst, a, b } => Some((dst, num_op(a, b, Ty::BOOL))),
        Instr::Not { dst, .. } | Instr::Is { dst, .. } | Instr::IsNot { dst, .. } => Some((dst, Ty::BOOL)),
        // Past the check the local is bound (else it raised).
        Instr::CheckBound { reg, .. } => Some((reg, ty(s, reg).bound())),
        Instr::DeleteLocal { reg, .. } => Some((reg, Ty::UNBOUND)),
        _ => None,
    };
    if let Some((dst, t)) = result {
        if let Some(x) = s.get_mut(dst.idx()) {
            *x = t;
        }
        return;
    }
    for r in ins.writes() {
        if let Some(x) = s.get_mut(r.idx()) {
            *x = Ty::ANY;
        }
    }
}

/// What a `LoadGlobal` is speculated to load: `range` the builtin (checked
/// where its iterator is used), a constant global its value's type (see
/// [`crate::constant_globals`]), a global holding an int, float or bool a
/// value of that type (checked after the load), else anything.
pub fn global_type(snap: &Snapshot, pc: usize, name: usize) -> Ty {
    if snap.name_text.get(name).is_some_and(|n| n == "range") {
        return Ty::RANGE_FN;
    }
    if let Some(t) = snap.constant_at(pc) {
        return t;
    }
    match snap.observed.get(pc) {
        Some(&w) if w != 0 && speculates(snap, pc) => {
            let t = Ty::of_word(w);
            if t.checkable() { t } else { Ty::ANY }
        }
        _ => Ty::ANY,
    }
}

/// What the parameter in register `r` is speculated to be at the
/// function's start: an int, a float, either, or a list when that is all
/// the lower tiers started the function with (checked at the start); else
/// (and for any other register) anything.
pub fn param_type(snap: &Snapshot, r: usize) -> Ty {
    kind_type(snap.param_kinds.get(r).copied().unwrap_or(0)).unwrap_or(Ty::ANY)
}

/// The type of values of the profile kinds `k` (see
/// `profile::speculation_kind`) when the FTL speculates on those kinds.
fn kind_type(k: u64) -> Option<Ty> {
    use tierpy_interp::profile::{FLOAT, INT, LIST};
    match k {
        _ if k == LIST as u64 => Some(Ty::CHECKED_LIST),
        _ if k == INT as u64 => Some(Ty::INT),
        _ if k == FLOAT as u64 => Some(Ty::FLOAT),
        _ if k == (INT | FLOAT) as u64 => Some(Ty::NUM),
        _ => None,
    }
}

/// What a `GetIter` at `pc` of a value of type `src` makes: a range
/// iterator from a range (the lowering checks the value's kind first and
/// exits when it is another), a list iterator from a proven list; these
/// types are proven, so a `for` over them tests nothing; else anything.
pub fn iter_type(snap: &Snapshot, pc: usize, src: Ty) -> Ty {
    match src {
        _ if !speculates(snap, pc) => Ty::ANY,
        Ty::RANGE => Ty::RANGE_ITER,
        Ty::CHECKED_LIST => Ty::LIST_ITER,
        _ => Ty::ANY,
    }
}

/// What a `ForIter` over an iterator of type `iter` is speculated to
/// produce: ints from a range iterator; else from a list iterator, what
/// [`item_type`] says its list items were so far (a range iterator goes on
/// only when ints are among them; the lowering exits otherwise).
pub fn for_item_type(snap: &Snapshot, pc: usize, iter: Ty) -> Ty {
    if iter == Ty::RANGE_ITER && speculates(snap, pc) { Ty::INT } else { item_type(snap, pc) }
}

/// What a `GetItem` (or a `ForIter` over a list) is speculated to return:
/// ints, floats, either, or lists when that is all its list fast path
/// returned so far (checked after the load: a loop over a list's rows then
/// tests each row once, not at each of its uses in the inner loop).
pub fn item_type(snap: &Snapshot, pc: usize) -> Ty {
    match snap.observed.get(pc) {
        Some(&k) if speculates(snap, pc) => kind_type(k).unwrap_or(Ty::ANY),
        _ => Ty::ANY,
    }
}

/// The type of the `+ - *` at `pc` with operands of types `a` and `b`:
/// wide where [`Wide::result_is_wide`] says, else as [`arith`] says.
fn arith_result(wide: &Wide, pc: usize, spec: bool, a: Ty, b: Ty) -> Ty {
    if wide.result_is_wide(pc, spec, a, b) { Ty::WIDE } else { arith(a, b, spec) }
}

/// The result type of `+`, `-` or `*`: an int when both operands are ints
/// and the FTL speculates no overflow, a float when one is a float and the
/// other a number.
fn arith(a: Ty, b: Ty, spec: bool) -> Ty {
    if a == Ty::INT && b == Ty::INT {
        return if spec { Ty::INT } else { Ty::ANY };
    }
    if a.within(Ty::NUM) && b.within(Ty::NUM) {
        let float = if a == Ty::FLOAT || b == Ty::FLOAT { Ty::FLOAT } else { Ty::NUM };
        // int x int inside a mix may overflow into a big int.
        return if float == Ty::FLOAT || spec { float } else { Ty::ANY };
    }
    Ty::ANY
}

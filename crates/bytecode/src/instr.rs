//! The opcode table: every instruction of the register bytecode, declared once.
//!
//! Operands are registers of the current frame ([`Reg`]), indexes into the
//! code object's constant and name tables, jump targets (instruction indexes)
//! and small immediates. Calls take their arguments in consecutive registers
//! following the callee. Instructions whose results a JIT tier specializes on
//! record what they saw in the profile slot of their own instruction index.

use std::fmt;

/// A register of the current frame (locals first, then temporaries).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Reg(pub u16);

impl Reg {
    /// Marks an absent optional register operand.
    pub const NONE: Reg = Reg(u16::MAX);

    /// The register index as usize.
    pub fn idx(self) -> usize {
        self.0 as usize
    }

    /// Whether this operand names a register (is not [`Reg::NONE`]).
    pub fn is_some(self) -> bool {
        self != Reg::NONE
    }

    /// The register `n` places after this one.
    pub fn offset(self, n: usize) -> Reg {
        Reg(self.0 + n as u16)
    }
}

/// An index into the code object's constant table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConstIdx(pub u32);

/// An index into the code object's name table (globals, attributes, methods).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NameIdx(pub u32);

/// A jump target: an instruction index in the same code object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Target(pub u32);

/// One operand, as the disassembler and the JIT templates see it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Operand {
    /// A frame register.
    Reg(Reg),
    /// A constant-table index.
    Const(ConstIdx),
    /// A name-table index.
    Name(NameIdx),
    /// A jump target.
    Target(Target),
    /// An immediate number.
    Imm(i64),
}

impl From<Reg> for Operand {
    fn from(r: Reg) -> Self {
        Operand::Reg(r)
    }
}
impl From<ConstIdx> for Operand {
    fn from(c: ConstIdx) -> Self {
        Operand::Const(c)
    }
}
impl From<NameIdx> for Operand {
    fn from(n: NameIdx) -> Self {
        Operand::Name(n)
    }
}
impl From<Target> for Operand {
    fn from(t: Target) -> Self {
        Operand::Target(t)
    }
}
impl From<u8> for Operand {
    fn from(v: u8) -> Self {
        Operand::Imm(v as i64)
    }
}
impl From<u16> for Operand {
    fn from(v: u16) -> Self {
        Operand::Imm(v as i64)
    }
}
impl From<i32> for Operand {
    fn from(v: i32) -> Self {
        Operand::Imm(v as i64)
    }
}

impl fmt::Display for Reg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_some() { write!(f, "r{}", self.0) } else { write!(f, "-") }
    }
}

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident { $($field:ident : $ty:ty),* } )*) => {
        /// One register-bytecode instruction.
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub enum Instr {
            $( $(#[doc = $doc])* $name { $($field: $ty),* }, )*
        }

        impl Instr {
            /// The instruction's name as the disassembler prints it.
            pub fn name(&self) -> &'static str {
                match self {
                    $( Instr::$name { .. } => stringify!($name), )*
                }
            }

            /// The operands with their field names, in declaration order.
            pub fn operands(&self) -> Vec<(&'static str, Operand)> {
                match *self {
                    $( Instr::$name { $($field),* } => vec![$((stringify!($field), Operand::from($field))),*], )*
                }
            }
        }
    };
}

opcodes! {
    /// No operation (a patched-out instruction).
    Nop {}
    /// dst = src.
    Move { dst: Reg, src: Reg }
    /// dst = consts[idx].
    LoadConst { dst: Reg, idx: ConstIdx }
    /// dst = a small int immediate.
    LoadInt { dst: Reg, value: i32 }
    /// dst = global name (then builtins); NameError if neither has it.
    LoadGlobal { dst: Reg, name: NameIdx }
    /// globals[name] = src.
    StoreGlobal { src: Reg, name: NameIdx }
    /// del globals[name].
    DeleteGlobal { name: NameIdx }
    /// dst = name looked up in the frame namespace, globals, builtins (class bodies).
    LoadName { dst: Reg, name: NameIdx }
    /// namespace[name] = src (class bodies).
    StoreName { src: Reg, name: NameIdx }
    /// del namespace[name] (class bodies).
    DeleteName { name: NameIdx }
    /// dst = builtins[name], ignoring globals (assert, class building).
    LoadBuiltin { dst: Reg, name: NameIdx }
    /// UnboundLocalError unless local register `reg` holds a value.
    CheckBound { reg: Reg, name: NameIdx }
    /// Unbinds a local (del x), UnboundLocalError if it was unbound.
    DeleteLocal { reg: Reg, name: NameIdx }
    /// Replaces the value in `reg` by a new cell holding it (captured locals).
    MakeCell { reg: Reg }
    /// dst = contents of the cell in `cell`; NameError if empty.
    LoadCell { dst: Reg, cell: Reg, name: NameIdx }
    /// Stores src into the cell in `cell`.
    StoreCell { cell: Reg, src: Reg }
    /// Empties the cell in `cell`.
    DeleteCell { cell: Reg, name: NameIdx }
    /// dst = a + b.
    Add { dst: Reg, a: Reg, b: Reg }
    /// dst = a - b.
    Sub { dst: Reg, a: Reg, b: Reg }
    /// dst = a * b.
    Mul { dst: Reg, a: Reg, b: Reg }
    /// dst = a / b.
    TrueDiv { dst: Reg, a: Reg, b: Reg }
    /// dst = a // b.
    FloorDiv { dst: Reg, a: Reg, b: Reg }
    /// dst = a % b.
    Mod { dst: Reg, a: Reg, b: Reg }
    /// dst = a ** b.
    Pow { dst: Reg, a: Reg, b: Reg }
    /// dst = a << b.
    LShift { dst: Reg, a: Reg, b: Reg }
    /// dst = a >> b.
    RShift { dst: Reg, a: Reg, b: Reg }
    /// dst = a & b.
    BitAnd { dst: Reg, a: Reg, b: Reg }
    /// dst = a | b.
    BitOr { dst: Reg, a: Reg, b: Reg }
    /// dst = a ^ b.
    BitXor { dst: Reg, a: Reg, b: Reg }
    /// dst = a @ b.
    MatMul { dst: Reg, a: Reg, b: Reg }
    /// dst = a op= b for the binary operator numbered `op` (see `BinOp`).
    Inplace { op: u8, dst: Reg, a: Reg, b: Reg }
    /// dst = a < b.
    Lt { dst: Reg, a: Reg, b: Reg }
    /// dst = a <= b.
    Le { dst: Reg, a: Reg, b: Reg }
    /// dst = a > b.
    Gt { dst: Reg, a: Reg, b: Reg }
    /// dst = a >= b.
    Ge { dst: Reg, a: Reg, b: Reg }
    /// dst = a == b.
    Eq { dst: Reg, a: Reg, b: Reg }
    /// dst = a != b.
    Ne { dst: Reg, a: Reg, b: Reg }
    /// dst = a is b.
    Is { dst: Reg, a: Reg, b: Reg }
    /// dst = a is not b.
    IsNot { dst: Reg, a: Reg, b: Reg }
    /// dst = a in b.
    In { dst: Reg, a: Reg, b: Reg }
    /// dst = a not in b.
    NotIn { dst: Reg, a: Reg, b: Reg }
    /// dst = -src.
    Neg { dst: Reg, src: Reg }
    /// dst = +src.
    Pos { dst: Reg, src: Reg }
    /// dst = ~src.
    Invert { dst: Reg, src: Reg }
    /// dst = not src.
    Not { dst: Reg, src: Reg }
    /// Unconditional jump.
    Jump { target: Target }
    /// Jump when `cond` is falsy.
    JumpIfFalse { cond: Reg, target: Target }
    /// Jump when `cond` is truthy.
    JumpIfTrue { cond: Reg, target: Target }
    /// Top of a loop: counts the back-edge for tier-up, polls for collection and interrupts; OSR entry point.
    LoopHeader {}
    /// dst = obj[key].
    GetItem { dst: Reg, obj: Reg, key: Reg }
    /// obj[key] = src.
    SetItem { obj: Reg, key: Reg, src: Reg }
    /// del obj[key].
    DelItem { obj: Reg, key: Reg }
    /// dst = obj.name.
    GetAttr { dst: Reg, obj: Reg, name: NameIdx }
    /// obj.name = src.
    SetAttr { obj: Reg, name: NameIdx, src: Reg }
    /// del obj.name.
    DelAttr { obj: Reg, name: NameIdx }
    /// dst = func(args in func+1 .. func+1+argc).
    Call { dst: Reg, func: Reg, argc: u16 }
    /// Like Call; the last len(consts[kwnames]) arguments are passed by keyword.
    CallKw { dst: Reg, func: Reg, argc: u16, kwnames: ConstIdx }
    /// dst = func(*args, **kwargs) with a tuple and an optional dict.
    CallEx { dst: Reg, func: Reg, args: Reg, kwargs: Reg }
    /// dst = base.name(base+1 .. base+1+argc): a method call without a bound-method object.
    CallMethod { dst: Reg, base: Reg, name: NameIdx, argc: u16 }
    /// dst = [start .. start+count].
    BuildList { dst: Reg, start: Reg, count: u16 }
    /// dst = (start .. start+count).
    BuildTuple { dst: Reg, start: Reg, count: u16 }
    /// dst = {start .. start+count}.
    BuildSet { dst: Reg, start: Reg, count: u16 }
    /// dst = {k: v ...} from `count` key/value register pairs.
    BuildDict { dst: Reg, start: Reg, count: u16 }
    /// dst = the concatenation of `count` strs (f-strings).
    BuildString { dst: Reg, start: Reg, count: u16 }
    /// dst = slice(start, start+1, start+2).
    BuildSlice { dst: Reg, start: Reg }
    /// dst = obj[start:start+1:start+2] (no slice object made for lists, tuples and strs).
    GetSlice { dst: Reg, obj: Reg, start: Reg }
    /// list.append(src) (comprehensions).
    ListAppend { list: Reg, src: Reg }
    /// list.extend(src) (starred items).
    ListExtend { list: Reg, src: Reg }
    /// set.add(src).
    SetAdd { set: Reg, src: Reg }
    /// set.update(src).
    SetUpdate { set: Reg, src: Reg }
    /// dict.update(src) ({**m}).
    DictUpdate { dict: Reg, src: Reg }
    /// dict.update(src) for f(**m): duplicate keys are a TypeError.
    DictMerge { dict: Reg, src: Reg, func: Reg }
    /// dst = tuple(src) for a list.
    ListToTuple { dst: Reg, src: Reg }
    /// dst = format(src (converted by conv: 0 none, 1 str, 2 repr, 3 ascii), spec).
    FormatValue { dst: Reg, src: Reg, conv: u8, spec: Reg }
    /// dst = iter(src).
    GetIter { dst: Reg, src: Reg }
    /// dst = next(iter), or jump to target when exhausted.
    ForIter { dst: Reg, iter: Reg, target: Target }
    /// start .. start+count = the items of src (exactly count of them).
    UnpackSequence { start: Reg, count: u16, src: Reg }
    /// Star unpacking: `before` items, a list, `after` items into start...
    UnpackEx { start: Reg, before: u8, after: u8, src: Reg }
    /// dst = a new function from consts[code]; `flags` say which of defaults, kwdefaults, closure follow in extra, extra+1, extra+2.
    MakeFunction { dst: Reg, code: ConstIdx, flags: u8, extra: Reg }
    /// Returns src to the caller.
    Return { src: Reg }
    /// Yields src; on resumption dst = the value sent in.
    Yield { dst: Reg, src: Reg }
    /// Delegates to the iterator in `iter` until exhausted; dst = its return value.
    YieldFrom { dst: Reg, iter: Reg }
    /// dst = iter(src) for `yield from` (generators pass through).
    GetYieldFromIter { dst: Reg, src: Reg }
    /// dst = the iterator `await src` delegates to (coroutines and generators
    /// pass through, else `src.__await__()`).
    GetAwaitable { dst: Reg, src: Reg }
    /// raise exc [from cause]; exc may be NONE (bare raise).
    Raise { exc: Reg, cause: Reg }
    /// Re-raises the exception in `exc` without adding a traceback entry (finally, with).
    Reraise { exc: Reg }
    /// Enters an except/finally handler: the exception in `exc` becomes the one being handled.
    PushExc { exc: Reg }
    /// Leaves an except handler: restores the previously handled exception.
    PopExc {}
    /// dst = whether the exception in `exc` matches the class or tuple in `ty`.
    ExcMatch { dst: Reg, exc: Reg, ty: Reg }
    /// One `except* ty` clause: dst = the part of the exception left in `rest`
    /// that ty matches (a group, or None), `rest` = what remains (or None).
    ExcStarMatch { dst: Reg, rest: Reg, ty: Reg }
    /// The end of a try/except*: dst = what to re-raise (None: nothing) from the
    /// caught exception `orig` and the list `excs` (what handlers raised, then the rest).
    ExcStarReraise { dst: Reg, orig: Reg, excs: Reg }
    /// dst = the module `name` (math, sys, time); `fromlist` (a constant:
    /// None or a tuple of names) and `level` are what `__import__` receives.
    ImportName { dst: Reg, name: NameIdx, fromlist: ConstIdx, level: u16 }
    /// dst = `name` imported from the module in `module` (ImportError when absent).
    ImportFrom { dst: Reg, module: Reg, name: NameIdx }
    /// `from module import *`: binds the module's public names (its `__all__`,
    /// else those not starting with `_`) in the frame's namespace.
    ImportStar { module: Reg }
    /// Enters a with block: exit = bound __exit__, dst = mgr.__enter__().
    WithEnter { dst: Reg, exit: Reg, mgr: Reg }
    /// Leaves a with block normally: exit(None, None, None).
    WithExit { exit: Reg }
    /// Leaves a with block by exception: dst = exit(type, exc, tb).
    WithExcept { dst: Reg, exit: Reg, exc: Reg }
    /// dst = whether sequence patterns may match src (a list, tuple or range, not str/bytes).
    MatchSequence { dst: Reg, src: Reg }
    /// dst = whether mapping patterns may match src (a dict).
    MatchMapping { dst: Reg, src: Reg }
    /// dst = the values of the keys in the tuple `keys` in the mapping `subject`, or None if one is missing.
    MatchKeys { dst: Reg, subject: Reg, keys: Reg }
    /// dst = the attributes class pattern `cls(<nargs positional>, <consts[kwnames]>=...)` extracts from `subject`, or None.
    MatchClass { dst: Reg, subject: Reg, cls: Reg, nargs: u16, kwnames: ConstIdx }
    /// Echoes an expression statement's value (the REPL's displayhook).
    PrintExpr { src: Reg }
}

/// For the `ForIter` at `pc` when the next instruction unpacks its item
/// into 2 to 4 registers (a `for` with a tuple target): the unpack's first
/// register and count. A tier may then write the parts of an enumerate's,
/// a zip's or a dict's items straight there, without making the tuple, and
/// go on after the unpack: the item's register is the compiler's temporary,
/// which nothing reads after the unpack.
pub fn unpacked_for_item(instrs: &[Instr], pc: usize) -> Option<(Reg, u16)> {
    let Instr::ForIter { dst, .. } = *instrs.get(pc)? else { return None };
    match *instrs.get(pc + 1)? {
        Instr::UnpackSequence { start, count, src } if src == dst && (2..=4).contains(&count) => Some((start, count)),
        _ => None,
    }
}

impl Instr {
    /// The registers the instruction writes when it completes normally: what
    /// compiled code that keeps registers in machine registers must reload
    /// after running the instruction out of line.
    pub fn writes(&self) -> Vec<Reg> {
        match *self {
            Instr::UnpackSequence { start, count, .. } => (0..count).map(|i| Reg(start.0 + i)).collect(),
            Instr::UnpackEx { start, before, after, .. } => (0..before as u16 + after as u16 + 1).map(|i| Reg(start.0 + i)).collect(),
            Instr::WithEnter { dst, exit, .. } => vec![dst, exit],
            Instr::ExcStarMatch { dst, rest, .. } => vec![dst, rest],
            Instr::MakeCell { reg } | Instr::DeleteLocal { reg, .. } => vec![reg],
            _ => self
                .operands()
                .into_iter()
                .filter_map(|(name, op)| match op {
                    Operand::Reg(r) if name == "dst" && r.is_some() => Some(r),
                    _ => None,
                })
                .collect(),
        }
    }
}

/// The binary operators, numbered for [`Instr::Inplace`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
    MatMul,
}

impl BinOp {
    /// All operators, indexed by their number.
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::BitAnd,
        BinOp::BitOr,
        BinOp::BitXor,
        BinOp::MatMul,
    ];

    /// The operator from its number.
    pub fn from_u8(n: u8) -> BinOp {
        BinOp::ALL[n as usize]
    }

    /// The operator's source symbol, as error messages print it.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::MatMul => "@",
        }
    }

    /// The dunder method implementing the operator, and its reflected twin.
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
            BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
            BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        }
    }
}

/// Flags of [`Instr::MakeFunction`].
pub mod make_function {
    /// A defaults tuple is in `extra`.
    pub const DEFAULTS: u8 = 1;
    /// A keyword-only defaults dict is in `extra + 1`.
    pub const KWDEFAULTS: u8 = 2;
    /// A closure tuple of cells is in `extra + 2`.
    pub const CLOSURE: u8 = 4;
}

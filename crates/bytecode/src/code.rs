//! Code objects: one compiled function (or module, class body, lambda,
//! comprehension) with the tables the interpreter and the JIT tiers share.

use crate::instr::{Instr, Reg};
use num_bigint::BigInt;
use std::cell::{Cell, OnceCell};
use std::rc::Rc;

/// A compile-time constant.
#[derive(Debug, Clone)]
pub enum Constant {
    None,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    /// An imaginary literal's value (`2j`): real and imaginary parts.
    Complex(f64, f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Vec<Constant>),
    Code(Rc<CodeObject>),
    Ellipsis,
}

/// What kind of code a code object holds and how its arguments bind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CodeFlags {
    /// Collects extra positional arguments into a tuple (`*args`).
    pub varargs: bool,
    /// Collects extra keyword arguments into a dict (`**kwargs`).
    pub varkw: bool,
    /// Calling it makes a generator.
    pub generator: bool,
    /// An `async def` function: its generators are coroutines.
    pub coroutine: bool,
    /// An `async def` function that yields: calling it makes an async
    /// generator (wrapping the coroutine of its frame).
    pub async_generator: bool,
    /// Names live in a namespace dict (module and class bodies).
    pub namespace: bool,
}

/// Where an instruction's expression is in the source (byte offsets), for
/// the carets under a traceback's source line (PEP 657). `anchor` marks, for
/// a binary operator, the left operand's end and the right one's start; for
/// a subscript, the value's end and the index's end (`anchor_kind` says which).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    pub start: u32,
    pub end: u32,
    pub anchor_kind: u8,
    pub anchor: (u32, u32),
}

impl Span {
    /// No anchors.
    pub const PLAIN: u8 = 0;
    /// A binary operator: `anchor` is (left operand end, right operand start).
    pub const BINOP: u8 = 1;
    /// A subscript: `anchor` is (value end, index end).
    pub const SUBSCRIPT: u8 = 2;
    /// A method call: `anchor` is the range of `obj.name`, where CPython
    /// points when the method lookup fails.
    pub const METHOD: u8 = 3;
}

/// One exception-table entry: an exception raised at a pc in `start..end`
/// is caught by the code at `handler`, which finds it in register `exc`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    /// The exception register of the handler.
    pub exc: Reg,
    /// How many except handlers of this frame are active at the handler
    /// (the handled-exception stack is cut back to this depth).
    pub depth: u16,
}

/// One profile word per instruction.
pub type ProfileSlots = Box<[Cell<u32>]>;
/// The inline-cache words of each instruction.
pub type CacheSlots = Box<[Cell<[u64; CACHE_WORDS]>]>;
/// Words per instruction in [`CacheSlots`]: `LoadGlobal` [globals, entry, 0, 0];
/// `GetItem` [item kinds, 0, 0, 0]; `GetAttr`/`SetAttr`/`CallMethod` [class,
/// class epoch, class attribute or EMPTY, instance attribute entry + 1 or 0].
pub const CACHE_WORDS: usize = 4;

/// A compiled function body and the per-instruction state the tiers share.
/// (`Default` gives an empty one, which the JIT tiers measure layouts on.)
#[derive(Debug, Default)]
pub struct CodeObject {
    /// The function's name (`<module>`, `<lambda>`, `<listcomp>`...).
    pub name: Rc<str>,
    /// The dotted name shown in reprs (`C.method`, `f.<locals>.g`).
    pub qualname: Rc<str>,
    /// The function's docstring (its body's first statement, when a string).
    pub doc: Option<Rc<str>>,
    /// The source file name as given on the command line.
    pub filename: Rc<str>,
    /// Line of the `def` (or 1 for a module).
    pub first_line: u32,
    /// Positional parameters (including positional-only).
    pub argcount: u16,
    /// The argument count of a call that binds by copying its positional
    /// arguments into the first registers and the function's closure cells
    /// into the free-variable registers, and nothing else (no keyword-only
    /// or `*`/`**` parameters, not a generator): `argcount` then, else
    /// `u16::MAX`. Compiled code checks this one word before setting up a
    /// callee's frame itself.
    pub direct_call_argc: u16,
    /// How many closure cells such a call copies (`freevars.len()`), read by
    /// compiled code, which copies them only when there are some.
    pub closure_cells: u16,
    /// Positional-only parameters.
    pub posonlyargcount: u16,
    /// Keyword-only parameters (after the positional ones in `varnames`).
    pub kwonlyargcount: u16,
    pub flags: CodeFlags,
    /// Names of the local registers 0..varnames.len(): parameters first
    /// (positional, keyword-only, *args, **kwargs), then other locals.
    pub varnames: Vec<Rc<str>>,
    /// Registers holding cells that this code creates (captured locals).
    pub cellvars: Vec<Reg>,
    /// Registers receiving the closure cells, in closure order, with their names.
    pub freevars: Vec<(Reg, Rc<str>)>,
    /// Total registers a frame of this code needs.
    pub nregs: u16,
    pub names: Vec<Rc<str>>,
    pub consts: Vec<Constant>,
    pub instrs: Vec<Instr>,
    /// (first pc, line) pairs, pcs ascending.
    pub lines: Vec<(u32, u32)>,
    /// Per instruction: where its expression is in the source.
    pub spans: Vec<Span>,
    pub exc_table: Vec<ExcEntry>,
    /// The runtime's values for `consts`, materialized on first use.
    pub const_values: OnceCell<Box<[u64]>>,
    /// The runtime's interned strs for `names`, materialized on first use.
    pub name_values: OnceCell<Box<[u64]>>,
    /// Per-instruction profile words (type bits seen), written by the lower tiers.
    pub profile: ProfileSlots,
    /// Per-instruction inline-cache words (meaning depends on the instruction):
    /// `LoadGlobal` [globals dict, entry index, 0]; `GetItem` [kinds of the
    /// items its list fast path returned (profile kind bits), 0, 0];
    /// `GetAttr`, `SetAttr` and `CallMethod` on instances [class, class epoch, what the
    /// class lookup found or EMPTY].
    pub cache: CacheSlots,
    /// The kinds (profile bits: int, float, list, other) each positional or
    /// keyword-only parameter held when the lower tiers started the
    /// function: the FTL speculates on them and checks them at entry.
    pub param_kinds: Box<[Cell<u64>]>,
    /// Calls whose FTL code refused entry because an argument was of another
    /// kind than compiled for (they ran in the interpreter; see [`Self::param_kinds`]).
    pub param_exits: Cell<u32>,
    /// Execution counter: bumped on entry and at loop headers.
    pub counter: Cell<u32>,
    /// Calls of this code that did not run its compiled code from the start
    /// (function entries the interpreter ran; with `compiled_calls`, all calls).
    /// Compiled calls count only `compiled_calls`: one counter per call.
    pub interpreted_calls: Cell<u64>,
    /// Entries into compiled code in the middle of the function (at a loop header or handler).
    pub osr_entries: Cell<u64>,
    /// Calls that ran compiled code from the function's first instruction.
    pub compiled_calls: Cell<u64>,
    /// Highest tier reached: 0 interpreter, 1 baseline, 2 FTL.
    pub tier: Cell<u8>,
    /// Counter value at which the tier policy is asked again.
    pub next_tier_at: Cell<u32>,
    /// The baseline entry point, kept while FTL code is installed (for jettison).
    pub baseline_entry: Cell<usize>,
    /// The baseline code is Cranelift's optimized compile (or that compile
    /// failed): no baseline recompile is due.
    pub baseline_optimized: Cell<bool>,
    /// OSR exits taken from FTL code since it was installed.
    pub ftl_exits: Cell<u64>,
    /// OSR exits taken at each instruction (over the whole run).
    pub exit_counts: Box<[Cell<u32>]>,
    /// FTL compiles of this code object so far (for the back-off).
    pub ftl_attempts: Cell<u8>,
    /// The header of a loop that had not run when the FTL code was compiled,
    /// where that code left: the policy throws the code away so that the
    /// lower tiers profile the loop, and compiles again without back-off.
    pub ftl_reprofile: Cell<Option<u32>>,
    /// Jettisons so far for [`Self::ftl_reprofile`].
    pub ftl_reprofiles: Cell<u8>,
    /// Address of the best compiled entry point, 0 when only interpreted.
    pub jit_entry: Cell<usize>,
}

impl CodeObject {
    /// The source line of the instruction at `pc`.
    pub fn line_at(&self, pc: usize) -> u32 {
        let pc = pc as u32;
        match self.lines.binary_search_by(|&(p, _)| p.cmp(&pc)) {
            Ok(i) => self.lines[i].1,
            Err(0) => self.first_line,
            Err(i) => self.lines[i - 1].1,
        }
    }

    /// The innermost exception-table entry covering `pc`.
    pub fn handler_for(&self, pc: usize) -> Option<&ExcEntry> {
        let pc = pc as u32;
        // Entries are emitted innermost first, so the first match wins.
        self.exc_table.iter().find(|e| e.start <= pc && pc < e.end)
    }

    /// Creates the per-instruction slots once the instructions are final.
    pub fn slots_for(n: usize) -> (ProfileSlots, CacheSlots) {
        ((0..n).map(|_| Cell::new(0)).collect(), (0..n).map(|_| Cell::new([0; CACHE_WORDS])).collect())
    }

    /// Every code object nested in this one's constants, depth first.
    pub fn nested(&self) -> Vec<Rc<CodeObject>> {
        let mut out = Vec::new();
        for c in &self.consts {
            if let Constant::Code(code) = c {
                out.push(code.clone());
                out.extend(code.nested());
            }
        }
        out
    }
}

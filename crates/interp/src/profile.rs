//! Value profiles: the set of type kinds each profiled instruction has seen,
//! one bit per kind, OR-ed into the instruction's profile word.

use tierpy_runtime::Value;
use tierpy_runtime::object::Body;

/// Saw a small (inline) int.
pub const INT: u32 = 1;
/// Saw a float.
pub const FLOAT: u32 = 2;
/// Saw a bool.
pub const BOOL: u32 = 4;
/// Saw None.
pub const NONE: u32 = 8;
/// Saw a big int.
pub const BIGINT: u32 = 16;
/// Saw a str.
pub const STR: u32 = 32;
/// Saw a list.
pub const LIST: u32 = 64;
/// Saw a tuple.
pub const TUPLE: u32 = 128;
/// Saw a dict.
pub const DICT: u32 = 256;
/// Saw an instance of a user class.
pub const INSTANCE: u32 = 512;
/// Saw a function.
pub const FUNCTION: u32 = 1024;
/// Saw anything else.
pub const OTHER: u32 = 2048;
/// An int operation overflowed the inline range.
pub const OVERFLOW: u32 = 1 << 16;
/// A method call met receivers of more than one class.
pub const POLYMORPHIC: u32 = 1 << 17;
/// A loop header ran (the only bit a `LoopHeader`'s word holds): the FTL
/// compiles a loop that never ran in the lower tiers as an exit, so that
/// the lower tiers profile it before it is compiled (see the tier policy).
pub const REACHED: u32 = 1 << 18;

/// Records, before a method call's cache `slot` is looked up for
/// `receiver`, whether the receiver is an instance of another class than
/// the one the cache holds (baseline code calls a method directly only at
/// sites that saw one class).
#[inline]
pub fn note_receiver(cell: &std::cell::Cell<u32>, slot: &std::cell::Cell<[u64; tierpy_bytecode::code::CACHE_WORDS]>, receiver: Value) {
    let cached = slot.get()[0];
    if let Some(inst) = receiver.as_instance()
        && cached != 0
        && cached != inst.class.0
    {
        cell.set(cell.get() | POLYMORPHIC);
    }
}

/// The profile bit of a value's kind.
#[inline(always)]
pub fn kind_bit(v: Value) -> u32 {
    if v.is_small_int() {
        return INT;
    }
    if v.is_float() {
        return FLOAT;
    }
    if v.is_bool() {
        return BOOL;
    }
    if v.is_none() {
        return NONE;
    }
    match v.body() {
        Some(Body::BigInt(_)) => BIGINT,
        Some(Body::Str(_)) => STR,
        Some(Body::List(_)) => LIST,
        Some(Body::Tuple(_)) => TUPLE,
        Some(Body::Dict(_)) => DICT,
        Some(Body::Instance(_)) => INSTANCE,
        Some(Body::Function(_)) => FUNCTION,
        _ => OTHER,
    }
}

/// The interpreter records list item kinds while a code object's counter is
/// below this (warm-up, before compiled code takes over): beyond it the
/// recording only costs (12% of an interpreted list-heavy loop).
pub const ITEM_KIND_WARMUP: u32 = 4096;

/// The kind (INT, FLOAT, LIST or OTHER) of an item a list read or a `for` over a
/// list at `at` returned, OR-ed into the first word of the instruction's
/// cache slot during warm-up: what the FTL speculates list items to be.
#[inline(always)]
pub fn note_item_kind(code: &tierpy_bytecode::CodeObject, at: usize, v: Value) {
    if code.counter.get() >= ITEM_KIND_WARMUP {
        return;
    }
    note_kind(code.cache[at].as_ptr() as *mut u64, v);
}

/// ORs the kind of each parameter's value (as [`note_item_kind`]) into the
/// code object's `param_kinds`, as frame `f` starts in the interpreter (or
/// FTL code refuses it): what the FTL speculates the parameters to be.
pub fn note_param_kinds(f: &tierpy_runtime::frame::Frame) {
    for (i, cell) in f.code.param_kinds.iter().enumerate() {
        note_kind(cell.as_ptr(), f.reg(i));
    }
}

/// The kind bit (INT, FLOAT, LIST or OTHER) of `v` as the FTL speculates on it.
#[inline(always)]
pub fn speculation_kind(v: Value) -> u32 {
    if v.is_float() {
        FLOAT
    } else if v.is_small_int() {
        INT
    } else if matches!(v.body(), Some(Body::List(_))) {
        LIST
    } else {
        OTHER
    }
}

/// ORs `v`'s [`speculation_kind`] into the word at `w`.
#[inline(always)]
fn note_kind(w: *mut u64, v: Value) {
    let k = speculation_kind(v) as u64;
    // SAFETY: `w` is a profile word of a live code object, read and written
    // in place (no reference to the cell's contents is held); written only
    // when the kind is new.
    unsafe {
        if *w & k == 0 {
            *w |= k
        }
    }
}

/// Names the kinds in a profile word (for dumps and stats).
pub fn describe(bits: u32) -> String {
    let names = [
        (INT, "int"),
        (FLOAT, "float"),
        (BOOL, "bool"),
        (NONE, "None"),
        (BIGINT, "bigint"),
        (STR, "str"),
        (LIST, "list"),
        (TUPLE, "tuple"),
        (DICT, "dict"),
        (INSTANCE, "instance"),
        (FUNCTION, "function"),
        (OTHER, "other"),
        (OVERFLOW, "overflow"),
        (POLYMORPHIC, "polymorphic"),
    ];
    let parts: Vec<&str> = names.iter().filter(|(b, _)| bits & b != 0).map(|(_, n)| *n).collect();
    parts.join("|")
}

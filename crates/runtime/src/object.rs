//! Heap objects: a header with the collector's mark bit and a body per kind.
//!
//! Instances keep their attributes in an insertion-ordered dict keyed by
//! interned strings (pointer-equal names make lookups one probe); shapes
//! (hidden classes) for the JIT's inline caches are the planned next step and
//! will replace this dict without changing the attribute API in `attr`.

use crate::dict::Dict;
use crate::hashing::SetTable;
use crate::value::Value;
use num_bigint::BigInt;
use std::cell::Cell;
use std::rc::Rc;
use tierpy_bytecode::CodeObject;

/// `Obj::kind` of lists (compiled code checks it before touching list storage).
pub const KIND_LIST: u8 = 1;
/// `Obj::kind` of range iterators (their state never changes variant).
pub const KIND_RANGE_ITER: u8 = 2;
/// `Obj::kind` of iterators over a list or tuple (`IterState::Seq`; an
/// exhausted one keeps its variant with `SEQ_EXHAUSTED` as its index).
pub const KIND_SEQ_ITER: u8 = 3;
/// `Obj::kind` of tuples.
pub const KIND_TUPLE: u8 = 4;
/// `Obj::kind` of instances of user classes (compiled code reads their
/// class and attribute table in place).
pub const KIND_INSTANCE: u8 = 5;
/// `Obj::kind` of Python functions (compiled code calls them directly).
pub const KIND_FUNCTION: u8 = 6;
/// `Obj::kind` of ranges (compiled code checks that what it iterates is one).
pub const KIND_RANGE: u8 = 7;
/// `Obj::kind` of every other object.
pub const KIND_OTHER: u8 = 0;

/// The index of a sequence iterator that ran past its end: it stays
/// exhausted even if the sequence grows, as in CPython.
pub const SEQ_EXHAUSTED: usize = usize::MAX;

/// Every heap object.
pub struct Obj {
    /// A kind tag compiled code can test without knowing the Rust enum layout.
    pub kind: u8,
    /// Set by the collector's mark phase.
    pub marked: Cell<bool>,
    /// Never freed (constants, interned names, builtin classes).
    pub permanent: bool,
    pub body: Body,
}

/// A Python str: UTF-8 text, its length in code points and a cached hash.
pub struct StrObj {
    pub s: StrText,
    pub chars: usize,
    pub hash: Cell<Option<i64>>,
}

impl StrObj {
    /// A str of `s` (a `&str` is copied, a `String` kept unless short).
    pub fn new(s: impl IntoText) -> StrObj {
        let s = s.into_text();
        let chars = if s.is_ascii() { s.len() } else { s.chars().count() };
        StrObj { s, chars, hash: Cell::new(None) }
    }

    /// A string whose length in code points is known (no scan).
    pub fn with_chars(s: impl IntoText, chars: usize) -> StrObj {
        let s = s.into_text();
        debug_assert_eq!(chars, s.chars().count());
        StrObj { s, chars, hash: Cell::new(None) }
    }

    /// Whether indexing by code point is byte indexing.
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    /// `self + other`, written into the spare room of the buffer `self`
    /// ends at when it has room and no other str has been extended from the
    /// same end (strs stay immutable: each one reads only its own prefix of
    /// the buffer). A result of [`APPEND_MIN`] bytes or more that cannot be
    /// appended in place gets a new buffer with as much room again, so a
    /// loop doing `s += t` copies each byte a bounded number of times
    /// instead of the whole of `s` every time. Also returns the bytes newly
    /// allocated (for the collector's budget).
    pub fn concat(&self, other: &StrObj) -> (StrObj, usize) {
        let (a, b) = (&*self.s, &*other.s);
        let len = a.len() + b.len();
        let chars = self.chars + other.chars;
        if let Store::Shared(buf) = &self.s.store
            && buf.used.get() == a.len()
            && buf.cap - a.len() >= b.len()
        {
            // SAFETY: bytes `used..cap` of the buffer are not part of any
            // str (each reads `0..its len`, and `used` is the greatest such
            // length), so writing there aliases nothing; `b` lies in some
            // str's text, disjoint from that range; `cap` bounds the write.
            unsafe { std::ptr::copy_nonoverlapping(b.as_ptr(), buf.ptr.add(a.len()), b.len()) };
            buf.used.set(len);
            let text = StrText { ptr: self.s.ptr, len, store: Store::Shared(buf.clone()) };
            return (StrObj { s: text, chars, hash: Cell::new(None) }, b.len());
        }
        if len <= INLINE_MAX {
            let mut bytes = [0u8; INLINE_MAX];
            bytes[..a.len()].copy_from_slice(a.as_bytes());
            bytes[a.len()..len].copy_from_slice(b.as_bytes());
            let text = StrText { ptr: std::ptr::null_mut(), len, store: Store::Inline(bytes) };
            return (StrObj { s: text, chars, hash: Cell::new(None) }, 0);
        }
        let mut s = String::with_capacity(if len >= APPEND_MIN { 2 * len } else { len });
        s.push_str(a);
        s.push_str(b);
        let cap = s.capacity();
        let text = if len >= APPEND_MIN { StrText::shared(s) } else { StrText::owned(s) };
        (StrObj { s: text, chars, hash: Cell::new(None) }, cap)
    }
}

/// Concatenations this long or longer leave room to append in place (see
/// [`StrObj::concat`]); shorter ones, like most strs, are allocated to size.
pub const APPEND_MIN: usize = 128;

/// Strs of at most this many bytes keep them inside the object (no
/// allocation of their own): most words, numbers and keys.
pub const INLINE_MAX: usize = 22;

/// What a str can be made from: copied text or a `String` to keep.
pub trait IntoText {
    fn into_text(self) -> StrText;
}

impl IntoText for &str {
    fn into_text(self) -> StrText {
        if self.len() <= INLINE_MAX { StrText::inline(self) } else { StrText::owned(self.to_string()) }
    }
}

impl IntoText for String {
    fn into_text(self) -> StrText {
        if self.len() <= INLINE_MAX { StrText::inline(&self) } else { StrText::owned(self) }
    }
}

impl IntoText for &String {
    fn into_text(self) -> StrText {
        self.as_str().into_text()
    }
}

impl IntoText for Box<str> {
    fn into_text(self) -> StrText {
        String::from(self).into_text()
    }
}

/// The text of a str: its bytes inline, or a pointer and length into
/// storage it owns alone or shares with other strs made by appending to it
/// (immutable either way).
pub struct StrText {
    ptr: *mut u8,
    len: usize,
    store: Store,
}

/// Who owns a str's bytes.
enum Store {
    /// A `String`'s buffer of this capacity (freed with the str).
    Owned(usize),
    /// A buffer strs append to (see [`StrObj::concat`]).
    Shared(Rc<AppendBuf>),
    /// The bytes themselves (`ptr` is null): at most [`INLINE_MAX`].
    Inline([u8; INLINE_MAX]),
}

/// Storage that strs made by concatenation share: each str reads a prefix
/// of it; `used` is the longest, the only one that may be appended to.
struct AppendBuf {
    ptr: *mut u8,
    cap: usize,
    used: Cell<usize>,
}

impl Drop for AppendBuf {
    fn drop(&mut self) {
        // SAFETY: `ptr` and `cap` came from a `String` that was forgotten.
        drop(unsafe { String::from_raw_parts(self.ptr, 0, self.cap) });
    }
}

impl StrText {
    fn inline(s: &str) -> StrText {
        let mut bytes = [0u8; INLINE_MAX];
        bytes[..s.len()].copy_from_slice(s.as_bytes());
        StrText { ptr: std::ptr::null_mut(), len: s.len(), store: Store::Inline(bytes) }
    }

    fn owned(s: String) -> StrText {
        let mut s = std::mem::ManuallyDrop::new(s);
        StrText { ptr: s.as_mut_ptr(), len: s.len(), store: Store::Owned(s.capacity()) }
    }

    fn shared(s: String) -> StrText {
        let mut s = std::mem::ManuallyDrop::new(s);
        let (ptr, len) = (s.as_mut_ptr(), s.len());
        let buf = AppendBuf { ptr, cap: s.capacity(), used: Cell::new(len) };
        StrText { ptr, len, store: Store::Shared(Rc::new(buf)) }
    }

    /// The bytes of storage this text keeps alive.
    pub fn capacity(&self) -> usize {
        match &self.store {
            Store::Owned(cap) => *cap,
            Store::Shared(buf) => buf.cap,
            Store::Inline(_) => 0,
        }
    }
}

impl Drop for StrText {
    fn drop(&mut self) {
        if let Store::Owned(cap) = self.store {
            // SAFETY: an owned text is a forgotten `String`'s parts.
            drop(unsafe { String::from_raw_parts(self.ptr, self.len, cap) });
        }
    }
}

impl std::ops::Deref for StrText {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        let p = match &self.store {
            Store::Inline(bytes) => bytes.as_ptr(),
            _ => self.ptr,
        };
        // SAFETY: `p..p + len` is initialized UTF-8 that nothing writes to
        // while the storage lives (appends write only past `used`).
        unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(p, self.len)) }
    }
}

impl AsRef<str> for StrText {
    fn as_ref(&self) -> &str {
        self
    }
}

impl std::borrow::Borrow<str> for StrText {
    fn borrow(&self) -> &str {
        self
    }
}

impl std::fmt::Display for StrText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self)
    }
}

impl std::fmt::Debug for StrText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

impl PartialEq for StrText {
    fn eq(&self, other: &StrText) -> bool {
        **self == **other
    }
}

impl Eq for StrText {}

/// A Python function.
pub struct FunctionObj {
    pub code: Rc<CodeObject>,
    pub globals: Value,
    pub defaults: Vec<Value>,
    pub kwdefaults: Vec<(Value, Value)>,
    pub closure: Vec<Value>,
    pub name: Value,
    pub qualname: Value,
    /// Attributes set on the function object (decorators use them).
    pub dict: Dict,
}

impl FunctionObj {
    /// Copies the closure's cells into the code's free variable registers
    /// (what every way of calling the function does after binding arguments).
    ///
    /// # Safety
    /// `regs` points at the code's `nregs` registers.
    pub unsafe fn bind_closure(&self, regs: *mut Value) {
        for ((r, _), cell) in self.code.freevars.iter().zip(&self.closure) {
            // SAFETY: free variable registers are below nregs.
            unsafe { *regs.add(r.idx()) = *cell };
        }
    }
}

/// The signature of builtin functions: positional arguments, then keyword
/// (name, value) pairs.
pub type BuiltinFn = fn(&mut crate::Vm, &[Value], &[(Value, Value)]) -> crate::PyResult<Value>;

/// A builtin function or a builtin method bound to `this`.
pub struct BuiltinObj {
    pub name: &'static str,
    pub func: BuiltinFn,
    /// EMPTY for plain functions; the receiver for bound builtin methods.
    pub this: Value,
    /// For methods taken from a builtin type (`list.append`): that type, whose
    /// instance the first argument must be.
    pub owner: Option<crate::types::TypeId>,
}

/// A class (user-defined or builtin type).
pub struct ClassObj {
    pub name: Value,
    pub qualname: Value,
    pub bases: Vec<Value>,
    pub mro: Vec<Value>,
    pub dict: Dict,
    /// The builtin type this class is or derives from (for instances of builtins).
    pub builtin: Option<crate::types::TypeId>,
    /// Whether instances are exceptions (derives from BaseException).
    pub is_exception: bool,
    /// `TPFLAGS_SEQUENCE` / `TPFLAGS_MAPPING`: whether sequence or mapping
    /// patterns match instances (set for the builtin collections, from a
    /// class body's `__abc_tpflags__`, else inherited from a base).
    pub abc_tpflags: u64,
    /// Which attribute hooks the class defines, as `[class epoch, HOOK_* bits]`
    /// (and whether it has data descriptors, `HAS_DATA_DESCRIPTORS`)
    /// (recomputed when the epoch is stale; see `Vm::attr_hook`).
    pub hooks: Cell<[u64; 2]>,
    /// The metaclass when it is a user subclass of `type` (EMPTY: `type` itself).
    pub meta: Value,
    /// The name error messages give the type when it differs from `name`
    /// (CPython's tp_name `collections.deque` for the library classes that
    /// stand in for C types; set by a class body's `__tp_name__`), else EMPTY.
    pub tp_name: Value,
}

/// `ClassObj::abc_tpflags` bit: sequence patterns match instances (CPython's Py_TPFLAGS_SEQUENCE).
pub const TPFLAGS_SEQUENCE: u64 = 1 << 5;
/// `ClassObj::abc_tpflags` bit: mapping patterns match instances (CPython's Py_TPFLAGS_MAPPING).
pub const TPFLAGS_MAPPING: u64 = 1 << 6;

/// `ClassObj::hooks` bit: the class defines `__getattribute__`.
pub const HOOK_GETATTRIBUTE: u64 = 1;
/// `ClassObj::hooks` bit: the class defines `__setattr__`.
pub const HOOK_SETATTR: u64 = 2;
/// `ClassObj::hooks` bit: the class defines `__delattr__`.
pub const HOOK_DELATTR: u64 = 4;
/// `ClassObj::hooks` bit: some attribute of the class or its bases is a data
/// descriptor (a property, a user descriptor with `__set__` or `__delete__`).
pub const HAS_DATA_DESCRIPTORS: u64 = 8;
/// `ClassObj::hooks` bit: the class or a base names `__slots__`, so new
/// instance attributes are checked against the slots.
pub const HAS_SLOTS: u64 = 16;

/// Exception state carried by instances of exception classes.
pub struct ExcData {
    pub args: Value,
    /// Traceback entries (code, line, pc), innermost last as they are added while unwinding outward.
    pub traceback: Vec<(Rc<CodeObject>, u32, u32)>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// For NameError and AttributeError: the missing name and the object searched.
    pub name: Value,
    pub obj: Value,
    /// For an OSError made with filenames (3 to 5 arguments): all of them
    /// (`args` keeps the first two); EMPTY otherwise.
    pub os_args: Value,
}

/// An instance of a user class.
pub struct InstanceObj {
    pub class: Value,
    pub dict: Dict,
    pub exc: Option<Box<ExcData>>,
    /// For instances of subclasses of list, dict, str, int...: the builtin
    /// value holding their contents (EMPTY otherwise).
    pub native: Value,
}

impl InstanceObj {
    /// Whether the instance is of a subclass of int, float or complex (whose
    /// values have neither items nor a length).
    pub fn native_is_number(&self) -> bool {
        crate::numbers::Num::of(self.native).is_some() || crate::complex::as_complex(self.native).is_some()
    }
}

/// The generator's saved frame: registers, pc and state.
pub struct GenObj {
    pub frame: crate::frame::Frame,
    pub regs: Vec<Value>,
    pub running: bool,
    pub finished: bool,
    pub started: bool,
    pub name: Value,
    pub qualname: Value,
    /// Exceptions being handled inside the generator while it is suspended.
    pub saved_exc: Vec<Value>,
}

/// Iterator states for the builtin iterables.
pub enum IterState {
    Seq {
        seq: Value,
        idx: usize,
    },
    Range {
        cur: i64,
        stop: i64,
        step: i64,
    },
    Str {
        s: Value,
        byte: usize,
    },
    /// Iteration over a bytes or bytearray (each byte as an int).
    Bytes {
        seq: Value,
        idx: usize,
    },
    DictKeys {
        dict: Value,
        idx: usize,
        len: usize,
    },
    DictValues {
        dict: Value,
        idx: usize,
        len: usize,
    },
    DictItems {
        dict: Value,
        idx: usize,
        len: usize,
    },
    Set {
        set: Value,
        items: Vec<Value>,
        idx: usize,
        len: usize,
    },
    Reversed {
        seq: Value,
        idx: usize,
    },
    Enumerate {
        it: Value,
        n: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    /// iter(callable, sentinel)
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// Iteration through __getitem__ with increasing ints.
    GetItem {
        obj: Value,
        idx: i64,
    },
    Exhausted,
}

/// Which view of a dict.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

/// Object bodies.
pub enum Body {
    Str(StrObj),
    /// An immutable byte string (`bytes`).
    Bytes(Box<[u8]>),
    /// A mutable byte string (`bytearray`).
    ByteArray(Vec<u8>),
    BigInt(BigInt),
    List(Vec<Value>),
    Tuple(Box<[Value]>),
    Complex(crate::complex::Complex),
    Dict(Dict),
    Set(SetTable<Value>),
    FrozenSet(SetTable<Value>, Cell<Option<i64>>),
    Function(Box<FunctionObj>),
    Builtin(BuiltinObj),
    BoundMethod {
        this: Value,
        func: Value,
    },
    Class(Box<ClassObj>),
    Instance(InstanceObj),
    Cell(Value),
    Range {
        start: i64,
        stop: i64,
        step: i64,
    },
    Slice {
        start: Value,
        stop: Value,
        step: Value,
    },
    Iter(IterState),
    Generator(Box<GenObj>),
    /// A module. Its namespace is `globals`, the dict its code runs in (and
    /// its functions' `__globals__`), for modules made from Python source;
    /// native modules (globals NONE) keep their names in `dict`, where the
    /// FTL reads them inline. Use [`Value::module_ns`].
    /// A range whose start, stop or step (Python ints) does not fit i64.
    BigRange(Box<[Value; 3]>),
    Module {
        name: Value,
        dict: Dict,
        globals: Value,
    },
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
    },
    StaticMethod(Value),
    ClassMethod(Value),
    Super {
        ty: Value,
        obj: Value,
    },
    DictView {
        dict: Value,
        kind: ViewKind,
    },
    NotImplemented,
    Ellipsis,
    /// A traceback object (what `sys.exc_info()[2]` and `__exit__` receive):
    /// entry `index` of the exception's traceback (entries run from the
    /// innermost frame out, so `tb_next` is the entry before).
    Traceback {
        exc: Value,
        index: u32,
    },
    /// A code object made by `compile()`, run by `exec()` and `eval()`.
    Code(Rc<CodeObject>),
    /// `obj.__dict__` of an instance: a dict whose table is the instance's
    /// attribute table (`as_dict` reaches it), so changes show both ways.
    InstanceDict(Value),
}

impl Obj {
    /// Calls `f` on every object this object references (the collector's
    /// trace; values that are not objects may be left out).
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match &self.body {
            Body::Str(_)
            | Body::Bytes(_)
            | Body::ByteArray(_)
            | Body::BigInt(_)
            | Body::Complex(_)
            | Body::Range { .. }
            | Body::NotImplemented
            | Body::Code(_)
            | Body::Ellipsis => {}
            // Items that are not objects (ints, floats, bools) are skipped
            // here, without a call each: a list of 3.6M bools is traced
            // in a tight loop.
            Body::List(v) => v.iter().filter(|x| x.is_obj()).for_each(|x| f(*x)),
            Body::BigRange(p) => p.iter().for_each(|x| f(*x)),
            Body::Tuple(v) => v.iter().filter(|x| x.is_obj()).for_each(|x| f(*x)),
            Body::Dict(d) => d.trace(f),
            Body::Set(s) | Body::FrozenSet(s, _) => s.iter().for_each(|(k, _)| f(k)),
            Body::Function(func) => {
                f(func.globals);
                func.defaults.iter().for_each(|x| f(*x));
                func.kwdefaults.iter().for_each(|(k, v)| {
                    f(*k);
                    f(*v)
                });
                func.closure.iter().for_each(|x| f(*x));
                f(func.name);
                f(func.qualname);
                func.dict.trace(f);
            }
            Body::Builtin(b) => f(b.this),
            Body::BoundMethod { this, func } => {
                f(*this);
                f(*func)
            }
            Body::Class(c) => {
                f(c.name);
                f(c.qualname);
                c.bases.iter().for_each(|x| f(*x));
                c.mro.iter().for_each(|x| f(*x));
                c.dict.trace(f);
                f(c.meta);
                f(c.tp_name);
            }
            Body::Instance(i) => {
                f(i.class);
                f(i.native);
                i.dict.trace(f);
                if let Some(e) = &i.exc {
                    f(e.name);
                    f(e.obj);
                    f(e.os_args);
                    f(e.args);
                    f(e.cause);
                    f(e.context);
                }
            }
            Body::Cell(v) => f(*v),
            Body::Slice { start, stop, step } => {
                f(*start);
                f(*stop);
                f(*step)
            }
            Body::Iter(it) => match it {
                IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => f(*seq),
                IterState::Str { s, .. } => f(*s),
                IterState::Bytes { seq, .. } => f(*seq),
                IterState::DictKeys { dict, .. } | IterState::DictValues { dict, .. } | IterState::DictItems { dict, .. } => f(*dict),
                IterState::Set { set, items, .. } => {
                    f(*set);
                    items.iter().for_each(|x| f(*x))
                }
                IterState::Enumerate { it, n } => {
                    f(*it);
                    f(*n)
                }
                IterState::Zip { its, .. } => its.iter().for_each(|x| f(*x)),
                IterState::Map { func, its } => {
                    f(*func);
                    its.iter().for_each(|x| f(*x))
                }
                IterState::Filter { func, it } => {
                    f(*func);
                    f(*it)
                }
                IterState::Callable { func, sentinel } => {
                    f(*func);
                    f(*sentinel)
                }
                IterState::GetItem { obj, .. } => f(*obj),
                IterState::Range { .. } | IterState::Exhausted => {}
            },
            Body::Generator(g) => {
                g.regs.iter().for_each(|x| f(*x));
                g.saved_exc.iter().for_each(|x| f(*x));
                f(g.frame.globals);
                f(g.frame.namespace);
                f(g.frame.func);
                f(g.name);
                f(g.qualname);
            }
            Body::Module { name, dict, globals } => {
                f(*name);
                f(*globals);
                dict.trace(f)
            }
            Body::Property { fget, fset, fdel, doc } => {
                f(*fget);
                f(*fset);
                f(*fdel);
                f(*doc)
            }
            Body::StaticMethod(v) | Body::ClassMethod(v) => f(*v),
            Body::Super { ty, obj } => {
                f(*ty);
                f(*obj)
            }
            Body::DictView { dict, .. } => f(*dict),
            Body::Traceback { exc, .. } => f(*exc),
            Body::InstanceDict(obj) => f(*obj),
        }
    }
}

// A str's inline bytes must not make every object bigger.
const _: () = assert!(std::mem::size_of::<StrObj>() <= 64 && std::mem::size_of::<Body>() <= 80);

impl Body {
    /// The `Obj::kind` tag for this body.
    /// Bytes the body owns outside its object box (the big ones only),
    /// counted by the collector's allocation budget.
    pub fn payload_bytes(&self) -> usize {
        match self {
            Body::List(v) => v.capacity() * std::mem::size_of::<Value>(),
            Body::Tuple(v) => v.len() * std::mem::size_of::<Value>(),
            Body::Str(s) => s.s.capacity(),
            Body::Bytes(b) => b.len(),
            Body::ByteArray(b) => b.capacity(),
            _ => 0,
        }
    }

    pub fn kind(&self) -> u8 {
        match self {
            Body::List(_) => KIND_LIST,
            Body::Iter(IterState::Range { .. }) => KIND_RANGE_ITER,
            Body::Iter(IterState::Seq { .. }) => KIND_SEQ_ITER,
            Body::Tuple(_) => KIND_TUPLE,
            Body::Instance(_) => KIND_INSTANCE,
            Body::Function(_) => KIND_FUNCTION,
            Body::Range { .. } => KIND_RANGE,
            _ => KIND_OTHER,
        }
    }
}

/// Typed views of a value's heap body.
impl Value {
    #[inline]
    pub fn body(self) -> Option<&'static mut Body> {
        self.as_obj().map(|o| &mut o.body)
    }

    #[inline]
    pub fn as_str(self) -> Option<&'static StrObj> {
        match self.body() {
            Some(Body::Str(s)) => Some(s),
            _ => None,
        }
    }

    /// The contents of a bytes or bytearray (not of instances of subclasses).
    #[inline]
    pub fn as_bytes_like(self) -> Option<&'static [u8]> {
        match self.body() {
            Some(Body::Bytes(b)) => Some(b),
            Some(Body::ByteArray(b)) => Some(b),
            _ => None,
        }
    }

    #[inline]
    pub fn as_bytearray(self) -> Option<&'static mut Vec<u8>> {
        match self.body() {
            Some(Body::ByteArray(b)) => Some(b),
            _ => None,
        }
    }

    #[inline]
    pub fn as_list(self) -> Option<&'static mut Vec<Value>> {
        match self.body() {
            Some(Body::List(v)) => Some(v),
            _ => None,
        }
    }

    #[inline]
    pub fn as_tuple(self) -> Option<&'static [Value]> {
        match self.body() {
            Some(Body::Tuple(v)) => Some(v),
            _ => None,
        }
    }

    #[inline]
    pub fn as_dict(self) -> Option<&'static mut Dict> {
        match self.body() {
            Some(Body::Dict(d)) => Some(d),
            Some(Body::InstanceDict(obj)) => match obj.body() {
                Some(Body::Module { .. }) => obj.module_ns(),
                _ => obj.as_instance().map(|i| &mut i.dict),
            },
            _ => None,
        }
    }

    /// A module's namespace (see [`Body::Module`]); None for other values.
    #[inline]
    pub fn module_ns(self) -> Option<&'static mut Dict> {
        match self.body() {
            // A source module's globals are a plain dict (`new_dict`); matching
            // it directly keeps `as_dict` free of recursion, so it inlines.
            Some(Body::Module { dict, globals, .. }) => match globals.body() {
                Some(Body::Dict(g)) => Some(g),
                _ => Some(dict),
            },
            _ => None,
        }
    }

    #[inline]
    pub fn as_bigint(self) -> Option<&'static BigInt> {
        match self.body() {
            Some(Body::BigInt(b)) => Some(b),
            _ => None,
        }
    }

    #[inline]
    pub fn as_class(self) -> Option<&'static mut ClassObj> {
        match self.body() {
            Some(Body::Class(c)) => Some(c),
            _ => None,
        }
    }

    /// Whether the value's type is a user class (so its special methods may be
    /// user functions): an instance of one, or a class whose metaclass is one.
    #[inline]
    pub fn is_user_object(self) -> bool {
        match self.body() {
            Some(Body::Instance(_)) => true,
            Some(Body::Class(c)) => !c.meta.is_empty(),
            _ => false,
        }
    }

    #[inline]
    pub fn as_instance(self) -> Option<&'static mut InstanceObj> {
        match self.body() {
            Some(Body::Instance(i)) => Some(i),
            _ => None,
        }
    }

    #[inline]
    pub fn as_function(self) -> Option<&'static mut FunctionObj> {
        match self.body() {
            Some(Body::Function(f)) => Some(f),
            _ => None,
        }
    }

    /// The exception data of an exception instance.
    #[inline]
    pub fn exc_data(self) -> Option<&'static mut ExcData> {
        match self.body() {
            Some(Body::Instance(InstanceObj { exc: Some(e), .. })) => Some(e),
            _ => None,
        }
    }

    /// The builtin value behind an instance of a builtin subclass, or the value itself.
    #[inline]
    pub fn native(self) -> Value {
        match self.body() {
            Some(Body::Instance(i)) if !i.native.is_empty() => i.native,
            _ => self,
        }
    }

    /// Whether this is an instance of a user subclass of a builtin type.
    #[inline]
    pub fn has_native(self) -> bool {
        matches!(self.body(), Some(Body::Instance(i)) if !i.native.is_empty())
    }

    /// The text of a str value (empty for anything else).
    #[inline]
    pub fn str_text(self) -> &'static str {
        self.as_str().map_or("", |s| &s.s)
    }
}

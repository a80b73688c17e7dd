//! The VM: the heap, the register stack, interned names, builtin types and
//! modules, the handled-exception stack, and the hook through which runtime
//! code runs Python frames (installed by the interpreter crate).

use crate::frame::{Frame, FrameExit};
use crate::heap::Heap;
use crate::object::{Body, StrObj};
use crate::types::TypeId;
use crate::value::Value;
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// A raised Python exception (an exception instance).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PyErr(pub Value);

/// The result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

/// Runs a frame to its next return or yield (the interpreter's entry point).
pub type ExecFn = fn(&mut Vm, &mut Frame) -> PyResult<FrameExit>;

/// Calls a plain function with positional arguments straight into its
/// compiled code, or returns None for the general call path to do it.
pub type DirectCallFn = fn(&mut Vm, Value, &[Value]) -> Option<PyResult<Value>>;

/// What `eval()` and `exec()` compile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    /// Statements (`exec`).
    Statements,
    /// One expression whose value the code returns (`eval`).
    Expression,
    /// One interactive statement: expression statements print their value
    /// (`compile(..., 'single')`).
    Single,
}

/// Compiles source text for `eval()`/`exec()`/`compile()` (the compiler lives
/// above the runtime, so the embedder installs it) as if read from the file
/// named by the second argument; a SyntaxError is a Python exception.
pub type CompileFn = fn(&mut Vm, &str, &str, SourceKind) -> PyResult<Rc<tierpy_bytecode::CodeObject>>;

/// The tier-up policy's hook, installed by the command line: asked to
/// compile a code object whose execution counter crossed the threshold.
pub trait TierHook {
    /// Called when `code`'s counter reaches its `next_tier_at` (or its FTL code
    /// exits too often): compiles, installs or jettisons, and sets the next threshold.
    fn request(&mut self, vm: &mut Vm, code: &Rc<tierpy_bytecode::CodeObject>);
    /// Installs compiles finished on the background thread.
    fn poll(&mut self, vm: &mut Vm);
    /// Something the tiers did that the policy may record (for `--trace`).
    fn event(&mut self, code: &tierpy_bytecode::CodeObject, event: TierEvent);
}

/// A tier transition seen by the interpreter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TierEvent {
    /// A loop running in the interpreter moved into compiled code.
    OsrEntry,
    /// FTL code left for the interpreter at this pc (a failed speculation).
    OsrExit { pc: usize },
}

/// Tier-up state the interpreter consults.
pub struct TierState {
    pub hook: Option<Box<dyn TierHook>>,
    /// Set by the background compiler when results wait to be installed.
    pub ready: Arc<AtomicBool>,
}

/// Registers reserved for frames (values, not bytes).
/// Capacity of the register stack in values (reserved once: it never moves).
pub const STACK_VALUES: usize = 8 << 20;

/// Entries of [`Vm::attr_cache`] (a power of two).
pub const ATTR_CACHE_ENTRIES: usize = 4096;
/// The multiplier of [`Vm::attr_cache`]'s hash of (class, name), which
/// compiled method calls compute too: `((class >> 4) ^ (name >> 3)) *
/// ATTR_CACHE_HASH >> 52`, masked to the entries.
pub const ATTR_CACHE_HASH: u64 = 0x9E37_79B9_7F4A_7C15;

/// The whole interpreter state of one program.
/// One entry of [`Vm::builtin_method`]'s cache: the name's bits, the type,
/// and the method found (None: the entry is empty).
type MethodCacheEntry = (u64, TypeId, Option<(&'static str, crate::object::BuiltinFn)>);

/// Entries in the builtin method cache (a power of two).
const METHOD_CACHE_SIZE: usize = 256;

pub struct Vm {
    pub heap: Heap,
    stack: Vec<Value>,
    /// Top of the register stack.
    pub sp: usize,
    /// Values Rust code holds across calls into Python (a stack).
    pub roots: Vec<Value>,
    /// Values compiled code depends on for the rest of the run (functions the
    /// FTL inlined: their identity is what its guards compare).
    pub jit_roots: Vec<Value>,
    /// Exceptions being handled (innermost last), for bare raise and context.
    pub exc_stack: Vec<Value>,
    pub types: Vec<Value>,
    pub builtins: Value,
    pub modules: HashMap<String, Value>,
    interned: HashMap<Box<str>, Value>,
    /// What [`crate::methods::lookup`] found for (builtin type, method name),
    /// direct-mapped by the name's address (see [`Vm::builtin_method`]).
    method_cache: Box<[MethodCacheEntry]>,
    /// The interned one-character ASCII strs made so far (EMPTY: not yet),
    /// what [`Vm::char_str`] hands out.
    pub(crate) ascii_chars: [Value; 128],
    pub depth: usize,
    pub recursion_limit: usize,
    /// The most digits int/str conversions in base 10 take (0: no limit);
    /// `sys.set_int_max_str_digits`.
    pub int_max_str_digits: usize,
    pub executor: ExecFn,
    /// The executor's shortcut for the common call (see [`DirectCallFn`]).
    pub direct_call: DirectCallFn,
    /// The compiler `eval()` and `exec()` use; None where none was installed.
    pub compiler: Option<CompileFn>,
    /// The innermost frame being run, null outside any (for `eval()`/`exec()`
    /// without namespaces); the executor saves and restores it around each frame.
    pub current_frame: *const Frame,
    pub out: std::io::BufWriter<std::io::Stdout>,
    /// Whether stdout is a terminal (flushed at every newline).
    pub out_tty: bool,
    /// Source text by filename, for tracebacks.
    pub sources: HashMap<Rc<str>, Rc<str>>,
    pub argv: Vec<String>,
    /// Set by the SIGINT handler; polled at loop headers and calls.
    pub interrupt: Arc<AtomicBool>,
    /// Constant singletons.
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub empty_tuple: Value,
    /// Lowest stack address the interpreter may recurse to.
    pub stack_limit: usize,
    /// Module `__main__`'s globals.
    pub main_globals: Value,
    /// An exception to raise in a generator frame as it resumes (throw/close).
    pub pending_throw: Option<PyErr>,
    /// A value sent to a generator suspended in `yield from`, for its
    /// subiterator (taken by the resumed `YieldFrom`).
    pub yield_from_sent: Option<Value>,
    /// Containers whose repr is being computed (to print `[...]` for cycles).
    pub repr_guard: Vec<Value>,
    pub tier: TierState,
    /// The exception compiled code raised, and whether it is a re-raise.
    pub jit_error: Option<(PyErr, bool)>,
    /// (class, name) -> what the MRO lookup found; cleared whenever any class
    /// namespace changes and at every collection (addresses may be reused).
    /// Class lookups by (class, name), direct-mapped like CPython's type
    /// attribute cache: [class, name, epoch, result or EMPTY] per entry.
    pub attr_cache: Box<[[u64; 4]]>,
    /// Bumped whenever class lookups may give other results (a class namespace
    /// changed, or a collection freed classes whose addresses may be reused):
    /// per-instruction class-attribute caches hold the epoch they were filled in.
    pub class_epoch: u64,
    /// Whether some instance may hold an attribute named like a method of
    /// its class (set, never cleared, by the stores that could make it so):
    /// until then a method call on an instance skips the instance lookup.
    pub methods_shadowed: bool,
    /// Whether some class namespace ever held `__getattribute__`,
    /// `__setattr__` or `__delattr__` (set, never cleared): until then
    /// attribute access never looks for those hooks.
    pub attr_hooks_defined: bool,
    /// Interned names by the address and length of the Rust string asked for
    /// (dunder names are literals: one word hash instead of hashing the text).
    name_cache: HashMap<(u64, u64), Value, WordHash>,
}

/// A fast hasher for keys made of value words.
#[derive(Default, Clone, Copy)]
pub struct WordHash;

/// The hasher state of [`WordHash`].
#[derive(Default)]
pub struct WordHasher(u64);

impl std::hash::BuildHasher for WordHash {
    type Hasher = WordHasher;
    fn build_hasher(&self) -> WordHasher {
        WordHasher(0)
    }
}

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0.rotate_left(5) ^ *b as u64).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

fn no_executor(_: &mut Vm, _: &mut Frame) -> PyResult<FrameExit> {
    panic!("no executor installed")
}

impl Vm {
    /// A VM with the builtins and modules set up; `executor` runs frames.
    pub fn new(executor: ExecFn) -> Box<Vm> {
        let mut vm = Box::new(Vm {
            heap: Heap::default(),
            stack: Vec::with_capacity(STACK_VALUES),
            sp: 0,
            roots: vec![],
            jit_roots: vec![],
            exc_stack: vec![],
            types: vec![],
            builtins: Value::NONE,
            modules: HashMap::new(),
            interned: HashMap::new(),
            ascii_chars: [Value::EMPTY; 128],
            method_cache: vec![(0, TypeId::Object, None); METHOD_CACHE_SIZE].into_boxed_slice(),
            depth: 0,
            recursion_limit: 1000,
            int_max_str_digits: crate::repr::MAX_STR_DIGITS,
            executor: no_executor,
            direct_call: |_, _, _| None,
            compiler: None,
            current_frame: std::ptr::null(),
            out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            out_tty: false,
            sources: HashMap::new(),
            argv: vec![],
            interrupt: Arc::new(AtomicBool::new(false)),
            not_implemented: Value::NONE,
            ellipsis: Value::NONE,
            empty_tuple: Value::NONE,
            stack_limit: 0,
            main_globals: Value::NONE,
            pending_throw: None,
            yield_from_sent: None,
            repr_guard: vec![],
            tier: TierState { hook: None, ready: Arc::new(AtomicBool::new(false)) },
            jit_error: None,
            attr_cache: vec![[0; 4]; ATTR_CACHE_ENTRIES].into_boxed_slice(),
            class_epoch: 1,
            methods_shadowed: false,
            attr_hooks_defined: false,
            name_cache: HashMap::with_hasher(WordHash),
        });
        vm.executor = executor;
        vm.types = crate::types::make_builtin_types(&mut vm);
        vm.not_implemented = vm.heap.alloc_permanent(Body::NotImplemented);
        vm.ellipsis = vm.heap.alloc_permanent(Body::Ellipsis);
        vm.empty_tuple = vm.heap.alloc_permanent(Body::Tuple(Box::new([])));
        vm.builtins = crate::builtins::make_builtins(&mut vm);
        vm.main_globals = vm.new_dict();
        let name = vm.intern("__name__");
        let main = vm.intern("__main__");
        vm.dict_set_str(vm.main_globals, name, main);
        // The rest of what CPython's __main__ starts with (__file__ comes with a program file).
        let annotations = vm.new_dict();
        let builtins = vm.import("builtins").unwrap_or(Value::NONE);
        for (k, v) in [("__doc__", Value::NONE), ("__package__", Value::NONE), ("__loader__", Value::NONE), ("__spec__", Value::NONE)]
            .into_iter()
            .chain([("__annotations__", annotations), ("__builtins__", builtins)])
        {
            let k = vm.intern(k);
            vm.dict_set_str(vm.main_globals, k, v);
        }
        vm
    }

    /// Sets `__main__.__file__` (an absolute path, as CPython's) and `__cached__`.
    pub fn set_main_file(&mut self, path: &str) {
        let abs = std::path::absolute(path).map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| path.to_string());
        let (fk, ck) = (self.intern("__file__"), self.intern("__cached__"));
        let f = self.new_string(abs);
        self.dict_set_str(self.main_globals, fk, f);
        self.dict_set_str(self.main_globals, ck, Value::NONE);
    }

    /// An interned str: equal names are the same object.
    pub fn intern(&mut self, s: &str) -> Value {
        let key = (s.as_ptr() as u64, s.len() as u64);
        if let Some(&v) = self.name_cache.get(&key)
            && v.str_text() == s
        {
            return v;
        }
        if let Some(&v) = self.interned.get(s) {
            self.name_cache.insert(key, v);
            return v;
        }
        let v = self.heap.alloc_permanent(Body::Str(StrObj::new(s)));
        self.interned.insert(s.into(), v);
        v
    }

    /// The builtin method `name` of builtin type `t` ([`crate::methods::lookup`],
    /// a search by name through several tables), remembered for permanent
    /// names (constants and interned strs: their address always names the
    /// same text) since the builtin types' methods never change.
    #[inline]
    pub fn builtin_method(&mut self, t: TypeId, name: Value) -> Option<(&'static str, crate::object::BuiltinFn)> {
        let permanent = name.is_obj() && {
            // SAFETY: a value's object lives while the value is used.
            unsafe { &*name.obj_ptr() }.permanent
        };
        if !permanent {
            return crate::methods::lookup(t, name.str_text());
        }
        let i = ((name.0 >> 4) as usize ^ t as usize) & (METHOD_CACHE_SIZE - 1);
        let (bits, ty, found) = self.method_cache[i];
        if bits == name.0 && ty == t && found.is_some() {
            return found;
        }
        let found = crate::methods::lookup(t, name.str_text());
        if found.is_some() {
            self.method_cache[i] = (name.0, t, found);
        }
        found
    }

    /// A new str.
    #[inline]
    pub fn new_str(&mut self, s: &str) -> Value {
        self.heap.alloc(Body::Str(StrObj::new(s)))
    }

    /// A new str taking ownership of the text.
    #[inline]
    pub fn new_string(&mut self, s: String) -> Value {
        self.heap.alloc(Body::Str(StrObj::new(s)))
    }

    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        self.heap.alloc(Body::List(items))
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return self.empty_tuple;
        }
        self.heap.alloc(Body::Tuple(items.into_boxed_slice()))
    }

    pub fn new_dict(&mut self) -> Value {
        self.heap.alloc(Body::Dict(crate::dict::Dict::new()))
    }

    /// An int from an i64 (inline when it fits).
    #[inline]
    pub fn new_int(&mut self, i: i64) -> Value {
        if Value::fits_small(i) { Value::small_int(i) } else { self.heap.alloc(Body::BigInt(i.into())) }
    }

    /// An int from a big integer (inline when it fits).
    pub fn new_bigint(&mut self, b: num_bigint::BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) if Value::fits_small(i) => Value::small_int(i),
            _ => self.heap.alloc(Body::BigInt(b)),
        }
    }

    /// Stores into a dict keyed by an interned str (no Python code can run).
    pub fn dict_set_str(&mut self, dict: Value, key: Value, v: Value) {
        let h = self.str_hash(key);
        let d = dict.as_dict().expect("dict");
        let _ = d.insert::<()>(key, h, v, &mut |a, b| Ok(a.str_text() == b.str_text()));
    }

    /// Looks up a str key in a dict of str keys (no Python code can run).
    pub fn dict_get_str(&mut self, dict: Value, key: Value) -> Option<Value> {
        let h = self.str_hash(key);
        let d = dict.as_dict()?;
        d.get::<()>(key, h, &mut |a, b| Ok(a.is_obj() && a.as_str().is_some() && a.str_text() == b.str_text())).ok().flatten()
    }

    /// The hash of a str value (cached in the object).
    pub fn str_hash(&self, s: Value) -> i64 {
        let so = s.as_str().expect("str");
        if let Some(h) = so.hash.get() {
            return h;
        }
        let h = crate::hashing::hash_bytes(so.s.as_bytes());
        so.hash.set(Some(h));
        h
    }

    // ----- the register stack -----

    /// The globals dict of the code calling a builtin (`globals()`).
    pub fn caller_globals(&self) -> Value {
        // SAFETY: as in `caller_namespace`.
        match unsafe { self.current_frame.as_ref() } {
            Some(f) => f.globals,
            None => self.main_globals,
        }
    }

    /// The globals and the namespace of the innermost running frame: a
    /// function's namespace is a new dict of its bound locals (reads see
    /// them, writes do not change them, as in CPython).
    pub fn caller_namespace(&mut self) -> (Value, Value) {
        // SAFETY: the executor points `current_frame` at a frame for exactly
        // as long as it runs, and a builtin runs inside the innermost one.
        let Some(f) = (unsafe { self.current_frame.as_ref() }) else {
            return (self.main_globals, self.main_globals);
        };
        if !f.namespace.is_empty() {
            return (f.globals, f.namespace);
        }
        let code = f.code.clone();
        let d = self.new_dict();
        let deref = |v: Value| match v.body() {
            Some(Body::Cell(inner)) => *inner,
            _ => v,
        };
        let locals = code.varnames.iter().enumerate().map(|(i, n)| (n.clone(), f.reg(i)));
        let free = code.freevars.iter().map(|(r, n)| (n.clone(), f.reg(r.idx())));
        for (name, v) in locals.chain(free).collect::<Vec<_>>() {
            let v = deref(v);
            if !v.is_empty() {
                let k = self.intern(&name);
                self.dict_set_str(d, k, v);
            }
        }
        (f.globals, d)
    }

    /// Runs module-level code: `globals` for global names, `namespace` for
    /// the names it binds (the module's own dict, or `exec`'s locals).
    pub fn run_code(&mut self, code: Rc<tierpy_bytecode::CodeObject>, globals: Value, namespace: Value) -> PyResult<Value> {
        let nregs = code.nregs as usize;
        let Some(regs) = self.push_regs(nregs) else {
            return Err(self.recursion_error());
        };
        let mut frame = Frame::new(code, regs, globals, namespace, Value::EMPTY, self.exc_stack.len());
        self.depth += 1;
        let r = (self.executor)(self, &mut frame);
        self.depth -= 1;
        self.pop_regs(nregs);
        match r? {
            FrameExit::Return(v) | FrameExit::Yield(v) => Ok(v),
        }
    }

    /// Reserves `n` registers, initialized empty; None when the stack is full.
    #[inline]
    pub fn push_regs(&mut self, n: usize) -> Option<*mut Value> {
        if self.sp + n > STACK_VALUES {
            return None;
        }
        // SAFETY: within the reserved capacity; the registers are initialized here.
        unsafe {
            let p = self.stack.as_mut_ptr().add(self.sp);
            for i in 0..n {
                *p.add(i) = Value::EMPTY;
            }
            self.sp += n;
            Some(p)
        }
    }

    /// The address of the register stack (stable: its capacity is reserved
    /// once), where compiled code that sets up callee frames itself pushes
    /// their registers.
    pub fn stack_base(&self) -> usize {
        self.stack.as_ptr() as usize
    }

    /// Releases the top `n` registers.
    #[inline]
    pub fn pop_regs(&mut self, n: usize) {
        self.sp -= n;
    }

    // ----- collection -----

    /// Collects garbage if enough was allocated; call only at safepoints.
    #[inline]
    pub fn maybe_collect(&mut self) {
        if self.heap.wants_collection() {
            self.collect_now();
        }
    }

    /// Runs a full collection from the VM's roots.
    pub fn collect_now(&mut self) {
        let stack = self.stack.as_ptr();
        let sp = self.sp;
        let mut roots = std::mem::take(&mut self.roots);
        let jit_roots = self.jit_roots.len();
        roots.extend_from_slice(&self.jit_roots);
        let exc = std::mem::take(&mut self.exc_stack);
        let modules: Vec<Value> = self.modules.values().copied().collect();
        let fixed = [self.builtins, self.main_globals];
        self.heap.collect(&mut |f| {
            // SAFETY: registers below sp are initialized.
            for i in 0..sp {
                f(unsafe { *stack.add(i) });
            }
            roots.iter().for_each(|v| f(*v));
            exc.iter().for_each(|v| f(*v));
            modules.iter().for_each(|v| f(*v));
            fixed.iter().for_each(|v| f(*v));
        });
        roots.truncate(roots.len() - jit_roots);
        self.roots = roots;
        self.exc_stack = exc;
        self.invalidate_class_caches();
    }

    // ----- output -----

    /// Writes program output (print).
    pub fn write_out(&mut self, s: &str) {
        let _ = self.out.write_all(s.as_bytes());
        if self.out_tty && s.contains('\n') {
            let _ = self.out.flush();
        }
    }

    /// Flushes program output (before errors and at exit).
    pub fn flush_out(&mut self) {
        let _ = self.out.flush();
    }

    /// Asks the tier hook to compile `code` (counter crossed the threshold).
    pub fn request_tier_up(&mut self, code: &Rc<tierpy_bytecode::CodeObject>) {
        match self.tier.hook.take() {
            Some(mut h) => {
                h.request(self, code);
                self.tier.hook = Some(h);
            }
            None => code.next_tier_at.set(u32::MAX),
        }
    }

    /// Tells the tier policy about a transition (no-op without one).
    pub fn tier_event(&mut self, code: &tierpy_bytecode::CodeObject, event: TierEvent) {
        if let Some(h) = self.tier.hook.as_mut() {
            h.event(code, event);
        }
    }

    /// Installs finished background compiles, if any are waiting.
    #[inline]
    pub fn poll_tiers(&mut self) {
        if self.tier.ready.load(Ordering::Relaxed)
            && let Some(mut h) = self.tier.hook.take()
        {
            h.poll(self);
            self.tier.hook = Some(h);
        }
    }

    /// Whether Ctrl-C was pressed since the last check (clears the flag).
    #[inline]
    pub fn take_interrupt(&self) -> bool {
        self.interrupt.load(Ordering::Relaxed) && self.interrupt.swap(false, Ordering::Relaxed)
    }

    // ----- errors -----

    /// Makes an exception of a builtin class with one message argument.
    pub fn new_exception(&mut self, t: TypeId, msg: &str) -> PyErr {
        let m = self.new_str(msg);
        let cls = self.ty(t);
        PyErr(crate::exceptions::make_exception(self, cls, vec![m]))
    }

    /// `MemoryError()` (no arguments, as CPython raises it).
    pub fn memory_error(&mut self) -> PyErr {
        let cls = self.ty(TypeId::MemoryError);
        PyErr(crate::exceptions::make_exception(self, cls, vec![]))
    }

    pub fn type_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_exception(TypeId::TypeError, msg.as_ref())
    }

    pub fn value_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_exception(TypeId::ValueError, msg.as_ref())
    }

    pub fn index_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_exception(TypeId::IndexError, msg.as_ref())
    }

    pub fn zero_division(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_exception(TypeId::ZeroDivisionError, msg.as_ref())
    }

    pub fn overflow_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_exception(TypeId::OverflowError, msg.as_ref())
    }

    pub fn attribute_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_exception(TypeId::AttributeError, msg.as_ref())
    }

    pub fn name_error(&mut self, name: &str) -> PyErr {
        let e = self.new_exception(TypeId::NameError, &format!("name '{name}' is not defined"));
        let n = self.new_str(name);
        if let Some(d) = e.0.exc_data() {
            d.name = n;
        }
        e
    }

    pub fn runtime_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_exception(TypeId::RuntimeError, msg.as_ref())
    }

    /// KeyError carrying the key itself.
    pub fn key_error(&mut self, key: Value) -> PyErr {
        let cls = self.ty(TypeId::KeyError);
        PyErr(crate::exceptions::make_exception(self, cls, vec![key]))
    }

    /// StopIteration carrying a generator's return value.
    pub fn stop_iteration(&mut self, value: Value) -> PyErr {
        let cls = self.ty(TypeId::StopIteration);
        let args = if value.is_none() { vec![] } else { vec![value] };
        PyErr(crate::exceptions::make_exception(self, cls, args))
    }

    /// RecursionError for exceeding the depth limit.
    pub fn recursion_error(&mut self) -> PyErr {
        self.new_exception(TypeId::RecursionError, "maximum recursion depth exceeded")
    }
}

//! Where list storage sits inside a heap object, measured once at start-up
//! (the Rust enum and `Vec` layouts are fixed for a build but not declared).

use std::cell::Cell;
use tierpy_runtime::Value;
use tierpy_runtime::object::{Body, KIND_LIST, Obj};

/// Byte offsets from an object's address (plain data: can cross threads).
#[derive(Clone, Copy, Debug)]
pub struct ListLayout {
    /// The `Obj::kind` byte.
    pub kind: i32,
    /// The list's element pointer.
    pub data: i32,
    /// The list's length.
    pub len: i32,
    /// The list's capacity (inline appends fill up to it).
    pub cap: i32,
}

impl ListLayout {
    /// Measures the layout on a sample list object.
    pub fn measure() -> ListLayout {
        let mut v: Vec<Value> = Vec::with_capacity(37);
        v.extend([Value::NONE, Value::NONE, Value::NONE]);
        let data_ptr = v.as_ptr() as usize;
        let obj = Obj { kind: KIND_LIST, marked: Cell::new(false), permanent: true, body: Body::List(v) };
        let base = &obj as *const Obj as usize;
        let Body::List(vec) = &obj.body else { unreachable!() };
        let vec_addr = vec as *const Vec<Value> as usize;
        let (data, len) = vec_fields(base, vec_addr, data_ptr, 3);
        ListLayout { kind: std::mem::offset_of!(Obj, kind) as i32, data, len, cap: vec_word(base, vec_addr, 37) }
    }
}

/// The offsets from `base` of the data pointer and the length of the `Vec`
/// at `vec_addr`, found by their known values.
fn vec_fields(base: usize, vec_addr: usize, data_ptr: usize, len: usize) -> (i32, i32) {
    (vec_word(base, vec_addr, data_ptr), vec_word(base, vec_addr, len))
}

/// The offset from `base` of the word of the `Vec` at `vec_addr` that holds
/// `want` (its data pointer, length or capacity).
fn vec_word(base: usize, vec_addr: usize, want: usize) -> i32 {
    let words: [usize; 3] = [0, 1, 2].map(|i| {
        // SAFETY: a Vec is three words; reading them as usize is in bounds.
        unsafe { *(vec_addr as *const usize).add(i) }
    });
    (vec_addr - base) as i32 + words.iter().position(|&w| w == want).expect("vec layout") as i32 * 8
}

/// A dict with a few entries, to measure layouts on.
fn sample_dict() -> tierpy_runtime::dict::Dict {
    let mut d = tierpy_runtime::dict::Dict::new();
    for i in 0..5 {
        d.insert_new(Value::small_int(i), i, Value::NONE);
    }
    d
}

/// The offsets from `base` of the entry pointer and length of `d`, a dict
/// inside the object at `base`.
fn dict_fields(base: usize, d: &tierpy_runtime::dict::Dict) -> (i32, i32) {
    let vec = d.entry_vec();
    vec_fields(base, vec as *const _ as usize, vec.as_ptr() as usize, vec.len())
}

/// Where a dict object keeps its entry array (what an inline global load
/// reads), measured like [`ListLayout`].
#[derive(Clone, Copy, Debug)]
pub struct DictLayout {
    /// The entry array's pointer and length (entries, deleted ones included).
    pub entries: i32,
    pub len: i32,
    /// Size of one [`tierpy_runtime::dict::Entry`] and its key and value offsets.
    pub entry_size: i32,
    pub key: i32,
    pub value: i32,
    /// The count of keys ever added, 32 bits (see `Dict::keys_added`).
    pub added: i32,
}

impl DictLayout {
    /// Measures the layout on a sample dict object.
    pub fn measure() -> DictLayout {
        use tierpy_runtime::dict::Entry;
        let body = Body::Dict(sample_dict());
        let obj = Obj { kind: tierpy_runtime::object::KIND_OTHER, marked: Cell::new(false), permanent: true, body };
        let base = &obj as *const Obj as usize;
        let Body::Dict(d) = &obj.body else { unreachable!() };
        let (entries, len) = dict_fields(base, d);
        DictLayout {
            entries,
            len,
            added: (d as *const tierpy_runtime::dict::Dict as usize - base + tierpy_runtime::dict::Dict::ADDED_OFFSET) as i32,
            entry_size: std::mem::size_of::<Entry>() as i32,
            key: std::mem::offset_of!(Entry, key) as i32,
            value: std::mem::offset_of!(Entry, value) as i32,
        }
    }
}

/// Where a range iterator keeps its position, measured like [`ListLayout`].
#[derive(Clone, Copy, Debug)]
pub struct RangeIterLayout {
    pub cur: i32,
    pub stop: i32,
    pub step: i32,
}

impl RangeIterLayout {
    /// Measures the layout on a sample range iterator.
    pub fn measure() -> RangeIterLayout {
        use tierpy_runtime::object::{IterState, KIND_RANGE_ITER};
        let obj = Obj {
            kind: KIND_RANGE_ITER,
            marked: Cell::new(false),
            permanent: true,
            body: Body::Iter(IterState::Range { cur: 0x1111_1111, stop: 0x2222_2222, step: 0x3333_3333 }),
        };
        let base = &obj as *const Obj as usize;
        let Body::Iter(IterState::Range { cur, stop, step }) = &obj.body else { unreachable!() };
        let off = |r: &i64| (r as *const i64 as usize - base) as i32;
        RangeIterLayout { cur: off(cur), stop: off(stop), step: off(step) }
    }
}

/// Where a sequence iterator keeps its sequence and position, measured like [`ListLayout`].
#[derive(Clone, Copy, Debug)]
pub struct SeqIterLayout {
    pub seq: i32,
    pub idx: i32,
}

impl SeqIterLayout {
    /// Measures the layout on a sample sequence iterator.
    pub fn measure() -> SeqIterLayout {
        use tierpy_runtime::object::{IterState, KIND_SEQ_ITER};
        let obj = Obj {
            kind: KIND_SEQ_ITER,
            marked: Cell::new(false),
            permanent: true,
            body: Body::Iter(IterState::Seq { seq: Value::NONE, idx: 0x1234 }),
        };
        let base = &obj as *const Obj as usize;
        let Body::Iter(IterState::Seq { seq, idx }) = &obj.body else { unreachable!() };
        SeqIterLayout { seq: (seq as *const Value as usize - base) as i32, idx: (idx as *const usize as usize - base) as i32 }
    }
}

/// Where a tuple keeps its items, measured like [`ListLayout`].
#[derive(Clone, Copy, Debug)]
pub struct TupleLayout {
    pub data: i32,
    pub len: i32,
}

impl TupleLayout {
    /// Measures the layout on a sample tuple.
    pub fn measure() -> TupleLayout {
        use tierpy_runtime::object::KIND_TUPLE;
        let items: Box<[Value]> = vec![Value::NONE; 5].into_boxed_slice();
        let obj = Obj { kind: KIND_TUPLE, marked: Cell::new(false), permanent: true, body: Body::Tuple(items) };
        let base = &obj as *const Obj as usize;
        let Body::Tuple(t) = &obj.body else { unreachable!() };
        let fat = t as *const Box<[Value]> as usize;
        let words: [usize; 2] = [0, 1].map(|i| {
            // SAFETY: a boxed slice is two words.
            unsafe { *(fat as *const usize).add(i) }
        });
        let find = |want: usize| (fat - base) as i32 + words.iter().position(|&w| w == want).expect("tuple layout") as i32 * 8;
        TupleLayout { data: find(t.as_ptr() as usize), len: find(5) }
    }
}

/// Where an instance of a user class keeps its class and its attribute
/// table's entry array (what inline attribute accesses read), measured like
/// [`ListLayout`].
#[derive(Clone, Copy, Debug)]
pub struct InstanceLayout {
    pub class: i32,
    /// The attribute table's entry pointer and length (deleted entries included).
    pub entries: i32,
    pub len: i32,
}

impl InstanceLayout {
    /// Measures the layout on a sample instance.
    pub fn measure() -> InstanceLayout {
        use tierpy_runtime::object::{InstanceObj, KIND_INSTANCE};
        let inst = InstanceObj { class: Value::small_int(0x5eed), dict: sample_dict(), exc: None, native: Value::EMPTY };
        let obj = Obj { kind: KIND_INSTANCE, marked: Cell::new(false), permanent: true, body: Body::Instance(inst) };
        let base = &obj as *const Obj as usize;
        let Body::Instance(i) = &obj.body else { unreachable!() };
        let (entries, len) = dict_fields(base, &i.dict);
        InstanceLayout { class: (&i.class as *const Value as usize - base) as i32, entries, len }
    }
}

/// Where a module keeps its namespace's entry array (what an inline check
/// of a module function reads), measured like [`ListLayout`].
#[derive(Clone, Copy, Debug)]
pub struct ModuleLayout {
    pub entries: i32,
    pub len: i32,
}

impl ModuleLayout {
    /// Measures the layout on a sample module.
    pub fn measure() -> ModuleLayout {
        let body = Body::Module { name: Value::NONE, dict: sample_dict(), globals: Value::NONE };
        let obj = Obj { kind: tierpy_runtime::object::KIND_OTHER, marked: Cell::new(false), permanent: true, body };
        let base = &obj as *const Obj as usize;
        let Body::Module { dict, .. } = &obj.body else { unreachable!() };
        let (entries, len) = dict_fields(base, dict);
        ModuleLayout { entries, len }
    }
}

/// Where the VM keeps its class epoch (inline attribute caches compare it).
pub const VM_CLASS_EPOCH: i32 = std::mem::offset_of!(tierpy_runtime::Vm, class_epoch) as i32;
/// Where the VM keeps its builtins dict (global loads that fell through to it check it).
pub const VM_BUILTINS: i32 = std::mem::offset_of!(tierpy_runtime::Vm, builtins) as i32;

/// Where the VM and a frame keep what compiled code reads and writes when it
/// sets up a callee's frame itself (a direct call between compiled functions).
#[derive(Clone, Copy, Debug)]
pub struct CallLayout {
    pub vm_sp: i32,
    pub vm_depth: i32,
    pub vm_recursion_limit: i32,
    pub vm_stack_limit: i32,
    pub vm_current_frame: i32,
    /// The length word of the handled-exception stack.
    pub vm_exc_len: i32,
    /// The flags method calls check (`bool`s).
    pub vm_methods_shadowed: i32,
    pub vm_attr_hooks_defined: i32,
    pub frame_size: i32,
    pub frame_code: i32,
    pub frame_regs: i32,
    pub frame_pc: i32,
    pub frame_globals: i32,
    pub frame_namespace: i32,
    pub frame_func: i32,
    pub frame_exc_base: i32,
    pub frame_in_jit: i32,
    pub frame_ret: i32,
}

impl CallLayout {
    /// The field offsets (the `Vec` length word measured on a sample).
    pub fn measure() -> CallLayout {
        use std::mem::{offset_of, size_of};
        use tierpy_runtime::{Frame, Vm};
        let mut v: Vec<Value> = Vec::with_capacity(9);
        v.extend([Value::NONE, Value::NONE]);
        let vec_addr = &v as *const Vec<Value> as usize;
        let (_, len) = vec_fields(vec_addr, vec_addr, v.as_ptr() as usize, 2);
        CallLayout {
            vm_sp: offset_of!(Vm, sp) as i32,
            vm_depth: offset_of!(Vm, depth) as i32,
            vm_recursion_limit: offset_of!(Vm, recursion_limit) as i32,
            vm_stack_limit: offset_of!(Vm, stack_limit) as i32,
            vm_current_frame: offset_of!(Vm, current_frame) as i32,
            vm_exc_len: offset_of!(Vm, exc_stack) as i32 + len,
            vm_methods_shadowed: offset_of!(Vm, methods_shadowed) as i32,
            vm_attr_hooks_defined: offset_of!(Vm, attr_hooks_defined) as i32,
            frame_size: size_of::<Frame>() as i32,
            frame_code: offset_of!(Frame, code) as i32,
            frame_regs: offset_of!(Frame, regs) as i32,
            frame_pc: offset_of!(Frame, pc) as i32,
            frame_globals: offset_of!(Frame, globals) as i32,
            frame_namespace: offset_of!(Frame, namespace) as i32,
            frame_func: offset_of!(Frame, func) as i32,
            frame_exc_base: offset_of!(Frame, exc_base) as i32,
            frame_in_jit: offset_of!(Frame, in_jit) as i32,
            frame_ret: offset_of!(Frame, ret) as i32,
        }
    }
}

/// Where a function object keeps its code and globals, and where a code
/// object keeps what a direct call reads (its entry point, counters,
/// register count), measured like [`ListLayout`]: what compiled code reads
/// to call a function it does not know at compile time.
#[derive(Clone, Copy, Debug)]
pub struct FunctionLayout {
    /// The `Box<FunctionObj>` pointer, from the object's address.
    pub boxed: i32,
    /// From the `FunctionObj`: its `Rc<CodeObject>` pointer and its globals.
    pub code: i32,
    pub globals: i32,
    /// From the `Rc<CodeObject>` pointer: the code object's fields.
    pub jit_entry: i32,
    pub direct_call_argc: i32,
    pub closure_cells: i32,
    pub nregs: i32,
    pub counter: i32,
    pub next_tier_at: i32,
    pub compiled_calls: i32,
    pub ftl_exits: i32,
}

impl FunctionLayout {
    /// Measures the layout on a sample function of an empty code object.
    pub fn measure() -> FunctionLayout {
        use std::mem::offset_of;
        use std::rc::Rc;
        use tierpy_bytecode::CodeObject;
        use tierpy_runtime::object::{FunctionObj, KIND_FUNCTION};
        let code = Rc::new(CodeObject::default());
        // SAFETY: an `Rc` is one non-null pointer word.
        let rc_word = unsafe { std::mem::transmute_copy::<Rc<CodeObject>, usize>(&code) };
        let value = (Rc::as_ptr(&code) as usize - rc_word) as i32;
        let fo = FunctionObj {
            code,
            globals: Value::NONE,
            defaults: vec![],
            kwdefaults: vec![],
            closure: vec![],
            name: Value::NONE,
            qualname: Value::NONE,
            dict: tierpy_runtime::dict::Dict::new(),
        };
        let boxed = Box::new(fo);
        let box_addr = &*boxed as *const FunctionObj as usize;
        let obj = Obj { kind: KIND_FUNCTION, marked: Cell::new(false), permanent: true, body: Body::Function(boxed) };
        let boxed = word_offset(&obj, box_addr);
        let field = |off: usize| value + off as i32;
        FunctionLayout {
            boxed,
            code: offset_of!(FunctionObj, code) as i32,
            globals: offset_of!(FunctionObj, globals) as i32,
            jit_entry: field(offset_of!(CodeObject, jit_entry)),
            direct_call_argc: field(offset_of!(CodeObject, direct_call_argc)),
            closure_cells: field(offset_of!(CodeObject, closure_cells)),
            nregs: field(offset_of!(CodeObject, nregs)),
            counter: field(offset_of!(CodeObject, counter)),
            next_tier_at: field(offset_of!(CodeObject, next_tier_at)),
            compiled_calls: field(offset_of!(CodeObject, compiled_calls)),
            ftl_exits: field(offset_of!(CodeObject, ftl_exits)),
        }
    }
}

/// The offset in `obj` of the word holding `want` (a boxed body's pointer).
fn word_offset(obj: &Obj, want: usize) -> i32 {
    let base = obj as *const Obj as usize;
    let words = std::mem::size_of::<Obj>() / 8;
    let i = (0..words)
        .position(|i| {
            // SAFETY: reads whole words inside the object.
            unsafe { *(base as *const usize).add(i) == want }
        })
        .expect("a boxed body's pointer");
    i as i32 * 8
}

/// Where a class object keeps the attribute-hook bits its instances'
/// attribute accesses check (`ClassObj::hooks`), measured like
/// [`FunctionLayout`]: what an inline attribute access reads for an
/// instance of another class than the one its cache holds.
#[derive(Clone, Copy, Debug)]
pub struct ClassLayout {
    /// The `Box<ClassObj>` pointer, from the object's address.
    pub boxed: i32,
    /// From the `ClassObj`: `hooks`, two words: the class epoch they were
    /// worked out at, then the `HOOK_*` and `HAS_DATA_DESCRIPTORS` bits.
    pub hooks: i32,
}

impl ClassLayout {
    /// Measures the layout on a sample class.
    pub fn measure() -> ClassLayout {
        use tierpy_runtime::object::{ClassObj, KIND_OTHER};
        let c = Box::new(ClassObj {
            name: Value::NONE,
            qualname: Value::NONE,
            bases: vec![],
            mro: vec![],
            dict: tierpy_runtime::dict::Dict::new(),
            builtin: None,
            is_exception: false,
            abc_tpflags: 0,
            hooks: Cell::new([0, 0]),
            meta: Value::EMPTY,
            tp_name: Value::EMPTY,
        });
        let addr = &*c as *const ClassObj as usize;
        let obj = Obj { kind: KIND_OTHER, marked: Cell::new(false), permanent: true, body: Body::Class(c) };
        ClassLayout { boxed: word_offset(&obj, addr), hooks: std::mem::offset_of!(ClassObj, hooks) as i32 }
    }
}

/// Every layout compiled code needs, measured once per process.
#[derive(Clone, Copy, Debug)]
pub struct Layouts {
    pub list: ListLayout,
    pub range: RangeIterLayout,
    pub dict: DictLayout,
    pub seq_iter: SeqIterLayout,
    pub tuple: TupleLayout,
    pub instance: InstanceLayout,
    pub class: ClassLayout,
    pub module: ModuleLayout,
    pub call: CallLayout,
    pub function: FunctionLayout,
    /// A cell object's value word, from the object's address.
    pub cell_value: i32,
}

/// Where a cell object keeps its value, found by a known value on a sample.
fn cell_value_offset() -> i32 {
    let probe = Value::small_int(0x5eed_ce11);
    let obj = Obj { kind: 0, marked: Cell::new(false), permanent: true, body: Body::Cell(probe) };
    let base = &obj as *const Obj as usize;
    let Body::Cell(v) = &obj.body else { unreachable!() };
    (v as *const Value as usize - base) as i32
}

impl Layouts {
    /// Measures them all.
    pub fn measure() -> Layouts {
        Layouts {
            list: ListLayout::measure(),
            range: RangeIterLayout::measure(),
            dict: DictLayout::measure(),
            seq_iter: SeqIterLayout::measure(),
            tuple: TupleLayout::measure(),
            instance: InstanceLayout::measure(),
            class: ClassLayout::measure(),
            module: ModuleLayout::measure(),
            call: CallLayout::measure(),
            cell_value: cell_value_offset(),
            function: FunctionLayout::measure(),
        }
    }
}

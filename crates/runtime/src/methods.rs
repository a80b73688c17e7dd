//! Methods of the builtin types, looked up by (type, name).
//!
//! Every method receives its receiver as `args[0]`.

use crate::builtins::{check_kwargs, kwarg};
use crate::hashing::SetTable;
use crate::object::{Body, BuiltinFn, IterState, ViewKind};
use crate::sets;
use crate::sort::sort_values;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use tierpy_bytecode::instr::BinOp;

/// The names of a builtin type's methods (for suggestions).
pub fn names(t: TypeId) -> Vec<&'static str> {
    table(t).iter().chain(base_table(t)).map(|(n, _)| *n).chain(crate::op_dunders::names(t)).chain(OBJECT.iter().map(|(n, _)| *n)).collect()
}

fn table(t: TypeId) -> &'static [(&'static str, BuiltinFn)] {
    match t {
        TypeId::Str => crate::str_methods::METHODS,
        TypeId::Bytes => crate::bytes_methods::BYTES_ONLY,
        TypeId::ByteArray => crate::bytes_methods::BYTEARRAY,
        TypeId::List => LIST,
        TypeId::Dict => DICT,
        TypeId::Tuple => TUPLE,
        TypeId::Set => SET,
        TypeId::FrozenSet => FROZENSET,
        TypeId::Int | TypeId::Bool => INT,
        TypeId::Float => FLOAT,
        TypeId::Complex => COMPLEX,
        TypeId::Generator => GENERATOR,
        TypeId::Coroutine => crate::coroutines::METHODS,
        TypeId::Range => RANGE,
        TypeId::Ellipsis | TypeId::NotImplementedType => &[("__reduce__", singleton_reduce)],
        TypeId::Slice => SLICE,
        TypeId::NoneType => NONE,
        TypeId::Type => crate::metaclass::TYPE_METHODS,
        TypeId::DictKeys | TypeId::DictItems => VIEW,
        TypeId::Enumerate | TypeId::Zip | TypeId::Map | TypeId::Filter | TypeId::CallableIterator => ITERATOR,
        t if t.is_builtin_iterator() => SIZED_ITERATOR,
        TypeId::Function | TypeId::BuiltinFunction | TypeId::Method => CALLABLE,
        t if t.is_exception() => EXCEPTION,
        _ => &[],
    }
}

/// The methods a builtin type shares with another, looked up after its own.
fn base_table(t: TypeId) -> &'static [(&'static str, BuiltinFn)] {
    match t {
        TypeId::Bytes | TypeId::ByteArray => crate::bytes_methods::BYTES,
        _ => &[],
    }
}

/// Whether the builtin method `name` is a static (or class) method: looked up
/// on an instance, it is not bound to the receiver.
pub fn is_static(name: &str) -> bool {
    matches!(name, "maketrans" | "fromkeys" | "fromhex" | "from_bytes")
}

/// Whether the builtin method `name` works on the class (any arguments, no
/// instance receiver): the static and class methods, `__prepare__` and
/// `__subclasshook__`.
pub fn is_class_level(name: &str) -> bool {
    is_static(name) || matches!(name, "__prepare__" | "__subclasshook__")
}

/// The builtin method `name` of type `t`.
pub fn lookup(t: TypeId, name: &str) -> Option<(&'static str, BuiltinFn)> {
    let numeric: &[(&'static str, BuiltinFn)] = if matches!(t, TypeId::Int | TypeId::Bool | TypeId::Float) { NUM_DUNDERS } else { &[] };
    let found = table(t).iter().chain(base_table(t)).chain(numeric).find(|(n, _)| *n == name).copied();
    found.or_else(|| crate::op_dunders::lookup(t, name)).or_else(|| OBJECT.iter().find(|(n, _)| *n == name).copied())
}

/// Names of the builtin functions and methods that take keyword arguments
/// (see [`takes_keywords`]); calling any other builtin with keywords is
/// CPython's "takes no keyword arguments" TypeError.
const KEYWORD_BUILTINS: &[&str] = &[
    "__build_class__",
    "__call__",
    "__import__",
    "__init__",
    "__new__",
    "__prepare__",
    "compile",
    "decode",
    "difference_update",
    "encode",
    "exec",
    "expandtabs",
    "format",
    "from_bytes",
    "hex",
    "intersection_update",
    "isclose",
    "max",
    "min",
    "pow",
    "print",
    "prod",
    "round",
    "rsplit",
    "set_int_max_str_digits",
    "sort",
    "sorted",
    "split",
    "splitlines",
    "sum",
    "symmetric_difference_update",
    "to_bytes",
    "translate",
    "update",
];

/// Whether the builtin `name` accepts keyword arguments: a method of the
/// builtin type `owner`, or a plain function when `owner` is None. Where
/// several builtins share a name, only some take keywords: the methods
/// `str.format` and `bytes.hex` do, the functions `format()` and `hex()`
/// do not, and of the container and text types only the methods listed
/// here do (`dict.update` but not `set.update`).
pub fn takes_keywords(owner: Option<TypeId>, name: &str) -> bool {
    if !KEYWORD_BUILTINS.contains(&name) {
        return false;
    }
    let listed: &[&str] = match owner {
        None => return !matches!(name, "format" | "hex"),
        Some(_) if name.starts_with("__") => return true,
        Some(TypeId::List) => &["sort"],
        Some(TypeId::Dict) => &["update"],
        Some(TypeId::Tuple | TypeId::Set | TypeId::FrozenSet) => &[],
        Some(TypeId::Str) => &["split", "rsplit", "splitlines", "encode", "expandtabs", "format"],
        Some(TypeId::Bytes | TypeId::ByteArray) => &["decode", "split", "rsplit", "splitlines", "hex", "expandtabs", "translate"],
        Some(_) => return true,
    };
    listed.contains(&name)
}

const OBJECT: &[(&str, BuiltinFn)] = &[
    ("__new__", object_new),
    ("__init__", object_init),
    ("__eq__", object_eq),
    ("__ne__", object_ne),
    ("__hash__", object_hash),
    ("__repr__", object_repr),
    ("__str__", object_str),
    ("__setattr__", object_setattr),
    ("__getattribute__", object_getattribute),
    ("__delattr__", object_delattr),
    ("__lt__", not_implemented),
    ("__le__", not_implemented),
    ("__gt__", not_implemented),
    ("__ge__", not_implemented),
    ("__init_subclass__", noop),
    ("__subclasshook__", not_implemented),
    ("__format__", object_format),
];

fn noop(_: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn not_implemented(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Ok(vm.not_implemented)
}

/// Whether the plain Python class `cls` defines (or inherits from another
/// Python class) the method `name` itself rather than taking object's.
fn overrides(vm: &mut Vm, cls: Value, name: &str) -> bool {
    vm.class_lookup(cls, name)
        .is_some_and(|m| m.as_function().is_some() || matches!(m.body(), Some(Body::StaticMethod(_) | Body::ClassMethod(_))))
}

/// Whether `cls` is a Python class with no builtin base but object.
fn is_plain_class(cls: Value) -> bool {
    cls.as_class().is_some_and(|c| c.builtin.is_none_or(|t| t == TypeId::Object) && !c.is_exception)
}

/// `object.__init__(self, ...)`: extra arguments are an error unless the
/// class overrides `__new__` but not `__init__` (CPython's `object_init`).
fn object_init(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(cls) = a.first().and_then(|s| s.as_instance()).map(|i| i.class).filter(|&c| is_plain_class(c)) else {
        return Ok(Value::NONE);
    };
    if a.len() > 1 || !kw.is_empty() {
        if overrides(vm, cls, "__init__") {
            return Err(vm.type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
        }
        if !overrides(vm, cls, "__new__") {
            let name = cls.as_class().unwrap().name.str_text().to_string();
            return Err(vm.type_error(format!("{name}.__init__() takes exactly one argument (the instance to initialize)")));
        }
    }
    Ok(Value::NONE)
}

fn object_eq(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Ok(if a[0] == a[1] { Value::TRUE } else { vm.not_implemented })
}

/// `object.__ne__`: the negation of the receiver's own `__eq__` (NotImplemented stays so).
fn object_ne(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "__ne__", a, 1, 1)?;
    let r = match vm.lookup_special(a[0], "__eq__") {
        Some(m) if a[0].is_user_object() => vm.call_method_value(m, a[0], &[a[1]])?,
        _ if a[0].is_user_object() => object_eq(vm, a, &[])?,
        // The builtin type's own __eq__ (object's answers NotImplemented for others).
        _ => match lookup(vm.type_id(a[0]), "__eq__") {
            Some((_, eq)) => eq(vm, a, &[])?,
            None => Value::bool(vm.eq(a[0], a[1])?),
        },
    };
    if r == vm.not_implemented {
        return Ok(r);
    }
    Ok(Value::bool(!vm.is_true(r)?))
}

/// `x.__hash__()`: the identity hash for instances, the value's own hash for builtin values.
fn object_hash(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    if a[0].as_instance().is_none() {
        let h = vm.hash(a[0])?;
        return Ok(vm.new_int(h));
    }
    Ok(vm.new_int(crate::ops::identity_hash(a[0])))
}

// ----- iterators and callables -----

const CALLABLE: &[(&str, BuiltinFn)] = &[("__call__", call_self)];

/// `f.__call__(*args, **kwargs)` of a function, method or builtin.
fn call_self(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    vm.call(a[0], &a[1..], kw)
}

fn object_repr(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    if a[0].as_instance().is_none() {
        let s = vm.repr(a[0])?;
        return Ok(vm.new_string(s));
    }
    let s = vm.default_repr(a[0]);
    Ok(vm.new_string(s))
}

fn object_str(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    if a[0].as_instance().is_none() {
        return vm.str_value(a[0]);
    }
    let s = vm.repr(a[0])?;
    Ok(vm.new_string(s))
}

fn object_format(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let spec = a.get(1).map(|s| s.str_text()).unwrap_or("");
    if !spec.is_empty() {
        return Err(vm.type_error(format!("unsupported format string passed to {}.__format__", vm.type_name(a[0]))));
    }
    vm.str_value(a[0])
}

/// The attribute name argument of object's attribute methods, interned.
fn attr_name_arg(vm: &mut Vm, fname: &str, a: &[Value], extra: usize) -> PyResult<Value> {
    nargs(vm, fname, a, 1 + extra, 1 + extra)?;
    match a[1].as_str() {
        Some(s) => {
            let t = s.s.to_string();
            Ok(vm.intern(&t))
        }
        None => Err(vm.type_error(format!("attribute name must be string, not '{}'", vm.type_name(a[1])))),
    }
}

fn object_setattr(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let name = attr_name_arg(vm, "__setattr__", a, 1)?;
    vm.generic_set_attr(None, a[0], name, a[2])?;
    Ok(Value::NONE)
}

fn object_delattr(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let name = attr_name_arg(vm, "__delattr__", a, 0)?;
    vm.generic_del_attr(a[0], name)?;
    Ok(Value::NONE)
}

fn object_getattribute(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let name = attr_name_arg(vm, "__getattribute__", a, 0)?;
    vm.generic_get_attr(a[0], name)
}

const EXCEPTION: &[(&str, BuiltinFn)] =
    &[("__init__", exc_init), ("__str__", exc_str), ("__repr__", exc_repr), ("with_traceback", exc_with_tb), ("add_note", exc_add_note)];

fn exc_init(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    if a[0].exc_data().is_some() {
        vm.set_exception_args(a[0], &a[1..]);
    }
    Ok(Value::NONE)
}

fn exc_str(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let Some(e) = a[0].exc_data() else {
        return vm.str_value(a[0]);
    };
    let items = e.args.as_tuple().unwrap_or(&[]).to_vec();
    let s = match items.len() {
        0 => String::new(),
        1 => vm.to_str(items[0])?,
        _ => {
            let t = e.args;
            vm.repr(t)?
        }
    };
    Ok(vm.new_string(s))
}

fn exc_repr(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let name = vm.type_name(a[0]);
    let args = a[0].exc_data().map(|e| e.args).unwrap_or(vm.empty_tuple);
    let items = args.as_tuple().unwrap_or(&[]).to_vec();
    let s = if items.len() == 1 { format!("{name}({})", vm.repr(items[0])?) } else { format!("{name}{}", vm.repr(args)?) };
    Ok(vm.new_string(s))
}

/// `exc.with_traceback(tb)`: sets `__traceback__` (a traceback or None), returns the exception.
fn exc_with_tb(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "with_traceback", a, 1, 1)?;
    let key = vm.intern("__traceback__");
    vm.set_attr(a[0], key, a[1])?;
    Ok(a[0])
}

/// `exc.add_note(note)`: appends to the exception's `__notes__` list.
fn exc_add_note(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "add_note", a, 1, 1)?;
    if a[1].as_str().is_none() {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(a[1]))));
    }
    let key = vm.intern("__notes__");
    let notes = match vm.get_attr_opt(a[0], key)? {
        Some(l) if l.as_list().is_some() => l,
        Some(_) => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
        None => {
            let l = vm.new_list(vec![]);
            vm.set_attr(a[0], key, l)?;
            l
        }
    };
    notes.as_list().unwrap().push(a[1]);
    Ok(Value::NONE)
}

// ----- list -----

const LIST: &[(&str, BuiltinFn)] = &[
    ("__init__", list_init),
    ("append", list_append),
    ("pop", list_pop),
    ("extend", list_extend),
    ("insert", list_insert),
    ("remove", list_remove),
    ("index", list_index),
    ("count", seq_count),
    ("reverse", list_reverse),
    ("copy", list_copy),
    ("clear", list_clear),
    ("sort", list_sort),
    ("__len__", seq_len),
    ("__getitem__", seq_getitem),
    ("__setitem__", seq_setitem),
    ("__contains__", seq_contains),
    ("__iter__", seq_iter),
];

fn list(v: Value) -> &'static mut Vec<Value> {
    v.as_list().expect("list receiver")
}

/// Checks a method's argument count (receiver excluded).
#[inline]
pub fn nargs(vm: &mut Vm, name: &str, a: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = a.len() - 1;
    if n < min || n > max {
        return Err(nargs_error(vm, name, a, min, max));
    }
    Ok(())
}

/// [`nargs`]'s TypeError (out of line: every builtin method call checks).
#[cold]
#[inline(never)]
fn nargs_error(vm: &mut Vm, name: &str, a: &[Value], min: usize, max: usize) -> crate::vm::PyErr {
    let n = a.len() - 1;
    // Methods taking no argument or exactly one are named with their type.
    let qualified;
    let name = if min == max && min <= 1 && !name.is_empty() && !name.contains('.') && !name.starts_with("__") {
        let owner = if a[0].exc_data().is_some() { "BaseException" } else { vm.type_name(a[0].native()) };
        qualified = format!("{owner}.{name}");
        qualified.as_str()
    } else {
        name
    };
    let msg = if min == max && min == 0 {
        format!("{name}() takes no arguments ({n} given)")
    } else if min == max && min == 1 {
        format!("{name}() takes exactly one argument ({n} given)")
    } else if min == max {
        format!("{name} expected {min} arguments, got {n}")
    } else if n < min {
        format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
    } else {
        format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
    };
    vm.type_error(msg)
}

fn list_append(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "list.append", a, 1, 1)?;
    list(a[0]).push(a[1]);
    Ok(Value::NONE)
}

fn list_pop(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "pop", a, 0, 1)?;
    let l = list(a[0]);
    if l.is_empty() {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = match a.get(1) {
        Some(&i) => crate::builtins::int_arg(vm, i)?,
        None => -1,
    };
    let j = if i < 0 { i + l.len() as i64 } else { i };
    if j < 0 || j >= l.len() as i64 {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(l.remove(j as usize))
}

fn list_extend(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "list.extend", a, 1, 1)?;
    let items = vm.collect_iterable(a[1])?;
    list(a[0]).extend(items);
    Ok(Value::NONE)
}

fn list_insert(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "insert", a, 2, 2)?;
    let i = crate::builtins::ssize_arg(vm, a[1])?;
    let l = list(a[0]);
    let n = l.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(j as usize, a[2]);
    Ok(Value::NONE)
}

fn list_remove(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "list.remove", a, 1, 1)?;
    let mut i = 0;
    while let Some(&x) = list(a[0]).get(i) {
        if vm.same_or_eq(x, a[1])? {
            // The comparison may have shrunk the list (CPython then removes nothing).
            if i < list(a[0]).len() {
                list(a[0]).remove(i);
            }
            return Ok(Value::NONE);
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

/// Item `i` of a list or tuple as it is now (comparisons may change a list).
fn live_item(seq: Value, i: usize) -> Option<Value> {
    match seq.body() {
        Some(Body::List(l)) => l.get(i).copied(),
        Some(Body::Tuple(t)) => t.get(i).copied(),
        _ => None,
    }
}

fn live_len(seq: Value) -> usize {
    match seq.body() {
        Some(Body::List(l)) => l.len(),
        Some(Body::Tuple(t)) => t.len(),
        _ => 0,
    }
}

fn slice_bounds(vm: &mut Vm, a: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let fix = |vm: &mut Vm, v: Option<&Value>, d: i64| -> PyResult<i64> {
        match v {
            None => Ok(d),
            Some(v) if v.is_none() => Ok(d),
            Some(v) => {
                let i = crate::builtins::int_arg(vm, *v)?;
                Ok(if i < 0 { (i + len as i64).max(0) } else { i.min(len as i64) })
            }
        }
    };
    let s = fix(vm, a.get(2), 0)?;
    let e = fix(vm, a.get(3), len as i64)?;
    Ok((s as usize, e as usize))
}

fn list_index(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "index", a, 1, 3)?;
    let (s, e) = slice_bounds(vm, a, live_len(a[0]))?;
    let mut i = s;
    while i < e
        && let Some(x) = live_item(a[0], i)
    {
        if vm.same_or_eq(x, a[1])? {
            return Ok(vm.new_int(i as i64));
        }
        i += 1;
    }
    if a[0].as_tuple().is_some() {
        return Err(vm.value_error("tuple.index(x): x not in tuple"));
    }
    let r = vm.repr(a[1])?;
    Err(vm.value_error(format!("{r} is not in list")))
}

fn seq_count(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "count", a, 1, 1)?;
    let (mut n, mut i) = (0, 0);
    while let Some(x) = live_item(a[0], i) {
        if vm.same_or_eq(x, a[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(vm.new_int(n))
}

fn list_reverse(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "reverse", a, 0, 0)?;
    list(a[0]).reverse();
    Ok(Value::NONE)
}

fn list_copy(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "copy", a, 0, 0)?;
    let c = list(a[0]).clone();
    Ok(vm.new_list(c))
}

fn list_clear(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "clear", a, 0, 0)?;
    list(a[0]).clear();
    Ok(Value::NONE)
}

fn list_sort(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    check_kwargs(vm, "sort", kw, &["key", "reverse"])?;
    if a.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let key = kwarg(kw, "key").filter(|k| !k.is_none());
    let reverse = match kwarg(kw, "reverse") {
        Some(r) => vm.is_true(r)?,
        None => false,
    };
    let l = list(a[0]);
    let mut items = std::mem::take(l);
    let r = sort_values(vm, &mut items, key, reverse);
    let l = list(a[0]);
    let modified = !l.is_empty();
    *l = items;
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::NONE)
}

pub(crate) fn seq_len(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let n = vm.len(a[0])?;
    Ok(vm.new_int(n as i64))
}

pub(crate) fn seq_getitem(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "__getitem__", a, 1, 1)?;
    vm.get_item(a[0], a[1])
}

pub(crate) fn seq_setitem(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "__setitem__", a, 2, 2)?;
    vm.set_item(a[0], a[1], a[2])?;
    Ok(Value::NONE)
}

/// `__hash__` of the hashable builtin values (the hash `hash()` gives).
pub(crate) fn value_hash(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let h = vm.hash(a[0])?;
    Ok(vm.new_int(h))
}

pub(crate) fn seq_contains(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "__contains__", a, 1, 1)?;
    let r = vm.contains(a[0], a[1])?;
    Ok(Value::bool(r))
}

fn seq_iter(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    vm.get_iter(a[0])
}

/// The protocol methods of the builtin iterators (list_iterator, zip, map...).
const ITERATOR: &[(&str, BuiltinFn)] =
    &[("__next__", iterator_next), ("__iter__", seq_iter), ("__setstate__", iterator_setstate), ("__reduce__", iterator_reduce)];

/// `it.__setstate__(n)` for iterators over a list, tuple, str or bytes:
/// continue from position n (clamped to the sequence).
fn iterator_setstate(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "__setstate__", a, 1, 1)?;
    let n = crate::builtins::int_arg(vm, a[1])?.max(0) as usize;
    match a[0].body() {
        Some(Body::Iter(IterState::Seq { seq, idx })) => {
            let len = match seq.body() {
                Some(Body::List(l)) => l.len(),
                Some(Body::Tuple(t)) => t.len(),
                _ => 0,
            };
            *idx = n.min(len);
        }
        Some(Body::Iter(IterState::Bytes { seq, idx })) => *idx = n.min(seq.as_bytes_like().map_or(0, |b| b.len())),
        Some(Body::Iter(IterState::Str { s, byte })) => {
            let text = s.str_text();
            *byte = text.char_indices().nth(n).map_or(text.len(), |(i, _)| i);
        }
        _ => {}
    }
    Ok(Value::NONE)
}

/// `it.__reduce__()` for iterators over a list, tuple, str or bytes:
/// `(iter, (sequence,), position)`.
fn iterator_reduce(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "__reduce__", a, 0, 0)?;
    let (seq, pos) = match a[0].body() {
        Some(Body::Iter(IterState::Seq { seq, idx } | IterState::Bytes { seq, idx })) if *idx == crate::object::SEQ_EXHAUSTED => {
            // Exhausted: CPython gives `(iter, (empty,))`, no position.
            let empty = match seq.body() {
                Some(Body::List(_)) => vm.new_list(vec![]),
                Some(Body::Tuple(_)) => vm.empty_tuple,
                _ => vm.new_bytes_like(*seq, vec![]),
            };
            let (iter, args) = (builtin_iter(vm), vm.new_tuple(vec![empty]));
            return Ok(vm.new_tuple(vec![iter, args]));
        }
        Some(Body::Iter(IterState::Seq { seq, idx })) => (*seq, *idx),
        Some(Body::Iter(IterState::Bytes { seq, idx })) => (*seq, *idx),
        Some(Body::Iter(IterState::Str { s, byte })) => (*s, s.str_text().get(..*byte).map_or(0, |t| t.chars().count())),
        _ => return Err(vm.type_error(format!("cannot pickle '{}' object", vm.type_name(a[0])))),
    };
    let (iter, args) = (builtin_iter(vm), vm.new_tuple(vec![seq]));
    Ok(vm.new_tuple(vec![iter, args, Value::small_int(pos as i64)]))
}

/// The builtin `iter`, which iterator reductions name.
fn builtin_iter(vm: &mut Vm) -> Value {
    let key = vm.intern("iter");
    vm.dict_get_str(vm.builtins, key).unwrap_or(Value::NONE)
}

/// The iterators over a sized container, which can tell how much is left.
const SIZED_ITERATOR: &[(&str, BuiltinFn)] = &[
    ("__next__", iterator_next),
    ("__iter__", seq_iter),
    ("__length_hint__", length_hint),
    ("__setstate__", iterator_setstate),
    ("__reduce__", iterator_reduce),
];

/// `it.__length_hint__()`: how many items the iterator has left.
fn length_hint(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "__length_hint__", a, 0, 0)?;
    let n = vm.iter_items_left(a[0])?;
    Ok(vm.new_int(n as i64))
}

fn iterator_next(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    if a.len() != 1 {
        return Err(vm.type_error(format!("expected 0 arguments, got {}", a.len() - 1)));
    }
    match vm.iter_next(a[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::NONE)),
    }
}

// ----- tuple -----

const TUPLE: &[(&str, BuiltinFn)] = &[
    ("index", list_index),
    ("count", seq_count),
    ("__len__", seq_len),
    ("__getitem__", seq_getitem),
    ("__contains__", seq_contains),
    ("__iter__", seq_iter),
];

// ----- dict -----

const DICT: &[(&str, BuiltinFn)] = &[
    ("__init__", dict_init),
    ("get", dict_get),
    ("keys", dict_keys),
    ("values", dict_values),
    ("items", dict_items),
    ("pop", dict_pop),
    ("popitem", dict_popitem),
    ("setdefault", dict_setdefault),
    ("update", dict_update),
    ("fromkeys", dict_fromkeys),
    ("copy", dict_copy),
    ("clear", dict_clear),
    ("__len__", seq_len),
    ("__getitem__", seq_getitem),
    ("__setitem__", seq_setitem),
    ("__contains__", seq_contains),
    ("__iter__", seq_iter),
];

fn check_dict(vm: &mut Vm, v: Value, m: &str) -> PyResult<()> {
    if v.as_dict().is_none() {
        return Err(vm.type_error(format!("descriptor '{m}' for 'dict' objects doesn't apply to a '{}' object", vm.type_name(v))));
    }
    Ok(())
}

fn dict_get(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "get", a, 1, 2)?;
    check_dict(vm, a[0], "get")?;
    Ok(vm.dict_get(a[0], a[1])?.unwrap_or(a.get(2).copied().unwrap_or(Value::NONE)))
}

fn view(vm: &mut Vm, a: &[Value], kind: ViewKind, name: &str) -> PyResult<Value> {
    nargs(vm, name, a, 0, 0)?;
    check_dict(vm, a[0], name)?;
    Ok(vm.heap.alloc(Body::DictView { dict: a[0], kind }))
}

fn dict_keys(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    view(vm, a, ViewKind::Keys, "keys")
}

fn dict_values(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    view(vm, a, ViewKind::Values, "values")
}

fn dict_items(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    view(vm, a, ViewKind::Items, "items")
}

fn dict_pop(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "pop", a, 1, 2)?;
    check_dict(vm, a[0], "pop")?;
    let h = vm.hash(a[1])?;
    let d = a[0].as_dict().unwrap();
    match d.remove(a[1], h, &mut |x, y| vm.same_or_eq(x, y))? {
        Some(e) => Ok(e.value),
        None => match a.get(2) {
            Some(&d) => Ok(d),
            None => Err(vm.key_error(a[1])),
        },
    }
}

fn dict_popitem(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "popitem", a, 0, 0)?;
    check_dict(vm, a[0], "popitem")?;
    match a[0].as_dict().unwrap().pop_last() {
        Some(e) => Ok(vm.new_tuple(vec![e.key, e.value])),
        None => {
            let msg = vm.new_str("popitem(): dictionary is empty");
            let cls = vm.ty(TypeId::KeyError);
            Err(crate::vm::PyErr(crate::exceptions::make_exception(vm, cls, vec![msg])))
        }
    }
}

fn dict_setdefault(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "setdefault", a, 1, 2)?;
    check_dict(vm, a[0], "setdefault")?;
    if let Some(v) = vm.dict_get(a[0], a[1])? {
        return Ok(v);
    }
    let d = a.get(2).copied().unwrap_or(Value::NONE);
    vm.dict_set(a[0], a[1], d)?;
    Ok(d)
}

fn dict_update(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "update", a, 0, 1)?;
    check_dict(vm, a[0], "update")?;
    if let Some(&o) = a.get(1) {
        vm.dict_update(a[0], o)?;
    }
    for &(k, v) in kw {
        vm.dict_set(a[0], k, v)?;
    }
    Ok(Value::NONE)
}

fn dict_fromkeys(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    if a.is_empty() || a.len() > 2 {
        return Err(vm.type_error(format!("fromkeys expected at least 1 argument, got {}", a.len())));
    }
    let keys = vm.collect_iterable(a[0])?;
    let v = a.get(1).copied().unwrap_or(Value::NONE);
    let d = vm.new_dict();
    for k in keys {
        vm.dict_set(d, k, v)?;
    }
    Ok(d)
}

fn dict_copy(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "copy", a, 0, 0)?;
    check_dict(vm, a[0], "copy")?;
    let c = a[0].as_dict().unwrap().clone();
    Ok(vm.heap.alloc(Body::Dict(c)))
}

fn dict_clear(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "clear", a, 0, 0)?;
    check_dict(vm, a[0], "clear")?;
    a[0].as_dict().unwrap().clear();
    Ok(Value::NONE)
}

const VIEW: &[(&str, BuiltinFn)] = &[("isdisjoint", set_isdisjoint)];

// ----- set -----

const SET: &[(&str, BuiltinFn)] = &[
    ("__init__", set_init),
    ("add", set_add),
    ("remove", set_remove),
    ("discard", set_discard),
    ("pop", set_pop),
    ("clear", set_clear),
    ("copy", set_copy),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symdiff),
    ("update", set_update),
    ("intersection_update", set_intersection_update),
    ("difference_update", set_difference_update),
    ("symmetric_difference_update", set_symdiff_update),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
    ("__contains__", seq_contains),
    ("__len__", seq_len),
    ("__iter__", seq_iter),
];

const FROZENSET: &[(&str, BuiltinFn)] = &[
    ("copy", set_copy),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symdiff),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
    ("__contains__", seq_contains),
    ("__len__", seq_len),
    ("__iter__", seq_iter),
];

fn set_add(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "set.add", a, 1, 1)?;
    sets::set_add(vm, a[0], a[1])?;
    Ok(Value::NONE)
}

fn set_remove(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "set.remove", a, 1, 1)?;
    if !sets::set_discard(vm, a[0], a[1])? {
        return Err(vm.key_error(a[1]));
    }
    Ok(Value::NONE)
}

fn set_discard(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "set.discard", a, 1, 1)?;
    sets::set_discard(vm, a[0], a[1])?;
    Ok(Value::NONE)
}

fn set_pop(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "pop", a, 0, 0)?;
    match sets::table(a[0]).unwrap().pop() {
        Some(v) => Ok(v),
        None => {
            let msg = vm.new_str("pop from an empty set");
            let cls = vm.ty(TypeId::KeyError);
            Err(crate::vm::PyErr(crate::exceptions::make_exception(vm, cls, vec![msg])))
        }
    }
}

fn set_clear(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "clear", a, 0, 0)?;
    sets::table(a[0]).unwrap().clear();
    Ok(Value::NONE)
}

fn set_copy(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "copy", a, 0, 0)?;
    if matches!(a[0].body(), Some(Body::FrozenSet(..))) {
        // Immutable: frozenset.copy() is the frozenset itself.
        return Ok(a[0]);
    }
    Ok(sets::copy_set(vm, a[0], a[0]))
}

/// Converts a method argument to a set value (sets pass through).
fn as_set(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if sets::table(v).is_some() {
        return Ok(v);
    }
    let items = vm.collect_iterable(v)?;
    sets::new_set_from(vm, &items)
}

fn fold(vm: &mut Vm, a: &[Value], op: BinOp) -> PyResult<Value> {
    let base = vm.roots.len();
    let mut acc = sets::copy_set(vm, a[0], a[0]);
    vm.roots.push(acc);
    let r = (|| {
        for &o in &a[1..] {
            let s = as_set(vm, o)?;
            vm.roots.push(s);
            acc = sets::set_binop(vm, op, acc, s)?.unwrap();
            vm.roots.push(acc);
        }
        Ok(acc)
    })();
    vm.roots.truncate(base);
    r
}

fn set_union(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    fold(vm, a, BinOp::BitOr)
}

fn set_intersection(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    fold(vm, a, BinOp::BitAnd)
}

fn set_difference(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    fold(vm, a, BinOp::Sub)
}

fn set_symdiff(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "symmetric_difference", a, 1, 1)?;
    fold(vm, a, BinOp::BitXor)
}

fn replace_table(target: Value, from: Value) {
    let t = std::mem::take(sets::table(from).unwrap());
    *sets::table(target).unwrap() = t;
}

fn set_update(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    for &o in &a[1..] {
        sets::set_update(vm, a[0], o)?;
    }
    Ok(Value::NONE)
}

fn set_intersection_update(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = set_intersection(vm, a, kw)?;
    replace_table(a[0], r);
    Ok(Value::NONE)
}

fn set_difference_update(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = set_difference(vm, a, kw)?;
    replace_table(a[0], r);
    Ok(Value::NONE)
}

fn set_symdiff_update(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = set_symdiff(vm, a, kw)?;
    replace_table(a[0], r);
    Ok(Value::NONE)
}

fn set_issubset(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "issubset", a, 1, 1)?;
    let o = as_set(vm, a[1])?;
    let r = sets::set_compare(vm, crate::ops::CmpOp::Le, a[0], o)?.unwrap_or(false);
    Ok(Value::bool(r))
}

fn set_issuperset(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "issuperset", a, 1, 1)?;
    let o = as_set(vm, a[1])?;
    let r = sets::set_compare(vm, crate::ops::CmpOp::Ge, a[0], o)?.unwrap_or(false);
    Ok(Value::bool(r))
}

fn set_isdisjoint(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "isdisjoint", a, 1, 1)?;
    let items = vm.collect_iterable(a[1])?;
    let me = as_set(vm, a[0])?;
    for x in items {
        if sets::set_contains(vm, me, x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

// ----- numbers -----

fn num_divmod(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "__divmod__", a, 1, 1)?;
    let q = vm.binary_op(BinOp::FloorDiv, a[0], a[1])?;
    let r = vm.binary_op(BinOp::Mod, a[0], a[1])?;
    Ok(vm.new_tuple(vec![q, r]))
}

fn num_neg(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    vm.neg(a[0])
}

fn num_abs(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    match crate::numbers::Num::of(a[0]) {
        Some(crate::numbers::Num::Float(f)) => Ok(Value::float(f.abs())),
        _ => {
            let zero = Value::small_int(0);
            if vm.lt(a[0], zero)? { vm.neg(a[0]) } else { vm.pos(a[0]) }
        }
    }
}

fn num_rdivmod(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "__rdivmod__", a, 1, 1)?;
    num_divmod(vm, &[a[1], a[0]], &[])
}

const NUM_DUNDERS: &[(&str, BuiltinFn)] =
    &[("__divmod__", num_divmod), ("__rdivmod__", num_rdivmod), ("__neg__", num_neg), ("__abs__", num_abs)];

const INT: &[(&str, BuiltinFn)] = &[
    ("bit_length", int_bit_length),
    ("conjugate", num_self),
    ("__index__", num_self),
    ("__int__", num_self),
    ("as_integer_ratio", int_ratio),
    ("bit_count", int_bit_count),
    ("to_bytes", crate::bytes_methods::int_to_bytes),
    ("from_bytes", crate::bytes_methods::int_from_bytes),
];

fn num_self(_: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Ok(if let Some(b) = a[0].as_bool() { Value::small_int(b as i64) } else { a[0] })
}

fn to_big(v: Value) -> num_bigint::BigInt {
    match crate::numbers::Num::of(v) {
        Some(crate::numbers::Num::Int(i)) => i.into(),
        Some(crate::numbers::Num::Big(b)) => b.clone(),
        _ => 0.into(),
    }
}

fn int_bit_length(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Ok(vm.new_int(to_big(a[0]).bits() as i64))
}

fn int_bit_count(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let b = to_big(a[0]);
    let n: u64 = b.magnitude().iter_u64_digits().map(|d| d.count_ones() as u64).sum();
    Ok(vm.new_int(n as i64))
}

fn int_ratio(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let v = num_self(vm, a, &[])?;
    Ok(vm.new_tuple(vec![v, Value::small_int(1)]))
}

const COMPLEX: &[(&str, BuiltinFn)] = &[
    ("conjugate", complex_conjugate),
    ("__complex__", complex_complex),
    ("__getnewargs__", complex_getnewargs),
    ("__add__", complex_add),
    ("__radd__", complex_radd),
    ("__sub__", complex_sub),
    ("__rsub__", complex_rsub),
    ("__mul__", complex_mul),
    ("__rmul__", complex_rmul),
    ("__truediv__", complex_truediv),
    ("__rtruediv__", complex_rtruediv),
    ("__pow__", complex_pow),
    ("__rpow__", complex_rpow),
    ("__eq__", complex_eq),
    ("__ne__", complex_ne),
    ("__neg__", num_neg),
    ("__pos__", complex_pos),
    ("__abs__", complex_abs),
    ("__bool__", complex_bool),
];

/// Declares complex's forward and reflected operator methods: NotImplemented
/// when the other operand is not a number.
macro_rules! complex_binops {
    ($($op:ident: $fwd:ident, $rev:ident;)*) => {
        $(
            fn $fwd(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
                nargs(vm, stringify!($fwd), a, 1, 1)?;
                Ok(crate::complex::binary(vm, BinOp::$op, a[0], a[1])?.unwrap_or(vm.not_implemented))
            }
            fn $rev(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
                nargs(vm, stringify!($rev), a, 1, 1)?;
                Ok(crate::complex::binary(vm, BinOp::$op, a[1], a[0])?.unwrap_or(vm.not_implemented))
            }
        )*
    };
}

complex_binops! {
    Add: complex_add, complex_radd;
    Sub: complex_sub, complex_rsub;
    Mul: complex_mul, complex_rmul;
    TrueDiv: complex_truediv, complex_rtruediv;
    Pow: complex_pow, complex_rpow;
}

fn complex_eq(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "__eq__", a, 1, 1)?;
    Ok(crate::complex::equal(a[0], a[1]).map_or(vm.not_implemented, Value::bool))
}

fn complex_ne(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "__ne__", a, 1, 1)?;
    Ok(crate::complex::equal(a[0], a[1]).map_or(vm.not_implemented, |e| Value::bool(!e)))
}

fn complex_pos(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    vm.pos(a[0])
}

fn complex_abs(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let c = crate::complex::as_complex(a[0]).expect("complex receiver");
    c.abs().map(Value::float).ok_or_else(|| vm.overflow_error("absolute value too large"))
}

fn complex_bool(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::bool(vm.is_true(a[0])?))
}

/// `z.conjugate()`.
fn complex_conjugate(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "conjugate", a, 0, 0)?;
    let c = crate::complex::as_complex(a[0]).expect("complex receiver");
    Ok(vm.new_complex(c.re, -c.im))
}

/// `z.__complex__()`: z as an exact complex.
fn complex_complex(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "__complex__", a, 0, 0)?;
    let c = crate::complex::as_complex(a[0]).expect("complex receiver");
    Ok(vm.new_complex(c.re, c.im))
}

/// `z.__getnewargs__()`: `(z.real, z.imag)`.
fn complex_getnewargs(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "__getnewargs__", a, 0, 0)?;
    let c = crate::complex::as_complex(a[0]).expect("complex receiver");
    Ok(vm.new_tuple(vec![Value::float(c.re), Value::float(c.im)]))
}

const FLOAT: &[(&str, BuiltinFn)] = &[
    ("is_integer", float_is_integer),
    ("conjugate", num_self),
    ("as_integer_ratio", float_ratio),
    ("hex", float_hex),
    ("fromhex", float_fromhex),
    ("__floor__", float_floor),
    ("__ceil__", float_ceil),
];

/// `x.__floor__()`: the largest int <= x.
fn float_floor(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "__floor__", a, 0, 0)?;
    crate::builtins::float_to_int(vm, a[0].as_float().unwrap_or(0.0).floor())
}

/// `x.__ceil__()`: the smallest int >= x.
fn float_ceil(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "__ceil__", a, 0, 0)?;
    crate::builtins::float_to_int(vm, a[0].as_float().unwrap_or(0.0).ceil())
}

fn float_is_integer(_: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let f = a[0].as_float().unwrap_or(0.0);
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}

fn float_ratio(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let f = a[0].as_float().unwrap_or(0.0);
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = (bits & ((1 << 52) - 1)) as i64;
    let e = if exp == 0 {
        -1074
    } else {
        mant |= 1 << 52;
        exp - 1075
    };
    let mut num = num_bigint::BigInt::from(mant);
    let mut den = num_bigint::BigInt::from(1);
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let g = num_integer::Integer::gcd(&num, &den);
    if g > num_bigint::BigInt::from(0) {
        num /= &g;
        den /= &g;
    }
    if f < 0.0 {
        num = -num;
    }
    let (n, d) = (vm.new_bigint(num), vm.new_bigint(den));
    Ok(vm.new_tuple(vec![n, d]))
}

fn float_hex(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "hex", a, 0, 0)?;
    let f = a[0].as_float().unwrap_or(0.0);
    Ok(vm.new_string(crate::floathex::float_to_hex(f)))
}

/// `float.fromhex(s)` (a class method: `a[0]` is the string).
fn float_fromhex(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    if a.len() != 1 {
        return Err(vm.type_error(format!("float.fromhex() takes exactly one argument ({} given)", a.len())));
    }
    let Some(s) = a[0].as_str() else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    match crate::floathex::float_from_hex(&s.s) {
        Ok(f) => Ok(Value::float(f)),
        Err(crate::floathex::FromHexError::Invalid) => Err(vm.value_error("invalid hexadecimal floating-point string")),
        Err(crate::floathex::FromHexError::Overflow) => Err(vm.overflow_error("hexadecimal value too large to represent as a float")),
    }
}

// ----- generators -----

const GENERATOR: &[(&str, BuiltinFn)] =
    &[("send", gen_send), ("close", gen_close), ("throw", gen_throw), ("__next__", gen_next), ("__iter__", seq_iter)];

fn gen_step(vm: &mut Vm, r: crate::iter::GenStep) -> PyResult<Value> {
    match r {
        crate::iter::GenStep::Yield(v) => Ok(v),
        crate::iter::GenStep::Return(v) => Err(vm.stop_iteration(v)),
    }
}

pub(crate) fn gen_send(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "send", a, 1, 1)?;
    let r = vm.gen_resume(a[0], a[1])?;
    gen_step(vm, r)
}

fn gen_next(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let r = vm.gen_resume(a[0], Value::NONE)?;
    gen_step(vm, r)
}

pub(crate) fn gen_throw(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "throw", a, 1, 3)?;
    if let Some(m) = vm.raw_throw_target(a[0], a[1])? {
        let r = vm.gen_throw_raw(a[0], m, &a[1..])?;
        return gen_step(vm, r);
    }
    let exc = if a[1].as_class().is_some() && vm.is_subclass(a[1], vm.ty(TypeId::BaseException)) {
        // As CPython normalizes (type, value): an instance of the type is used
        // as it is, None means no arguments and a tuple the arguments.
        let value = a.get(2).copied().unwrap_or(Value::NONE);
        if value.exc_data().is_some() && vm.isinstance(value, a[1]) {
            let r = vm.gen_resume_with(a[0], Value::NONE, Some(crate::vm::PyErr(value)))?;
            return gen_step(vm, r);
        }
        let args: Vec<Value> = match value.as_tuple() {
            _ if value.is_none() => vec![],
            Some(t) => t.to_vec(),
            None => vec![value],
        };
        let e = vm.call(a[1], &args, &[])?;
        if e.exc_data().is_none() {
            let (c, t) = (vm.repr(a[1])?, vm.type_name(e));
            return Err(vm.type_error(format!("calling {c} should have returned an instance of BaseException, not {t}")));
        }
        e
    } else if a[1].exc_data().is_some() {
        a[1]
    } else {
        let t = if a[1].as_class().is_some() { "type".to_string() } else { vm.type_name(a[1]).to_string() };
        return Err(vm.type_error(format!("exceptions must be classes or instances deriving from BaseException, not {t}")));
    };
    let r = vm.gen_resume_with(a[0], Value::NONE, Some(crate::vm::PyErr(exc)))?;
    gen_step(vm, r)
}

pub(crate) fn gen_close(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Body::Generator(g)) = a[0].body() else {
        return Ok(Value::NONE);
    };
    if !g.started || g.finished {
        g.finished = true;
        return Ok(Value::NONE);
    }
    let cls = vm.ty(TypeId::GeneratorExit);
    let exc = crate::exceptions::make_exception(vm, cls, vec![]);
    match vm.gen_resume_with(a[0], Value::NONE, Some(crate::vm::PyErr(exc))) {
        Ok(crate::iter::GenStep::Yield(_)) => Err(vm.runtime_error("generator ignored GeneratorExit")),
        Ok(crate::iter::GenStep::Return(_)) => Ok(Value::NONE),
        Err(e) if vm.is_type(e.0, TypeId::GeneratorExit) || vm.is_type(e.0, TypeId::StopIteration) => Ok(Value::NONE),
        Err(e) => Err(e),
    }
}

/// An empty set table (used by constructors).
pub fn empty_table() -> SetTable<Value> {
    SetTable::new()
}

/// `sup.__get__(obj, type=None)`: an unbound super bound to `obj`, else itself.
pub fn super_get(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "__get__", a, 1, 2)?;
    match a[0].body() {
        Some(Body::Super { ty, obj }) if obj.is_none() && !a[1].is_none() => {
            let ty = *ty;
            Ok(vm.heap.alloc(Body::Super { ty, obj: a[1] }))
        }
        _ => Ok(a[0]),
    }
}

/// The methods of property objects.
pub const PROPERTY: &[(&str, BuiltinFn)] = &[
    ("getter", property_getter),
    ("setter", property_setter),
    ("deleter", property_deleter),
    ("__get__", property_get),
    ("__set__", property_set),
    ("__delete__", property_delete),
];

/// `prop.__get__(obj, type=None)`: the property itself for a None `obj`,
/// else `fget(obj)`.
fn property_get(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "__get__", a, 1, 2)?;
    if a[1].is_none() {
        return Ok(a[0]);
    }
    let f = property_part(vm, a[0], a[1], 0)?;
    vm.call(f, &[a[1]], &[])
}

/// `prop.__set__(obj, value)`: `fset(obj, value)`.
fn property_set(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "__set__", a, 2, 2)?;
    let f = property_part(vm, a[0], a[1], 1)?;
    vm.call(f, &[a[1], a[2]], &[])?;
    Ok(Value::NONE)
}

/// `prop.__delete__(obj)`: `fdel(obj)`.
fn property_delete(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "__delete__", a, 1, 1)?;
    let f = property_part(vm, a[0], a[1], 2)?;
    vm.call(f, &[a[1]], &[])?;
    Ok(Value::NONE)
}

/// A property's getter, setter or deleter (`which` 0, 1, 2), or CPython's
/// AttributeError naming the property (as the owner class calls it) when unset.
fn property_part(vm: &mut Vm, prop: Value, obj: Value, which: usize) -> PyResult<Value> {
    let Some(Body::Property { fget, fset, fdel, .. }) = prop.body() else {
        return Err(vm.type_error("not a property"));
    };
    let f = [*fget, *fset, *fdel][which];
    if !f.is_none() {
        return Ok(f);
    }
    let what = ["getter", "setter", "deleter"][which];
    let cls = vm.type_of(obj);
    let owner = cls.as_class().map(|c| c.qualname.str_text().to_string()).unwrap_or_default();
    let named = cls
        .as_class()
        .and_then(|c| c.mro.iter().find_map(|k| k.as_class().and_then(|kc| kc.dict.iter().find(|e| e.value == prop).map(|e| e.key))));
    Err(vm.attribute_error(match named {
        Some(n) => format!("property '{}' of '{owner}' object has no {what}", n.str_text()),
        None => format!("property of '{owner}' object has no {what}"),
    }))
}

/// `prop.setter(f)`: a copy of the property with a new setter.
fn property_setter(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    property_with(vm, a, 1)
}

/// `prop.getter(f)`.
fn property_getter(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    property_with(vm, a, 0)
}

/// `prop.deleter(f)`.
fn property_deleter(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    property_with(vm, a, 2)
}

fn property_with(vm: &mut Vm, a: &[Value], which: usize) -> PyResult<Value> {
    nargs(vm, ["getter", "setter", "deleter"][which], a, 1, 1)?;
    let Some(Body::Property { fget, fset, fdel, doc }) = a[0].body() else {
        return Err(vm.type_error("not a property"));
    };
    let mut parts = [*fget, *fset, *fdel];
    // None keeps the current function, as in CPython.
    if !a[1].is_none() {
        parts[which] = a[1];
    }
    let doc = *doc;
    Ok(vm.heap.alloc(Body::Property { fget: parts[0], fset: parts[1], fdel: parts[2], doc }))
}

// ----- range -----

const SLICE: &[(&str, BuiltinFn)] = &[("indices", slice_indices)];

const NONE: &[(&str, BuiltinFn)] = &[("__bool__", none_bool)];

/// `None.__bool__()`: False (a slot wrapper, hence CPython's wording of
/// the argument count).
fn none_bool(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    if a.len() > 1 {
        return Err(vm.type_error(format!("expected 0 arguments, got {}", a.len() - 1)));
    }
    Ok(Value::bool(false))
}

/// `slice.indices(length)`: (start, stop, step) resolved against a length.
fn slice_indices(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "indices", a, 1, 1)?;
    let len = match vm.index_value(a[1])? {
        Some(n) if n < 0 => return Err(vm.value_error("length should not be negative")),
        Some(n) => n as usize,
        None => return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(a[1])))),
    };
    let idx = vm.slice_indices(a[0], len)?;
    let items = vec![vm.new_int(idx.start), vm.new_int(idx.stop), vm.new_int(idx.step)];
    Ok(vm.new_tuple(items))
}

/// `Ellipsis.__reduce__()` / `NotImplemented.__reduce__()`: the singleton's name.
fn singleton_reduce(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "__reduce__", a, 0, 0)?;
    let name = if a[0] == vm.ellipsis { "Ellipsis" } else { "NotImplemented" };
    Ok(vm.new_str(name))
}

const RANGE: &[(&str, BuiltinFn)] = &[
    ("index", range_index),
    ("count", range_count),
    ("__reduce__", range_reduce),
    ("__len__", seq_len),
    ("__getitem__", seq_getitem),
    ("__contains__", seq_contains),
    ("__iter__", seq_iter),
];

/// `range.__reduce__()`: `(range, (start, stop, step))`.
fn range_reduce(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "__reduce__", a, 0, 0)?;
    let Some(parts) = crate::big_range::range_bounds(vm, a[0]) else {
        return Ok(Value::NONE);
    };
    let parts = parts.to_vec();
    let args = vm.new_tuple(parts);
    let ty = vm.ty(TypeId::Range);
    Ok(vm.new_tuple(vec![ty, args]))
}

fn range_index(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "index", a, 1, 1)?;
    if let Some(Body::BigRange(_)) = a[0].body() {
        return vm.big_range_op(a[0], "index", &a[1..]);
    }
    let Some(Body::Range { start, step, .. }) = a[0].body() else { unreachable!() };
    let (start, step) = (*start, *step);
    if vm.contains(a[0], a[1])?
        && let Some(i) =
            a[1].as_small_int().or(a[1].as_bool().map(|b| b as i64)).or(a[1].as_bigint().and_then(num_traits::ToPrimitive::to_i64))
    {
        return Ok(vm.new_int(((i as i128 - start as i128) / step as i128) as i64));
    }
    let r = vm.repr(a[1])?;
    Err(vm.value_error(format!("{r} is not in range")))
}

fn range_count(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "count", a, 1, 1)?;
    if let Some(Body::BigRange(_)) = a[0].body() {
        return vm.big_range_op(a[0], "count", &a[1..]);
    }
    Ok(Value::small_int(vm.contains(a[0], a[1])? as i64))
}

fn list_init(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "list", a, 0, 1)?;
    let items = match a.get(1) {
        Some(&x) => vm.collect_iterable(x)?,
        None => vec![],
    };
    *list(a[0]) = items;
    Ok(Value::NONE)
}

fn dict_init(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    dict_update(vm, a, kw)
}

fn set_init(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "set", a, 0, 1)?;
    sets::table(a[0]).unwrap().clear();
    if let Some(&x) = a.get(1) {
        sets::set_update(vm, a[0], x)?;
    }
    Ok(Value::NONE)
}

/// `object.__new__(cls, ...)`: extra arguments are an error unless the
/// class overrides `__init__` but not `__new__` (CPython's `object_new`).
fn object_new(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if a.is_empty() {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    }
    if is_plain_class(a[0]) && (a.len() > 1 || !kw.is_empty()) {
        if overrides(vm, a[0], "__new__") {
            return Err(vm.type_error("object.__new__() takes exactly one argument (the type to instantiate)"));
        }
        if !overrides(vm, a[0], "__init__") {
            let name = a[0].as_class().unwrap().name.str_text().to_string();
            return Err(vm.type_error(format!("{name}() takes no arguments")));
        }
    }
    vm.object_new(a[0], &a[1..])
}

//! Constructors of the builtin types: `int(...)`, `str(...)`, `list(...)`,
//! `range(...)`, `enumerate(...)` and the rest.

use crate::builtins::{check_args, check_kwargs, float_to_int, int_arg, kwarg};
use crate::hashing::SetTable;
use crate::numbers::Num;
use crate::object::{Body, IterState};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Whether calling the builtin type `t` rejects keyword arguments, as CPython's
/// `_PyArg_NoKeywords` does for these constructors.
pub fn takes_no_kwargs(t: TypeId) -> bool {
    matches!(
        t,
        TypeId::Range
            | TypeId::List
            | TypeId::Tuple
            | TypeId::Float
            | TypeId::Bool
            | TypeId::Set
            | TypeId::FrozenSet
            | TypeId::Slice
            | TypeId::Map
            | TypeId::Filter
            | TypeId::Reversed
    )
}

/// Calls the builtin type `t`.
pub fn construct(vm: &mut Vm, t: TypeId, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let name = t.name();
    if !kwargs.is_empty() && takes_no_kwargs(t) {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    match t {
        TypeId::Int => {
            check_kwargs(vm, "int", kwargs, &["base"])?;
            crate::builtins::check_params(vm, "int", args, kwargs, &["x", "base"], 0)?;
            let base = args.get(1).copied().or(kwarg(kwargs, "base"));
            let Some(&x) = args.first() else {
                if base.is_some() {
                    return Err(vm.type_error("int() missing string argument"));
                }
                return Ok(Value::small_int(0));
            };
            if let Some(b) = base {
                // A base beyond any machine int is as out of range as 37.
                let b = if b.as_bigint().is_some() { 37 } else { int_arg(vm, b)? };
                if x.as_str().is_none() && x.as_bytes_like().is_none() {
                    return Err(vm.type_error("int() can't convert non-string with explicit base"));
                }
                if b != 0 && !(2..=36).contains(&b) {
                    return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
                }
                return match x.as_str() {
                    Some(s) => parse_int_str(vm, &s.s, b as u32),
                    None => parse_int_bytes(vm, x, b as u32),
                };
            }
            to_int(vm, x)
        }
        TypeId::Complex => crate::complex::construct(vm, args, kwargs),
        TypeId::Float => {
            check_args(vm, "float", args, 0, 1)?;
            let Some(&x) = args.first() else {
                return Ok(Value::float(0.0));
            };
            match Num::of(x) {
                Some(Num::Float(f)) => Ok(Value::float(f)),
                Some(Num::Int(i)) => Ok(Value::float(i as f64)),
                Some(Num::Big(b)) => Ok(Value::float(crate::ops::bigint_to_f64(vm, b)?)),
                None => {
                    if let Some(b) = x.as_bytes_like() {
                        return match std::str::from_utf8(b).ok().and_then(crate::numfmt::parse_float) {
                            Some(f) => Ok(Value::float(f)),
                            None => {
                                let r = vm.repr(x)?;
                                Err(vm.value_error(format!("could not convert string to float: {r}")))
                            }
                        };
                    }
                    if let Some(s) = x.as_str() {
                        return match crate::numfmt::parse_float(&s.s) {
                            Some(f) => Ok(Value::float(f)),
                            None => {
                                let r = crate::repr::repr_str(&s.s);
                                Err(vm.value_error(format!("could not convert string to float: {r}")))
                            }
                        };
                    }
                    if let Some(m) = vm.lookup_special(x, "__float__") {
                        return call_float_dunder(vm, m, x);
                    }
                    if let Some(m) = vm.lookup_special(x, "__index__") {
                        let i = vm.call_method_value(m, x, &[])?;
                        return construct(vm, t, &[i], &[]);
                    }
                    let n = x.native();
                    if n != x && (Num::of(n).is_some() || n.as_str().is_some() || n.as_bytes_like().is_some()) {
                        return construct(vm, t, &[n], &[]);
                    }
                    Err(vm.type_error(format!("float() argument must be a string or a real number, not '{}'", vm.type_name(x))))
                }
            }
        }
        TypeId::Bytes | TypeId::ByteArray => crate::bytes::construct(vm, t, args, kwargs),
        TypeId::Str if args.len() > 1 || !kwargs.is_empty() => str_decode(vm, args, kwargs),
        TypeId::Str => {
            check_args(vm, "str", args, 0, 1)?;
            match args.first() {
                None => Ok(vm.intern("")),
                Some(&x) => vm.str_value(x),
            }
        }
        TypeId::Bool => {
            check_args(vm, "bool", args, 0, 1)?;
            match args.first() {
                None => Ok(Value::FALSE),
                Some(&x) => Ok(Value::bool(vm.is_true(x)?)),
            }
        }
        TypeId::List => {
            check_args(vm, "list", args, 0, 1)?;
            let items = match args.first() {
                None => vec![],
                Some(&x) => vm.collect_iterable(x)?,
            };
            Ok(vm.new_list(items))
        }
        TypeId::Tuple => {
            check_args(vm, "tuple", args, 0, 1)?;
            match args.first() {
                None => Ok(vm.empty_tuple),
                Some(&x) if x.as_tuple().is_some() => Ok(x),
                Some(&x) => {
                    let items = vm.collect_iterable(x)?;
                    Ok(vm.new_tuple(items))
                }
            }
        }
        TypeId::Dict => {
            if args.len() > 1 {
                return Err(vm.type_error(format!("dict expected at most 1 argument, got {}", args.len())));
            }
            let d = vm.new_dict();
            vm.roots.push(d);
            let r = (|| {
                if let Some(&x) = args.first() {
                    vm.dict_update(d, x)?;
                }
                for &(k, v) in kwargs {
                    vm.dict_set(d, k, v)?;
                }
                Ok(d)
            })();
            vm.roots.pop();
            r
        }
        TypeId::Set | TypeId::FrozenSet => {
            check_args(vm, name, args, 0, 1)?;
            let s = if t == TypeId::Set {
                vm.heap.alloc(Body::Set(SetTable::new()))
            } else {
                vm.heap.alloc(Body::FrozenSet(SetTable::new(), Default::default()))
            };
            if let Some(&x) = args.first() {
                if t == TypeId::FrozenSet && matches!(x.body(), Some(Body::FrozenSet(..))) {
                    return Ok(x);
                }
                vm.roots.push(s);
                let r = crate::sets::set_update(vm, s, x);
                vm.roots.pop();
                r?;
            }
            Ok(s)
        }
        TypeId::Range => {
            check_args(vm, "range", args, 1, 3)?;
            if let Some(r) = vm.new_big_range(args)? {
                return Ok(r);
            }
            let mut vals = [0i64; 3];
            for (i, a) in args.iter().enumerate() {
                vals[i] = match vm.index_value(*a)? {
                    Some(v) => v,
                    None => {
                        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(*a))));
                    }
                };
            }
            let (start, stop, step) = match args.len() {
                1 => (0, vals[0], 1),
                2 => (vals[0], vals[1], 1),
                _ => (vals[0], vals[1], vals[2]),
            };
            if step == 0 {
                return Err(vm.value_error("range() arg 3 must not be zero"));
            }
            Ok(vm.heap.alloc(Body::Range { start, stop, step }))
        }
        TypeId::Slice => {
            check_args(vm, "slice", args, 1, 3)?;
            let (start, stop, step) = match args.len() {
                1 => (Value::NONE, args[0], Value::NONE),
                2 => (args[0], args[1], Value::NONE),
                _ => (args[0], args[1], args[2]),
            };
            Ok(vm.heap.alloc(Body::Slice { start, stop, step }))
        }
        TypeId::Type => {
            if args.len() == 1 {
                return Ok(vm.type_of(args[0]));
            }
            if args.len() != 3 {
                return Err(vm.type_error("type() takes 1 or 3 arguments"));
            }
            let ty = vm.ty(TypeId::Type);
            new_type(vm, ty, args[0], args[1], args[2], kwargs)
        }
        TypeId::Object => {
            if !args.is_empty() {
                return Err(vm.type_error("object() takes no arguments"));
            }
            let o = vm.ty(TypeId::Object);
            Ok(vm.new_instance(o, false))
        }
        TypeId::Property => {
            let get = |i: usize, n: &str| args.get(i).copied().or(kwarg(kwargs, n)).unwrap_or(Value::NONE);
            let (fget, fset, fdel, mut doc) = (get(0, "fget"), get(1, "fset"), get(2, "fdel"), get(3, "doc"));
            if doc.is_none() && !fget.is_none() {
                // Without a doc of its own a property takes its getter's docstring.
                let k = vm.intern("__doc__");
                doc = vm.get_attr_opt(fget, k)?.unwrap_or(Value::NONE);
            }
            Ok(vm.heap.alloc(Body::Property { fget, fset, fdel, doc }))
        }
        TypeId::StaticMethod => {
            check_args(vm, "staticmethod", args, 1, 1)?;
            Ok(vm.heap.alloc(Body::StaticMethod(args[0])))
        }
        TypeId::ClassMethod => {
            check_args(vm, "classmethod", args, 1, 1)?;
            Ok(vm.heap.alloc(Body::ClassMethod(args[0])))
        }
        TypeId::Super => {
            if args.len() > 2 {
                return Err(vm.type_error(format!("super() expected at most 2 arguments, got {}", args.len())));
            }
            if args.is_empty() {
                return Err(vm.runtime_error("super(): no arguments"));
            }
            // super(type) (or super(type, None)) is unbound: its obj is None.
            let (ty, obj) = (args[0], args.get(1).copied().unwrap_or(Value::NONE));
            if ty.as_class().is_none() {
                return Err(vm.type_error(format!("super() argument 1 must be a type, not {}", vm.type_name(ty))));
            }
            Ok(vm.heap.alloc(Body::Super { ty, obj }))
        }
        TypeId::Enumerate => {
            check_kwargs(vm, "enumerate", kwargs, &["iterable", "start"])?;
            let it = args.first().copied().or(kwarg(kwargs, "iterable"));
            let Some(it) = it else {
                return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
            };
            let start = args.get(1).copied().or(kwarg(kwargs, "start")).unwrap_or(Value::small_int(0));
            if start.as_bigint().is_none() && vm.index_value(start)?.is_none() {
                return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(start))));
            }
            let it = vm.get_iter(it)?;
            Ok(vm.heap.alloc(Body::Iter(IterState::Enumerate { it, n: start })))
        }
        TypeId::Zip => {
            check_kwargs(vm, "zip", kwargs, &["strict"])?;
            let strict = match kwarg(kwargs, "strict") {
                Some(s) => vm.is_true(s)?,
                None => false,
            };
            let mut its = vec![];
            for (i, a) in args.iter().enumerate() {
                match vm.get_iter(*a) {
                    Ok(it) => its.push(it),
                    Err(e) => {
                        let _ = i;
                        return Err(e);
                    }
                }
            }
            Ok(vm.heap.alloc(Body::Iter(IterState::Zip { its, strict })))
        }
        TypeId::Map => {
            if args.len() < 2 {
                return Err(vm.type_error("map() must have at least two arguments."));
            }
            let mut its = vec![];
            for a in &args[1..] {
                its.push(vm.get_iter(*a)?);
            }
            Ok(vm.heap.alloc(Body::Iter(IterState::Map { func: args[0], its })))
        }
        TypeId::Filter => {
            check_args(vm, "filter", args, 2, 2)?;
            let it = vm.get_iter(args[1])?;
            Ok(vm.heap.alloc(Body::Iter(IterState::Filter { func: args[0], it })))
        }
        TypeId::Reversed => {
            if args.len() != 1 {
                return Err(vm.type_error(format!("reversed expected 1 argument, got {}", args.len())));
            }
            let x = args[0];
            match x.body() {
                Some(Body::List(l)) => {
                    let idx = l.len();
                    Ok(vm.heap.alloc(Body::Iter(IterState::Reversed { seq: x, idx })))
                }
                Some(Body::Tuple(t)) => {
                    let idx = t.len();
                    Ok(vm.heap.alloc(Body::Iter(IterState::Reversed { seq: x, idx })))
                }
                Some(Body::BigRange(_)) => vm.big_range_op(x, "reverse", &[]),
                Some(&mut Body::Range { start, stop, step }) => {
                    // range_iterator from the last item down (list fallback on overflow).
                    let n = crate::iter::range_len(start, stop, step);
                    let last = step.checked_mul(n - 1).and_then(|d| d.checked_add(start));
                    match (last, start.checked_sub(step), step.checked_neg()) {
                        (Some(cur), Some(stop), Some(step)) if n > 0 => Ok(vm.heap.alloc(Body::Iter(IterState::Range { cur, stop, step }))),
                        _ => reversed_items(vm, x),
                    }
                }
                Some(Body::Str(_) | Body::Bytes(_) | Body::ByteArray(_)) => {
                    let items = vm.collect_iterable(x)?;
                    let idx = items.len();
                    let seq = vm.new_tuple(items);
                    Ok(vm.heap.alloc(Body::Iter(IterState::Reversed { seq, idx })))
                }
                Some(Body::DictView { .. }) | Some(Body::Dict(_) | Body::InstanceDict(_)) => reversed_items(vm, x),
                Some(Body::Instance(_)) => {
                    if let Some(m) = vm.lookup_special(x, "__reversed__") {
                        return vm.call_method_value(m, x, &[]);
                    }
                    if x.has_native() && !matches!(x.native().body(), Some(Body::Set(_) | Body::FrozenSet(..))) {
                        // Subclasses of list, dict...: the builtin contents, reversed.
                        let ty = vm.ty(TypeId::Reversed);
                        return vm.call(ty, &[x.native()], &[]);
                    }
                    if vm.lookup_special(x, "__getitem__").is_some() {
                        // A `reversed` object; __getitem__ is called from the last index down
                        // (a sequence without __len__ is len()'s TypeError).
                        let n = vm.len(x)?;
                        let mut items = Vec::with_capacity(n);
                        for i in (0..n).rev() {
                            let k = vm.new_int(i as i64);
                            items.push(vm.get_item(x, k)?);
                        }
                        items.reverse();
                        let seq = vm.new_tuple(items);
                        return Ok(vm.heap.alloc(Body::Iter(IterState::Reversed { seq, idx: n })));
                    }
                    Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(x))))
                }
                // A class whose metaclass defines __reversed__ (like an enum).
                Some(Body::Class(_)) if let Some(m) = vm.lookup_special(x, "__reversed__") => vm.call_method_value(m, x, &[]),
                _ => Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(x)))),
            }
        }
        TypeId::NoneType | TypeId::NotImplementedType | TypeId::Ellipsis => {
            // The singletons' types hand back the singleton.
            if !args.is_empty() || !kwargs.is_empty() {
                let shown = if t == TypeId::Ellipsis { "EllipsisType" } else { name };
                return Err(vm.type_error(format!("{shown} takes no arguments")));
            }
            Ok(match t {
                TypeId::NoneType => Value::NONE,
                TypeId::NotImplementedType => vm.not_implemented,
                _ => vm.ellipsis,
            })
        }
        _ => Err(vm.type_error(format!("cannot create '{name}' instances"))),
    }
}

/// `str(obj, encoding, errors)`: decodes a bytes-like object.
fn str_decode(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_kwargs(vm, "str", kwargs, &["object", "encoding", "errors"])?;
    crate::builtins::check_params(vm, "str", args, kwargs, &["object", "encoding", "errors"], 0)?;
    let Some(obj) = args.first().copied().or(kwarg(kwargs, "object")) else {
        return Ok(vm.intern(""));
    };
    let encoding = args.get(1).copied().or(kwarg(kwargs, "encoding"));
    let errors = args.get(2).copied().or(kwarg(kwargs, "errors"));
    if encoding.is_none() && errors.is_none() {
        // `str(object=x)`: the plain conversion.
        return vm.str_value(obj);
    }
    if obj.as_str().is_some() {
        return Err(vm.type_error("decoding str is not supported"));
    }
    let Some(b) = obj.native().as_bytes_like() else {
        return Err(vm.type_error(format!("decoding to str: need a bytes-like object, {} found", vm.type_name(obj))));
    };
    let s = crate::bytes::decode(vm, b, encoding, errors, "str")?;
    Ok(vm.new_string(s))
}

/// An iterator over the items of `x` in reverse order (a snapshot).
fn reversed_items(vm: &mut Vm, x: Value) -> PyResult<Value> {
    let mut items = vm.collect_iterable(x)?;
    items.reverse();
    let l = vm.new_list(items);
    Ok(vm.heap.alloc(Body::Iter(IterState::Seq { seq: l, idx: 0 })))
}

/// `x.__float__()` (the method `m`), which must return a float.
pub fn call_float_dunder(vm: &mut Vm, m: Value, x: Value) -> PyResult<Value> {
    let r = vm.call_method_value(m, x, &[])?;
    if !vm.is_type(r, TypeId::Float) {
        let (c, t) = (vm.type_name(x), vm.type_name(r));
        return Err(vm.type_error(format!("{c}.__float__ returned non-float (type {t})")));
    }
    Ok(r)
}

/// `type.__new__(mcs, name, bases, dict, **kwargs)`: a new class, whose metaclass is
/// the most derived of `mcs` and its bases' metaclasses.
pub fn new_type(vm: &mut Vm, mcs: Value, name: Value, bases: Value, dict: Value, kwargs: &[(Value, Value)]) -> PyResult<Value> {
    if name.as_str().is_none() {
        return Err(vm.type_error(format!("type.__new__() argument 1 must be str, not {}", vm.arg_type_name(name))));
    }
    let Some(bases) = bases.as_tuple() else {
        return Err(vm.type_error(format!("type.__new__() argument 2 must be tuple, not {}", vm.type_name(bases))));
    };
    let Some(d) = dict.native().as_dict() else {
        return Err(vm.type_error(format!("type.__new__() argument 3 must be dict, not {}", vm.type_name(dict))));
    };
    let bases = bases.to_vec();
    let meta = crate::metaclass::winner(vm, mcs, &bases)?;
    let ns = vm.heap.alloc(Body::Dict(d.clone()));
    vm.roots.push(ns);
    let r = crate::builtins::make_class(vm, name, bases, ns, kwargs, meta);
    vm.roots.pop();
    r
}

/// `int(x)` without a base.
pub fn to_int(vm: &mut Vm, x: Value) -> PyResult<Value> {
    let given = x;
    let x = if x.has_native() && vm.lookup_special(x, "__int__").is_none() { x.native() } else { x };
    match Num::of(x) {
        Some(Num::Int(i)) => Ok(vm.new_int(i)),
        Some(Num::Big(_)) => Ok(x),
        Some(Num::Float(f)) => float_to_int(vm, f),
        None => {
            if let Some(s) = x.as_str() {
                return parse_int_str(vm, &s.s, 10);
            }
            if x.as_bytes_like().is_some() {
                return parse_int_bytes(vm, x, 10);
            }
            for m in ["__int__", "__index__", "__trunc__"] {
                if let Some(f) = vm.lookup_special(x, m) {
                    let r = vm.call_method_value(f, x, &[])?;
                    return int_result(vm, m, r);
                }
            }
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(given)
            )))
        }
    }
}

/// Checks what `__int__`, `__index__` or `__trunc__` returned for `int(x)`:
/// an int (a subclass instance becomes a plain int), else CPython's TypeError.
fn int_result(vm: &mut Vm, method: &str, r: Value) -> PyResult<Value> {
    let r = if r.has_native() { r.native() } else { r };
    match Num::of(r) {
        Some(Num::Int(i)) => Ok(vm.new_int(i)),
        Some(Num::Big(_)) => Ok(r),
        _ if method == "__trunc__" => match vm.lookup_special(r, "__index__") {
            Some(f) => {
                let i = vm.call_method_value(f, r, &[])?;
                int_result(vm, "__index__", i)
            }
            None => Err(vm.type_error(format!("__trunc__ returned non-Integral (type {})", vm.type_name(r)))),
        },
        _ => Err(vm.type_error(format!("{method} returned non-int (type {})", vm.type_name(r)))),
    }
}

/// `int(b, base)` for a bytes-like `b`; the error shows `b` as a bytes literal.
fn parse_int_bytes(vm: &mut Vm, x: Value, base: u32) -> PyResult<Value> {
    let b = x.as_bytes_like().unwrap_or_default();
    match std::str::from_utf8(b).ok().and_then(|s| crate::numfmt::parse_int(s, base)) {
        Some(i) => Ok(vm.new_bigint(i)),
        None => {
            let r = crate::bytes::repr_bytes(b);
            Err(vm.value_error(format!("invalid literal for int() with base {base}: {r}")))
        }
    }
}

fn parse_int_str(vm: &mut Vm, s: &str, base: u32) -> PyResult<Value> {
    let digits = s.trim().trim_start_matches(['+', '-']).len();
    let limit = vm.int_max_str_digits;
    if base == 10 && limit != 0 && digits > limit {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    match crate::numfmt::parse_int(s, base) {
        Some(b) => Ok(vm.new_bigint(b)),
        None => {
            let r = crate::repr::repr_str(s);
            Err(vm.value_error(format!("invalid literal for int() with base {base}: {r}")))
        }
    }
}

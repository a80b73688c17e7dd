//! The builtins module: builtin functions, the constructors of the builtin
//! types, and `__build_class__`.

use crate::numbers::Num;
use crate::object::{Body, BuiltinFn, BuiltinObj, ClassObj, IterState, TPFLAGS_MAPPING, TPFLAGS_SEQUENCE};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// Finds a keyword argument by name.
pub fn kwarg(kwargs: &[(Value, Value)], name: &str) -> Option<Value> {
    kwargs.iter().find(|(k, _)| k.str_text() == name).map(|(_, v)| *v)
}

/// Rejects keyword arguments other than `allowed`.
pub fn check_kwargs(vm: &mut Vm, fname: &str, kwargs: &[(Value, Value)], allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kwargs {
        if !allowed.contains(&k.str_text()) {
            return Err(vm.type_error(format!("'{}' is an invalid keyword argument for {fname}()", k.str_text())));
        }
    }
    Ok(())
}

/// Checks the positional arguments of a builtin whose parameters `params`
/// may also come by keyword, with CPython's Argument Clinic messages; the
/// first `required` of them must be given one way or the other.
pub fn check_params(vm: &mut Vm, fname: &str, args: &[Value], kwargs: &[(Value, Value)], params: &[&str], required: usize) -> PyResult<()> {
    if args.len() > params.len() {
        let (n, s) = (params.len(), if params.len() == 1 { "" } else { "s" });
        return Err(vm.type_error(format!("{fname}() takes at most {n} argument{s} ({} given)", args.len())));
    }
    for (i, p) in params.iter().enumerate().take(required).skip(args.len()) {
        if kwarg(kwargs, p).is_none() {
            return Err(vm.type_error(format!("{fname}() missing required argument '{p}' (pos {})", i + 1)));
        }
    }
    Ok(())
}

/// Checks a builtin's positional argument count.
pub fn check_args(vm: &mut Vm, fname: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() < min || args.len() > max {
        let msg = if min == max {
            if min == 0 {
                format!("{fname}() takes no arguments ({} given)", args.len())
            } else if min == 1 {
                format!("{fname}() takes exactly one argument ({} given)", args.len())
            } else {
                format!("{fname} expected {min} arguments, got {}", args.len())
            }
        } else if args.len() < min {
            format!("{fname} expected at least {min} argument{}, got {}", if min == 1 { "" } else { "s" }, args.len())
        } else {
            format!("{fname} expected at most {max} argument{}, got {}", if max == 1 { "" } else { "s" }, args.len())
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

fn builtin(vm: &mut Vm, dict: Value, name: &'static str, func: BuiltinFn) {
    let v = vm.heap.alloc_permanent(Body::Builtin(BuiltinObj { name, func, this: Value::EMPTY, owner: None }));
    let k = vm.intern(name);
    vm.dict_set_str(dict, k, v);
}

/// Creates the builtins dict.
pub fn make_builtins(vm: &mut Vm) -> Value {
    let d = vm.new_dict();
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("print", b_print),
        ("len", b_len),
        ("abs", b_abs),
        ("min", b_min),
        ("max", b_max),
        ("sum", b_sum),
        ("repr", b_repr),
        ("ascii", b_ascii),
        ("isinstance", b_isinstance),
        ("issubclass", b_issubclass),
        ("iter", b_iter),
        ("next", b_next),
        ("sorted", b_sorted),
        ("round", b_round),
        ("divmod", b_divmod),
        ("pow", b_pow),
        ("chr", b_chr),
        ("ord", b_ord),
        ("any", b_any),
        ("all", b_all),
        ("hex", b_hex),
        ("oct", b_oct),
        ("bin", b_bin),
        ("hash", b_hash),
        ("id", b_id),
        ("callable", b_callable),
        ("getattr", b_getattr),
        ("setattr", b_setattr),
        ("hasattr", b_hasattr),
        ("delattr", b_delattr),
        ("format", b_format),
        ("__build_class__", b_build_class),
        ("globals", b_globals),
        ("locals", b_locals),
        ("__import__", b_import),
        ("eval", b_eval),
        ("exec", b_exec),
        ("compile", b_compile),
        ("vars", b_vars),
        ("dir", b_dir),
        ("input", b_input),
        ("exit", b_exit),
        ("quit", b_exit),
    ];
    for &(name, f) in fns {
        builtin(vm, d, name, f);
    }
    for &t in TypeId::ALL {
        let exposed = matches!(
            t,
            TypeId::Object
                | TypeId::Type
                | TypeId::Int
                | TypeId::Bool
                | TypeId::Float
                | TypeId::Complex
                | TypeId::Str
                | TypeId::Bytes
                | TypeId::ByteArray
                | TypeId::List
                | TypeId::Tuple
                | TypeId::Dict
                | TypeId::Set
                | TypeId::FrozenSet
                | TypeId::Range
                | TypeId::Slice
                | TypeId::Property
                | TypeId::StaticMethod
                | TypeId::ClassMethod
                | TypeId::Super
                | TypeId::Enumerate
                | TypeId::Zip
                | TypeId::Map
                | TypeId::Filter
        ) || t.is_exception();
        if exposed {
            let k = vm.intern(t.name());
            let cls = vm.ty(t);
            vm.dict_set_str(d, k, cls);
        }
    }
    for alias in ["IOError", "EnvironmentError"] {
        let k = vm.intern(alias);
        let cls = vm.ty(TypeId::OSError);
        vm.dict_set_str(d, k, cls);
    }
    let k = vm.intern("reversed");
    let cls = vm.ty(TypeId::Reversed);
    vm.dict_set_str(d, k, cls);
    for (name, v) in [
        ("None", Value::NONE),
        ("True", Value::TRUE),
        ("False", Value::FALSE),
        ("NotImplemented", vm.not_implemented),
        ("Ellipsis", vm.ellipsis),
        ("__debug__", Value::TRUE),
    ] {
        let k = vm.intern(name);
        vm.dict_set_str(d, k, v);
    }
    let k = vm.intern("__name__");
    let v = vm.intern("builtins");
    vm.dict_set_str(d, k, v);
    d
}

fn b_print(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_kwargs(vm, "print", kwargs, &["sep", "end", "file", "flush"])?;
    let text = |vm: &mut Vm, name: &str, default: &str| -> PyResult<String> {
        match kwarg(kwargs, name) {
            None => Ok(default.to_string()),
            Some(v) if v.is_none() => Ok(default.to_string()),
            Some(v) => match v.as_str() {
                Some(s) => Ok(s.s.to_string()),
                None => Err(vm.type_error(format!("{name} must be None or a string, not {}", vm.type_name(v)))),
            },
        }
    };
    let sep = text(vm, "sep", " ")?;
    let end = text(vm, "end", "\n")?;
    let mut pieces = Vec::with_capacity(args.len() * 2 + 1);
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            pieces.push(sep.clone());
        }
        match a.as_str() {
            Some(s) if a.as_instance().is_none() => pieces.push(s.s.to_string()),
            _ => pieces.push(vm.to_str(*a)?),
        }
    }
    pieces.push(end);
    let flush = match kwarg(kwargs, "flush") {
        Some(f) => vm.is_true(f)?,
        None => false,
    };
    // No file: whatever sys.stdout is now (a program may have replaced it).
    let file = kwarg(kwargs, "file").filter(|f| !f.is_none()).or_else(|| sys_stream(vm, "stdout"));
    match file {
        Some(f) if !is_builtin_stream(f, "stdout") && is_builtin_stream(f, "stderr") => {
            vm.flush_out();
            eprint!("{}", pieces.concat());
        }
        Some(f) if !is_builtin_stream(f, "stdout") => print_to_file(vm, f, &pieces, flush)?,
        _ => {
            vm.write_out(&pieces.concat());
            if flush {
                vm.flush_out();
            }
        }
    }
    Ok(Value::NONE)
}

/// Whether `f` is one of tierpy's own sys.stdout/sys.stderr objects.
fn is_builtin_stream(f: Value, name: &str) -> bool {
    matches!(f.body(), Some(Body::Module { name: n, .. }) if n.str_text() == name)
}

/// The current `sys.<name>` once sys is imported.
fn sys_stream(vm: &mut Vm, name: &str) -> Option<Value> {
    let sys = vm.modules.get("sys").copied()?;
    let k = vm.intern(name);
    let dict = sys.module_ns()?;
    let h = vm.str_hash(k);
    dict.get::<()>(k, h, &mut |a, b| Ok(a.str_text() == b.str_text())).ok().flatten()
}

/// `print(..., file=f)` for any object with a `write` method: one call per
/// piece (argument, separator, end), as CPython makes them.
fn print_to_file(vm: &mut Vm, f: Value, pieces: &[String], flush: bool) -> PyResult<()> {
    let write_name = vm.intern("write");
    let write = vm.get_attr(f, write_name)?;
    vm.roots.push(write);
    let mut result = Ok(());
    for p in pieces {
        let s = vm.new_str(p);
        if let Err(e) = vm.call(write, &[s], &[]) {
            result = Err(e);
            break;
        }
    }
    vm.roots.pop();
    result?;
    if flush {
        let flush_name = vm.intern("flush");
        let m = vm.get_attr(f, flush_name)?;
        vm.call(m, &[], &[])?;
    }
    Ok(())
}

pub(crate) fn b_len(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "len", args, 1, 1)?;
    let n = vm.len(args[0])?;
    Ok(vm.new_int(n as i64))
}

pub(crate) fn b_abs(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "abs", args, 1, 1)?;
    match Num::of(args[0]) {
        Some(Num::Int(i)) => Ok(vm.new_int(i.abs())),
        Some(Num::Big(b)) => Ok(vm.new_bigint(b.abs())),
        Some(Num::Float(f)) => Ok(Value::float(f.abs())),
        None => {
            if let Some(c) = crate::complex::as_complex(args[0]) {
                return c.abs().map(Value::float).ok_or_else(|| vm.overflow_error("absolute value too large"));
            }
            if let Some(m) = vm.lookup_special(args[0], "__abs__") {
                return vm.call_method_value(m, args[0], &[]);
            }
            if args[0].has_native() {
                return b_abs(vm, &[args[0].native()], &[]);
            }
            Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(args[0]))))
        }
    }
}

fn min_max(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)], name: &str, want_less: bool) -> PyResult<Value> {
    // CPython counts the positional arguments before it looks at keywords.
    if args.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    check_kwargs(vm, name, kwargs, &["key", "default"])?;
    let key = kwarg(kwargs, "key").filter(|k| !k.is_none());
    let default = kwarg(kwargs, "default");
    let items = if args.len() == 1 {
        vm.collect_iterable(args[0])?
    } else {
        if default.is_some() {
            return Err(vm.type_error(format!("Cannot specify a default for {name}() with multiple positional arguments")));
        }
        args.to_vec()
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        };
    }
    let base = vm.roots.len();
    vm.roots.extend_from_slice(&items);
    let r = (|| {
        let mut best = items[0];
        let mut best_key = match key {
            Some(k) => vm.call(k, &[best], &[])?,
            None => best,
        };
        vm.roots.push(best_key);
        for &x in &items[1..] {
            let kx = match key {
                Some(k) => vm.call(k, &[x], &[])?,
                None => x,
            };
            vm.roots.push(kx);
            let op = if want_less { crate::ops::CmpOp::Lt } else { crate::ops::CmpOp::Gt };
            let r = vm.compare(op, kx, best_key)?;
            let better = vm.is_true(r)?;
            if better {
                best = x;
                best_key = kx;
            }
        }
        Ok(best)
    })();
    vm.roots.truncate(base);
    r
}

pub(crate) fn b_min(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    min_max(vm, args, kwargs, "min", true)
}

pub(crate) fn b_max(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    min_max(vm, args, kwargs, "max", false)
}

fn b_sum(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_kwargs(vm, "sum", kwargs, &["start"])?;
    if args.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    check_params(vm, "sum", args, kwargs, &["iterable", "start"], 1)?;
    let mut acc = args.get(1).copied().or(kwarg(kwargs, "start")).unwrap_or(Value::small_int(0));
    if acc.as_str().is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = vm.get_iter(args[0])?;
    vm.roots.push(it);
    let base = vm.roots.len();
    let r = (|| {
        // Exact float summation as CPython does it for runs of floats.
        let mut fsum: Option<f64> = None;
        while let Some(x) = vm.iter_next(it)? {
            if let (Some(f), true) = (x.as_float(), acc.is_float() || fsum.is_some()) {
                let cur = fsum.unwrap_or_else(|| acc.as_float_unchecked());
                fsum = Some(cur + f);
                continue;
            }
            if let Some(f) = fsum.take() {
                acc = Value::float(f);
            }
            acc = vm.binary_op(tierpy_bytecode::instr::BinOp::Add, acc, x)?;
            vm.roots.truncate(base);
            vm.roots.push(acc);
        }
        if let Some(f) = fsum {
            acc = Value::float(f);
        }
        Ok(acc)
    })();
    vm.roots.truncate(base - 1);
    r
}

fn b_repr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "repr", args, 1, 1)?;
    vm.repr_value(args[0])
}

fn b_ascii(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "ascii", args, 1, 1)?;
    let r = vm.repr_value(args[0])?;
    let s = r.native().str_text();
    // An all-ASCII repr is returned as it came (a str subclass stays one).
    if s.is_ascii() {
        return Ok(r);
    }
    let escaped = crate::format::ascii_escape(s);
    Ok(vm.new_string(escaped))
}

/// isinstance/issubclass of `arg` against `cls`: each class of a tuple or
/// union in turn through `f`, or an object's own `__instancecheck__`/`__subclasscheck__`.
fn class_or_tuple(vm: &mut Vm, arg: Value, cls: Value, fname: &str, f: &mut dyn FnMut(&mut Vm, Value) -> PyResult<bool>) -> PyResult<bool> {
    if let Some(t) = cls.as_tuple() {
        for &c in t {
            if class_or_tuple(vm, arg, c, fname, f)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if cls.as_class().is_none() {
        if let Some(members) = vm.union_members(cls)? {
            let t = vm.new_tuple(members);
            return class_or_tuple(vm, arg, t, fname, f);
        }
        let hook = if fname == "issubclass" { "__subclasscheck__" } else { "__instancecheck__" };
        if let Some(m) = vm.lookup_special(cls, hook) {
            // Any object whose class defines the check decides by it.
            let r = vm.call_method_value(m, cls, &[arg])?;
            return vm.is_true(r);
        }
        let (one, many) = if fname == "issubclass" { ("class", "classes") } else { ("type", "types") };
        return Err(vm.type_error(format!("{fname}() arg 2 must be a {one}, a tuple of {many}, or a union")));
    }
    f(vm, cls)
}

fn b_isinstance(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "isinstance", args, 2, 2)?;
    let v = args[0];
    let r = class_or_tuple(vm, v, args[1], "isinstance", &mut |vm, c| {
        if vm.type_of(v) == c {
            return Ok(true);
        }
        Ok(match crate::metaclass::user_check(vm, c, "__instancecheck__", v)? {
            Some(r) => r,
            None => vm.isinstance(v, c),
        })
    })?;
    Ok(Value::bool(r))
}

fn b_issubclass(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "issubclass", args, 2, 2)?;
    let v = args[0];
    let obj = vm.ty(TypeId::Object);
    // Arg 1 must be a class unless a __subclasscheck__ hook decides.
    let r =
        class_or_tuple(vm, v, args[1], "issubclass", &mut |vm, c| match crate::metaclass::user_check(vm, c, "__subclasscheck__", v)? {
            Some(r) => Ok(r),
            None if v.as_class().is_none() => Err(vm.type_error("issubclass() arg 1 must be a class")),
            None => Ok(c == obj || vm.is_subclass(v, c)),
        })?;
    Ok(Value::bool(r))
}

fn b_iter(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "iter", args, 1, 2)?;
    if args.len() == 2 {
        if !vm.is_callable(args[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(vm.heap.alloc(Body::Iter(IterState::Callable { func: args[0], sentinel: args[1] })));
    }
    vm.get_iter(args[0])
}

fn b_next(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "next", args, 1, 2)?;
    let it = args[0];
    if !vm.is_iterator(it) {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    if let Some(Body::Generator(_)) = it.body() {
        return match vm.gen_resume(it, Value::NONE)? {
            crate::iter::GenStep::Yield(v) => Ok(v),
            crate::iter::GenStep::Return(r) => match args.get(1) {
                Some(d) => Ok(*d),
                None => Err(vm.stop_iteration(r)),
            },
        };
    }
    if it.as_instance().is_some()
        && args.len() == 1
        && let Some(m) = vm.lookup_special(it, "__next__")
    {
        return vm.call_method_value(m, it, &[]);
    }
    match vm.iter_next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(*d),
            None => Err(vm.stop_iteration(Value::NONE)),
        },
    }
}

fn b_sorted(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_kwargs(vm, "sort", kwargs, &["key", "reverse"])?;
    if args.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", args.len())));
    }
    let mut items = vm.collect_iterable(args[0])?;
    let key = kwarg(kwargs, "key").filter(|k| !k.is_none());
    let reverse = match kwarg(kwargs, "reverse") {
        Some(r) => vm.is_true(r)?,
        None => false,
    };
    crate::sort::sort_values(vm, &mut items, key, reverse)?;
    Ok(vm.new_list(items))
}

fn b_round(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_kwargs(vm, "round", kwargs, &["number", "ndigits"])?;
    check_params(vm, "round", args, kwargs, &["number", "ndigits"], 1)?;
    let nd = args.get(1).copied().or(kwarg(kwargs, "ndigits")).filter(|v| !v.is_none());
    let x = args.first().copied().or(kwarg(kwargs, "number")).unwrap_or(Value::NONE);
    match Num::of(x) {
        Some(Num::Float(f)) => match nd {
            None => {
                if f.is_nan() {
                    return Err(vm.value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(vm.overflow_error("cannot convert float infinity to integer"));
                }
                let r = f.round_ties_even();
                Ok(vm.new_bigint(crate::numbers::num_bigint_from_f64(r)))
            }
            Some(n) => {
                let n = int_arg(vm, n)?;
                Ok(Value::float(crate::numfmt::float_round(f, n)))
            }
        },
        Some(Num::Int(_)) | Some(Num::Big(_)) => {
            let v = if x.is_bool() { Value::small_int(x.as_bool().unwrap() as i64) } else { x };
            match nd {
                None => Ok(v),
                Some(n) => {
                    let n = int_arg(vm, n)?;
                    if n >= 0 {
                        return Ok(v);
                    }
                    let b = match Num::of(v) {
                        Some(Num::Int(i)) => BigInt::from(i),
                        Some(Num::Big(b)) => b.clone(),
                        _ => unreachable!(),
                    };
                    let p = num_traits::pow::Pow::pow(BigInt::from(10), (-n) as u32);
                    let (q, r) = num_integer::Integer::div_mod_floor(&b, &p);
                    let twice = &r * 2;
                    let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) { q + 1 } else { q };
                    Ok(vm.new_bigint(q * p))
                }
            }
        }
        None => {
            if let Some(m) = vm.lookup_special(x, "__round__") {
                let a: Vec<Value> = nd.into_iter().collect();
                return vm.call_method_value(m, x, &a);
            }
            if x.has_native() {
                let mut a = vec![x.native()];
                a.extend(args.get(1).copied());
                return b_round(vm, &a, kwargs);
            }
            Err(vm.type_error(format!("type {} doesn't define __round__ method", vm.type_name(x))))
        }
    }
}

fn b_divmod(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "divmod", args, 2, 2)?;
    let (a, b) = (args[0], args[1]);
    if let (Some(x), Some(y)) = (Num::of(a), Num::of(b)) {
        if let (Num::Float(_), _) | (_, Num::Float(_)) = (x, y) {
            if let Num::Big(b) = x {
                crate::ops::bigint_to_f64(vm, b)?;
            }
            let fb = match y {
                Num::Float(f) => f,
                Num::Int(i) => i as f64,
                Num::Big(b) => crate::ops::bigint_to_f64(vm, b)?,
            };
            if fb == 0.0 {
                return Err(vm.zero_division("float divmod()"));
            }
        } else {
            let zero = match y {
                Num::Int(i) => i == 0,
                Num::Big(b) => b.is_zero(),
                _ => false,
            };
            if zero {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
        }
        let q = vm.binary_op(tierpy_bytecode::instr::BinOp::FloorDiv, a, b)?;
        let r = vm.binary_op(tierpy_bytecode::instr::BinOp::Mod, a, b)?;
        return Ok(vm.new_tuple(vec![q, r]));
    }
    if let Some(m) = vm.lookup_special(a, "__divmod__") {
        let r = vm.call_method_value(m, a, &[b])?;
        if r != vm.not_implemented {
            return Ok(r);
        }
    }
    if let Some(m) = vm.lookup_special(b, "__rdivmod__") {
        let r = vm.call_method_value(m, b, &[a])?;
        if r != vm.not_implemented {
            return Ok(r);
        }
    }
    if a.has_native() || b.has_native() {
        return b_divmod(vm, &[a.native(), b.native()], &[]);
    }
    Err(vm.type_error(format!("unsupported operand type(s) for divmod(): '{}' and '{}'", vm.type_name(a), vm.type_name(b))))
}

fn b_pow(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    const PARAMS: [&str; 3] = ["base", "exp", "mod"];
    check_kwargs(vm, "pow", kwargs, &PARAMS)?;
    check_params(vm, "pow", args, kwargs, &PARAMS, 2)?;
    let full: Vec<Value> = PARAMS.iter().enumerate().map_while(|(i, p)| args.get(i).copied().or(kwarg(kwargs, p))).collect();
    let args = &full[..];
    if args.len() == 3 && !args[2].is_none() {
        if args[0].as_instance().is_some()
            && let Some(m) = vm.lookup_special(args[0], "__pow__")
        {
            return user_ternary_pow(vm, m, args);
        }
        let as_big = |v: Value| match Num::of(v) {
            Some(Num::Int(i)) => Some(BigInt::from(i)),
            Some(Num::Big(b)) => Some(b.clone()),
            _ => None,
        };
        let (Some(b), Some(e), Some(m)) = (as_big(args[0]), as_big(args[1]), as_big(args[2])) else {
            if args[..2].iter().any(|&v| crate::complex::as_complex(v).is_some()) {
                return Err(vm.value_error("complex modulo"));
            }
            return Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
        };
        if m.is_zero() {
            return Err(vm.value_error("pow() 3rd argument cannot be 0"));
        }
        let (base, exp) = if e.is_negative() {
            match mod_inverse(&b, &m) {
                Some(inv) => (inv, -e),
                None => return Err(vm.value_error("base is not invertible for the given modulus")),
            }
        } else {
            (b, e)
        };
        let mabs = m.abs();
        let mut r = base.modpow(&exp, &mabs);
        if m.is_negative() && !r.is_zero() {
            r += &m;
        }
        return Ok(vm.new_bigint(r));
    }
    vm.binary_op(tierpy_bytecode::instr::BinOp::Pow, args[0], args[1])
}

/// Three-argument `pow()` on an instance whose class defines `__pow__`:
/// `method(exp, mod)`; three-argument power never tries `__rpow__`.
fn user_ternary_pow(vm: &mut Vm, method: Value, args: &[Value]) -> PyResult<Value> {
    let r = vm.call_method_value(method, args[0], &args[1..])?;
    if r != vm.not_implemented {
        return Ok(r);
    }
    let [a, b, c] = [args[0], args[1], args[2]].map(|v| vm.type_name(v));
    Err(vm.type_error(format!("unsupported operand type(s) for ** or pow(): '{a}', '{b}', '{c}'")))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    use num_integer::Integer;
    let m = m.abs();
    let e = a.mod_floor(&m).extended_gcd(&m);
    if e.gcd != BigInt::from(1) {
        return None;
    }
    Some(e.x.mod_floor(&m))
}

fn b_chr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "chr", args, 1, 1)?;
    let Some(i) = vm.index_value(args[0])? else {
        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(args[0]))));
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) if i < 0x110000 => Ok(vm.char_str(c)),
        _ if (0xd800..0xe000).contains(&i) => Err(vm.value_error("tierpy does not support surrogate code points")),
        _ => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn b_ord(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "ord", args, 1, 1)?;
    match args[0].native().as_str() {
        Some(s) if s.chars == 1 => Ok(Value::small_int(s.s.chars().next().unwrap() as i64)),
        Some(s) => Err(vm.type_error(format!("ord() expected a character, but string of length {} found", s.chars))),
        None if args[0].native().as_bytes_like().is_some() => match args[0].native().as_bytes_like().unwrap_or(&[]) {
            [c] => Ok(Value::small_int(*c as i64)),
            b => Err(vm.type_error(format!("ord() expected a character, but string of length {} found", b.len()))),
        },
        None => Err(vm.type_error(format!("ord() expected string of length 1, but {} found", vm.type_name(args[0])))),
    }
}

fn any_all(vm: &mut Vm, args: &[Value], name: &str, want: bool) -> PyResult<Value> {
    check_args(vm, name, args, 1, 1)?;
    let it = vm.get_iter(args[0])?;
    vm.roots.push(it);
    let r = (|| {
        while let Some(x) = vm.iter_next(it)? {
            if vm.is_true(x)? == want {
                return Ok(Value::bool(want));
            }
        }
        Ok(Value::bool(!want))
    })();
    vm.roots.pop();
    r
}

fn b_any(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    any_all(vm, args, "any", true)
}

fn b_all(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    any_all(vm, args, "all", false)
}

fn radix(vm: &mut Vm, args: &[Value], name: &str, r: u32) -> PyResult<Value> {
    check_args(vm, name, args, 1, 1)?;
    let b = match Num::of(args[0]) {
        Some(Num::Int(i)) => BigInt::from(i),
        Some(Num::Big(b)) => b.clone(),
        _ => match vm.index_value(args[0])? {
            Some(i) => BigInt::from(i),
            None => {
                return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(args[0]))));
            }
        },
    };
    Ok(vm.new_string(crate::numfmt::int_to_str_radix(&b, r, true)))
}

fn b_hex(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    radix(vm, args, "hex", 16)
}

fn b_oct(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    radix(vm, args, "oct", 8)
}

fn b_bin(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    radix(vm, args, "bin", 2)
}

fn b_hash(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "hash", args, 1, 1)?;
    let h = vm.hash(args[0])?;
    Ok(vm.new_int(h))
}

fn b_id(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "id", args, 1, 1)?;
    Ok(vm.new_int((args[0].0 & 0xFFFF_FFFF_FFFF) as i64))
}

fn b_callable(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "callable", args, 1, 1)?;
    Ok(Value::bool(vm.is_callable(args[0])))
}

fn attr_name(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match v.as_str() {
        Some(s) => {
            let t = s.s.to_string();
            Ok(vm.intern(&t))
        }
        None => Err(vm.type_error(format!("attribute name must be string, not '{}'", vm.type_name(v)))),
    }
}

fn b_getattr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "getattr", args, 2, 3)?;
    let name = attr_name(vm, args[1])?;
    match vm.get_attr(args[0], name) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && vm.is_type(e.0, TypeId::AttributeError) => Ok(args[2]),
        Err(e) => Err(e),
    }
}

fn b_setattr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "setattr", args, 3, 3)?;
    let name = attr_name(vm, args[1])?;
    vm.set_attr(args[0], name, args[2])?;
    Ok(Value::NONE)
}

fn b_hasattr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "hasattr", args, 2, 2)?;
    let name = attr_name(vm, args[1])?;
    match vm.get_attr(args[0], name) {
        Ok(_) => Ok(Value::TRUE),
        Err(e) if vm.is_type(e.0, TypeId::AttributeError) => Ok(Value::FALSE),
        Err(e) => Err(e),
    }
}

fn b_delattr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "delattr", args, 2, 2)?;
    let name = attr_name(vm, args[1])?;
    vm.del_attr(args[0], name)?;
    Ok(Value::NONE)
}

fn b_format(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(s) => match s.as_str() {
            Some(s) => s.s.to_string(),
            None => {
                return Err(vm.type_error(format!("format() argument 2 must be str, not {}", vm.arg_type_name(*s))));
            }
        },
        None => String::new(),
    };
    let s = vm.format_value(args[0], &spec)?;
    Ok(vm.new_string(s))
}

fn b_eval(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    run_source(vm, "eval", args, kwargs, crate::vm::SourceKind::Expression)
}

fn b_exec(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    run_source(vm, "exec", args, kwargs, crate::vm::SourceKind::Statements)?;
    Ok(Value::NONE)
}

/// `eval(source, globals=None, locals=None)` and `exec(...)`: the code runs at
/// module level with the given dicts (default: the caller's globals and
/// namespace; in a function, a snapshot of its locals).
/// The source text of `eval`/`exec`/`compile`: a str, or the bytes of a
/// buffer (bytes, bytearray, memoryview) read as UTF-8.
fn source_text(vm: &mut Vm, v: Value) -> PyResult<Option<String>> {
    if let Some(s) = v.as_str() {
        return Ok(Some(s.s.to_string()));
    }
    if matches!(v.body(), Some(Body::Code(_))) {
        return Ok(None);
    }
    Ok(vm.buffer_bytes(v)?.map(|b| String::from_utf8_lossy(&b).into_owned()))
}

fn run_source(vm: &mut Vm, name: &str, args: &[Value], kwargs: &[(Value, Value)], kind: crate::vm::SourceKind) -> PyResult<Value> {
    // Both take their dicts positionally only (exec's `closure` is accepted, unused).
    check_kwargs(vm, name, kwargs, &["closure"])?;
    check_args(vm, name, args, 1, 3)?;
    let arg = |i: usize, key: &str| args.get(i).copied().or_else(|| kwarg(kwargs, key)).filter(|v| !v.is_none());
    let compiled = match args[0].body() {
        Some(Body::Code(c)) => Some(c.clone()),
        _ => None,
    };
    let source = match source_text(vm, args[0])? {
        Some(s) => s,
        None if compiled.is_some() => String::new(),
        None => return Err(vm.type_error(format!("{name}() arg 1 must be a string, bytes or code object"))),
    };
    let (globals, locals) = match arg(1, "globals") {
        Some(g) if g.as_dict().is_none() && g.native().as_dict().is_none() => {
            let msg = match kind {
                crate::vm::SourceKind::Expression
                    if crate::methods::lookup(vm.type_id(g), "__getitem__").is_some() || vm.lookup_special(g, "__getitem__").is_some() =>
                {
                    "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
                }
                crate::vm::SourceKind::Expression => "globals must be a dict".to_string(),
                _ => format!("{name}() globals must be a dict, not {}", vm.type_name(g)),
            };
            return Err(vm.type_error(msg));
        }
        // A dict subclass: its dict holds the globals, and it serves (with its
        // own __getitem__) as the default locals mapping.
        Some(g) => {
            // CPython puts the builtins into globals that lack them.
            let key = vm.intern("__builtins__");
            if vm.dict_get_str(g.native(), key).is_none() {
                let b = vm.builtins;
                vm.dict_set_str(g.native(), key, b);
            }
            (g.native(), arg(2, "locals").unwrap_or(g))
        }
        None => {
            let (g, ns) = vm.caller_namespace();
            (g, arg(2, "locals").unwrap_or(ns))
        }
    };
    // CPython strips leading spaces and tabs from eval's expression.
    let source = if kind == crate::vm::SourceKind::Expression { source.trim_start_matches([' ', '\t']).to_string() } else { source };
    let code = match compiled {
        Some(c) => c,
        None => compile_with(vm, name, &source, "<string>", kind)?,
    };
    vm.run_code(code, globals, locals)
}

/// Compiles with the embedder's compiler (RuntimeError when there is none).
fn compile_with(
    vm: &mut Vm,
    name: &str,
    source: &str,
    filename: &str,
    kind: crate::vm::SourceKind,
) -> PyResult<std::rc::Rc<tierpy_bytecode::CodeObject>> {
    let Some(compile) = vm.compiler else {
        return Err(vm.runtime_error(format!("{name}() is not available in this embedding")));
    };
    compile(vm, source, filename, kind)
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`:
/// a code object for `exec()`/`eval()` (flags and optimize are accepted and ignored).
fn b_compile(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    const NAMES: [&str; 6] = ["source", "filename", "mode", "flags", "dont_inherit", "optimize"];
    check_kwargs(vm, "compile", kwargs, &NAMES)?;
    check_args(vm, "compile", args, 0, 6)?;
    let mut arg = [Value::EMPTY; 3];
    for (i, slot) in arg.iter_mut().enumerate() {
        match args.get(i).copied().or_else(|| kwarg(kwargs, NAMES[i])) {
            Some(v) => *slot = v,
            None => return Err(vm.type_error(format!("compile() missing required argument '{}' (pos {})", NAMES[i], i + 1))),
        }
    }
    let [source, filename, mode] = arg;
    let Some(source) = source_text(vm, source)? else {
        return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    let filename = vm.to_str(filename)?;
    let kind = match mode.as_str().map(|m| &*m.s) {
        Some("exec") => crate::vm::SourceKind::Statements,
        Some("eval") => crate::vm::SourceKind::Expression,
        Some("single") => crate::vm::SourceKind::Single,
        Some("func_type") => return Err(vm.value_error("compile() mode 'func_type' requires flag PyCF_ONLY_AST")),
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let code = compile_with(vm, "compile", &source, &filename, kind)?;
    Ok(vm.heap.alloc(Body::Code(code)))
}

fn b_globals(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Ok(vm.caller_globals())
}

/// `locals()`: the caller's namespace (at module level or in a class body),
/// or a snapshot of a function's local variables.
fn b_locals(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "locals", args, 0, 0)?;
    Ok(vm.caller_namespace().1)
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the module.
fn b_import(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_kwargs(vm, "__import__", kwargs, &["name", "globals", "locals", "fromlist", "level"])?;
    let name = args.first().copied().or_else(|| kwarg(kwargs, "name"));
    let Some(name) = name else {
        return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)"));
    };
    let Some(text) = name.as_str().map(|s| s.s.to_string()) else {
        return Err(vm.type_error("module name must be a string"));
    };
    let fromlist = args.get(3).copied().or_else(|| kwarg(kwargs, "fromlist")).unwrap_or(Value::NONE);
    vm.import_with_fromlist(&text, fromlist)
}

/// `vars([object])`: `object.__dict__`, or the caller's locals like `locals()`.
fn b_vars(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "vars", args, 0, 1)?;
    if args.is_empty() {
        return Ok(vm.caller_namespace().1);
    }
    let k = vm.intern("__dict__");
    match vm.get_attr_opt(args[0], k)? {
        Some(d) => Ok(d),
        None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

/// The attributes `dir(object)` lists (CPython 3.11).
const OBJECT_DIR: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

/// `dir([obj])`: the sorted attribute names of obj, or of the module without it.
fn b_dir(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "dir", args, 0, 1)?;
    let mut items = match args.first() {
        None => {
            // The caller's local names: its namespace's keys (a mapping's keys()).
            let ns = vm.caller_namespace().1;
            match ns.as_dict() {
                Some(d) if ns.as_instance().is_none() => d.keys(),
                _ => {
                    let name = vm.intern("keys");
                    let keys = vm.call_method(name, &[ns])?;
                    vm.collect_iterable(keys)?
                }
            }
        }
        Some(&obj) => match vm.lookup_special(obj, "__dir__") {
            Some(m) if m.as_function().is_some() => {
                let r = vm.call_method_value(m, obj, &[])?;
                vm.collect_iterable(r)?
            }
            _ => {
                let names = dir_names(vm, obj);
                names.iter().map(|n| vm.new_string(n.clone())).collect()
            }
        },
    };
    crate::sort::sort_values(vm, &mut items, None, false)?;
    Ok(vm.new_list(items))
}

/// The names `dir(obj)` lists for an object without `__dir__`.
fn dir_names(vm: &mut Vm, obj: Value) -> std::collections::BTreeSet<String> {
    let mut names = std::collections::BTreeSet::new();
    let add_dict = |names: &mut std::collections::BTreeSet<String>, d: &crate::dict::Dict| {
        names.extend(d.keys().into_iter().filter_map(|k| k.as_str().map(|s| s.s.to_string())));
    };
    if let Some(dict) = obj.module_ns() {
        add_dict(&mut names, dict);
        return names;
    }
    if let Some(inst) = obj.as_instance() {
        add_dict(&mut names, &inst.dict);
    }
    let cls = if obj.as_class().is_some() { obj } else { vm.type_of(obj) };
    let mro = cls.as_class().unwrap().mro.clone();
    for k in mro {
        let c = k.as_class().unwrap();
        add_dict(&mut names, &c.dict);
        if let Some(t) = c.builtin {
            names.extend(crate::methods::names(t).into_iter().map(String::from));
        } else {
            names.extend(["__dict__", "__module__", "__weakref__"].map(String::from));
        }
    }
    names.extend(OBJECT_DIR.iter().map(|s| s.to_string()));
    names
}

fn b_input(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    if let Some(p) = args.first() {
        let s = vm.to_str(*p)?;
        vm.write_out(&s);
    }
    vm.flush_out();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) | Err(_) => Err(vm.new_exception(TypeId::EOFError, "EOF when reading a line")),
        Ok(_) => {
            let t = line.trim_end_matches(['\n', '\r']).to_string();
            Ok(vm.new_string(t))
        }
    }
}

fn b_exit(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let cls = vm.ty(TypeId::SystemExit);
    Err(crate::vm::PyErr(crate::exceptions::make_exception(vm, cls, args.to_vec())))
}

/// `__build_class__(body, name, *bases)`: runs the class body and makes the class.
fn b_build_class(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let (body, name) = (args[0], args[1]);
    let roots = vm.roots.len();
    let r = crate::metaclass::resolve_mro_entries(vm, &args[2..]).and_then(|(bases, orig)| {
        let (meta, kwargs) = crate::metaclass::select(vm, &bases, kwargs)?;
        if meta != vm.ty(TypeId::Type) {
            return crate::metaclass::build(vm, meta, body, name, &bases, orig, &kwargs);
        }
        let ns = vm.new_dict();
        vm.roots.push(ns);
        run_class_body(vm, body, ns)?;
        crate::metaclass::note_orig_bases(vm, ns, orig);
        make_class(vm, name, bases, ns, &kwargs, meta)
    });
    vm.roots.truncate(roots);
    r
}

/// Runs the `__init_subclass__` of the new class's parent with the class
/// keywords (object's takes none).
fn init_subclass(vm: &mut Vm, cls: Value, kwargs: &[(Value, Value)]) -> PyResult<()> {
    let key = vm.intern("__init_subclass__");
    let mro = cls.as_class().unwrap().mro.clone();
    for k in &mro[1..] {
        let h = vm.str_hash(key);
        if let Some(m) = k.as_class().unwrap().dict.get_str(key, h) {
            let f = match m.body() {
                Some(Body::ClassMethod(f)) => *f,
                _ => m,
            };
            vm.call(f, &[cls], kwargs)?;
            return Ok(());
        }
    }
    if !kwargs.is_empty() {
        let q = cls.as_class().unwrap().qualname.str_text();
        return Err(vm.type_error(format!("{q}.__init_subclass__() takes no keyword arguments")));
    }
    Ok(())
}

/// A new class from its name, bases and namespace dict (the class body's
/// locals, or `type(name, bases, dict)`'s third argument) whose metaclass is
/// `meta`; `kwargs` are the class keywords, passed to `__init_subclass__`.
pub fn make_class(vm: &mut Vm, name: Value, mut bases: Vec<Value>, ns: Value, kwargs: &[(Value, Value)], meta: Value) -> PyResult<Value> {
    let object = vm.ty(TypeId::Object);
    if bases.len() > 1 {
        bases.retain(|b| *b != object);
    }
    for &b in &bases {
        let Some(c) = b.as_class() else {
            return Err(vm.type_error("bases must be types"));
        };
        if let Some(t) = c.builtin
            && !t.subclassable()
        {
            return Err(vm.type_error(format!("tierpy does not support subclassing the builtin type '{}'", t.name())));
        }
    }
    let object = vm.ty(TypeId::Object);
    let mro = crate::mro::c3_mro(vm, &bases)?;
    let is_exception = bases.iter().any(|b| b.as_class().is_some_and(|c| c.is_exception));
    let builtin = bases.iter().find_map(|b| b.as_class().and_then(|c| c.builtin)).filter(|t| *t != TypeId::Object);
    let (ek, hk) = (vm.intern("__eq__"), vm.intern("__hash__"));
    if vm.dict_get_str(ns, ek).is_some() && vm.dict_get_str(ns, hk).is_none() {
        vm.dict_set_str(ns, hk, Value::NONE);
    }
    let qk = vm.intern("__qualname__");
    let qualname = vm.dict_get_str(ns, qk).unwrap_or(name);
    let abc_tpflags = abc_tpflags(vm, ns, &bases);
    let mut dict = ns.as_dict().unwrap().clone();
    let tk = vm.intern("__tp_name__");
    let tp_name = dict.get_str(tk, vm.str_hash(tk)).filter(|v| v.as_str().is_some()).unwrap_or(Value::EMPTY);
    dict.remove_str(tk, vm.str_hash(tk));
    for e in dict.iter() {
        vm.note_class_attr(e.key);
    }
    let name = vm.intern(name.str_text());
    let cls = vm.heap.alloc(Body::Class(Box::new(ClassObj {
        name,
        qualname,
        bases: if bases.is_empty() { vec![object] } else { bases },
        mro: vec![],
        dict,
        builtin,
        is_exception,
        abc_tpflags,
        hooks: Default::default(),
        meta: if meta == vm.ty(TypeId::Type) { Value::EMPTY } else { meta },
        tp_name,
    })));
    let mut full = vec![cls];
    full.extend(mro);
    if !full.contains(&object) {
        full.push(object);
    }
    cls.as_class().unwrap().mro = full;
    // Wrap plain functions named __new__ as static methods and
    // __init_subclass__ as class methods, as type() does.
    for name in ["__new__", "__init_subclass__"] {
        let k = vm.intern(name);
        let h = vm.str_hash(k);
        if let Some(f) = cls.as_class().unwrap().dict.get_str(k, h)
            && f.as_function().is_some()
        {
            let wrapped = vm.heap.alloc(if name == "__new__" { Body::StaticMethod(f) } else { Body::ClassMethod(f) });
            cls.as_class().unwrap().dict.set_str(k, h, wrapped);
        }
    }
    let ck = vm.intern("__classcell__");
    if let Some(cell) = vm.dict_get_str(ns, ck) {
        if let Some(Body::Cell(c)) = cell.body() {
            *c = cls;
        }
        class_dict_remove(vm, cls, ck);
    }
    // Like type(), keep __qualname__ out of the class dict and always give it __doc__.
    class_dict_remove(vm, cls, qk);
    let dk = vm.intern("__doc__");
    if vm.dict_get_str(ns, dk).is_none() {
        let h = vm.str_hash(dk);
        cls.as_class().unwrap().dict.set_str(dk, h, Value::NONE);
    }
    vm.invalidate_class_caches();
    vm.roots.push(cls);
    let r = set_names(vm, cls).and_then(|_| init_subclass(vm, cls, kwargs));
    vm.roots.pop();
    r.map(|_| cls)
}

/// A new class's collection flags: the int `__abc_tpflags__` of its body
/// (taken out of the namespace, as ABCMeta does), else its first base's.
fn abc_tpflags(vm: &mut Vm, ns: Value, bases: &[Value]) -> u64 {
    let key = vm.intern("__abc_tpflags__");
    let own = vm.dict_get_str(ns, key).and_then(|v| v.as_small_int());
    if let Some(flags) = own {
        let h = vm.str_hash(key);
        let _ = ns.as_dict().unwrap().remove::<()>(key, h, &mut |a, b| Ok(a.str_text() == b.str_text()));
        return flags as u64 & (TPFLAGS_SEQUENCE | TPFLAGS_MAPPING);
    }
    bases.iter().filter_map(|b| b.as_class()).map(|c| c.abc_tpflags).find(|&f| f != 0).unwrap_or(0)
}

fn class_dict_remove(vm: &mut Vm, cls: Value, key: Value) {
    let h = vm.str_hash(key);
    let _ = cls.as_class().unwrap().dict.remove::<()>(key, h, &mut |a, b| Ok(a.str_text() == b.str_text()));
}

/// Calls `__set_name__(cls, name)` on the attributes of a new class that define it.
fn set_names(vm: &mut Vm, cls: Value) -> PyResult<()> {
    let entries: Vec<(Value, Value)> = cls.as_class().unwrap().dict.iter().map(|e| (e.key, e.value)).collect();
    for (k, v) in entries {
        if v.as_instance().is_none() {
            continue;
        }
        if let Some(m) = vm.lookup_special(v, "__set_name__")
            && let Err(e) = vm.call_method_value(m, v, &[cls, k])
        {
            // CPython 3.11 wraps the error in a RuntimeError naming the attribute.
            let (t, name, c) =
                (vm.type_name(v).to_string(), crate::repr::repr_str(k.str_text()), cls.as_class().unwrap().name.str_text().to_string());
            let msg = format!("Error calling __set_name__ on '{t}' instance {name} in '{c}'");
            return Err(crate::exceptions::raise_from(vm, TypeId::RuntimeError, &msg, e.0));
        }
    }
    Ok(())
}

/// Runs a class body (a function made by the compiler) with `ns` as its namespace.
pub fn run_class_body(vm: &mut Vm, body: Value, ns: Value) -> PyResult<()> {
    let f = body.as_function().unwrap();
    let code = f.code.clone();
    let nregs = code.nregs as usize;
    let Some(regs) = vm.push_regs(nregs) else {
        return Err(vm.recursion_error());
    };
    // SAFETY: regs has the code's nregs values.
    unsafe { f.bind_closure(regs) };
    let mut frame = crate::frame::Frame::new(code, regs, f.globals, ns, body, vm.exc_stack.len());
    vm.depth += 1;
    let r = (vm.executor)(vm, &mut frame);
    vm.depth -= 1;
    vm.pop_regs(nregs);
    r.map(|_| ())
}

/// Calls a builtin type: int(), str(), list(), ...
pub fn construct_builtin(vm: &mut Vm, t: TypeId, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    crate::constructors::construct(vm, t, args, kwargs)
}

/// `int(x)` for a float, with CPython's errors.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e15 {
        return Ok(vm.new_int(t as i64));
    }
    Ok(vm.new_bigint(crate::numbers::num_bigint_from_f64(t)))
}

/// An int argument as i64 with a TypeError naming the function otherwise.
pub fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match vm.index_value(v)? {
        Some(i) => Ok(i),
        None => Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
    }
}

/// An index-like argument CPython converts to a C `Py_ssize_t`: an int that
/// does not fit is its OverflowError.
pub fn ssize_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match int_arg(vm, v) {
        Err(e) if vm.is_type(e.0, TypeId::OverflowError) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        r => r,
    }
}

/// Whether a big int fits i64 (for range and friends).
pub fn big_to_i64(b: &BigInt) -> Option<i64> {
    b.to_i64()
}

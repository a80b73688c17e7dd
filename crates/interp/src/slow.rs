//! The interpreter's out-of-line instruction bodies: name lookups with their
//! inline caches, calls with keywords and unpacking, raising, `with`,
//! unpacking and function creation.

use std::rc::Rc;
use tierpy_bytecode::instr::make_function as mf;
use tierpy_bytecode::{CodeObject, Reg};
use tierpy_runtime::exceptions::make_exception;
use tierpy_runtime::iter::GenStep;
use tierpy_runtime::object::{Body, FunctionObj};
use tierpy_runtime::types::TypeId;
use tierpy_runtime::{Frame, PyErr, PyResult, Value, Vm};

/// Identity (`is`): the same word, or the same float bits.
#[inline]
pub fn is(a: Value, b: Value) -> bool {
    a == b
}

/// `LoadGlobal`: globals then builtins, cached per instruction by entry
/// index: [globals, entry, 0, 0] for a global, [builtins, entry, globals,
/// keys added to globals] for a builtin (valid while globals gained no key).
pub fn load_global(vm: &mut Vm, code: &CodeObject, pc: usize, globals: Value, name: Value) -> PyResult<Value> {
    let cache = &code.cache[pc];
    let [tag, idx, in_globals, added] = cache.get();
    let d = globals.as_dict().unwrap();
    let builtins = vm.builtins;
    let hit = |dict: Value| dict.as_dict().and_then(|t| t.raw_entries().get(idx as usize)).filter(|e| e.key == name).map(|e| e.value);
    if tag == globals.0
        && let Some(v) = hit(globals)
    {
        return Ok(v);
    }
    if tag == builtins.0
        && in_globals == globals.0
        && added == d.keys_added()
        && let Some(v) = hit(builtins)
    {
        return Ok(v);
    }
    let h = vm.str_hash(name);
    if let Ok(Some(i)) = d.find::<()>(name, h, &mut |a, b| Ok(a.as_str().is_some() && a.str_text() == b.str_text())) {
        cache.set([globals.0, i as u64, 0, 0]);
        return Ok(d.entry(i).value);
    }
    let b = builtins.as_dict().unwrap();
    if let Ok(Some(i)) = b.find::<()>(name, h, &mut |a, b| Ok(a.as_str().is_some() && a.str_text() == b.str_text())) {
        cache.set([builtins.0, i as u64, globals.0, d.keys_added()]);
        return Ok(b.entry(i).value);
    }
    missing_name(vm, name)
}

/// A name found nowhere: a builtin defined on first use, else NameError.
fn missing_name(vm: &mut Vm, name: Value) -> PyResult<Value> {
    match vm.lazy_builtin(name)? {
        Some(v) => Ok(v),
        None => Err(vm.name_error(name.str_text())),
    }
}

/// `StoreGlobal`, through the instruction's cache as `LoadGlobal`'s: the
/// globals dict and the index of the entry where the name was stored (the
/// FTL compiles the store to that entry).
pub fn store_global(vm: &mut Vm, code: &CodeObject, pc: usize, globals: Value, name: Value, v: Value) -> PyResult<()> {
    let cache = &code.cache[pc];
    let [tag, idx, ..] = cache.get();
    let d = globals.as_dict().unwrap();
    if tag == globals.0 && d.raw_entries().get(idx as usize).is_some_and(|e| e.key == name) {
        d.set_value_at(idx as usize, v);
        return Ok(());
    }
    let h = vm.str_hash(name);
    let i = match d.find::<()>(name, h, &mut |a, b| Ok(tierpy_runtime::watch::same_name(a, b))) {
        Ok(Some(i)) => {
            d.set_value_at(i, v);
            i
        }
        _ => {
            d.insert_new(name, h, v);
            d.raw_entries().len() - 1
        }
    };
    cache.set([globals.0, i as u64, 0, 0]);
    Ok(())
}

/// `DeleteGlobal`.
pub fn delete_global(vm: &mut Vm, globals: Value, name: Value) -> PyResult<()> {
    let h = vm.str_hash(name);
    if globals.as_dict().unwrap().remove_str(name, h) { Ok(()) } else { Err(vm.name_error(name.str_text())) }
}

/// `LoadName`: the frame namespace, then globals, then builtins.
pub fn load_name(vm: &mut Vm, f: &Frame, name: Value) -> PyResult<Value> {
    let h = vm.str_hash(name);
    if f.namespace.as_dict().is_none()
        && let Some(v) = mapping_get(vm, f.namespace, name)?
    {
        return Ok(v);
    }
    for d in [f.namespace, f.globals, vm.builtins] {
        if let Some(v) = d.as_dict().and_then(|d| d.get_str(name, h)) {
            return Ok(v);
        }
    }
    missing_name(vm, name)
}

/// `ns[name]` of a namespace that is not a plain dict (exec/eval's locals
/// mapping, a dict subclass): None when it raises KeyError.
fn mapping_get(vm: &mut Vm, ns: Value, name: Value) -> PyResult<Option<Value>> {
    match vm.get_item(ns, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.is_type(e.0, TypeId::KeyError) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `StoreName`: into the namespace dict, or through `__setitem__` of a mapping.
pub fn store_name(vm: &mut Vm, f: &Frame, name: Value, v: Value) -> PyResult<()> {
    if f.namespace.as_dict().is_some() {
        return vm.dict_set(f.namespace, name, v);
    }
    vm.set_item(f.namespace, name, v)
}

/// `DeleteName`.
pub fn delete_name(vm: &mut Vm, f: &Frame, name: Value) -> PyResult<()> {
    let h = vm.str_hash(name);
    let Some(d) = f.namespace.as_dict() else {
        return match vm.del_item(f.namespace, name) {
            Err(e) if vm.is_type(e.0, TypeId::KeyError) => Err(vm.name_error(name.str_text())),
            r => r,
        };
    };
    if d.remove_str(name, h) { Ok(()) } else { Err(vm.name_error(name.str_text())) }
}

/// `LoadBuiltin`.
pub fn load_builtin(vm: &mut Vm, name: Value) -> PyResult<Value> {
    let h = vm.str_hash(name);
    match vm.builtins.as_dict().unwrap().get_str(name, h) {
        Some(v) => Ok(v),
        None => missing_name(vm, name),
    }
}

/// UnboundLocalError for a local read before assignment.
pub fn unbound_local(vm: &mut Vm, name: Value) -> PyErr {
    let msg = format!("cannot access local variable '{}' where it is not associated with a value", name.str_text());
    vm.new_exception(TypeId::UnboundLocalError, &msg)
}

/// The error for reading an empty cell.
pub fn unbound_cell(vm: &mut Vm, code: &CodeObject, cell: Reg, name: Value) -> PyErr {
    if code.cellvars.contains(&cell) {
        return unbound_local(vm, name);
    }
    let msg = format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name.str_text());
    vm.new_exception(TypeId::NameError, &msg)
}

/// The work of a safepoint: a collection when one is due, then a pending
/// Ctrl-C as KeyboardInterrupt.
pub fn safepoint(vm: &mut Vm) -> Result<(), PyErr> {
    if vm.heap.wants_collection() {
        vm.collect_now();
    }
    if vm.take_interrupt() {
        return Err(keyboard_interrupt(vm));
    }
    Ok(())
}

/// KeyboardInterrupt raised at a safepoint after Ctrl-C.
pub fn keyboard_interrupt(vm: &mut Vm) -> PyErr {
    let cls = vm.ty(TypeId::KeyboardInterrupt);
    PyErr(make_exception(vm, cls, vec![]))
}

/// A positional call.
#[inline]
pub fn call(vm: &mut Vm, f: Value, args: &[Value]) -> PyResult<Value> {
    if let Some(fo) = f.as_function() {
        // The common call directly here (`call_function` reaches it through a pointer).
        if fo.code.jit_entry.get() != 0
            && let Some(r) = crate::dispatch::call_direct(vm, f, args)
        {
            return r;
        }
        return vm.call_function_framed(f, args, &[]);
    }
    vm.call(f, args, &[])
}

/// A call whose last `len(names)` arguments are keywords.
pub fn call_kw(vm: &mut Vm, f: Value, args: &[Value], names: Value) -> PyResult<Value> {
    let names = names.as_tuple().unwrap_or(&[]);
    let npos = args.len() - names.len();
    let kwargs: Vec<(Value, Value)> = names.iter().zip(&args[npos..]).map(|(k, v)| (vm.intern(k.str_text()), *v)).collect();
    vm.call(f, &args[..npos], &kwargs)
}

/// `f(*args, **kwargs)`.
pub fn call_ex(vm: &mut Vm, f: Value, args: Value, kwargs: Value) -> PyResult<Value> {
    let pos = match args.as_tuple() {
        Some(t) => t.to_vec(),
        // `f(*it)` hands over the iterable itself.
        None => vm.collect_iterable(args).map_err(|e| {
            if vm.is_type(e.0, TypeId::TypeError) && vm.get_iter(args).is_err() {
                let (n, t) = (func_name(vm, f), vm.type_name(args));
                return vm.type_error(format!("{n} argument after * must be an iterable, not {t}"));
            }
            e
        })?,
    };
    let mut kw = vec![];
    if !kwargs.is_empty() {
        for e in kwargs.as_dict().unwrap().iter() {
            if e.key.as_str().is_none() {
                return Err(vm.type_error("keywords must be strings"));
            }
            kw.push((vm.intern(e.key.str_text()), e.value));
        }
    }
    vm.call(f, &pos, &kw)
}

/// Rewords the TypeError of a starred non-iterable like CPython.
pub fn star_error(vm: &mut Vm, e: PyErr, v: Value) -> PyErr {
    if vm.is_type(e.0, TypeId::TypeError) && !vm.is_callable(v) && vm.get_iter(v).is_err() {
        let t = vm.type_name(v);
        return vm.type_error(format!("Value after * must be an iterable, not {t}"));
    }
    e
}

/// `{**m}`.
pub fn dict_update(vm: &mut Vm, d: Value, src: Value) -> PyResult<()> {
    let Some(entries) = vm.mapping_items(src)? else {
        let t = vm.type_name(src);
        return Err(vm.type_error(format!("'{t}' object is not a mapping")));
    };
    for (k, v) in entries {
        vm.dict_set(d, k, v)?;
    }
    Ok(())
}

/// How CPython's keyword-merging errors name the callee
/// (`_PyObject_FunctionStr`): `module.qualname()` unless the module is builtins.
fn func_name(vm: &mut Vm, f: Value) -> String {
    match f.body() {
        Some(Body::Function(func)) => {
            let qualname = func.qualname.str_text();
            let key = vm.intern("__module__");
            match vm.get_attr_opt(f, key) {
                Ok(Some(m)) if !m.str_text().is_empty() && m.str_text() != "builtins" => {
                    format!("{}.{qualname}()", m.str_text())
                }
                _ => format!("{qualname}()"),
            }
        }
        Some(Body::BoundMethod { func, .. }) => {
            let func = *func;
            func_name(vm, func)
        }
        Some(Body::Builtin(b)) if !b.this.is_empty() && b.this.as_class().is_none() => {
            let (this, name) = (b.this, b.name);
            format!("{}.{name}()", vm.type_name(this.native()))
        }
        Some(Body::Builtin(b)) => match b.owner {
            Some(t) => format!("{}.{}()", t.name(), b.name),
            None => format!("{}()", b.name),
        },
        Some(Body::Class(c)) if c.builtin.is_none() => format!("__main__.{}()", c.name.str_text()),
        Some(Body::Class(c)) => format!("{}()", c.name.str_text()),
        _ => {
            let r = vm.repr(f).unwrap_or_default();
            r.to_string()
        }
    }
}

/// `f(**m)`: merges a mapping into the call's keyword dict.
pub fn dict_merge(vm: &mut Vm, d: Value, src: Value, f: Value) -> PyResult<()> {
    let Some(entries) = vm.mapping_items(src)? else {
        let t = vm.type_name(src);
        let n = func_name(vm, f);
        return Err(vm.type_error(format!("{n} argument after ** must be a mapping, not {t}")));
    };
    for (k, v) in entries {
        if vm.dict_get(d, k)?.is_some() {
            let n = func_name(vm, f);
            return Err(vm.type_error(format!("{n} got multiple values for keyword argument '{}'", k.str_text())));
        }
        vm.dict_set(d, k, v)?;
    }
    Ok(())
}

fn unpack_source(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    match vm.get_iter(v) {
        Ok(it) => vm.drain_iter(it),
        Err(e) => {
            if vm.is_type(e.0, TypeId::TypeError) {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("cannot unpack non-iterable {t} object")));
            }
            Err(e)
        }
    }
}

/// Unpacks exactly `n` items.
pub fn unpack(vm: &mut Vm, v: Value, n: usize) -> PyResult<Vec<Value>> {
    let items = unpack_source(vm, v)?;
    if items.len() > n {
        return Err(vm.value_error(format!("too many values to unpack (expected {n})")));
    }
    if items.len() < n {
        return Err(vm.value_error(format!("not enough values to unpack (expected {n}, got {})", items.len())));
    }
    Ok(items)
}

/// Unpacks with a starred target: `before` items, a list, `after` items.
pub fn unpack_ex(vm: &mut Vm, v: Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
    let items = unpack_source(vm, v)?;
    if items.len() < before + after {
        return Err(vm.value_error(format!("not enough values to unpack (expected at least {}, got {})", before + after, items.len())));
    }
    let mut out = items[..before].to_vec();
    let mid = items[before..items.len() - after].to_vec();
    out.push(vm.new_list(mid));
    out.extend_from_slice(&items[items.len() - after..]);
    Ok(out)
}

/// Builds a function object.
pub fn make_function(
    vm: &mut Vm,
    code: Rc<CodeObject>,
    globals: Value,
    flags: u8,
    defaults: Value,
    kwdefaults: Value,
    closure: Value,
) -> Value {
    let defaults = if flags & mf::DEFAULTS != 0 { defaults.as_tuple().unwrap_or(&[]).to_vec() } else { vec![] };
    let kwdefaults = if flags & mf::KWDEFAULTS != 0 {
        kwdefaults.as_dict().map(|d| d.iter().map(|e| (e.key, e.value)).collect()).unwrap_or_default()
    } else {
        vec![]
    };
    let closure = if flags & mf::CLOSURE != 0 { closure.as_tuple().unwrap_or(&[]).to_vec() } else { vec![] };
    let name = vm.intern(&code.name);
    let qualname = vm.intern(&code.qualname);
    vm.heap.alloc(Body::Function(Box::new(FunctionObj {
        code,
        globals,
        defaults,
        kwdefaults,
        closure,
        name,
        qualname,
        dict: Default::default(),
    })))
}

/// One step of `yield from`: Ok(value to yield) or Err(the return value).
pub fn yield_from_step(vm: &mut Vm, it: Value) -> PyResult<Result<Value, Value>> {
    let sent = vm.yield_from_sent.take();
    if let Some(Body::Generator(_)) = it.body() {
        return Ok(match vm.gen_resume(it, sent.unwrap_or(Value::NONE))? {
            GenStep::Yield(v) => Ok(v),
            GenStep::Return(r) => Err(r),
        });
    }
    let method = match sent {
        Some(_) => {
            let n = vm.intern("send");
            Some(vm.get_attr(it, n)?)
        }
        None if it.as_instance().is_some() => {
            vm.lookup_special(it, "__next__").map(|m| vm.heap.alloc(Body::BoundMethod { this: it, func: m }))
        }
        None => None,
    };
    if let Some(m) = method {
        let args: Vec<Value> = sent.into_iter().collect();
        return match vm.call(m, &args, &[]) {
            Ok(v) => Ok(Ok(v)),
            Err(e) if vm.is_type(e.0, TypeId::StopIteration) => {
                let v = e.0.exc_data().and_then(|d| d.args.as_tuple().and_then(|t| t.first().copied())).unwrap_or(Value::NONE);
                Ok(Err(v))
            }
            Err(e) => Err(e),
        };
    }
    Ok(match vm.iter_next(it)? {
        Some(v) => Ok(v),
        None => Err(Value::NONE),
    })
}

/// `raise exc [from cause]`.
pub fn raise(vm: &mut Vm, exc: Value, cause: Option<Value>) -> PyErr {
    let e = match vm.exception_from_raise(exc) {
        Ok(e) => e,
        Err(err) => return err,
    };
    if let Some(c) = cause {
        let c = if c.is_none() {
            Value::NONE
        } else {
            match vm.exception_from_raise(c) {
                Ok(c) => c,
                Err(_) => return vm.type_error("exception causes must derive from BaseException"),
            }
        };
        if let Some(d) = e.exc_data() {
            d.cause = c;
            d.suppress_context = true;
        }
    }
    PyErr(e)
}

/// Bare `raise`: re-raises the exception being handled.
pub fn reraise_current(vm: &mut Vm) -> (PyErr, bool) {
    match vm.exc_stack.last() {
        Some(&e) => (PyErr(e), true),
        None => (vm.runtime_error("No active exception to reraise"), false),
    }
}

/// Enters a with block: (bound __exit__, value of __enter__()).
pub fn with_enter(vm: &mut Vm, mgr: Value) -> PyResult<(Value, Value)> {
    let enter = vm.lookup_special(mgr, "__enter__");
    let exit = vm.lookup_special(mgr, "__exit__");
    let (Some(enter), Some(exit)) = (enter, exit) else {
        let t = vm.type_name(mgr);
        let missed = if enter.is_some() { " (missed __exit__ method)" } else { "" };
        return Err(vm.type_error(format!("'{t}' object does not support the context manager protocol{missed}")));
    };
    let bound = vm.heap.alloc(Body::BoundMethod { this: mgr, func: exit });
    vm.roots.push(bound);
    let v = vm.call_method_value(enter, mgr, &[]);
    vm.roots.pop();
    Ok((bound, v?))
}

/// The REPL's echo of an expression statement.
pub fn print_expr(vm: &mut Vm, v: Value) -> PyResult<()> {
    if v.is_none() {
        return Ok(());
    }
    let s = vm.repr(v)?;
    vm.write_out(&s);
    vm.write_out("\n");
    vm.flush_out();
    let k = vm.intern("_");
    let b = vm.builtins;
    vm.dict_set_str(b, k, v);
    Ok(())
}

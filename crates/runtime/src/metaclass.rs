//! Metaclasses: user subclasses of `type`. Choosing the metaclass of a class
//! statement, `__prepare__`, the methods of `type` itself (`type.__new__`,
//! `type.__init__`, `type.__call__`, `mro`), creating a class through a
//! metaclass, and the attributes classes inherit from their metaclass.

use crate::object::{Body, BuiltinFn, BuiltinObj};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The methods of `type` (classes find them after their own MRO).
pub const TYPE_METHODS: &[(&str, BuiltinFn)] = &[
    ("__new__", type_new),
    ("__init__", type_init),
    ("__call__", type_call),
    ("__prepare__", type_prepare),
    ("mro", type_mro),
    ("__subclasses__", type_subclasses),
];

/// The metaclass a class statement uses: the explicit `metaclass=` keyword or
/// `type`, made the most derived of the bases' metaclasses; and the other keywords.
pub fn select(vm: &mut Vm, bases: &[Value], kwargs: &[(Value, Value)]) -> PyResult<(Value, Vec<(Value, Value)>)> {
    let explicit = kwargs.iter().find(|(k, _)| k.str_text() == "metaclass").map(|(_, v)| *v);
    let rest = kwargs.iter().filter(|(k, _)| k.str_text() != "metaclass").copied().collect();
    let meta = match explicit {
        // A metaclass that is not a class (a function) is called as it is.
        Some(m) if m.as_class().is_none() => m,
        Some(m) => winner(vm, m, bases)?,
        None => winner(vm, vm.ty(TypeId::Type), bases)?,
    };
    Ok((meta, rest))
}

/// The most derived of `meta` and the metaclasses of `bases` (CPython's
/// `_PyType_CalculateMetaclass`); TypeError when two are unrelated.
pub fn winner(vm: &mut Vm, meta: Value, bases: &[Value]) -> PyResult<Value> {
    let mut w = meta;
    for &b in bases {
        let bm = vm.type_of(b);
        if vm.is_subclass(w, bm) {
            continue;
        }
        if !vm.is_subclass(bm, w) {
            return Err(vm.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        w = bm;
    }
    Ok(w)
}

/// A class statement whose metaclass is not `type`: the namespace from
/// `meta.__prepare__`, the body run in it, then `meta(name, bases, ns, **kwargs)`.
pub fn build(
    vm: &mut Vm,
    meta: Value,
    body: Value,
    name: Value,
    bases: &[Value],
    orig_bases: Option<Value>,
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    let bases = vm.new_tuple(bases.to_vec());
    vm.roots.push(bases);
    let r = prepare(vm, meta, name, bases, kwargs).and_then(|ns| {
        vm.roots.push(ns);
        let r = crate::builtins::run_class_body(vm, body, ns).and_then(|_| {
            note_orig_bases(vm, ns, orig_bases);
            vm.call(meta, &[name, bases, ns], kwargs)
        });
        vm.roots.pop();
        r
    });
    vm.roots.pop();
    r
}

/// The bases of a class statement after PEP 560's `__mro_entries__`: each
/// base that is not a class but has the method is replaced by the tuple it
/// returns. Also the original bases as a tuple when any was replaced (for
/// `__orig_bases__`). The tuples made stay on `vm.roots` for the caller to drop.
pub fn resolve_mro_entries(vm: &mut Vm, bases: &[Value]) -> PyResult<(Vec<Value>, Option<Value>)> {
    let key = vm.intern("__mro_entries__");
    let orig = vm.new_tuple(bases.to_vec());
    vm.roots.push(orig);
    let mut out = Vec::with_capacity(bases.len());
    let mut changed = false;
    for &b in bases {
        if b.as_class().is_some() {
            out.push(b);
            continue;
        }
        let Some(m) = vm.get_attr_opt(b, key)? else {
            out.push(b);
            continue;
        };
        let entries = vm.call(m, &[orig], &[])?;
        let Some(items) = entries.as_tuple() else {
            return Err(vm.type_error("__mro_entries__ must return a tuple"));
        };
        vm.roots.push(entries);
        out.extend_from_slice(items);
        changed = true;
    }
    Ok((out, changed.then_some(orig)))
}

/// Records a class's original bases as `__orig_bases__` in its namespace.
pub fn note_orig_bases(vm: &mut Vm, ns: Value, orig_bases: Option<Value>) {
    if let Some(orig) = orig_bases {
        let key = vm.intern("__orig_bases__");
        vm.dict_set_str(ns, key, orig);
    }
}

/// The class namespace: `meta.__prepare__(name, bases, **kwargs)`, a dict.
fn prepare(vm: &mut Vm, meta: Value, name: Value, bases: Value, kwargs: &[(Value, Value)]) -> PyResult<Value> {
    if meta.as_class().is_none() {
        return Ok(vm.new_dict());
    }
    let key = vm.intern("__prepare__");
    let p = vm.get_attr(meta, key)?;
    let ns = vm.call(p, &[name, bases], kwargs)?;
    if ns.as_dict().is_none() {
        let m = meta.as_class().unwrap().name.str_text();
        return Err(vm.type_error(format!("{m}.__prepare__() must return a dict in tierpy, not {}", vm.type_name(ns))));
    }
    Ok(ns)
}

/// Calls a user metaclass `mcs`: its `__new__` (else `type.__new__`), then
/// its `__init__` when the result is an instance of it.
pub fn instantiate(vm: &mut Vm, mcs: Value, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let mut all = vec![mcs];
    all.extend_from_slice(args);
    let cls = match vm.class_lookup(mcs, "__new__") {
        Some(n) => {
            let f = match n.body() {
                Some(Body::StaticMethod(f)) => *f,
                _ => n,
            };
            vm.call(f, &all, kwargs)?
        }
        None => type_new(vm, &all, kwargs)?,
    };
    if !vm.isinstance(cls, mcs) {
        return Ok(cls);
    }
    if let Some(init) = vm.class_lookup(mcs, "__init__") {
        all[0] = cls;
        vm.roots.push(cls);
        let r = vm.call(init, &all, kwargs);
        vm.roots.pop();
        let r = r?;
        if !r.is_none() {
            return Err(vm.type_error(format!("__init__() should return None, not '{}'", vm.type_name(r))));
        }
    }
    Ok(cls)
}

/// The user metaclass's `__call__` for calling class `cls`, when it defines one.
pub fn user_call(vm: &mut Vm, cls: Value) -> Option<Value> {
    let meta = cls.as_class()?.meta;
    if meta.is_empty() { None } else { vm.class_lookup(meta, "__call__") }
}

/// `isinstance`/`issubclass` through a user metaclass's `__instancecheck__`
/// or `__subclasscheck__` (`hook`) for class `cls`: its truth, or None when
/// the metaclass defines no such method.
pub fn user_check(vm: &mut Vm, cls: Value, hook: &str, arg: Value) -> PyResult<Option<bool>> {
    let Some(meta) = cls.as_class().map(|c| c.meta).filter(|m| !m.is_empty()) else {
        return Ok(None);
    };
    let Some(f) = vm.class_lookup(meta, hook).filter(|f| f.as_function().is_some()) else {
        return Ok(None);
    };
    let r = vm.call(f, &[cls, arg], &[])?;
    vm.is_true(r).map(Some)
}

/// An attribute of class `cls` found on its metaclass (after the class's own
/// MRO): user metaclass attributes bound to the class, `type`'s methods, then
/// the metaclass's `__getattr__`.
pub fn meta_attr(vm: &mut Vm, cls: Value, name: Value) -> PyResult<Option<Value>> {
    let meta = vm.type_of(cls);
    if !crate::call::is_builtin_class(meta)
        && let Some(v) = vm.class_lookup_v(meta, name)
    {
        if let Some(Body::Property { fget, .. }) = v.body() {
            let fget = *fget;
            return vm.call(fget, &[cls], &[]).map(Some);
        }
        return vm.bind_class_attr(v, cls, meta).map(Some);
    }
    if let Some((name, func)) = crate::methods::lookup(TypeId::Type, name.str_text()) {
        return Ok(Some(vm.heap.alloc(Body::Builtin(BuiltinObj { name, func, this: cls, owner: None }))));
    }
    match vm.lookup_special(cls, "__getattr__") {
        Some(ga) => vm.call_method_value(ga, cls, &[name]).map(Some),
        None => Ok(None),
    }
}

/// `type.__new__(mcs, name, bases, ns, **kwargs)`; `type.__new__(type, x)` is `type(x)`.
fn type_new(vm: &mut Vm, a: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let Some(&mcs) = a.first() else {
        return Err(vm.type_error("type.__new__(): not enough arguments"));
    };
    if mcs.as_class().is_none() {
        return Err(vm.type_error(format!("type.__new__(X): X is not a type object ({})", vm.type_name(mcs))));
    }
    if a.len() == 2 && mcs == vm.ty(TypeId::Type) {
        return Ok(vm.type_of(a[1]));
    }
    if a.len() != 4 {
        return Err(vm.type_error(format!("type.__new__() takes exactly 3 arguments ({} given)", a.len() - 1)));
    }
    crate::constructors::new_type(vm, mcs, a[1], a[2], a[3], kwargs)
}

/// `type.__init__(cls, ...)`: nothing to do.
fn type_init(_: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::NONE)
}

/// `type.__call__(cls, *args, **kwargs)`: makes an instance of `cls`.
fn type_call(vm: &mut Vm, a: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    match a.first() {
        Some(&cls) if cls.as_class().is_some() => vm.instantiate(cls, &a[1..], kwargs),
        _ => Err(vm.type_error("descriptor '__call__' requires a 'type' object")),
    }
}

/// `type.__prepare__(name, bases, **kwargs)`: an empty dict.
fn type_prepare(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Ok(vm.new_dict())
}

/// `cls.__subclasses__()`: the classes naming `cls` as a direct base (builtin
/// ones first, then user classes in creation order).
fn type_subclasses(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let Some(&cls) = a.first().filter(|c| c.as_class().is_some()) else {
        return Err(vm.type_error("descriptor '__subclasses__' of 'type' object needs an argument"));
    };
    let mut out: Vec<Value> =
        TypeId::ALL.iter().filter(|&&t| t != TypeId::Object && vm.ty(t.base()) == cls).map(|&t| vm.ty(t)).filter(|&t| t != cls).collect();
    out.extend(vm.heap.classes().into_iter().filter(|c| c.as_class().is_some_and(|k| k.bases.contains(&cls))));
    Ok(vm.new_list(out))
}

/// `cls.mro()`: the method resolution order as a list.
fn type_mro(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    match a.first().and_then(|c| c.as_class()) {
        Some(c) => {
            let mro = c.mro.clone();
            Ok(vm.new_list(mro))
        }
        None => Err(vm.type_error("unbound method type.mro() needs an argument")),
    }
}

/// `cls.__bases__ = bases` for a user class: a non-empty tuple of classes;
/// the MROs of the class and of every class deriving from it are rebuilt.
pub fn set_bases(vm: &mut Vm, cls: Value, bases: Value) -> PyResult<()> {
    let cn = cls.as_class().map(|c| c.name.str_text().to_string()).unwrap_or_default();
    let Some(items) = bases.as_tuple().map(|t| t.to_vec()) else {
        let t = vm.type_name(bases);
        return Err(vm.type_error(format!("can only assign tuple to {cn}.__bases__, not {t}")));
    };
    if items.is_empty() {
        return Err(vm.type_error(format!("can only assign non-empty tuple to {cn}.__bases__, not ()")));
    }
    if let Some(&bad) = items.iter().find(|b| b.as_class().is_none()) {
        let t = vm.type_name(bad);
        return Err(vm.type_error(format!("{cn}.__bases__ must be tuple of classes, not '{t}'")));
    }
    if items.iter().any(|&b| b == cls || vm.is_subclass(b, cls)) {
        return Err(vm.type_error("a __bases__ item causes an inheritance cycle"));
    }
    let old = std::mem::replace(&mut cls.as_class().unwrap().bases, items);
    // Bases before the classes deriving from them: shorter MROs first.
    let mut affected: Vec<Value> = vm.heap.classes().into_iter().filter(|k| k.as_class().is_some_and(|c| c.mro.contains(&cls))).collect();
    affected.sort_by_key(|k| k.as_class().map_or(0, |c| c.mro.len()));
    for k in affected {
        let bases = k.as_class().unwrap().bases.clone();
        match crate::mro::c3_mro(vm, &bases) {
            Ok(rest) => k.as_class().unwrap().mro = std::iter::once(k).chain(rest).collect(),
            Err(e) if k == cls => {
                cls.as_class().unwrap().bases = old;
                return Err(e);
            }
            Err(e) => return Err(e),
        }
    }
    vm.invalidate_class_caches();
    vm.methods_shadowed = true;
    Ok(())
}

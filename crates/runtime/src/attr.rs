//! Attribute access: instances (descriptors, instance dict, class MRO,
//! `__getattr__`), classes, modules, functions and the methods of builtin
//! types, with CPython's AttributeError messages.

use crate::dict::Dict;
use crate::object::{Body, HAS_DATA_DESCRIPTORS, HAS_SLOTS, HOOK_DELATTR, HOOK_GETATTRIBUTE, HOOK_SETATTR, InstanceObj};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::Cell;
use tierpy_bytecode::code::CACHE_WORDS;

impl Vm {
    /// Looks `name` up along a class's MRO (raw attribute, no binding).
    pub fn class_lookup(&mut self, cls: Value, name: &str) -> Option<Value> {
        let key = self.intern(name);
        self.class_lookup_v(cls, key)
    }

    /// Forgets every cached class lookup (see [`Vm::class_epoch`]).
    pub fn invalidate_class_caches(&mut self) {
        self.class_epoch += 1;
    }

    /// `class_lookup_v` through an instruction's cache slot (see
    /// `CodeObject::cache`): one comparison when the class and epoch match.
    /// Refilling the slot keeps its instance attribute hint (sibling classes
    /// usually lay their instances out alike) unless the class has a data
    /// descriptor of that name, which instance attributes cannot hide.
    #[inline]
    pub fn class_lookup_at(&mut self, slot: &Cell<[u64; CACHE_WORDS]>, cls: Value, key: Value) -> Option<Value> {
        let [c, epoch, found, hint] = slot.get();
        if c == cls.0 && epoch == self.class_epoch {
            return (found != Value::EMPTY.0).then_some(Value(found));
        }
        let r = self.class_lookup_v(cls, key);
        let hint = if r.is_some_and(|v| self.is_data_descriptor(v)) { 0 } else { hint };
        slot.set([cls.0, self.class_epoch, r.unwrap_or(Value::EMPTY).0, hint]);
        r
    }

    /// Whether a class attribute takes precedence over instance attributes
    /// of its name (a property, or a user descriptor with `__set__` or `__delete__`).
    fn is_data_descriptor(&mut self, ca: Value) -> bool {
        matches!(ca.body(), Some(Body::Property { .. }))
            || self.user_descriptor(ca, "__set__").is_some()
            || self.user_descriptor(ca, "__delete__").is_some()
    }

    /// The instance attribute entry an instruction's slot says `obj.name` is
    /// (the slot's class is the object's, and its hint names the entry): the
    /// whole attribute access when it hits, what compiled code does inline.
    /// Classes with a data descriptor of the name or their own attribute
    /// hooks never get into a slot with a hint.
    #[inline]
    fn hinted_instance_entry(&self, slot: &Cell<[u64; CACHE_WORDS]>, obj: Value, name: Value) -> Option<(&'static mut InstanceObj, usize)> {
        let inst = obj.as_instance()?;
        let [c, epoch, _, hint] = slot.get();
        if c != inst.class.0 || epoch != self.class_epoch {
            return None;
        }
        let i = inst.dict.hinted(hint, name)?;
        Some((inst, i))
    }

    /// [`Self::hinted_instance_entry`] for an instance of another class than
    /// the slot's (a site seeing sibling subclasses, which usually lay their
    /// instances out alike): the hinted entry holds `name`, and the class has
    /// no data descriptor of that name nor the attribute `hook`. Leaves the
    /// slot to the class it holds.
    fn sibling_instance_entry(
        &mut self,
        slot: &Cell<[u64; CACHE_WORDS]>,
        obj: Value,
        name: Value,
        hook: (u64, &str),
    ) -> Option<(&'static mut InstanceObj, usize)> {
        let inst = obj.as_instance()?;
        let i = inst.dict.hinted(slot.get()[3], name)?;
        let cls = inst.class;
        let descriptors = self.class_traits(cls) & HAS_DATA_DESCRIPTORS != 0;
        if (descriptors && self.class_lookup_v(cls, name).is_some_and(|v| self.is_data_descriptor(v)))
            || self.attr_hook(cls, hook.0, hook.1).is_some()
        {
            return None;
        }
        Some((inst, i))
    }

    /// The index of `name` in an instance's (or a module's) attribute table,
    /// tried first at the entry the slot's last word remembers and
    /// remembered there when found elsewhere. Only called once the slot holds the instance's class
    /// and that class has no data descriptor of this name nor hooks for the
    /// access, so compiled code may trust a hint whose key matches under the
    /// same class and epoch.
    fn instance_entry(&mut self, slot: Option<&Cell<[u64; CACHE_WORDS]>>, dict: &Dict, name: Value) -> Option<usize> {
        if let Some(s) = slot
            && let Some(i) = dict.hinted(s.get()[3], name)
        {
            return Some(i);
        }
        let h = self.str_hash(name);
        let i = dict.find::<()>(name, h, &mut |a, b| Ok(a.str_text() == b.str_text())).ok().flatten()?;
        if let Some(s) = slot {
            let [c, e, f, _] = s.get();
            s.set([c, e, f, i as u64 + 1]);
        }
        Some(i)
    }

    /// Adds an instance attribute (no descriptor or special name involved),
    /// noting when the new attribute hides a method of the class.
    fn store_new_instance_attr(&mut self, obj: Value, name: Value, v: Value) {
        let inst = obj.as_instance().expect("an instance");
        let cls = inst.class;
        if self.class_lookup_v(cls, name).is_some_and(|ca| ca.as_function().is_some()) {
            self.methods_shadowed = true;
        }
        let h = self.str_hash(name);
        inst.dict.insert_new(name, h, v);
    }

    /// `obj.__dict__ = d` (a copy of `d`'s string-keyed entries becomes the
    /// instance's attributes; tierpy does not share the dict itself) or, for
    /// None, `del obj.__dict__` (the attributes are dropped).
    fn replace_instance_dict(&mut self, obj: Value, d: Option<Value>) -> PyResult<()> {
        let entries = match d {
            None => vec![],
            Some(d) => match d.native().as_dict() {
                Some(dict) => dict.iter().map(|e| (e.key, e.value)).collect(),
                None => return Err(self.type_error(format!("__dict__ must be set to a dictionary, not a '{}'", self.type_name(d)))),
            },
        };
        obj.as_instance().expect("an instance").dict.clear();
        self.methods_shadowed = true;
        for (k, v) in entries {
            if k.as_str().is_some() {
                let k = self.intern(k.str_text());
                self.store_new_instance_attr(obj, k, v);
            }
        }
        Ok(())
    }

    /// Whether instances of `cls` may get attribute `name`: true unless every
    /// class of its MRO (object aside) declares `__slots__` and none lists
    /// the name (or `__dict__`).
    fn slots_allow(&mut self, cls: Value, name: Value) -> PyResult<bool> {
        if self.class_traits(cls) & HAS_SLOTS == 0 {
            return Ok(true);
        }
        let key = self.intern("__slots__");
        let object = self.ty(TypeId::Object);
        let mro = cls.as_class().map(|c| c.mro.clone()).unwrap_or_default();
        for k in mro.into_iter().filter(|&k| k != object) {
            let h = self.str_hash(key);
            let Some(slots) = k.as_class().and_then(|c| c.dict.get_str(key, h)) else {
                return Ok(true);
            };
            let names = if slots.as_str().is_some() { vec![slots] } else { self.collect_iterable(slots)? };
            let owner = k.as_class().map_or("", |c| c.name.str_text());
            if names.iter().any(|n| slot_name(owner, n.str_text()) == name.str_text() || n.str_text() == "__dict__") {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `class_lookup` with an interned name.
    pub fn class_lookup_v(&mut self, cls: Value, key: Value) -> Option<Value> {
        let i = ((cls.0 >> 4) ^ (key.0 >> 3)).wrapping_mul(crate::vm::ATTR_CACHE_HASH) >> 52;
        let i = i as usize & (crate::vm::ATTR_CACHE_ENTRIES - 1);
        let [c, k, epoch, found] = self.attr_cache[i];
        if c == cls.0 && k == key.0 && epoch == self.class_epoch {
            return (found != Value::EMPTY.0).then_some(Value(found));
        }
        let r = self.class_lookup_uncached(cls, key);
        self.attr_cache[i] = [cls.0, key.0, self.class_epoch, r.unwrap_or(Value::EMPTY).0];
        r
    }

    fn class_lookup_uncached(&mut self, cls: Value, key: Value) -> Option<Value> {
        let c = cls.as_class()?;
        for k in c.mro.iter() {
            let kc = k.as_class().unwrap();
            if kc.dict.is_empty() {
                continue;
            }
            let d = &kc.dict;
            let h = self.str_hash(key);
            if let Ok(Some(v)) = d.get::<()>(key, h, &mut |a, b| Ok(a.as_str().is_some() && a.str_text() == b.str_text())) {
                return Some(v);
            }
        }
        None
    }

    /// A dunder method defined by a user class on the type of `v`.
    pub fn lookup_special(&mut self, v: Value, name: &str) -> Option<Value> {
        let cls = self.type_of(v);
        cls.as_class()?;
        if crate::call::is_builtin_class(cls) && v.as_instance().is_none() {
            return None;
        }
        self.class_lookup(cls, name)
    }

    /// `obj.name`.
    pub fn get_attr(&mut self, obj: Value, name: Value) -> PyResult<Value> {
        match self.get_attr_opt(obj, name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(self.no_attribute(obj, name)),
            Err(e) => Err(self.attribute_error_context(e, obj, name)),
        }
    }

    /// An AttributeError raised while looking up `obj.name` (by a
    /// `__getattr__` or a property) gets the name and object when it has none.
    fn attribute_error_context(&mut self, e: crate::vm::PyErr, obj: Value, name: Value) -> crate::vm::PyErr {
        if self.is_type(e.0, TypeId::AttributeError)
            && let Some(d) = e.0.exc_data()
            && (d.name.is_empty() || d.name.is_none())
        {
            d.name = name;
            d.obj = obj;
        }
        e
    }

    /// The AttributeError for a missing attribute.
    pub fn no_attribute(&mut self, obj: Value, name: Value) -> crate::vm::PyErr {
        let e = self.no_attribute_plain(obj, name);
        if let Some(d) = e.0.exc_data() {
            d.name = name;
            d.obj = obj;
        }
        e
    }

    fn no_attribute_plain(&mut self, obj: Value, name: Value) -> crate::vm::PyErr {
        let n = name.str_text();
        match obj.body() {
            Some(Body::Class(c)) => {
                let cn = c.name.str_text();
                self.attribute_error(format!("type object '{cn}' has no attribute '{n}'"))
            }
            Some(Body::Module { name: m, .. }) => {
                let m = m.str_text();
                self.attribute_error(format!("module '{m}' has no attribute '{n}'"))
            }
            _ => {
                let t = self.type_name(obj);
                self.attribute_error(format!("'{t}' object has no attribute '{n}'"))
            }
        }
    }

    /// `obj.name`, None when absent.
    pub fn get_attr_opt(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        self.get_attr_via(None, obj, name)
    }

    /// `obj.name` for the instruction owning cache `slot`.
    #[inline]
    pub fn get_attr_at(&mut self, slot: &Cell<[u64; CACHE_WORDS]>, obj: Value, name: Value) -> PyResult<Value> {
        if let Some((inst, i)) = self.hinted_instance_entry(slot, obj, name) {
            return Ok(inst.dict.entry(i).value);
        }
        self.get_attr_at_miss(slot, obj, name)
    }

    fn get_attr_at_miss(&mut self, slot: &Cell<[u64; CACHE_WORDS]>, obj: Value, name: Value) -> PyResult<Value> {
        if let Some((inst, i)) = self.sibling_instance_entry(slot, obj, name, (HOOK_GETATTRIBUTE, "__getattribute__")) {
            return Ok(inst.dict.entry(i).value);
        }
        if let Some(dict) = obj.module_ns()
            && let Some(i) = self.instance_entry(Some(slot), dict, name)
        {
            return Ok(dict.entry(i).value);
        }
        match self.get_attr_via(Some(slot), obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    /// `get_attr_opt`, looking class attributes of instances up through
    /// `slot` when given.
    fn get_attr_via(&mut self, slot: Option<&Cell<[u64; CACHE_WORDS]>>, obj: Value, name: Value) -> PyResult<Option<Value>> {
        match obj.body() {
            Some(Body::Instance(inst)) => {
                let cls = inst.class;
                if let Some(hook) = self.attr_hook(cls, HOOK_GETATTRIBUTE, "__getattribute__") {
                    return self.user_getattribute(hook, obj, name).map(Some);
                }
                self.instance_attr(slot, obj, name, true)
            }
            Some(Body::Class(_)) => self.class_attr(obj, name),
            Some(Body::Module { .. }) => {
                let dict = obj.module_ns().expect("a module");
                let h = self.str_hash(name);
                let found = dict.get::<()>(name, h, &mut |a, b| Ok(a.str_text() == b.str_text())).ok().flatten();
                if found.is_none() && self.is_main_module(obj) {
                    // `__main__`'s names live in the program's globals.
                    return Ok(self.dict_get_str(self.main_globals, name));
                }
                if found.is_none() && name.str_text() == "__dict__" {
                    // The module's globals dict, or a live view of a native module's namespace.
                    if let Some(Body::Module { globals, .. }) = obj.body()
                        && globals.as_dict().is_some()
                    {
                        return Ok(Some(*globals));
                    }
                    return Ok(Some(self.heap.alloc(Body::InstanceDict(obj))));
                }
                if found.is_none() && name.str_text() == "__doc__" {
                    return Ok(Some(Value::NONE));
                }
                Ok(found)
            }
            Some(Body::Super { ty, obj: this }) => {
                let (ty, this) = (*ty, *this);
                match name.str_text() {
                    "__thisclass__" => Ok(Some(ty)),
                    "__self__" => Ok(Some(this)),
                    "__self_class__" if this.is_none() => Ok(Some(Value::NONE)),
                    "__self_class__" => {
                        Ok(Some(if this.as_class().is_some() && self.is_subclass(this, ty) { this } else { self.type_of(this) }))
                    }
                    "__get__" => Ok(Some(self.heap.alloc(Body::Builtin(crate::object::BuiltinObj {
                        name: "__get__",
                        func: crate::methods::super_get,
                        this: obj,
                        owner: None,
                    })))),
                    _ if this.is_none() => Ok(None),
                    _ => self.super_attr(ty, this, name),
                }
            }
            _ => self.builtin_attr(obj, name),
        }
    }

    /// The user `__setattr__`/`__delattr__` hook of an instance's class, or
    /// of a class's user metaclass.
    fn instance_attr_hook(&mut self, obj: Value, bit: u64, name: &str) -> Option<Value> {
        let cls = match (obj.as_instance(), obj.as_class()) {
            (Some(inst), _) => inst.class,
            (None, Some(c)) if !c.meta.is_empty() => c.meta,
            _ => return None,
        };
        self.attr_hook(cls, bit, name)
    }

    /// The class's own `__getattribute__`, `__setattr__` or `__delattr__`
    /// (`bit` and `name` say which): one flag check when none is defined.
    #[inline]
    fn attr_hook(&mut self, cls: Value, bit: u64, name: &str) -> Option<Value> {
        if !self.attr_hooks_defined {
            return None;
        }
        self.defined_attr_hook(cls, bit, name)
    }

    fn defined_attr_hook(&mut self, cls: Value, bit: u64, name: &str) -> Option<Value> {
        if self.class_traits(cls) & bit == 0 { None } else { self.class_lookup(cls, name) }
    }

    /// The class's `HOOK_*` bits and [`HAS_DATA_DESCRIPTORS`], worked out
    /// again once per class epoch (every change to a class namespace bumps it).
    fn class_traits(&mut self, cls: Value) -> u64 {
        let Some(c) = cls.as_class() else { return 0 };
        let [epoch, bits] = c.hooks.get();
        if epoch == self.class_epoch {
            return bits;
        }
        let mut bits = 0;
        for (b, n) in [(HOOK_GETATTRIBUTE, "__getattribute__"), (HOOK_SETATTR, "__setattr__"), (HOOK_DELATTR, "__delattr__")] {
            if self.class_lookup(cls, n).is_some() {
                bits |= b;
            }
        }
        let attrs: Vec<Value> = c.mro.iter().filter_map(|k| k.as_class()).flat_map(|k| k.dict.values()).collect();
        if attrs.into_iter().any(|v| self.is_data_descriptor(v)) {
            bits |= HAS_DATA_DESCRIPTORS;
        }
        if self.class_lookup(cls, "__slots__").is_some() {
            bits |= HAS_SLOTS;
        }
        c.hooks.set([self.class_epoch, bits]);
        bits
    }

    /// Notes a class namespace entry that changes how attribute access works
    /// for instances (see [`Vm::attr_hooks_defined`]).
    pub fn note_class_attr(&mut self, name: Value) {
        if name.as_str().is_some_and(|s| matches!(&*s.s, "__getattribute__" | "__setattr__" | "__delattr__")) {
            self.attr_hooks_defined = true;
        }
    }

    /// `obj.name` through a user `__getattribute__`, falling back to
    /// `__getattr__` when it raises AttributeError.
    fn user_getattribute(&mut self, hook: Value, obj: Value, name: Value) -> PyResult<Value> {
        match self.call_method_value(hook, obj, &[name]) {
            Err(e) if self.is_type(e.0, TypeId::AttributeError) => {
                let cls = self.type_of(obj);
                match self.class_lookup(cls, "__getattr__") {
                    Some(ga) => self.call_method_value(ga, obj, &[name]).map_err(|e| self.attribute_error_context(e, obj, name)),
                    None => Err(self.attribute_error_context(e, obj, name)),
                }
            }
            r => r,
        }
    }

    /// `object.__getattribute__(obj, name)`: the generic lookup, without
    /// `__getattribute__` or `__getattr__` hooks.
    pub fn generic_get_attr(&mut self, obj: Value, name: Value) -> PyResult<Value> {
        let r = match obj.body() {
            Some(Body::Instance(_)) => self.instance_attr(None, obj, name, false)?,
            _ => self.get_attr_opt(obj, name)?,
        };
        match r {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    /// An instance attribute: data descriptors, the instance dict, class
    /// attributes, then (when `use_getattr`) the class's `__getattr__`, which
    /// also runs when a getter raises AttributeError, as in CPython.
    fn instance_attr(
        &mut self,
        slot: Option<&Cell<[u64; CACHE_WORDS]>>,
        obj: Value,
        name: Value,
        use_getattr: bool,
    ) -> PyResult<Option<Value>> {
        let r = self.instance_attr_generic(slot, obj, name);
        if !use_getattr {
            return r;
        }
        let missing = match r {
            Ok(None) => None,
            Err(e) if self.is_type(e.0, TypeId::AttributeError) => Some(e),
            r => return r,
        };
        let cls = self.type_of(obj);
        match (self.class_lookup(cls, "__getattr__"), missing) {
            (Some(ga), _) => match self.call_method_value(ga, obj, &[name]) {
                Ok(v) => Ok(Some(v)),
                Err(e) => Err(self.attribute_error_context(e, obj, name)),
            },
            (None, Some(e)) => Err(e),
            (None, None) => Ok(None),
        }
    }

    /// `instance_attr` without the `__getattr__` hook.
    fn instance_attr_generic(&mut self, slot: Option<&Cell<[u64; CACHE_WORDS]>>, obj: Value, name: Value) -> PyResult<Option<Value>> {
        match obj.body() {
            Some(Body::Instance(inst)) => {
                let cls = inst.class;
                let cls_attr = match slot {
                    Some(s) => self.class_lookup_at(s, cls, name),
                    None => self.class_lookup_v(cls, name),
                };
                if let Some(ca) = cls_attr
                    && let Some(Body::Property { fget, .. }) = ca.body()
                {
                    let fget = *fget;
                    if fget.is_none() {
                        return Err(self.attribute_error(format!(
                            "property '{}' of '{}' object has no getter",
                            name.str_text(),
                            self.type_name(obj)
                        )));
                    }
                    return self.call(fget, &[obj], &[]).map(Some);
                }
                if let Some(ca) = cls_attr
                    && let Some(get) = self.user_descriptor(ca, "__get__")
                    && (self.user_descriptor(ca, "__set__").is_some() || self.user_descriptor(ca, "__delete__").is_some())
                {
                    return self.call_method_value(get, ca, &[obj, cls]).map(Some);
                }
                if let Some(i) = self.instance_entry(slot, &inst.dict, name) {
                    return Ok(Some(inst.dict.entry(i).value));
                }
                if let Some(ca) = cls_attr {
                    return self.bind_class_attr(ca, obj, cls).map(Some);
                }
                if let Some(v) = self.special_instance_attr(obj, name)? {
                    return Ok(Some(v));
                }
                // The methods of the builtin base (object's for plain classes).
                let t = cls.as_class().and_then(|c| c.builtin).unwrap_or(TypeId::Object);
                if let Some((n, func)) = crate::methods::lookup(t, name.str_text()) {
                    let this = match n {
                        "__new__" => Value::EMPTY,
                        "__init_subclass__" => cls,
                        _ if crate::methods::is_static(n) => self.class_method_receiver(cls),
                        _ => obj.native(),
                    };
                    return Ok(Some(self.heap.alloc(Body::Builtin(crate::object::BuiltinObj { name: n, func, this, owner: None }))));
                }
                Ok(None)
            }
            _ => Ok(None),
        }
    }

    /// The method `name` (`__get__`, `__set__`, `__delete__`) of a class
    /// attribute that is an instance of a user class: a user descriptor.
    fn user_descriptor(&mut self, ca: Value, name: &str) -> Option<Value> {
        ca.as_instance()?;
        let cls = self.type_of(ca);
        self.class_lookup(cls, name)
    }

    /// Binds a class attribute found for an instance access.
    pub fn bind_class_attr(&mut self, ca: Value, obj: Value, cls: Value) -> PyResult<Value> {
        if let Some(get) = self.user_descriptor(ca, "__get__") {
            return self.call_method_value(get, ca, &[obj, cls]);
        }
        Ok(match ca.body() {
            Some(Body::Function(_)) => self.heap.alloc(Body::BoundMethod { this: obj, func: ca }),
            Some(Body::StaticMethod(f)) => *f,
            Some(Body::ClassMethod(f)) => {
                let f = *f;
                self.heap.alloc(Body::BoundMethod { this: cls, func: f })
            }
            // Methods of builtin types (`f = list.extend`) bind like functions;
            // builtin functions (`f = abs`) do not.
            Some(Body::Builtin(b)) if b.this.is_empty() && b.owner.is_some() => {
                let (name, func) = (b.name, b.func);
                // As method_descriptor.__get__: the instance must be of the method's type.
                self.check_descriptor_receiver(b.owner.unwrap(), name, &[obj])?;
                let this = if b.owner == Some(TypeId::Object) { obj } else { obj.native() };
                self.heap.alloc(Body::Builtin(crate::object::BuiltinObj { name, func, this, owner: None }))
            }
            _ => ca,
        })
    }

    fn special_instance_attr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        let n = name.str_text();
        if n == "__class__" {
            return Ok(Some(self.type_of(obj)));
        }
        if n == "__dict__" {
            // Instances of classes whose __slots__ leave out __dict__ have none.
            let cls = self.type_of(obj);
            if obj.as_instance().is_some() && !self.slots_allow(cls, name)? {
                return Ok(None);
            }
            // Writes through the dict may hide methods: method calls must look at instances.
            self.methods_shadowed = true;
            return Ok(Some(self.heap.alloc(Body::InstanceDict(obj))));
        }
        if n == "__doc__" {
            // Not in the class's namespace: the class's own (builtin) docstring or None.
            let cls = self.type_of(obj);
            return self.class_attr(cls, name);
        }
        if matches!(n, "real" | "imag" | "numerator" | "denominator") && obj.has_native() {
            // Instances of int, float and complex subclasses: the exact number's parts.
            return self.builtin_attr(obj.native(), name);
        }
        if let Some(e) = obj.exc_data() {
            return Ok(match n {
                "args" => Some(e.args),
                "__cause__" => Some(e.cause),
                "__context__" => Some(e.context),
                "__suppress_context__" => Some(Value::bool(e.suppress_context)),
                "__traceback__" => Some(self.traceback_of(obj)),
                "value" if self.is_type(obj, TypeId::StopIteration) => {
                    Some(e.args.as_tuple().and_then(|t| t.first().copied()).unwrap_or(Value::NONE))
                }
                _ if self.is_type(obj, TypeId::SyntaxError) => crate::syntax_error::field(e.args, n),
                "errno" | "strerror" | "filename" | "filename2" if self.is_type(obj, TypeId::OSError) => {
                    Some(crate::exceptions::os_error_field(if e.os_args.is_empty() { e.args } else { e.os_args }, n))
                }
                "name" if self.is_type(obj, TypeId::NameError) || self.is_type(obj, TypeId::AttributeError) => {
                    Some(if e.name.is_empty() { Value::NONE } else { e.name })
                }
                "obj" if self.is_type(obj, TypeId::AttributeError) => Some(if e.obj.is_empty() { Value::NONE } else { e.obj }),
                "encoding" | "object" | "start" | "end" | "reason" if self.is_type(obj, TypeId::UnicodeError) => {
                    crate::unicode_errors::field(self, obj, e.args, n)
                }
                "name" | "path" if self.is_type(obj, TypeId::ImportError) => Some(Value::NONE),
                "msg" if self.is_type(obj, TypeId::ImportError) => match e.args.as_tuple() {
                    Some([one]) => Some(*one),
                    _ => Some(Value::NONE),
                },
                "code" if self.is_type(obj, TypeId::SystemExit) => Some(match e.args.as_tuple() {
                    Some([one]) => *one,
                    Some([]) | None => Value::NONE,
                    Some(_) => e.args,
                }),
                _ => None,
            });
        }
        Ok(None)
    }

    fn class_attr(&mut self, cls: Value, name: Value) -> PyResult<Option<Value>> {
        if let Some(v) = self.class_lookup_v(cls, name) {
            if let Some(get) = self.user_descriptor(v, "__get__") {
                return self.call_method_value(get, v, &[Value::NONE, cls]).map(Some);
            }
            return Ok(Some(match v.body() {
                Some(Body::StaticMethod(f)) => *f,
                Some(Body::ClassMethod(f)) => {
                    let f = *f;
                    self.heap.alloc(Body::BoundMethod { this: cls, func: f })
                }
                _ => v,
            }));
        }
        let c = cls.as_class().unwrap();
        let n = name.str_text();
        Ok(match n {
            "__name__" => Some(c.name),
            "__qualname__" => Some(c.qualname),
            "__mro__" => {
                let m = c.mro.clone();
                Some(self.new_tuple(m))
            }
            "__bases__" => {
                let b =
                    if c.bases.is_empty() && c.builtin != Some(TypeId::Object) { vec![self.ty(TypeId::Object)] } else { c.bases.clone() };
                let b = if c.builtin == Some(TypeId::Object) { vec![] } else { b };
                Some(self.new_tuple(b))
            }
            "__base__" => Some(c.bases.first().copied().unwrap_or(Value::NONE)),
            "__dict__" => {
                // A read-only mappingproxy of (a copy of) the namespace.
                let d = c.dict.clone();
                let d = self.heap.alloc(Body::Dict(d));
                let module = self.import("_mappingproxy")?;
                let k = self.intern("mappingproxy");
                let proxy = self.get_attr(module, k)?;
                Some(self.call(proxy, &[d], &[])?)
            }
            "__doc__" if crate::call::is_builtin_class(cls) => Some(self.builtin_doc(c.name.str_text())),
            "__doc__" => Some(Value::NONE),
            "__module__" => Some(self.intern(if crate::call::is_builtin_class(cls) { "builtins" } else { "__main__" })),
            "__class__" => Some(self.type_of(cls)),
            "__hash__" if c.builtin.is_some_and(TypeId::is_unhashable) => Some(Value::NONE),
            _ => match c.builtin {
                Some(t) => crate::methods::lookup(t, n).map(|(name, func)| {
                    let this = if crate::methods::is_static(name) { self.class_method_receiver(cls) } else { Value::EMPTY };
                    self.heap.alloc(Body::Builtin(crate::object::BuiltinObj { name, func, this, owner: Some(t) }))
                }),
                None => crate::methods::lookup(TypeId::Object, n).map(|(name, func)| {
                    self.heap.alloc(Body::Builtin(crate::object::BuiltinObj { name, func, this: Value::EMPTY, owner: None }))
                }),
            }
            .map_or_else(
                || match crate::data_descriptors::lookup(self, cls, n)? {
                    Some(d) => Ok(Some(d)),
                    None => crate::metaclass::meta_attr(self, cls, name),
                },
                |v| Ok(Some(v)),
            )?,
        })
    }

    /// The docstring of a builtin class or function, None for the others.
    fn builtin_doc(&mut self, name: &str) -> Value {
        match crate::builtin_docs::doc(name) {
            Some(d) => self.new_str(d),
            None => Value::NONE,
        }
    }

    /// What a builtin class method taken from `cls` is bound to: the class
    /// when it is a user subclass (the result is then made from it), else nothing.
    fn class_method_receiver(&self, cls: Value) -> Value {
        if self.types.contains(&cls) { Value::EMPTY } else { cls }
    }

    fn super_attr(&mut self, ty: Value, this: Value, name: Value) -> PyResult<Option<Value>> {
        let start_cls = if this.as_class().is_some() && self.is_subclass(this, ty) { this } else { self.type_of(this) };
        let mro = start_cls.as_class().unwrap().mro.clone();
        let pos = mro.iter().position(|c| *c == ty).map_or(mro.len(), |p| p + 1);
        for k in &mro[pos..] {
            let kc = k.as_class().unwrap();
            let h = self.str_hash(name);
            if let Ok(Some(v)) = kc.dict.get::<()>(name, h, &mut |a, b| Ok(a.str_text() == b.str_text())) {
                return Ok(Some(match v.body() {
                    Some(Body::Function(_)) if this.as_class().is_none() => self.heap.alloc(Body::BoundMethod { this, func: v }),
                    Some(Body::StaticMethod(f)) => *f,
                    Some(Body::ClassMethod(f)) => {
                        let f = *f;
                        let c = if this.as_class().is_some() { this } else { self.type_of(this) };
                        self.heap.alloc(Body::BoundMethod { this: c, func: f })
                    }
                    Some(Body::Property { fget, .. }) => {
                        let fget = *fget;
                        self.call(fget, &[this], &[])?
                    }
                    _ => v,
                }));
            }
            if let Some(t) = kc.builtin.filter(|_| self.types.contains(k))
                && let Some((n, func)) = crate::methods::lookup(t, name.str_text())
            {
                // __new__ is a static method: it is not bound to the receiver.
                let this = if name.str_text() == "__new__" { Value::EMPTY } else { this.native() };
                return Ok(Some(self.heap.alloc(Body::Builtin(crate::object::BuiltinObj { name: n, func, this, owner: None }))));
            }
        }
        Ok(None)
    }

    fn builtin_attr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        let n = name.str_text();
        let t = self.type_id(obj);
        if n == "__class__" {
            return Ok(Some(self.type_of(obj)));
        }
        if n == "__doc__"
            && !matches!(
                obj.body(),
                Some(Body::Function(_) | Body::Builtin(_) | Body::BoundMethod { .. } | Body::Module { .. } | Body::Property { .. })
            )
        {
            // Instances of builtin types show their type's docstring.
            let cls = self.type_of(obj);
            return self.class_attr(cls, name);
        }
        match obj.body() {
            Some(Body::Function(f)) => {
                match n {
                    "__name__" => return Ok(Some(f.name)),
                    "__qualname__" => return Ok(Some(f.qualname)),
                    "__doc__" => {
                        let h = self.str_hash(name);
                        if let Some(v) = f.dict.get_str(name, h) {
                            return Ok(Some(v));
                        }
                        let doc = f.code.doc.clone();
                        return Ok(Some(match doc {
                            Some(d) => self.new_str(&d),
                            None => Value::NONE,
                        }));
                    }
                    "__module__" => {
                        // A set value, else the defining module's __name__.
                        let h = self.str_hash(name);
                        if let Some(v) = f.dict.get_str(name, h) {
                            return Ok(Some(v));
                        }
                        let k = self.intern("__name__");
                        let m = self.dict_get_str(f.globals, k);
                        return Ok(Some(m.unwrap_or(Value::NONE)));
                    }
                    "__globals__" => return Ok(Some(f.globals)),
                    "__code__" => {
                        let code = f.code.clone();
                        return Ok(Some(self.heap.alloc(Body::Code(code))));
                    }
                    "__annotations__" if f.dict.get_str(name, self.str_hash(name)).is_none() => {
                        // Made empty on first access, as CPython does.
                        let (h, d) = (self.str_hash(name), self.new_dict());
                        f.dict.set_str(name, h, d);
                        return Ok(Some(d));
                    }
                    "__defaults__" => {
                        let d = f.defaults.clone();
                        return Ok(Some(if d.is_empty() { Value::NONE } else { self.new_tuple(d) }));
                    }
                    "__dict__" => {
                        // __annotations__ is kept with the attributes but is not one.
                        let mut d = f.dict.clone();
                        let key = self.intern("__annotations__");
                        d.remove_str(key, self.str_hash(key));
                        return Ok(Some(self.heap.alloc(Body::Dict(d))));
                    }
                    "__kwdefaults__" => {
                        if f.kwdefaults.is_empty() {
                            return Ok(Some(Value::NONE));
                        }
                        let d = self.new_dict();
                        for (k, v) in f.kwdefaults.clone() {
                            self.dict_set(d, k, v)?;
                        }
                        return Ok(Some(d));
                    }
                    "__closure__" => {
                        let c = f.closure.clone();
                        return Ok(Some(if c.is_empty() { Value::NONE } else { self.new_tuple(c) }));
                    }
                    _ => {}
                }
                let h = self.str_hash(name);
                if let Ok(Some(v)) = f.dict.get::<()>(name, h, &mut |a, b| Ok(a.str_text() == b.str_text())) {
                    return Ok(Some(v));
                }
            }
            Some(Body::BoundMethod { this, func }) => {
                let (this, func) = (*this, *func);
                return match n {
                    "__self__" => Ok(Some(this)),
                    "__func__" => Ok(Some(func)),
                    _ => self.get_attr_opt(func, name),
                };
            }
            Some(Body::Builtin(b)) => match n {
                "__name__" => return Ok(Some(self.intern(b.name))),
                "__qualname__" => {
                    // Methods carry their type's name (`list.append`); module functions do not.
                    let q = if matches!(b.this.body(), Some(Body::Module { .. })) { b.name.to_string() } else { self.builtin_qualname(b) };
                    return Ok(Some(self.new_str(&q)));
                }
                "__self__" => {
                    return Ok(Some(if b.this.is_empty() { Value::NONE } else { b.this }));
                }
                "__doc__" if b.this.is_empty() && b.owner.is_none() => return Ok(Some(self.builtin_doc(b.name))),
                "__doc__" => return Ok(Some(Value::NONE)),
                _ => {}
            },
            Some(Body::Range { start, stop, step }) => match n {
                "start" => return Ok(Some(self.new_int(*start))),
                "stop" => return Ok(Some(self.new_int(*stop))),
                "step" => return Ok(Some(self.new_int(*step))),
                _ => {}
            },
            Some(Body::BigRange(p)) => match n {
                "start" => return Ok(Some(p[0])),
                "stop" => return Ok(Some(p[1])),
                "step" => return Ok(Some(p[2])),
                _ => {}
            },
            Some(Body::Slice { start, stop, step }) => match n {
                "start" => return Ok(Some(*start)),
                "stop" => return Ok(Some(*stop)),
                "step" => return Ok(Some(*step)),
                _ => {}
            },
            Some(Body::Generator(g)) => match n {
                "__name__" => return Ok(Some(g.name)),
                "__qualname__" => return Ok(Some(g.qualname)),
                "gi_running" | "cr_running" => return Ok(Some(Value::bool(g.running))),
                "gi_yieldfrom" | "cr_await" => {
                    // The iterator a suspended `yield from`/`await` delegates to.
                    let pending = g.started && !g.finished && !g.running;
                    return Ok(Some(match g.frame.code.instrs.get(g.frame.pc) {
                        Some(&tierpy_bytecode::Instr::YieldFrom { iter, .. }) if pending => g.frame.reg(iter.idx()),
                        _ => Value::NONE,
                    }));
                }
                "gi_code" | "cr_code" => {
                    let code = g.frame.code.clone();
                    return Ok(Some(self.heap.alloc(Body::Code(code))));
                }
                _ => {}
            },
            Some(Body::Code(c)) => {
                let c = c.clone();
                return crate::code_attrs::code_attr(self, &c, n);
            }
            Some(Body::Property { fget, fset, fdel, doc }) => match n {
                "fget" => return Ok(Some(*fget)),
                "fset" => return Ok(Some(*fset)),
                "fdel" => return Ok(Some(*fdel)),
                "__doc__" => return Ok(Some(*doc)),
                _ if let Some(&(name, func)) = crate::methods::PROPERTY.iter().find(|(k, _)| *k == n) => {
                    return Ok(Some(self.heap.alloc(Body::Builtin(crate::object::BuiltinObj { name, func, this: obj, owner: None }))));
                }
                _ => {}
            },
            Some(Body::Traceback { exc, index }) => {
                let (exc, index) = (*exc, *index);
                let d = exc.exc_data().unwrap();
                match n {
                    "tb_lineno" => {
                        return Ok(d.traceback.get(index as usize).map(|(_, l, _)| Value::small_int(*l as i64)));
                    }
                    "tb_next" if index > 0 => return Ok(Some(self.heap.alloc(Body::Traceback { exc, index: index - 1 }))),
                    "tb_next" | "tb_frame" => return Ok(Some(Value::NONE)),
                    _ => {}
                }
            }
            Some(Body::Cell(c)) if n == "cell_contents" => {
                let c = *c;
                if c.is_empty() {
                    return Err(self.value_error("Cell is empty"));
                }
                return Ok(Some(c));
            }
            Some(Body::StaticMethod(f) | Body::ClassMethod(f)) if n == "__func__" => {
                return Ok(Some(*f));
            }
            _ => {}
        }
        match (t, n) {
            (TypeId::Int | TypeId::Bool, "real" | "numerator") => {
                return Ok(Some(if obj.is_bool() { Value::small_int(obj.as_bool().unwrap() as i64) } else { obj }));
            }
            (TypeId::Int | TypeId::Bool, "imag") => return Ok(Some(Value::small_int(0))),
            (TypeId::Int | TypeId::Bool, "denominator") => return Ok(Some(Value::small_int(1))),
            (TypeId::Float, "real") => return Ok(Some(obj)),
            (TypeId::Float, "imag") => return Ok(Some(Value::float(0.0))),
            (TypeId::Complex, "real" | "imag") => {
                let c = crate::complex::as_complex(obj).expect("complex receiver");
                return Ok(Some(Value::float(if n == "real" { c.re } else { c.im })));
            }
            (t, "__hash__") if t.is_unhashable() => return Ok(Some(Value::NONE)),
            _ => {}
        }
        if let Some((mname, func)) = crate::methods::lookup(t, n) {
            let this = if crate::methods::is_static(mname) { Value::EMPTY } else { obj };
            return Ok(Some(self.heap.alloc(Body::Builtin(crate::object::BuiltinObj { name: mname, func, this, owner: None }))));
        }
        Ok(None)
    }

    /// The slot names a class's instances are laid out with (along its MRO),
    /// None when they have a `__dict__` instead.
    fn slot_layout(&mut self, cls: Value) -> PyResult<Option<Vec<String>>> {
        let key = self.intern("__slots__");
        let object = self.ty(TypeId::Object);
        let mro = cls.as_class().map(|c| c.mro.clone()).unwrap_or_default();
        let mut names = vec![];
        for k in mro.into_iter().filter(|&k| k != object) {
            let h = self.str_hash(key);
            let Some(slots) = k.as_class().and_then(|c| c.dict.get_str(key, h)) else {
                return Ok(None);
            };
            let items = if slots.as_str().is_some() { vec![slots] } else { self.collect_iterable(slots)? };
            names.extend(items.iter().map(|n| n.str_text().to_string()));
        }
        Ok(if names.iter().any(|n| n == "__dict__") { None } else { Some(names) })
    }

    /// `obj.__class__ = cls` for an instance: cls must be a user class laid
    /// out alike (same builtin base, both exceptions or neither).
    fn set_instance_class(&mut self, obj: Value, cls: Value) -> PyResult<()> {
        let Some(new) = cls.as_class() else {
            return Err(self.type_error(format!("__class__ must be set to a class, not '{}' object", self.type_name(cls))));
        };
        let inst = obj.as_instance().expect("an instance");
        let old = inst.class.as_class().expect("a class");
        if crate::call::is_builtin_class(cls) || crate::call::is_builtin_class(inst.class) {
            return Err(self.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
        }
        if new.builtin != old.builtin || new.is_exception != old.is_exception || self.slot_layout(cls)? != self.slot_layout(inst.class)? {
            let (n, o) = (new.name.str_text(), old.name.str_text());
            return Err(self.type_error(format!("__class__ assignment: '{n}' object layout differs from '{o}'")));
        }
        inst.class = cls;
        Ok(())
    }

    /// `obj.name = v`.
    pub fn set_attr(&mut self, obj: Value, name: Value, v: Value) -> PyResult<()> {
        self.set_attr_via(None, obj, name, v)
    }

    /// `obj.name = v` for the instruction owning cache `slot`.
    #[inline]
    pub fn set_attr_at(&mut self, slot: &Cell<[u64; CACHE_WORDS]>, obj: Value, name: Value, v: Value) -> PyResult<()> {
        if let Some((inst, i)) = self
            .hinted_instance_entry(slot, obj, name)
            .or_else(|| self.sibling_instance_entry(slot, obj, name, (HOOK_SETATTR, "__setattr__")))
        {
            inst.dict.set_value_at(i, v);
            return Ok(());
        }
        if let Some((inst, h)) = self.appendable_instance(slot, obj, name) {
            inst.dict.insert_new(name, h, v);
            return Ok(());
        }
        self.set_attr_via(Some(slot), obj, name, v)
    }

    /// The instance when `obj.name = v` adds the attribute as the entry the
    /// slot's hint names, as it did for the site's earlier instances of the
    /// class (an `__init__` setting attributes in order): the slot's lookup
    /// found no class attribute of the name (no descriptor, no method hidden),
    /// the class has no `__slots__` nor `__setattr__`, and the dict holds
    /// exactly the entries before the hinted one, none of them `name`. With
    /// the name's hash, for the insertion.
    fn appendable_instance(&mut self, slot: &Cell<[u64; CACHE_WORDS]>, obj: Value, name: Value) -> Option<(&'static mut InstanceObj, i64)> {
        let inst = obj.as_instance()?;
        let [c, epoch, found, hint] = slot.get();
        let before = hint.checked_sub(1)? as usize;
        if c != inst.class.0
            || epoch != self.class_epoch
            || found != Value::EMPTY.0
            || inst.dict.raw_len() != before
            || inst.dict.len() != before
        {
            return None;
        }
        let cls = inst.class;
        if self.class_traits(cls) & HAS_SLOTS != 0 || self.attr_hook(cls, HOOK_SETATTR, "__setattr__").is_some() {
            return None;
        }
        let h = self.str_hash(name);
        inst.dict.get_str(name, h).is_none().then_some((inst, h))
    }

    fn set_attr_via(&mut self, slot: Option<&Cell<[u64; CACHE_WORDS]>>, obj: Value, name: Value, v: Value) -> PyResult<()> {
        if let Some(hook) = self.instance_attr_hook(obj, HOOK_SETATTR, "__setattr__") {
            self.call_method_value(hook, obj, &[name, v])?;
            return Ok(());
        }
        self.generic_set_attr(slot, obj, name, v)
    }

    /// `object.__setattr__(obj, name, v)`: the assignment without a user
    /// `__setattr__` hook (data descriptors, then the instance dict).
    pub fn generic_set_attr(&mut self, slot: Option<&Cell<[u64; CACHE_WORDS]>>, obj: Value, name: Value, v: Value) -> PyResult<()> {
        match obj.body() {
            Some(Body::Instance(inst)) => {
                let cls = inst.class;
                let ca = match slot {
                    Some(s) => self.class_lookup_at(s, cls, name),
                    None => self.class_lookup_v(cls, name),
                };
                if let Some(ca) = ca
                    && let Some(Body::Property { fset, .. }) = ca.body()
                {
                    let fset = *fset;
                    if fset.is_none() {
                        return Err(self.attribute_error(format!(
                            "property '{}' of '{}' object has no setter",
                            name.str_text(),
                            self.type_name(obj)
                        )));
                    }
                    self.call(fset, &[obj, v], &[])?;
                    return Ok(());
                }
                if let Some(ca) = ca
                    && let Some(set) = self.user_descriptor(ca, "__set__")
                {
                    self.call_method_value(set, ca, &[obj, v])?;
                    return Ok(());
                }
                if name.str_text() == "__class__" {
                    return self.set_instance_class(obj, v);
                }
                if name.str_text() == "__dict__" && cls != self.ty(TypeId::Object) && self.slots_allow(cls, name)? {
                    return self.replace_instance_dict(obj, Some(v));
                }
                if let Some(e) = obj.exc_data() {
                    match name.str_text() {
                        "args" => {
                            let items = self.collect_iterable(v)?;
                            e.args = self.new_tuple(items);
                            return Ok(());
                        }
                        "__cause__" => {
                            e.cause = v;
                            e.suppress_context = true;
                            return Ok(());
                        }
                        "__context__" => {
                            e.context = v;
                            return Ok(());
                        }
                        "__traceback__" => {
                            e.traceback = match v.body() {
                                _ if v.is_none() => vec![],
                                Some(Body::Traceback { exc, index }) => {
                                    let index = *index as usize;
                                    exc.exc_data().map(|d| d.traceback.iter().take(index + 1).cloned().collect()).unwrap_or_default()
                                }
                                _ => return Err(self.type_error("__traceback__ must be a traceback or None")),
                            };
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                if cls == self.ty(TypeId::Object) {
                    // Plain object() instances have no attribute dict.
                    return Err(self.no_attribute(obj, name));
                }
                let inst = obj.as_instance().unwrap();
                match self.instance_entry(slot, &inst.dict, name) {
                    Some(i) => inst.dict.set_value_at(i, v),
                    None => {
                        if !self.slots_allow(cls, name)? {
                            return Err(self.no_attribute(obj, name));
                        }
                        self.store_new_instance_attr(obj, name, v);
                        // The next instance of the class at this site may get
                        // the attribute at the same entry (`appendable_instance`).
                        if let Some(s) = slot
                            && let [c, e, found, _] = s.get()
                            && c == cls.0
                            && found == Value::EMPTY.0
                        {
                            s.set([c, e, found, inst.dict.raw_len() as u64]);
                        }
                    }
                }
                Ok(())
            }
            Some(Body::Class(c)) => {
                if crate::call::is_builtin_class(obj) {
                    let cn = c.name.str_text();
                    return Err(self.type_error(format!("cannot set '{}' attribute of immutable type '{cn}'", name.str_text())));
                }
                if name.str_text() == "__bases__" {
                    return crate::metaclass::set_bases(self, obj, v);
                }
                if let n @ ("__name__" | "__qualname__") = name.str_text() {
                    if v.as_str().is_none() {
                        let (cn, t) = (c.name.str_text(), self.type_name(v));
                        return Err(self.type_error(format!("can only assign string to {cn}.{n}, not '{t}'")));
                    }
                    if n == "__name__" {
                        c.name = v;
                    } else {
                        c.qualname = v;
                        c.dict.remove_str(name, self.str_hash(name));
                        self.invalidate_class_caches();
                    }
                    return Ok(());
                }
                let h = self.str_hash(name);
                let _ = c.dict.insert::<()>(name, h, v, &mut |a, b| Ok(a.str_text() == b.str_text()));
                self.invalidate_class_caches();
                self.methods_shadowed |= v.as_function().is_some();
                self.note_class_attr(name);
                Ok(())
            }
            Some(Body::Function(f)) => {
                match name.str_text() {
                    "__name__" if v.as_str().is_some() => f.name = v,
                    "__qualname__" if v.as_str().is_some() => f.qualname = v,
                    _ => {
                        let h = self.str_hash(name);
                        f.dict.set_str(name, h, v);
                    }
                }
                Ok(())
            }
            Some(Body::Module { .. }) => {
                let dict = obj.module_ns().expect("a module");
                if self.is_main_module(obj) {
                    let g = self.main_globals;
                    self.dict_set_str(g, name, v);
                    return Ok(());
                }
                let h = self.str_hash(name);
                let _ = dict.insert::<()>(name, h, v, &mut |a, b| Ok(a.str_text() == b.str_text()));
                if self.is_builtins_module(obj) {
                    let b = self.builtins;
                    self.dict_set_str(b, name, v);
                }
                Ok(())
            }
            Some(Body::Property { doc, .. }) if name.str_text() == "__doc__" => {
                *doc = v;
                Ok(())
            }
            _ if name.str_text() == "__class__" => {
                if v.as_class().is_none() {
                    return Err(self.type_error(format!("__class__ must be set to a class, not '{}' object", self.type_name(v))));
                }
                Err(self.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"))
            }
            _ => {
                let t = self.type_name(obj);
                if name.str_text() == "__class__" {
                    return Err(self.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
                }
                if self.builtin_attr(obj, name)?.is_some() {
                    // Members and getsets of builtin types have their own messages.
                    // (bool's come from int, whose name the message gives.)
                    let (tid, owner) = match self.type_id(obj) {
                        TypeId::Bool => (TypeId::Int, "int"),
                        tid => (tid, t),
                    };
                    match crate::data_descriptors::is_member(tid, name.str_text()) {
                        Some(true) => return Err(self.attribute_error("readonly attribute")),
                        Some(false) => {
                            let msg = format!("attribute '{}' of '{owner}' objects is not writable", name.str_text());
                            return Err(self.attribute_error(msg));
                        }
                        None => {}
                    }
                    return Err(self.attribute_error(format!("'{t}' object attribute '{}' is read-only", name.str_text())));
                }
                Err(self.attribute_error(format!("'{t}' object has no attribute '{}'", name.str_text())))
            }
        }
    }

    /// `del obj.name`.
    pub fn del_attr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        if let Some(hook) = self.instance_attr_hook(obj, HOOK_DELATTR, "__delattr__") {
            self.call_method_value(hook, obj, &[name])?;
            return Ok(());
        }
        self.generic_del_attr(obj, name)
    }

    /// `object.__delattr__(obj, name)`: the deletion without a user
    /// `__delattr__` hook.
    pub fn generic_del_attr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        let h = self.str_hash(name);
        let removed = match obj.body() {
            Some(Body::Instance(inst)) => {
                let cls = inst.class;
                if let Some(ca) = self.class_lookup_v(cls, name)
                    && let Some(Body::Property { fdel, .. }) = ca.body()
                {
                    let fdel = *fdel;
                    if fdel.is_none() {
                        let (n, t) = (name.str_text(), self.type_name(obj));
                        return Err(self.attribute_error(format!("property '{n}' of '{t}' object has no deleter")));
                    }
                    self.call(fdel, &[obj], &[])?;
                    return Ok(());
                }
                if let Some(ca) = self.class_lookup_v(cls, name)
                    && let Some(del) = self.user_descriptor(ca, "__delete__")
                {
                    self.call_method_value(del, ca, &[obj])?;
                    return Ok(());
                }
                if name.str_text() == "__dict__" && cls != self.ty(TypeId::Object) && self.slots_allow(cls, name)? {
                    return self.replace_instance_dict(obj, None);
                }
                let inst = obj.as_instance().unwrap();
                if name.str_text() == "__dict__" {
                    // A fresh, empty namespace appears on the next access.
                    inst.dict.clear();
                    return Ok(());
                }
                inst.dict.remove::<()>(name, h, &mut |a, b| Ok(a.str_text() == b.str_text())).ok().flatten().is_some()
            }
            Some(Body::Class(c)) => {
                let cn = c.name.str_text();
                if crate::call::is_builtin_class(obj) {
                    return Err(self.type_error(format!("cannot set '{}' attribute of immutable type '{cn}'", name.str_text())));
                }
                if let n @ ("__name__" | "__qualname__") = name.str_text() {
                    return Err(self.type_error(format!("cannot delete '{n}' attribute of immutable type '{cn}'")));
                }
                self.invalidate_class_caches();
                self.methods_shadowed = true;
                c.dict.remove::<()>(name, h, &mut |a, b| Ok(a.str_text() == b.str_text())).ok().flatten().is_some()
            }
            Some(Body::Function(f)) => f.dict.remove::<()>(name, h, &mut |a, b| Ok(a.str_text() == b.str_text())).ok().flatten().is_some(),
            Some(Body::Module { .. }) => {
                let dict = obj.module_ns().expect("a module");
                if self.is_builtins_module(obj)
                    && let Some(b) = self.builtins.as_dict()
                {
                    b.remove_str(name, h);
                }
                dict.remove_str(name, h)
            }
            _ => false,
        };
        if removed {
            Ok(())
        } else if matches!(obj.body(), Some(Body::Module { .. })) {
            // CPython deletes module attributes through the generic path.
            Err(self.attribute_error(format!("'module' object has no attribute '{}'", name.str_text())))
        } else {
            Err(self.no_attribute(obj, name))
        }
    }

    /// `obj.name(*args)` where `args[0]` is obj itself: avoids making a bound
    /// method for plain methods of instances and builtin types.
    pub fn call_method(&mut self, name: Value, args: &[Value]) -> PyResult<Value> {
        self.call_method_via(None, name, args)
    }

    /// `call_method` for the instruction owning cache `slot`.
    pub fn call_method_at(&mut self, slot: &Cell<[u64; CACHE_WORDS]>, name: Value, args: &[Value]) -> PyResult<Value> {
        self.call_method_via(Some(slot), name, args)
    }

    fn call_method_via(&mut self, slot: Option<&Cell<[u64; CACHE_WORDS]>>, name: Value, args: &[Value]) -> PyResult<Value> {
        let obj = args[0];
        match obj.body() {
            Some(Body::Instance(inst)) if self.attr_hook(inst.class, HOOK_GETATTRIBUTE, "__getattribute__").is_none() => {
                let cls = inst.class;
                let in_dict = self.methods_shadowed && !inst.dict.is_empty() && {
                    let h = self.str_hash(name);
                    inst.dict.find::<()>(name, h, &mut |a, b| Ok(a.str_text() == b.str_text())).ok().flatten().is_some()
                };
                let ca = match slot {
                    _ if in_dict => None,
                    Some(s) => self.class_lookup_at(s, cls, name),
                    None => self.class_lookup_v(cls, name),
                };
                if let Some(ca) = ca
                    && ca.as_function().is_some()
                {
                    return self.call_function(ca, args, &[]);
                }
            }
            Some(Body::Module { .. }) => {
                let dict = obj.module_ns().expect("a module");
                if let Some(i) = self.instance_entry(slot, dict, name) {
                    let f = dict.entry(i).value;
                    return self.call(f, &args[1..], &[]);
                }
            }
            Some(Body::Instance(_) | Body::Class(_) | Body::Function(_) | Body::Super { .. }) => {}
            _ => {
                let t = self.type_id(obj);
                if let Some((mname, func)) = self.builtin_method(t, name) {
                    let args = if crate::methods::is_static(mname) { &args[1..] } else { args };
                    return func(self, args, &[]);
                }
            }
        }
        let m = self.get_attr(obj, name)?;
        self.call(m, &args[1..], &[])
    }
}

/// The attribute a `__slots__` entry of class `owner` names: private names
/// (`__x`) are mangled with the class name (`_Owner__x`), as CPython does.
fn slot_name(owner: &str, slot: &str) -> String {
    let stripped = owner.trim_start_matches('_');
    if slot.starts_with("__") && !slot.ends_with("__") && !stripped.is_empty() { format!("_{stripped}{slot}") } else { slot.to_string() }
}

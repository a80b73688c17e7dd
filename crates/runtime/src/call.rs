//! Calling: functions (argument binding with CPython's error messages),
//! builtins, bound methods, classes (instantiation) and callable instances.

use crate::frame::{Frame, FrameExit};
use crate::object::{Body, FunctionObj, GenObj, InstanceObj};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

impl Vm {
    /// The result of a builtin class method (`fromkeys`, `fromhex`,
    /// `from_bytes`) called through the user subclass `cls`, as CPython makes
    /// it: `cls()` filled item by item for `fromkeys`, else `cls(made)`
    /// (`made` as bytes for `fromhex`).
    fn class_method_result(&mut self, cls: Value, name: &str, made: Value) -> PyResult<Value> {
        self.roots.push(made);
        let r = if name == "fromkeys" {
            self.call(cls, &[], &[]).and_then(|d| {
                let items: Vec<(Value, Value)> = made.as_dict().map(|m| m.iter().map(|e| (e.key, e.value)).collect()).unwrap_or_default();
                items.into_iter().try_for_each(|(k, v)| self.set_item(d, k, v)).map(|_| d)
            })
        } else {
            // bytearray.fromhex hands a subclass the parsed bytes, not a bytearray.
            let made = match made.body() {
                Some(Body::ByteArray(b)) => self.new_bytes(b.clone()),
                _ => made,
            };
            self.call(cls, &[made], &[])
        };
        self.roots.pop();
        r
    }

    /// `func(*args, **kwargs)`.
    pub fn call(&mut self, func: Value, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
        match func.body() {
            Some(Body::Function(_)) => self.call_function(func, args, kwargs),
            Some(Body::Builtin(b)) => {
                let f = b.func;
                // The receiver of an unbound method is checked before its keywords.
                if let (Some(t), true) = (b.owner, b.this.is_empty()) {
                    self.check_descriptor_receiver(t, b.name, args)?;
                }
                if !kwargs.is_empty() {
                    let owner = b.owner.or_else(|| (!b.this.is_empty()).then(|| self.type_id(b.this)));
                    if !crate::methods::takes_keywords(owner, b.name) {
                        let q = self.builtin_qualname(b);
                        return Err(self.type_error(format!("{q}() takes no keyword arguments")));
                    }
                }
                if b.this.is_empty() {
                    // `dict.__setitem__(self, k, v)` on an instance of a dict
                    // subclass works on its dict contents.
                    if let Some(t) = b.owner
                        && t != TypeId::Object
                        && !crate::methods::is_static(b.name)
                        && args.first().is_some_and(|a| a.has_native())
                    {
                        let mut all = args.to_vec();
                        all[0] = all[0].native();
                        return f(self, &all, kwargs);
                    }
                    f(self, args, kwargs)
                } else if crate::methods::is_static(b.name) {
                    // A class method reached through a subclass (bound to it).
                    let (cls, name) = (b.this, b.name);
                    let made = f(self, args, kwargs)?;
                    self.class_method_result(cls, name, made)
                } else {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(b.this);
                    all.extend_from_slice(args);
                    f(self, &all, kwargs)
                }
            }
            Some(Body::BoundMethod { this, func }) => {
                let (this, func) = (*this, *func);
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(this);
                all.extend_from_slice(args);
                self.call(func, &all, kwargs)
            }
            Some(Body::Class(_)) => match crate::metaclass::user_call(self, func) {
                Some(m) => {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(func);
                    all.extend_from_slice(args);
                    self.call(m, &all, kwargs)
                }
                None => self.instantiate(func, args, kwargs),
            },
            Some(Body::Instance(_)) => match self.lookup_special(func, "__call__") {
                Some(m) => {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(func);
                    all.extend_from_slice(args);
                    self.call_counted(m, &all, kwargs)
                }
                None => Err(self.type_error(format!("'{}' object is not callable", self.type_name(func)))),
            },
            Some(Body::StaticMethod(f)) => {
                let f = *f;
                self.call(f, args, kwargs)
            }
            _ => Err(self.type_error(format!("'{}' object is not callable", self.type_name(func)))),
        }
    }

    /// The receiver check of an unbound method of builtin type `t`
    /// (`list.append(x, ...)`): CPython's TypeError unless `args[0]` is a `t`.
    /// A builtin's name as CPython's messages give it: `len`, `list.append`,
    /// `dict.fromkeys`, `math.floor`.
    pub fn builtin_qualname(&mut self, b: &crate::object::BuiltinObj) -> String {
        let owner = match (b.owner, b.this) {
            (Some(t), _) => t.name().to_string(),
            (None, this) if this.is_empty() => return b.name.to_string(),
            (None, this) => match this.body() {
                Some(Body::Class(c)) => c.qualname.str_text().to_string(),
                Some(Body::Module { name, .. }) => name.str_text().to_string(),
                _ => self.type_name(this).to_string(),
            },
        };
        format!("{owner}.{}", b.name)
    }

    pub fn check_descriptor_receiver(&mut self, t: TypeId, name: &str, args: &[Value]) -> PyResult<()> {
        if crate::methods::is_class_level(name) {
            return Ok(());
        }
        let Some(&this) = args.first() else {
            return Err(self.type_error(format!("unbound method {}.{name}() needs an argument", t.name())));
        };
        if name == "__new__" && t != TypeId::Object && this.as_class().is_some() && !self.is_subclass(this, self.ty(t)) {
            let (tn, other) = (t.name(), this.as_class().map(|c| c.name.str_text()).unwrap_or_default());
            return Err(self.type_error(format!("{tn}.__new__({other}): {other} is not a subtype of {tn}")));
        }
        let exempt = matches!(t, TypeId::Object | TypeId::Type) || t.is_exception() || name == "__new__";
        if exempt || self.is_type(this, t) {
            return Ok(());
        }
        let (tn, other) = (t.name(), self.type_name(this));
        // Operator dunders are slot wrappers in CPython; these dunders are plain methods.
        const METHOD_DUNDERS: &[&str] = &[
            "__reduce__",
            "__reduce_ex__",
            "__format__",
            "__sizeof__",
            "__getnewargs__",
            "__length_hint__",
            "__bytes__",
            "__complex__",
            "__round__",
            "__trunc__",
            "__floor__",
            "__ceil__",
            "__dir__",
        ];
        let slot = name.starts_with("__") && name.ends_with("__") && !METHOD_DUNDERS.contains(&name);
        Err(self.type_error(if slot {
            format!("descriptor '{name}' requires a '{tn}' object but received a '{other}'")
        } else {
            format!("descriptor '{name}' for '{tn}' objects doesn't apply to a '{other}' object")
        }))
    }

    /// Calls a class attribute found by `lookup_special` with `this` as the first argument.
    pub fn call_method_value(&mut self, m: Value, this: Value, args: &[Value]) -> PyResult<Value> {
        match m.body() {
            Some(Body::StaticMethod(f)) => {
                let f = *f;
                self.call(f, args, &[])
            }
            Some(Body::ClassMethod(f)) => {
                let f = *f;
                let cls = self.type_of(this);
                let mut all = vec![cls];
                all.extend_from_slice(args);
                self.call(f, &all, &[])
            }
            _ => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(this);
                all.extend_from_slice(args);
                self.call(m, &all, &[])
            }
        }
    }

    /// Whether a value can be called.
    pub fn is_callable(&mut self, v: Value) -> bool {
        match v.body() {
            Some(Body::Function(_) | Body::Builtin(_) | Body::BoundMethod { .. } | Body::Class(_) | Body::StaticMethod(_)) => true,
            Some(Body::Instance(_)) => self.lookup_special(v, "__call__").is_some(),
            _ => false,
        }
    }

    /// `type.__call__(cls, *args, **kwargs)`: a new instance of class `cls`.
    pub fn instantiate(&mut self, cls: Value, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
        let c = cls.as_class().unwrap();
        if let Some(t) = c.builtin
            && !t.is_exception()
            && t != TypeId::Object
        {
            if is_builtin_class(cls) {
                return crate::builtins::construct_builtin(self, t, args, kwargs);
            }
            if t == TypeId::Type {
                return crate::metaclass::instantiate(self, cls, args, kwargs);
            }
            return self.instantiate_builtin_subclass(cls, t, args, kwargs);
        }
        let is_exc = c.is_exception;
        let new_m = self.class_lookup(cls, "__new__");
        let obj = match new_m {
            Some(n) if n.as_function().is_some() || matches!(n.body(), Some(Body::StaticMethod(_))) => {
                let f = match n.body() {
                    Some(Body::StaticMethod(f)) => *f,
                    _ => n,
                };
                let mut all = vec![cls];
                all.extend_from_slice(args);
                let o = self.call(f, &all, kwargs)?;
                if !self.isinstance(o, cls) {
                    return Ok(o);
                }
                o
            }
            _ => {
                self.check_not_abstract(cls, !args.is_empty() || !kwargs.is_empty())?;
                let cls = if is_exc { self.oserror_subclass(cls, args) } else { cls };
                let o = self.new_instance(cls, is_exc);
                if is_exc {
                    self.set_exception_args(o, args);
                }
                o
            }
        };
        match self.class_lookup(cls, "__init__") {
            Some(init) if init.as_function().is_some() => {
                self.roots.push(obj);
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(obj);
                all.extend_from_slice(args);
                let r = self.call(init, &all, kwargs);
                self.roots.pop();
                let r = r?;
                if !r.is_none() {
                    return Err(self.type_error(format!("__init__() should return None, not '{}'", self.type_name(r))));
                }
            }
            _ => {
                if is_exc {
                    self.set_exception_args(obj, args);
                    self.exception_keywords(obj, kwargs)?;
                } else if (!args.is_empty() || !kwargs.is_empty()) && new_m.is_none() {
                    let name = c.name.str_text();
                    return Err(self.type_error(format!("{name}() takes no arguments")));
                }
            }
        }
        Ok(obj)
    }

    /// An instance of a user subclass of a builtin type: the builtin value is
    /// made by `__new__` (immutable types take the arguments there) and filled
    /// by `__init__` (mutable ones), as CPython does.
    fn instantiate_builtin_subclass(&mut self, cls: Value, t: TypeId, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
        let mutable = matches!(t, TypeId::List | TypeId::Dict | TypeId::Set);
        let init = self.class_lookup(cls, "__init__").filter(|i| i.as_function().is_some());
        if let Some(Body::StaticMethod(new_fn)) = self.class_lookup(cls, "__new__").and_then(|n| n.body()) {
            let new_fn = *new_fn;
            let mut all = vec![cls];
            all.extend_from_slice(args);
            let obj = self.call(new_fn, &all, kwargs)?;
            if let Some(init) = init.filter(|_| self.isinstance(obj, cls)) {
                self.roots.push(obj);
                let mut all = vec![obj];
                all.extend_from_slice(args);
                let r = self.call(init, &all, kwargs);
                self.roots.pop();
                r?;
            }
            return Ok(obj);
        }
        let native = if mutable && init.is_some() {
            crate::builtins::construct_builtin(self, t, &[], &[])?
        } else if init.is_some() && crate::constructors::takes_no_kwargs(t) {
            // The subclass's own `__init__` takes the keywords.
            crate::builtins::construct_builtin(self, t, args, &[])?
        } else {
            crate::builtins::construct_builtin(self, t, args, kwargs)?
        };
        let obj = self.heap.alloc(Body::Instance(InstanceObj { class: cls, dict: Default::default(), exc: None, native }));
        if let Some(init) = init {
            self.roots.push(obj);
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(obj);
            all.extend_from_slice(args);
            let r = self.call(init, &all, kwargs);
            self.roots.pop();
            r?;
        }
        Ok(obj)
    }

    /// `object.__new__(cls, *args)` / `int.__new__(cls, *args)`...: a bare instance
    /// of `cls`, with its builtin value made from the arguments for builtin subclasses.
    pub fn object_new(&mut self, cls: Value, args: &[Value]) -> PyResult<Value> {
        let Some(c) = cls.as_class() else {
            return Err(self.type_error("object.__new__(X): X is not a type object"));
        };
        match c.builtin {
            Some(t) if !t.is_exception() && t != TypeId::Object => {
                let native = crate::builtins::construct_builtin(self, t, args, &[])?;
                if is_builtin_class(cls) {
                    return Ok(native);
                }
                Ok(self.heap.alloc(Body::Instance(InstanceObj { class: cls, dict: Default::default(), exc: None, native })))
            }
            _ => {
                let is_exc = c.is_exception;
                self.check_not_abstract(cls, false)?;
                let o = self.new_instance(cls, is_exc);
                if is_exc {
                    self.set_exception_args(o, args);
                }
                Ok(o)
            }
        }
    }

    /// The abstract-class check of CPython's `object.__new__`: TypeError when
    /// `cls`, made by a metaclass (like `abc.ABCMeta`), has abstract methods
    /// left. With arguments and no `__init__`, the "takes no arguments" error
    /// comes first, as in CPython.
    fn check_not_abstract(&mut self, cls: Value, has_args: bool) -> PyResult<()> {
        if self.type_of(cls) == self.ty(TypeId::Type)
            || has_args && self.class_lookup(cls, "__init__").is_none_or(|i| i.as_function().is_none())
        {
            return Ok(());
        }
        // ABCMeta stores a frozenset (a class body's own `__abstractmethods__` does not count).
        let Some(methods) = self.class_lookup(cls, "__abstractmethods__").filter(|m| matches!(m.body(), Some(Body::FrozenSet(..)))) else {
            return Ok(());
        };
        let mut names: Vec<String> = self.collect_iterable(methods)?.iter().map(|n| n.str_text().to_string()).collect();
        if names.is_empty() {
            return Ok(());
        }
        names.sort();
        let name = cls.as_class().map(|c| c.name.str_text().to_string()).unwrap_or_default();
        let plural = if names.len() == 1 { "" } else { "s" };
        Err(self.type_error(format!("Can't instantiate abstract class {name} with abstract method{plural} {}", names.join(", "))))
    }

    /// A fresh instance of a user class (exception state included when needed).
    pub fn new_instance(&mut self, cls: Value, is_exc: bool) -> Value {
        let exc = if is_exc {
            Some(Box::new(crate::object::ExcData {
                args: self.empty_tuple,
                traceback: vec![],
                cause: Value::NONE,
                context: Value::NONE,
                suppress_context: false,
                name: Value::NONE,
                obj: Value::EMPTY,
                os_args: Value::EMPTY,
            }))
        } else {
            None
        };
        self.heap.alloc(Body::Instance(InstanceObj { class: cls, dict: Default::default(), exc, native: Value::EMPTY }))
    }

    /// Calls a Python function: binds the arguments into a new frame and runs it
    /// (or returns a generator).
    pub fn call_function(&mut self, func: Value, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
        if kwargs.is_empty()
            && func.as_function().is_some_and(|f| f.code.jit_entry.get() != 0)
            && let Some(r) = (self.direct_call)(self, func, args)
        {
            return r;
        }
        self.call_function_framed(func, args, kwargs)
    }

    /// `call_function` through a new frame and the executor (what the
    /// direct call path falls back to).
    pub fn call_function_framed(&mut self, func: Value, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
        let f = func.as_function().unwrap();
        let code = &*f.code;
        let nregs = code.nregs as usize;
        if code.flags.generator {
            let mut regs = vec![Value::EMPTY; nregs];
            self.bind_args(f, regs.as_mut_ptr(), args, kwargs)?;
            let g = self.new_generator(func, f.code.clone(), regs);
            if code.flags.async_generator {
                return self.new_async_generator(g);
            }
            return Ok(g);
        }
        if self.depth >= self.recursion_limit || self.native_stack_low() {
            return Err(self.recursion_error());
        }
        let Some(regs) = self.push_regs(nregs) else {
            return Err(self.recursion_error());
        };
        if let Err(e) = self.bind_args(f, regs, args, kwargs) {
            self.pop_regs(nregs);
            return Err(e);
        }
        let mut frame = Frame::new(f.code.clone(), regs, f.globals, Value::EMPTY, func, self.exc_stack.len());
        self.depth += 1;
        let r = (self.executor)(self, &mut frame);
        self.depth -= 1;
        self.pop_regs(nregs);
        match r? {
            FrameExit::Return(v) => Ok(v),
            FrameExit::Yield(_) => Err(self.runtime_error("yield from a non-generator frame")),
        }
    }

    /// `self.call` one level deeper in the recursion count: an object whose
    /// `__call__` is itself (or leads back to it) ends in RecursionError.
    pub(crate) fn call_counted(&mut self, func: Value, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
        if self.depth >= self.recursion_limit || self.native_stack_low() {
            return Err(self.new_exception(TypeId::RecursionError, "maximum recursion depth exceeded while calling a Python object"));
        }
        self.depth += 1;
        let r = self.call(func, args, kwargs);
        self.depth -= 1;
        r
    }

    /// Whether the native stack is close to exhaustion.
    #[inline]
    pub fn native_stack_low(&self) -> bool {
        let marker = 0u8;
        let sp = &marker as *const u8 as usize;
        self.stack_limit != 0 && sp < self.stack_limit
    }

    fn new_generator(&mut self, func: Value, code: Rc<tierpy_bytecode::CodeObject>, mut regs: Vec<Value>) -> Value {
        let f = func.as_function().unwrap();
        let (name, qualname, globals) = (f.name, f.qualname, f.globals);
        let frame = Frame::new(code, regs.as_mut_ptr(), globals, Value::EMPTY, func, 0);
        self.heap.alloc(Body::Generator(Box::new(GenObj {
            frame,
            regs,
            running: false,
            finished: false,
            started: false,
            name,
            qualname,
            saved_exc: vec![],
        })))
    }

    /// Binds call arguments to a function's parameter registers and fills its
    /// closure registers.
    #[inline]
    fn bind_args(&mut self, f: &FunctionObj, regs: *mut Value, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<()> {
        let code = &*f.code;
        let set = |i: usize, v: Value| {
            // SAFETY: i < code.nregs, regs points at nregs values.
            unsafe { *regs.add(i) = v }
        };
        let get = |i: usize| -> Value {
            // SAFETY: as above.
            unsafe { *regs.add(i) }
        };
        let argc = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let fast = kwargs.is_empty() && args.len() == argc && !code.flags.varargs && !code.flags.varkw && kwonly == 0;
        if fast {
            for (i, a) in args.iter().enumerate() {
                set(i, *a);
            }
        } else {
            self.bind_slow(f, regs, args, kwargs)?;
        }
        // SAFETY: regs points at the code's nregs values.
        unsafe { f.bind_closure(regs) };
        let _ = get;
        Ok(())
    }

    fn bind_slow(&mut self, f: &FunctionObj, regs: *mut Value, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<()> {
        let code = &*f.code;
        let set = |i: usize, v: Value| {
            // SAFETY: i < code.nregs.
            unsafe { *regs.add(i) = v }
        };
        let get = |i: usize| -> Value {
            // SAFETY: i < code.nregs.
            unsafe { *regs.add(i) }
        };
        let qual = f.qualname.str_text().to_string();
        let argc = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let npos = args.len().min(argc);
        for (i, a) in args[..npos].iter().enumerate() {
            set(i, *a);
        }
        let mut slot = argc + kwonly;
        if code.flags.varargs {
            let extra = if args.len() > argc { args[argc..].to_vec() } else { vec![] };
            let t = self.new_tuple(extra);
            set(slot, t);
            slot += 1;
        } else if args.len() > argc {
            let given_kw = kwargs.iter().filter(|(k, _)| code.varnames[argc..argc + kwonly].iter().any(|n| **n == *k.str_text())).count();
            let ndef = f.defaults.len();
            let takes = if ndef > 0 && ndef < argc {
                format!("from {} to {} positional arguments", argc - ndef, argc)
            } else if ndef > 0 && ndef == argc {
                format!("from 0 to {argc} positional arguments")
            } else {
                format!("{argc} positional argument{}", if argc == 1 { "" } else { "s" })
            };
            let given = args.len();
            let was = if given == 1 { "was" } else { "were" };
            let msg = if given_kw > 0 {
                format!(
                    "{qual}() takes {takes} but {given} positional argument{} (and {given_kw} keyword-only argument{}) were given",
                    if given == 1 { "" } else { "s" },
                    if given_kw == 1 { "" } else { "s" }
                )
            } else {
                format!("{qual}() takes {takes} but {given} {was} given")
            };
            return Err(self.type_error(msg));
        }
        let kwdict = if code.flags.varkw {
            let d = self.new_dict();
            set(slot, d);
            Some(d)
        } else {
            None
        };
        let posonly = code.posonlyargcount as usize;
        let mut posonly_as_kw = vec![];
        for &(k, v) in kwargs {
            let name = k.str_text();
            let idx = code.varnames[..argc + kwonly].iter().position(|n| **n == *name);
            match idx {
                Some(i) if i >= posonly => {
                    if !get(i).is_empty() {
                        return Err(self.type_error(format!("{qual}() got multiple values for argument '{name}'")));
                    }
                    set(i, v);
                }
                _ => match kwdict {
                    Some(d) => {
                        self.dict_set(d, k, v)?;
                    }
                    None => {
                        if idx.is_some() {
                            posonly_as_kw.push(name.to_string());
                        } else {
                            return Err(self.type_error(format!("{qual}() got an unexpected keyword argument '{name}'")));
                        }
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        let ndef = f.defaults.len();
        let mut missing = vec![];
        for i in 0..argc {
            if get(i).is_empty() {
                if i + ndef >= argc {
                    set(i, f.defaults[i + ndef - argc]);
                } else {
                    missing.push(code.varnames[i].to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(missing_msg(&qual, "positional", &missing)));
        }
        let mut missing = vec![];
        for i in argc..argc + kwonly {
            if get(i).is_empty() {
                let name = &code.varnames[i];
                match f.kwdefaults.iter().find(|(k, _)| *k.str_text() == **name) {
                    Some((_, v)) => set(i, *v),
                    None => missing.push(name.to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(missing_msg(&qual, "keyword-only", &missing)));
        }
        Ok(())
    }
}

fn missing_msg(qual: &str, kind: &str, names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    format!("{qual}() missing {} required {kind} argument{}: {list}", names.len(), if names.len() == 1 { "" } else { "s" })
}

/// Whether a class object is one of the builtin types themselves (not a user subclass).
pub fn is_builtin_class(cls: Value) -> bool {
    cls.as_obj().is_some_and(|o| o.permanent) && cls.as_class().is_some_and(|c| c.builtin.is_some())
}

//! `repr()` and `str()` of every value, exactly as CPython prints them.

use crate::object::{Body, IterState};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// CPython's limit on int/str conversion digits.
pub const MAX_STR_DIGITS: usize = 4300;
/// The smallest limit `sys.set_int_max_str_digits` takes (besides 0).
pub const MIN_STR_DIGITS: usize = 640;

/// Quotes a str the way `repr` does.
pub fn repr_str(s: &str) -> String {
    tierpy_bytecode::quote::quote_text(s, |c| !is_printable(c))
}

/// `str.isprintable` for one character, from CPython 3.11's tables.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    crate::str_methods::in_ranges(crate::unicode_tables::PRINTABLE, c)
}

/// The decimal text of a big int, with CPython's 4300-digit limit.
pub fn bigint_str(vm: &mut Vm, b: &num_bigint::BigInt) -> PyResult<String> {
    check_str_digits(vm, b)?;
    Ok(b.to_string())
}

/// CPython's ValueError when `b` has more decimal digits than
/// `sys.get_int_max_str_digits()` allows (0: no limit).
pub fn check_str_digits(vm: &mut Vm, b: &num_bigint::BigInt) -> PyResult<()> {
    let limit = vm.int_max_str_digits;
    // Fewer than 3 bits per digit: only longer numbers can exceed the limit.
    if limit != 0 && b.bits() > limit as u64 * 3 && b.magnitude().to_string().len() > limit {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

fn addr(v: Value) -> String {
    format!("0x{:012x}", v.0 & 0xFFFF_FFFF_FFFF)
}

impl Vm {
    /// `object.__repr__` of an instance: `<__main__.C object at 0x...>`
    /// (no module for instances of builtin classes: `<object object at 0x...>`).
    pub fn default_repr(&mut self, v: Value) -> String {
        let cls = self.type_of(v);
        let q = cls.as_class().map_or("object", |c| c.qualname.str_text());
        let module = self.module_prefix(cls);
        format!("<{module}{q} object at {}>", addr(v))
    }

    /// `module.` as reprs print before a class name: the class's `__module__`
    /// (nothing for builtin classes and classes of module `builtins`).
    pub fn module_prefix(&mut self, cls: Value) -> String {
        let Some(c) = cls.as_class().filter(|_| !crate::call::is_builtin_class(cls)) else {
            return String::new();
        };
        let k = self.intern("__module__");
        let h = self.str_hash(k);
        match c.dict.get_str(k, h).filter(|m| m.as_str().is_some()).map_or("__main__", |m| m.str_text()) {
            "builtins" => String::new(),
            m => format!("{m}."),
        }
    }
}

impl Vm {
    /// `repr(v)`.
    pub fn repr(&mut self, v: Value) -> PyResult<String> {
        if let Some(i) = v.as_small_int() {
            return Ok(i.to_string());
        }
        if let Some(f) = v.as_float() {
            return Ok(crate::numfmt::float_repr(f));
        }
        if let Some(b) = v.as_bool() {
            return Ok(if b { "True" } else { "False" }.into());
        }
        if v.is_none() {
            return Ok("None".into());
        }
        match v.body() {
            Some(Body::Str(s)) => Ok(repr_str(&s.s)),
            Some(Body::Bytes(b)) => Ok(crate::bytes::repr_bytes(b)),
            Some(Body::ByteArray(b)) => Ok(crate::bytes::repr_bytearray(b)),
            Some(Body::BigInt(b)) => bigint_str(self, b),
            Some(Body::Complex(c)) => Ok(crate::complex::repr(*c)),
            Some(Body::List(_)) => self.repr_container(v, "[", "]", false),
            Some(Body::Tuple(t)) => {
                if t.len() == 1 {
                    if self.repr_guard.contains(&v) {
                        return Ok("(...)".into());
                    }
                    self.repr_guard.push(v);
                    let r = self.repr(t[0]);
                    self.repr_guard.pop();
                    return Ok(format!("({},)", r?));
                }
                self.repr_container(v, "(", ")", false)
            }
            Some(Body::Dict(_) | Body::InstanceDict(_)) => self.repr_container(v, "{", "}", true),
            Some(Body::Set(_)) => self.repr_set(v, "set"),
            Some(Body::FrozenSet(..)) => self.repr_set(v, "frozenset"),
            Some(Body::BigRange(_)) => {
                let s = self.big_range_op(v, "repr_", &[])?;
                Ok(s.str_text().to_string())
            }
            Some(Body::Range { start, stop, step }) => {
                Ok(if *step == 1 { format!("range({start}, {stop})") } else { format!("range({start}, {stop}, {step})") })
            }
            Some(Body::Slice { start, stop, step }) => {
                let (a, b, c) = (*start, *stop, *step);
                Ok(format!("slice({}, {}, {})", self.repr(a)?, self.repr(b)?, self.repr(c)?))
            }
            Some(Body::Function(f)) => Ok(format!("<function {} at {}>", f.qualname.str_text(), addr(v))),
            Some(Body::Builtin(b)) => {
                if let (true, Some(t)) = (b.this.is_empty(), b.owner) {
                    // A method taken from a builtin type: `list.append`, `int.__add__`.
                    let (name, tn) = (b.name, t.name());
                    return Ok(if crate::methods::is_static(name) {
                        format!("<built-in method {name} of type object at {}>", addr(self.ty(t)))
                    } else if name.starts_with("__") && name.ends_with("__") {
                        format!("<slot wrapper '{name}' of '{tn}' objects>")
                    } else {
                        format!("<method '{name}' of '{tn}' objects>")
                    });
                }
                if b.this.is_empty() {
                    Ok(format!("<built-in function {}>", b.name))
                } else {
                    let t = self.type_name(b.this);
                    Ok(format!("<built-in method {} of {t} object at {}>", b.name, addr(b.this)))
                }
            }
            Some(Body::BoundMethod { this, func }) => {
                let (this, func) = (*this, *func);
                let fname = match func.as_function() {
                    Some(f) => f.qualname.str_text().to_string(),
                    None => self.repr(func)?,
                };
                let r = self.repr(this)?;
                Ok(format!("<bound method {fname} of {r}>"))
            }
            Some(Body::Class(_))
                if v.is_user_object()
                    && let Some(m) = self.lookup_special(v, "__repr__") =>
            {
                let r = self.call_method_value(m, v, &[])?;
                let r = self.str_result(r, "__repr__")?;
                Ok(r.native().str_text().to_string())
            }
            Some(Body::Class(c)) => {
                if crate::call::is_builtin_class(v) {
                    Ok(format!("<class '{}'>", c.name.str_text()))
                } else {
                    let m = self.module_prefix(v);
                    Ok(format!("<class '{m}{}'>", c.qualname.str_text()))
                }
            }
            Some(Body::Instance(i))
                if !i.native.is_empty() && self.lookup_special(v, "__repr__").is_none_or(|m| m.as_function().is_none()) =>
            {
                if let Some(b) = i.native.as_bytearray() {
                    // bytearray's repr names the subclass: `BA(b'...')`.
                    return Ok(format!("{}({})", self.type_name(v), crate::bytes::repr_bytearray_inner(b)));
                }
                if let Some(Body::Set(_) | Body::FrozenSet(..)) = i.native.body() {
                    // So do the reprs of sets and frozensets: `S({1, 2})`, `S()`.
                    let name = self.type_name(v).to_string();
                    return self.repr_set(i.native, &name);
                }
                self.repr(i.native)
            }
            Some(Body::Instance(_)) => {
                if let Some(m) = self.lookup_special(v, "__repr__")
                    && let Some(Body::Builtin(b)) = m.body()
                    && b.name != "__repr__"
                {
                    // Another builtin made the class's __repr__ (`__repr__ =
                    // object.__str__`, which calls repr again): called, counted.
                    let r = self.call_counted(m, &[v], &[])?;
                    let r = self.str_result(r, "__repr__")?;
                    return Ok(r.native().str_text().to_string());
                }
                if let Some(m) = self.lookup_special(v, "__repr__")
                    && m.as_function().is_some()
                {
                    if self.repr_guard.len() > 800 {
                        return Err(self.recursion_error());
                    }
                    let r = self.call_method_value(m, v, &[])?;
                    let r = self.str_result(r, "__repr__")?;
                    return Ok(r.native().str_text().to_string());
                }
                if let Some(e) = v.exc_data() {
                    let name = self.type_name(v);
                    let args = e.args;
                    let items = args.as_tuple().unwrap_or(&[]).to_vec();
                    if items.len() == 1 {
                        return Ok(format!("{name}({})", self.repr(items[0])?));
                    }
                    let inner = self.repr(args)?;
                    return Ok(format!("{name}{inner}"));
                }
                Ok(self.default_repr(v))
            }
            Some(Body::Module { name, .. }) => Ok(match self.module_file(v) {
                Some(file) => format!("<module '{}' from '{file}'>", name.str_text()),
                None => format!("<module '{}' (built-in)>", name.str_text()),
            }),
            Some(Body::Code(c)) => {
                Ok(format!("<code object {} at {}, file \"{}\", line {}>", c.name, addr(v), c.filename, c.first_line.max(1)))
            }
            Some(Body::Generator(g)) => {
                let kind = if g.frame.code.flags.coroutine { "coroutine" } else { "generator" };
                Ok(format!("<{kind} object {} at {}>", g.qualname.str_text(), addr(v)))
            }
            Some(Body::NotImplemented) => Ok("NotImplemented".into()),
            Some(Body::Ellipsis) => Ok("Ellipsis".into()),
            Some(Body::DictView { dict, kind }) => {
                let (dict, kind) = (*dict, *kind);
                let name = match kind {
                    crate::object::ViewKind::Keys => "dict_keys",
                    crate::object::ViewKind::Values => "dict_values",
                    crate::object::ViewKind::Items => "dict_items",
                };
                let it = self.get_iter(v)?;
                let _ = dict;
                let items = self.collect_iterable(it)?;
                let l = self.new_list(items);
                Ok(format!("{name}({})", self.repr(l)?))
            }
            Some(Body::Iter(IterState::Enumerate { .. })) => Ok(format!("<enumerate object at {}>", addr(v))),
            Some(Body::Super { ty, obj }) => {
                // CPython prints the bare type names (tp_name) of both.
                let (ty, obj) = (*ty, *obj);
                let name = |c: Value| c.as_class().map_or(String::new(), |c| c.name.str_text().to_string());
                if obj.is_none() {
                    return Ok(format!("<super: <class '{}'>, NULL>", name(ty)));
                }
                let obj_type = if obj.as_class().is_some() { obj } else { self.type_of(obj) };
                Ok(format!("<super: <class '{}'>, <{} object>>", name(ty), name(obj_type)))
            }
            _ => {
                let t = self.type_id(v);
                Ok(format!("<{} object at {}>", t.name(), addr(v)))
            }
        }
    }

    /// The repr of a set or frozenset whose type is called `name`: `set()`,
    /// `{1, 2}`, `frozenset({1})`, `S({1})`, and `name(...)` inside itself.
    fn repr_set(&mut self, set: Value, name: &str) -> PyResult<String> {
        let empty = matches!(set.body(), Some(Body::Set(s) | Body::FrozenSet(s, _)) if s.is_empty());
        if empty {
            return Ok(format!("{name}()"));
        }
        if self.repr_guard.contains(&set) {
            return Ok(format!("{name}(...)"));
        }
        let inner = self.repr_container(set, "{", "}", false)?;
        Ok(if name == "set" { inner } else { format!("{name}({inner})") })
    }

    fn repr_container(&mut self, v: Value, open: &str, close: &str, dict: bool) -> PyResult<String> {
        if self.repr_guard.contains(&v) {
            // A set inside itself prints as `set(...)`, as in CPython.
            if matches!(v.body(), Some(Body::Set(_) | Body::FrozenSet(..))) {
                return Ok(format!("{}(...)", self.type_name(v)));
            }
            return Ok(format!("{open}...{close}"));
        }
        if self.repr_guard.len() > 900 {
            return Err(self.new_exception(TypeId::RecursionError, "maximum recursion depth exceeded while getting the repr of an object"));
        }
        self.repr_guard.push(v);
        let r = self.repr_items(v, dict);
        self.repr_guard.pop();
        Ok(format!("{open}{}{close}", r?))
    }

    fn repr_items(&mut self, v: Value, dict: bool) -> PyResult<String> {
        let mut out = String::new();
        if dict {
            let entries: Vec<(Value, Value)> = v.as_dict().unwrap().iter().map(|e| (e.key, e.value)).collect();
            for (i, (k, x)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&self.repr(k)?);
                out.push_str(": ");
                out.push_str(&self.repr(x)?);
            }
            return Ok(out);
        }
        let items: Vec<Value> = match v.body() {
            Some(Body::List(l)) => l.clone(),
            Some(Body::Tuple(t)) => t.to_vec(),
            Some(Body::Set(s)) | Some(Body::FrozenSet(s, _)) => s.keys_vec(),
            _ => vec![],
        };
        for (i, x) in items.into_iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr(x)?);
        }
        Ok(out)
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: Value) -> PyResult<String> {
        match v.body() {
            Some(Body::Str(s)) => Ok(s.s.to_string()),
            Some(Body::Instance(i))
                if !i.native.is_empty()
                    && self.lookup_special(v, "__str__").is_none_or(|m| m.as_function().is_none())
                    && self.lookup_special(v, "__repr__").is_none_or(|m| m.as_function().is_none()) =>
            {
                if matches!(i.native.body(), Some(Body::ByteArray(_) | Body::Set(_) | Body::FrozenSet(..))) {
                    return self.repr(v);
                }
                self.to_str(i.native)
            }
            Some(Body::Instance(_)) => {
                if let Some(m) = self.lookup_special(v, "__str__")
                    && m.as_function().is_some()
                {
                    let r = self.call_method_value(m, v, &[])?;
                    let r = self.str_result(r, "__str__")?;
                    return Ok(r.native().str_text().to_string());
                }
                if let Some(e) = v.exc_data() {
                    if self.is_type(v, TypeId::SyntaxError) {
                        return crate::syntax_error::to_str(self, e.args);
                    }
                    if self.is_type(v, TypeId::OSError)
                        && let Some(s) = crate::exceptions::os_error_str(self, if e.os_args.is_empty() { e.args } else { e.os_args })?
                    {
                        return Ok(s);
                    }
                    if let Some(s) = crate::unicode_errors::message(self, v, e.args)? {
                        return Ok(s);
                    }
                    let items = e.args.as_tuple().unwrap_or(&[]).to_vec();
                    return match items.len() {
                        0 => Ok(String::new()),
                        1 if self.is_type(v, TypeId::KeyError) => self.repr(items[0]),
                        1 => self.to_str(items[0]),
                        _ => {
                            let a = e.args;
                            self.repr(a)
                        }
                    };
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// `str(v)` as a new str value (v itself when already a str).
    pub fn str_value(&mut self, v: Value) -> PyResult<Value> {
        if v.as_str().is_some() && v.as_instance().is_none() {
            return Ok(v);
        }
        if let Some(i) = v.as_small_int() {
            // Digits on the stack (an inline int has at most 15 and a sign),
            // copied into the new str object.
            let mut buf = [0u8; 20];
            let mut at = buf.len();
            let mut m = i.unsigned_abs();
            loop {
                at -= 1;
                buf[at] = b'0' + (m % 10) as u8;
                m /= 10;
                if m == 0 {
                    break;
                }
            }
            if i < 0 {
                at -= 1;
                buf[at] = b'-';
            }
            // SAFETY: ASCII digits and a sign.
            let s = unsafe { std::str::from_utf8_unchecked(&buf[at..]) };
            return Ok(self.heap.alloc(crate::object::Body::Str(crate::object::StrObj::with_chars(s, s.len()))));
        }
        // A user __str__ (or, without one, __repr__) may hand back a str
        // subclass instance: str() returns that very object.
        let hooks: &[&str] = if v.exc_data().is_some() { &["__str__"] } else { &["__str__", "__repr__"] };
        if let Some(r) = self.user_text_hook(v, hooks)? {
            return Ok(r);
        }
        let s = self.to_str(v)?;
        Ok(self.new_string(s))
    }

    /// `repr(v)` as a value: what a user `__repr__` returned (a str subclass
    /// instance stays itself), else a new str.
    pub fn repr_value(&mut self, v: Value) -> PyResult<Value> {
        if let Some(r) = self.user_text_hook(v, &["__repr__"])? {
            return Ok(r);
        }
        let s = self.repr(v)?;
        Ok(self.new_string(s))
    }

    /// The result of the first of `hooks` that an instance's class defines
    /// in Python, checked to be a str; None when it defines none of them.
    fn user_text_hook(&mut self, v: Value, hooks: &[&str]) -> PyResult<Option<Value>> {
        if v.as_instance().is_none() {
            return Ok(None);
        }
        for &hook in hooks {
            if let Some(m) = self.lookup_special(v, hook)
                && m.as_function().is_some()
            {
                let r = self.call_method_value(m, v, &[])?;
                return self.str_result(r, hook).map(Some);
            }
        }
        Ok(None)
    }

    /// The result of a `__str__`/`__repr__` call: a str or an instance of a
    /// str subclass, else CPython's TypeError.
    fn str_result(&mut self, r: Value, hook: &str) -> PyResult<Value> {
        if r.as_str().is_some() || r.native().as_str().is_some() {
            return Ok(r);
        }
        Err(self.type_error(format!("{hook} returned non-string (type {})", self.type_name(r))))
    }
}

//! Subscription, membership and length: `obj[key]`, `obj[key] = v`,
//! `del obj[key]`, `x in obj`, `len(obj)`, slices, and the dict helpers that
//! hash and compare keys through Python semantics.

use crate::object::{Body, StrObj};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// A slice resolved against a length: start, stop, step and item count.
#[derive(Debug, Clone, Copy)]
pub struct SliceIdx {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIdx {
    /// The indexes the slice selects, in order.
    pub fn indices(self) -> impl Iterator<Item = usize> {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }

    /// `del v[slice]` on the items of a list or bytearray.
    pub fn remove_from<T>(self, v: &mut Vec<T>) {
        let mut drop = vec![false; v.len()];
        for i in self.indices() {
            drop[i] = true;
        }
        let mut i = 0;
        v.retain(|_| {
            i += 1;
            !drop[i - 1]
        });
    }

    /// `v[slice] = items` on the items of a list or bytearray: a step-1
    /// slice may change the length; an extended slice takes exactly as many
    /// items as it selects, else `Err` with the count given.
    pub fn replace_in<T>(self, v: &mut Vec<T>, items: Vec<T>) -> Result<(), usize> {
        if self.step == 1 {
            let start = (self.start.max(0) as usize).min(v.len());
            let stop = (self.stop.max(self.start) as usize).clamp(start, v.len());
            v.splice(start..stop, items);
            return Ok(());
        }
        if items.len() != self.len {
            return Err(items.len());
        }
        for (i, x) in self.indices().zip(items) {
            v[i] = x;
        }
        Ok(())
    }
}

impl Vm {
    /// Resolves a slice object against a sequence length (PySlice_AdjustIndices).
    pub fn slice_indices(&mut self, slice: Value, len: usize) -> PyResult<SliceIdx> {
        let Some(Body::Slice { start, stop, step }) = slice.body() else { unreachable!() };
        self.bounds_indices([*start, *stop, *step], len)
    }

    /// [`Self::slice_indices`] for a slice's `[start, stop, step]` values.
    fn bounds_indices(&mut self, [start, stop, step]: [Value; 3], len: usize) -> PyResult<SliceIdx> {
        // In i128: a range spanning all of i64 is longer than i64::MAX.
        let len = len as i128;
        let step = if step.is_none() {
            1
        } else {
            match self.slice_bound(step)? {
                0 => return Err(self.value_error("slice step cannot be zero")),
                s => s as i128,
            }
        };
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let fix = |vm: &mut Vm, v: Value, default: i128| -> PyResult<i128> {
            if v.is_none() {
                return Ok(default);
            }
            let mut i = vm.slice_bound(v)? as i128;
            if i < 0 {
                i += len;
                if i < lower {
                    i = lower;
                }
            } else if i > upper {
                i = upper;
            }
            Ok(i)
        };
        let s = fix(self, start, if step < 0 { upper } else { lower })?;
        let e = fix(self, stop, if step < 0 { lower } else { upper })?;
        // Divisions are slow (i128 ones a library call): none for the usual
        // steps of 1 and -1, else in i64 when the operands fit.
        let div = |a: i128, b: i128| match (b, i64::try_from(a), i64::try_from(b)) {
            (1, _, _) => a,
            (_, Ok(a), Ok(b)) => (a / b) as i128,
            _ => a / b,
        };
        let n = if step < 0 {
            if e < s { div(s - e - 1, -step) + 1 } else { 0 }
        } else if s < e {
            div(e - s - 1, step) + 1
        } else {
            0
        };
        let narrow = |v: i128| v.clamp(i64::MIN as i128, i64::MAX as i128) as i64;
        Ok(SliceIdx { start: narrow(s), stop: narrow(e), step: step as i64, len: n as usize })
    }

    fn slice_bound(&mut self, v: Value) -> PyResult<i64> {
        if let Some(i) = v.as_small_int() {
            return Ok(i);
        }
        if let Some(b) = v.as_bigint() {
            use num_traits::Signed;
            return Ok(if b.is_negative() { i64::MIN / 2 } else { i64::MAX / 2 });
        }
        match self.index_value(v)? {
            Some(i) => Ok(i.clamp(i64::MIN / 2, i64::MAX / 2)),
            None => Err(self.type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    pub(crate) fn seq_index(&mut self, key: Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match self.index_value(key) {
            Ok(Some(i)) => i,
            Ok(None) => {
                let t = self.type_name(key);
                return Err(self.type_error(if what == "string" {
                    format!("string indices must be integers, not '{t}'")
                } else {
                    format!("{what} indices must be integers or slices, not {t}")
                }));
            }
            Err(_) if what == "range" => return Err(self.index_error("range object index out of range")),
            Err(_) => {
                return Err(self.index_error("cannot fit 'int' into an index-sized integer"));
            }
        };
        let j = if i < 0 { i as i128 + len as i128 } else { i as i128 };
        if j < 0 || j >= len as i128 {
            return Err(self.index_error(match what {
                "range" => "range object index out of range".to_string(),
                "byte" => "index out of range".to_string(),
                _ => format!("{what} index out of range"),
            }));
        }
        Ok(j as usize)
    }

    /// `obj[start:stop:step]` from the slice's `bounds`: lists, tuples and
    /// strs are sliced directly, anything else gets a slice object.
    pub fn get_slice(&mut self, obj: Value, bounds: [Value; 3]) -> PyResult<Value> {
        if let Some(v) = self.sequence_slice(obj, bounds)? {
            return Ok(v);
        }
        let [start, stop, step] = bounds;
        let key = self.heap.alloc(Body::Slice { start, stop, step });
        self.get_item(obj, key)
    }

    /// A slice of a list, tuple or str, given the slice's `bounds`; None
    /// for other objects.
    fn sequence_slice(&mut self, obj: Value, bounds: [Value; 3]) -> PyResult<Option<Value>> {
        Ok(Some(match obj.body() {
            Some(Body::List(l)) => {
                let s = self.bounds_indices(bounds, l.len())?;
                let items: Vec<Value> = s.indices().map(|i| l[i]).collect();
                self.new_list(items)
            }
            Some(Body::Tuple(t)) => {
                let s = self.bounds_indices(bounds, t.len())?;
                if s.step == 1 && s.len == t.len() {
                    return Ok(Some(obj));
                }
                let items: Vec<Value> = s.indices().map(|i| t[i]).collect();
                self.new_tuple(items)
            }
            Some(Body::Str(s)) => {
                let sl = self.bounds_indices(bounds, s.chars)?;
                if sl.step == 1 && sl.len == s.chars {
                    // The whole str: CPython returns the str itself too.
                    return Ok(Some(obj));
                }
                let start = sl.start as usize;
                let out: String = if s.is_ascii() {
                    let text = if sl.step == 1 {
                        s.s[start..start + sl.len].to_string()
                    } else {
                        let b = s.s.as_bytes();
                        let bytes: Vec<u8> = sl.indices().map(|i| b[i]).collect();
                        // SAFETY: bytes of an ASCII str are ASCII.
                        unsafe { String::from_utf8_unchecked(bytes) }
                    };
                    return Ok(Some(self.heap.alloc(Body::Str(StrObj::with_chars(text, sl.len)))));
                } else if sl.step == 1 {
                    let mut ix = s.s.char_indices().map(|(b, _)| b).skip(start);
                    let from = ix.next().unwrap_or(s.s.len());
                    let to = if sl.len == 0 { from } else { ix.nth(sl.len - 1).unwrap_or(s.s.len()) };
                    s.s[from..to].to_string()
                } else {
                    let chars: Vec<char> = s.s.chars().collect();
                    sl.indices().map(|i| chars[i]).collect()
                };
                self.heap.alloc(Body::Str(StrObj::with_chars(out, sl.len)))
            }
            _ => return Ok(None),
        }))
    }

    /// `obj[key]`.
    pub fn get_item(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        let is_slice = matches!(key.body(), Some(Body::Slice { .. }));
        if let Some(Body::Slice { start, stop, step }) = key.body()
            && let Some(v) = self.sequence_slice(obj, [*start, *stop, *step])?
        {
            return Ok(v);
        }
        match obj.body() {
            Some(Body::List(l)) => {
                if let Some(i) = key.as_small_int() {
                    let j = if i < 0 { i + l.len() as i64 } else { i };
                    if j >= 0 && (j as usize) < l.len() {
                        return Ok(l[j as usize]);
                    }
                }
                let i = self.seq_index(key, l.len(), "list")?;
                Ok(l[i])
            }
            Some(Body::Tuple(t)) => {
                let i = self.seq_index(key, t.len(), "tuple")?;
                Ok(t[i])
            }
            Some(Body::Str(s)) => {
                let i = self.seq_index(key, s.chars, "string")?;
                let c = if s.is_ascii() { s.s.as_bytes()[i] as char } else { s.s.chars().nth(i).unwrap() };
                Ok(self.char_str(c))
            }
            Some(Body::Bytes(_) | Body::ByteArray(_)) => self.bytes_get_item(obj, key),
            _ if let Some(d) = obj.as_dict() => {
                let h = self.hash(key)?;
                let r = d.get(key, h, &mut |a, b| self.same_or_eq(a, b))?;
                match r {
                    Some(v) => Ok(v),
                    None => Err(self.key_error(key)),
                }
            }
            Some(Body::BigRange(_)) => self.big_range_op(obj, "getitem", &[key]),
            Some(Body::Range { start, stop, step }) => {
                let (start, stop, step) = (*start, *stop, *step);
                let len = crate::iter::range_len_wide(start, stop, step) as usize;
                if is_slice {
                    let s = self.slice_indices(key, len)?;
                    let clamp = |v: i128| v.clamp(i64::MIN as i128, i64::MAX as i128) as i64;
                    let nstart = clamp(start as i128 + s.start as i128 * step as i128);
                    let nstep = clamp(step as i128 * s.step as i128);
                    let nstop = clamp(start as i128 + s.stop as i128 * step as i128);
                    return Ok(self.heap.alloc(Body::Range { start: nstart, stop: nstop, step: nstep }));
                }
                let i = self.seq_index(key, len, "range")?;
                Ok(self.new_bigint(num_bigint::BigInt::from(start as i128 + i as i128 * step as i128)))
            }
            Some(Body::Instance(i)) if !i.native.is_empty() && self.lookup_special(obj, "__getitem__").is_none() => {
                let n = i.native;
                match self.get_item(n, key) {
                    Err(e) if n.as_dict().is_some() && self.is_type(e.0, TypeId::KeyError) => match self.lookup_special(obj, "__missing__")
                    {
                        Some(m) => self.call_method_value(m, obj, &[key]),
                        None => Err(e),
                    },
                    r => r,
                }
            }
            Some(Body::Instance(_)) => match self.lookup_special(obj, "__getitem__") {
                Some(m) => self.call_method_value(m, obj, &[key]),
                None => Err(self.type_error(format!("'{}' object is not subscriptable", self.type_name(obj)))),
            },
            Some(Body::Class(_))
                if obj.is_user_object()
                    && let Some(m) = self.lookup_special(obj, "__getitem__") =>
            {
                self.call_method_value(m, obj, &[key])
            }
            Some(Body::Class(_)) if crate::call::is_builtin_class(obj) => self.generic_alias(obj, key),
            Some(Body::Class(c)) => {
                // `C[item]` calls C.__class_getitem__(item), an implicit class method.
                let name = c.name.str_text();
                let k = self.intern("__class_getitem__");
                match self.class_lookup_v(obj, k) {
                    Some(f) => match f.body() {
                        Some(Body::ClassMethod(inner)) => {
                            let inner = *inner;
                            self.call(inner, &[obj, key], &[])
                        }
                        _ => self.call(f, &[obj, key], &[]),
                    },
                    None => Err(self.type_error(format!("type '{name}' is not subscriptable"))),
                }
            }
            _ => Err(self.type_error(format!("'{}' object is not subscriptable", self.type_name(obj)))),
        }
    }

    /// `obj[key] = v`.
    pub fn set_item(&mut self, obj: Value, key: Value, v: Value) -> PyResult<()> {
        match obj.body() {
            Some(Body::List(l)) => {
                if let Some(i) = key.as_small_int() {
                    let j = if i < 0 { i + l.len() as i64 } else { i };
                    if j >= 0 && (j as usize) < l.len() {
                        l[j as usize] = v;
                        return Ok(());
                    }
                }
                if let Some(Body::Slice { step, .. }) = key.body() {
                    let simple = step.is_none() || step.as_small_int() == Some(1);
                    let items = if v == obj {
                        l.clone()
                    } else {
                        let msg = if simple { "can only assign an iterable" } else { "must assign iterable to extended slice" };
                        self.collect_iterable(v).map_err(|e| self.must_be_iterable(e, msg))?
                    };
                    // Read after the iterable ran: it may have changed the list.
                    let s = self.slice_indices(key, l.len())?;
                    return s.replace_in(l, items).map_err(|n| {
                        self.value_error(format!("attempt to assign sequence of size {n} to extended slice of size {}", s.len))
                    });
                }
                let i =
                    self.seq_index(key, l.len(), "list").map_err(|e| self.rename_index_error(e, "list assignment index out of range"))?;
                l[i] = v;
                Ok(())
            }
            Some(Body::Dict(_) | Body::InstanceDict(_)) => self.dict_set(obj, key, v),
            Some(Body::ByteArray(_)) => self.bytearray_set_item(obj, key, Some(v)),
            Some(Body::Instance(i)) if !i.native.is_empty() && self.lookup_special(obj, "__setitem__").is_none() => {
                self.set_item(i.native, key, v)
            }
            Some(Body::Instance(_)) => match self.lookup_special(obj, "__setitem__") {
                Some(m) => self.call_method_value(m, obj, &[key, v]).map(|_| ()),
                None => Err(self.type_error(format!("'{}' object does not support item assignment", self.type_name(obj)))),
            },
            _ => Err(self.type_error(format!("'{}' object does not support item assignment", self.type_name(obj)))),
        }
    }

    fn must_be_iterable(&mut self, e: PyErr, msg: &str) -> PyErr {
        if self.is_type(e.0, TypeId::TypeError) {
            let m = msg.to_string();
            return self.type_error(m);
        }
        e
    }

    fn rename_index_error(&mut self, e: PyErr, msg: &str) -> PyErr {
        if self.is_type(e.0, TypeId::IndexError) {
            return self.index_error(msg);
        }
        e
    }

    /// `del obj[key]`.
    pub fn del_item(&mut self, obj: Value, key: Value) -> PyResult<()> {
        match obj.body() {
            Some(Body::List(l)) => {
                if matches!(key.body(), Some(Body::Slice { .. })) {
                    self.slice_indices(key, l.len())?.remove_from(l);
                    return Ok(());
                }
                let i =
                    self.seq_index(key, l.len(), "list").map_err(|e| self.rename_index_error(e, "list assignment index out of range"))?;
                l.remove(i);
                Ok(())
            }
            _ if let Some(d) = obj.as_dict() => {
                let h = self.hash(key)?;
                match d.remove(key, h, &mut |a, b| self.same_or_eq(a, b))? {
                    Some(_) => Ok(()),
                    None => Err(self.key_error(key)),
                }
            }
            Some(Body::Instance(i)) if !i.native.is_empty() && self.lookup_special(obj, "__delitem__").is_none() => {
                self.del_item(i.native, key)
            }
            Some(Body::Instance(_)) => match self.lookup_special(obj, "__delitem__") {
                Some(m) => self.call_method_value(m, obj, &[key]).map(|_| ()),
                None => Err(self.type_error(format!("'{}' object does not support item deletion", self.type_name(obj)))),
            },
            Some(Body::ByteArray(_)) => self.bytearray_set_item(obj, key, None),
            Some(Body::Str(_) | Body::Bytes(_) | Body::Tuple(_) | Body::Range { .. } | Body::BigRange(_)) => {
                Err(self.type_error(format!("'{}' object doesn't support item deletion", self.type_name(obj))))
            }
            _ => Err(self.type_error(format!("'{}' object does not support item deletion", self.type_name(obj)))),
        }
    }

    /// `x in container`.
    pub fn contains(&mut self, container: Value, x: Value) -> PyResult<bool> {
        match container.body() {
            Some(Body::List(l)) => {
                let n = l.len();
                for i in 0..n {
                    let Some(item) = container.as_list().and_then(|l| l.get(i).copied()) else {
                        break;
                    };
                    if self.same_or_eq(item, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Some(Body::Tuple(t)) => {
                for &item in t.iter() {
                    if self.same_or_eq(item, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Some(Body::Str(s)) => match x.native().as_str() {
                Some(sub) => Ok(s.s.contains(&*sub.s)),
                None => Err(self.type_error(format!("'in <string>' requires string as left operand, not {}", self.type_name(x)))),
            },
            _ if let Some(d) = container.as_dict() => {
                let h = self.hash(x)?;
                Ok(d.find(x, h, &mut |a, b| self.same_or_eq(a, b))?.is_some())
            }
            Some(Body::Set(_) | Body::FrozenSet(..)) => crate::sets::set_contains(self, container, x),
            Some(Body::Bytes(_) | Body::ByteArray(_)) => self.bytes_contains(container, x),
            Some(Body::BigRange(_)) => Ok(self.big_range_op(container, "contains", &[x])?.as_bool() == Some(true)),
            Some(Body::Range { start, stop, step }) => {
                let (start, stop, step) = (*start, *stop, *step);
                let i = match crate::numbers::Num::of(x) {
                    Some(crate::numbers::Num::Int(i)) => i,
                    Some(crate::numbers::Num::Big(b)) => match num_traits::ToPrimitive::to_i64(b) {
                        Some(i) => i,
                        None => return Ok(false),
                    },
                    Some(crate::numbers::Num::Float(f)) if f.fract() == 0.0 && f.abs() < 9e15 => f as i64,
                    _ => return Ok(false),
                };
                let len = crate::iter::range_len_wide(start, stop, step);
                let (i, s, st) = (i as i128, start as i128, step as i128);
                Ok(len > 0 && (i - s) % st == 0 && ((step > 0 && i >= s && i < stop as i128) || (step < 0 && i <= s && i > stop as i128)))
            }
            Some(Body::DictView { dict, kind }) => {
                let dict = *dict;
                match kind {
                    crate::object::ViewKind::Keys => self.contains(dict, x),
                    crate::object::ViewKind::Values => {
                        let vals = dict.as_dict().unwrap().values();
                        for v in vals {
                            if self.same_or_eq(v, x)? {
                                return Ok(true);
                            }
                        }
                        Ok(false)
                    }
                    crate::object::ViewKind::Items => {
                        let Some(t) = x.as_tuple() else {
                            return Ok(false);
                        };
                        if t.len() != 2 {
                            return Ok(false);
                        }
                        match self.dict_get(dict, t[0])? {
                            Some(v) => self.same_or_eq(v, t[1]),
                            None => Ok(false),
                        }
                    }
                }
            }
            Some(Body::Instance(i)) if !i.native.is_empty() && self.lookup_special(container, "__contains__").is_none() => {
                if i.native_is_number() {
                    return Err(self.type_error(format!("argument of type '{}' is not iterable", self.type_name(container))));
                }
                self.contains(i.native, x)
            }
            Some(Body::Instance(_) | Body::Class(_)) if container.is_user_object() => {
                if let Some(m) = self.lookup_special(container, "__contains__") {
                    let r = self.call_method_value(m, container, &[x])?;
                    return self.is_true(r);
                }
                self.contains_by_iter(container, x)
            }
            Some(Body::Iter(_) | Body::Generator(_)) => self.contains_by_iter(container, x),
            _ => Err(self.type_error(format!("argument of type '{}' is not iterable", self.type_name(container)))),
        }
    }

    fn contains_by_iter(&mut self, container: Value, x: Value) -> PyResult<bool> {
        let it = self.get_iter(container)?;
        self.roots.push(it);
        let r = loop {
            match self.iter_next(it) {
                Ok(Some(v)) => match self.same_or_eq(v, x) {
                    Ok(true) => break Ok(true),
                    Ok(false) => {}
                    Err(e) => break Err(e),
                },
                Ok(None) => break Ok(false),
                Err(e) => break Err(e),
            }
        };
        self.roots.pop();
        r
    }

    /// `len(v)`.
    pub fn len(&mut self, v: Value) -> PyResult<usize> {
        Ok(match v.body() {
            Some(Body::List(l)) => l.len(),
            Some(Body::Tuple(t)) => t.len(),
            Some(Body::Str(s)) => s.chars,
            Some(Body::Bytes(b)) => b.len(),
            Some(Body::ByteArray(b)) => b.len(),
            _ if let Some(d) = v.as_dict() => d.len(),
            Some(Body::Set(s) | Body::FrozenSet(s, _)) => s.len(),
            Some(Body::BigRange(_)) => self.big_range_len(v)?,
            Some(Body::Range { start, stop, step }) => {
                let n = crate::iter::range_len_wide(*start, *stop, *step);
                if n > i64::MAX as i128 {
                    return Err(self.overflow_error("Python int too large to convert to C ssize_t"));
                }
                n as usize
            }
            Some(Body::DictView { dict, .. }) => dict.as_dict().unwrap().len(),
            Some(Body::Instance(i)) if !i.native.is_empty() && !i.native_is_number() && self.lookup_special(v, "__len__").is_none() => {
                return self.len(i.native);
            }
            Some(Body::Instance(_) | Body::Class(_)) if v.is_user_object() => match self.lookup_special(v, "__len__") {
                Some(m) => {
                    let r = self.call_method_value(m, v, &[])?;
                    self.len_result(r)? as usize
                }
                None => {
                    return Err(self.type_error(format!("object of type '{}' has no len()", self.type_name(v))));
                }
            },
            _ => {
                return Err(self.type_error(format!("object of type '{}' has no len()", self.type_name(v))));
            }
        })
    }

    // ----- dict helpers -----

    /// `d.get(k)` with Python hashing and equality.
    pub fn dict_get(&mut self, dict: Value, key: Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        let d = dict.as_dict().unwrap();
        d.get(key, h, &mut |a, b| self.same_or_eq(a, b))
    }

    /// `d[k] = v` with Python hashing and equality.
    pub fn dict_set(&mut self, dict: Value, key: Value, v: Value) -> PyResult<()> {
        let h = self.hash(key)?;
        let d = dict.as_dict().unwrap();
        d.insert(key, h, v, &mut |a, b| self.same_or_eq(a, b))?;
        Ok(())
    }

    /// The `(key, value)` pairs of a mapping: a dict, or any object with a
    /// `keys()` method (values read with `obj[key]`); `None` for other objects.
    pub fn mapping_items(&mut self, src: Value) -> PyResult<Option<Vec<(Value, Value)>>> {
        // Dicts and dict subclasses are read directly (as CPython does unless
        // the subclass overrides __iter__).
        if let Some(d) = src.native().as_dict() {
            return Ok(Some(d.iter().map(|e| (e.key, e.value)).collect()));
        }
        let Some(keys_m) = self.lookup_special(src, "keys") else {
            return Ok(None);
        };
        let keys = self.call_method_value(keys_m, src, &[])?;
        let keys = self.collect_iterable(keys)?;
        let mut out = Vec::with_capacity(keys.len());
        for k in keys {
            let v = self.get_item(src, k)?;
            out.push((k, v));
        }
        Ok(Some(out))
    }

    /// `d.update(other)` for a dict, an object with keys(), or pairs.
    pub fn dict_update(&mut self, dict: Value, other: Value) -> PyResult<()> {
        if let Some(entries) = self.mapping_items(other)? {
            for (k, v) in entries {
                self.dict_set(dict, k, v)?;
            }
            return Ok(());
        }
        let items = self.collect_iterable(other)?;
        for (n, item) in items.into_iter().enumerate() {
            let pair = match self.collect_iterable(item) {
                Ok(p) => p,
                Err(_) => {
                    return Err(self.type_error(format!("cannot convert dictionary update sequence element #{n} to a sequence")));
                }
            };
            if pair.len() != 2 {
                return Err(self.value_error(format!("dictionary update sequence element #{n} has length {}; 2 is required", pair.len())));
            }
            self.dict_set(dict, pair[0], pair[1])?;
        }
        Ok(())
    }
}

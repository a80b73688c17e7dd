//! The iteration protocol: `iter()`, `next()` for every builtin iterator,
//! user iterators (`__iter__`/`__next__`, `__getitem__`), and generators.

use crate::frame::FrameExit;
use crate::object::{Body, IterState};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use tierpy_bytecode::Instr;

/// The number of items in a range.
pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    // (Saturated: only a range spanning nearly all of i64 is longer.)
    range_len_wide(start, stop, step).min(i64::MAX as i128) as i64
}

/// The number of items of `range(start, stop, step)`, which may exceed i64.
pub fn range_len_wide(start: i64, stop: i64, step: i64) -> i128 {
    if step > 0 && start < stop {
        (stop as i128 - start as i128 - 1) / step as i128 + 1
    } else if step < 0 && start > stop {
        (start as i128 - stop as i128 - 1) / (-(step as i128)) + 1
    } else {
        0
    }
}

/// What resuming a generator produced.
pub enum GenStep {
    Yield(Value),
    Return(Value),
}

impl Vm {
    fn new_iter(&mut self, st: IterState) -> Value {
        self.heap.alloc(Body::Iter(st))
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        let st = match v.body() {
            Some(Body::List(_)) | Some(Body::Tuple(_)) => IterState::Seq { seq: v, idx: 0 },
            Some(Body::Str(_)) => IterState::Str { s: v, byte: 0 },
            Some(Body::Bytes(_) | Body::ByteArray(_)) => IterState::Bytes { seq: v, idx: 0 },
            Some(Body::Range { start, stop, step }) => IterState::Range { cur: *start, stop: *stop, step: *step },
            Some(Body::BigRange(_)) => return self.big_range_op(v, "iterate", &[]),
            _ if let Some(d) = v.as_dict() => IterState::DictKeys { dict: v, idx: 0, len: d.len() },
            Some(Body::DictView { dict, kind }) => {
                let len = dict.as_dict().unwrap().len();
                let dict = *dict;
                match kind {
                    crate::object::ViewKind::Keys => IterState::DictKeys { dict, idx: 0, len },
                    crate::object::ViewKind::Values => IterState::DictValues { dict, idx: 0, len },
                    crate::object::ViewKind::Items => IterState::DictItems { dict, idx: 0, len },
                }
            }
            Some(Body::Set(s)) | Some(Body::FrozenSet(s, _)) => {
                let items = s.keys_vec();
                let len = items.len();
                IterState::Set { set: v, items, idx: 0, len }
            }
            Some(Body::Generator(_)) if crate::coroutines::is_coroutine(v) => {
                return Err(self.type_error("'coroutine' object is not iterable"));
            }
            Some(Body::Iter(_)) | Some(Body::Generator(_)) => return Ok(v),
            Some(Body::Instance(i)) if i.native_is_number() => {
                return Err(self.type_error(format!("'{}' object is not iterable", self.type_name(v))));
            }
            Some(Body::Instance(i)) if !i.native.is_empty() && self.lookup_special(v, "__iter__").is_none() => {
                // Instances of iterator subclasses are their own iterators.
                return if matches!(i.native.body(), Some(Body::Iter(_))) { Ok(v) } else { self.get_iter(i.native) };
            }
            Some(Body::Instance(_) | Body::Class(_)) if v.is_user_object() => {
                if let Some(m) = self.lookup_special(v, "__iter__") {
                    let it = self.call_method_value(m, v, &[])?;
                    if self.lookup_special(it, "__next__").is_none() && !matches!(it.body(), Some(Body::Iter(_) | Body::Generator(_))) {
                        return Err(self.type_error(format!("iter() returned non-iterator of type '{}'", self.type_name(it))));
                    }
                    return Ok(it);
                }
                if self.lookup_special(v, "__getitem__").is_some() {
                    IterState::GetItem { obj: v, idx: 0 }
                } else {
                    return Err(self.type_error(format!("'{}' object is not iterable", self.type_name(v))));
                }
            }
            _ => {
                return Err(self.type_error(format!("'{}' object is not iterable", self.type_name(v))));
            }
        };
        Ok(self.new_iter(st))
    }

    /// Whether `next()` accepts `it`: builtin iterators, generators (not
    /// coroutines), instances with `__next__` or of iterator subclasses.
    pub fn is_iterator(&mut self, it: Value) -> bool {
        match it.body() {
            Some(Body::Iter(_)) => true,
            Some(Body::Generator(_)) => !crate::coroutines::is_coroutine(it),
            Some(Body::Instance(i)) => matches!(i.native.body(), Some(Body::Iter(_))) || self.lookup_special(it, "__next__").is_some(),
            _ => false,
        }
    }

    /// `next(it)`: Some(item), or None when exhausted.
    pub fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        match it.body() {
            // A StopIteration escaping a builtin iterator's step (from the
            // function map or filter calls) ends the iteration, as in CPython.
            Some(Body::Iter(st)) => match self.builtin_next(st) {
                Err(e) if self.is_type(e.0, TypeId::StopIteration) => Ok(None),
                r => r,
            },
            Some(Body::Generator(_)) => self.gen_next(it),
            Some(Body::Instance(i)) => {
                let Some(m) = self.lookup_special(it, "__next__") else {
                    // Subclasses of map, zip, enumerate...: their builtin iterator.
                    if matches!(i.native.body(), Some(Body::Iter(_))) {
                        return self.iter_next(i.native);
                    }
                    return Err(self.type_error(format!("'{}' object is not an iterator", self.type_name(it))));
                };
                match self.call_method_value(m, it, &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.is_type(e.0, TypeId::StopIteration) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            _ => Err(self.type_error(format!("'{}' object is not an iterator", self.type_name(it)))),
        }
    }

    /// How many items a builtin iterator over a sized container has left
    /// (0 once its container changed size, as CPython's hints say).
    pub fn iter_items_left(&mut self, it: Value) -> PyResult<usize> {
        let Some(Body::Iter(st)) = it.body() else {
            return Ok(0);
        };
        let seq_len = |seq: &Value| match seq.body() {
            Some(Body::List(l)) => l.len(),
            Some(Body::Tuple(t)) => t.len(),
            _ => seq.as_bytes_like().map_or(0, |b| b.len()),
        };
        Ok(match st {
            IterState::Seq { seq, idx } | IterState::Bytes { seq, idx } => seq_len(seq).saturating_sub(*idx),
            IterState::Reversed { seq, idx } => (*idx).min(seq_len(seq)),
            IterState::Range { cur, stop, step } => {
                let span = if *step > 0 { (*stop as i128) - (*cur as i128) } else { (*cur as i128) - (*stop as i128) };
                if span <= 0 { 0 } else { ((span - 1) / (*step as i128).abs() + 1) as usize }
            }
            IterState::Str { s, byte } => s.str_text()[*byte..].chars().count(),
            IterState::DictKeys { dict, idx, len } | IterState::DictValues { dict, idx, len } | IterState::DictItems { dict, idx, len } => {
                let d = dict.as_dict().unwrap();
                if d.len() != *len {
                    return Ok(0);
                }
                d.raw_entries().iter().skip(*idx).filter(|e| !e.key.is_empty()).count()
            }
            IterState::Set { items, idx, .. } => items.len().saturating_sub(*idx),
            IterState::GetItem { obj, idx } => {
                let (obj, idx) = (*obj, *idx);
                self.len(obj)?.saturating_sub(idx.max(0) as usize)
            }
            _ => 0,
        })
    }

    /// The next item of `it` for a `for` whose target unpacks it into
    /// `out.len()` names: an enumerate, a dict's items or a zip of that many
    /// iterators writes the parts of its tuple to `out` without making the
    /// tuple ([`IterStep::Unpacked`]); any other iterator gives its item.
    pub fn iter_next_into(&mut self, it: Value, out: &mut [Value]) -> PyResult<IterStep> {
        let tuple_parts = parts_of(it) == Some(out.len());
        let Some(Body::Iter(st)) = it.body().filter(|_| tuple_parts) else {
            return Ok(match self.iter_next(it)? {
                Some(v) => IterStep::Item(v),
                None => IterStep::Done,
            });
        };
        match self.with_next_parts(st, |vm, base| out.copy_from_slice(&vm.roots[base..])) {
            Ok(Some(())) => Ok(IterStep::Unpacked),
            Ok(None) => Ok(IterStep::Done),
            Err(e) if self.is_type(e.0, TypeId::StopIteration) => Ok(IterStep::Done),
            Err(e) => Err(e),
        }
    }

    /// [`Self::next_parts`], then `take` with the index in `self.roots`
    /// where the parts start (they are still rooted there): None at the
    /// iterator's end.
    fn with_next_parts<R>(&mut self, st: &'static mut IterState, take: impl FnOnce(&mut Self, usize) -> R) -> PyResult<Option<R>> {
        let base = self.roots.len();
        let r = self.next_parts(st).map(|made| made.then(|| take(self, base)));
        self.roots.truncate(base);
        r
    }

    /// Steps an enumerate, a zip or a dict's items iterator `st`, pushing
    /// the items of the tuple it makes onto `self.roots` (where they stay
    /// alive while the next ones are computed): true when it made one,
    /// false at its end.
    fn next_parts(&mut self, st: &'static mut IterState) -> PyResult<bool> {
        match st {
            IterState::Enumerate { it, n } => {
                let (it, cur) = (*it, *n);
                let Some(v) = self.iter_next(it)? else { return Ok(false) };
                self.roots.extend([cur, v]);
                *n = match cur.as_small_int() {
                    Some(i) => self.new_int(i + 1),
                    None => self.binary_op(tierpy_bytecode::instr::BinOp::Add, cur, Value::small_int(1))?,
                };
                Ok(true)
            }
            IterState::DictItems { dict, idx, len } => {
                let Some(e) = self.dict_entry_next(*dict, idx, len)? else { return Ok(false) };
                self.roots.extend([e.key, e.value]);
                Ok(true)
            }
            IterState::Zip { its, strict } => {
                // A zip's iterators never change; the object is live while
                // it is iterated.
                let its: &'static [Value] = its;
                self.zip_next(its, *strict)
            }
            _ => unreachable!("next_parts of an iterator that makes no tuples"),
        }
    }

    /// One step of a zip over `its` (see [`Self::next_parts`]): the next
    /// item of each iterator pushed onto `self.roots`; false when one is
    /// exhausted, which with `strict` raises unless all are.
    fn zip_next(&mut self, its: &'static [Value], strict: bool) -> PyResult<bool> {
        for (i, it) in its.iter().enumerate() {
            let Some(v) = self.iter_next(*it)? else {
                if strict && i > 0 {
                    return Err(self.value_error(format!(
                        "zip() argument {} is shorter than argument{} 1{}",
                        i + 1,
                        if i > 1 { "s" } else { "" },
                        if i > 1 { format!("-{i}") } else { String::new() }
                    )));
                }
                if strict && i == 0 {
                    for (j, it2) in its.iter().enumerate().skip(1) {
                        if self.iter_next(*it2)?.is_some() {
                            return Err(self.value_error(format!(
                                "zip() argument {} is longer than argument{} 1{}",
                                j + 1,
                                if j > 1 { "s" } else { "" },
                                if j > 1 { format!("-{j}") } else { String::new() }
                            )));
                        }
                    }
                }
                return Ok(false);
            };
            self.roots.push(v);
        }
        Ok(!its.is_empty())
    }

    /// The next entry of a dict iterator (`idx` the next entry index, `len`
    /// the dict's size when iteration started): a changed size raises, and
    /// keeps raising, as in CPython.
    fn dict_entry_next(&mut self, dict: Value, idx: &mut usize, len: &mut usize) -> PyResult<Option<crate::dict::Entry>> {
        let d = dict.as_dict().unwrap();
        if d.len() != *len {
            *len = usize::MAX;
            return Err(self.runtime_error("dictionary changed size during iteration"));
        }
        let entries = d.raw_entries();
        while *idx < entries.len() && entries[*idx].key.is_empty() {
            *idx += 1;
        }
        if *idx >= entries.len() {
            return Ok(None);
        }
        *idx += 1;
        Ok(Some(entries[*idx - 1]))
    }

    fn builtin_next(&mut self, st: &'static mut IterState) -> PyResult<Option<Value>> {
        match st {
            IterState::Seq { seq, idx } => {
                let items: &[Value] = match seq.body() {
                    Some(Body::List(l)) => l,
                    Some(Body::Tuple(t)) => t,
                    _ => &[],
                };
                if *idx < items.len() {
                    let v = items[*idx];
                    *idx += 1;
                    Ok(Some(v))
                } else {
                    *idx = crate::object::SEQ_EXHAUSTED;
                    Ok(None)
                }
            }
            IterState::Range { cur, stop, step } => {
                if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                    let v = *cur;
                    *cur = cur.saturating_add(*step);
                    Ok(Some(self.new_int(v)))
                } else {
                    Ok(None)
                }
            }
            IterState::Str { s, byte } => {
                let text = s.str_text();
                match text[*byte..].chars().next() {
                    Some(c) => {
                        *byte += c.len_utf8();
                        Ok(Some(self.char_str(c)))
                    }
                    None => Ok(None),
                }
            }
            IterState::Bytes { seq, idx } => match seq.as_bytes_like().and_then(|b| b.get(*idx)) {
                Some(&c) => {
                    *idx += 1;
                    Ok(Some(Value::small_int(c as i64)))
                }
                None => {
                    *idx = crate::object::SEQ_EXHAUSTED;
                    Ok(None)
                }
            },
            IterState::DictKeys { dict, idx, len } => Ok(self.dict_entry_next(*dict, idx, len)?.map(|e| e.key)),
            IterState::DictValues { dict, idx, len } => Ok(self.dict_entry_next(*dict, idx, len)?.map(|e| e.value)),
            IterState::Enumerate { .. } | IterState::Zip { .. } | IterState::DictItems { .. } => self.with_next_parts(st, |vm, base| {
                let parts = vm.roots[base..].to_vec();
                vm.new_tuple(parts)
            }),
            IterState::Set { set, items, idx, len } => {
                let cur = match set.body() {
                    Some(Body::Set(s)) | Some(Body::FrozenSet(s, _)) => s.len(),
                    _ => 0,
                };
                if cur != *len {
                    // Sticky, as in CPython: the iterator stays broken even if
                    // the size comes back.
                    *len = usize::MAX;
                    return Err(self.runtime_error("Set changed size during iteration"));
                }
                if *idx < items.len() {
                    *idx += 1;
                    Ok(Some(items[*idx - 1]))
                } else {
                    Ok(None)
                }
            }
            IterState::Reversed { seq, idx } => {
                let items: &[Value] = match seq.body() {
                    Some(Body::List(l)) => l,
                    Some(Body::Tuple(t)) => t,
                    _ => &[],
                };
                if *idx > 0 && *idx <= items.len() {
                    *idx -= 1;
                    Ok(Some(items[*idx]))
                } else {
                    *idx = 0;
                    Ok(None)
                }
            }
            IterState::Map { func, its } => {
                let (func, its) = (*func, its.clone());
                let mut args = Vec::with_capacity(its.len());
                for it in its {
                    match self.iter_next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                let base = self.roots.len();
                self.roots.extend_from_slice(&args);
                let r = self.call(func, &args, &[]);
                self.roots.truncate(base);
                r.map(Some)
            }
            IterState::Filter { func, it } => {
                let (func, it) = (*func, *it);
                loop {
                    let Some(v) = self.iter_next(it)? else {
                        return Ok(None);
                    };
                    let keep = if func.is_none() {
                        self.is_true(v)?
                    } else {
                        self.roots.push(v);
                        let r = self.call(func, &[v], &[]);
                        self.roots.pop();
                        let r = r?;
                        self.is_true(r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
            }
            IterState::Callable { func, sentinel } => {
                let (func, sentinel) = (*func, *sentinel);
                let v = self.call(func, &[], &[])?;
                if self.same_or_eq(v, sentinel)? {
                    *st = IterState::Exhausted;
                    Ok(None)
                } else {
                    Ok(Some(v))
                }
            }
            IterState::GetItem { obj, idx } => {
                let (obj, i) = (*obj, *idx);
                let key = self.new_int(i);
                match self.get_item(obj, key) {
                    Ok(v) => {
                        *idx += 1;
                        Ok(Some(v))
                    }
                    Err(e) if self.is_type(e.0, TypeId::IndexError) || self.is_type(e.0, TypeId::StopIteration) => {
                        *st = IterState::Exhausted;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::Exhausted => Ok(None),
        }
    }

    /// A one-character str (cached for ASCII).
    pub fn char_str(&mut self, c: char) -> Value {
        if c.is_ascii() {
            let cached = self.ascii_chars[c as usize];
            if cached != Value::EMPTY {
                return cached;
            }
            let mut buf = [0u8; 4];
            let v = self.intern(c.encode_utf8(&mut buf));
            self.ascii_chars[c as usize] = v;
            return v;
        }
        let mut buf = [0u8; 4];
        self.new_str(c.encode_utf8(&mut buf))
    }

    /// All items of an iterable (rooted while Python code runs).
    pub fn collect_iterable(&mut self, v: Value) -> PyResult<Vec<Value>> {
        match v.body() {
            Some(Body::List(l)) => return Ok(l.clone()),
            Some(Body::Tuple(t)) => return Ok(t.to_vec()),
            _ => {}
        }
        let it = self.get_iter(v)?;
        self.drain_iter(it)
    }

    /// All remaining items of an iterator (rooted while Python code runs).
    pub fn drain_iter(&mut self, it: Value) -> PyResult<Vec<Value>> {
        // A range too long for memory fails up front, as CPython's length hint does.
        if let Some(Body::Iter(IterState::Range { cur, stop, step })) = it.body() {
            let left = range_len(*cur, *stop, *step);
            self.check_size(usize::try_from(left).unwrap_or(usize::MAX), 1, crate::ops::MAX_SEQ_ITEMS)?;
        }
        let base = self.roots.len();
        self.roots.push(it);
        let mut err = None;
        loop {
            match self.iter_next(it) {
                Ok(Some(x)) => self.roots.push(x),
                Ok(None) => break,
                Err(e) => {
                    err = Some(e);
                    break;
                }
            }
        }
        let items = self.roots.split_off(base + 1);
        self.roots.truncate(base);
        match err {
            Some(e) => Err(e),
            None => Ok(items),
        }
    }

    /// `throw(e)` forwarded by a generator suspended in `yield from` to its
    /// subiterator: GeneratorExit closes it and is re-raised; other
    /// exceptions go to its `throw` method when it has one.
    fn throw_into_subiterator(&mut self, sub: Value, e: PyErr) -> PyResult<GenStep> {
        if self.is_type(e.0, TypeId::GeneratorExit) {
            let close = self.intern("close");
            if let Some(m) = self.get_attr_opt(sub, close)? {
                self.call(m, &[], &[])?;
            }
            return Err(e);
        }
        if let Some(Body::Generator(_)) = sub.body() {
            return self.gen_resume_with(sub, Value::NONE, Some(e));
        }
        let throw = self.intern("throw");
        let Some(m) = self.get_attr_opt(sub, throw)? else {
            return Err(e);
        };
        let r = self.call(m, &[e.0], &[]);
        self.subiterator_step(r)
    }

    /// What a subiterator's `send`/`throw` call means for the delegating
    /// generator: a value to yield, or (StopIteration) the `yield from` result.
    fn subiterator_step(&mut self, r: PyResult<Value>) -> PyResult<GenStep> {
        match r {
            Ok(v) => Ok(GenStep::Yield(v)),
            Err(s) if self.is_type(s.0, TypeId::StopIteration) => {
                Ok(GenStep::Return(s.0.exc_data().and_then(|d| d.args.as_tuple()?.first().copied()).unwrap_or(Value::NONE)))
            }
            Err(x) => Err(x),
        }
    }

    /// The subiterator of a generator suspended in `yield from` that is not a
    /// generator itself and has a `throw` method: `gen.throw(...)` hands its
    /// arguments to that method unchanged, as CPython does (they need not be
    /// exceptions). GeneratorExit is left to the usual path.
    pub fn raw_throw_target(&mut self, genv: Value, thrown: Value) -> PyResult<Option<Value>> {
        let Some(Body::Generator(g)) = genv.body() else { return Ok(None) };
        if !g.started || g.finished || g.running {
            return Ok(None);
        }
        let Some(&Instr::YieldFrom { iter, .. }) = g.frame.code.instrs.get(g.frame.pc) else { return Ok(None) };
        let sub = g.frame.reg(iter.idx());
        let exit = self.ty(TypeId::GeneratorExit);
        let is_exit = if thrown.as_class().is_some() { self.is_subclass(thrown, exit) } else { self.isinstance(thrown, exit) };
        if is_exit || matches!(sub.body(), Some(Body::Generator(_))) {
            return Ok(None);
        }
        let throw = self.intern("throw");
        self.get_attr_opt(sub, throw)
    }

    /// `gen.throw(*args)` through `raw_throw_target`'s method `m`.
    pub fn gen_throw_raw(&mut self, genv: Value, m: Value, args: &[Value]) -> PyResult<GenStep> {
        let r = self.call(m, args, &[]);
        let step = self.subiterator_step(r);
        if !matches!(step, Ok(GenStep::Yield(_))) && (self.depth >= self.recursion_limit || self.native_stack_low()) {
            return Err(self.recursion_error());
        }
        match step {
            Ok(GenStep::Yield(v)) => Ok(GenStep::Yield(v)),
            Ok(GenStep::Return(r)) => {
                self.finish_yield_from(genv, r);
                self.run_generator(genv, Value::NONE, None)
            }
            Err(e) => self.run_generator(genv, Value::NONE, Some(e)),
        }
    }

    /// Stores the result of the `yield from` a generator is suspended in and
    /// moves past it.
    fn finish_yield_from(&mut self, genv: Value, r: Value) {
        let Some(Body::Generator(g)) = genv.body() else { unreachable!() };
        if let Some(&Instr::YieldFrom { dst, .. }) = g.frame.code.instrs.get(g.frame.pc) {
            g.frame.set_reg(dst.idx(), r);
            g.frame.pc += 1;
        }
    }

    /// `next()` of generator `genv`: its next item, or None once it returned.
    /// Its own function, for compiled `for` loops over generators to call
    /// without [`Self::iter_next`]'s large frame.
    pub fn gen_next(&mut self, genv: Value) -> PyResult<Option<Value>> {
        match self.gen_resume_with(genv, Value::NONE, None)? {
            GenStep::Yield(v) => Ok(Some(v)),
            GenStep::Return(_) => Ok(None),
        }
    }

    /// Resumes a generator with a sent value.
    pub fn gen_resume(&mut self, genv: Value, sent: Value) -> PyResult<GenStep> {
        self.gen_resume_with(genv, sent, None)
    }

    /// Resumes a generator, raising `throw` at its suspension point when given.
    pub fn gen_resume_with(&mut self, genv: Value, sent: Value, throw: Option<PyErr>) -> PyResult<GenStep> {
        let Some(Body::Generator(g)) = genv.body() else { unreachable!() };
        let kind = if g.frame.code.flags.coroutine { "coroutine" } else { "generator" };
        if g.running {
            return Err(self.value_error(format!("{kind} already executing")));
        }
        if g.finished {
            if let Some(e) = throw {
                return Err(e);
            }
            if kind == "coroutine" {
                return Err(self.runtime_error("cannot reuse already awaited coroutine"));
            }
            return Ok(GenStep::Return(Value::NONE));
        }
        if !g.started && !sent.is_none() && throw.is_none() {
            return Err(self.type_error("can't send non-None value to a just-started generator"));
        }
        if let (false, Some(t)) = (g.started, throw) {
            g.finished = true;
            return Err(t);
        }
        if self.depth >= self.recursion_limit || self.native_stack_low() {
            return Err(self.recursion_error());
        }
        let mut throw = throw;
        if g.started
            && let Some(&Instr::YieldFrom { iter, .. }) = g.frame.code.instrs.get(g.frame.pc)
        {
            // Suspended in `yield from`: what is sent or thrown goes to the subiterator.
            let sub = g.frame.reg(iter.idx());
            match throw.take() {
                Some(e) => match self.throw_into_subiterator(sub, e) {
                    Ok(GenStep::Yield(v)) => return Ok(GenStep::Yield(v)),
                    Ok(GenStep::Return(r)) => self.finish_yield_from(genv, r),
                    Err(e) => throw = Some(e),
                },
                None if !sent.is_none() => self.yield_from_sent = Some(sent),
                None => {}
            }
        }
        self.run_generator(genv, sent, throw)
    }

    /// Runs a started (or starting) generator's frame until it yields,
    /// returns or raises, with `throw` pending at its suspension point.
    fn run_generator(&mut self, genv: Value, sent: Value, throw: Option<PyErr>) -> PyResult<GenStep> {
        let Some(Body::Generator(g)) = genv.body() else { unreachable!() };
        if g.started
            && let Some(Instr::Yield { dst, .. }) = g.frame.code.instrs.get(g.frame.pc.wrapping_sub(1))
        {
            g.frame.set_reg(dst.idx(), sent);
        }
        g.started = true;
        g.running = true;
        g.frame.exc_base = self.exc_stack.len();
        let saved = std::mem::take(&mut g.saved_exc);
        self.exc_stack.extend(saved);
        self.pending_throw = throw;
        self.depth += 1;
        let r = (self.executor)(self, &mut g.frame);
        self.depth -= 1;
        let Some(Body::Generator(g)) = genv.body() else { unreachable!() };
        g.running = false;
        let base = g.frame.exc_base.min(self.exc_stack.len());
        match r {
            Ok(FrameExit::Yield(v)) => {
                if base < self.exc_stack.len() {
                    g.saved_exc = self.exc_stack.split_off(base);
                }
                Ok(GenStep::Yield(v))
            }
            Ok(FrameExit::Return(v)) => {
                self.exc_stack.truncate(base);
                g.finished = true;
                g.regs.clear();
                Ok(GenStep::Return(v))
            }
            Err(e) => {
                self.exc_stack.truncate(base);
                g.finished = true;
                g.regs.clear();
                if self.is_type(e.0, TypeId::StopIteration) {
                    return Err(crate::exceptions::raise_from(self, TypeId::RuntimeError, "generator raised StopIteration", e.0));
                }
                Err(e)
            }
        }
    }
}

/// What [`Vm::iter_next_into`] did.
pub enum IterStep {
    /// The iterator is exhausted.
    Done,
    /// The next item, to unpack as any value.
    Item(Value),
    /// The parts of the next item are in the output slice.
    Unpacked,
}

/// How many items the tuples an enumerate, a dict's items or a zip iterator
/// makes have (None for other iterators).
fn parts_of(it: Value) -> Option<usize> {
    match it.body() {
        Some(Body::Iter(IterState::Enumerate { .. } | IterState::DictItems { .. })) => Some(2),
        Some(Body::Iter(IterState::Zip { its, .. })) if !its.is_empty() => Some(its.len()),
        _ => None,
    }
}

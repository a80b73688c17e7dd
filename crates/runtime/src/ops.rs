//! Operators on values: arithmetic, comparison, truthiness, hashing,
//! equality, with the fast cases inline and the general Python protocol
//! (dunder methods, reflected operands, NotImplemented) behind them.

use crate::numbers::{self, Num};
use crate::object::Body;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use num_bigint::BigInt;
use std::cmp::Ordering;
use tierpy_bytecode::instr::BinOp;

/// The comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

/// Most items a list or tuple may hold (32 GiB of values): beyond it MemoryError.
pub const MAX_SEQ_ITEMS: usize = 1 << 32;
/// Most bytes a str may hold: beyond it MemoryError.
pub const MAX_STR_BYTES: usize = 1 << 34;

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }

    fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }

    /// Whether an ordering satisfies the operator.
    pub fn holds(self, o: Ordering) -> bool {
        match self {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
        }
    }
}

impl Vm {
    // ----- arithmetic -----

    /// `a op b`.
    pub fn binary_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        self.binary_op_as(op, a, b, false)
    }

    /// `a op b`, or the fallback of `a op= b` when `inplace` (which only
    /// changes the operator the TypeError names: `+=`).
    fn binary_op_as(&mut self, op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
        if let (Some(x), Some(y)) = (Num::of(a), Num::of(b)) {
            if let (Some(p), Some(q)) = (a.as_bool(), b.as_bool()) {
                match op {
                    BinOp::BitAnd => return Ok(Value::bool(p & q)),
                    BinOp::BitOr => return Ok(Value::bool(p | q)),
                    BinOp::BitXor => return Ok(Value::bool(p ^ q)),
                    _ => {}
                }
            }
            let bit_op = matches!(op, BinOp::LShift | BinOp::RShift | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor);
            if op == BinOp::MatMul || (bit_op && (a.is_float() || b.is_float())) {
                return Err(self.binop_type_error(op, a, b, inplace));
            }
            return numbers::arith(self, op, x, y);
        }
        // Builtin sequences and strs first: they are far more common than
        // complex numbers, which no builtin operation takes.
        if let Some(v) = self.builtin_binary(op, a, b)? {
            return Ok(v);
        }
        if let Some(v) = crate::complex::binary(self, op, a, b)? {
            return Ok(v);
        }
        let (name, rname, _) = op.dunders();
        if let Some(v) = self.try_dunder_pair(a, b, name, rname)? {
            return Ok(v);
        }
        if op == BinOp::BitOr
            && let Some(u) = self.type_union(a, b)?
        {
            return Ok(u);
        }
        // The builtin operation of subclass instances' native values; an
        // operand whose class overrides its side's dunder in Python stays as
        // it is (its NotImplemented is final, as in CPython).
        let x = if self.overrides_native_op(a, name) { a } else { a.native() };
        let y = if self.overrides_native_op(b, rname) { b } else { b.native() };
        if x != a || y != b {
            // The other operand's own dunders were already asked: only builtin values go round again.
            if x.as_instance().is_none() && y.as_instance().is_none() {
                return self.binary_op_as(op, x, y, inplace);
            }
            if let Some(v) = self.builtin_binary(op, x, y)? {
                return Ok(v);
            }
        }
        Err(self.binop_type_error(op, a, b, inplace))
    }

    /// `a op= b`.
    pub fn inplace_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        if op == BinOp::Mul && a.as_instance().is_some() && is_sequence(b.native()) && !is_sequence(a.native()) {
            return self.instance_imul_sequence(a, b);
        }
        if a.has_native() && self.lookup_special(a, op.dunders().2).is_none() && self.lookup_special(a, op.dunders().0).is_none() {
            let n = a.native();
            let r = self.inplace_op(op, n, b)?;
            return Ok(if r == n { a } else { r });
        }
        if Num::of(a).is_some() && Num::of(b).is_some() {
            return self.binary_op_as(op, a, b, true);
        }
        if op == BinOp::Add
            && let Some(list) = a.as_list()
        {
            let items = self.collect_iterable(b)?;
            list.extend(items);
            return Ok(a);
        }
        if op == BinOp::Add
            && a.as_bytearray().is_some()
            && let Some(more) = self.buffer_bytes(b)?
        {
            a.as_bytearray().unwrap().extend(more);
            return Ok(a);
        }
        if op == BinOp::Mul
            && let Some(data) = a.as_bytearray()
            && let Some(n) = self.index_value(b)?
        {
            self.check_size(data.len(), n.max(0) as usize, MAX_STR_BYTES)?;
            *data = data.repeat(n.max(0) as usize);
            return Ok(a);
        }
        if op == BinOp::Mul
            && let Some(list) = a.as_list()
            && let Some(n) = self.index_value(b)?
        {
            let copy = list.clone();
            *list = self.repeated(&copy, n.max(0) as usize)?;
            return Ok(a);
        }
        if matches!(op, BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor)
            && let Some(Body::Set(_)) = a.body()
            && matches!(b.body(), Some(Body::Set(_) | Body::FrozenSet(..)))
        {
            let r = crate::sets::set_binop(self, op, a, b)?.unwrap_or(a);
            let Some(Body::Set(new)) = r.body() else {
                return Ok(r);
            };
            let new = std::mem::take(new);
            if let Some(Body::Set(old)) = a.body() {
                *old = new;
            }
            return Ok(a);
        }
        if op == BinOp::BitOr && a.as_dict().is_some() {
            // `d |= other` takes anything dict.update() does.
            self.dict_update(a, b)?;
            return Ok(a);
        }
        if a.as_instance().is_some() {
            let (_, _, iname) = op.dunders();
            if let Some(m) = self.lookup_special(a, iname) {
                let r = self.call_method_value(m, a, &[b])?;
                if r != self.not_implemented {
                    return Ok(r);
                }
            }
        }
        self.binary_op_as(op, a, b, true)
    }

    /// `a *= seq` where `a` is an instance of a class statement's type, which
    /// CPython never repeats by `seq` (its `*=` looks for a sequence repeat on
    /// the left type only, and such types have one, empty): only `a`'s
    /// `__imul__`/`__mul__` and `seq`'s `__rmul__` are tried.
    fn instance_imul_sequence(&mut self, a: Value, b: Value) -> PyResult<Value> {
        if let Some(m) = self.lookup_special(a, "__imul__") {
            let r = self.call_method_value(m, a, &[b])?;
            if r != self.not_implemented {
                return Ok(r);
            }
        }
        match self.try_dunder_pair(a, b, "__mul__", "__rmul__")? {
            Some(v) => Ok(v),
            None => Err(self.binop_type_error(BinOp::Mul, a, b, true)),
        }
    }

    /// `a op b` for the builtin types that combine by operator (str, list,
    /// tuple, set, dict...): None when they do not.
    pub fn builtin_binary(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        match (op, a.body(), b.body()) {
            (BinOp::Add, Some(Body::Str(x)), Some(Body::Str(y))) => {
                let (s, bytes) = x.concat(y);
                Ok(Some(self.heap.alloc_sized(Body::Str(s), bytes)))
            }
            (BinOp::Add, Some(Body::Bytes(_) | Body::ByteArray(_)), _) => self.bytes_concat(a, b),
            (BinOp::Add, Some(Body::List(x)), Some(Body::List(y))) => {
                let mut v = Vec::with_capacity(x.len() + y.len());
                v.extend_from_slice(x);
                v.extend_from_slice(y);
                Ok(Some(self.new_list(v)))
            }
            (BinOp::Add, Some(Body::Tuple(x)), Some(Body::Tuple(y))) => {
                let mut v = Vec::with_capacity(x.len() + y.len());
                v.extend_from_slice(x);
                v.extend_from_slice(y);
                Ok(Some(self.new_tuple(v)))
            }
            (BinOp::Mul, Some(Body::Str(_) | Body::List(_) | Body::Tuple(_) | Body::Bytes(_) | Body::ByteArray(_)), _) => {
                self.repeat_seq(a, b)
            }
            (BinOp::Mul, _, Some(Body::Str(_) | Body::List(_) | Body::Tuple(_) | Body::Bytes(_) | Body::ByteArray(_))) => {
                self.repeat_seq(b, a)
            }
            (BinOp::Mod, Some(Body::Str(_) | Body::Bytes(_) | Body::ByteArray(_)), _) => {
                Ok(Some(crate::format::percent_format(self, a, b)?))
            }
            (
                BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                Some(Body::Set(_) | Body::FrozenSet(..)),
                Some(Body::Set(_) | Body::FrozenSet(..)),
            ) => crate::sets::set_binop(self, op, a, b),
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Some(Body::DictView { kind, .. }), _)
            | (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, _, Some(Body::DictView { kind, .. }))
                if *kind != crate::object::ViewKind::Values =>
            {
                let xa = self.collect_iterable(a)?;
                let xb = self.collect_iterable(b)?;
                let sa = crate::sets::new_set_from(self, &xa)?;
                let sb = crate::sets::new_set_from(self, &xb)?;
                crate::sets::set_binop(self, op, sa, sb)
            }
            (BinOp::BitOr, _, _) if a.as_dict().is_some() && b.as_dict().is_some() => {
                let d = self.new_dict();
                self.dict_update(d, a)?;
                self.dict_update(d, b)?;
                Ok(Some(d))
            }
            _ => Ok(None),
        }
    }

    fn repeat_seq(&mut self, seq: Value, n: Value) -> PyResult<Option<Value>> {
        if n.as_instance().is_some() && self.lookup_special(n, "__index__").is_none() {
            return Ok(None);
        }
        let Some(count) = self.index_value(n)? else {
            if seq.as_instance().is_some() || n.as_instance().is_some() {
                return Ok(None);
            }
            return Err(self.type_error(format!("can't multiply sequence by non-int of type '{}'", self.type_name(n))));
        };
        let count = count.max(0) as usize;
        if count == 1 && self.is_exact_immutable_seq(seq) {
            // CPython hands back the object itself.
            return Ok(Some(seq));
        }
        match seq.body() {
            Some(Body::Str(s)) => {
                self.check_size(s.s.len(), count, MAX_STR_BYTES)?;
                let r = s.s.repeat(count);
                Ok(Some(self.new_string(r)))
            }
            Some(Body::Bytes(_) | Body::ByteArray(_)) => {
                let b = seq.as_bytes_like().unwrap_or(&[]);
                self.check_size(b.len(), count, MAX_STR_BYTES)?;
                let r = b.repeat(count);
                Ok(Some(self.new_bytes_like(seq, r)))
            }
            Some(Body::List(v)) => {
                let out = self.repeated(v, count)?;
                Ok(Some(self.new_list(out)))
            }
            Some(Body::Tuple(v)) => {
                let out = self.repeated(v, count)?;
                Ok(Some(self.new_tuple(out)))
            }
            _ => Ok(None),
        }
    }

    /// Whether `v` is an exact str, bytes or tuple (not a subclass instance).
    fn is_exact_immutable_seq(&self, v: Value) -> bool {
        matches!(v.body(), Some(Body::Str(_) | Body::Bytes(_) | Body::Tuple(_))) && v.as_instance().is_none()
    }

    /// `items * count` as a new vector, or MemoryError when it could not fit in memory.
    fn repeated(&mut self, items: &[Value], count: usize) -> PyResult<Vec<Value>> {
        self.check_size(items.len(), count, MAX_SEQ_ITEMS)?;
        // An allocation the system refuses is a MemoryError, as in CPython.
        let mut out = Vec::new();
        if out.try_reserve_exact(items.len() * count).is_err() {
            return Err(self.new_exception(TypeId::MemoryError, ""));
        }
        let total = items.len() * count;
        if total > 0 {
            out.extend_from_slice(items);
            while out.len() < total {
                let n = out.len().min(total - out.len());
                out.extend_from_within(..n);
            }
        }
        Ok(out)
    }

    /// MemoryError when `len * count` exceeds `limit` (where CPython's
    /// allocation would fail on a machine of this kind, instead of aborting).
    pub fn check_size(&mut self, len: usize, count: usize, limit: usize) -> PyResult<()> {
        if len.saturating_mul(count) > limit {
            return Err(self.memory_error());
        }
        Ok(())
    }

    /// An int-like value as i64 (ints, bools, `__index__`); None otherwise.
    pub fn index_value(&mut self, v: Value) -> PyResult<Option<i64>> {
        self.index_value_of(v, v)
    }

    /// [`Vm::index_value`] of `v`, which `owner`'s `__index__` returned (or
    /// `owner` itself): an overflow names the owner's type, as CPython does.
    fn index_value_of(&mut self, v: Value, owner: Value) -> PyResult<Option<i64>> {
        if let Some(i) = v.as_small_int() {
            return Ok(Some(i));
        }
        if let Some(b) = v.as_bool() {
            return Ok(Some(b as i64));
        }
        if let Some(b) = v.as_bigint() {
            use num_traits::ToPrimitive;
            return match b.to_i64() {
                Some(i) => Ok(Some(i)),
                None => {
                    let msg = format!("cannot fit '{}' into an index-sized integer", self.type_name(owner));
                    Err(self.new_exception(TypeId::OverflowError, &msg))
                }
            };
        }
        if v.has_native() && self.lookup_special(v, "__index__").is_none() {
            return self.index_value_of(v.native(), owner);
        }
        if v.is_user_object()
            && let Some(m) = self.lookup_special(v, "__index__")
        {
            let r = self.call_method_value(m, v, &[])?;
            return self.index_value_of(r, owner);
        }
        Ok(None)
    }

    /// Calls `a.name(b)`, then `b.rname(a)`, skipping NotImplemented.
    fn try_dunder_pair(&mut self, a: Value, b: Value, name: &str, rname: &str) -> PyResult<Option<Value>> {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let b_first = ta != tb && self.is_subclass(tb, ta) && b.is_user_object();
        if b_first && let Some(m) = self.lookup_special(b, rname) {
            let r = self.call_method_value(m, b, &[a])?;
            if r != self.not_implemented {
                return Ok(Some(r));
            }
        }
        if a.is_user_object()
            && let Some(m) = self.lookup_special(a, name)
        {
            let r = self.call_method_value(m, a, &[b])?;
            if r != self.not_implemented {
                return Ok(Some(r));
            }
        }
        if !b_first
            && ta != tb
            && b.is_user_object()
            && let Some(m) = self.lookup_special(b, rname)
        {
            let r = self.call_method_value(m, b, &[a])?;
            if r != self.not_implemented {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// Whether a builtin-subclass instance's class defines the operator
    /// dunder `name` in Python (the native value's operation is then hidden).
    fn overrides_native_op(&mut self, v: Value, name: &str) -> bool {
        v.has_native() && self.lookup_special(v, name).is_some_and(|m| m.as_function().is_some())
    }

    fn binop_type_error(&mut self, op: BinOp, a: Value, b: Value, inplace: bool) -> PyErr {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        // A subclass instance that keeps its base's `+` fails as the base's concatenation does.
        let a = if op == BinOp::Add && a.has_native() && !self.overrides_native_op(a, "__add__") { a.native() } else { a };
        if op == BinOp::Add {
            if a.as_str().is_some() && a.as_instance().is_none() {
                return self.type_error(format!("can only concatenate str (not \"{tb}\") to str"));
            }
            if a.as_bytes_like().is_some() {
                return self.type_error(format!("can't concat {tb} to {ta}"));
            }
            if a.as_list().is_some() {
                return self.type_error(format!("can only concatenate list (not \"{tb}\") to list"));
            }
            if a.as_tuple().is_some() {
                return self.type_error(format!("can only concatenate tuple (not \"{tb}\") to tuple"));
            }
        }
        let sym = match (op, inplace) {
            (BinOp::Pow, false) => "** or pow()".to_string(),
            (BinOp::Pow, true) => "**=".to_string(),
            (_, true) => format!("{}=", op.symbol()),
            _ => op.symbol().to_string(),
        };
        self.type_error(format!("unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"))
    }

    /// `-v`.
    pub fn neg(&mut self, v: Value) -> PyResult<Value> {
        match Num::of(v) {
            Some(Num::Int(i)) => Ok(self.new_int(-i)),
            Some(Num::Big(b)) => Ok(self.new_bigint(-b.clone())),
            Some(Num::Float(f)) => Ok(Value::float(-f)),
            None if let Some(c) = crate::complex::as_complex(v) => Ok(self.new_complex(-c.re, -c.im)),
            None => self.unary_dunder(v, "__neg__", "unary -"),
        }
    }

    /// `+v`.
    pub fn pos(&mut self, v: Value) -> PyResult<Value> {
        match Num::of(v) {
            Some(Num::Int(i)) => Ok(self.new_int(i)),
            Some(_) => Ok(v),
            None if crate::complex::as_complex(v).is_some() => Ok(v),
            None => self.unary_dunder(v, "__pos__", "unary +"),
        }
    }

    /// `~v`.
    pub fn invert(&mut self, v: Value) -> PyResult<Value> {
        match Num::of(v) {
            Some(Num::Int(i)) => Ok(self.new_int(!i)),
            Some(Num::Big(b)) => Ok(self.new_bigint(!b.clone())),
            _ => self.unary_dunder(v, "__invert__", "unary ~"),
        }
    }

    fn unary_dunder(&mut self, v: Value, name: &str, what: &str) -> PyResult<Value> {
        if v.is_user_object()
            && let Some(m) = self.lookup_special(v, name)
        {
            return self.call_method_value(m, v, &[]);
        }
        if v.has_native() {
            let n = v.native();
            return match name {
                "__neg__" => self.neg(n),
                "__pos__" => self.pos(n),
                _ => self.invert(n),
            };
        }
        Err(self.type_error(format!("bad operand type for {what}: '{}'", self.type_name(v))))
    }

    // ----- truth -----

    /// `bool(v)`.
    #[inline]
    pub fn is_true(&mut self, v: Value) -> PyResult<bool> {
        if let Some(b) = v.as_bool() {
            return Ok(b);
        }
        if let Some(i) = v.as_small_int() {
            return Ok(i != 0);
        }
        if v.is_none() {
            return Ok(false);
        }
        if let Some(f) = v.as_float() {
            return Ok(f != 0.0);
        }
        self.is_true_slow(v)
    }

    fn is_true_slow(&mut self, v: Value) -> PyResult<bool> {
        Ok(match v.body() {
            Some(Body::Str(s)) => !s.s.is_empty(),
            Some(Body::Bytes(b)) => !b.is_empty(),
            Some(Body::ByteArray(b)) => !b.is_empty(),
            Some(Body::List(l)) => !l.is_empty(),
            Some(Body::Tuple(t)) => !t.is_empty(),
            _ if let Some(d) = v.as_dict() => !d.is_empty(),
            Some(Body::Set(s)) | Some(Body::FrozenSet(s, _)) => !s.is_empty(),
            Some(Body::BigInt(_)) => true,
            Some(Body::Complex(c)) => c.re != 0.0 || c.im != 0.0,
            Some(Body::Range { start, stop, step }) => crate::iter::range_len(*start, *stop, *step) > 0,
            Some(Body::BigRange(_)) => return Ok(self.big_range_len(v).map_or(true, |n| n > 0)),
            Some(Body::DictView { dict, .. }) => !dict.as_dict().unwrap().is_empty(),
            Some(Body::Instance(_) | Body::Class(_)) if v.is_user_object() => {
                if let Some(m) = self.lookup_special(v, "__bool__") {
                    let r = self.call_method_value(m, v, &[])?;
                    match r.as_bool() {
                        Some(b) => b,
                        None => {
                            return Err(self.type_error(format!("__bool__ should return bool, returned {}", self.type_name(r))));
                        }
                    }
                } else if let Some(m) = self.lookup_special(v, "__len__") {
                    let r = self.call_method_value(m, v, &[])?;
                    self.len_result(r)? != 0
                } else if v.has_native() {
                    self.is_true(v.native())?
                } else {
                    true
                }
            }
            _ => true,
        })
    }

    /// Checks and converts a `__len__` result.
    pub fn len_result(&mut self, r: Value) -> PyResult<i64> {
        match self.index_value(r)? {
            Some(n) if n >= 0 => Ok(n),
            Some(_) => Err(self.value_error("__len__() should return >= 0")),
            None => Err(self.type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(r)))),
        }
    }

    // ----- comparison -----

    /// `a op b` for the six rich comparisons.
    pub fn compare(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
        if let (Some(x), Some(y)) = (Num::of(a), Num::of(b)) {
            let o = numbers::compare(x, y);
            return Ok(Value::bool(match o {
                Some(o) => op.holds(o),
                None => op == CmpOp::Ne,
            }));
        }
        if let (Some(x), Some(y)) = (a.as_str(), b.as_str())
            && a.as_instance().is_none()
            && b.as_instance().is_none()
        {
            return Ok(Value::bool(op.holds(x.s.cmp(&y.s))));
        }
        if let (Some(x), Some(y)) = (a.as_bytes_like(), b.as_bytes_like()) {
            return Ok(Value::bool(op.holds(x.cmp(y))));
        }
        if a.is_user_object() || b.is_user_object() {
            return self.compare_dunders(op, a, b);
        }
        match self.compare_builtins(op, a, b)? {
            Some(r) => Ok(r),
            None => Err(self.compare_type_error(op, a, b)),
        }
    }

    /// A comparison of builtin values; None when they cannot be ordered.
    fn compare_builtins(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        let same_kind = (Num::of(a).is_some() && Num::of(b).is_some())
            || (a.as_str().is_some() && b.as_str().is_some())
            || (a.as_bytes_like().is_some() && b.as_bytes_like().is_some());
        if same_kind {
            // Numbers, strs and bytes always compare.
            return self.compare(op, a, b).map(Some);
        }
        Ok(match op {
            CmpOp::Eq => Some(Value::bool(self.eq(a, b)?)),
            CmpOp::Ne => Some(Value::bool(!self.eq(a, b)?)),
            _ => match self.order(op, a, b)? {
                Some(r) => Some(Value::bool(r)),
                None => self.set_compare(op, a, b)?.map(Value::bool),
            },
        })
    }

    fn compare_type_error(&mut self, op: CmpOp, a: Value, b: Value) -> PyErr {
        self.type_error(format!("'{}' not supported between instances of '{}' and '{}'", op.symbol(), self.type_name(a), self.type_name(b)))
    }

    fn compare_dunders(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let reflected_first = ta != tb && self.is_subclass(tb, ta) && b.is_user_object();
        let tries: [(Value, Value, CmpOp); 2] =
            if reflected_first { [(b, a, op.swapped()), (a, b, op)] } else { [(a, b, op), (b, a, op.swapped())] };
        for (x, y, o) in tries {
            if x.is_user_object() {
                if let Some(r) = self.user_compare(o, x, y)? {
                    return Ok(r);
                }
            } else if let Some(r) = self.builtin_compare(o, x, y)? {
                return Ok(Value::bool(r));
            }
        }
        let (x, y) = (a.native(), b.native());
        if (a.has_native() || b.has_native()) && !x.is_user_object() && !y.is_user_object() {
            // The builtin comparison of the native values; failures name the subclasses.
            return match self.compare_builtins(op, x, y)? {
                Some(r) => Ok(r),
                None => Err(self.compare_type_error(op, a, b)),
            };
        }
        if a.has_native() || b.has_native() {
            return self.compare(op, x, y);
        }
        match op {
            CmpOp::Eq => Ok(Value::bool(a == b)),
            CmpOp::Ne => Ok(Value::bool(a != b)),
            _ => Err(self.compare_type_error(op, a, b)),
        }
    }

    /// `x.__op__(y)` for an instance, None when it answers NotImplemented.
    /// Without an `__ne__` of its own, `!=` is `object.__ne__`: the
    /// negation of the instance's `__eq__`.
    fn user_compare(&mut self, op: CmpOp, x: Value, y: Value) -> PyResult<Option<Value>> {
        let (m, negate) = match self.lookup_special(x, op.dunder()) {
            Some(m) => (m, false),
            None if op == CmpOp::Ne => match self.lookup_special(x, "__eq__") {
                Some(m) => (m, true),
                None => return Ok(None),
            },
            None => return Ok(None),
        };
        let r = self.call_method_value(m, x, &[y])?;
        if r == self.not_implemented {
            return Ok(None);
        }
        if negate {
            return Ok(Some(Value::bool(!self.is_true(r)?)));
        }
        Ok(Some(r))
    }

    /// A comparison between non-instance values, None when unsupported.
    fn builtin_compare(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Option<bool>> {
        if b.is_user_object() {
            return Ok(match op {
                CmpOp::Eq => None,
                CmpOp::Ne => None,
                _ => None,
            });
        }
        let r = self.compare(op, a, b)?;
        Ok(r.as_bool())
    }

    /// `a op b` for two values of the same builtin sequence kind (list,
    /// tuple, slice), None when they are not.
    fn order(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Option<bool>> {
        match (a.body(), b.body()) {
            (Some(Body::List(_)), Some(Body::List(_)))
            | (Some(Body::Tuple(_)), Some(Body::Tuple(_)))
            | (Some(Body::Slice { .. }), Some(Body::Slice { .. })) => self.seq_compare(op, a, b).map(Some),
            _ => Ok(None),
        }
    }

    /// Sequence comparison (CPython's `list_richcompare`): the operator
    /// applied to the first pair of items that differ, else to the lengths.
    /// Items are read afresh at each step, as an `__eq__` may change a list.
    fn seq_compare(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<bool> {
        let mut i = 0;
        while let (Some(x), Some(y)) = (seq_item(a, i), seq_item(b, i)) {
            // Inline ints decide without Python's comparisons.
            let differ = match (x.as_small_int(), y.as_small_int()) {
                (Some(p), Some(q)) if p != q => return Ok(op.holds(p.cmp(&q))),
                (Some(_), Some(_)) => false,
                _ => !self.nested_comparison(|vm| vm.same_or_eq(x, y))?,
            };
            if differ {
                // The `__eq__` may have changed a list: read the pair again.
                let (Some(x), Some(y)) = (seq_item(a, i), seq_item(b, i)) else { break };
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::Ne => Ok(true),
                    CmpOp::Lt => self.nested_comparison(|vm| vm.lt(x, y)),
                    _ => self.nested_comparison(|vm| vm.is_true_cmp(op, x, y)),
                };
            }
            i += 1;
        }
        Ok(op.holds(seq_len(a).cmp(&seq_len(b))))
    }

    fn is_true_cmp(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<bool> {
        let r = self.compare(op, a, b)?;
        self.is_true(r)
    }

    /// `a < b` as a bool (sorting).
    pub fn lt(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
            return Ok(x < y);
        }
        if let (Some(x), Some(y)) = (Num::of(a), Num::of(b)) {
            return Ok(numbers::compare(x, y) == Some(Ordering::Less));
        }
        if let (Some(Body::Tuple(_)), Some(Body::Tuple(_))) = (a.body(), b.body()) {
            return self.seq_compare(CmpOp::Lt, a, b);
        }
        self.is_true_cmp(CmpOp::Lt, a, b)
    }

    fn set_compare(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Option<bool>> {
        crate::sets::set_compare(self, op, a, b)
    }

    /// Container equality (CPython's `PyObject_RichCompareBool`): an object
    /// is equal to itself before `==` is asked. Floats are unboxed, so the
    /// same bits stand for the same object (a NaN is found in a list holding it).
    pub fn same_or_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a == b {
            return Ok(true);
        }
        self.eq(a, b)
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a.is_small_int() && b.is_small_int() {
            return Ok(a == b);
        }
        // Identity implies equality, except for NaNs (floats and complex values).
        if a == b && !a.is_float() && crate::complex::as_complex(a).is_none() {
            return Ok(true);
        }
        // Two exact strs (dict and set probes of str keys come here).
        if let (Some(Body::Str(x)), Some(Body::Str(y))) = (a.body(), b.body()) {
            return Ok(x.s == y.s);
        }
        if let (Some(x), Some(y)) = (Num::of(a), Num::of(b)) {
            return Ok(numbers::compare(x, y) == Some(Ordering::Equal));
        }
        if let Some(r) = crate::complex::equal(a, b) {
            return Ok(r);
        }
        if a.is_user_object() || b.is_user_object() {
            let r = self.compare_dunders(CmpOp::Eq, a, b)?;
            return self.is_true(r);
        }
        match (a.body(), b.body()) {
            (Some(Body::Str(x)), Some(Body::Str(y))) => Ok(x.s == y.s),
            (Some(Body::Bytes(_) | Body::ByteArray(_)), Some(Body::Bytes(_) | Body::ByteArray(_))) => {
                Ok(a.as_bytes_like() == b.as_bytes_like())
            }
            (Some(Body::List(x)), Some(Body::List(y))) if x.len() != y.len() => Ok(false),
            (Some(Body::Tuple(x)), Some(Body::Tuple(y))) if x.len() != y.len() => Ok(false),
            (Some(Body::List(_)), Some(Body::List(_)))
            | (Some(Body::Tuple(_)), Some(Body::Tuple(_)))
            | (Some(Body::Slice { .. }), Some(Body::Slice { .. })) => self.seq_compare(CmpOp::Eq, a, b),
            _ if let (Some(x), Some(y)) = (a.as_dict(), b.as_dict()) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                let entries: Vec<(Value, Value)> = x.iter().map(|e| (e.key, e.value)).collect();
                self.nested_comparison(|vm| {
                    for (k, v) in entries {
                        match vm.dict_get(b, k)? {
                            Some(v2) => {
                                if !vm.same_or_eq(v, v2)? {
                                    return Ok(false);
                                }
                            }
                            None => return Ok(false),
                        }
                    }
                    Ok(true)
                })
            }
            (Some(Body::Set(_) | Body::FrozenSet(..)), Some(Body::Set(_) | Body::FrozenSet(..))) => {
                Ok(crate::sets::set_compare(self, CmpOp::Eq, a, b)?.unwrap_or(false))
            }
            (Some(Body::BigRange(_)), Some(Body::Range { .. } | Body::BigRange(_)))
            | (Some(Body::Range { .. }), Some(Body::BigRange(_))) => {
                let (x, y) = if matches!(a.body(), Some(Body::BigRange(_))) { (a, b) } else { (b, a) };
                let other = crate::big_range::range_bounds(self, y).expect("a range").to_vec();
                let other = self.new_tuple(other);
                let r = self.big_range_op(x, "equal", &[other])?;
                Ok(r.as_bool() == Some(true))
            }
            (Some(Body::Range { start: a1, stop: a2, step: a3 }), Some(Body::Range { start: b1, stop: b2, step: b3 })) => {
                let la = crate::iter::range_len(*a1, *a2, *a3);
                let lb = crate::iter::range_len(*b1, *b2, *b3);
                Ok(la == lb && (la == 0 || (a1 == b1 && (la == 1 || a3 == b3))))
            }
            (Some(Body::DictView { dict: d1, kind: k1 }), Some(Body::DictView { dict: d2, kind: k2 }))
                if k1 == k2 && *k1 != crate::object::ViewKind::Values =>
            {
                let (x, y) = (self.collect_iterable(a)?, self.collect_iterable(b)?);
                let _ = (d1, d2);
                let sa = crate::sets::new_set_from(self, &x)?;
                let sb = crate::sets::new_set_from(self, &y)?;
                self.eq(sa, sb)
            }
            (Some(Body::BoundMethod { this: t1, func: f1 }), Some(Body::BoundMethod { this: t2, func: f2 })) => Ok(t1 == t2 && f1 == f2),
            (Some(Body::DictView { kind, .. }), Some(Body::Set(_) | Body::FrozenSet(..)))
            | (Some(Body::Set(_) | Body::FrozenSet(..)), Some(Body::DictView { kind, .. }))
                if *kind != crate::object::ViewKind::Values =>
            {
                let (x, y) = (self.collect_iterable(a)?, self.collect_iterable(b)?);
                let sa = crate::sets::new_set_from(self, &x)?;
                let sb = crate::sets::new_set_from(self, &y)?;
                self.eq(sa, sb)
            }
            _ => Ok(false),
        }
    }

    /// Runs a comparison of the items of containers one level deeper,
    /// with CPython's RecursionError when the nesting is too deep.
    fn nested_comparison<T>(&mut self, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        if self.depth >= self.recursion_limit || self.native_stack_low() {
            return Err(self.new_exception(TypeId::RecursionError, "maximum recursion depth exceeded in comparison"));
        }
        self.depth += 1;
        let r = f(self);
        self.depth -= 1;
        r
    }

    // ----- hashing -----

    /// `hash(v)`; TypeError for unhashable values.
    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        if let Some(i) = v.as_small_int() {
            return Ok(crate::hashing::hash_i64(i));
        }
        if let Some(f) = v.as_float() {
            if f.is_nan() {
                return Ok(0);
            }
            return Ok(crate::hashing::hash_f64(f));
        }
        if let Some(b) = v.as_bool() {
            return Ok(b as i64);
        }
        if v.is_none() {
            return Ok(0x5f5e100);
        }
        match v.body() {
            Some(Body::Str(_)) => Ok(self.str_hash(v)),
            Some(Body::BigInt(b)) => Ok(crate::hashing::hash_bigint(b)),
            Some(Body::Bytes(b)) => Ok(crate::hashing::hash_bytes(b)),
            Some(Body::Complex(c)) => Ok(crate::complex::hash(*c)),
            Some(Body::Tuple(items)) => {
                let items = items.to_vec();
                let mut hs = Vec::with_capacity(items.len());
                for x in items {
                    hs.push(self.hash(x)?);
                }
                Ok(crate::hashing::hash_tuple(&hs))
            }
            Some(Body::FrozenSet(s, cache)) => {
                if let Some(h) = cache.get() {
                    return Ok(h);
                }
                let h = s.frozenset_hash();
                cache.set(Some(h));
                Ok(h)
            }
            Some(Body::Range { start, stop, step }) => {
                let (start, stop, step) = (*start, *stop, *step);
                let len = crate::iter::range_len(start, stop, step);
                let hs = [
                    crate::hashing::hash_i64(len),
                    if len == 0 { 0 } else { crate::hashing::hash_i64(start) },
                    if len <= 1 { 0 } else { crate::hashing::hash_i64(step) },
                ];
                Ok(crate::hashing::hash_tuple(&hs))
            }
            Some(Body::BigRange(p)) => {
                // As for small ranges: (len, start unless empty, step unless len <= 1).
                let [start, _, step] = **p;
                let n = self.big_range_op(v, "length", &[])?;
                let (empty, single) = (n.as_small_int() == Some(0), n.as_small_int().is_some_and(|i| i <= 1));
                let hs = [self.hash(n)?, if empty { 0 } else { self.hash(start)? }, if single { 0 } else { self.hash(step)? }];
                Ok(crate::hashing::hash_tuple(&hs))
            }
            Some(Body::List(_) | Body::Dict(_) | Body::InstanceDict(_) | Body::Set(_) | Body::ByteArray(_) | Body::Slice { .. })
            | Some(Body::DictView { kind: crate::object::ViewKind::Keys | crate::object::ViewKind::Items, .. }) => {
                Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
            }
            Some(Body::Instance(_) | Body::Class(_)) if v.is_user_object() => {
                let cls = self.type_of(v);
                match self.class_lookup(cls, "__hash__") {
                    Some(h) if h.is_none() => Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v)))),
                    Some(h) if h.as_function().is_some() => {
                        let r = self.call_method_value(h, v, &[])?;
                        match Num::of(r) {
                            Some(Num::Int(i)) => Ok(if i == -1 { -2 } else { i }),
                            Some(Num::Big(b)) => Ok(match num_traits::ToPrimitive::to_i64(b) {
                                Some(-1) => -2,
                                Some(i) => i,
                                None => crate::hashing::hash_bigint(b),
                            }),
                            _ => Err(self.type_error("__hash__ method should return an integer")),
                        }
                    }
                    _ => {
                        if self.class_lookup(cls, "__eq__").is_some_and(|e| e.as_function().is_some()) {
                            return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))));
                        }
                        if v.has_native() {
                            return match self.hash(v.native()) {
                                Ok(h) => Ok(h),
                                Err(_) => Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v)))),
                            };
                        }
                        Ok(identity_hash(v))
                    }
                }
            }
            _ => Ok(identity_hash(v)),
        }
    }
}

/// The default hash of an object: its address, rotated as CPython does.
pub fn identity_hash(v: Value) -> i64 {
    let p = v.0 & 0xFFFF_FFFF_FFFF;
    p.rotate_right(4) as i64 & i64::MAX
}

/// Converts a big integer to f64 with CPython's overflow error.
pub fn bigint_to_f64(vm: &mut Vm, b: &BigInt) -> PyResult<f64> {
    numbers::big_to_f64(b).ok_or_else(|| vm.overflow_error("int too large to convert to float"))
}

/// Whether `v` is a builtin sequence that `*` repeats (str, list, tuple, bytes, bytearray).
fn is_sequence(v: Value) -> bool {
    matches!(v.body(), Some(Body::Str(_) | Body::List(_) | Body::Tuple(_) | Body::Bytes(_) | Body::ByteArray(_)))
}

/// Item `i` of a list, tuple or slice (start, stop, step: what slices
/// compare by) as it is now.
fn seq_item(v: Value, i: usize) -> Option<Value> {
    match v.body()? {
        Body::List(x) => x.get(i).copied(),
        Body::Tuple(x) => x.get(i).copied(),
        Body::Slice { start, stop, step } => [*start, *stop, *step].get(i).copied(),
        _ => None,
    }
}

/// The length of a list, tuple or slice (3) as it is now.
fn seq_len(v: Value) -> usize {
    match v.body() {
        Some(Body::List(x)) => x.len(),
        Some(Body::Tuple(x)) => x.len(),
        Some(Body::Slice { .. }) => 3,
        _ => 0,
    }
}

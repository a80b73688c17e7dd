//! range objects whose bounds do not fit 64 bits (`Body::BigRange`). They are
//! rare, so their operations run in Python (`pylib/_bigrange.py`) on the
//! bounds as Python ints; ranges within i64 stay `Body::Range`.

use crate::object::Body;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_traits::ToPrimitive;

/// The bounds of a `range` value (either representation) as Python ints.
pub fn range_bounds(vm: &mut Vm, v: Value) -> Option<[Value; 3]> {
    match v.body() {
        Some(Body::Range { start, stop, step }) => {
            let (a, b, c) = (*start, *stop, *step);
            Some([vm.new_int(a), vm.new_int(b), vm.new_int(c)])
        }
        Some(Body::BigRange(p)) => Some(**p),
        _ => None,
    }
}

impl Vm {
    /// `range(*args)` when an argument is an int beyond i64 (None otherwise).
    pub(crate) fn new_big_range(&mut self, args: &[Value]) -> PyResult<Option<Value>> {
        if !args.iter().any(|a| a.as_bigint().is_some_and(|b| b.to_i64().is_none())) {
            return Ok(None);
        }
        let mut vals = vec![];
        for &a in args {
            if a.as_bigint().is_some() || a.as_small_int().is_some() {
                vals.push(a);
                continue;
            }
            match self.index_value(a)? {
                Some(i) => vals.push(self.new_int(i)),
                None => return Err(self.type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(a)))),
            }
        }
        let (zero, one) = (Value::small_int(0), Value::small_int(1));
        let parts = match *vals.as_slice() {
            [stop] => [zero, stop, one],
            [start, stop] => [start, stop, one],
            [start, stop, step] => [start, stop, step],
            _ => unreachable!("range takes 1 to 3 arguments"),
        };
        if parts[2].as_small_int() == Some(0) {
            return Err(self.value_error("range() arg 3 must not be zero"));
        }
        Ok(Some(self.heap.alloc(Body::BigRange(Box::new(parts)))))
    }

    /// `_bigrange.<name>(start, stop, step, *extra)` for a big range `r`.
    pub fn big_range_op(&mut self, r: Value, name: &str, extra: &[Value]) -> PyResult<Value> {
        let Some(Body::BigRange(p)) = r.body() else { unreachable!("a big range") };
        let mut args = p.to_vec();
        args.extend_from_slice(extra);
        let m = self.import("_bigrange")?;
        let n = self.intern(name);
        let f = self.get_attr(m, n)?;
        self.call(f, &args, &[])
    }

    /// `len()` of a big range (OverflowError beyond ssize_t, as in CPython).
    pub fn big_range_len(&mut self, r: Value) -> PyResult<usize> {
        let n = self.big_range_op(r, "length", &[])?;
        match n.as_small_int().or_else(|| n.as_bigint().and_then(|b| b.to_i64())) {
            Some(i) => Ok(i as usize),
            None => Err(self.overflow_error("Python int too large to convert to C ssize_t")),
        }
    }
}

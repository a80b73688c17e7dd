//! `list.sort` and `sorted`, over the items' indices. Keys all of one
//! builtin kind that orders without side effects (inline ints, floats, exact
//! strs) are sorted by std's stable sort; any others by a stable merge sort
//! that asks Python's `<`, deciding directly on the first items of tuple keys
//! when it can, as CPython's `unsafe_*_compare` fast paths do.

use crate::object::Body;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cmp::Ordering;

/// Sorts values in place by Python `<` (stable; key and reverse as list.sort).
pub fn sort_values(vm: &mut Vm, items: &mut Vec<Value>, key: Option<Value>, reverse: bool) -> PyResult<()> {
    let base = vm.roots.len();
    vm.roots.extend_from_slice(items);
    let r = (|| {
        let keys: Vec<Value> = match key {
            Some(k) => {
                let mut ks = Vec::with_capacity(items.len());
                for &x in items.iter() {
                    let kx = vm.call(k, &[x], &[])?;
                    vm.roots.push(kx);
                    ks.push(kx);
                }
                ks
            }
            None => items.clone(),
        };
        let mut idx: Vec<usize> = (0..items.len()).collect();
        if reverse {
            idx.reverse();
        }
        match KeyKind::of(keys.iter().copied()) {
            // A total order: std's stable sort gives the one stable result,
            // and finds runs (sorted or reversed input) as CPython does.
            KeyKind::Any => sort_any(vm, &keys, &mut idx)?,
            whole => idx.sort_by(|&a, &b| whole.order(keys[a], keys[b]).unwrap_or(Ordering::Equal)),
        }
        if reverse {
            idx.reverse();
        }
        let sorted: Vec<Value> = idx.iter().map(|&i| items[i]).collect();
        *items = sorted;
        Ok(())
    })();
    vm.roots.truncate(base);
    r
}

/// Sorts `idx` by Python's `<` of the keys, deciding directly on the first
/// items of tuple keys when those are all of one kind.
fn sort_any(vm: &mut Vm, keys: &[Value], idx: &mut [usize]) -> PyResult<()> {
    let first = match keys.iter().all(|&k| tuple_first(k).is_some()) {
        true => KeyKind::of(keys.iter().filter_map(|&k| tuple_first(k))),
        false => KeyKind::Any,
    };
    let mut err = None;
    let mut buf = Vec::with_capacity(idx.len() / 2);
    merge_sort(idx, &mut buf, &mut |a, b| {
        let (x, y) = (keys[b], keys[a]);
        if let (Some(p), Some(q)) = (tuple_first(x), tuple_first(y))
            && let Some(o @ (Ordering::Less | Ordering::Greater)) = first.order(p, q)
        {
            return o == Ordering::Less;
        }
        if err.is_some() {
            return false;
        }
        vm.lt(x, y).unwrap_or_else(|e| {
            err = Some(e);
            false
        })
    });
    err.map_or(Ok(()), Err)
}

/// What a set of values all are, when it is a kind whose `<` needs
/// neither the VM nor a Python method.
#[derive(Clone, Copy)]
enum KeyKind {
    /// Inline ints.
    Int,
    /// Floats other than NaN.
    Float,
    /// Strs, never instances of str subclasses (UTF-8 byte order is code
    /// point order).
    Str,
    /// Anything else: Python's `<` decides.
    Any,
}

impl KeyKind {
    fn of(mut values: impl Iterator<Item = Value> + Clone) -> KeyKind {
        if values.clone().all(|k| k.is_small_int()) {
            KeyKind::Int
        } else if values.clone().all(|k| k.is_float() && !k.as_float_unchecked().is_nan()) {
            KeyKind::Float
        } else if values.all(|k| k.as_str().is_some()) {
            KeyKind::Str
        } else {
            KeyKind::Any
        }
    }

    /// The order of two values of this kind (a total order), None when
    /// Python's `<` must decide.
    fn order(self, x: Value, y: Value) -> Option<Ordering> {
        match self {
            KeyKind::Int => Some(x.as_small_int_unchecked().cmp(&y.as_small_int_unchecked())),
            KeyKind::Float => x.as_float_unchecked().partial_cmp(&y.as_float_unchecked()),
            KeyKind::Str => Some(x.as_str()?.s.cmp(&y.as_str()?.s)),
            KeyKind::Any => None,
        }
    }
}

/// The first item of a non-empty tuple.
fn tuple_first(v: Value) -> Option<Value> {
    match v.body() {
        Some(Body::Tuple(t)) => t.first().copied(),
        _ => None,
    }
}

/// A stable merge sort driven by `less(a, b)`, "b sorts before a": it is
/// called with (left, right) pairs and moves right before left only when
/// true. `buf` is scratch space for merges.
fn merge_sort(v: &mut [usize], buf: &mut Vec<usize>, less: &mut dyn FnMut(usize, usize) -> bool) {
    let n = v.len();
    if n <= 16 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && less(v[j - 1], v[j]) {
                v.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], buf, less);
    merge_sort(&mut v[mid..], buf, less);
    if !less(v[mid - 1], v[mid]) {
        // The halves are already in order (a sorted or partly sorted input).
        return;
    }
    // Merge the left half, moved to `buf`, with the right half in place:
    // the output never overtakes the right half's next unread item.
    buf.clear();
    buf.extend_from_slice(&v[..mid]);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < buf.len() && j < n {
        if less(buf[i], v[j]) {
            v[k] = v[j];
            j += 1;
        } else {
            v[k] = buf[i];
            i += 1;
        }
        k += 1;
    }
    let rest = buf.len() - i;
    v[k..k + rest].copy_from_slice(&buf[i..]);
}

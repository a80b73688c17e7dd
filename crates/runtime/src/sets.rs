//! set and frozenset operations on top of the CPython-ordered `SetTable`.

use crate::hashing::SetTable;
use crate::object::Body;
use crate::ops::CmpOp;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use tierpy_bytecode::instr::BinOp;

/// The table of a set or frozenset value.
pub fn table(v: Value) -> Option<&'static mut SetTable<Value>> {
    match v.body() {
        Some(Body::Set(s)) | Some(Body::FrozenSet(s, _)) => Some(s),
        _ => None,
    }
}

/// A new set holding `items` (added in order).
pub fn new_set_from(vm: &mut Vm, items: &[Value]) -> PyResult<Value> {
    let s = vm.heap.alloc(Body::Set(SetTable::new()));
    for &x in items {
        set_add(vm, s, x)?;
    }
    Ok(s)
}

/// Wraps a table as a set or frozenset of the same kind as `like`.
fn wrap(vm: &mut Vm, like: Value, t: SetTable<Value>) -> Value {
    match like.body() {
        Some(Body::FrozenSet(..)) => vm.heap.alloc(Body::FrozenSet(t, Default::default())),
        _ => vm.heap.alloc(Body::Set(t)),
    }
}

/// `set.add(x)`.
pub fn set_add(vm: &mut Vm, set: Value, x: Value) -> PyResult<()> {
    let h = vm.hash(x)?;
    let t = table(set).unwrap();
    t.insert(x, h, |stored| vm.same_or_eq(stored, x))?;
    Ok(())
}

/// `x in set`.
pub fn set_contains(vm: &mut Vm, set: Value, x: Value) -> PyResult<bool> {
    let h = match vm.hash(x) {
        Ok(h) => h,
        Err(e) => {
            // set.__contains__ retries an unhashable set as a frozenset.
            if let Some(Body::Set(s)) = x.body() {
                let f = vm.heap.alloc(Body::FrozenSet(SetTable::copy_from(s), Default::default()));
                return set_contains(vm, set, f);
            }
            return Err(e);
        }
    };
    let t = table(set).unwrap();
    Ok(t.find(x, h, |stored| vm.same_or_eq(stored, x))?.is_some())
}

/// `set.discard(x)`: whether it was present.
pub fn set_discard(vm: &mut Vm, set: Value, x: Value) -> PyResult<bool> {
    let h = vm.hash(x)?;
    let t = table(set).unwrap();
    Ok(t.remove(x, h, |stored| vm.same_or_eq(stored, x))?.is_some())
}

/// A set (table) of any iterable's items, reusing set arguments directly.
pub fn as_table(vm: &mut Vm, v: Value) -> PyResult<&'static SetTable<Value>> {
    if let Some(t) = table(v) {
        return Ok(t);
    }
    let items = vm.collect_iterable(v)?;
    let s = new_set_from(vm, &items)?;
    vm.roots.push(s);
    Ok(table(s).unwrap())
}

/// `a op b` for the set operators; None when not both sets.
pub fn set_binop(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let (Some(ta), Some(tb)) = (table(a), table(b)) else {
        return Ok(None);
    };
    let mut eq = |x: Value, y: Value| vm.same_or_eq(x, y);
    let t = match op {
        BinOp::BitOr => SetTable::union(ta, tb, &mut eq)?,
        BinOp::BitAnd => SetTable::intersection(ta, tb, &mut eq)?,
        BinOp::Sub => {
            if std::ptr::eq(ta, tb) {
                SetTable::new()
            } else {
                SetTable::difference(ta, tb, &mut eq)?
            }
        }
        BinOp::BitXor => {
            if std::ptr::eq(ta, tb) {
                SetTable::new()
            } else {
                SetTable::symmetric_difference(ta, tb, &mut eq)?
            }
        }
        _ => return Ok(None),
    };
    Ok(Some(wrap(vm, a, t)))
}

fn subset(vm: &mut Vm, a: &SetTable<Value>, b: Value) -> PyResult<bool> {
    for (k, _) in a.iter().collect::<Vec<_>>() {
        if !set_contains(vm, b, k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Set comparisons (subset order); None when not both sets.
pub fn set_compare(vm: &mut Vm, op: CmpOp, a: Value, b: Value) -> PyResult<Option<bool>> {
    let (Some(ta), Some(tb)) = (table(a), table(b)) else {
        return Ok(None);
    };
    let (la, lb) = (ta.len(), tb.len());
    Ok(Some(match op {
        CmpOp::Eq => la == lb && subset(vm, ta, b)?,
        CmpOp::Ne => !(la == lb && subset(vm, ta, b)?),
        CmpOp::Le => la <= lb && subset(vm, ta, b)?,
        CmpOp::Lt => la < lb && subset(vm, ta, b)?,
        CmpOp::Ge => lb <= la && subset(vm, tb, a)?,
        CmpOp::Gt => lb < la && subset(vm, tb, a)?,
    }))
}

/// In-place update of a set with an iterable (`|=`-style union).
pub fn set_update(vm: &mut Vm, set: Value, other: Value) -> PyResult<()> {
    if let Some(t) = table(other) {
        if table(set).is_some_and(|s| std::ptr::eq(s, t)) {
            return Ok(());
        }
        let s = table(set).unwrap();
        return s.merge(t, |x, y| vm.same_or_eq(x, y));
    }
    let items = vm.collect_iterable(other)?;
    for x in items {
        set_add(vm, set, x)?;
    }
    Ok(())
}

/// A new set or frozenset (per `like`) copied from `src`'s table.
pub fn copy_set(vm: &mut Vm, like: Value, src: Value) -> Value {
    let t = SetTable::copy_from(table(src).unwrap());
    wrap(vm, like, t)
}

//! The operator dunders of builtin types, as methods: `int.__rsub__`,
//! `list.__add__`, `set.__ior__`, `str.__lt__`, `float.__round__`...
//!
//! Each runs the operation the operator would, but answers NotImplemented
//! (as CPython's slot wrappers do) when the other operand is of a type the
//! builtin type does not combine with.

use crate::numbers::Num;
use crate::object::BuiltinFn;
use crate::ops::CmpOp;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use tierpy_bytecode::instr::BinOp;

/// The operator dunder `name` of builtin type `t`, when the type has it.
pub fn lookup(t: TypeId, name: &str) -> Option<(&'static str, BuiltinFn)> {
    table(t).iter().find(|(n, _)| *n == name).copied()
}

/// The names of the operator dunders of `t` (for `dir`).
pub fn names(t: TypeId) -> impl Iterator<Item = &'static str> {
    table(t).iter().map(|(n, _)| *n)
}

fn table(t: TypeId) -> &'static [(&'static str, BuiltinFn)] {
    match t {
        TypeId::Int | TypeId::Bool => INT,
        TypeId::Float => FLOAT,
        TypeId::Str => STR,
        TypeId::Bytes => BYTES,
        TypeId::ByteArray => BYTEARRAY,
        TypeId::List => LIST,
        TypeId::Tuple => TUPLE,
        TypeId::Dict => DICT,
        TypeId::Set => SET,
        TypeId::FrozenSet => FROZENSET,
        TypeId::Range => RANGE,
        TypeId::NoneType => &[("__bool__", bool_)],
        _ => &[],
    }
}

/// Declares, per operator, the forward and reflected methods.
macro_rules! binop_methods {
    ($($op:ident: $fwd:ident, $rev:ident;)*) => {
        $(
            fn $fwd(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
                crate::methods::nargs(vm, "", a, 1, 1)?;
                binop_or_not_implemented(vm, BinOp::$op, a[0], a[1], false)
            }
            fn $rev(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
                crate::methods::nargs(vm, "", a, 1, 1)?;
                binop_or_not_implemented(vm, BinOp::$op, a[0], a[1], true)
            }
        )*
    };
}

binop_methods! {
    Add: add, radd;
    Sub: sub, rsub;
    Mul: mul, rmul;
    TrueDiv: truediv, rtruediv;
    FloorDiv: floordiv, rfloordiv;
    Mod: mod_, rmod;
    Pow: pow, rpow;
    LShift: lshift, rlshift;
    RShift: rshift, rrshift;
    BitAnd: and, rand;
    BitOr: or, ror;
    BitXor: xor, rxor;
}

/// Whether a set's in-place operator meets an operand that is no set (its
/// method then answers NotImplemented).
fn set_with_non_set(a: Value, b: Value) -> bool {
    use crate::object::Body;
    matches!(a.native().body(), Some(Body::Set(_))) && !matches!(b.native().body(), Some(Body::Set(_) | Body::FrozenSet(..)))
}

/// Declares the in-place methods (of the mutable containers).
macro_rules! inplace_methods {
    ($($op:ident: $name:ident;)*) => {
        $(
            fn $name(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
                crate::methods::nargs(vm, "", a, 1, 1)?;
                if set_with_non_set(a[0], a[1]) {
                    return Ok(vm.not_implemented);
                }
                vm.inplace_op(BinOp::$op, a[0], a[1])
            }
        )*
    };
}

inplace_methods! {
    Add: iadd;
    Mul: imul;
    Sub: isub;
    BitAnd: iand;
    BitOr: ior;
    BitXor: ixor;
}

/// `this op other` (or `other op this` when `reflected`) for a builtin
/// receiver `this`; NotImplemented when the types do not combine.
fn binop_or_not_implemented(vm: &mut Vm, op: BinOp, this: Value, other: Value, reflected: bool) -> PyResult<Value> {
    let (x, y) = if reflected { (other, this) } else { (this, other) };
    if Num::of(this).is_some() {
        // int's methods take ints only; float's take ints and floats.
        if Num::of(other).is_none() || (other.is_float() && !this.is_float()) {
            return Ok(vm.not_implemented);
        }
        return vm.binary_op(op, x, y);
    }
    let (x, y) = (x.native(), y.native());
    if let Some(v) = vm.builtin_binary(op, x, y)? {
        return Ok(v);
    }
    let t = vm.type_id(this);
    if op == BinOp::Add && !reflected && matches!(t, TypeId::Bytes | TypeId::ByteArray) {
        let (tn, on) = (t.name(), vm.type_name(other));
        return Err(vm.type_error(format!("can't concat {on} to {tn}")));
    }
    if op == BinOp::Add && !reflected && matches!(t, TypeId::Str | TypeId::List | TypeId::Tuple) {
        let (tn, on) = (t.name(), vm.type_name(other));
        return Err(vm.type_error(format!("can only concatenate {tn} (not \"{on}\") to {tn}")));
    }
    Ok(vm.not_implemented)
}

/// Declares the six rich-comparison methods.
macro_rules! compare_methods {
    ($($op:ident: $name:ident;)*) => {
        $(
            fn $name(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
                crate::methods::nargs(vm, "", a, 1, 1)?;
                compare_or_not_implemented(vm, CmpOp::$op, a[0], a[1])
            }
        )*
    };
}

compare_methods! {
    Lt: lt;
    Le: le;
    Eq: eq;
    Ne: ne;
    Gt: gt;
    Ge: ge;
}

/// `this op other` for a builtin receiver; NotImplemented unless both are
/// numbers or of the same builtin type (set and frozenset compare).
fn compare_or_not_implemented(vm: &mut Vm, op: CmpOp, this: Value, other: Value) -> PyResult<Value> {
    // Compare the builtin contents: `dict.__eq__(self, o)` inside a
    // subclass's __eq__ must not dispatch back to it.
    let (this, other) = (this.native(), other.native());
    let comparable = match (Num::of(this), Num::of(other)) {
        (Some(_), Some(_)) => this.is_float() || !other.is_float(),
        (None, None) => {
            let (s, o) = (vm.type_id(this), vm.type_id(other));
            s == o || matches!((s, o), (TypeId::Set | TypeId::FrozenSet, TypeId::Set | TypeId::FrozenSet))
        }
        _ => false,
    };
    if !comparable {
        return Ok(vm.not_implemented);
    }
    vm.compare(op, this, other)
}

fn invert(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    vm.invert(a[0])
}

fn pos(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    vm.pos(a[0])
}

fn bool_(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::bool(vm.is_true(a[0])?))
}

fn int_(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::constructors::to_int(vm, a[0])
}

fn float_(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let ty = vm.ty(TypeId::Float);
    vm.call(ty, &[a[0]], &[])
}

fn round(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::methods::nargs(vm, "__round__", a, 0, 1)?;
    if a.get(1).is_some_and(|n| n.is_none()) && !a[0].native().is_float() {
        // int.__round__ (unlike round() and float.__round__) takes no None in 3.11.
        return Err(vm.type_error("'NoneType' object cannot be interpreted as an integer"));
    }
    let k = vm.intern("round");
    let f = vm.dict_get_str(vm.builtins, k).unwrap_or(Value::NONE);
    vm.call(f, a, &[])
}

fn reversed(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let ty = vm.ty(TypeId::Reversed);
    vm.call(ty, &[a[0]], &[])
}

fn delitem(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::methods::nargs(vm, "__delitem__", a, 1, 1)?;
    vm.del_item(a[0].native(), a[1])?;
    Ok(Value::NONE)
}

fn iter(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    vm.get_iter(a[0].native())
}

/// Ranges compare for equality only (their ordering methods are object's).
const RANGE: &[(&str, BuiltinFn)] = &[("__eq__", eq), ("__ne__", ne)];

const COMPARE: [(&str, BuiltinFn); 6] = [("__lt__", lt), ("__le__", le), ("__eq__", eq), ("__ne__", ne), ("__gt__", gt), ("__ge__", ge)];

/// Concatenates constant method tables at compile time.
macro_rules! methods {
    ($($part:expr),* $(,)?) => {{
        const LEN: usize = 0 $(+ { let part: &[(&str, BuiltinFn)] = &$part; part.len() })*;
        const ALL: [(&str, BuiltinFn); LEN] = {
            let mut out: [(&str, BuiltinFn); LEN] = [("", lt); LEN];
            let mut i = 0;
            $(
                let part: &[(&str, BuiltinFn)] = &$part;
                let mut j = 0;
                while j < part.len() {
                    out[i] = part[j];
                    i += 1;
                    j += 1;
                }
            )*
            out
        };
        &ALL
    }};
}

const ARITH: [(&str, BuiltinFn); 14] = [
    ("__add__", add),
    ("__radd__", radd),
    ("__sub__", sub),
    ("__rsub__", rsub),
    ("__mul__", mul),
    ("__rmul__", rmul),
    ("__truediv__", truediv),
    ("__rtruediv__", rtruediv),
    ("__floordiv__", floordiv),
    ("__rfloordiv__", rfloordiv),
    ("__mod__", mod_),
    ("__rmod__", rmod),
    ("__pow__", pow),
    ("__rpow__", rpow),
];

const NUMBER: [(&str, BuiltinFn); 5] =
    [("__pos__", pos), ("__bool__", bool_), ("__int__", int_), ("__float__", float_), ("__round__", round)];

const SET_OPS: [(&str, BuiltinFn); 8] = [
    ("__or__", or),
    ("__ror__", ror),
    ("__and__", and),
    ("__rand__", rand),
    ("__sub__", sub),
    ("__rsub__", rsub),
    ("__xor__", xor),
    ("__rxor__", rxor),
];

const INT: &[(&str, BuiltinFn)] = methods![
    COMPARE,
    ARITH,
    NUMBER,
    [
        ("__lshift__", lshift),
        ("__rlshift__", rlshift),
        ("__rshift__", rshift),
        ("__rrshift__", rrshift),
        ("__and__", and),
        ("__rand__", rand),
        ("__or__", or),
        ("__ror__", ror),
        ("__xor__", xor),
        ("__rxor__", rxor),
        ("__invert__", invert),
        ("__trunc__", int_),
        ("__floor__", int_),
        ("__ceil__", int_),
    ],
];

const FLOAT: &[(&str, BuiltinFn)] = methods![COMPARE, ARITH, NUMBER, [("__trunc__", int_)]];

const STR: &[(&str, BuiltinFn)] =
    methods![COMPARE, [("__add__", add), ("__rmul__", rmul), ("__mod__", mod_), ("__rmod__", rmod), ("__iter__", iter)]];

const BYTES_OPS: [(&str, BuiltinFn); 6] =
    [("__add__", add), ("__mul__", mul), ("__rmul__", rmul), ("__mod__", mod_), ("__rmod__", rmod), ("__iter__", iter)];

const BYTES: &[(&str, BuiltinFn)] = methods![COMPARE, BYTES_OPS];

const BYTEARRAY: &[(&str, BuiltinFn)] = methods![COMPARE, BYTES_OPS, [("__iadd__", iadd), ("__imul__", imul), ("__delitem__", delitem)]];

const LIST: &[(&str, BuiltinFn)] = methods![
    COMPARE,
    [
        ("__add__", add),
        ("__mul__", mul),
        ("__rmul__", rmul),
        ("__iadd__", iadd),
        ("__imul__", imul),
        ("__delitem__", delitem),
        ("__reversed__", reversed)
    ],
];

const TUPLE: &[(&str, BuiltinFn)] = methods![COMPARE, [("__add__", add), ("__mul__", mul), ("__rmul__", rmul)]];

const DICT: &[(&str, BuiltinFn)] =
    methods![COMPARE, [("__or__", or), ("__ror__", ror), ("__ior__", ior), ("__delitem__", delitem), ("__reversed__", reversed)]];

const SET: &[(&str, BuiltinFn)] =
    methods![COMPARE, SET_OPS, [("__ior__", ior), ("__iand__", iand), ("__isub__", isub), ("__ixor__", ixor)]];

const FROZENSET: &[(&str, BuiltinFn)] = methods![COMPARE, SET_OPS];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_have_unique_names() {
        for t in [
            TypeId::Int,
            TypeId::Float,
            TypeId::Str,
            TypeId::Bytes,
            TypeId::ByteArray,
            TypeId::List,
            TypeId::Tuple,
            TypeId::Dict,
            TypeId::Set,
            TypeId::FrozenSet,
        ] {
            let names: Vec<&str> = names(t).collect();
            let mut sorted = names.clone();
            sorted.sort();
            sorted.dedup();
            assert_eq!(names.len(), sorted.len(), "{t:?}");
        }
    }
}

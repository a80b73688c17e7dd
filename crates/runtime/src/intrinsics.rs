//! Builtin functions compiled code may run inline instead of calling. Each
//! is recognized by the Rust function behind the builtin object, so a user
//! function that happens to share its name is never taken for it.

use crate::object::{Body, BuiltinFn};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::Vm;

/// A builtin function whose meaning a JIT tier knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intrinsic {
    /// `math.sqrt`
    Sqrt,
    /// `math.fabs`
    Fabs,
    /// `math.sin`
    Sin,
    /// `math.cos`
    Cos,
    /// `math.floor`
    Floor,
    /// `abs`
    Abs,
    /// `len`
    Len,
    /// `min` of two arguments
    Min,
    /// `max` of two arguments
    Max,
    /// `int(x)` of one argument
    Int,
    /// `float(x)` of one argument
    Float,
}

impl Intrinsic {
    /// Which intrinsic `v` is, when it is the plain builtin function of one
    /// or the type `int` or `float` itself.
    pub fn of(vm: &Vm, v: Value) -> Option<Intrinsic> {
        if v == vm.ty(TypeId::Int) {
            return Some(Intrinsic::Int);
        }
        if v == vm.ty(TypeId::Float) {
            return Some(Intrinsic::Float);
        }
        let Some(Body::Builtin(b)) = v.body() else { return None };
        if !b.this.is_empty() || b.owner.is_some() {
            return None;
        }
        let known: [(Intrinsic, BuiltinFn); 9] = [
            (Intrinsic::Sqrt, crate::modules::m_sqrt),
            (Intrinsic::Fabs, crate::modules::m_fabs),
            (Intrinsic::Sin, crate::modules::m_sin),
            (Intrinsic::Cos, crate::modules::m_cos),
            (Intrinsic::Floor, crate::modules::m_floor),
            (Intrinsic::Abs, crate::builtins::b_abs),
            (Intrinsic::Len, crate::builtins::b_len),
            (Intrinsic::Min, crate::builtins::b_min),
            (Intrinsic::Max, crate::builtins::b_max),
        ];
        known.iter().find(|(_, f)| *f as usize == b.func as usize).map(|(i, _)| *i)
    }

    /// How many positional arguments the inline form takes.
    pub fn argc(self) -> u16 {
        match self {
            Intrinsic::Min | Intrinsic::Max => 2,
            _ => 1,
        }
    }
}

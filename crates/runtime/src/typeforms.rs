//! `int | str` (types.UnionType) and `list[int]` (types.GenericAlias): the
//! runtime makes them with `pylib/_typeforms.py` and isinstance() looks into unions.

use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The builtin classes subscripting makes a GenericAlias of (`list[int]`).
const GENERIC_BUILTINS: [TypeId; 6] = [TypeId::List, TypeId::Dict, TypeId::Tuple, TypeId::Set, TypeId::FrozenSet, TypeId::Type];

impl Vm {
    /// Calls `_typeforms.<name>(*args)`.
    fn typeforms_call(&mut self, name: &str, args: &[Value]) -> PyResult<Value> {
        let m = self.import("_typeforms")?;
        let k = self.intern(name);
        let f = self.get_attr(m, k)?;
        self.call(f, args, &[])
    }

    /// `a | b` for classes and None (None when they are not): a UnionType.
    pub fn type_union(&mut self, a: Value, b: Value) -> PyResult<Option<Value>> {
        let member = |v: Value| v.is_none() || v.as_class().is_some();
        if !(member(a) && member(b)) || (a.is_none() && b.is_none()) {
            return Ok(None);
        }
        self.typeforms_call("union", &[a, b]).map(Some)
    }

    /// `cls[args]` for a builtin class: a GenericAlias, or TypeError for
    /// classes that are not generic.
    pub fn generic_alias(&mut self, cls: Value, args: Value) -> PyResult<Value> {
        if !GENERIC_BUILTINS.iter().any(|&t| self.ty(t) == cls) {
            let n = cls.as_class().map_or("?", |c| c.name.str_text());
            return Err(self.type_error(format!("type '{n}' is not subscriptable")));
        }
        self.typeforms_call("GenericAlias", &[cls, args])
    }

    /// The members of a union made by `X | Y` (None for other values).
    pub fn union_members(&mut self, v: Value) -> PyResult<Option<Vec<Value>>> {
        let Some(&m) = self.modules.get("_typeforms") else {
            return Ok(None);
        };
        let k = self.intern("UnionType");
        let cls = self.get_attr(m, k)?;
        if v.as_instance().is_none() || self.type_of(v) != cls {
            return Ok(None);
        }
        let k = self.intern("__args__");
        let args = self.get_attr(v, k)?;
        Ok(args.as_tuple().map(|t| t.to_vec()))
    }
}

//! The runtime side of the `match` statement: which subjects sequence and
//! mapping patterns accept, the values a mapping pattern's keys look up, and
//! the attributes a class pattern extracts (CPython's MATCH_SEQUENCE,
//! MATCH_MAPPING, MATCH_KEYS and MATCH_CLASS).

use crate::object::{TPFLAGS_MAPPING, TPFLAGS_SEQUENCE};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Whether sequence patterns may match `v`: lists, tuples, ranges,
    /// deques and instances of their subclasses (never str, bytes or bytearray).
    pub fn match_sequence(&self, v: Value) -> bool {
        self.type_of(v).as_class().is_some_and(|c| c.abc_tpflags & TPFLAGS_SEQUENCE != 0)
    }

    /// Whether mapping patterns may match `v`: dicts and instances of their subclasses.
    pub fn match_mapping(&self, v: Value) -> bool {
        self.type_of(v).as_class().is_some_and(|c| c.abc_tpflags & TPFLAGS_MAPPING != 0)
    }

    /// The values of `keys` (a tuple) in the mapping `subject` as a tuple,
    /// looked up with `subject.get(key, sentinel)`; None when a key is
    /// missing. A key given twice is a ValueError.
    pub fn match_keys(&mut self, subject: Value, keys: Value) -> PyResult<Value> {
        let keys = keys.as_tuple().unwrap_or_default().to_vec();
        if keys.is_empty() {
            return Ok(self.new_tuple(vec![]));
        }
        let get_name = self.intern("get");
        let get = self.get_attr(subject, get_name)?;
        let seen = crate::sets::new_set_from(self, &[])?;
        let object = self.ty(TypeId::Object);
        let sentinel = self.new_instance(object, false);
        let values = self.new_list(vec![]);
        let mark = self.roots.len();
        self.roots.extend([get, seen, sentinel, values]);
        let r = (|| {
            for &key in &keys {
                if self.contains(seen, key)? {
                    let r = self.repr(key)?;
                    return Err(self.value_error(format!("mapping pattern checks duplicate key ({r})")));
                }
                crate::sets::set_add(self, seen, key)?;
                let v = self.call(get, &[key, sentinel], &[])?;
                if v == sentinel {
                    return Ok(Value::NONE);
                }
                values.as_list().unwrap().push(v);
            }
            Ok(self.new_tuple(values.as_list().unwrap().clone()))
        })();
        self.roots.truncate(mark);
        r
    }

    /// The attributes a class pattern `cls(<nargs positional>, <kwnames>=...)`
    /// extracts from `subject` as a tuple, None when the subject is not an
    /// instance of `cls` or lacks one of them. Positional sub-patterns name
    /// attributes through `cls.__match_args__`; builtins like int and str
    /// match a single positional sub-pattern against the subject itself.
    pub fn match_class(&mut self, subject: Value, cls: Value, nargs: usize, kwnames: Value) -> PyResult<Value> {
        let Some(class) = cls.as_class() else {
            return Err(self.type_error("called match pattern must be a type"));
        };
        if !self.isinstance(subject, cls) {
            return Ok(Value::NONE);
        }
        let cls_name = class.name.str_text();
        let mut names: Vec<Value> = vec![];
        let mut match_self = false;
        if nargs > 0 {
            let key = self.intern("__match_args__");
            let match_args = match self.get_attr(cls, key) {
                Ok(m) => m,
                Err(e) if self.is_exc(e, TypeId::AttributeError) => {
                    match_self = self.matches_self(class.builtin);
                    self.new_tuple(vec![])
                }
                Err(e) => return Err(e),
            };
            let Some(items) = match_args.as_tuple() else {
                let got = self.type_name(match_args);
                return Err(self.type_error(format!("{cls_name}.__match_args__ must be a tuple (got {got})")));
            };
            let allowed = if match_self { 1 } else { items.len() };
            if allowed < nargs {
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(self.type_error(format!("{cls_name}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)")));
            }
            if !match_self {
                for &name in &items[..nargs] {
                    if name.as_str().is_none() {
                        let got = self.type_name(name);
                        return Err(self.type_error(format!("__match_args__ elements must be strings (got {got})")));
                    }
                    names.push(name);
                }
            }
        }
        names.extend(kwnames.as_tuple().unwrap_or_default());
        let attrs = self.new_list(if match_self { vec![subject] } else { vec![] });
        let mark = self.roots.len();
        self.roots.push(attrs);
        let r = self.class_attrs(subject, cls_name, &names, attrs);
        self.roots.truncate(mark);
        r
    }

    /// Whether a class without `__match_args__` deriving from builtin type
    /// `t` matches one positional sub-pattern against the subject itself.
    fn matches_self(&self, t: Option<TypeId>) -> bool {
        use TypeId::*;
        matches!(t, Some(Bool | ByteArray | Bytes | Dict | Float | FrozenSet | Int | List | Set | Str | Tuple))
    }

    /// Appends `subject.<name>` for each of `names` to the list `attrs` and
    /// gives them as a tuple; None when an attribute is missing.
    fn class_attrs(&mut self, subject: Value, cls_name: &str, names: &[Value], attrs: Value) -> PyResult<Value> {
        for (i, &name) in names.iter().enumerate() {
            if names[..i].iter().any(|n| n.str_text() == name.str_text()) {
                let r = self.repr(name)?;
                return Err(self.type_error(format!("{cls_name}() got multiple sub-patterns for attribute {r}")));
            }
            match self.get_attr(subject, name) {
                Ok(v) => attrs.as_list().unwrap().push(v),
                Err(e) if self.is_exc(e, TypeId::AttributeError) => return Ok(Value::NONE),
                Err(e) => return Err(e),
            }
        }
        Ok(self.new_tuple(attrs.as_list().unwrap().clone()))
    }
}

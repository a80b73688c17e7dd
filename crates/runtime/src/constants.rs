//! Compile-time constants as runtime values, made once per code object and
//! kept alive forever (they are permanent heap objects).

use crate::object::{Body, StrObj};
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;
use tierpy_bytecode::{CodeObject, Constant};

impl Vm {
    /// The value of a constant.
    pub fn const_value(&mut self, c: &Constant) -> Value {
        match c {
            Constant::None => Value::NONE,
            Constant::Bool(b) => Value::bool(*b),
            Constant::Int(i) => {
                if Value::fits_small(*i) {
                    Value::small_int(*i)
                } else {
                    self.heap.alloc_permanent(Body::BigInt((*i).into()))
                }
            }
            Constant::BigInt(b) => {
                use num_traits::ToPrimitive;
                match b.to_i64() {
                    Some(i) if Value::fits_small(i) => Value::small_int(i),
                    _ => self.heap.alloc_permanent(Body::BigInt(b.clone())),
                }
            }
            Constant::Float(f) => Value::float(*f),
            Constant::Complex(re, im) => self.new_complex(*re, *im),
            Constant::Str(s) => {
                if s.len() <= 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    self.intern(s)
                } else {
                    self.heap.alloc_permanent(Body::Str(StrObj::new(&**s)))
                }
            }
            Constant::Bytes(b) => self.heap.alloc_permanent(Body::Bytes(b.as_ref().into())),
            Constant::Tuple(items) => {
                let vals: Vec<Value> = items.iter().map(|c| self.const_value(c)).collect();
                if vals.is_empty() {
                    return self.empty_tuple;
                }
                self.heap.alloc_permanent(Body::Tuple(vals.into_boxed_slice()))
            }
            Constant::Code(_) => Value::NONE,
            Constant::Ellipsis => self.ellipsis,
        }
    }

    /// The name table of a code object as interned strs (made on first use).
    #[inline]
    pub fn names_of(&mut self, code: &Rc<CodeObject>) -> *const u64 {
        if let Some(c) = code.name_values.get() {
            return c.as_ptr();
        }
        let vals: Box<[u64]> = code.names.iter().map(|n| self.intern(n).0).collect();
        let _ = code.name_values.set(vals);
        code.name_values.get().unwrap().as_ptr()
    }

    /// The constant table of a code object as values (made on first use).
    #[inline]
    pub fn consts_of(&mut self, code: &Rc<CodeObject>) -> *const u64 {
        if let Some(c) = code.const_values.get() {
            return c.as_ptr();
        }
        let vals: Box<[u64]> = code.consts.iter().map(|c| self.const_value(c).0).collect();
        let _ = code.const_values.set(vals);
        code.const_values.get().unwrap().as_ptr()
    }
}

//! UnicodeDecodeError, UnicodeEncodeError (args `(encoding, object, start,
//! end, reason)`) and UnicodeTranslateError (no encoding) as CPython builds
//! them: the attributes of those names and the message `str()` makes.

use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// The UnicodeDecodeError for `object[start..end]`.
pub fn decode_error(vm: &mut Vm, encoding: &str, object: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let obj = vm.new_bytes(object.to_vec());
    new_error(vm, TypeId::UnicodeDecodeError, encoding, obj, start, end, reason)
}

/// The UnicodeEncodeError for the characters `start..end` of `object`.
pub fn encode_error(vm: &mut Vm, encoding: &str, object: &str, start: usize, end: usize, reason: &str) -> PyErr {
    let obj = vm.new_str(object);
    new_error(vm, TypeId::UnicodeEncodeError, encoding, obj, start, end, reason)
}

fn new_error(vm: &mut Vm, t: TypeId, encoding: &str, obj: Value, start: usize, end: usize, reason: &str) -> PyErr {
    let args = vec![vm.new_str(encoding), obj, Value::small_int(start as i64), Value::small_int(end as i64), vm.new_str(reason)];
    let cls = vm.ty(t);
    PyErr(crate::exceptions::make_exception(vm, cls, args))
}

/// The fields a UnicodeDecodeError/UnicodeEncodeError (five arguments) or
/// UnicodeTranslateError (four, no encoding) was made with, in order; None
/// for other exceptions or other argument counts.
fn fields(vm: &Vm, exc: Value, args: Value) -> Option<(&'static [&'static str], Vec<Value>)> {
    const CODEC: &[&str] = &["encoding", "object", "start", "end", "reason"];
    const TRANSLATE: &[&str] = &["object", "start", "end", "reason"];
    let names = if vm.is_type(exc, TypeId::UnicodeDecodeError) || vm.is_type(exc, TypeId::UnicodeEncodeError) {
        CODEC
    } else if vm.is_type(exc, TypeId::UnicodeTranslateError) {
        TRANSLATE
    } else {
        return None;
    };
    let items = args.as_tuple()?.to_vec();
    (items.len() == names.len()).then_some((names, items))
}

/// A Unicode error's `encoding`, `object`, `start`, `end` or `reason`.
pub fn field(vm: &Vm, exc: Value, args: Value, field: &str) -> Option<Value> {
    let (names, items) = fields(vm, exc, args)?;
    match names.iter().position(|n| *n == field) {
        Some(i) => Some(items[i]),
        // UnicodeTranslateError has no codec.
        None => Some(Value::NONE),
    }
}

/// `str()` of a Unicode error made with its fields, worded as CPython's.
pub fn message(vm: &mut Vm, exc: Value, args: Value) -> PyResult<Option<String>> {
    let Some((names, items)) = fields(vm, exc, args) else {
        return Ok(None);
    };
    let field = |n: &str| items[names.iter().position(|x| *x == n).expect("a field")];
    let (object, reason) = (field("object"), vm.to_str(field("reason"))?);
    let (Some(start), Some(end)) = (field("start").as_small_int(), field("end").as_small_int()) else {
        return Ok(None);
    };
    let single = end == start + 1;
    let text = if vm.is_type(exc, TypeId::UnicodeDecodeError) {
        let enc = vm.to_str(field("encoding"))?;
        match object.as_bytes_like().and_then(|b| b.get(start as usize)) {
            Some(byte) if single => format!("'{enc}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}"),
            _ => format!("'{enc}' codec can't decode bytes in position {start}-{}: {reason}", end - 1),
        }
    } else {
        let what = if names.len() == 5 {
            format!("'{}' codec can't encode", vm.to_str(field("encoding"))?)
        } else {
            "can't translate".to_string()
        };
        match object.as_str().and_then(|s| s.s.chars().nth(start as usize)) {
            Some(c) if single => {
                let code = c as u32;
                let shown = if code < 0x100 {
                    format!("\\x{code:02x}")
                } else if code < 0x10000 {
                    format!("\\u{code:04x}")
                } else {
                    format!("\\U{code:08x}")
                };
                format!("{what} character '{shown}' in position {start}: {reason}")
            }
            _ => format!("{what} characters in position {start}-{}: {reason}", end - 1),
        }
    };
    Ok(Some(text))
}

//! UnicodeDecodeError and UnicodeEncodeError as CPython builds them: args
//! `(encoding, object, start, end, reason)`, the attributes of those names,
//! and the message `str()` makes from them.

use crate::numbers::Num;
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

/// The five args of a decode or encode error, when it has them in their types.
fn parts(args: Value, t: TypeId) -> Option<(Value, Value, i64, i64, Value)> {
    let [enc, obj, start, end, reason] = args.as_tuple()? else { return None };
    let object_ok = if t == TypeId::UnicodeDecodeError { obj.as_bytes_like().is_some() } else { obj.as_str().is_some() };
    let int = |v: &Value| match Num::of(*v) {
        Some(Num::Int(i)) => Some(i),
        _ => None,
    };
    (enc.as_str().is_some() && object_ok && reason.as_str().is_some()).then_some((*enc, *obj, int(start)?, int(end)?, *reason))
}

/// Which of the two error types `exc` is, if either.
fn kind(vm: &mut Vm, exc: Value) -> Option<TypeId> {
    [TypeId::UnicodeDecodeError, TypeId::UnicodeEncodeError].into_iter().find(|&t| vm.is_type(exc, t))
}

/// `exc.encoding`, `.object`, `.start`, `.end` or `.reason` of a decode or
/// encode error made with the five arguments; None otherwise.
pub fn field(vm: &mut Vm, exc: Value, args: Value, name: &str) -> Option<Value> {
    let t = kind(vm, exc)?;
    let (enc, obj, start, end, reason) = parts(args, t)?;
    Some(match name {
        "encoding" => enc,
        "object" => obj,
        "start" => Value::small_int(start),
        "end" => Value::small_int(end),
        "reason" => reason,
        _ => return None,
    })
}

/// CPython's message for a decode or encode error made with the five
/// arguments: `'ascii' codec can't decode byte 0xff in position 3: ...`.
pub fn message(vm: &mut Vm, exc: Value, args: Value) -> PyResult<Option<String>> {
    let Some(t) = kind(vm, exc) else { return Ok(None) };
    let Some((enc, obj, start, end, reason)) = parts(args, t) else { return Ok(None) };
    let (enc, reason) = (enc.str_text(), reason.str_text());
    let one = end == start + 1;
    let what = if t == TypeId::UnicodeDecodeError {
        let byte = obj.as_bytes_like().and_then(|b| b.get(start as usize).copied());
        match byte {
            Some(b) if one => format!("decode byte 0x{b:02x} in position {start}"),
            _ => format!("decode bytes in position {start}-{}", end - 1),
        }
    } else {
        let ch = obj.str_text().chars().nth(start.max(0) as usize);
        match ch {
            Some(c) if one => format!("encode character '{}' in position {start}", crate::bytes::escape_char(c)),
            _ => format!("encode characters in position {start}-{}", end - 1),
        }
    };
    Ok(Some(format!("'{enc}' codec can't {what}: {reason}")))
}

//! Methods of bytes and bytearray. The read-only ones serve both types and
//! return a value of the receiver's type; `BYTEARRAY` adds the mutators.

use crate::builtins::{int_arg, kwarg};
use crate::bytes::{buffer_arg, byte_arg, find_sub, rfind_sub};
use crate::methods::{nargs, seq_contains, seq_getitem, seq_len, seq_setitem, value_hash};
use crate::object::BuiltinFn;
use crate::str_methods::span_args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::borrow::Cow;

/// The methods of both bytes and bytearray.
pub const BYTES: &[(&str, BuiltinFn)] = &[
    ("decode", decode),
    ("hex", hex),
    ("fromhex", fromhex_bytes),
    ("count", count),
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("startswith", startswith),
    ("endswith", endswith),
    ("split", split),
    ("rsplit", rsplit),
    ("splitlines", splitlines),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("join", join),
    ("replace", replace),
    ("partition", partition),
    ("rpartition", rpartition),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("upper", upper),
    ("lower", lower),
    ("swapcase", swapcase),
    ("capitalize", capitalize),
    ("title", title),
    ("isdigit", isdigit),
    ("isalpha", isalpha),
    ("isalnum", isalnum),
    ("isspace", isspace),
    ("isupper", isupper),
    ("islower", islower),
    ("istitle", istitle),
    ("isascii", isascii),
    ("center", center),
    ("ljust", ljust),
    ("rjust", rjust),
    ("zfill", zfill),
    ("expandtabs", expandtabs),
    ("translate", translate),
    ("maketrans", maketrans),
    ("__len__", seq_len),
    ("__getitem__", seq_getitem),
    ("__contains__", seq_contains),
    ("__hash__", value_hash),
];

/// The methods only bytes has (looked up before `BYTES`).
pub const BYTES_ONLY: &[(&str, BuiltinFn)] = &[("__bytes__", dunder_bytes)];

/// The methods only bytearray has (looked up before `BYTES`).
pub const BYTEARRAY: &[(&str, BuiltinFn)] = &[
    ("fromhex", fromhex_bytearray),
    ("append", append),
    ("extend", extend),
    ("pop", pop),
    ("insert", insert),
    ("remove", remove),
    ("clear", clear),
    ("reverse", reverse),
    ("copy", copy),
    ("__setitem__", seq_setitem),
];

/// Whether `c` is ASCII whitespace as bytes methods see it.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The receiver's contents.
fn data(vm: &mut Vm, v: Value, m: &str) -> PyResult<&'static [u8]> {
    match v.native().as_bytes_like() {
        Some(b) => Ok(b),
        None => Err(vm.type_error(format!("descriptor '{m}' for 'bytes' objects doesn't apply to a '{}' object", vm.type_name(v)))),
    }
}

/// A result of the receiver's type.
fn like(vm: &mut Vm, recv: Value, b: Vec<u8>) -> Value {
    vm.new_bytes_like(recv.native(), b)
}

/// `part` (a slice of the receiver's contents) as a result: the receiver
/// itself when it is a bytes and `part` is all of it, as in CPython.
fn keep(vm: &mut Vm, recv: Value, part: &[u8]) -> Value {
    if let Some(crate::object::Body::Bytes(b)) = recv.body()
        && std::ptr::eq(b.as_ptr(), part.as_ptr())
        && b.len() == part.len()
    {
        return recv;
    }
    like(vm, recv, part.to_vec())
}

/// The subsequence argument of count/find/index: a bytes-like object or an int.
fn sub_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = vm.buffer_bytes(v)? {
        return Ok(b);
    }
    if vm.index_value(v).is_ok_and(|i| i.is_some()) {
        return Ok(vec![byte_arg(vm, v)?]);
    }
    Err(vm.type_error(format!("argument should be integer or bytes-like object, not '{}'", vm.type_name(v))))
}

/// The arguments of count/find/index.
struct Search {
    /// Where the searched part of the receiver starts, and that part (None
    /// when the range is empty past the end: nothing matches).
    hay: Option<(usize, &'static [u8])>,
    sub: Vec<u8>,
}

fn search_args(vm: &mut Vm, a: &[Value], m: &str) -> PyResult<Search> {
    nargs(vm, m, a, 1, 3)?;
    let b = data(vm, a[0], m)?;
    let sub = sub_arg(vm, a[1])?;
    let span = span_args(vm, b.len(), a.get(2).copied(), a.get(3).copied())?;
    Ok(Search { hay: span.map(|(st, en)| (st, &b[st..en])), sub })
}

fn find_impl(vm: &mut Vm, a: &[Value], m: &str, rev: bool) -> PyResult<i64> {
    let Search { hay, sub } = search_args(vm, a, m)?;
    let Some((st, hay)) = hay else {
        return Ok(-1);
    };
    let r = if rev { rfind_sub(hay, &sub) } else { find_sub(hay, &sub) };
    Ok(r.map_or(-1, |i| (i + st) as i64))
}

fn find(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::small_int(find_impl(vm, a, "find", false)?))
}

fn rfind(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::small_int(find_impl(vm, a, "rfind", true)?))
}

fn index(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    match find_impl(vm, a, "index", false)? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::small_int(i)),
    }
}

fn rindex(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    match find_impl(vm, a, "rindex", true)? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::small_int(i)),
    }
}

fn count(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let Search { hay, sub } = search_args(vm, a, "count")?;
    let Some((_, hay)) = hay else {
        return Ok(Value::small_int(0));
    };
    if sub.is_empty() {
        return Ok(Value::small_int(hay.len() as i64 + 1));
    }
    let (mut n, mut i) = (0, 0);
    while let Some(j) = find_sub(&hay[i..], &sub) {
        n += 1;
        i += j + sub.len();
    }
    Ok(Value::small_int(n))
}

fn affix(vm: &mut Vm, a: &[Value], m: &str, ends: bool) -> PyResult<Value> {
    nargs(vm, m, a, 1, 3)?;
    let b = data(vm, a[0], m)?;
    let candidates: Vec<Value> = match a[1].as_tuple() {
        Some(t) => t.to_vec(),
        None if a[1].native().as_bytes_like().is_some() || vm.lookup_special(a[1], "__buffer__").is_some() => vec![a[1]],
        None => {
            return Err(vm.type_error(format!("{m} first arg must be bytes or a tuple of bytes, not {}", vm.type_name(a[1]))));
        }
    };
    let Some((st, en)) = span_args(vm, b.len(), a.get(2).copied(), a.get(3).copied())? else {
        return Ok(Value::FALSE);
    };
    let hay = &b[st..en];
    for c in candidates {
        let p = buffer_arg(vm, c)?;
        let p: &[u8] = &p;
        if (ends && hay.ends_with(p)) || (!ends && hay.starts_with(p)) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn startswith(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    affix(vm, a, "startswith", false)
}

fn endswith(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    affix(vm, a, "endswith", true)
}

/// The separator and maxsplit arguments of split/rsplit.
fn split_args(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)], m: &str) -> PyResult<(Option<Cow<'static, [u8]>>, i64)> {
    nargs(vm, m, a, 0, 2)?;
    let sep = match a.get(1).copied().or(kwarg(kw, "sep")).filter(|v| !v.is_none()) {
        Some(s) => {
            let s = buffer_arg(vm, s)?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
        None => None,
    };
    let max = match a.get(2).copied().or(kwarg(kw, "maxsplit")) {
        Some(m) => int_arg(vm, m)?,
        None => -1,
    };
    Ok((sep, max))
}

fn parts_list(vm: &mut Vm, recv: Value, parts: Vec<&[u8]>) -> Value {
    let items: Vec<Value> = parts.into_iter().map(|p| keep(vm, recv, p)).collect();
    vm.new_list(items)
}

fn split(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::builtins::check_kwargs(vm, "split", kw, &["sep", "maxsplit"])?;
    crate::builtins::check_params(vm, "split", &a[1..], kw, &["sep", "maxsplit"], 0)?;
    let (sep, max) = split_args(vm, a, kw, "split")?;
    let sep = sep.as_deref();
    let b = data(vm, a[0], "split")?;
    let mut out: Vec<&[u8]> = vec![];
    match sep {
        Some(sep) => {
            let mut rest = b;
            while max < 0 || (out.len() as i64) < max {
                let Some(i) = find_sub(rest, sep) else { break };
                out.push(&rest[..i]);
                rest = &rest[i + sep.len()..];
            }
            out.push(rest);
        }
        None => {
            let mut i = 0;
            loop {
                while i < b.len() && is_space(b[i]) {
                    i += 1;
                }
                if i == b.len() {
                    break;
                }
                if max >= 0 && out.len() as i64 == max {
                    out.push(&b[i..]);
                    break;
                }
                let start = i;
                while i < b.len() && !is_space(b[i]) {
                    i += 1;
                }
                out.push(&b[start..i]);
            }
        }
    }
    Ok(parts_list(vm, a[0], out))
}

fn rsplit(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::builtins::check_kwargs(vm, "rsplit", kw, &["sep", "maxsplit"])?;
    crate::builtins::check_params(vm, "rsplit", &a[1..], kw, &["sep", "maxsplit"], 0)?;
    let (sep, max) = split_args(vm, a, kw, "rsplit")?;
    let sep = sep.as_deref();
    let b = data(vm, a[0], "rsplit")?;
    let mut out: Vec<&[u8]> = vec![];
    match sep {
        Some(sep) => {
            let mut rest = b;
            while max < 0 || (out.len() as i64) < max {
                let Some(i) = rfind_sub(rest, sep) else { break };
                out.push(&rest[i + sep.len()..]);
                rest = &rest[..i];
            }
            out.push(rest);
        }
        None => {
            let mut i = b.len();
            loop {
                while i > 0 && is_space(b[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if max >= 0 && out.len() as i64 == max {
                    out.push(&b[..i]);
                    break;
                }
                let end = i;
                while i > 0 && !is_space(b[i - 1]) {
                    i -= 1;
                }
                out.push(&b[i..end]);
            }
        }
    }
    out.reverse();
    Ok(parts_list(vm, a[0], out))
}

fn splitlines(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::builtins::check_kwargs(vm, "splitlines", kw, &["keepends"])?;
    nargs(vm, "splitlines", a, 0, 1)?;
    let keep = match a.get(1).copied().or(kwarg(kw, "keepends")) {
        Some(k) => vm.is_true(k)?,
        None => false,
    };
    let b = data(vm, a[0], "splitlines")?;
    let mut out: Vec<&[u8]> = vec![];
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let eol = match b[i] {
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => 0,
        };
        if eol == 0 {
            i += 1;
            continue;
        }
        out.push(&b[start..if keep { i + eol } else { i }]);
        i += eol;
        start = i;
    }
    if start < b.len() {
        out.push(&b[start..]);
    }
    Ok(parts_list(vm, a[0], out))
}

fn strip_impl(vm: &mut Vm, a: &[Value], m: &str, left: bool, right: bool) -> PyResult<Value> {
    nargs(vm, m, a, 0, 1)?;
    let b = data(vm, a[0], m)?;
    let chars = match a.get(1) {
        Some(c) if !c.is_none() => Some(buffer_arg(vm, *c)?),
        _ => None,
    };
    let chars = chars.as_deref();
    let strip = |c: u8| chars.map_or(is_space(c), |cs| cs.contains(&c));
    let (mut st, mut en) = (0, b.len());
    if left {
        while st < en && strip(b[st]) {
            st += 1;
        }
    }
    if right {
        while en > st && strip(b[en - 1]) {
            en -= 1;
        }
    }
    Ok(keep(vm, a[0], &b[st..en]))
}

fn strip(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    strip_impl(vm, a, "strip", true, true)
}

fn lstrip(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    strip_impl(vm, a, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    strip_impl(vm, a, "rstrip", false, true)
}

fn join(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "join", a, 1, 1)?;
    let sep = data(vm, a[0], "join")?;
    let items = match vm.get_iter(a[1]) {
        Ok(it) => {
            vm.roots.push(it);
            let r = vm.drain_iter(it);
            vm.roots.pop();
            r?
        }
        Err(_) => return Err(vm.type_error("can only join an iterable")),
    };
    let mut out = vec![];
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        match vm.buffer_bytes(*x)? {
            Some(b) => out.extend_from_slice(&b),
            None => {
                return Err(vm.type_error(format!("sequence item {i}: expected a bytes-like object, {} found", vm.type_name(*x))));
            }
        }
    }
    Ok(like(vm, a[0], out))
}

fn replace(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "replace", a, 2, 3)?;
    let b = data(vm, a[0], "replace")?;
    let old = buffer_arg(vm, a[1])?;
    let old: &[u8] = &old;
    let new = buffer_arg(vm, a[2])?;
    let new: &[u8] = &new;
    let mut left = match a.get(3) {
        Some(&c) => int_arg(vm, c)?,
        None => -1,
    };
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        for &c in b {
            if left != 0 {
                out.extend_from_slice(new);
                left -= 1;
            }
            out.push(c);
        }
        if left != 0 {
            out.extend_from_slice(new);
        }
        return Ok(like(vm, a[0], out));
    }
    if left == 0 || find_sub(b, old).is_none() {
        return Ok(keep(vm, a[0], b));
    }
    let mut rest = b;
    while left != 0 {
        let Some(i) = find_sub(rest, old) else { break };
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice(new);
        rest = &rest[i + old.len()..];
        left -= 1;
    }
    out.extend_from_slice(rest);
    Ok(like(vm, a[0], out))
}

fn part(vm: &mut Vm, a: &[Value], m: &str, rev: bool) -> PyResult<Value> {
    nargs(vm, m, a, 1, 1)?;
    let b = data(vm, a[0], m)?;
    let sep = buffer_arg(vm, a[1])?;
    let sep: &[u8] = &sep;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if rev { rfind_sub(b, sep) } else { find_sub(b, sep) };
    let (x, y, z): (&[u8], &[u8], &[u8]) = match found {
        Some(i) => (&b[..i], sep, &b[i + sep.len()..]),
        None if rev => (&[], &[], b),
        None => (b, &[], &[]),
    };
    // bytes hands back a found separator object itself; bytearray copies it.
    let middle = if found.is_some() && a[0].native().as_bytearray().is_none() { a[1] } else { like(vm, a[0], y.to_vec()) };
    let items = vec![keep(vm, a[0], x), middle, keep(vm, a[0], z)];
    Ok(vm.new_tuple(items))
}

/// `bytes.__bytes__()`: an exact bytes copy of the receiver (the receiver itself when exact).
fn dunder_bytes(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "__bytes__", a, 0, 0)?;
    let b = data(vm, a[0], "__bytes__")?;
    Ok(keep(vm, a[0].native(), b))
}

fn partition(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    part(vm, a, "partition", false)
}

fn rpartition(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    part(vm, a, "rpartition", true)
}

fn removeprefix(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "removeprefix", a, 1, 1)?;
    let b = data(vm, a[0], "removeprefix")?;
    let p = buffer_arg(vm, a[1])?;
    let p: &[u8] = &p;
    Ok(keep(vm, a[0], b.strip_prefix(p).unwrap_or(b)))
}

fn removesuffix(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "removesuffix", a, 1, 1)?;
    let b = data(vm, a[0], "removesuffix")?;
    let p = buffer_arg(vm, a[1])?;
    let p: &[u8] = &p;
    Ok(keep(vm, a[0], b.strip_suffix(p).unwrap_or(b)))
}

fn map_bytes(vm: &mut Vm, a: &[Value], m: &str, f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    nargs(vm, m, a, 0, 0)?;
    let b = data(vm, a[0], m)?;
    let out = f(b);
    Ok(like(vm, a[0], out))
}

fn upper(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    map_bytes(vm, a, "upper", |b| b.to_ascii_uppercase())
}

fn lower(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    map_bytes(vm, a, "lower", |b| b.to_ascii_lowercase())
}

fn swap(c: u8) -> u8 {
    if c.is_ascii_lowercase() { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }
}

fn swapcase(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    map_bytes(vm, a, "swapcase", |b| b.iter().map(|&c| swap(c)).collect())
}

fn capitalize(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    map_bytes(vm, a, "capitalize", |b| {
        b.iter().enumerate().map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect()
    })
}

fn title(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    map_bytes(vm, a, "title", |b| {
        let mut prev_cased = false;
        b.iter()
            .map(|&c| {
                let r = if prev_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
                prev_cased = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn pred(vm: &mut Vm, a: &[Value], m: &str, f: impl Fn(&[u8]) -> bool) -> PyResult<Value> {
    nargs(vm, m, a, 0, 0)?;
    let b = data(vm, a[0], m)?;
    Ok(Value::bool(f(b)))
}

fn isdigit(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    pred(vm, a, "isdigit", |b| !b.is_empty() && b.iter().all(u8::is_ascii_digit))
}

fn isalpha(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    pred(vm, a, "isalpha", |b| !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic))
}

fn isalnum(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    pred(vm, a, "isalnum", |b| !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric))
}

fn isspace(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    pred(vm, a, "isspace", |b| !b.is_empty() && b.iter().all(|&c| is_space(c)))
}

fn isupper(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    pred(vm, a, "isupper", |b| b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase))
}

fn islower(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    pred(vm, a, "islower", |b| b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase))
}

fn istitle(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    use crate::str_methods::{Case, titlecased};
    pred(vm, a, "istitle", |b| {
        titlecased(b.iter().map(|c| {
            if c.is_ascii_uppercase() {
                Case::Upper
            } else if c.is_ascii_lowercase() {
                Case::Lower
            } else {
                Case::Uncased
            }
        }))
    })
}

fn isascii(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    pred(vm, a, "isascii", |b| b.is_ascii())
}

/// The width and fill byte of center/ljust/rjust.
fn fill_args(vm: &mut Vm, a: &[Value], m: &str) -> PyResult<(usize, u8)> {
    nargs(vm, m, a, 1, 2)?;
    let w = int_arg(vm, a[1])?.max(0) as usize;
    let fill = match a.get(2) {
        Some(f) => match f.native().as_bytes_like() {
            Some([c]) => *c,
            _ => return Err(vm.type_error(format!("{m}() argument 2 must be a byte string of length 1, not {}", vm.type_name(*f)))),
        },
        None => b' ',
    };
    Ok((w, fill))
}

fn pad(vm: &mut Vm, a: &[Value], m: &str, left_share: fn(usize, usize) -> usize) -> PyResult<Value> {
    let (w, fill) = fill_args(vm, a, m)?;
    let b = data(vm, a[0], m)?;
    let n = b.len();
    if w <= n {
        return Ok(keep(vm, a[0], b));
    }
    let total = w - n;
    vm.check_size(total, 1, crate::ops::MAX_STR_BYTES)?;
    let left = left_share(total, w);
    let mut out = Vec::with_capacity(w);
    out.extend(std::iter::repeat_n(fill, left));
    out.extend_from_slice(b);
    out.extend(std::iter::repeat_n(fill, total - left));
    Ok(like(vm, a[0], out))
}

fn ljust(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    pad(vm, a, "ljust", |_, _| 0)
}

fn rjust(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    pad(vm, a, "rjust", |t, _| t)
}

fn center(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    // CPython: left = total / 2 + (total & width & 1)
    pad(vm, a, "center", |t, w| t / 2 + (t & w & 1))
}

fn zfill(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "zfill", a, 1, 1)?;
    let b = data(vm, a[0], "zfill")?;
    let w = int_arg(vm, a[1])?.max(0) as usize;
    if w <= b.len() {
        return Ok(keep(vm, a[0], b));
    }
    vm.check_size(w - b.len(), 1, crate::ops::MAX_STR_BYTES)?;
    let (sign, rest) = if b.starts_with(b"+") || b.starts_with(b"-") { b.split_at(1) } else { (&b[..0], b) };
    let mut out = sign.to_vec();
    out.extend(std::iter::repeat_n(b'0', w - b.len()));
    out.extend_from_slice(rest);
    Ok(like(vm, a[0], out))
}

fn expandtabs(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let tabsize = crate::str_methods::tabsize_arg(vm, a, kw)?;
    let b = data(vm, a[0], "expandtabs")?;
    let out = crate::str_methods::expand_tabs(b.iter().copied(), tabsize);
    Ok(like(vm, a[0], out))
}

fn translate(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "translate", a, 1, 2)?;
    let b = data(vm, a[0], "translate")?;
    let table = match a[1] {
        t if t.is_none() => None,
        t => {
            let t = buffer_arg(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match a.get(2).copied().or(kwarg(kw, "delete")) {
        Some(d) => buffer_arg(vm, d)?,
        None => Cow::Borrowed(&[][..]),
    };
    let table = table.as_deref();
    let out: Vec<u8> = b.iter().filter(|c| !delete.contains(c)).map(|&c| table.map_or(c, |t| t[c as usize])).collect();
    Ok(like(vm, a[0], out))
}

/// `bytes.maketrans(from, to)` (static).
fn maketrans(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error(format!("maketrans expected 2 arguments, got {}", a.len())));
    }
    let from = buffer_arg(vm, a[0])?;
    let from: &[u8] = &from;
    let to = buffer_arg(vm, a[1])?;
    let to: &[u8] = &to;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255).collect();
    for (&f, &x) in from.iter().zip(to) {
        t[f as usize] = x;
    }
    Ok(vm.new_bytes(t))
}

// ----- conversions -----

fn decode(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::builtins::check_kwargs(vm, "decode", kw, &["encoding", "errors"])?;
    nargs(vm, "decode", a, 0, 2)?;
    let b = data(vm, a[0], "decode")?;
    let encoding = a.get(1).copied().or(kwarg(kw, "encoding"));
    let errors = a.get(2).copied().or(kwarg(kw, "errors"));
    let s = crate::bytes::decode(vm, b, encoding, errors, "decode")?;
    Ok(vm.new_string(s))
}

fn hex(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::builtins::check_kwargs(vm, "hex", kw, &["sep", "bytes_per_sep"])?;
    nargs(vm, "hex", a, 0, 2)?;
    let b = data(vm, a[0], "hex")?;
    let sep = match a.get(1).copied().or(kwarg(kw, "sep")) {
        None => None,
        Some(s) => {
            let sb: Vec<u8> = match s.as_str() {
                Some(t) => t.s.as_bytes().to_vec(),
                None => match s.native().as_bytes_like() {
                    Some(x) => x.to_vec(),
                    None => {
                        // CPython asks for the length first ("object of type 'int' has no len()").
                        vm.len(s)?;
                        return Err(vm.type_error("sep must be str or bytes."));
                    }
                },
            };
            if sb.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if !sb[0].is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(sb[0] as char)
        }
    };
    let per = match a.get(2).copied().or(kwarg(kw, "bytes_per_sep")) {
        Some(p) => int_arg(vm, p)?,
        None => 1,
    };
    let mut out = String::with_capacity(b.len() * 3);
    let group = per.unsigned_abs().max(1) as usize;
    for (i, c) in b.iter().enumerate() {
        if let Some(sep) = sep
            && i > 0
            && per != 0
        {
            // Groups count from the right for a positive bytes_per_sep.
            let boundary = if per > 0 { (b.len() - i) % group == 0 } else { i % group == 0 };
            if boundary {
                out.push(sep);
            }
        }
        out.push_str(&format!("{c:02x}"));
    }
    Ok(vm.new_string(out))
}

/// The bytes `fromhex` parses from its str argument.
fn fromhex_impl(vm: &mut Vm, a: &[Value]) -> PyResult<Vec<u8>> {
    let Some(&arg) = a.last().filter(|_| !a.is_empty()) else {
        return Err(vm.type_error("fromhex() takes exactly one argument (0 given)"));
    };
    let Some(s) = arg.as_str() else {
        return Err(vm.type_error(format!("fromhex() argument must be str, not {}", vm.arg_type_name(arg))));
    };
    let s = s.s.as_bytes();
    let digit = |c: Option<&u8>| c.and_then(|c| (*c as char).to_digit(16));
    let mut out = vec![];
    let mut i = 0;
    loop {
        while i < s.len() && is_space(s[i]) {
            i += 1;
        }
        if i >= s.len() {
            return Ok(out);
        }
        let Some(hi) = digit(s.get(i)) else {
            return Err(vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {i}")));
        };
        let Some(lo) = digit(s.get(i + 1)) else {
            return Err(vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i + 1)));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
}

/// `bytes.fromhex(s)` (static: `a` holds only the argument).
fn fromhex_bytes(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let b = fromhex_impl(vm, a)?;
    Ok(vm.new_bytes(b))
}

/// `bytearray.fromhex(s)` (static).
fn fromhex_bytearray(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let b = fromhex_impl(vm, a)?;
    Ok(vm.new_bytearray(b))
}

// ----- bytearray mutators -----

/// The receiver of a bytearray method.
fn ba(vm: &mut Vm, v: Value, m: &str) -> PyResult<&'static mut Vec<u8>> {
    match v.native().as_bytearray() {
        Some(b) => Ok(b),
        None => Err(vm.type_error(format!("descriptor '{m}' for 'bytearray' objects doesn't apply to a '{}' object", vm.type_name(v)))),
    }
}

fn append(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "bytearray.append", a, 1, 1)?;
    let c = byte_arg(vm, a[1])?;
    ba(vm, a[0], "append")?.push(c);
    Ok(Value::NONE)
}

fn extend(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "bytearray.extend", a, 1, 1)?;
    let more = match vm.buffer_bytes(a[1])? {
        Some(b) => b,
        None => {
            if vm.get_iter(a[1]).is_err() {
                return Err(vm.type_error(format!("can't extend bytearray with {}", vm.type_name(a[1]))));
            }
            let items = vm.collect_iterable(a[1])?;
            let mut out = Vec::with_capacity(items.len());
            for x in items {
                out.push(byte_arg(vm, x)?);
            }
            out
        }
    };
    ba(vm, a[0], "extend")?.extend(more);
    Ok(Value::NONE)
}

fn pop(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "pop", a, 0, 1)?;
    let i = match a.get(1) {
        Some(&i) => int_arg(vm, i)?,
        None => -1,
    };
    let b = ba(vm, a[0], "pop")?;
    if b.is_empty() {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let j = if i < 0 { i + b.len() as i64 } else { i };
    if j < 0 || j >= b.len() as i64 {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(Value::small_int(b.remove(j as usize) as i64))
}

fn insert(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "insert", a, 2, 2)?;
    let i = int_arg(vm, a[1])?;
    let c = byte_arg(vm, a[2])?;
    let b = ba(vm, a[0], "insert")?;
    let n = b.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    b.insert(j as usize, c);
    Ok(Value::NONE)
}

fn remove(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "bytearray.remove", a, 1, 1)?;
    let c = byte_arg(vm, a[1])?;
    let b = ba(vm, a[0], "remove")?;
    match b.iter().position(|&x| x == c) {
        Some(i) => {
            b.remove(i);
            Ok(Value::NONE)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn clear(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "bytearray.clear", a, 0, 0)?;
    ba(vm, a[0], "clear")?.clear();
    Ok(Value::NONE)
}

fn reverse(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "bytearray.reverse", a, 0, 0)?;
    ba(vm, a[0], "reverse")?.reverse();
    Ok(Value::NONE)
}

fn copy(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "bytearray.copy", a, 0, 0)?;
    let b = ba(vm, a[0], "copy")?.clone();
    Ok(vm.new_bytearray(b))
}

// ----- int conversions -----

/// The byteorder argument of `int.to_bytes`/`int.from_bytes`: true for little-endian.
fn little_endian(vm: &mut Vm, v: Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => match v.as_str().map(|s| &*s.s) {
            Some("little") => Ok(true),
            Some("big") => Ok(false),
            Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
            None => Err(vm.type_error(format!("to_bytes() argument 'byteorder' must be str, not {}", vm.arg_type_name(v)))),
        },
    }
}

fn signed_kw(vm: &mut Vm, kw: &[(Value, Value)]) -> PyResult<bool> {
    match kwarg(kw, "signed") {
        Some(s) => vm.is_true(s),
        None => Ok(false),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
pub fn int_to_bytes(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::builtins::check_kwargs(vm, "to_bytes", kw, &["length", "byteorder", "signed"])?;
    nargs(vm, "to_bytes", a, 0, 2)?;
    let length = match a.get(1).copied().or(kwarg(kw, "length")) {
        Some(l) => int_arg(vm, l)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = little_endian(vm, a.get(2).copied().or(kwarg(kw, "byteorder")))?;
    let signed = signed_kw(vm, kw)?;
    let n: num_bigint::BigInt = match crate::numbers::Num::of(a[0].native()) {
        Some(crate::numbers::Num::Int(i)) => i.into(),
        Some(crate::numbers::Num::Big(b)) => b.clone(),
        _ => return Err(vm.type_error("descriptor 'to_bytes' requires an 'int' object")),
    };
    let negative = n.sign() == num_bigint::Sign::Minus;
    if negative && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut le = if n.sign() == num_bigint::Sign::NoSign {
        vec![]
    } else if signed {
        n.to_signed_bytes_le()
    } else {
        n.to_bytes_le().1
    };
    if le.len() > length as usize {
        return Err(vm.overflow_error("int too big to convert"));
    }
    le.resize(length as usize, if negative { 0xff } else { 0 });
    if !little {
        le.reverse();
    }
    Ok(vm.new_bytes(le))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (static).
pub fn int_from_bytes(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::builtins::check_kwargs(vm, "from_bytes", kw, &["bytes", "byteorder", "signed"])?;
    if a.len() > 2 {
        return Err(vm.type_error(format!("from_bytes() takes at most 2 positional arguments ({} given)", a.len())));
    }
    let Some(src) = a.first().copied().or(kwarg(kw, "bytes")) else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let little = little_endian(vm, a.get(1).copied().or(kwarg(kw, "byteorder")))?;
    let signed = signed_kw(vm, kw)?;
    let data = match src.native().as_bytes_like() {
        Some(b) => b.to_vec(),
        None => {
            // Like PyObject_Bytes: no bytes(n) of an int, no str without an encoding.
            if (src.as_small_int().is_some() || src.as_bigint().is_some() || src.as_bool().is_some() || src.as_str().is_some())
                && vm.lookup_special(src, "__bytes__").is_none()
            {
                return Err(vm.type_error(format!("cannot convert '{}' object to bytes", vm.type_name(src))));
            }
            let b = crate::bytes::construct(vm, crate::types::TypeId::Bytes, &[src], &[])?;
            b.as_bytes_like().unwrap_or(&[]).to_vec()
        }
    };
    let n = match (little, signed) {
        (true, true) => num_bigint::BigInt::from_signed_bytes_le(&data),
        (true, false) => num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, &data),
        (false, true) => num_bigint::BigInt::from_signed_bytes_be(&data),
        (false, false) => num_bigint::BigInt::from_bytes_be(num_bigint::Sign::Plus, &data),
    };
    Ok(vm.new_bigint(n))
}

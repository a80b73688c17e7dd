//! Methods of str.

use crate::builtins::kwarg;
use crate::methods::nargs;
use crate::object::{Body, BuiltinFn, StrObj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The str method table.
pub const METHODS: &[(&str, BuiltinFn)] = &[
    ("join", join),
    ("split", split),
    ("rsplit", rsplit),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("replace", replace),
    ("startswith", startswith),
    ("endswith", endswith),
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("count", count),
    ("upper", upper),
    ("lower", lower),
    ("casefold", casefold),
    ("swapcase", swapcase),
    ("title", title),
    ("capitalize", capitalize),
    ("isdigit", isdigit),
    ("isdecimal", isdecimal),
    ("isnumeric", isnumeric),
    ("isalpha", isalpha),
    ("isalnum", isalnum),
    ("isspace", isspace),
    ("isupper", isupper),
    ("islower", islower),
    ("istitle", istitle),
    ("isidentifier", isidentifier),
    ("isascii", isascii),
    ("isprintable", isprintable),
    ("format", format),
    ("format_map", format_map),
    ("ljust", ljust),
    ("rjust", rjust),
    ("center", center),
    ("zfill", zfill),
    ("expandtabs", expandtabs),
    ("partition", partition),
    ("rpartition", rpartition),
    ("splitlines", splitlines),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("translate", translate),
    ("encode", encode),
    ("maketrans", maketrans),
    ("__len__", len),
    ("__contains__", contains),
    ("__getitem__", getitem),
    ("__mul__", mul),
];

fn text(vm: &mut Vm, v: Value, m: &str) -> PyResult<&'static str> {
    match v.as_str() {
        Some(s) => Ok(&s.s),
        None => Err(vm.type_error(format!("descriptor '{m}' requires a 'str' object but received a '{}'", vm.type_name(v)))),
    }
}

/// The str object a method was called on (the text is `&obj.s`; its
/// cached length in code points tells whether it is ASCII).
fn text_obj(vm: &mut Vm, v: Value, m: &str) -> PyResult<&'static StrObj> {
    match v.as_str() {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format!("descriptor '{m}' requires a 'str' object but received a '{}'", vm.type_name(v)))),
    }
}

/// A new str of `s`, a piece of a str known to be ASCII when `ascii` (no scan).
fn new_piece(vm: &mut Vm, s: &str, ascii: bool) -> Value {
    if ascii { vm.heap.alloc(Body::Str(StrObj::with_chars(s, s.len()))) } else { vm.new_str(s) }
}

/// Whether `c` is whitespace to Python (`str.isspace`, what `split()` and
/// `strip()` remove): Unicode's White_Space and the separators U+001C..U+001F.
fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// [`is_py_space`] of an ASCII byte.
fn is_py_space_byte(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r' | 0x1c..=0x1f)
}

/// The text of str argument `v`. `what` names the argument of a method whose
/// message prints None as `None` ("replace() argument 1 "); an empty `what`
/// gives the plain "must be str, not NoneType" of find, count and the like.
fn str_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<&'static str> {
    match v.as_str() {
        Some(s) => Ok(&s.s),
        None if what.is_empty() => Err(vm.type_error(format!("must be str, not {}", vm.type_name(v)))),
        None => Err(vm.type_error(format!("{what}must be str, not {}", vm.arg_type_name(v)))),
    }
}

fn encode(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::builtins::check_kwargs(vm, "encode", kw, &["encoding", "errors"])?;
    nargs(vm, "encode", a, 0, 2)?;
    let s = text(vm, a[0], "encode")?;
    let encoding = a.get(1).copied().or(kwarg(kw, "encoding"));
    let errors = a.get(2).copied().or(kwarg(kw, "errors"));
    let b = crate::bytes::encode(vm, s, encoding, errors, "encode")?;
    Ok(vm.new_bytes(b))
}

fn join(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "str.join", a, 1, 1)?;
    let sep = text_obj(vm, a[0], "join")?;
    let drained;
    let items: &[Value] = match a[1].body() {
        Some(Body::List(v)) => v,
        Some(Body::Tuple(v)) => v,
        _ => {
            drained = match vm.get_iter(a[1]) {
                Ok(it) => vm.drain_iter(it)?,
                Err(_) => return Err(vm.type_error("can only join an iterable")),
            };
            &drained
        }
    };
    // Sizes first (the items are all strs or it is an error), then one copy.
    let (mut bytes, mut chars) = (sep.s.len() * items.len().saturating_sub(1), sep.chars * items.len().saturating_sub(1));
    for (i, x) in items.iter().enumerate() {
        match x.as_str() {
            Some(s) => {
                bytes += s.s.len();
                chars += s.chars;
            }
            None => {
                return Err(vm.type_error(format!("sequence item {i}: expected str instance, {} found", vm.type_name(*x))));
            }
        }
    }
    let piece = |i: usize, x: &Value| (if i > 0 { &*sep.s } else { "" }, x.as_str().map_or("", |s| &*s.s));
    if bytes <= crate::object::INLINE_MAX {
        // A short result is copied into the new object: join on the stack.
        let mut buf = [0u8; crate::object::INLINE_MAX];
        let mut n = 0;
        for (i, x) in items.iter().enumerate() {
            let (s, p) = piece(i, x);
            for part in [s, p] {
                buf[n..n + part.len()].copy_from_slice(part.as_bytes());
                n += part.len();
            }
        }
        // SAFETY: a concatenation of whole strs is UTF-8.
        let s = unsafe { std::str::from_utf8_unchecked(&buf[..n]) };
        return Ok(vm.heap.alloc(Body::Str(StrObj::with_chars(s, chars))));
    }
    let mut out = String::with_capacity(bytes);
    for (i, x) in items.iter().enumerate() {
        let (s, p) = piece(i, x);
        out.push_str(s);
        out.push_str(p);
    }
    Ok(vm.heap.alloc(Body::Str(StrObj::with_chars(out, chars))))
}

fn sep_and_max(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)], m: &str) -> PyResult<(Option<&'static str>, i64)> {
    crate::builtins::check_kwargs(vm, m, kw, &["sep", "maxsplit"])?;
    let sep = a.get(1).copied().or(kwarg(kw, "sep")).filter(|v| !v.is_none());
    let sep = match sep {
        Some(s) => {
            let Some(t) = s.as_str().map(|x| &*x.s) else {
                return Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(s))));
            };
            if t.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(t)
        }
        None => None,
    };
    let max = match a.get(2).copied().or(kwarg(kw, "maxsplit")) {
        Some(m) => crate::builtins::int_arg(vm, m)?,
        None => -1,
    };
    Ok((sep, max))
}

fn list_of(vm: &mut Vm, parts: Vec<&str>) -> Value {
    let items: Vec<Value> = parts.into_iter().map(|p| vm.new_str(p)).collect();
    vm.new_list(items)
}

fn split(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::builtins::check_kwargs(vm, "split", kw, &["sep", "maxsplit"])?;
    crate::builtins::check_params(vm, "split", &a[1..], kw, &["sep", "maxsplit"], 0)?;
    let so = text_obj(vm, a[0], "split")?;
    let (s, ascii) = (&*so.s, so.is_ascii());
    let (sep, max) = sep_and_max(vm, a, kw, "split")?;
    let max = if max < 0 { usize::MAX } else { max as usize };
    let mut items = vec![];
    match sep {
        Some(sep) => {
            // Byte search is exact for UTF-8: a match starts at a character.
            let mut at = 0;
            for i in memchr::memmem::find_iter(s.as_bytes(), sep.as_bytes()) {
                if items.len() == max {
                    break;
                }
                if i >= at {
                    items.push(new_piece(vm, &s[at..i], ascii));
                    at = i + sep.len();
                }
            }
            items.push(new_piece(vm, &s[at..], ascii));
        }
        None if ascii => {
            let b = s.as_bytes();
            let mut i = 0;
            loop {
                while i < b.len() && is_py_space_byte(b[i]) {
                    i += 1;
                }
                if i == b.len() {
                    break;
                }
                if items.len() == max {
                    items.push(new_piece(vm, &s[i..], true));
                    break;
                }
                let start = i;
                while i < b.len() && !is_py_space_byte(b[i]) {
                    i += 1;
                }
                items.push(new_piece(vm, &s[start..i], true));
            }
        }
        None => {
            let mut rest = s.trim_start_matches(is_py_space);
            while !rest.is_empty() {
                if items.len() == max {
                    items.push(vm.new_str(rest));
                    break;
                }
                let end = rest.find(is_py_space).unwrap_or(rest.len());
                items.push(vm.new_str(&rest[..end]));
                rest = rest[end..].trim_start_matches(is_py_space);
            }
        }
    }
    Ok(vm.new_list(items))
}

fn rsplit(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::builtins::check_kwargs(vm, "rsplit", kw, &["sep", "maxsplit"])?;
    crate::builtins::check_params(vm, "rsplit", &a[1..], kw, &["sep", "maxsplit"], 0)?;
    let s = text(vm, a[0], "rsplit")?;
    let (sep, max) = sep_and_max(vm, a, kw, "rsplit")?;
    let mut parts: Vec<&str> = match sep {
        Some(sep) => {
            if max < 0 {
                s.rsplit(sep).collect()
            } else {
                s.rsplitn(max as usize + 1, sep).collect()
            }
        }
        None => {
            let mut out = vec![];
            let mut rest = s.trim_end_matches(is_py_space);
            while !rest.is_empty() {
                if max >= 0 && out.len() as i64 == max {
                    out.push(rest);
                    break;
                }
                let start = rest.rfind(is_py_space).map_or(0, |i| i + rest[i..].chars().next().unwrap().len_utf8());
                out.push(&rest[start..]);
                rest = rest[..start].trim_end_matches(is_py_space);
            }
            out
        }
    };
    parts.reverse();
    Ok(list_of(vm, parts))
}

fn strip_chars(vm: &mut Vm, a: &[Value], m: &str, left: bool, right: bool) -> PyResult<Value> {
    nargs(vm, m, a, 0, 1)?;
    let s = text(vm, a[0], m)?;
    let chars = match a.get(1) {
        Some(c) if !c.is_none() => match c.as_str() {
            Some(t) => Some(&*t.s),
            None => return Err(vm.type_error(format!("{m} arg must be None or str"))),
        },
        _ => None,
    };
    let r = match chars {
        None => match (left, right) {
            (true, true) => s.trim_matches(is_py_space),
            (true, false) => s.trim_start_matches(is_py_space),
            _ => s.trim_end_matches(is_py_space),
        },
        Some(cs) => {
            let f = |c: char| cs.contains(c);
            match (left, right) {
                (true, true) => s.trim_matches(f),
                (true, false) => s.trim_start_matches(f),
                _ => s.trim_end_matches(f),
            }
        }
    };
    if r.len() == s.len() {
        return Ok(a[0]);
    }
    Ok(vm.new_str(r))
}

fn strip(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    strip_chars(vm, a, "strip", true, true)
}

fn lstrip(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    strip_chars(vm, a, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    strip_chars(vm, a, "rstrip", false, true)
}

fn replace(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "replace", a, 2, 3)?;
    let s = text(vm, a[0], "replace")?;
    let old = str_arg(vm, a[1], "replace() argument 1 ")?;
    let new = str_arg(vm, a[2], "replace() argument 2 ")?;
    let count = match a.get(3) {
        Some(c) => crate::builtins::int_arg(vm, *c)?,
        None => -1,
    };
    let r = if count < 0 {
        if old.is_empty() {
            let mut out = String::from(new);
            for c in s.chars() {
                out.push(c);
                out.push_str(new);
            }
            out
        } else {
            replace_n(s, old, new, usize::MAX)
        }
    } else if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in s.chars() {
            if n < count {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.push_str(new);
        }
        out
    } else {
        replace_n(s, old, new, count as usize)
    };
    Ok(vm.new_string(r))
}

/// `s` with its first `max` non-overlapping occurrences of `old` (not
/// empty) replaced by `new`.
fn replace_n(s: &str, old: &str, new: &str, max: usize) -> String {
    let mut out = String::with_capacity(s.len());
    let mut at = 0;
    for i in memchr::memmem::find_iter(s.as_bytes(), old.as_bytes()).take(max) {
        out.push_str(&s[at..i]);
        out.push_str(new);
        at = i + old.len();
    }
    out.push_str(&s[at..]);
    out
}

/// Char-index bounds [start, end) from optional arguments, as byte offsets.
fn range_args(vm: &mut Vm, so: &StrObj, start: Option<Value>, end: Option<Value>) -> PyResult<Option<(usize, usize)>> {
    if start.is_none() && end.is_none() {
        return Ok(Some((0, so.s.len())));
    }
    let span = span_args(vm, so.chars, start, end)?;
    Ok(span.map(|(st, en)| (byte_at(so, st), byte_at(so, en))))
}

/// The `start` and `end` arguments of find/count/startswith... resolved
/// against a sequence of `n` items; None when the range is empty and starts
/// past the end or after its stop (no match, not even of an empty string).
pub(crate) fn span_args(vm: &mut Vm, n: usize, start: Option<Value>, end: Option<Value>) -> PyResult<Option<(usize, usize)>> {
    let n = n as i64;
    if let Some(st) = start.filter(|v| !v.is_none()) {
        let i = crate::builtins::int_arg(vm, st)?;
        if i > n {
            return Ok(None);
        }
    }
    let fix = |vm: &mut Vm, v: Option<Value>, d: i64| -> PyResult<i64> {
        match v {
            Some(v) if !v.is_none() => {
                let i = crate::builtins::int_arg(vm, v)?;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
            _ => Ok(d),
        }
    };
    let st = fix(vm, start, 0)?;
    let en = fix(vm, end, n)?;
    if st > en {
        return Ok(None);
    }
    Ok(Some((st as usize, en as usize)))
}

fn byte_at(so: &StrObj, ci: usize) -> usize {
    let s = &*so.s;
    if so.is_ascii() {
        return ci.min(s.len());
    }
    s.char_indices().nth(ci).map_or(s.len(), |(b, _)| b)
}

fn char_index(so: &StrObj, b: usize) -> usize {
    if so.is_ascii() { b } else { so.s[..b].chars().count() }
}

fn affix(vm: &mut Vm, a: &[Value], m: &str, ends: bool) -> PyResult<Value> {
    nargs(vm, m, a, 1, 3)?;
    let so = text_obj(vm, a[0], m)?;
    let s = &*so.s;
    let Some((b0, b1)) = range_args(vm, so, a.get(2).copied(), a.get(3).copied())? else {
        return Ok(Value::FALSE);
    };
    let sub = &s[b0..b1];
    let check = |p: &str| {
        if ends { sub.ends_with(p) } else { sub.starts_with(p) }
    };
    if let Some(t) = a[1].as_tuple() {
        for x in t {
            match x.as_str() {
                Some(p) => {
                    if check(&p.s) {
                        return Ok(Value::TRUE);
                    }
                }
                None => {
                    return Err(vm.type_error(format!("tuple for {m} must only contain str, not {}", vm.type_name(*x))));
                }
            }
        }
        return Ok(Value::FALSE);
    }
    match a[1].as_str() {
        Some(p) => Ok(Value::bool(check(&p.s))),
        None => Err(vm.type_error(format!("{m} first arg must be str or a tuple of str, not {}", vm.type_name(a[1])))),
    }
}

fn startswith(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    affix(vm, a, "startswith", false)
}

fn endswith(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    affix(vm, a, "endswith", true)
}

fn find_impl(vm: &mut Vm, a: &[Value], m: &str, rev: bool) -> PyResult<i64> {
    nargs(vm, m, a, 1, 3)?;
    let so = text_obj(vm, a[0], m)?;
    let sub = str_arg(vm, a[1], "")?;
    let Some((b0, b1)) = range_args(vm, so, a.get(2).copied(), a.get(3).copied())? else {
        return Ok(-1);
    };
    // Byte search is exact for UTF-8: a match starts at a character.
    let (hay, needle) = (&so.s.as_bytes()[b0..b1], sub.as_bytes());
    let r = match (rev, needle) {
        (false, [b]) => memchr::memchr(*b, hay),
        (true, [b]) => memchr::memrchr(*b, hay),
        (false, _) => memchr::memmem::find(hay, needle),
        (true, _) => memchr::memmem::rfind(hay, needle),
    };
    Ok(match r {
        Some(b) => char_index(so, b0 + b) as i64,
        None => -1,
    })
}

fn find(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let r = find_impl(vm, a, "find", false)?;
    Ok(vm.new_int(r))
}

fn rfind(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let r = find_impl(vm, a, "rfind", true)?;
    Ok(vm.new_int(r))
}

fn index(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let r = find_impl(vm, a, "index", false)?;
    if r < 0 {
        return Err(vm.value_error("substring not found"));
    }
    Ok(vm.new_int(r))
}

fn rindex(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let r = find_impl(vm, a, "rindex", true)?;
    if r < 0 {
        return Err(vm.value_error("substring not found"));
    }
    Ok(vm.new_int(r))
}

fn count(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "count", a, 1, 3)?;
    let so = text_obj(vm, a[0], "count")?;
    let sub = str_arg(vm, a[1], "")?;
    let Some((b0, b1)) = range_args(vm, so, a.get(2).copied(), a.get(3).copied())? else {
        return Ok(Value::small_int(0));
    };
    let hay = &so.s[b0..b1];
    let n = match sub.as_bytes() {
        [] if so.is_ascii() => hay.len() + 1,
        [] => hay.chars().count() + 1,
        [b] => memchr::memchr_iter(*b, hay.as_bytes()).count(),
        needle => memchr::memmem::find_iter(hay.as_bytes(), needle).count(),
    };
    Ok(vm.new_int(n as i64))
}

fn map_str(vm: &mut Vm, a: &[Value], m: &str, f: impl Fn(&str) -> String) -> PyResult<Value> {
    nargs(vm, m, a, 0, 0)?;
    let s = text(vm, a[0], m)?;
    let r = f(s);
    Ok(vm.new_string(r))
}

fn upper(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    if let Some(v) = map_ascii(vm, a, "upper", u8::to_ascii_uppercase)? {
        return Ok(v);
    }
    map_str(vm, a, "upper", |s| s.to_uppercase())
}

fn lower(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    if let Some(v) = map_ascii(vm, a, "lower", u8::to_ascii_lowercase)? {
        return Ok(v);
    }
    map_str(vm, a, "lower", |s| s.to_lowercase())
}

/// A case mapping of an ASCII str, byte by byte (ASCII maps to ASCII, one
/// to one): None for other strs, which take the Unicode mapping.
fn map_ascii(vm: &mut Vm, a: &[Value], m: &str, f: fn(&u8) -> u8) -> PyResult<Option<Value>> {
    nargs(vm, m, a, 0, 0)?;
    let so = text_obj(vm, a[0], m)?;
    if !so.is_ascii() {
        return Ok(None);
    }
    let n = so.s.len();
    if n <= crate::object::INLINE_MAX {
        // A short result is copied into the new object: map on the stack.
        let mut buf = [0u8; crate::object::INLINE_MAX];
        so.s.bytes().zip(buf.iter_mut()).for_each(|(b, o)| *o = f(&b));
        // SAFETY: ASCII case mapping of ASCII bytes gives ASCII bytes.
        let s = unsafe { std::str::from_utf8_unchecked(&buf[..n]) };
        return Ok(Some(vm.heap.alloc(Body::Str(StrObj::with_chars(s, n)))));
    }
    let bytes: Vec<u8> = so.s.bytes().map(|b| f(&b)).collect();
    // SAFETY: ASCII case mapping of ASCII bytes gives ASCII bytes.
    let s = unsafe { String::from_utf8_unchecked(bytes) };
    Ok(Some(vm.heap.alloc(Body::Str(StrObj::with_chars(s, n)))))
}

fn casefold(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    map_str(vm, a, "casefold", |s| s.chars().map(fold_char).collect())
}

/// Unicode full case folding of one character: lower case, except where
/// folding differs from it (the generated table).
fn fold_char(c: char) -> String {
    table_or(crate::unicode_tables::CASEFOLD, c, c.to_lowercase())
}

/// `c`'s entry in a generated (character, mapping) table, else Rust's `mapping`.
fn table_or(table: &[(char, &str)], c: char, mapping: impl Iterator<Item = char>) -> String {
    match table.binary_search_by_key(&c, |&(k, _)| k) {
        Ok(i) => table[i].1.to_string(),
        Err(_) => mapping.collect(),
    }
}

fn swapcase(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    map_str(vm, a, "swapcase", |s| {
        s.chars()
            .map(|c| {
                if is_upper(c) {
                    c.to_lowercase().collect::<String>()
                } else if is_lower(c) {
                    c.to_uppercase().collect()
                } else {
                    c.to_string()
                }
            })
            .collect()
    })
}

fn title(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    map_str(vm, a, "title", |s| {
        let mut out = String::new();
        let mut prev_cased = false;
        for c in s.chars() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                out.push_str(&title_char(c));
            }
            prev_cased = is_cased(c);
        }
        out
    })
}

fn capitalize(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    map_str(vm, a, "capitalize", |s| {
        let mut cs = s.chars();
        match cs.next() {
            Some(f) => title_char(f) + &cs.as_str().to_lowercase(),
            None => String::new(),
        }
    })
}

/// The title case of a character (upper case, except where the generated table differs).
fn title_char(c: char) -> String {
    table_or(crate::unicode_tables::TITLECASE, c, c.to_uppercase())
}

/// Upper, lower or title case (what `str.title` treats as inside a word).
fn is_cased(c: char) -> bool {
    is_upper(c) || is_lower(c) || is_title_letter(c)
}

/// An upper-case character as CPython 3.11's Unicode tables have it.
fn is_upper(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_uppercase() } else { in_ranges(crate::unicode_tables::UPPER, c) }
}

/// A lower-case character as CPython 3.11's Unicode tables have it.
fn is_lower(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_lowercase() } else { in_ranges(crate::unicode_tables::LOWER, c) }
}

/// A title-case letter (category Lt, like `ǅ`).
fn is_title_letter(c: char) -> bool {
    crate::unicode_tables::TITLE_LETTERS.binary_search(&c).is_ok()
}

fn pred(vm: &mut Vm, a: &[Value], m: &str, f: impl Fn(&str) -> bool) -> PyResult<Value> {
    nargs(vm, m, a, 0, 0)?;
    let s = text(vm, a[0], m)?;
    Ok(Value::bool(f(s)))
}

fn isdigit(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    pred(vm, a, "isdigit", |s| !s.is_empty() && s.chars().all(|c| in_ranges(crate::unicode_tables::DIGIT, c)))
}

fn isnumeric(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    pred(vm, a, "isnumeric", |s| !s.is_empty() && s.chars().all(|c| in_ranges(crate::unicode_tables::NUMERIC, c)))
}

fn isdecimal(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    pred(vm, a, "isdecimal", |s| !s.is_empty() && s.chars().all(|c| in_ranges(crate::unicode_tables::DECIMAL, c)))
}

/// Whether `c` lies in one of the sorted inclusive `ranges`.
pub(crate) fn in_ranges(ranges: &[(char, char)], c: char) -> bool {
    ranges
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// CPython's `str.isalpha` of one character: a letter (categories L*), not
/// Rust's wider Alphabetic property (which takes in combining vowel signs).
fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(crate::unicode_tables::ALPHA, c)
}

/// CPython's `str.isalnum` of one character: a letter or any numeric character.
fn is_alnum(c: char) -> bool {
    is_alpha(c) || in_ranges(crate::unicode_tables::NUMERIC, c)
}

fn isalpha(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    pred(vm, a, "isalpha", |s| !s.is_empty() && s.chars().all(is_alpha))
}

fn isalnum(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    pred(vm, a, "isalnum", |s| !s.is_empty() && s.chars().all(is_alnum))
}

fn isspace(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    pred(vm, a, "isspace", |s| !s.is_empty() && s.chars().all(is_py_space))
}

fn isupper(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    pred(vm, a, "isupper", |s| s.chars().any(is_upper) && !s.chars().any(|c| is_lower(c) || is_title_letter(c)))
}

fn islower(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    pred(vm, a, "islower", |s| s.chars().any(is_lower) && !s.chars().any(|c| is_upper(c) || is_title_letter(c)))
}

fn istitle(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    pred(vm, a, "istitle", |s| {
        titlecased(s.chars().map(|c| {
            if is_upper(c) || is_title_letter(c) {
                Case::Upper
            } else if is_lower(c) {
                Case::Lower
            } else {
                Case::Uncased
            }
        }))
    })
}

/// The case of one character, for [`titlecased`].
pub(crate) enum Case {
    /// Upper or title case.
    Upper,
    Lower,
    Uncased,
}

/// `istitle` for str and bytes: some cased character, and every upper-case
/// one starts a run of cased characters whose others are lower case.
pub(crate) fn titlecased(cases: impl Iterator<Item = Case>) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for c in cases {
        match c {
            Case::Upper if prev_cased => return false,
            Case::Lower if !prev_cased => return false,
            Case::Upper | Case::Lower => {
                prev_cased = true;
                cased = true;
            }
            Case::Uncased => prev_cased = false,
        }
    }
    cased
}

fn isidentifier(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    pred(vm, a, "isidentifier", |s| {
        let mut cs = s.chars();
        cs.next().is_some_and(|c| in_ranges(crate::unicode_tables::ID_START, c))
            && cs.all(|c| in_ranges(crate::unicode_tables::ID_CONTINUE, c))
    })
}

fn isascii(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    pred(vm, a, "isascii", |s| s.is_ascii())
}

fn isprintable(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    pred(vm, a, "isprintable", |s| s.chars().all(crate::repr::is_printable))
}

fn format(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = text(vm, a[0], "format")?;
    let r = crate::format::str_format(vm, s, &a[1..], kw)?;
    Ok(vm.new_string(r))
}

/// `s.format_map(mapping)`.
fn format_map(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "format_map", a, 1, 1)?;
    let s = text(vm, a[0], "format_map")?;
    let r = crate::format::str_format_map(vm, s, a[1])?;
    Ok(vm.new_string(r))
}

fn fill_arg(vm: &mut Vm, a: &[Value], m: &str) -> PyResult<(usize, char)> {
    nargs(vm, m, a, 1, 2)?;
    let w = crate::builtins::int_arg(vm, a[1])?.max(0) as usize;
    let fill = match a.get(2) {
        Some(f) => match f.as_str() {
            Some(s) if s.chars == 1 => s.s.chars().next().unwrap(),
            Some(_) => return Err(vm.type_error("The fill character must be exactly one character long")),
            None => {
                let t = vm.type_name(*f);
                return Err(vm.type_error(format!("The fill character must be a unicode character, not {t}")));
            }
        },
        None => ' ',
    };
    Ok((w, fill))
}

fn pad(vm: &mut Vm, a: &[Value], m: &str, left_share: fn(usize, usize) -> usize) -> PyResult<Value> {
    let (w, fill) = fill_arg(vm, a, m)?;
    let s = text(vm, a[0], m)?;
    let n = s.chars().count();
    if w <= n {
        return Ok(a[0]);
    }
    let total = w - n;
    vm.check_size(total, fill.len_utf8(), crate::ops::MAX_STR_BYTES)?;
    let left = left_share(total, n);
    let mut out = String::with_capacity(w);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, total - left));
    Ok(vm.new_string(out))
}

fn ljust(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    pad(vm, a, "ljust", |_, _| 0)
}

fn rjust(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    pad(vm, a, "rjust", |t, _| t)
}

fn center(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    // CPython: left = total/2 + (total & width & 1)
    let w = a.get(1).and_then(|v| v.as_small_int()).unwrap_or(0) as usize;
    let _ = w;
    pad(vm, a, "center", |t, n| t / 2 + (t & (n + t) & 1))
}

fn zfill(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "zfill", a, 1, 1)?;
    let s = text(vm, a[0], "zfill")?;
    let w = crate::builtins::int_arg(vm, a[1])?.max(0) as usize;
    let n = s.chars().count();
    if w <= n {
        return Ok(a[0]);
    }
    vm.check_size(w - n, 1, crate::ops::MAX_STR_BYTES)?;
    let (sign, rest) = if s.starts_with(['+', '-']) { s.split_at(1) } else { ("", s) };
    let out = format!("{sign}{}{rest}", "0".repeat(w - n));
    Ok(vm.new_string(out))
}

/// The `tabsize` argument of `expandtabs` (default 8).
pub(crate) fn tabsize_arg(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<i64> {
    if a.len() > 2 {
        return Err(vm.type_error(format!("expandtabs() takes at most 1 argument ({} given)", a.len() - 1)));
    }
    crate::builtins::check_kwargs(vm, "expandtabs", kw, &["tabsize"])?;
    let tabsize = match a.get(1).copied().or(kwarg(kw, "tabsize")) {
        Some(t) => crate::builtins::int_arg(vm, t)?,
        None => 8,
    };
    if i32::try_from(tabsize).is_err() {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    Ok(tabsize)
}

/// `items` with each tab replaced by spaces up to the next multiple of
/// `tabsize` columns (newlines and carriage returns restart the count).
pub(crate) fn expand_tabs<C: Copy + From<u8> + PartialEq>(items: impl Iterator<Item = C>, tabsize: i64) -> Vec<C> {
    let (tab, nl, cr, space) = (C::from(b'\t'), C::from(b'\n'), C::from(b'\r'), C::from(b' '));
    let mut out = Vec::new();
    let mut col = 0i64;
    for c in items {
        if c == tab {
            if tabsize > 0 {
                let n = tabsize - col % tabsize;
                out.extend(std::iter::repeat_n(space, n as usize));
                col += n;
            }
        } else {
            out.push(c);
            col = if c == nl || c == cr { 0 } else { col + 1 };
        }
    }
    out
}

fn expandtabs(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let tabsize = tabsize_arg(vm, a, kw)?;
    let s = text(vm, a[0], "expandtabs")?;
    let out: String = expand_tabs(s.chars(), tabsize).into_iter().collect();
    Ok(vm.new_string(out))
}

fn part(vm: &mut Vm, a: &[Value], m: &str, rev: bool) -> PyResult<Value> {
    nargs(vm, m, a, 1, 1)?;
    let s = text(vm, a[0], m)?;
    let sep = str_arg(vm, a[1], "")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if rev { s.rfind(sep) } else { s.find(sep) };
    let (x, y, z) = match found {
        Some(i) => (&s[..i], sep, &s[i + sep.len()..]),
        None if rev => ("", "", s),
        None => (s, "", ""),
    };
    let items = vec![vm.new_str(x), vm.new_str(y), vm.new_str(z)];
    Ok(vm.new_tuple(items))
}

fn partition(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    part(vm, a, "partition", false)
}

fn rpartition(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    part(vm, a, "rpartition", true)
}

fn splitlines(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::builtins::check_kwargs(vm, "splitlines", kw, &["keepends"])?;
    let s = text(vm, a[0], "splitlines")?;
    crate::builtins::check_kwargs(vm, "splitlines", kw, &["keepends"])?;
    let keep = match a.get(1).copied().or(kwarg(kw, "keepends")) {
        Some(k) => vm.is_true(k)?,
        None => false,
    };
    let mut parts = vec![];
    let mut start = 0;
    let b: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < b.len() {
        let (pos, c) = b[i];
        let is_break = matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}');
        if is_break {
            let mut end = pos + c.len_utf8();
            if c == '\r' && i + 1 < b.len() && b[i + 1].1 == '\n' {
                end += 1;
                i += 1;
            }
            parts.push(if keep { &s[start..end] } else { &s[start..pos] });
            start = end;
        }
        i += 1;
    }
    if start < s.len() {
        parts.push(&s[start..]);
    }
    Ok(list_of(vm, parts))
}

fn removeprefix(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "removeprefix", a, 1, 1)?;
    let s = text(vm, a[0], "removeprefix")?;
    let p = str_arg(vm, a[1], "removeprefix() argument ")?;
    match s.strip_prefix(p) {
        Some(r) => Ok(vm.new_str(r)),
        None => Ok(a[0]),
    }
}

fn removesuffix(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "removesuffix", a, 1, 1)?;
    let s = text(vm, a[0], "removesuffix")?;
    let p = str_arg(vm, a[1], "removesuffix() argument ")?;
    match s.strip_suffix(p) {
        Some(r) => Ok(vm.new_str(r)),
        None => Ok(a[0]),
    }
}

fn len(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let n = vm.len(a[0])?;
    Ok(vm.new_int(n as i64))
}

fn contains(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let r = vm.contains(a[0], a[1])?;
    Ok(Value::bool(r))
}

fn getitem(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    vm.get_item(a[0], a[1])
}

fn mul(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    vm.binary_op(tierpy_bytecode::instr::BinOp::Mul, a[0], a[1])
}

/// `str.translate(table)`: each character mapped through `table[ord(c)]`
/// (kept when the lookup fails, dropped when None).
fn translate(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    nargs(vm, "translate", a, 1, 1)?;
    let s = text(vm, a[0], "translate")?;
    let table = a[1];
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let key = Value::small_int(c as i64);
        let mapped = match vm.get_item(table, key) {
            Ok(m) => m,
            Err(e) if vm.is_type(e.0, crate::types::TypeId::LookupError) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if mapped.is_none() {
            continue;
        }
        if let Some(t) = mapped.as_str() {
            out.push_str(&t.s);
            continue;
        }
        match vm.index_value(mapped)? {
            Some(i) => match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(ch) => out.push(ch),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            None => return Err(vm.type_error("character mapping must return integer, None or str")),
        }
    }
    Ok(vm.new_string(out))
}

/// `str.maketrans(x[, y[, z]])`: a translation table for `str.translate`.
/// A static method: called on an instance, the receiver is not passed.
fn maketrans(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    if a.is_empty() || a.len() > 3 {
        return Err(vm.type_error(format!("maketrans expected at least 1 argument, got {}", a.len())));
    }
    let d = vm.new_dict();
    if a.len() == 1 {
        let Some(src) = a[0].as_dict() else {
            return Err(vm.type_error("if you give only one argument to maketrans it must be a dict"));
        };
        let entries: Vec<(Value, Value)> = src.iter().map(|e| (e.key, e.value)).collect();
        for (k, v) in entries {
            let key = match k.as_str() {
                Some(t) if t.chars == 1 => Value::small_int(t.s.chars().next().unwrap_or('\0') as i64),
                Some(_) => return Err(vm.value_error("string keys in translate table must be of length 1")),
                None if k.as_small_int().is_some() => k,
                None => return Err(vm.type_error("keys in translate table must be strings or integers")),
            };
            vm.dict_set(d, key, v)?;
        }
        return Ok(d);
    }
    let x = str_arg(vm, a[0], "maketrans() argument 1 ")?;
    let y = str_arg(vm, a[1], "maketrans() argument 2 ")?;
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (cx, cy) in x.chars().zip(y.chars()) {
        vm.dict_set(d, Value::small_int(cx as i64), Value::small_int(cy as i64))?;
    }
    if let Some(&z) = a.get(2) {
        let z = str_arg(vm, z, "maketrans() argument 3 ")?;
        for c in z.chars() {
            vm.dict_set(d, Value::small_int(c as i64), Value::NONE)?;
        }
    }
    Ok(d)
}

//! `bytes` and `bytearray`: construction, repr, the codecs `str.encode` and
//! `bytes.decode` use (utf-8, ascii, latin-1), and the sequence protocol
//! (indexing, slices, item and slice assignment, membership, concatenation).
//! Their methods are in `bytes_methods`.

use crate::builtins::kwarg;
use crate::object::Body;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::borrow::Cow;

/// `repr` of a bytes value: `b'...'` with CPython's quote choice and escapes.
pub fn repr_bytes(b: &[u8]) -> String {
    repr_bytes_as(b, false)
}

/// `repr` of a bytearray value: `bytearray(b'...')` (a single quote is
/// escaped even inside double quotes, as CPython does).
pub fn repr_bytearray(b: &[u8]) -> String {
    format!("bytearray({})", repr_bytearray_inner(b))
}

/// The `b'...'` inside a bytearray's repr.
pub fn repr_bytearray_inner(b: &[u8]) -> String {
    repr_bytes_as(b, true)
}

fn repr_bytes_as(b: &[u8], escape_single: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote || (escape_single && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            c if !(0x20..0x7f).contains(&c) => out.push_str(&format!("\\x{c:02x}")),
            c => out.push(c as char),
        }
    }
    out.push(quote as char);
    out
}

impl Vm {
    /// A new bytes value.
    pub fn new_bytes(&mut self, b: Vec<u8>) -> Value {
        self.heap.alloc(Body::Bytes(b.into_boxed_slice()))
    }

    /// A new bytearray value.
    pub fn new_bytearray(&mut self, b: Vec<u8>) -> Value {
        self.heap.alloc(Body::ByteArray(b))
    }

    /// A new value of the same type as `like` (bytearray or bytes): what
    /// the methods of both types return.
    pub fn new_bytes_like(&mut self, like: Value, b: Vec<u8>) -> Value {
        if like.as_bytearray().is_some() { self.new_bytearray(b) } else { self.new_bytes(b) }
    }
}

/// The contents of a bytes-like argument (a memoryview's copied out), or
/// CPython's TypeError.
pub fn buffer_arg(vm: &mut Vm, v: Value) -> PyResult<Cow<'static, [u8]>> {
    if let Some(b) = v.native().as_bytes_like() {
        return Ok(Cow::Borrowed(b));
    }
    match vm.buffer_bytes(v)? {
        Some(b) => Ok(Cow::Owned(b)),
        None => Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v)))),
    }
}

/// An int argument that must be a byte value (`bytearray.append`, `x in b`).
pub fn byte_arg(vm: &mut Vm, v: Value) -> PyResult<u8> {
    match vm.index_value(v) {
        Ok(Some(i)) if (0..256).contains(&i) => Ok(i as u8),
        Ok(Some(_)) => Err(vm.value_error("byte must be in range(0, 256)")),
        Ok(None) => Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
        Err(e) if vm.is_exc(e, TypeId::OverflowError) => Err(vm.value_error("byte must be in range(0, 256)")),
        Err(e) => Err(e),
    }
}

/// The bytes of an iterable of ints (`bytes([1, 2])`, `bytearray.extend`);
/// `range_msg` is the ValueError for an int outside 0..256.
fn bytes_from_iterable(vm: &mut Vm, v: Value, range_msg: &str) -> PyResult<Vec<u8>> {
    let items = vm.collect_iterable(v)?;
    vm.roots.extend(items.iter().copied());
    let n = items.len();
    let r = (|| {
        let mut out = Vec::with_capacity(n);
        for x in items {
            match vm.index_value(x) {
                Ok(Some(i)) if (0..256).contains(&i) => out.push(i as u8),
                Ok(Some(_)) => return Err(vm.value_error(range_msg)),
                Ok(None) => return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(x)))),
                Err(e) if vm.is_exc(e, TypeId::OverflowError) => return Err(vm.value_error(range_msg)),
                Err(e) => return Err(e),
            }
        }
        Ok(out)
    })();
    let keep = vm.roots.len() - n;
    vm.roots.truncate(keep);
    r
}

/// The contents `bytearray(x)` copies for slice assignment and `extend`:
/// a bytes-like object or an iterable of ints.
fn bytes_of(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match v.native().as_bytes_like() {
        Some(b) => Ok(b.to_vec()),
        None => bytes_from_iterable(vm, v, "byte must be in range(0, 256)"),
    }
}

/// `bytes(...)` and `bytearray(...)`.
pub fn construct(vm: &mut Vm, t: TypeId, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let name = t.name();
    for (k, _) in kwargs {
        let k = k.str_text();
        if !matches!(k, "source" | "encoding" | "errors") {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
        }
    }
    if args.len() > 3 {
        return Err(vm.type_error(format!("{name}() takes at most 3 arguments ({} given)", args.len())));
    }
    if t == TypeId::Bytes
        && let [s] = args
        && kwargs.is_empty()
        && matches!(s.body(), Some(Body::Bytes(_)))
    {
        // bytes(b) of an exact bytes is b itself.
        return Ok(*s);
    }
    let source = args.first().copied().or(kwarg(kwargs, "source"));
    let encoding = args.get(1).copied().or(kwarg(kwargs, "encoding"));
    let errors = args.get(2).copied().or(kwarg(kwargs, "errors"));
    let data = match source {
        None if encoding.is_some() => return Err(vm.type_error("encoding without a string argument")),
        None if errors.is_some() => return Err(vm.type_error("errors without a string argument")),
        None => vec![],
        Some(s) if s.native().as_str().is_some() => match encoding {
            Some(e) => {
                let text = s.native().str_text();
                encode(vm, text, Some(e), errors, name)?
            }
            None => return Err(vm.type_error("string argument without an encoding")),
        },
        Some(_) if encoding.is_some() => return Err(vm.type_error("encoding without a string argument")),
        Some(_) if errors.is_some() => return Err(vm.type_error("errors without a string argument")),
        Some(s) => {
            if let Some(b) = vm.buffer_bytes(s)? {
                b
            } else if t == TypeId::Bytes
                && let Some(m) = vm.lookup_special(s, "__bytes__")
            {
                let r = vm.call_method_value(m, s, &[])?;
                match r.native().body() {
                    Some(Body::Bytes(b)) => b.to_vec(),
                    _ => return Err(vm.type_error(format!("__bytes__ returned non-bytes (type {})", vm.type_name(r)))),
                }
            } else if s.is_small_int() || s.is_bool() || s.as_bigint().is_some() || vm.lookup_special(s, "__index__").is_some() {
                let n = vm.index_value(s)?.unwrap_or(0);
                if n < 0 {
                    return Err(vm.value_error("negative count"));
                }
                vm.check_size(n as usize, 1, crate::ops::MAX_STR_BYTES)?;
                vec![0; n as usize]
            } else if s.is_float() || s.is_none() || vm.get_iter(s).is_err() {
                return Err(vm.type_error(format!("cannot convert '{}' object to {name}", vm.type_name(s))));
            } else {
                let msg = if t == TypeId::Bytes { "bytes must be in range(0, 256)" } else { "byte must be in range(0, 256)" };
                bytes_from_iterable(vm, s, msg)?
            }
        }
    };
    Ok(if t == TypeId::ByteArray { vm.new_bytearray(data) } else { vm.new_bytes(data) })
}

// ----- codecs -----

/// The codecs tierpy knows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// UTF-16 and UTF-32.
    Wide(crate::wide_codecs::Wide),
    /// `unicode_escape`.
    UnicodeEscape,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Wide(w) => w.name(),
            Codec::UnicodeEscape => "unicodeescape",
        }
    }

    /// One past the largest code point the codec encodes in one byte.
    fn limit(self) -> u32 {
        match self {
            Codec::Ascii => 128,
            _ => 256,
        }
    }
}

/// What to do with a character or byte the codec cannot handle.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Errors {
    Strict,
    /// An unknown handler: CPython looks it up only when an error happens.
    Unknown,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

/// The codec and error handler named by `encoding`/`errors` arguments of
/// method `m` (`encode`, `decode`, `str`...).
fn codec_args(vm: &mut Vm, m: &str, encoding: Option<Value>, errors: Option<Value>) -> PyResult<(Codec, Errors)> {
    let enc = match encoding {
        None => "utf-8".to_string(),
        Some(e) => match e.as_str() {
            Some(s) => s.s.to_string(),
            None => return Err(vm.type_error(format!("{m}() argument 'encoding' must be str, not {}", vm.arg_type_name(e)))),
        },
    };
    let norm = enc.to_ascii_lowercase().replace(['_', ' '], "-");
    let codec = match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "ascii" | "us-ascii" | "646" => Codec::Ascii,
        "unicode-escape" => Codec::UnicodeEscape,
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "iso-ir-100" => Codec::Latin1,
        _ => match crate::wide_codecs::Wide::named(&norm) {
            Some(w) => Codec::Wide(w),
            None => return Err(vm.new_exception(TypeId::LookupError, &format!("unknown encoding: {enc}"))),
        },
    };
    let errs = match errors {
        None => Errors::Strict,
        Some(e) => match e.as_str().map(|s| &*s.s) {
            Some("strict") => Errors::Strict,
            Some("ignore") => Errors::Ignore,
            Some("replace") => Errors::Replace,
            Some("backslashreplace") => Errors::BackslashReplace,
            Some("xmlcharrefreplace") => Errors::XmlCharRefReplace,
            Some(_) => Errors::Unknown,
            None => return Err(vm.type_error(format!("{m}() argument 'errors' must be str, not {}", vm.arg_type_name(e)))),
        },
    };
    Ok((codec, errs))
}

/// `s.encode(encoding, errors)`; `m` names the caller in argument errors.
pub fn encode(vm: &mut Vm, s: &str, encoding: Option<Value>, errors: Option<Value>, m: &str) -> PyResult<Vec<u8>> {
    let m = if m == "str" { "encode" } else { m };
    let (codec, errs) = codec_args(vm, m, encoding, errors)?;
    match codec {
        Codec::Wide(w) => return Ok(w.encode(s)),
        Codec::UnicodeEscape => return Ok(crate::escape_codec::encode(s)),
        _ => {}
    }
    if codec == Codec::Utf8 || s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let limit = codec.limit();
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let end = i + chars[i..].iter().take_while(|c| **c as u32 >= limit).count();
        match errs {
            Errors::Unknown => return Err(unknown_handler(vm, errors)),
            Errors::Strict => {
                let reason = format!("ordinal not in range({limit})");
                return Err(crate::unicode_errors::encode_error(vm, codec.name(), s, i, end, &reason));
            }
            Errors::Ignore => {}
            Errors::Replace => out.extend(std::iter::repeat_n(b'?', end - i)),
            Errors::BackslashReplace => {
                for &c in &chars[i..end] {
                    out.extend(escape_char(c).bytes());
                }
            }
            Errors::XmlCharRefReplace => {
                for &c in &chars[i..end] {
                    out.extend(format!("&#{};", c as u32).bytes());
                }
            }
        }
        i = end;
    }
    Ok(out)
}

/// The LookupError for an error handler tierpy does not know.
fn unknown_handler(vm: &mut Vm, errors: Option<Value>) -> crate::vm::PyErr {
    let name = errors.map_or("", |e| e.str_text());
    vm.new_exception(TypeId::LookupError, &format!("unknown error handler name '{name}'"))
}

/// A character as the codecs' messages escape it: `\xe9`, `\u20ac`, `\U0001f600`.
pub fn escape_char(c: char) -> String {
    let n = c as u32;
    if n <= 0xff {
        format!("\\x{n:02x}")
    } else if n <= 0xffff {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// `b.decode(encoding, errors)`.
pub fn decode(vm: &mut Vm, b: &[u8], encoding: Option<Value>, errors: Option<Value>, m: &str) -> PyResult<String> {
    let (codec, errs) = codec_args(vm, m, encoding, errors)?;
    let name = match codec {
        Codec::Wide(w) => w.decoder_name(b),
        _ => codec.name(),
    };
    let fail = |vm: &mut Vm, start: usize, end: usize, reason: &str| crate::unicode_errors::decode_error(vm, name, b, start, end, reason);
    match codec {
        Codec::Latin1 => Ok(b.iter().map(|&c| c as char).collect()),
        Codec::Wide(w) => w.decode(b).map_err(|(start, end, reason)| fail(vm, start, end, reason)),
        Codec::UnicodeEscape => crate::escape_codec::decode(b).map_err(|(start, end, reason)| fail(vm, start, end, reason)),
        Codec::Ascii => {
            let mut out = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                if c < 128 {
                    out.push(c as char);
                    continue;
                }
                match errs {
                    Errors::Unknown => return Err(unknown_handler(vm, errors)),
                    Errors::Strict | Errors::XmlCharRefReplace => return Err(fail(vm, i, i + 1, "ordinal not in range(128)")),
                    Errors::Ignore => {}
                    Errors::Replace => out.push('\u{fffd}'),
                    Errors::BackslashReplace => out.push_str(&format!("\\x{c:02x}")),
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(b.len());
            let mut rest = b;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        // SAFETY: from_utf8 validated rest[..good].
                        out.push_str(unsafe { std::str::from_utf8_unchecked(&rest[..good]) });
                        let bad = e.error_len().unwrap_or(rest.len() - good);
                        if errs == Errors::Unknown {
                            return Err(unknown_handler(vm, errors));
                        }
                        if errs == Errors::Strict || errs == Errors::XmlCharRefReplace {
                            let start = b.len() - rest.len() + good;
                            let reason = match e.error_len() {
                                None => "unexpected end of data",
                                Some(_) if is_utf8_start(rest[good]) => "invalid continuation byte",
                                Some(_) => "invalid start byte",
                            };
                            return Err(fail(vm, start, start + bad, reason));
                        }
                        match errs {
                            Errors::Replace => out.push('\u{fffd}'),
                            Errors::BackslashReplace => {
                                for c in &rest[good..good + bad] {
                                    out.push_str(&format!("\\x{c:02x}"));
                                }
                            }
                            _ => {}
                        }
                        rest = &rest[good + bad..];
                    }
                }
            }
        }
    }
}

/// Whether `c` can begin a UTF-8 sequence of more than one byte.
fn is_utf8_start(c: u8) -> bool {
    (0xc2..=0xf4).contains(&c)
}

// ----- the sequence protocol -----

impl Vm {
    /// `b[key]` for a bytes or bytearray.
    pub fn bytes_get_item(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        let ba = obj.as_bytearray().is_some();
        let len = obj.as_bytes_like().map_or(0, |b| b.len());
        if matches!(key.body(), Some(Body::Slice { .. })) {
            let s = self.slice_indices(key, len)?;
            let data = obj.as_bytes_like().unwrap_or(&[]);
            let out: Vec<u8> = s.indices().filter_map(|i| data.get(i).copied()).collect();
            return Ok(self.new_bytes_like(obj, out));
        }
        let i = self.seq_index(key, len, if ba { "bytearray" } else { "byte" })?;
        match obj.as_bytes_like().and_then(|d| d.get(i)) {
            Some(&c) => Ok(Value::small_int(c as i64)),
            None => Err(self.index_error(if ba { "bytearray index out of range" } else { "index out of range" })),
        }
    }

    /// `ba[key] = v` (and `del ba[key]` when `v` is None) for a bytearray.
    pub fn bytearray_set_item(&mut self, obj: Value, key: Value, v: Option<Value>) -> PyResult<()> {
        let is_slice = matches!(key.body(), Some(Body::Slice { .. }));
        if !is_slice {
            let byte = match v {
                Some(v) if self.index_value(key).is_ok_and(|i| i.is_some()) => Some(byte_arg(self, v)?),
                _ => None,
            };
            let len = obj.as_bytearray().map_or(0, |b| b.len());
            let i = self.seq_index(key, len, "bytearray")?;
            let data = obj.as_bytearray().expect("bytearray");
            if i >= data.len() {
                return Err(self.index_error("bytearray index out of range"));
            }
            match byte {
                Some(c) => data[i] = c,
                None => {
                    data.remove(i);
                }
            }
            return Ok(());
        }
        let items = match v {
            None => None,
            Some(v) => {
                if v.is_small_int() || v.is_bool() || v.is_float() || v.as_bigint().is_some() || v.as_str().is_some() {
                    return Err(self.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
                }
                Some(bytes_of(self, v)?)
            }
        };
        let len = obj.as_bytearray().map_or(0, |b| b.len());
        let s = self.slice_indices(key, len)?;
        let data = obj.as_bytearray().expect("bytearray");
        match items {
            None => s.remove_from(data),
            Some(items) => s
                .replace_in(data, items)
                .map_err(|n| self.value_error(format!("attempt to assign bytes of size {n} to extended slice of size {}", s.len)))?,
        }
        Ok(())
    }

    /// `x in b` for a bytes or bytearray `b`.
    pub fn bytes_contains(&mut self, container: Value, x: Value) -> PyResult<bool> {
        if let Ok(Some(_)) = self.index_value(x) {
            let c = byte_arg(self, x)?;
            return Ok(container.as_bytes_like().unwrap_or(&[]).contains(&c));
        }
        let sub = buffer_arg(self, x)?;
        Ok(find_sub(container.as_bytes_like().unwrap_or(&[]), &sub).is_some())
    }

    /// `a + b` when `a` is a bytes or bytearray (None when `b` is not bytes-like).
    pub fn bytes_concat(&mut self, a: Value, b: Value) -> PyResult<Option<Value>> {
        let Some(y) = self.buffer_bytes(b)? else {
            return Ok(None);
        };
        let Some(x) = a.as_bytes_like() else {
            return Ok(None);
        };
        let mut v = Vec::with_capacity(x.len() + y.len());
        v.extend_from_slice(x);
        v.extend_from_slice(&y);
        Ok(Some(self.new_bytes_like(a, v)))
    }

    /// The bytes of an object with a buffer: bytes, bytearray (or subclasses),
    /// or an object whose `__buffer__` gives them (tierpy's `array` and
    /// `memoryview`, written in Python, stand in for the buffer protocol so).
    pub fn buffer_bytes(&mut self, v: Value) -> PyResult<Option<Vec<u8>>> {
        if let Some(b) = v.native().as_bytes_like() {
            return Ok(Some(b.to_vec()));
        }
        let Some(m) = self.lookup_special(v, "__buffer__") else {
            return Ok(None);
        };
        let r = self.call_method_value(m, v, &[Value::small_int(0)])?;
        match r.as_bytes_like() {
            Some(b) => Ok(Some(b.to_vec())),
            None => Err(self.type_error(format!("__buffer__ returned non-bytes (type {})", self.type_name(r)))),
        }
    }
}

/// The first index of `sub` in `hay`.
pub fn find_sub(hay: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.is_empty() {
        return Some(0);
    }
    if sub.len() == 1 {
        return hay.iter().position(|&c| c == sub[0]);
    }
    hay.windows(sub.len()).position(|w| w == sub)
}

/// The last index of `sub` in `hay`.
pub fn rfind_sub(hay: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.len() > hay.len() {
        return None;
    }
    if sub.is_empty() {
        return Some(hay.len());
    }
    hay.windows(sub.len()).rposition(|w| w == sub)
}

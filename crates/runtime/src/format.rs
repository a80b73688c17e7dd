//! String formatting: `format(v, spec)` (f-strings too), the `%` operator and
//! `str.format`, on top of the number formatting in `numfmt`.

use crate::numbers::Num;
use crate::numfmt;
use crate::object::Body;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;

impl Vm {
    /// A format spec for a value of type `tname`: ValueError when malformed,
    /// MemoryError for a width no string can have.
    fn parse_spec(&mut self, spec: &str, tname: &str) -> PyResult<numfmt::FormatSpec> {
        let fs = numfmt::parse_format_spec_for(spec, tname).map_err(|m| self.value_error(m))?;
        if fs.width.is_some_and(|w| w > crate::ops::MAX_STR_BYTES) {
            return Err(self.new_exception(crate::types::TypeId::MemoryError, ""));
        }
        Ok(fs)
    }

    /// `format(v, spec)`.
    pub fn format_value(&mut self, v: Value, spec: &str) -> PyResult<String> {
        // Subclasses of the types with a __format__ of their own (numbers and
        // str) format their builtin value; the others use object.__format__.
        let n = v.native();
        let own_format = Num::of(n).is_some() || n.as_str().is_some() || crate::complex::as_complex(n).is_some();
        if n != v && own_format && self.lookup_special(v, "__format__").is_none_or(|m| m.as_function().is_none()) {
            // Their __format__ with an empty spec is str() of the instance.
            if spec.is_empty() {
                return self.to_str(v);
            }
            return self.format_value(v.native(), spec);
        }
        if v.as_instance().is_some()
            && let Some(m) = self.lookup_special(v, "__format__")
        {
            let s = self.new_str(spec);
            let r = self.call_method_value(m, v, &[s])?;
            return match r.as_str() {
                Some(s) => Ok(s.s.to_string()),
                None => Err(self.type_error(format!("__format__ must return a str, not {}", self.type_name(r)))),
            };
        }
        let tname = self.type_name(v);
        match Num::of(v) {
            Some(n) if v.as_instance().is_none() => {
                if spec.is_empty() {
                    return self.to_str(v);
                }
                let fs = self.parse_spec(spec, tname)?;
                let r = match n {
                    Num::Float(f) => numfmt::format_float(f, &fs),
                    Num::Int(i) => numfmt::format_int(&BigInt::from(i), &fs),
                    Num::Big(b) => {
                        if matches!(fs.ty, None | Some('d' | 'n')) {
                            crate::repr::check_str_digits(self, b)?;
                        }
                        numfmt::format_int(b, &fs)
                    }
                };
                // CPython raises OverflowError for a 'c' code point out of range too.
                r.map_err(
                    |m| if m.contains("too large") || m.contains("not in range") { self.overflow_error(m) } else { self.value_error(m) },
                )
            }
            _ => {
                if let Some(s) = v.as_str() {
                    if spec.is_empty() {
                        return Ok(s.s.to_string());
                    }
                    let fs = self.parse_spec(spec, tname)?;
                    return numfmt::format_str(&s.s, &fs).map_err(|m| self.value_error(m));
                }
                if let Some(c) = crate::complex::as_complex(v).filter(|_| !spec.is_empty()) {
                    let fs = self.parse_spec(spec, tname)?;
                    return numfmt::format_complex(c.re, c.im, &fs).map_err(|m| self.value_error(m));
                }
                let text = self.to_str(v)?;
                if spec.is_empty() {
                    return Ok(text);
                }
                Err(self.type_error(format!("unsupported format string passed to {tname}.__format__")))
            }
        }
    }
}

fn fmt_err(vm: &mut Vm, m: String) -> crate::vm::PyErr {
    vm.value_error(m)
}

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    // A bytes format works on its bytes as Latin-1 characters.
    let bytes_mode = fmt.as_bytes_like();
    let f = match bytes_mode {
        Some(b) => b.iter().map(|&c| c as char).collect(),
        None => fmt.str_text().to_string(),
    };
    // Tuple subclasses count as tuples; any other subscriptable argument but a
    // str is a mapping, as with CPython's PyMapping_Check.
    let (items, mapping): (Vec<Value>, Option<Value>) = match args.native().body() {
        Some(Body::Tuple(t)) => (t.to_vec(), None),
        Some(Body::Dict(_) | Body::InstanceDict(_)) => (vec![args], Some(args)),
        _ if args.as_str().is_none() && is_subscriptable(vm, args)? => (vec![args], Some(args)),
        _ => (vec![args], None),
    };
    let mut out = String::with_capacity(f.len() + 16);
    let mut next = 0usize;
    let mut chars = f.chars().peekable();
    let mut used_mapping = false;
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        // Only a `%` right after the `%` is a literal one: "%5%" is an
        // unsupported conversion.
        if chars.next_if_eq(&'%').is_some() {
            out.push('%');
            continue;
        }
        let mut key: Option<String> = None;
        if chars.peek() == Some(&'(') {
            chars.next();
            let mut depth = 1;
            let mut k = String::new();
            for c2 in chars.by_ref() {
                if c2 == '(' {
                    depth += 1;
                } else if c2 == ')' {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                k.push(c2);
            }
            key = Some(k);
        }
        let mut flags = String::new();
        while let Some(&c2) = chars.peek() {
            if "-+ #0".contains(c2) {
                flags.push(c2);
                chars.next();
            } else {
                break;
            }
        }
        let mut take_arg = |vm: &mut Vm| -> PyResult<Value> {
            if let Some(k) = &key {
                used_mapping = true;
                let Some(m) = mapping else {
                    return Err(vm.type_error("format requires a mapping"));
                };
                // A keyed conversion uses up the mapping as the positional argument.
                next = items.len();
                let kv = if bytes_mode.is_some() { vm.new_bytes(k.chars().map(|c| c as u8).collect()) } else { vm.new_str(k) };
                return vm.get_item(m, kv);
            }
            if next >= items.len() {
                return Err(vm.type_error("not enough arguments for format string"));
            }
            next += 1;
            Ok(items[next - 1])
        };
        let mut width: Option<usize> = None;
        if chars.peek() == Some(&'*') {
            chars.next();
            let w = take_arg(vm)?;
            let n = if w.as_bigint().is_some() { vm.index_value(w)? } else { w.as_small_int() };
            match n {
                Some(n) => {
                    if n < 0 {
                        flags.push('-');
                    }
                    width = Some(n.unsigned_abs() as usize);
                }
                None => return Err(vm.type_error("* wants int")),
            }
        } else {
            let mut w = String::new();
            while let Some(&c2) = chars.peek() {
                if c2.is_ascii_digit() {
                    w.push(c2);
                    chars.next();
                } else {
                    break;
                }
            }
            if !w.is_empty() {
                width = w.parse().ok();
            }
        }
        let mut precision: Option<usize> = None;
        if chars.peek() == Some(&'.') {
            chars.next();
            if chars.peek() == Some(&'*') {
                chars.next();
                let p = take_arg(vm)?;
                precision = Some(p.as_small_int().unwrap_or(0).max(0) as usize);
            } else {
                let mut p = String::new();
                while let Some(&c2) = chars.peek() {
                    if c2.is_ascii_digit() {
                        p.push(c2);
                        chars.next();
                    } else {
                        break;
                    }
                }
                precision = Some(p.parse().unwrap_or(0));
            }
        }
        if width.is_some_and(|w| w > crate::ops::MAX_STR_BYTES) || precision.is_some_and(|p| p > crate::ops::MAX_STR_BYTES) {
            return Err(vm.new_exception(crate::types::TypeId::MemoryError, ""));
        }
        while matches!(chars.peek(), Some('h' | 'l' | 'L')) {
            chars.next();
        }
        let Some(ty) = chars.next() else {
            return Err(vm.value_error("incomplete format"));
        };
        let arg = take_arg(vm)?;
        let piece = match ty {
            's' | 'b' if bytes_mode.is_some() => {
                let Some(b) = arg.native().as_bytes_like() else {
                    let t = vm.type_name(arg);
                    return Err(
                        vm.type_error(format!("%b requires a bytes-like object, or an object that implements __bytes__, not '{t}'"))
                    );
                };
                let mut s: String = b.iter().map(|&c| c as char).collect();
                if let Some(p) = precision {
                    s = s.chars().take(p).collect();
                }
                pad(&s, width, flags.contains('-'))
            }
            'c' if bytes_mode.is_some() => {
                let c = match (arg.native().as_bytes_like(), vm.index_value(arg)) {
                    (Some([c]), _) => *c,
                    (None, Ok(Some(i))) if (0..256).contains(&i) => i as u8,
                    (None, Ok(Some(_))) => return Err(vm.overflow_error("%c arg not in range(256)")),
                    _ => return Err(vm.type_error("%c requires an integer in range(256) or a single byte")),
                };
                pad(&(c as char).to_string(), width, flags.contains('-'))
            }
            's' | 'r' | 'a' => {
                let mut s = match ty {
                    's' => vm.to_str(arg)?,
                    'r' if bytes_mode.is_none() => vm.repr(arg)?,
                    _ => ascii_escape(&vm.repr(arg)?),
                };
                if let Some(p) = precision {
                    s = s.chars().take(p).collect();
                }
                pad(&s, width, flags.contains('-'))
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let n = match Num::of(arg.native()) {
                    Some(Num::Int(i)) => BigInt::from(i),
                    Some(Num::Big(b)) => b.clone(),
                    Some(Num::Float(f)) if matches!(ty, 'd' | 'i' | 'u') => {
                        if !f.is_finite() {
                            return Err(vm.overflow_error("cannot convert float infinity to integer"));
                        }
                        crate::numbers::num_bigint_from_f64(f.trunc())
                    }
                    Some(Num::Float(_)) => {
                        let t = vm.type_name(arg);
                        return Err(vm.type_error(format!("%{ty} format: an integer is required, not {t}")));
                    }
                    None => {
                        if let Some(i) = vm.index_value(arg)? {
                            BigInt::from(i)
                        } else {
                            let t = vm.type_name(arg);
                            return Err(vm.type_error(if matches!(ty, 'd' | 'i' | 'u') {
                                format!("%{ty} format: a real number is required, not {t}")
                            } else {
                                format!("%{ty} format: an integer is required, not {t}")
                            }));
                        }
                    }
                };
                let ty = if ty == 'i' || ty == 'u' { 'd' } else { ty };
                if ty == 'd' {
                    crate::repr::check_str_digits(vm, &n)?;
                }
                numfmt::percent_format_int(&n, &flags, width, precision, ty)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = match Num::of(arg.native()) {
                    Some(Num::Float(f)) => f,
                    Some(Num::Int(i)) => i as f64,
                    Some(Num::Big(b)) => crate::ops::bigint_to_f64(vm, b)?,
                    None => {
                        let t = vm.type_name(arg);
                        return Err(vm.type_error(format!("must be real number, not {t}")));
                    }
                };
                numfmt::percent_format_float(x, &flags, width, precision, ty)
            }
            'c' => {
                let ch = if let Some(s) = arg.as_str() {
                    if s.chars != 1 {
                        return Err(vm.type_error("%c requires int or char"));
                    }
                    s.s.to_string()
                } else if let Some(i) = arg.as_small_int() {
                    match char::from_u32(i as u32) {
                        Some(c) if (0..0x110000).contains(&i) => c.to_string(),
                        _ => return Err(vm.overflow_error("%c arg not in range(0x110000)")),
                    }
                } else {
                    return Err(vm.type_error("%c requires int or char"));
                };
                pad(&ch, width, flags.contains('-'))
            }
            other => {
                return Err(fmt_err(
                    vm,
                    format!(
                        "unsupported format character '{other}' (0x{:x}) at index {}",
                        other as u32,
                        f.chars().count() - chars.count() - 1
                    ),
                ));
            }
        };
        out.push_str(&piece);
    }
    if mapping.is_none() && next < items.len() && !used_mapping {
        let what = if bytes_mode.is_some() { "bytes" } else { "string" };
        return Err(vm.type_error(format!("not all arguments converted during {what} formatting")));
    }
    if bytes_mode.is_some() {
        return Ok(vm.new_bytes_like(fmt, out.chars().map(|c| c as u32 as u8).collect()));
    }
    Ok(vm.new_string(out))
}

/// Whether the type of `v` defines `__getitem__`.
fn is_subscriptable(vm: &mut Vm, v: Value) -> PyResult<bool> {
    if Num::of(v).is_some() || v.is_none() {
        return Ok(false);
    }
    let cls = vm.type_of(v);
    let name = vm.new_str("__getitem__");
    Ok(vm.get_attr_opt(cls, name)?.is_some())
}

fn pad(s: &str, width: Option<usize>, left: bool) -> String {
    let n = s.chars().count();
    match width {
        Some(w) if w > n => {
            let fill = " ".repeat(w - n);
            if left { format!("{s}{fill}") } else { format!("{fill}{s}") }
        }
        _ => s.to_string(),
    }
}

/// `fmt.format(*args, **kwargs)`.
pub fn str_format(vm: &mut Vm, fmt: &str, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<String> {
    let mut numbering = Numbering { auto: 0, mode: None, mapping: None };
    format_fields(vm, fmt, args, kwargs, &mut numbering, 2)
}

/// `fmt.format_map(mapping)`: named fields are looked up with `mapping[name]`
/// (so a dict subclass's `__missing__` applies).
pub fn str_format_map(vm: &mut Vm, fmt: &str, mapping: Value) -> PyResult<String> {
    let mut numbering = Numbering { auto: 0, mode: None, mapping: Some(mapping) };
    format_fields(vm, fmt, &[], &[], &mut numbering, 2)
}

/// Field numbering state shared by a format string and the replacement
/// fields nested in its specs (`'{:{}}'` numbers both fields in one sequence).
struct Numbering {
    auto: usize,
    /// `Some(true)` once a field was numbered automatically, `Some(false)` manually.
    mode: Option<bool>,
    /// `format_map`'s mapping, which named fields come from instead of the keywords.
    mapping: Option<Value>,
}

/// Formats `fmt`'s replacement fields; `levels` is how many more levels of
/// nested fields its specs may hold.
fn format_fields(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    numbering: &mut Numbering,
    levels: u8,
) -> PyResult<String> {
    if levels == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let mut out = String::new();
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            let Some(j) = field_end(&chars, i) else {
                let m = if i + 1 == chars.len() { "Single '{' encountered in format string" } else { "expected '}' before end of string" };
                return Err(vm.value_error(m));
            };
            let field: String = chars[i + 1..j].iter().collect();
            i = j + 1;
            let (name, conv, spec) = split_field(&field);
            let first_end = name.find(['.', '[']).unwrap_or(name.len());
            let head = &name[..first_end];
            if numbering.mapping.is_some() && (head.is_empty() || decimal_index(head).is_some()) {
                return Err(vm.value_error("Format string contains positional fields"));
            }
            let v = if head.is_empty() {
                if numbering.mode == Some(false) {
                    return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering"));
                }
                numbering.mode = Some(true);
                let idx = numbering.auto;
                numbering.auto += 1;
                match args.get(idx) {
                    Some(v) => *v,
                    None => {
                        return Err(vm.index_error(format!("Replacement index {idx} out of range for positional args tuple")));
                    }
                }
            } else if let Some(idx) = decimal_index(head) {
                if numbering.mode == Some(true) {
                    return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification"));
                }
                numbering.mode = Some(false);
                match args.get(idx) {
                    Some(v) => *v,
                    None => {
                        return Err(vm.index_error(format!("Replacement index {idx} out of range for positional args tuple")));
                    }
                }
            } else if let Some(mapping) = numbering.mapping {
                let k = vm.new_str(head);
                vm.get_item(mapping, k)?
            } else {
                match kwargs.iter().find(|(k, _)| k.str_text() == head) {
                    Some((_, v)) => *v,
                    None => {
                        let k = vm.new_str(head);
                        return Err(vm.key_error(k));
                    }
                }
            };
            let v = apply_accessors(vm, v, &name[first_end..])?;
            let v = match conv {
                None => v,
                Some("r") => {
                    let s = vm.repr(v)?;
                    vm.new_string(s)
                }
                Some("s") => vm.str_value(v)?,
                Some("a") => {
                    let s = vm.repr(v)?;
                    let a = ascii_escape(&s);
                    vm.new_string(a)
                }
                Some("") => return Err(vm.value_error("unmatched '{' in format spec")),
                Some(c) if c.chars().count() > 1 => return Err(vm.value_error("expected ':' after conversion specifier")),
                Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier {c}"))),
            };
            let spec = if spec.contains('{') { format_fields(vm, spec, args, kwargs, numbering, levels - 1)? } else { spec.to_string() };
            vm.roots.push(v);
            let r = vm.format_value(v, &spec);
            vm.roots.pop();
            out.push_str(&r?);
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

/// The index of the `}` closing the replacement field whose `{` is at
/// `chars[start]`, skipping `[key]`s in the field name (which may hold any
/// character); `None` when the string ends first.
fn field_end(chars: &[char], start: usize) -> Option<usize> {
    let mut depth = 1;
    let mut in_name = true;
    let mut j = start + 1;
    while j < chars.len() {
        match chars[j] {
            '[' if in_name => j += chars[j..].iter().position(|&c| c == ']')?,
            ':' | '!' => in_name = false,
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(j);
                }
            }
            _ => {}
        }
        j += 1;
    }
    None
}

/// Splits a replacement field into its field name, conversion (the text
/// after `!`) and format spec; `:` and `!` inside `[key]`s belong to the name.
fn split_field(field: &str) -> (&str, Option<&str>, &str) {
    let mut in_key = false;
    let name_end = field
        .char_indices()
        .find(|&(_, c)| {
            match c {
                '[' => in_key = true,
                ']' => in_key = false,
                _ => {}
            }
            !in_key && (c == ':' || c == '!')
        })
        .map_or(field.len(), |(p, _)| p);
    let (name, rest) = field.split_at(name_end);
    match rest.strip_prefix('!') {
        Some(r) => {
            let (conv, spec) = r.split_once(':').unwrap_or((r, ""));
            (name, Some(conv), spec)
        }
        None => (name, None, rest.strip_prefix(':').unwrap_or("")),
    }
}

/// A field name part made only of decimal digits, as a positional index.
fn decimal_index(s: &str) -> Option<usize> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Applies a field name's `.attr` and `[key]` accessors to `v`; a key of
/// decimal digits is an int, any other key a str.
fn apply_accessors(vm: &mut Vm, mut v: Value, mut rest: &str) -> PyResult<Value> {
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            if end == 0 {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let attr = vm.intern(&r[..end]);
            v = vm.get_attr(v, attr)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(vm.value_error("Missing ']' in format string"));
            };
            let key_text = &r[..end];
            if key_text.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            vm.roots.push(v);
            let key = match decimal_index(key_text) {
                Some(n) => vm.new_int(n as i64),
                None => vm.new_str(key_text),
            };
            let item = vm.get_item(v, key);
            vm.roots.pop();
            v = item?;
            rest = &r[end + 1..];
            if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
            }
        } else {
            break;
        }
    }
    Ok(v)
}

/// `ascii()`-style escaping of non-ASCII characters in an already quoted repr.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// The conversion of `!r`/`!s`/`!a` in f-strings.
pub fn convert(vm: &mut Vm, v: Value, conv: u8) -> PyResult<Value> {
    match conv {
        1 => vm.str_value(v),
        2 => {
            let s = vm.repr(v)?;
            Ok(vm.new_string(s))
        }
        3 => {
            let s = vm.repr(v)?;
            Ok(vm.new_string(ascii_escape(&s)))
        }
        _ => Ok(v),
    }
}

/// Whether a value is a str (for type checks in formatting).
pub fn is_str(vm: &Vm, v: Value) -> bool {
    vm.type_id(v) == TypeId::Str
}

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
    // Tuple and dict subclasses count as tuples and mappings.
    let (items, mapping): (Vec<Value>, Option<Value>) = match args.native().body() {
        Some(Body::Tuple(t)) => (t.to_vec(), None),
        Some(Body::Dict(_) | Body::InstanceDict(_)) => (vec![args], Some(args)),
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
        if ty == '%' {
            out.push('%');
            continue;
        }
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
                    format!("unsupported format character '{other}' (0x{:x}) at index {}", other as u32, f.find(other).unwrap_or(0)),
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
            // Find the matching close brace (nested braces in the spec).
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() {
                if chars[j] == '{' {
                    depth += 1;
                } else if chars[j] == '}' {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(vm.value_error("Single '{' encountered in format string"));
            }
            let field: String = chars[i + 1..j].iter().collect();
            i = j + 1;
            let (name_part, spec) = match field.find(':') {
                Some(p) => (field[..p].to_string(), field[p + 1..].to_string()),
                None => (field.clone(), String::new()),
            };
            let (name, conv) = match name_part.find('!') {
                Some(p) => (name_part[..p].to_string(), Some(name_part[p + 1..].to_string())),
                None => (name_part, None),
            };
            let first_end = name.find(['.', '[']).unwrap_or(name.len());
            let head = &name[..first_end];
            if numbering.mapping.is_some() && (head.is_empty() || head.parse::<usize>().is_ok()) {
                return Err(vm.value_error("Format string contains positional fields"));
            }
            let mut v = if head.is_empty() {
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
            } else if let Ok(idx) = head.parse::<usize>() {
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
            // Attribute and index accessors.
            let mut rest = &name[first_end..];
            while !rest.is_empty() {
                if let Some(r) = rest.strip_prefix('.') {
                    let end = r.find(['.', '[']).unwrap_or(r.len());
                    let attr = vm.intern(&r[..end]);
                    v = vm.get_attr(v, attr)?;
                    rest = &r[end..];
                } else if let Some(r) = rest.strip_prefix('[') {
                    let end = r.find(']').unwrap_or(r.len());
                    let key_text = &r[..end];
                    let key = match key_text.parse::<i64>() {
                        Ok(n) => vm.new_int(n),
                        Err(_) => vm.new_str(key_text),
                    };
                    v = vm.get_item(v, key)?;
                    rest = r.get(end + 1..).unwrap_or("");
                } else {
                    break;
                }
            }
            let v = match conv.as_deref() {
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
            let spec = if spec.contains('{') { format_fields(vm, &spec, args, kwargs, numbering, levels - 1)? } else { spec };
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

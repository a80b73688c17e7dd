//! `_regex`: the matching engine under `pylib/re.py`, the `regex` crate on
//! Python patterns translated to its syntax. What it cannot express
//! (backreferences, look-around) raises ValueError, which `re` turns into
//! `re.error`. Offsets in and out are in characters.

use crate::builtins::check_args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use regex::Regex;
use std::collections::HashMap;

/// The `_regex` module.
pub fn make(vm: &mut Vm) -> Value {
    crate::modules::new_module(vm, "_regex", &[("search", search), ("info", info)])
}

/// How a compiled form is anchored: search anywhere, match at the start, match the whole.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Mode {
    Search,
    Match,
    Full,
}

/// Compiled patterns (or why they have none) by (pattern, flags, mode).
type Cache = HashMap<(String, i64, Mode), Result<Regex, String>>;

thread_local! {
    /// A program uses few patterns and reuses them, as CPython's `re` cache assumes.
    static CACHE: std::cell::RefCell<Cache> = Default::default();
}

const IGNORECASE: i64 = 2;
const MULTILINE: i64 = 8;
const DOTALL: i64 = 16;
const VERBOSE: i64 = 64;

/// The pattern in the `regex` crate's syntax, or why it has none.
fn translate(p: &str) -> Result<String, String> {
    let cs: Vec<char> = p.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let mut in_class = false;
    while i < cs.len() {
        let c = cs[i];
        match c {
            '\\' => {
                let Some(&n) = cs.get(i + 1) else { return Err("bad escape (end of pattern)".into()) };
                match n {
                    'Z' if !in_class => out.push_str("\\z"),
                    '1'..='9' if !in_class => return Err("backreferences are not supported".into()),
                    '0' => out.push_str("\\x00"),
                    _ => {
                        out.push('\\');
                        out.push(n);
                    }
                }
                i += 2;
                continue;
            }
            '[' if !in_class => {
                in_class = true;
                out.push('[');
                i += 1;
                if cs.get(i) == Some(&'^') {
                    out.push('^');
                    i += 1;
                }
                if cs.get(i) == Some(&']') {
                    out.push_str("\\]");
                    i += 1;
                }
                continue;
            }
            ']' if in_class => in_class = false,
            '[' | '&' | '~' if in_class => out.push('\\'),
            '-' if in_class && cs.get(i + 1) == Some(&'-') => out.push('\\'),
            '(' if !in_class && cs.get(i + 1) == Some(&'?') => {
                let rest: String = cs[i + 2..].iter().take(3).collect();
                if rest.starts_with('=') || rest.starts_with('!') || rest.starts_with("<=") || rest.starts_with("<!") {
                    return Err("look-around assertions are not supported".into());
                }
                if rest.starts_with("P=") {
                    return Err("backreferences are not supported".into());
                }
                if rest.starts_with('#') {
                    // A comment group.
                    while i < cs.len() && cs[i] != ')' {
                        i += 1;
                    }
                    i += 1;
                    continue;
                }
            }
            '{' if !in_class => {
                // A quantifier {m}, {m,}, {,n}, {m,n}; anything else is literal.
                let mut j = i + 1;
                while j < cs.len() && (cs[j].is_ascii_digit() || cs[j] == ',') {
                    j += 1;
                }
                let body: String = cs[i + 1..j.min(cs.len())].iter().collect();
                let valid = cs.get(j) == Some(&'}') && !body.is_empty() && body.matches(',').count() <= 1 && body != ",";
                if valid {
                    out.push('{');
                    if body.starts_with(',') {
                        out.push('0');
                    }
                    out.push_str(&body);
                    out.push('}');
                    i = j + 1;
                    continue;
                }
                out.push('\\');
            }
            '}' if !in_class => out.push('\\'),
            _ => {}
        }
        out.push(c);
        i += 1;
    }
    Ok(out)
}

fn compiled(pattern: &str, flags: i64, mode: Mode) -> Result<Regex, String> {
    let key = (pattern.to_string(), flags, mode);
    if let Some(r) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return r;
    }
    let r = translate(pattern).and_then(|body| {
        let mut f = String::new();
        for (bit, ch) in [(IGNORECASE, 'i'), (MULTILINE, 'm'), (DOTALL, 's'), (VERBOSE, 'x')] {
            if flags & bit != 0 {
                f.push(ch);
            }
        }
        let flags = if f.is_empty() { String::new() } else { format!("(?{f})") };
        let full = match mode {
            Mode::Search => format!("{flags}{body}"),
            Mode::Match => format!("{flags}\\A(?:{body})"),
            Mode::Full => format!("{flags}\\A(?:{body})\\z"),
        };
        Regex::new(&full)
            .map_err(|e| e.to_string().lines().last().unwrap_or("bad pattern").trim().trim_start_matches("error: ").to_string())
    });
    CACHE.with(|c| c.borrow_mut().insert(key, r.clone()));
    r
}

fn str_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<String> {
    match v.as_str() {
        Some(s) => Ok(s.s.to_string()),
        None => Err(vm.type_error(format!("{what} must be str, not {}", vm.type_name(v)))),
    }
}

fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match vm.index_value(v)? {
        Some(i) => Ok(i),
        None => Err(vm.type_error(format!("an integer is required, not {}", vm.type_name(v)))),
    }
}

/// `search(pattern, flags, string, pos, endpos, mode)`: the (start, end) of
/// the match and of each group ((-1, -1) when a group did not take part), or
/// None. Mode 0 searches, 1 matches at pos, 2 matches pos..endpos whole.
fn search(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "search", a, 6, 6)?;
    let pattern = str_arg(vm, a[0], "pattern")?;
    let flags = int_arg(vm, a[1])?;
    let text = str_arg(vm, a[2], "string")?;
    let (pos, endpos, mode) = (int_arg(vm, a[3])?, int_arg(vm, a[4])?, int_arg(vm, a[5])?);
    let mode = match mode {
        1 => Mode::Match,
        2 => Mode::Full,
        _ => Mode::Search,
    };
    let re = compiled(&pattern, flags, mode).map_err(|m| vm.value_error(m))?;
    // Character positions to byte offsets (clamped as CPython clamps pos/endpos).
    let nchars = text.chars().count() as i64;
    let clamp = |p: i64| if p < 0 { 0 } else { p.min(nchars) } as usize;
    let (cpos, cend) = (clamp(pos), clamp(endpos));
    if cpos > cend {
        return Ok(Value::NONE);
    }
    let byte_at = |c: usize| text.char_indices().nth(c).map_or(text.len(), |(b, _)| b);
    let (bpos, bend) = (byte_at(cpos), byte_at(cend));
    let hay = &text[..bend];
    let (caps, base) = match mode {
        Mode::Search => (re.captures_at(hay, bpos), 0),
        _ => (re.captures(&hay[bpos..]), bpos),
    };
    let Some(caps) = caps else { return Ok(Value::NONE) };
    let to_char = |b: usize| text[..b].chars().count() as i64;
    let mut spans = vec![];
    for g in caps.iter() {
        let (s, e) = match g {
            Some(m) => (to_char(base + m.start()), to_char(base + m.end())),
            None => (-1, -1),
        };
        let pair = vec![vm.new_int(s), vm.new_int(e)];
        spans.push(vm.new_tuple(pair));
    }
    Ok(vm.new_tuple(spans))
}

/// `info(pattern, flags)`: (number of groups, {name: number}); ValueError
/// for a pattern the engine cannot take.
fn info(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "info", a, 2, 2)?;
    let pattern = str_arg(vm, a[0], "pattern")?;
    let flags = int_arg(vm, a[1])?;
    let re = compiled(&pattern, flags, Mode::Search).map_err(|m| vm.value_error(m))?;
    let groups = vm.new_int(re.captures_len() as i64 - 1);
    let names = vm.new_dict();
    for (i, n) in re.capture_names().enumerate() {
        if let Some(n) = n {
            let (k, v) = (vm.new_str(n), vm.new_int(i as i64));
            vm.dict_set(names, k, v)?;
        }
    }
    Ok(vm.new_tuple(vec![groups, names]))
}

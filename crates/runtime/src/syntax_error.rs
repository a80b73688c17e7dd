//! SyntaxError (and IndentationError, TabError) instances as CPython shapes
//! them: `args == (msg, (filename, lineno, offset, text, end_lineno, end_offset))`,
//! the attributes read from those args, and `str()` with the position.

use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// Where a compile error is: the file name, 1-based line and column (0: none)
/// and the offending source line.
pub struct Position<'a> {
    pub filename: &'a str,
    pub line: u32,
    pub col: u32,
    pub text: &'a str,
}

/// A SyntaxError of class `t` for a compile error at `pos`.
pub fn new(vm: &mut Vm, t: TypeId, msg: &str, pos: &Position) -> PyErr {
    let msg = vm.new_str(msg);
    let filename = vm.new_str(pos.filename);
    let (line, col) = (Value::small_int(pos.line.max(1) as i64), Value::small_int(pos.col as i64));
    let text = if pos.text.is_empty() { Value::NONE } else { vm.new_string(format!("{}\n", pos.text)) };
    let info = vm.new_tuple(vec![filename, line, col, text, line, col]);
    let cls = vm.ty(t);
    PyErr(crate::exceptions::make_exception(vm, cls, vec![msg, info]))
}

/// The `(filename, lineno, offset, text[, end_lineno, end_offset])` tuple of a
/// SyntaxError's args, when it was made with one.
fn details(args: Value) -> &'static [Value] {
    match args.as_tuple() {
        Some([_, info]) => match info.as_tuple() {
            Some(d) if d.len() == 4 || d.len() == 6 => d,
            _ => &[],
        },
        _ => &[],
    }
}

/// The SyntaxError attribute `name` (msg, filename, lineno, offset, text,
/// end_lineno, end_offset, print_file_and_line), None when not one of them.
pub fn field(args: Value, name: &str) -> Option<Value> {
    let i = match name {
        "msg" => return Some(args.as_tuple().and_then(|a| a.first().copied()).unwrap_or(Value::NONE)),
        "print_file_and_line" => return Some(Value::NONE),
        "filename" => 0,
        "lineno" => 1,
        "offset" => 2,
        "text" => 3,
        "end_lineno" => 4,
        "end_offset" => 5,
        _ => return None,
    };
    Some(details(args).get(i).copied().unwrap_or(Value::NONE))
}

/// `str()` of a SyntaxError: its msg, with `(file, line N)` when known
/// (the file's base name, as CPython prints it).
pub fn to_str(vm: &mut Vm, args: Value) -> PyResult<String> {
    let msg = field(args, "msg").unwrap_or(Value::NONE);
    let mut s = vm.to_str(msg)?;
    let d = details(args);
    let file = d.first().and_then(|f| f.as_str()).map(|f| f.s.rsplit('/').next().unwrap_or_default().to_string());
    let line = d.get(1).and_then(|l| l.as_small_int());
    match (file, line) {
        (Some(f), Some(l)) => s.push_str(&format!(" ({f}, line {l})")),
        (Some(f), None) => s.push_str(&format!(" ({f})")),
        (None, Some(l)) => s.push_str(&format!(" (line {l})")),
        (None, None) => {}
    }
    Ok(s)
}

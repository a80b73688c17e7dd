//! Exceptions: making instances of exception classes, matching `except`
//! clauses, and printing tracebacks the way CPython does.

use crate::object::Body;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::fmt::Write;
use std::rc::Rc;
use tierpy_bytecode::Span;

impl Vm {
    /// The class `OSError(errno, strerror, ...)` makes: the subclass for
    /// the errno (ENOENT: FileNotFoundError...), else `cls` itself.
    pub fn oserror_subclass(&mut self, cls: Value, args: &[Value]) -> Value {
        if cls != self.ty(TypeId::OSError) || !(2..=5).contains(&args.len()) {
            return cls;
        }
        let sub = match args[0].as_small_int() {
            Some(32 | 108) => TypeId::BrokenPipeError,
            Some(111) => TypeId::ConnectionRefusedError,
            Some(104) => TypeId::ConnectionResetError,
            Some(17) => TypeId::FileExistsError,
            Some(2) => TypeId::FileNotFoundError,
            Some(21) => TypeId::IsADirectoryError,
            Some(20) => TypeId::NotADirectoryError,
            Some(1 | 13) => TypeId::PermissionError,
            Some(110) => TypeId::TimeoutError,
            _ => return cls,
        };
        self.ty(sub)
    }

    /// Sets a new exception's `args`: the arguments, less an OSError's
    /// filenames (arguments 3 to 5, kept aside for its attributes and str).
    pub fn set_exception_args(&mut self, exc: Value, args: &[Value]) {
        let os = self.ty(TypeId::OSError);
        let cls = self.type_of(exc);
        let with_filenames = (3..=5).contains(&args.len()) && !args[2].is_none() && self.is_subclass(cls, os);
        let all = self.new_tuple(args.to_vec());
        let t = if with_filenames { self.new_tuple(args[..2].to_vec()) } else { all };
        if let Some(e) = exc.exc_data() {
            e.args = t;
            e.os_args = if with_filenames { all } else { Value::EMPTY };
        }
    }

    /// The keyword arguments of a new exception: `name` for NameError and
    /// AttributeError, `obj` for AttributeError, `name` and `path` for
    /// ImportError; CPython's TypeError for others.
    pub fn exception_keywords(&mut self, exc: Value, kwargs: &[(Value, Value)]) -> PyResult<()> {
        if kwargs.is_empty() {
            return Ok(());
        }
        let attribute_error = self.is_type(exc, TypeId::AttributeError);
        let name_error = self.is_type(exc, TypeId::NameError);
        let import_error = self.is_type(exc, TypeId::ImportError);
        let t = self.type_name(exc).to_string();
        if !attribute_error && !name_error && !import_error {
            return Err(self.type_error(format!("{t}() takes no keyword arguments")));
        }
        for &(k, v) in kwargs {
            let Some(e) = exc.exc_data() else { break };
            match k.str_text() {
                "name" | "path" if import_error => self.set_attr(exc, k, v)?,
                "name" => e.name = v,
                "obj" if attribute_error => e.obj = v,
                other => return Err(self.type_error(format!("'{other}' is an invalid keyword argument for {t}()"))),
            }
        }
        Ok(())
    }
}

/// A new exception instance of `cls` with the given args.
pub fn make_exception(vm: &mut Vm, cls: Value, args: Vec<Value>) -> Value {
    let v = vm.new_instance(cls, true);
    let t = vm.new_tuple(args);
    if let Some(e) = v.exc_data() {
        e.args = t;
    }
    v
}

/// Marks the pc of a traceback entry whose method call failed in the lookup.
const LOOKUP_FAILED: u32 = 1 << 31;

/// The state of printing an uncaught exception (CPython's
/// exception_print_context): what was printed, and the group nesting.
struct PrintCtx {
    seen: Vec<Value>,
    depth: usize,
    need_close: bool,
}

/// How many members of a group, and how deep nested groups, are printed.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// The indent and the frame's margin, before each line of a member's report.
    fn indented_margin(&self) -> String {
        if self.depth > 0 { format!("{}| ", self.indent()) } else { String::new() }
    }
}

impl Vm {
    /// Whether `exc` matches an except clause's class or tuple of classes.
    pub fn exception_matches(&mut self, exc: Value, ty: Value) -> PyResult<bool> {
        if let Some(t) = ty.as_tuple() {
            // The classes of a tuple must be exception classes (a nested tuple is not).
            let t = t.to_vec();
            for &c in &t {
                self.exception_class(c)?;
            }
            return Ok(t.iter().any(|&c| self.isinstance(exc, c)));
        }
        self.exception_class(ty)?;
        Ok(self.isinstance(exc, ty))
    }

    /// `except* ty` on what is left of the caught exception: (the part to
    /// handle or None, the new rest or None) (`pylib/_exceptiongroup.py`).
    pub fn except_star_match(&mut self, rest: Value, ty: Value) -> PyResult<(Value, Value)> {
        let pair = self.call_exceptiongroup_helper("_star_match", &[rest, ty])?;
        match pair.as_tuple() {
            Some(&[m, r]) => Ok((m, r)),
            _ => unreachable!("_star_match returns a pair"),
        }
    }

    /// What a try/except* statement re-raises (None: nothing) from the caught
    /// exception and the list of what its handlers raised plus the rest.
    pub fn except_star_reraise(&mut self, orig: Value, excs: Value) -> PyResult<Value> {
        // Which of them are (parts of) the caught group re-raised: CPython
        // compares the traceback, cause, context and notes.
        let items = self.collect_iterable(excs)?;
        let notes = self.intern("__notes__");
        let orig_notes = self.get_attr_opt(orig, notes)?;
        let mut same = vec![];
        for e in items {
            let alike = match (e.exc_data(), orig.exc_data()) {
                (Some(a), Some(b)) => {
                    a.cause == b.cause
                        && a.context == b.context
                        && a.traceback.len() == b.traceback.len()
                        && a.traceback.iter().zip(&b.traceback).all(|(x, y)| Rc::ptr_eq(&x.0, &y.0) && x.1 == y.1 && x.2 == y.2)
                }
                _ => false,
            };
            let alike = alike && self.get_attr_opt(e, notes)? == orig_notes;
            same.push(Value::bool(alike));
        }
        let same = self.new_list(same);
        self.call_exceptiongroup_helper("_star_reraise", &[orig, excs, same])
    }

    fn call_exceptiongroup_helper(&mut self, name: &str, args: &[Value]) -> PyResult<Value> {
        let m = self.import("_exceptiongroup")?;
        let n = self.intern(name);
        let f = self.get_attr(m, n)?;
        self.call(f, args, &[])
    }

    /// Checks that an except clause names an exception class.
    fn exception_class(&mut self, ty: Value) -> PyResult<()> {
        match ty.as_class() {
            Some(c) if c.is_exception => Ok(()),
            _ => Err(self.type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }

    /// Turns the operand of `raise` into an exception instance.
    pub fn exception_from_raise(&mut self, v: Value) -> PyResult<Value> {
        if let Some(c) = v.as_class()
            && c.is_exception
        {
            let e = self.call(v, &[], &[])?;
            if e.exc_data().is_none() {
                let (c, t) = (self.repr(v)?, self.type_of(e));
                let t = self.repr(t)?;
                return Err(self.type_error(format!("calling {c} should have returned an instance of BaseException, not {t}")));
            }
            return Ok(e);
        }
        if v.exc_data().is_some() {
            return Ok(v);
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// Formats an uncaught exception with its chain, as CPython prints it
    /// (exception groups as the tree of their members).
    pub fn format_exception(&mut self, exc: Value) -> String {
        let mut out = String::new();
        let mut ctx = PrintCtx { seen: vec![], depth: 0, need_close: false };
        self.format_recursive(exc, &mut out, &mut ctx);
        out
    }

    /// CPython's print_exception_recursive: the chain, then the exception.
    fn format_recursive(&mut self, exc: Value, out: &mut String, ctx: &mut PrintCtx) {
        ctx.seen.push(exc);
        if let Some(e) = exc.exc_data() {
            let (cause, context, suppress) = (e.cause, e.context, e.suppress_context);
            if cause.exc_data().is_some() {
                if !ctx.seen.contains(&cause) {
                    self.format_chained(cause, "The above exception was the direct cause of the following exception:\n", out, ctx);
                }
            } else if !suppress && context.exc_data().is_some() && !ctx.seen.contains(&context) {
                self.format_chained(context, "During handling of the above exception, another exception occurred:\n", out, ctx);
            }
        }
        match self.group_members(exc) {
            Some(members) => self.format_group(exc, &members, out, ctx),
            None => self.format_one(exc, out, ctx),
        }
    }

    fn format_chained(&mut self, exc: Value, message: &str, out: &mut String, ctx: &mut PrintCtx) {
        let need_close = ctx.need_close;
        self.format_recursive(exc, out, ctx);
        ctx.need_close = need_close;
        let m = ctx.indented_margin();
        let _ = write!(out, "{m}\n{m}{message}{m}\n");
    }

    /// The members of an exception group; None for other exceptions.
    fn group_members(&mut self, exc: Value) -> Option<Vec<Value>> {
        // No group exists before `pylib/_exceptiongroup.py` ran.
        let m = *self.modules.get("_exceptiongroup")?;
        let name = self.intern("BaseExceptionGroup");
        let cls = self.get_attr(m, name).ok()?;
        if !self.isinstance(exc, cls) {
            return None;
        }
        let k = self.intern("exceptions");
        let members = self.get_attr(exc, k).ok()?;
        members.as_tuple().map(|t| t.to_vec())
    }

    /// CPython's print_exception_group: the group, then each member in a frame.
    fn format_group(&mut self, exc: Value, members: &[Value], out: &mut String, ctx: &mut PrintCtx) {
        if ctx.depth > MAX_GROUP_DEPTH {
            let _ = writeln!(out, "{}... (max_group_depth is {MAX_GROUP_DEPTH})", ctx.indented_margin());
            return;
        }
        if ctx.depth == 0 {
            ctx.depth += 1;
        }
        self.format_one(exc, out, ctx);
        let n = members.len().min(MAX_GROUP_WIDTH + 1);
        ctx.need_close = false;
        for (i, &m) in members.iter().take(n).enumerate() {
            let last = i == n - 1;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
            let _ = writeln!(out, "{}{}+---------------- {title} ----------------", ctx.indent(), if i == 0 { "+-" } else { "  " });
            ctx.depth += 1;
            if truncated {
                let rest = members.len() - MAX_GROUP_WIDTH;
                let _ = writeln!(out, "{}and {rest} more exception{}", ctx.indented_margin(), if rest > 1 { "s" } else { "" });
            } else {
                self.format_recursive(m, out, ctx);
            }
            if last && ctx.need_close {
                let _ = writeln!(out, "{}+------------------------------------", ctx.indent());
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if ctx.depth == 1 {
            ctx.depth -= 1;
        }
    }

    fn format_one(&mut self, exc: Value, out: &mut String, ctx: &PrintCtx) {
        let lead = ctx.indented_margin();
        if let Some(e) = exc.exc_data()
            && !e.traceback.is_empty()
        {
            if ctx.depth > 0 && self.group_members(exc).is_some() {
                let margin = if ctx.depth == 1 { "+ " } else { "| " };
                let _ = writeln!(out, "{}{margin}Exception Group Traceback (most recent call last):", ctx.indent());
            } else {
                let _ = writeln!(out, "{lead}Traceback (most recent call last):");
            }
            let tb = e.traceback.clone();
            // Like CPython, more than 3 identical consecutive entries are summarized.
            let mut last: Option<(&str, u32, &str)> = None;
            let mut repeats = 0;
            let flush = |out: &mut String, repeats: usize| {
                if repeats > 3 {
                    let n = repeats - 3;
                    let _ = writeln!(out, "{lead}  [Previous line repeated {n} more time{}]", if n == 1 { "" } else { "s" });
                }
            };
            for (code, line, pc) in tb.iter().rev() {
                let key = (&*code.filename, *line, &*code.name);
                if last == Some(key) {
                    repeats += 1;
                    if repeats > 3 {
                        continue;
                    }
                } else {
                    flush(out, repeats);
                    repeats = 1;
                    last = Some(key);
                }
                let _ = writeln!(out, "{lead}  File \"{}\", line {}, in {}", code.filename, line, code.name);
                if let Some(src) = self.sources.get(&code.filename)
                    && let Some(text) = source_line(src, *line)
                {
                    let t = text.trim_start_matches([' ', '\t', '\x0c']);
                    if !t.trim().is_empty() {
                        let _ = writeln!(out, "{lead}    {t}");
                        let span = code.spans.get((*pc & !LOOKUP_FAILED) as usize).map(|s| match s.anchor_kind {
                            Span::METHOD if *pc & LOOKUP_FAILED != 0 => Span { start: s.anchor.0, end: s.anchor.1, ..Span::default() },
                            _ => *s,
                        });
                        if let Some(carets) = span.and_then(|s| caret_line(src, *line, &s)) {
                            let _ = writeln!(out, "{lead}    {carets}");
                        }
                    }
                }
            }
            flush(out, repeats);
        }
        // (Only the first line of a multi-line message gets the margin, as in CPython.)
        let last = self.exception_last_line(exc);
        let _ = writeln!(out, "{lead}{last}");
    }

    /// `Type: message` as the last traceback line shows it.
    pub fn exception_last_line(&mut self, exc: Value) -> String {
        let name = self.type_name(exc).to_string();
        let cls = self.type_of(exc);
        // As the traceback module: no module for __main__ and builtins.
        let module = self.module_prefix(cls);
        let full = if module == "__main__." { name } else { format!("{module}{name}") };
        // A SyntaxError shows only its msg (the position is on the lines above).
        let shown = match exc.exc_data() {
            Some(e) if self.is_type(exc, TypeId::SyntaxError) => crate::syntax_error::field(e.args, "msg").unwrap_or(Value::NONE),
            _ => exc,
        };
        let mut msg = match self.to_str(shown) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".into(),
        };
        if let Some(s) = self.suggestion(exc) {
            msg.push_str(&format!(". Did you mean: '{s}'?"));
        }
        if msg.is_empty() { full } else { format!("{full}: {msg}") }
    }

    /// Adds a traceback entry as an exception leaves a frame at instruction `pc`.
    /// (A method call whose lookup raised the AttributeError is marked by
    /// [`LOOKUP_FAILED`]: the carets go under `obj.name`.)
    pub fn add_traceback(&mut self, exc: Value, code: &std::rc::Rc<tierpy_bytecode::CodeObject>, pc: usize) {
        let method_lookup =
            matches!(code.instrs.get(pc), Some(tierpy_bytecode::Instr::CallMethod { .. })) && self.is_type(exc, TypeId::AttributeError);
        if let Some(e) = exc.exc_data() {
            let flag = if method_lookup && e.traceback.is_empty() { LOOKUP_FAILED } else { 0 };
            e.traceback.push((code.clone(), code.line_at(pc), pc as u32 | flag));
        }
    }

    /// Sets `__context__` of a newly raised exception from the handled one.
    pub fn set_context(&mut self, exc: Value) {
        let Some(&top) = self.exc_stack.last() else {
            return;
        };
        if top == exc || top.is_none() {
            return;
        }
        // Avoid cycles: cut the chain where it leads back to exc.
        let mut c = top;
        while let Some(d) = c.exc_data() {
            if d.context == exc {
                d.context = Value::NONE;
                break;
            }
            c = d.context;
            if c.is_none() {
                break;
            }
        }
        if let Some(e) = exc.exc_data()
            && e.context.is_none()
        {
            e.context = top;
        }
    }

    /// A traceback object for an exception (None when it has no traceback).
    pub fn traceback_of(&mut self, exc: Value) -> Value {
        match exc.exc_data() {
            Some(d) if !d.traceback.is_empty() => {
                let index = d.traceback.len() as u32 - 1;
                self.heap.alloc(Body::Traceback { exc, index })
            }
            _ => Value::NONE,
        }
    }

    /// Whether a value is an exception of the builtin class `t`.
    pub fn is_exc(&self, e: PyErr, t: TypeId) -> bool {
        self.is_type(e.0, t)
    }

    /// The exit status and message for SystemExit(code).
    pub fn system_exit_status(&mut self, exc: Value) -> (i32, Option<String>) {
        let args = exc.exc_data().map(|e| e.args).unwrap_or(Value::NONE);
        let code = args
            .as_tuple()
            .map(|t| {
                if t.len() == 1 {
                    t[0]
                } else if t.is_empty() {
                    Value::NONE
                } else {
                    args
                }
            })
            .unwrap_or(Value::NONE);
        if code.is_none() {
            return (0, None);
        }
        if let Some(i) = code.as_small_int() {
            return (i as i32, None);
        }
        if let Some(b) = code.as_bool() {
            return (b as i32, None);
        }
        let s = self.to_str(code).unwrap_or_default();
        (1, Some(s))
    }
}

fn source_line(src: &str, line: u32) -> Option<&str> {
    let mut n = 1;
    let b = src.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        if n == line {
            break;
        }
        if b[i] == b'\n' || (b[i] == b'\r' && b.get(i + 1) != Some(&b'\n')) {
            n += 1;
            start = i + 1;
        }
        i += 1;
    }
    if n != line {
        return None;
    }
    let rest = &src[start..];
    let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
    Some(&rest[..end])
}

/// The carets CPython 3.11 prints under source line `line` of a traceback
/// for the instruction whose expression is at `span` (PEP 657): `^` under the
/// expression (to the end of the line when it goes on), or `~` with `^` under
/// the operator of a binary operation or the index of a subscript; None when
/// it would print none (the expression is the whole line).
fn caret_line(src: &str, line: u32, span: &Span) -> Option<String> {
    let text = source_line(src, line)?;
    let line_start = text.as_ptr() as usize - src.as_ptr() as usize;
    let line_end = line_start + text.len();
    let (start, end) = (span.start as usize, span.end as usize);
    if end <= start || start < line_start || start > line_end {
        return None;
    }
    let start_b = start - line_start;
    let single = end <= line_end;
    let end_b = if single { end - line_start } else { text.trim_end().len() };
    let segment = text.get(start_b..end_b)?;
    let anchors = if single { caret_anchors(segment, span, start) } else { None };
    let chars = |b: usize| text.get(..b).map(|t| t.chars().count());
    let (s, e) = (chars(start_b)?, chars(end_b)?);
    let indent = text.len() - text.trim_start_matches([' ', '\t', '\x0c']).len();
    let stripped_len = text.chars().count() - indent;
    let secondary = anchors.is_some_and(|(l, r)| r > l);
    if e - s == stripped_len && !secondary {
        return None;
    }
    let mut out = " ".repeat(s.checked_sub(indent)?);
    match anchors {
        Some((l, r)) if r <= e - s => {
            out.push_str(&"~".repeat(l));
            out.push_str(&"^".repeat(r - l));
            out.push_str(&"~".repeat(e - s - r));
        }
        _ => out.push_str(&"^".repeat(e - s)),
    }
    Some(out)
}

/// Where in `segment` (which starts at byte `seg_start` of the source) the
/// `^` of a binary operator or subscript go: (first, past last), in chars.
fn caret_anchors(segment: &str, span: &Span, seg_start: usize) -> Option<(usize, usize)> {
    let seg = segment.as_bytes();
    let rel = |abs: u32| (abs as usize).checked_sub(seg_start).filter(|&r| r <= seg.len());
    let (l, r) = match span.anchor_kind {
        Span::BINOP => {
            // The first non-blank character after the left operand (past closing parens).
            let (left_end, right_start) = (rel(span.anchor.0)?, rel(span.anchor.1)?);
            let mut found = None;
            let mut i = left_end;
            while i < right_start {
                if seg[i].is_ascii_whitespace() {
                    i += 1;
                    continue;
                }
                let two = i + 1 < right_start && !seg[i + 1].is_ascii_whitespace();
                found = Some((i, i + 1 + two as usize));
                if i + 1 < right_start && seg[i] == b')' {
                    i += 1;
                    continue;
                }
                break;
            }
            found?
        }
        Span::SUBSCRIPT => {
            let (mut l, mut r) = (rel(span.anchor.0)?, rel(span.anchor.1)? + 1);
            while l < seg.len() && seg[l] != b'[' {
                l += 1;
            }
            while r < seg.len() && seg[r] != b']' {
                r += 1;
            }
            if r < seg.len() {
                r += 1;
            }
            (l, r)
        }
        _ => return None,
    };
    let chars = |b: usize| segment.get(..b).map(|t| t.chars().count());
    Some((chars(l)?, chars(r)?))
}

/// Whether a body is a BaseException instance (for the interpreter's raise).
/// A new exception of class `t` with message `msg`, raised `from cause`
/// (CPython's `raise T(msg) from cause`).
pub fn raise_from(vm: &mut Vm, t: crate::types::TypeId, msg: &str, cause: Value) -> crate::vm::PyErr {
    let m = vm.new_str(msg);
    let cls = vm.ty(t);
    let e = make_exception(vm, cls, vec![m]);
    if let Some(d) = e.exc_data() {
        d.cause = cause;
        d.context = cause;
        d.suppress_context = true;
    }
    crate::vm::PyErr(e)
}

pub fn is_exception_instance(v: Value) -> bool {
    matches!(v.body(), Some(Body::Instance(i)) if i.exc.is_some())
}

/// CPython's Levenshtein distance for suggestions (case changes cost 1, other edits 2).
fn levenshtein(a: &[char], b: &[char], max: usize) -> usize {
    const MOVE: usize = 2;
    let sub = |x: char, y: char| {
        if x == y {
            0
        } else if x.to_lowercase().eq(y.to_lowercase()) {
            1
        } else {
            MOVE
        }
    };
    let mut prev: Vec<usize> = (0..=b.len()).map(|j| j * MOVE).collect();
    for (i, &ca) in a.iter().enumerate() {
        let mut cur = vec![(i + 1) * MOVE; b.len() + 1];
        let mut best = cur[0];
        for (j, &cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + sub(ca, cb)).min(prev[j + 1] + MOVE).min(cur[j] + MOVE);
            best = best.min(cur[j + 1]);
        }
        if best > max {
            return max + 1;
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The closest candidate to `name` as CPython's `_Py_CalculateSuggestions` picks it.
pub fn closest_name(name: &str, candidates: &[String]) -> Option<String> {
    let n: Vec<char> = name.chars().collect();
    if n.len() > 40 || candidates.len() > 750 {
        return None;
    }
    let mut best: Option<(usize, &String)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let cc: Vec<char> = c.chars().collect();
        if cc.len() > 40 {
            continue;
        }
        let mut max = (n.len() + cc.len() + 3) * 2 / 6;
        if let Some((d, _)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = levenshtein(&n, &cc, max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c.clone())
}

impl Vm {
    /// The "Did you mean" hint for a NameError or AttributeError.
    fn suggestion(&mut self, exc: Value) -> Option<String> {
        let d = exc.exc_data()?;
        let (name, obj) = (d.name, d.obj);
        let name = name.as_str()?.s.to_string();
        let mut cands: Vec<String> = vec![];
        if self.is_type(exc, TypeId::AttributeError) {
            if obj.is_empty() {
                return None;
            }
            match obj.body() {
                Some(Body::Instance(i)) => {
                    cands.extend(i.dict.iter().map(|e| e.key.str_text().to_string()));
                    let mro = i.class.as_class()?.mro.clone();
                    for k in mro {
                        cands.extend(k.as_class()?.dict.iter().map(|e| e.key.str_text().to_string()));
                    }
                }
                Some(Body::Class(c)) => {
                    for k in c.mro.clone() {
                        cands.extend(k.as_class()?.dict.iter().map(|e| e.key.str_text().to_string()));
                    }
                }
                Some(Body::Module { .. }) => cands.extend(obj.module_ns().expect("a module").iter().map(|e| e.key.str_text().to_string())),
                _ => {
                    let t = self.type_id(obj);
                    cands.extend(crate::methods::names(t).into_iter().map(String::from));
                }
            }
        } else if self.is_type(exc, TypeId::NameError) {
            let g = self.main_globals.as_dict()?;
            cands.extend(g.iter().map(|e| e.key.str_text().to_string()));
            if let Some(s) = closest_name(&name, &cands) {
                return Some(s);
            }
            cands.clear();
            let b = self.builtins.as_dict()?;
            cands.extend(b.iter().map(|e| e.key.str_text().to_string()));
        } else {
            return None;
        }
        closest_name(&name, &cands)
    }
}

/// An OSError attribute from its constructor arguments: `errno` and
/// `strerror` need at least two, `filename` three, `filename2` five.
pub fn os_error_field(args: Value, field: &str) -> Value {
    let items = args.as_tuple().unwrap_or(&[]);
    if !(2..=5).contains(&items.len()) {
        return Value::NONE;
    }
    let i = match field {
        "errno" => 0,
        "strerror" => 1,
        "filename" => 2,
        _ => 4,
    };
    items.get(i).copied().unwrap_or(Value::NONE)
}

/// `str()` of an OSError made with (errno, strerror[, filename[, _, filename2]]).
pub fn os_error_str(vm: &mut Vm, args: Value) -> PyResult<Option<String>> {
    let items = args.as_tuple().unwrap_or(&[]).to_vec();
    if !(2..=5).contains(&items.len()) {
        return Ok(None);
    }
    let mut s = format!("[Errno {}] {}", vm.to_str(items[0])?, vm.to_str(items[1])?);
    if let Some(&f) = items.get(2).filter(|f| !f.is_none()) {
        s.push_str(": ");
        s.push_str(&vm.repr(f)?);
        if let Some(&f2) = items.get(4).filter(|f| !f.is_none()) {
            s.push_str(" -> ");
            s.push_str(&vm.repr(f2)?);
        }
    }
    Ok(Some(s))
}

//! Compile errors, shaped like CPython's SyntaxError reports.

use crate::lines::LineTable;
use rustpython_parser::{ParseError, ParseErrorType};

/// A SyntaxError (or IndentationError) with its position.
#[derive(Debug, Clone)]
pub struct CompileError {
    /// The exception class name: SyntaxError, IndentationError, TabError.
    pub kind: &'static str,
    pub msg: String,
    pub line: u32,
    /// 1-based column of the caret, 0 for none.
    pub col: u32,
    /// The offending source line.
    pub text: String,
}

impl CompileError {
    /// An error at a byte offset of `source`.
    pub fn at(kind: &'static str, msg: impl Into<String>, source: &str, table: &LineTable, offset: u32) -> CompileError {
        let line = table.line(offset);
        CompileError { kind, msg: msg.into(), line, col: table.column(source, offset), text: table.text(source, line).to_string() }
    }
}

/// Checks the parser cannot be trusted with: NUL bytes, brackets nested
/// beyond CPython's limit, too many indentation levels. The earliest wins,
/// as in CPython's tokenizer.
pub fn precheck(source: &str, table: &LineTable) -> Option<CompileError> {
    let found = scan(source);
    let nul = source.find('\0').map(|p| p as u32);
    let first = [nul, found.too_deep, found.too_indented].into_iter().flatten().min()?;
    if Some(first) == found.too_deep {
        return Some(CompileError::at("SyntaxError", "too many nested parentheses", source, table, first));
    }
    // These two are reported without a caret.
    let mut e = if Some(first) == nul {
        let mut e = CompileError::at("SyntaxError", "source code cannot contain null bytes", source, table, first);
        e.text.truncate(e.text.find('\0').unwrap_or(e.text.len()));
        e
    } else {
        CompileError::at("IndentationError", "too many levels of indentation", source, table, first)
    };
    e.col = 0;
    Some(e)
}

/// Translates a rustpython-parser error into CPython's wording where known.
pub fn from_parse_error(source: &str, table: &LineTable, e: &ParseError) -> CompileError {
    let offset = e.offset.to_u32().min(source.len() as u32);
    let whole = scan(source);
    if let Some((off, triple)) = whole.unterminated_string {
        let line = table.line(off);
        let mut err = if triple {
            let last = table.line(source.trim_end_matches(['\n', '\r']).len() as u32);
            CompileError::at(
                "SyntaxError",
                format!("unterminated triple-quoted string literal (detected at line {last})"),
                source,
                table,
                off,
            )
        } else {
            CompileError::at("SyntaxError", format!("unterminated string literal (detected at line {line})"), source, table, off)
        };
        err.line = line;
        return err;
    }
    // CPython reports a bracket left open on an earlier line than the error
    // (unless a grammar rule of its own names the error).
    let upto = source.get(..offset as usize).unwrap_or(source);
    if !names_argument_error(&e.error)
        && let Some((c, off)) = scan(upto).unclosed_bracket.or(whole.unclosed_bracket)
    {
        let at_eof = matches!(e.error, ParseErrorType::Eof) || offset as usize >= source.trim_end().len();
        if at_eof || table.line(off) != table.line(offset) {
            return CompileError::at("SyntaxError", format!("'{c}' was never closed"), source, table, off);
        }
    }
    use rustpython_parser::lexer::LexicalErrorType as Lex;
    if let (ParseErrorType::Lexical(Lex::UnicodeError | Lex::StringError), Some((at, msg))) = (&e.error, &whole.bad_escape) {
        return CompileError::at("SyntaxError", msg.clone(), source, table, *at);
    }
    let (kind, msg): (&'static str, String) = match &e.error {
        ParseErrorType::Eof => ("SyntaxError", "unexpected EOF while parsing".into()),
        ParseErrorType::Lexical(l) => {
            use rustpython_parser::lexer::LexicalErrorType as L;
            match l {
                L::IndentationError => ("IndentationError", "unindent does not match any outer indentation level".into()),
                L::TabError | L::TabsAfterSpaces => ("TabError", "inconsistent use of tabs and spaces in indentation".into()),
                L::PositionalArgumentError if follows_double_star(source.get(..offset as usize).unwrap_or(source)) => {
                    ("SyntaxError", "positional argument follows keyword argument unpacking".into())
                }
                L::PositionalArgumentError => ("SyntaxError", format!("{l}")),
                L::DefaultArgumentError => ("SyntaxError", "non-default argument follows default argument".into()),
                L::DuplicateArgumentError(_)
                | L::DuplicateKeywordArgumentError(_)
                | L::UnpackedArgumentError
                | L::LineContinuationError => ("SyntaxError", format!("{l}")),
                L::OtherError(m) if m.contains("indent") => ("IndentationError", "unexpected indent".into()),
                L::OtherError(m) if m.contains("bytes") => ("SyntaxError", m.clone()),
                _ => ("SyntaxError", "invalid syntax".into()),
            }
        }
        ParseErrorType::UnrecognizedToken(tok, _) => {
            let t = format!("{tok:?}");
            if let Some(after) = block_opener_before(source, table, offset) {
                ("IndentationError", format!("expected an indented block after {after}"))
            } else if t.contains("Indent") && !t.contains("Dedent") {
                ("IndentationError", "unexpected indent".into())
            } else if t.contains("Dedent") {
                ("IndentationError", "unindent does not match any outer indentation level".into())
            } else {
                ("SyntaxError", "invalid syntax".into())
            }
        }
        _ => ("SyntaxError", "invalid syntax".into()),
    };
    CompileError::at(kind, msg, source, table, offset)
}

/// Whether the error is one of the argument-list errors CPython's grammar
/// reports by name.
fn names_argument_error(e: &ParseErrorType) -> bool {
    use rustpython_parser::lexer::LexicalErrorType as L;
    matches!(
        e,
        ParseErrorType::Lexical(
            L::DefaultArgumentError
                | L::DuplicateArgumentError(_)
                | L::DuplicateKeywordArgumentError(_)
                | L::PositionalArgumentError
                | L::UnpackedArgumentError
        )
    )
}

/// Whether the arguments of the call that `before` (the source up to an
/// argument) is inside include a `**mapping` unpacking: the arguments back to
/// the call's unmatched `(`, nested brackets and strings left out (roughly).
fn follows_double_star(before: &str) -> bool {
    let bytes = before.as_bytes();
    let mut depth = 0usize;
    let mut i = bytes.len();
    while i > 0 {
        i -= 1;
        match bytes[i] {
            b')' | b']' | b'}' => depth += 1,
            b'(' | b'[' | b'{' if depth == 0 => return false,
            b'(' | b'[' | b'{' => depth -= 1,
            b'*' if depth == 0 && i > 0 && bytes[i - 1] == b'*' => {
                let before_stars = before[..i - 1].trim_end();
                if before_stars.ends_with(',') || before_stars.ends_with('(') {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// When the error sits on the line after a block header that has no indented
/// body, CPython's "after ... on line N" text.
fn block_opener_before(source: &str, table: &LineTable, offset: u32) -> Option<String> {
    let line = table.line(offset);
    let indent = |t: &str| t.len() - t.trim_start().len();
    let cur = table.text(source, line);
    let mut prev = line.checked_sub(1)?;
    while prev > 0 && table.text(source, prev).trim().is_empty() {
        prev -= 1;
    }
    if prev == 0 {
        return None;
    }
    let head = table.text(source, prev);
    let h = head.trim();
    if !h.ends_with(':') || (!cur.trim().is_empty() && indent(cur) > indent(head)) {
        return None;
    }
    let word = h.split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or("");
    let what = match word {
        "def" => "function definition".to_string(),
        "class" => "class definition".to_string(),
        "if" | "elif" | "else" | "for" | "while" | "try" | "except" | "finally" | "with" => {
            format!("'{word}' statement")
        }
        _ => return None,
    };
    Some(format!("{what} on line {prev}"))
}

/// The tokenizer's limits (CPython's MAXLEVEL and MAXINDENT).
const MAX_NESTED_BRACKETS: usize = 200;
const MAX_INDENT_LEVELS: usize = 100;

/// What a light tokenizer finds wrong in the source.
#[derive(Default)]
struct Scan {
    /// The first bracket left open at the end of the source.
    unclosed_bracket: Option<(char, u32)>,
    unterminated_string: Option<(u32, bool)>,
    /// The bracket opened beyond [`MAX_NESTED_BRACKETS`].
    too_deep: Option<u32>,
    /// The start of the first line indented beyond [`MAX_INDENT_LEVELS`].
    too_indented: Option<u32>,
    /// The first truncated `\x`/`\u`/`\U` escape: its literal's start and CPython's message.
    bad_escape: Option<(u32, String)>,
}

/// CPython's message for a truncated `\x`, `\u` or `\U` escape starting at
/// byte `pos` of a literal's body, or None when the escape is complete.
fn truncated_escape(body: &[u8], pos: usize, is_bytes: bool) -> Option<String> {
    let kind = *body.get(pos + 1)?;
    let need = match kind {
        b'x' => 2,
        b'u' if !is_bytes => 4,
        b'U' if !is_bytes => 8,
        _ => return None,
    };
    let digits = body[pos + 2..].iter().take(need).take_while(|c| c.is_ascii_hexdigit()).count();
    if digits == need {
        return None;
    }
    if is_bytes {
        return Some(format!("(value error) invalid \\x escape at position {pos}"));
    }
    let shape = format!("\\{}{}", kind as char, "X".repeat(need));
    Some(format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {pos}-{}: truncated {shape} escape",
        pos + 1 + digits
    ))
}

fn scan(source: &str) -> Scan {
    let b = source.as_bytes();
    let mut out = Scan::default();
    let mut stack: Vec<(char, u32)> = vec![];
    let mut indents: Vec<usize> = vec![0];
    let mut i = 0;
    let mut line_start = true;
    while i < b.len() {
        if line_start {
            line_start = false;
            check_indent(b, i, &mut indents, &mut out);
        }
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                let start = i;
                let triple = b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c);
                let prefix = &b[b[..start].iter().rposition(|p| !p.is_ascii_alphabetic()).map_or(0, |p| p + 1)..start];
                let raw = prefix.iter().any(|p| p.eq_ignore_ascii_case(&b'r'));
                let is_bytes = prefix.iter().any(|p| p.eq_ignore_ascii_case(&b'b'));
                let is_f = prefix.iter().any(|p| p.eq_ignore_ascii_case(&b'f'));
                i += if triple { 3 } else { 1 };
                // Escape positions count from the literal's body (in an
                // f-string, from the text after the last replacement field).
                let mut body = i;
                let mut closed = false;
                while i < b.len() {
                    if is_f && b[i] == b'}' {
                        body = i + 1;
                    }
                    if b[i] == b'\\' {
                        if !raw
                            && out.bad_escape.is_none()
                            && let Some(msg) = truncated_escape(&b[body..], i - body, is_bytes)
                        {
                            // Reported at the literal's last line, as CPython does.
                            let end =
                                b[i..].windows(if triple { 3 } else { 1 }).position(|w| w.iter().all(|&q| q == c)).map_or(i, |p| i + p);
                            out.bad_escape = Some((end as u32, msg));
                        }
                        i += 2;
                        continue;
                    }
                    if !triple && (b[i] == b'\n' || b[i] == b'\r') {
                        break;
                    }
                    if b[i] == c && (!triple || (b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c))) {
                        i += if triple { 3 } else { 1 };
                        closed = true;
                        break;
                    }
                    i += 1;
                }
                if !closed {
                    // Include a string prefix (r, b, f, u) in the caret position.
                    let mut s = start;
                    while s > 0 && b[s - 1].is_ascii_alphabetic() {
                        s -= 1;
                    }
                    out.unterminated_string = Some((s as u32, triple));
                    return out;
                }
                continue;
            }
            b'(' | b'[' | b'{' => {
                if stack.len() >= MAX_NESTED_BRACKETS && out.too_deep.is_none() {
                    out.too_deep = Some(i as u32);
                }
                stack.push((c as char, i as u32));
            }
            b')' | b']' | b'}' => {
                stack.pop();
            }
            b'\n' => line_start = stack.is_empty() && !(i > 0 && b[i - 1] == b'\\'),
            _ => {}
        }
        i += 1;
    }
    out.unclosed_bracket = stack.first().copied();
    out
}

/// At the start of a logical line: tracks indentation levels (tabs to
/// multiples of 8, as CPython) and records the first line beyond the limit.
fn check_indent(b: &[u8], start: usize, indents: &mut Vec<usize>, out: &mut Scan) {
    let mut col = 0;
    let mut i = start;
    while let Some(&c) = b.get(i) {
        match c {
            b' ' => col += 1,
            b'\t' => col = (col / 8 + 1) * 8,
            b'\x0c' => col = 0,
            _ => break,
        }
        i += 1;
    }
    if matches!(b.get(i), None | Some(b'\n' | b'\r' | b'#')) {
        return;
    }
    while indents.len() > 1 && col < *indents.last().unwrap_or(&0) {
        indents.pop();
    }
    if col > *indents.last().unwrap_or(&0) {
        indents.push(col);
        if indents.len() > MAX_INDENT_LEVELS && out.too_indented.is_none() {
            out.too_indented = Some(start as u32);
        }
    }
}

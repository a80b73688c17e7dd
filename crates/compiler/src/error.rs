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
        CompileError {
            kind,
            msg: msg.into(),
            line,
            col: table.column(source, offset),
            text: table.text(source, line).to_string(),
        }
    }
}

/// Checks the parser cannot be trusted with: NUL bytes.
pub fn precheck(source: &str, table: &LineTable) -> Option<CompileError> {
    let pos = source.find('\0')?;
    let mut e = CompileError::at("SyntaxError", "source code string cannot contain null bytes", source, table, pos as u32);
    e.col = 0;
    e.line = 0;
    Some(e)
}

/// Translates a rustpython-parser error into CPython's wording where known.
pub fn from_parse_error(source: &str, table: &LineTable, e: &ParseError) -> CompileError {
    let offset = e.offset.to_u32();
    let text = format!("{}", e.error);
    let (kind, msg) = match &e.error {
        ParseErrorType::Eof => {
            let opened = unclosed_bracket(source);
            match opened {
                Some((c, off)) => {
                    let mut err = CompileError::at("SyntaxError", format!("'{c}' was never closed"), source, table, off);
                    err.col = table.column(source, off);
                    return err;
                }
                None => ("SyntaxError", "unexpected EOF while parsing".to_string()),
            }
        }
        ParseErrorType::Lexical(l) => {
            let s = format!("{l}");
            if s.contains("indent") || s.contains("Indent") {
                if s.contains("unindent") || s.contains("dedent") {
                    ("IndentationError", "unindent does not match any outer indentation level".into())
                } else {
                    ("IndentationError", "unexpected indent".into())
                }
            } else if s.contains("EOL") || s.contains("unterminated string") || s.contains("StringError") {
                ("SyntaxError", "unterminated string literal (detected at line N)".into())
            } else if s.contains("triple") {
                ("SyntaxError", "unterminated triple-quoted string literal (detected at line N)".into())
            } else {
                ("SyntaxError", "invalid syntax".into())
            }
        }
        ParseErrorType::UnrecognizedToken(tok, _) => {
            let t = format!("{tok:?}");
            if t.contains("Indent") {
                ("IndentationError", "unexpected indent".into())
            } else if t.contains("Dedent") {
                ("IndentationError", "unindent does not match any outer indentation level".into())
            } else {
                ("SyntaxError", "invalid syntax".into())
            }
        }
        _ => ("SyntaxError", if text.is_empty() { "invalid syntax".into() } else { "invalid syntax".into() }),
    };
    let mut err = CompileError::at(kind, msg, source, table, offset.min(source.len() as u32));
    if err.msg.contains("(detected at line N)") {
        let last = table.line(source.len() as u32);
        err.msg = err.msg.replace("line N", &format!("line {}", last.max(err.line)));
    }
    err
}

/// The first bracket left open at the end of the source, if any.
fn unclosed_bracket(source: &str) -> Option<(char, u32)> {
    let mut stack: Vec<(char, u32)> = vec![];
    let mut chars = source.char_indices().peekable();
    let mut quote: Option<(char, bool)> = None;
    while let Some((i, c)) = chars.next() {
        if let Some((q, triple)) = quote {
            if c == '\\' {
                chars.next();
            } else if c == q {
                if !triple {
                    quote = None;
                } else if source[i..].starts_with(&q.to_string().repeat(3)) {
                    chars.next();
                    chars.next();
                    quote = None;
                }
            } else if c == '\n' && !triple {
                quote = None;
            }
            continue;
        }
        match c {
            '#' => {
                while let Some(&(_, c2)) = chars.peek() {
                    if c2 == '\n' {
                        break;
                    }
                    chars.next();
                }
            }
            '\'' | '"' => {
                let triple = source[i..].starts_with(&c.to_string().repeat(3));
                if triple {
                    chars.next();
                    chars.next();
                }
                quote = Some((c, triple));
            }
            '(' | '[' | '{' => stack.push((c, i as u32)),
            ')' | ']' | '}' => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack.first().copied()
}

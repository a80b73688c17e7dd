//! Python's quoting of text for `repr`, shared by the runtime (`repr` of a
//! str) and the compiler (constants named in its error messages).

/// `s` in quotes the way CPython's `repr` writes it: single quotes unless
/// the text has a single quote and no double quote; backslash escapes for
/// `\\`, `\n`, `\r`, `\t` and the quote; `\xhh` for control characters; and
/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh` for the characters `escape` picks.
pub fn quote_text(s: &str, escape: impl Fn(char) -> bool) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f || escape(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::quote_text;

    #[test]
    fn quotes_like_cpython() {
        assert_eq!(quote_text("it's", |_| false), "\"it's\"");
        assert_eq!(quote_text("a'\"b\n\x01", |_| false), "'a\\'\"b\\n\\x01'");
        assert_eq!(quote_text("é\u{2028}\u{1F600}", |c| c as u32 > 0x7f), "'\\xe9\\u2028\\U0001f600'");
    }
}

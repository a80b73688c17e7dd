//! The `unicode_escape` codec: text as Latin-1 bytes with Python's
//! backslash escapes for everything else (strict error handling only).

/// `s.encode("unicode_escape")`.
pub fn encode(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        match c {
            '\\' => out.extend_from_slice(b"\\\\"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            ' '..='~' => out.push(n as u8),
            _ if n < 0x100 => out.extend(format!("\\x{n:02x}").bytes()),
            _ if n < 0x10000 => out.extend(format!("\\u{n:04x}").bytes()),
            _ => out.extend(format!("\\U{n:08x}").bytes()),
        }
    }
    out
}

/// A decoding failure: the byte span and CPython's reason.
pub type DecodeFailure = (usize, usize, &'static str);

/// `b.decode("unicode_escape")`.
pub fn decode(b: &[u8]) -> Result<String, DecodeFailure> {
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\\' {
            out.push(c as char);
            i += 1;
            continue;
        }
        let Some(&e) = b.get(i + 1) else {
            return Err((i, b.len(), "\\ at end of string"));
        };
        let simple = match e {
            b'\n' => Some(None),
            b'\\' => Some(Some('\\')),
            b'\'' => Some(Some('\'')),
            b'"' => Some(Some('"')),
            b'a' => Some(Some('\x07')),
            b'b' => Some(Some('\x08')),
            b'f' => Some(Some('\x0c')),
            b'n' => Some(Some('\n')),
            b'r' => Some(Some('\r')),
            b't' => Some(Some('\t')),
            b'v' => Some(Some('\x0b')),
            _ => None,
        };
        if let Some(ch) = simple {
            out.extend(ch);
            i += 2;
            continue;
        }
        let (ch, len) = match e {
            b'0'..=b'7' => octal(&b[i + 1..]),
            b'x' => hex_escape(b, i, 2, "truncated \\xXX escape")?,
            b'u' => hex_escape(b, i, 4, "truncated \\uXXXX escape")?,
            b'U' => hex_escape(b, i, 8, "truncated \\UXXXXXXXX escape")?,
            // No Unicode name database: `\N{...}` names are not looked up.
            b'N' => return Err(named_escape(b, i)),
            // Unknown escapes stay as written.
            _ => ('\\', 0),
        };
        out.push(ch);
        i += 1 + len;
    }
    Ok(out)
}

/// The failure for a `\N` escape at `b[at]`.
fn named_escape(b: &[u8], at: usize) -> DecodeFailure {
    if b.get(at + 2) == Some(&b'{')
        && let Some(close) = b[at + 3..].iter().position(|&c| c == b'}')
        && close > 0
    {
        return (at, at + 4 + close, "unknown Unicode character name");
    }
    (at, at + 2, "malformed \\N character escape")
}

/// Up to three octal digits: the character and how many digits were used.
fn octal(b: &[u8]) -> (char, usize) {
    let digits = b.iter().take(3).take_while(|d| (b'0'..=b'7').contains(d)).count();
    let n = b[..digits].iter().fold(0u32, |n, d| n * 8 + (d - b'0') as u32);
    (char::from_u32(n).unwrap_or('\u{fffd}'), digits)
}

/// The `\x`/`\u`/`\U` escape at `b[at]` with `n` hex digits: the character
/// and the escape's length after the backslash.
fn hex_escape(b: &[u8], at: usize, n: usize, truncated: &'static str) -> Result<(char, usize), DecodeFailure> {
    let digits = &b[(at + 2).min(b.len())..(at + 2 + n).min(b.len())];
    let good = digits.iter().take_while(|d| d.is_ascii_hexdigit()).count();
    if good < n {
        return Err((at, at + 2 + good, truncated));
    }
    let value = digits.iter().fold(0u32, |v, d| v * 16 + (*d as char).to_digit(16).unwrap_or(0));
    match char::from_u32(value) {
        Some(c) => Ok((c, 1 + n)),
        None => Err((at, at + 2 + n, "illegal Unicode character")),
    }
}

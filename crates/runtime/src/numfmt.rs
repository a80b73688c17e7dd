//! Number and string formatting and parsing with CPython 3.11 semantics.
//!
//! This module implements the pieces of CPython that turn numbers into text
//! and back:
//!
//! * the format-specification mini-language used by `format()`,
//!   `str.format` and f-strings ([`parse_format_spec`], [`format_int`],
//!   [`format_float`], [`format_str`]);
//! * `repr(float)` / `str(float)` ([`float_repr`]);
//! * the `%` operator for numbers ([`percent_format_float`],
//!   [`percent_format_int`]);
//! * `round(float, ndigits)` ([`float_round`]);
//! * `float(str)` and `int(str, base)` ([`parse_float`], [`parse_int`]);
//! * `hex()` / `oct()` / `bin()` ([`int_to_str_radix`]).
//!
//! Float digit generation is built on Rust's float formatting, which is
//! correctly rounded (round-half-even on the exact binary value) just like
//! David Gay's `dtoa` that CPython uses; the layout rules on top of it are a
//! transcription of CPython's `Python/pystrtod.c`, `Python/formatter_unicode.c`
//! and `Objects/unicodeobject.c`.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{Num, ToPrimitive, Zero};

/// A parsed format specification: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
///
/// `no_neg_zero` records the `z` flag. When the `0` flag is present
/// (`zero_pad`), the effective fill character is `'0'`, and numbers default
/// to `'='` alignment.
#[derive(Debug, Clone, PartialEq)]
pub struct FormatSpec {
    /// Fill character (default `' '`; `'0'` when the `0` flag was given).
    pub fill: char,
    /// Explicit alignment: one of `<`, `>`, `=`, `^`.
    pub align: Option<char>,
    /// Explicit sign option: one of `+`, `-`, ` `.
    pub sign: Option<char>,
    /// The `#` flag.
    pub alternate: bool,
    /// The `0` flag (zero padding, only recognised without an explicit fill).
    pub zero_pad: bool,
    /// Minimum field width.
    pub width: Option<usize>,
    /// Thousands separator: `,` or `_`.
    pub grouping: Option<char>,
    /// Precision (digits after the point, significant digits, or max chars).
    pub precision: Option<usize>,
    /// Presentation type character.
    pub ty: Option<char>,
    /// The `z` flag: coerce negative zero to positive zero after rounding.
    pub no_neg_zero: bool,
}

impl Default for FormatSpec {
    /// The empty format specification (`''`).
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
            no_neg_zero: false,
        }
    }
}

// ---------------------------------------------------------------------------
// Unicode helpers (tables generated from CPython 3.11 / Unicode 14.0.0)
// ---------------------------------------------------------------------------

/// Code points whose decimal value is 0; each starts a run of ten digits.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0,
    0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0,
    0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0,
    0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// `Py_UNICODE_TODECIMAL`: the value of a Unicode decimal digit (category Nd).
fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - 0x30);
    }
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    if idx == 0 {
        return None;
    }
    let off = cp - DECIMAL_ZEROS[idx - 1];
    (off < 10).then_some(off)
}

/// `Py_ISSPACE`: the ASCII whitespace set used by the C-level parsers.
fn is_ascii_py_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: non-ASCII whitespace becomes
/// `' '`, non-ASCII decimal digits become ASCII digits; any other non-ASCII
/// character makes the string unparseable (`None`).
fn transform_decimal_and_space(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    for ch in s.chars() {
        let cp = ch as u32;
        if cp < 127 {
            out.push(cp as u8);
        } else if ch.is_whitespace() {
            // For code points >= 127, Rust's White_Space set equals str.isspace().
            out.push(b' ');
        } else if let Some(d) = decimal_value(ch) {
            out.push(b'0' + d as u8);
        } else {
            return None;
        }
    }
    Some(out)
}

// ---------------------------------------------------------------------------
// Format-spec parsing
// ---------------------------------------------------------------------------

enum SpecError {
    /// "Invalid format specifier ..." (the full message needs the type name).
    Invalid,
    /// Any other ValueError message.
    Msg(String),
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Renders a type character the way CPython's error messages do.
fn type_char_repr(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        format!("'{c}'")
    } else {
        format!("'\\x{cp:x}'")
    }
}

fn unknown_code(ty: char, type_name: &str) -> String {
    format!(
        "Unknown format code {} for object of type '{}'",
        type_char_repr(ty),
        type_name
    )
}

/// Validates the grouping option against the (resolved) presentation type.
fn check_grouping(grouping: Option<char>, ty: char) -> Result<(), String> {
    let Some(g) = grouping else {
        return Ok(());
    };
    match ty {
        'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(()),
        'b' | 'o' | 'x' | 'X' if g == '_' => Ok(()),
        _ => Err(format!(
            "Cannot specify '{g}' with {}.",
            type_char_repr(ty)
        )),
    }
}

/// `get_integer` from formatter_unicode.c: returns the number of digits
/// consumed and the value.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<(usize, usize), SpecError> {
    let mut acc: usize = 0;
    let mut consumed = 0;
    while *pos < chars.len() {
        let Some(d) = decimal_value(chars[*pos]) else {
            break;
        };
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(SpecError::Msg(
                "Too many decimal digits in format string".to_string(),
            ));
        }
        acc = acc * 10 + d;
        *pos += 1;
        consumed += 1;
    }
    Ok((consumed, acc))
}

fn parse_spec_inner(spec: &str) -> Result<FormatSpec, SpecError> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut out = FormatSpec::default();
    let mut fill_specified = false;

    if end >= 2 && is_align(chars[1]) {
        out.fill = chars[0];
        out.align = Some(chars[1]);
        fill_specified = true;
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        out.align = Some(chars[0]);
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        out.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        out.no_neg_zero = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        out.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && chars[pos] == '0' {
        out.fill = '0';
        out.zero_pad = true;
        pos += 1;
    }
    let (consumed, width) = get_integer(&chars, &mut pos)?;
    if consumed > 0 {
        out.width = Some(width);
    }
    if pos < end && chars[pos] == ',' {
        out.grouping = Some(',');
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if out.grouping.is_some() {
            return Err(SpecError::Msg("Cannot specify both ',' and '_'.".to_string()));
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && out.grouping == Some('_') {
        return Err(SpecError::Msg("Cannot specify both ',' and '_'.".to_string()));
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        let (consumed, precision) = get_integer(&chars, &mut pos)?;
        if consumed == 0 {
            return Err(SpecError::Msg("Format specifier missing precision".to_string()));
        }
        out.precision = Some(precision);
    }
    if end - pos > 1 {
        return Err(SpecError::Invalid);
    }
    if end - pos == 1 {
        out.ty = Some(chars[pos]);
    }
    if let Some(ty) = out.ty {
        check_grouping(out.grouping, ty).map_err(SpecError::Msg)?;
    }
    Ok(out)
}

/// Parses a format specification. On error returns CPython's ValueError
/// message; a malformed spec gives the type-agnostic `"Invalid format specifier"`
/// (see [`parse_format_spec_for`] for the full CPython message).
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, String> {
    parse_spec_inner(spec).map_err(|e| match e {
        SpecError::Invalid => "Invalid format specifier".to_string(),
        SpecError::Msg(m) => m,
    })
}

/// Like [`parse_format_spec`], but produces CPython's exact message for a
/// malformed spec: `"Invalid format specifier 'SPEC' for object of type 'TYPE'"`.
pub fn parse_format_spec_for(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    parse_spec_inner(spec).map_err(|e| match e {
        SpecError::Invalid => format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        ),
        SpecError::Msg(m) => m,
    })
}

// ---------------------------------------------------------------------------
// Float to decimal digits (the `_Py_dg_dtoa` replacement)
// ---------------------------------------------------------------------------

/// Digit-generation modes of `_Py_dg_dtoa`.
#[derive(Clone, Copy)]
enum DtoaMode {
    /// Mode 0: shortest string that round-trips.
    Shortest,
    /// Mode 2: `n` significant digits (n >= 1).
    Significant(usize),
    /// Mode 3: `n` digits after the decimal point.
    Fixed(usize),
}

/// Splits Rust's `{:e}` output ("d.ddde-N") into digits and decimal-point position.
fn digits_from_exp_form(s: &str) -> (Vec<u8>, i64) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.iter().all(|&d| d == b'0') {
        return (vec![b'0'], 1);
    }
    (digits, exp + 1)
}

/// Returns the decimal digits of the finite, non-negative `ax` (no leading or
/// trailing zeros; `"0"` for zero) and `decpt`, such that
/// `ax ~= 0.DIGITS * 10**decpt`.
fn dtoa_digits(ax: f64, mode: DtoaMode) -> (Vec<u8>, i64) {
    // An f64's exact decimal expansion has at most 767 significant digits and
    // at most 1074 digits after the point, so clamping the requested precision
    // (Rust limits it to 16 bits) never changes the digits produced.
    match mode {
        DtoaMode::Shortest => {
            // Rust breaks ties between two equally near shortest candidates
            // upwards, Gay's dtoa to even; the correctly rounded (half-even)
            // string of the same length wins whenever it round-trips.
            let shortest = format!("{ax:e}");
            let (digits, decpt) = digits_from_exp_form(&shortest);
            if digits.len() > 1 {
                let nearest = format!("{:.*e}", digits.len() - 1, ax);
                if nearest != shortest && nearest.parse::<f64>() == Ok(ax) {
                    return digits_from_exp_form(&nearest);
                }
            }
            (digits, decpt)
        }
        DtoaMode::Significant(n) => {
            let n = n.clamp(1, 800);
            digits_from_exp_form(&format!("{:.*e}", n - 1, ax))
        }
        DtoaMode::Fixed(n) => {
            let s = format!("{:.*}", n.min(1100), ax);
            let (ip, fp) = s.split_once('.').unwrap_or((&s, ""));
            let mut decpt = ip.len() as i64;
            let all: Vec<u8> = ip.bytes().chain(fp.bytes()).collect();
            let lead = all.iter().take_while(|&&b| b == b'0').count();
            if lead == all.len() {
                return (vec![b'0'], 1);
            }
            decpt -= lead as i64;
            let mut digits = all[lead..].to_vec();
            while digits.last() == Some(&b'0') {
                digits.pop();
            }
            (digits, decpt)
        }
    }
}

/// Flags of `PyOS_double_to_string`.
#[derive(Clone, Copy, Default)]
struct DtoaFlags {
    alt: bool,
    add_dot_0: bool,
    no_neg_0: bool,
    upper: bool,
}

fn push_zeros(out: &mut String, n: i64) {
    for _ in 0..n.max(0) {
        out.push('0');
    }
}

/// `PyOS_double_to_string` / `format_float_short`: `code` is one of
/// `'e'`, `'f'`, `'g'`, `'r'` (lowercase; `flags.upper` selects E/F/G).
fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    if x.is_nan() {
        return if flags.upper { "NAN" } else { "nan" }.to_string();
    }
    if x.is_infinite() {
        let body = if flags.upper { "INF" } else { "inf" };
        return if x < 0.0 { format!("-{body}") } else { body.to_string() };
    }
    let (mode, precision) = match code {
        'e' => (DtoaMode::Significant(precision + 1), precision + 1),
        'f' => (DtoaMode::Fixed(precision), precision),
        'g' => {
            let p = precision.max(1);
            (DtoaMode::Significant(p), p)
        }
        _ => (DtoaMode::Shortest, 0),
    };
    let precision = precision as i64;
    let (digits, mut decpt) = dtoa_digits(x.abs(), mode);
    let mut negative = x.is_sign_negative();
    if flags.no_neg_0 && negative && digits == b"0" {
        negative = false;
    }
    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    let digits = std::str::from_utf8(&digits).unwrap_or("0");
    let mut out = String::with_capacity((vdigits_end - vdigits_start) as usize + 8);
    if negative {
        out.push('-');
    }
    if decpt <= 0 {
        push_zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        push_zeros(&mut out, -decpt);
    } else {
        push_zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(digits);
    }
    if digits_len < decpt {
        push_zeros(&mut out, decpt - digits_len);
        out.push('.');
        push_zeros(&mut out, vdigits_end - decpt);
    } else {
        push_zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if flags.upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// `repr(x)` (and `str(x)`) for a float, e.g. `'0.1'`, `'1e+16'`, `'-0.0'`, `'inf'`.
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtoaFlags {
            add_dot_0: true,
            ..DtoaFlags::default()
        },
    )
}

// ---------------------------------------------------------------------------
// Number layout (calc_number_widths + fill_number)
// ---------------------------------------------------------------------------

/// The pieces of a formatted number, before padding and grouping.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    has_decimal: bool,
    remainder: &'a str,
}

fn effective_fill(spec: &FormatSpec) -> char {
    if spec.zero_pad { '0' } else { spec.fill }
}

/// `_PyUnicode_InsertThousandsGrouping`: groups `digits` from the right,
/// padding with zeros (which are grouped too) up to `min_width` chars.
fn group_digits(digits: &str, min_width: i64, grouping: Option<(char, i64)>) -> String {
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width;
    let Some((sep, size)) = grouping else {
        let l = remaining.max(min_width).max(1);
        let mut out = String::new();
        push_zeros(&mut out, l - remaining);
        out.push_str(digits);
        return out;
    };
    let mut groups: Vec<String> = Vec::new();
    let mut end = digits.len();
    loop {
        let l = size.min(remaining.max(min_width).max(1));
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        let mut group = String::new();
        push_zeros(&mut group, n_zeros);
        group.push_str(&digits[end - n_chars as usize..end]);
        end -= n_chars as usize;
        groups.push(group);
        remaining -= n_chars;
        min_width -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    groups.reverse();
    groups.join(&sep.to_string())
}

fn push_fill(out: &mut String, fill: char, n: i64) {
    for _ in 0..n.max(0) {
        out.push(fill);
    }
}

fn render_number(parts: &NumberParts, spec: &FormatSpec, grouping: Option<(char, i64)>) -> String {
    let fill = effective_fill(spec);
    let align = spec.align.unwrap_or(if spec.zero_pad { '=' } else { '>' });
    let width = spec.width.map_or(-1, |w| w as i64);
    let sign = match spec.sign {
        Some('+') => Some(if parts.negative { '-' } else { '+' }),
        Some(' ') => Some(if parts.negative { '-' } else { ' ' }),
        _ => parts.negative.then_some('-'),
    };
    let n_non_digit = i64::from(sign.is_some())
        + parts.prefix.chars().count() as i64
        + i64::from(parts.has_decimal)
        + parts.remainder.chars().count() as i64;
    let min_width = if fill == '0' && align == '=' { width - n_non_digit } else { 0 };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, min_width, grouping)
    };
    let n_padding = width - (n_non_digit + grouped.chars().count() as i64);
    let (lpad, spad, rpad) = if n_padding > 0 {
        match align {
            '<' => (0, 0, n_padding),
            '^' => (n_padding / 2, 0, n_padding - n_padding / 2),
            '=' => (0, n_padding, 0),
            _ => (n_padding, 0, 0),
        }
    } else {
        (0, 0, 0)
    };
    let mut out = String::new();
    push_fill(&mut out, fill, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(parts.prefix);
    push_fill(&mut out, fill, spad);
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_fill(&mut out, fill, rpad);
    out
}

// ---------------------------------------------------------------------------
// format() for float, int, str
// ---------------------------------------------------------------------------

/// `format(x, spec)` for a float: types None, `e E f F g G n %`.
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, String> {
    let ty = spec.ty.filter(|&c| c != '\0');
    if let Some(t) = ty {
        check_grouping(spec.grouping, t)?;
    }
    match ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(t) => return Err(unknown_code(t, "float")),
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".to_string());
    }
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        ..DtoaFlags::default()
    };
    let mut default_precision = 6;
    let mut val = x;
    let mut add_pct = false;
    let mut code = match ty {
        None => {
            flags.add_dot_0 = true;
            default_precision = 0;
            'r'
        }
        Some('n') => 'g',
        Some('%') => {
            val *= 100.0;
            add_pct = true;
            'f'
        }
        Some(c) => {
            flags.upper = c.is_ascii_uppercase();
            c.to_ascii_lowercase()
        }
    };
    let precision = match spec.precision {
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None => default_precision,
    };
    let mut s = double_to_string(val, code, precision, flags);
    if add_pct {
        s.push('%');
    }
    let (negative, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.as_str()),
    };
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_digits);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let grouping = if ty == Some('n') {
        None
    } else {
        spec.grouping.map(|g| (g, 3))
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    Ok(render_number(&parts, spec, grouping))
}

/// `float(int)`: correctly rounded, or CPython's OverflowError message.
fn bigint_to_f64(x: &BigInt) -> Result<f64, String> {
    match x.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err("int too large to convert to float".to_string()),
    }
}

/// `format(x, spec)` for an int: types None, `b c d o x X n`, and the float
/// types `e E f F g G %` (after conversion to float).
pub fn format_int(x: &BigInt, spec: &FormatSpec) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('d');
    check_grouping(spec.grouping, ty)?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            return format_float(bigint_to_f64(x)?, spec);
        }
        _ => return Err(unknown_code(ty, "int")),
    }
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if spec.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in integer format specifier".to_string(),
        );
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if spec.alternate {
            return Err(
                "Alternate form (#) not allowed with integer format specifier 'c'".to_string(),
            );
        }
        let value = x
            .to_i64()
            .ok_or_else(|| "Python int too large to convert to C long".to_string())?;
        let cp = u32::try_from(value)
            .ok()
            .filter(|&v| v <= 0x10ffff)
            .ok_or_else(|| "%c arg not in range(0x110000)".to_string())?;
        let ch = char::from_u32(cp)
            .ok_or_else(|| format!("%c arg {cp:#x} is a surrogate (not representable)"))?;
        let remainder = ch.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &remainder,
        };
        return Ok(render_number(&parts, spec, None));
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = x.magnitude().to_str_radix(radix);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let grouping = match (spec.grouping, ty) {
        (_, 'n') | (None, _) => None,
        (Some('_'), 'b' | 'o' | 'x' | 'X') => Some(('_', 4)),
        (Some(g), _) => Some((g, 3)),
    };
    let parts = NumberParts {
        negative: x.sign() == Sign::Minus,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    Ok(render_number(&parts, spec, grouping))
}

/// `format(s, spec)` for a str: types None and `s`; precision truncates.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('s');
    check_grouping(spec.grouping, ty)?;
    if ty != 's' {
        return Err(unknown_code(ty, "str"));
    }
    match spec.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".to_string()),
        Some(_) => return Err("Sign not allowed in string format specifier".to_string()),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in string format specifier".to_string(),
        );
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    let fill = effective_fill(spec);
    let mut len = s.chars().count();
    let body: &str = match spec.precision {
        Some(p) if p < len => {
            len = p;
            let cut = s.char_indices().nth(p).map_or(s.len(), |(i, _)| i);
            &s[..cut]
        }
        _ => s,
    };
    let total = spec.width.map_or(len, |w| w.max(len));
    let lpad = match spec.align.unwrap_or('<') {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let rpad = total - len - lpad;
    let mut out = String::with_capacity(body.len() + total - len);
    push_fill(&mut out, fill, lpad as i64);
    out.push_str(body);
    push_fill(&mut out, fill, rpad as i64);
    Ok(out)
}

// ---------------------------------------------------------------------------
// The % operator
// ---------------------------------------------------------------------------

#[derive(Default)]
struct PercentFlags {
    ljust: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
}

impl PercentFlags {
    fn parse(flags: &str) -> Self {
        let mut f = PercentFlags::default();
        for c in flags.chars() {
            match c {
                '-' => f.ljust = true,
                '+' => f.sign = true,
                ' ' => f.blank = true,
                '#' => f.alt = true,
                '0' => f.zero = true,
                _ => {}
            }
        }
        f
    }
}

/// `unicode_format_arg_output` for numeric conversions (sign-aware padding).
fn percent_output(s: &str, f: &PercentFlags, width: Option<usize>, ty: char) -> String {
    let fill = if f.zero { '0' } else { ' ' };
    let chars: Vec<char> = s.chars().collect();
    let mut len = chars.len() as i64;
    let mut pindex = 0usize;
    let mut has_sign = true;
    let mut signchar = ' ';
    match chars.first() {
        Some(&c @ ('-' | '+')) => {
            signchar = c;
            len -= 1;
            pindex += 1;
        }
        _ if f.sign => signchar = '+',
        _ if f.blank => signchar = ' ',
        _ => has_sign = false,
    }
    let mut width = width.map_or(-1, |w| w as i64);
    if width < len {
        width = len;
    }
    let mut out = String::new();
    if has_sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = f.alt && matches!(ty, 'x' | 'X' | 'o') && len >= 2;
    if alt_prefix {
        if fill != ' ' {
            out.extend(&chars[pindex..pindex + 2]);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !f.ljust {
        push_fill(&mut out, fill, width - len);
        width = len;
    }
    if fill == ' ' {
        if has_sign {
            out.push(signchar);
        }
        if alt_prefix {
            out.extend(&chars[pindex..pindex + 2]);
            pindex += 2;
        }
    }
    out.extend(&chars[pindex..pindex + len.max(0) as usize]);
    if width > len {
        push_fill(&mut out, ' ', width - len);
    }
    out
}

/// The `%` operator for floats: `ty` in `e E f F g G` (anything else acts as
/// `g`), `flags` drawn from `"-+ #0"`.
pub fn percent_format_float(
    x: f64,
    flags: &str,
    width: Option<usize>,
    precision: Option<usize>,
    ty: char,
) -> String {
    let f = PercentFlags::parse(flags);
    let code = match ty.to_ascii_lowercase() {
        c @ ('e' | 'f' | 'g') => c,
        _ => 'g',
    };
    let s = double_to_string(
        x,
        code,
        precision.unwrap_or(6),
        DtoaFlags {
            alt: f.alt,
            upper: ty.is_ascii_uppercase(),
            ..DtoaFlags::default()
        },
    );
    percent_output(&s, &f, width, ty)
}

/// The `%` operator for ints: `ty` in `d i u x X o`, `flags` drawn from
/// `"-+ #0"`, `precision` = minimum number of digits.
pub fn percent_format_int(
    x: &BigInt,
    flags: &str,
    width: Option<usize>,
    precision: Option<usize>,
    ty: char,
) -> String {
    let f = PercentFlags::parse(flags);
    let (radix, prefix) = match ty {
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = x.magnitude().to_str_radix(radix);
    let mut s = String::new();
    if x.sign() == Sign::Minus {
        s.push('-');
    }
    if f.alt {
        s.push_str(prefix);
    }
    if let Some(p) = precision {
        push_zeros(&mut s, p as i64 - digits.len() as i64);
    }
    s.push_str(&digits);
    if ty == 'X' {
        s.make_ascii_uppercase();
    }
    percent_output(&s, &f, width, ty)
}

// ---------------------------------------------------------------------------
// round()
// ---------------------------------------------------------------------------

/// `round(x, ndigits)` for a float, correctly rounded like CPython.
///
/// Where CPython raises `OverflowError("rounded value too large to
/// represent")` (e.g. `round(1.7e308, -308)`), this returns an infinity.
pub fn float_round(x: f64, ndigits: i64) -> f64 {
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return x;
    }
    if ndigits < NDIGITS_MIN {
        return 0.0 * x;
    }
    if ndigits >= 0 {
        return format!("{:.*}", ndigits as usize, x).parse().unwrap_or(x);
    }
    // Round |x| to a multiple of 10**k, half to even, using exact arithmetic.
    let k = (-ndigits) as u32;
    let bits = x.abs().to_bits();
    let exp_field = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, exp) = if exp_field == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_field - 1075)
    };
    let pow10 = BigUint::from(10u32).pow(k);
    let (num, den) = if exp >= 0 {
        (BigUint::from(mant) << exp as usize, pow10)
    } else {
        (BigUint::from(mant), pow10 << (-exp) as usize)
    };
    let (mut q, r) = num.div_rem(&den);
    let twice: BigUint = r << 1usize;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1u32;
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    format!("{sign}{q}e{k}").parse().unwrap_or(x)
}

// ---------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------

/// Parses the ASCII body of a float literal (sign, digits, point, exponent, or
/// inf/infinity/nan), with no whitespace or underscores.
fn parse_float_ascii(s: &[u8]) -> Option<f64> {
    let (negative, rest) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if rest.eq_ignore_ascii_case(b"inf") || rest.eq_ignore_ascii_case(b"infinity") {
        return Some(if negative { f64::NEG_INFINITY } else { f64::INFINITY });
    }
    if rest.eq_ignore_ascii_case(b"nan") {
        return Some(if negative { -f64::NAN } else { f64::NAN });
    }
    let mut i = 0;
    let count_digits = |i: &mut usize| {
        let start = *i;
        while *i < rest.len() && rest[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    let mut mantissa_digits = count_digits(&mut i);
    if i < rest.len() && rest[i] == b'.' {
        i += 1;
        mantissa_digits += count_digits(&mut i);
    }
    if mantissa_digits == 0 {
        return None;
    }
    if i < rest.len() && (rest[i] == b'e' || rest[i] == b'E') {
        i += 1;
        if i < rest.len() && (rest[i] == b'+' || rest[i] == b'-') {
            i += 1;
        }
        if count_digits(&mut i) == 0 {
            return None;
        }
    }
    if i != rest.len() {
        return None;
    }
    std::str::from_utf8(s).ok()?.parse().ok()
}

/// `float(s)` for a str: `None` where CPython raises ValueError.
pub fn parse_float(s: &str) -> Option<f64> {
    let buf = transform_decimal_and_space(s)?;
    let mut start = 0;
    let mut end = buf.len();
    while start < end && is_ascii_py_space(buf[start]) {
        start += 1;
    }
    while end > start && is_ascii_py_space(buf[end - 1]) {
        end -= 1;
    }
    let text = &buf[start..end];
    if !text.contains(&b'_') {
        return parse_float_ascii(text);
    }
    // _Py_string_to_number_with_underscores: '_' only between two digits.
    let mut cleaned = Vec::with_capacity(text.len());
    let mut prev = 0u8;
    for &b in text {
        if b == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !b.is_ascii_digit() {
                return None;
            }
            cleaned.push(b);
        }
        prev = b;
    }
    if prev == b'_' {
        return None;
    }
    parse_float_ascii(&cleaned)
}

/// `int(s, base)` for a str (base 0 or 2..=36): `None` where CPython raises
/// ValueError. (CPython's 4300-digit limit for non-power-of-two bases is not
/// enforced here.)
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    if base == 1 || base > 36 {
        return None;
    }
    let buf = transform_decimal_and_space(s)?;
    let at = |i: usize| buf.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while is_ascii_py_space(at(i)) {
        i += 1;
    }
    let mut negative = false;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        negative = true;
        i += 1;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0' {
        let p = at(i + 1).to_ascii_lowercase();
        if (base == 16 && p == b'x') || (base == 8 && p == b'o') || (base == 2 && p == b'b') {
            i += 2;
            if at(i) == b'_' {
                i += 1;
            }
        }
    }
    if at(i) == b'_' {
        return None;
    }
    let digit_value = |b: u8| (b as char).to_digit(36).filter(|&d| d < base);
    let mut digits = Vec::new();
    let mut prev = 0u8;
    while i < buf.len() {
        let b = buf[i];
        if b == b'_' {
            if prev == b'_' {
                return None;
            }
        } else if digit_value(b).is_some() {
            digits.push(b);
        } else {
            break;
        }
        prev = b;
        i += 1;
    }
    if prev == b'_' || digits.is_empty() {
        return None;
    }
    while i < buf.len() && is_ascii_py_space(buf[i]) {
        i += 1;
    }
    if i != buf.len() {
        return None;
    }
    let text = std::str::from_utf8(&digits).ok()?;
    let magnitude = BigUint::from_str_radix(text, base).ok()?;
    if error_if_nonzero && !magnitude.is_zero() {
        return None;
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Some(BigInt::from_biguint(sign, magnitude))
}

/// `hex()`/`oct()`/`bin()` style rendering: `'-0x1f'`, `'0b101'`, `'0o17'`
/// with `prefix`, or the bare (signed) digits without it. `radix` must be in
/// `2..=36`; the prefix is only added for radix 2, 8 and 16.
///
/// # Panics
///
/// Panics if `radix` is outside `2..=36`.
pub fn int_to_str_radix(x: &BigInt, radix: u32, prefix: bool) -> String {
    let mut out = String::new();
    if x.sign() == Sign::Minus {
        out.push('-');
    }
    if prefix {
        out.push_str(match radix {
            2 => "0b",
            8 => "0o",
            16 => "0x",
            _ => "",
        });
    }
    out.push_str(&x.magnitude().to_str_radix(radix));
    out
}

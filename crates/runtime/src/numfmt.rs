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
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090,
    0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0,
    0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950,
    0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
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
    if cp > 32 && cp < 128 { format!("'{c}'") } else { format!("'\\x{cp:x}'") }
}

fn unknown_code(ty: char, type_name: &str) -> String {
    format!("Unknown format code {} for object of type '{}'", type_char_repr(ty), type_name)
}

/// Validates the grouping option against the (resolved) presentation type.
fn check_grouping(grouping: Option<char>, ty: char) -> Result<(), String> {
    let Some(g) = grouping else {
        return Ok(());
    };
    match ty {
        'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(()),
        'b' | 'o' | 'x' | 'X' if g == '_' => Ok(()),
        _ => Err(format!("Cannot specify '{g}' with {}.", type_char_repr(ty))),
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
            return Err(SpecError::Msg("Too many decimal digits in format string".to_string()));
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
        SpecError::Invalid => {
            format!("Invalid format specifier '{spec}' for object of type '{type_name}'")
        }
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

/// Splits a decimal number without sign, "I.F" or "I.FeX" (Rust's `{:e}`
/// output, zmij's "1e16" and "0.001"), into its significant digits and the
/// decimal point's position: ("0", 1) for zero.
fn decimal_digits(s: &str) -> (Vec<u8>, i64) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let int_len = mant.find('.').unwrap_or(mant.len());
    let (int_part, frac_part) = (&mant.as_bytes()[..int_len], mant.as_bytes().get(int_len + 1..).unwrap_or(&[]));
    let mut digits = Vec::with_capacity(mant.len());
    let mut lead = 0;
    for &d in int_part.iter().chain(frac_part) {
        if d == b'0' && digits.is_empty() {
            lead += 1;
        } else {
            digits.push(d);
        }
    }
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        return (vec![b'0'], 1);
    }
    (digits, int_len as i64 - lead + exp)
}

/// `ax * 10**n` rounded to an integer, ties to even, computed exactly in
/// 128 bits when that is wide enough (the common `.2f` of a moderate value).
fn fixed_digits_u128(ax: f64, n: usize) -> Option<u128> {
    let bits = ax.to_bits();
    let biased = (bits >> 52) as i64;
    let frac = bits & ((1 << 52) - 1);
    // ax = m * 2**e exactly.
    let (m, e) = if biased == 0 { (frac, -1074) } else { (frac | (1 << 52), biased - 1075) };
    let scaled = (m as u128).checked_mul(10u128.checked_pow(u32::try_from(n).ok()?)?)?;
    if e >= 0 {
        return scaled.checked_mul(1u128.checked_shl(u32::try_from(e).ok()?)?);
    }
    let k = u32::try_from(-e).ok().filter(|&k| k < 127)?;
    let (q, r, half) = (scaled >> k, scaled & ((1 << k) - 1), 1u128 << (k - 1));
    Some(if r > half || (r == half && q & 1 == 1) { q + 1 } else { q })
}

/// The float nearest to `0.DIGITS * 10**decpt`.
fn digits_value((digits, decpt): &(Vec<u8>, i64)) -> f64 {
    let digits = std::str::from_utf8(digits).unwrap_or("0");
    format!("0.{digits}e{decpt}").parse().unwrap_or(f64::NAN)
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
            // zmij may break a tie between two equally near shortest
            // candidates otherwise than Gay's dtoa (to even): the correctly
            // rounded (half-even) string of the same length wins whenever it
            // round-trips. Ties need 16 or more digits: two candidates of 15
            // or fewer are at least 1e-15 apart relative to `ax`, more than
            // the 2**-52 its round-trip interval spans.
            let (digits, decpt) = decimal_digits(zmij::Buffer::new().format_finite(ax));
            if digits.len() >= 16 {
                let nearest = decimal_digits(&format!("{:.*e}", digits.len() - 1, ax));
                if (&nearest.0, nearest.1) != (&digits, decpt) && digits_value(&nearest) == ax {
                    return nearest;
                }
            }
            (digits, decpt)
        }
        DtoaMode::Significant(n) => {
            let n = n.clamp(1, 800);
            decimal_digits(&format!("{:.*e}", n - 1, ax))
        }
        DtoaMode::Fixed(n) => match fixed_digits_u128(ax, n) {
            Some(q) => {
                let mut digits = q.to_string().into_bytes();
                let decpt = digits.len() as i64 - n as i64;
                while digits.len() > 1 && digits.last() == Some(&b'0') {
                    digits.pop();
                }
                if q == 0 { (digits, 1) } else { (digits, decpt) }
            }
            None => decimal_digits(&format!("{:.*}", n.min(1100), ax)),
        },
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
    // CPython rejects precisions above INT_MAX before getting here.
    let precision = precision.min(i32::MAX as usize);
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
    double_to_string(x, 'r', 0, DtoaFlags { add_dot_0: true, ..DtoaFlags::default() })
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
    let grouped = if parts.digits.is_empty() { String::new() } else { group_digits(parts.digits, min_width, grouping) };
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
    let mut out = String::with_capacity((n_non_digit + n_padding.max(0)) as usize + grouped.len() + parts.remainder.len());
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
    let mut flags = DtoaFlags { alt: spec.alternate, no_neg_0: spec.no_neg_zero, ..DtoaFlags::default() };
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
    let grouping = if ty == Some('n') { None } else { spec.grouping.map(|g| (g, 3)) };
    let parts = NumberParts { negative, prefix: "", digits, has_decimal, remainder };
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
        return Err("Negative zero coercion (z) not allowed in integer format specifier".to_string());
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if spec.alternate {
            return Err("Alternate form (#) not allowed with integer format specifier 'c'".to_string());
        }
        let value = x.to_i64().ok_or_else(|| "Python int too large to convert to C long".to_string())?;
        let cp = u32::try_from(value).ok().filter(|&v| v <= 0x10ffff).ok_or_else(|| "%c arg not in range(0x110000)".to_string())?;
        let ch = char::from_u32(cp).ok_or_else(|| format!("%c arg {cp:#x} is a surrogate (not representable)"))?;
        let remainder = ch.to_string();
        let parts = NumberParts { negative: false, prefix: "", digits: "", has_decimal: false, remainder: &remainder };
        return Ok(render_number(&parts, spec, None));
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = magnitude_digits(x, radix);
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
        return Err("Negative zero coercion (z) not allowed in string format specifier".to_string());
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    let len = s.chars().count();
    let body: &str = match spec.precision {
        Some(p) if p < len => {
            let cut = s.char_indices().nth(p).map_or(s.len(), |(i, _)| i);
            &s[..cut]
        }
        _ => s,
    };
    Ok(padded(body, spec, '<'))
}

/// `body` padded to the spec's width with its fill and alignment
/// (`default_align` when it gives none).
fn padded(body: &str, spec: &FormatSpec, default_align: char) -> String {
    let fill = effective_fill(spec);
    let len = body.chars().count();
    let total = spec.width.map_or(len, |w| w.max(len));
    let lpad = match spec.align.unwrap_or(default_align) {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let rpad = total - len - lpad;
    let mut out = String::with_capacity(body.len() + total - len);
    push_fill(&mut out, fill, lpad as i64);
    out.push_str(body);
    push_fill(&mut out, fill, rpad as i64);
    out
}

/// `format(z, spec)` for a complex number: both parts formatted as floats
/// by the spec's type; without a type, repr-style, in parentheses, and
/// without a real part that is +0. Width and alignment apply to the whole.
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, String> {
    let ty = spec.ty.filter(|&c| c != '\0');
    match ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(t) => return Err(unknown_code(t, "complex")),
    }
    if spec.zero_pad {
        return Err("Zero padding is not allowed in complex format specifier".to_string());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment flag is not allowed in complex format specifier".to_string());
    }
    let bare = ty.is_none();
    let part_spec = FormatSpec { width: None, align: None, ..spec.clone() };
    let part = |x: f64, sign: Option<char>| -> Result<String, String> {
        let s = format_float(x, &FormatSpec { sign, ..part_spec.clone() })?;
        // Complex parts print integral values without the ".0" floats get
        // (the `#` flag keeps the point).
        let cut = if spec.alternate { "0" } else { ".0" };
        Ok(match s.strip_suffix(".0") {
            Some(_) if bare => s[..s.len() - cut.len()].to_string(),
            _ => s,
        })
    };
    let body = if bare && re == 0.0 && re.is_sign_positive() {
        format!("{}j", part(im, spec.sign)?)
    } else {
        let text = format!("{}{}j", part(re, spec.sign)?, part(im, Some('+'))?);
        if bare { format!("({text})") } else { text }
    };
    Ok(padded(&body, spec, '>'))
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
    if width.is_none() && !(f.sign || f.blank || f.alt) {
        // Nothing to pad, no sign or prefix to add.
        return s.to_string();
    }
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
pub fn percent_format_float(x: f64, flags: &str, width: Option<usize>, precision: Option<usize>, ty: char) -> String {
    let f = PercentFlags::parse(flags);
    let code = match ty.to_ascii_lowercase() {
        c @ ('e' | 'f' | 'g') => c,
        _ => 'g',
    };
    let s =
        double_to_string(x, code, precision.unwrap_or(6), DtoaFlags { alt: f.alt, upper: ty.is_ascii_uppercase(), ..DtoaFlags::default() });
    percent_output(&s, &f, width, ty)
}

/// The `%` operator for ints: `ty` in `d i u x X o`, `flags` drawn from
/// `"-+ #0"`, `precision` = minimum number of digits.
pub fn percent_format_int(x: &BigInt, flags: &str, width: Option<usize>, precision: Option<usize>, ty: char) -> String {
    let f = PercentFlags::parse(flags);
    let (radix, prefix) = match ty {
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = magnitude_digits(x, radix);
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
    let (mant, exp) = if exp_field == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp_field - 1075) };
    let pow10 = BigUint::from(10u32).pow(k);
    let (num, den) = if exp >= 0 { (BigUint::from(mant) << exp as usize, pow10) } else { (BigUint::from(mant), pow10 << (-exp) as usize) };
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

/// The digits of |x| in `radix` (lowercase), through the machine word's
/// formatting when |x| fits one.
fn magnitude_digits(x: &BigInt, radix: u32) -> String {
    match x.magnitude().to_u64() {
        Some(m) if radix == 10 => m.to_string(),
        Some(m) if radix == 16 => format!("{m:x}"),
        Some(m) if radix == 8 => format!("{m:o}"),
        Some(m) if radix == 2 => format!("{m:b}"),
        _ => x.magnitude().to_str_radix(radix),
    }
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
    out.push_str(&magnitude_digits(x, radix));
    out
}

#[cfg(test)]
mod tests {
    //! Every expected value below was produced by running CPython 3.11.7
    //! (`format()`, `repr()`, `%`, `round()`, `float()`, `int()`, `hex()`...)
    //! on the same inputs; none is hand-written.
    use super::*;

    fn bi(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    fn fmt_f(x: f64, spec: &str) -> Result<String, String> {
        parse_format_spec_for(spec, "float").and_then(|s| format_float(x, &s))
    }

    fn fmt_i(x: &str, spec: &str) -> Result<String, String> {
        parse_format_spec_for(spec, "int").and_then(|s| format_int(&bi(x), &s))
    }

    fn fmt_s(x: &str, spec: &str) -> Result<String, String> {
        parse_format_spec_for(spec, "str").and_then(|s| format_str(x, &s))
    }

    fn pf(s: &str) -> Option<String> {
        parse_float(s).map(float_repr)
    }

    fn pi(s: &str, base: u32) -> Option<String> {
        parse_int(s, base).map(|v| v.to_string())
    }

    #[test]
    fn hand_built_specs_match_cpython() {
        let zero6 = FormatSpec { zero_pad: true, width: Some(6), ..FormatSpec::default() };
        assert_eq!(format_int(&bi("-42"), &zero6), Ok("-00042".to_string()));
        assert_eq!(format_float(-4.5, &zero6), Ok("-004.5".to_string()));
        assert_eq!(format_str("ab", &zero6), Ok("ab0000".to_string()));
        assert_eq!(format_float(0.1, &FormatSpec::default()), Ok("0.1".to_string()));
        assert_eq!(format_int(&bi("-7"), &FormatSpec::default()), Ok("-7".to_string()));
        assert_eq!(format_str("xyz", &FormatSpec::default()), Ok("xyz".to_string()));
        let under_x = FormatSpec { grouping: Some('_'), ty: Some('x'), alternate: true, ..FormatSpec::default() };
        assert_eq!(format_int(&bi("4294967295"), &under_x), Ok("0xffff_ffff".to_string()));
        let comma_none = FormatSpec { grouping: Some(','), ..FormatSpec::default() };
        assert_eq!(format_str("abc", &comma_none), Err("Cannot specify ',' with 's'.".to_string()));
        assert_eq!(format_int(&bi("1234567"), &comma_none), Ok("1,234,567".to_string()));
        assert_eq!(format_float(1234567.5, &comma_none), Ok("1,234,567.5".to_string()));
    }

    #[test]
    fn float_repr_matches_cpython() {
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(1e+16), "1e+16");
        assert_eq!(float_repr(1e-05), "1e-05");
        assert_eq!(float_repr(f64::INFINITY), "inf");
        assert_eq!(float_repr(f64::NEG_INFINITY), "-inf");
        assert_eq!(float_repr(f64::NAN), "nan");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(0.0), "0.0");
        assert_eq!(float_repr(123456789012345.67), "123456789012345.67");
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(100.0), "100.0");
        assert_eq!(float_repr(1.5e+300), "1.5e+300");
        assert_eq!(float_repr(5e-324), "5e-324");
        assert_eq!(float_repr(1e+22), "1e+22");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(0.0001234), "0.0001234");
        assert_eq!(float_repr(9999999999999998.0), "9999999999999998.0");
        assert_eq!(float_repr(9007199254740992.0), "9007199254740992.0");
        assert_eq!(float_repr(1187963360343591.2), "1187963360343591.2");
        assert_eq!(float_repr(87286302712167.12), "87286302712167.12");
        assert_eq!(float_repr(1.7976931348623157e+308), "1.7976931348623157e+308");
        assert_eq!(float_repr(2.2250738585072014e-308), "2.2250738585072014e-308");
        assert_eq!(float_repr(0.3), "0.3");
        assert_eq!(float_repr(0.6666666666666666), "0.6666666666666666");
        assert_eq!(float_repr(1000000000000000.0), "1000000000000000.0");
        assert_eq!(float_repr(1.2345678901234568e+17), "1.2345678901234568e+17");
        assert_eq!(float_repr(-1.5), "-1.5");
        assert_eq!(float_repr(1e+100), "1e+100");
        assert_eq!(float_repr(3.14259), "3.14259");
        assert_eq!(float_repr(1e-07), "1e-07");
        assert_eq!(float_repr(1234567890123456.8), "1234567890123456.8");
        assert_eq!(float_repr(0.30000000000000004), "0.30000000000000004");
    }

    #[test]
    fn format_float_matches_cpython() {
        assert_eq!(fmt_f(1.0, ""), Ok("1.0".to_string()));
        assert_eq!(fmt_f(1.0, ".3"), Ok("1.0".to_string()));
        assert_eq!(fmt_f(1e+20, ".3"), Ok("1e+20".to_string()));
        assert_eq!(fmt_f(123.0, ".3"), Ok("1.23e+02".to_string()));
        assert_eq!(fmt_f(1.5, ".0"), Ok("2e+00".to_string()));
        assert_eq!(fmt_f(0.5, ".0"), Ok("0.5".to_string()));
        assert_eq!(fmt_f(1e+16, ""), Ok("1e+16".to_string()));
        assert_eq!(fmt_f(1e+16, ">12"), Ok("       1e+16".to_string()));
        assert_eq!(fmt_f(1.0, "#"), Ok("1.0".to_string()));
        assert_eq!(fmt_f(1e+20, "#"), Ok("1.e+20".to_string()));
        assert_eq!(fmt_f(3.14259, "f"), Ok("3.142590".to_string()));
        assert_eq!(fmt_f(3.14259, ".2f"), Ok("3.14".to_string()));
        assert_eq!(fmt_f(-3.14259, "+.3f"), Ok("-3.143".to_string()));
        assert_eq!(fmt_f(3.14259, " .1f"), Ok(" 3.1".to_string()));
        assert_eq!(fmt_f(2.5, ".0f"), Ok("2".to_string()));
        assert_eq!(fmt_f(3.5, ".0f"), Ok("4".to_string()));
        assert_eq!(fmt_f(0.125, ".2f"), Ok("0.12".to_string()));
        assert_eq!(fmt_f(0.375, ".2f"), Ok("0.38".to_string()));
        assert_eq!(fmt_f(1.0, "#.0f"), Ok("1.".to_string()));
        assert_eq!(fmt_f(1.0, "#.0e"), Ok("1.e+00".to_string()));
        assert_eq!(fmt_f(1.0, "#g"), Ok("1.00000".to_string()));
        assert_eq!(fmt_f(1.0, "g"), Ok("1".to_string()));
        assert_eq!(fmt_f(100000.0, "g"), Ok("100000".to_string()));
        assert_eq!(fmt_f(1000000.0, "g"), Ok("1e+06".to_string()));
        assert_eq!(fmt_f(1e-05, "g"), Ok("1e-05".to_string()));
        assert_eq!(fmt_f(0.0001, "g"), Ok("0.0001".to_string()));
        assert_eq!(fmt_f(123456789.0, ".3g"), Ok("1.23e+08".to_string()));
        assert_eq!(fmt_f(1234.5678, "e"), Ok("1.234568e+03".to_string()));
        assert_eq!(fmt_f(1234.5678, "E"), Ok("1.234568E+03".to_string()));
        assert_eq!(fmt_f(1234.5678, ".2e"), Ok("1.23e+03".to_string()));
        assert_eq!(fmt_f(1e-300, "e"), Ok("1.000000e-300".to_string()));
        assert_eq!(fmt_f(1.5e+300, ".3E"), Ok("1.500E+300".to_string()));
        assert_eq!(fmt_f(1234.5678, "G"), Ok("1234.57".to_string()));
        assert_eq!(fmt_f(1.5e-10, "G"), Ok("1.5E-10".to_string()));
        assert_eq!(fmt_f(1234567.891, ",.2f"), Ok("1,234,567.89".to_string()));
        assert_eq!(fmt_f(1234567.891, "_.2f"), Ok("1_234_567.89".to_string()));
        assert_eq!(fmt_f(1234567.891, ",e"), Ok("1.234568e+06".to_string()));
        assert_eq!(fmt_f(1234567.891, ","), Ok("1,234,567.891".to_string()));
        assert_eq!(fmt_f(1234567.891, "015,.2f"), Ok("0,001,234,567.89".to_string()));
        assert_eq!(fmt_f(1234.5, "010,.1f"), Ok("0,001,234.5".to_string()));
        assert_eq!(fmt_f(-1234.5, "012,.1f"), Ok("-0,001,234.5".to_string()));
        assert_eq!(fmt_f(0.25, "%"), Ok("25.000000%".to_string()));
        assert_eq!(fmt_f(0.25, ".1%"), Ok("25.0%".to_string()));
        assert_eq!(fmt_f(-0.0001, "z.1%"), Ok("0.0%".to_string()));
        assert_eq!(fmt_f(0.3333333333333333, ".3%"), Ok("33.333%".to_string()));
        assert_eq!(fmt_f(-0.0, "f"), Ok("-0.000000".to_string()));
        assert_eq!(fmt_f(-0.0, "zf"), Ok("0.000000".to_string()));
        assert_eq!(fmt_f(-0.0001, ".2f"), Ok("-0.00".to_string()));
        assert_eq!(fmt_f(-0.0001, "z.2f"), Ok("0.00".to_string()));
        assert_eq!(fmt_f(-0.0, "z"), Ok("0.0".to_string()));
        assert_eq!(fmt_f(-1e-10, "z.3e"), Ok("-1.000e-10".to_string()));
        assert_eq!(fmt_f(-1e-10, "z.3g"), Ok("-1e-10".to_string()));
        assert_eq!(fmt_f(f64::INFINITY, "08f"), Ok("00000inf".to_string()));
        assert_eq!(fmt_f(f64::INFINITY, "F"), Ok("INF".to_string()));
        assert_eq!(fmt_f(f64::NEG_INFINITY, "E"), Ok("-INF".to_string()));
        assert_eq!(fmt_f(f64::NAN, "G"), Ok("NAN".to_string()));
        assert_eq!(fmt_f(-f64::NAN, "f"), Ok("nan".to_string()));
        assert_eq!(fmt_f(f64::NAN, "+f"), Ok("+nan".to_string()));
        assert_eq!(fmt_f(f64::INFINITY, "+010"), Ok("+000000inf".to_string()));
        assert_eq!(fmt_f(f64::INFINITY, ","), Ok("inf".to_string()));
        assert_eq!(fmt_f(f64::INFINITY, "%"), Ok("inf%".to_string()));
        assert_eq!(fmt_f(f64::INFINITY, "*^9"), Ok("***inf***".to_string()));
        assert_eq!(fmt_f(f64::NEG_INFINITY, "=+9"), Ok("-     inf".to_string()));
        assert_eq!(fmt_f(f64::NAN, "010.2f"), Ok("0000000nan".to_string()));
        assert_eq!(fmt_f(3.5, "*<10"), Ok("3.5*******".to_string()));
        assert_eq!(fmt_f(3.5, "*>10"), Ok("*******3.5".to_string()));
        assert_eq!(fmt_f(3.5, "*^10"), Ok("***3.5****".to_string()));
        assert_eq!(fmt_f(3.5, "*^11"), Ok("****3.5****".to_string()));
        assert_eq!(fmt_f(-3.5, "*=10"), Ok("-******3.5".to_string()));
        assert_eq!(fmt_f(-3.5, "010"), Ok("-0000003.5".to_string()));
        assert_eq!(fmt_f(3.5, "<010"), Ok("3.50000000".to_string()));
        assert_eq!(fmt_f(3.5, "x<010"), Ok("3.5xxxxxxx".to_string()));
        assert_eq!(fmt_f(3.5, "+010.3f"), Ok("+00003.500".to_string()));
        assert_eq!(fmt_f(3.5, "é^9.2f"), Ok("éé3.50ééé".to_string()));
        assert_eq!(fmt_f(1234567.0, "n"), Ok("1.23457e+06".to_string()));
        assert_eq!(fmt_f(1234.5, "n"), Ok("1234.5".to_string()));
        assert_eq!(fmt_f(1234.5, "010n"), Ok("00001234.5".to_string()));
        assert_eq!(fmt_f(0.1, ".60f"), Ok("0.100000000000000005551115123125782702118158340454101562500000".to_string()));
        assert_eq!(fmt_f(1e+300, ".2f"), Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00".to_string()));
        assert_eq!(fmt_f(5e-324, ".3e"), Ok("4.941e-324".to_string()));
        assert_eq!(fmt_f(5e-324, "g"), Ok("4.94066e-324".to_string()));
        assert_eq!(fmt_f(1e-320, ".1000g"), Ok("9.999888671826830054133752367652800576668810404913933231973854213813672267149025137753668687959512485767082469435821326873955531817604221479111201871258225213276326434971902827643599339477263397778659665193793654309834532129281161268155283999204461560808953010434241919400457020315068567565301579569187340188105680700687048622572297011807295865142440458678820197825330390728703465639787631241688381084672868858070030425350029497774728423376227873672231502648785563207544427133780751498964842238650982976359736953654567288487694940230564769292298397759684630055091384876749698303915591084358566671856101564376699700392294336955627042165899589336900634182050515934614876820804363177575320916352342137470725187361510200023673178293392993509769439697265625e-321".to_string()));
        assert_eq!(fmt_f(2.0, ".17g"), Ok("2".to_string()));
        assert_eq!(fmt_f(0.1, ".17g"), Ok("0.10000000000000001".to_string()));
        assert_eq!(fmt_f(0.1, ".20e"), Ok("1.00000000000000005551e-01".to_string()));
        assert_eq!(fmt_f(123.456, "#.10g"), Ok("123.4560000".to_string()));
        assert_eq!(fmt_f(1e-05, "#.3"), Ok("1.00e-05".to_string()));
        assert_eq!(fmt_f(100.0, ".1"), Ok("1e+02".to_string()));
        assert_eq!(fmt_f(10.0, ".2"), Ok("1e+01".to_string()));
        assert_eq!(fmt_f(1.5, "d"), Err("Unknown format code 'd' for object of type 'float'".to_string()));
        assert_eq!(fmt_f(1.5, "s"), Err("Unknown format code 's' for object of type 'float'".to_string()));
        assert_eq!(fmt_f(1.5, "\u{0}"), Ok("1.5".to_string()));
        assert_eq!(fmt_f(1e+300, "\u{0},"), Err("Invalid format specifier '\u{0},' for object of type 'float'".to_string()));
        assert_eq!(fmt_f(1.5, "x"), Err("Unknown format code 'x' for object of type 'float'".to_string()));
        assert_eq!(fmt_f(1.5, ",n"), Err("Cannot specify ',' with 'n'.".to_string()));
        assert_eq!(fmt_f(1.5, "_d"), Err("Unknown format code 'd' for object of type 'float'".to_string()));
        assert_eq!(fmt_f(1.5, ".2147483648f"), Err("precision too big".to_string()));
        assert_eq!(fmt_f(1.5, "abc"), Err("Invalid format specifier 'abc' for object of type 'float'".to_string()));
        assert_eq!(fmt_f(1.5, "."), Err("Format specifier missing precision".to_string()));
        assert_eq!(fmt_f(1.5, ",_f"), Err("Cannot specify both ',' and '_'.".to_string()));
        assert_eq!(fmt_f(1.5, "99999999999999999999"), Err("Too many decimal digits in format string".to_string()));
        assert_eq!(fmt_f(1234.5, "_"), Ok("1_234.5".to_string()));
        assert_eq!(fmt_f(1000000.0, "_e"), Ok("1.000000e+06".to_string()));
        assert_eq!(fmt_f(1000000.0, "020_f"), Ok("0_001_000_000.000000".to_string()));
        assert_eq!(fmt_f(-1000000.0, " 020,.2f"), Ok("-0,000,001,000,000.00".to_string()));
        assert_eq!(fmt_f(0.5, "٥"), Ok("  0.5".to_string()));
    }

    #[test]
    fn format_int_matches_cpython() {
        assert_eq!(fmt_i("1234", ""), Ok("1234".to_string()));
        assert_eq!(fmt_i("1234", "d"), Ok("1234".to_string()));
        assert_eq!(fmt_i("-1234", "+d"), Ok("-1234".to_string()));
        assert_eq!(fmt_i("1234", " d"), Ok(" 1234".to_string()));
        assert_eq!(fmt_i("1234", ","), Ok("1,234".to_string()));
        assert_eq!(fmt_i("1234567", ","), Ok("1,234,567".to_string()));
        assert_eq!(fmt_i("1234567", "_"), Ok("1_234_567".to_string()));
        assert_eq!(fmt_i("1234", "010,"), Ok("00,001,234".to_string()));
        assert_eq!(fmt_i("1234", "09,"), Ok("0,001,234".to_string()));
        assert_eq!(fmt_i("1234", "08,"), Ok("0,001,234".to_string()));
        assert_eq!(fmt_i("-1234", "010,"), Ok("-0,001,234".to_string()));
        assert_eq!(fmt_i("1234", "0=10,"), Ok("00,001,234".to_string()));
        assert_eq!(fmt_i("1234", "0<10,"), Ok("1,23400000".to_string()));
        assert_eq!(fmt_i("1234", "<010"), Ok("1234000000".to_string()));
        assert_eq!(fmt_i("5", "<05"), Ok("50000".to_string()));
        assert_eq!(fmt_i("5", "x<05"), Ok("5xxxx".to_string()));
        assert_eq!(fmt_i("5", "05"), Ok("00005".to_string()));
        assert_eq!(fmt_i("-5", "05"), Ok("-0005".to_string()));
        assert_eq!(fmt_i("-5", "=5"), Ok("-   5".to_string()));
        assert_eq!(fmt_i("-5", "*=+6"), Ok("-****5".to_string()));
        assert_eq!(fmt_i("255", "x"), Ok("ff".to_string()));
        assert_eq!(fmt_i("255", "X"), Ok("FF".to_string()));
        assert_eq!(fmt_i("255", "#x"), Ok("0xff".to_string()));
        assert_eq!(fmt_i("255", "#X"), Ok("0XFF".to_string()));
        assert_eq!(fmt_i("255", "#010x"), Ok("0x000000ff".to_string()));
        assert_eq!(fmt_i("255", "#o"), Ok("0o377".to_string()));
        assert_eq!(fmt_i("255", "#b"), Ok("0b11111111".to_string()));
        assert_eq!(fmt_i("255", "b"), Ok("11111111".to_string()));
        assert_eq!(fmt_i("-255", "#x"), Ok("-0xff".to_string()));
        assert_eq!(fmt_i("-255", "#010b"), Ok("-0b11111111".to_string()));
        assert_eq!(fmt_i("11259375", "_x"), Ok("ab_cdef".to_string()));
        assert_eq!(fmt_i("11259375", "#_X"), Ok("0XAB_CDEF".to_string()));
        assert_eq!(fmt_i("341", "_b"), Ok("1_0101_0101".to_string()));
        assert_eq!(fmt_i("262143", "_o"), Ok("77_7777".to_string()));
        assert_eq!(fmt_i("11259375", "#014_x"), Ok("0x00_00ab_cdef".to_string()));
        assert_eq!(fmt_i("1000000000000000000000000000000", ","), Ok("1,000,000,000,000,000,000,000,000,000,000".to_string()));
        assert_eq!(fmt_i("-1000000000000000000000000000000", "_"), Ok("-1_000_000_000_000_000_000_000_000_000_000".to_string()));
        assert_eq!(fmt_i("1267650600228229401496703205376", "x"), Ok("10000000000000000000000000".to_string()));
        assert_eq!(fmt_i("65", "c"), Ok("A".to_string()));
        assert_eq!(fmt_i("65", "05c"), Ok("0000A".to_string()));
        assert_eq!(fmt_i("65", "*^5c"), Ok("**A**".to_string()));
        assert_eq!(fmt_i("128512", "c"), Ok("😀".to_string()));
        assert_eq!(fmt_i("1114112", "c"), Err("%c arg not in range(0x110000)".to_string()));
        assert_eq!(fmt_i("-1", "c"), Err("%c arg not in range(0x110000)".to_string()));
        assert_eq!(fmt_i("1180591620717411303424", "c"), Err("Python int too large to convert to C long".to_string()));
        assert_eq!(fmt_i("65", "+c"), Err("Sign not allowed with integer format specifier 'c'".to_string()));
        assert_eq!(fmt_i("65", "#c"), Err("Alternate form (#) not allowed with integer format specifier 'c'".to_string()));
        assert_eq!(fmt_i("65", "-c"), Err("Sign not allowed with integer format specifier 'c'".to_string()));
        assert_eq!(fmt_i("1234", "n"), Ok("1234".to_string()));
        assert_eq!(fmt_i("1234", "010n"), Ok("0000001234".to_string()));
        assert_eq!(fmt_i("-1234", "+n"), Ok("-1234".to_string()));
        assert_eq!(fmt_i("1234", "f"), Ok("1234.000000".to_string()));
        assert_eq!(fmt_i("1234", ".2f"), Ok("1234.00".to_string()));
        assert_eq!(fmt_i("1234", "e"), Ok("1.234000e+03".to_string()));
        assert_eq!(fmt_i("1234", "%"), Ok("123400.000000%".to_string()));
        assert_eq!(fmt_i("1234", ".3g"), Ok("1.23e+03".to_string()));
        assert_eq!(fmt_i("100000000000000000000", "g"), Ok("1e+20".to_string()));
        assert_eq!(fmt_i("1208925819614629308923905", ".25g"), Ok("1208925819614629443141632".to_string()));
        assert_eq!(fmt_i("9007199254740993", ".0f"), Ok("9007199254740992".to_string()));
        assert_eq!(
            fmt_i(
                "179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216",
                "f"
            ),
            Err("int too large to convert to float".to_string())
        );
        assert_eq!(fmt_i("1234", ",.2f"), Ok("1,234.00".to_string()));
        assert_eq!(fmt_i("1234", ".2"), Err("Precision not allowed in integer format specifier".to_string()));
        assert_eq!(fmt_i("1234", ".2d"), Err("Precision not allowed in integer format specifier".to_string()));
        assert_eq!(fmt_i("1234", "z"), Err("Negative zero coercion (z) not allowed in integer format specifier".to_string()));
        assert_eq!(fmt_i("1234", "zd"), Err("Negative zero coercion (z) not allowed in integer format specifier".to_string()));
        assert_eq!(fmt_i("1234", "s"), Err("Unknown format code 's' for object of type 'int'".to_string()));
        assert_eq!(fmt_i("1234", ",b"), Err("Cannot specify ',' with 'b'.".to_string()));
        assert_eq!(fmt_i("1234", ",x"), Err("Cannot specify ',' with 'x'.".to_string()));
        assert_eq!(fmt_i("1234", "_n"), Err("Cannot specify '_' with 'n'.".to_string()));
        assert_eq!(fmt_i("1234", "_c"), Err("Cannot specify '_' with 'c'.".to_string()));
        assert_eq!(fmt_i("1234", ",,"), Err("Cannot specify ',' with ','.".to_string()));
        assert_eq!(fmt_i("1234", "__"), Err("Cannot specify '_' with '_'.".to_string()));
        assert_eq!(fmt_i("1234", ",_"), Err("Cannot specify both ',' and '_'.".to_string()));
        assert_eq!(fmt_i("1234", "_,"), Err("Cannot specify both ',' and '_'.".to_string()));
        assert_eq!(fmt_i("1234", "\u{1}"), Err("Unknown format code '\\x1' for object of type 'int'".to_string()));
        assert_eq!(fmt_i("1234", "é"), Err("Unknown format code '\\xe9' for object of type 'int'".to_string()));
        assert_eq!(fmt_i("1234", ",中"), Err("Cannot specify ',' with '\\x4e2d'.".to_string()));
        assert_eq!(fmt_i("1234", "\u{0}"), Err("Unknown format code '\\x0' for object of type 'int'".to_string()));
        assert_eq!(fmt_i("0", "#x"), Ok("0x0".to_string()));
        assert_eq!(fmt_i("0", "#b"), Ok("0b0".to_string()));
        assert_eq!(fmt_i("0", ","), Ok("0".to_string()));
        assert_eq!(fmt_i("0", "010,"), Ok("00,000,000".to_string()));
        assert_eq!(fmt_i("1", "^"), Ok("1".to_string()));
        assert_eq!(fmt_i("1", "^7"), Ok("   1   ".to_string()));
        assert_eq!(fmt_i("1", "^8"), Ok("   1    ".to_string()));
        assert_eq!(fmt_i("-1", " ^8"), Ok("   -1   ".to_string()));
        assert_eq!(fmt_i("12345", "#^12_o"), Ok("###3_0071###".to_string()));
        assert_eq!(fmt_i("-12345", "0=+12,"), Ok("-000,012,345".to_string()));
    }

    #[test]
    fn format_str_matches_cpython() {
        assert_eq!(fmt_s("hello", ""), Ok("hello".to_string()));
        assert_eq!(fmt_s("hello", "10"), Ok("hello     ".to_string()));
        assert_eq!(fmt_s("hello", "<10"), Ok("hello     ".to_string()));
        assert_eq!(fmt_s("hello", ">10"), Ok("     hello".to_string()));
        assert_eq!(fmt_s("hello", "^10"), Ok("  hello   ".to_string()));
        assert_eq!(fmt_s("hello", "^11"), Ok("   hello   ".to_string()));
        assert_eq!(fmt_s("hello", "*^11"), Ok("***hello***".to_string()));
        assert_eq!(fmt_s("hello", ".2"), Ok("he".to_string()));
        assert_eq!(fmt_s("hello", "10.2"), Ok("he        ".to_string()));
        assert_eq!(fmt_s("hello", ">10.3s"), Ok("       hel".to_string()));
        assert_eq!(fmt_s("ab", "05"), Ok("ab000".to_string()));
        assert_eq!(fmt_s("ab", "<05"), Ok("ab000".to_string()));
        assert_eq!(fmt_s("ab", ">05"), Ok("000ab".to_string()));
        assert_eq!(fmt_s("ab", "x>05"), Ok("xxxab".to_string()));
        assert_eq!(fmt_s("héllo", "^9"), Ok("  héllo  ".to_string()));
        assert_eq!(fmt_s("日本語", "*^7"), Ok("**日本語**".to_string()));
        assert_eq!(fmt_s("日本語", ".1"), Ok("日".to_string()));
        assert_eq!(fmt_s("hello", "3"), Ok("hello".to_string()));
        assert_eq!(fmt_s("hello", "s"), Ok("hello".to_string()));
        assert_eq!(fmt_s("hello", "+"), Err("Sign not allowed in string format specifier".to_string()));
        assert_eq!(fmt_s("hello", " "), Err("Space not allowed in string format specifier".to_string()));
        assert_eq!(fmt_s("hello", "-"), Err("Sign not allowed in string format specifier".to_string()));
        assert_eq!(fmt_s("hello", "z"), Err("Negative zero coercion (z) not allowed in string format specifier".to_string()));
        assert_eq!(fmt_s("hello", "#"), Err("Alternate form (#) not allowed in string format specifier".to_string()));
        assert_eq!(fmt_s("hello", "="), Err("'=' alignment not allowed in string format specifier".to_string()));
        assert_eq!(fmt_s("hello", "0=5"), Err("'=' alignment not allowed in string format specifier".to_string()));
        assert_eq!(fmt_s("hello", "d"), Err("Unknown format code 'd' for object of type 'str'".to_string()));
        assert_eq!(fmt_s("hello", "+d"), Err("Unknown format code 'd' for object of type 'str'".to_string()));
        assert_eq!(fmt_s("hello", ","), Err("Cannot specify ',' with 's'.".to_string()));
        assert_eq!(fmt_s("hello", "_"), Err("Cannot specify '_' with 's'.".to_string()));
        assert_eq!(fmt_s("hello", ",d"), Err("Unknown format code 'd' for object of type 'str'".to_string()));
        assert_eq!(fmt_s("hello", "abc"), Err("Invalid format specifier 'abc' for object of type 'str'".to_string()));
        assert_eq!(fmt_s("hello", "\u{0}"), Err("Unknown format code '\\x0' for object of type 'str'".to_string()));
        assert_eq!(fmt_s("", "5"), Ok("     ".to_string()));
        assert_eq!(fmt_s("", ".0"), Ok("".to_string()));
        assert_eq!(fmt_s("abc", ".0"), Ok("".to_string()));
        assert_eq!(fmt_s("abc", "٣"), Ok("abc".to_string()));
    }

    #[test]
    fn parse_format_spec_fields_and_errors() {
        assert_eq!(parse_format_spec(""), Ok(FormatSpec::default()));
        assert_eq!(
            parse_format_spec("*^+#010,.3f"),
            Ok(FormatSpec {
                fill: '*',
                align: Some('^'),
                sign: Some('+'),
                alternate: true,
                zero_pad: false,
                width: Some(10),
                grouping: Some(','),
                precision: Some(3),
                ty: Some('f'),
                no_neg_zero: false
            })
        );
        assert_eq!(
            parse_format_spec("<05"),
            Ok(FormatSpec { fill: '0', align: Some('<'), zero_pad: true, width: Some(5), ..FormatSpec::default() })
        );
        assert_eq!(parse_format_spec("x<05"), Ok(FormatSpec { fill: 'x', align: Some('<'), width: Some(5), ..FormatSpec::default() }));
        assert_eq!(
            parse_format_spec("z.2%"),
            Ok(FormatSpec { no_neg_zero: true, precision: Some(2), ty: Some('%'), ..FormatSpec::default() })
        );
        assert_eq!(parse_format_spec("abc"), Err("Invalid format specifier".to_string()));
        assert_eq!(parse_format_spec_for("abc", "int"), Err("Invalid format specifier 'abc' for object of type 'int'".to_string()));
        assert_eq!(parse_format_spec_for("abc", "float"), Err("Invalid format specifier 'abc' for object of type 'float'".to_string()));
        assert_eq!(parse_format_spec_for("abc", "str"), Err("Invalid format specifier 'abc' for object of type 'str'".to_string()));
        assert_eq!(
            parse_format_spec_for("10.2fx", "float"),
            Err("Invalid format specifier '10.2fx' for object of type 'float'".to_string())
        );
        assert_eq!(parse_format_spec("."), Err("Format specifier missing precision".to_string()));
        assert_eq!(parse_format_spec(",_"), Err("Cannot specify both ',' and '_'.".to_string()));
        assert_eq!(parse_format_spec("_,"), Err("Cannot specify both ',' and '_'.".to_string()));
        assert_eq!(parse_format_spec(",,"), Err("Cannot specify ',' with ','.".to_string()));
        assert_eq!(parse_format_spec(",b"), Err("Cannot specify ',' with 'b'.".to_string()));
        assert_eq!(parse_format_spec("_n"), Err("Cannot specify '_' with 'n'.".to_string()));
        assert_eq!(parse_format_spec("_c"), Err("Cannot specify '_' with 'c'.".to_string()));
        assert_eq!(parse_format_spec("99999999999999999999"), Err("Too many decimal digits in format string".to_string()));
        assert_eq!(parse_format_spec(".99999999999999999999"), Err("Too many decimal digits in format string".to_string()));
        assert_eq!(parse_format_spec(",\u{1}"), Err("Cannot specify ',' with '\\x1'.".to_string()));
    }

    #[test]
    fn percent_format_float_matches_cpython() {
        assert_eq!(percent_format_float(3.14259, "", None, None, 'f'), "3.142590");
        assert_eq!(percent_format_float(3.14259, "", None, Some(2), 'f'), "3.14");
        assert_eq!(percent_format_float(3.14259, "+", None, Some(2), 'f'), "+3.14");
        assert_eq!(percent_format_float(3.14259, " ", None, Some(2), 'f'), " 3.14");
        assert_eq!(percent_format_float(-3.14259, "0", Some(10), Some(2), 'f'), "-000003.14");
        assert_eq!(percent_format_float(3.14259, "-", Some(10), Some(2), 'f'), "3.14      ");
        assert_eq!(percent_format_float(-3.14259, "-0", Some(10), Some(2), 'f'), "-3.14     ");
        assert_eq!(percent_format_float(3.14259, "+0", Some(10), Some(2), 'f'), "+000003.14");
        assert_eq!(percent_format_float(12345.678, "", Some(10), None, 'e'), "1.234568e+04");
        assert_eq!(percent_format_float(12345.678, "", None, Some(3), 'E'), "1.235E+04");
        assert_eq!(percent_format_float(1e-05, "", None, None, 'g'), "1e-05");
        assert_eq!(percent_format_float(1.0, "#", None, None, 'g'), "1.00000");
        assert_eq!(percent_format_float(1.0, "#", None, Some(0), 'f'), "1.");
        assert_eq!(percent_format_float(1.5, "", None, Some(0), 'g'), "2");
        assert_eq!(percent_format_float(1e+20, "", None, None, 'G'), "1E+20");
        assert_eq!(percent_format_float(f64::INFINITY, "0", Some(10), None, 'f'), "0000000inf");
        assert_eq!(percent_format_float(f64::NEG_INFINITY, "", Some(10), None, 'f'), "      -inf");
        assert_eq!(percent_format_float(f64::NAN, "+", None, None, 'f'), "+nan");
        assert_eq!(percent_format_float(f64::NAN, "", None, None, 'F'), "NAN");
        assert_eq!(percent_format_float(f64::NEG_INFINITY, "0", Some(8), None, 'E'), "-0000INF");
        assert_eq!(percent_format_float(f64::INFINITY, " ", None, None, 'g'), " inf");
        assert_eq!(percent_format_float(-0.0, "", None, None, 'f'), "-0.000000");
        assert_eq!(percent_format_float(0.1, "", None, Some(30), 'f'), "0.100000000000000005551115123126");
        assert_eq!(
            percent_format_float(1e+300, "", None, None, 'f'),
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000"
        );
        assert_eq!(percent_format_float(2.25, "- ", Some(8), Some(1), 'f'), " 2.2    ");
        assert_eq!(percent_format_float(0.25, "", None, Some(1), 'f'), "0.2");
        assert_eq!(percent_format_float(0.35, "", None, Some(1), 'f'), "0.3");
    }

    #[test]
    fn percent_format_int_matches_cpython() {
        assert_eq!(percent_format_int(&bi("42"), "", None, None, 'd'), "42");
        assert_eq!(percent_format_int(&bi("42"), "+", None, None, 'd'), "+42");
        assert_eq!(percent_format_int(&bi("42"), " ", None, None, 'i'), " 42");
        assert_eq!(percent_format_int(&bi("-42"), "", Some(6), None, 'd'), "   -42");
        assert_eq!(percent_format_int(&bi("-42"), "0", Some(6), None, 'd'), "-00042");
        assert_eq!(percent_format_int(&bi("-42"), "-", Some(6), None, 'd'), "-42   ");
        assert_eq!(percent_format_int(&bi("42"), "-0", Some(6), None, 'u'), "42    ");
        assert_eq!(percent_format_int(&bi("-42"), "", None, Some(5), 'd'), "-00042");
        assert_eq!(percent_format_int(&bi("-42"), "", Some(8), Some(5), 'd'), "  -00042");
        assert_eq!(percent_format_int(&bi("42"), "0", Some(8), Some(5), 'd'), "00000042");
        assert_eq!(percent_format_int(&bi("255"), "", None, None, 'x'), "ff");
        assert_eq!(percent_format_int(&bi("255"), "#", None, None, 'x'), "0xff");
        assert_eq!(percent_format_int(&bi("255"), "#", None, None, 'X'), "0XFF");
        assert_eq!(percent_format_int(&bi("8"), "#0", Some(10), None, 'x'), "0x00000008");
        assert_eq!(percent_format_int(&bi("8"), "#", Some(10), None, 'x'), "       0x8");
        assert_eq!(percent_format_int(&bi("8"), "-#", Some(10), None, 'x'), "0x8       ");
        assert_eq!(percent_format_int(&bi("8"), "+#", Some(10), None, 'x'), "      +0x8");
        assert_eq!(percent_format_int(&bi("8"), "#0", Some(10), None, 'o'), "0o00000010");
        assert_eq!(percent_format_int(&bi("8"), "#", None, None, 'o'), "0o10");
        assert_eq!(percent_format_int(&bi("-8"), "", None, None, 'o'), "-10");
        assert_eq!(percent_format_int(&bi("3"), "#", None, Some(5), 'x'), "0x00003");
        assert_eq!(percent_format_int(&bi("-3"), "#0", Some(12), Some(5), 'X'), "-0X000000003");
        assert_eq!(percent_format_int(&bi("2748"), "+0", Some(12), None, 'X'), "+00000000ABC");
        assert_eq!(percent_format_int(&bi("1000000000000000000000000000000"), "", None, None, 'd'), "1000000000000000000000000000000");
        assert_eq!(percent_format_int(&bi("0"), "#", Some(3), None, 'x'), "0x0");
        assert_eq!(percent_format_int(&bi("42"), " 0", Some(7), None, 'd'), " 000042");
        assert_eq!(percent_format_int(&bi("-9"), "#-", Some(8), Some(4), 'o'), "-0o0011 ");
    }

    #[test]
    fn float_round_matches_cpython() {
        assert_eq!(float_repr(float_round(2.675, 2)), "2.67");
        assert_eq!(float_repr(float_round(0.5, 0)), "0.0");
        assert_eq!(float_repr(float_round(1.5, 0)), "2.0");
        assert_eq!(float_repr(float_round(2.5, 0)), "2.0");
        assert_eq!(float_repr(float_round(-0.5, 0)), "-0.0");
        assert_eq!(float_repr(float_round(1234.5, -2)), "1200.0");
        assert_eq!(float_repr(float_round(1250.0, -2)), "1200.0");
        assert_eq!(float_repr(float_round(1350.0, -2)), "1400.0");
        assert_eq!(float_repr(float_round(50.0, -2)), "0.0");
        assert_eq!(float_repr(float_round(150.0, -2)), "200.0");
        assert_eq!(float_repr(float_round(-40.0, -2)), "-0.0");
        assert_eq!(float_repr(float_round(0.125, 2)), "0.12");
        assert_eq!(float_repr(float_round(0.375, 2)), "0.38");
        assert_eq!(float_repr(float_round(0.3333333333333333, 5)), "0.33333");
        assert_eq!(float_repr(float_round(123.456, -1)), "120.0");
        assert_eq!(float_repr(float_round(123.456, 1)), "123.5");
        assert_eq!(float_repr(float_round(-123.456, 1)), "-123.5");
        assert_eq!(float_repr(float_round(1e+300, -299)), "1e+300");
        assert_eq!(float_repr(float_round(1.5, 400)), "1.5");
        assert_eq!(float_repr(float_round(1.5, 323)), "1.5");
        assert_eq!(float_repr(float_round(12345.0, -309)), "0.0");
        assert_eq!(float_repr(float_round(-12345.0, -309)), "-0.0");
        assert_eq!(float_repr(float_round(12345.0, -308)), "0.0");
        assert_eq!(float_repr(float_round(5e-324, 323)), "0.0");
        assert_eq!(float_repr(float_round(5e-324, 322)), "0.0");
        assert_eq!(float_repr(float_round(f64::INFINITY, 2)), "inf");
        assert_eq!(float_repr(float_round(f64::NEG_INFINITY, -2)), "-inf");
        assert_eq!(float_repr(float_round(f64::NAN, 0)), "nan");
        assert_eq!(float_repr(float_round(0.1, 17)), "0.1");
        assert_eq!(float_repr(float_round(0.1, 20)), "0.1");
        assert_eq!(float_repr(float_round(87286302712167.12, 4)), "87286302712167.12");
        assert_eq!(float_repr(float_round(-0.001, 2)), "-0.0");
        assert_eq!(float_repr(float_round(1.5e+308, -307)), "1.5e+308");
        assert_eq!(float_repr(float_round(1.7976931348623157e+308, -300)), "1.79769313e+308");
        assert_eq!(float_repr(float_round(4.5, 0)), "4.0");
        assert_eq!(float_repr(float_round(5.5, 0)), "6.0");
        assert_eq!(float_repr(float_round(0.05, 1)), "0.1");
        assert_eq!(float_repr(float_round(0.15, 1)), "0.1");
        assert_eq!(float_repr(float_round(0.25, 1)), "0.2");
        // CPython raises OverflowError here; the Rust API returns an infinity.
        assert_eq!(float_round(1.7976931348623157e308, -308), f64::INFINITY);
    }

    #[test]
    fn parse_float_matches_cpython() {
        assert_eq!(pf("1.5"), Some("1.5".to_string()));
        assert_eq!(pf(" 1_000.5 "), Some("1000.5".to_string()));
        assert_eq!(pf("1__0"), None);
        assert_eq!(pf("_1"), None);
        assert_eq!(pf("1_"), None);
        assert_eq!(pf("1_.5"), None);
        assert_eq!(pf("1._5"), None);
        assert_eq!(pf("1e1_0"), Some("10000000000.0".to_string()));
        assert_eq!(pf("1e_10"), None);
        assert_eq!(pf("1_e10"), None);
        assert_eq!(pf(".5"), Some("0.5".to_string()));
        assert_eq!(pf("5."), Some("5.0".to_string()));
        assert_eq!(pf("."), None);
        assert_eq!(pf("e5"), None);
        assert_eq!(pf("1.e5"), Some("100000.0".to_string()));
        assert_eq!(pf("-nan"), Some("nan".to_string()));
        assert_eq!(pf("+inf"), Some("inf".to_string()));
        assert_eq!(pf("-Infinity"), Some("-inf".to_string()));
        assert_eq!(pf("infinit"), None);
        assert_eq!(pf("nAn"), Some("nan".to_string()));
        assert_eq!(pf("INF"), Some("inf".to_string()));
        assert_eq!(pf("1e400"), Some("inf".to_string()));
        assert_eq!(pf("-1e-400"), Some("-0.0".to_string()));
        assert_eq!(pf("١٢.5"), Some("12.5".to_string()));
        assert_eq!(pf("  "), None);
        assert_eq!(pf(""), None);
        assert_eq!(pf("0x10"), None);
        assert_eq!(pf("1 0"), None);
        assert_eq!(pf("+-1"), None);
        assert_eq!(pf("1e"), None);
        assert_eq!(pf("1e+"), None);
        assert_eq!(pf("0_0"), Some("0.0".to_string()));
        assert_eq!(pf("1.5_"), None);
        assert_eq!(pf("\u{85}5\u{a0}"), Some("5.0".to_string()));
        assert_eq!(pf("\u{1c}5"), None);
        assert_eq!(pf("\u{2003}5\u{3000}"), Some("5.0".to_string()));
        assert_eq!(pf("\t-2.5e-3\n"), Some("-0.0025".to_string()));
        assert_eq!(pf("1e-320"), Some("1e-320".to_string()));
        assert_eq!(pf("0.1"), Some("0.1".to_string()));
        assert_eq!(pf("111111111111111111111111111111"), Some("1.111111111111111e+29".to_string()));
        assert_eq!(pf("123456789012345678901234567890e-20"), Some("1234567890.1234567".to_string()));
        assert_eq!(pf("2.5E+3"), Some("2500.0".to_string()));
        assert_eq!(pf("in_f"), None);
        assert_eq!(pf("1\u{0}"), None);
        assert_eq!(pf("١"), Some("1.0".to_string()));
        assert_eq!(pf("1.7976931348623159e308"), Some("inf".to_string()));
        assert_eq!(pf("+.5e-0_1"), Some("0.05".to_string()));
        assert_eq!(pf("0e99999999999999999999"), Some("0.0".to_string()));
        assert!(parse_float("-nan").unwrap().is_sign_negative());
        assert!(parse_float("nan").unwrap().is_sign_positive());
    }

    #[test]
    fn parse_int_matches_cpython() {
        assert_eq!(pi("010", 0), None);
        assert_eq!(pi("0", 0), Some("0".to_string()));
        assert_eq!(pi("00", 0), Some("0".to_string()));
        assert_eq!(pi("0_0", 0), Some("0".to_string()));
        assert_eq!(pi("0_7", 0), None);
        assert_eq!(pi("0x_ff", 0), Some("255".to_string()));
        assert_eq!(pi("0x_ff", 16), Some("255".to_string()));
        assert_eq!(pi("0xff", 10), None);
        assert_eq!(pi("0b101", 2), Some("5".to_string()));
        assert_eq!(pi("0b101", 0), Some("5".to_string()));
        assert_eq!(pi("0o17", 8), Some("15".to_string()));
        assert_eq!(pi("0_b1", 0), None);
        assert_eq!(pi("0x", 16), None);
        assert_eq!(pi("0x_", 16), None);
        assert_eq!(pi("1__0", 10), None);
        assert_eq!(pi("_1", 10), None);
        assert_eq!(pi("1_", 10), None);
        assert_eq!(pi("-0x1F", 0), Some("-31".to_string()));
        assert_eq!(pi(" \t12\n ", 10), Some("12".to_string()));
        assert_eq!(pi("١٢", 10), Some("12".to_string()));
        assert_eq!(pi("z", 36), Some("35".to_string()));
        assert_eq!(pi("Z", 36), Some("35".to_string()));
        assert_eq!(pi("0b", 16), Some("11".to_string()));
        assert_eq!(pi("0b1", 16), Some("177".to_string()));
        assert_eq!(pi("+", 10), None);
        assert_eq!(pi("- 1", 10), None);
        assert_eq!(pi("\u{a0}12\u{85}", 10), Some("12".to_string()));
        assert_eq!(pi("\u{1c}12", 10), None);
        assert_eq!(pi("12\u{1c}", 10), None);
        assert_eq!(pi("0o", 8), None);
        assert_eq!(pi("00x1", 0), None);
        assert_eq!(pi("0X1F", 16), Some("31".to_string()));
        assert_eq!(pi("0B11", 0), Some("3".to_string()));
        assert_eq!(pi("0O7", 0), Some("7".to_string()));
        assert_eq!(pi("1\u{0}", 10), None);
        assert_eq!(pi("0x1__0", 16), None);
        assert_eq!(pi("0 ", 0), Some("0".to_string()));
        assert_eq!(pi("-0", 0), Some("0".to_string()));
        assert_eq!(pi("-00", 0), Some("0".to_string()));
        assert_eq!(pi("-010", 0), None);
        assert_eq!(pi("1_000_000", 10), Some("1000000".to_string()));
        assert_eq!(pi("123456789012345678901234567890", 10), Some("123456789012345678901234567890".to_string()));
        assert_eq!(pi("-ffff_ffff_ffff_ffff_ffff", 16), Some("-1208925819614629174706175".to_string()));
        assert_eq!(pi("777", 8), Some("511".to_string()));
        assert_eq!(pi("8", 8), None);
        assert_eq!(pi("12", 3), Some("5".to_string()));
        assert_eq!(pi("zz", 35), None);
        assert_eq!(pi("", 10), None);
        assert_eq!(pi("  ", 10), None);
        assert_eq!(pi("1 2", 10), None);
        assert_eq!(pi("+0b1", 0), Some("1".to_string()));
        assert_eq!(pi("0x1", 1), None);
        assert_eq!(pi("10", 37), None);
        assert_eq!(pi("0o8", 0), None);
        assert_eq!(pi("٣", 0), Some("3".to_string()));
    }

    #[test]
    fn int_to_str_radix_matches_cpython() {
        assert_eq!(int_to_str_radix(&bi("31"), 16, true), "0x1f");
        assert_eq!(int_to_str_radix(&bi("-31"), 16, true), "-0x1f");
        assert_eq!(int_to_str_radix(&bi("5"), 2, true), "0b101");
        assert_eq!(int_to_str_radix(&bi("-5"), 2, true), "-0b101");
        assert_eq!(int_to_str_radix(&bi("15"), 8, true), "0o17");
        assert_eq!(int_to_str_radix(&bi("0"), 16, true), "0x0");
        assert_eq!(int_to_str_radix(&bi("0"), 2, true), "0b0");
        assert_eq!(int_to_str_radix(&bi("1267650600228229401496703205376"), 16, true), "0x10000000000000000000000000");
        assert_eq!(int_to_str_radix(&bi("-1180591620717411303424"), 8, true), "-0o200000000000000000000000");
        assert_eq!(int_to_str_radix(&bi("255"), 16, false), "ff");
        assert_eq!(int_to_str_radix(&bi("-255"), 16, false), "-ff");
        assert_eq!(int_to_str_radix(&bi("10000000000000000000000000"), 10, false), "10000000000000000000000000");
        assert_eq!(int_to_str_radix(&bi("35"), 36, false), "z");
    }
}

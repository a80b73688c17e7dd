//! `float.hex()` and `float.fromhex()`: exact hexadecimal float text, with
//! CPython 3.11's layout (`Objects/floatobject.c`: `float_hex`,
//! `float_fromhex`).

use num_bigint::BigUint;
use num_traits::{One, ToPrimitive, Zero};

/// Why `float.fromhex` rejected its argument.
#[derive(Debug, PartialEq, Eq)]
pub enum FromHexError {
    /// Not of the form `[sign]['0x']digits['.'digits]['p'[sign]digits]`.
    Invalid,
    /// Finite, but beyond the largest float.
    Overflow,
}

/// `x.hex()`: `'0x1.8000000000000p+1'` for 3.0; always 13 fraction digits.
pub fn float_to_hex(x: f64) -> String {
    if !x.is_finite() {
        return if x.is_nan() {
            "nan".into()
        } else if x > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let field = ((bits >> 52) & 0x7ff) as i64;
    let mantissa = bits & ((1 << 52) - 1);
    // Subnormals print with a leading 0 and the smallest normal exponent.
    let (lead, exp) = if field == 0 { (0, -1022) } else { (1, field - 1023) };
    format!("{sign}0x{lead}.{mantissa:013x}p{exp:+}")
}

/// `float.fromhex(s)`: the float nearest to the hexadecimal text (ties to
/// even), or why there is none.
pub fn float_from_hex(s: &str) -> Result<f64, FromHexError> {
    let text = s.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b');
    let (negative, body) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let magnitude = match body.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => parse_hex_magnitude(body)?,
    };
    Ok(if negative { -magnitude } else { magnitude })
}

/// The unsigned part of a finite hexadecimal float.
fn parse_hex_magnitude(body: &str) -> Result<f64, FromHexError> {
    let b = body.as_bytes();
    let mut i = if b.len() >= 2 && b[0] == b'0' && (b[1] | 0x20) == b'x' { 2 } else { 0 };
    let mut mantissa = BigUint::zero();
    let (mut digits, mut frac_digits, mut seen_point) = (0i64, 0i64, false);
    while i < b.len() {
        if let Some(d) = (b[i] as char).to_digit(16) {
            mantissa = (mantissa << 4u32) + d;
            digits += 1;
            frac_digits += i64::from(seen_point);
        } else if b[i] == b'.' && !seen_point {
            seen_point = true;
        } else {
            break;
        }
        i += 1;
    }
    if digits == 0 {
        return Err(FromHexError::Invalid);
    }
    let mut exp = 0i64;
    if i < b.len() && (b[i] | 0x20) == b'p' {
        exp = parse_exponent(&body[i + 1..])?;
        i = b.len();
    }
    if i != b.len() {
        return Err(FromHexError::Invalid);
    }
    round_to_float(mantissa, exp.saturating_sub(4 * frac_digits))
}

/// A decimal exponent with an optional sign, saturated far beyond any float's range.
fn parse_exponent(s: &str) -> Result<i64, FromHexError> {
    let (negative, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
        return Err(FromHexError::Invalid);
    }
    let value = digits.bytes().fold(0i64, |acc, c| acc.saturating_mul(10).saturating_add(i64::from(c - b'0')).min(1 << 40));
    Ok(if negative { -value } else { value })
}

/// `m * 2**e` rounded to the nearest float, ties to even.
fn round_to_float(m: BigUint, e: i64) -> Result<f64, FromHexError> {
    if m.is_zero() {
        return Ok(0.0);
    }
    let top = m.bits() as i64 - 1 + e;
    if top > 1024 {
        return Err(FromHexError::Overflow);
    }
    if top < -1076 {
        return Ok(0.0);
    }
    // Keep the bits from position `low` up: 53 of them, fewer for subnormals.
    let low = (top - 52).max(-1074);
    let shift = low - e;
    let q = if shift <= 0 {
        m << (-shift) as u64
    } else {
        let kept = &m >> shift as u64;
        let rest = &m - (&kept << shift as u64);
        let half = BigUint::one() << (shift - 1) as u64;
        if rest > half || (rest == half && kept.bit(0)) { kept + 1u32 } else { kept }
    };
    // The implicit bit of `q` carries into the exponent field, so a rounding
    // that reaches the next power of two lands on the right encoding.
    let bits = (((low + 1074) as u64) << 52) + q.to_u64().unwrap_or(u64::MAX);
    if bits >> 52 >= 0x7ff {
        return Err(FromHexError::Overflow);
    }
    Ok(f64::from_bits(bits))
}

#[cfg(test)]
mod tests {
    //! Expected values were produced by CPython 3.11.
    use super::*;

    #[test]
    fn hex_matches_cpython() {
        assert_eq!(float_to_hex(1.0), "0x1.0000000000000p+0");
        assert_eq!(float_to_hex(0.1), "0x1.999999999999ap-4");
        assert_eq!(float_to_hex(-0.0), "-0x0.0p+0");
        assert_eq!(float_to_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_to_hex(f64::MAX), "0x1.fffffffffffffp+1023");
        assert_eq!(float_to_hex(f64::NEG_INFINITY), "-inf");
    }

    #[test]
    fn fromhex_matches_cpython() {
        assert_eq!(float_from_hex("0x1.8p1"), Ok(3.0));
        assert_eq!(float_from_hex(" -0X.8 "), Ok(-0.5));
        assert_eq!(float_from_hex("1p-1074"), Ok(5e-324));
        assert_eq!(float_from_hex("1p-1075"), Ok(0.0));
        assert_eq!(float_from_hex("3p-1076"), Ok(5e-324));
        assert_eq!(float_from_hex("0x1.fffffffffffff8p1023"), Err(FromHexError::Overflow));
        assert_eq!(float_from_hex("0x1.fffffffffffff7p1023"), Ok(f64::MAX));
        assert_eq!(float_from_hex("0x1.00000000000008p0"), Ok(1.0));
        assert_eq!(float_from_hex("0x1.00000000000018p0"), Ok(1.0000000000000004));
        assert_eq!(float_from_hex("ff"), Ok(255.0));
        assert_eq!(float_from_hex("0x"), Err(FromHexError::Invalid));
        assert_eq!(float_from_hex("1p"), Err(FromHexError::Invalid));
        assert!(float_from_hex("-Infinity").unwrap().is_infinite());
    }
}

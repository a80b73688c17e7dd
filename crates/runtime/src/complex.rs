//! Complex numbers: arithmetic, `repr`, `hash`, parsing and the `complex()`
//! constructor, following CPython 3.11's `Objects/complexobject.c`.

use crate::numbers::Num;
use crate::object::Body;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use tierpy_bytecode::instr::BinOp;

/// A complex value's parts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

/// Why a complex operation failed (CPython's errno cases).
#[derive(Debug, PartialEq, Eq)]
enum MathError {
    /// EDOM: division by zero, or zero to a negative or complex power.
    Domain,
    /// ERANGE: the result overflowed.
    Range,
}

impl Complex {
    const ONE: Complex = Complex { re: 1.0, im: 0.0 };

    fn add(self, o: Complex) -> Complex {
        Complex { re: self.re + o.re, im: self.im + o.im }
    }

    fn sub(self, o: Complex) -> Complex {
        Complex { re: self.re - o.re, im: self.im - o.im }
    }

    fn mul(self, o: Complex) -> Complex {
        Complex { re: self.re * o.re - self.im * o.im, im: self.re * o.im + self.im * o.re }
    }

    /// `_Py_c_quot`: Smith's algorithm, scaled by the larger part of the divisor.
    fn div(self, b: Complex) -> Result<Complex, MathError> {
        let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
        if abs_re >= abs_im {
            if abs_re == 0.0 {
                return Err(MathError::Domain);
            }
            let ratio = b.im / b.re;
            let denom = b.re + b.im * ratio;
            Ok(Complex { re: (self.re + self.im * ratio) / denom, im: (self.im - self.re * ratio) / denom })
        } else if abs_im >= abs_re {
            let ratio = b.re / b.im;
            let denom = b.re * ratio + b.im;
            Ok(Complex { re: (self.re * ratio + self.im) / denom, im: (self.im * ratio - self.re) / denom })
        } else {
            Ok(Complex { re: f64::NAN, im: f64::NAN })
        }
    }

    /// `_Py_c_pow`: polar form.
    fn pow(self, b: Complex) -> Result<Complex, MathError> {
        if b.re == 0.0 && b.im == 0.0 {
            return Ok(Complex::ONE);
        }
        if self.re == 0.0 && self.im == 0.0 {
            if b.im != 0.0 || b.re < 0.0 {
                return Err(MathError::Domain);
            }
            return Ok(Complex { re: 0.0, im: 0.0 });
        }
        let vabs = self.re.hypot(self.im);
        let mut len = vabs.powf(b.re);
        let at = self.im.atan2(self.re);
        let mut phase = at * b.re;
        if b.im != 0.0 {
            len /= (at * b.im).exp();
            phase += b.im * vabs.ln();
        }
        Ok(Complex { re: len * phase.cos(), im: len * phase.sin() })
    }

    /// `c_powu`: repeated squaring for a positive integer exponent.
    fn powu(self, mut n: u64) -> Complex {
        let (mut r, mut p) = (Complex::ONE, self);
        while n > 0 {
            if n & 1 == 1 {
                r = r.mul(p);
            }
            n >>= 1;
            p = p.mul(p);
        }
        r
    }

    /// `complex ** complex` as `complex_pow` does: small integer exponents
    /// by repeated multiplication, the rest in polar form.
    fn power(self, b: Complex) -> Result<Complex, MathError> {
        let n = b.re as i64;
        let r = if b.im == 0.0 && b.re == n as f64 && n.abs() <= 100 {
            if n >= 0 { Ok(self.powu(n as u64)) } else { Complex::ONE.div(self.powu(n.unsigned_abs())) }
        } else {
            self.pow(b)
        }?;
        if r.re.is_infinite() || r.im.is_infinite() {
            return Err(MathError::Range);
        }
        Ok(r)
    }

    /// `abs(z)`, None when it overflows.
    pub fn abs(self) -> Option<f64> {
        if self.re.is_infinite() || self.im.is_infinite() {
            return Some(f64::INFINITY);
        }
        if self.re.is_nan() || self.im.is_nan() {
            return Some(f64::NAN);
        }
        let r = self.re.hypot(self.im);
        r.is_finite().then_some(r)
    }
}

/// The parts of a complex value.
pub fn as_complex(v: Value) -> Option<Complex> {
    match v.body() {
        Some(Body::Complex(c)) => Some(*c),
        _ => None,
    }
}

/// A complex, int, bool or float operand as a complex; None for other values.
fn operand(vm: &mut Vm, v: Value) -> PyResult<Option<Complex>> {
    if let Some(c) = as_complex(v) {
        return Ok(Some(c));
    }
    Ok(match Num::of(v) {
        Some(Num::Int(i)) => Some(Complex { re: i as f64, im: 0.0 }),
        Some(Num::Float(f)) => Some(Complex { re: f, im: 0.0 }),
        Some(Num::Big(b)) => Some(Complex { re: crate::ops::bigint_to_f64(vm, b)?, im: 0.0 }),
        None => None,
    })
}

impl Vm {
    /// A new complex value.
    pub fn new_complex(&mut self, re: f64, im: f64) -> Value {
        self.heap.alloc(Body::Complex(Complex { re, im }))
    }
}

/// `a op b` when one operand is complex and the other a number; None when
/// the operator or the other operand does not combine with complex.
pub fn binary(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    if as_complex(a).is_none() && as_complex(b).is_none() {
        return Ok(None);
    }
    if !matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::Pow) {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (operand(vm, a)?, operand(vm, b)?) else {
        return Ok(None);
    };
    let r = match op {
        BinOp::Add => x.add(y),
        BinOp::Sub => x.sub(y),
        BinOp::Mul => x.mul(y),
        BinOp::TrueDiv => x.div(y).map_err(|_| vm.zero_division("complex division by zero"))?,
        _ => power(vm, x, y)?,
    };
    Ok(Some(vm.new_complex(r.re, r.im)))
}

/// `x ** y` with CPython's errors.
fn power(vm: &mut Vm, x: Complex, y: Complex) -> PyResult<Complex> {
    x.power(y).map_err(|e| match e {
        MathError::Domain => vm.zero_division("0.0 to a negative or complex power"),
        MathError::Range => vm.overflow_error("complex exponentiation"),
    })
}

/// `a ** b` for floats whose result is complex (a negative base, a fractional exponent).
pub fn float_power(vm: &mut Vm, a: f64, b: f64) -> PyResult<Value> {
    let r = power(vm, Complex { re: a, im: 0.0 }, Complex { re: b, im: 0.0 })?;
    Ok(vm.new_complex(r.re, r.im))
}

/// `a == b` when one side is complex and the other a number; None otherwise.
pub fn equal(a: Value, b: Value) -> Option<bool> {
    let num = |v: Value| match Num::of(v) {
        Some(Num::Int(i)) => Some(Complex { re: i as f64, im: 0.0 }),
        Some(Num::Float(f)) => Some(Complex { re: f, im: 0.0 }),
        Some(Num::Big(b)) => crate::numbers::big_to_f64(b).map(|re| Complex { re, im: 0.0 }),
        None => None,
    };
    let (x, y) = match (as_complex(a), as_complex(b)) {
        (Some(x), Some(y)) => (x, y),
        (Some(x), None) => (x, num(b)?),
        (None, Some(y)) => (num(a)?, y),
        (None, None) => return None,
    };
    Some(x.re == y.re && x.im == y.im)
}

/// `hash(z)`: the parts' hashes combined as CPython does.
pub fn hash(c: Complex) -> i64 {
    let (re, im) = (crate::hashing::hash_f64(c.re) as u64, crate::hashing::hash_f64(c.im) as u64);
    let h = re.wrapping_add(im.wrapping_mul(1_000_003)) as i64;
    if h == -1 { -2 } else { h }
}

/// `repr(z)`: `1j`, `(1+2j)`, `(-0-0j)`, `(nan+infj)`.
pub fn repr(c: Complex) -> String {
    if c.re == 0.0 && c.re.is_sign_positive() {
        return format!("{}j", short_repr(c.im));
    }
    let im = short_repr(c.im);
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im}j)", short_repr(c.re))
}

/// A part's repr without the `.0` a float repr adds to integral values.
fn short_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    let r = crate::numfmt::float_repr(x);
    match r.strip_suffix(".0") {
        Some(s) => s.to_string(),
        None => r,
    }
}

/// `complex(s)`: `'1+2j'`, `' (-1.5e3j) '`, `'inf-nanj'`; None when malformed.
pub fn parse(s: &str) -> Option<Complex> {
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        t = inner.trim();
    }
    let (first, rest) = float_prefix(t);
    let Some(x) = first else {
        // Only an imaginary unit with an optional sign: 'j', '-J'.
        let (sign, r) = sign_prefix(t);
        return matches!(r, "j" | "J").then_some(Complex { re: 0.0, im: sign });
    };
    match rest {
        "" => Some(Complex { re: x, im: 0.0 }),
        "j" | "J" => Some(Complex { re: 0.0, im: x }),
        _ if rest.starts_with(['+', '-']) => {
            let (second, tail) = float_prefix(rest);
            let (y, tail) = match second {
                Some(y) => (y, tail),
                None => sign_prefix(rest),
            };
            matches!(tail, "j" | "J").then_some(Complex { re: x, im: y })
        }
        _ => None,
    }
}

/// A leading `+`/`-` as a factor, and what follows it.
fn sign_prefix(s: &str) -> (f64, &str) {
    match s.as_bytes().first() {
        Some(b'-') => (-1.0, &s[1..]),
        Some(b'+') => (1.0, &s[1..]),
        _ => (1.0, s),
    }
}

/// The longest float at the start of `s` (sign, digits, point, exponent,
/// or inf/infinity/nan) and the text after it.
fn float_prefix(s: &str) -> (Option<f64>, &str) {
    let b = s.as_bytes();
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let lower = s[i..].to_ascii_lowercase();
    for word in ["infinity", "inf", "nan"] {
        if lower.starts_with(word) {
            let end = i + word.len();
            return (crate::numfmt::parse_float(&s[..end]), &s[end..]);
        }
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && (b[*i].is_ascii_digit() || b[*i] == b'_') {
            *i += 1;
        }
        *i > start
    };
    let mut any = digits(&mut i);
    if i < b.len() && b[i] == b'.' {
        i += 1;
        any |= digits(&mut i);
    }
    if !any {
        return (None, s);
    }
    if i < b.len() && (b[i] | 0x20) == b'e' {
        let mut j = i + 1;
        if j < b.len() && matches!(b[j], b'+' | b'-') {
            j += 1;
        }
        if digits(&mut j) {
            i = j;
        }
    }
    (crate::numfmt::parse_float(&s[..i]), &s[i..])
}

/// `complex(real=0, imag=0)`.
pub fn construct(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    crate::builtins::check_kwargs(vm, "complex", kwargs, &["real", "imag"])?;
    crate::builtins::check_params(vm, "complex", args, kwargs, &["real", "imag"], 0)?;
    let kw = |k: &str| kwargs.iter().find(|(n, _)| n.str_text() == k).map(|(_, v)| *v);
    let real = args.first().copied().or_else(|| kw("real"));
    let imag = args.get(1).copied().or_else(|| kw("imag"));
    if let Some(s) = real.and_then(|r| r.as_str()) {
        if imag.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return match parse(&s.s) {
            Some(c) => Ok(vm.new_complex(c.re, c.im)),
            None => Err(vm.value_error("complex() arg is a malformed string")),
        };
    }
    if imag.is_some_and(|i| i.as_str().is_some()) {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let (r, r_complex) = match real {
        Some(v) => part(vm, v, "first argument must be a string or a number")?,
        None => (Complex { re: 0.0, im: 0.0 }, false),
    };
    let Some(imag) = imag else {
        return Ok(vm.new_complex(r.re, r.im));
    };
    let (i, i_complex) = part(vm, imag, "second argument must be a number")?;
    // As CPython: only complex parts contribute their imaginary halves, so
    // complex(-0.0, -0.0) keeps both signs.
    let re = if i_complex { r.re - i.im } else { r.re };
    let im = if r_complex { i.re + r.im } else { i.re };
    Ok(vm.new_complex(re, im))
}

/// An argument of `complex()` as a complex (numbers, `__complex__`,
/// `__float__`, `__index__`), and whether it was complex.
fn part(vm: &mut Vm, v: Value, what: &str) -> PyResult<(Complex, bool)> {
    if let Some(c) = as_complex(v) {
        return Ok((c, true));
    }
    if let Some(c) = operand(vm, v)? {
        return Ok((c, false));
    }
    for (dunder, convert) in [("__complex__", true), ("__float__", false), ("__index__", false)] {
        if let Some(m) = vm.lookup_special(v, dunder) {
            let r = vm.call_method_value(m, v, &[])?;
            if convert && as_complex(r).is_none() {
                let t = vm.type_name(r);
                return Err(vm.type_error(format!("__complex__ returned non-complex (type {t})")));
            }
            if let Some(c) = operand(vm, r)? {
                return Ok((c, convert));
            }
        }
    }
    if v.has_native() {
        return part(vm, v.native(), what);
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("complex() {what}, not '{t}'")))
}

#[cfg(test)]
mod tests {
    //! Expected values were produced by CPython 3.11.
    use super::*;

    fn c(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }

    #[test]
    fn repr_matches_cpython() {
        assert_eq!(repr(c(0.0, 1.0)), "1j");
        assert_eq!(repr(c(1.0, 2.0)), "(1+2j)");
        assert_eq!(repr(c(-0.0, -0.0)), "(-0-0j)");
        assert_eq!(repr(c(0.0, -0.0)), "-0j");
        assert_eq!(repr(c(1e16, 2.5)), "(1e+16+2.5j)");
        assert_eq!(repr(c(f64::NAN, f64::INFINITY)), "(nan+infj)");
    }

    #[test]
    fn parse_matches_cpython() {
        assert_eq!(parse(" ( 1+2j ) "), Some(c(1.0, 2.0)));
        assert_eq!(parse("-J"), Some(c(0.0, -1.0)));
        assert_eq!(parse("1-j"), Some(c(1.0, -1.0)));
        assert_eq!(parse("1e3j"), Some(c(0.0, 1000.0)));
        for bad in ["", "()", "1+", "j1", "1..2", "(1", "1e", "infj+1", "1 + 2j", "1+2", "1j+2"] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn arithmetic_matches_cpython() {
        assert_eq!(c(1.0, 1.0).power(c(-2.0, 0.0)), Ok(c(0.0, -0.5)));
        assert_eq!(c(0.0, 1.0).power(c(2.0, 0.0)), Ok(c(-1.0, 0.0)));
        assert_eq!(c(0.0, 1.0).div(c(0.0, 0.0)), Err(MathError::Domain));
        assert_eq!(hash(c(-1.0, 0.0)), -2);
    }
}

//! Numeric semantics: int (inline or big), bool and float arithmetic and
//! comparison exactly as CPython computes them.

use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use tierpy_bytecode::instr::BinOp;

/// A numeric operand.
#[derive(Clone, Copy)]
pub enum Num<'a> {
    Int(i64),
    Big(&'a BigInt),
    Float(f64),
}

impl<'a> Num<'a> {
    /// The numeric view of int, bool and float values.
    #[inline]
    pub fn of(v: Value) -> Option<Num<'static>> {
        if let Some(f) = v.as_float() {
            return Some(Num::Float(f));
        }
        if let Some(i) = v.as_small_int() {
            return Some(Num::Int(i));
        }
        if let Some(b) = v.as_bool() {
            return Some(Num::Int(b as i64));
        }
        v.as_bigint().map(Num::Big)
    }

    /// The value as a machine int, when it is an int that fits one.
    fn as_i64(self) -> Option<i64> {
        match self {
            Num::Int(i) => Some(i),
            Num::Big(b) => b.to_i64(),
            Num::Float(_) => None,
        }
    }

    fn big(self) -> BigInt {
        match self {
            Num::Int(i) => BigInt::from(i),
            Num::Big(b) => b.clone(),
            Num::Float(_) => unreachable!(),
        }
    }
}

/// Converts a big int to f64, None on overflow (correctly rounded).
pub fn big_to_f64(b: &BigInt) -> Option<f64> {
    let f = b.to_f64()?;
    if f.is_finite() { Some(f) } else { None }
}

fn to_f64(vm: &mut Vm, n: Num) -> PyResult<f64> {
    match n {
        Num::Int(i) => Ok(i as f64),
        Num::Float(f) => Ok(f),
        Num::Big(b) => crate::ops::bigint_to_f64(vm, b),
    }
}

/// `x op y` for numbers.
pub fn arith(vm: &mut Vm, op: BinOp, x: Num, y: Num) -> PyResult<Value> {
    match (x, y) {
        (Num::Int(a), Num::Int(b)) => int_arith(vm, op, a, b),
        (Num::Float(_), _) | (_, Num::Float(_)) => {
            if matches!(op, BinOp::LShift | BinOp::RShift | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::MatMul) {
                return Err(op_type_error(vm, op, x, y));
            }
            let a = to_f64(vm, x)?;
            let b = to_f64(vm, y)?;
            float_arith(vm, op, a, b)
        }
        _ => {
            if let (Some(a), Some(b)) = (x.as_i64(), y.as_i64())
                && let Some(r) = wide_arith(vm, op, a, b)
            {
                return Ok(r);
            }
            big_arith(vm, op, x.big(), y.big())
        }
    }
}

/// `a op b` for ints beyond the inline range that still fit a machine word
/// (an LCG's `x * a + c`, a counter past 2**47): computed in 128 bits,
/// without building big-int operands. None for the operators (and the
/// zero divisors, negative or long shifts) left to the big-int code.
fn wide_arith(vm: &mut Vm, op: BinOp, a: i64, b: i64) -> Option<Value> {
    let (p, q) = (a as i128, b as i128);
    let r = match op {
        BinOp::Add => p + q,
        BinOp::Sub => p - q,
        BinOp::Mul => p * q,
        BinOp::FloorDiv | BinOp::Mod if b != 0 => {
            // In i64 where it cannot overflow: i128 division is a library call.
            let (d, m) = match (a.checked_div_euclid(b), a.checked_rem_euclid(b)) {
                (Some(d), Some(m)) => (d as i128, m as i128),
                _ => (p.div_euclid(q), p.rem_euclid(q)),
            };
            // Python rounds the quotient down and gives the remainder the divisor's sign.
            let (d, m) = if m != 0 && q < 0 { (d - 1, m + q) } else { (d, m) };
            if op == BinOp::FloorDiv { d } else { m }
        }
        BinOp::BitAnd => p & q,
        BinOp::BitOr => p | q,
        BinOp::BitXor => p ^ q,
        BinOp::RShift if (0..64).contains(&b) => p >> b,
        _ => return None,
    };
    Some(match i64::try_from(r) {
        Ok(i) => vm.new_int(i),
        Err(_) => vm.new_bigint(BigInt::from(r)),
    })
}

fn num_type_name(n: Num) -> &'static str {
    match n {
        Num::Float(_) => "float",
        _ => "int",
    }
}

fn op_type_error(vm: &mut Vm, op: BinOp, x: Num, y: Num) -> crate::vm::PyErr {
    vm.type_error(format!("unsupported operand type(s) for {}: '{}' and '{}'", op.symbol(), num_type_name(x), num_type_name(y)))
}

/// Floor division and modulo of machine ints (b != 0).
#[inline]
pub fn floor_divmod(a: i64, b: i64) -> (i64, i64) {
    let q = a.wrapping_div(b);
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) { (q - 1, r + b) } else { (q, r) }
}

/// `a op b` for two inline ints when the result is an inline int and the
/// operation cannot raise (no zero divisor, no negative shift): the fast
/// path of every tier for the int operators, `op=` forms included (on ints
/// they are the plain operators). None leaves the operation to the general
/// path (true division, powers and overflows included).
#[inline]
pub fn small_int_op(op: BinOp, a: i64, b: i64) -> Option<i64> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a.checked_mul(b)?,
        BinOp::FloorDiv | BinOp::Mod if b != 0 => {
            let (d, m) = floor_divmod(a, b);
            if op == BinOp::FloorDiv { d } else { m }
        }
        BinOp::BitAnd => a & b,
        BinOp::BitOr => a | b,
        BinOp::BitXor => a ^ b,
        BinOp::RShift if b >= 0 => a >> b.min(63),
        BinOp::LShift if (0..64).contains(&b) => {
            let r = a << b;
            if r >> b != a {
                return None;
            }
            r
        }
        _ => return None,
    };
    Value::fits_small(r).then_some(r)
}

#[inline]
fn int_arith(vm: &mut Vm, op: BinOp, a: i64, b: i64) -> PyResult<Value> {
    match op {
        BinOp::Add => Ok(vm.new_int(a + b)),
        BinOp::Sub => Ok(vm.new_int(a - b)),
        BinOp::Mul => match a.checked_mul(b) {
            Some(r) => Ok(vm.new_int(r)),
            None => Ok(vm.new_bigint(BigInt::from(a) * b)),
        },
        BinOp::TrueDiv => {
            if b == 0 {
                return Err(vm.zero_division("division by zero"));
            }
            Ok(Value::float(a as f64 / b as f64))
        }
        BinOp::FloorDiv => {
            if b == 0 {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            Ok(vm.new_int(floor_divmod(a, b).0))
        }
        BinOp::Mod => {
            if b == 0 {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            Ok(vm.new_int(floor_divmod(a, b).1))
        }
        BinOp::Pow => int_pow(vm, BigInt::from(a), BigInt::from(b)),
        BinOp::LShift => {
            if b < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            if a == 0 {
                return Ok(Value::small_int(0));
            }
            if b < 16 {
                return Ok(vm.new_int(a << b));
            }
            shift_left_big(vm, BigInt::from(a), b)
        }
        BinOp::RShift => {
            if b < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            Ok(vm.new_int(if b >= 63 { if a < 0 { -1 } else { 0 } } else { a >> b }))
        }
        BinOp::BitAnd => Ok(vm.new_int(a & b)),
        BinOp::BitOr => Ok(vm.new_int(a | b)),
        BinOp::BitXor => Ok(vm.new_int(a ^ b)),
        BinOp::MatMul => Err(op_type_error(vm, op, Num::Int(a), Num::Int(b))),
    }
}

fn shift_left_big(vm: &mut Vm, a: BigInt, b: i64) -> PyResult<Value> {
    if b > (1 << 32) {
        return Err(vm.new_exception(crate::types::TypeId::OverflowError, "too many digits in integer"));
    }
    Ok(vm.new_bigint(a << b as usize))
}

fn big_arith(vm: &mut Vm, op: BinOp, a: BigInt, b: BigInt) -> PyResult<Value> {
    match op {
        BinOp::Add => Ok(vm.new_bigint(a + b)),
        BinOp::Sub => Ok(vm.new_bigint(a - b)),
        BinOp::Mul => Ok(vm.new_bigint(a * b)),
        BinOp::TrueDiv => {
            if b.is_zero() {
                return Err(vm.zero_division("division by zero"));
            }
            big_true_div(vm, &a, &b)
        }
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            Ok(vm.new_bigint(a.div_floor(&b)))
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            Ok(vm.new_bigint(a.mod_floor(&b)))
        }
        BinOp::Pow => int_pow(vm, a, b),
        BinOp::LShift => {
            if b.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            if a.is_zero() {
                return Ok(Value::small_int(0));
            }
            let n = b.to_i64().unwrap_or(i64::MAX);
            shift_left_big(vm, a, n)
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let n = b.to_u64().unwrap_or(u64::MAX);
            if n > a.bits() {
                return Ok(Value::small_int(if a.is_negative() { -1 } else { 0 }));
            }
            // Floor semantics for negatives.
            let d = BigInt::from(1) << n as usize;
            Ok(vm.new_bigint(a.div_floor(&d)))
        }
        BinOp::BitAnd => Ok(vm.new_bigint(a & b)),
        BinOp::BitOr => Ok(vm.new_bigint(a | b)),
        BinOp::BitXor => Ok(vm.new_bigint(a ^ b)),
        BinOp::MatMul => Err(vm.type_error("unsupported operand type(s) for @: 'int' and 'int'")),
    }
}

/// Correctly rounded a / b for big ints.
fn big_true_div(vm: &mut Vm, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64())
        && x.unsigned_abs() < (1 << 53)
        && y.unsigned_abs() < (1 << 53)
    {
        return Ok(Value::float(x as f64 / y as f64));
    }
    let neg = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    // Scale so the quotient has 55+ significant bits, then round once.
    let shift = 55i64 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if shift > 0 { (a << shift as usize, b) } else { (a, b << (-shift) as usize) };
    let (q, r) = num.div_rem(&den);
    let mut q = q.to_u128().unwrap_or(u128::MAX);
    if !r.is_zero() {
        q |= 1; // sticky bit
    }
    let f = (q as f64) * 2f64.powi(-(shift as i32));
    if !f.is_finite() {
        return Err(vm.overflow_error("integer division result too large for a float"));
    }
    Ok(Value::float(if neg { -f } else { f }))
}

fn int_pow(vm: &mut Vm, a: BigInt, b: BigInt) -> PyResult<Value> {
    if b.is_negative() {
        if a.is_zero() {
            return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
        }
        let x = crate::ops::bigint_to_f64(vm, &a)?;
        let y = b.to_f64().unwrap_or(f64::NEG_INFINITY);
        return float_arith(vm, BinOp::Pow, x, y);
    }
    if let Some(x) = a.to_i64()
        && (-1..=1).contains(&x)
    {
        // 0, 1 and -1 to any power, however large.
        let r = match x {
            0 if !b.is_zero() => 0,
            -1 if b.bit(0) => -1,
            _ => 1,
        };
        return Ok(Value::small_int(r));
    }
    let Some(e) = b.to_u64() else {
        return Err(vm.memory_error());
    };
    if let Some(x) = a.to_i64()
        && let Ok(e32) = u32::try_from(e)
        && let Some(r) = x.checked_pow(e32)
    {
        return Ok(vm.new_int(r));
    }
    if (a.bits() as u128) * (e as u128) > (1u128 << 36) {
        return Err(vm.memory_error());
    }
    Ok(vm.new_bigint(num_traits::pow::Pow::pow(a, e)))
}

/// Python's float `%`.
pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 { if (b < 0.0) != (m < 0.0) { m + b } else { m } } else { 0.0f64.copysign(b) }
}

/// Python's float `//` (b != 0).
pub fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let fl = div.floor();
        if div - fl > 0.5 { fl + 1.0 } else { fl }
    } else {
        0.0f64.copysign(a / b)
    }
}

fn float_arith(vm: &mut Vm, op: BinOp, a: f64, b: f64) -> PyResult<Value> {
    Ok(Value::float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv => {
            if b == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            a / b
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            float_floordiv(a, b)
        }
        BinOp::Mod => {
            if b == 0.0 {
                return Err(vm.zero_division("float modulo"));
            }
            float_mod(a, b)
        }
        BinOp::Pow => return float_pow(vm, a, b),
        _ => unreachable!("bit operators on floats are rejected earlier"),
    }))
}

/// `a ** b` for floats with CPython's errors.
pub fn float_pow(vm: &mut Vm, a: f64, b: f64) -> PyResult<Value> {
    if a == 0.0 && b < 0.0 && b.is_finite() {
        return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
    }
    if a < 0.0 && b.is_finite() && b.fract() != 0.0 {
        return crate::complex::float_power(vm, a, b);
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(Value::float(r))
}

/// Compares two numbers exactly; None when a NaN is involved.
pub fn compare(x: Num, y: Num) -> Option<Ordering> {
    match (x, y) {
        (Num::Int(a), Num::Int(b)) => Some(a.cmp(&b)),
        (Num::Float(a), Num::Float(b)) => a.partial_cmp(&b),
        (Num::Int(a), Num::Float(b)) => cmp_i64_float(a, b),
        (Num::Float(a), Num::Int(b)) => cmp_i64_float(b, a).map(Ordering::reverse),
        (Num::Big(a), Num::Float(b)) => cmp_int_float(a, b),
        (Num::Float(a), Num::Big(b)) => cmp_int_float(b, a).map(Ordering::reverse),
        (a, b) => Some(a.big().cmp(&b.big())),
    }
}

/// Orders a machine int against a float: directly when the int converts
/// to a float exactly.
fn cmp_i64_float(i: i64, f: f64) -> Option<Ordering> {
    if i.unsigned_abs() < (1 << 53) {
        return (i as f64).partial_cmp(&f);
    }
    cmp_int_float(&BigInt::from(i), f)
}

/// Orders an int against a float exactly, whatever their magnitudes.
fn cmp_int_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let fl = f.floor();
    let fb = BigInt::from(fl as i128).max(BigInt::from(i128::MIN));
    let fb = if fl.abs() < 1e38 { fb } else { num_bigint_from_f64(fl) };
    match i.cmp(&fb) {
        Ordering::Equal => {
            if f > fl {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

/// The exact integer value of an integral float.
pub fn num_bigint_from_f64(f: f64) -> BigInt {
    use num_traits::FromPrimitive;
    BigInt::from_f64(f).unwrap_or_default()
}

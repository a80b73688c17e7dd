//! Literal keys of mapping patterns at compile time: their values as
//! Python's equality sees them (so `{1: a, 1.0: b}` and `{1: a, True: b}`
//! are duplicates, as in a set) and their reprs for the error message.

use num_bigint::BigInt;
use num_traits::FromPrimitive;
use rustpython_parser::ast::{self, Expr, Operator, UnaryOp};

/// The real part of a numeric key: integral values (ints, bools, whole
/// floats) compare as integers.
#[derive(Clone, Debug, PartialEq)]
pub enum Real {
    Int(BigInt),
    Float(f64),
}

/// A literal key's value.
#[derive(Clone, Debug, PartialEq)]
pub enum KeyValue {
    /// A number: real part and imaginary part.
    Num(Real, f64),
    Str(String),
    Bytes(Vec<u8>),
    /// None, True/False are numbers, `...`: compared by their repr.
    Other(&'static str),
}

impl Real {
    fn from_f64(f: f64) -> Real {
        match BigInt::from_f64(f).filter(|_| f.fract() == 0.0) {
            Some(i) => Real::Int(i),
            None => Real::Float(f),
        }
    }

    fn neg(self) -> Real {
        match self {
            Real::Int(i) => Real::Int(-i),
            Real::Float(f) => Real::Float(-f),
        }
    }

    fn repr(&self) -> String {
        match self {
            Real::Int(i) => i.to_string(),
            Real::Float(f) => float_repr(*f),
        }
    }
}

/// The value of a literal key expression; None for attribute lookups (and
/// anything else that is not a literal).
pub fn key_value(e: &Expr) -> Option<(KeyValue, String)> {
    match e {
        Expr::Constant(c) => Some(constant_value(&c.value)),
        Expr::UnaryOp(u) if u.op == UnaryOp::USub => match key_value(&u.operand)? {
            // 0.0 - im keeps a real number's imaginary part +0.0.
            (KeyValue::Num(re, im), _) => Some(num(re.neg(), 0.0 - im)),
            _ => None,
        },
        Expr::BinOp(b) if matches!(b.op, Operator::Add | Operator::Sub) => {
            let (KeyValue::Num(re, _), _) = key_value(&b.left)? else { return None };
            let (KeyValue::Num(_, im), _) = key_value(&b.right)? else { return None };
            Some(num(re, if b.op == Operator::Sub { -im } else { im }))
        }
        _ => None,
    }
}

fn num(re: Real, im: f64) -> (KeyValue, String) {
    let repr = if im == 0.0 && !im.is_sign_negative() {
        re.repr()
    } else {
        let sign = if im.is_sign_negative() { '-' } else { '+' };
        let re = match &re {
            Real::Float(f) => Real::from_f64(*f),
            r => r.clone(),
        };
        format!("({}{sign}{}j)", re.repr(), Real::from_f64(im.abs()).repr())
    };
    let re = match re {
        Real::Float(f) => Real::from_f64(f),
        r => r,
    };
    (KeyValue::Num(re, im), repr)
}

fn constant_value(c: &ast::Constant) -> (KeyValue, String) {
    match c {
        ast::Constant::Int(i) => num(Real::Int(i.clone()), 0.0),
        ast::Constant::Bool(b) => {
            let (v, _) = num(Real::Int(BigInt::from(*b as u8)), 0.0);
            (v, if *b { "True" } else { "False" }.to_string())
        }
        ast::Constant::Float(f) => num(Real::Float(*f), 0.0),
        ast::Constant::Complex { real, imag } => {
            let repr = if *real == 0.0 { format!("{}j", Real::from_f64(*imag).repr()) } else { num(Real::Float(*real), *imag).1 };
            let (v, _) = num(Real::from_f64(*real), *imag);
            (v, repr)
        }
        ast::Constant::Str(s) => (KeyValue::Str(s.clone()), str_repr(s, false)),
        ast::Constant::Bytes(b) => {
            (KeyValue::Bytes(b.clone()), format!("b{}", str_repr(&b.iter().map(|&x| x as char).collect::<String>(), true)))
        }
        ast::Constant::None => (KeyValue::Other("None"), "None".into()),
        ast::Constant::Ellipsis => (KeyValue::Other("Ellipsis"), "Ellipsis".into()),
        ast::Constant::Tuple(_) => (KeyValue::Other("tuple"), "()".into()),
    }
}

/// Python's repr of a float: shortest round-trip digits, exponent from 1e16
/// and below 1e-4.
fn float_repr(f: f64) -> String {
    if f == 0.0 || (1e-4..1e16).contains(&f.abs()) {
        return format!("{f:?}");
    }
    let s = format!("{f:e}");
    let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let (sign, digits) = exp.strip_prefix('-').map_or(('+', exp), |d| ('-', d));
    format!("{mantissa}e{sign}{digits:0>2}")
}

/// Python's repr of a str, or of bytes given as Latin-1 text (without the
/// runtime's Unicode tables: other non-printable characters stay as they are).
fn str_repr(s: &str, bytes: bool) -> String {
    tierpy_bytecode::quote::quote_text(s, |c| bytes && c as u32 > 0x7f)
}

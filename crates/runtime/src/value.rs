//! The `Value` word: one NaN-boxed 64-bit value for every Python object.
//!
//! A float is stored as its own IEEE bits (so floats never touch the heap in
//! any tier). Every other kind lives in the negative quiet-NaN space, tagged in
//! the top 16 bits: small ints (48-bit, sign-extended), bools, None, "empty"
//! (an unbound local) and 48-bit pointers to heap objects. NaNs produced by
//! arithmetic are canonicalized so they never collide with a tag.

use crate::object::Obj;

/// One Python value.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(pub u64);

/// Tag of inline ints (payload: 48-bit two's complement).
pub const TAG_INT: u64 = 0xFFF9 << 48;
/// Tag of bools (payload 0 or 1).
pub const TAG_BOOL: u64 = 0xFFFA << 48;
/// Tag of None.
pub const TAG_NONE: u64 = 0xFFFB << 48;
/// Tag of heap pointers (payload: the address).
pub const TAG_PTR: u64 = 0xFFFC << 48;
/// Tag of the empty marker (an unbound local or an absent optional value).
pub const TAG_EMPTY: u64 = 0xFFFD << 48;
/// Mask of the tag bits.
pub const TAG_MASK: u64 = 0xFFFF << 48;
/// Every word at or above this is a tagged (non-float) value.
pub const FIRST_TAG: u64 = 0xFFF9 << 48;
/// Largest inline int.
pub const INT_MAX: i64 = (1 << 47) - 1;
/// Smallest inline int.
pub const INT_MIN: i64 = -(1 << 47);

impl Value {
    pub const NONE: Value = Value(TAG_NONE);
    pub const TRUE: Value = Value(TAG_BOOL | 1);
    pub const FALSE: Value = Value(TAG_BOOL);
    pub const EMPTY: Value = Value(TAG_EMPTY);

    /// A float value (NaNs canonicalized out of the tag space).
    #[inline(always)]
    pub fn float(f: f64) -> Value {
        let bits = f.to_bits();
        if bits >= FIRST_TAG { Value(0xFFF8 << 48) } else { Value(bits) }
    }

    /// An int that fits inline; callers check the range first.
    #[inline(always)]
    pub fn small_int(i: i64) -> Value {
        debug_assert!((INT_MIN..=INT_MAX).contains(&i));
        Value(TAG_INT | (i as u64 & 0xFFFF_FFFF_FFFF))
    }

    /// Whether an i64 fits the inline int payload.
    #[inline(always)]
    pub fn fits_small(i: i64) -> bool {
        (INT_MIN..=INT_MAX).contains(&i)
    }

    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        if b { Value::TRUE } else { Value::FALSE }
    }

    /// A heap pointer value.
    #[inline(always)]
    pub fn from_obj(p: *mut Obj) -> Value {
        Value(TAG_PTR | p as u64)
    }

    #[inline(always)]
    pub fn is_float(self) -> bool {
        self.0 < FIRST_TAG
    }

    #[inline(always)]
    pub fn is_small_int(self) -> bool {
        self.0 & TAG_MASK == TAG_INT
    }

    #[inline(always)]
    pub fn is_bool(self) -> bool {
        self.0 & TAG_MASK == TAG_BOOL
    }

    #[inline(always)]
    pub fn is_none(self) -> bool {
        self.0 == TAG_NONE
    }

    #[inline(always)]
    pub fn is_empty(self) -> bool {
        self.0 == TAG_EMPTY
    }

    #[inline(always)]
    pub fn is_obj(self) -> bool {
        self.0 & TAG_MASK == TAG_PTR
    }

    /// The float payload; only meaningful when `is_float`.
    #[inline(always)]
    pub fn as_float_unchecked(self) -> f64 {
        f64::from_bits(self.0)
    }

    /// The inline int payload; only meaningful when `is_small_int`.
    #[inline(always)]
    pub fn as_small_int_unchecked(self) -> i64 {
        ((self.0 << 16) as i64) >> 16
    }

    #[inline(always)]
    pub fn as_small_int(self) -> Option<i64> {
        if self.is_small_int() { Some(self.as_small_int_unchecked()) } else { None }
    }

    #[inline(always)]
    pub fn as_bool(self) -> Option<bool> {
        if self.is_bool() { Some(self.0 & 1 == 1) } else { None }
    }

    #[inline(always)]
    pub fn as_float(self) -> Option<f64> {
        if self.is_float() { Some(self.as_float_unchecked()) } else { None }
    }

    /// The heap object pointer; only meaningful when `is_obj`.
    #[inline(always)]
    pub fn obj_ptr(self) -> *mut Obj {
        (self.0 & 0xFFFF_FFFF_FFFF) as *mut Obj
    }

    /// The heap object, when this is a pointer.
    #[inline(always)]
    pub fn as_obj(self) -> Option<&'static mut Obj> {
        if self.is_obj() {
            // SAFETY: pointer values are only made by the heap from live boxes,
            // and the collector frees only unreachable ones.
            Some(unsafe { &mut *self.obj_ptr() })
        } else {
            None
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(x) = self.as_float() {
            write!(f, "Float({x})")
        } else if let Some(i) = self.as_small_int() {
            write!(f, "Int({i})")
        } else if let Some(b) = self.as_bool() {
            write!(f, "Bool({b})")
        } else if self.is_none() {
            write!(f, "None")
        } else if self.is_empty() {
            write!(f, "Empty")
        } else {
            write!(f, "Obj({:#x})", self.0 & 0xFFFF_FFFF_FFFF)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_round_trip() {
        for x in [0.0, -0.0, 1.5, f64::INFINITY, f64::NEG_INFINITY, 1e308, 5e-324] {
            let v = Value::float(x);
            assert!(v.is_float());
            assert_eq!(v.as_float_unchecked().to_bits(), x.to_bits());
        }
        let nan = Value::float(f64::NAN);
        assert!(nan.is_float() && nan.as_float_unchecked().is_nan());
        let odd_nan = Value::float(f64::from_bits(0xFFFF_0000_0000_0001));
        assert!(odd_nan.is_float() && odd_nan.as_float_unchecked().is_nan());
    }

    #[test]
    fn small_ints_round_trip() {
        for i in [0, 1, -1, INT_MAX, INT_MIN, 123456789, -987654321] {
            let v = Value::small_int(i);
            assert!(v.is_small_int() && !v.is_float());
            assert_eq!(v.as_small_int(), Some(i));
        }
        assert!(!Value::fits_small(INT_MAX + 1));
        assert!(!Value::fits_small(INT_MIN - 1));
    }

    #[test]
    fn tags_are_distinct() {
        let all = [Value::NONE, Value::TRUE, Value::FALSE, Value::EMPTY, Value::small_int(0)];
        for (i, a) in all.iter().enumerate() {
            assert!(!a.is_float());
            for b in &all[i + 1..] {
                assert_ne!(a, b);
            }
        }
        assert_eq!(Value::TRUE.as_bool(), Some(true));
        assert_eq!(Value::FALSE.as_bool(), Some(false));
    }
}

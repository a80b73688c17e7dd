//! CPython 3.11-compatible hashing and a set hash table with CPython's layout.
//!
//! The hash functions reproduce `hash()` for `int`, `float`, `tuple` and
//! `frozenset` exactly as CPython 3.11 on a 64-bit platform computes them
//! (`Python/pyhash.c`, `Objects/longobject.c`, `Objects/tupleobject.c`,
//! `Objects/setobject.c`).  String hashing (SipHash with a random key) is out
//! of scope here.
//!
//! [`SetTable`] mirrors `Objects/setobject.c`: open addressing with
//! `LINEAR_PROBES = 9` and `PERTURB_SHIFT = 5`, dummy entries for deletions,
//! a minimum size of 8, the `fill`/`used` bookkeeping, the same growth rule
//! and the same rebuild procedure (`set_insert_clean` in old-slot order).  As
//! a consequence, iterating a table (slot order) yields exactly the order in
//! which CPython iterates / prints a set built by the same sequence of
//! operations.
//!
//! # How CPython builds sets (what callers must replicate)
//!
//! * `set()` / `frozenset()` start empty with 8 slots.
//! * `{a, b}` (fewer than three items, or any non-constant item): `BUILD_SET`
//!   adds the items left to right ([`SetTable::insert`] per item).
//! * `{1, 2, 3}` with three or more items that are *all constants*: the
//!   compiler emits `BUILD_SET 0; LOAD_CONST frozenset(...); SET_UPDATE 1`.
//!   The constant frozenset was built by adding the items left to right into
//!   an empty table; `SET_UPDATE` then runs `set_merge` into the new empty
//!   set, i.e. the result is [`SetTable::copy_from`] of that frozenset table.
//!   This can differ from adding the items one by one (the merge presizes the
//!   table to `smallest power of two > 2*len` and re-inserts in the
//!   frozenset's slot order).  Caveat: when code comes from a `.pyc` file
//!   (imported modules) the frozenset constant went through `marshal`, which
//!   rebuilds it in a different (sorted-by-serialisation) order; for code
//!   compiled from source (the main script, `exec`, `eval`) the rule above
//!   holds.
//! * `{*a, *b}`: `BUILD_SET 0` then `SET_UPDATE` per starred operand.
//! * Set comprehensions: `BUILD_SET 0` then `SET_ADD` per produced item.
//! * `set(iterable)`, `s.update(iterable)`, `SET_UPDATE` all go through
//!   `set_update_internal`:
//!   - a set/frozenset argument: `set_merge` ([`SetTable::merge`]; into an
//!     empty set this is [`SetTable::copy_from`]);
//!   - an exact `dict`: presize with [`SetTable::presize_for_update`]
//!     (`len(dict)`), then add the keys in dict order (using the dict's
//!     stored hashes);
//!   - anything else: add the items in iteration order, no presizing.
//! * `s.copy()`, `set(s)`, `frozenset(s)` (for a non-frozenset `s`):
//!   [`SetTable::copy_from`].  `frozenset(f)` / `f.copy()` of an exact
//!   frozenset return `f` itself.
//!
//! # Set algebra (order of operations in CPython 3.11)
//!
//! * `a | b`, `a.union(b, ...)`: `r = a.copy()`, then `set_update_internal(r,
//!   x)` for every argument `x` that is not `a` itself
//!   ([`SetTable::union`] for two sets).
//! * `a |= b`, `a.update(b, ...)`: `set_update_internal(a, x)` per argument
//!   (`a |= a` is a no-op).
//! * `a & b` ([`SetTable::intersection`]): if `a is b` return `a.copy()`.
//!   Otherwise start from an empty set; when `b` is a set, iterate the
//!   *smaller* one (iterate `a` only if `len(b) > len(a)`, else iterate `b`),
//!   in slot order, adding each element also contained in the other set (the
//!   added key object is the one from the iterated set).  When `b` is any
//!   other iterable: iterate it, hash each item, add the items contained in
//!   `a`, and stop as soon as `len(result) >= len(a)`.
//! * `a.intersection(x, y, ...)`: fold of the above, starting from `a`
//!   (no arguments: `a.copy()`).
//! * `a &= b`, `a.intersection_update(...)`: compute the intersection and swap
//!   the table into `a` (`a` keeps its own `pop` finger):
//!   [`SetTable::intersection_update`].
//! * `a - b` ([`SetTable::difference`]): if `b` is not a set or dict, or if
//!   `len(a) >> 2 > len(b)`: `r = a.copy()` followed by the
//!   difference-update below.  Otherwise start from an empty set, iterate `a`
//!   in slot order and add the elements not contained in `b`.
//! * `a -= b`, `a.difference_update(b, ...)` ([`SetTable::difference_update`]):
//!   if `a is b`: clear.  If `b` is a set and `len(b) >> 3 > len(a)`, `b` is
//!   first replaced by `a & b`.  Then discard every element of `b` (iteration
//!   order) from `a`, and finally, if more than `mask / 4` slots hold dummies,
//!   rebuild the table ([`SetTable::shrink_dummies`]).
//! * `a ^ b` ([`SetTable::symmetric_difference`]): `r = set(b)`, then
//!   `r ^= a`.
//! * `a ^= b`, `a.symmetric_difference_update(b)`
//!   ([`SetTable::symmetric_difference_update`]): if `a is b`: clear.  For each
//!   element of `b` (dict: dict order; set: slot order; any other iterable:
//!   first turned into a new set, then that set's slot order): discard it from
//!   `a`, and if it was not there, add it (a full second probe).
//!
//! Rust's borrowing rules make the in-place `a op= a` cases impossible to
//! express with `&mut self` plus `&Self`; callers must special-case them as
//! described above.

use num_bigint::BigInt;

/// Number of bits of the modulus used for numeric hashes (`_PyHASH_BITS`).
pub const HASH_BITS: u32 = 61;
/// The prime `2**61 - 1` used for numeric hashes (`_PyHASH_MODULUS`).
pub const HASH_MODULUS: u64 = (1u64 << HASH_BITS) - 1;
/// `hash(float('inf'))` (`_PyHASH_INF`).
pub const HASH_INF: i64 = 314_159;

/// Apply CPython's sign and `-1 -> -2` rule to a magnitude already reduced
/// modulo [`HASH_MODULUS`].
fn signed_hash(magnitude: u64, negative: bool) -> i64 {
    let h = if negative {
        -(magnitude as i64)
    } else {
        magnitude as i64
    };
    if h == -1 { -2 } else { h }
}

/// `hash(x)` for an `int` that fits in an `i64` (e.g. `hash(-1) == -2`).
pub fn hash_i64(x: i64) -> i64 {
    signed_hash(x.unsigned_abs() % HASH_MODULUS, x < 0)
}

/// `hash(x)` for an arbitrary-precision `int`.
pub fn hash_bigint(x: &BigInt) -> i64 {
    let mut acc: u128 = 0;
    for digit in x.magnitude().to_u64_digits().iter().rev() {
        acc = ((acc << 64) | u128::from(*digit)) % u128::from(HASH_MODULUS);
    }
    signed_hash(acc as u64, x.sign() == num_bigint::Sign::Minus)
}

/// `hash(x)` for a `float` (`_Py_HashDouble`); NaN returns 0 because CPython
/// hashes NaNs by object identity, which the caller must handle.
pub fn hash_f64(x: f64) -> i64 {
    if !x.is_finite() {
        if x.is_nan() {
            return 0;
        }
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    // x == mantissa * 2**exponent exactly; CPython's hash is that rational
    // reduced modulo 2**61 - 1, where multiplying by 2**e is a rotation of the
    // 61-bit residue.
    let bits = x.to_bits();
    let negative = bits >> 63 != 0;
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mantissa, exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), biased - 1075)
    };
    if mantissa == 0 {
        return 0;
    }
    let residue = mantissa % HASH_MODULUS;
    let e = exponent.rem_euclid(HASH_BITS as i32) as u32;
    let rotated = ((residue << e) & HASH_MODULUS) | (residue >> (HASH_BITS - e));
    signed_hash(rotated, negative)
}

const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// `hash(t)` for a tuple given the hashes of its items (CPython 3.11
/// `tuplehash`, an xxHash-derived mix).
pub fn hash_tuple(items: &[i64]) -> i64 {
    let mut acc = XXPRIME_5;
    for &item in items {
        let lane = item as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (XXPRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
}

/// `hash(frozenset)` given the hashes of its (distinct) elements, in any
/// order (CPython 3.11 `frozenset_hash`).
pub fn hash_frozenset(items: &[i64]) -> i64 {
    let mut hash = items
        .iter()
        .fold(0u64, |acc, &h| acc ^ shuffle_bits(h as u64));
    hash ^= (items.len() as u64)
        .wrapping_add(1)
        .wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        return 590_923_713;
    }
    hash as i64
}

/// `PySet_MINSIZE`.
const MINSIZE: usize = 8;
/// `LINEAR_PROBES`.
const LINEAR_PROBES: u64 = 9;
/// `PERTURB_SHIFT`.
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Copy, Debug)]
enum Slot<K> {
    /// `key == NULL, hash == 0`.
    Empty,
    /// `key == dummy, hash == -1`.
    Dummy,
    /// An active entry with its cached hash.
    Active(K, i64),
}

/// A hash set table laid out exactly like CPython 3.11's `setobject.c`, so
/// that slot order equals CPython's set iteration order.
///
/// `K` is the stored key word; `PartialEq` on `K` must mean *identity* (the
/// same object), which is what CPython checks before calling `__eq__`.
/// Hashes passed in must be real Python hashes (never `-1`).
#[derive(Clone, Debug)]
pub struct SetTable<K> {
    table: Vec<Slot<K>>,
    mask: u64,
    fill: usize,
    used: usize,
    finger: usize,
}

impl<K: Copy + PartialEq> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

/// `set_insert_clean`: place a key known to be absent into a table without
/// dummies, without comparing anything.
fn insert_clean<K: Copy>(table: &mut [Slot<K>], mask: u64, key: K, hash: i64) {
    let mut perturb = hash as u64;
    let mut i = (hash as u64) & mask;
    loop {
        let run = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        for j in i..=i + run {
            let slot = &mut table[j as usize];
            if matches!(slot, Slot::Empty) {
                *slot = Slot::Active(key, hash);
                return;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb) & mask;
    }
}

impl<K: Copy + PartialEq> SetTable<K> {
    /// An empty table with CPython's minimum size (8 slots).
    pub fn new() -> Self {
        SetTable {
            table: vec![Slot::Empty; MINSIZE],
            mask: (MINSIZE - 1) as u64,
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    /// An empty table presized the way `set(d)` presizes for an exact `dict`
    /// `d` with `n` keys (see [`SetTable::presize_for_update`]); with `n < 5`
    /// this is the same as [`SetTable::new`].
    pub fn with_capacity_for(n: usize) -> Self {
        let mut table = Self::new();
        table.presize_for_update(n);
        table
    }

    /// Number of active elements (`len(s)`).
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether the set has no elements.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Number of slots in the table (`mask + 1`).
    pub fn table_size(&self) -> usize {
        self.table.len()
    }

    /// `set_lookkey`: the slot index of the active entry equal to `key`, if any.
    fn lookup<E>(
        &self,
        key: K,
        hash: i64,
        mut eq: impl FnMut(K) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        let mask = self.mask;
        let mut perturb = hash as u64;
        let mut i = (hash as u64) & mask;
        loop {
            let run = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + run {
                match self.table[j as usize] {
                    Slot::Empty => return Ok(None),
                    Slot::Active(stored, h) if h == hash => {
                        if stored == key || eq(stored)? {
                            return Ok(Some(j as usize));
                        }
                    }
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb) & mask;
        }
    }

    /// Find a key: `eq(stored_key)` is called only for entries whose stored
    /// hash equals `hash` and that are not identical (`==`) to `key` (and may
    /// fail: errors propagate).  Returns the stored key.
    pub fn find<E>(
        &self,
        key: K,
        hash: i64,
        eq: impl FnMut(K) -> Result<bool, E>,
    ) -> Result<Option<K>, E> {
        Ok(self.lookup(key, hash, eq)?.map(|j| match self.table[j] {
            Slot::Active(stored, _) => stored,
            _ => unreachable!("lookup returns active slots only"),
        }))
    }

    /// Insert if absent (`set_add_entry`); returns Ok(true) if inserted.
    /// Reuses the last dummy slot seen on the probe path, and grows the table
    /// when `fill * 5 >= mask * 3` after filling an empty slot.
    pub fn insert<E>(
        &mut self,
        key: K,
        hash: i64,
        mut eq: impl FnMut(K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        let mask = self.mask;
        let mut perturb = hash as u64;
        let mut i = (hash as u64) & mask;
        let mut freeslot: Option<usize> = None;
        loop {
            let run = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + run {
                let j = j as usize;
                match self.table[j] {
                    Slot::Empty => {
                        if let Some(free) = freeslot {
                            self.table[free] = Slot::Active(key, hash);
                            self.used += 1;
                            return Ok(true);
                        }
                        self.table[j] = Slot::Active(key, hash);
                        self.fill += 1;
                        self.used += 1;
                        if (self.fill as u64) * 5 >= mask * 3 {
                            let used = self.used;
                            self.resize(if used > 50_000 { used * 2 } else { used * 4 });
                        }
                        return Ok(true);
                    }
                    Slot::Active(stored, h) if h == hash => {
                        if stored == key || eq(stored)? {
                            return Ok(false);
                        }
                    }
                    // CPython keeps the *last* dummy seen on the probe path.
                    Slot::Dummy => freeslot = Some(j),
                    Slot::Active(..) => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb) & mask;
        }
    }

    /// Remove (`set_discard_entry`: the slot becomes a dummy, no resize);
    /// returns the removed key.
    pub fn remove<E>(
        &mut self,
        key: K,
        hash: i64,
        eq: impl FnMut(K) -> Result<bool, E>,
    ) -> Result<Option<K>, E> {
        let Some(j) = self.lookup(key, hash, eq)? else {
            return Ok(None);
        };
        let Slot::Active(stored, _) = std::mem::replace(&mut self.table[j], Slot::Dummy) else {
            unreachable!("lookup returns active slots only");
        };
        self.used -= 1;
        Ok(Some(stored))
    }

    /// Like `set.pop()`: scan from the search finger (wrapping around), turn
    /// the first active slot into a dummy and move the finger past it.
    pub fn pop(&mut self) -> Option<K> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask as usize;
        let mut i = self.finger & mask;
        loop {
            if let Slot::Active(key, _) = self.table[i] {
                self.table[i] = Slot::Dummy;
                self.used -= 1;
                self.finger = i + 1;
                return Some(key);
            }
            i = if i == mask { 0 } else { i + 1 };
        }
    }

    /// `set.clear()`: back to an empty 8-slot table (the pop finger is kept,
    /// as in CPython).
    pub fn clear(&mut self) {
        self.table.clear();
        self.table.resize(MINSIZE, Slot::Empty);
        self.mask = (MINSIZE - 1) as u64;
        self.fill = 0;
        self.used = 0;
    }

    /// `(key, hash)` pairs in slot order, which is CPython's iteration order.
    pub fn iter(&self) -> impl Iterator<Item = (K, i64)> + '_ {
        self.table.iter().filter_map(|slot| match *slot {
            Slot::Active(key, hash) => Some((key, hash)),
            _ => None,
        })
    }

    /// The keys in iteration order.
    pub fn keys_vec(&self) -> Vec<K> {
        self.iter().map(|(key, _)| key).collect()
    }

    /// `hash(frozenset(self))` computed from the stored hashes.
    pub fn frozenset_hash(&self) -> i64 {
        let hashes: Vec<i64> = self.iter().map(|(_, hash)| hash).collect();
        hash_frozenset(&hashes)
    }

    /// `set_table_resize`: rebuild into the smallest power-of-two table
    /// (at least 8) larger than `minused`, re-inserting in old slot order.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MINSIZE && self.table.len() == MINSIZE && self.fill == self.used {
            // The small table has no dummies: CPython leaves it untouched.
            return;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; newsize]);
        self.mask = (newsize - 1) as u64;
        self.fill = self.used;
        for slot in old {
            if let Slot::Active(key, hash) = slot {
                insert_clean(&mut self.table, self.mask, key, hash);
            }
        }
    }

    /// The presizing `set_update_internal` does before adding `n` keys from
    /// an exact `dict` (and `set_merge` before merging a set of `n` elements):
    /// if `(fill + n) * 5 >= mask * 3`, resize for `(used + n) * 2`.
    pub fn presize_for_update(&mut self, n: usize) {
        if ((self.fill + n) as u64) * 5 >= self.mask * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// If more than a quarter of the slots (`> mask / 4`) are dummies,
    /// rebuild the table as `set_difference_update_internal` does at its end
    /// (call it after discarding the items of a non-set iterable).
    pub fn shrink_dummies(&mut self) {
        if ((self.fill - self.used) as u64) <= self.mask / 4 {
            return;
        }
        let used = self.used;
        self.resize(if used > 50_000 { used * 2 } else { used * 4 });
    }

    /// `set_merge(self, other)` (`self.update(other)`, `self |= other` for a
    /// set `other`): presize, then copy the layout verbatim when `self` is
    /// empty with the same size and `other` has no dummies, else re-insert
    /// `other`'s entries in its slot order (cleanly if `self` is empty).
    /// `eq(stored, probe)` compares an element of `self` with one of `other`.
    /// `a.update(a)` is a no-op the caller must detect.
    pub fn merge<E>(
        &mut self,
        other: &Self,
        mut eq: impl FnMut(K, K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if other.used == 0 {
            return Ok(());
        }
        self.presize_for_update(other.used);
        if self.fill == 0 && self.mask == other.mask && other.fill == other.used {
            self.table.copy_from_slice(&other.table);
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for (key, hash) in other.iter() {
                insert_clean(&mut self.table, self.mask, key, hash);
            }
            return Ok(());
        }
        for (key, hash) in other.iter() {
            self.insert(key, hash, |stored| eq(stored, key))?;
        }
        Ok(())
    }

    /// `set(other)` / `other.copy()`: `set_merge` into a fresh empty set.
    pub fn copy_from(other: &Self) -> Self {
        let mut result = Self::new();
        let merged: Result<(), std::convert::Infallible> =
            result.merge(other, |_, _| unreachable!("merging into an empty set never compares"));
        match merged {
            Ok(()) => result,
            Err(never) => match never {},
        }
    }

    /// `a | b` for two sets: `a.copy()` merged with `b` (`a | a` is a copy).
    pub fn union<E>(
        a: &Self,
        b: &Self,
        eq: impl FnMut(K, K) -> Result<bool, E>,
    ) -> Result<Self, E> {
        let mut result = Self::copy_from(a);
        if !std::ptr::eq(a, b) {
            result.merge(b, eq)?;
        }
        Ok(result)
    }

    /// `a & b` for two sets (`set_intersection`): iterate the smaller set
    /// (`b` on ties) and add its elements found in the other one.
    pub fn intersection<E>(
        a: &Self,
        b: &Self,
        mut eq: impl FnMut(K, K) -> Result<bool, E>,
    ) -> Result<Self, E> {
        if std::ptr::eq(a, b) {
            return Ok(Self::copy_from(a));
        }
        let (probed, iterated) = if b.used > a.used { (b, a) } else { (a, b) };
        let mut result = Self::new();
        for (key, hash) in iterated.iter() {
            if probed.lookup(key, hash, |stored| eq(stored, key))?.is_some() {
                result.insert(key, hash, |stored| eq(stored, key))?;
            }
        }
        Ok(result)
    }

    /// `self &= other`: the intersection's table replaces `self`'s
    /// (`set_swap_bodies`; the pop finger stays).
    pub fn intersection_update<E>(
        &mut self,
        other: &Self,
        eq: impl FnMut(K, K) -> Result<bool, E>,
    ) -> Result<(), E> {
        let result = Self::intersection(self, other, eq)?;
        self.table = result.table;
        self.mask = result.mask;
        self.fill = result.fill;
        self.used = result.used;
        Ok(())
    }

    /// `a - b` for two sets (`set_difference`): copy-and-discard when
    /// `len(a) >> 2 > len(b)`, else add `a`'s elements missing from `b` to a
    /// new set in `a`'s slot order.
    pub fn difference<E>(
        a: &Self,
        b: &Self,
        mut eq: impl FnMut(K, K) -> Result<bool, E>,
    ) -> Result<Self, E> {
        if (a.used >> 2) > b.used {
            let mut result = Self::copy_from(a);
            result.difference_update(b, eq)?;
            return Ok(result);
        }
        let mut result = Self::new();
        for (key, hash) in a.iter() {
            if b.lookup(key, hash, |stored| eq(stored, key))?.is_none() {
                result.insert(key, hash, |stored| eq(stored, key))?;
            }
        }
        Ok(result)
    }

    /// `self -= other` for a set `other` (`set_difference_update_internal`;
    /// `a -= a` is a clear the caller must detect).
    pub fn difference_update<E>(
        &mut self,
        other: &Self,
        mut eq: impl FnMut(K, K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if (other.used >> 3) > self.used {
            let common = Self::intersection(self, other, &mut eq)?;
            for (key, hash) in common.iter() {
                self.remove(key, hash, |stored| eq(stored, key))?;
            }
        } else {
            for (key, hash) in other.iter() {
                self.remove(key, hash, |stored| eq(stored, key))?;
            }
        }
        self.shrink_dummies();
        Ok(())
    }

    /// `self ^= other` for a set `other`: for each of `other`'s elements in
    /// slot order, discard it, or add it if it was absent (`a ^= a` is a
    /// clear the caller must detect).
    pub fn symmetric_difference_update<E>(
        &mut self,
        other: &Self,
        mut eq: impl FnMut(K, K) -> Result<bool, E>,
    ) -> Result<(), E> {
        for (key, hash) in other.iter() {
            if self.remove(key, hash, |stored| eq(stored, key))?.is_none() {
                self.insert(key, hash, |stored| eq(stored, key))?;
            }
        }
        Ok(())
    }

    /// `a ^ b` for two sets: `set(b)`, then `^= a`.
    pub fn symmetric_difference<E>(
        a: &Self,
        b: &Self,
        eq: impl FnMut(K, K) -> Result<bool, E>,
    ) -> Result<Self, E> {
        let mut result = Self::copy_from(b);
        result.symmetric_difference_update(a, eq)?;
        Ok(result)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
}

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
//!   The constant is built by adding the items in order to an empty
//!   frozenset, and the compiler's constant merging then rebuilds it by
//!   adding that frozenset's elements, in its iteration order, to a new one.
//!   At run time `SET_UPDATE` runs `set_merge` into the new empty set.  All of
//!   this is [`SetTable::from_const_literal`].  (Used directly as the
//!   iterable of a `for` loop or comprehension, a constant set display of
//!   any length is compiled to the frozenset constant alone, without the
//!   copy: [`SetTable::from_const_frozenset`].)  The result can differ from
//!   adding the items one by one, e.g. `{8, 32, 15, 63}` iterates as
//!   `8, 32, 15, 63` but `set([8, 32, 15, 63])` as `8, 32, 63, 15`.  Equal
//!   constant sets in one compilation unit (module, including nested
//!   functions) share the first one's frozenset, so `{63, 15, 32, 8}` after
//!   `{8, 32, 15, 63}` in the same module iterates like the first one.
//!   Caveat: when code is loaded from a `.pyc` file (imported modules), the
//!   constant went through `marshal`, which writes frozenset elements in a
//!   sorted-by-serialisation order and rebuilds the frozenset from that; the
//!   rule above holds for code compiled from source (the main script,
//!   `exec`, `eval`).
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
//! The in-place forms must mutate `a`'s own table: computing `a op b` and
//! replacing `a`'s table gives different layouts (e.g. with
//! `a = set([8, 16, 24, 32, 40])`, `a | {1}` iterates `32, 16, 1, 8, 24, 40`
//! but after `a |= {1}`, `a` iterates `32, 1, 8, 40, 16, 24`) and loses the
//! `pop` finger.  Rust's borrowing rules make the in-place `a op= a` cases
//! impossible to express with `&mut self` plus `&Self`; callers must
//! special-case them as described above.

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
    let h = if negative { -(magnitude as i64) } else { magnitude as i64 };
    if h == -1 { -2 } else { h }
}

/// The hash of a byte string (a `bytes`, or a `str` by its UTF-8 text):
/// FNV-1a, folded like CPython's so it is never -1; the empty string hashes
/// to 0 as in CPython.
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let mut h: u64 = 0xcbf29ce484222325;
    for &c in b {
        h ^= c as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    match h as i64 {
        -1 => -2,
        h => h,
    }
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
    let (mantissa, exponent) = if biased == 0 { (fraction, -1074) } else { (fraction | (1u64 << 52), biased - 1075) };
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
    let mut hash = items.iter().fold(0u64, |acc, &h| acc ^ shuffle_bits(h as u64));
    hash ^= (items.len() as u64).wrapping_add(1).wrapping_mul(1_927_868_237);
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
        let run = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
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
        SetTable { table: vec![Slot::Empty; MINSIZE], mask: (MINSIZE - 1) as u64, fill: 0, used: 0, finger: 0 }
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
    fn lookup<E>(&self, key: K, hash: i64, mut eq: impl FnMut(K) -> Result<bool, E>) -> Result<Option<usize>, E> {
        let mask = self.mask;
        let mut perturb = hash as u64;
        let mut i = (hash as u64) & mask;
        loop {
            let run = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + run {
                match self.table[j as usize] {
                    Slot::Empty => return Ok(None),
                    Slot::Active(stored, h) if h == hash && (stored == key || eq(stored)?) => {
                        return Ok(Some(j as usize));
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
    pub fn find<E>(&self, key: K, hash: i64, eq: impl FnMut(K) -> Result<bool, E>) -> Result<Option<K>, E> {
        Ok(self.lookup(key, hash, eq)?.map(|j| match self.table[j] {
            Slot::Active(stored, _) => stored,
            _ => unreachable!("lookup returns active slots only"),
        }))
    }

    /// Insert if absent (`set_add_entry`); returns Ok(true) if inserted.
    /// Reuses the last dummy slot seen on the probe path, and grows the table
    /// when `fill * 5 >= mask * 3` after filling an empty slot.
    pub fn insert<E>(&mut self, key: K, hash: i64, mut eq: impl FnMut(K) -> Result<bool, E>) -> Result<bool, E> {
        let mask = self.mask;
        let mut perturb = hash as u64;
        let mut i = (hash as u64) & mask;
        let mut freeslot: Option<usize> = None;
        loop {
            let run = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
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
    pub fn remove<E>(&mut self, key: K, hash: i64, eq: impl FnMut(K) -> Result<bool, E>) -> Result<Option<K>, E> {
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
    pub fn merge<E>(&mut self, other: &Self, mut eq: impl FnMut(K, K) -> Result<bool, E>) -> Result<(), E> {
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

    /// The frozenset constant CPython 3.11 compiles for an all-constant set
    /// display: the items are added in order to an empty table, then the
    /// compiler's constant merging rebuilds it by adding those elements, in
    /// that table's iteration order, to a new one.  Iterating it gives the
    /// order of `for x in {1, 2, 3}:` (the AST optimizer turns a constant set
    /// display used as a `for`/comprehension iterable into this frozenset).
    /// `eq(stored, probe)` decides equality of distinct constants.
    pub fn from_const_frozenset<E>(items: &[(K, i64)], mut eq: impl FnMut(K, K) -> Result<bool, E>) -> Result<Self, E> {
        let mut first = Self::new();
        for &(key, hash) in items {
            first.insert(key, hash, |stored| eq(stored, key))?;
        }
        let mut rebuilt = Self::new();
        for (key, hash) in first.iter() {
            rebuilt.insert(key, hash, |stored| eq(stored, key))?;
        }
        Ok(rebuilt)
    }

    /// A set display `{c1, c2, ...}` whose items are all constants, evaluated
    /// as CPython 3.11 does for code compiled from source: with three or more
    /// items, `BUILD_SET 0; LOAD_CONST <frozenset>; SET_UPDATE 1`, i.e.
    /// [`SetTable::copy_from`] of [`SetTable::from_const_frozenset`]; with
    /// fewer, `BUILD_SET` adds the items in order.
    pub fn from_const_literal<E>(items: &[(K, i64)], mut eq: impl FnMut(K, K) -> Result<bool, E>) -> Result<Self, E> {
        if items.len() < 3 {
            let mut result = Self::new();
            for &(key, hash) in items {
                result.insert(key, hash, |stored| eq(stored, key))?;
            }
            return Ok(result);
        }
        Ok(Self::copy_from(&Self::from_const_frozenset(items, eq)?))
    }

    /// `a | b` for two sets: `a.copy()` merged with `b` (`a | a` is a copy).
    pub fn union<E>(a: &Self, b: &Self, eq: impl FnMut(K, K) -> Result<bool, E>) -> Result<Self, E> {
        let mut result = Self::copy_from(a);
        if !std::ptr::eq(a, b) {
            result.merge(b, eq)?;
        }
        Ok(result)
    }

    /// `a & b` for two sets (`set_intersection`): iterate the smaller set
    /// (`b` on ties) and add its elements found in the other one.
    pub fn intersection<E>(a: &Self, b: &Self, mut eq: impl FnMut(K, K) -> Result<bool, E>) -> Result<Self, E> {
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
    pub fn intersection_update<E>(&mut self, other: &Self, eq: impl FnMut(K, K) -> Result<bool, E>) -> Result<(), E> {
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
    pub fn difference<E>(a: &Self, b: &Self, mut eq: impl FnMut(K, K) -> Result<bool, E>) -> Result<Self, E> {
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
    pub fn difference_update<E>(&mut self, other: &Self, mut eq: impl FnMut(K, K) -> Result<bool, E>) -> Result<(), E> {
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
    pub fn symmetric_difference_update<E>(&mut self, other: &Self, mut eq: impl FnMut(K, K) -> Result<bool, E>) -> Result<(), E> {
        for (key, hash) in other.iter() {
            if self.remove(key, hash, |stored| eq(stored, key))?.is_none() {
                self.insert(key, hash, |stored| eq(stored, key))?;
            }
        }
        Ok(())
    }

    /// `a ^ b` for two sets: `set(b)`, then `^= a`.
    pub fn symmetric_difference<E>(a: &Self, b: &Self, eq: impl FnMut(K, K) -> Result<bool, E>) -> Result<Self, E> {
        let mut result = Self::copy_from(b);
        result.symmetric_difference_update(a, eq)?;
        Ok(result)
    }
}

#[cfg(test)]
mod tests {
    //! Expected values come from CPython 3.11.7 (`python3 -c ...`).

    use super::*;

    /// `hash(v)` for an int that may not fit in an `i64`.
    fn h(v: i128) -> i64 {
        match i64::try_from(v) {
            Ok(x) => hash_i64(x),
            Err(_) => hash_bigint(&BigInt::from(v)),
        }
    }

    fn eq(stored: i128, probe: i128) -> Result<bool, ()> {
        Ok(stored == probe)
    }

    fn add(s: &mut SetTable<i128>, v: i128) -> bool {
        s.insert(v, h(v), |k| eq(k, v)).unwrap()
    }

    fn discard(s: &mut SetTable<i128>, v: i128) -> Option<i128> {
        s.remove(v, h(v), |k| eq(k, v)).unwrap()
    }

    /// `set(list)`: add in order.
    fn set_of(vals: &[i128]) -> SetTable<i128> {
        let mut s = SetTable::new();
        for &v in vals {
            add(&mut s, v);
        }
        s
    }

    fn items(vals: &[i128]) -> Vec<(i128, i64)> {
        vals.iter().map(|&v| (v, h(v))).collect()
    }

    /// A set display of int constants, `{v1, v2, ...}`.
    fn lit(vals: &[i128]) -> SetTable<i128> {
        SetTable::from_const_literal(&items(vals), eq).unwrap()
    }

    #[test]
    fn int_hashes() {
        assert_eq!(hash_i64(0), 0);
        assert_eq!(hash_i64(1), 1);
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(-2), -2);
        assert_eq!(hash_i64(2), 2);
        assert_eq!(hash_i64((1 << 61) - 1), 0);
        assert_eq!(hash_i64(1 << 61), 1);
        assert_eq!(hash_i64((1 << 61) - 2), 2305843009213693950);
        assert_eq!(hash_i64(-(1 << 61)), -2);
        assert_eq!(hash_i64(-((1 << 61) - 1)), 0);
        assert_eq!(hash_i64(i64::MAX), 3);
        assert_eq!(hash_i64(i64::MIN), -4);
    }

    #[test]
    fn bigint_hashes() {
        let big = |s: &str| s.parse::<BigInt>().unwrap();
        assert_eq!(hash_bigint(&big("0")), 0);
        assert_eq!(hash_bigint(&big("-1")), -2);
        assert_eq!(hash_bigint(&big("18446744073709551621")), 13); // 2**64+5
        assert_eq!(hash_bigint(&big("-9223372036854775808")), -4);
        assert_eq!(hash_bigint(&big("2305843009213693952")), 1); // 2**61
        assert_eq!(hash_bigint(&big("1267650600228229401496703205376")), 549755813888); // 2**100
        assert_eq!(
            hash_bigint(&big("-1267650600228229401496703205369")), // -(2**100)+7
            -549755813881
        );
        assert_eq!(hash_bigint(&big("100000000000000000000000000000000000000000000000000")), 619332571178673746);
        assert_eq!(hash_bigint(&big("-100000000000000000000000000000000000000000000000000")), -619332571178673746);
        assert_eq!(hash_bigint(&big("5316911983139663491615228241121378303")), 0); // 2**122-1
        assert_eq!(hash_bigint(&big("12345678901234567890123")), 195429904450476469);
        // hash_bigint agrees with hash_i64 on machine ints.
        for v in [0i64, 1, -1, 7, -7, i64::MAX, i64::MIN, 1 << 61, -(1 << 61)] {
            assert_eq!(hash_bigint(&BigInt::from(v)), hash_i64(v));
        }
    }

    #[test]
    fn float_hashes() {
        assert_eq!(hash_f64(0.5), 1152921504606846976);
        assert_eq!(hash_f64(-0.5), -1152921504606846976);
        assert_eq!(hash_f64(0.0), 0);
        assert_eq!(hash_f64(-0.0), 0);
        assert_eq!(hash_f64(1.0), 1);
        assert_eq!(hash_f64(-1.0), -2);
        assert_eq!(hash_f64(1.5), 1152921504606846977);
        assert_eq!(hash_f64(1e300), 1224995262755759164);
        assert_eq!(hash_f64(-1e300), -1224995262755759164);
        let three_point_one_four: f64 = "3.14".parse().unwrap();
        assert_eq!(hash_f64(three_point_one_four), 322818021289917443);
        assert_eq!(hash_f64(2.5e-310), 386353265232576880);
        assert_eq!(hash_f64(5e-324), 16777216);
        assert_eq!(hash_f64(1.5e-323), 50331648);
        assert_eq!(hash_f64(1e-300), 482449582752280463);
        assert_eq!(hash_f64(0.1), 230584300921369408);
        assert_eq!(hash_f64(123456.789), 1819310134279660096);
        assert_eq!(hash_f64(f64::MAX), 2234066890152476671);
        assert_eq!(hash_f64(2f64.powi(61)), 1);
        assert_eq!(hash_f64(2f64.powi(62)), 2);
        assert_eq!(hash_f64(f64::INFINITY), 314159);
        assert_eq!(hash_f64(f64::NEG_INFINITY), -314159);
        assert_eq!(hash_f64(f64::NAN), 0);
        // Integral floats hash like the equal int.
        assert_eq!(hash_f64(12345.0), hash_i64(12345));
        assert_eq!(hash_f64(-9.0e15), hash_i64(-9_000_000_000_000_000));
    }

    #[test]
    fn tuple_hashes() {
        assert_eq!(hash_tuple(&[]), 5740354900026072187);
        assert_eq!(hash_tuple(&[hash_i64(1)]), -6644214454873602895);
        assert_eq!(hash_tuple(&[hash_i64(1), hash_i64(2)]), -3550055125485641917);
        let inner = hash_tuple(&[hash_i64(1), hash_i64(2)]);
        assert_eq!(hash_tuple(&[inner, hash_i64(3)]), -333907151259015829);
        assert_eq!(hash_tuple(&[hash_i64(-1)]), 8078679518589016365);
        assert_eq!(hash_tuple(&[hash_i64(-2)]), 8078679518589016365);
        assert_eq!(hash_tuple(&[0, 0]), -8458139203682520985);
        assert_eq!(hash_tuple(&[hash_i64(1), hash_i64(2), hash_i64(3)]), 529344067295497451);
        assert_eq!(hash_tuple(&[h(1 << 61)]), -6644214454873602895);
    }

    #[test]
    fn frozenset_hashes() {
        assert_eq!(hash_frozenset(&[]), 133146708735736);
        assert_eq!(hash_frozenset(&[1]), -558064481276695278);
        assert_eq!(hash_frozenset(&[1, 2]), -1826646154956904602);
        assert_eq!(hash_frozenset(&[2, 1]), -1826646154956904602);
        assert_eq!(hash_frozenset(&[1, 2, 3]), -272375401224217160);
        assert_eq!(hash_frozenset(&[hash_i64(-1)]), 6776983852052281967);
        assert_eq!(hash_frozenset(&[0]), -2704248722033767810);
        let range100: Vec<i64> = (0..100).collect();
        assert_eq!(hash_frozenset(&range100), 4411996150312757951);
        assert_eq!(hash_frozenset(&[h(1 << 61), h(-5)]), -157118762815615001);
        // Dummies left by removals do not affect the table-based hash.
        let mut s = set_of(&[0, 1, 2, 3, 99]);
        discard(&mut s, 99);
        assert_eq!(s.frozenset_hash(), hash_frozenset(&[0, 1, 2, 3]));
    }

    #[test]
    fn insertion_orders() {
        // print(list(set([100, 5, 33, 1, 8])))
        assert_eq!(set_of(&[100, 5, 33, 1, 8]).keys_vec(), [33, 1, 100, 5, 8]);
        // s = {1, 9}; s.discard(1); s.add(17): the dummy slot is reused.
        let mut s = set_of(&[1, 9]);
        discard(&mut s, 1);
        add(&mut s, 17);
        assert_eq!(s.keys_vec(), [17, 9]);
        // The *last* dummy on the probe path is reused.
        let mut s = set_of(&[1, 9, 17, 3]);
        assert_eq!(s.keys_vec(), [1, 3, 9, 17]);
        discard(&mut s, 1);
        discard(&mut s, 9);
        add(&mut s, 25);
        assert_eq!(s.keys_vec(), [3, 25, 17]);
        assert_eq!(s.len(), 3);
        // Negative ints.
        assert_eq!(set_of(&[-1, -2, -3, 5, -8, 8, -100, 7, -9]).keys_vec(), [5, 7, 8, -2, -9, -8, -100, -3, -1]);
        // Big ints.
        let big = set_of(&[1 << 64, (1 << 61) - 1, 1 << 61, 1 << 100, 7, -(1 << 61), 1 << 63, -(1 << 64) - 1]);
        assert_eq!(big.keys_vec(), [(1 << 61) - 1, 1 << 61, 1 << 100, 1 << 63, 7, 1 << 64, -(1 << 64) - 1, -(1 << 61)]);
    }

    #[test]
    fn many_adds_and_removes() {
        // xs = [(i * 7919 + 13) % 100003 - 50000 for i in range(1000)]
        // add all, then discard xs[::2]
        let xs: Vec<i128> = (0..1000).map(|i| (i * 7919 + 13) % 100003 - 50000).collect();
        let mut s = SetTable::new();
        for &x in &xs {
            add(&mut s, x);
        }
        for &x in xs.iter().step_by(2) {
            assert_eq!(discard(&mut s, x), Some(x));
        }
        let keys = s.keys_vec();
        assert_eq!(keys.len(), 500);
        assert_eq!(
            keys[..25],
            [
                -6144, 43010, -18423, 28681, -30702, 16402, -45031, 4123, -10206, 38948, -22485, 24619, -34764, 12340, -47043, 61, 47165,
                -14268, 34886, -26547, 20557, -38826, 8278, -4001, 43103
            ]
        );
        let checksum: i128 = keys.iter().enumerate().map(|(i, v)| (i as i128 + 1) * v).sum();
        assert_eq!(checksum, -1820275);
    }

    #[test]
    fn table_sizes() {
        // (sys.getsizeof(set(range(n))) - sys.getsizeof(set())) // 16
        for (n, size) in
            [(4, 8), (5, 32), (18, 32), (19, 128), (76, 128), (77, 512), (1000, 2048), (50000, 131072), (60000, 131072), (80000, 262144)]
        {
            let s = set_of(&(0..n).collect::<Vec<i128>>());
            assert_eq!(s.table_size(), size, "set(range({n}))");
        }
        // set(dict.fromkeys(...)) presizes.
        assert_eq!(SetTable::<i128>::with_capacity_for(4).table_size(), 8);
        assert_eq!(SetTable::<i128>::with_capacity_for(5).table_size(), 16);
        let mut s = SetTable::with_capacity_for(7);
        for v in [12, 23, 37, 15, 42, 64, 54] {
            add(&mut s, v);
        }
        assert_eq!(s.keys_vec(), [64, 37, 54, 23, 42, 12, 15]);
        assert_eq!(set_of(&[12, 23, 37, 15, 42, 64, 54]).keys_vec(), [64, 37, 42, 12, 15, 54, 23]);
        // s = set(range(3)); s.update(dict.fromkeys(range(10, 13)))
        let mut s = set_of(&[0, 1, 2]);
        s.presize_for_update(3);
        for v in 10..13 {
            add(&mut s, v);
        }
        assert_eq!(s.table_size(), 16);
        assert_eq!(s.keys_vec(), [0, 1, 2, 10, 11, 12]);
    }

    #[test]
    fn pop_uses_finger() {
        // s = set(range(5)); s.pop(); s.pop(); s.clear(); s.update([0, 1, 2, 3]); s.pop(); s.pop()
        let mut s = set_of(&[0, 1, 2, 3, 4]);
        assert_eq!(s.pop(), Some(0));
        assert_eq!(s.pop(), Some(1));
        s.clear();
        assert!(s.is_empty());
        for v in 0..4 {
            add(&mut s, v);
        }
        assert_eq!(s.pop(), Some(2));
        assert_eq!(s.pop(), Some(3));
        assert_eq!(s.keys_vec(), [0, 1]);
        // s = set([7, 15, 23, 2]); [s.pop() for _ in range(4)]
        let mut s = set_of(&[7, 15, 23, 2]);
        let popped: Vec<i128> = (0..4).map(|_| s.pop().unwrap()).collect();
        assert_eq!(popped, [2, 15, 23, 7]);
        assert_eq!(s.pop(), None);
        // s = {7, 15, 23, 2} (a constant display) iterates differently.
        let s = lit(&[7, 15, 23, 2]);
        assert_eq!(s.keys_vec(), [2, 23, 7, 15]);
    }

    #[test]
    fn copies() {
        // s = {1, 9, 17, 25}; set(s); s.copy()
        let mut s = set_of(&[1, 9, 17, 25]);
        assert_eq!(s.keys_vec(), [1, 25, 9, 17]);
        assert_eq!(SetTable::copy_from(&s).keys_vec(), [1, 25, 9, 17]);
        discard(&mut s, 1);
        discard(&mut s, 17);
        assert_eq!(SetTable::copy_from(&s).keys_vec(), [25, 9]);
        // A copy is presized, so it can differ from the original.
        let s = set_of(&[8, 16, 24, 32, 40]);
        assert_eq!(s.keys_vec(), [32, 8, 40, 16, 24]);
        assert_eq!(SetTable::copy_from(&s).keys_vec(), [32, 16, 8, 24, 40]);
    }

    #[test]
    fn constant_literals() {
        // print(list({8, 32, 15, 63})) vs set([8, 32, 15, 63])
        let lit = SetTable::from_const_literal(&items(&[8, 32, 15, 63]), eq).unwrap();
        assert_eq!(lit.keys_vec(), [8, 32, 15, 63]);
        assert_eq!(set_of(&[8, 32, 15, 63]).keys_vec(), [8, 32, 63, 15]);
        let vals = [60, 48, 26, 12, 62, 3];
        let lit = SetTable::from_const_literal(&items(&vals), eq).unwrap();
        assert_eq!(lit.keys_vec(), [48, 3, 62, 26, 12, 60]);
        // for x in {60, 48, 26, 12, 62, 3}: iterates the frozenset constant.
        let fs = SetTable::from_const_frozenset(&items(&vals), eq).unwrap();
        assert_eq!(fs.keys_vec(), [3, 12, 48, 26, 60, 62]);
        let lit = SetTable::from_const_literal(&items(&[63, 15, 32, 8]), eq).unwrap();
        assert_eq!(lit.keys_vec(), [32, 8, 63, 15]);
        let lit = SetTable::from_const_literal(&items(&[9, 1]), eq).unwrap();
        assert_eq!(lit.keys_vec(), [9, 1]);
    }

    #[test]
    fn set_algebra() {
        // `run` builds operands with set([...]), `run_lit` with {...} displays.
        let run = |f: fn(&SetTable<i128>, &SetTable<i128>) -> SetTable<i128>, a: &[i128], b: &[i128]| f(&set_of(a), &set_of(b)).keys_vec();
        let run_lit = |f: fn(&SetTable<i128>, &SetTable<i128>) -> SetTable<i128>, a: &[i128], b: &[i128]| f(&lit(a), &lit(b)).keys_vec();
        let and = |a: &SetTable<i128>, b: &SetTable<i128>| SetTable::intersection(a, b, eq).unwrap();
        let or = |a: &SetTable<i128>, b: &SetTable<i128>| SetTable::union(a, b, eq).unwrap();
        let sub = |a: &SetTable<i128>, b: &SetTable<i128>| SetTable::difference(a, b, eq).unwrap();
        let xor = |a: &SetTable<i128>, b: &SetTable<i128>| SetTable::symmetric_difference(a, b, eq).unwrap();
        // {100, 5, 3} & {3, 100}, {3, 100} & {100, 5, 3}, {1, 2, 3, 9, 17} | {25, 33}
        assert_eq!(run_lit(and, &[100, 5, 3], &[3, 100]), [3, 100]);
        assert_eq!(run_lit(and, &[3, 100], &[100, 5, 3]), [3, 100]);
        assert_eq!(run_lit(or, &[1, 2, 3, 9, 17], &[25, 33]), [1, 2, 3, 17, 33, 9, 25]);
        // set(range(20)) - {3}
        let range20: Vec<i128> = (0..20).collect();
        let expected: Vec<i128> = (0..20).filter(|&v| v != 3).collect();
        assert_eq!(sub(&set_of(&range20), &lit(&[3])).keys_vec(), expected);
        assert_eq!(run(sub, &[1, 9, 17, 25, 33], &[9, 33]), [1, 17, 25]);
        assert_eq!(run(xor, &[1, 9, 17, 2], &[9, 40, 48]), [1, 2, 40, 48, 17]);
        // list(set(range(100, 0, -7)) - set(range(0, 1000, 3)))
        let a: Vec<i128> = (0..15).map(|i| 100 - 7 * i).collect();
        let b: Vec<i128> = (0..334).map(|i| 3 * i).collect();
        assert_eq!(run(sub, &a, &b), [65, 2, 100, 37, 44, 79, 16, 86, 23, 58]);
        let a: Vec<i128> = (0..40).step_by(3).collect();
        let b: Vec<i128> = (0..40).step_by(5).collect();
        assert_eq!(run(and, &a, &b), [0, 30, 15]);
        assert_eq!(run(sub, &a, &b), [33, 3, 36, 6, 39, 9, 12, 18, 21, 24, 27]);
        assert_eq!(run(sub, &b, &a), [35, 5, 10, 20, 25]);
        assert_eq!(run(xor, &a, &b), [3, 5, 6, 9, 10, 12, 18, 20, 21, 24, 25, 27, 33, 35, 36, 39]);
        assert_eq!(run(or, &b, &a).len(), 19);
        // a = set([8, 16, 24, 32, 40]); list(a | {1}); a |= {1}; list(a)
        let a = set_of(&[8, 16, 24, 32, 40]);
        assert_eq!(or(&a, &lit(&[1])).keys_vec(), [32, 16, 1, 8, 24, 40]);
        let mut a = a;
        a.merge(&lit(&[1]), eq).unwrap();
        assert_eq!(a.keys_vec(), [32, 1, 8, 40, 16, 24]);
        // a = set([8, 16, 32, 40, 48]); a &= {40, 8, 32}
        let mut a = set_of(&[8, 16, 32, 40, 48]);
        a.intersection_update(&lit(&[40, 8, 32]), eq).unwrap();
        assert_eq!(a.keys_vec(), [40, 8, 32]);
    }

    #[test]
    fn difference_update_compacts() {
        // s = set(range(300)); s -= set(range(280))
        let mut s = set_of(&(0..300).collect::<Vec<i128>>());
        assert_eq!(s.table_size(), 512);
        s.difference_update(&set_of(&(0..280).collect::<Vec<i128>>()), eq).unwrap();
        assert_eq!(s.table_size(), 128);
        assert_eq!(s.keys_vec(), (280..300).collect::<Vec<i128>>());
        // s = set(range(100)); s -= set(range(0, 100, 2)): few dummies, no rebuild.
        let mut s = set_of(&(0..100).collect::<Vec<i128>>());
        s.difference_update(&set_of(&(0..100).step_by(2).collect::<Vec<i128>>()), eq).unwrap();
        assert_eq!(s.table_size(), 512);
        assert_eq!(s.len(), 50);
        // s = set(range(300)); s -= set(range(-5000, 5000)): via the intersection.
        let mut s = set_of(&(0..300).collect::<Vec<i128>>());
        s.difference_update(&set_of(&(-5000..5000).collect::<Vec<i128>>()), eq).unwrap();
        assert_eq!(s.table_size(), 8);
        assert!(s.is_empty());
        // Removing the remaining dummies from a small table (fill != used).
        let mut s = set_of(&[5, 13, 21, 29, 37, 45, 53, 61, 69, 77, 85]);
        s.difference_update(&set_of(&[5, 13, 21, 29, 37, 45]), eq).unwrap();
        s.difference_update(&set_of(&[1 << 70]), eq).unwrap();
        assert_eq!(s.table_size(), 32);
        assert_eq!(s.keys_vec(), [69, 77, 61, 53, 85]);
    }

    #[test]
    fn eq_callback_contract() {
        // Identity short-cut: eq is not called for the identical key.
        let mut s = set_of(&[1, 2, 3]);
        let mut calls = 0;
        let found = s.find(2, h(2), |_| {
            calls += 1;
            Ok::<bool, ()>(false)
        });
        assert_eq!(found, Ok(Some(2)));
        assert_eq!(calls, 0);
        // Equal but not identical keys: eq decides, the stored key is kept
        // ({1, 1.0} keeps 1).  Keys are (type tag, value) words here.
        let mut t: SetTable<(u8, i64)> = SetTable::new();
        let num_eq = |a: (u8, i64), b: (u8, i64)| Ok::<bool, ()>(a.1 == b.1);
        assert_eq!(t.insert((0, 1), 1, |k| num_eq(k, (0, 1))), Ok(true));
        assert_eq!(t.insert((1, 1), 1, |k| num_eq(k, (1, 1))), Ok(false));
        assert_eq!(t.find((1, 1), 1, |k| num_eq(k, (1, 1))), Ok(Some((0, 1))));
        assert_eq!(t.keys_vec(), [(0, 1)]);
        // Errors from eq propagate and leave the table unchanged.
        let err = s.insert(2 + ((1 << 61) - 1), 2, |_| Err::<bool, &str>("boom"));
        assert_eq!(err, Err("boom"));
        assert_eq!(s.remove(99, 2, |_| Err::<bool, &str>("boom")), Err("boom"));
        assert_eq!(s.keys_vec(), [1, 2, 3]);
        // s = set([1, 2, 3]); s.add(2**61 + 1); s.discard(2); s.discard(2)
        // (a different key with an equal hash is compared, then probed past).
        let other = 2 + ((1 << 61) - 1);
        assert!(add(&mut s, other));
        assert_eq!(s.keys_vec(), [other, 1, 2, 3]);
        assert_eq!(discard(&mut s, 2), Some(2));
        assert_eq!(discard(&mut s, 2), None);
        assert_eq!(s.iter().collect::<Vec<_>>(), [(other, 2), (1, 1), (3, 3)]);
    }
}

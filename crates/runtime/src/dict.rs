//! The insertion-ordered hash table behind dict, class namespaces, instance
//! attributes and module globals (CPython 3.6+'s compact layout: a dense
//! entry array in insertion order plus a sparse index table).
//!
//! Key equality that needs Python code (`__eq__`) is supplied by the caller;
//! the table itself only compares identical words and the fast cases.

use crate::value::Value;
use crate::watch::Watch;

/// One entry; a deleted entry keeps its slot with an EMPTY key. The field
/// order is fixed because compiled code reads keys and values in place.
#[derive(Clone, Copy)]
#[repr(C)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

const FREE: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

/// An insertion-ordered hash map of Values.
#[derive(Default, Clone)]
pub struct Dict {
    entries: Vec<Entry>,
    indices: Box<[u32]>,
    /// 32 bits, as `added`: the watch then fits in the size every object
    /// body has (instances and modules hold a dict inline).
    len: u32,
    /// Counts the keys ever added (wrapping): a lookup that missed stays a
    /// miss while it is unchanged (global loads that fell through to
    /// builtins check it).
    added: u32,
    /// The keys compiled code reads as constants (module globals, builtins).
    watch: Watch,
}

/// The key comparison callback: Ok(true) when the stored key equals the probe.
pub type KeyEq<'a, E> = &'a mut dyn FnMut(Value, Value) -> Result<bool, E>;

impl Dict {
    /// Where the keys-added counter sits in a `Dict` (compiled global loads
    /// that fell through to builtins compare it).
    pub const ADDED_OFFSET: usize = std::mem::offset_of!(Dict, added);

    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn len(&self) -> usize {
        self.len as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Entries in insertion order, deleted ones included (key EMPTY).
    /// How many keys were ever added (see `added`).
    pub fn keys_added(&self) -> u64 {
        self.added as u64
    }

    pub fn raw_entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry array itself (for measuring where compiled code finds it).
    pub fn entry_vec(&self) -> &Vec<Entry> {
        &self.entries
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> + '_ {
        self.entries.iter().filter(|e| !e.key.is_empty())
    }

    /// Visits every key and value for the collector.
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        for e in self.iter() {
            f(e.key);
            f(e.value);
        }
        self.watch.trace(f);
    }

    /// Whether the binding of the str key `key` is watched (see [`crate::watch`]).
    pub fn watches(&self, key: Value) -> bool {
        self.watch.watches(key)
    }

    /// Watches the binding of the str key `key` (see [`crate::watch`]);
    /// false when it changed while watched before.
    pub fn watch(&mut self, key: Value) -> bool {
        self.watch.add(key)
    }

    fn mask(&self) -> usize {
        self.indices.len() - 1
    }

    /// Finds the entry index for a key.
    pub fn find<E>(&self, key: Value, hash: i64, eq: KeyEq<E>) -> Result<Option<usize>, E> {
        if self.indices.is_empty() {
            return Ok(None);
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == FREE {
                return Ok(None);
            }
            if ix != DUMMY {
                let e = self.entries[ix as usize];
                if e.key == key {
                    return Ok(Some(ix as usize));
                }
                if e.hash == hash && eq(e.key, key)? {
                    // The table may have changed under a Python __eq__.
                    if self.entries.get(ix as usize).is_some_and(|e2| e2.key == e.key) {
                        return Ok(Some(ix as usize));
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    /// The entry index `hint - 1` when that entry holds exactly `key` (a
    /// per-instruction guess of where an attribute sits; 0 guesses nothing).
    #[inline]
    pub fn hinted(&self, hint: u64, key: Value) -> Option<usize> {
        let i = hint.wrapping_sub(1) as usize;
        self.entries.get(i).filter(|e| e.key == key).map(|_| i)
    }

    /// The value stored for a key.
    pub fn get<E>(&self, key: Value, hash: i64, eq: KeyEq<E>) -> Result<Option<Value>, E> {
        Ok(self.find(key, hash, eq)?.map(|i| self.entries[i].value))
    }

    /// The entry at an index from `find`.
    pub fn entry(&self, i: usize) -> &Entry {
        &self.entries[i]
    }

    /// Replaces the value of the entry at an index from `find`.
    pub fn set_value_at(&mut self, i: usize, v: Value) {
        self.rebind(i, v);
    }

    /// Sets the value of entry `i`, firing a watch on its key when the
    /// value changes.
    fn rebind(&mut self, i: usize, v: Value) -> Value {
        let e = &mut self.entries[i];
        let old = std::mem::replace(&mut e.value, v);
        if old != v {
            self.watch.touch(e.key);
        }
        old
    }

    /// Looks up a str key in a table whose keys are strs (no Python code runs).
    pub fn get_str(&self, key: Value, hash: i64) -> Option<Value> {
        self.get::<()>(key, hash, &mut str_eq).ok().flatten()
    }

    /// Stores under a str key (no Python code runs).
    pub fn set_str(&mut self, key: Value, hash: i64, value: Value) {
        let _ = self.insert::<()>(key, hash, value, &mut str_eq);
    }

    /// Removes a str key (no Python code runs); whether it was there.
    pub fn remove_str(&mut self, key: Value, hash: i64) -> bool {
        self.remove::<()>(key, hash, &mut str_eq).ok().flatten().is_some()
    }

    /// Inserts or replaces; returns the previous value.
    pub fn insert<E>(&mut self, key: Value, hash: i64, value: Value, eq: KeyEq<E>) -> Result<Option<Value>, E> {
        if let Some(i) = self.find(key, hash, eq)? {
            return Ok(Some(self.rebind(i, value)));
        }
        self.insert_new(key, hash, value);
        Ok(None)
    }

    /// Appends a key known to be absent.
    pub fn insert_new(&mut self, key: Value, hash: i64, value: Value) {
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.rebuild((self.len() + 1) * 3);
        }
        self.watch.touch(key);
        let idx = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.len += 1;
        self.added = self.added.wrapping_add(1);
        let slot = self.free_slot(hash);
        self.indices[slot] = idx;
    }

    fn free_slot(&self, hash: i64) -> usize {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == FREE || ix == DUMMY {
                return i;
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    fn rebuild(&mut self, min: usize) {
        let mut size = 8;
        while size * 2 < min * 3 / 2 + 2 || size < min {
            size *= 2;
        }
        self.entries.retain(|e| !e.key.is_empty());
        self.indices = vec![FREE; size].into_boxed_slice();
        for (n, e) in self.entries.iter().enumerate() {
            let slot = {
                let mask = size - 1;
                let mut perturb = e.hash as u64;
                let mut i = (e.hash as u64 as usize) & mask;
                while self.indices[i] != FREE {
                    perturb >>= 5;
                    i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
                }
                i
            };
            self.indices[slot] = n as u32;
        }
    }

    /// Removes a key; returns its entry.
    pub fn remove<E>(&mut self, key: Value, hash: i64, eq: KeyEq<E>) -> Result<Option<Entry>, E> {
        let Some(i) = self.find(key, hash, eq)? else {
            return Ok(None);
        };
        Ok(Some(self.remove_at(i)))
    }

    /// Removes the entry at an index from `find`.
    pub fn remove_at(&mut self, i: usize) -> Entry {
        let e = self.entries[i];
        self.watch.touch(e.key);
        let mask = self.mask();
        let mut perturb = e.hash as u64;
        let mut s = (e.hash as u64 as usize) & mask;
        while self.indices[s] != i as u32 {
            perturb >>= 5;
            s = (s.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
        self.indices[s] = DUMMY;
        self.entries[i].key = Value::EMPTY;
        self.entries[i].value = Value::EMPTY;
        self.len -= 1;
        if self.len == 0 {
            self.clear();
        }
        e
    }

    /// Removes and returns the last inserted entry (dict.popitem).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let i = self.entries.iter().rposition(|e| !e.key.is_empty())?;
        Some(self.remove_at(i))
    }

    pub fn clear(&mut self) {
        self.watch.touch_all();
        self.entries.clear();
        self.indices = Box::default();
        self.len = 0;
    }

    /// Keys in order.
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key).collect()
    }

    /// Values in order.
    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value).collect()
    }

    /// The n-th raw slot (for iterators that walk `raw_entries`).
    pub fn raw_len(&self) -> usize {
        self.entries.len()
    }
}

/// Key equality for tables keyed by strs.
fn str_eq(a: Value, b: Value) -> Result<bool, ()> {
    Ok(crate::watch::same_name(a, b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::watch;

    fn int(i: i64) -> Value {
        Value::small_int(i)
    }

    fn set(d: &mut Dict, k: i64, v: i64) {
        let _ = d.insert::<()>(int(k), k, int(v), &mut |a, b| Ok(a == b));
    }

    /// Each change of a watched binding fires once and moves the epoch; a
    /// fired key is not watched again; other keys and same-value stores do
    /// not fire.
    #[test]
    fn watched_bindings_fire_once_when_they_change() {
        let mut d = Dict::new();
        set(&mut d, 1, 10);
        set(&mut d, 2, 20);
        assert!(d.watch(int(1)) && d.watch(int(3)));
        let e0 = watch::epoch();
        set(&mut d, 2, 21);
        set(&mut d, 1, 10);
        assert_eq!(watch::epoch(), e0, "another key, or the same value again");
        set(&mut d, 1, 11);
        assert_eq!(watch::epoch(), e0 + 1);
        set(&mut d, 1, 12);
        assert_eq!(watch::epoch(), e0 + 1, "fired keys are no longer watched");
        assert!(!d.watch(int(1)), "a key that fired is not watched again");
        set(&mut d, 3, 30);
        assert_eq!(watch::epoch(), e0 + 2, "a watched name added (a global shadowing a builtin)");
        assert!(d.watch(int(2)));
        let _ = d.remove::<()>(int(2), 2, &mut |a, b| Ok(a == b));
        assert_eq!(watch::epoch(), e0 + 3, "a watched name deleted");
        set(&mut d, 4, 40);
        assert!(d.watch(int(4)));
        d.clear();
        assert_eq!(watch::epoch(), e0 + 4, "a clear fires the watched keys");
        set(&mut d, 5, 50);
        assert!(d.watch(int(5)));
        let mut copy = d.clone();
        set(&mut copy, 5, 51);
        assert_eq!(watch::epoch(), e0 + 4, "a copy watches nothing");
    }
}

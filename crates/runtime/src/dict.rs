//! The insertion-ordered hash table behind dict, class namespaces, instance
//! attributes and module globals (CPython 3.6+'s compact layout: a dense
//! entry array in insertion order plus a sparse index table).
//!
//! Key equality that needs Python code (`__eq__`) is supplied by the caller;
//! the table itself only compares identical words and the fast cases.

use crate::value::Value;

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
    len: usize,
    /// Counts the keys ever added: a lookup that missed stays a miss while
    /// it is unchanged (global loads that fell through to builtins check it).
    added: u64,
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
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Entries in insertion order, deleted ones included (key EMPTY).
    /// How many keys were ever added (see `added`).
    pub fn keys_added(&self) -> u64 {
        self.added
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
        self.entries[i].value = v;
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
            let old = self.entries[i].value;
            self.entries[i].value = value;
            return Ok(Some(old));
        }
        self.insert_new(key, hash, value);
        Ok(None)
    }

    /// Appends a key known to be absent.
    pub fn insert_new(&mut self, key: Value, hash: i64, value: Value) {
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.rebuild((self.len + 1) * 3);
        }
        let idx = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.len += 1;
        self.added += 1;
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
    Ok(a.as_str().is_some() && b.as_str().is_some() && a.str_text() == b.str_text())
}

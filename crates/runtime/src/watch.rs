//! Watched dict keys: the FTL compiles a global it reads as a constant
//! when the binding is watched. Any change to a watched binding (a new
//! value, a deletion, the name added where it was missing, a clear) fires
//! the key: it bumps the thread's watch epoch, which compiled code compares
//! before using a constant (and exits to the interpreter when it moved),
//! and the key is never watched again, so a recompile reads it as a
//! variable global.

use crate::value::Value;
use std::cell::Cell;

thread_local! {
    static EPOCH: Cell<u64> = const { Cell::new(0) };
    static WATCHES_ADDED: Cell<u64> = const { Cell::new(0) };
}

/// The current watch epoch of this thread (the VM's).
pub fn epoch() -> u64 {
    EPOCH.with(|e| e.get())
}

/// Where this thread's watch epoch is, for compiled code to read it (the
/// address is stable for the thread's life).
pub fn epoch_addr() -> usize {
    EPOCH.with(|e| e.as_ptr() as usize)
}

/// How many bindings this thread started watching: compiled code that
/// stores to a global binding without the runtime (which would fire it)
/// checks that no binding became watched since it was compiled.
pub fn watches_added() -> u64 {
    WATCHES_ADDED.with(|e| e.get())
}

/// Where [`watches_added`]'s counter is, for compiled code to read it.
pub fn watches_added_addr() -> usize {
    WATCHES_ADDED.with(|e| e.as_ptr() as usize)
}

fn fire() {
    EPOCH.with(|e| e.set(e.get() + 1));
}

/// The watched keys of one dict and the keys that fired. A copy of the
/// dict (`Clone`) watches nothing: no compiled code relies on it.
#[derive(Default)]
pub struct Watch(Option<Box<Keys>>);

#[derive(Default)]
struct Keys {
    watched: Vec<Value>,
    fired: Vec<Value>,
}

impl Clone for Watch {
    fn clone(&self) -> Self {
        Watch(None)
    }
}

/// Whether two dict keys are the same name (the same str object, or strs
/// of the same text).
pub fn same_name(a: Value, b: Value) -> bool {
    if a == b {
        return true;
    }
    let (Some(x), Some(y)) = (a.as_str(), b.as_str()) else { return false };
    // Hashes cached in both (dict keys and names have them) settle most
    // pairs without reading the text: a store to a global compares its key
    // with every watched one.
    if let (Some(hx), Some(hy)) = (x.hash.get(), y.hash.get())
        && hx != hy
    {
        return false;
    }
    a.str_text() == b.str_text()
}

impl Watch {
    /// Starts watching the str key `key`; false when it fired before (it
    /// changed while watched: compiled code must not take it as constant).
    pub fn add(&mut self, key: Value) -> bool {
        let keys = self.0.get_or_insert_with(Box::default);
        if keys.fired.iter().any(|&k| same_name(k, key)) {
            return false;
        }
        if !keys.watched.iter().any(|&k| same_name(k, key)) {
            keys.watched.push(key);
            WATCHES_ADDED.with(|e| e.set(e.get() + 1));
        }
        true
    }

    /// Whether the binding of `key` is watched (a change would fire it).
    pub fn watches(&self, key: Value) -> bool {
        self.0.as_ref().is_some_and(|keys| keys.watched.iter().any(|&k| same_name(k, key)))
    }

    /// The binding of `key` changed: fires it if it is watched.
    #[inline]
    pub fn touch(&mut self, key: Value) {
        if let Some(keys) = &mut self.0
            && let Some(i) = keys.watched.iter().position(|&k| same_name(k, key))
        {
            keys.fired.push(keys.watched.swap_remove(i));
            fire();
        }
    }

    /// Every binding changed (the dict was cleared).
    pub fn touch_all(&mut self) {
        if let Some(keys) = &mut self.0
            && !keys.watched.is_empty()
        {
            keys.fired.append(&mut keys.watched);
            fire();
        }
    }

    /// Visits the keys for the collector (they are compared by text).
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        if let Some(keys) = &self.0 {
            keys.watched.iter().chain(&keys.fired).for_each(|&k| f(k));
        }
    }
}

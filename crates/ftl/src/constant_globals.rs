//! Globals the FTL compiles as constants. A `LoadGlobal` whose inline
//! cache holds a binding when the snapshot is taken reads that value as a
//! constant when the binding can be watched (see `tierpy_runtime::watch`):
//! the key is watched in the dict it was found in and, for a builtin, in the
//! globals too (a global of that name added later shadows it). The compiled
//! load only compares the thread's watch epoch with the snapshot's, and
//! exits to the interpreter (which reloads the global) when any watched
//! binding changed since. Arithmetic on `N`, a call of `fib` or of `range`
//! then folds like arithmetic on literals and direct calls.

use crate::snapshot::Snapshot;
use crate::types::Ty;
use std::collections::HashSet;
use tierpy_bytecode::{CodeObject, Instr};
use tierpy_runtime::Value;

/// Per instruction of `snap` (after inlining): for a `LoadGlobal` compiled
/// as the constant `snap.observed` holds, the constant's type. `code` is
/// the snapshot's own code object: a global it stores or deletes is not a
/// constant.
pub fn find(code: &CodeObject, snap: &Snapshot) -> Vec<Option<Ty>> {
    let stored: HashSet<&str> = code
        .instrs
        .iter()
        .filter_map(|ins| match *ins {
            Instr::StoreGlobal { name, .. } | Instr::DeleteGlobal { name } => Some(&*code.names[name.0 as usize]),
            _ => None,
        })
        .collect();
    (0..snap.instrs.len())
        .map(|i| {
            let Instr::LoadGlobal { name, .. } = snap.instrs[i] else { return None };
            let (n, w) = (name.0 as usize, snap.observed[i]);
            let constant = w != 0 && !stored.contains(snap.name_text[n].as_str()) && watch(snap.cache_slots[i], Value(snap.names[n]));
            constant.then(|| type_of(Value(w)))
        })
        .collect()
}

/// The type of constant `v` (an exact list stays one: the global may only
/// be rebound, and then the code exits before reading it).
fn type_of(v: Value) -> Ty {
    if v.as_list().is_some() { Ty::CHECKED_LIST } else { Ty::of_word(v.0) }
}

/// Watches `key` where the `LoadGlobal` cache at `slot` found it: whether
/// the binding is watched now (the cache is current, and the key never
/// changed while watched before).
fn watch(slot: usize, key: Value) -> bool {
    // SAFETY: `slot` is the address of a `Cell<[u64; CACHE_WORDS]>` of a
    // code object the snapshot keeps alive, read on the main thread.
    let [tag, _, in_globals, added] = unsafe { (*(slot as *const std::cell::Cell<[u64; tierpy_bytecode::code::CACHE_WORDS]>)).get() };
    let Some(found_in) = Value(tag).as_dict() else { return false };
    if in_globals == 0 {
        return found_in.watch(key);
    }
    // A builtin: valid while the globals do not hold the name (the cache
    // checks that they gained no key, see `slow::load_global`).
    let Some(globals) = Value(in_globals).as_dict() else { return false };
    let shadowed = || globals.iter().any(|e| tierpy_runtime::watch::same_name(e.key, key));
    (globals.keys_added() == added || !shadowed()) && globals.watch(key) && found_in.watch(key)
}

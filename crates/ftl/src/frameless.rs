//! Which functions get a frameless clone.
//!
//! A recursive call in FTL code sets up a frame for its callee (registers
//! on the VM's stack, a frame record, the VM's current frame and depth):
//! most of the cost of a call like `fib(n - 1)`. A function that has no
//! side effects but its calls of itself (it does only what an inlined body
//! may do: arithmetic, comparisons, forward branches, global and list reads)
//! gets, beside its body, a clone that needs no frame: its registers are
//! SSA values, its arguments and result plain machine words, and its
//! recursive calls call the clone.
//!
//! Whatever the clone cannot do (a failed speculation, a slow path, a
//! callee of another identity, a recursion too deep, a Ctrl-C to notice)
//! makes it *bail*: it returns a word no call returns, every clone
//! activation under the first one returns it too, and the body makes that
//! first call again through frames. Nothing the clone did was visible, so
//! the program cannot tell. The first bail turns the clone off for good in
//! that compile: a call that keeps bailing would run twice.

use crate::inline::{self, Origin};
use crate::snapshot::Snapshot;
use tierpy_bytecode::Instr;

/// The number of parameters of the snapshot's frameless clone, if the
/// function gets one: a plain function (positional parameters only, no
/// cells, entered only at its start) that calls itself (a global call, not
/// a method) and does nothing else but what [`inline::pure`] allows.
pub fn clone_params(snap: &Snapshot) -> Option<usize> {
    let mut params = None;
    for (i, ins) in snap.instrs.iter().enumerate() {
        match *ins {
            Instr::Call { .. } if snap.sites.iter().any(|s| s.at == i) => {}
            Instr::Call { argc, .. } if recursive_call(snap, i) => params = Some(argc as usize),
            _ if inline::pure(ins, i) => {}
            _ => return None,
        }
    }
    let params = params?;
    let only_params = snap.bound_at_start.iter().copied().eq(0..params);
    (only_params && snap.entries.iter().all(|&e| e == 0)).then_some(params)
}

/// Whether instruction `i` is a call of the function itself (by a global name).
pub fn recursive_call(snap: &Snapshot, i: usize) -> bool {
    let Origin::Own(pc) = snap.origin[i] else { return false };
    matches!(snap.instrs[i], Instr::Call { .. }) && snap.direct.iter().any(|d| d.at == pc && d.recursive && d.class.is_none())
}

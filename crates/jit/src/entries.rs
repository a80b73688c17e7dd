//! Where compiled code can be entered: the function's first instruction,
//! the instruction after each loop header (OSR entry from the interpreter),
//! and exception handlers (after the interpreter unwound to one). Entering
//! anywhere else makes compiled code hand the frame straight back.

use tierpy_bytecode::{CodeObject, Instr};

/// The entry pcs of a code object, ascending.
pub fn entry_points(instrs: &[Instr], handlers: impl IntoIterator<Item = usize>) -> Vec<usize> {
    let mut pcs = vec![0];
    for (pc, ins) in instrs.iter().enumerate() {
        // Loop headers (OSR entry) and the resume points of generators.
        if matches!(ins, Instr::LoopHeader {} | Instr::Yield { .. }) && pc + 1 < instrs.len() {
            pcs.push(pc + 1);
        }
    }
    pcs.extend(handlers);
    pcs.sort_unstable();
    pcs.dedup();
    pcs
}

/// The entry pcs of a code object.
pub fn code_entry_points(code: &CodeObject) -> Vec<usize> {
    entry_points(&code.instrs, code.exc_table.iter().map(|e| e.handler as usize))
}

/// Which pcs start a basic block: control can reach them otherwise than
/// from the instruction before (a jump, a loop's exit, an entry point).
/// Indexed by pc, with one more slot for the end of the code.
pub fn jump_targets(instrs: &[Instr], entries: &[usize]) -> Vec<bool> {
    let mut t = vec![false; instrs.len() + 1];
    for ins in instrs {
        if let Instr::Jump { target }
        | Instr::JumpIfFalse { target, .. }
        | Instr::JumpIfTrue { target, .. }
        | Instr::ForIter { target, .. } = *ins
        {
            t[target.0 as usize] = true;
        }
    }
    for &e in entries {
        t[e] = true;
    }
    t
}

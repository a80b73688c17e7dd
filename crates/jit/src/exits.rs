//! Why FTL code handed a frame back to the interpreter at an instruction,
//! in words (for `--stats-json` and people reading it).

use tierpy_bytecode::Instr;

/// The reason FTL code leaves at `ins`, given what the instruction's
/// profile saw since (`seen`, from `profile::describe`).
pub fn exit_reason(ins: &Instr, seen: &str, overflowed: bool) -> String {
    let seen = if seen.is_empty() { "nothing new".to_string() } else { seen.to_string() };
    match ins {
        _ if overflowed => "int result outside the inline range (became a big int)".to_string(),
        Instr::Call { .. } | Instr::CallMethod { .. } => {
            "call did not go as compiled (another callee, an inlined body that could not finish, or a builtin's result of another type)"
                .to_string()
        }
        Instr::LoadGlobal { .. } => {
            "global no longer holds a value of the speculated type, or a global compiled as a constant was rebound".to_string()
        }
        Instr::StoreGlobal { .. } => {
            "global store target moved (another globals dict, the entry gone, or a binding newly watched for compiled code)".to_string()
        }
        Instr::ForIter { .. } => format!("expected a range iterator, or a list iterator with items of the speculated kind; saw {seen}"),
        Instr::GetItem { .. } => format!("expected an in-bounds list item of the speculated kind, saw {seen}"),
        Instr::SetItem { .. } => format!("expected a list with an in-bounds int index, saw {seen}"),
        Instr::LoopHeader {} => {
            "register types at loop entry differ from the compiled ones, the loop's range is beyond the inline int range, or the loop had not run when the code was compiled".to_string()
        }
        Instr::GetIter { .. } => "range with a start, stop or step beyond the inline int range: the interpreter runs its loop".to_string(),
        _ => format!("expected int or float operands, saw {seen}"),
    }
}

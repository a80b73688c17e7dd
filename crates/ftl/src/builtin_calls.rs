//! Calls of builtins the FTL runs inline (`math.sqrt(x)`, `abs(x)`,
//! `len(xs)`, `min(a, b)`, `int(x)`...): which calls they are, guarded by what, and
//! the type of their result for type inference.
//!
//! A call qualifies when its callee is loaded by a `LoadGlobal` in the same
//! basic block and, when the snapshot is taken, that global holds the
//! builtin (`abs`) or a module whose attribute is the builtin (`math`, then
//! `.sqrt` through a method call). The compiled code checks the same
//! identity every time and exits to the interpreter when it changed.

use crate::snapshot::Snapshot;
use crate::types::Ty;
use tierpy_bytecode::{CodeObject, Instr, Reg};
use tierpy_runtime::intrinsics::Intrinsic;
use tierpy_runtime::object::Body;
use tierpy_runtime::{Value, Vm};

/// A call of a builtin the FTL compiles inline.
#[derive(Clone, Copy, Debug)]
pub struct BuiltinCall {
    /// The call's pc in the frame's own code.
    pub at: usize,
    pub op: Intrinsic,
    /// The builtin function object the call must still reach.
    pub func: u64,
    /// For a method call on a module (`math.sqrt(x)`): the module, and the
    /// index of the entry its namespace holds the function in.
    pub module: Option<(u64, usize)>,
}

impl BuiltinCall {
    /// The register holding what the call calls (the function, or the module).
    pub fn callee(ins: Instr) -> Reg {
        match ins {
            Instr::Call { func, .. } => func,
            Instr::CallMethod { base, .. } => base,
            _ => unreachable!("builtin calls are calls"),
        }
    }

    /// The argument registers of the call instruction `ins`.
    pub fn args(ins: Instr) -> Vec<Reg> {
        let (first, argc) = match ins {
            Instr::Call { func, argc, .. } => (func.0 + 1, argc),
            Instr::CallMethod { base, argc, .. } => (base.0 + 1, argc),
            _ => unreachable!("builtin calls are calls"),
        };
        (0..argc).map(|i| Reg(first + i)).collect()
    }

    /// The type of the call's result given its arguments' types (what the
    /// compiled code guarantees: its inline path produces it, and the result
    /// of a real call is checked).
    pub fn result_type(&self, args: &[Ty]) -> Ty {
        let nums = args.iter().all(|t| t.within(Ty::NUM));
        match self.op {
            Intrinsic::Sqrt | Intrinsic::Fabs | Intrinsic::Sin | Intrinsic::Cos | Intrinsic::Float => Ty::FLOAT,
            Intrinsic::Floor | Intrinsic::Len | Intrinsic::Int => Ty::INT,
            Intrinsic::Abs | Intrinsic::Min | Intrinsic::Max if nums => args.iter().fold(Ty::NONE, |a, t| a.join(*t)),
            Intrinsic::Abs | Intrinsic::Min | Intrinsic::Max => Ty::ANY,
        }
    }
}

/// The builtin calls of `code` to compile inline (none where an FTL exit
/// happened before). Each module and function found is kept alive for good
/// (`Vm::jit_roots`): the compiled checks compare their addresses.
pub fn find(vm: &mut Vm, code: &CodeObject, snap: &Snapshot) -> Vec<BuiltinCall> {
    let targets = tierpy_jit::entries::jump_targets(&code.instrs, &snap.entries);
    let mut out = vec![];
    for (pc, &ins) in code.instrs.iter().enumerate() {
        if !crate::inline::speculates_call(snap, pc) {
            continue;
        }
        let found = match ins {
            Instr::Call { func, argc, .. } => {
                let held = crate::inline::global_load_of(&code.instrs, &targets, pc, func).map(|l| Value(snap.observed[l]));
                held.and_then(|f| Some((Intrinsic::of(vm, f)?, f, None))).filter(|(op, ..)| op.argc() == argc)
            }
            Instr::CallMethod { base, name, argc, .. } => {
                let held = crate::inline::global_load_of(&code.instrs, &targets, pc, base).map(|l| Value(snap.observed[l]));
                held.and_then(|m| {
                    let (f, idx) = module_function(m, Value(snap.names[name.0 as usize]))?;
                    Some((Intrinsic::of(vm, f)?, f, Some((m.0, idx))))
                })
                .filter(|(op, ..)| op.argc() == argc)
            }
            _ => None,
        };
        if let Some((op, f, module)) = found {
            vm.jit_roots.push(f);
            if let Some((m, _)) = module {
                vm.jit_roots.push(Value(m));
            }
            out.push(BuiltinCall { at: pc, op, func: f.0, module });
        }
    }
    out
}

/// The function module `m` holds under `name`, and its entry's index.
fn module_function(m: Value, name: Value) -> Option<(Value, usize)> {
    let Some(Body::Module { dict, .. }) = m.body() else { return None };
    dict.raw_entries().iter().position(|e| e.key == name).map(|i| (dict.raw_entries()[i].value, i))
}

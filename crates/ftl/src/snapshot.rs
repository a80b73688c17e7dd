//! The immutable, `Send` copy of a code object that crosses to the compiler thread.

use crate::builtin_calls::BuiltinCall;
use crate::inline::{self, Callee, Origin, Site};
use crate::types::Ty;
use std::rc::Rc;
use tierpy_bytecode::{CodeObject, Instr};
use tierpy_jit::layout::Layouts;
use tierpy_jit::poll::PollAddrs;
use tierpy_runtime::Vm;

/// What `--dump` asks the FTL to print on stderr.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dump {
    /// `--dump=ir`: the instructions with the register types inferred before each.
    Ir,
    /// `--dump=llvm`: the optimized LLVM module.
    Llvm,
    /// `--dump=asm`: the machine code LLVM generated, as assembly.
    Asm,
}

/// Everything the FTL needs to compile one code object, as plain data.
#[derive(Clone, Debug)]
pub struct Snapshot {
    /// The code object's address (the key results come back under).
    pub id: usize,
    pub name: String,
    pub instrs: Vec<Instr>,
    /// Constant values as raw words (permanent objects: stable addresses).
    pub consts: Vec<u64>,
    /// Profile words per instruction at the time of the request.
    pub profile: Vec<u32>,
    /// Address of the code object's per-instruction exit counters (`[Cell<u32>]`).
    pub exit_counts_addr: usize,
    /// Address of the code object's total FTL exit counter (`Cell<u64>`).
    pub exits_addr: usize,
    /// What loop headers poll (Ctrl-C, collection due).
    pub poll: PollAddrs,
    /// The interned name strings (`names` of the code object) as words.
    pub names: Vec<u64>,
    /// The names themselves (what type inference recognizes, e.g. `range`).
    pub name_text: Vec<String>,
    /// What the lower tiers observed per instruction, for type inference to
    /// speculate on: for a `LoadGlobal` whose cache is filled, the word the
    /// global holds now; for a `GetItem`, the kinds of list items it returned
    /// (profile kind bits); else 0.
    pub observed: Vec<u64>,
    /// Per instruction: for a `LoadGlobal` compiled as the constant
    /// `observed` holds (see [`crate::constant_globals`]), its type.
    pub constant: Vec<Option<Ty>>,
    /// The watch epoch when the snapshot was taken, and its address: the
    /// constants hold while it is unchanged.
    pub watch_epoch: u64,
    pub watch_epoch_addr: usize,
    /// FTL exits taken so far per instruction (no speculation where one was).
    pub prior_exits: Vec<u32>,
    /// Address of each instruction's inline-cache slot (`Cell<[u64; CACHE_WORDS]>`).
    pub cache_slots: Vec<usize>,
    /// Where each instruction came from (own pc, or inlined at a site).
    pub origin: Vec<Origin>,
    /// Per instruction: the globals dict a `LoadGlobal` reads when it is not
    /// the frame's (inlined callees), else 0.
    pub globals_const: Vec<u64>,
    /// Registers of the frame itself; inlined bodies use the ones above.
    pub frame_regs: usize,
    /// The frame's named registers (variables, cells, free variables: the
    /// first ones), which are always live.
    pub named_regs: usize,
    /// The registers that may hold a value when the function starts:
    /// parameters, cells and free variables (every other register starts
    /// unbound).
    pub bound_at_start: Vec<usize>,
    /// The kinds each parameter register held when the lower tiers started
    /// the function (profile kind bits, see `CodeObject::param_kinds`; 0 for
    /// parameters that are cells, which the function's start rebinds).
    pub param_kinds: Vec<u64>,
    /// The inlined calls.
    pub sites: Vec<Site>,
    pub layout: Layouts,
    /// What `--dump` prints for this function.
    pub dump: Option<Dump>,
    /// Fail this compile on purpose (`--inject-compile-failure`), after lowering it.
    pub inject_failure: bool,
    /// Where the compiled code can be entered.
    pub entries: Vec<usize>,
    /// The calls made straight into the callee's compiled code.
    pub direct: Vec<DirectCallee>,
    /// The calls of builtins compiled inline.
    pub builtins: Vec<BuiltinCall>,
    /// The global stores compiled inline.
    pub global_stores: Vec<GlobalStore>,
    /// The thread's count of watched bindings once the snapshot was taken
    /// (see `tierpy_runtime::watch::watches_added`), and its address.
    pub watches_added: u64,
    pub watches_added_addr: usize,
    /// The register stack's address and capacity (see `Vm::stack_base`).
    pub stack_base: usize,
    pub stack_values: usize,
}

/// See [`Snapshot::bound_at_start`]: parameters come first in the registers.
fn bound_at_start(code: &CodeObject) -> Vec<usize> {
    let params = code.argcount as usize + code.kwonlyargcount as usize + code.flags.varargs as usize + code.flags.varkw as usize;
    let closure = code.cellvars.iter().copied().chain(code.freevars.iter().map(|(r, _)| *r)).map(|r| r.idx());
    (0..params).chain(closure).collect()
}

/// See [`Snapshot::param_kinds`].
fn param_kinds(code: &CodeObject) -> Vec<u64> {
    let cell = |r: usize| code.cellvars.iter().any(|c| c.idx() == r);
    code.param_kinds.iter().enumerate().map(|(r, k)| if cell(r) { 0 } else { k.get() }).collect()
}

/// A call the FTL makes straight into its callee's compiled code, with the
/// callee's frame set up by the caller's code: the global the call loads
/// held this plain function (positional parameters only, no closure) when
/// the snapshot was taken. Addresses are of the callee code object's cells.
#[derive(Clone, Debug)]
pub struct DirectCallee {
    /// The call's pc in the frame's own code.
    pub at: usize,
    /// For a `CallMethod`: the receiver's class the instruction's cache
    /// found the method in (the call checks the cache still says so).
    pub class: Option<u64>,
    pub func: u64,
    /// The word of the callee's `Rc<CodeObject>` a frame holds (the function
    /// keeps the code alive; the frame set up for the call never drops it).
    pub code: u64,
    pub globals: u64,
    pub nregs: usize,
    pub jit_entry: usize,
    pub counter: usize,
    pub next_tier_at: usize,
    pub compiled_calls: usize,
    pub ftl_exits: usize,
    /// Whether the callee is the function being compiled (a recursive
    /// call): while this code is the callee's, the call goes straight to it
    /// and skips the callee's tier-up count (it is at the top tier).
    pub recursive: bool,
}

impl Snapshot {
    /// The type of the constant instruction `i` loads, if it is a
    /// `LoadGlobal` compiled as a constant.
    pub fn constant_at(&self, i: usize) -> Option<Ty> {
        self.constant.get(i).copied().flatten()
    }

    /// The builtin call compiled inline at instruction `i`, if it is one.
    pub fn builtin_call(&self, i: usize) -> Option<&BuiltinCall> {
        let Origin::Own(pc) = *self.origin.get(i)? else { return None };
        self.builtins.iter().find(|b| b.at == pc)
    }

    /// Takes a snapshot of `code` (on the main thread).
    pub fn take(vm: &mut Vm, code: &Rc<CodeObject>, layout: Layouts, dump: Option<Dump>) -> Snapshot {
        let consts = vm.consts_of(code);
        let names = vm.names_of(code);
        let mut snap = Snapshot {
            id: Rc::as_ptr(code) as usize,
            name: code.qualname.to_string(),
            instrs: code.instrs.clone(),
            // SAFETY: consts_of returns a table of consts.len() words.
            consts: (0..code.consts.len()).map(|i| unsafe { *consts.add(i) }).collect(),
            profile: code.profile.iter().map(|c| c.get()).collect(),
            exit_counts_addr: code.exit_counts.as_ptr() as usize,
            exits_addr: &code.ftl_exits as *const _ as usize,
            poll: PollAddrs::of(vm),
            // SAFETY: names_of returns a table of names.len() words.
            names: (0..code.names.len()).map(|i| unsafe { *names.add(i) }).collect(),
            name_text: code.names.iter().map(|n| n.to_string()).collect(),
            observed: (0..code.instrs.len()).map(|pc| observed(code, pc, names)).collect(),
            constant: vec![],
            watch_epoch: tierpy_runtime::watch::epoch(),
            watch_epoch_addr: tierpy_runtime::watch::epoch_addr(),
            prior_exits: code.exit_counts.iter().map(|c| c.get()).collect(),
            cache_slots: code.cache.iter().map(|c| c as *const _ as usize).collect(),
            origin: (0..code.instrs.len()).map(Origin::Own).collect(),
            globals_const: vec![0; code.instrs.len()],
            frame_regs: code.nregs as usize,
            named_regs: code.varnames.len(),
            bound_at_start: bound_at_start(code),
            param_kinds: param_kinds(code),
            sites: vec![],
            layout,
            dump,
            inject_failure: false,
            entries: tierpy_jit::entries::code_entry_points(code),
            direct: vec![],
            builtins: vec![],
            global_stores: global_stores(code),
            watches_added: 0,
            watches_added_addr: tierpy_runtime::watch::watches_added_addr(),
            stack_base: vm.stack_base(),
            stack_values: tierpy_runtime::vm::STACK_VALUES,
        };
        let callees = callees(vm, code, &snap);
        snap.direct = direct_callees(vm, code, &snap, &callees);
        snap.builtins = crate::builtin_calls::find(vm, code, &snap);
        inline::expand(&mut snap, callees);
        snap.constant = crate::constant_globals::find(code, &snap);
        // After the watches the constants above added.
        snap.watches_added = tierpy_runtime::watch::watches_added();
        snap
    }
}

/// A `StoreGlobal` compiled as a store to the entry its cache found: the
/// dict and index the interpreter's store left there, when the entry holds
/// the name and its binding is not watched (a store there would have to
/// fire the watch; compiled code checks that no binding became watched
/// since, see `Snapshot::watches_added`).
#[derive(Clone, Debug)]
pub struct GlobalStore {
    /// The store's pc in the frame's own code.
    pub at: usize,
    pub dict: u64,
    pub index: u64,
}

/// See [`GlobalStore`].
fn global_stores(code: &CodeObject) -> Vec<GlobalStore> {
    let mut out = vec![];
    for (pc, ins) in code.instrs.iter().enumerate() {
        let Instr::StoreGlobal { name, .. } = *ins else { continue };
        let [tag, index, ..] = code.cache[pc].get();
        let Some(d) = tierpy_runtime::Value(tag).as_dict() else { continue };
        let Some(e) = d.raw_entries().get(index as usize) else { continue };
        let key = e.key;
        if key.as_str().is_some() && key.str_text() == &*code.names[name.0 as usize] && !d.watches(key) {
            out.push(GlobalStore { at: pc, dict: tag, index });
        }
    }
    out
}

/// The calls to make straight into compiled code, by call pc: calls of a
/// global that holds a plain function taking exactly the arguments given,
/// which are not inlined, and method calls whose cache found such a
/// function in a user class. Each callee is kept alive for good
/// (`Vm::jit_roots`): the call's check compares its identity.
fn direct_callees(vm: &mut Vm, code: &CodeObject, snap: &Snapshot, inlined: &[(usize, Callee)]) -> Vec<DirectCallee> {
    let targets = tierpy_jit::entries::jump_targets(&code.instrs, &snap.entries);
    let mut out = vec![];
    for (pc, ins) in code.instrs.iter().enumerate() {
        let (func, class, argc) = match *ins {
            Instr::Call { argc, .. } if !inlined.iter().any(|(at, _)| *at == pc) => {
                let Some(load) = inline::callee_load(&code.instrs, &targets, pc) else { continue };
                (tierpy_runtime::Value(snap.observed[load]), None, argc)
            }
            Instr::CallMethod { argc, .. } => {
                let Some((cls, found)) = tierpy_jit::method_cache::cached_method(code, pc, vm.class_epoch) else { continue };
                (found, Some(cls.0), argc + 1)
            }
            _ => continue,
        };
        let Some(fo) = func.as_function() else { continue };
        let c = &fo.code;
        if c.direct_call_argc != argc || c.closure_cells != 0 {
            continue;
        }
        vm.jit_roots.push(func);
        out.push(DirectCallee {
            at: pc,
            class,
            func: func.0,
            // SAFETY: an `Rc` is one non-null pointer word.
            code: unsafe { std::mem::transmute_copy::<Rc<CodeObject>, usize>(c) } as u64,
            globals: fo.globals.0,
            nregs: c.nregs as usize,
            jit_entry: &c.jit_entry as *const _ as usize,
            counter: &c.counter as *const _ as usize,
            next_tier_at: &c.next_tier_at as *const _ as usize,
            compiled_calls: &c.compiled_calls as *const _ as usize,
            ftl_exits: &c.ftl_exits as *const _ as usize,
            recursive: std::ptr::eq::<CodeObject>(&**c, code),
        });
    }
    out
}

/// The callees to inline, by call pc: calls of a global that holds a plain
/// function simple enough (see [`inline::inlinable`]). Each one is kept alive
/// for good (`Vm::jit_roots`): the inlined code's check compares its identity.
fn callees(vm: &mut Vm, code: &CodeObject, snap: &Snapshot) -> Vec<(usize, Callee)> {
    let targets = tierpy_jit::entries::jump_targets(&code.instrs, &snap.entries);
    let mut out = vec![];
    for (pc, ins) in code.instrs.iter().enumerate() {
        let Instr::Call { argc, .. } = *ins else { continue };
        let Some(load) = inline::callee_load(&code.instrs, &targets, pc) else { continue };
        let func = tierpy_runtime::Value(snap.observed[load]);
        let Some(fo) = (snap.observed[load] != 0).then(|| func.as_function()).flatten() else { continue };
        let callee = fo.code.clone();
        if !inline::inlinable(&callee, argc) || !inline::speculates_call(snap, pc) {
            continue;
        }
        let consts = vm.consts_of(&callee);
        let names = vm.names_of(&callee);
        vm.jit_roots.push(func);
        out.push((
            pc,
            Callee {
                func: func.0,
                globals: fo.globals.0,
                instrs: callee.instrs.clone(),
                // SAFETY: consts_of / names_of return tables of consts.len() / names.len() words.
                consts: (0..callee.consts.len()).map(|i| unsafe { *consts.add(i) }).collect(),
                // SAFETY: as above.
                names: (0..callee.names.len()).map(|i| unsafe { *names.add(i) }).collect(),
                name_text: callee.names.iter().map(|n| n.to_string()).collect(),
                profile: callee.profile.iter().map(|c| c.get()).collect(),
                observed: (0..callee.instrs.len()).map(|pc| observed(&callee, pc, names)).collect(),
                cache_slots: callee.cache.iter().map(|c| c as *const _ as usize).collect(),
            },
        ));
    }
    out
}

/// What the lower tiers observed at `pc` (see [`Snapshot::observed`]).
fn observed(code: &CodeObject, pc: usize, names: *const u64) -> u64 {
    let [tag, idx, ..] = code.cache[pc].get();
    let name = match code.instrs[pc] {
        Instr::LoadGlobal { name, .. } => name,
        Instr::GetItem { .. } | Instr::ForIter { .. } => return tag,
        _ => return 0,
    };
    // SAFETY: name indexes come from the compiler; names has one word per name.
    let key = tierpy_runtime::Value(unsafe { *names.add(name.0 as usize) });
    let entry = tierpy_runtime::Value(tag).as_dict().and_then(|d| d.raw_entries().get(idx as usize).copied());
    match entry {
        Some(e) if tag != 0 && e.key == key => e.value.0,
        _ => 0,
    }
}

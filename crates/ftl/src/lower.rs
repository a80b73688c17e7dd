//! The LLVM output layer: lowers a [`Snapshot`] to an LLVM function, runs
//! a trimmed O1 pipeline (see [`PIPELINE`]) for the host CPU and returns machine code. Only this
//! module knows LLVM.
//!
//! Function shape: `entry(vm, frame)` loads the register file and calls
//! `body(vm, frame, regs noalias)`, which switches on the frame's pc to the
//! block of that instruction (so the code can be entered at any instruction:
//! function entry, loop headers for OSR entry, handlers).

use crate::frameless;
use crate::inline::{Origin, Site};
use crate::liveness::Liveness;
use crate::range_positions::RangePositions;
use crate::snapshot::{DirectCallee, Dump, Snapshot};
use crate::stale::Stale;
use crate::types::{self, Ty, Types, speculates};
use crate::wide::Wide;
use inkwell::attributes::{Attribute, AttributeLoc};
use inkwell::basic_block::BasicBlock;
use inkwell::builder::Builder;
use inkwell::context::Context;
use inkwell::execution_engine::ExecutionEngine;
use inkwell::module::Module;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::{CodeModel, InitializationConfig, RelocMode, Target, TargetMachine};
use inkwell::types::{BasicType, FunctionType, IntType};
use inkwell::values::{BasicMetadataValueEnum, BasicValue, BasicValueEnum, FloatValue, FunctionValue, IntValue, PointerValue};
use inkwell::{AddressSpace, FloatPredicate, IntPredicate, OptimizationLevel};
use tierpy_bytecode::instr::BinOp;
use tierpy_bytecode::instr::unpacked_for_item;
use tierpy_bytecode::{Instr, Reg};
use tierpy_interp::dispatch::{JIT_ERROR, JIT_INTERPRET, JIT_RETURN, JIT_SAFEPOINT, JIT_YIELD};
use tierpy_jit::runtime_calls::FOR_UNPACKED;
use tierpy_jit::runtime_calls::ftl::{rt_ftl_for_iter, rt_ftl_list_iter, rt_ftl_refuse_start, rt_ftl_step, rt_ftl_truth};
use tierpy_jit::runtime_calls::{STEP_JUMP, STEP_NEXT};
use tierpy_runtime::object::{
    HAS_DATA_DESCRIPTORS, HOOK_GETATTRIBUTE, HOOK_SETATTR, KIND_INSTANCE, KIND_LIST, KIND_RANGE, KIND_RANGE_ITER, KIND_SEQ_ITER, KIND_TUPLE,
};
use tierpy_runtime::value::{FIRST_TAG, TAG_BOOL, TAG_INT, TAG_PTR};
use tierpy_runtime::{Frame, Value};

/// Unwraps an inkwell builder result into the lowering's error type
/// (defined before the submodules, which use it too).
macro_rules! ll {
    ($e:expr) => {
        $e.map_err(err)?
    };
}

mod builtins;
mod constant_division;
mod frameless_clone;
mod loop_lists;
mod positions;
mod registers;
mod tbaa;

use tbaa::{Mem, Tbaa};

const OFF_REGS: u64 = std::mem::offset_of!(Frame, regs) as u64;
const OFF_PC: u64 = std::mem::offset_of!(Frame, pc) as u64;
const OFF_RET: u64 = std::mem::offset_of!(Frame, ret) as u64;
const OFF_GLOBALS: u64 = std::mem::offset_of!(Frame, globals) as u64;
const PAYLOAD: u64 = 0xFFFF_FFFF_FFFF;

type LResult<T> = Result<T, String>;

/// Registers with the type an entry checks them for.
type TypedRegs = Vec<(Reg, Ty)>;

fn err<E: std::fmt::Display>(e: E) -> String {
    e.to_string()
}

unsafe extern "C" {
    /// LLVM's command-line options: the C API's only way to choose FastISel
    /// for the code generator (see [`host_machine`]).
    fn LLVMParseCommandLineOptions(argc: i32, argv: *const *const std::ffi::c_char, overview: *const std::ffi::c_char);
}

/// Whether `ctx` drops the names the lowering gives values: kept only for
/// `--dump=llvm`, as naming them was 2-4% of the compile thread's work.
fn set_discard_value_names(ctx: &Context, discard: bool) {
    // SAFETY: `ctx` is a live context owned by this thread.
    unsafe { inkwell::llvm_sys::core::LLVMContextSetDiscardValueNames(ctx.raw(), discard.into()) };
}

/// A compiled function: its entry address and the engine that owns its code.
pub struct Compiled<'ctx> {
    pub address: usize,
    pub engine: ExecutionEngine<'ctx>,
}

/// The host target machine, made once per compiler thread. Code generation
/// selects instructions with FastISel (falling back to SelectionDAG where it
/// cannot) and keeps the greedy register allocator: selection was 40% of
/// code generation, and with FastISel code generation takes 40-55% less
/// time for code that runs 0-12% more instructions (callgrind, main thread;
/// see [`PIPELINE`]). The machine scheduler is off: compile thread -2% to
/// -6%, main thread within ±1% but for nested_loops (-3%) (callgrind, six of
/// the numeric benchmarks at small sizes).
pub fn host_machine() -> LResult<TargetMachine> {
    static OPTIONS: std::sync::Once = std::sync::Once::new();
    OPTIONS.call_once(|| {
        let args = [c"tierpy".as_ptr(), c"-fast-isel".as_ptr(), c"-enable-misched=false".as_ptr()];
        // SAFETY: NUL-terminated static strings; LLVM parses them once
        // per process (a second parse would count the options twice).
        unsafe { LLVMParseCommandLineOptions(args.len() as i32, args.as_ptr(), std::ptr::null()) };
    });
    Target::initialize_native(&InitializationConfig::default()).map_err(err)?;
    let triple = TargetMachine::get_default_triple();
    let target = Target::from_triple(&triple).map_err(err)?;
    let cpu = TargetMachine::get_host_cpu_name().to_string();
    let features = TargetMachine::get_host_cpu_features().to_string();
    target
        .create_target_machine(&triple, &cpu, &features, OptimizationLevel::Aggressive, RelocMode::Default, CodeModel::JITDefault)
        .ok_or_else(|| "no target machine for the host".to_string())
}

/// [`PIPELINE`]'s simplifycfg, with O1's options for the function
/// simplification passes (a macro: `concat!` takes only literals).
macro_rules! simplify_cfg {
    () => {
        "simplifycfg<bonus-inst-threshold=1;switch-range-to-icmp;keep-loops;speculate-blocks;simplify-cond-branch>"
    };
}

/// [`PIPELINE`]'s instcombine: one iteration, as in O1.
macro_rules! inst_combine {
    () => {
        "instcombine<max-iterations=1;no-verify-fixpoint>"
    };
}

/// The LLVM pass pipeline: LLVM's O1 function simplification and late loop
/// passes with four instcombines instead of eight, no vectorizer and no
/// interprocedural passes. The body stays a function of its own (see
/// [`PRESERVE_NONE`]); it is not inlined into the entry, which saved the
/// inliner's copy of it (compile thread -4% to -8%); its registers pointer
/// is a `noalias` parameter. SROA and early CSE run twice at the start, as
/// they did around the inlining: once fewer cost mandelbrot 17% main thread.
/// Against `default<O1>` (callgrind, the 8 numeric benchmarks at small sizes,
/// `--tier=ftl --ftl-sync`, together with FastISel): compile thread -34% to
/// -43%; main thread 0 to +16% instructions; whole process in `auto` mode
/// 3-25% faster (medians of 5 runs; matmul varied from -22% to +5%).
/// The loop unroller (peeling) and div-rem pairing are kept for what they
/// are worth: mandelbrot -13% and nested_loops -4% main thread.
pub const PIPELINE: &str = concat!(
    "function(simplifycfg,sroa,early-cse,sroa,early-cse<memssa>,",
    simplify_cfg!(),
    ",",
    inst_combine!(),
    ",",
    simplify_cfg!(),
    ",reassociate,",
    "loop-mssa(loop-instsimplify,loop-simplifycfg,licm<no-allowspeculation>,loop-rotate,licm<allowspeculation>,",
    "simple-loop-unswitch<no-nontrivial;trivial>),",
    simplify_cfg!(),
    ",loop(indvars,loop-deletion),sccp,bdce,",
    inst_combine!(),
    ",adce,",
    simplify_cfg!(),
    ",loop-mssa(licm<allowspeculation>),instsimplify,",
    simplify_cfg!(),
    ",loop(loop-rotate,loop-deletion),",
    inst_combine!(),
    ",simplifycfg<bonus-inst-threshold=1;forward-switch-cond;switch-range-to-icmp;switch-to-lookup;no-keep-loops;",
    "hoist-common-insts;sink-common-insts;speculate-blocks;simplify-cond-branch>,",
    "loop-unroll<O1>,",
    inst_combine!(),
    ",loop-mssa(licm<allowspeculation>),instsimplify,div-rem-pairs,",
    simplify_cfg!(),
    ")"
);

/// Lowers, optimizes and generates code for one snapshot.
pub fn compile<'ctx>(ctx: &'ctx Context, tm: &TargetMachine, snap: &Snapshot, n: usize) -> LResult<Compiled<'ctx>> {
    set_discard_value_names(ctx, snap.dump != Some(Dump::Llvm));
    let module = ctx.create_module(&format!("ftl{n}"));
    module.set_triple(&tm.get_triple());
    module.set_data_layout(&tm.get_target_data().get_data_layout());
    let entry_name = format!("ftl_entry_{n}");
    let (entry, body) = declare(ctx, &module, &entry_name, tm);
    let clone = frameless::clone_params(snap).and_then(|params| {
        let globals = snap.direct.iter().find(|d| d.recursive)?.globals;
        let clone = frameless_clone::declare(ctx, &module, &entry_name, params, globals);
        for_host(ctx, clone.f, tm);
        let mut cl = Lowerer::new(ctx, &module, entry, clone.f, snap);
        let lowered = cl.lower_clone(clone, params);
        drop(cl);
        match lowered {
            Ok(()) if clone.f.verify(false) => Some(clone),
            _ => {
                // SAFETY: nothing refers to the clone but itself (the body
                // is lowered after this, without it).
                unsafe { clone.f.delete() };
                None
            }
        }
    });
    let mut l = Lowerer::new(ctx, &module, entry, body, snap);
    l.clone = clone;
    l.lower()?;
    if snap.dump == Some(Dump::Ir) {
        eprintln!("; ir for {} (register types before each instruction)\n{}", snap.name, l.types.render(snap));
    }
    emit_entry(ctx, entry, body)?;
    module.verify().map_err(|e| format!("LLVM verifier: {e}"))?;
    module.run_passes(PIPELINE, tm, PassBuilderOptions::create()).map_err(err)?;
    constant_division::expand(ctx, &module)?;
    if snap.dump == Some(Dump::Llvm) {
        eprintln!("; llvm for {}\n{}", snap.name, module.print_to_string().to_string());
    }
    if snap.dump == Some(Dump::Asm) {
        let asm = tm.write_to_memory_buffer(&module, inkwell::targets::FileType::Assembly).map_err(err)?;
        eprintln!("; asm for {}\n{}", snap.name, String::from_utf8_lossy(asm.as_slice()));
    }
    let engine = module.create_jit_execution_engine(OptimizationLevel::Aggressive).map_err(err)?;
    let address = engine.get_function_address(&entry_name).map_err(err)?;
    Ok(Compiled { address, engine })
}

fn declare<'ctx>(ctx: &'ctx Context, module: &Module<'ctx>, name: &str, tm: &TargetMachine) -> (FunctionValue<'ctx>, FunctionValue<'ctx>) {
    let ptr = ctx.ptr_type(AddressSpace::default());
    let i32t = ctx.i32_type();
    let entry = module.add_function(name, i32t.fn_type(&[ptr.into(), ptr.into()], false), None);
    let body = module.add_function(
        &format!("{name}_body"),
        i32t.fn_type(&[ptr.into(), ptr.into(), ptr.into()], false),
        Some(inkwell::module::Linkage::Internal),
    );
    let noalias = ctx.create_enum_attribute(Attribute::get_named_enum_kind_id("noalias"), 0);
    body.add_attribute(AttributeLoc::Param(2), noalias);
    body.set_call_conventions(PRESERVE_NONE);
    for f in [entry, body] {
        for_host(ctx, f, tm);
    }
    (entry, body)
}

/// Has LLVM generate `f` for the host's CPU and its features.
fn for_host<'ctx>(ctx: &'ctx Context, f: FunctionValue<'ctx>, tm: &TargetMachine) {
    let cpu = tm.get_cpu().to_string();
    let features = tm.get_feature_string().to_string_lossy().into_owned();
    f.add_attribute(AttributeLoc::Function, ctx.create_string_attribute("target-cpu", &cpu));
    f.add_attribute(AttributeLoc::Function, ctx.create_string_attribute("target-features", &features));
}

/// LLVM's `preserve_none` calling convention (`CallingConv::PreserveNone`):
/// the callee saves no registers but the stack and frame pointers. The body
/// of FTL code has it, so that neither a recursive call nor the body's own
/// use of the registers C callees preserve costs saves and restores; the
/// entry (called from Rust, C convention) saves what the body clobbers.
const PRESERVE_NONE: u32 = 21;

fn emit_entry<'ctx>(ctx: &'ctx Context, entry: FunctionValue<'ctx>, body: FunctionValue<'ctx>) -> LResult<()> {
    let b = ctx.create_builder();
    let bb = ctx.append_basic_block(entry, "entry");
    b.position_at_end(bb);
    let vm = entry.get_nth_param(0).unwrap().into_pointer_value();
    let frame = entry.get_nth_param(1).unwrap().into_pointer_value();
    let i64t = ctx.i64_type();
    let regs_addr = unsafe { b.build_gep(ctx.i8_type(), frame, &[i64t.const_int(OFF_REGS, false)], "regs_addr") }.map_err(err)?;
    let regs = b.build_load(ctx.ptr_type(AddressSpace::default()), regs_addr, "regs").map_err(err)?;
    let r = b.build_call(body, &[vm.into(), frame.into(), regs.into()], "r").map_err(err)?;
    r.set_call_convention(PRESERVE_NONE);
    let v = r.try_as_basic_value().basic().ok_or("body returns a value")?;
    b.build_return(Some(&v)).map_err(err)?;
    Ok(())
}

/// Emits the body of one function.
struct Lowerer<'a, 'ctx> {
    ctx: &'ctx Context,
    /// The module the function is in (intrinsics are declared there).
    module: &'a Module<'ctx>,
    tbaa: Tbaa<'ctx>,
    b: Builder<'ctx>,
    /// The function's entry (a recursive direct call checks that the callee's
    /// code is still this one, then calls the body).
    entry: FunctionValue<'ctx>,
    f: FunctionValue<'ctx>,
    snap: &'a Snapshot,
    blocks: Vec<BasicBlock<'ctx>>,
    vm: PointerValue<'ctx>,
    /// The frame and its register file (None in the frameless clone).
    frame_p: Option<PointerValue<'ctx>>,
    regs_p: Option<PointerValue<'ctx>>,
    i64t: IntType<'ctx>,
    i32t: IntType<'ctx>,
    /// Stack slots holding the registers between runtime calls (LLVM turns
    /// them into SSA values); empty when the function is too large, in which
    /// case registers are read and written in the frame directly.
    slots: Vec<PointerValue<'ctx>>,
    /// Beside the slot of each register inferred an int somewhere, its
    /// value unboxed (see [`registers`]).
    ints: Vec<Option<PointerValue<'ctx>>>,
    /// The instruction being lowered, if any: register reads in it use the
    /// types inferred there, for the registers it did not write so far.
    at_pc: std::cell::Cell<Option<usize>>,
    /// The registers the instruction being lowered wrote so far.
    written: std::cell::RefCell<Vec<Reg>>,
    /// Inferred register types per instruction.
    types: Types,
    /// The int arithmetic computed in 64 bits (see [`crate::wide`]).
    wide: Wide,
    /// Registers to write back before calls and exits, per instruction.
    stale: Stale,
    /// The registers live before each instruction (the ones written back where the code leaves).
    live: Liveness,
    /// The range iterators whose positions are kept in SSA values, per
    /// instruction (see [`positions`]).
    positions: RangePositions,
    /// The slots of those positions, per register (None: never kept).
    positions_slots: Vec<Option<PointerValue<'ctx>>>,
    /// Per inlined call site: the block taken when its body cannot run
    /// (see [`Self::real_call`]).
    fallbacks: Vec<BasicBlock<'ctx>>,
    /// The frame direct calls set up for their callee (one per activation).
    callee_frame: Option<PointerValue<'ctx>>,
    /// The function's frameless clone, if it has one (see [`crate::frameless`]).
    clone: Option<frameless_clone::FramelessClone<'ctx>>,
    /// Set while lowering that clone.
    in_clone: Option<frameless_clone::InClone<'ctx>>,
}

/// Register count x runtime-call sites above which registers stay in memory
/// (spilling around every call would make the function too big to compile fast).
const SLOT_BUDGET: usize = 40_000;

impl<'a, 'ctx> Lowerer<'a, 'ctx> {
    fn new(ctx: &'ctx Context, module: &'a Module<'ctx>, entry: FunctionValue<'ctx>, f: FunctionValue<'ctx>, snap: &'a Snapshot) -> Self {
        let b = ctx.create_builder();
        let vm = f.get_nth_param(0).unwrap().into_pointer_value();
        // The clone's second parameter is an int (see `frameless::declare`).
        let ptr_param = |i: u32| f.get_nth_param(i).filter(|p| p.is_pointer_value()).map(|p| p.into_pointer_value());
        let (frame_p, regs_p) = (ptr_param(1), ptr_param(2));
        let nregs = max_reg(&snap.instrs);
        let live = Liveness::of(snap, nregs);
        let wide = Wide::analyze(snap, &live);
        let types = types::infer(snap, nregs, &wide);
        let sites: Vec<(usize, usize)> = snap.sites.iter().map(|s| (s.at, s.cont)).collect();
        let inline_calls: Vec<usize> = (0..snap.instrs.len()).filter(|&i| snap.builtin_call(i).is_some()).collect();
        let stale = Stale::analyze(&snap.instrs, nregs, &sites, &inline_calls);
        let fresh_range_iter = |pc: usize| match snap.instrs[pc] {
            Instr::GetIter { dst, src } => {
                matches!(snap.origin[pc], Origin::Own(_))
                    && dst.idx() < snap.frame_regs
                    && types::iter_type(snap, pc, types.of(pc, src)) == Ty::RANGE_ITER
            }
            _ => false,
        };
        let starts: Vec<usize> = std::iter::once(0).chain(Liveness::resumptions(snap)).collect();
        let positions = RangePositions::analyze(&snap.instrs, nregs, fresh_range_iter, |pc| live.at(pc).clone(), &sites, &starts);
        Lowerer {
            ctx,
            module,
            tbaa: Tbaa::new(ctx),
            b,
            entry,
            f,
            snap,
            blocks: vec![],
            vm,
            frame_p,
            regs_p,
            i64t: ctx.i64_type(),
            i32t: ctx.i32_type(),
            slots: vec![],
            ints: vec![],
            at_pc: std::cell::Cell::new(None),
            written: std::cell::RefCell::new(vec![]),
            types,
            wide,
            stale,
            live,
            positions,
            positions_slots: vec![],
            fallbacks: vec![],
            callee_frame: None,
            clone: None,
            in_clone: None,
        }
    }

    /// The frame (an error in the frameless clone, which has none: what
    /// would use it there bails instead).
    fn frame(&self) -> LResult<PointerValue<'ctx>> {
        self.frame_p.ok_or_else(|| "the frameless clone reached for a frame".to_string())
    }

    /// The frame's register file (see [`Self::frame`]).
    fn regs(&self) -> LResult<PointerValue<'ctx>> {
        self.regs_p.ok_or_else(|| "the frameless clone reached for a frame".to_string())
    }

    fn c64(&self, v: u64) -> IntValue<'ctx> {
        self.i64t.const_int(v, false)
    }

    fn block(&self, name: &str) -> BasicBlock<'ctx> {
        self.ctx.append_basic_block(self.f, name)
    }

    fn lower(&mut self) -> LResult<()> {
        let entry = self.block("entry");
        self.blocks = (0..self.snap.instrs.len()).map(|i| self.ctx.append_basic_block(self.f, &format!("pc{i}"))).collect();
        let interp = self.block("interpret");
        self.b.position_at_end(entry);
        self.alloc_slots()?;
        if !self.snap.direct.is_empty() {
            let words = (self.snap.layout.call.frame_size as u32).div_ceil(8);
            self.callee_frame = Some(ll!(self.b.build_alloca(self.i64t.array_type(words), "callee_frame")));
        }
        self.fallbacks = (0..self.snap.sites.len()).map(|s| self.block(&format!("fallback{s}"))).collect();
        let mut cases: Vec<(IntValue<'ctx>, BasicBlock<'ctx>)> = vec![];
        let mut start = None;
        for &at in &self.snap.entries {
            let Origin::Own(frame_pc) = self.snap.origin[at] else { continue };
            let guard = self.entry_guard(at)?;
            if frame_pc == 0 && !self.slots.is_empty() {
                start = Some(guard);
            } else {
                cases.push((self.c64(frame_pc as u64), guard));
            }
        }
        self.b.position_at_end(entry);
        let pc_addr = self.field(self.frame()?, OFF_PC)?;
        let pc = self.ld(self.i64t, pc_addr, "pc", Mem::Frame)?.into_int_value();
        if let Some(guard) = start {
            // A call starts with only its arguments (and cells) bound: the
            // other registers are known unbound, with nothing to load.
            let (fresh, resumed) = (self.block("start"), self.block("resume"));
            let first = ll!(self.b.build_int_compare(IntPredicate::EQ, pc, self.c64(0), "first"));
            self.cond(first, fresh, resumed)?;
            self.b.position_at_end(fresh);
            self.load_start()?;
            self.br(guard)?;
            self.b.position_at_end(resumed);
        }
        self.reload_all()?;
        ll!(self.b.build_switch(pc, interp, &cases));
        self.b.position_at_end(interp);
        self.ret(JIT_INTERPRET)?;
        self.lower_instrs()?;
        for (s, site) in self.snap.sites.iter().enumerate() {
            self.b.position_at_end(self.fallbacks[s]);
            self.real_call(site)?;
        }
        Ok(())
    }

    /// Allocates the registers' slots (at the function's entry), unless
    /// the function is so large that spilling them around every runtime
    /// call would make it slow to compile: then registers live in the frame.
    fn alloc_slots(&mut self) -> LResult<()> {
        let nregs = max_reg(&self.snap.instrs);
        if nregs * self.snap.instrs.len() > SLOT_BUDGET {
            // Without slots there are no entry guards: compile for any types.
            self.types = Types { at: vec![] };
            return Ok(());
        }
        for r in 0..nregs {
            let slot = ll!(self.b.build_alloca(self.i64t, &format!("r{r}")));
            self.slots.push(slot);
            let int = self.types.at.iter().any(|regs| registers::int_slot_type(regs[r]));
            self.ints.push(if int { Some(ll!(self.b.build_alloca(self.i64t, &format!("i{r}")))) } else { None });
            let kept = (0..self.snap.instrs.len()).any(|pc| self.positions.at(pc).contains(r));
            self.positions_slots.push(if kept { Some(ll!(self.b.build_alloca(self.i64t, &format!("pos{r}")))) } else { None });
        }
        Ok(())
    }

    /// Emits each instruction in its block.
    fn lower_instrs(&self) -> LResult<()> {
        for pc in 0..self.snap.instrs.len() {
            self.b.position_at_end(self.blocks[pc]);
            let ins = self.snap.instrs[pc];
            self.at_pc.set(Some(pc));
            self.written.borrow_mut().clear();
            self.instr(pc, ins)?;
        }
        self.at_pc.set(None);
        Ok(())
    }

    /// The frame pc of instruction `i`, None inside an inlined body.
    fn frame_pc(&self, i: usize) -> Option<usize> {
        match self.snap.origin[i] {
            Origin::Own(pc) => Some(pc),
            Origin::Inlined { .. } => None,
        }
    }

    /// For an instruction of an inlined body: branches to its site's real
    /// call (whatever fails there abandons the body) and returns true; in
    /// the frameless clone, for any instruction, bails.
    fn abandon_inlined(&self, i: usize) -> LResult<bool> {
        if let Some(c) = self.in_clone {
            // In the frameless clone the whole call is abandoned.
            self.br(c.bail)?;
            return Ok(true);
        }
        match self.snap.origin[i] {
            Origin::Inlined { site } => {
                self.br(self.fallbacks[site])?;
                Ok(true)
            }
            Origin::Own(_) => Ok(false),
        }
    }

    /// An inlined call: the body when the callee is still the function it
    /// was compiled from (and registers live in slots), else the real call.
    fn site_call(&self, at: usize, func: Reg) -> LResult<()> {
        let s = self.snap.sites.iter().position(|s| s.at == at).expect("site");
        if self.slots.is_empty() {
            return self.br(self.fallbacks[s]);
        }
        let f = self.load(func)?;
        let same = ll!(self.b.build_int_compare(IntPredicate::EQ, f, self.c64(self.snap.sites[s].func), "same_callee"));
        self.cond(same, self.next(at), self.fallbacks[s])
    }

    /// The direct callee of the call at `pc`, if the snapshot chose one.
    fn direct_callee(&self, pc: usize) -> Option<&'a DirectCallee> {
        let at = self.frame_pc(pc)?;
        self.snap.direct.iter().find(|d| d.at == at)
    }

    /// A pointer to an absolute address (a runtime cell, a cache slot).
    fn abs_ptr(&self, addr: usize, name: &str) -> LResult<PointerValue<'ctx>> {
        Ok(ll!(self.b.build_int_to_ptr(self.c64(addr as u64), self.ctx.ptr_type(AddressSpace::default()), name)))
    }

    /// A load of the word of type `t` at an absolute address.
    fn load_at(&self, addr: usize, t: IntType<'ctx>, name: &str, mem: Mem) -> LResult<IntValue<'ctx>> {
        Ok(self.ld(t, self.abs_ptr(addr, name)?, name, mem)?.into_int_value())
    }

    /// A store of `v` at an absolute address.
    fn store_at(&self, addr: usize, v: IntValue<'ctx>, mem: Mem) -> LResult<()> {
        self.st(self.abs_ptr(addr, "abs")?, v, mem)?;
        Ok(())
    }

    /// Adds one to the counter of type `t` at an absolute address.
    fn bump_at(&self, addr: usize, t: IntType<'ctx>) -> LResult<()> {
        let n = self.load_at(addr, t, "n", Mem::Counter)?;
        self.store_at(addr, ll!(self.b.build_int_add(n, t.const_int(1, false), "n1")), Mem::Counter)
    }

    /// A field of the VM.
    fn vm_field(&self, off: i32) -> LResult<PointerValue<'ctx>> {
        self.field(self.vm, off as u64)
    }

    /// Continues when the method call at `pc` on the receiver in `base`
    /// finds the snapshot's function the way `Vm::call_method_at` would: an
    /// instance whose class the instruction's cache holds, at the current
    /// class epoch, with that function; no instance attribute may hide it
    /// and no class hooks attribute access. Else branches to `slow`.
    fn guard_method(&self, pc: usize, base: Reg, slow: BasicBlock<'ctx>) -> LResult<()> {
        let d = self.direct_callee(pc).expect("direct callee");
        let (il, cl) = (self.snap.layout.instance, self.snap.layout.call);
        let o = self.load(base)?;
        let p = self.object_of_kind(o, KIND_INSTANCE, slow)?;
        let slot = self.abs_ptr(self.snap.cache_slots[pc], "dmc")?;
        let word = |off: u64, name: &str| -> LResult<IntValue<'ctx>> {
            Ok(self.ld(self.i64t, self.field(slot, off)?, name, Mem::Runtime)?.into_int_value())
        };
        let eq = |a: IntValue<'ctx>, b: IntValue<'ctx>| -> LResult<IntValue<'ctx>> {
            Ok(ll!(self.b.build_int_compare(IntPredicate::EQ, a, b, "eq")))
        };
        let cls = self.ld(self.i64t, self.field(p, il.class as u64)?, "cls", Mem::Object)?.into_int_value();
        let now = self.ld(self.i64t, self.vm_field(tierpy_jit::layout::VM_CLASS_EPOCH)?, "ep", Mem::Runtime)?.into_int_value();
        let mut ok = ll!(self.b.build_and(eq(cls, word(0, "ccls")?)?, eq(now, word(8, "cep")?)?, "ok"));
        ok = ll!(self.b.build_and(ok, eq(word(16, "found")?, self.c64(d.func))?, "ok"));
        let i8t = self.ctx.i8_type();
        for off in [cl.vm_methods_shadowed, cl.vm_attr_hooks_defined] {
            let flag = self.ld(i8t, self.vm_field(off)?, "flag", Mem::Runtime)?.into_int_value();
            ok = ll!(self.b.build_and(ok, eq(flag, i8t.const_int(0, false))?, "ok"));
        }
        self.guard(ok, slow, "dm_ok")
    }

    /// The call at `pc` of the function the snapshot saw (see
    /// [`DirectCallee`]; the caller checked it is the callee), with `nargs`
    /// arguments in the registers from `first`, straight into its compiled
    /// code with a frame set up here, as `dispatch::call_direct` would; no
    /// compiled code, a tier-up or safepoint due, or deep recursion make the
    /// call through the runtime (`slow`) instead. A callee that leaves its
    /// compiled code (an exit, an exception) is finished by the runtime.
    fn direct_call(&self, pc: usize, dst: Reg, first: Reg, nargs: usize, slow: BasicBlock<'ctx>) -> LResult<()> {
        let d = self.direct_callee(pc).expect("direct callee");
        let cl = self.snap.layout.call;
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let cf = self.callee_frame.expect("allocated for direct calls");
        let frame_pc = self.frame_pc(pc).expect("own call");
        let f = self.c64(d.func);
        let ult = |a: IntValue<'ctx>, b: IntValue<'ctx>| -> LResult<IntValue<'ctx>> {
            Ok(ll!(self.b.build_int_compare(IntPredicate::ULT, a, b, "lt")))
        };
        let entry = self.load_at(d.jit_entry, self.i64t, "entry", Mem::Runtime)?;
        let (mut ok, counter) = if d.recursive {
            // Still this code (not jettisoned): at the top tier, no tier-up count.
            let own = self.entry.as_global_value().as_pointer_value();
            let own_addr = ll!(self.b.build_ptr_to_int(own, self.i64t, "own"));
            (ll!(self.b.build_int_compare(IntPredicate::EQ, entry, own_addr, "this_code")), None)
        } else {
            let counter =
                ll!(self.b.build_int_add(self.load_at(d.counter, self.i32t, "cnt", Mem::Counter)?, self.i32t.const_int(1, false), "cnt1"));
            let compiled = ll!(self.b.build_int_compare(IntPredicate::NE, entry, self.c64(0), "compiled"));
            (
                ll!(self.b.build_and(compiled, ult(counter, self.load_at(d.next_tier_at, self.i32t, "tier_at", Mem::Runtime)?)?, "ok")),
                Some(counter),
            )
        };
        let depth = self.ld(self.i64t, self.vm_field(cl.vm_depth)?, "depth", Mem::Runtime)?.into_int_value();
        let limit = self.ld(self.i64t, self.vm_field(cl.vm_recursion_limit)?, "rlimit", Mem::Runtime)?.into_int_value();
        ok = ll!(self.b.build_and(ok, ult(depth, limit)?, "ok"));
        let sp = self.ld(self.i64t, self.vm_field(cl.vm_sp)?, "sp", Mem::Runtime)?.into_int_value();
        let top = ll!(self.b.build_int_add(sp, self.c64(d.nregs as u64), "top"));
        ok = ll!(self.b.build_and(ok, ult(top, self.c64(self.snap.stack_values as u64 + 1))?, "ok"));
        // A recursive call polls only for Ctrl-C: this code is the callee,
        // which collects in its runtime calls (as FTL code does) and has no
        // tier to go up to; compiles waiting to be installed can wait until
        // the recursion unwinds.
        let poll = self.snap.poll;
        let flags: &[usize] = if d.recursive { &[poll.interrupt] } else { &[poll.interrupt, poll.tier_ready] };
        for &flag in flags {
            let set = self.load_at(flag, self.ctx.i8_type(), "flag", Mem::Runtime)?;
            ok = ll!(self.b.build_and(
                ok,
                ll!(self.b.build_int_compare(IntPredicate::EQ, set, self.ctx.i8_type().const_int(0, false), "clear")),
                "ok"
            ));
        }
        if !d.recursive {
            let budget = ult(
                self.load_at(poll.since_gc, self.i64t, "since_gc", Mem::Runtime)?,
                self.load_at(poll.gc_threshold, self.i64t, "gc_at", Mem::Runtime)?,
            )?;
            ok = ll!(self.b.build_and(ok, budget, "ok"));
        }
        let here = ll!(self.b.build_ptr_to_int(cf, self.i64t, "here"));
        let stack_limit = self.ld(self.i64t, self.vm_field(cl.vm_stack_limit)?, "slimit", Mem::Runtime)?.into_int_value();
        ok = ll!(self.b.build_and(ok, ll!(self.b.build_int_compare(IntPredicate::UGE, here, stack_limit, "room")), "ok"));
        self.guard(ok, slow, "dc_go")?;
        // The callee's registers: the arguments, then EMPTY.
        self.spill(pc)?;
        self.set_pc(frame_pc + 1)?;
        let base =
            ll!(self.b.build_int_add(self.c64(self.snap.stack_base as u64), ll!(self.b.build_int_mul(sp, self.c64(8), "off")), "regs"));
        let regs = ll!(self.b.build_int_to_ptr(base, ptr, "cregs"));
        for i in 0..d.nregs {
            let v = if i < nargs { self.load(Reg(first.0 + i as u16))? } else { self.c64(Value::EMPTY.0) };
            self.st(self.field(regs, i as u64 * 8)?, v, Mem::Frame)?;
        }
        self.st(self.vm_field(cl.vm_sp)?, top, Mem::Runtime)?;
        if let Some(counter) = counter {
            self.store_at(d.counter, counter, Mem::Counter)?;
        }
        self.bump_at(d.compiled_calls, self.i64t)?;
        self.st(self.vm_field(cl.vm_depth)?, ll!(self.b.build_int_add(depth, self.c64(1), "depth1")), Mem::Runtime)?;
        let caller = self.ld(ptr, self.vm_field(cl.vm_current_frame)?, "caller", Mem::Runtime)?.into_pointer_value();
        let exc_base = self.ld(self.i64t, self.vm_field(cl.vm_exc_len)?, "exc_base", Mem::Runtime)?.into_int_value();
        let field = |off: i32| self.field(cf, off as u64);
        for (off, v) in [
            (cl.frame_code, self.c64(d.code)),
            (cl.frame_regs, base),
            (cl.frame_pc, self.c64(0)),
            (cl.frame_globals, self.c64(d.globals)),
            (cl.frame_namespace, self.c64(Value::EMPTY.0)),
            (cl.frame_func, f),
            (cl.frame_exc_base, exc_base),
            (cl.frame_ret, self.c64(Value::NONE.0)),
        ] {
            self.st(field(off)?, v, Mem::Frame)?;
        }
        self.st(field(cl.frame_in_jit)?, self.ctx.i8_type().const_int(1, false), Mem::Frame)?;
        self.st(self.vm_field(cl.vm_current_frame)?, cf, Mem::Runtime)?;
        let exits = self.load_at(d.ftl_exits, self.i64t, "exits", Mem::Counter)?;
        let status = if d.recursive {
            // Straight into the body (as the entry would, with the registers).
            let call = ll!(self.b.build_call(self.f, &[self.vm.into(), cf.into(), regs.into()], "status"));
            call.set_call_convention(PRESERVE_NONE);
            call
        } else {
            let ft = self.i32t.fn_type(&[ptr.into(), ptr.into()], false);
            let entry_fn = ll!(self.b.build_int_to_ptr(entry, ptr, "callee"));
            ll!(self.b.build_indirect_call(ft, entry_fn, &[self.vm.into(), cf.into()], "status"))
        };
        let status = status.try_as_basic_value().basic().ok_or("compiled code returns a status")?.into_int_value();
        let (done, finish, failed) = (self.block("dc_done"), self.block("dc_finish"), self.block("dc_err"));
        self.cond(
            ll!(self.b.build_int_compare(IntPredicate::EQ, status, self.i32t.const_int(JIT_RETURN as u64, false), "ret")),
            done,
            finish,
        )?;
        self.b.position_at_end(finish);
        let helper = tierpy_jit::runtime_calls::rt_finish_call as *const () as usize;
        let hft = self.i32t.fn_type(&[ptr.into(), ptr.into(), self.i64t.into(), self.i64t.into(), self.i64t.into()], false);
        let hp = self.abs_ptr(helper, "finish")?;
        let wide = ll!(self.b.build_int_z_extend(status, self.i64t, "status64"));
        let s = ll!(self.b.build_indirect_call(hft, hp, &[self.vm.into(), cf.into(), wide.into(), entry.into(), exits.into()], "settled"));
        let s = s.try_as_basic_value().basic().ok_or("helper returns a value")?.into_int_value();
        self.cond(ll!(self.b.build_int_compare(IntPredicate::EQ, s, self.i32t.const_int(STEP_NEXT as u64, false), "nx")), done, failed)?;
        let restore = || -> LResult<()> {
            self.st(self.vm_field(cl.vm_sp)?, sp, Mem::Runtime)?;
            self.st(self.vm_field(cl.vm_depth)?, depth, Mem::Runtime)?;
            self.st(self.vm_field(cl.vm_current_frame)?, caller, Mem::Runtime)?;
            Ok(())
        };
        self.b.position_at_end(failed);
        restore()?;
        self.ret(JIT_ERROR)?;
        self.b.position_at_end(done);
        restore()?;
        self.reload_positions(pc, &[dst])?;
        // The result's frame copy is stale from here (see `crate::stale`):
        // it is written back where the runtime may look.
        let v = self.ld(self.i64t, field(cl.frame_ret)?, "rv", Mem::Frame)?.into_int_value();
        self.store(dst, v)?;
        self.br(self.next(pc))?;
        self.b.position_at_end(slow);
        self.slow_with(tierpy_jit::runtime_calls::ftl::rt_ftl_op as *const () as usize, pc, None)
    }

    /// The call at an inlined site when its body cannot run: an exit for the
    /// interpreter to make the call. Where registers live in slots, that
    /// keeps calls out of the loop around the site, for LLVM to hoist and
    /// promote what the loop reads (spectral_norm's inner loops reloaded a
    /// global's watch epoch and the range's bounds every iteration because
    /// of this call). Code without slots makes the call and goes on after
    /// the body.
    fn real_call(&self, site: &Site) -> LResult<()> {
        let pc = self.frame_pc(site.at).expect("sites are the frame's own calls");
        if !self.slots.is_empty() {
            self.leave(site.at, Some(pc), site.at)?;
            return self.ret(JIT_INTERPRET);
        }
        self.count_exit(pc)?;
        let writes = self.snap.instrs[site.at].writes();
        let helper = tierpy_jit::runtime_calls::ftl::rt_ftl_op as *const () as usize;
        let s = self.call(site.at, helper, &[self.c64(pc as u64)], &[self.vm, self.frame()?, self.regs()?], &writes)?;
        let is_next = ll!(self.b.build_int_compare(IntPredicate::EQ, s, self.i32t.const_int(STEP_NEXT as u64, false), "nx"));
        let (done, rare) = (self.block("real_call_done"), self.block("real_call_out"));
        self.cond(is_next, done, rare)?;
        self.b.position_at_end(rare);
        ll!(self.b.build_return(Some(&s)));
        // The code after the body was typed for what the body returns: the
        // real call's result of another type leaves for the interpreter.
        self.b.position_at_end(done);
        let Instr::Call { dst, .. } = self.snap.instrs[site.at] else { unreachable!("sites are calls") };
        let t = self.ty(site.cont, dst);
        if !t.checkable() {
            return self.br(self.blocks[site.cont]);
        }
        let bad = self.block("real_call_type");
        let v = self.load(dst)?;
        self.cond(self.has_type(v, t)?, self.blocks[site.cont], bad)?;
        self.b.position_at_end(bad);
        self.exit(site.cont)
    }

    /// The block an entry at `pc` starts in: checks that the incoming
    /// registers live there have the types inference assumed (a value the
    /// lower tiers made otherwise, e.g. an int grown big, counts as an exit
    /// and stays in the interpreter), then goes to the instruction. A dead
    /// register's type is not checked: nothing reads its value before it
    /// is written again (it may be written back to the frame before a
    /// runtime call, as the same word or as an int, never as an object).
    fn entry_guard(&self, pc: usize) -> LResult<BasicBlock<'ctx>> {
        let positions = self.entered_positions(pc);
        // An OSR entry goes in through its loop header (which polls once
        // more, harmlessly), so that every loop keeps a single entry block:
        // LLVM optimizes only such loops (LICM, unswitching, vectorizing).
        let target = if pc > 0 && matches!(self.snap.instrs[pc - 1], Instr::LoopHeader {}) { self.blocks[pc - 1] } else { self.blocks[pc] };
        if pc > 0 && types::unprofiled_loop(self.snap, pc - 1) {
            // Nothing was inferred here: leave at once, writing nothing back.
            let leave = self.block(&format!("enter_unprofiled{pc}"));
            self.b.position_at_end(leave);
            self.leave_entry_to_profile(pc)?;
            self.ret(JIT_INTERPRET)?;
            return Ok(leave);
        }
        if !self.entry_checked(pc) && positions.is_empty() {
            return Ok(target);
        }
        let guard = self.block(&format!("enter{pc}"));
        let fail = self.block(&format!("enter_fail{pc}"));
        self.b.position_at_end(fail);
        let frame_pc = self.frame_pc(pc).expect("entries are the frame's own");
        if frame_pc == 0 {
            // An argument of another kind: the interpreter runs the call.
            let ptr = self.ctx.ptr_type(AddressSpace::default());
            let ft = self.ctx.void_type().fn_type(&[ptr.into()], false);
            let helper = self.abs_ptr(rt_ftl_refuse_start as *const () as usize, "refuse")?;
            ll!(self.b.build_indirect_call(ft, helper, &[self.frame()?.into()], "refused"));
        } else {
            // Counted at the loop header (the reason differs from the instruction's own).
            self.count_exit(frame_pc - 1)?;
            self.set_pc(frame_pc)?;
        }
        self.ret(JIT_INTERPRET)?;
        self.b.position_at_end(guard);
        self.check_entry_types(pc, fail)?;
        self.enter_positions(pc, &positions, fail)?;
        self.br(target)?;
        Ok(guard)
    }

    /// The registers live at entry `pc` whose types an entry checks: those
    /// with a tag to test, then the objects (whose header is read).
    fn entry_checks(&self, pc: usize) -> (TypedRegs, TypedRegs) {
        let typed: Vec<(Reg, Ty)> = (0..self.frame_slots())
            .filter(|&r| self.live.at(pc).contains(r))
            .map(|r| (Reg(r as u16), self.types.of(pc, Reg(r as u16))))
            .collect();
        let checks = typed.iter().copied().filter(|(_, t)| t.checkable()).collect();
        let objects = typed.into_iter().filter(|(_, t)| t.is_checked_object()).collect();
        (checks, objects)
    }

    /// Whether an entry at `pc` checks any register's type.
    fn entry_checked(&self, pc: usize) -> bool {
        let (checks, objects) = self.entry_checks(pc);
        !checks.is_empty() || !objects.is_empty()
    }

    /// Checks, from the current block, that the registers live at entry
    /// `pc` have the types inference assumed there (else branches to
    /// `fail`); goes on in a new block.
    fn check_entry_types(&self, pc: usize, fail: BasicBlock<'ctx>) -> LResult<()> {
        let (checks, objects) = self.entry_checks(pc);
        let mut ok = self.ctx.bool_type().const_int(1, false);
        for (r, t) in checks {
            let v = self.load(r)?;
            let mut has = self.has_type(v, t.bound())?;
            if t != t.bound() {
                has = ll!(self.b.build_or(has, self.is_unbound(v)?, "has"));
            }
            ok = ll!(self.b.build_and(ok, has, "ok"));
        }
        // Then the objects, one after the other (each loads from its object).
        let mut next = self.block(&format!("enter_it{pc}"));
        self.cond(ok, next, fail)?;
        for (r, t) in objects {
            self.b.position_at_end(next);
            next = self.block(&format!("enter_it{pc}"));
            let v = self.load(r)?;
            if t != t.bound() {
                let check = self.block("enter_it_bound");
                self.cond(self.is_unbound(v)?, next, check)?;
                self.b.position_at_end(check);
            }
            self.object_check(v, t.bound(), next, fail)?;
        }
        self.b.position_at_end(next);
        Ok(())
    }

    /// The inferred type of `r` when instruction `pc` starts.
    fn ty(&self, pc: usize, r: Reg) -> Ty {
        self.types.of(pc, r)
    }

    /// Whether `v` has one of the types of a checkable type set.
    fn has_type(&self, v: IntValue<'ctx>, t: Ty) -> LResult<IntValue<'ctx>> {
        match t {
            Ty::INT => self.tag_is(v, TAG_INT),
            Ty::FLOAT => self.is_float(v),
            Ty::BOOL => self.tag_is(v, TAG_BOOL),
            _ => {
                let i = self.tag_is(v, TAG_INT)?;
                let f = self.is_float(v)?;
                Ok(ll!(self.b.build_or(i, f, "num")))
            }
        }
    }

    /// A value known to be an int or a float (type `t` within NUM) as f64.
    fn as_f64(&self, v: IntValue<'ctx>, t: Ty) -> LResult<FloatValue<'ctx>> {
        let conv = |s: &Self| -> LResult<FloatValue<'ctx>> { Ok(ll!(s.b.build_signed_int_to_float(s.unbox(v)?, s.ctx.f64_type(), "cv"))) };
        match t {
            Ty::FLOAT => self.to_f64(v),
            Ty::INT => conv(self),
            _ => {
                let is_f = self.is_float(v)?;
                Ok(ll!(self.b.build_select(is_f, self.to_f64(v)?, conv(self)?, "nf")).into_float_value())
            }
        }
    }

    /// Both operands as f64 when inference proved them numbers and at least
    /// one a float (the result is a float whatever the other is).
    fn typed_floats(
        &self,
        pc: usize,
        a: Reg,
        b: Reg,
        x: IntValue<'ctx>,
        y: IntValue<'ctx>,
    ) -> LResult<Option<(FloatValue<'ctx>, FloatValue<'ctx>)>> {
        let (ta, tb) = (self.ty(pc, a), self.ty(pc, b));
        if ta.within(Ty::NUM) && tb.within(Ty::NUM) && (ta == Ty::FLOAT || tb == Ty::FLOAT) {
            return Ok(Some((self.as_f64(x, ta)?, self.as_f64(y, tb)?)));
        }
        Ok(None)
    }

    /// Whether inference proved both operands ints.
    fn both_int(&self, pc: usize, a: Reg, b: Reg) -> bool {
        self.ty(pc, a) == Ty::INT && self.ty(pc, b) == Ty::INT
    }

    // ----- helpers -----

    fn field(&self, base: PointerValue<'ctx>, off: u64) -> LResult<PointerValue<'ctx>> {
        Ok(ll!(unsafe { self.b.build_gep(self.ctx.i8_type(), base, &[self.c64(off)], "f") }))
    }

    /// A load of `t` from `p`, an access of `mem` (see [`Mem`]).
    fn ld<T: BasicType<'ctx>>(&self, t: T, p: PointerValue<'ctx>, name: &str, mem: Mem) -> LResult<BasicValueEnum<'ctx>> {
        let v = ll!(self.b.build_load(t, p, name));
        self.tbaa.mark(v.as_instruction_value().ok_or("a load is an instruction")?, mem)?;
        Ok(v)
    }

    /// A store of `v` to `p`, an access of `mem` (see [`Mem`]).
    fn st<V: BasicValue<'ctx>>(&self, p: PointerValue<'ctx>, v: V, mem: Mem) -> LResult<()> {
        let i = ll!(self.b.build_store(p, v));
        self.tbaa.mark(i, mem)
    }

    fn ret(&self, status: u32) -> LResult<()> {
        if self.in_clone.is_some() {
            return Err("the frameless clone returned a status".into());
        }
        ll!(self.b.build_return(Some(&self.i32t.const_int(status as u64, false))));
        Ok(())
    }

    fn set_pc(&self, pc: usize) -> LResult<()> {
        let p = self.field(self.frame()?, OFF_PC)?;
        self.st(p, self.c64(pc as u64), Mem::Frame)?;
        Ok(())
    }

    fn next(&self, pc: usize) -> BasicBlock<'ctx> {
        self.blocks[(pc + 1).min(self.blocks.len() - 1)]
    }

    fn br(&self, to: BasicBlock<'ctx>) -> LResult<()> {
        ll!(self.b.build_unconditional_branch(to));
        Ok(())
    }

    /// Continues in a new block (named `name`) when `c` holds, else branches to `otherwise`.
    fn guard(&self, c: IntValue<'ctx>, otherwise: BasicBlock<'ctx>, name: &str) -> LResult<()> {
        let ok = self.block(name);
        self.cond(c, ok, otherwise)?;
        self.b.position_at_end(ok);
        Ok(())
    }

    fn cond(&self, c: IntValue<'ctx>, t: BasicBlock<'ctx>, e: BasicBlock<'ctx>) -> LResult<()> {
        ll!(self.b.build_conditional_branch(c, t, e));
        Ok(())
    }

    /// Calls a runtime helper for instruction `pc` with every register in
    /// the frame, then reloads the registers in `writes` (those the helper
    /// may have written).
    fn call(
        &self,
        pc: usize,
        addr: usize,
        args: &[IntValue<'ctx>],
        ptr_args: &[PointerValue<'ctx>],
        writes: &[Reg],
    ) -> LResult<IntValue<'ctx>> {
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let mut params: Vec<inkwell::types::BasicMetadataTypeEnum> = vec![];
        let mut vals: Vec<BasicMetadataValueEnum> = vec![];
        for p in ptr_args {
            params.push(ptr.into());
            vals.push((*p).into());
        }
        for a in args {
            params.push(self.i64t.into());
            vals.push((*a).into());
        }
        let ft: FunctionType = self.i32t.fn_type(&params, false);
        let fp = self.abs_ptr(addr, "fp")?;
        self.spill(pc)?;
        let r = ll!(self.b.build_indirect_call(ft, fp, &vals, "call"));
        self.reload(writes)?;
        self.reload_positions(pc, writes)?;
        Ok(r.try_as_basic_value().basic().ok_or("helper returns a value")?.into_int_value())
    }

    fn tag_is(&self, v: IntValue<'ctx>, tag: u64) -> LResult<IntValue<'ctx>> {
        let t = ll!(self.b.build_right_shift(v, self.c64(48), false, "tag"));
        Ok(ll!(self.b.build_int_compare(IntPredicate::EQ, t, self.c64(tag >> 48), "is")))
    }

    /// Whether `v` is the word of an unbound register.
    fn is_unbound(&self, v: IntValue<'ctx>) -> LResult<IntValue<'ctx>> {
        Ok(ll!(self.b.build_int_compare(IntPredicate::EQ, v, self.c64(Value::EMPTY.0), "unbound")))
    }

    fn is_float(&self, v: IntValue<'ctx>) -> LResult<IntValue<'ctx>> {
        Ok(ll!(self.b.build_int_compare(IntPredicate::ULT, v, self.c64(FIRST_TAG), "isf")))
    }

    fn unbox(&self, v: IntValue<'ctx>) -> LResult<IntValue<'ctx>> {
        let s = ll!(self.b.build_left_shift(v, self.c64(16), "s"));
        Ok(ll!(self.b.build_right_shift(s, self.c64(16), true, "i")))
    }

    fn box_int(&self, v: IntValue<'ctx>) -> LResult<IntValue<'ctx>> {
        let p = ll!(self.b.build_and(v, self.c64(PAYLOAD), "p"));
        Ok(ll!(self.b.build_or(p, self.c64(TAG_INT), "bi")))
    }

    fn box_bool(&self, c: IntValue<'ctx>) -> LResult<IntValue<'ctx>> {
        let w = ll!(self.b.build_int_z_extend(c, self.i64t, "w"));
        Ok(ll!(self.b.build_or(w, self.c64(TAG_BOOL), "bb")))
    }

    fn to_f64(&self, v: IntValue<'ctx>) -> LResult<inkwell::values::FloatValue<'ctx>> {
        Ok(ll!(self.b.build_bit_cast(v, self.ctx.f64_type(), "f")).into_float_value())
    }

    /// Whether `v` is a float or a small int, and its value as f64 if so
    /// (ints are exact in f64, so mixed arithmetic and comparisons match CPython).
    fn as_number(&self, v: IntValue<'ctx>) -> LResult<(IntValue<'ctx>, FloatValue<'ctx>)> {
        let is_f = self.is_float(v)?;
        let ok = ll!(self.b.build_or(is_f, self.tag_is(v, TAG_INT)?, "num"));
        let conv = ll!(self.b.build_signed_int_to_float(self.unbox(v)?, self.ctx.f64_type(), "cv"));
        let f = ll!(self.b.build_select(is_f, self.to_f64(v)?, conv, "nf")).into_float_value();
        Ok((ok, f))
    }

    /// Both values as f64 in a new block when each is a float or a small
    /// int, else a branch to `fail`.
    fn numbers_or(&self, x: IntValue<'ctx>, y: IntValue<'ctx>, fail: BasicBlock<'ctx>) -> LResult<(FloatValue<'ctx>, FloatValue<'ctx>)> {
        let (xok, fx) = self.as_number(x)?;
        let (yok, fy) = self.as_number(y)?;
        let ok = ll!(self.b.build_and(xok, yok, "nums"));
        self.guard(ok, fail, "flt")?;
        Ok((fx, fy))
    }

    fn box_f64(&self, v: inkwell::values::FloatValue<'ctx>) -> LResult<IntValue<'ctx>> {
        Ok(ll!(self.b.build_bit_cast(v, self.i64t, "fb")).into_int_value())
    }

    /// Where a failed speculation goes: an OSR exit when the FTL speculates
    /// at this instruction (see [`speculates`]), else the shared slow path.
    fn fail_block(&self, pc: usize, jump_target: Option<usize>) -> LResult<BasicBlock<'ctx>> {
        let here = self.b.get_insert_block().unwrap();
        let blk = self.block(&format!("fail{pc}"));
        self.b.position_at_end(blk);
        if speculates(self.snap, pc) {
            self.exit(pc)?;
        } else {
            self.slow(pc, jump_target)?;
        }
        self.b.position_at_end(here);
        Ok(blk)
    }

    /// OSR exit: count it, point the frame at the instruction, return to the interpreter.
    /// (Inside an inlined body: the real call instead.)
    fn exit(&self, i: usize) -> LResult<()> {
        if self.abandon_inlined(i)? {
            return Ok(());
        }
        let pc = self.frame_pc(i).expect("own instruction");
        self.leave(i, Some(pc), i)?;
        self.ret(JIT_INTERPRET)
    }

    /// OSR exit after instruction `i` completed in the runtime (which left
    /// every register current in the frame): the interpreter resumes at the
    /// next instruction.
    fn exit_after(&self, i: usize) -> LResult<()> {
        let pc = self.frame_pc(i).expect("own instruction");
        self.count_exit(pc)?;
        self.set_pc(pc + 1)?;
        self.ret(JIT_INTERPRET)
    }

    /// Counts an exit at frame pc `pc` (per instruction and in total).
    fn count_exit(&self, pc: usize) -> LResult<()> {
        self.bump_at(self.snap.exit_counts_addr + pc * 4, self.i32t)?;
        self.bump_at(self.snap.exits_addr, self.i64t)
    }

    /// The shared slow path: the interpreter runs the instruction.
    fn slow(&self, pc: usize, jump_target: Option<usize>) -> LResult<()> {
        self.slow_with(rt_ftl_step as *const () as usize, pc, jump_target)
    }

    /// Like [`Self::slow`] through a given helper with `rt_ftl_step`'s contract.
    fn slow_with(&self, helper: usize, pc: usize, jump_target: Option<usize>) -> LResult<()> {
        self.slow_to(helper, pc, jump_target, self.next(pc))
    }

    /// [`Self::slow_with`], going on at `then` when the helper completed
    /// the instruction.
    fn slow_to(&self, helper: usize, pc: usize, jump_target: Option<usize>, then: BasicBlock<'ctx>) -> LResult<()> {
        if self.abandon_inlined(pc)? {
            return Ok(());
        }
        let frame_pc = self.frame_pc(pc).expect("own instruction");
        let writes = self.snap.instrs[pc].writes();
        let s = self.call(pc, helper, &[self.c64(frame_pc as u64)], &[self.vm, self.frame()?, self.regs()?], &writes)?;
        let is_next = ll!(self.b.build_int_compare(IntPredicate::EQ, s, self.i32t.const_int(STEP_NEXT as u64, false), "nx"));
        let rare = self.block(&format!("rare{pc}"));
        self.cond(is_next, then, rare)?;
        self.b.position_at_end(rare);
        match jump_target {
            Some(t) => {
                let is_jump = ll!(self.b.build_int_compare(IntPredicate::EQ, s, self.i32t.const_int(STEP_JUMP as u64, false), "j"));
                let other = self.block("other");
                self.cond(is_jump, self.blocks[t], other)?;
                self.b.position_at_end(other);
                ll!(self.b.build_return(Some(&s)));
            }
            None => {
                ll!(self.b.build_return(Some(&s)));
            }
        }
        Ok(())
    }

    fn arith(&self, pc: usize, op: BinOp, dst: Reg, a: Reg, b: Reg) -> LResult<()> {
        if self.wide.result_is_wide(pc, speculates(self.snap, pc), self.ty(pc, a), self.ty(pc, b)) {
            return self.wide_arith(pc, op, dst, a, b);
        }
        let fail = self.fail_block(pc, None)?;
        if self.both_int(pc, a, b) {
            return self.int_arith(pc, op, dst, self.load_int(a)?, self.load_int(b)?, fail);
        }
        let x = self.load(a)?;
        let y = self.load(b)?;
        if let Some((fx, fy)) = self.typed_floats(pc, a, b, x, y)? {
            return self.float_arith(pc, op, dst, fx, fy);
        }
        let int_bb = self.block("int");
        let not_int = self.block("notint");
        let xi = self.tag_is(x, TAG_INT)?;
        let yi = self.tag_is(y, TAG_INT)?;
        let both = ll!(self.b.build_and(xi, yi, "both"));
        self.cond(both, int_bb, not_int)?;
        self.b.position_at_end(int_bb);
        self.int_arith(pc, op, dst, self.unbox(x)?, self.unbox(y)?, fail)?;
        self.b.position_at_end(not_int);
        let (fx, fy) = self.numbers_or(x, y, fail)?;
        self.float_arith(pc, op, dst, fx, fy)
    }

    /// `+ - *` on two (unboxed) ints; a result outside the inline range goes to `fail`.
    fn int_arith(&self, pc: usize, op: BinOp, dst: Reg, p: IntValue<'ctx>, q: IntValue<'ctx>, fail: BasicBlock<'ctx>) -> LResult<()> {
        let r = match op {
            BinOp::Add => ll!(self.b.build_int_add(p, q, "add")),
            BinOp::Sub => ll!(self.b.build_int_sub(p, q, "sub")),
            _ => {
                // Multiplication: inline ints are 48-bit, so the product
                // fits when the 64-bit one does not overflow (checked here)
                // and fits 48 bits (checked by the store). Any operands
                // whose product fits stay on this path.
                let decl = self.intrinsic("llvm.smul.with.overflow", self.i64t.into())?;
                let pair = ll!(self.b.build_call(decl, &[p.into(), q.into()], "mulo"));
                let pair = pair.try_as_basic_value().basic().ok_or("the intrinsic returns a pair")?.into_struct_value();
                let over = ll!(self.b.build_extract_value(pair, 1, "over")).into_int_value();
                self.guard(ll!(self.b.build_not(over, "no_over")), fail, "mul")?;
                ll!(self.b.build_extract_value(pair, 0, "mul")).into_int_value()
            }
        };
        self.store_int_or(pc, dst, r, fail)
    }

    /// `+ - *` of ints into a wide int (see [`crate::wide`]): 64-bit
    /// arithmetic, an exit when it overflows 64 bits.
    fn wide_arith(&self, pc: usize, op: BinOp, dst: Reg, a: Reg, b: Reg) -> LResult<()> {
        let (p, q) = (self.load_int(a)?, self.load_int(b)?);
        let name = match op {
            BinOp::Add => "llvm.sadd.with.overflow",
            BinOp::Sub => "llvm.ssub.with.overflow",
            _ => "llvm.smul.with.overflow",
        };
        let pair = ll!(self.b.build_call(self.intrinsic(name, self.i64t.into())?, &[p.into(), q.into()], "wide"));
        let pair = pair.try_as_basic_value().basic().ok_or("the intrinsic returns a pair")?.into_struct_value();
        let over = ll!(self.b.build_extract_value(pair, 1, "over")).into_int_value();
        let exit = self.block(&format!("wide_over{pc}"));
        let here = self.b.get_insert_block().ok_or("a block")?;
        self.b.position_at_end(exit);
        self.exit(pc)?;
        self.b.position_at_end(here);
        self.guard(ll!(self.b.build_not(over, "fits64")), exit, "wide")?;
        self.store_wide(dst, ll!(self.b.build_extract_value(pair, 0, "w")).into_int_value())?;
        self.br(self.next(pc))
    }

    /// Boxes an int result into `dst` and goes on, or to `fail` when it does
    /// not fit the inline int range.
    fn store_int_or(&self, pc: usize, dst: Reg, r: IntValue<'ctx>, fail: BasicBlock<'ctx>) -> LResult<()> {
        let chk = self.unbox(r)?;
        let fits = ll!(self.b.build_int_compare(IntPredicate::EQ, chk, r, "fits"));
        self.guard(fits, fail, "st")?;
        self.store_int(dst, r)?;
        self.br(self.next(pc))
    }

    /// `+ - *` on two floats.
    fn float_arith(&self, pc: usize, op: BinOp, dst: Reg, fx: FloatValue<'ctx>, fy: FloatValue<'ctx>) -> LResult<()> {
        let fr = match op {
            BinOp::Add => ll!(self.b.build_float_add(fx, fy, "fa")),
            BinOp::Sub => ll!(self.b.build_float_sub(fx, fy, "fs")),
            _ => ll!(self.b.build_float_mul(fx, fy, "fm")),
        };
        let bits = self.box_f64(fr)?;
        self.store(dst, bits)?;
        self.br(self.next(pc))
    }

    fn true_div(&self, pc: usize, dst: Reg, a: Reg, b: Reg) -> LResult<()> {
        let x = self.load(a)?;
        let y = self.load(b)?;
        let fail = self.fail_block(pc, None)?;
        let (ta, tb) = (self.ty(pc, a), self.ty(pc, b));
        let (fx, fy) = if ta.within(Ty::NUM) && tb.within(Ty::NUM) {
            (self.as_f64(x, ta)?, self.as_f64(y, tb)?)
        } else {
            self.numbers_or(x, y, fail)?
        };
        let nz = ll!(self.b.build_float_compare(FloatPredicate::ONE, fy, self.ctx.f64_type().const_float(0.0), "nz"));
        self.guard(nz, fail, "d")?;
        let q = ll!(self.b.build_float_div(fx, fy, "q"));
        let bits = self.box_f64(q)?;
        self.store(dst, bits)?;
        self.br(self.next(pc))
    }

    fn int_op(&self, pc: usize, op: BinOp, dst: Reg, a: Reg, b: Reg) -> LResult<()> {
        // Operands first: the slow path's reload of `dst` (an operand too,
        // often) ends the instruction's reads from the unboxed slots.
        let narrowing = self.wide.narrowed(pc, self.ty(pc, a), self.ty(pc, b));
        let unboxed = if self.both_int(pc, a, b) || narrowing { Some((self.load_int(a)?, self.load_int(b)?)) } else { None };
        let fail = self.fail_block(pc, None)?;
        let (p, q) = if let Some(pq) = unboxed {
            pq
        } else {
            let x = self.load(a)?;
            let y = self.load(b)?;
            let xi = self.tag_is(x, TAG_INT)?;
            let yi = self.tag_is(y, TAG_INT)?;
            let both = ll!(self.b.build_and(xi, yi, "both"));
            self.guard(both, fail, "iop")?;
            (self.unbox(x)?, self.unbox(y)?)
        };
        let r = match op {
            BinOp::BitAnd => ll!(self.b.build_and(p, q, "and")),
            BinOp::BitOr => ll!(self.b.build_or(p, q, "or")),
            BinOp::BitXor => ll!(self.b.build_xor(p, q, "xor")),
            BinOp::RShift => {
                // Negative counts raise (`fail`); 63 shifts out every bit.
                let nonneg = ll!(self.b.build_int_compare(IntPredicate::SGE, q, self.c64(0), "nonneg"));
                self.guard(nonneg, fail, "shr")?;
                let big = ll!(self.b.build_int_compare(IntPredicate::SGT, q, self.c64(63), "big"));
                let n = ll!(self.b.build_select(big, self.c64(63), q, "n")).into_int_value();
                ll!(self.b.build_right_shift(p, n, true, "shr"))
            }
            BinOp::LShift => {
                // Counts of 0 to 63 whose shift loses no bits; the store checks the range.
                let small = ll!(self.b.build_int_compare(IntPredicate::ULT, q, self.c64(64), "small"));
                self.guard(small, fail, "shl")?;
                let r = ll!(self.b.build_left_shift(p, q, "shl"));
                let back = ll!(self.b.build_right_shift(r, q, true, "back"));
                let kept = ll!(self.b.build_int_compare(IntPredicate::EQ, back, p, "kept"));
                self.guard(kept, fail, "shl_ok")?;
                r
            }
            _ => {
                let nz = ll!(self.b.build_int_compare(IntPredicate::NE, q, self.c64(0), "nz"));
                let dbb = self.block("idiv");
                self.cond(nz, dbb, fail)?;
                self.b.position_at_end(dbb);
                let quo = ll!(self.b.build_int_signed_div(p, q, "quo"));
                let rem = ll!(self.b.build_int_signed_rem(p, q, "rem"));
                let rnz = ll!(self.b.build_int_compare(IntPredicate::NE, rem, self.c64(0), "rnz"));
                let sx = ll!(self.b.build_xor(rem, q, "sx"));
                let neg = ll!(self.b.build_int_compare(IntPredicate::SLT, sx, self.c64(0), "neg"));
                let adj = ll!(self.b.build_and(rnz, neg, "adj"));
                let adj64 = ll!(self.b.build_int_z_extend(adj, self.i64t, "adj64"));
                if op == BinOp::FloorDiv {
                    ll!(self.b.build_int_sub(quo, adj64, "fd"))
                } else {
                    let add = ll!(self.b.build_int_mul(adj64, q, "m"));
                    ll!(self.b.build_int_add(rem, add, "md"))
                }
            }
        };
        self.store_int_or(pc, dst, r, fail)
    }

    fn compare(&self, pc: usize, ip: IntPredicate, fp: FloatPredicate, dst: Reg, a: Reg, b: Reg) -> LResult<()> {
        let int_compare = |s: &Self, p: IntValue<'ctx>, q: IntValue<'ctx>| -> LResult<()> {
            let c = ll!(s.b.build_int_compare(ip, p, q, "c"));
            s.store(dst, s.box_bool(c)?)?;
            s.br(s.next(pc))
        };
        let float_compare = |s: &Self, fx: FloatValue<'ctx>, fy: FloatValue<'ctx>| -> LResult<()> {
            let c = ll!(s.b.build_float_compare(fp, fx, fy, "fc"));
            s.store(dst, s.box_bool(c)?)?;
            s.br(s.next(pc))
        };
        if self.both_int(pc, a, b) {
            return int_compare(self, self.load_int(a)?, self.load_int(b)?);
        }
        let x = self.load(a)?;
        let y = self.load(b)?;
        if let Some((fx, fy)) = self.typed_floats(pc, a, b, x, y)? {
            return float_compare(self, fx, fy);
        }
        let fail = self.fail_block(pc, None)?;
        let ibb = self.block("ci");
        let nbb = self.block("cn");
        let xi = self.tag_is(x, TAG_INT)?;
        let yi = self.tag_is(y, TAG_INT)?;
        let both = ll!(self.b.build_and(xi, yi, "both"));
        self.cond(both, ibb, nbb)?;
        self.b.position_at_end(ibb);
        int_compare(self, self.unbox(x)?, self.unbox(y)?)?;
        self.b.position_at_end(nbb);
        let (fx, fy) = self.numbers_or(x, y, fail)?;
        float_compare(self, fx, fy)
    }

    fn branch(&self, pc: usize, cond: Reg, target: usize, when: bool) -> LResult<()> {
        let v = self.load(cond)?;
        let (taken, fall) = (self.blocks[target], self.next(pc));
        let (on_true, on_false) = if when { (taken, fall) } else { (fall, taken) };
        let is_true = ll!(self.b.build_int_compare(IntPredicate::EQ, v, self.c64(Value::TRUE.0), "t"));
        if self.ty(pc, cond) == Ty::BOOL {
            return self.cond(is_true, on_true, on_false);
        }
        let chk = self.block("chkf");
        self.cond(is_true, on_true, chk)?;
        self.b.position_at_end(chk);
        let is_false = ll!(self.b.build_int_compare(IntPredicate::EQ, v, self.c64(Value::FALSE.0), "f"));
        let general = self.block("truth");
        self.cond(is_false, on_false, general)?;
        self.b.position_at_end(general);
        if self.abandon_inlined(pc)? {
            return Ok(());
        }
        self.set_pc(self.frame_pc(pc).expect("own instruction") + 1)?;
        let t = self.call(pc, rt_ftl_truth as *const () as usize, &[v], &[self.vm, self.regs()?], &[])?;
        let is_err = ll!(self.b.build_int_compare(IntPredicate::EQ, t, self.i32t.const_int(2, false), "e"));
        let ok = self.block("decide");
        self.guard(is_err, ok, "err")?;
        self.ret(JIT_ERROR)?;
        self.b.position_at_end(ok);
        let tb = ll!(self.b.build_int_compare(IntPredicate::NE, t, self.i32t.const_int(0, false), "tb"));
        self.cond(tb, on_true, on_false)
    }

    /// The element address of `obj[key]` for a list and an in-bounds int, else branches to `fail`.
    fn list_element(&self, pc: usize, obj: Reg, key: Reg, fail: BasicBlock<'ctx>) -> LResult<PointerValue<'ctx>> {
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let o = self.load(obj)?;
        let checked = self.ty(pc, obj) == Ty::CHECKED_LIST;
        let op = if checked { self.ctx.bool_type().const_int(1, false) } else { self.tag_is(o, TAG_PTR)? };
        let idx = if self.ty(pc, key) == Ty::INT {
            self.guard(op, fail, "lp")?;
            self.load_int(key)?
        } else {
            let k = self.load(key)?;
            let ki = self.tag_is(k, TAG_INT)?;
            let both = ll!(self.b.build_and(op, ki, "pk"));
            self.guard(both, fail, "lp")?;
            self.unbox(k)?
        };
        let p = self.obj_ptr(o)?;
        if !checked {
            let is_list = ll!(self.b.build_int_compare(IntPredicate::EQ, self.kind_of(p)?, self.kind_const(KIND_LIST), "il"));
            self.guard(is_list, fail, "ll")?;
        }
        let len_p = self.field(p, self.snap.layout.list.len as u64)?;
        let len = self.ld(self.i64t, len_p, "len", Mem::Object)?.into_int_value();
        let inb = ll!(self.b.build_int_compare(IntPredicate::ULT, idx, len, "inb"));
        self.guard(inb, fail, "li")?;
        let data_p = self.field(p, self.snap.layout.list.data as u64)?;
        let data = self.ld(ptr, data_p, "data", Mem::Object)?.into_pointer_value();
        Ok(ll!(unsafe { self.b.build_gep(self.i64t, data, &[idx], "el") }))
    }

    fn get_item(&self, pc: usize, dst: Reg, obj: Reg, key: Reg) -> LResult<()> {
        let fail = self.fail_block(pc, None)?;
        let el = self.list_element(pc, obj, key, fail)?;
        let v = self.ld(self.i64t, el, "v", Mem::Item)?.into_int_value();
        // Speculated item type (so `fail` is an exit): another kind of
        // item exits before `dst` (which may be the list or the index) is
        // written, through the same exit as a failed read.
        let t = types::item_type(self.snap, pc);
        self.check_item(v, t, fail)?;
        self.store_checked(dst, v, t)?;
        self.br(self.next(pc))
    }

    fn set_item(&self, pc: usize, obj: Reg, key: Reg, src: Reg) -> LResult<()> {
        let fail = self.fail_block(pc, None)?;
        let el = self.list_element(pc, obj, key, fail)?;
        let v = self.load(src)?;
        self.st(el, v, Mem::Item)?;
        self.br(self.next(pc))
    }

    /// `GetIter`: of a proven list, its iterator from one helper (no
    /// interpreter step, nothing else can happen); else through the
    /// runtime, first, when inference made the iterator a range iterator,
    /// with the check that the value iterated is a range (else an exit,
    /// before anything ran).
    fn get_iter(&self, pc: usize, src: Reg) -> LResult<()> {
        let Instr::GetIter { dst, .. } = self.snap.instrs[pc] else { unreachable!("a GetIter") };
        match types::iter_type(self.snap, pc, self.ty(pc, src)) {
            Ty::RANGE_ITER => {}
            Ty::LIST_ITER => {
                let ft = self.i64t.fn_type(&[self.ctx.ptr_type(AddressSpace::default()).into(), self.i64t.into()], false);
                let helper = self.abs_ptr(rt_ftl_list_iter as *const () as usize, "list_iter")?;
                let it = ll!(self.b.build_indirect_call(ft, helper, &[self.vm.into(), self.load(src)?.into()], "it"));
                self.store(dst, it.try_as_basic_value().basic().ok_or("the helper returns a word")?.into_int_value())?;
                return self.br(self.next(pc));
            }
            _ => return self.slow(pc, None),
        }
        let (ok, bad) = (self.block("gi_ok"), self.block("gi_bad"));
        self.object_of_kind(self.load(src)?, KIND_RANGE, bad)?;
        self.br(ok)?;
        self.b.position_at_end(bad);
        self.exit(pc)?;
        self.b.position_at_end(ok);
        let started = self.block("gi_pos");
        self.slow_to(rt_ftl_step as *const () as usize, pc, None, started)?;
        self.b.position_at_end(started);
        self.start_position(pc, dst)?;
        self.br(self.next(pc))
    }

    /// Continues when the item `v` read from a list has the type `t` that
    /// [`types::item_type`] speculated (a number type or a list), else
    /// branches to `fail`.
    fn check_item(&self, v: IntValue<'ctx>, t: Ty, fail: BasicBlock<'ctx>) -> LResult<()> {
        if t.checkable() {
            return self.guard(self.has_type(v, t)?, fail, "item_ok");
        }
        if t.is_checked_object() {
            let ok = self.block("item_obj");
            self.object_check(v, t, ok, fail)?;
            self.b.position_at_end(ok);
        }
        Ok(())
    }

    /// Branches to `yes` when `v` is an object of type `t` (a range or
    /// list iterator, a list: see [`Ty::is_checked_object`]), else to `no`.
    fn object_check(&self, v: IntValue<'ctx>, t: Ty, yes: BasicBlock<'ctx>, no: BasicBlock<'ctx>) -> LResult<()> {
        match t {
            Ty::RANGE_ITER => self.object_of_kind(v, KIND_RANGE_ITER, no)?,
            Ty::CHECKED_LIST => self.object_of_kind(v, KIND_LIST, no)?,
            _ => {
                let it = self.object_of_kind(v, KIND_SEQ_ITER, no)?;
                self.iterated_list(it, Some(no))?
            }
        };
        self.br(yes)
    }

    /// The sequence the sequence iterator `it` iterates, checked to be a
    /// list (else to `not_list`) unless `not_list` is None (proven).
    fn iterated_list(&self, it: PointerValue<'ctx>, not_list: Option<BasicBlock<'ctx>>) -> LResult<PointerValue<'ctx>> {
        let seq = self.ld(self.i64t, self.field(it, self.snap.layout.seq_iter.seq as u64)?, "seq", Mem::Object)?.into_int_value();
        let sp = self.obj_ptr(seq)?;
        if let Some(no) = not_list {
            let is_list = ll!(self.b.build_int_compare(IntPredicate::EQ, self.kind_of(sp)?, self.kind_const(KIND_LIST), "is_list"));
            self.guard(is_list, no, "fi_l")?;
        }
        Ok(sp)
    }

    /// `for` over a range or list iterator, inline; other iterators through
    /// the helper. An iterator inference typed (see [`types::iter_type`]) is
    /// not tested.
    fn for_iter(&self, pc: usize, dst: Reg, iter: Reg, target: usize) -> LResult<()> {
        let it = self.load(iter)?;
        let it_ty = self.ty(pc, iter);
        // Inference made the item an int: anything but a range iterator exits.
        let typed = it_ty == Ty::RANGE_ITER && speculates(self.snap, pc);
        // Items speculated to be floats (from a list): a range iterator's ints leave.
        let ints_ok = typed || Ty::INT.within(types::item_type(self.snap, pc));
        let generic = self.block("fi_gen");
        if it_ty == Ty::RANGE_ITER || it_ty == Ty::LIST_ITER {
            let p = self.obj_ptr(it)?;
            if it_ty == Ty::LIST_ITER {
                self.seq_iter_next(pc, dst, p, None, target, generic)?;
            } else if let Some(slot) = self.position_slot(pc, iter).filter(|_| ints_ok) {
                self.kept_range_next(pc, dst, p, slot, target)?;
            } else if ints_ok {
                self.range_iter_next(pc, dst, p, target, generic)?;
            } else {
                self.br(generic)?;
            }
        } else {
            self.untyped_iter_next(pc, dst, it, target, generic, ints_ok)?;
        }
        self.b.position_at_end(generic);
        // Only range and list iterators seen so far: others exit, so that
        // the loop makes no runtime call (LLVM then keeps its invariants in registers).
        if typed || speculates(self.snap, pc) {
            return self.exit(pc);
        }
        // Any other iterator (a generator runs its code: the pc is set).
        self.set_pc(self.frame_pc(pc).expect("own instruction") + 1)?;
        let dst_p = self.reg_ptr(dst)?;
        // A tuple target: the parts of an enumerate's, a zip's or a dict's
        // items go to the unpack's registers, and on after the unpack.
        let fused = unpacked_for_item(&self.snap.instrs, pc);
        let (start, count) = fused.unwrap_or((dst, 0));
        let mut writes = vec![dst];
        writes.extend((0..count).map(|i| Reg(start.0 + i)));
        let args = [it, self.c64(count as u64)];
        let s =
            self.call(pc, rt_ftl_for_iter as *const () as usize, &args, &[self.vm, self.regs()?, dst_p, self.reg_ptr(start)?], &writes)?;
        let got = ll!(self.b.build_int_compare(IntPredicate::EQ, s, self.i32t.const_int(0, false), "got"));
        let rest = self.block("fi_rest");
        self.cond(got, self.next(pc), rest)?;
        self.b.position_at_end(rest);
        if fused.is_some() {
            let unpacked = ll!(self.b.build_int_compare(IntPredicate::EQ, s, self.i32t.const_int(FOR_UNPACKED as u64, false), "unpacked"));
            let other = self.block("fi_other");
            self.cond(unpacked, self.blocks[pc + 2], other)?;
            self.b.position_at_end(other);
        }
        let done = ll!(self.b.build_int_compare(IntPredicate::EQ, s, self.i32t.const_int(1, false), "done"));
        let raised = self.block("fi_err");
        self.cond(done, self.blocks[target], raised)?;
        self.b.position_at_end(raised);
        self.ret(JIT_ERROR)
    }

    /// The next item of an iterator of no known type: inline for a range or
    /// list iterator, else (and when the item leaves the inline path) to `generic`.
    fn untyped_iter_next(
        &self,
        pc: usize,
        dst: Reg,
        it: IntValue<'ctx>,
        target: usize,
        generic: BasicBlock<'ctx>,
        ints_ok: bool,
    ) -> LResult<()> {
        let is_ptr = self.tag_is(it, TAG_PTR)?;
        self.guard(is_ptr, generic, "fi_p")?;
        let p = self.obj_ptr(it)?;
        let kind = self.kind_of(p)?;
        let is_range = ll!(self.b.build_int_compare(IntPredicate::EQ, kind, self.kind_const(KIND_RANGE_ITER), "ir"));
        let (range, not_range) = (self.block("fi_r"), self.block("fi_nr"));
        self.cond(is_range, range, not_range)?;
        self.b.position_at_end(not_range);
        self.seq_iter_next(pc, dst, p, Some(kind), target, generic)?;
        self.b.position_at_end(range);
        if ints_ok { self.range_iter_next(pc, dst, p, target, generic) } else { self.br(generic) }
    }

    /// The next int of the range iterator `p`, inline: into `dst` and on,
    /// to `target` at the end, or to `generic` when the int leaves the inline range.
    /// A step of 1 (loop-invariant, so the branch on it is free) takes a
    /// shorter path: no sign test, and `cur + 1` cannot overflow below `stop`.
    /// (A register that keeps the position in an SSA value takes
    /// [`Self::kept_range_next`] instead.)
    fn range_iter_next(&self, pc: usize, dst: Reg, p: PointerValue<'ctx>, target: usize, generic: BasicBlock<'ctx>) -> LResult<()> {
        let cur_p = self.position_field(p)?;
        let stop_p = self.field(p, self.snap.layout.range.stop as u64)?;
        let step_p = self.field(p, self.snap.layout.range.step as u64)?;
        let cur = self.ld(self.i64t, cur_p, "cur", Mem::Object)?.into_int_value();
        let stop = self.ld(self.i64t, stop_p, "stop", Mem::Fixed)?.into_int_value();
        let step = self.ld(self.i64t, step_p, "step", Mem::Fixed)?.into_int_value();
        let (unit, any_step) = (self.block("fi_unit"), self.block("fi_step"));
        self.cond(ll!(self.b.build_int_compare(IntPredicate::EQ, step, self.c64(1), "unit")), unit, any_step)?;
        // Values outside the inline int range take the generic path.
        let advance = |next: IntValue<'ctx>| -> LResult<()> {
            let fits = ll!(self.b.build_int_compare(IntPredicate::EQ, self.unbox(cur)?, cur, "fits"));
            self.guard(fits, generic, "fi_ok")?;
            self.st(cur_p, next, Mem::Object)?;
            self.store_int(dst, cur)?;
            self.br(self.next(pc))
        };
        self.b.position_at_end(unit);
        let lt = ll!(self.b.build_int_compare(IntPredicate::SLT, cur, stop, "lt"));
        self.guard(lt, self.blocks[target], "fi_umore")?;
        advance(ll!(self.b.build_int_nsw_add(cur, self.c64(1), "nxt1")))?;
        self.b.position_at_end(any_step);
        let pos = ll!(self.b.build_int_compare(IntPredicate::SGT, step, self.c64(0), "pos"));
        let lt = ll!(self.b.build_int_compare(IntPredicate::SLT, cur, stop, "lt"));
        let gt = ll!(self.b.build_int_compare(IntPredicate::SGT, cur, stop, "gt"));
        let more = ll!(self.b.build_select(pos, lt, gt, "more")).into_int_value();
        self.guard(more, self.blocks[target], "fi_more")?;
        let next = ll!(self.b.build_int_add(cur, step, "nxt"));
        // Signed overflow of cur + step: leave it to the helper (which saturates).
        let o1 = ll!(self.b.build_xor(cur, next, "o1"));
        let o2 = ll!(self.b.build_xor(step, next, "o2"));
        let o = ll!(self.b.build_and(o1, o2, "o"));
        let no_ovf = ll!(self.b.build_int_compare(IntPredicate::SGE, o, self.c64(0), "no_ovf"));
        self.guard(no_ovf, generic, "fi_st")?;
        advance(next)
    }

    /// `LoadGlobal` through the instruction's inline cache (the globals dict
    /// and the entry index where the name was found), read inline: the
    /// current value of that entry while the entry still holds the name,
    /// else the runtime's lookup (which refills the cache).
    fn load_global(&self, pc: usize, dst: Reg, name: usize) -> LResult<()> {
        if let Some(t) = self.snap.constant_at(pc) {
            return self.constant_global(pc, dst, t);
        }
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let d = self.snap.layout.dict;
        let slow = self.block("lg_slow");
        let cache = self.abs_ptr(self.snap.cache_slots[pc], "lgc")?;
        let tag = self.ld(self.i64t, cache, "tag", Mem::Runtime)?.into_int_value();
        let idx_p = self.field(cache, 8)?;
        let idx = self.ld(self.i64t, idx_p, "idx", Mem::Runtime)?.into_int_value();
        // An inlined callee reads its own globals.
        let g = match self.snap.globals_const[pc] {
            0 if self.in_clone.is_some() => self.c64(self.clone.ok_or("the clone's globals")?.globals),
            0 => self.ld(self.i64t, self.field(self.frame()?, OFF_GLOBALS)?, "g", Mem::Frame)?.into_int_value(),
            word => self.c64(word),
        };
        let same = ll!(self.b.build_int_compare(IntPredicate::EQ, tag, g, "same"));
        self.guard(same, slow, "lg_d")?;
        let obj = self.obj_ptr(g)?;
        let ents = self.ld(ptr, self.field(obj, d.entries as u64)?, "ents", Mem::Object)?.into_pointer_value();
        let len = self.ld(self.i64t, self.field(obj, d.len as u64)?, "n", Mem::Object)?.into_int_value();
        let inb = ll!(self.b.build_int_compare(IntPredicate::ULT, idx, len, "inb"));
        self.guard(inb, slow, "lg_e")?;
        let off = ll!(self.b.build_int_mul(idx, self.c64(d.entry_size as u64), "off"));
        let e = ll!(unsafe { self.b.build_gep(self.ctx.i8_type(), ents, &[off], "e") });
        let key = self.ld(self.i64t, self.field(e, d.key as u64)?, "key", Mem::Entry)?.into_int_value();
        let hit = ll!(self.b.build_int_compare(IntPredicate::EQ, key, self.c64(self.snap.names[name]), "hit"));
        self.guard(hit, slow, "lg_ok")?;
        let v = self.ld(self.i64t, self.field(e, d.value as u64)?, "gv", Mem::Entry)?.into_int_value();
        self.store(dst, v)?;
        let t = types::global_type(self.snap, pc, name);
        if !t.checkable() {
            self.br(self.next(pc))?;
            self.b.position_at_end(slow);
            return self.slow_with(tierpy_jit::runtime_calls::ftl::rt_ftl_op as *const () as usize, pc, None);
        }
        // Speculated type: check the loaded value; the interpreter reloads it otherwise.
        let check = self.block("lg_chk");
        self.br(check)?;
        self.b.position_at_end(slow);
        if !self.abandon_inlined(pc)? {
            self.runtime_op_then(pc, dst, check)?;
        }
        self.b.position_at_end(check);
        let v = self.load(dst)?;
        let fail = self.block("lg_fail");
        let has = self.has_type(v, t)?;
        self.cond(has, self.next(pc), fail)?;
        self.b.position_at_end(fail);
        self.exit(pc)
    }

    /// `StoreGlobal` to the entry the snapshot found (see
    /// [`crate::snapshot::GlobalStore`]): a store of the word while the
    /// frame's globals are that dict, the entry still holds the name and
    /// no binding became watched since the snapshot; else an exit (the
    /// recompile takes the watches as they are then), or the runtime's
    /// store where an exit was taken before.
    fn store_global(&self, pc: usize, src: Reg, name: usize) -> LResult<()> {
        let at = self.frame_pc(pc).ok_or("global stores are the frame's own")?;
        let Some(store) = self.snap.global_stores.iter().find(|s| s.at == at) else { return self.slow(pc, None) };
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let d = self.snap.layout.dict;
        let slow = self.fail_block(pc, None)?;
        let g = self.ld(self.i64t, self.field(self.frame()?, OFF_GLOBALS)?, "g", Mem::Frame)?.into_int_value();
        let added = self.load_at(self.snap.watches_added_addr, self.i64t, "watches", Mem::Watch)?;
        let same = ll!(self.b.build_and(
            ll!(self.b.build_int_compare(IntPredicate::EQ, g, self.c64(store.dict), "same_dict")),
            ll!(self.b.build_int_compare(IntPredicate::EQ, added, self.c64(self.snap.watches_added), "no_new_watch")),
            "sg_ok"
        ));
        self.guard(same, slow, "sg_d")?;
        let obj = self.obj_ptr(g)?;
        let ents = self.ld(ptr, self.field(obj, d.entries as u64)?, "ents", Mem::Object)?.into_pointer_value();
        let len = self.ld(self.i64t, self.field(obj, d.len as u64)?, "n", Mem::Object)?.into_int_value();
        self.guard(ll!(self.b.build_int_compare(IntPredicate::ULT, self.c64(store.index), len, "inb")), slow, "sg_e")?;
        let e = ll!(unsafe { self.b.build_gep(self.ctx.i8_type(), ents, &[self.c64(store.index * d.entry_size as u64)], "e") });
        let key = self.ld(self.i64t, self.field(e, d.key as u64)?, "key", Mem::Entry)?.into_int_value();
        self.guard(ll!(self.b.build_int_compare(IntPredicate::EQ, key, self.c64(self.snap.names[name]), "hit")), slow, "sg_ok")?;
        self.st(self.field(e, d.value as u64)?, self.load(src)?, Mem::Entry)?;
        self.br(self.next(pc))
    }

    /// The address of the value word of the cell in register `cell` (a
    /// cell register always holds a cell).
    fn cell_value(&self, cell: Reg) -> LResult<PointerValue<'ctx>> {
        self.field(self.obj_ptr(self.load(cell)?)?, self.snap.layout.cell_value as u64)
    }

    /// `LoadCell`: the cell's value; an empty cell raises (NameError or
    /// UnboundLocalError) through the interpreter.
    fn load_cell(&self, pc: usize, dst: Reg, cell: Reg) -> LResult<()> {
        let v = self.ld(self.i64t, self.cell_value(cell)?, "cell_value", Mem::Object)?.into_int_value();
        let (bound, unbound) = (self.block("cell_bound"), self.block("cell_unbound"));
        self.cond(self.is_unbound(v)?, unbound, bound)?;
        self.b.position_at_end(bound);
        self.store(dst, v)?;
        self.br(self.next(pc))?;
        self.b.position_at_end(unbound);
        self.slow(pc, None)
    }

    /// `LoadGlobal` of a constant global (of type `t`): the constant while
    /// the watch epoch is the snapshot's, else an exit (the interpreter
    /// reloads it). In the frameless clone, the constant: nothing can move
    /// the epoch while the clone runs, and the body checked it before.
    fn constant_global(&self, pc: usize, dst: Reg, t: Ty) -> LResult<()> {
        if self.in_clone.is_some() {
            // Checked before the clone was called (see `try_clone`).
            self.store_checked(dst, self.c64(self.snap.observed[pc]), t)?;
            return self.br(self.next(pc));
        }
        let epoch = self.load_at(self.snap.watch_epoch_addr, self.i64t, "epoch", Mem::Watch)?;
        let same = ll!(self.b.build_int_compare(IntPredicate::EQ, epoch, self.c64(self.snap.watch_epoch), "watched"));
        let moved = self.block("lg_moved");
        self.guard(same, moved, "lg_const")?;
        self.store_checked(dst, self.c64(self.snap.observed[pc]), t)?;
        self.br(self.next(pc))?;
        self.b.position_at_end(moved);
        self.exit(pc)
    }

    /// The runtime runs instruction `pc` (writing `dst`), then `then`.
    fn runtime_op_then(&self, pc: usize, dst: Reg, then: BasicBlock<'ctx>) -> LResult<()> {
        let frame_pc = self.frame_pc(pc).expect("own instruction");
        let s = self.call(
            pc,
            tierpy_jit::runtime_calls::ftl::rt_ftl_op as *const () as usize,
            &[self.c64(frame_pc as u64)],
            &[self.vm, self.frame()?, self.regs()?],
            &[dst],
        )?;
        let ok = ll!(self.b.build_int_compare(IntPredicate::EQ, s, self.i32t.const_int(STEP_NEXT as u64, false), "nx"));
        let err = self.block("lg_err");
        self.cond(ok, then, err)?;
        self.b.position_at_end(err);
        ll!(self.b.build_return(Some(&s)));
        Ok(())
    }

    /// The next item of a list iterator (object `it`, kind byte `kind`, or
    /// None when the iterator is proven to be a list iterator), inline; at
    /// the end of the list the iterator is marked exhausted and the loop
    /// ends (jumps to `target`); anything else (a tuple, an item of another
    /// type than speculated) goes to `other`.
    fn seq_iter_next(
        &self,
        pc: usize,
        dst: Reg,
        it: PointerValue<'ctx>,
        kind: Option<IntValue<'ctx>>,
        target: usize,
        other: BasicBlock<'ctx>,
    ) -> LResult<()> {
        let (l, s) = (self.snap.layout.list, self.snap.layout.seq_iter);
        // No kind: a proven list iterator (see `types::iter_type`).
        if let Some(kind) = kind {
            let is_seq = ll!(self.b.build_int_compare(IntPredicate::EQ, kind, self.kind_const(KIND_SEQ_ITER), "is_seq"));
            self.guard(is_seq, other, "fi_s")?;
        }
        let sp = self.iterated_list(it, kind.map(|_| other))?;
        let idx_p = self.field(it, s.idx as u64)?;
        let idx = self.ld(self.i64t, idx_p, "idx", Mem::Object)?.into_int_value();
        let len = self.ld(self.i64t, self.field(sp, l.len as u64)?, "len", Mem::Object)?.into_int_value();
        let more = ll!(self.b.build_int_compare(IntPredicate::ULT, idx, len, "more"));
        let end = self.block("fi_end");
        self.guard(more, end, "fi_item")?;
        let data =
            self.ld(self.ctx.ptr_type(AddressSpace::default()), self.field(sp, l.data as u64)?, "data", Mem::Object)?.into_pointer_value();
        let el = ll!(unsafe { self.b.build_gep(self.i64t, data, &[idx], "el") });
        let item = self.ld(self.i64t, el, "item", Mem::Item)?.into_int_value();
        // Speculated item type: another kind of item leaves before the iterator moves.
        let t = types::item_type(self.snap, pc);
        self.check_item(item, t, other)?;
        let next = ll!(self.b.build_int_add(idx, self.c64(1), "idx1"));
        self.st(idx_p, next, Mem::Object)?;
        self.store_checked(dst, item, t)?;
        self.br(self.next(pc))?;
        self.b.position_at_end(end);
        self.st(idx_p, self.c64(tierpy_runtime::object::SEQ_EXHAUSTED as u64), Mem::Object)?;
        self.br(self.blocks[target])
    }

    /// The object a pointer-tagged word points at.
    fn obj_ptr(&self, v: IntValue<'ctx>) -> LResult<PointerValue<'ctx>> {
        let addr = ll!(self.b.build_and(v, self.c64(PAYLOAD), "a"));
        Ok(ll!(self.b.build_int_to_ptr(addr, self.ctx.ptr_type(AddressSpace::default()), "obj")))
    }

    /// The object `v` points at when it is a heap object of `kind`,
    /// continuing in a new block; else branches to `slow`.
    fn object_of_kind(&self, v: IntValue<'ctx>, kind: u8, slow: BasicBlock<'ctx>) -> LResult<PointerValue<'ctx>> {
        self.guard(self.tag_is(v, TAG_PTR)?, slow, "ok_p")?;
        let p = self.obj_ptr(v)?;
        let is_kind = ll!(self.b.build_int_compare(IntPredicate::EQ, self.kind_of(p)?, self.kind_const(kind), "is_kind"));
        self.guard(is_kind, slow, "ok_k")?;
        Ok(p)
    }

    /// The address of the instance attribute entry the instruction's cache
    /// names for `o.name` (see `Vm::get_attr_at`), else branches to `slow`:
    /// as the baseline's `instance_entry`, the class either the cached one
    /// at the current class epoch or one whose hook bits, worked out at the
    /// current epoch, have none of `hooks`.
    fn instance_entry(&self, pc: usize, o: IntValue<'ctx>, name: usize, hooks: u64, slow: BasicBlock<'ctx>) -> LResult<PointerValue<'ctx>> {
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let (il, d, cl) = (self.snap.layout.instance, self.snap.layout.dict, self.snap.layout.class);
        let p = self.object_of_kind(o, KIND_INSTANCE, slow)?;
        let slot = self.abs_ptr(self.snap.cache_slots[pc], "iac")?;
        let word = |off: u64, name: &str| -> LResult<IntValue<'ctx>> {
            Ok(self.ld(self.i64t, self.field(slot, off)?, name, Mem::Runtime)?.into_int_value())
        };
        let cls = self.ld(self.i64t, self.field(p, il.class as u64)?, "cls", Mem::Object)?.into_int_value();
        let now = self.ld(self.i64t, self.field(self.vm, tierpy_jit::layout::VM_CLASS_EPOCH as u64)?, "ep", Mem::Runtime)?.into_int_value();
        let same_cls = ll!(self.b.build_int_compare(IntPredicate::EQ, cls, word(0, "ccls")?, "scls"));
        let same_epoch = ll!(self.b.build_int_compare(IntPredicate::EQ, now, word(8, "cep")?, "sep"));
        let (hinted, sibling) = (self.block("ia_hint"), self.block("ia_sib"));
        ll!(self.b.build_conditional_branch(ll!(self.b.build_and(same_cls, same_epoch, "same")), hinted, sibling));
        self.b.position_at_end(sibling);
        let c = self.ld(ptr, self.field(self.obj_ptr(cls)?, cl.boxed as u64)?, "cobj", Mem::Object)?.into_pointer_value();
        let epoch = self.ld(self.i64t, self.field(c, cl.hooks as u64)?, "hep", Mem::Runtime)?.into_int_value();
        let bits = self.ld(self.i64t, self.field(c, cl.hooks as u64 + 8)?, "hbits", Mem::Runtime)?.into_int_value();
        let current = ll!(self.b.build_int_compare(IntPredicate::EQ, epoch, now, "hcur"));
        let hooked = ll!(self.b.build_and(bits, self.c64(hooks), "hooked"));
        let plain = ll!(self.b.build_int_compare(IntPredicate::EQ, hooked, self.c64(0), "plain"));
        ll!(self.b.build_conditional_branch(ll!(self.b.build_and(current, plain, "sib_ok")), hinted, slow));
        self.b.position_at_end(hinted);
        let idx = ll!(self.b.build_int_sub(word(24, "hint")?, self.c64(1), "idx"));
        let len = self.ld(self.i64t, self.field(p, il.len as u64)?, "n", Mem::Object)?.into_int_value();
        self.guard(ll!(self.b.build_int_compare(IntPredicate::ULT, idx, len, "inb")), slow, "ia_b")?;
        let ents = self.ld(ptr, self.field(p, il.entries as u64)?, "ents", Mem::Object)?.into_pointer_value();
        let off = ll!(self.b.build_int_mul(idx, self.c64(d.entry_size as u64), "off"));
        let e = ll!(unsafe { self.b.build_gep(self.ctx.i8_type(), ents, &[off], "e") });
        let key = self.ld(self.i64t, self.field(e, d.key as u64)?, "key", Mem::Entry)?.into_int_value();
        let hit = ll!(self.b.build_int_compare(IntPredicate::EQ, key, self.c64(self.snap.names[name]), "hit"));
        self.guard(hit, slow, "ia_ok")?;
        Ok(e)
    }

    /// `GetAttr` of an instance attribute inline (see [`Self::instance_entry`]).
    fn get_attr(&self, pc: usize, dst: Reg, obj: Reg, name: usize) -> LResult<()> {
        let slow = self.block("ga_slow");
        let e = self.instance_entry(pc, self.load(obj)?, name, HAS_DATA_DESCRIPTORS | HOOK_GETATTRIBUTE, slow)?;
        let v = self.ld(self.i64t, self.field(e, self.snap.layout.dict.value as u64)?, "av", Mem::Entry)?.into_int_value();
        self.store(dst, v)?;
        self.br(self.next(pc))?;
        self.b.position_at_end(slow);
        self.slow_with(tierpy_jit::runtime_calls::ftl::rt_ftl_op as *const () as usize, pc, None)
    }

    /// `SetAttr` of an existing instance attribute inline.
    fn set_attr(&self, pc: usize, obj: Reg, name: usize, src: Reg) -> LResult<()> {
        let slow = self.block("sa_slow");
        let e = self.instance_entry(pc, self.load(obj)?, name, HAS_DATA_DESCRIPTORS | HOOK_SETATTR, slow)?;
        self.st(self.field(e, self.snap.layout.dict.value as u64)?, self.load(src)?, Mem::Entry)?;
        self.br(self.next(pc))?;
        self.b.position_at_end(slow);
        self.slow_with(tierpy_jit::runtime_calls::ftl::rt_ftl_op as *const () as usize, pc, None)
    }

    /// `lst.append(x)` on a list with room for it, inline (registers are
    /// written back as around the method call); anything else (another
    /// receiver, a full list) is the method call.
    fn list_append(&self, pc: usize, dst: Reg, base: Reg) -> LResult<()> {
        let l = self.snap.layout.list;
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let slow = self.block("ap_slow");
        let o = self.load(base)?;
        let p = self.object_of_kind(o, KIND_LIST, slow)?;
        let len = self.ld(self.i64t, self.field(p, l.len as u64)?, "len", Mem::Object)?.into_int_value();
        let cap = self.ld(self.i64t, self.field(p, l.cap as u64)?, "cap", Mem::Object)?.into_int_value();
        self.guard(ll!(self.b.build_int_compare(IntPredicate::ULT, len, cap, "room")), slow, "ap_r")?;
        self.spill(pc)?;
        let data = self.ld(ptr, self.field(p, l.data as u64)?, "data", Mem::Object)?.into_pointer_value();
        let at = ll!(unsafe { self.b.build_gep(self.i64t, data, &[len], "at") });
        self.st(at, self.load(Reg(base.0 + 1))?, Mem::Item)?;
        self.st(self.field(p, l.len as u64)?, ll!(self.b.build_int_add(len, self.c64(1), "len1")), Mem::Object)?;
        let none = self.c64(Value::NONE.0);
        self.st(self.reg_ptr(dst)?, none, Mem::Frame)?;
        self.store(dst, none)?;
        self.br(self.next(pc))?;
        self.b.position_at_end(slow);
        self.slow_with(tierpy_jit::runtime_calls::ftl::rt_ftl_op as *const () as usize, pc, None)
    }

    /// Tells LLVM, at loop header `pc`, that the lists the loop indexes
    /// and never reassigns are readable objects, so that it may hoist
    /// their length and data pointer out of the loop even from behind the
    /// loop's first guard (see [`loop_lists::invariant_lists`]).
    fn assume_invariant_lists(&self, pc: usize) -> LResult<()> {
        let regs = loop_lists::invariant_lists(self.snap, &self.types, pc);
        if regs.is_empty() {
            return Ok(());
        }
        let assume = inkwell::intrinsics::Intrinsic::find("llvm.assume")
            .and_then(|i| i.get_declaration(self.module, &[]))
            .ok_or("no intrinsic llvm.assume")?;
        let l = &self.snap.layout.list;
        let size = (l.len.max(l.data).max(l.kind) + 8) as u64;
        for r in regs {
            let p = self.obj_ptr(self.load(r)?)?;
            let bundles = [
                inkwell::values::OperandBundle::create("dereferenceable", &[p.into(), self.c64(size).into()]),
                inkwell::values::OperandBundle::create("align", &[p.into(), self.c64(8).into()]),
            ];
            let yes = self.ctx.bool_type().const_int(1, false);
            ll!(self.b.build_direct_call_with_operand_bundles(assume, &[yes.into()], &bundles, ""));
        }
        Ok(())
    }

    /// The declaration of the overloaded LLVM intrinsic `name` for operands of type `t`.
    fn intrinsic(&self, name: &str, t: inkwell::types::BasicTypeEnum<'ctx>) -> LResult<FunctionValue<'ctx>> {
        inkwell::intrinsics::Intrinsic::find(name)
            .and_then(|i| i.get_declaration(self.module, &[t]))
            .ok_or_else(|| format!("no intrinsic {name}"))
    }

    /// The `Obj::kind` byte of the object at `p`.
    fn kind_of(&self, p: PointerValue<'ctx>) -> LResult<IntValue<'ctx>> {
        let kind_p = self.field(p, self.snap.layout.list.kind as u64)?;
        Ok(self.ld(self.ctx.i8_type(), kind_p, "kind", Mem::Fixed)?.into_int_value())
    }

    /// An `Obj::kind` byte constant.
    fn kind_const(&self, kind: u8) -> IntValue<'ctx> {
        self.ctx.i8_type().const_int(kind as u64, false)
    }

    /// `a, b, ... = src` for a tuple or list of exactly `count` items,
    /// inline; anything else (other lengths raise) through the interpreter.
    fn unpack(&self, pc: usize, start: Reg, count: u16, src: Reg) -> LResult<()> {
        let (l, t) = (self.snap.layout.list, self.snap.layout.tuple);
        let v = self.load(src)?;
        let slow = self.block("up_slow");
        let pbb = self.block("up_p");
        self.cond(self.tag_is(v, TAG_PTR)?, pbb, slow)?;
        self.b.position_at_end(pbb);
        let p = self.obj_ptr(v)?;
        let kind = self.kind_of(p)?;
        let is_list = ll!(self.b.build_int_compare(IntPredicate::EQ, kind, self.kind_const(KIND_LIST), "is_list"));
        let is_tuple = ll!(self.b.build_int_compare(IntPredicate::EQ, kind, self.kind_const(KIND_TUPLE), "is_tuple"));
        let seq = ll!(self.b.build_or(is_list, is_tuple, "seq"));
        self.guard(seq, slow, "up_s")?;
        // Same field offsets for both kinds? Pick per kind.
        let pick = |a: i32, b: i32| -> LResult<IntValue<'ctx>> {
            Ok(ll!(self.b.build_select(is_list, self.c64(a as u64), self.c64(b as u64), "off")).into_int_value())
        };
        let len_off = pick(l.len, t.len)?;
        let data_off = pick(l.data, t.data)?;
        let len_p = ll!(unsafe { self.b.build_gep(self.ctx.i8_type(), p, &[len_off], "len_p") });
        let len = self.ld(self.i64t, len_p, "len", Mem::Object)?.into_int_value();
        let fits = ll!(self.b.build_int_compare(IntPredicate::EQ, len, self.c64(count as u64), "fits"));
        self.guard(fits, slow, "up_ok")?;
        let data_p = ll!(unsafe { self.b.build_gep(self.ctx.i8_type(), p, &[data_off], "data_p") });
        let data = self.ld(self.ctx.ptr_type(AddressSpace::default()), data_p, "data", Mem::Object)?.into_pointer_value();
        let items: Vec<IntValue<'ctx>> = (0..count as u64)
            .map(|i| {
                let el = ll!(unsafe { self.b.build_gep(self.i64t, data, &[self.c64(i)], "el") });
                Ok(self.ld(self.i64t, el, "item", Mem::Item)?.into_int_value())
            })
            .collect::<LResult<_>>()?;
        for (i, item) in items.into_iter().enumerate() {
            self.store(Reg(start.0 + i as u16), item)?;
        }
        self.br(self.next(pc))?;
        self.b.position_at_end(slow);
        self.slow(pc, None)
    }

    /// `not x` for a bool inline; anything else through the interpreter.
    fn not(&self, pc: usize, dst: Reg, src: Reg) -> LResult<()> {
        let v = self.load(src)?;
        let flipped = ll!(self.b.build_xor(v, self.c64(1), "not"));
        if self.ty(pc, src) == Ty::BOOL {
            self.store(dst, flipped)?;
            return self.br(self.next(pc));
        }
        let is_bool = self.tag_is(v, TAG_BOOL)?;
        let (ok, slow) = (self.block("not_b"), self.block("not_slow"));
        self.cond(is_bool, ok, slow)?;
        self.b.position_at_end(ok);
        self.store(dst, flipped)?;
        self.br(self.next(pc))?;
        self.b.position_at_end(slow);
        self.slow(pc, None)
    }

    /// The check before reading a local that may be unbound: on when it is
    /// bound, else the interpreter raises UnboundLocalError.
    fn check_bound(&self, pc: usize, reg: Reg) -> LResult<()> {
        if !Ty::UNBOUND.within(self.ty(pc, reg)) {
            return self.br(self.next(pc));
        }
        let bound = ll!(self.b.build_int_compare(IntPredicate::NE, self.load(reg)?, self.c64(Value::EMPTY.0), "bound"));
        let unbound = self.block("unbound");
        self.cond(bound, self.next(pc), unbound)?;
        self.b.position_at_end(unbound);
        self.slow(pc, None)
    }

    /// A loop header: polls for Ctrl-C (a volatile load of the flag). When
    /// it is set, the frame goes back to the driver with `JIT_SAFEPOINT`,
    /// which runs the safepoint and enters the code again here: no runtime
    /// call stays in the loop. Collections need no poll here: FTL code
    /// allocates only through runtime calls, which collect when one is due
    /// (see `rt_ftl_op`). Nor does the execution counter count: it only
    /// promotes code, and this is the top tier.
    fn loop_header(&self, pc: usize) -> LResult<()> {
        // (Inlined bodies have no loops.)
        if types::unprofiled_loop(self.snap, pc) {
            self.leave_to_profile(pc)?;
            return self.ret(JIT_INTERPRET);
        }
        self.assume_invariant_lists(pc)?;
        let set = self.interrupt_pending()?;
        let poll = self.block("poll");
        self.cond(set, poll, self.next(pc))?;
        self.b.position_at_end(poll);
        self.leave(pc, None, pc + 1)?;
        self.ret(JIT_SAFEPOINT)
    }

    /// Whether Ctrl-C was pressed: a volatile load of the flag (LLVM must
    /// not hoist it out of a loop).
    fn interrupt_pending(&self) -> LResult<IntValue<'ctx>> {
        let flag = self.load_at(self.snap.poll.interrupt, self.ctx.i8_type(), "flag", Mem::Runtime)?;
        if let Some(i) = flag.as_instruction() {
            let _ = i.set_volatile(true);
        }
        Ok(ll!(self.b.build_int_compare(IntPredicate::NE, flag, self.ctx.i8_type().const_int(0, false), "intr")))
    }

    fn instr(&self, pc: usize, ins: Instr) -> LResult<()> {
        let inplace = |op: u8, want: BinOp| op == want as u8;
        match ins {
            Instr::Nop {} => self.br(self.next(pc)),
            Instr::Move { dst, src } => {
                if self.ty(pc, src) == Ty::INT {
                    self.store_int(dst, self.load_int(src)?)?;
                } else {
                    self.store(dst, self.load(src)?)?;
                }
                self.br(self.next(pc))
            }
            Instr::LoadInt { dst, value } => {
                self.store_int(dst, self.c64(value as i64 as u64))?;
                self.br(self.next(pc))
            }
            Instr::LoadConst { dst, idx } => {
                self.store(dst, self.c64(self.snap.consts[idx.0 as usize]))?;
                self.br(self.next(pc))
            }
            Instr::Add { dst, a, b } => self.arith(pc, BinOp::Add, dst, a, b),
            Instr::Sub { dst, a, b } => self.arith(pc, BinOp::Sub, dst, a, b),
            Instr::Mul { dst, a, b } => self.arith(pc, BinOp::Mul, dst, a, b),
            Instr::Inplace { op, dst, a, b } if inplace(op, BinOp::Add) => self.arith(pc, BinOp::Add, dst, a, b),
            Instr::Inplace { op, dst, a, b } if inplace(op, BinOp::Sub) => self.arith(pc, BinOp::Sub, dst, a, b),
            Instr::Inplace { op, dst, a, b } if inplace(op, BinOp::Mul) => self.arith(pc, BinOp::Mul, dst, a, b),
            Instr::TrueDiv { dst, a, b } => self.true_div(pc, dst, a, b),
            Instr::BitAnd { dst, a, b } => self.int_op(pc, BinOp::BitAnd, dst, a, b),
            Instr::BitOr { dst, a, b } => self.int_op(pc, BinOp::BitOr, dst, a, b),
            Instr::BitXor { dst, a, b } => self.int_op(pc, BinOp::BitXor, dst, a, b),
            Instr::FloorDiv { dst, a, b } => self.int_op(pc, BinOp::FloorDiv, dst, a, b),
            Instr::Mod { dst, a, b } => self.int_op(pc, BinOp::Mod, dst, a, b),
            Instr::LShift { dst, a, b } => self.int_op(pc, BinOp::LShift, dst, a, b),
            Instr::RShift { dst, a, b } => self.int_op(pc, BinOp::RShift, dst, a, b),
            Instr::Inplace { op, dst, a, b } if types::int_operator(BinOp::from_u8(op)) => self.int_op(pc, BinOp::from_u8(op), dst, a, b),
            Instr::Inplace { op, dst, a, b } if inplace(op, BinOp::TrueDiv) => self.true_div(pc, dst, a, b),
            Instr::Lt { dst, a, b } => self.compare(pc, IntPredicate::SLT, FloatPredicate::OLT, dst, a, b),
            Instr::Le { dst, a, b } => self.compare(pc, IntPredicate::SLE, FloatPredicate::OLE, dst, a, b),
            Instr::Gt { dst, a, b } => self.compare(pc, IntPredicate::SGT, FloatPredicate::OGT, dst, a, b),
            Instr::Ge { dst, a, b } => self.compare(pc, IntPredicate::SGE, FloatPredicate::OGE, dst, a, b),
            Instr::Eq { dst, a, b } => self.compare(pc, IntPredicate::EQ, FloatPredicate::OEQ, dst, a, b),
            Instr::Ne { dst, a, b } => self.compare(pc, IntPredicate::NE, FloatPredicate::UNE, dst, a, b),
            Instr::Jump { target } => self.br(self.blocks[target.0 as usize]),
            Instr::JumpIfFalse { cond, target } => self.branch(pc, cond, target.0 as usize, false),
            Instr::JumpIfTrue { cond, target } => self.branch(pc, cond, target.0 as usize, true),
            Instr::LoopHeader {} => self.loop_header(pc),
            Instr::UnpackSequence { start, count, src } => self.unpack(pc, start, count, src),
            Instr::Not { dst, src } => self.not(pc, dst, src),
            Instr::Is { dst, a, b } | Instr::IsNot { dst, a, b } => {
                let pred = if matches!(ins, Instr::Is { .. }) { IntPredicate::EQ } else { IntPredicate::NE };
                let c = ll!(self.b.build_int_compare(pred, self.load(a)?, self.load(b)?, "is"));
                self.store(dst, self.box_bool(c)?)?;
                self.br(self.next(pc))
            }
            Instr::CheckBound { reg, .. } => self.check_bound(pc, reg),
            Instr::GetItem { dst, obj, key } => self.get_item(pc, dst, obj, key),
            Instr::SetItem { obj, key, src } => self.set_item(pc, obj, key, src),
            Instr::ForIter { dst, iter, target } => self.for_iter(pc, dst, iter, target.0 as usize),
            Instr::GetIter { src, .. } => self.get_iter(pc, src),
            Instr::Return { src } if self.in_clone.is_some() => {
                ll!(self.b.build_return(Some(&self.load(src)?)));
                Ok(())
            }
            Instr::Return { src } => {
                let v = self.load(src)?;
                let p = self.field(self.frame()?, OFF_RET)?;
                self.st(p, v, Mem::Frame)?;
                self.ret(JIT_RETURN)
            }
            Instr::LoadGlobal { dst, name } => self.load_global(pc, dst, name.0 as usize),
            Instr::StoreGlobal { src, name } => self.store_global(pc, src, name.0 as usize),
            Instr::LoadCell { dst, cell, .. } => self.load_cell(pc, dst, cell),
            Instr::StoreCell { cell, src } => {
                self.st(self.cell_value(cell)?, self.load(src)?, Mem::Object)?;
                self.br(self.next(pc))
            }
            Instr::Call { dst, .. } | Instr::CallMethod { dst, .. } if self.snap.builtin_call(pc).is_some() => {
                self.builtin_call(pc, ins, dst)
            }
            Instr::Call { func, .. } if self.snap.sites.iter().any(|s| s.at == pc) => self.site_call(pc, func),
            Instr::Call { dst, func, argc } if self.direct_callee(pc).is_some() => {
                let slow = self.block("dc_slow");
                let f = self.load(func)?;
                let same = ll!(self.b.build_int_compare(IntPredicate::EQ, f, self.c64(self.direct_callee(pc).unwrap().func), "dc_same"));
                self.guard(same, slow, "dc_f")?;
                let first = Reg(func.0 + 1);
                if !frameless::recursive_call(self.snap, pc) {
                    return self.direct_call(pc, dst, first, argc as usize, slow);
                }
                if self.in_clone.is_some() {
                    return self.clone_call(pc, dst, first, argc as usize, slow);
                }
                let cloned = self.try_clone(first, argc as usize)?;
                self.direct_call(pc, dst, first, argc as usize, slow)?;
                match cloned {
                    Some((done, r)) => self.clone_returned(pc, dst, done, r),
                    None => Ok(()),
                }
            }
            Instr::CallMethod { dst, base, name, argc: 1 } if self.snap.name_text[name.0 as usize] == "append" => {
                self.list_append(pc, dst, base)
            }
            Instr::CallMethod { dst, base, argc, .. } if self.direct_callee(pc).is_some() => {
                let slow = self.block("dm_slow");
                self.guard_method(pc, base, slow)?;
                self.direct_call(pc, dst, base, argc as usize + 1, slow)
            }
            Instr::GetAttr { dst, obj, name } => self.get_attr(pc, dst, obj, name.0 as usize),
            Instr::SetAttr { obj, name, src } => self.set_attr(pc, obj, name.0 as usize, src),
            Instr::Call { .. } | Instr::CallMethod { .. } => {
                self.slow_with(tierpy_jit::runtime_calls::ftl::rt_ftl_op as *const () as usize, pc, None)
            }
            Instr::Yield { src, .. } => {
                let v = self.load(src)?;
                self.st(self.field(self.frame()?, OFF_RET)?, v, Mem::Frame)?;
                self.leave(pc, None, pc + 1)?;
                self.ret(JIT_YIELD)
            }
            Instr::YieldFrom { .. } => {
                self.leave(pc, None, pc)?;
                self.ret(JIT_INTERPRET)
            }
            _ => self.slow(pc, None),
        }
    }
}

/// One past the highest register any instruction names.
fn max_reg(instrs: &[Instr]) -> usize {
    let mut m = 0;
    for ins in instrs {
        for (_, op) in ins.operands() {
            if let tierpy_bytecode::Operand::Reg(r) = op
                && r.is_some()
            {
                m = m.max(r.idx() + 1);
            }
        }
        // Calls and builds name a base register and a count.
        let extra = match *ins {
            Instr::Call { func, argc, .. } | Instr::CallKw { func, argc, .. } => func.idx() + 1 + argc as usize,
            Instr::CallMethod { base, argc, .. } => base.idx() + 1 + argc as usize,
            Instr::BuildList { start, count, .. }
            | Instr::BuildTuple { start, count, .. }
            | Instr::BuildSet { start, count, .. }
            | Instr::BuildString { start, count, .. } => start.idx() + count as usize,
            Instr::BuildDict { start, count, .. } => start.idx() + 2 * count as usize,
            Instr::BuildSlice { start, .. } | Instr::GetSlice { start, .. } => start.idx() + 3,
            Instr::UnpackSequence { start, count, .. } => start.idx() + count as usize,
            Instr::UnpackEx { start, before, after, .. } => start.idx() + before as usize + after as usize + 1,
            Instr::MakeFunction { extra, .. } => extra.idx() + 3,
            _ => 0,
        };
        m = m.max(extra);
    }
    m
}

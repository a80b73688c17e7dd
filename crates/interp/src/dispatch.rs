//! The dispatch loop: one `match` arm per opcode, fast paths inline for
//! small ints, floats, lists and plain calls, everything else through the
//! runtime's slow paths; exceptions unwind through the exception table.

use crate::profile;
use crate::slow;
use std::rc::Rc;
use std::sync::atomic::Ordering;
use tierpy_bytecode::instr::BinOp;
use tierpy_bytecode::{CodeObject, Instr};
use tierpy_runtime::iter::IterStep;
use tierpy_runtime::numbers::floor_divmod;
use tierpy_runtime::object::{Body, IterState};
use tierpy_runtime::ops::CmpOp;
use tierpy_runtime::vm::TierEvent;
use tierpy_runtime::{Frame, FrameExit, PyErr, PyResult, Value, Vm};

/// The signature of compiled code: runs `frame` from its pc; returns one of
/// the `JIT_*` statuses.
pub type CompiledFn = unsafe extern "C" fn(*mut Vm, *mut Frame) -> u32;
/// Compiled code returned; the value is in `Frame::ret`.
pub const JIT_RETURN: u32 = 0;
/// Compiled code raised; the exception is in `Vm::jit_error`, the frame's pc is past the raising instruction.
pub const JIT_ERROR: u32 = 1;
/// Compiled code hands the frame back to the interpreter at the frame's pc.
pub const JIT_INTERPRET: u32 = 2;
/// Compiled generator code yielded the value in `Frame::ret`; the frame's pc
/// is the resume point after the `Yield`.
pub const JIT_YIELD: u32 = 5;
/// Compiled code reached a loop header with a safepoint due (a collection,
/// Ctrl-C): the safepoint runs, then the code is entered again at the
/// frame's pc (just after the loop header). Keeping the runtime call out of
/// compiled loops lets LLVM keep their loop-invariant values in registers.
pub const JIT_SAFEPOINT: u32 = 6;
/// OSR exits after which FTL code is thrown away (the policy decides about recompiling).
pub const FTL_EXIT_LIMIT: u64 = 100;

/// Runs a frame until it returns or yields, unwinding exceptions through its
/// handlers; moves into compiled code at entry, at loop headers and at
/// handlers once the code object has some.
pub fn run_frame(vm: &mut Vm, f: &mut Frame) -> PyResult<FrameExit> {
    let caller = std::mem::replace(&mut vm.current_frame, f as *const Frame);
    let r = run_frame_body(vm, f);
    vm.current_frame = caller;
    r
}

fn run_frame_body(vm: &mut Vm, f: &mut Frame) -> PyResult<FrameExit> {
    let mut pending = vm.pending_throw.take().map(|e| (e, true));
    let code = f.code.clone();
    let called = f.pc == 0 && pending.is_none();
    if called {
        code.counter.set(code.counter.get().wrapping_add(1));
        if let Err(e) = crate::slow::safepoint(vm) {
            pending = Some((e, false));
        }
        vm.poll_tiers();
        if code.counter.get() >= code.next_tier_at.get() {
            vm.request_tier_up(&code);
        }
    }
    let resumed = f.pc > 0 && matches!(code.instrs.get(f.pc - 1), Some(Instr::Yield { .. }));
    let use_jit = (f.pc == 0 || resumed) && pending.is_none() && code.jit_entry.get() != 0;
    if called {
        let count = if use_jit { &code.compiled_calls } else { &code.interpreted_calls };
        count.set(count.get() + 1);
    }
    if !use_jit && f.pc == 0 {
        crate::profile::note_param_kinds(f);
    }
    drive(vm, f, &code, pending, use_jit)
}

/// Calls a plain Python function that has compiled code with positional
/// arguments, entering its code directly: the common call, with the
/// general call path's work cut to what such a call needs. None (nothing
/// done) when the call is not of that kind or a safepoint is due, for the
/// general path to handle.
#[inline(never)]
pub fn call_direct(vm: &mut Vm, func: Value, args: &[Value]) -> Option<PyResult<Value>> {
    let fo = func.as_function()?;
    let code = &fo.code;
    let entry = code.jit_entry.get();
    let counter = code.counter.get().wrapping_add(1);
    if entry == 0
        || args.len() != code.argcount as usize
        || code.flags.varargs
        || code.flags.varkw
        || code.flags.generator
        || code.kwonlyargcount != 0
        || counter >= code.next_tier_at.get()
        || vm.depth >= vm.recursion_limit
        || vm.pending_throw.is_some()
        || vm.heap.wants_collection()
        || vm.interrupt.load(Ordering::Relaxed)
        || vm.tier.ready.load(Ordering::Relaxed)
        || vm.native_stack_low()
    {
        return None;
    }
    let nregs = code.nregs as usize;
    let regs = vm.push_regs(nregs)?;
    // SAFETY: regs has nregs slots; parameters and closure registers are below nregs.
    unsafe {
        for (i, a) in args.iter().enumerate() {
            *regs.add(i) = *a;
        }
        fo.bind_closure(regs);
    }
    code.counter.set(counter);
    code.compiled_calls.set(code.compiled_calls.get() + 1);
    let mut frame = Frame::new(code.clone(), regs, fo.globals, Value::EMPTY, func, vm.exc_stack.len());
    let code = frame.code.clone();
    vm.depth += 1;
    let caller = std::mem::replace(&mut vm.current_frame, &frame as *const Frame);
    let exits = code.ftl_exits.get();
    let r = match run_compiled(vm, &mut frame, &code) {
        Ok(Some(FrameExit::Return(v))) => Ok(v),
        other => settle_call(vm, &mut frame, &code, other, entry, exits),
    };
    vm.current_frame = caller;
    vm.depth -= 1;
    vm.pop_regs(nregs);
    Some(r)
}

/// Finishes a call whose compiled code (entered at `entry`, with `exits` FTL
/// exits counted before) stopped with `status`: the frame set up by compiled
/// code itself (see the FTL's direct calls), which the caller tears down.
pub fn finish_compiled_call(vm: &mut Vm, f: &mut Frame, status: u32, entry: usize, exits: u64) -> PyResult<Value> {
    f.in_jit = false;
    let code = f.code.clone();
    let r = match status {
        JIT_SAFEPOINT => match crate::slow::safepoint(vm) {
            Ok(()) if code.jit_entry.get() != 0 => run_compiled(vm, f, &code),
            Ok(()) => Ok(None),
            Err(e) => Err((e, false)),
        },
        _ => compiled_status(vm, f, status),
    };
    settle_call(vm, f, &code, r, entry, exits)
}

/// The value a called frame returns once what its compiled code left
/// undone (an exit to the interpreter, an exception to unwind) is done.
/// Out of line: the common return is handled by the caller.
#[inline(never)]
fn settle_call(
    vm: &mut Vm,
    f: &mut Frame,
    code: &Rc<CodeObject>,
    r: Result<Option<FrameExit>, Unwind>,
    entry: usize,
    exits: u64,
) -> PyResult<Value> {
    let r = match r {
        Ok(Some(exit)) => Ok(exit),
        Ok(None) => {
            let use_jit = after_compiled_exit(vm, f, code, entry, exits);
            drive(vm, f, code, None, use_jit)
        }
        Err(e) => drive(vm, f, code, Some(e), false),
    };
    match r {
        Ok(FrameExit::Return(v)) => Ok(v),
        Ok(FrameExit::Yield(_)) => Err(vm.runtime_error("yield from a non-generator frame")),
        Err(e) => Err(e),
    }
}

/// After compiled code (entered at `entry`, with `exits` FTL exits counted
/// before) handed the frame back to the interpreter: records an OSR exit,
/// asks for a recompile when exits pile up, and says whether newer compiled
/// code was installed meanwhile to continue in.
fn after_compiled_exit(vm: &mut Vm, f: &mut Frame, code: &Rc<CodeObject>, entry: usize, exits: u64) -> bool {
    if code.ftl_exits.get() != exits {
        vm.tier_event(code, TierEvent::OsrExit { pc: f.pc });
    }
    if code.tier.get() == 2 && code.ftl_exits.get() >= FTL_EXIT_LIMIT {
        vm.request_tier_up(code);
    }
    // New code was installed while running: continue in it (an OSR entry into the higher tier).
    let use_jit = code.jit_entry.get() != entry && code.jit_entry.get() != 0;
    if use_jit {
        code.osr_entries.set(code.osr_entries.get() + 1);
        vm.tier_event(code, TierEvent::OsrEntry);
    }
    use_jit
}

/// Runs a frame from its pc to its return or yield, in compiled code when
/// `use_jit` and in the interpreter otherwise, unwinding `pending` first.
#[inline(always)]
fn drive(vm: &mut Vm, f: &mut Frame, code: &Rc<CodeObject>, mut pending: Option<Unwind>, mut use_jit: bool) -> PyResult<FrameExit> {
    loop {
        let err = match pending.take() {
            Some(e) => e,
            None if use_jit => {
                let entry = code.jit_entry.get();
                let exits = code.ftl_exits.get();
                match run_compiled(vm, f, code) {
                    Ok(Some(exit)) => return Ok(exit),
                    Ok(None) => {
                        use_jit = after_compiled_exit(vm, f, code, entry, exits);
                        continue;
                    }
                    Err(e) => e,
                }
            }
            None => match execute(vm, f) {
                Ok(Exec::Exit(exit)) => return Ok(exit),
                Ok(Exec::EnterJit) => {
                    code.osr_entries.set(code.osr_entries.get() + 1);
                    vm.tier_event(code, TierEvent::OsrEntry);
                    use_jit = true;
                    continue;
                }
                Err(e) => e,
            },
        };
        let (e, reraise) = err;
        let at = f.pc.saturating_sub(1);
        if !reraise {
            vm.set_context(e.0);
            vm.add_traceback(e.0, code, at);
        }
        match code.handler_for(at) {
            Some(h) => {
                vm.exc_stack.truncate(f.exc_base + h.depth as usize);
                f.set_reg(h.exc.idx(), e.0);
                f.pc = h.handler as usize;
                use_jit = code.jit_entry.get() != 0;
            }
            None => {
                vm.exc_stack.truncate(f.exc_base);
                return Err(e);
            }
        }
    }
}

/// Runs compiled code for the frame: Some(how the frame returned or
/// yielded), None to go on interpreting at the frame's pc, or the exception
/// it raised.
#[inline(always)]
fn run_compiled(vm: &mut Vm, f: &mut Frame, code: &CodeObject) -> Result<Option<FrameExit>, Unwind> {
    // SAFETY: jit_entry is only ever set to the address of a finalized
    // function with the CompiledFn signature, kept alive for the process.
    let entry: CompiledFn = unsafe { std::mem::transmute::<usize, CompiledFn>(code.jit_entry.get()) };
    f.in_jit = true;
    let status = loop {
        // SAFETY: vm and frame are valid for the call; compiled code only touches
        // the frame's registers and calls runtime functions.
        let status = unsafe { entry(vm, f) };
        if status != JIT_SAFEPOINT {
            break status;
        }
        if let Err(e) = crate::slow::safepoint(vm) {
            f.in_jit = false;
            return Err((e, false));
        }
    };
    f.in_jit = false;
    compiled_status(vm, f, status)
}

/// What a compiled code's status means for the frame (see [`run_compiled`]).
fn compiled_status(vm: &mut Vm, f: &mut Frame, status: u32) -> Result<Option<FrameExit>, Unwind> {
    match status {
        JIT_RETURN => Ok(Some(FrameExit::Return(f.ret))),
        JIT_YIELD => Ok(Some(FrameExit::Yield(f.ret))),
        JIT_ERROR => Err(vm.jit_error.take().expect("compiled code reported an error without one")),
        _ => Ok(None),
    }
}

/// How `execute` stopped.
enum Exec {
    Exit(FrameExit),
    EnterJit,
}

/// An error leaving `execute`: the exception and whether it is a re-raise
/// (which adds no traceback entry).
pub type Unwind = (PyErr, bool);

#[inline(always)]
fn fresh<T>(r: PyResult<T>) -> Result<T, Unwind> {
    r.map_err(|e| (e, false))
}

/// What one instruction did.
pub enum Step {
    /// Go on with the instruction at the frame's pc.
    Next,
    /// The frame returned or yielded.
    Exit(FrameExit),
    /// The code has compiled code: continue there at the frame's pc.
    EnterJit,
}

/// Per-frame pointers the instruction bodies use.
struct Ctx<'c> {
    code: &'c CodeObject,
    instrs: *const Instr,
    consts: *const u64,
    names: *const u64,
    regs: *mut Value,
    profile: *const std::cell::Cell<u32>,
}

impl<'c> Ctx<'c> {
    #[inline(always)]
    fn new(vm: &mut Vm, f: &Frame) -> Ctx<'c> {
        let code: *const CodeObject = &*f.code;
        // SAFETY: the frame keeps its code object alive while it runs.
        let code: &'c CodeObject = unsafe { &*code };
        Ctx {
            code,
            instrs: code.instrs.as_ptr(),
            consts: vm.consts_of(&f.code),
            names: vm.names_of(&f.code),
            regs: f.regs,
            profile: code.profile.as_ptr(),
        }
    }
}

/// Runs the instruction at `pc` (the baseline tier's generic slow path).
pub fn step_one(vm: &mut Vm, f: &mut Frame, pc: usize) -> Result<Step, Unwind> {
    let ctx = Ctx::new(vm, f);
    let mut p = pc;
    let r = step(vm, f, &ctx, &mut p);
    f.pc = p;
    r
}

fn execute(vm: &mut Vm, f: &mut Frame) -> Result<Exec, Unwind> {
    let ctx = Ctx::new(vm, f);
    let mut pc = f.pc;
    loop {
        match step(vm, f, &ctx, &mut pc)? {
            Step::Next => {}
            Step::Exit(e) => return Ok(Exec::Exit(e)),
            Step::EnterJit => return Ok(Exec::EnterJit),
        }
    }
}

#[inline(always)]
fn step(vm: &mut Vm, f: &mut Frame, ctx: &Ctx, pc_out: &mut usize) -> Result<Step, Unwind> {
    let code = ctx.code;
    let (instrs, consts, names, regs, profile) = (ctx.instrs, ctx.consts, ctx.names, ctx.regs, ctx.profile);
    let mut pc = *pc_out;
    // SAFETY: the compiler ends every code object with a Return, and
    // jumps target valid instructions.
    let ins = unsafe { *instrs.add(pc) };
    let at = pc;
    pc += 1;
    f.pc = pc;
    let r = step_body(vm, f, code, ins, at, &mut pc, consts, names, regs, profile);
    *pc_out = pc;
    r
}

#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn step_body(
    vm: &mut Vm,
    f: &mut Frame,
    code: &CodeObject,
    ins: Instr,
    at: usize,
    pc: &mut usize,
    consts: *const u64,
    names: *const u64,
    regs: *mut Value,
    profile: *const std::cell::Cell<u32>,
) -> Result<Step, Unwind> {
    macro_rules! r {
        ($reg:expr) => {
            // SAFETY: registers named by compiled code are below nregs.
            unsafe { *regs.add($reg.idx()) }
        };
    }
    macro_rules! w {
        ($reg:expr, $v:expr) => {{
            let v = $v;
            // SAFETY: as in r!.
            unsafe { *regs.add($reg.idx()) = v }
        }};
    }
    macro_rules! name {
        ($n:expr) => {
            // SAFETY: name indexes come from the compiler.
            Value(unsafe { *names.add($n.0 as usize) })
        };
    }
    macro_rules! prof {
        ($pc:expr, $bits:expr) => {{
            // SAFETY: one profile cell per instruction.
            let cell = unsafe { &*profile.add($pc) };
            cell.set(cell.get() | $bits);
        }};
    }
    // Inline int (48-bit, overflow to big int) and float fast paths of + and -.
    macro_rules! add_sub {
        ($dst:expr, $a:expr, $b:expr, $op:tt, $binop:expr) => {{
            let (x, y) = (r!($a), r!($b));
            if x.is_small_int() && y.is_small_int() {
                let v = x.as_small_int_unchecked() $op y.as_small_int_unchecked();
                if Value::fits_small(v) {
                    w!($dst, Value::small_int(v));
                } else {
                    prof!(at, profile::OVERFLOW | profile::INT);
                    w!($dst, vm.new_int(v));
                }
            } else if x.is_float() && y.is_float() {
                w!($dst, Value::float(x.as_float_unchecked() $op y.as_float_unchecked()));
            } else {
                prof!(at, profile::kind_bit(x) | profile::kind_bit(y));
                w!($dst, fresh(vm.binary_op($binop, x, y))?);
            }
        }};
    }
    // The int operators (and their `op=` forms, the same on ints): inline
    // ints whose result is one take the fast path; the rest is profiled
    // (an overflow of two inline ints as such) and goes to `$general`.
    macro_rules! int_op {
        ($dst:expr, $a:expr, $b:expr, $op:expr, $general:ident) => {{
            let (x, y) = (r!($a), r!($b));
            let ints = x.is_small_int() && y.is_small_int();
            let op = $op;
            match ints.then(|| tierpy_runtime::numbers::small_int_op(op, x.as_small_int_unchecked(), y.as_small_int_unchecked())).flatten()
            {
                Some(v) => w!($dst, Value::small_int(v)),
                None => {
                    let overflowed = ints && matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::LShift);
                    prof!(at, if overflowed { profile::OVERFLOW | profile::INT } else { profile::kind_bit(x) | profile::kind_bit(y) });
                    w!($dst, fresh(vm.$general(op, x, y))?);
                }
            }
        }};
    }
    macro_rules! cmp_op {
        ($dst:expr, $a:expr, $b:expr, $op:tt, $cmp:expr) => {{
            let (x, y) = (r!($a), r!($b));
            if x.is_small_int() && y.is_small_int() {
                w!($dst, Value::bool(x.as_small_int_unchecked() $op y.as_small_int_unchecked()));
            } else if x.is_float() && y.is_float() {
                w!($dst, Value::bool(x.as_float_unchecked() $op y.as_float_unchecked()));
            } else {
                w!($dst, fresh(vm.compare($cmp, x, y))?);
            }
        }};
    }
    match ins {
        Instr::Nop {} => {}
        Instr::Move { dst, src } => w!(dst, r!(src)),
        Instr::LoadConst { dst, idx } => {
            // SAFETY: constant indexes come from the compiler.
            w!(dst, Value(unsafe { *consts.add(idx.0 as usize) }))
        }
        Instr::LoadInt { dst, value } => w!(dst, Value::small_int(value as i64)),
        Instr::LoadGlobal { dst, name } => {
            let v = fresh(slow::load_global(vm, code, at, f.globals, name!(name)))?;
            w!(dst, v)
        }
        Instr::StoreGlobal { src, name } => fresh(slow::store_global(vm, code, at, f.globals, name!(name), r!(src)))?,
        Instr::DeleteGlobal { name } => fresh(slow::delete_global(vm, f.globals, name!(name)))?,
        Instr::LoadName { dst, name } => {
            let v = fresh(slow::load_name(vm, f, name!(name)))?;
            w!(dst, v)
        }
        Instr::StoreName { src, name } => fresh(slow::store_name(vm, f, name!(name), r!(src)))?,
        Instr::DeleteName { name } => fresh(slow::delete_name(vm, f, name!(name)))?,
        Instr::LoadBuiltin { dst, name } => {
            let v = fresh(slow::load_builtin(vm, name!(name)))?;
            w!(dst, v)
        }
        Instr::CheckBound { reg, name } => {
            if r!(reg).is_empty() {
                return Err((slow::unbound_local(vm, name!(name)), false));
            }
        }
        Instr::DeleteLocal { reg, name } => {
            if r!(reg).is_empty() {
                return Err((slow::unbound_local(vm, name!(name)), false));
            }
            w!(reg, Value::EMPTY)
        }
        Instr::MakeCell { reg } => {
            let v = r!(reg);
            w!(reg, vm.heap.alloc(Body::Cell(v)))
        }
        Instr::LoadCell { dst, cell, name } => {
            let Some(Body::Cell(v)) = r!(cell).body() else { unreachable!("cell register") };
            if v.is_empty() {
                return Err((slow::unbound_cell(vm, code, cell, name!(name)), false));
            }
            w!(dst, *v)
        }
        Instr::StoreCell { cell, src } => {
            if let Some(Body::Cell(v)) = r!(cell).body() {
                *v = r!(src);
            }
        }
        Instr::DeleteCell { cell, name } => {
            if let Some(Body::Cell(v)) = r!(cell).body() {
                if v.is_empty() {
                    return Err((slow::unbound_cell(vm, code, cell, name!(name)), false));
                }
                *v = Value::EMPTY;
            }
        }
        Instr::Add { dst, a, b } => add_sub!(dst, a, b, +, BinOp::Add),
        Instr::Sub { dst, a, b } => add_sub!(dst, a, b, -, BinOp::Sub),
        Instr::Mul { dst, a, b } => {
            let (x, y) = (r!(a), r!(b));
            if x.is_small_int() && y.is_small_int() {
                match x.as_small_int_unchecked().checked_mul(y.as_small_int_unchecked()) {
                    Some(v) if Value::fits_small(v) => w!(dst, Value::small_int(v)),
                    _ => {
                        prof!(at, profile::OVERFLOW | profile::INT);
                        w!(dst, fresh(vm.binary_op(BinOp::Mul, x, y))?);
                    }
                }
            } else if x.is_float() && y.is_float() {
                w!(dst, Value::float(x.as_float_unchecked() * y.as_float_unchecked()));
            } else {
                prof!(at, profile::kind_bit(x) | profile::kind_bit(y));
                w!(dst, fresh(vm.binary_op(BinOp::Mul, x, y))?);
            }
        }
        Instr::TrueDiv { dst, a, b } => {
            let (x, y) = (r!(a), r!(b));
            if x.is_float() && y.is_float() && y.as_float_unchecked() != 0.0 {
                w!(dst, Value::float(x.as_float_unchecked() / y.as_float_unchecked()));
            } else {
                prof!(at, profile::kind_bit(x) | profile::kind_bit(y));
                w!(dst, fresh(vm.binary_op(BinOp::TrueDiv, x, y))?);
            }
        }
        Instr::FloorDiv { dst, a, b } => {
            let (x, y) = (r!(a), r!(b));
            if x.is_small_int() && y.is_small_int() && y.as_small_int_unchecked() != 0 {
                let q = floor_divmod(x.as_small_int_unchecked(), y.as_small_int_unchecked()).0;
                w!(dst, vm.new_int(q));
            } else {
                prof!(at, profile::kind_bit(x) | profile::kind_bit(y));
                w!(dst, fresh(vm.binary_op(BinOp::FloorDiv, x, y))?);
            }
        }
        Instr::Mod { dst, a, b } => {
            let (x, y) = (r!(a), r!(b));
            if x.is_small_int() && y.is_small_int() && y.as_small_int_unchecked() != 0 {
                let m = floor_divmod(x.as_small_int_unchecked(), y.as_small_int_unchecked()).1;
                w!(dst, Value::small_int(m));
            } else {
                prof!(at, profile::kind_bit(x) | profile::kind_bit(y));
                w!(dst, fresh(vm.binary_op(BinOp::Mod, x, y))?);
            }
        }
        Instr::Pow { dst, a, b } => w!(dst, fresh(vm.binary_op(BinOp::Pow, r!(a), r!(b)))?),
        Instr::LShift { dst, a, b } => int_op!(dst, a, b, BinOp::LShift, binary_op),
        Instr::RShift { dst, a, b } => int_op!(dst, a, b, BinOp::RShift, binary_op),
        Instr::BitAnd { dst, a, b } => int_op!(dst, a, b, BinOp::BitAnd, binary_op),
        Instr::BitOr { dst, a, b } => int_op!(dst, a, b, BinOp::BitOr, binary_op),
        Instr::BitXor { dst, a, b } => int_op!(dst, a, b, BinOp::BitXor, binary_op),
        Instr::MatMul { dst, a, b } => {
            w!(dst, fresh(vm.binary_op(BinOp::MatMul, r!(a), r!(b)))?)
        }
        Instr::Inplace { op, dst, a, b } => {
            let (x, y) = (r!(a), r!(b));
            if x.is_float() && y.is_float() && op == BinOp::Add as u8 {
                w!(dst, Value::float(x.as_float_unchecked() + y.as_float_unchecked()));
            } else {
                int_op!(dst, a, b, BinOp::from_u8(op), inplace_op)
            }
        }
        Instr::Lt { dst, a, b } => cmp_op!(dst, a, b, <, CmpOp::Lt),
        Instr::Le { dst, a, b } => cmp_op!(dst, a, b, <=, CmpOp::Le),
        Instr::Gt { dst, a, b } => cmp_op!(dst, a, b, >, CmpOp::Gt),
        Instr::Ge { dst, a, b } => cmp_op!(dst, a, b, >=, CmpOp::Ge),
        Instr::Eq { dst, a, b } => cmp_op!(dst, a, b, ==, CmpOp::Eq),
        Instr::Ne { dst, a, b } => cmp_op!(dst, a, b, !=, CmpOp::Ne),
        Instr::Is { dst, a, b } => w!(dst, Value::bool(slow::is(r!(a), r!(b)))),
        Instr::IsNot { dst, a, b } => w!(dst, Value::bool(!slow::is(r!(a), r!(b)))),
        Instr::In { dst, a, b } => w!(dst, Value::bool(fresh(vm.contains(r!(b), r!(a)))?)),
        Instr::NotIn { dst, a, b } => w!(dst, Value::bool(!fresh(vm.contains(r!(b), r!(a)))?)),
        Instr::Neg { dst, src } => w!(dst, fresh(vm.neg(r!(src)))?),
        Instr::Pos { dst, src } => w!(dst, fresh(vm.pos(r!(src)))?),
        Instr::Invert { dst, src } => w!(dst, fresh(vm.invert(r!(src)))?),
        Instr::Not { dst, src } => w!(dst, Value::bool(!fresh(vm.is_true(r!(src)))?)),
        Instr::Jump { target } => *pc = target.0 as usize,
        Instr::JumpIfFalse { cond, target } => {
            let c = r!(cond);
            let t = if let Some(b) = c.as_bool() { b } else { fresh(vm.is_true(c))? };
            if !t {
                *pc = target.0 as usize;
            }
        }
        Instr::JumpIfTrue { cond, target } => {
            let c = r!(cond);
            let t = if let Some(b) = c.as_bool() { b } else { fresh(vm.is_true(c))? };
            if t {
                *pc = target.0 as usize;
            }
        }
        Instr::LoopHeader {} => {
            prof!(at, profile::REACHED);
            code.counter.set(code.counter.get().wrapping_add(1));
            // The safepoint first: compiled code entered below starts after
            // its loop header, so it would not collect or see Ctrl-C here.
            slow::safepoint(vm).map_err(|e| (e, false))?;
            if !f.in_jit {
                vm.poll_tiers();
                if code.counter.get() >= code.next_tier_at.get() {
                    let c = f.code.clone();
                    vm.request_tier_up(&c);
                }
                if code.jit_entry.get() != 0 {
                    return Ok(Step::EnterJit);
                }
            }
        }
        Instr::GetItem { dst, obj, key } => {
            let (o, k) = (r!(obj), r!(key));
            if let (Some(Body::List(l)), Some(i)) = (o.body(), k.as_small_int()) {
                let j = if i < 0 { i + l.len() as i64 } else { i };
                if j >= 0 && (j as usize) < l.len() {
                    let v = l[j as usize];
                    profile::note_item_kind(code, at, v);
                    w!(dst, v);
                    return Ok(Step::Next);
                }
            }
            prof!(at, profile::kind_bit(o));
            w!(dst, fresh(vm.get_item(o, k))?)
        }
        Instr::SetItem { obj, key, src } => {
            let (o, k) = (r!(obj), r!(key));
            if let (Some(Body::List(l)), Some(i)) = (o.body(), k.as_small_int()) {
                let j = if i < 0 { i + l.len() as i64 } else { i };
                if j >= 0 && (j as usize) < l.len() {
                    l[j as usize] = r!(src);
                    return Ok(Step::Next);
                }
            }
            prof!(at, profile::kind_bit(o));
            fresh(vm.set_item(o, k, r!(src)))?
        }
        Instr::DelItem { obj, key } => fresh(vm.del_item(r!(obj), r!(key)))?,
        Instr::GetAttr { dst, obj, name } => {
            let o = r!(obj);
            prof!(at, profile::kind_bit(o));
            w!(dst, fresh(vm.get_attr_at(&code.cache[at], o, name!(name)))?)
        }
        Instr::SetAttr { obj, name, src } => fresh(vm.set_attr_at(&code.cache[at], r!(obj), name!(name), r!(src)))?,
        Instr::DelAttr { obj, name } => fresh(vm.del_attr(r!(obj), name!(name)))?,
        Instr::Call { dst, func, argc } => {
            let fv = r!(func);
            // SAFETY: the arguments are argc consecutive registers after func.
            let args = unsafe { std::slice::from_raw_parts(regs.add(func.idx() + 1), argc as usize) };
            prof!(at, profile::kind_bit(fv));
            let v = fresh(slow::call(vm, fv, args))?;
            w!(dst, v)
        }
        Instr::CallKw { dst, func, argc, kwnames } => {
            // SAFETY: as in Call.
            let args = unsafe { std::slice::from_raw_parts(regs.add(func.idx() + 1), argc as usize) };
            // SAFETY: constant indexes come from the compiler.
            let names = Value(unsafe { *consts.add(kwnames.0 as usize) });
            let v = fresh(slow::call_kw(vm, r!(func), args, names))?;
            w!(dst, v)
        }
        Instr::CallEx { dst, func, args, kwargs } => {
            let kw = if kwargs.is_some() { r!(kwargs) } else { Value::EMPTY };
            let v = fresh(slow::call_ex(vm, r!(func), r!(args), kw))?;
            w!(dst, v)
        }
        Instr::CallMethod { dst, base, name, argc } => {
            // SAFETY: the receiver and arguments are consecutive registers.
            let args = unsafe { std::slice::from_raw_parts(regs.add(base.idx()), argc as usize + 1) };
            prof!(at, profile::kind_bit(args[0]));
            // SAFETY: one profile cell per instruction.
            profile::note_receiver(unsafe { &*profile.add(at) }, &code.cache[at], args[0]);
            let v = fresh(vm.call_method_at(&code.cache[at], name!(name), args))?;
            w!(dst, v)
        }
        Instr::BuildList { dst, start, count } => {
            // SAFETY: count consecutive registers from start.
            let items = unsafe { std::slice::from_raw_parts(regs.add(start.idx()), count as usize) }.to_vec();
            w!(dst, vm.new_list(items))
        }
        Instr::BuildTuple { dst, start, count } => {
            // SAFETY: as above.
            let items = unsafe { std::slice::from_raw_parts(regs.add(start.idx()), count as usize) }.to_vec();
            w!(dst, vm.new_tuple(items))
        }
        Instr::BuildSet { dst, start, count } => {
            // SAFETY: as above.
            let items = unsafe { std::slice::from_raw_parts(regs.add(start.idx()), count as usize) }.to_vec();
            w!(dst, fresh(tierpy_runtime::sets::new_set_from(vm, &items))?)
        }
        Instr::BuildDict { dst, start, count } => {
            let d = vm.new_dict();
            for i in 0..count as usize {
                let (k, v) = (r!(start.offset(2 * i)), r!(start.offset(2 * i + 1)));
                fresh(vm.dict_set(d, k, v))?;
            }
            w!(dst, d)
        }
        Instr::BuildString { dst, start, count } => {
            let mut s = String::new();
            for i in 0..count as usize {
                s.push_str(r!(start.offset(i)).str_text());
            }
            w!(dst, vm.new_string(s))
        }
        Instr::GetSlice { dst, obj, start } => {
            let bounds = [r!(start), r!(start.offset(1)), r!(start.offset(2))];
            w!(dst, fresh(vm.get_slice(r!(obj), bounds))?)
        }
        Instr::BuildSlice { dst, start } => {
            let (a, b, c) = (r!(start), r!(start.offset(1)), r!(start.offset(2)));
            w!(dst, vm.heap.alloc(Body::Slice { start: a, stop: b, step: c }))
        }
        Instr::ListAppend { list, src } => {
            if let Some(l) = r!(list).as_list() {
                l.push(r!(src));
            }
        }
        Instr::ListExtend { list, src } => {
            let items = fresh(vm.collect_iterable(r!(src)).map_err(|e| slow::star_error(vm, e, r!(src))))?;
            if let Some(l) = r!(list).as_list() {
                l.extend(items);
            }
        }
        Instr::SetAdd { set, src } => fresh(tierpy_runtime::sets::set_add(vm, r!(set), r!(src)))?,
        Instr::SetUpdate { set, src } => fresh(tierpy_runtime::sets::set_update(vm, r!(set), r!(src)))?,
        Instr::DictUpdate { dict, src } => fresh(slow::dict_update(vm, r!(dict), r!(src)))?,
        Instr::DictMerge { dict, src, func } => fresh(slow::dict_merge(vm, r!(dict), r!(src), r!(func)))?,
        Instr::ListToTuple { dst, src } => {
            let items = r!(src).as_list().map(|l| l.clone()).unwrap_or_default();
            w!(dst, vm.new_tuple(items))
        }
        Instr::FormatValue { dst, src, conv, spec } => {
            let v = fresh(tierpy_runtime::format::convert(vm, r!(src), conv))?;
            let spec = if spec.is_some() { r!(spec).str_text() } else { "" };
            if spec.is_empty() && v.as_str().is_some() && v.as_instance().is_none() {
                w!(dst, v);
            } else {
                let s = fresh(vm.format_value(v, spec))?;
                w!(dst, vm.new_string(s))
            }
        }
        Instr::GetIter { dst, src } => w!(dst, fresh(vm.get_iter(r!(src)))?),
        Instr::ForIter { dst, iter, target } => {
            let it = r!(iter);
            if let Some(Body::Iter(st)) = it.body() {
                match st {
                    IterState::Range { cur, stop, step } => {
                        if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                            let v = *cur;
                            *cur = cur.saturating_add(*step);
                            w!(dst, vm.new_int(v));
                        } else {
                            *pc = target.0 as usize;
                        }
                        return Ok(Step::Next);
                    }
                    IterState::Seq { seq, idx } => {
                        if let Some(Body::List(l)) = seq.body() {
                            if *idx < l.len() {
                                let v = l[*idx];
                                profile::note_item_kind(code, at, v);
                                w!(dst, v);
                                *idx += 1;
                            } else {
                                *idx = tierpy_runtime::object::SEQ_EXHAUSTED;
                                *pc = target.0 as usize;
                            }
                            return Ok(Step::Next);
                        }
                    }
                    _ => {}
                }
            }
            prof!(at, profile::kind_bit(it));
            // Unpacked in place where the next instruction unpacks the item;
            // not when compiled code runs this one instruction (it goes on
            // at the unpack).
            let unpacked = (!f.in_jit).then(|| tierpy_bytecode::instr::unpacked_for_item(&code.instrs, at)).flatten();
            if let Some((start, count)) = unpacked {
                // SAFETY: the unpack's registers are below nregs.
                let out = unsafe { std::slice::from_raw_parts_mut(regs.add(start.idx()), count as usize) };
                match fresh(vm.iter_next_into(it, out))? {
                    IterStep::Item(v) => w!(dst, v),
                    IterStep::Unpacked => *pc = at + 2,
                    IterStep::Done => *pc = target.0 as usize,
                }
                return Ok(Step::Next);
            }
            match fresh(vm.iter_next(it))? {
                Some(v) => w!(dst, v),
                None => *pc = target.0 as usize,
            }
        }
        Instr::UnpackSequence { start, count, src } => {
            let s = r!(src);
            let n = count as usize;
            // A tuple or list of the right length is copied without a Vec in between.
            let exact: Option<&[Value]> = match s.body() {
                Some(Body::Tuple(t)) if t.len() == n => Some(t),
                Some(Body::List(l)) if l.len() == n => Some(l),
                _ => None,
            };
            match exact {
                Some(items) => {
                    for (i, &v) in items.iter().enumerate() {
                        w!(start.offset(i), v);
                    }
                }
                None => {
                    for (i, v) in fresh(slow::unpack(vm, s, n))?.into_iter().enumerate() {
                        w!(start.offset(i), v);
                    }
                }
            }
        }
        Instr::UnpackEx { start, before, after, src } => {
            let items = fresh(slow::unpack_ex(vm, r!(src), before as usize, after as usize))?;
            for (i, v) in items.into_iter().enumerate() {
                w!(start.offset(i), v);
            }
        }
        Instr::MakeFunction { dst, code: idx, flags, extra } => {
            let tierpy_bytecode::Constant::Code(c) = &code.consts[idx.0 as usize] else { unreachable!("code constant") };
            let v = slow::make_function(vm, c.clone(), f.globals, flags, r!(extra), r!(extra.offset(1)), r!(extra.offset(2)));
            w!(dst, v)
        }
        Instr::Return { src } => return Ok(Step::Exit(FrameExit::Return(r!(src)))),
        Instr::Yield { dst: _, src } => return Ok(Step::Exit(FrameExit::Yield(r!(src)))),
        Instr::YieldFrom { dst, iter } => match fresh(slow::yield_from_step(vm, r!(iter)))? {
            Ok(v) => {
                // Resumed, the frame runs this instruction again.
                f.pc = at;
                *pc = at;
                return Ok(Step::Exit(FrameExit::Yield(v)));
            }
            Err(ret) => w!(dst, ret),
        },
        Instr::GetYieldFromIter { dst, src } => w!(dst, fresh(vm.get_iter(r!(src)))?),
        Instr::GetAwaitable { dst, src } => w!(dst, fresh(vm.get_awaitable(r!(src)))?),
        Instr::Raise { exc, cause } => {
            let c = if cause.is_some() { Some(r!(cause)) } else { None };
            return Err(if exc.is_some() { (slow::raise(vm, r!(exc), c), false) } else { slow::reraise_current(vm) });
        }
        Instr::Reraise { exc } => return Err((PyErr(r!(exc)), true)),
        Instr::PushExc { exc } => vm.exc_stack.push(r!(exc)),
        Instr::PopExc {} => {
            vm.exc_stack.pop();
        }
        Instr::ExcMatch { dst, exc, ty } => w!(dst, Value::bool(fresh(vm.exception_matches(r!(exc), r!(ty)))?)),
        Instr::ExcStarMatch { dst, rest, ty } => {
            let (m, r) = fresh(vm.except_star_match(r!(rest), r!(ty)))?;
            w!(rest, r);
            w!(dst, m)
        }
        Instr::ExcStarReraise { dst, orig, excs } => w!(dst, fresh(vm.except_star_reraise(r!(orig), r!(excs)))?),
        Instr::ImportName { dst, name, fromlist, level } => {
            let n = name!(name);
            // SAFETY: constant indexes come from the compiler.
            let fromlist = Value(unsafe { *consts.add(fromlist.0 as usize) });
            w!(dst, fresh(vm.import_name(n, fromlist, level, f.globals, f.namespace))?)
        }
        Instr::ImportFrom { dst, module, name } => {
            let n = name!(name);
            w!(dst, fresh(vm.import_from(r!(module), n))?)
        }
        Instr::ImportStar { module } => fresh(vm.import_star(r!(module), f.namespace))?,
        Instr::WithEnter { dst, exit, mgr } => {
            let (e, v) = fresh(slow::with_enter(vm, r!(mgr)))?;
            w!(exit, e);
            w!(dst, v)
        }
        Instr::WithExit { exit } => {
            let n = Value::NONE;
            fresh(vm.call(r!(exit), &[n, n, n], &[]))?;
        }
        Instr::WithExcept { dst, exit, exc } => {
            let e = r!(exc);
            let t = vm.type_of(e);
            let tb = vm.traceback_of(e);
            w!(dst, fresh(vm.call(r!(exit), &[t, e, tb], &[]))?)
        }
        Instr::PrintExpr { src } => fresh(slow::print_expr(vm, r!(src)))?,
        Instr::MatchSequence { dst, src } => w!(dst, Value::bool(vm.match_sequence(r!(src)))),
        Instr::MatchMapping { dst, src } => w!(dst, Value::bool(vm.match_mapping(r!(src)))),
        Instr::MatchKeys { dst, subject, keys } => w!(dst, fresh(vm.match_keys(r!(subject), r!(keys)))?),
        Instr::MatchClass { dst, subject, cls, nargs, kwnames } => {
            // SAFETY: constant indexes come from the compiler.
            let names = Value(unsafe { *consts.add(kwnames.0 as usize) });
            w!(dst, fresh(vm.match_class(r!(subject), r!(cls), nargs as usize, names))?)
        }
    }
    Ok(Step::Next)
}

//! The `extern "C"` functions baseline code calls: the generic one-instruction
//! slow path (the interpreter's own `step_one`), truthiness, and the loop
//! header's safepoint poll.

use tierpy_interp::dispatch::{JIT_ERROR, JIT_INTERPRET, JIT_RETURN, JIT_YIELD, Step, step_one};
use tierpy_runtime::iter::IterStep;
use tierpy_runtime::{Frame, FrameExit, Value, Vm};

/// `rt_step` result: go on with the next instruction.
pub const STEP_NEXT: u32 = 3;
/// `rt_step` result: continue at the frame's pc (a taken branch, e.g. ForIter exhausted).
pub const STEP_JUMP: u32 = 4;

/// Runs the instruction at `pc` in the interpreter. Returns STEP_NEXT,
/// STEP_JUMP, or a JIT exit status (return, error, interpret).
///
/// # Safety
/// `vm` and `frame` must be the live VM and the frame compiled code runs.
pub unsafe extern "C" fn rt_step(vm: *mut Vm, frame: *mut Frame, pc: u64) -> u32 {
    // SAFETY: the caller passes the VM and frame it was entered with.
    let (vm, f) = unsafe { (&mut *vm, &mut *frame) };
    match step_one(vm, f, pc as usize) {
        Ok(Step::Next) => {
            if f.pc == pc as usize + 1 {
                STEP_NEXT
            } else {
                STEP_JUMP
            }
        }
        Ok(Step::Exit(FrameExit::Return(v))) => {
            f.ret = v;
            JIT_RETURN
        }
        Ok(Step::Exit(FrameExit::Yield(v))) => {
            f.ret = v;
            JIT_YIELD
        }
        Ok(Step::EnterJit) => JIT_INTERPRET,
        Err(e) => {
            vm.jit_error = Some(e);
            JIT_ERROR
        }
    }
}

/// Truthiness of a value that is not a bool: 0 false, 1 true, 2 error.
///
/// # Safety
/// As for [`rt_step`]; the frame's pc must already point past the instruction.
pub unsafe extern "C" fn rt_truth(vm: *mut Vm, v: u64) -> u32 {
    // SAFETY: the caller passes the live VM.
    let vm = unsafe { &mut *vm };
    match vm.is_true(Value(v)) {
        Ok(b) => b as u32,
        Err(e) => {
            vm.jit_error = Some((e, false));
            2
        }
    }
}

/// The baseline loop header's safepoint: collects garbage when due, raises
/// KeyboardInterrupt after Ctrl-C, installs finished compiles and asks the
/// tier policy when the counter says so. 0 to go on, JIT_ERROR when raising,
/// JIT_INTERPRET to leave for newly installed code (the frame's pc is set).
///
/// # Safety
/// As for [`rt_step`].
pub unsafe extern "C" fn rt_safepoint(vm: *mut Vm, frame: *mut Frame) -> u32 {
    // SAFETY: the caller passes the live VM and frame.
    let (vmr, f) = unsafe { (&mut *vm, &mut *frame) };
    // SAFETY: as above.
    let r = unsafe { rt_loop_header(vm) };
    if r != 0 {
        return r;
    }
    // The code running now: leave it when a poll or a request installs other code.
    let code = f.code.clone();
    let before = code.jit_entry.get();
    vmr.poll_tiers();
    if code.counter.get() >= code.next_tier_at.get() {
        vmr.request_tier_up(&code);
    }
    if code.jit_entry.get() != before { JIT_INTERPRET } else { 0 }
}

/// The loop header's safepoint: collects garbage when due, raises
/// KeyboardInterrupt after Ctrl-C. 0 to go on, JIT_ERROR when raising.
///
/// # Safety
/// As for [`rt_step`].
pub unsafe extern "C" fn rt_loop_header(vm: *mut Vm) -> u32 {
    // SAFETY: the caller passes the live VM.
    let vm = unsafe { &mut *vm };
    match tierpy_interp::slow::safepoint(vm) {
        Ok(()) => 0,
        Err(e) => {
            vm.jit_error = Some((e, false));
            JIT_ERROR
        }
    }
}

/// Copies the closure cells of `func`, a Python function, into the free
/// variable registers of a frame compiled code is setting up for a call
/// straight into its code (`regs` its registers): what binding does for
/// closures besides copying the arguments. Returns 0.
///
/// # Safety
/// `regs` has the function's code's `nregs` registers.
pub unsafe extern "C" fn rt_bind_closure(regs: *mut Value, func: u64) -> u32 {
    let fo = Value(func).as_function().expect("a direct callee is a Python function");
    // SAFETY: the caller's guarantee.
    unsafe { fo.bind_closure(regs) };
    0
}

/// Finishes a call compiled code made straight into the callee's compiled
/// code (setting up the callee's frame itself), which stopped with `status`
/// other than a return (an exit to the interpreter, an exception, a
/// safepoint): the callee's frame runs to its end here. Leaves the result in
/// the callee frame's `ret` (STEP_NEXT) or the exception in `Vm::jit_error`
/// (JIT_ERROR).
///
/// # Safety
/// `callee` is the frame the compiled code set up for the call, on its stack.
pub unsafe extern "C" fn rt_finish_call(vm: *mut Vm, callee: *mut Frame, status: u64, entry: u64, exits: u64) -> u32 {
    // SAFETY: the caller passes its VM and the callee frame it built.
    let (vm, f) = unsafe { (&mut *vm, &mut *callee) };
    match tierpy_interp::dispatch::finish_compiled_call(vm, f, status as u32, entry as usize, exits) {
        Ok(v) => {
            f.ret = v;
            STEP_NEXT
        }
        Err(e) => {
            vm.jit_error = Some((e, false));
            JIT_ERROR
        }
    }
}

/// [`rt_for_iter`]'s status when it wrote the parts of the item to the
/// registers of the unpack after the `ForIter` (see
/// `tierpy_bytecode::instr::unpacked_for_item`): go on after the unpack.
pub const FOR_UNPACKED: u32 = 3;

/// One step of a `for` loop: 0 with the item stored in `*dst`, 1 when the
/// iterator is exhausted, 2 when it raised (the exception in
/// `Vm::jit_error`), [`FOR_UNPACKED`] when `count` is not 0 and the item's
/// parts went to the `count` registers at `start` instead. Range and list
/// iterators are stepped here; every other iterator (generators included)
/// through `Vm::iter_next` (or `Vm::iter_next_into`), its kind OR-ed into
/// `profile` (the instruction's profile word, or null) as the interpreter
/// records it.
///
/// # Safety
/// `dst` and the `count` registers at `start` must be registers of the
/// running frame, whose pc must already point past the instruction (the
/// iterator may run Python code); `profile` is null or the instruction's
/// profile cell.
pub unsafe extern "C" fn rt_for_iter(
    vm: *mut Vm,
    it: u64,
    dst: *mut Value,
    profile: *const std::cell::Cell<u32>,
    start: *mut Value,
    count: u64,
) -> u32 {
    use tierpy_runtime::object::{Body, IterState};
    // SAFETY: the caller passes the live VM.
    let vm = unsafe { &mut *vm };
    let next = match Value(it).body() {
        Some(Body::Iter(IterState::Range { cur, stop, step })) => {
            if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                let v = *cur;
                *cur = cur.saturating_add(*step);
                Ok(Some(vm.new_int(v)))
            } else {
                Ok(None)
            }
        }
        Some(Body::Iter(IterState::Seq { seq, idx })) if let Some(l) = seq.as_list() => {
            if *idx < l.len() {
                *idx += 1;
                Ok(Some(l[*idx - 1]))
            } else {
                *idx = tierpy_runtime::object::SEQ_EXHAUSTED;
                Ok(None)
            }
        }
        other => {
            // SAFETY: null or the instruction's profile cell (see above).
            if let Some(cell) = unsafe { profile.as_ref() } {
                cell.set(cell.get() | tierpy_interp::profile::kind_bit(Value(it)));
            }
            match other {
                Some(Body::Generator(_)) => vm.gen_next(Value(it)),
                _ if count > 0 => {
                    // SAFETY: the caller's registers (see above).
                    let out = unsafe { std::slice::from_raw_parts_mut(start, count as usize) };
                    match vm.iter_next_into(Value(it), out) {
                        Ok(IterStep::Unpacked) => return FOR_UNPACKED,
                        Ok(IterStep::Item(v)) => Ok(Some(v)),
                        Ok(IterStep::Done) => Ok(None),
                        Err(e) => Err(e),
                    }
                }
                _ => vm.iter_next(Value(it)),
            }
        }
    };
    match next {
        Ok(Some(v)) => {
            // SAFETY: dst is a register of the running frame.
            unsafe { *dst = v };
            0
        }
        Ok(None) => 1,
        Err(e) => {
            vm.jit_error = Some((e, false));
            2
        }
    }
}

/// FTL entry points: the same functions, taking the register file as an
/// argument so that LLVM (which treats the register file as `noalias`) knows
/// the runtime may read and write it, and stores every live register first.
pub mod ftl {
    use super::*;

    /// [`rt_step`] for FTL code, then a collection if one is due (see `collect_if_due`).
    ///
    /// # Safety
    /// As for [`rt_step`].
    pub unsafe extern "C" fn rt_ftl_step(vm: *mut Vm, frame: *mut Frame, _regs: *mut Value, pc: u64) -> u32 {
        // SAFETY: forwarded unchanged.
        let s = unsafe { rt_step(vm, frame, pc) };
        // SAFETY: the caller's VM, its registers stored.
        unsafe { collect_if_due(vm, matches!(s, STEP_NEXT | STEP_JUMP)) };
        s
    }

    /// Collects garbage when due after a runtime call of FTL code that went
    /// well (`ok`: its result is in a register). FTL loop headers do not
    /// poll for collections: FTL code allocates only through these calls,
    /// and every object it holds is in a frame register when it makes one.
    /// So a loop that makes none never polls, and one that allocates
    /// through them collects as promptly as at a loop header. (A direct
    /// call into other compiled code takes the runtime's path when a
    /// collection is due; a recursive one does not need to: its callee is
    /// FTL code, which collects here.)
    ///
    /// # Safety
    /// `vm` is the live VM; the calling FTL code stored its registers.
    unsafe fn collect_if_due(vm: *mut Vm, ok: bool) {
        // SAFETY: the caller passes the live VM.
        let vm = unsafe { &mut *vm };
        if ok && vm.heap.wants_collection() {
            vm.collect_now();
        }
    }

    /// [`fast::rt_op`] for FTL code, then a collection if one is due.
    ///
    /// # Safety
    /// As for [`rt_step`].
    pub unsafe extern "C" fn rt_ftl_op(vm: *mut Vm, frame: *mut Frame, _regs: *mut Value, pc: u64) -> u32 {
        // SAFETY: forwarded unchanged.
        let s = unsafe { super::fast::rt_op(vm, frame, pc) };
        // SAFETY: the caller's VM, its registers stored.
        unsafe { collect_if_due(vm, matches!(s, STEP_NEXT | STEP_JUMP)) };
        s
    }

    /// [`rt_truth`] for FTL code, then a collection if one is due.
    ///
    /// # Safety
    /// As for [`rt_truth`].
    pub unsafe extern "C" fn rt_ftl_truth(vm: *mut Vm, _regs: *mut Value, v: u64) -> u32 {
        // SAFETY: forwarded unchanged.
        let t = unsafe { rt_truth(vm, v) };
        // SAFETY: the caller's VM, its registers stored (0 and 1 are truth values, 2 an error).
        unsafe { collect_if_due(vm, t < 2) };
        t
    }

    /// [`rt_for_iter`] for FTL code, then a collection if one is due.
    ///
    /// # Safety
    /// As for [`rt_for_iter`].
    pub unsafe extern "C" fn rt_ftl_for_iter(
        vm: *mut Vm,
        _regs: *mut Value,
        dst: *mut Value,
        start: *mut Value,
        it: u64,
        count: u64,
    ) -> u32 {
        // SAFETY: forwarded unchanged.
        let s = unsafe { rt_for_iter(vm, it, dst, std::ptr::null(), start, count) };
        // SAFETY: the caller's VM, its registers stored (0: an item, in its
        // register; 1: done; 2: an error; FOR_UNPACKED: the item's parts in theirs).
        unsafe { collect_if_due(vm, s != 2) };
        s
    }

    /// The word FTL code leaves in a register written back unboxed that is
    /// unbound (no int of the inline range is this word).
    pub const UNBOXED_UNBOUND: u64 = i64::MIN as u64;

    /// Boxes the registers FTL code wrote back as plain ints when it left
    /// (so its exits store one word per register): bit `i` of `mask` set
    /// means `regs[i]` holds an int of the inline range, or
    /// [`UNBOXED_UNBOUND`]. Nothing else runs between those stores and this call.
    ///
    /// # Safety
    /// `regs` points at least at as many registers as `mask`'s highest bit.
    pub unsafe extern "C" fn rt_ftl_box_ints(regs: *mut u64, mask: u64) {
        for i in (0..64).filter(|i| mask & (1 << i) != 0) {
            // SAFETY: the caller's mask names registers of its frame.
            let r = unsafe { &mut *regs.add(i) };
            *r = if *r == UNBOXED_UNBOUND { Value::EMPTY.0 } else { Value::small_int(*r as i64).0 };
        }
    }

    /// The boxed int `x`, a big int when it does not fit the inline range:
    /// a 64-bit result of FTL arithmetic written back to the frame (see the
    /// FTL's `wide` module). Allocates, never collects.
    ///
    /// # Safety
    /// `vm` is the live VM.
    pub unsafe extern "C" fn rt_ftl_box_wide(vm: *mut Vm, x: i64) -> u64 {
        // SAFETY: the caller passes the live VM.
        let vm = unsafe { &mut *vm };
        vm.new_int(x).0
    }

    /// A fresh iterator over the list `list`: the `GetIter` of a value FTL
    /// code proved an exact list. Allocates, never collects (no Python
    /// code runs).
    ///
    /// # Safety
    /// `vm` is the live VM; `list` is a list.
    pub unsafe extern "C" fn rt_ftl_list_iter(vm: *mut Vm, list: u64) -> u64 {
        // SAFETY: the caller passes the live VM.
        let vm = unsafe { &mut *vm };
        match vm.get_iter(Value(list)) {
            Ok(it) => it.0,
            Err(_) => unreachable!("a list is iterable"),
        }
    }

    /// `count_at` for a departure of FTL code that is no OSR exit (a safepoint, a yield).
    pub const NOT_AN_EXIT: u64 = u64::MAX;

    /// Set in `count_at` for an exit at a loop that had not run when the code
    /// was compiled: the code is to be thrown away at once, for the lower
    /// tiers to profile the loop (see `CodeObject::ftl_reprofile`).
    pub const TO_PROFILE: u64 = 1 << 62;

    /// Where FTL code hands the frame back to the runtime: boxes the first
    /// 64 registers it wrote back as plain ints (as [`rt_ftl_box_ints`]),
    /// counts an OSR exit at pc `count_at` (unless [`NOT_AN_EXIT`]; with
    /// [`TO_PROFILE`], enough exits for the code to be thrown away) and sets
    /// the frame's pc to `resume`. One call, where the same work written at
    /// every exit was a large part of a function's code.
    ///
    /// # Safety
    /// `frame` is the frame the FTL code runs; `mask` names registers of it.
    pub unsafe extern "C" fn rt_ftl_leave(frame: *mut Frame, mask: u64, count_at: u64, resume: u64) {
        // SAFETY: the caller passes its own frame.
        let f = unsafe { &mut *frame };
        // SAFETY: as for rt_ftl_box_ints: the mask names registers of this frame.
        unsafe { rt_ftl_box_ints(f.regs as *mut u64, mask) };
        if count_at != NOT_AN_EXIT {
            let code = &f.code;
            let pc = count_at & !TO_PROFILE;
            let at = &code.exit_counts[pc as usize];
            at.set(at.get() + 1);
            code.ftl_exits.set(code.ftl_exits.get() + 1);
            if count_at & TO_PROFILE != 0 {
                code.ftl_reprofile.set(Some(pc as u32));
                code.ftl_exits.set(code.ftl_exits.get().max(tierpy_interp::dispatch::FTL_EXIT_LIMIT));
            }
        }
        f.pc = resume as usize;
    }

    /// Where FTL code refuses to start a call because an argument is of
    /// another kind than the code was compiled for: records the arguments'
    /// kinds (for the next compile) and counts the refusal as an OSR exit.
    /// The frame, untouched, then runs in the interpreter from its start.
    ///
    /// # Safety
    /// `frame` is the frame the FTL code was entered with.
    pub unsafe extern "C" fn rt_ftl_refuse_start(frame: *mut Frame) {
        // SAFETY: the caller passes its own frame.
        let f = unsafe { &*frame };
        tierpy_interp::profile::note_param_kinds(f);
        let code = &f.code;
        code.param_exits.set(code.param_exits.get() + 1);
        code.ftl_exits.set(code.ftl_exits.get() + 1);
    }
}

/// Specialized slow paths for the instructions compiled code meets most:
/// they skip the interpreter's general dispatch (same semantics, same helpers).
pub mod fast {
    use super::*;
    use tierpy_bytecode::{Instr, Reg};
    use tierpy_interp::slow;

    /// Finishes a specialized slow path: stores the result or records the error.
    fn finish(vm: &mut Vm, f: &mut Frame, dst: Reg, r: tierpy_runtime::PyResult<Value>) -> u32 {
        status(vm, r.map(|v| f.set_reg(dst.idx(), v)))
    }

    /// The step status of an instruction that completed or raised.
    fn status(vm: &mut Vm, r: tierpy_runtime::PyResult<()>) -> u32 {
        match r {
            Ok(()) => STEP_NEXT,
            Err(e) => {
                vm.jit_error = Some((e, false));
                JIT_ERROR
            }
        }
    }

    /// The operands of `Call { dst, func, argc }` as [`rt_call`] takes them.
    pub fn call_operands(dst: Reg, func: Reg, argc: u16) -> u64 {
        func.idx() as u64 | (argc as u64) << 16 | (dst.idx() as u64) << 32
    }

    /// `Call` at `pc` with its operands packed by [`call_operands`]: the
    /// call every Python call in baseline code makes, with nothing decoded
    /// at run time.
    ///
    /// # Safety
    /// As for [`rt_step`]; `operands` must be those of the `Call` at `pc`.
    pub unsafe extern "C" fn rt_call(vm: *mut Vm, frame: *mut Frame, pc: u64, operands: u64) -> u32 {
        // SAFETY: the caller passes the VM and frame it was entered with.
        let (vmr, f) = unsafe { (&mut *vm, &mut *frame) };
        f.pc = pc as usize + 1;
        let func = (operands & 0xFFFF) as usize;
        let argc = (operands >> 16 & 0xFFFF) as usize;
        // What was called, as the interpreter records it: an optimized
        // recompile calls Python functions directly only where it saw one.
        let cell = &f.code.profile[pc as usize];
        cell.set(cell.get() | tierpy_interp::profile::kind_bit(f.reg(func)));
        call_in_frame(vmr, f, Reg((operands >> 32) as u16), func, argc)
    }

    /// Calls the function in register `func` with the `argc` registers
    /// after it as arguments; the result goes to `dst`.
    fn call_in_frame(vm: &mut Vm, f: &mut Frame, dst: Reg, func: usize, argc: usize) -> u32 {
        let fv = f.reg(func);
        // SAFETY: the arguments are argc consecutive registers after func.
        let args = unsafe { std::slice::from_raw_parts(f.regs.add(func + 1), argc) };
        let r = slow::call(vm, fv, args);
        finish(vm, f, dst, r)
    }

    /// `LoadGlobal`, `Call`, `CallMethod`, `GetAttr` and `SetAttr` at `pc`; anything else runs through [`rt_step`].
    ///
    /// # Safety
    /// As for [`rt_step`].
    pub unsafe extern "C" fn rt_op(vm: *mut Vm, frame: *mut Frame, pc: u64) -> u32 {
        // SAFETY: the caller passes the VM and frame it was entered with.
        let (vmr, f) = unsafe { (&mut *vm, &mut *frame) };
        let pc = pc as usize;
        f.pc = pc + 1;
        let code = f.code.clone();
        match code.instrs[pc] {
            Instr::LoadGlobal { dst, name } => {
                let names = vmr.names_of(&code);
                // SAFETY: name indexes come from the compiler.
                let n = Value(unsafe { *names.add(name.0 as usize) });
                let r = slow::load_global(vmr, &code, pc, f.globals, n);
                finish(vmr, f, dst, r)
            }
            Instr::Call { dst, func, argc } => call_in_frame(vmr, f, dst, func.idx(), argc as usize),
            Instr::CallMethod { dst, base, name, argc } => {
                let names = vmr.names_of(&code);
                // SAFETY: as above.
                let n = Value(unsafe { *names.add(name.0 as usize) });
                // SAFETY: the receiver and arguments are consecutive registers.
                let args = unsafe { std::slice::from_raw_parts(f.regs.add(base.idx()), argc as usize + 1) };
                tierpy_interp::profile::note_receiver(&code.profile[pc], &code.cache[pc], args[0]);
                let r = vmr.call_method_at(&code.cache[pc], n, args);
                finish(vmr, f, dst, r)
            }
            Instr::GetAttr { dst, obj, name } => {
                let names = vmr.names_of(&code);
                // SAFETY: as above.
                let n = Value(unsafe { *names.add(name.0 as usize) });
                let o = f.reg(obj.idx());
                let r = vmr.get_attr_at(&code.cache[pc], o, n);
                finish(vmr, f, dst, r)
            }
            Instr::SetAttr { obj, name, src } => {
                let names = vmr.names_of(&code);
                // SAFETY: as above.
                let n = Value(unsafe { *names.add(name.0 as usize) });
                let r = vmr.set_attr_at(&code.cache[pc], f.reg(obj.idx()), n, f.reg(src.idx()));
                status(vmr, r)
            }
            // SAFETY: forwarded unchanged.
            _ => unsafe { rt_step(vm, frame, pc as u64) },
        }
    }
}

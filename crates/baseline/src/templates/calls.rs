//! The `Call` and `CallMethod` templates. A call of a plain Python function
//! (or of a method that is one, found through the instruction's cache) whose code is
//! compiled sets up the callee's frame here (registers on the VM's register
//! stack, the frame in a slot of this function's native frame) and calls the
//! callee's code directly, as `dispatch::call_direct` would; a callee that
//! leaves its compiled code (an exit, an exception, a safepoint) is finished
//! by the runtime (`rt_finish_call`). Every other call, and one that would
//! tier up, poll or recurse too deep, goes through `rt_call` (`rt_op` for
//! method calls). Only calls that were seen calling a Python function
//! (the instruction's profile, or a method call's cache) get the direct
//! path: its code, though not run, makes the code around it slower (nbody's
//! `math.sqrt` call took 30% longer with it).

use super::*;
use cranelift_codegen::ir::{StackSlot, StackSlotData, StackSlotKind};
use tierpy_interp::profile::{FUNCTION, POLYMORPHIC};
use tierpy_jit::method_cache::cached_method;
use tierpy_jit::runtime_calls::fast::{call_operands, rt_call, rt_op};
use tierpy_jit::runtime_calls::{rt_bind_closure, rt_finish_call};
use tierpy_runtime::object::KIND_FUNCTION;
use tierpy_runtime::vm::STACK_VALUES;

impl Emitter<'_> {
    /// The slot holding the frame of the callee of a direct call (one per
    /// function: calls do not overlap).
    fn callee_frame(&mut self) -> StackSlot {
        *self.callee_frame.get_or_insert_with(|| {
            let size = self.layout.call.frame_size as u32;
            self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size, 3))
        })
    }

    /// `Call { dst, func, argc }` (see the module doc).
    pub(super) fn call_function(&mut self, pc: usize, dst: Reg, func: Reg, argc: u16) {
        if self.code.profile[pc].get() & FUNCTION != 0 {
            let slow = self.cold_block();
            let fv = self.load(func);
            self.direct_call(pc, dst, fv, Reg(func.0 + 1), argc, slow);
            self.b.switch_to_block(slow);
        }
        self.slow_with_operand(rt_call as *const () as usize, pc, Some(call_operands(dst, func, argc)), None);
    }

    /// `CallMethod { dst, base, name, argc }` of a plain function found in
    /// a user class the way `Vm::call_method_at` finds it: the receiver an
    /// instance of the class the instruction's cache holds, at the current
    /// class epoch; no instance attribute may hide methods and no class
    /// hooks attribute access. The receiver is the first argument.
    pub(super) fn call_method(&mut self, pc: usize, dst: Reg, base: Reg, name: usize, argc: u16) {
        if let Some(direct) = self.cached_method_function(pc) {
            let slow = self.cold_block();
            let flags = MemFlagsData::trusted();
            let o = self.load(base);
            let (p, slot, same) = self.instance_of_cached_class(pc, o, slow);
            let cl = self.layout.call;
            let mut plain = self.b.ins().iconst(types::I8, 1);
            for off in [cl.vm_methods_shadowed, cl.vm_attr_hooks_defined] {
                let set = self.b.ins().load(types::I8, flags, self.vm, off);
                let clear = self.b.ins().icmp_imm_s(IntCC::Equal, set, 0);
                plain = self.b.ins().band(plain, clear);
            }
            let found = if self.code.profile[pc].get() & POLYMORPHIC == 0 {
                let ok = self.b.ins().band(same, plain);
                self.guard(ok, slow);
                self.b.ins().load(types::I64, flags, slot, 16)
            } else {
                self.guard(plain, slow);
                self.method_of_any_class(p, slot, same, name, direct.attr_cache, slow)
            };
            self.direct_call(pc, dst, found, base, argc + 1, slow);
            self.b.switch_to_block(slow);
        }
        self.slow_with(rt_op as *const () as usize, pc, None);
    }

    /// In an optimized compile where the method call at `pc` last found a
    /// Python function in its receiver's class, what direct calls need.
    fn cached_method_function(&self, pc: usize) -> Option<DirectCalls> {
        let direct = self.direct_calls?;
        cached_method(self.code, pc, direct.class_epoch).map(|_| direct)
    }

    /// The class attribute `name` of the class of the instance at `p`, at a
    /// call site that saw receivers of several classes: the function in the
    /// instruction's cache when the class is the cached one (`same`), else
    /// the entry of the VM's class attribute cache for (class, name) at the
    /// current class epoch, read as `Vm::class_lookup_v` reads it; a miss
    /// branches to `slow`, whose lookup fills that entry.
    fn method_of_any_class(&mut self, p: CV, slot: CV, same: CV, name: usize, attr_cache: usize, slow: Block) -> CV {
        let flags = MemFlagsData::trusted();
        let (cached, other, found) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        let f = self.b.append_block_param(found, types::I64);
        self.b.ins().brif(same, cached, &[], other, &[]);
        self.b.switch_to_block(cached);
        let in_slot = self.b.ins().load(types::I64, flags, slot, 16);
        self.b.ins().jump(found, &[in_slot.into()]);
        self.b.switch_to_block(other);
        // SAFETY: name indexes come from the compiler; `names` has one word per name.
        let key = unsafe { *self.names.add(name) };
        let cls = self.b.ins().load(types::I64, flags, p, self.layout.instance.class);
        let mixed = self.b.ins().ushr_imm_u(cls, 4);
        let mixed = self.b.ins().bxor_imm_s(mixed, (key >> 3) as i64);
        let hash = self.b.ins().imul_imm_s(mixed, tierpy_runtime::vm::ATTR_CACHE_HASH as i64);
        let i = self.b.ins().ushr_imm_u(hash, 52);
        let i = self.b.ins().band_imm_s(i, (tierpy_runtime::vm::ATTR_CACHE_ENTRIES - 1) as i64);
        let off = self.b.ins().ishl_imm_u(i, 5);
        let entry = self.b.ins().iadd_imm_s(off, attr_cache as i64);
        let (c, k, epoch) = (
            self.b.ins().load(types::I64, flags, entry, 0),
            self.b.ins().load(types::I64, flags, entry, 8),
            self.b.ins().load(types::I64, flags, entry, 16),
        );
        let now = self.b.ins().load(types::I64, flags, self.vm, tierpy_jit::layout::VM_CLASS_EPOCH);
        let same_cls = self.b.ins().icmp(IntCC::Equal, c, cls);
        let same_key = self.b.ins().icmp_imm_s(IntCC::Equal, k, key as i64);
        let current = self.b.ins().icmp(IntCC::Equal, epoch, now);
        let hit = self.b.ins().band(same_cls, same_key);
        let hit = self.b.ins().band(hit, current);
        self.guard(hit, slow);
        let v = self.b.ins().load(types::I64, flags, entry, 24);
        self.b.ins().jump(found, &[v.into()]);
        self.b.switch_to_block(found);
        f
    }

    /// The call at `pc` of `fv` with the `argc` registers from `first` as
    /// arguments, straight into its compiled code when `fv` is a plain
    /// function that can take it (see the module doc); else branches to `slow`.
    fn direct_call(&mut self, pc: usize, dst: Reg, fv: CV, first: Reg, argc: u16, slow: Block) {
        let Some(DirectCalls { stack_base, .. }) = self.direct_calls else {
            return self.jump(slow);
        };
        let flags = MemFlagsData::trusted();
        let (fl, cl) = (self.layout.function, self.layout.call);
        let p = self.object_of_kind(fv, KIND_FUNCTION, slow);
        let fo = self.b.ins().load(types::I64, flags, p, fl.boxed);
        let code = self.b.ins().load(types::I64, flags, fo, fl.code);
        // The callee: compiled, binding by copying `argc` arguments, not due to tier up.
        let entry = self.b.ins().load(types::I64, flags, code, fl.jit_entry);
        let mut ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, entry, 0);
        let want = self.b.ins().uload16(types::I64, flags, code, fl.direct_call_argc);
        let binds = self.b.ins().icmp_imm_s(IntCC::Equal, want, argc as i64);
        ok = self.b.ins().band(ok, binds);
        let counter = self.b.ins().load(types::I32, flags, code, fl.counter);
        let counter = self.b.ins().iadd_imm_s(counter, 1);
        let tier_at = self.b.ins().load(types::I32, flags, code, fl.next_tier_at);
        let below = self.b.ins().icmp(IntCC::UnsignedLessThan, counter, tier_at);
        ok = self.b.ins().band(ok, below);
        // The VM: recursion depth, register stack and native stack room, nothing to poll.
        let depth = self.b.ins().load(types::I64, flags, self.vm, cl.vm_depth);
        let limit = self.b.ins().load(types::I64, flags, self.vm, cl.vm_recursion_limit);
        let shallow = self.b.ins().icmp(IntCC::UnsignedLessThan, depth, limit);
        ok = self.b.ins().band(ok, shallow);
        let sp = self.b.ins().load(types::I64, flags, self.vm, cl.vm_sp);
        let nregs = self.b.ins().uload16(types::I64, flags, code, fl.nregs);
        // One register below the callee's holds the function: a root while
        // it runs (a method may be replaced in its class during its call).
        let top = self.b.ins().iadd(sp, nregs);
        let top = self.b.ins().iadd_imm_s(top, 1);
        let room = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThanOrEqual, top, STACK_VALUES as i64);
        ok = self.b.ins().band(ok, room);
        let pending = self.poll_pending();
        let quiet = self.b.ins().bxor_imm_s(pending, 1);
        ok = self.b.ins().band(ok, quiet);
        let slot = self.callee_frame();
        let cf = self.b.ins().stack_addr(types::I64, slot, 0);
        let stack_limit = self.b.ins().load(types::I64, flags, self.vm, cl.vm_stack_limit);
        let native_room = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, cf, stack_limit);
        ok = self.b.ins().band(ok, native_room);
        self.guard(ok, slow);

        // The function, then the callee's registers: the arguments, then EMPTY.
        self.set_pc(pc + 1);
        let off = self.b.ins().ishl_imm_u(sp, 3);
        let rooted = self.b.ins().iadd_imm_s(off, stack_base as i64);
        self.b.ins().store(flags, fv, rooted, 0);
        let regs = self.b.ins().iadd_imm_s(rooted, 8);
        for i in 0..argc {
            let v = self.load(Reg(first.0 + i));
            self.b.ins().store(flags, v, regs, i as i32 * 8);
        }
        let (fill, fill_one, filled) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        let i = self.b.append_block_param(fill, types::I64);
        let first = self.iconst(argc as i64);
        self.b.ins().jump(fill, &[first.into()]);
        self.b.switch_to_block(fill);
        let more = self.b.ins().icmp(IntCC::UnsignedLessThan, i, nregs);
        self.b.ins().brif(more, fill_one, &[], filled, &[]);
        self.b.switch_to_block(fill_one);
        let at = self.b.ins().ishl_imm_u(i, 3);
        let at = self.b.ins().iadd(regs, at);
        let empty = self.iconst(Value::EMPTY.0 as i64);
        self.b.ins().store(flags, empty, at, 0);
        let i1 = self.b.ins().iadd_imm_s(i, 1);
        self.b.ins().jump(fill, &[i1.into()]);
        self.b.switch_to_block(filled);
        // A closure's cells go to its free variable registers.
        let (bind, bound) = (self.b.create_block(), self.b.create_block());
        let cells = self.b.ins().uload16(types::I64, flags, code, fl.closure_cells);
        let closure = self.b.ins().icmp_imm_s(IntCC::NotEqual, cells, 0);
        self.b.ins().brif(closure, bind, &[], bound, &[]);
        self.b.switch_to_block(bind);
        self.call(rt_bind_closure as *const () as usize, &[regs, fv]);
        self.jump(bound);
        self.b.switch_to_block(bound);

        // The callee's frame, the VM's bookkeeping, the counters.
        self.b.ins().store(flags, top, self.vm, cl.vm_sp);
        self.b.ins().store(flags, counter, code, fl.counter);
        let n = self.b.ins().load(types::I64, flags, code, fl.compiled_calls);
        let n = self.b.ins().iadd_imm_s(n, 1);
        self.b.ins().store(flags, n, code, fl.compiled_calls);
        let deeper = self.b.ins().iadd_imm_s(depth, 1);
        self.b.ins().store(flags, deeper, self.vm, cl.vm_depth);
        let caller = self.b.ins().load(types::I64, flags, self.vm, cl.vm_current_frame);
        let exc_base = self.b.ins().load(types::I64, flags, self.vm, cl.vm_exc_len);
        let globals = self.b.ins().load(types::I64, flags, fo, fl.globals);
        let (zero, empty, none) = (self.iconst(0), self.iconst(Value::EMPTY.0 as i64), self.iconst(Value::NONE.0 as i64));
        for (off, v) in [
            (cl.frame_code, code),
            (cl.frame_regs, regs),
            (cl.frame_pc, zero),
            (cl.frame_globals, globals),
            (cl.frame_namespace, empty),
            (cl.frame_func, fv),
            (cl.frame_exc_base, exc_base),
            (cl.frame_ret, none),
        ] {
            self.b.ins().store(flags, v, cf, off);
        }
        let in_jit = self.b.ins().iconst(types::I8, 1);
        self.b.ins().store(flags, in_jit, cf, cl.frame_in_jit);
        self.b.ins().store(flags, cf, self.vm, cl.vm_current_frame);
        let exits = self.b.ins().load(types::I64, flags, code, fl.ftl_exits);

        let s = self.b.import_signature(sig(2));
        let vm = self.vm;
        let call = self.b.ins().call_indirect(s, entry, &[vm, cf]);
        let status = self.b.inst_results(call)[0];
        let (done, finish, failed) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        let returned = self.b.ins().icmp_imm_s(IntCC::Equal, status, JIT_RETURN as i64);
        self.b.ins().brif(returned, done, &[], finish, &[]);
        self.b.switch_to_block(finish);
        let wide = self.b.ins().uextend(types::I64, status);
        let settled = self.call(rt_finish_call as *const () as usize, &[vm, cf, wide, entry, exits]);
        let next = self.b.ins().icmp_imm_s(IntCC::Equal, settled, STEP_NEXT as i64);
        self.b.ins().brif(next, done, &[], failed, &[]);
        let restore = |e: &mut Self| {
            e.b.ins().store(flags, sp, e.vm, cl.vm_sp);
            e.b.ins().store(flags, depth, e.vm, cl.vm_depth);
            e.b.ins().store(flags, caller, e.vm, cl.vm_current_frame);
        };
        self.b.switch_to_block(failed);
        restore(self);
        self.jump(self.error_exit);
        self.b.switch_to_block(done);
        restore(self);
        let v = self.b.ins().load(types::I64, flags, cf, cl.frame_ret);
        self.store(dst, v);
        let n = self.next(pc);
        self.jump(n);
    }
}

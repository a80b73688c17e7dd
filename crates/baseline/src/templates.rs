//! One code template per opcode. Every instruction gets its own block; the
//! function starts with a switch on the frame's pc so that it can be entered
//! at any instruction. Registers are loaded from and stored to the frame's
//! register file around each instruction.

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{AbiParam, Block, InstBuilder, InstructionData, MemFlagsData, Opcode, Signature, SourceLoc, ValueDef, types};
use cranelift_codegen::isa::{CallConv, TargetFrontendConfig};
use cranelift_frontend::{FunctionBuilder, Switch};
use tierpy_bytecode::instr::BinOp;
use tierpy_bytecode::{CodeObject, Instr, Reg};
use tierpy_interp::dispatch::{JIT_ERROR, JIT_INTERPRET, JIT_RETURN, JIT_YIELD};
use tierpy_jit::layout::Layouts;
use tierpy_jit::poll::PollAddrs;
use tierpy_jit::runtime_calls::{STEP_JUMP, STEP_NEXT, rt_safepoint, rt_step, rt_truth};
use tierpy_runtime::object::{
    HAS_DATA_DESCRIPTORS, HOOK_GETATTRIBUTE, HOOK_SETATTR, KIND_INSTANCE, KIND_LIST, KIND_RANGE_ITER, KIND_SEQ_ITER, KIND_TUPLE,
};
use tierpy_runtime::value::{FIRST_TAG, TAG_BOOL, TAG_INT, TAG_PTR};
use tierpy_runtime::{Frame, Value};

mod calls;

type CV = cranelift_codegen::ir::Value;

const OFF_REGS: i32 = std::mem::offset_of!(Frame, regs) as i32;
const OFF_PC: i32 = std::mem::offset_of!(Frame, pc) as i32;
const OFF_RET: i32 = std::mem::offset_of!(Frame, ret) as i32;
const OFF_GLOBALS: i32 = std::mem::offset_of!(Frame, globals) as i32;
const PAYLOAD: i64 = 0xFFFF_FFFF_FFFF;
/// What item-kind recording reads a kind byte from when a value is no
/// object (zeroed: no object kind is 0); larger than any object header.
static NO_OBJECT: [u8; 256] = [0; 256];
/// Loop headers look at the tier-up threshold and compiles to install once
/// every this many counts (a power of two), to keep the loads out of most
/// iterations; Ctrl-C and due collections are looked at every iteration.
const POLL_EVERY: u32 = 64;

/// The comparison an instruction performs.
#[derive(Clone, Copy)]
enum Cmp {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
}

impl Cmp {
    fn int(self) -> IntCC {
        match self {
            Cmp::Lt => IntCC::SignedLessThan,
            Cmp::Le => IntCC::SignedLessThanOrEqual,
            Cmp::Gt => IntCC::SignedGreaterThan,
            Cmp::Ge => IntCC::SignedGreaterThanOrEqual,
            Cmp::Eq => IntCC::Equal,
            Cmp::Ne => IntCC::NotEqual,
        }
    }

    fn float(self) -> FloatCC {
        match self {
            Cmp::Lt => FloatCC::LessThan,
            Cmp::Le => FloatCC::LessThanOrEqual,
            Cmp::Gt => FloatCC::GreaterThan,
            Cmp::Ge => FloatCC::GreaterThanOrEqual,
            Cmp::Eq => FloatCC::Equal,
            Cmp::Ne => FloatCC::NotEqual,
        }
    }
}

/// Which arithmetic an instruction performs on the fast path.
#[derive(Clone, Copy)]
enum Arith {
    Add,
    Sub,
    Mul,
}

/// Int-only operators with an inline fast path.
#[derive(Clone, Copy)]
enum IntOp {
    And,
    Or,
    Xor,
    FloorDiv,
    Mod,
    Shl,
    Shr,
}

impl IntOp {
    /// The int operator an `Inplace` instruction's `op` names, if it is one
    /// (on ints, `x op= y` is `x = x op y`).
    fn of(op: u8) -> Option<IntOp> {
        Some(match BinOp::from_u8(op) {
            BinOp::BitAnd => IntOp::And,
            BinOp::BitOr => IntOp::Or,
            BinOp::BitXor => IntOp::Xor,
            BinOp::FloorDiv => IntOp::FloorDiv,
            BinOp::Mod => IntOp::Mod,
            BinOp::LShift => IntOp::Shl,
            BinOp::RShift => IntOp::Shr,
            _ => return None,
        })
    }
}

/// What an optimized compile's direct calls read from the VM at compile time.
#[derive(Clone, Copy)]
pub struct DirectCalls {
    /// The address of the VM's register stack (see `Vm::stack_base`).
    pub stack_base: usize,
    /// The class epoch now: a method call's cache filled at it names live objects.
    pub class_epoch: u64,
    /// The address of the VM's class attribute cache (`Vm::attr_cache`),
    /// which method calls seeing several classes read.
    pub attr_cache: usize,
}

/// Emits the native function of one code object.
pub struct Emitter<'a> {
    b: FunctionBuilder<'a>,
    code: &'a CodeObject,
    consts: *const u64,
    blocks: Vec<Block>,
    ret_block: Block,
    /// Blocks that return JIT_INTERPRET and JIT_ERROR.
    interp_exit: Block,
    error_exit: Block,
    /// Slow-path blocks waiting for their bodies: (block, pc).
    pending_slow: Vec<(Block, usize)>,
    vm: CV,
    frame: CV,
    regs: CV,
    layout: Layouts,
    poll: PollAddrs,
    /// The code object's interned names as words (inline global loads compare keys).
    names: *const u64,
    /// Which instructions start a basic block (see [`Self::constant_in`]).
    block_starts: Vec<bool>,
    /// The instruction being emitted.
    pc: usize,
    /// What calls straight into compiled callees need, in optimized
    /// compiles (quick ones keep their code small and call through the runtime).
    direct_calls: Option<DirectCalls>,
    /// The native-stack slot of direct callees' frames, once one is made.
    callee_frame: Option<cranelift_codegen::ir::StackSlot>,
}

fn sig(params: usize) -> Signature {
    let mut s = Signature::new(CallConv::SystemV);
    for _ in 0..params {
        s.params.push(AbiParam::new(types::I64));
    }
    s.returns.push(AbiParam::new(types::I32));
    s
}

impl<'a> Emitter<'a> {
    pub fn new(
        mut b: FunctionBuilder<'a>,
        code: &'a CodeObject,
        consts: *const u64,
        layout: Layouts,
        poll: PollAddrs,
        names: *const u64,
        direct_calls: Option<DirectCalls>,
    ) -> Self {
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let vm = b.block_params(entry)[0];
        let frame = b.block_params(entry)[1];
        let regs = b.ins().load(types::I64, MemFlagsData::trusted(), frame, OFF_REGS);
        let blocks = (0..code.instrs.len()).map(|_| b.create_block()).collect();
        let ret_block = b.create_block();
        b.append_block_param(ret_block, types::I32);
        let interp_exit = b.create_block();
        let error_exit = b.create_block();
        b.set_cold_block(interp_exit);
        b.set_cold_block(error_exit);
        let block_starts = tierpy_jit::entries::jump_targets(&code.instrs, &tierpy_jit::entries::code_entry_points(code));
        Emitter {
            b,
            code,
            consts,
            blocks,
            ret_block,
            interp_exit,
            error_exit,
            pending_slow: vec![],
            vm,
            frame,
            regs,
            layout,
            poll,
            names,
            block_starts,
            pc: 0,
            direct_calls,
            callee_frame: None,
        }
    }

    /// Whether this is an optimized compile (only those call directly).
    fn optimized(&self) -> bool {
        self.direct_calls.is_some()
    }

    /// Whether the loop header must call the safepoint (counter `c` at the
    /// tier-up threshold, Ctrl-C, a collection due, compiles to install).
    fn safepoint_due(&mut self, c: CV) -> CV {
        let flags = MemFlagsData::trusted();
        let at = self.iconst(&self.code.next_tier_at as *const _ as i64);
        let threshold = self.b.ins().load(types::I32, flags, at, 0);
        let due = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, c, threshold);
        let pending = self.poll_pending();
        self.b.ins().bor(due, pending)
    }

    /// Whether the runtime has work at the next safepoint whatever the
    /// counter says: Ctrl-C, compiles to install, a collection due.
    fn poll_pending(&mut self) -> CV {
        let flags = MemFlagsData::trusted();
        let mut pending = self.collection_due();
        for flag in [self.poll.interrupt, self.poll.tier_ready] {
            let a = self.iconst(flag as i64);
            let v = self.b.ins().load(types::I8, flags, a, 0);
            let set = self.b.ins().icmp_imm_u(IntCC::NotEqual, v, 0);
            pending = self.b.ins().bor(pending, set);
        }
        pending
    }

    /// Whether the allocations since the last collection reached its threshold.
    fn collection_due(&mut self) -> CV {
        let flags = MemFlagsData::trusted();
        let sg = self.iconst(self.poll.since_gc as i64);
        let th = self.iconst(self.poll.gc_threshold as i64);
        let sg = self.b.ins().load(types::I64, flags, sg, 0);
        let th = self.b.ins().load(types::I64, flags, th, 0);
        self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, sg, th)
    }

    /// Emits the entry switch and every instruction's template.
    pub fn emit_function(&mut self) {
        let pc = self.b.ins().load(types::I64, MemFlagsData::trusted(), self.frame, OFF_PC);
        let interp = self.interp_exit;
        let mut sw = Switch::new();
        let start = self.b.create_block();
        for pc in tierpy_jit::entries::code_entry_points(self.code) {
            sw.set_entry(pc as u128, if pc == 0 { start } else { self.blocks[pc] });
        }
        sw.emit(&mut self.b, pc, interp);
        self.b.switch_to_block(start);
        self.record_param_kinds();
        let first = self.blocks[0];
        self.jump(first);
        for pc in 0..self.code.instrs.len() {
            self.b.switch_to_block(self.blocks[pc]);
            // Dumps show each instruction's pc as its source location (`@001a`).
            self.b.set_srcloc(SourceLoc::new(pc as u32));
            self.pc = pc;
            let ins = self.code.instrs[pc];
            self.emit_instr(pc, ins);
            for (blk, at) in std::mem::take(&mut self.pending_slow) {
                self.b.switch_to_block(blk);
                self.slow(at, None);
            }
        }
        self.b.switch_to_block(self.ret_block);
        let status = self.b.block_params(self.ret_block)[0];
        self.b.ins().return_(&[status]);
        for (blk, status) in [(self.interp_exit, JIT_INTERPRET), (self.error_exit, JIT_ERROR)] {
            self.b.switch_to_block(blk);
            let s = self.b.ins().iconst(types::I32, status as i64);
            self.b.ins().return_(&[s]);
        }
    }

    /// Seals and finalizes the function.
    pub fn finish(mut self, config: TargetFrontendConfig) {
        self.b.seal_all_blocks();
        self.b.finalize(config);
    }

    /// A register's value as the current instruction starts: a constant
    /// when the instruction before just loaded one into it.
    fn load(&mut self, r: Reg) -> CV {
        match self.constant_in(r) {
            Some(word) => self.iconst(word as i64),
            None => self.b.ins().load(types::I64, MemFlagsData::trusted(), self.regs, (r.idx() * 8) as i32),
        }
    }

    /// The constant word in register `r` when the current instruction
    /// starts, if the instruction before loaded it: that one always runs
    /// right before unless the current one starts a basic block. Templates
    /// then leave out the type checks the constant passes.
    fn constant_in(&self, r: Reg) -> Option<u64> {
        let pc = self.pc;
        if pc == 0 || self.block_starts[pc] {
            return None;
        }
        match self.code.instrs[pc - 1] {
            Instr::LoadInt { dst, value } if dst == r => Some(Value::small_int(value as i64).0),
            // SAFETY: the constant table was materialized before compiling and lives as long as the code.
            Instr::LoadConst { dst, idx } if dst == r => Some(unsafe { *self.consts.add(idx.0 as usize) }),
            _ => None,
        }
    }

    /// The value of `v` when it is a constant of the function being built.
    fn known(&self, v: CV) -> Option<i64> {
        let dfg = &self.b.func.dfg;
        let ValueDef::Result(inst, _) = dfg.value_def(v) else { return None };
        match dfg.insts[inst] {
            InstructionData::UnaryImm { opcode: Opcode::Iconst, imm } => Some(imm.bits()),
            _ => None,
        }
    }

    /// A boolean (i8) that is `c` when known now, else computed by `f`.
    fn test_or(&mut self, c: Option<bool>, f: impl FnOnce(&mut Self) -> CV) -> CV {
        match c {
            Some(c) => self.b.ins().iconst(types::I8, c as i64),
            None => f(self),
        }
    }

    /// `x & y` on booleans, folded when either is known.
    fn and(&mut self, x: CV, y: CV) -> CV {
        match (self.known(x), self.known(y)) {
            (Some(0), _) | (_, Some(0)) => self.b.ins().iconst(types::I8, 0),
            (Some(_), _) => y,
            (_, Some(_)) => x,
            _ => self.b.ins().band(x, y),
        }
    }

    fn store(&mut self, r: Reg, v: CV) {
        self.b.ins().store(MemFlagsData::trusted(), v, self.regs, (r.idx() * 8) as i32);
    }

    fn iconst(&mut self, v: i64) -> CV {
        self.b.ins().iconst(types::I64, v)
    }

    fn set_pc(&mut self, pc: usize) {
        let v = self.iconst(pc as i64);
        self.b.ins().store(MemFlagsData::trusted(), v, self.frame, OFF_PC);
    }

    fn call(&mut self, f: usize, args: &[CV]) -> CV {
        let s = self.b.import_signature(sig(args.len()));
        let callee = self.iconst(f as i64);
        let call = self.b.ins().call_indirect(s, callee, args);
        self.b.inst_results(call)[0]
    }

    fn next(&self, pc: usize) -> Block {
        self.blocks.get(pc + 1).copied().unwrap_or(self.ret_block)
    }

    fn jump(&mut self, to: Block) {
        self.b.ins().jump(to, &[]);
    }

    /// Runs the instruction in the interpreter and continues accordingly.
    fn slow(&mut self, pc: usize, jump_target: Option<usize>) {
        self.slow_with(rt_step as *const () as usize, pc, jump_target)
    }

    /// Like [`Self::slow`] through a given helper with `rt_step`'s contract.
    fn slow_with(&mut self, helper: usize, pc: usize, jump_target: Option<usize>) {
        self.slow_with_operand(helper, pc, None, jump_target)
    }

    /// Like [`Self::slow_with`], passing the helper one more argument after the pc.
    fn slow_with_operand(&mut self, helper: usize, pc: usize, operand: Option<u64>, jump_target: Option<usize>) {
        let pcv = self.iconst(pc as i64);
        let (vm, frame) = (self.vm, self.frame);
        let status = match operand {
            Some(x) => {
                let x = self.iconst(x as i64);
                self.call(helper, &[vm, frame, pcv, x])
            }
            None => self.call(helper, &[vm, frame, pcv]),
        };
        let is_next = self.b.ins().icmp_imm_s(IntCC::Equal, status, STEP_NEXT as i64);
        let rare = self.cold_block();
        let next = self.next(pc);
        self.b.ins().brif(is_next, next, &[], rare, &[]);
        self.b.switch_to_block(rare);
        match jump_target {
            Some(t) => {
                let is_jump = self.b.ins().icmp_imm_s(IntCC::Equal, status, STEP_JUMP as i64);
                let other = self.cold_block();
                let target = self.blocks[t];
                self.b.ins().brif(is_jump, target, &[], other, &[]);
                self.b.switch_to_block(other);
                self.b.ins().jump(self.ret_block, &[status.into()]);
            }
            None => {
                self.b.ins().jump(self.ret_block, &[status.into()]);
            }
        }
    }

    /// Continues in a new block when `cond` holds, else branches to `otherwise`.
    fn guard(&mut self, cond: CV, otherwise: Block) {
        if self.known(cond).is_some_and(|c| c != 0) {
            return;
        }
        let ok = self.b.create_block();
        self.b.ins().brif(cond, ok, &[], otherwise, &[]);
        self.b.switch_to_block(ok);
    }

    /// A block laid out after all the others: slow paths kept there leave
    /// the fast paths dense in the instruction cache.
    fn cold_block(&mut self) -> Block {
        let blk = self.b.create_block();
        self.b.set_cold_block(blk);
        blk
    }

    /// A block that runs the instruction through the slow path.
    fn slow_block(&mut self, pc: usize) -> Block {
        let blk = self.cold_block();
        self.pending_slow.push((blk, pc));
        blk
    }

    /// Branches to a new block when both values are small ints, else to
    /// another new block; returns (ints, not ints).
    fn branch_on_ints(&mut self, x: CV, y: CV) -> (Block, Block) {
        let int_blk = self.b.create_block();
        let not_int = self.b.create_block();
        let xi = self.is_small_int(x);
        let yi = self.is_small_int(y);
        let both = self.and(xi, yi);
        match self.known(both) {
            Some(0) => self.jump(not_int),
            Some(_) => self.jump(int_blk),
            None => {
                self.b.ins().brif(both, int_blk, &[], not_int, &[]);
            }
        }
        (int_blk, not_int)
    }

    /// In block `from`: continues in a new block with both values as f64
    /// when each is a float or a small int (exact in f64), else branches to
    /// `slow`. Two floats go straight there; a mix takes a branch-free
    /// conversion, which keeps the template small.
    fn numbers_or(&mut self, from: Block, x: CV, y: CV, slow: Block) -> (CV, CV) {
        self.b.switch_to_block(from);
        let join = self.b.create_block();
        let fx = self.b.append_block_param(join, types::F64);
        let fy = self.b.append_block_param(join, types::F64);
        let mixed = self.b.create_block();
        let xf = self.is_float(x);
        let yf = self.is_float(y);
        let both = self.and(xf, yf);
        let bx = self.b.ins().bitcast(types::F64, MemFlagsData::new(), x);
        let by = self.b.ins().bitcast(types::F64, MemFlagsData::new(), y);
        match self.known(both) {
            Some(0) => self.jump(mixed),
            Some(_) => {
                self.b.ins().jump(join, &[bx.into(), by.into()]);
            }
            None => {
                self.b.ins().brif(both, join, &[bx.into(), by.into()], mixed, &[]);
            }
        }
        self.b.switch_to_block(mixed);
        let (xok, mx) = self.as_number(x);
        let (yok, my) = self.as_number(y);
        let ok = self.b.ins().band(xok, yok);
        self.guard(ok, slow);
        self.b.ins().jump(join, &[mx.into(), my.into()]);
        self.b.switch_to_block(join);
        (fx, fy)
    }

    /// Whether `v` is a float or a small int, and its value as f64 if so.
    fn as_number(&mut self, v: CV) -> (CV, CV) {
        let is_f = self.is_float(v);
        let is_i = self.is_small_int(v);
        let ok = self.b.ins().bor(is_f, is_i);
        let bits = self.b.ins().bitcast(types::F64, MemFlagsData::new(), v);
        let n = self.unbox_int(v);
        let conv = self.b.ins().fcvt_from_sint(types::F64, n);
        (ok, self.b.ins().select(is_f, bits, conv))
    }

    /// `a / b` on floats and small ints (a zero divisor takes the slow path).
    fn true_div(&mut self, pc: usize, dst: Reg, a: Reg, b: Reg) {
        let x = self.load(a);
        let y = self.load(b);
        let slow = self.slow_block(pc);
        let start = self.b.create_block();
        self.jump(start);
        let (fx, fy) = self.numbers_or(start, x, y, slow);
        let zero = self.b.ins().f64const(0.0);
        let nz = self.b.ins().fcmp(FloatCC::NotEqual, fy, zero);
        self.guard(nz, slow);
        let q = self.b.ins().fdiv(fx, fy);
        let bits = self.b.ins().bitcast(types::I64, MemFlagsData::new(), q);
        self.store(dst, bits);
        let next = self.next(pc);
        self.jump(next);
    }

    fn is_small_int(&mut self, v: CV) -> CV {
        let c = self.known(v).map(|w| (w as u64) >> 48 == TAG_INT >> 48);
        self.test_or(c, |e| {
            let tag = e.b.ins().ushr_imm_u(v, 48);
            e.b.ins().icmp_imm_s(IntCC::Equal, tag, (TAG_INT >> 48) as i64)
        })
    }

    fn is_float(&mut self, v: CV) -> CV {
        let c = self.known(v).map(|w| (w as u64) < FIRST_TAG);
        self.test_or(c, |e| {
            let lim = e.iconst(FIRST_TAG as i64);
            e.b.ins().icmp(IntCC::UnsignedLessThan, v, lim)
        })
    }

    fn unbox_int(&mut self, v: CV) -> CV {
        match self.known(v) {
            Some(w) => self.iconst(w << 16 >> 16),
            None => {
                let s = self.b.ins().ishl_imm_u(v, 16);
                self.b.ins().sshr_imm_u(s, 16)
            }
        }
    }

    fn box_int(&mut self, v: CV) -> CV {
        let p = self.b.ins().band_imm_s(v, PAYLOAD);
        self.b.ins().bor_imm_s(p, TAG_INT as i64)
    }

    fn box_bool(&mut self, c: CV) -> CV {
        let w = self.b.ins().uextend(types::I64, c);
        self.b.ins().bor_imm_s(w, TAG_BOOL as i64)
    }

    fn arith(&mut self, pc: usize, op: Arith, dst: Reg, a: Reg, b: Reg) {
        let x = self.load(a);
        let y = self.load(b);
        let slow = self.slow_block(pc);
        let (int_blk, not_int) = self.branch_on_ints(x, y);

        self.b.switch_to_block(int_blk);
        let p = self.unbox_int(x);
        let q = self.unbox_int(y);
        let fits_blk = self.b.create_block();
        let r = match op {
            Arith::Add => self.b.ins().iadd(p, q),
            Arith::Sub => self.b.ins().isub(p, q),
            Arith::Mul => {
                // Operands below 2^23 in magnitude cannot overflow 48 bits.
                let small = |e: &mut Self, v: CV| {
                    let off = e.b.ins().iadd_imm_s(v, 1 << 23);
                    e.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, off, 1 << 24)
                };
                let sp = small(self, p);
                let sq = small(self, q);
                let ok = self.b.ins().band(sp, sq);
                let mul_blk = self.b.create_block();
                self.b.ins().brif(ok, mul_blk, &[], slow, &[]);
                self.b.switch_to_block(mul_blk);
                self.b.ins().imul(p, q)
            }
        };
        let chk = self.unbox_int(r);
        let fits = self.b.ins().icmp(IntCC::Equal, chk, r);
        self.b.ins().brif(fits, fits_blk, &[], slow, &[]);
        self.b.switch_to_block(fits_blk);
        let boxed = self.box_int(r);
        self.store(dst, boxed);
        let next = self.next(pc);
        self.jump(next);

        let (fx, fy) = self.numbers_or(not_int, x, y, slow);
        let fr = match op {
            Arith::Add => self.b.ins().fadd(fx, fy),
            Arith::Sub => self.b.ins().fsub(fx, fy),
            Arith::Mul => self.b.ins().fmul(fx, fy),
        };
        let bits = self.b.ins().bitcast(types::I64, MemFlagsData::new(), fr);
        self.store(dst, bits);
        let next = self.next(pc);
        self.jump(next);
    }

    /// Bitwise and floor-division operators on two small ints; anything else
    /// (including division by zero) goes to the slow path.
    fn int_op(&mut self, pc: usize, op: IntOp, dst: Reg, a: Reg, b: Reg) {
        let x = self.load(a);
        let y = self.load(b);
        let slow = self.slow_block(pc);
        let xi = self.is_small_int(x);
        let yi = self.is_small_int(y);
        let both = self.b.ins().band(xi, yi);
        self.guard(both, slow);
        let p = self.unbox_int(x);
        let q = self.unbox_int(y);
        let r = match op {
            IntOp::And => self.b.ins().band(p, q),
            IntOp::Or => self.b.ins().bor(p, q),
            IntOp::Xor => self.b.ins().bxor(p, q),
            IntOp::Shr => {
                // Negative counts raise (the slow path); 63 shifts out every bit.
                let ok = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThanOrEqual, q, 0);
                self.guard(ok, slow);
                let sixty_three = self.b.ins().iconst(types::I64, 63);
                let big = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, q, 63);
                let n = self.b.ins().select(big, sixty_three, q);
                self.b.ins().sshr(p, n)
            }
            IntOp::Shl => {
                // Counts of 0 to 63 whose shift loses no bits; the store checks the range.
                let small = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, q, 64);
                self.guard(small, slow);
                let r = self.b.ins().ishl(p, q);
                let back = self.b.ins().sshr(r, q);
                let kept = self.b.ins().icmp(IntCC::Equal, back, p);
                self.guard(kept, slow);
                r
            }
            IntOp::FloorDiv | IntOp::Mod => {
                let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, q, 0);
                let div_blk = self.b.create_block();
                self.b.ins().brif(nz, div_blk, &[], slow, &[]);
                self.b.switch_to_block(div_blk);
                let quo = self.b.ins().sdiv(p, q);
                let rem = self.b.ins().srem(p, q);
                // Floor semantics: adjust when the remainder's sign differs from the divisor's.
                let rnz = self.b.ins().icmp_imm_s(IntCC::NotEqual, rem, 0);
                let sx = self.b.ins().bxor(rem, q);
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, sx, 0);
                let adj = self.b.ins().band(rnz, neg);
                let adj64 = self.b.ins().uextend(types::I64, adj);
                match op {
                    IntOp::FloorDiv => self.b.ins().isub(quo, adj64),
                    _ => {
                        let add = self.b.ins().imul(adj64, q);
                        self.b.ins().iadd(rem, add)
                    }
                }
            }
        };
        let chk = self.unbox_int(r);
        let fits = self.b.ins().icmp(IntCC::Equal, chk, r);
        self.guard(fits, slow);
        let boxed = self.box_int(r);
        self.store(dst, boxed);
        let n = self.next(pc);
        self.jump(n);
    }

    /// `for` over a range or list iterator inline; other iterators, the end
    /// of a list and values outside the inline int range through the helper.
    fn for_iter(&mut self, pc: usize, dst: Reg, iter: Reg, target: usize) {
        let flags = MemFlagsData::trusted();
        let it = self.load(iter);
        let helper = self.b.create_block();
        let tag = self.b.ins().ushr_imm_u(it, 48);
        let is_ptr = self.b.ins().icmp_imm_s(IntCC::Equal, tag, (TAG_PTR >> 48) as i64);
        self.guard(is_ptr, helper);
        let p = self.b.ins().band_imm_s(it, PAYLOAD);
        let kind = self.b.ins().load(types::I8, flags, p, self.layout.list.kind);
        let is_range = self.b.ins().icmp_imm_s(IntCC::Equal, kind, KIND_RANGE_ITER as i64);
        let (range_blk, not_range) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(is_range, range_blk, &[], not_range, &[]);
        // Range: both cur and step in the inline int range, so cur + step cannot overflow.
        self.b.switch_to_block(range_blk);
        let r = self.layout.range;
        let cur = self.b.ins().load(types::I64, flags, p, r.cur);
        let stop = self.b.ins().load(types::I64, flags, p, r.stop);
        let step = self.b.ins().load(types::I64, flags, p, r.step);
        let fits = |e: &mut Self, v: CV| {
            let o = e.b.ins().iadd_imm_s(v, 1 << 47);
            e.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, o, 1 << 48)
        };
        let (cf, sf) = (fits(self, cur), fits(self, step));
        let small = self.b.ins().band(cf, sf);
        self.guard(small, helper);
        let pos = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, step, 0);
        let lt = self.b.ins().icmp(IntCC::SignedLessThan, cur, stop);
        let gt = self.b.ins().icmp(IntCC::SignedGreaterThan, cur, stop);
        let more = self.b.ins().select(pos, lt, gt);
        let item_blk = self.b.create_block();
        let done = self.blocks[target];
        self.b.ins().brif(more, item_blk, &[], done, &[]);
        self.b.switch_to_block(item_blk);
        let next_cur = self.b.ins().iadd(cur, step);
        self.b.ins().store(flags, next_cur, p, r.cur);
        let v = self.box_int(cur);
        self.store(dst, v);
        let next = self.next(pc);
        self.jump(next);
        // A list iterator before the end of its list.
        self.b.switch_to_block(not_range);
        let is_seq = self.b.ins().icmp_imm_s(IntCC::Equal, kind, KIND_SEQ_ITER as i64);
        self.guard(is_seq, helper);
        let (l, s) = (self.layout.list, self.layout.seq_iter);
        let seq = self.b.ins().load(types::I64, flags, p, s.seq);
        let sp = self.b.ins().band_imm_s(seq, PAYLOAD);
        let skind = self.b.ins().load(types::I8, flags, sp, l.kind);
        let is_list = self.b.ins().icmp_imm_s(IntCC::Equal, skind, KIND_LIST as i64);
        self.guard(is_list, helper);
        let idx = self.b.ins().load(types::I64, flags, p, s.idx);
        let len = self.b.ins().load(types::I64, flags, sp, l.len);
        let inb = self.b.ins().icmp(IntCC::UnsignedLessThan, idx, len);
        self.guard(inb, helper);
        let data = self.b.ins().load(types::I64, flags, sp, l.data);
        let off = self.b.ins().ishl_imm_u(idx, 3);
        let addr = self.b.ins().iadd(data, off);
        let item = self.b.ins().load(types::I64, flags, addr, 0);
        let idx1 = self.b.ins().iadd_imm_s(idx, 1);
        self.b.ins().store(flags, idx1, p, s.idx);
        self.store(dst, item);
        self.record_item_kind(pc, item);
        self.jump(next);
        // Everything else (generators too: the pc is set for their code).
        self.b.switch_to_block(helper);
        self.set_pc(pc + 1);
        let dst_addr = self.b.ins().iadd_imm_s(self.regs, (dst.idx() * 8) as i64);
        let vm = self.vm;
        let profile = self.iconst(&self.code.profile[pc] as *const _ as i64);
        let fused = tierpy_bytecode::instr::unpacked_for_item(&self.code.instrs, pc);
        let (start, count) = fused.unwrap_or((dst, 0));
        let start_addr = self.b.ins().iadd_imm_s(self.regs, (start.idx() * 8) as i64);
        let count = self.iconst(count as i64);
        let s = self.call(tierpy_jit::runtime_calls::rt_for_iter as *const () as usize, &[vm, it, dst_addr, profile, start_addr, count]);
        let got = self.b.ins().icmp_imm_s(IntCC::Equal, s, 0);
        let rest = self.b.create_block();
        self.b.ins().brif(got, next, &[], rest, &[]);
        self.b.switch_to_block(rest);
        if fused.is_some() {
            // The parts went to the unpack's registers: on after the unpack.
            let unpacked = self.b.ins().icmp_imm_s(IntCC::Equal, s, tierpy_jit::runtime_calls::FOR_UNPACKED as i64);
            let other = self.b.create_block();
            let after = self.blocks[pc + 2];
            self.b.ins().brif(unpacked, after, &[], other, &[]);
            self.b.switch_to_block(other);
        }
        let done_now = self.b.ins().icmp_imm_s(IntCC::Equal, s, 1);
        self.b.ins().brif(done_now, done, &[], self.error_exit, &[]);
    }

    /// `LoadGlobal` through the instruction's cache, read inline: a name
    /// found in the globals dict (cache: globals, entry index), or in the
    /// builtins while the globals dict gained no key (cache: builtins, entry
    /// index, globals, keys added); a miss runs the runtime's lookup, which
    /// refills the cache.
    fn load_global(&mut self, pc: usize, dst: Reg, name: usize) {
        let flags = MemFlagsData::trusted();
        let d = self.layout.dict;
        let slow = self.slow_block(pc);
        let slot = self.iconst(&self.code.cache[pc] as *const _ as i64);
        let tag = self.b.ins().load(types::I64, flags, slot, 0);
        let idx = self.b.ins().load(types::I64, flags, slot, 8);
        let g = self.b.ins().load(types::I64, flags, self.frame, OFF_GLOBALS);
        let lookup = self.b.create_block();
        let dict = self.b.append_block_param(lookup, types::I64);
        let same = self.b.ins().icmp(IntCC::Equal, tag, g);
        // Quick compiles (compile time first) leave builtins to the runtime.
        if !self.optimized() {
            self.b.ins().brif(same, lookup, &[g.into()], slow, &[]);
        } else {
            let builtin = self.b.create_block();
            self.b.ins().brif(same, lookup, &[g.into()], builtin, &[]);
            self.b.switch_to_block(builtin);
            let builtins = self.b.ins().load(types::I64, flags, self.vm, tierpy_jit::layout::VM_BUILTINS);
            let in_globals = self.b.ins().load(types::I64, flags, slot, 16);
            let added = self.b.ins().load(types::I64, flags, slot, 24);
            let gobj = self.b.ins().band_imm_s(g, PAYLOAD);
            let now = self.b.ins().uload32(flags, gobj, d.added);
            let from_builtins = self.b.ins().icmp(IntCC::Equal, tag, builtins);
            let same_globals = self.b.ins().icmp(IntCC::Equal, in_globals, g);
            let none_added = self.b.ins().icmp(IntCC::Equal, added, now);
            let ok = self.b.ins().band(from_builtins, same_globals);
            let ok = self.b.ins().band(ok, none_added);
            self.b.ins().brif(ok, lookup, &[builtins.into()], slow, &[]);
        }
        self.b.switch_to_block(lookup);
        let obj = self.b.ins().band_imm_s(dict, PAYLOAD);
        let ents = self.b.ins().load(types::I64, flags, obj, d.entries);
        let len = self.b.ins().load(types::I64, flags, obj, d.len);
        let inb = self.b.ins().icmp(IntCC::UnsignedLessThan, idx, len);
        self.guard(inb, slow);
        let off = self.b.ins().imul_imm_s(idx, d.entry_size as i64);
        let e = self.b.ins().iadd(ents, off);
        let key = self.b.ins().load(types::I64, flags, e, d.key);
        // SAFETY: name indexes come from the compiler; `names` has one word per name.
        let want = unsafe { *self.names.add(name) } as i64;
        let hit = self.b.ins().icmp_imm_s(IntCC::Equal, key, want);
        self.guard(hit, slow);
        let v = self.b.ins().load(types::I64, flags, e, d.value);
        self.store(dst, v);
        let next = self.next(pc);
        self.jump(next);
    }

    fn compare(&mut self, pc: usize, cmp: Cmp, dst: Reg, a: Reg, b: Reg) {
        let x = self.load(a);
        let y = self.load(b);
        let slow = self.slow_block(pc);
        let (int_blk, not_int) = self.branch_on_ints(x, y);
        self.b.switch_to_block(int_blk);
        let p = self.unbox_int(x);
        let q = self.unbox_int(y);
        let c = self.b.ins().icmp(cmp.int(), p, q);
        self.compared(pc, dst, c);
        let (fx, fy) = self.numbers_or(not_int, x, y, slow);
        let c = self.b.ins().fcmp(cmp.float(), fx, fy);
        self.compared(pc, dst, c);
    }

    /// Ends a comparison's fast path with its outcome `c`: stores the bool,
    /// and when the next instruction branches on it (and always runs right
    /// after), takes that branch here instead of reading the bool back.
    fn compared(&mut self, pc: usize, dst: Reg, c: CV) {
        let v = self.box_bool(c);
        self.store(dst, v);
        let fused = match self.code.instrs.get(pc + 1) {
            _ if pc + 2 >= self.code.instrs.len() || self.block_starts[pc + 1] => None,
            Some(&Instr::JumpIfFalse { cond, target }) if cond == dst => Some((self.blocks[pc + 2], self.blocks[target.0 as usize])),
            Some(&Instr::JumpIfTrue { cond, target }) if cond == dst => Some((self.blocks[target.0 as usize], self.blocks[pc + 2])),
            _ => None,
        };
        match fused {
            Some((on_true, on_false)) => {
                self.b.ins().brif(c, on_true, &[], on_false, &[]);
            }
            None => {
                let next = self.next(pc);
                self.jump(next);
            }
        }
    }

    /// Checks that `o` is a list and `k` an in-bounds non-negative small int;
    /// returns the element's address (continuing in a new block) or branches to `slow`.
    fn list_element(&mut self, o: CV, k: CV, slow: Block) -> CV {
        let ki = self.is_small_int(k);
        self.guard(ki, slow);
        let p = self.object_of_kind(o, KIND_LIST, slow);
        let idx = self.unbox_int(k);
        let len = self.b.ins().load(types::I64, MemFlagsData::trusted(), p, self.layout.list.len);
        let inb = self.b.ins().icmp(IntCC::UnsignedLessThan, idx, len);
        self.guard(inb, slow);
        let data = self.b.ins().load(types::I64, MemFlagsData::trusted(), p, self.layout.list.data);
        let off = self.b.ins().ishl_imm_u(idx, 3);
        self.b.ins().iadd(data, off)
    }

    fn get_item(&mut self, pc: usize, dst: Reg, obj: Reg, key: Reg) {
        let o = self.load(obj);
        let k = self.load(key);
        let slow = self.slow_block(pc);
        let addr = self.list_element(o, k, slow);
        let v = self.b.ins().load(types::I64, MemFlagsData::trusted(), addr, 0);
        self.store(dst, v);
        self.record_item_kind(pc, v);
        let n = self.next(pc);
        self.jump(n);
    }

    /// ORs the kind of an item a list fast path (`GetItem`, `ForIter`)
    /// returned (int, float, list or other) into the instruction's cache word, for
    /// the FTL to speculate on (as `profile::note_item_kind` does in the interpreter).
    /// Quick code records always; optimized code only where neither the
    /// interpreter nor quick code has yet (new kinds there end in FTL exits,
    /// which the FTL learns from): recording costs matmul 15%.
    fn record_item_kind(&mut self, pc: usize, v: CV) {
        if self.optimized() && self.code.cache[pc].get()[0] != 0 {
            return;
        }
        self.record_kind(self.code.cache[pc].as_ptr() as i64, v);
    }

    /// Records the kinds of the parameters as the function starts (as
    /// `profile::note_param_kinds` does in the interpreter), under the
    /// policy of [`Self::record_item_kind`].
    fn record_param_kinds(&mut self) {
        let code = self.code;
        if self.optimized() && code.param_kinds.iter().any(|k| k.get() != 0) {
            return;
        }
        for (i, cell) in code.param_kinds.iter().enumerate() {
            let v = self.load(Reg(i as u16));
            self.record_kind(cell.as_ptr() as i64, v);
        }
    }

    /// ORs `v`'s kind (`profile::speculation_kind`, computed without a
    /// branch) into the word at address `slot`.
    fn record_kind(&mut self, slot: i64, v: CV) {
        use tierpy_interp::profile::{FLOAT, INT, LIST, OTHER};
        let flags = MemFlagsData::trusted();
        let is_float = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, v, FIRST_TAG as i64);
        let tag = self.b.ins().ushr_imm_u(v, 48);
        let is_int = self.b.ins().icmp_imm_u(IntCC::Equal, tag, (TAG_INT >> 48) as i64);
        // Without a branch: the kind byte of the object, or of a zeroed
        // stand-in when `v` is no pointer.
        let is_ptr = self.b.ins().icmp_imm_u(IntCC::Equal, tag, (TAG_PTR >> 48) as i64);
        let obj = self.b.ins().band_imm_s(v, PAYLOAD);
        let stand_in = self.iconst(NO_OBJECT.as_ptr() as i64);
        let at = self.b.ins().select(is_ptr, obj, stand_in);
        let kind = self.b.ins().load(types::I8, flags, at, self.layout.list.kind);
        let is_list = self.b.ins().icmp_imm_u(IntCC::Equal, kind, KIND_LIST as i64);
        let (int, float, other, list) =
            (self.iconst(INT as i64), self.iconst(FLOAT as i64), self.iconst(OTHER as i64), self.iconst(LIST as i64));
        let k = self.b.ins().select(is_list, list, other);
        let k = self.b.ins().select(is_int, int, k);
        let k = self.b.ins().select(is_float, float, k);
        let slot = self.iconst(slot);
        let w = self.b.ins().load(types::I64, flags, slot, 0);
        let w = self.b.ins().bor(w, k);
        self.b.ins().store(flags, w, slot, 0);
    }

    fn set_item(&mut self, pc: usize, obj: Reg, key: Reg, src: Reg) {
        let o = self.load(obj);
        let k = self.load(key);
        let slow = self.slow_block(pc);
        let addr = self.list_element(o, k, slow);
        let v = self.load(src);
        self.b.ins().store(MemFlagsData::trusted(), v, addr, 0);
        let n = self.next(pc);
        self.jump(n);
    }

    /// The object address of `v` when it is a heap object of `kind`, continuing
    /// in a new block; else branches to `slow`.
    fn object_of_kind(&mut self, v: CV, kind: u8, slow: Block) -> CV {
        let tag = self.b.ins().ushr_imm_u(v, 48);
        let is_ptr = self.b.ins().icmp_imm_s(IntCC::Equal, tag, (TAG_PTR >> 48) as i64);
        self.guard(is_ptr, slow);
        let p = self.b.ins().band_imm_s(v, PAYLOAD);
        let k = self.b.ins().load(types::I8, MemFlagsData::trusted(), p, self.layout.list.kind);
        let is_kind = self.b.ins().icmp_imm_s(IntCC::Equal, k, kind as i64);
        self.guard(is_kind, slow);
        p
    }

    /// For `o` an instance (else branches to `slow`): its address, the
    /// address of the instruction's cache slot, and whether its class is
    /// the one the cache holds at the current class epoch.
    fn instance_of_cached_class(&mut self, pc: usize, o: CV, slow: Block) -> (CV, CV, CV) {
        let flags = MemFlagsData::trusted();
        let p = self.object_of_kind(o, KIND_INSTANCE, slow);
        let slot = self.iconst(&self.code.cache[pc] as *const _ as i64);
        let cls = self.b.ins().load(types::I64, flags, p, self.layout.instance.class);
        let cached = self.b.ins().load(types::I64, flags, slot, 0);
        let epoch = self.b.ins().load(types::I64, flags, slot, 8);
        let now = self.b.ins().load(types::I64, flags, self.vm, tierpy_jit::layout::VM_CLASS_EPOCH);
        let same_cls = self.b.ins().icmp(IntCC::Equal, cls, cached);
        let same_epoch = self.b.ins().icmp(IntCC::Equal, epoch, now);
        (p, slot, self.b.ins().band(same_cls, same_epoch))
    }

    /// The address of the instance attribute entry the instruction's cache
    /// names for `o.name` (see `Vm::get_attr_at`), else branches to `slow`.
    /// `o` must be an instance whose table holds `name` at the hinted entry,
    /// and its class either the cached one at the current class epoch or,
    /// as `Vm::sibling_instance_entry` allows, one whose hook bits, worked
    /// out at the current epoch, have none of `hooks` (a site seeing sibling
    /// subclasses stays inline).
    fn instance_entry(&mut self, pc: usize, o: CV, name: usize, hooks: u64, slow: Block) -> CV {
        let flags = MemFlagsData::trusted();
        let (il, d, cl) = (self.layout.instance, self.layout.dict, self.layout.class);
        let (p, slot, same) = self.instance_of_cached_class(pc, o, slow);
        let (hinted, sibling) = (self.b.create_block(), self.cold_block());
        self.b.ins().brif(same, hinted, &[], sibling, &[]);
        self.b.switch_to_block(sibling);
        let cls = self.b.ins().load(types::I64, flags, p, il.class);
        let cls = self.b.ins().band_imm_s(cls, PAYLOAD);
        let c = self.b.ins().load(types::I64, flags, cls, cl.boxed);
        let epoch = self.b.ins().load(types::I64, flags, c, cl.hooks);
        let bits = self.b.ins().load(types::I64, flags, c, cl.hooks + 8);
        let now = self.b.ins().load(types::I64, flags, self.vm, tierpy_jit::layout::VM_CLASS_EPOCH);
        let current = self.b.ins().icmp(IntCC::Equal, epoch, now);
        let hooked = self.b.ins().band_imm_s(bits, hooks as i64);
        let plain = self.b.ins().icmp_imm_s(IntCC::Equal, hooked, 0);
        let ok = self.b.ins().band(current, plain);
        self.b.ins().brif(ok, hinted, &[], slow, &[]);
        self.b.switch_to_block(hinted);
        let hint = self.b.ins().load(types::I64, flags, slot, 24);
        let idx = self.b.ins().iadd_imm_s(hint, -1);
        let len = self.b.ins().load(types::I64, flags, p, il.len);
        let inb = self.b.ins().icmp(IntCC::UnsignedLessThan, idx, len);
        self.guard(inb, slow);
        let ents = self.b.ins().load(types::I64, flags, p, il.entries);
        let off = self.b.ins().imul_imm_s(idx, d.entry_size as i64);
        let e = self.b.ins().iadd(ents, off);
        let key = self.b.ins().load(types::I64, flags, e, d.key);
        // SAFETY: name indexes come from the compiler; `names` has one word per name.
        let want = unsafe { *self.names.add(name) } as i64;
        let hit = self.b.ins().icmp_imm_s(IntCC::Equal, key, want);
        self.guard(hit, slow);
        e
    }

    /// `GetAttr` of an instance attribute inline (see [`Self::instance_entry`]).
    fn get_attr(&mut self, pc: usize, dst: Reg, obj: Reg, name: usize) {
        let o = self.load(obj);
        let slow = self.cold_block();
        let e = self.instance_entry(pc, o, name, HAS_DATA_DESCRIPTORS | HOOK_GETATTRIBUTE, slow);
        let v = self.b.ins().load(types::I64, MemFlagsData::trusted(), e, self.layout.dict.value);
        self.store(dst, v);
        let n = self.next(pc);
        self.jump(n);
        self.b.switch_to_block(slow);
        self.slow_with(tierpy_jit::runtime_calls::fast::rt_op as *const () as usize, pc, None);
    }

    /// `SetAttr` of an existing instance attribute inline.
    fn set_attr(&mut self, pc: usize, obj: Reg, name: usize, src: Reg) {
        let o = self.load(obj);
        let slow = self.cold_block();
        let e = self.instance_entry(pc, o, name, HAS_DATA_DESCRIPTORS | HOOK_SETATTR, slow);
        let v = self.load(src);
        self.b.ins().store(MemFlagsData::trusted(), v, e, self.layout.dict.value);
        let n = self.next(pc);
        self.jump(n);
        self.b.switch_to_block(slow);
        self.slow_with(tierpy_jit::runtime_calls::fast::rt_op as *const () as usize, pc, None);
    }

    /// `lst.append(x)` on a list with room for it, inline; anything else
    /// (another receiver, a full list) is the method call.
    fn list_append(&mut self, pc: usize, dst: Reg, base: Reg) {
        let flags = MemFlagsData::trusted();
        let l = self.layout.list;
        let slow = self.cold_block();
        let o = self.load(base);
        let p = self.object_of_kind(o, KIND_LIST, slow);
        let len = self.b.ins().load(types::I64, flags, p, l.len);
        let cap = self.b.ins().load(types::I64, flags, p, l.cap);
        let room = self.b.ins().icmp(IntCC::UnsignedLessThan, len, cap);
        self.guard(room, slow);
        let data = self.b.ins().load(types::I64, flags, p, l.data);
        let off = self.b.ins().ishl_imm_u(len, 3);
        let at = self.b.ins().iadd(data, off);
        let v = self.load(Reg(base.0 + 1));
        self.b.ins().store(flags, v, at, 0);
        let len1 = self.b.ins().iadd_imm_s(len, 1);
        self.b.ins().store(flags, len1, p, l.len);
        let none = self.iconst(Value::NONE.0 as i64);
        self.store(dst, none);
        let n = self.next(pc);
        self.jump(n);
        self.b.switch_to_block(slow);
        self.slow_with(tierpy_jit::runtime_calls::fast::rt_op as *const () as usize, pc, None);
    }

    /// `UnpackSequence` of a tuple or list of exactly `count` items, inline;
    /// anything else (another length raises) through the slow path.
    fn unpack_sequence(&mut self, pc: usize, start: Reg, count: u16, src: Reg) {
        let flags = MemFlagsData::trusted();
        let (l, t) = (self.layout.list, self.layout.tuple);
        let slow = self.slow_block(pc);
        let o = self.load(src);
        let tag = self.b.ins().ushr_imm_u(o, 48);
        let is_ptr = self.b.ins().icmp_imm_s(IntCC::Equal, tag, (TAG_PTR >> 48) as i64);
        self.guard(is_ptr, slow);
        let p = self.b.ins().band_imm_s(o, PAYLOAD);
        let kind = self.b.ins().load(types::I8, flags, p, l.kind);
        let (tuple_blk, not_tuple, list_blk, items) =
            (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        let data = self.b.append_block_param(items, types::I64);
        let len = self.b.append_block_param(items, types::I64);
        let is_tuple = self.b.ins().icmp_imm_s(IntCC::Equal, kind, KIND_TUPLE as i64);
        self.b.ins().brif(is_tuple, tuple_blk, &[], not_tuple, &[]);
        for (blk, data_at, len_at) in [(tuple_blk, t.data, t.len), (list_blk, l.data, l.len)] {
            self.b.switch_to_block(blk);
            let d = self.b.ins().load(types::I64, flags, p, data_at);
            let n = self.b.ins().load(types::I64, flags, p, len_at);
            self.b.ins().jump(items, &[d.into(), n.into()]);
        }
        self.b.switch_to_block(not_tuple);
        let is_list = self.b.ins().icmp_imm_s(IntCC::Equal, kind, KIND_LIST as i64);
        self.b.ins().brif(is_list, list_blk, &[], slow, &[]);
        self.b.switch_to_block(items);
        let exact = self.b.ins().icmp_imm_s(IntCC::Equal, len, count as i64);
        self.guard(exact, slow);
        let vals: Vec<CV> = (0..count).map(|i| self.b.ins().load(types::I64, flags, data, i as i32 * 8)).collect();
        for (i, v) in vals.into_iter().enumerate() {
            self.store(Reg(start.0 + i as u16), v);
        }
        let n = self.next(pc);
        self.jump(n);
    }

    fn branch(&mut self, pc: usize, cond: Reg, target: usize, when: bool) {
        let v = self.load(cond);
        let (taken, fall) = (self.blocks[target], self.next(pc));
        let (on_true, on_false) = if when { (taken, fall) } else { (fall, taken) };
        let is_true = self.b.ins().icmp_imm_s(IntCC::Equal, v, Value::TRUE.0 as i64);
        let check_false = self.b.create_block();
        self.b.ins().brif(is_true, on_true, &[], check_false, &[]);
        self.b.switch_to_block(check_false);
        let is_false = self.b.ins().icmp_imm_s(IntCC::Equal, v, Value::FALSE.0 as i64);
        let general = self.b.create_block();
        self.b.ins().brif(is_false, on_false, &[], general, &[]);
        self.b.switch_to_block(general);
        self.set_pc(pc + 1);
        let vm = self.vm;
        let t = self.call(rt_truth as *const () as usize, &[vm, v]);
        let is_err = self.b.ins().icmp_imm_s(IntCC::Equal, t, 2);
        let decide = self.b.create_block();
        let err = self.error_exit;
        self.b.ins().brif(is_err, err, &[], decide, &[]);
        self.b.switch_to_block(decide);
        self.b.ins().brif(t, on_true, &[], on_false, &[]);
    }

    fn emit_instr(&mut self, pc: usize, ins: Instr) {
        match ins {
            Instr::Nop {} => {
                let n = self.next(pc);
                self.jump(n)
            }
            Instr::Move { dst, src } => {
                let v = self.load(src);
                self.store(dst, v);
                let n = self.next(pc);
                self.jump(n);
            }
            Instr::LoadInt { dst, value } => {
                let v = self.iconst(Value::small_int(value as i64).0 as i64);
                self.store(dst, v);
                let n = self.next(pc);
                self.jump(n);
            }
            Instr::LoadConst { dst, idx } => {
                // SAFETY: the constant table was materialized before compiling and lives as long as the code.
                let bits = unsafe { *self.consts.add(idx.0 as usize) };
                let v = self.iconst(bits as i64);
                self.store(dst, v);
                let n = self.next(pc);
                self.jump(n);
            }
            Instr::Add { dst, a, b } => self.arith(pc, Arith::Add, dst, a, b),
            Instr::Sub { dst, a, b } => self.arith(pc, Arith::Sub, dst, a, b),
            Instr::Mul { dst, a, b } => self.arith(pc, Arith::Mul, dst, a, b),
            Instr::Inplace { op, dst, a, b } if op == BinOp::Add as u8 => self.arith(pc, Arith::Add, dst, a, b),
            Instr::Inplace { op, dst, a, b } if op == BinOp::Sub as u8 => self.arith(pc, Arith::Sub, dst, a, b),
            Instr::Inplace { op, dst, a, b } if op == BinOp::Mul as u8 => self.arith(pc, Arith::Mul, dst, a, b),
            Instr::TrueDiv { dst, a, b } => self.true_div(pc, dst, a, b),
            Instr::Inplace { op, dst, a, b } if op == BinOp::TrueDiv as u8 => self.true_div(pc, dst, a, b),
            Instr::Lt { dst, a, b } => self.compare(pc, Cmp::Lt, dst, a, b),
            Instr::Le { dst, a, b } => self.compare(pc, Cmp::Le, dst, a, b),
            Instr::Gt { dst, a, b } => self.compare(pc, Cmp::Gt, dst, a, b),
            Instr::Ge { dst, a, b } => self.compare(pc, Cmp::Ge, dst, a, b),
            Instr::Eq { dst, a, b } => self.compare(pc, Cmp::Eq, dst, a, b),
            Instr::Ne { dst, a, b } => self.compare(pc, Cmp::Ne, dst, a, b),
            Instr::Jump { target } => {
                let t = self.blocks[target.0 as usize];
                self.jump(t);
            }
            Instr::JumpIfFalse { cond, target } => self.branch(pc, cond, target.0 as usize, false),
            Instr::JumpIfTrue { cond, target } => self.branch(pc, cond, target.0 as usize, true),
            Instr::Is { dst, a, b } | Instr::IsNot { dst, a, b } => {
                // Identity is equality of the words.
                let cc = if matches!(ins, Instr::Is { .. }) { IntCC::Equal } else { IntCC::NotEqual };
                let (x, y) = (self.load(a), self.load(b));
                let c = self.b.ins().icmp(cc, x, y);
                let v = self.box_bool(c);
                self.store(dst, v);
                let next = self.next(pc);
                self.jump(next);
            }
            Instr::Not { dst, src } => {
                // A bool flips its payload bit; anything else asks for its truth.
                let v = self.load(src);
                let slow = self.slow_block(pc);
                let tag = self.b.ins().ushr_imm_u(v, 48);
                let is_bool = self.b.ins().icmp_imm_s(IntCC::Equal, tag, (TAG_BOOL >> 48) as i64);
                self.guard(is_bool, slow);
                let flipped = self.b.ins().bxor_imm_s(v, 1);
                self.store(dst, flipped);
                let next = self.next(pc);
                self.jump(next);
            }
            Instr::LoopHeader {} => {
                // The loop ran: the FTL compiles loops that never did as exits.
                let reached = self.iconst(&self.code.profile[pc] as *const _ as i64);
                let bit = self.b.ins().iconst(types::I32, tierpy_interp::profile::REACHED as i64);
                self.b.ins().store(MemFlagsData::trusted(), bit, reached, 0);
                let addr = self.iconst(&self.code.counter as *const _ as i64);
                let c = self.b.ins().load(types::I32, MemFlagsData::trusted(), addr, 0);
                let c1 = self.b.ins().iadd_imm_s(c, 1);
                self.b.ins().store(MemFlagsData::trusted(), c1, addr, 0);
                // Ctrl-C and a due collection (a loop may allocate much per
                // iteration) are seen at once; the rest every POLL_EVERY counts.
                let n = self.next(pc);
                let (check, poll) = (self.b.create_block(), self.b.create_block());
                let at = self.iconst(self.poll.interrupt as i64);
                let interrupted = self.b.ins().load(types::I8, MemFlagsData::trusted(), at, 0);
                let gc = self.collection_due();
                let turn = self.b.ins().band_imm_s(c1, (POLL_EVERY - 1) as i64);
                let turn = self.b.ins().icmp_imm_s(IntCC::Equal, turn, 0);
                let look = self.b.ins().bor(interrupted, turn);
                let look = self.b.ins().bor(look, gc);
                self.b.ins().brif(look, check, &[], n, &[]);
                self.b.switch_to_block(check);
                let due = self.safepoint_due(c1);
                self.b.ins().brif(due, poll, &[], n, &[]);
                self.b.switch_to_block(poll);
                self.set_pc(pc + 1);
                let (vm, frame) = (self.vm, self.frame);
                let s = self.call(rt_safepoint as *const () as usize, &[vm, frame]);
                let leave = self.b.create_block();
                self.b.ins().brif(s, leave, &[], n, &[]);
                self.b.switch_to_block(leave);
                self.b.ins().jump(self.ret_block, &[s.into()]);
            }
            Instr::Yield { src, .. } => {
                let v = self.load(src);
                self.b.ins().store(MemFlagsData::trusted(), v, self.frame, OFF_RET);
                self.set_pc(pc + 1);
                let s = self.b.ins().iconst(types::I32, JIT_YIELD as i64);
                self.b.ins().jump(self.ret_block, &[s.into()]);
            }
            Instr::Return { src } => {
                let v = self.load(src);
                self.b.ins().store(MemFlagsData::trusted(), v, self.frame, OFF_RET);
                let s = self.b.ins().iconst(types::I32, JIT_RETURN as i64);
                self.b.ins().return_(&[s]);
            }
            Instr::ForIter { dst, iter, target } => self.for_iter(pc, dst, iter, target.0 as usize),
            Instr::BitAnd { dst, a, b } => self.int_op(pc, IntOp::And, dst, a, b),
            Instr::BitOr { dst, a, b } => self.int_op(pc, IntOp::Or, dst, a, b),
            Instr::BitXor { dst, a, b } => self.int_op(pc, IntOp::Xor, dst, a, b),
            Instr::FloorDiv { dst, a, b } => self.int_op(pc, IntOp::FloorDiv, dst, a, b),
            Instr::Mod { dst, a, b } => self.int_op(pc, IntOp::Mod, dst, a, b),
            Instr::LShift { dst, a, b } => self.int_op(pc, IntOp::Shl, dst, a, b),
            Instr::RShift { dst, a, b } => self.int_op(pc, IntOp::Shr, dst, a, b),
            Instr::Inplace { op, dst, a, b } if IntOp::of(op).is_some() => {
                self.int_op(pc, IntOp::of(op).expect("an int operator"), dst, a, b)
            }
            Instr::GetItem { dst, obj, key } => self.get_item(pc, dst, obj, key),
            Instr::LoadGlobal { dst, name } => self.load_global(pc, dst, name.0 as usize),
            Instr::GetAttr { dst, obj, name } => self.get_attr(pc, dst, obj, name.0 as usize),
            Instr::SetAttr { obj, name, src } => self.set_attr(pc, obj, name.0 as usize, src),
            Instr::CallMethod { dst, base, name, argc: 1 } if &*self.code.names[name.0 as usize] == "append" => {
                self.list_append(pc, dst, base)
            }
            Instr::Call { dst, func, argc } => self.call_function(pc, dst, func, argc),
            Instr::CallMethod { dst, base, name, argc } => self.call_method(pc, dst, base, name.0 as usize, argc),
            Instr::SetItem { obj, key, src } => self.set_item(pc, obj, key, src),
            Instr::UnpackSequence { start, count, src } if self.optimized() => self.unpack_sequence(pc, start, count, src),
            Instr::LoadCell { dst, cell, .. } => {
                // A cell register always holds a cell; an empty one raises
                // through the interpreter.
                let c = self.load(cell);
                let p = self.b.ins().band_imm_s(c, PAYLOAD);
                let v = self.b.ins().load(types::I64, MemFlagsData::trusted(), p, self.layout.cell_value);
                let bound = self.b.ins().icmp_imm_s(IntCC::NotEqual, v, Value::EMPTY.0 as i64);
                let slow = self.slow_block(pc);
                self.guard(bound, slow);
                self.store(dst, v);
                let next = self.next(pc);
                self.jump(next);
            }
            Instr::StoreCell { cell, src } => {
                let (c, v) = (self.load(cell), self.load(src));
                let p = self.b.ins().band_imm_s(c, PAYLOAD);
                self.b.ins().store(MemFlagsData::trusted(), v, p, self.layout.cell_value);
                let next = self.next(pc);
                self.jump(next);
            }
            _ => self.slow(pc, None),
        }
    }
}

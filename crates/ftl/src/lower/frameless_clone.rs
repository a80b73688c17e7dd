//! The frameless clone of a pure recursive function (see
//! [`crate::frameless`]): `clone(vm, depth_left, args...) -> word`, lowered
//! from the same snapshot as the body with registers in SSA values from
//! the start, every exit and slow path a bail; and the body's recursive
//! calls, which try the clone before setting up a frame.

use super::tbaa::Mem;
use super::{LResult, Lowerer, PRESERVE_NONE, err};
use crate::types::Ty;
use inkwell::IntPredicate;
use inkwell::basic_block::BasicBlock;
use inkwell::context::Context;
use inkwell::module::{Linkage, Module};
use inkwell::types::BasicMetadataTypeEnum;
use inkwell::values::{BasicMetadataValueEnum, FunctionValue, IntValue, PointerValue};
use tierpy_bytecode::Reg;
use tierpy_runtime::Value;
use tierpy_runtime::value::TAG_INT;

/// The word the clone returns when it bails: no call returns an unbound value.
const BAIL: u64 = Value::EMPTY.0;

/// The clone of one compile, as its body and the clone itself call it.
#[derive(Clone, Copy)]
pub(super) struct FramelessClone<'ctx> {
    pub(super) f: FunctionValue<'ctx>,
    /// An `i8` global: 1 while the clone may be called; its first bail
    /// clears it (see [`crate::frameless`]).
    enabled: PointerValue<'ctx>,
    /// The function's globals dict: the clone's `LoadGlobal`s read that
    /// one (the body's read its frame's).
    pub(super) globals: u64,
}

/// What lowering the clone's own instructions needs.
#[derive(Clone, Copy)]
pub(super) struct InClone<'ctx> {
    /// How many more activations the recursion limit allows below this one
    /// (the clone's second parameter).
    depth_left: IntValue<'ctx>,
    /// Returns [`BAIL`].
    pub(super) bail: BasicBlock<'ctx>,
}

/// Declares, in the module of the body named `name`, the clone of a
/// function of `params` parameters.
pub(super) fn declare<'ctx>(ctx: &'ctx Context, module: &Module<'ctx>, name: &str, params: usize, globals: u64) -> FramelessClone<'ctx> {
    let i64t = ctx.i64_type();
    let mut types: Vec<BasicMetadataTypeEnum> = vec![ctx.ptr_type(inkwell::AddressSpace::default()).into(), i64t.into()];
    types.extend((0..params).map(|_| BasicMetadataTypeEnum::from(i64t)));
    let f = module.add_function(&format!("{name}_frameless"), i64t.fn_type(&types, false), Some(Linkage::Internal));
    f.set_call_conventions(PRESERVE_NONE);
    let enabled = module.add_global(ctx.i8_type(), None, &format!("{name}_frameless_on"));
    enabled.set_linkage(Linkage::Internal);
    enabled.set_initializer(&ctx.i8_type().const_int(1, false));
    FramelessClone { f, enabled: enabled.as_pointer_value(), globals }
}

impl<'ctx> Lowerer<'_, 'ctx> {
    /// Lowers the clone (this lowerer was made for `clone.f`): checks that
    /// the native stack has room and no Ctrl-C is pending, binds the
    /// parameters, checks their types as the body's start does, then the
    /// instructions.
    pub(super) fn lower_clone(&mut self, clone: FramelessClone<'ctx>, params: usize) -> LResult<()> {
        let entry = self.block("entry");
        self.blocks = (0..self.snap.instrs.len()).map(|i| self.block(&format!("pc{i}"))).collect();
        let bail = self.block("bail");
        self.b.position_at_end(bail);
        ll!(self.b.build_return(Some(&self.c64(BAIL))));
        let depth_left = self.f.get_nth_param(1).ok_or("the clone's depth parameter")?.into_int_value();
        self.in_clone = Some(InClone { depth_left, bail });
        self.clone = Some(clone);
        self.b.position_at_end(entry);
        self.alloc_slots()?;
        if self.slots.is_empty() {
            return Err("too large for a frameless clone".into());
        }
        self.fallbacks = vec![bail; self.snap.sites.len()];
        let cl = self.snap.layout.call;
        let limit = self.ld(self.i64t, self.vm_field(cl.vm_stack_limit)?, "slimit", Mem::Runtime)?.into_int_value();
        let room = ll!(self.b.build_int_compare(IntPredicate::UGE, self.stack_pointer()?, limit, "room"));
        self.guard(room, bail, "stack")?;
        let (pending, quiet) = (self.interrupt_pending()?, self.block("no_interrupt"));
        self.cond(pending, bail, quiet)?;
        self.b.position_at_end(quiet);
        for i in 0..self.frame_slots() {
            let r = Reg(i as u16);
            if i >= params {
                self.store(r, self.c64(Value::EMPTY.0))?;
                continue;
            }
            let v = self.f.get_nth_param(2 + i as u32).ok_or("a clone parameter")?.into_int_value();
            if self.unboxed_param(i) { self.store_int(r, v)? } else { self.store(r, v)? }
        }
        self.check_entry_types(0, bail)?;
        self.br(self.blocks[0])?;
        self.lower_instrs()
    }

    /// Whether the clone takes parameter `i` as an unboxed int: inference
    /// found it one where the function starts (the body's start checks that).
    fn unboxed_param(&self, i: usize) -> bool {
        self.types.of(0, Reg(i as u16)) == Ty::INT
    }

    /// The machine stack pointer.
    fn stack_pointer(&self) -> LResult<IntValue<'ctx>> {
        let read = self.intrinsic("llvm.read_register", self.i64t.into())?;
        let rsp = self.ctx.metadata_node(&[self.ctx.metadata_string("rsp").into()]);
        let v = ll!(self.b.build_call(read, &[rsp.into()], "sp"));
        Ok(v.try_as_basic_value().basic().ok_or("read_register returns a word")?.into_int_value())
    }

    /// A recursive call in the clone, the callee checked (else `slow`):
    /// the clone again with one activation less left, when the recursion
    /// limit leaves one; a bail below bails here too.
    pub(super) fn clone_call(&self, pc: usize, dst: Reg, first: Reg, nargs: usize, slow: BasicBlock<'ctx>) -> LResult<()> {
        let c = self.in_clone.ok_or("a clone call outside the clone")?;
        let room = ll!(self.b.build_int_compare(IntPredicate::NE, c.depth_left, self.c64(0), "room"));
        self.guard(room, c.bail, "depth")?;
        let left = ll!(self.b.build_int_sub(c.depth_left, self.c64(1), "left"));
        let r = self.call_clone(left, first, nargs, c.bail)?;
        let returned = self.block("returned");
        self.cond(ll!(self.b.build_int_compare(IntPredicate::EQ, r, self.c64(BAIL), "bailed")), c.bail, returned)?;
        self.b.position_at_end(returned);
        self.store(dst, r)?;
        self.br(self.next(pc))?;
        self.b.position_at_end(slow);
        self.br(c.bail)
    }

    /// In the body, before the frame-making call of itself at `pc`: the
    /// clone, while it is enabled and the recursion limit allows a call.
    /// Leaves the builder where the frame-making call goes (the clone off,
    /// or it bailed and is now off) and returns the block to go on in with
    /// the clone's result, to be finished by [`Self::clone_returned`] after
    /// that call is emitted.
    pub(super) fn try_clone(&self, first: Reg, nargs: usize) -> LResult<Option<(BasicBlock<'ctx>, IntValue<'ctx>)>> {
        let Some(clone) = self.clone else { return Ok(None) };
        let cl = self.snap.layout.call;
        let i8t = self.ctx.i8_type();
        let on = self.ld(i8t, clone.enabled, "clone_on", Mem::Counter)?.into_int_value();
        let depth = self.ld(self.i64t, self.vm_field(cl.vm_depth)?, "depth", Mem::Runtime)?.into_int_value();
        let limit = self.ld(self.i64t, self.vm_field(cl.vm_recursion_limit)?, "rlimit", Mem::Runtime)?.into_int_value();
        let mut go = ll!(self.b.build_and(
            ll!(self.b.build_int_compare(IntPredicate::NE, on, i8t.const_int(0, false), "on")),
            ll!(self.b.build_int_compare(IntPredicate::ULT, depth, limit, "below")),
            "go"
        ));
        if self.snap.constant.iter().any(|c| c.is_some()) {
            // The clone reads constant globals without checking the epoch.
            let epoch = self.load_at(self.snap.watch_epoch_addr, self.i64t, "epoch", Mem::Watch)?;
            let same = ll!(self.b.build_int_compare(IntPredicate::EQ, epoch, self.c64(self.snap.watch_epoch), "watched"));
            go = ll!(self.b.build_and(go, same, "go"));
        }
        let (call, off, framed, done) = (self.block("clone"), self.block("clone_off"), self.block("framed"), self.block("clone_done"));
        self.cond(go, call, framed)?;
        self.b.position_at_end(call);
        let left = ll!(self.b.build_int_sub(ll!(self.b.build_int_sub(limit, depth, "room")), self.c64(1), "left"));
        let r = self.call_clone(left, first, nargs, framed)?;
        self.cond(ll!(self.b.build_int_compare(IntPredicate::EQ, r, self.c64(BAIL), "bailed")), off, done)?;
        self.b.position_at_end(off);
        self.st(clone.enabled, i8t.const_int(0, false), Mem::Counter)?;
        self.br(framed)?;
        self.b.position_at_end(framed);
        Ok(Some((done, r)))
    }

    /// The end of a call the clone made (see [`Self::try_clone`]): its
    /// result to `dst`, on to the next instruction.
    pub(super) fn clone_returned(&self, pc: usize, dst: Reg, done: BasicBlock<'ctx>, r: IntValue<'ctx>) -> LResult<()> {
        self.b.position_at_end(done);
        self.store(dst, r)?;
        self.br(self.next(pc))
    }

    /// Calls the clone with `left` activations left below it and the
    /// `nargs` registers from `first` as arguments; an argument the clone
    /// takes unboxed that is not an int goes to `not_int` instead.
    fn call_clone(&self, left: IntValue<'ctx>, first: Reg, nargs: usize, not_int: BasicBlock<'ctx>) -> LResult<IntValue<'ctx>> {
        let clone = self.clone.ok_or("no clone to call")?;
        let pc = self.at_pc.get().ok_or("a call is an instruction")?;
        let mut args: Vec<BasicMetadataValueEnum> = vec![self.vm.into(), left.into()];
        for i in 0..nargs {
            let r = Reg(first.0 + i as u16);
            let v = match self.unboxed_param(i) {
                false => self.load(r)?,
                true if self.ty(pc, r) == Ty::INT => self.load_int(r)?,
                true => {
                    let v = self.load(r)?;
                    self.guard(self.tag_is(v, TAG_INT)?, not_int, "int_arg")?;
                    self.unbox(v)?
                }
            };
            args.push(v.into());
        }
        let call = ll!(self.b.build_call(clone.f, &args, "cloned"));
        call.set_call_convention(PRESERVE_NONE);
        Ok(call.try_as_basic_value().basic().ok_or("the clone returns a word")?.into_int_value())
    }
}

//! Registers in FTL code. Each register of the frame (and of inlined
//! bodies) has a stack slot LLVM turns into SSA values, holding the boxed
//! value, and beside it a slot holding the value unboxed as an int. Where
//! inference proved a register an int, reads and the write-back at exits
//! use the unboxed slot, so int registers flow through loops as plain
//! machine integers and the boxed slot's value is dead there (LLVM drops
//! it); they are boxed only where a boxed value is read.
//!
//! The unboxed slot of an unbound register holds [`UNBOXED_UNBOUND`] (no int in
//! the inline range is that value), so a register that is an int or not
//! yet assigned (a loop's locals at its header) is written back from it too.
//!
//! The frame's copies are written only before runtime calls and where the
//! code leaves (see [`Lowerer::leave`]),
//! and then only the registers that may be stale there (see [`crate::stale`]).

use super::tbaa::Mem;
use super::{LResult, Lowerer, err};
use crate::types::Ty;
use inkwell::AddressSpace;
use inkwell::IntPredicate;
use inkwell::values::{IntValue, PointerValue};
use tierpy_bytecode::Reg;
use tierpy_jit::runtime_calls::ftl::{NOT_AN_EXIT, TO_PROFILE, UNBOXED_UNBOUND, rt_ftl_box_ints, rt_ftl_box_wide, rt_ftl_leave};
use tierpy_runtime::Value;

/// Whether a register of type `t` is read from its unboxed slot.
pub(super) fn int_slot_type(t: Ty) -> bool {
    t == Ty::INT || t == Ty::INT.join(Ty::UNBOUND) || t == Ty::WIDE
}

impl<'ctx> Lowerer<'_, 'ctx> {
    /// The address of register `r` in the frame's register file.
    pub(super) fn reg_ptr(&self, r: Reg) -> LResult<PointerValue<'ctx>> {
        Ok(ll!(unsafe { self.b.build_gep(self.i64t, self.regs()?, &[self.c64(r.idx() as u64)], "rp") }))
    }

    /// The value of register `r`, boxed.
    pub(super) fn load(&self, r: Reg) -> LResult<IntValue<'ctx>> {
        if let Some(v) = self.boxed_from_int_slot(r)? {
            return Ok(v);
        }
        let p = match self.slots.get(r.idx()) {
            Some(s) => *s,
            None => self.reg_ptr(r)?,
        };
        Ok(self.ld(self.i64t, p, "r", Mem::Frame)?.into_int_value())
    }

    /// The value of register `r`, known to hold an int, unboxed.
    pub(super) fn load_int(&self, r: Reg) -> LResult<IntValue<'ctx>> {
        if matches!(self.read_type(r), Some(Ty::INT | Ty::WIDE)) {
            return self.int_slot(r);
        }
        if self.at_pc.get().is_some_and(|pc| self.ty(pc, r) == Ty::WIDE) {
            return Err("a wide int read after the instruction wrote its register".into());
        }
        self.unbox(self.load(r)?)
    }

    fn int_slot(&self, r: Reg) -> LResult<IntValue<'ctx>> {
        let slot = self.ints[r.idx()].ok_or("a register read unboxed has an unboxed slot")?;
        Ok(self.ld(self.i64t, slot, "ri", Mem::Frame)?.into_int_value())
    }

    /// The boxed value of `r` made from its unboxed slot, when a read of
    /// `r` here may use that slot.
    fn boxed_from_int_slot(&self, r: Reg) -> LResult<Option<IntValue<'ctx>>> {
        match self.read_type(r) {
            Some(Ty::INT) => Ok(Some(self.box_int(self.int_slot(r)?)?)),
            Some(Ty::WIDE) => Err("a wide int read as a boxed value".into()),
            Some(t) if t == Ty::INT.join(Ty::UNBOUND) => {
                let i = self.int_slot(r)?;
                let unbound = ll!(self.b.build_int_compare(IntPredicate::EQ, i, self.c64(UNBOXED_UNBOUND), "unbound"));
                let v = ll!(self.b.build_select(unbound, self.c64(Value::EMPTY.0), self.box_int(i)?, "v"));
                Ok(Some(v.into_int_value()))
            }
            _ => Ok(None),
        }
    }

    /// The inferred type of `r` for a read here: when the instruction being
    /// lowered starts, if it did not write `r` so far (code is emitted in
    /// the order it runs within an instruction, and once an instruction
    /// wrote a register it no longer exits through a write-back: the exits
    /// after its runtime calls resume past it). None without slots.
    fn read_type(&self, r: Reg) -> Option<Ty> {
        let pc = self.at_pc.get()?;
        let t = self.ty(pc, r);
        (self.ints.get(r.idx()).is_some_and(|s| s.is_some()) && int_slot_type(t) && !self.written.borrow().contains(&r)).then_some(t)
    }

    /// Sets register `r` to the boxed value `v`.
    pub(super) fn store(&self, r: Reg, v: IntValue<'ctx>) -> LResult<()> {
        self.written.borrow_mut().push(r);
        match self.slots.get(r.idx()) {
            Some(s) => {
                self.st(*s, v, Mem::Frame)?;
                let Some(int) = self.ints[r.idx()] else { return Ok(()) };
                let i = ll!(self.b.build_select(self.is_unbound(v)?, self.c64(UNBOXED_UNBOUND), self.unbox(v)?, "i"));
                self.st(int, i, Mem::Frame)
            }
            None => self.st(self.reg_ptr(r)?, v, Mem::Frame),
        }
    }

    /// Sets register `r` to the boxed value `v`, which a check just proved
    /// of type `t`: an int goes to the unboxed slot without the test for
    /// unbound that [`Self::store`] needs.
    pub(super) fn store_checked(&self, r: Reg, v: IntValue<'ctx>, t: Ty) -> LResult<()> {
        if t == Ty::INT { self.store_int(r, self.unbox(v)?) } else { self.store(r, v) }
    }

    /// Sets register `r` to the wide int `x` (see [`crate::wide`]): its
    /// unboxed slot only; its chain reads it from there, exits box it.
    pub(super) fn store_wide(&self, r: Reg, x: IntValue<'ctx>) -> LResult<()> {
        self.written.borrow_mut().push(r);
        let slot = self.ints.get(r.idx()).copied().flatten().ok_or("a wide register has an unboxed slot")?;
        self.st(slot, x, Mem::Frame)
    }

    /// The boxed value of the wide int in `r`'s unboxed slot: the runtime
    /// makes a big int of it when it does not fit the inline range.
    fn boxed_wide(&self, r: Reg) -> LResult<IntValue<'ctx>> {
        let x = self.int_slot(r)?;
        let ft = self.i64t.fn_type(&[self.ctx.ptr_type(AddressSpace::default()).into(), self.i64t.into()], false);
        let helper = self.abs_ptr(rt_ftl_box_wide as *const () as usize, "box_wide")?;
        let v = ll!(self.b.build_indirect_call(ft, helper, &[self.vm.into(), x.into()], "boxed"));
        Ok(v.try_as_basic_value().basic().ok_or("the helper returns a word")?.into_int_value())
    }

    /// Sets register `r` to the int `x` (which fits the inline range).
    pub(super) fn store_int(&self, r: Reg, x: IntValue<'ctx>) -> LResult<()> {
        self.written.borrow_mut().push(r);
        match self.slots.get(r.idx()) {
            Some(s) => {
                self.st(*s, self.box_int(x)?, Mem::Frame)?;
                match self.ints[r.idx()] {
                    Some(int) => self.st(int, x, Mem::Frame),
                    None => Ok(()),
                }
            }
            None => self.st(self.reg_ptr(r)?, self.box_int(x)?, Mem::Frame),
        }
    }

    /// Writes the registers whose frame copy may be stale at `pc` from their
    /// slots to the frame (before the runtime may look at the frame).
    pub(super) fn spill(&self, pc: usize) -> LResult<()> {
        self.write_back(pc, None).map(|_| ())
    }

    /// Hands the frame back to the runtime at `pc`, to go on at instruction
    /// `resume`: writes back the stale registers live there, int registers
    /// unboxed (one word each), then one call to [`rt_ftl_leave`] boxes
    /// them, counts an OSR exit at frame pc `count_at` (if any) and sets the
    /// frame's pc. Code that leaves is most of a function's code: boxing
    /// inline at each exit had doubled compile times, and counting there
    /// cost another 2-7%.
    pub(super) fn leave(&self, pc: usize, count_at: Option<usize>, resume: usize) -> LResult<()> {
        self.leave_counting(pc, count_at.map_or(NOT_AN_EXIT, |p| p as u64), resume)
    }

    /// Leaves at loop header `pc`, a loop that had not run when this code was
    /// compiled, for the interpreter to run the header: an exit that has the
    /// code thrown away (see [`TO_PROFILE`]).
    pub(super) fn leave_to_profile(&self, pc: usize) -> LResult<()> {
        let at = self.frame_pc(pc).ok_or("loops compiled as exits are the frame's own")?;
        self.leave_counting(pc, at as u64 | TO_PROFILE, pc)
    }

    /// Leaves an OSR entry at `pc`, just after loop header `pc - 1` that had
    /// not run when this code was compiled, as [`Self::leave_to_profile`]
    /// does but with no register written back: the frame it was entered
    /// with is current, and the slots hold its registers unchecked (the
    /// types inferred at the header are those of the code before the loop).
    pub(super) fn leave_entry_to_profile(&self, pc: usize) -> LResult<()> {
        let header = self.frame_pc(pc - 1).ok_or("loops compiled as exits are the frame's own")?;
        self.call_leave(&[], header as u64 | TO_PROFILE, header)
    }

    /// [`Self::leave`] with `count_at` as [`rt_ftl_leave`] takes it.
    fn leave_counting(&self, pc: usize, at: u64, resume: usize) -> LResult<()> {
        let masks = self.write_back(pc, Some(resume))?;
        let resume = self.frame_pc(resume).ok_or("code leaves for an instruction of the frame's own")?;
        if at == NOT_AN_EXIT && masks.iter().all(|&m| m == 0) {
            // Nothing to box or count (a yield, a safepoint): no call, which
            // a generator would pay at every item.
            return self.set_pc(resume);
        }
        self.call_leave(&masks, at, resume)
    }

    /// The call of [`rt_ftl_leave`] (boxing the registers of `masks`' first
    /// word, counting at `at`, setting the frame's pc to `resume`) and of
    /// [`rt_ftl_box_ints`] for the other words.
    fn call_leave(&self, masks: &[u64], at: u64, resume: usize) -> LResult<()> {
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let ft = self.ctx.void_type().fn_type(&[ptr.into(), self.i64t.into(), self.i64t.into(), self.i64t.into()], false);
        let helper = self.abs_ptr(rt_ftl_leave as *const () as usize, "leave")?;
        let args = [
            self.frame()?.into(),
            self.c64(masks.first().copied().unwrap_or(0)).into(),
            self.c64(at).into(),
            self.c64(resume as u64).into(),
        ];
        ll!(self.b.build_indirect_call(ft, helper, &args, "left"));
        let ft = self.ctx.void_type().fn_type(&[ptr.into(), self.i64t.into()], false);
        let helper = self.abs_ptr(rt_ftl_box_ints as *const () as usize, "box_ints")?;
        for (w, &mask) in masks.iter().enumerate().skip(1).filter(|(_, m)| **m != 0) {
            let base = self.reg_ptr(Reg((w * 64) as u16))?;
            ll!(self.b.build_indirect_call(ft, helper, &[base.into(), self.c64(mask).into()], "boxed"));
        }
        Ok(())
    }

    /// The stores of [`Self::spill`]; when leaving for instruction
    /// `resume`, only of the registers live there, int registers unboxed,
    /// and the masks of those (a bit per register, 64 a word) are returned
    /// for the runtime to box them.
    fn write_back(&self, pc: usize, resume: Option<usize>) -> LResult<Vec<u64>> {
        let mut masks: Vec<u64> = vec![];
        if self.slots.is_empty() {
            return Ok(masks);
        }
        let leaving = resume.is_some();
        let live = |i: usize| resume.is_none_or(|at| self.live.at(at).contains(i));
        for i in self.stale.at(pc).iter().filter(|&i| i < self.frame_slots() && live(i)) {
            let r = Reg(i as u16);
            let from_ints = self.at_pc.get() == Some(pc) && self.read_type(r).is_some();
            let v = if from_ints && self.read_type(r) == Some(Ty::WIDE) {
                self.boxed_wide(r)?
            } else if from_ints && leaving {
                masks.resize(masks.len().max(i / 64 + 1), 0);
                masks[i / 64] |= 1 << (i % 64);
                self.int_slot(r)?
            } else if from_ints {
                self.boxed_from_int_slot(r)?.ok_or("a register read unboxed has an unboxed slot")?
            } else {
                self.ld(self.i64t, self.slots[i], "sv", Mem::Frame)?.into_int_value()
            };
            self.st(self.reg_ptr(r)?, v, Mem::Frame)?;
        }
        self.write_back_positions(pc, resume.unwrap_or(pc))?;
        Ok(masks)
    }

    /// Sets the slots of a frame at its first instruction: the registers
    /// bound when a function starts (see `Snapshot::bound_at_start`) from
    /// the frame, the others unbound.
    pub(super) fn load_start(&self) -> LResult<()> {
        for i in 0..self.frame_slots() {
            let r = Reg(i as u16);
            let v = if self.snap.bound_at_start.contains(&i) {
                self.ld(self.i64t, self.reg_ptr(r)?, "arg", Mem::Frame)?.into_int_value()
            } else {
                self.c64(Value::EMPTY.0)
            };
            self.store(r, v)?;
        }
        Ok(())
    }

    /// Reads every register of the frame into its slot (on entry).
    pub(super) fn reload_all(&self) -> LResult<()> {
        let all: Vec<Reg> = (0..self.frame_slots()).map(|i| Reg(i as u16)).collect();
        self.reload(&all)
    }

    /// Slots that mirror the frame's registers (inlined bodies use the ones above).
    pub(super) fn frame_slots(&self) -> usize {
        self.slots.len().min(self.snap.frame_regs)
    }

    /// Reads the given registers from the frame into their slots (after the
    /// runtime wrote them; it writes no others while the frame runs here).
    pub(super) fn reload(&self, regs: &[Reg]) -> LResult<()> {
        for &r in regs.iter().filter(|r| r.idx() < self.slots.len()) {
            let v = self.ld(self.i64t, self.reg_ptr(r)?, "rv", Mem::Frame)?.into_int_value();
            self.store(r, v)?;
        }
        Ok(())
    }
}

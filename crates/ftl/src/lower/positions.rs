//! The positions of range iterators kept in SSA values (see
//! [`crate::range_positions`]): one stack slot per register that keeps one,
//! read by `ForIter` instead of the iterator object, written back to the
//! object before runtime calls and where the code leaves, read again after
//! calls and on entry.
//!
//! Such an iterator is also checked, where it starts being kept, to have
//! its position, stop and step in the inline int range: its items then
//! need no range check and its position no overflow check, and the loop's
//! test is one comparison whatever the step's sign, so that LLVM sees a
//! counted loop it can rotate (and hoist the loop's invariant reads out of).

use super::tbaa::Mem;
use super::{LResult, Lowerer, err};
use crate::types::Ty;
use inkwell::IntPredicate;
use inkwell::basic_block::BasicBlock;
use inkwell::values::{IntValue, PointerValue};
use tierpy_bytecode::Reg;
use tierpy_runtime::object::KIND_RANGE_ITER;

impl<'ctx> Lowerer<'_, 'ctx> {
    /// The slot holding the position of the range iterator in `r` when
    /// instruction `pc` starts, if `r` keeps one there.
    pub(super) fn position_slot(&self, pc: usize, r: Reg) -> Option<PointerValue<'ctx>> {
        let slot = self.positions_slots.get(r.idx()).copied().flatten()?;
        self.positions.at(pc).contains(r.idx()).then_some(slot)
    }

    /// The position field of the range iterator object `it`.
    pub(super) fn position_field(&self, it: PointerValue<'ctx>) -> LResult<PointerValue<'ctx>> {
        self.field(it, self.snap.layout.range.cur as u64)
    }

    /// The iterator object in register `r`, known to be one.
    fn iterator_in(&self, r: Reg) -> LResult<PointerValue<'ctx>> {
        self.obj_ptr(self.load(r)?)
    }

    /// Brings the iterator objects up to date before the runtime may look
    /// at them at `pc`: the positions of the registers live at `live_at`
    /// that this instruction did not write.
    pub(super) fn write_back_positions(&self, pc: usize, live_at: usize) -> LResult<()> {
        for r in self.positions.at(pc).iter().filter(|&r| self.live.at(live_at).contains(r)) {
            let r = Reg(r as u16);
            let Some(slot) = self.position_slot(pc, r) else { continue };
            if self.written.borrow().contains(&r) {
                continue;
            }
            let cur = self.ld(self.i64t, slot, "pos", Mem::Frame)?.into_int_value();
            self.st(self.position_field(self.iterator_in(r)?)?, cur, Mem::Object)?;
        }
        Ok(())
    }

    /// Reads the positions kept at `pc` from their objects again, after a
    /// call (which may have advanced an iterator the interpreter shared),
    /// except those of the registers the call wrote.
    pub(super) fn reload_positions(&self, pc: usize, writes: &[Reg]) -> LResult<()> {
        for r in self.positions.at(pc).iter().map(|r| Reg(r as u16)).filter(|r| !writes.contains(r)) {
            self.load_position(pc, r, None)?;
        }
        Ok(())
    }

    /// Sets the slot of `r`, kept at `pc`, from its iterator object; with
    /// `unfit`, first checks that the position, stop and step are in the
    /// inline int range, else goes there.
    fn load_position(&self, pc: usize, r: Reg, unfit: Option<BasicBlock<'ctx>>) -> LResult<()> {
        let Some(slot) = self.position_slot(pc, r) else { return Ok(()) };
        let it = self.iterator_in(r)?;
        let cur = self.ld(self.i64t, self.position_field(it)?, "cur", Mem::Object)?.into_int_value();
        if let Some(unfit) = unfit {
            let range = self.snap.layout.range;
            let mut fits = self.fits_inline(cur)?;
            for off in [range.stop, range.step] {
                let v = self.ld(self.i64t, self.field(it, off as u64)?, "bound", Mem::Fixed)?.into_int_value();
                fits = ll!(self.b.build_and(fits, self.fits_inline(v)?, "fits"));
            }
            self.guard(fits, unfit, "pos_fits")?;
        }
        self.st(slot, cur, Mem::Frame)
    }

    /// Whether the i64 `v` is in the inline int range.
    fn fits_inline(&self, v: IntValue<'ctx>) -> LResult<IntValue<'ctx>> {
        Ok(ll!(self.b.build_int_compare(IntPredicate::EQ, self.unbox(v)?, v, "fits")))
    }

    /// After the fresh iterator `dst` of the `GetIter` at `pc` is in its
    /// register: its slot, if it keeps one; a range beyond the inline int
    /// range leaves, for the interpreter to run the loop.
    pub(super) fn start_position(&self, pc: usize, dst: Reg) -> LResult<()> {
        if !self.positions.after(pc).contains(dst.idx()) {
            return Ok(());
        }
        let (unfit, fit) = (self.block("pos_unfit"), self.block("pos_fit"));
        self.load_position(pc + 1, dst, Some(unfit))?;
        self.br(fit)?;
        self.b.position_at_end(unfit);
        self.exit_after(pc)?;
        self.b.position_at_end(fit);
        Ok(())
    }

    /// The next int of a range iterator whose position `slot` keeps (see the
    /// module's doc): into `dst` and on, or to `target` at the end.
    pub(super) fn kept_range_next(
        &self,
        pc: usize,
        dst: Reg,
        it: PointerValue<'ctx>,
        slot: PointerValue<'ctx>,
        target: usize,
    ) -> LResult<()> {
        let range = self.snap.layout.range;
        let cur = self.ld(self.i64t, slot, "cur", Mem::Frame)?.into_int_value();
        let stop = self.ld(self.i64t, self.field(it, range.stop as u64)?, "stop", Mem::Fixed)?.into_int_value();
        let step = self.ld(self.i64t, self.field(it, range.step as u64)?, "step", Mem::Fixed)?.into_int_value();
        // All ones for a negative step, which reverses the order of both sides.
        let sign = ll!(self.b.build_right_shift(step, self.c64(63), true, "sign"));
        let (c, s) = (ll!(self.b.build_xor(cur, sign, "c")), ll!(self.b.build_xor(stop, sign, "s")));
        let more = ll!(self.b.build_int_compare(IntPredicate::SLT, c, s, "more"));
        self.guard(more, self.blocks[target], "fi_kept")?;
        self.st(slot, ll!(self.b.build_int_nsw_add(cur, step, "nxt")), Mem::Frame)?;
        self.store_int(dst, cur)?;
        self.br(self.next(pc))
    }

    /// The registers live at entry `pc` whose positions are kept there.
    pub(super) fn entered_positions(&self, pc: usize) -> Vec<Reg> {
        self.positions
            .at(pc)
            .iter()
            .filter(|&r| self.live.at(pc).contains(r))
            .map(|r| Reg(r as u16))
            .filter(|&r| self.position_slot(pc, r).is_some())
            .collect()
    }

    /// On entry at `pc`, for each register in `kept`: checks that it holds
    /// a range iterator no other live register that may hold one holds (the
    /// interpreter may have made the loop's iterator from a shared one),
    /// else to `fail`; then reads its position.
    pub(super) fn enter_positions(&self, pc: usize, kept: &[Reg], fail: BasicBlock<'ctx>) -> LResult<()> {
        for &r in kept {
            let v = self.load(r)?;
            if self.ty(pc, r) != Ty::RANGE_ITER {
                // (The entry's guard checked a register typed so.)
                self.object_of_kind(v, KIND_RANGE_ITER, fail)?;
            }
            let others = (0..self.frame_slots())
                .filter(|&s| s != r.idx() && self.live.at(pc).contains(s) && Ty::RANGE_ITER.within(self.ty(pc, Reg(s as u16))))
                .map(|s| Reg(s as u16));
            for s in others {
                let same = ll!(self.b.build_int_compare(IntPredicate::EQ, v, self.load(s)?, "shared"));
                let alone = ll!(self.b.build_not(same, "alone"));
                self.guard(alone, fail, "pos_alone")?;
            }
            self.load_position(pc, r, Some(fail))?;
        }
        Ok(())
    }
}

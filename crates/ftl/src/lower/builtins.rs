//! Lowering of the builtin calls the FTL runs inline (see
//! [`crate::builtin_calls`]): the callee's identity is checked first (an
//! exit when it changed), then the operation runs inline on the argument
//! types it knows; any other argument takes the real call, whose result is
//! checked against the type inference gave it.

use super::tbaa::Mem;
use super::{LResult, Lowerer, err};
use crate::builtin_calls::BuiltinCall;
use crate::types::Ty;
use inkwell::basic_block::BasicBlock;
use inkwell::values::{FloatValue, IntValue};
use inkwell::{AddressSpace, FloatPredicate, IntPredicate};
use tierpy_bytecode::{Instr, Reg};
use tierpy_runtime::intrinsics::Intrinsic;
use tierpy_runtime::object::{KIND_LIST, KIND_TUPLE};
use tierpy_runtime::value::{INT_MAX, INT_MIN, TAG_INT, TAG_PTR};

impl<'ctx> Lowerer<'_, 'ctx> {
    /// The builtin call `ins` at `pc`, writing `dst`.
    pub(super) fn builtin_call(&self, pc: usize, ins: Instr, dst: Reg) -> LResult<()> {
        let call = *self.snap.builtin_call(pc).expect("a builtin call");
        let exit = self.block("bi_exit");
        let slow = self.block("bi_slow");
        self.check_callee(&call, ins, exit)?;
        let args = BuiltinCall::args(ins);
        self.inline_op(pc, call.op, dst, &args, slow)?;
        self.b.position_at_end(slow);
        let check = self.block("bi_check");
        self.runtime_op_then(pc, dst, check)?;
        self.b.position_at_end(check);
        let arg_types: Vec<Ty> = args.iter().map(|&r| self.ty(pc, r)).collect();
        let t = call.result_type(&arg_types);
        if t.checkable() {
            let unexpected = self.block("bi_unexpected");
            let has = self.has_type(self.load(dst)?, t)?;
            self.cond(has, self.next(pc), unexpected)?;
            self.b.position_at_end(unexpected);
            self.exit_after(pc)?;
        } else {
            self.br(self.next(pc))?;
        }
        self.b.position_at_end(exit);
        self.exit(pc)
    }

    /// Continues when the call still reaches `call.func` (for a module
    /// function: the module is the same and its entry still holds the
    /// function under the name), else branches to `exit`.
    fn check_callee(&self, call: &BuiltinCall, ins: Instr, exit: BasicBlock<'ctx>) -> LResult<()> {
        let c = self.load(BuiltinCall::callee(ins))?;
        let Some((module, idx)) = call.module else {
            let same = ll!(self.b.build_int_compare(IntPredicate::EQ, c, self.c64(call.func), "bi_same"));
            return self.guard(same, exit, "bi_f");
        };
        let Instr::CallMethod { name, .. } = ins else { unreachable!("module functions are called as methods") };
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let (ml, d) = (self.snap.layout.module, self.snap.layout.dict);
        let same = ll!(self.b.build_int_compare(IntPredicate::EQ, c, self.c64(module), "bi_mod"));
        self.guard(same, exit, "bi_m")?;
        let p = self.obj_ptr(c)?;
        let ents = self.ld(ptr, self.field(p, ml.entries as u64)?, "ents", Mem::Object)?.into_pointer_value();
        let len = self.ld(self.i64t, self.field(p, ml.len as u64)?, "n", Mem::Object)?.into_int_value();
        let inb = ll!(self.b.build_int_compare(IntPredicate::ULT, self.c64(idx as u64), len, "inb"));
        self.guard(inb, exit, "bi_e")?;
        let e = self.field(ents, (idx * d.entry_size as usize) as u64)?;
        let key = self.ld(self.i64t, self.field(e, d.key as u64)?, "key", Mem::Entry)?.into_int_value();
        let value = self.ld(self.i64t, self.field(e, d.value as u64)?, "fn", Mem::Entry)?.into_int_value();
        let key_ok = ll!(self.b.build_int_compare(IntPredicate::EQ, key, self.c64(self.snap.names[name.0 as usize]), "bi_k"));
        let fn_ok = ll!(self.b.build_int_compare(IntPredicate::EQ, value, self.c64(call.func), "bi_v"));
        self.guard(ll!(self.b.build_and(key_ok, fn_ok, "bi_kv")), exit, "bi_ok")
    }

    /// The operation itself: writes `dst` and branches to the next
    /// instruction, or branches to `slow` for what it does not handle.
    fn inline_op(&self, pc: usize, op: Intrinsic, dst: Reg, args: &[Reg], slow: BasicBlock<'ctx>) -> LResult<()> {
        match op {
            Intrinsic::Sqrt | Intrinsic::Fabs | Intrinsic::Sin | Intrinsic::Cos => {
                let x = self.number_arg(pc, args[0], slow)?;
                let r = self.float_function(op, x, slow)?;
                self.store(dst, self.box_f64(r)?)?;
            }
            Intrinsic::Floor if self.ty(pc, args[0]) == Ty::INT => self.store(dst, self.load(args[0])?)?,
            Intrinsic::Floor => {
                let x = self.number_arg(pc, args[0], slow)?;
                let f = self.float_intrinsic("llvm.floor", x)?;
                let lo = ll!(self.b.build_float_compare(FloatPredicate::OGE, f, self.f64c(INT_MIN as f64), "lo"));
                let hi = ll!(self.b.build_float_compare(FloatPredicate::OLE, f, self.f64c(INT_MAX as f64), "hi"));
                self.guard(ll!(self.b.build_and(lo, hi, "inr")), slow, "fl_ok")?;
                let i = ll!(self.b.build_float_to_signed_int(f, self.i64t, "fl"));
                self.store(dst, self.box_int(i)?)?;
            }
            Intrinsic::Abs => self.abs(pc, dst, args[0], slow)?,
            Intrinsic::Int | Intrinsic::Float => self.convert(pc, op == Intrinsic::Int, dst, args[0], slow)?,
            Intrinsic::Len => self.len(dst, args[0], slow)?,
            Intrinsic::Min | Intrinsic::Max => self.min_max(pc, op == Intrinsic::Min, dst, args[0], args[1], slow)?,
        }
        self.br(self.next(pc))
    }

    /// `math.sqrt`, `fabs`, `sin` or `cos` of `x`; arguments that raise
    /// (below zero for `sqrt`, infinite for `sin` and `cos`) go to `slow`.
    fn float_function(&self, op: Intrinsic, x: FloatValue<'ctx>, slow: BasicBlock<'ctx>) -> LResult<FloatValue<'ctx>> {
        let name = match op {
            Intrinsic::Sqrt => {
                let neg = ll!(self.b.build_float_compare(FloatPredicate::OLT, x, self.f64c(0.0), "neg"));
                self.guard(ll!(self.b.build_not(neg, "nonneg")), slow, "sq_ok")?;
                "llvm.sqrt"
            }
            Intrinsic::Fabs => "llvm.fabs",
            _ => {
                let inf = ll!(self.b.build_float_compare(
                    FloatPredicate::OEQ,
                    self.float_intrinsic("llvm.fabs", x)?,
                    self.f64c(f64::INFINITY),
                    "inf"
                ));
                self.guard(ll!(self.b.build_not(inf, "finite")), slow, "tr_ok")?;
                if op == Intrinsic::Sin { "llvm.sin" } else { "llvm.cos" }
            }
        };
        self.float_intrinsic(name, x)
    }

    /// `abs(x)` of an int (unless the result leaves the inline range) or a float.
    fn abs(&self, pc: usize, dst: Reg, a: Reg, slow: BasicBlock<'ctx>) -> LResult<()> {
        let v = self.load(a)?;
        let t = self.ty(pc, a);
        let int_abs = |s: &Self| -> LResult<()> {
            let i = s.unbox(v)?;
            let neg = ll!(s.b.build_int_compare(IntPredicate::SLT, i, s.c64(0), "neg"));
            let m = ll!(s.b.build_int_neg(i, "m"));
            let r = ll!(s.b.build_select(neg, m, i, "abs")).into_int_value();
            let fits = ll!(s.b.build_int_compare(IntPredicate::SLE, r, s.c64(INT_MAX as u64), "fits"));
            s.guard(fits, slow, "abs_ok")?;
            s.store(dst, s.box_int(r)?)
        };
        let float_abs = |s: &Self| -> LResult<()> { s.store(dst, s.box_f64(s.float_intrinsic("llvm.fabs", s.to_f64(v)?)?)?) };
        match t {
            Ty::INT => int_abs(self),
            Ty::FLOAT => float_abs(self),
            _ => self.int_or_float(v, int_abs, float_abs, slow),
        }
    }

    /// `int(x)` (`to_int`) or `float(x)` of an inline int or a float; an
    /// int() of a float whose integer part leaves the inline range (or is
    /// not finite) goes to `slow`.
    fn convert(&self, pc: usize, to_int: bool, dst: Reg, a: Reg, slow: BasicBlock<'ctx>) -> LResult<()> {
        let v = self.load(a)?;
        let from_int = |s: &Self| -> LResult<()> {
            let r = if to_int { v } else { s.box_f64(ll!(s.b.build_signed_int_to_float(s.unbox(v)?, s.ctx.f64_type(), "fl")))? };
            s.store(dst, r)
        };
        let from_float = |s: &Self| -> LResult<()> {
            if !to_int {
                return s.store(dst, v);
            }
            let t = s.float_intrinsic("llvm.trunc", s.to_f64(v)?)?;
            let lo = ll!(s.b.build_float_compare(FloatPredicate::OGE, t, s.f64c(INT_MIN as f64), "lo"));
            let hi = ll!(s.b.build_float_compare(FloatPredicate::OLE, t, s.f64c(INT_MAX as f64), "hi"));
            s.guard(ll!(s.b.build_and(lo, hi, "inr")), slow, "int_ok")?;
            s.store(dst, s.box_int(ll!(s.b.build_float_to_signed_int(t, s.i64t, "i")))?)
        };
        match self.ty(pc, a) {
            Ty::INT => from_int(self),
            Ty::FLOAT => from_float(self),
            _ => self.int_or_float(v, from_int, from_float, slow),
        }
    }

    /// Runs `on_int` for an inline int `v`, `on_float` for a float, and
    /// branches to `slow` for anything else; continues in a block after both.
    fn int_or_float(
        &self,
        v: IntValue<'ctx>,
        on_int: impl Fn(&Self) -> LResult<()>,
        on_float: impl Fn(&Self) -> LResult<()>,
        slow: BasicBlock<'ctx>,
    ) -> LResult<()> {
        let (int_bb, not_int, float_bb, done) = (self.block("n_i"), self.block("n_ni"), self.block("n_f"), self.block("n_done"));
        self.cond(self.tag_is(v, TAG_INT)?, int_bb, not_int)?;
        self.b.position_at_end(int_bb);
        on_int(self)?;
        self.br(done)?;
        self.b.position_at_end(not_int);
        self.cond(self.is_float(v)?, float_bb, slow)?;
        self.b.position_at_end(float_bb);
        on_float(self)?;
        self.br(done)?;
        self.b.position_at_end(done);
        Ok(())
    }

    /// `len(x)` of a list or a tuple.
    fn len(&self, dst: Reg, a: Reg, slow: BasicBlock<'ctx>) -> LResult<()> {
        let v = self.load(a)?;
        self.guard(self.tag_is(v, TAG_PTR)?, slow, "len_p")?;
        let p = self.obj_ptr(v)?;
        let (list_bb, not_list, tuple_bb, done) = (self.block("len_l"), self.block("len_nl"), self.block("len_t"), self.block("len_done"));
        let kind = self.kind_of(p)?;
        let is_list = ll!(self.b.build_int_compare(IntPredicate::EQ, kind, self.kind_const(KIND_LIST), "is_list"));
        self.cond(is_list, list_bb, not_list)?;
        self.b.position_at_end(not_list);
        let is_tuple = ll!(self.b.build_int_compare(IntPredicate::EQ, kind, self.kind_const(KIND_TUPLE), "is_tuple"));
        self.cond(is_tuple, tuple_bb, slow)?;
        let mut lens = vec![];
        for (bb, off) in [(list_bb, self.snap.layout.list.len), (tuple_bb, self.snap.layout.tuple.len)] {
            self.b.position_at_end(bb);
            lens.push((self.ld(self.i64t, self.field(p, off as u64)?, "len", Mem::Object)?.into_int_value(), bb));
            self.br(done)?;
        }
        self.b.position_at_end(done);
        let phi = ll!(self.b.build_phi(self.i64t, "n"));
        phi.add_incoming(&[(&lens[0].0, lens[0].1), (&lens[1].0, lens[1].1)]);
        let n = phi.as_basic_value().into_int_value();
        self.store(dst, self.box_int(n)?)
    }

    /// `min(a, b)` or `max(a, b)` of two numbers: `b` when it compares
    /// below (above) `a`, else `a`, as the builtin decides.
    fn min_max(&self, pc: usize, min: bool, dst: Reg, a: Reg, b: Reg, slow: BasicBlock<'ctx>) -> LResult<()> {
        let (x, y) = (self.load(a)?, self.load(b)?);
        let take_b = if self.both_int(pc, a, b) {
            let pred = if min { IntPredicate::SLT } else { IntPredicate::SGT };
            ll!(self.b.build_int_compare(pred, self.unbox(y)?, self.unbox(x)?, "take_b"))
        } else {
            let (ta, tb) = (self.ty(pc, a), self.ty(pc, b));
            let (fx, fy) = if ta.within(Ty::NUM) && tb.within(Ty::NUM) {
                (self.as_f64(x, ta)?, self.as_f64(y, tb)?)
            } else {
                self.numbers_or(x, y, slow)?
            };
            let pred = if min { FloatPredicate::OLT } else { FloatPredicate::OGT };
            ll!(self.b.build_float_compare(pred, fy, fx, "take_b"))
        };
        let r = ll!(self.b.build_select(take_b, y, x, "mm")).into_int_value();
        self.store(dst, r)
    }

    /// Register `r` as an f64 when it holds a float or an inline int, else a branch to `slow`.
    fn number_arg(&self, pc: usize, r: Reg, slow: BasicBlock<'ctx>) -> LResult<FloatValue<'ctx>> {
        let v = self.load(r)?;
        let t = self.ty(pc, r);
        if t.within(Ty::NUM) {
            return self.as_f64(v, t);
        }
        let (ok, f) = self.as_number(v)?;
        self.guard(ok, slow, "num")?;
        Ok(f)
    }

    /// The LLVM intrinsic `name` (e.g. `llvm.sqrt`) applied to an f64.
    fn float_intrinsic(&self, name: &str, x: FloatValue<'ctx>) -> LResult<FloatValue<'ctx>> {
        let decl = self.intrinsic(name, self.ctx.f64_type().into())?;
        let r = ll!(self.b.build_call(decl, &[x.into()], "intr"));
        Ok(r.try_as_basic_value().basic().ok_or("intrinsic returns a value")?.into_float_value())
    }

    fn f64c(&self, x: f64) -> FloatValue<'ctx> {
        self.ctx.f64_type().const_float(x)
    }
}

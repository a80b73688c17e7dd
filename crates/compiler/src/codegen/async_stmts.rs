//! Coroutine code: `await`, `async with` and `async for`, built from the
//! generator instructions (`await x` delegates like `yield from` to what
//! `GetAwaitable` gives).

use super::{Block, CResult, FnCompiler, Target};
use rustpython_parser::ast::{self, Ranged};
use rustpython_parser::text_size::TextRange;
use tierpy_bytecode::{Constant, Instr, Reg};

impl FnCompiler<'_> {
    /// The SyntaxError `msg` unless the code is an `async def` body.
    pub(super) fn check_async(&self, range: &TextRange, msg: &str) -> CResult<()> {
        if self.flags.coroutine { Ok(()) } else { Err(self.err(msg, range)) }
    }

    /// dst = await src.
    pub(super) fn await_reg(&mut self, dst: Reg, src: Reg) {
        let it = self.alloc();
        self.emit(Instr::GetAwaitable { dst: it, src });
        self.emit(Instr::YieldFrom { dst, iter: it });
    }

    /// dst = obj.name() (the async protocol methods take no arguments).
    fn call_dunder(&mut self, dst: Reg, obj: Reg, name: &str) {
        let f = self.alloc();
        let n = self.name(name);
        self.emit(Instr::GetAttr { dst: f, obj, name: n });
        self.emit(Instr::Call { dst, func: f, argc: 0 });
    }

    /// Enters an `async with` item: exit = mgr.__aexit__, val = await mgr.__aenter__().
    pub(super) fn async_with_enter(&mut self, val: Reg, exit: Reg, mgr: Reg) -> CResult<()> {
        let entered = self.alloc();
        self.call_dunder(entered, mgr, "__aenter__");
        let n = self.name("__aexit__");
        self.emit(Instr::GetAttr { dst: exit, obj: mgr, name: n });
        self.await_reg(val, entered);
        Ok(())
    }

    /// Leaves a with block without an exception: exit(None, None, None),
    /// awaited for `async with`.
    pub(super) fn with_exit(&mut self, exit: Reg, is_async: bool) -> CResult<()> {
        if !is_async {
            self.emit(Instr::WithExit { exit });
            return Ok(());
        }
        let base = self.alloc_n(4);
        self.emit(Instr::Move { dst: base, src: exit });
        for i in 1..4 {
            self.load_const(base.offset(i), Constant::None);
        }
        self.emit(Instr::Call { dst: base, func: base, argc: 3 });
        self.await_reg(base, base);
        Ok(())
    }

    /// `async for target in iter: body else: orelse`: awaits `__anext__()`
    /// of `iter.__aiter__()` until it raises StopAsyncIteration.
    pub(super) fn async_for(&mut self, f: &ast::StmtAsyncFor) -> CResult<()> {
        self.check_async(&f.range, "'async for' outside async function")?;
        let it = self.alloc();
        let src = self.expr(&f.iter, None)?;
        self.set_line(&f.iter.range());
        self.call_dunder(it, src, "__aiter__");
        let (top, brk, else_l) = (self.new_label(), self.new_label(), self.new_label());
        let before = self.bound.clone();
        self.bind_label(top);
        self.emit(Instr::LoopHeader {});
        let (handler, got, reraise) = (self.new_label(), self.new_label(), self.new_label());
        let (item, exc, next) = (self.alloc(), self.alloc(), self.alloc());
        self.push_handler(handler, exc);
        self.blocks.push(Block::TryBody);
        self.set_line(&f.iter.range());
        self.call_dunder(next, it, "__anext__");
        self.await_reg(item, next);
        self.blocks.pop();
        self.pop_handler();
        self.emit(Instr::Jump { target: Target(got as u32) });
        // StopAsyncIteration ends the loop; anything else propagates.
        self.bind_label(handler);
        self.emit(Instr::PushExc { exc });
        let (ty, m) = (self.alloc(), self.alloc());
        let n = self.name("StopAsyncIteration");
        self.emit(Instr::LoadBuiltin { dst: ty, name: n });
        self.emit(Instr::ExcMatch { dst: m, exc, ty });
        self.emit(Instr::JumpIfFalse { cond: m, target: Target(reraise as u32) });
        self.emit(Instr::PopExc {});
        self.emit(Instr::Jump { target: Target(else_l as u32) });
        self.bind_label(reraise);
        self.emit(Instr::PopExc {});
        self.emit(Instr::Reraise { exc });
        self.bind_label(got);
        self.store(&f.target, item)?;
        self.loop_rest(top, brk, else_l, before, &f.body, &f.orelse)
    }
}

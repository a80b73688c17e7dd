//! Coroutines: the generators of `async def` functions. They are awaited
//! (never iterated), and `await x` delegates to what [`Vm::get_awaitable`] gives.

use crate::object::{Body, BuiltinFn};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The methods of coroutine objects.
pub const METHODS: &[(&str, BuiltinFn)] = &[
    ("send", crate::methods::gen_send),
    ("close", crate::methods::gen_close),
    ("throw", crate::methods::gen_throw),
    ("__await__", await_self),
    ("_tierpy_in_await", in_await),
];

/// Whether a suspended coroutine waits in an `await` (its last value came
/// from the awaited object) rather than at its own `yield` (async generators).
fn in_await(_: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let waiting = matches!(a[0].body(), Some(Body::Generator(g))
        if !g.finished && matches!(g.frame.code.instrs.get(g.frame.pc), Some(tierpy_bytecode::Instr::YieldFrom { .. })));
    Ok(Value::bool(waiting))
}

/// Whether `v` is a coroutine (a generator of an `async def` function).
pub fn is_coroutine(v: Value) -> bool {
    matches!(v.body(), Some(Body::Generator(g)) if g.frame.code.flags.coroutine)
}

/// `coro.__await__()`: the coroutine itself drives the await.
fn await_self(_: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Ok(a[0])
}

impl Vm {
    /// The async generator object for the coroutine `g` of an async
    /// generator function (`pylib/_asyncgen.py`).
    pub fn new_async_generator(&mut self, g: Value) -> PyResult<Value> {
        let m = self.import("_asyncgen")?;
        let key = self.intern("async_generator");
        let cls = self.get_attr(m, key)?;
        self.roots.push(g);
        let r = self.call(cls, &[g], &[]);
        self.roots.pop();
        r
    }

    /// The iterator `await v` delegates to: a coroutine or a generator
    /// itself (tierpy accepts any generator, not only `types.coroutine`
    /// ones), else the iterator `v.__await__()` returns.
    pub fn get_awaitable(&mut self, v: Value) -> PyResult<Value> {
        if let Some(Body::Generator(_)) = v.body() {
            return Ok(v);
        }
        let Some(m) = self.lookup_special(v, "__await__") else {
            return Err(self.type_error(format!("object {} can't be used in 'await' expression", self.type_name(v))));
        };
        let it = self.call_method_value(m, v, &[])?;
        if is_coroutine(it) {
            return Err(self.type_error("__await__() returned a coroutine"));
        }
        let is_iterator = matches!(it.body(), Some(Body::Iter(_) | Body::Generator(_))) || self.lookup_special(it, "__next__").is_some();
        if !is_iterator {
            return Err(self.type_error(format!("__await__() returned non-iterator of type '{}'", self.type_name(it))));
        }
        Ok(it)
    }
}

//! What a method call's inline cache holds (filled by `Vm::call_method_at`),
//! as the JIT tiers read it when they compile.

use tierpy_bytecode::CodeObject;
use tierpy_runtime::Value;

/// The user class and the Python function the method call at `pc` last
/// found, when its cache was filled at `class_epoch`, the current one: every
/// collection bumps the epoch, so only then are its words live objects.
pub fn cached_method(code: &CodeObject, pc: usize, class_epoch: u64) -> Option<(Value, Value)> {
    let [cls, epoch, found, _] = code.cache[pc].get();
    let (cls, found) = (Value(cls), Value(found));
    let user_class = epoch == class_epoch && cls.as_class().is_some_and(|c| c.builtin.is_none());
    (user_class && found.as_function().is_some()).then_some((cls, found))
}

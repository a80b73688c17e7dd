//! The `co_*` attributes of code objects (`f.__code__`, `gen.gi_code`, `compile()`).

use crate::value::Value;
use crate::vm::{PyResult, Vm};
use tierpy_bytecode::CodeObject;

/// The attribute `name` of code object `c`, None when it has no such attribute.
pub fn code_attr(vm: &mut Vm, c: &CodeObject, name: &str) -> PyResult<Option<Value>> {
    let small = |n: usize| Value::small_int(n as i64);
    Ok(Some(match name {
        "co_name" => vm.new_str(&c.name),
        "co_qualname" => vm.new_str(&c.qualname),
        "co_filename" => vm.new_str(&c.filename),
        "co_firstlineno" => small(c.first_line.max(1) as usize),
        "co_argcount" => small(c.argcount as usize),
        "co_posonlyargcount" => small(c.posonlyargcount as usize),
        "co_kwonlyargcount" => small(c.kwonlyargcount as usize),
        "co_nlocals" => small(c.varnames.len()),
        "co_varnames" => {
            let names: Vec<Value> = c.varnames.iter().map(|n| vm.new_str(n)).collect();
            vm.new_tuple(names)
        }
        _ => return Ok(None),
    }))
}

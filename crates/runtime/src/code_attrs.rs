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
        "co_nlocals" => small(local_names(c).count()),
        "co_varnames" => str_tuple(vm, local_names(c)),
        "co_freevars" => str_tuple(vm, c.freevars.iter().map(|(_, n)| &**n)),
        "co_cellvars" => str_tuple(vm, c.cellvars.iter().filter_map(|r| c.varnames.get(r.idx())).map(|n| &**n)),
        _ => return Ok(None),
    }))
}

/// A tuple of the given names as strs.
fn str_tuple<'a>(vm: &mut Vm, names: impl Iterator<Item = &'a str>) -> Value {
    let items: Vec<Value> = names.map(|n| vm.new_str(n)).collect();
    vm.new_tuple(items)
}

/// CPython's co_varnames: the parameters and the plain locals (not the
/// variables kept in cells or received from enclosing functions).
fn local_names(c: &CodeObject) -> impl Iterator<Item = &str> {
    let nparams = c.argcount as usize + c.kwonlyargcount as usize + c.flags.varargs as usize + c.flags.varkw as usize;
    c.varnames.iter().enumerate().filter_map(move |(i, n)| {
        let free = c.freevars.iter().any(|(r, _)| r.idx() == i);
        let cell = c.cellvars.iter().any(|r| r.idx() == i);
        (i < nparams || !(free || cell)).then_some(&**n)
    })
}

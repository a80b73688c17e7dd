//! The `co_*` attributes of code objects (`f.__code__`, `gen.gi_code`, `compile()`).

use crate::value::Value;
use crate::vm::{PyResult, Vm};
use tierpy_bytecode::instr::Operand;
use tierpy_bytecode::{CodeObject, Constant, Instr};

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
        "co_consts" => consts(vm, c)?,
        "co_names" => str_tuple(vm, global_names(c).into_iter()),
        "co_flags" => small(flags(c)),
        _ => return Ok(None),
    }))
}

/// A co_consts in the spirit of CPython's: a function's docstring (or None)
/// first, then the constants its instructions load, in order, each once,
/// then the code objects of nested functions.
fn consts(vm: &mut Vm, c: &CodeObject) -> PyResult<Value> {
    let mut out: Vec<Value> = vec![];
    if !c.flags.namespace {
        out.push(match &c.doc {
            Some(d) => vm.new_str(d),
            None => Value::NONE,
        });
    }
    // The values instructions load, then nested code objects.
    let loaded = c.instrs.iter().filter_map(|i| match *i {
        Instr::LoadConst { idx, .. } => c.consts.get(idx.0 as usize).cloned(),
        Instr::LoadInt { value, .. } => Some(Constant::Int(value as i64)),
        _ => None,
    });
    let code = c.consts.iter().filter(|k| matches!(k, Constant::Code(_))).cloned();
    for k in loaded.chain(code).collect::<Vec<_>>() {
        let v = vm.const_value(&k);
        let mut seen = false;
        for &o in &out {
            if vm.type_of(o) == vm.type_of(v) && vm.same_or_eq(o, v)? {
                seen = true;
                break;
            }
        }
        if !seen {
            out.push(v);
        }
    }
    Ok(vm.new_tuple(out))
}

/// CPython's co_names: the global, attribute and imported names the code
/// uses, in order of first use (not the local or cell variables).
fn global_names(c: &CodeObject) -> Vec<&str> {
    let mut out: Vec<&str> = vec![];
    for i in &c.instrs {
        if matches!(i, Instr::CheckBound { .. } | Instr::DeleteLocal { .. } | Instr::LoadCell { .. } | Instr::DeleteCell { .. }) {
            continue;
        }
        for (_, op) in i.operands() {
            if let Operand::Name(n) = op
                && let Some(name) = c.names.get(n.0 as usize)
                && !out.contains(&&**name)
            {
                out.push(name);
            }
        }
    }
    out
}

/// CPython 3.11's co_flags bits: OPTIMIZED and NEWLOCALS for functions,
/// VARARGS, VARKEYWORDS, NESTED, GENERATOR, COROUTINE, ASYNC_GENERATOR.
fn flags(c: &CodeObject) -> usize {
    let f = &c.flags;
    let bits = [
        (!f.namespace, 0x1 | 0x2),
        (f.varargs, 0x4),
        (f.varkw, 0x8),
        (!c.freevars.is_empty(), 0x10),
        (f.generator && !f.coroutine, 0x20),
        (f.coroutine && !f.async_generator, 0x80),
        (f.async_generator, 0x200),
    ];
    bits.iter().filter(|(on, _)| *on).map(|(_, b)| b).sum()
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

//! The data attributes of builtin types, as their classes show them:
//! `int.real` is a getset_descriptor, `OSError.errno` a member_descriptor
//! (objects of `pylib/_descriptors.py`, made on each lookup).

use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// (defining type, attribute, whether CPython stores it as a member).
const ATTRS: &[(TypeId, &str, bool)] = &[
    (TypeId::BaseException, "args", false),
    (TypeId::BaseException, "__traceback__", false),
    (TypeId::BaseException, "__context__", false),
    (TypeId::BaseException, "__cause__", false),
    (TypeId::BaseException, "__suppress_context__", true),
    (TypeId::OSError, "errno", true),
    (TypeId::OSError, "strerror", true),
    (TypeId::OSError, "filename", true),
    (TypeId::OSError, "filename2", true),
    (TypeId::SyntaxError, "msg", true),
    (TypeId::SyntaxError, "filename", true),
    (TypeId::SyntaxError, "lineno", true),
    (TypeId::SyntaxError, "offset", true),
    (TypeId::SyntaxError, "text", true),
    (TypeId::SyntaxError, "end_lineno", true),
    (TypeId::SyntaxError, "end_offset", true),
    (TypeId::SyntaxError, "print_file_and_line", true),
    (TypeId::ImportError, "msg", true),
    (TypeId::ImportError, "name", true),
    (TypeId::ImportError, "path", true),
    (TypeId::StopIteration, "value", true),
    (TypeId::SystemExit, "code", true),
    (TypeId::NameError, "name", true),
    (TypeId::AttributeError, "name", true),
    (TypeId::AttributeError, "obj", true),
    (TypeId::UnicodeDecodeError, "encoding", true),
    (TypeId::UnicodeDecodeError, "object", true),
    (TypeId::UnicodeDecodeError, "start", true),
    (TypeId::UnicodeDecodeError, "end", true),
    (TypeId::UnicodeDecodeError, "reason", true),
    (TypeId::UnicodeEncodeError, "encoding", true),
    (TypeId::UnicodeEncodeError, "object", true),
    (TypeId::UnicodeEncodeError, "start", true),
    (TypeId::UnicodeEncodeError, "end", true),
    (TypeId::UnicodeEncodeError, "reason", true),
    (TypeId::Int, "real", false),
    (TypeId::Int, "imag", false),
    (TypeId::Int, "numerator", false),
    (TypeId::Int, "denominator", false),
    (TypeId::Float, "real", false),
    (TypeId::Float, "imag", false),
    (TypeId::Complex, "real", true),
    (TypeId::Complex, "imag", true),
    (TypeId::Range, "start", true),
    (TypeId::Range, "stop", true),
    (TypeId::Range, "step", true),
    (TypeId::Slice, "start", true),
    (TypeId::Slice, "stop", true),
    (TypeId::Slice, "step", true),
];

/// Whether `name` is a data attribute CPython stores as a member (else a
/// getset) of builtin type `t`; None when `t` has no such data attribute.
pub fn is_member(t: TypeId, name: &str) -> Option<bool> {
    ATTRS.iter().find(|(o, n, _)| *o == t && *n == name).map(|&(_, _, member)| member)
}

/// The descriptor class `cls.name` finds along its MRO for a data attribute
/// of a builtin type; None when no builtin type in the MRO defines one.
pub fn lookup(vm: &mut Vm, cls: Value, name: &str) -> PyResult<Option<Value>> {
    let mro = cls.as_class().map(|c| c.mro.clone()).unwrap_or_default();
    for k in mro {
        let Some(t) = k.as_class().and_then(|c| c.builtin).filter(|&t| vm.ty(t) == k) else { continue };
        if let Some(&(owner, _, member)) = ATTRS.iter().find(|(o, n, _)| *o == t && *n == name) {
            let module = vm.import("_descriptors")?;
            let kind = vm.intern(if member { "member_descriptor" } else { "getset_descriptor" });
            let class = vm.get_attr(module, kind)?;
            let (owner, attr) = (vm.ty(owner), vm.new_str(name));
            return vm.call(class, &[owner, attr], &[]).map(Some);
        }
    }
    Ok(None)
}

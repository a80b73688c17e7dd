//! `_os`: the few operating-system services `pylib/os.py` builds the `os`
//! module on (environment, working directory, process id, directory
//! listings and the kind of a path). tierpy has no file objects, so nothing
//! here opens, creates or removes files.

use crate::builtins::check_args;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// The `_os` module.
pub fn make(vm: &mut Vm) -> Value {
    crate::modules::new_module(
        vm,
        "_os",
        &[
            ("environ", environ),
            ("getcwd", getcwd),
            ("getpid", getpid),
            ("listdir", listdir),
            ("path_kind", path_kind),
            ("cpu_count", cpu_count),
        ],
    )
}

/// The str argument `a` of `name`, with CPython's TypeError otherwise.
fn path_arg(vm: &mut Vm, name: &str, a: Value) -> PyResult<String> {
    match a.as_str() {
        Some(s) => Ok(s.s.to_string()),
        None => Err(vm.type_error(format!("{name}: path should be string, bytes or os.PathLike, not {}", vm.type_name(a)))),
    }
}

/// The OSError subclass CPython raises for an I/O error on `path`.
fn os_error(vm: &mut Vm, e: &std::io::Error, path: &str) -> PyErr {
    let (t, errno, text) = match e.kind() {
        std::io::ErrorKind::NotFound => (TypeId::FileNotFoundError, 2, "No such file or directory"),
        std::io::ErrorKind::PermissionDenied => (TypeId::PermissionError, 13, "Permission denied"),
        _ if e.raw_os_error() == Some(20) => (TypeId::NotADirectoryError, 20, "Not a directory"),
        _ => (TypeId::OSError, e.raw_os_error().unwrap_or(0) as i64, "Input/output error"),
    };
    let cls = vm.ty(t);
    let exc = vm.new_instance(cls, true);
    let args = [Value::small_int(errno), vm.new_str(text), vm.new_str(path)];
    vm.set_exception_args(exc, &args);
    PyErr(exc)
}

/// `environ()`: the process environment as a new dict.
fn environ(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "environ", a, 0, 0)?;
    let d = vm.new_dict();
    for (k, v) in std::env::vars_os() {
        let (k, v) = (vm.new_str(&k.to_string_lossy()), vm.new_str(&v.to_string_lossy()));
        vm.dict_set(d, k, v)?;
    }
    Ok(d)
}

/// `getcwd()`: the working directory.
fn getcwd(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "getcwd", a, 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(vm.new_str(&p.display().to_string())),
        Err(e) => Err(os_error(vm, &e, ".")),
    }
}

/// `getpid()`: the process id.
fn getpid(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "getpid", a, 0, 0)?;
    Ok(Value::small_int(std::process::id() as i64))
}

/// `cpu_count()`: the processors available.
fn cpu_count(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "cpu_count", a, 0, 0)?;
    Ok(std::thread::available_parallelism().map_or(Value::NONE, |n| Value::small_int(n.get() as i64)))
}

/// `listdir(path)`: the names in a directory, in the order the system gives.
fn listdir(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "listdir", a, 1, 1)?;
    let path = path_arg(vm, "listdir", a[0])?;
    let entries = std::fs::read_dir(&path).map_err(|e| os_error(vm, &e, &path))?;
    let mut names = vec![];
    for entry in entries {
        let entry = entry.map_err(|e| os_error(vm, &e, &path))?;
        names.push(vm.new_str(&entry.file_name().to_string_lossy()));
    }
    Ok(vm.new_list(names))
}

/// `path_kind(path)`: 0 when nothing is there, 1 for a file, 2 for a
/// directory, 3 for anything else (links followed).
fn path_kind(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "path_kind", a, 1, 1)?;
    let path = path_arg(vm, "stat", a[0])?;
    let kind = match std::fs::metadata(&path) {
        Err(_) => 0,
        Ok(m) if m.is_file() => 1,
        Ok(m) if m.is_dir() => 2,
        Ok(_) => 3,
    };
    Ok(Value::small_int(kind))
}

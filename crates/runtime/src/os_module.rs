//! `_os`: the few operating-system services `pylib/os.py` and `open()`
//! (`pylib/io.py`) are built on: environment, working directory, process
//! id, directory listings, the kind of a path, and whole-file reads,
//! appends and removal.

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
            ("read_file", read_file),
            ("write_file", write_file),
            ("remove", remove),
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

/// The OSError subclass CPython raises for an I/O error on `path`:
/// `[Errno N] strerror: 'path'`, the class chosen by the errno.
fn os_error(vm: &mut Vm, e: &std::io::Error, path: &str) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(5);
    // std's text for an OS error is strerror's, followed by " (os error N)".
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    let text = text.split(" (os error").next().unwrap_or("Input/output error").to_string();
    let args = [Value::small_int(errno as i64), vm.new_str(&text), vm.new_str(path)];
    let os = vm.ty(TypeId::OSError);
    let cls = vm.oserror_subclass(os, &args);
    let exc = vm.new_instance(cls, true);
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

/// `read_file(path)`: the whole file as bytes.
fn read_file(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "read_file", a, 1, 1)?;
    let path = path_arg(vm, "open", a[0])?;
    let data = std::fs::read(&path).map_err(|e| os_error(vm, &e, &path))?;
    Ok(vm.new_bytes(data))
}

/// `write_file(path, data, how)`: writes bytes to a file, created when
/// missing: `how` 0 replaces its contents, 1 appends, 2 creates it and fails
/// (FileExistsError) when it exists.
fn write_file(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    use std::io::Write;
    check_args(vm, "write_file", a, 3, 3)?;
    let path = path_arg(vm, "open", a[0])?;
    let Some(data) = a[1].as_bytes_like() else {
        return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(a[1]))));
    };
    let mut options = std::fs::OpenOptions::new();
    match a[2].as_small_int() {
        Some(1) => options.append(true).create(true),
        Some(2) => options.write(true).create_new(true),
        _ => options.write(true).create(true).truncate(true),
    };
    options.open(&path).and_then(|mut f| f.write_all(data)).map_err(|e| os_error(vm, &e, &path))?;
    Ok(Value::NONE)
}

/// `remove(path)`: deletes a file.
fn remove(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "remove", a, 1, 1)?;
    let path = path_arg(vm, "remove", a[0])?;
    std::fs::remove_file(&path).map_err(|e| os_error(vm, &e, &path))?;
    Ok(Value::NONE)
}

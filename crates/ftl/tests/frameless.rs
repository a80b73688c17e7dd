//! Which functions get a frameless clone (`tierpy_ftl::frameless`): the
//! pure recursive ones, after the interpreter ran them (their calls of
//! themselves are known only from what the global loads observed).

use std::rc::Rc;
use tierpy_bytecode::CodeObject;
use tierpy_compiler::CompileMode;
use tierpy_ftl::Snapshot;
use tierpy_ftl::frameless::clone_params;
use tierpy_jit::layout::Layouts;

/// The snapshot of function `name` after `source` ran in the interpreter.
fn snapshot_after_run(source: &str, name: &str) -> Snapshot {
    let module = tierpy_compiler::compile(source, "t.py", CompileMode::Exec).expect("compiles");
    let code: Rc<CodeObject> = module.nested().into_iter().find(|c| &*c.name == name).expect("function");
    let mut vm = tierpy_interp::new_vm();
    let globals = vm.main_globals;
    tierpy_interp::run_module(&mut vm, module, globals).expect("runs");
    Snapshot::take(&mut vm, &code, Layouts::measure(), None)
}

fn params(source: &str, name: &str) -> Option<usize> {
    clone_params(&snapshot_after_run(source, name))
}

#[test]
fn pure_recursive_functions_get_a_clone() {
    let fib = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nfib(10)\n";
    assert_eq!(params(fib, "fib"), Some(1));
    let tak = "def tak(x, y, z):\n    if y >= x:\n        return z\n    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))\ntak(6, 4, 2)\n";
    assert_eq!(params(tak, "tak"), Some(3));
    let lists = "xs = [1, 2, 3]\ndef s(i):\n    if i < 0:\n        return 0\n    return xs[i] + s(i - 1)\ns(2)\n";
    assert_eq!(params(lists, "s"), Some(1));
}

#[test]
fn functions_with_effects_loops_or_other_calls_do_not() {
    let global_store = "def f(n):\n    global t\n    if n == 0:\n        return 0\n    t = n\n    return f(n - 1)\nf(2)\n";
    assert_eq!(params(global_store, "f"), None);
    let loops =
        "def f(n):\n    t = 0\n    for i in range(n):\n        t += i\n    if n == 0:\n        return t\n    return f(n - 1) + t\nf(3)\n";
    assert_eq!(params(loops, "f"), None);
    let stores = "xs = [0]\ndef f(n):\n    if n == 0:\n        return 0\n    xs[0] = n\n    return f(n - 1)\nf(3)\n";
    assert_eq!(params(stores, "f"), None);
    let other = "def g(n):\n    return n\ndef f(n):\n    if n == 0:\n        return 0\n    return f(n - 1) + len([n])\nf(3)\n";
    assert_eq!(params(other, "f"), None);
    let not_recursive = "def f(n):\n    return n + 1\nf(3)\n";
    assert_eq!(params(not_recursive, "f"), None);
    let defaults = "def f(n, k=1):\n    if n == 0:\n        return k\n    return f(n - 1)\nf(3)\n";
    assert_eq!(params(defaults, "f"), None);
    let handler = "def f(n):\n    try:\n        if n == 0:\n            return 0\n        return f(n - 1)\n    except ValueError:\n        return 1\nf(3)\n";
    assert_eq!(params(handler, "f"), None);
}

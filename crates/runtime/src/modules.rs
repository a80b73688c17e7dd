//! The builtin modules a program can import: math, sys, time and builtins in
//! Rust, and the modules of `pylib/` (abc, array, bisect, cmath, collections, copy,
//! collections.abc, contextlib, dataclasses, enum, errno, fractions, functools, gc, heapq, io, itertools, json, numbers, operator, os, posixpath (os.path), pprint, platform, random, statistics, string, struct, textwrap,
//! types, typing, warnings), written in Python and compiled on first import.

use crate::builtins::{check_args, int_arg};
use crate::numbers::Num;
use crate::object::{Body, BuiltinFn, BuiltinObj};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

impl Vm {
    /// `import name`: a builtin module, made on first import.
    pub fn import(&mut self, name: &str) -> PyResult<Value> {
        if let Some(&m) = self.modules.get(name) {
            return Ok(m);
        }
        let parent = match name.rsplit_once('.') {
            Some((parent, _)) => Some(self.import(parent)?),
            None => None,
        };
        let m = match name {
            "math" => make_math(self),
            "sys" => {
                let m = make_sys(self);
                self.roots.push(m);
                let r = add_python_sys_parts(self, m);
                self.roots.pop();
                r?;
                m
            }
            "time" => {
                let m = make_time(self);
                self.roots.push(m);
                let r = add_python_parts(self, m, "_time", include_str!("pylib/_time.py"), TIME_PARTS);
                self.roots.pop();
                r?;
                m
            }
            "_traceback" => new_module(self, "_traceback", &[("format", tb_format)]),
            "_os" => crate::os_module::make(self),
            "_regex" => crate::regex_module::make(self),
            "os.path" => self.import("posixpath")?,
            "builtins" => make_builtins_module(self),
            // The program's module: its names are read from the main globals.
            "__main__" => new_module(self, "__main__", &[]),
            _ if let Some(&(_, source)) = PYTHON_MODULES.iter().find(|(n, _)| *n == name) => make_python_module(self, name, source)?,
            _ => match self.import_user_module(name)? {
                Some(m) => return Ok(m),
                None => {
                    let msg = format!("No module named '{name}'");
                    return Err(self.import_error(TypeId::ModuleNotFoundError, &msg, name));
                }
            },
        };
        self.modules.insert(name.to_string(), m);
        self.add_to_sys_modules(name, m);
        if let (Some(parent), Some((_, child))) = (parent, name.rsplit_once('.')) {
            // A submodule is an attribute of its package.
            let k = self.intern(child);
            set_module_attr(self, parent, k, m);
        }
        Ok(m)
    }

    /// `__import__(name, fromlist=fromlist)`: imports `name` and returns it
    /// (with the submodules `fromlist` names), or, for an empty fromlist
    /// (`import a.b`, which binds `a`), its top-level package.
    pub fn import_with_fromlist(&mut self, name: &str, fromlist: Value) -> PyResult<Value> {
        let m = self.import(name)?;
        if !self.is_true(fromlist)? {
            return Ok(self.top_level_module(name, m));
        }
        self.import_fromlist(m, name, fromlist)?;
        Ok(m)
    }

    /// The `import` statement: calls `builtins.__import__` when a program has
    /// replaced it (with the name, globals, locals, `fromlist` and `level`, as
    /// CPython does), else imports `name` itself.
    pub fn import_name(&mut self, name: Value, fromlist: Value, level: u16, globals: Value, locals: Value) -> PyResult<Value> {
        let key = self.intern("__import__");
        let hook = self.dict_get_str(self.builtins, key);
        let is_own = |v: Value| matches!(v.body(), Some(Body::Builtin(b)) if b.name == "__import__" && b.this.is_empty());
        match hook {
            Some(f) if !is_own(f) => {
                let locals = if locals.is_none() || locals == globals { locals } else { Value::NONE };
                let level = Value::small_int(level as i64);
                self.call(f, &[name, globals, locals, fromlist, level], &[])
            }
            _ if level > 0 => {
                let full = self.resolve_relative(name.str_text(), level, globals)?;
                self.import_with_fromlist(&full, fromlist)
            }
            _ => self.import_with_fromlist(name.str_text(), fromlist),
        }
    }

    /// Records an imported module in `sys.modules` (when sys exists).
    pub(crate) fn add_to_sys_modules(&mut self, name: &str, m: Value) {
        let Some(&sys) = self.modules.get("sys") else {
            return;
        };
        let key = self.intern("modules");
        if let Ok(Some(mods)) = self.get_attr_opt(sys, key)
            && mods.as_dict().is_some()
        {
            let k = self.intern(name);
            self.dict_set_str(mods, k, m);
        }
    }

    /// `from module import *` into the namespace dict `ns`: the names in the
    /// module's `__all__`, else every name not starting with an underscore.
    pub fn import_star(&mut self, module: Value, ns: Value) -> PyResult<()> {
        let Some(dict) = module.module_ns() else {
            return Ok(());
        };
        let entries: Vec<(Value, Value)> = dict.iter().map(|e| (e.key, e.value)).collect();
        let names = match entries.iter().find(|(k, _)| k.str_text() == "__all__") {
            Some(&(_, all)) => self.collect_iterable(all)?,
            None => entries.iter().map(|(k, _)| *k).filter(|k| !k.str_text().starts_with('_')).collect(),
        };
        for name in names {
            let v = self.get_attr(module, name)?;
            self.set_item(ns, name, v)?;
        }
        Ok(())
    }

    /// `from module import name`: the attribute, else CPython's ImportError.
    pub fn import_from(&mut self, module: Value, name: Value) -> PyResult<Value> {
        if let Some(v) = self.get_attr_opt(module, name)? {
            return Ok(v);
        }
        let m = match module.body() {
            Some(Body::Module { name, .. }) => name.str_text().to_string(),
            _ => String::new(),
        };
        let file = self.module_file(module).unwrap_or_else(|| "unknown location".into());
        let msg = format!("cannot import name '{}' from '{m}' ({file})", name.str_text());
        Err(self.import_error(TypeId::ImportError, &msg, &m))
    }

    /// A module's `__file__`, None for builtin modules.
    pub fn module_file(&mut self, module: Value) -> Option<String> {
        let dict = module.module_ns()?;
        let k = self.intern("__file__");
        let h = self.str_hash(k);
        let file = if self.is_main_module(module) { self.dict_get_str(self.main_globals, k) } else { dict.get_str(k, h) };
        file.filter(|f| f.as_str().is_some()).map(|f| f.str_text().to_string())
    }

    /// Whether `m` is the `__main__` module object (whose names are the main globals).
    pub fn is_main_module(&self, m: Value) -> bool {
        self.modules.get("__main__") == Some(&m)
    }

    /// An ImportError (or subclass `t`) whose `name` attribute is `module`.
    pub fn import_error(&mut self, t: TypeId, msg: &str, module: &str) -> crate::vm::PyErr {
        let e = self.new_exception(t, msg);
        let (key, v) = (self.intern("name"), self.new_str(module));
        // Exception instances always take attributes.
        let _ = self.set_attr(e.0, key, v);
        e
    }
}

/// Modules written in Python: name and source.
const PYTHON_MODULES: &[(&str, &str)] = &[
    ("_asyncgen", include_str!("pylib/_asyncgen.py")),
    ("_bigrange", include_str!("pylib/_bigrange.py")),
    ("_exceptiongroup", include_str!("pylib/_exceptiongroup.py")),
    ("_descriptors", include_str!("pylib/_descriptors.py")),
    ("_mappingproxy", include_str!("pylib/_mappingproxy.py")),
    ("_memoryview", include_str!("pylib/_memoryview.py")),
    ("_typeforms", include_str!("pylib/_typeforms.py")),
    ("abc", include_str!("pylib/abc.py")),
    ("array", include_str!("pylib/array.py")),
    ("binascii", include_str!("pylib/binascii.py")),
    ("bisect", include_str!("pylib/bisect.py")),
    ("copy", include_str!("pylib/copy.py")),
    ("dataclasses", include_str!("pylib/dataclasses.py")),
    ("enum", include_str!("pylib/enum.py")),
    ("errno", include_str!("pylib/errno.py")),
    ("heapq", include_str!("pylib/heapq.py")),
    ("numbers", include_str!("pylib/numbers.py")),
    ("operator", include_str!("pylib/operator.py")),
    ("os", include_str!("pylib/os.py")),
    ("posixpath", include_str!("pylib/posixpath.py")),
    ("pprint", include_str!("pylib/pprint.py")),
    ("platform", include_str!("pylib/platform.py")),
    ("cmath", include_str!("pylib/cmath.py")),
    ("collections", include_str!("pylib/collections.py")),
    ("collections.abc", include_str!("pylib/collections_abc.py")),
    ("contextlib", include_str!("pylib/contextlib.py")),
    ("fractions", include_str!("pylib/fractions.py")),
    ("functools", include_str!("pylib/functools.py")),
    ("gc", include_str!("pylib/gc.py")),
    ("io", include_str!("pylib/io.py")),
    ("itertools", include_str!("pylib/itertools.py")),
    ("json", include_str!("pylib/json.py")),
    ("statistics", include_str!("pylib/statistics.py")),
    ("string", include_str!("pylib/string.py")),
    ("random", include_str!("pylib/random.py")),
    ("re", include_str!("pylib/re.py")),
    ("struct", include_str!("pylib/struct.py")),
    ("textwrap", include_str!("pylib/textwrap.py")),
    ("traceback", include_str!("pylib/traceback.py")),
    ("types", include_str!("pylib/types.py")),
    ("warnings", include_str!("pylib/warnings.py")),
    ("typing", include_str!("pylib/typing.py")),
];

/// The `builtins` module: the builtin names as the module's attributes
/// (assignments and deletions go to the builtins too, see [`Vm::is_builtins_module`]).
fn make_builtins_module(vm: &mut Vm) -> Value {
    let m = new_module(vm, "builtins", &[]);
    let entries: Vec<(Value, Value)> = vm.builtins.as_dict().map(|d| d.iter().map(|e| (e.key, e.value)).collect()).unwrap_or_default();
    for (k, v) in entries {
        set_module_attr(vm, m, k, v);
    }
    m
}

impl Vm {
    /// Whether `m` is the imported `builtins` module (whose attribute changes
    /// change the builtins every module sees).
    pub fn is_builtins_module(&self, m: Value) -> bool {
        self.modules.get("builtins") == Some(&m)
    }
}

/// Builtins written in Python, defined on first use: (name, module defining it).
const LAZY_BUILTINS: &[(&str, &str)] =
    &[("memoryview", "_memoryview"), ("BaseExceptionGroup", "_exceptiongroup"), ("ExceptionGroup", "_exceptiongroup"), ("open", "io")];

impl Vm {
    /// A builtin written in Python (`memoryview`): made and added to the
    /// builtins the first time a name lookup misses it; None for other names.
    pub fn lazy_builtin(&mut self, name: Value) -> PyResult<Option<Value>> {
        let Some(&(_, module)) = LAZY_BUILTINS.iter().find(|(n, _)| *n == name.str_text()) else {
            return Ok(None);
        };
        let m = self.import(module)?;
        let v = self.get_attr(m, name)?;
        let b = self.builtins;
        self.dict_set_str(b, name, v);
        Ok(Some(v))
    }
}

/// The names `pylib/_time.py` adds to the time module.
const TIME_PARTS: &[&str] = &["struct_time", "gmtime", "localtime", "mktime", "asctime", "ctime", "strftime", "strptime"];

/// Adds the parts of sys written in Python (`pylib/_sys.py`) to the sys module.
fn add_python_sys_parts(vm: &mut Vm, sys: Value) -> PyResult<()> {
    add_python_parts(vm, sys, "_sys", include_str!("pylib/_sys.py"), SYS_PARTS)
}

/// Runs `source` as module `name` and copies its `names` into module `m`.
fn add_python_parts(vm: &mut Vm, m: Value, name: &str, source: &str, names: &[&str]) -> PyResult<()> {
    let parts = make_python_module(vm, name, source)?;
    for &name in names {
        let k = vm.intern(name);
        let v = vm.get_attr(parts, k)?;
        set_module_attr(vm, m, k, v);
    }
    Ok(())
}

/// The names `pylib/_sys.py` adds to the sys module.
const SYS_PARTS: &[&str] = &[
    "version_info",
    "implementation",
    "hexversion",
    "float_info",
    "int_info",
    "hash_info",
    "flags",
    "maxunicode",
    "float_repr_style",
    "api_version",
    "getdefaultencoding",
    "getfilesystemencoding",
    "excepthook",
    "__excepthook__",
];

/// Runs a Python-source module's code with a fresh globals dict and makes a
/// module of what it defined.
fn make_python_module(vm: &mut Vm, name: &str, source: &str) -> PyResult<Value> {
    module_from_source(vm, name, source, None)
}

/// [`make_python_module`] for source read from `file` (None for the modules
/// built into tierpy): tracebacks name the file, and `__file__` holds it.
pub(crate) fn module_from_source(vm: &mut Vm, name: &str, source: &str, file: Option<&str>) -> PyResult<Value> {
    let Some(compile) = vm.compiler else {
        let msg = format!("No module named '{name}'");
        return Err(vm.new_exception(TypeId::ModuleNotFoundError, &msg));
    };
    let code = compile(vm, source, file.unwrap_or(name), crate::vm::SourceKind::Statements)?;
    let globals = vm.new_dict();
    vm.roots.push(globals);
    let (k, n) = (vm.intern("__name__"), vm.intern(name));
    vm.dict_set_str(globals, k, n);
    if let Some(file) = file {
        let (k, f) = (vm.intern("__file__"), vm.new_str(file));
        vm.dict_set_str(globals, k, f);
    }
    let ran = vm.run_code(code, globals, globals);
    vm.roots.pop();
    ran?;
    Ok(module_of_globals(vm, name, globals))
}

/// A module named `name` whose namespace is the dict `globals`.
pub(crate) fn module_of_globals(vm: &mut Vm, name: &str, globals: Value) -> Value {
    let n = vm.intern(name);
    let m = vm.heap.alloc(Body::Module { name: n, dict: Default::default(), globals });
    let nk = vm.intern("__name__");
    if vm.dict_get_str(globals, nk).is_none() {
        vm.dict_set_str(globals, nk, n);
    }
    m
}

/// A module object named `name` holding the given builtin functions.
pub(crate) fn new_module(vm: &mut Vm, name: &str, fns: &[(&'static str, BuiltinFn)]) -> Value {
    let n = vm.intern(name);
    let m = vm.heap.alloc(Body::Module { name: n, dict: Default::default(), globals: Value::NONE });
    let nk = vm.intern("__name__");
    set_module_attr(vm, m, nk, n);
    for &(fname, f) in fns {
        let v = vm.heap.alloc(Body::Builtin(BuiltinObj { name: fname, func: f, this: Value::EMPTY, owner: None }));
        let k = vm.intern(fname);
        set_module_attr(vm, m, k, v);
    }
    m
}

/// Sets attribute `k` of module `m`.
pub(crate) fn set_module_attr(vm: &mut Vm, m: Value, k: Value, v: Value) {
    let h = vm.str_hash(k);
    if let Some(dict) = m.module_ns() {
        dict.set_str(k, h, v);
    }
}

fn set_named(vm: &mut Vm, m: Value, name: &str, v: Value) {
    let k = vm.intern(name);
    set_module_attr(vm, m, k, v);
}

// ----- math -----

fn float_arg(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match Num::of(v) {
        Some(Num::Float(f)) => Ok(f),
        Some(Num::Int(i)) => Ok(i as f64),
        Some(Num::Big(b)) => crate::ops::bigint_to_f64(vm, b),
        None => {
            if let Some(m) = vm.lookup_special(v, "__float__") {
                let r = crate::constructors::call_float_dunder(vm, m, v)?;
                return float_arg(vm, r.native());
            }
            if v.has_native() {
                return float_arg(vm, v.native());
            }
            Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
        }
    }
}

fn domain(vm: &mut Vm) -> crate::vm::PyErr {
    vm.value_error("math domain error")
}

fn finish(vm: &mut Vm, x: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::float(r))
}

macro_rules! unary_math {
    ($($name:ident => $f:expr),* $(,)?) => {
        $(pub(crate) fn $name(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
            check_args(vm, &format!("math.{}", &stringify!($name)[2..]), a, 1, 1)?;
            let x = float_arg(vm, a[0])?;
            let f: fn(f64) -> f64 = $f;
            finish(vm, x, f(x))
        })*
    };
}

/// The C library's versions of the functions whose results CPython takes
/// from it (Rust's own, or the `libm` crate's, differ in the last digit or
/// overflow early).
mod clib {
    unsafe extern "C" {
        pub safe fn asinh(x: f64) -> f64;
        pub safe fn acosh(x: f64) -> f64;
        pub safe fn erf(x: f64) -> f64;
        pub safe fn erfc(x: f64) -> f64;
    }
}

unary_math! {
    m_sin => f64::sin, m_cos => f64::cos, m_tan => f64::tan,
    m_asin => f64::asin, m_acos => f64::acos, m_atan => f64::atan,
    m_sinh => f64::sinh, m_cosh => f64::cosh, m_tanh => f64::tanh,
    m_exp => f64::exp, m_fabs => f64::abs,
    m_log1p => |x| if x <= -1.0 { f64::NAN } else { x.ln_1p() },
    m_expm1 => f64::exp_m1,
    m_asinh => |x| clib::asinh(x), m_acosh => |x| clib::acosh(x), m_cbrt => f64::cbrt, m_exp2 => f64::exp2,
    m_atanh => |x| if x.abs() >= 1.0 { f64::NAN } else { x.atanh() },
    m_erf => |x| clib::erf(x), m_erfc => |x| clib::erfc(x),
}

/// `math.degrees(x)`: a plain product (an infinite result is no error).
fn m_degrees(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "math.degrees", a, 1, 1)?;
    Ok(Value::float(float_arg(vm, a[0])?.to_degrees()))
}

/// `math.radians(x)`: a plain product.
fn m_radians(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "math.radians", a, 1, 1)?;
    Ok(Value::float(float_arg(vm, a[0])?.to_radians()))
}

/// `math.log2(x)`.
fn m_log2(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "math.log2", a, 1, 1)?;
    log_of(vm, a[0], f64::log2).map(Value::float)
}

/// `math.log10(x)`.
fn m_log10(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "math.log10", a, 1, 1)?;
    log_of(vm, a[0], f64::log10).map(Value::float)
}

/// A logarithm `log` of a positive number, ints too large for a float
/// included (as CPython's loghelper: log(m) + e*log(2) for m * 2**e);
/// ValueError outside the domain.
fn log_of(vm: &mut Vm, v: Value, log: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(b) = v.as_bigint() {
        if !b.is_positive() {
            return Err(domain(vm));
        }
        let shift = (b.bits() as i64 - 60).max(0);
        let top: BigInt = b >> shift as usize;
        let f = crate::ops::bigint_to_f64(vm, &top)?;
        return Ok(log(f) + shift as f64 * log(2.0));
    }
    let x = float_arg(vm, v)?;
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(log(x))
}

/// `math.gamma(x)`: ValueError at the poles (0 and negative integers) and
/// -inf, OverflowError past the largest float.
fn m_gamma(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "math.gamma", a, 1, 1)?;
    let x = float_arg(vm, a[0])?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(Value::float(x));
    }
    if x == f64::NEG_INFINITY || (x <= 0.0 && x.fract() == 0.0) {
        return Err(domain(vm));
    }
    finish(vm, x, libm::tgamma(x))
}

/// `math.lgamma(x)`: log(abs(gamma(x))); ValueError at the poles.
fn m_lgamma(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "math.lgamma", a, 1, 1)?;
    let x = float_arg(vm, a[0])?;
    if x.is_nan() {
        return Ok(Value::float(x));
    }
    if x.is_infinite() {
        return Ok(Value::float(f64::INFINITY));
    }
    if x <= 0.0 && x.fract() == 0.0 {
        return Err(domain(vm));
    }
    finish(vm, x, libm::lgamma(x))
}

/// `math.nextafter(x, y)`: the next float after x towards y.
fn m_nextafter(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "nextafter", a, 2, 2)?;
    let (x, y) = (float_arg(vm, a[0])?, float_arg(vm, a[1])?);
    Ok(Value::float(libm::nextafter(x, y)))
}

/// `math.ulp(x)`: the gap between abs(x) and the next float away from zero.
fn m_ulp(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "math.ulp", a, 1, 1)?;
    let x = float_arg(vm, a[0])?.abs();
    if !x.is_finite() {
        return Ok(Value::float(x));
    }
    let up = libm::nextafter(x, f64::INFINITY);
    Ok(Value::float(if up.is_infinite() { x - libm::nextafter(x, 0.0) } else { up - x }))
}

/// `math.frexp(x)`: (m, e) with x == m * 2**e and 0.5 <= abs(m) < 1.
fn m_frexp(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "math.frexp", a, 1, 1)?;
    let x = float_arg(vm, a[0])?;
    let (m, e) = frexp(x);
    Ok(vm.new_tuple(vec![Value::float(m), Value::small_int(e)]))
}

fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    // Scale subnormals into the normal range first.
    let (x, bias) = if x.abs() < f64::MIN_POSITIVE { (x * 2f64.powi(54), -54) } else { (x, 0) };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp + bias)
}

/// `math.ldexp(x, i)`: x * 2**i, with CPython's overflow error.
fn m_ldexp(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "ldexp", a, 2, 2)?;
    let x = float_arg(vm, a[0])?;
    let Some(i) = a[1]
        .as_small_int()
        .or_else(|| a[1].as_bool().map(i64::from))
        .or_else(|| a[1].as_bigint().map(|b| if num_traits::Signed::is_negative(b) { i64::MIN } else { i64::MAX }))
    else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::float(x));
    }
    let mut r = x;
    let mut i = i.clamp(-2200, 2200);
    while i != 0 {
        let step = i.clamp(-1000, 1000);
        r *= 2f64.powi(step as i32);
        i -= step;
    }
    finish(vm, x, r)
}

/// `math.remainder(x, y)`: the IEEE 754 remainder (x - n*y, n the nearest integer to x/y).
fn m_remainder(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "remainder", a, 2, 2)?;
    let (x, y) = (float_arg(vm, a[0])?, float_arg(vm, a[1])?);
    if x.is_nan() || y.is_nan() {
        return Ok(Value::float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    if y.is_infinite() {
        return Ok(Value::float(x));
    }
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Halfway: choose the even multiple.
        m - 2.0 * ((0.5 * (ax - m)) % ay)
    };
    Ok(Value::float(1f64.copysign(x) * r))
}

/// `math.dist(p, q)`: the Euclidean distance between two points.
fn m_dist(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "dist", a, 2, 2)?;
    let p = vm.collect_iterable(a[0])?;
    let q = vm.collect_iterable(a[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut sum = 0.0;
    for (x, y) in p.into_iter().zip(q) {
        let d = float_arg(vm, x)? - float_arg(vm, y)?;
        sum += d * d;
    }
    Ok(Value::float(sum.sqrt()))
}

pub(crate) fn m_sqrt(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "sqrt", a, 1, 1)?;
    let x = float_arg(vm, a[0])?;
    if x < 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::float(x.sqrt()))
}

fn m_log(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "log", a, 1, 2)?;
    let x = log_of(vm, a[0], f64::ln)?;
    if a.len() == 2 {
        let b = log_of(vm, a[1], f64::ln)?;
        if b == 0.0 {
            return Err(vm.zero_division("float division by zero"));
        }
        return Ok(Value::float(x / b));
    }
    Ok(Value::float(x))
}

fn m_atan2(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "atan2", a, 2, 2)?;
    let (y, x) = (float_arg(vm, a[0])?, float_arg(vm, a[1])?);
    Ok(Value::float(y.atan2(x)))
}

fn m_pow(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "pow", a, 2, 2)?;
    let (x, y) = (float_arg(vm, a[0])?, float_arg(vm, a[1])?);
    if !x.is_finite() || !y.is_finite() {
        // IEEE special values: the C library's answers, never an error.
        return Ok(Value::float(x.powf(y)));
    }
    if x == 0.0 && y < 0.0 {
        return Err(domain(vm));
    }
    if x < 0.0 && y.fract() != 0.0 {
        return Err(domain(vm));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::float(r))
}

fn m_hypot(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for &v in a {
        let x = float_arg(vm, v)?;
        acc = acc.hypot(x);
    }
    Ok(Value::float(acc))
}

fn m_copysign(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "copysign", a, 2, 2)?;
    let (x, y) = (float_arg(vm, a[0])?, float_arg(vm, a[1])?);
    Ok(Value::float(x.copysign(y)))
}

fn m_fmod(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "fmod", a, 2, 2)?;
    let (x, y) = (float_arg(vm, a[0])?, float_arg(vm, a[1])?);
    if x.is_nan() || y.is_nan() {
        return Ok(Value::float(f64::NAN));
    }
    if y == 0.0 || x.is_infinite() {
        return Err(domain(vm));
    }
    Ok(Value::float(x % y))
}

fn m_modf(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "modf", a, 1, 1)?;
    let x = float_arg(vm, a[0])?;
    let i = x.trunc();
    // The fractional part keeps x's sign, as C's modf: modf(-100.0) is (-0.0, -100.0).
    let f = if x.is_infinite() { 0.0f64.copysign(x) } else { (x - i).copysign(x) };
    Ok(vm.new_tuple(vec![Value::float(f), Value::float(i)]))
}

fn round_to_int(vm: &mut Vm, a: &[Value], name: &str, dunder: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    check_args(vm, name, a, 1, 1)?;
    match Num::of(a[0]) {
        Some(Num::Float(x)) => crate::builtins::float_to_int(vm, f(x)),
        Some(Num::Int(i)) => Ok(vm.new_int(i)),
        Some(Num::Big(_)) => Ok(a[0]),
        None => {
            if let Some(m) = vm.lookup_special(a[0], dunder) {
                return vm.call_method_value(m, a[0], &[]);
            }
            let x = float_arg(vm, a[0])?;
            crate::builtins::float_to_int(vm, f(x))
        }
    }
}

pub(crate) fn m_floor(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    round_to_int(vm, a, "floor", "__floor__", f64::floor)
}

fn m_ceil(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    round_to_int(vm, a, "ceil", "__ceil__", f64::ceil)
}

fn m_trunc(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    round_to_int(vm, a, "trunc", "__trunc__", f64::trunc)
}

fn m_isclose(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error(format!("isclose() takes exactly 2 positional arguments ({} given)", a.len())));
    }
    let (x, y) = (float_arg(vm, a[0])?, float_arg(vm, a[1])?);
    let rel = match crate::builtins::kwarg(kw, "rel_tol") {
        Some(v) => float_arg(vm, v)?,
        None => 1e-9,
    };
    let abs = match crate::builtins::kwarg(kw, "abs_tol") {
        Some(v) => float_arg(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::TRUE);
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::FALSE);
    }
    let d = (x - y).abs();
    Ok(Value::bool(d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs))
}

fn big_arg(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    match Num::of(v.native()) {
        Some(Num::Int(i)) => Ok(i.into()),
        Some(Num::Big(b)) => Ok(b.clone()),
        _ => Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
    }
}

fn m_gcd(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for &v in a {
        let x = big_arg(vm, v)?;
        g = num_integer::Integer::gcd(&g, &x);
    }
    Ok(vm.new_bigint(g))
}

fn m_lcm(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let mut l = BigInt::from(1);
    for &v in a {
        let x = big_arg(vm, v)?;
        if x.is_zero() {
            return Ok(Value::small_int(0));
        }
        l = num_integer::Integer::lcm(&l, &x);
    }
    Ok(vm.new_bigint(l))
}

fn m_factorial(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "math.factorial", a, 1, 1)?;
    if a[0].is_float() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    if a[0].as_bigint().is_some_and(|b| b.is_positive()) {
        return Err(vm.overflow_error(format!("factorial() argument should not exceed {}", i64::MAX)));
    }
    let n = int_arg(vm, a[0])?;
    if n < 0 {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let mut r = BigInt::from(1);
    for i in 2..=n {
        r *= i;
    }
    Ok(vm.new_bigint(r))
}

fn m_comb(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "comb", a, 2, 2)?;
    let (n, k) = (int_arg(vm, a[0])?, int_arg(vm, a[1])?);
    if n < 0 || k < 0 {
        return Err(vm.value_error(if n < 0 { "n must be a non-negative integer" } else { "k must be a non-negative integer" }));
    }
    if k > n {
        return Ok(Value::small_int(0));
    }
    let k = k.min(n - k);
    let mut r = BigInt::from(1);
    for i in 0..k {
        r = r * (n - i) / (i + 1);
    }
    Ok(vm.new_bigint(r))
}

fn m_perm(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "perm", a, 1, 2)?;
    let n = int_arg(vm, a[0])?;
    let k = if a.len() > 1 && !a[1].is_none() { int_arg(vm, a[1])? } else { n };
    if n < 0 || k < 0 {
        return Err(vm.value_error(if n < 0 { "n must be a non-negative integer" } else { "k must be a non-negative integer" }));
    }
    if k > n {
        return Ok(Value::small_int(0));
    }
    let mut r = BigInt::from(1);
    for i in 0..k {
        r *= n - i;
    }
    Ok(vm.new_bigint(r))
}

fn m_isqrt(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "math.isqrt", a, 1, 1)?;
    let n = big_arg(vm, a[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_bigint(n.sqrt()))
}

fn m_isnan(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let x = float_arg(vm, a[0])?;
    Ok(Value::bool(x.is_nan()))
}

fn m_isinf(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let x = float_arg(vm, a[0])?;
    Ok(Value::bool(x.is_infinite()))
}

fn m_isfinite(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let x = float_arg(vm, a[0])?;
    Ok(Value::bool(x.is_finite()))
}

fn m_prod(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if a.len() != 1 {
        return Err(vm.type_error(format!("prod() takes exactly 1 positional argument ({} given)", a.len())));
    }
    let items = vm.collect_iterable(a[0])?;
    let mut acc = crate::builtins::kwarg(kw, "start").unwrap_or(Value::small_int(1));
    for x in items {
        acc = vm.binary_op(tierpy_bytecode::instr::BinOp::Mul, acc, x)?;
    }
    Ok(acc)
}

fn m_fsum(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "math.fsum", a, 1, 1)?;
    let items = vm.collect_iterable(a[0])?;
    // Shewchuk's exact partial sums, as CPython's msum.
    let mut partials: Vec<f64> = vec![];
    for v in items {
        let mut x = float_arg(vm, v)?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    let mut n = partials.len();
    let mut hi = 0.0;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

fn make_math(vm: &mut Vm) -> Value {
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("sqrt", m_sqrt),
        ("sin", m_sin),
        ("cos", m_cos),
        ("tan", m_tan),
        ("asin", m_asin),
        ("acos", m_acos),
        ("atan", m_atan),
        ("sinh", m_sinh),
        ("cosh", m_cosh),
        ("tanh", m_tanh),
        ("atan2", m_atan2),
        ("exp", m_exp),
        ("expm1", m_expm1),
        ("log", m_log),
        ("log2", m_log2),
        ("log10", m_log10),
        ("log1p", m_log1p),
        ("pow", m_pow),
        ("floor", m_floor),
        ("ceil", m_ceil),
        ("trunc", m_trunc),
        ("fabs", m_fabs),
        ("hypot", m_hypot),
        ("copysign", m_copysign),
        ("fmod", m_fmod),
        ("modf", m_modf),
        ("frexp", m_frexp),
        ("ldexp", m_ldexp),
        ("remainder", m_remainder),
        ("dist", m_dist),
        ("asinh", m_asinh),
        ("acosh", m_acosh),
        ("atanh", m_atanh),
        ("cbrt", m_cbrt),
        ("exp2", m_exp2),
        ("degrees", m_degrees),
        ("radians", m_radians),
        ("isclose", m_isclose),
        ("erf", m_erf),
        ("erfc", m_erfc),
        ("gamma", m_gamma),
        ("lgamma", m_lgamma),
        ("nextafter", m_nextafter),
        ("ulp", m_ulp),
        ("gcd", m_gcd),
        ("lcm", m_lcm),
        ("factorial", m_factorial),
        ("comb", m_comb),
        ("perm", m_perm),
        ("isqrt", m_isqrt),
        ("isnan", m_isnan),
        ("isinf", m_isinf),
        ("isfinite", m_isfinite),
        ("prod", m_prod),
        ("fsum", m_fsum),
    ];
    let m = new_module(vm, "math", fns);
    for (n, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        set_named(vm, m, n, Value::float(v));
    }
    m
}

// ----- sys -----

fn s_exit(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "exit", a, 0, 1)?;
    let cls = vm.ty(TypeId::SystemExit);
    let args: Vec<Value> = a.iter().copied().filter(|v| !v.is_none()).collect();
    Err(crate::vm::PyErr(crate::exceptions::make_exception(vm, cls, args)))
}

fn s_setrecursionlimit(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "setrecursionlimit", a, 1, 1)?;
    if a[0].is_float() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = int_arg(vm, a[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::NONE)
}

fn s_getrecursionlimit(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Ok(vm.new_int(vm.recursion_limit as i64))
}

fn s_exc_info(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    match vm.exc_stack.last().copied() {
        Some(e) => {
            let t = vm.type_of(e);
            let tb = vm.traceback_of(e);
            Ok(vm.new_tuple(vec![t, e, tb]))
        }
        None => Ok(vm.new_tuple(vec![Value::NONE, Value::NONE, Value::NONE])),
    }
}

/// `sys.exception()`: the exception being handled, or None.
fn s_exception(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "exception", a, 0, 0)?;
    Ok(vm.exc_stack.last().copied().unwrap_or(Value::NONE))
}

/// `_traceback.format(exc)`: the report of an exception (its traceback,
/// chain and last line) as the interpreter prints an uncaught one.
fn tb_format(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "format", a, 1, 1)?;
    if a[0].exc_data().is_none() {
        return Err(vm.type_error(format!("Exception expected for value, {} found", vm.type_name(a[0]))));
    }
    let text = vm.format_exception(a[0]);
    Ok(vm.new_str(&text))
}

/// `sys.set_int_max_str_digits(maxdigits)`.
fn s_set_int_max_str_digits(vm: &mut Vm, a: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::builtins::check_kwargs(vm, "set_int_max_str_digits", kw, &["maxdigits"])?;
    let Some(v) = a.first().copied().or(crate::builtins::kwarg(kw, "maxdigits")) else {
        return Err(vm.type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)"));
    };
    let n = crate::builtins::int_arg(vm, v)?;
    if n != 0 && n < crate::repr::MIN_STR_DIGITS as i64 {
        return Err(vm.value_error(format!("maxdigits must be 0 or larger than {}", crate::repr::MIN_STR_DIGITS)));
    }
    vm.int_max_str_digits = n as usize;
    Ok(Value::NONE)
}

/// `sys.get_int_max_str_digits()`.
fn s_get_int_max_str_digits(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "get_int_max_str_digits", a, 0, 0)?;
    Ok(Value::small_int(vm.int_max_str_digits as i64))
}

fn s_getsizeof(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "getsizeof", a, 1, 2)?;
    Ok(Value::small_int(64))
}

fn s_intern(_: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Ok(a[0])
}

fn w_stdout(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "write", a, 1, 1)?;
    let Some(s) = a[0].as_str() else {
        return Err(vm.type_error(format!("write() argument must be str, not {}", vm.type_name(a[0]))));
    };
    let n = s.chars;
    vm.write_out(&s.s);
    Ok(vm.new_int(n as i64))
}

fn w_stderr(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "write", a, 1, 1)?;
    let s = vm.to_str(a[0])?;
    vm.flush_out();
    eprint!("{s}");
    Ok(vm.new_int(s.chars().count() as i64))
}

fn flush(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    vm.flush_out();
    Ok(Value::NONE)
}

fn make_sys(vm: &mut Vm) -> Value {
    let m = new_module(
        vm,
        "sys",
        &[
            ("exit", s_exit),
            ("setrecursionlimit", s_setrecursionlimit),
            ("getrecursionlimit", s_getrecursionlimit),
            ("intern", s_intern),
            ("exc_info", s_exc_info),
            ("exception", s_exception),
            ("getsizeof", s_getsizeof),
            ("set_int_max_str_digits", s_set_int_max_str_digits),
            ("get_int_max_str_digits", s_get_int_max_str_digits),
        ],
    );
    let _ = vm.import("__main__");
    let mods = vm.new_dict();
    set_named(vm, m, "modules", mods);
    let k = vm.intern("sys");
    vm.dict_set_str(mods, k, m);
    let mut imported: Vec<(String, Value)> = vm.modules.iter().map(|(n, &v)| (n.clone(), v)).collect();
    imported.sort_by(|a, b| a.0.cmp(&b.0));
    for (name, module) in imported {
        let k = vm.intern(&name);
        vm.dict_set_str(mods, k, module);
    }
    let argv: Vec<Value> = vm.argv.clone().iter().map(|a| vm.new_str(a)).collect();
    let argv = vm.new_list(argv);
    set_named(vm, m, "argv", argv);
    let max = vm.new_int(i64::MAX);
    set_named(vm, m, "maxsize", max);
    let p = vm.new_str("linux");
    set_named(vm, m, "platform", p);
    let exe = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default();
    let exe = vm.new_str(&exe);
    set_named(vm, m, "executable", exe);
    let v = vm.new_str("3.11.7 (tierpy)");
    set_named(vm, m, "version", v);
    let bo = vm.new_str("little");
    set_named(vm, m, "byteorder", bo);
    let first = vm.argv.first().cloned().unwrap_or_default();
    let dir = vm.new_str(&crate::user_modules::script_dir(&first));
    let path = vm.new_list(vec![dir]);
    set_named(vm, m, "path", path);
    let out = new_module(vm, "stdout", &[("write", w_stdout), ("flush", flush)]);
    set_named(vm, m, "stdout", out);
    let err = new_module(vm, "stderr", &[("write", w_stderr), ("flush", flush)]);
    set_named(vm, m, "stderr", err);
    m
}

// ----- time -----

fn now() -> f64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0)
}

thread_local! {
    static START: std::time::Instant = std::time::Instant::now();
}

fn monotonic() -> f64 {
    START.with(|s| s.elapsed().as_secs_f64())
}

fn t_time(_: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::float(now()))
}

fn t_perf(_: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::float(monotonic()))
}

fn t_perf_ns(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Ok(vm.new_int((monotonic() * 1e9) as i64))
}

fn t_time_ns(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Ok(vm.new_bigint(BigInt::from((now() * 1e9) as i128)))
}

fn t_sleep(vm: &mut Vm, a: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "sleep", a, 1, 1)?;
    let s = float_arg(vm, a[0])?;
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    std::thread::sleep(std::time::Duration::from_secs_f64(s));
    Ok(Value::NONE)
}

fn make_time(vm: &mut Vm) -> Value {
    new_module(
        vm,
        "time",
        &[
            ("time", t_time),
            ("perf_counter", t_perf),
            ("monotonic", t_perf),
            ("process_time", t_perf),
            ("perf_counter_ns", t_perf_ns),
            ("monotonic_ns", t_perf_ns),
            ("time_ns", t_time_ns),
            ("sleep", t_sleep),
        ],
    )
}

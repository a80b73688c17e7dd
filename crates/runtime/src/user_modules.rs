//! Imports of a program's own files: `name.py` modules and `name/__init__.py`
//! packages found along `sys.path` (whose first entry is the script's
//! directory, as in CPython). A module's code runs in its own globals dict,
//! which is the module object's namespace; the module is registered before
//! its code runs, so circular imports find it (as far as it got).

use crate::modules::{module_of_globals, set_module_attr};
use crate::object::Body;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, SourceKind, Vm};
use std::path::{Path, PathBuf};

/// Where a module's source was found.
struct Found {
    file: PathBuf,
    /// The package directory, for `name/__init__.py`.
    package_dir: Option<PathBuf>,
}

/// The directory `sys.path` starts with: the script's own (resolved), or ""
/// for `-c` and standard input.
pub fn script_dir(argv0: &str) -> String {
    if argv0.is_empty() || argv0 == "-c" || argv0 == "-" {
        return String::new();
    }
    let p = Path::new(argv0);
    let p = std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    p.parent().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default()
}

impl Vm {
    /// Loads the program module `name` (dotted for submodules) from the
    /// search path; Ok(None) when no file matches.
    pub(crate) fn import_user_module(&mut self, name: &str) -> PyResult<Option<Value>> {
        let (dirs, parent, leaf) = match name.rsplit_once('.') {
            Some((pkg, leaf)) => {
                let parent = self.import(pkg)?;
                let Some(dirs) = self.package_dirs(parent)? else {
                    // tierpy's own modules stand in for CPython's packages too
                    // (collections): only a program's module is "not a package".
                    let file = self.intern("__file__");
                    if self.get_attr_opt(parent, file)?.is_none() {
                        return Ok(None);
                    }
                    let msg = format!("No module named '{name}'; '{pkg}' is not a package");
                    return Err(self.import_error(TypeId::ModuleNotFoundError, &msg, name));
                };
                (dirs, Some(parent), leaf)
            }
            None => (self.search_path()?, None, name),
        };
        let Some(found) = find_source(&dirs, leaf) else {
            return Ok(None);
        };
        let m = self.exec_user_module(name, &found)?;
        if let Some(p) = parent {
            let k = self.intern(leaf);
            set_module_attr(self, p, k, m);
        }
        Ok(Some(m))
    }

    /// `sys.path` as strings, or the script's directory when `sys` was never imported.
    fn search_path(&mut self) -> PyResult<Vec<String>> {
        let Some(&sys) = self.modules.get("sys") else {
            let first = self.argv.first().cloned().unwrap_or_default();
            return Ok(vec![script_dir(&first)]);
        };
        let key = self.intern("path");
        let path = self.get_attr_opt(sys, key)?;
        Ok(path.and_then(|p| p.as_list()).map(|l| str_items(l)).unwrap_or_default())
    }

    /// A package's `__path__` entries; None for a plain module.
    fn package_dirs(&mut self, module: Value) -> PyResult<Option<Vec<String>>> {
        let key = self.intern("__path__");
        let path = self.get_attr_opt(module, key)?;
        Ok(path.and_then(|p| p.as_list()).map(|l| str_items(l)))
    }

    /// Compiles and runs the found source as module `name`, registered
    /// (in `sys.modules` too) before its code runs; unregistered on failure.
    fn exec_user_module(&mut self, name: &str, found: &Found) -> PyResult<Value> {
        let file = found.file.to_string_lossy().into_owned();
        let source = std::fs::read_to_string(&found.file).map_err(|e| {
            let msg = format!("[Errno 2] {e}: '{file}'");
            self.new_exception(TypeId::OSError, &msg)
        })?;
        let Some(compile) = self.compiler else {
            let msg = format!("No module named '{name}'");
            return Err(self.import_error(TypeId::ModuleNotFoundError, &msg, name));
        };
        let globals = self.new_dict();
        self.roots.push(globals);
        let m = module_of_globals(self, name, globals);
        self.roots.push(m);
        self.set_module_globals(globals, name, &file, found.package_dir.as_deref());
        self.register_module(name, m);
        let ran = compile(self, &source, &file, SourceKind::Statements).and_then(|code| self.run_code(code, globals, globals));
        if ran.is_err() {
            self.unregister_module(name);
        }
        self.roots.truncate(self.roots.len() - 2);
        ran.map(|_| m)
    }

    /// `__name__`, `__file__` (and a package's `__path__` and `__package__`)
    /// in the globals the module's code runs in (its namespace).
    fn set_module_globals(&mut self, globals: Value, name: &str, file: &str, package_dir: Option<&Path>) {
        let package = match package_dir {
            Some(_) => name,
            None => name.rsplit_once('.').map_or("", |(p, _)| p),
        };
        // CPython's order. A module docstring (stored by the module's code)
        // replaces the None of __doc__.
        let mut attrs = vec![("__doc__", Value::NONE), ("__package__", self.new_str(package))];
        attrs.extend([("__loader__", Value::NONE), ("__spec__", Value::NONE)]);
        if let Some(dir) = package_dir {
            let d = self.new_str(&dir.to_string_lossy());
            attrs.push(("__path__", self.new_list(vec![d])));
        }
        attrs.push(("__file__", self.new_str(file)));
        // Where CPython would cache the compiled code (tierpy writes nothing there).
        let path = Path::new(file);
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let cached = path.with_file_name(format!("__pycache__/{stem}.cpython-311.pyc"));
        attrs.push(("__cached__", self.new_str(&cached.to_string_lossy())));
        for (k, v) in attrs {
            let k = self.intern(k);
            self.dict_set_str(globals, k, v);
        }
        // The module's code sees the builtins as CPython's modules do.
        let k = self.intern("__builtins__");
        let b = self.builtins;
        self.dict_set_str(globals, k, b);
    }

    /// Records `m` as imported under `name`.
    fn register_module(&mut self, name: &str, m: Value) {
        self.modules.insert(name.to_string(), m);
        self.add_to_sys_modules(name, m);
    }

    /// Forgets a module whose code raised.
    fn unregister_module(&mut self, name: &str) {
        self.modules.remove(name);
        let Some(&sys) = self.modules.get("sys") else {
            return;
        };
        let key = self.intern("modules");
        if let Ok(Some(mods)) = self.get_attr_opt(sys, key)
            && let Some(d) = mods.as_dict()
        {
            let k = self.intern(name);
            let h = self.str_hash(k);
            d.remove_str(k, h);
        }
    }

    /// The absolute name of a relative import (`from ..x import y` is `name`
    /// "x" at `level` 2) inside the package named by the importer's `__package__`.
    pub(crate) fn resolve_relative(&mut self, name: &str, level: u16, globals: Value) -> PyResult<String> {
        let key = self.intern("__package__");
        let package =
            globals.as_dict().and_then(|_| self.dict_get_str(globals, key)).filter(|p| p.as_str().is_some_and(|s| !s.s.is_empty()));
        let Some(package) = package else {
            return Err(self.new_exception(TypeId::ImportError, "attempted relative import with no known parent package"));
        };
        let mut base = package.str_text();
        for _ in 1..level {
            match base.rsplit_once('.') {
                Some((parent, _)) => base = parent,
                None => return Err(self.new_exception(TypeId::ImportError, "attempted relative import beyond top-level package")),
            }
        }
        Ok(if name.is_empty() { base.to_string() } else { format!("{base}.{name}") })
    }

    /// The module a plain `import a.b.c` binds: the top-level package.
    pub(crate) fn top_level_module(&mut self, name: &str, imported: Value) -> Value {
        match name.split_once('.') {
            Some((top, _)) => self.modules.get(top).copied().unwrap_or(imported),
            None => imported,
        }
    }

    /// `from package import name` where `name` is a submodule not imported
    /// yet: imports `package.name` for each such name of `fromlist`.
    pub(crate) fn import_fromlist(&mut self, module: Value, name: &str, fromlist: Value) -> PyResult<()> {
        if !matches!(module.body(), Some(Body::Module { .. })) || self.package_dirs(module)?.is_none() {
            return Ok(());
        }
        let names: Vec<Value> = match fromlist.body() {
            Some(Body::Tuple(t)) => t.to_vec(),
            _ => return Ok(()),
        };
        for n in names {
            if n.as_str().is_none() || n.str_text() == "*" || self.get_attr_opt(module, n)?.is_some() {
                continue;
            }
            let sub = format!("{name}.{}", n.str_text());
            self.import_user_module(&sub)?;
        }
        Ok(())
    }
}

/// The str items of a list (other items are skipped, as CPython's finders do).
fn str_items(items: &[Value]) -> Vec<String> {
    items.iter().filter(|v| v.as_str().is_some()).map(|v| v.str_text().to_string()).collect()
}

/// `leaf/__init__.py` or `leaf.py` in the first directory that has one.
fn find_source(dirs: &[String], leaf: &str) -> Option<Found> {
    dirs.iter().find_map(|d| {
        let dir = Path::new(if d.is_empty() { "." } else { d });
        let pkg = dir.join(leaf);
        let init = pkg.join("__init__.py");
        if init.is_file() {
            return Some(Found { file: absolute(&init), package_dir: Some(absolute(&pkg)) });
        }
        let file = dir.join(format!("{leaf}.py"));
        file.is_file().then(|| Found { file: absolute(&file), package_dir: None })
    })
}

fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

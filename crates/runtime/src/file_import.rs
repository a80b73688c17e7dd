//! Imports of a program's own modules: `import name` finds `name.py` in a
//! directory of `sys.path` (the script's directory unless the program changed
//! the list) when no builtin module has the name. Packages are not supported.

use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::path::Path;

/// `sys.path[0]` as CPython starts it: the directory of the script being run,
/// or '' (the current directory) for `-c`, standard input and the REPL.
pub fn default_search_dir(vm: &Vm) -> String {
    let script = vm.argv.first().map(String::as_str).unwrap_or("");
    if script.is_empty() || script == "-c" || script == "-" {
        return String::new();
    }
    let path = Path::new(script);
    let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    abs.parent().map(|d| d.display().to_string()).unwrap_or_default()
}

impl Vm {
    /// The module made by running `name.py` from the first directory of the
    /// search path that has it; None when none has.
    pub(crate) fn import_user_file(&mut self, name: &str) -> PyResult<Option<Value>> {
        if name.is_empty() || !name.chars().all(|c| c.is_alphanumeric() || c == '_') {
            return Ok(None);
        }
        for dir in self.search_dirs()? {
            let file = Path::new(if dir.is_empty() { "." } else { &dir }).join(format!("{name}.py"));
            let Ok(source) = std::fs::read_to_string(&file) else {
                continue;
            };
            let shown = file.display().to_string();
            return crate::modules::module_from_source(self, name, &source, Some(&shown)).map(Some);
        }
        Ok(None)
    }

    /// The directories to search: the str items of `sys.path` once sys is
    /// imported, else the default first entry alone.
    fn search_dirs(&mut self) -> PyResult<Vec<String>> {
        let Some(&sys) = self.modules.get("sys") else {
            return Ok(vec![default_search_dir(self)]);
        };
        let key = self.intern("path");
        let Some(path) = self.get_attr_opt(sys, key)? else {
            return Ok(vec![]);
        };
        let items = match path.as_list() {
            Some(l) => l.clone(),
            None => return Ok(vec![]),
        };
        Ok(items.iter().filter_map(|v| v.as_str().map(|s| s.s.to_string())).collect())
    }
}

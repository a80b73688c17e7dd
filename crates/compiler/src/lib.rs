//! The compiler: Python source to tierpy register bytecode.
//!
//! rustpython-parser gives the AST; [`symtable`] decides where each name
//! lives; [`codegen`] assigns registers (locals first, temporaries above them)
//! and emits one [`CodeObject`] per function, class body, lambda and
//! comprehension.

pub mod codegen;
pub mod error;
pub mod lines;
pub mod symtable;

pub use error::CompileError;

use rustpython_parser::{Mode, ast};
use std::rc::Rc;
use tierpy_bytecode::CodeObject;

/// How the top-level code is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileMode {
    /// A program file or `-c` string.
    Exec,
    /// One REPL input: expression statements echo their value.
    Interactive,
}

/// Parses and compiles a module.
pub fn compile(source: &str, filename: &str, mode: CompileMode) -> Result<Rc<CodeObject>, CompileError> {
    let table = lines::LineTable::new(source);
    if let Some(err) = error::precheck(source, &table) {
        return Err(err);
    }
    let parsed = rustpython_parser::parse(source, Mode::Module, filename).map_err(|e| error::from_parse_error(source, &table, &e))?;
    let body = match parsed {
        ast::Mod::Module(m) => m.body,
        _ => vec![],
    };
    codegen::compile_module(&body, source, filename, &table, mode)
}

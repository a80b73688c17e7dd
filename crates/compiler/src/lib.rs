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
    /// The argument of `eval()`: one expression, whose value the code returns.
    Eval,
    /// The argument of `exec()`: module-level names live in the namespace
    /// dict (exec's locals), which may differ from the globals.
    ExecString,
}

/// Parses and compiles a module.
pub fn compile(source: &str, filename: &str, mode: CompileMode) -> Result<Rc<CodeObject>, CompileError> {
    let table = lines::LineTable::new(source);
    if let Some(err) = error::precheck(source, &table) {
        return Err(err);
    }
    if mode == CompileMode::Eval {
        let parsed =
            rustpython_parser::parse(source, Mode::Expression, filename).map_err(|e| error::from_parse_error(source, &table, &e))?;
        let ast::Mod::Expression(e) = parsed else {
            return Err(CompileError::at("SyntaxError", "invalid syntax", source, &table, 0));
        };
        return codegen::compile_expression(&e.body, source, filename, &table);
    }
    let parsed = rustpython_parser::parse(source, Mode::Module, filename).map_err(|e| error::from_parse_error(source, &table, &e))?;
    let body = match parsed {
        ast::Mod::Module(m) => m.body,
        _ => vec![],
    };
    codegen::compile_module(&body, source, filename, &table, mode)
}

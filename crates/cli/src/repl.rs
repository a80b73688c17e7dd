//! The interactive prompt: CPython's `>>> ` / `... ` prompts, blocks ended by
//! an empty line, echo of expression values, tracebacks that do not end the
//! session, line editing and history through rustyline.

use rustyline::error::ReadlineError;
use std::rc::Rc;
use tierpy_compiler::CompileMode;
use tierpy_runtime::Vm;

fn history_path() -> Option<std::path::PathBuf> {
    std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".tierpy_history"))
}

/// Whether a compile error only means "more input is needed".
fn is_incomplete(e: &tierpy_compiler::CompileError) -> bool {
    e.msg.contains("unexpected EOF") || e.msg.contains("was never closed") || e.msg.contains("triple-quoted")
}

/// Runs the REPL until Ctrl-D; returns the exit status.
pub fn run(vm: &mut Vm) -> i32 {
    println!("tierpy {} (Python 3.11 subset) on linux", env!("CARGO_PKG_VERSION"));
    println!("Type Ctrl-D to exit.");
    let Ok(mut rl) = rustyline::DefaultEditor::new() else {
        eprintln!("tierpy: cannot start line editor");
        return 1;
    };
    let hist = history_path();
    if let Some(h) = &hist {
        let _ = rl.load_history(h);
    }
    let mut buf = String::new();
    let mut n = 0;
    let status = loop {
        let prompt = if buf.is_empty() { ">>> " } else { "... " };
        let line = match rl.readline(prompt) {
            Ok(l) => l,
            Err(ReadlineError::Interrupted) => {
                println!("KeyboardInterrupt");
                buf.clear();
                continue;
            }
            Err(_) => {
                println!();
                break 0;
            }
        };
        if !line.trim().is_empty() {
            let _ = rl.add_history_entry(line.as_str());
        }
        let first_block = buf.is_empty() && line.trim_end().ends_with(':');
        buf.push_str(&line);
        buf.push('\n');
        let in_block = first_block || (buf.lines().next().is_some_and(|l| l.trim_end().ends_with(':')) && buf.lines().count() > 1);
        if in_block && !line.trim().is_empty() {
            continue;
        }
        if buf.trim().is_empty() {
            buf.clear();
            continue;
        }
        n += 1;
        let name = "<stdin>";
        match tierpy_compiler::compile(&buf, name, CompileMode::Interactive) {
            Err(e) if is_incomplete(&e) && !line.trim().is_empty() => continue,
            Err(e) => crate::runner::print_compile_error(name, &e),
            Ok(code) => {
                vm.sources.insert(Rc::from(name), Rc::from(buf.as_str()));
                let globals = vm.main_globals;
                if let Err(e) = tierpy_interp::run_module(vm, code, globals) {
                    if vm.is_type(e.0, tierpy_runtime::types::TypeId::SystemExit) {
                        let code = crate::runner::report_exception(vm, e);
                        break code;
                    }
                    crate::runner::report_exception(vm, e);
                }
                vm.flush_out();
            }
        }
        let _ = n;
        buf.clear();
    };
    if let Some(h) = &hist {
        let _ = rl.save_history(h);
    }
    status
}

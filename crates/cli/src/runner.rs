//! Running a program: reading and compiling the source, executing it on a
//! thread with a large stack, and reporting errors and exit status the way
//! CPython does.

use crate::options::{EngineOptions, Options};
use crate::tiering::{Policy, TierLog};
use std::cell::RefCell;
use std::io::{IsTerminal, Read};
use std::rc::Rc;
use tierpy_bytecode::CodeObject;
use tierpy_compiler::{CompileError, CompileMode};
use tierpy_runtime::types::TypeId;
use tierpy_runtime::vm::SourceKind;
use tierpy_runtime::{PyErr, Vm};

/// Native stack for the interpreter thread; deep Python recursion recurses natively.
const STACK_BYTES: usize = 1 << 30;
/// Head-room kept below the recursion check for runtime code.
const STACK_MARGIN: usize = 1 << 20;

/// Runs the whole program on a big-stack thread; returns the exit status.
pub fn run_on_big_stack(opts: Options) -> i32 {
    on_big_stack(move |limit| run(opts, limit))
}

/// Runs `body` on a thread with a 1 GiB stack, passing the stack address
/// below which the VM raises RecursionError; returns its exit status.
pub fn on_big_stack(body: impl FnOnce(usize) -> i32 + Send + 'static) -> i32 {
    let handle = std::thread::Builder::new().name("tierpy-main".into()).stack_size(STACK_BYTES).spawn(move || {
        let marker = 0u8;
        let top = &marker as *const u8 as usize;
        body(top.saturating_sub(STACK_BYTES - STACK_MARGIN))
    });
    match handle.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("tierpy: internal error");
            70
        }
    }
}

/// The record of tier events a policy keeps (None with `--tier=interp`).
pub type SharedLog = Option<Rc<RefCell<TierLog>>>;

/// A VM with the tier policy the options ask for and the Ctrl-C handler installed.
pub fn engine_vm(engine: &EngineOptions, stack_limit: usize) -> (Box<Vm>, SharedLog) {
    let mut vm = tierpy_interp::new_vm();
    vm.stack_limit = stack_limit;
    // Ctrl-C sets a flag that loops (in every tier) and calls poll.
    let flag = vm.interrupt.clone();
    let _ = ctrlc::set_handler(move || flag.store(true, std::sync::atomic::Ordering::Relaxed));
    let log = Policy::for_options(engine).map(|policy| {
        let log = policy.log.clone();
        if let Some(flag) = policy.ready_flag() {
            vm.tier.ready = flag;
        }
        vm.tier.hook = Some(Box::new(policy));
        log
    });
    vm.out_tty = std::io::stdout().is_terminal();
    vm.compiler = Some(compile_for_eval);
    (vm, log)
}

/// The compiler of `eval()` and `exec()`: source text to code, or the
/// SyntaxError CPython raises (`invalid syntax (<string>, line 1)`).
fn compile_for_eval(vm: &mut Vm, source: &str, filename: &str, kind: SourceKind) -> tierpy_runtime::PyResult<Rc<CodeObject>> {
    let mode = match kind {
        SourceKind::Statements => CompileMode::ExecString,
        SourceKind::Expression => CompileMode::Eval,
        SourceKind::Single => CompileMode::Interactive,
    };
    tierpy_compiler::compile(source, filename, mode).map_err(|e| {
        let t = match e.kind {
            "IndentationError" => TypeId::IndentationError,
            "TabError" => TypeId::TabError,
            _ => TypeId::SyntaxError,
        };
        let pos = tierpy_runtime::syntax_error::Position { filename, line: e.line, col: e.col, text: &e.text };
        tierpy_runtime::syntax_error::new(vm, t, &e.msg, &pos)
    })
}

/// A program read and compiled from a file.
pub struct Program {
    /// The file name as tracebacks show it.
    pub filename: String,
    pub source: String,
    pub code: Rc<CodeObject>,
}

/// Reads and compiles the program at `path`, printing errors as CPython
/// does; Err holds the exit status.
pub fn load_program(path: &str) -> Result<Program, i32> {
    let source = read_source(path).map_err(|msg| {
        let prog = std::env::args().next().unwrap_or_else(|| "tierpy".into());
        if msg.starts_with("SyntaxError") {
            eprintln!("{msg}");
        } else {
            eprintln!("{prog}: {msg}");
        }
        if msg.starts_with("can't open") { 2 } else { 1 }
    })?;
    compile_program(absolute(path), source)
}

fn compile_program(filename: String, source: String) -> Result<Program, i32> {
    match tierpy_compiler::compile(&source, &filename, CompileMode::Exec) {
        Ok(code) => Ok(Program { filename, source, code }),
        Err(e) => {
            print_compile_error(&filename, &e);
            Err(1)
        }
    }
}

/// Prints a compile error in CPython's layout.
pub fn print_compile_error(filename: &str, e: &CompileError) {
    if e.line > 0 {
        eprintln!("  File \"{}\", line {}", filename, e.line);
        let text = e.text.trim_end();
        let stripped = text.trim_start();
        if !stripped.is_empty() {
            eprintln!("    {stripped}");
            if e.col > 0 {
                let indent = text.chars().count() - stripped.chars().count();
                let col = (e.col as usize).saturating_sub(1).saturating_sub(indent);
                eprintln!("    {}^", " ".repeat(col));
            }
        }
    } else {
        eprintln!("  File \"{filename}\"");
    }
    eprintln!("{}: {}", e.kind, e.msg);
}

/// Reports an uncaught exception; returns the exit status.
pub fn report_exception(vm: &mut Vm, e: PyErr) -> i32 {
    vm.flush_out();
    if vm.is_type(e.0, TypeId::SystemExit) {
        let (code, msg) = vm.system_exit_status(e.0);
        if let Some(m) = msg {
            eprintln!("{m}");
        }
        return code;
    }
    let text = vm.format_exception(e.0);
    eprint!("{text}");
    if vm.is_type(e.0, TypeId::KeyboardInterrupt) {
        return DIE_BY_SIGINT;
    }
    1
}

/// The status meaning "end the way CPython does after an uncaught
/// KeyboardInterrupt": killed by SIGINT, so the parent sees the signal.
pub const DIE_BY_SIGINT: i32 = i32::MIN;

/// Ends the process with a status from [`run_on_big_stack`] or `tierpy bench`.
/// Output is flushed, then `_exit` skips exit-time destructors: the FTL
/// compiler thread may still be inside LLVM, whose static destructors must
/// not run under it.
pub fn exit_process(status: i32) -> ! {
    use std::io::Write;
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    if status == DIE_BY_SIGINT {
        // SAFETY: restoring the default disposition and raising the signal
        // in our own process; no Rust state is touched by either call.
        unsafe {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            libc::raise(libc::SIGINT);
        }
    }
    let status = if status == DIE_BY_SIGINT { 130 } else { status };
    // SAFETY: `_exit` ends the process at once; every output stream was flushed above.
    unsafe { libc::_exit(status) }
}

fn read_source(path: &str) -> Result<String, String> {
    let bytes = if path == "-" {
        let mut b = vec![];
        std::io::stdin().read_to_end(&mut b).map_err(|e| e.to_string())?;
        b
    } else {
        let meta = std::fs::metadata(path)
            .map_err(|e| format!("can't open file '{path}': [Errno {}] {}", e.raw_os_error().unwrap_or(2), errno_text(&e)))?;
        if meta.is_dir() {
            return Err(format!("can't find '__main__' module in '{path}'"));
        }
        std::fs::read(path)
            .map_err(|e| format!("can't open file '{path}': [Errno {}] {}", e.raw_os_error().unwrap_or(2), errno_text(&e)))?
    };
    String::from_utf8(bytes).map_err(|e| {
        let pos = e.utf8_error().valid_up_to();
        let byte = e.as_bytes()[pos];
        format!("SyntaxError: Non-UTF-8 code starting with '\\x{byte:02x}' in file {} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details", absolute(path), e.as_bytes()[..pos].iter().filter(|&&b| b == b'\n').count() + 1)
    })
}

/// The path as CPython shows it for `__main__`: made absolute, not resolved.
fn absolute(path: &str) -> String {
    if path == "-" {
        return "<stdin>".into();
    }
    match std::path::absolute(path) {
        Ok(p) => p.to_string_lossy().into_owned(),
        Err(_) => path.to_string(),
    }
}

fn errno_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}

fn run(opts: Options, stack_limit: usize) -> i32 {
    let (mut vm, log) = engine_vm(&opts.engine, stack_limit);
    let loaded = if let Some(c) = &opts.command {
        vm.argv = std::iter::once("-c".to_string()).chain(opts.args.iter().cloned()).collect();
        compile_program("<string>".to_string(), c.clone())
    } else if let Some(path) = opts.args.first() {
        vm.argv = opts.args.clone();
        load_program(path)
    } else if std::io::stdin().is_terminal() {
        vm.argv = vec![String::new()];
        return crate::repl::run(&mut vm);
    } else {
        vm.argv = vec![String::new()];
        match read_source("-") {
            Ok(s) => compile_program("<stdin>".to_string(), s),
            Err(msg) => {
                eprintln!("{msg}");
                return 1;
            }
        }
    };
    let Program { filename, source, code } = match loaded {
        Ok(p) => p,
        Err(status) => return status,
    };
    if opts.dis {
        print!("{}", tierpy_bytecode::dis::disassemble(&code, &source));
        return 0;
    }
    vm.sources.insert(Rc::from(filename.as_str()), Rc::from(source.as_str()));
    if opts.engine.dump.as_deref() == Some("bytecode") {
        eprint!("{}", tierpy_bytecode::dis::disassemble(&code, &source));
    }
    if !filename.starts_with('<') {
        vm.set_main_file(&filename);
    }
    let globals = vm.main_globals;
    let r = tierpy_interp::run_module(&mut vm, code.clone(), globals);
    let status = match r {
        Ok(_) => 0,
        Err(e) => report_exception(&mut vm, e),
    };
    vm.flush_out();
    write_reports(&opts, &code, log.as_ref().map(|l| l.borrow()).as_deref());
    status
}

fn write_reports(opts: &Options, module: &Rc<tierpy_bytecode::CodeObject>, log: Option<&crate::tiering::TierLog>) {
    let mut codes = vec![module.clone()];
    codes.extend(module.nested());
    if let Some(path) = &opts.stats_json {
        let j = crate::report::stats(&codes, log);
        if let Err(e) = std::fs::write(path, serde_json::to_string_pretty(&j).unwrap_or_default()) {
            eprintln!("tierpy: cannot write {path}: {e}");
        }
    }
    if let Some(path) = &opts.trace {
        let j = crate::report::trace(log);
        if let Err(e) = std::fs::write(path, serde_json::to_string(&j).unwrap_or_default()) {
            eprintln!("tierpy: cannot write {path}: {e}");
        }
    }
}

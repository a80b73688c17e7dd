//! Driving Cranelift: a JIT module per optimization effort for the process,
//! one function per code object, compile timing and the `--dump=clif` output.

use crate::code_memory::StaggeredCode;
use crate::templates::{DirectCalls, Emitter};
use cranelift_codegen::ir::{AbiParam, UserFuncName, types};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{Linkage, Module, default_libcall_names};
use std::rc::Rc;
use tierpy_bytecode::CodeObject;
use tierpy_runtime::Vm;

/// Why a function did not compile.
#[derive(Debug, Clone)]
pub enum CompileError {
    /// Cranelift rejected the function (verifier or backend error).
    Cranelift(String),
    /// `--inject-compile-failure` asked for this compile to fail.
    Injected,
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CompileError::Cranelift(m) => write!(f, "cranelift: {m}"),
            CompileError::Injected => write!(f, "injected compile failure (--inject-compile-failure)"),
        }
    }
}

/// What `--dump` prints of a baseline compile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dump {
    /// The Cranelift IR the templates produced, before Cranelift's passes.
    Clif,
    /// The machine code Cranelift generated.
    Asm,
}

/// How much work Cranelift puts into a function.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effort {
    /// No IR optimization: the first compile of every function, where
    /// compile time matters more than the code (most functions run little).
    Quick,
    /// Cranelift's e-graph optimizations (store-to-load forwarding, redundant
    /// loads, GVN, constant folding): about 1.5x the compile time, and up to
    /// 1.5x faster code; for functions that have run a while.
    Optimized,
}

/// The baseline compiler: owns the JIT modules whose code lives until exit.
pub struct Baseline {
    /// One module per [`Effort`]: Cranelift fixes the optimization level per target ISA.
    quick: JITModule,
    optimized: JITModule,
    ctx: cranelift_codegen::Context,
    fctx: FunctionBuilderContext,
    /// `--dump=clif|asm`: print the IR or the machine code of functions
    /// whose name matches the filter (None = all).
    pub dump: Option<(Dump, Option<String>)>,
    /// Fail every compile after generating its code (`--inject-compile-failure`).
    pub inject_failure: bool,
    layout: tierpy_jit::layout::Layouts,
    /// Functions compiled so far (numbers the symbols).
    compiled: u64,
}

/// A JIT module for the host CPU at Cranelift's optimization level `opt_level`.
fn host_module(opt_level: &str) -> Result<JITModule, CompileError> {
    let mut flags = settings::builder();
    // The verifier runs in debug builds (every test) and is skipped in
    // release builds, where it costs a fifth of the compile time. The
    // single-pass allocator would halve compile time again but makes the
    // code up to 1.6x slower (nbody), so the backtracking one stays.
    let verify = if cfg!(debug_assertions) { "true" } else { "false" };
    for (name, value) in [("use_colocated_libcalls", "false"), ("is_pic", "false"), ("opt_level", opt_level), ("enable_verifier", verify)] {
        flags.set(name, value).map_err(|e| CompileError::Cranelift(e.to_string()))?;
    }
    let isa = cranelift_native::builder()
        .map_err(|e| CompileError::Cranelift(e.to_string()))?
        .finish(settings::Flags::new(flags))
        .map_err(|e| CompileError::Cranelift(e.to_string()))?;
    let mut builder = JITBuilder::with_isa(isa, default_libcall_names());
    builder.memory_provider(Box::new(StaggeredCode::new()));
    Ok(JITModule::new(builder))
}

impl Baseline {
    /// A compiler for the host CPU.
    pub fn new() -> Result<Baseline, CompileError> {
        let quick = host_module("none")?;
        let optimized = host_module("speed")?;
        let ctx = quick.make_context();
        Ok(Baseline {
            quick,
            optimized,
            ctx,
            fctx: FunctionBuilderContext::new(),
            dump: None,
            inject_failure: false,
            layout: tierpy_jit::layout::Layouts::measure(),
            compiled: 0,
        })
    }

    /// Compiles a code object; returns the entry address of its native code.
    pub fn compile(&mut self, vm: &mut Vm, code: &Rc<CodeObject>, effort: Effort) -> Result<usize, CompileError> {
        let consts = vm.consts_of(code);
        let names = vm.names_of(code);
        let module = match effort {
            Effort::Quick => &mut self.quick,
            Effort::Optimized => &mut self.optimized,
        };
        let mut sig = module.make_signature();
        sig.params.push(AbiParam::new(types::I64));
        sig.params.push(AbiParam::new(types::I64));
        sig.returns.push(AbiParam::new(types::I32));
        // Symbol names must be unique in the module, also when a code object is compiled again.
        self.compiled += 1;
        let name = format!("{}#{}", code.qualname, self.compiled);
        let id = module.declare_function(&name, Linkage::Local, &sig).map_err(|e| CompileError::Cranelift(e.to_string()))?;
        self.ctx.func.signature = sig;
        self.ctx.func.name = UserFuncName::user(0, id.as_u32());
        let direct_calls = (effort == Effort::Optimized).then(|| DirectCalls {
            stack_base: vm.stack_base(),
            class_epoch: vm.class_epoch,
            attr_cache: vm.attr_cache.as_ptr() as usize,
        });
        {
            let b = FunctionBuilder::new(&mut self.ctx.func, &mut self.fctx);
            let mut em = Emitter::new(b, code, consts, self.layout, tierpy_jit::poll::PollAddrs::of(vm), names, direct_calls);
            em.emit_function();
            em.finish(module.target_config());
        }
        let dump = self.dump.as_ref().filter(|(_, f)| f.as_ref().is_none_or(|f| *f == *code.name || *f == *code.qualname)).map(|d| d.0);
        let title = format!("{} ({}:{}, {effort:?})", code.qualname, code.filename, code.first_line);
        if dump == Some(Dump::Asm) {
            self.ctx.set_disasm(true);
        }
        let r = module.define_function(id, &mut self.ctx);
        // Printed after compiling, so an optimized compile shows the optimized IR.
        if dump == Some(Dump::Clif) {
            eprintln!("; clif for {title}\n{}", self.ctx.func.display());
        }
        if dump == Some(Dump::Asm)
            && let Some(asm) = self.ctx.compiled_code().and_then(|c| c.vcode.as_ref())
        {
            eprintln!("; baseline asm for {title}\n{asm}");
        }
        module.clear_context(&mut self.ctx);
        r.map_err(|e| CompileError::Cranelift(format!("{e:?}")))?;
        module.finalize_definitions().map_err(|e| CompileError::Cranelift(e.to_string()))?;
        if self.inject_failure {
            return Err(CompileError::Injected);
        }
        Ok(module.get_finalized_function(id) as usize)
    }
}

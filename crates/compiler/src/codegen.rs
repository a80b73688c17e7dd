//! Code generation: AST to register bytecode, one [`FnCompiler`] per scope.
//!
//! Registers: a function's parameters and locals take registers 0..n in the
//! order [`Scope::register_names`] gives; temporaries are allocated above them
//! like a stack and released at the end of each statement. Calls place the
//! callee and its arguments in consecutive temporaries.

mod async_stmts;

use crate::CompileMode;
use crate::error::CompileError;
use crate::lines::LineTable;
use crate::symtable::{self, NameKind, NodeTag, Scope, ScopeKind, SymbolTable};
use num_traits::ToPrimitive;
use rustpython_parser::ast::{self, CmpOp, Expr, Operator, Ranged, Stmt, UnaryOp};
use rustpython_parser::text_size::{TextRange, TextSize};
use std::collections::HashMap;
use std::rc::Rc;
use tierpy_bytecode::instr::{BinOp, make_function};
use tierpy_bytecode::{CodeFlags, CodeObject, ConstIdx, Constant, ExcEntry, Instr, NameIdx, Reg, Span, Target};

mod literal_keys;
mod patterns;
mod rebinds;

type CResult<T> = Result<T, CompileError>;

struct Module<'a> {
    source: &'a str,
    filename: Rc<str>,
    lines: &'a LineTable,
    table: SymbolTable,
    mode: CompileMode,
}

/// Compiles a module body to its top-level code object.
pub fn compile_module(body: &[Stmt], source: &str, filename: &str, lines: &LineTable, mode: CompileMode) -> CResult<Rc<CodeObject>> {
    compile_top_level(body, source, filename, lines, mode, |c| {
        if let Some(doc) = docstring(body).filter(|_| mode != CompileMode::Interactive) {
            let r = c.const_reg(Constant::Str(doc));
            let n = c.name("__doc__");
            c.emit(Instr::StoreName { src: r, name: n });
        }
        if has_annotations(body) {
            c.setup_annotations();
        }
        c.stmts(body)?;
        Ok(c.const_reg(Constant::None))
    })
}

/// Compiles the expression of `eval()`: module-level code that returns its value.
pub fn compile_expression(expr: &Expr, source: &str, filename: &str, lines: &LineTable) -> CResult<Rc<CodeObject>> {
    let body = [Stmt::Expr(ast::StmtExpr { value: Box::new(expr.clone()), range: expr.range() })];
    compile_top_level(&body, source, filename, lines, CompileMode::Eval, |c| c.expr(expr, None))
}

/// Module-level code for `body`: `emit` compiles it and gives the register returned.
fn compile_top_level(
    body: &[Stmt],
    source: &str,
    filename: &str,
    lines: &LineTable,
    mode: CompileMode,
    emit: impl FnOnce(&mut FnCompiler) -> CResult<Reg>,
) -> CResult<Rc<CodeObject>> {
    let table = symtable::build(body);
    let m = Module { source, filename: filename.into(), lines, table, mode };
    if let Some((msg, off)) = m.table.first_error() {
        return Err(CompileError::at("SyntaxError", msg, source, lines, off));
    }
    let mut c = FnCompiler::new(&m, 0, "<module>".into(), "<module>".into(), 1);
    c.flags.namespace = true;
    let result = emit(&mut c)?;
    c.emit(Instr::Return { src: result });
    Ok(c.finish())
}

/// Where `break` and `continue` go and what must be cleaned up on the way.
#[derive(Clone)]
enum Block {
    Loop {
        cont: usize,
        brk: usize,
    },
    /// A try body whose handler must stop covering code emitted for an exit.
    TryBody,
    /// Inside an except handler (PopExc on exit; the bound name is cleared).
    Handler(Option<String>),
    /// Inside an except* handler: no break, continue or return may leave it.
    StarHandler(Option<String>),
    /// A finally body to run on exit.
    Finally(Vec<Stmt>),
    /// A with block: the exit function register; `async with` awaits what it returns.
    With(Reg, bool),
}

/// An exception handler being emitted: the pc ranges it protects.
struct HandlerCtx {
    label: usize,
    exc: Reg,
    depth: u16,
    seg_start: Option<u32>,
}

struct FnCompiler<'m> {
    m: &'m Module<'m>,
    scope: usize,
    name: Rc<str>,
    qualname: Rc<str>,
    /// The innermost enclosing class name (leading underscores removed) that
    /// private names (`__x`) are mangled with; None outside classes.
    mangle: Option<Rc<str>>,
    /// The docstring of a function body.
    doc: Option<Rc<str>>,
    first_line: u32,
    flags: CodeFlags,
    argcount: u16,
    posonly: u16,
    kwonly: u16,
    instrs: Vec<Instr>,
    consts: Vec<Constant>,
    names: Vec<Rc<str>>,
    name_idx: HashMap<Rc<str>, u32>,
    lines: Vec<(u32, u32)>,
    spans: Vec<Span>,
    exc_table: Vec<ExcEntry>,
    regs: HashMap<String, Reg>,
    varnames: Vec<Rc<str>>,
    cellvars: Vec<Reg>,
    freevars: Vec<(Reg, Rc<str>)>,
    nlocals: u16,
    temp_top: u32,
    max_reg: u32,
    bound: Vec<bool>,
    blocks: Vec<Block>,
    handlers: Vec<HandlerCtx>,
    handler_store: Vec<HandlerCtx>,
    exc_depth: u16,
    line: u32,
    /// Where the instructions emitted now come from (see [`Span`]).
    span: Span,
    labels: Vec<Option<u32>>,
}

fn off(r: &TextRange) -> u32 {
    r.start().to_u32()
}

fn binop(op: &Operator) -> BinOp {
    match op {
        Operator::Add => BinOp::Add,
        Operator::Sub => BinOp::Sub,
        Operator::Mult => BinOp::Mul,
        Operator::MatMult => BinOp::MatMul,
        Operator::Div => BinOp::TrueDiv,
        Operator::Mod => BinOp::Mod,
        Operator::Pow => BinOp::Pow,
        Operator::LShift => BinOp::LShift,
        Operator::RShift => BinOp::RShift,
        Operator::BitOr => BinOp::BitOr,
        Operator::BitXor => BinOp::BitXor,
        Operator::BitAnd => BinOp::BitAnd,
        Operator::FloorDiv => BinOp::FloorDiv,
    }
}

/// The instruction for `dst = a op b`.
pub fn binop_instr(op: BinOp, dst: Reg, a: Reg, b: Reg) -> Instr {
    match op {
        BinOp::Add => Instr::Add { dst, a, b },
        BinOp::Sub => Instr::Sub { dst, a, b },
        BinOp::Mul => Instr::Mul { dst, a, b },
        BinOp::TrueDiv => Instr::TrueDiv { dst, a, b },
        BinOp::FloorDiv => Instr::FloorDiv { dst, a, b },
        BinOp::Mod => Instr::Mod { dst, a, b },
        BinOp::Pow => Instr::Pow { dst, a, b },
        BinOp::LShift => Instr::LShift { dst, a, b },
        BinOp::RShift => Instr::RShift { dst, a, b },
        BinOp::BitAnd => Instr::BitAnd { dst, a, b },
        BinOp::BitOr => Instr::BitOr { dst, a, b },
        BinOp::BitXor => Instr::BitXor { dst, a, b },
        BinOp::MatMul => Instr::MatMul { dst, a, b },
    }
}

fn cmp_instr(op: &CmpOp, dst: Reg, a: Reg, b: Reg) -> Instr {
    match op {
        CmpOp::Eq => Instr::Eq { dst, a, b },
        CmpOp::NotEq => Instr::Ne { dst, a, b },
        CmpOp::Lt => Instr::Lt { dst, a, b },
        CmpOp::LtE => Instr::Le { dst, a, b },
        CmpOp::Gt => Instr::Gt { dst, a, b },
        CmpOp::GtE => Instr::Ge { dst, a, b },
        CmpOp::Is => Instr::Is { dst, a, b },
        CmpOp::IsNot => Instr::IsNot { dst, a, b },
        CmpOp::In => Instr::In { dst, a, b },
        CmpOp::NotIn => Instr::NotIn { dst, a, b },
    }
}

/// Whether a class body has annotated statements (outside nested functions
/// and classes), so it needs an `__annotations__` dict, as in CPython.
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::If(i) => has_annotations(&i.body) || has_annotations(&i.orelse),
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => TryParts::of(t).any_body(has_annotations),
        Stmt::TryStar(t) => TryParts::of_star(t).any_body(has_annotations),
        Stmt::Match(m) => m.cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}

/// The parts of a try statement, with `except` or (`star`) `except*` handlers.
struct TryParts<'a> {
    body: &'a [Stmt],
    handlers: &'a [ast::ExceptHandler],
    orelse: &'a [Stmt],
    finalbody: &'a [Stmt],
    star: bool,
}

impl<'a> TryParts<'a> {
    fn of(t: &'a ast::StmtTry) -> Self {
        TryParts { body: &t.body, handlers: &t.handlers, orelse: &t.orelse, finalbody: &t.finalbody, star: false }
    }

    fn of_star(t: &'a ast::StmtTryStar) -> Self {
        TryParts { body: &t.body, handlers: &t.handlers, orelse: &t.orelse, finalbody: &t.finalbody, star: true }
    }

    /// Whether `f` holds for one of the statement's bodies.
    fn any_body(&self, f: impl Fn(&[Stmt]) -> bool) -> bool {
        f(self.body)
            || f(self.orelse)
            || f(self.finalbody)
            || self.handlers.iter().any(|h| {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                f(&h.body)
            })
    }
}

fn ends_flow(body: &[Stmt]) -> bool {
    matches!(body.last(), Some(Stmt::Return(_) | Stmt::Raise(_) | Stmt::Break(_) | Stmt::Continue(_)))
}

impl<'m> FnCompiler<'m> {
    /// `__annotations__ = {}` in the namespace of a class body or module
    /// that annotates names (CPython's SETUP_ANNOTATIONS).
    fn setup_annotations(&mut self) {
        let d = self.alloc();
        self.emit(Instr::BuildDict { dst: d, start: d, count: 0 });
        let n = self.name("__annotations__");
        self.emit(Instr::StoreName { src: d, name: n });
    }

    fn new(m: &'m Module<'m>, scope: usize, name: Rc<str>, qualname: Rc<str>, first_line: u32) -> Self {
        let mut c = FnCompiler {
            m,
            scope,
            name,
            qualname,
            mangle: None,
            doc: None,
            first_line,
            flags: CodeFlags::default(),
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            instrs: vec![],
            consts: vec![],
            names: vec![],
            name_idx: HashMap::new(),
            lines: vec![],
            spans: vec![],
            exc_table: vec![],
            regs: HashMap::new(),
            varnames: vec![],
            cellvars: vec![],
            freevars: vec![],
            nlocals: 0,
            temp_top: 0,
            max_reg: 0,
            bound: vec![],
            blocks: vec![],
            handlers: vec![],
            handler_store: vec![],
            exc_depth: 0,
            line: first_line,
            span: Span::default(),
            labels: vec![],
        };
        let sc = &m.table.scopes[scope];
        let mut names = if sc.kind == ScopeKind::Function { sc.register_names() } else { vec![] };
        if sc.kind != ScopeKind::Function {
            // Class bodies and modules keep only their cells and free variables in registers.
            for (n, k) in &sc.kinds {
                if matches!(k, NameKind::Cell | NameKind::Free) {
                    names.push(n.clone());
                }
            }
            names.extend(sc.passthrough.iter().cloned());
            names.sort();
        }
        for (i, n) in names.iter().enumerate() {
            let r = Reg(i as u16);
            c.regs.insert(n.clone(), r);
            c.varnames.push(n.as_str().into());
            match sc.kinds.get(n) {
                Some(NameKind::Cell) => c.cellvars.push(r),
                Some(NameKind::Free) => c.freevars.push((r, n.as_str().into())),
                _ if sc.passthrough.contains(n) => c.freevars.push((r, n.as_str().into())),
                _ => {}
            }
        }
        // CPython's orders (co_freevars, __closure__, co_cellvars): free
        // variables by name; cells of parameters first, in parameter order,
        // then the others by name.
        c.freevars.sort_by(|a, b| a.1.cmp(&b.1));
        let param_pos = |n: &str| sc.params.iter().position(|p| p == n).unwrap_or(usize::MAX);
        c.cellvars.sort_by_cached_key(|r| {
            let n = names[r.idx()].clone();
            (param_pos(&n), n)
        });
        c.nlocals = names.len() as u16;
        c.temp_top = c.nlocals as u32;
        c.max_reg = c.temp_top;
        c.bound = vec![false; names.len()];
        for p in &sc.params {
            if let Some(r) = c.regs.get(p) {
                c.bound[r.idx()] = true;
            }
        }
        for (r, _) in c.freevars.clone() {
            c.bound[r.idx()] = true;
        }
        for r in c.cellvars.clone() {
            c.bound[r.idx()] = true;
        }
        c.flags.generator = sc.is_generator;
        c.flags.coroutine = sc.is_coroutine;
        c.flags.async_generator = sc.yields && sc.is_coroutine;
        c
    }

    fn sc(&self) -> &'m Scope {
        &self.m.table.scopes[self.scope]
    }

    fn err(&self, msg: impl Into<String>, range: &TextRange) -> CompileError {
        CompileError::at("SyntaxError", msg, self.m.source, self.m.lines, off(range))
    }

    fn set_line(&mut self, range: &TextRange) {
        self.line = self.m.lines.line(off(range));
        self.span = Span { start: off(range), end: range.end().to_u32(), ..Span::default() };
    }

    /// Emits `ins` with anchors for the carets under a traceback line.
    fn emit_anchored(&mut self, ins: Instr, kind: u8, anchor: (TextSize, TextSize)) -> usize {
        let saved = self.span;
        self.span.anchor_kind = kind;
        self.span.anchor = (anchor.0.to_u32(), anchor.1.to_u32());
        let pc = self.emit(ins);
        self.span = saved;
        pc
    }

    fn emit(&mut self, ins: Instr) -> usize {
        let pc = self.instrs.len() as u32;
        if self.lines.last().is_none_or(|&(_, l)| l != self.line) {
            self.lines.push((pc, self.line));
        }
        self.spans.push(self.span);
        self.instrs.push(ins);
        pc as usize
    }

    fn pc(&self) -> u32 {
        self.instrs.len() as u32
    }

    fn new_label(&mut self) -> usize {
        self.labels.push(None);
        self.labels.len() - 1
    }

    fn bind_label(&mut self, l: usize) {
        self.labels[l] = Some(self.pc());
    }

    fn alloc(&mut self) -> Reg {
        let r = self.temp_top;
        self.temp_top += 1;
        self.max_reg = self.max_reg.max(self.temp_top);
        Reg(r.min(u16::MAX as u32 - 1) as u16)
    }

    /// A slice's bounds and step (None where left out) in three new
    /// consecutive registers; returns the first.
    fn slice_parts(&mut self, s: &ast::ExprSlice) -> Result<Reg, CompileError> {
        let start = self.alloc_n(3);
        for (i, p) in [&s.lower, &s.upper, &s.step].into_iter().enumerate() {
            match p {
                Some(p) => {
                    self.expr(p, Some(start.offset(i)))?;
                }
                None => self.load_const(start.offset(i), Constant::None),
            }
        }
        Ok(start)
    }

    fn alloc_n(&mut self, n: usize) -> Reg {
        let r = self.temp_top;
        self.temp_top += n as u32;
        self.max_reg = self.max_reg.max(self.temp_top);
        Reg(r.min(u16::MAX as u32 - 1) as u16)
    }

    fn add_const(&mut self, c: Constant) -> ConstIdx {
        ConstIdx(self.consts.len() as u32).tap(|_| self.consts.push(c))
    }

    fn const_reg(&mut self, c: Constant) -> Reg {
        let r = self.alloc();
        self.load_const(r, c);
        r
    }

    fn load_const(&mut self, dst: Reg, c: Constant) {
        if let Constant::Int(i) = c
            && let Ok(v) = i32::try_from(i)
        {
            self.emit(Instr::LoadInt { dst, value: v });
            return;
        }
        let idx = self.add_const(c);
        self.emit(Instr::LoadConst { dst, idx });
    }

    fn name(&mut self, n: &str) -> NameIdx {
        if let Some(&i) = self.name_idx.get(n) {
            return NameIdx(i);
        }
        let rc: Rc<str> = n.into();
        let i = self.names.len() as u32;
        self.names.push(rc.clone());
        self.name_idx.insert(rc, i);
        NameIdx(i)
    }

    fn finish(mut self) -> Rc<CodeObject> {
        let labels = std::mem::take(&mut self.labels);
        let fix = |t: Target| Target(labels[t.0 as usize].expect("unbound label"));
        for ins in &mut self.instrs {
            match ins {
                Instr::Jump { target }
                | Instr::JumpIfFalse { target, .. }
                | Instr::JumpIfTrue { target, .. }
                | Instr::ForIter { target, .. } => *target = fix(*target),
                _ => {}
            }
        }
        let mut table: Vec<ExcEntry> = self
            .exc_table
            .iter()
            .filter(|e| e.start < e.end)
            .map(|e| ExcEntry { handler: labels[e.handler as usize].expect("unbound handler"), ..*e })
            .collect();
        table.sort_by_key(|e| e.end - e.start);
        let n = self.instrs.len();
        let (profile, cache) = CodeObject::slots_for(n);
        if self.max_reg >= u16::MAX as u32 {
            self.max_reg = u16::MAX as u32 - 1;
        }
        let plain = self.kwonly == 0 && !self.flags.varargs && !self.flags.varkw && !self.flags.generator;
        Rc::new(CodeObject {
            direct_call_argc: if plain { self.argcount } else { u16::MAX },
            closure_cells: self.freevars.len() as u16,
            name: self.name,
            qualname: self.qualname,
            doc: self.doc,
            filename: self.m.filename.clone(),
            first_line: self.first_line,
            argcount: self.argcount,
            posonlyargcount: self.posonly,
            kwonlyargcount: self.kwonly,
            flags: self.flags,
            varnames: self.varnames,
            cellvars: self.cellvars,
            freevars: self.freevars,
            nregs: self.max_reg.max(1) as u16,
            names: self.names,
            consts: self.consts,
            instrs: self.instrs,
            lines: self.lines,
            spans: self.spans,
            exc_table: table,
            const_values: Default::default(),
            name_values: Default::default(),
            profile,
            cache,
            param_kinds: (0..self.argcount + self.kwonly).map(|_| Default::default()).collect(),
            param_exits: Default::default(),
            counter: Default::default(),
            interpreted_calls: Default::default(),
            osr_entries: Default::default(),
            compiled_calls: Default::default(),
            tier: Default::default(),
            next_tier_at: Default::default(),
            baseline_entry: Default::default(),
            ftl_exits: Default::default(),
            exit_counts: (0..n).map(|_| Default::default()).collect(),
            ftl_attempts: Default::default(),
            ftl_reprofile: Default::default(),
            ftl_reprofiles: Default::default(),
            baseline_optimized: Default::default(),
            jit_entry: Default::default(),
        })
    }

    // ----- exception handler ranges -----

    fn push_handler(&mut self, label: usize, exc: Reg) {
        let depth = self.exc_depth;
        let start = self.pc();
        self.handlers.push(HandlerCtx { label, exc, depth, seg_start: Some(start) });
    }

    fn close_segment(&mut self, i: usize) {
        let pc = self.pc();
        let h = &mut self.handlers[i];
        if let Some(s) = h.seg_start.take() {
            self.exc_table.push(ExcEntry { start: s, end: pc, handler: h.label as u32, exc: h.exc, depth: h.depth });
        }
    }

    fn pop_handler(&mut self) {
        let i = self.handlers.len() - 1;
        self.close_segment(i);
        let h = self.handlers.pop().unwrap();
        self.handler_store.push(h);
    }

    /// Runs `f` with the innermost `n` handlers not covering the code it emits.
    fn outside_handlers<T>(&mut self, n: usize, f: impl FnOnce(&mut Self) -> CResult<T>) -> CResult<T> {
        let len = self.handlers.len();
        for i in (len - n..len).rev() {
            self.close_segment(i);
        }
        let r = f(self);
        let pc = self.pc();
        for i in len - n..len {
            self.handlers[i].seg_start = Some(pc);
        }
        r
    }

    // ----- statements -----

    fn stmts(&mut self, body: &[Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> CResult<()> {
        let mark = self.temp_top;
        self.set_line(&s.range());
        self.stmt_inner(s)?;
        self.temp_top = mark;
        Ok(())
    }

    fn unsupported(&self, what: &str, range: &TextRange) -> CompileError {
        self.err(format!("tierpy does not support {what}"), range)
    }

    fn stmt_inner(&mut self, s: &Stmt) -> CResult<()> {
        match s {
            Stmt::Expr(e) => {
                if self.m.mode == CompileMode::Interactive && self.scope == 0 {
                    let r = self.expr(&e.value, None)?;
                    self.emit(Instr::PrintExpr { src: r });
                } else {
                    self.expr(&e.value, None)?;
                }
            }
            Stmt::Assign(a) => {
                if a.targets.len() == 1 {
                    if let (Expr::Tuple(t), Expr::Tuple(v)) = (&a.targets[0], &*a.value)
                        && t.elts.len() == v.elts.len()
                        && !t.elts.iter().chain(&v.elts).any(|e| matches!(e, Expr::Starred(_)))
                    {
                        // a, b = b, a: evaluate all values into fresh temporaries, then store.
                        let base = self.alloc_n(v.elts.len());
                        for (i, e) in v.elts.iter().enumerate() {
                            self.expr(e, Some(base.offset(i)))?;
                        }
                        for (i, t) in t.elts.iter().enumerate() {
                            self.store(t, base.offset(i))?;
                        }
                        return Ok(());
                    }
                    if let Expr::Name(n) = &a.targets[0]
                        && let Some(r) = self.local_reg(n.id.as_str())
                    {
                        self.expr(&a.value, Some(r))?;
                        self.bound[r.idx()] = true;
                        return Ok(());
                    }
                }
                let v = self.expr(&a.value, None)?;
                let v = if a.targets.len() > 1 { self.temp_copy(v) } else { v };
                for t in &a.targets {
                    self.store(t, v)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    let r = self.expr(v, None)?;
                    self.store(&a.target, r)?;
                }
                // A class body or module records `name: type` in its __annotations__
                // (not `(name): type`, whose target starts after the statement).
                if let (true, ScopeKind::Class | ScopeKind::Module, Expr::Name(n)) = (a.simple, self.sc().kind, &*a.target)
                    && n.range.start() == a.range.start()
                {
                    let ann = self.expr(&a.annotation, None)?;
                    let d = self.alloc();
                    let name = self.name("__annotations__");
                    self.emit(Instr::LoadName { dst: d, name });
                    let key = self.const_reg(Constant::Str(n.id.as_str().into()));
                    self.emit(Instr::SetItem { obj: d, key, src: ann });
                } else if self.sc().kind != ScopeKind::Function {
                    // Other targets' annotations are evaluated but not stored.
                    self.expr(&a.annotation, None)?;
                }
            }
            Stmt::If(i) => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, else_l)?;
                let before = self.bound.clone();
                self.stmts(&i.body)?;
                let body_ends = ends_flow(&i.body);
                let after_body = std::mem::replace(&mut self.bound, before);
                if !i.orelse.is_empty() {
                    if !body_ends {
                        self.emit(Instr::Jump { target: Target(end as u32) });
                    }
                    self.bind_label(else_l);
                    self.stmts(&i.orelse)?;
                    let else_ends = ends_flow(&i.orelse);
                    self.merge_bound(after_body, body_ends, else_ends);
                } else {
                    self.bind_label(else_l);
                    self.merge_bound(after_body, body_ends, false);
                }
                self.bind_label(end);
            }
            Stmt::While(w) => {
                let top = self.new_label();
                let brk = self.new_label();
                let else_l = self.new_label();
                let before = self.bound.clone();
                self.bind_label(top);
                self.emit(Instr::LoopHeader {});
                self.jump_if(&w.test, false, else_l)?;
                self.loop_rest(top, brk, else_l, before, &w.body, &w.orelse)?;
            }
            Stmt::For(f) => {
                let it = self.alloc();
                let src = self.expr(&f.iter, None)?;
                self.emit(Instr::GetIter { dst: it, src });
                let top = self.new_label();
                let brk = self.new_label();
                let else_l = self.new_label();
                let before = self.bound.clone();
                self.bind_label(top);
                self.emit(Instr::LoopHeader {});
                let item = match self.simple_local_target(&f.target) {
                    Some(r) => r,
                    None => self.alloc(),
                };
                self.set_line(&f.target.range());
                self.emit(Instr::ForIter { dst: item, iter: it, target: Target(else_l as u32) });
                self.store(&f.target, item)?;
                self.loop_rest(top, brk, else_l, before, &f.body, &f.orelse)?;
            }
            Stmt::Break(b) => {
                self.check_star_exit(true, &b.range)?;
                let Some(i) = self.blocks.iter().rposition(|b| matches!(b, Block::Loop { .. })) else {
                    return Err(self.err("'break' outside loop", &b.range));
                };
                let Block::Loop { brk, .. } = self.blocks[i] else { unreachable!() };
                self.unwind_blocks(i + 1)?;
                self.emit(Instr::Jump { target: Target(brk as u32) });
            }
            Stmt::Continue(c) => {
                self.check_star_exit(true, &c.range)?;
                let Some(i) = self.blocks.iter().rposition(|b| matches!(b, Block::Loop { .. })) else {
                    return Err(self.err("'continue' not properly in loop", &c.range));
                };
                let Block::Loop { cont, .. } = self.blocks[i] else { unreachable!() };
                self.unwind_blocks(i + 1)?;
                self.emit(Instr::Jump { target: Target(cont as u32) });
            }
            Stmt::Return(r) => {
                if self.sc().kind != ScopeKind::Function {
                    return Err(self.err("'return' outside function", &r.range));
                }
                if self.flags.async_generator && r.value.is_some() {
                    return Err(self.err("'return' with value in async generator", &r.range));
                }
                self.check_star_exit(false, &r.range)?;
                let v = match &r.value {
                    Some(v) => {
                        let v = self.expr(v, None)?;
                        self.temp_copy(v)
                    }
                    None => self.const_reg(Constant::None),
                };
                self.unwind_blocks(0)?;
                self.emit(Instr::Return { src: v });
            }
            Stmt::Pass(_) => {}
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete(t)?;
                }
            }
            Stmt::FunctionDef(ast::StmtFunctionDef { decorator_list, name, args, body, range, returns, .. })
            | Stmt::AsyncFunctionDef(ast::StmtAsyncFunctionDef { decorator_list, name, args, body, range, returns, .. }) => {
                let mut decos = vec![];
                for d in decorator_list {
                    let r = self.alloc();
                    self.expr(d, Some(r))?;
                    decos.push((r, d.range()));
                }
                self.set_line(range);
                let fr = self.function(name.as_str(), args, FnBody::Stmts(body), range, NodeTag::Function)?;
                self.function_annotations(fr, args, returns.as_deref())?;
                let fr = self.apply_decorators(decos, fr);
                self.store_name(name.as_str(), fr)?;
            }
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Raise(r) => {
                let exc = match &r.exc {
                    Some(e) => {
                        let v = self.expr(e, None)?;
                        self.temp_copy(v)
                    }
                    None => Reg::NONE,
                };
                let cause = match &r.cause {
                    Some(e) => {
                        let v = self.expr(e, None)?;
                        self.temp_copy(v)
                    }
                    None => Reg::NONE,
                };
                self.set_line(&r.range);
                self.emit(Instr::Raise { exc, cause });
            }
            Stmt::Try(t) => self.try_stmt(&TryParts::of(t))?,
            Stmt::TryStar(t) => self.try_stmt(&TryParts::of_star(t))?,
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                let f = self.alloc();
                let n = self.name("AssertionError");
                self.emit(Instr::LoadBuiltin { dst: f, name: n });
                let argc = if let Some(m) = &a.msg {
                    let r = self.alloc();
                    self.expr(m, Some(r))?;
                    1
                } else {
                    0
                };
                // CPython points at the test.
                self.set_line(&a.test.range());
                self.emit(Instr::Call { dst: f, func: f, argc });
                self.emit(Instr::Raise { exc: f, cause: Reg::NONE });
                self.bind_label(end);
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let r = self.alloc();
                    let n = self.name(a.name.as_str());
                    let fromlist = self.add_const(Constant::None);
                    self.emit(Instr::ImportName { dst: r, name: n, fromlist, level: 0 });
                    let bound = match &a.asname {
                        Some(n) => {
                            // `import a.b as c` binds the submodule: attributes of the top-level package.
                            for part in a.name.split('.').skip(1) {
                                let p = self.name(part);
                                self.emit(Instr::ImportFrom { dst: r, module: r, name: p });
                            }
                            n.to_string()
                        }
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.store_name(&bound, r)?;
                }
            }
            Stmt::ImportFrom(i) => {
                let module = i.module.as_ref().map(|m| m.to_string()).unwrap_or_default();
                let level = i.level.map_or(0, |l| l.to_u32()) as u16;
                let m = self.alloc();
                let n = self.name(&module);
                let names = i.names.iter().map(|a| Constant::Str(a.name.as_str().into())).collect();
                let fromlist = self.add_const(Constant::Tuple(names));
                self.emit(Instr::ImportName { dst: m, name: n, fromlist, level });
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        if self.sc().kind != ScopeKind::Module {
                            return Err(self.err("import * only allowed at module level", &i.range));
                        }
                        self.emit(Instr::ImportStar { module: m });
                        continue;
                    }
                    let r = self.alloc();
                    let n = self.name(a.name.as_str());
                    self.emit(Instr::ImportFrom { dst: r, module: m, name: n });
                    let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    self.store_name(&bound, r)?;
                }
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::With(w) => self.with_stmt(&w.items, &w.body, false)?,
            Stmt::AsyncFor(f) => self.async_for(f)?,
            Stmt::AsyncWith(w) => {
                self.check_async(&w.range, "'async with' outside async function")?;
                self.with_stmt(&w.items, &w.body, true)?
            }
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::TypeAlias(x) => return Err(self.unsupported("'type' aliases", &x.range)),
        }
        Ok(())
    }

    /// The shared end of `while` and `for`: the body as a loop block, the
    /// back-edge, and the `else` clause run when the loop ends without `break`.
    fn loop_rest(&mut self, top: usize, brk: usize, else_l: usize, before: Vec<bool>, body: &[Stmt], orelse: &[Stmt]) -> CResult<()> {
        self.blocks.push(Block::Loop { cont: top, brk });
        self.stmts(body)?;
        self.blocks.pop();
        self.emit(Instr::Jump { target: Target(top as u32) });
        // Nothing bound in the body is certain after it (it may run zero times).
        self.bound = before;
        self.bind_label(else_l);
        self.stmts(orelse)?;
        self.bind_label(brk);
        Ok(())
    }

    fn merge_bound(&mut self, other: Vec<bool>, other_ends: bool, self_ends: bool) {
        if other_ends && self_ends {
            return;
        }
        if other_ends {
            return;
        }
        if self_ends {
            self.bound = other;
            return;
        }
        for (b, o) in self.bound.iter_mut().zip(other) {
            *b = *b && o;
        }
    }

    /// Emits the cleanup for leaving every block above index `keep`
    /// (innermost first) for a break, continue or return.
    /// CPython's SyntaxError for a break or continue (`in_loop`: the innermost
    /// loop stops the search) or return leaving an except* handler.
    fn check_star_exit(&self, in_loop: bool, range: &TextRange) -> CResult<()> {
        for b in self.blocks.iter().rev() {
            match b {
                Block::Loop { .. } if in_loop => break,
                Block::StarHandler(_) => {
                    return Err(self.err("'break', 'continue' and 'return' cannot appear in an except* block", range));
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn unwind_blocks(&mut self, keep: usize) -> CResult<()> {
        let saved = self.blocks.clone();
        let saved_depth = self.exc_depth;
        let mut handlers_left = 0;
        for i in (keep..saved.len()).rev() {
            match &saved[i] {
                Block::TryBody => handlers_left += 1,
                Block::Handler(name) | Block::StarHandler(name) => {
                    let n = handlers_left;
                    let name = name.clone();
                    self.outside_handlers(n, |c| {
                        c.emit(Instr::PopExc {});
                        if let Some(name) = name {
                            c.clear_name(&name)?;
                        }
                        Ok(())
                    })?;
                    self.exc_depth -= 1;
                }
                Block::Finally(body) => {
                    let n = handlers_left;
                    let body = body.clone();
                    self.blocks.truncate(i);
                    self.outside_handlers(n, |c| c.stmts(&body))?;
                    self.blocks = saved.clone();
                }
                Block::With(exit, is_async) => {
                    let n = handlers_left;
                    let (exit, is_async) = (*exit, *is_async);
                    self.outside_handlers(n, |c| c.with_exit(exit, is_async))?;
                }
                Block::Loop { .. } => {}
            }
        }
        self.exc_depth = saved_depth;
        Ok(())
    }

    fn try_stmt(&mut self, t: &TryParts) -> CResult<()> {
        if t.finalbody.is_empty() {
            return self.try_except(t);
        }
        // try/finally around (try/except/else).
        let fin_handler = self.new_label();
        let end = self.new_label();
        let exc = self.alloc();
        self.push_handler(fin_handler, exc);
        self.blocks.push(Block::TryBody);
        self.blocks.push(Block::Finally(t.finalbody.to_vec()));
        // The Finally block sits above TryBody so that exits run the finally
        // body outside this handler's protection.
        let l = self.blocks.len();
        self.blocks.swap(l - 1, l - 2);
        if t.handlers.is_empty() {
            self.stmts(t.body)?;
            self.stmts(t.orelse)?;
        } else {
            self.try_except(t)?;
        }
        self.blocks.pop();
        self.blocks.pop();
        self.pop_handler();
        let fin_normal_bound = self.bound.clone();
        self.stmts(t.finalbody)?;
        self.emit(Instr::Jump { target: Target(end as u32) });
        // Exceptional path: run the finally body with the exception as context, then re-raise.
        self.bind_label(fin_handler);
        let saved_bound = std::mem::replace(&mut self.bound, fin_normal_bound.clone());
        let cleanup = self.new_label();
        let inner = self.alloc();
        self.emit(Instr::PushExc { exc });
        self.exc_depth += 1;
        self.push_handler(cleanup, inner);
        self.blocks.push(Block::TryBody);
        self.blocks.push(Block::Handler(None));
        let l = self.blocks.len();
        self.blocks.swap(l - 1, l - 2);
        self.stmts(t.finalbody)?;
        self.blocks.pop();
        self.blocks.pop();
        self.pop_handler();
        self.exc_depth -= 1;
        self.reraise_tails(exc, cleanup, inner);
        self.bound = saved_bound;
        self.bind_label(end);
        Ok(())
    }

    /// The end of a handler region: re-raises `exc` when nothing handled
    /// it, and at `cleanup` re-raises `inner`, raised while handling.
    fn reraise_tails(&mut self, exc: Reg, cleanup: usize, inner: Reg) {
        self.emit(Instr::PopExc {});
        self.emit(Instr::Reraise { exc });
        self.bind_label(cleanup);
        self.emit(Instr::PopExc {});
        self.emit(Instr::Reraise { exc: inner });
    }

    fn try_except(&mut self, t: &TryParts) -> CResult<()> {
        let handler = self.new_label();
        let else_l = self.new_label();
        let end = self.new_label();
        let exc = self.alloc();
        let before = self.bound.clone();
        self.push_handler(handler, exc);
        self.blocks.push(Block::TryBody);
        self.stmts(t.body)?;
        self.blocks.pop();
        self.pop_handler();
        self.emit(Instr::Jump { target: Target(else_l as u32) });
        let after_body = std::mem::replace(&mut self.bound, before.clone());

        self.bind_label(handler);
        self.emit(Instr::PushExc { exc });
        self.exc_depth += 1;
        let cleanup = self.new_label();
        let inner = self.alloc();
        if t.star {
            self.star_handlers(t.handlers, exc, &before, end)?;
        } else {
            self.handlers(t.handlers, exc, &before, end, cleanup, inner)?;
        }
        self.exc_depth -= 1;
        self.reraise_tails(exc, cleanup, inner);
        self.bound = after_body;
        self.bind_label(else_l);
        self.stmts(t.orelse)?;
        // After the statement only what was bound before is certain, less
        // the handlers' `as` names (unbound when their handler ran).
        self.bound = before;
        for h in t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            if let Some(r) = h.name.as_ref().and_then(|n| self.local_reg(n.as_str())) {
                self.bound[r.idx()] = false;
            }
        }
        self.bind_label(end);
        Ok(())
    }

    /// The `except` clauses of a try statement, handling the exception in
    /// `exc`: a handler that runs jumps to `end`; none matching falls through
    /// (to the re-raise). `cleanup` catches what the handlers' bodies raise.
    fn handlers(
        &mut self,
        handlers: &[ast::ExceptHandler],
        exc: Reg,
        before: &[bool],
        end: usize,
        cleanup: usize,
        inner: Reg,
    ) -> CResult<()> {
        for h in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(&h.range);
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                let tr = self.expr(ty, None)?;
                let m = self.alloc();
                self.emit(Instr::ExcMatch { dst: m, exc, ty: tr });
                self.emit(Instr::JumpIfFalse { cond: m, target: Target(next as u32) });
            }
            if let Some(n) = &h.name {
                self.store_name(n.as_str(), exc)?;
            }
            self.bound = before.to_vec();
            self.handler_body(h, cleanup, inner, Block::Handler(h.name.as_ref().map(|n| n.to_string())))?;
            self.emit(Instr::PopExc {});
            if let Some(n) = &h.name {
                self.clear_name(n.as_str())?;
            }
            self.emit(Instr::Jump { target: Target(end as u32) });
            self.bind_label(next);
        }
        Ok(())
    }

    /// A handler's body under its own exception handler `cleanup` (catching
    /// into `inner`), inside `block`.
    fn handler_body(&mut self, h: &ast::ExceptHandlerExceptHandler, cleanup: usize, inner: Reg, block: Block) -> CResult<()> {
        self.push_handler(cleanup, inner);
        self.blocks.push(Block::TryBody);
        self.blocks.push(block);
        let l = self.blocks.len();
        self.blocks.swap(l - 1, l - 2);
        self.stmts(&h.body)?;
        self.blocks.pop();
        self.blocks.pop();
        self.pop_handler();
        Ok(())
    }

    /// The `except*` clauses (PEP 654) of a try statement, handling the
    /// exception in `exc` (being handled already). Each clause takes the part
    /// of what is left that its class matches (`ExcStarMatch`) and runs with
    /// it as the handled exception; what the bodies raise is collected, and
    /// `ExcStarReraise` makes of it and of the unmatched rest what is raised
    /// (by falling through to the caller's re-raise) or nothing (jump to
    /// `end`).
    fn star_handlers(&mut self, handlers: &[ast::ExceptHandler], exc: Reg, before: &[bool], end: usize) -> CResult<()> {
        let rest = self.alloc();
        self.emit(Instr::Move { dst: rest, src: exc });
        let raised = self.alloc();
        self.emit(Instr::BuildList { dst: raised, start: raised, count: 0 });
        let none = self.const_reg(Constant::None);
        for h in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(&h.range);
            let Some(ty) = &h.type_ else {
                return Err(self.err("expected one or more exception types", &h.range));
            };
            let next = self.new_label();
            let tr = self.expr(ty, None)?;
            let m = self.alloc();
            self.emit(Instr::ExcStarMatch { dst: m, rest, ty: tr });
            let c = self.alloc();
            self.emit(Instr::Is { dst: c, a: m, b: none });
            self.emit(Instr::JumpIfTrue { cond: c, target: Target(next as u32) });
            if let Some(n) = &h.name {
                self.store_name(n.as_str(), m)?;
            }
            self.emit(Instr::PushExc { exc: m });
            self.exc_depth += 1;
            self.bound = before.to_vec();
            let body_cleanup = self.new_label();
            let inner = self.alloc();
            self.handler_body(h, body_cleanup, inner, Block::StarHandler(h.name.as_ref().map(|n| n.to_string())))?;
            self.exc_depth -= 1;
            self.emit(Instr::PopExc {});
            if let Some(n) = &h.name {
                self.clear_name(n.as_str())?;
            }
            self.emit(Instr::Jump { target: Target(next as u32) });
            // What the body raised joins the list.
            self.bind_label(body_cleanup);
            self.emit(Instr::PopExc {});
            self.emit(Instr::ListAppend { list: raised, src: inner });
            if let Some(n) = &h.name {
                self.clear_name(n.as_str())?;
            }
            self.bind_label(next);
        }
        self.emit(Instr::ListAppend { list: raised, src: rest });
        let out = self.alloc();
        self.emit(Instr::ExcStarReraise { dst: out, orig: exc, excs: raised });
        let c = self.alloc();
        self.emit(Instr::Is { dst: c, a: out, b: none });
        let reraise = self.new_label();
        self.emit(Instr::JumpIfFalse { cond: c, target: Target(reraise as u32) });
        self.emit(Instr::PopExc {});
        self.emit(Instr::Jump { target: Target(end as u32) });
        self.bind_label(reraise);
        self.emit(Instr::Move { dst: exc, src: out });
        Ok(())
    }

    fn clear_name(&mut self, name: &str) -> CResult<()> {
        let none = self.const_reg(Constant::None);
        self.store_name(name, none)?;
        self.delete_name(name)
    }

    fn with_stmt(&mut self, items: &[ast::WithItem], body: &[Stmt], is_async: bool) -> CResult<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let mgr = self.expr(&item.context_expr, None)?;
        let exit = self.alloc();
        let val = self.alloc();
        if is_async {
            self.async_with_enter(val, exit, mgr)?;
        } else {
            self.emit(Instr::WithEnter { dst: val, exit, mgr });
        }
        let handler = self.new_label();
        let end = self.new_label();
        let exc = self.alloc();
        self.push_handler(handler, exc);
        self.blocks.push(Block::TryBody);
        self.blocks.push(Block::With(exit, is_async));
        let l = self.blocks.len();
        self.blocks.swap(l - 1, l - 2);
        if let Some(v) = &item.optional_vars {
            self.store(v, val)?;
        }
        self.with_stmt(rest, body, is_async)?;
        self.blocks.pop();
        self.blocks.pop();
        self.pop_handler();
        self.with_exit(exit, is_async)?;
        self.emit(Instr::Jump { target: Target(end as u32) });
        self.bind_label(handler);
        self.emit(Instr::PushExc { exc });
        self.exc_depth += 1;
        let cleanup = self.new_label();
        let inner = self.alloc();
        self.push_handler(cleanup, inner);
        let t = self.alloc();
        self.emit(Instr::WithExcept { dst: t, exit, exc });
        if is_async {
            self.await_reg(t, t);
        }
        self.pop_handler();
        self.exc_depth -= 1;
        let suppress = self.new_label();
        self.emit(Instr::JumpIfTrue { cond: t, target: Target(suppress as u32) });
        self.emit(Instr::PopExc {});
        self.emit(Instr::Reraise { exc });
        self.bind_label(suppress);
        self.emit(Instr::PopExc {});
        self.emit(Instr::Jump { target: Target(end as u32) });
        self.bind_label(cleanup);
        self.emit(Instr::PopExc {});
        self.emit(Instr::Reraise { exc: inner });
        self.bind_label(end);
        Ok(())
    }

    fn aug_assign(&mut self, a: &ast::StmtAugAssign) -> CResult<()> {
        let op = binop(&a.op);
        let emit_op = |c: &mut Self, dst: Reg, x: Reg, y: Reg| {
            c.emit(Instr::Inplace { op: op as u8, dst, a: x, b: y });
        };
        match &*a.target {
            Expr::Name(n) => {
                let cur = self.load_name(n.id.as_str(), None, &n.range)?;
                let cur = if self.local_reg(n.id.as_str()).is_some() { self.keep_across(cur, &[&a.value]) } else { self.temp_copy(cur) };
                let v = self.expr(&a.value, None)?;
                self.set_line(&a.range);
                match self.local_reg(n.id.as_str()) {
                    Some(r) => {
                        emit_op(self, r, cur, v);
                    }
                    None => {
                        let d = self.alloc();
                        emit_op(self, d, cur, v);
                        self.store_name(n.id.as_str(), d)?;
                    }
                }
            }
            Expr::Subscript(s) => {
                let obj = self.expr(&s.value, None)?;
                let obj = self.keep_across(obj, &[&s.slice, &a.value]);
                let key = self.expr(&s.slice, None)?;
                let key = self.keep_across(key, &[&a.value]);
                let cur = self.alloc();
                let anchor = (s.value.range().end(), s.slice.range().end());
                self.set_line(&s.range);
                self.emit_anchored(Instr::GetItem { dst: cur, obj, key }, Span::SUBSCRIPT, anchor);
                let v = self.expr(&a.value, None)?;
                self.set_line(&a.range);
                emit_op(self, cur, cur, v);
                self.set_line(&s.range);
                self.emit_anchored(Instr::SetItem { obj, key, src: cur }, Span::SUBSCRIPT, anchor);
            }
            Expr::Attribute(at) => {
                let obj = self.expr(&at.value, None)?;
                let obj = self.keep_across(obj, &[&a.value]);
                let name = self.key_name(at.attr.as_str());
                let cur = self.alloc();
                self.set_line(&a.range);
                self.emit(Instr::GetAttr { dst: cur, obj, name });
                let v = self.expr(&a.value, None)?;
                self.set_line(&a.range);
                emit_op(self, cur, cur, v);
                self.emit(Instr::SetAttr { obj, name, src: cur });
            }
            other => {
                return Err(self.err("'expression' is an illegal expression for augmented assignment", &other.range()));
            }
        }
        Ok(())
    }

    /// Calls the decorators (evaluated into registers, with their source
    /// ranges: a traceback names the decorator's line) on `f`, innermost first.
    fn apply_decorators(&mut self, decos: Vec<(Reg, TextRange)>, mut f: Reg) -> Reg {
        let (saved_line, saved_span) = (self.line, self.span);
        for (d, range) in decos.into_iter().rev() {
            self.set_line(&range);
            let base = self.alloc_n(2);
            self.emit(Instr::Move { dst: base, src: d });
            self.emit(Instr::Move { dst: base.offset(1), src: f });
            self.emit(Instr::Call { dst: base, func: base, argc: 1 });
            f = base;
        }
        (self.line, self.span) = (saved_line, saved_span);
        f
    }

    fn class_def(&mut self, c: &ast::StmtClassDef) -> CResult<()> {
        let mut decos = vec![];
        for d in &c.decorator_list {
            let r = self.alloc();
            self.expr(d, Some(r))?;
            decos.push((r, d.range()));
        }
        self.set_line(&c.range);
        let scope = self.m.table.scope_of(off(&c.range), NodeTag::Class);
        let qual = self.child_qualname(c.name.as_str());
        let line = self.m.lines.line(off(&c.range));
        let mut body = FnCompiler::new(self.m, scope, c.name.as_str().into(), qual.clone().into(), line);
        body.flags.namespace = true;
        let stripped = c.name.as_str().trim_start_matches('_');
        body.mangle = (!stripped.is_empty()).then(|| stripped.into());
        // __module__ (the global __name__) and __qualname__ as CPython sets them.
        let modname = body.alloc();
        let n = body.name("__name__");
        body.emit(Instr::LoadGlobal { dst: modname, name: n });
        let n = body.name("__module__");
        body.emit(Instr::StoreName { src: modname, name: n });
        let q = body.const_reg(Constant::Str(qual.into()));
        let n = body.name("__qualname__");
        body.emit(Instr::StoreName { src: q, name: n });
        if has_annotations(&c.body) {
            body.setup_annotations();
        }
        body.temp_top = body.nlocals as u32;
        for r in body.cellvars.clone() {
            body.emit(Instr::MakeCell { reg: r });
        }
        if let Some(s) = docstring(&c.body) {
            let r = body.const_reg(Constant::Str(s));
            let n = body.name("__doc__");
            body.emit(Instr::StoreName { src: r, name: n });
        }
        body.stmts(&c.body)?;
        if let Some(&r) = body.regs.get("__class__")
            && body.sc().kinds.get("__class__") == Some(&NameKind::Cell)
        {
            let n = body.name("__classcell__");
            body.emit(Instr::StoreName { src: r, name: n });
        }
        let none = body.const_reg(Constant::None);
        body.emit(Instr::Return { src: none });
        let freevars = body.freevars.clone();
        let code = body.finish();
        let func = self.alloc();
        self.make_function(func, code, None, None, &freevars)?;
        if c.keywords.iter().any(|k| k.arg.is_none()) || c.bases.iter().any(|b| matches!(b, Expr::Starred(_))) {
            // `class C(*bases, **kw)`: __build_class__(func, name, *bases, **kw).
            let bc = self.alloc();
            let n = self.name("__build_class__");
            self.emit(Instr::LoadBuiltin { dst: bc, name: n });
            let name = self.alloc();
            self.load_const(name, Constant::Str(c.name.as_str().into()));
            self.call_ex(bc, &[func, name], &c.bases, &c.keywords, &c.range)?;
            let cls = self.apply_decorators(decos, bc);
            return self.store_name(c.name.as_str(), cls);
        }
        let argc = 2 + c.bases.len();
        let base = self.alloc_n(argc + c.keywords.len() + 1);
        let bc = self.name("__build_class__");
        self.emit(Instr::LoadBuiltin { dst: base, name: bc });
        self.emit(Instr::Move { dst: base.offset(1), src: func });
        self.load_const(base.offset(2), Constant::Str(c.name.as_str().into()));
        for (i, b) in c.bases.iter().enumerate() {
            self.expr(b, Some(base.offset(3 + i)))?;
        }
        for (i, k) in c.keywords.iter().enumerate() {
            self.expr(&k.value, Some(base.offset(1 + argc + i)))?;
        }
        self.set_line(&c.range);
        if c.keywords.is_empty() {
            self.emit(Instr::Call { dst: base, func: base, argc: argc as u16 });
        } else {
            // Class keywords choose the metaclass or go to __init_subclass__ (their names are identifiers, checked by the parser).
            let names =
                Constant::Tuple(c.keywords.iter().filter_map(|k| k.arg.as_ref()).map(|a| Constant::Str(a.as_str().into())).collect());
            let kwnames = self.add_const(names);
            let argc = (argc + c.keywords.len()) as u16;
            self.emit(Instr::CallKw { dst: base, func: base, argc, kwnames });
        }
        let cls = self.apply_decorators(decos, base);
        self.store_name(c.name.as_str(), cls)
    }

    /// Evaluates a def's parameter and return annotations (in the defining
    /// scope) into the function's `__annotations__` dict, as CPython does.
    fn function_annotations(&mut self, func: Reg, args: &ast::Arguments, returns: Option<&Expr>) -> CResult<()> {
        let positional = args.posonlyargs.iter().chain(&args.args).map(|a| &a.def);
        let kwonly = args.kwonlyargs.iter().map(|a| &a.def);
        let params = positional.chain(args.vararg.as_deref()).chain(kwonly).chain(args.kwarg.as_deref());
        let mut items: Vec<(&str, &Expr)> = params.filter_map(|p| Some((p.arg.as_str(), p.annotation.as_deref()?))).collect();
        if let Some(r) = returns {
            items.push(("return", r));
        }
        if items.is_empty() {
            return Ok(());
        }
        let start = self.alloc_n(items.len() * 2);
        for (i, (name, ann)) in items.iter().enumerate() {
            let k = self.add_const(Constant::Str((*name).into()));
            self.emit(Instr::LoadConst { dst: start.offset(2 * i), idx: k });
            self.expr(ann, Some(start.offset(2 * i + 1)))?;
        }
        let d = self.alloc();
        self.emit(Instr::BuildDict { dst: d, start, count: items.len() as u16 });
        let name = self.name("__annotations__");
        self.emit(Instr::SetAttr { obj: func, name, src: d });
        Ok(())
    }

    fn child_qualname(&self, name: &str) -> String {
        match self.sc().kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{name}", self.qualname),
            ScopeKind::Function => format!("{}.<locals>.{name}", self.qualname),
        }
    }

    fn make_function(
        &mut self,
        dst: Reg,
        code: Rc<CodeObject>,
        defaults: Option<Reg>,
        kwdefaults: Option<Reg>,
        freevars: &[(Reg, Rc<str>)],
    ) -> CResult<()> {
        let mut flags = 0;
        let extra = self.alloc_n(3);
        if let Some(d) = defaults {
            flags |= make_function::DEFAULTS;
            self.emit(Instr::Move { dst: extra, src: d });
        }
        if let Some(k) = kwdefaults {
            flags |= make_function::KWDEFAULTS;
            self.emit(Instr::Move { dst: extra.offset(1), src: k });
        }
        if !freevars.is_empty() {
            flags |= make_function::CLOSURE;
            let start = self.alloc_n(freevars.len());
            for (i, (_, name)) in freevars.iter().enumerate() {
                let Some(&r) = self.regs.get(&**name) else {
                    return Err(CompileError::at("SyntaxError", format!("internal: no cell for '{name}'"), self.m.source, self.m.lines, 0));
                };
                self.emit(Instr::Move { dst: start.offset(i), src: r });
            }
            self.emit(Instr::BuildTuple { dst: extra.offset(2), start, count: freevars.len() as u16 });
        }
        let idx = self.add_const(Constant::Code(code));
        self.emit(Instr::MakeFunction { dst, code: idx, flags, extra });
        Ok(())
    }

    fn function(&mut self, name: &str, args: &ast::Arguments, body: FnBody, range: &TextRange, tag: NodeTag) -> CResult<Reg> {
        // Defaults are evaluated in the enclosing scope, at definition time.
        let positional: Vec<&ast::ArgWithDefault> = args.posonlyargs.iter().chain(&args.args).collect();
        let defaults: Vec<&Expr> = positional.iter().filter_map(|a| a.default.as_deref()).collect();
        let def_reg = if defaults.is_empty() {
            None
        } else {
            let start = self.alloc_n(defaults.len());
            for (i, d) in defaults.iter().enumerate() {
                self.expr(d, Some(start.offset(i)))?;
            }
            let t = self.alloc();
            self.emit(Instr::BuildTuple { dst: t, start, count: defaults.len() as u16 });
            Some(t)
        };
        let kwd: Vec<&ast::ArgWithDefault> = args.kwonlyargs.iter().filter(|a| a.default.is_some()).collect();
        let kw_reg = if kwd.is_empty() {
            None
        } else {
            let start = self.alloc_n(kwd.len() * 2);
            for (i, a) in kwd.iter().enumerate() {
                self.load_const(start.offset(2 * i), Constant::Str(a.def.arg.as_str().into()));
                self.expr(a.default.as_deref().unwrap(), Some(start.offset(2 * i + 1)))?;
            }
            let t = self.alloc();
            self.emit(Instr::BuildDict { dst: t, start, count: kwd.len() as u16 });
            Some(t)
        };
        let scope = self.m.table.scope_of(off(range), tag);
        let qual = self.child_qualname(name);
        let line = self.m.lines.line(off(range));
        let mut f = FnCompiler::new(self.m, scope, name.into(), qual.into(), line);
        f.mangle = self.mangle.clone();
        f.argcount = positional.len() as u16;
        f.posonly = args.posonlyargs.len() as u16;
        f.kwonly = args.kwonlyargs.len() as u16;
        f.flags.varargs = args.vararg.is_some();
        f.flags.varkw = args.kwarg.is_some();
        for r in f.cellvars.clone() {
            f.emit(Instr::MakeCell { reg: r });
        }
        match body {
            FnBody::Stmts(stmts) => {
                f.doc = docstring(stmts);
                f.stmts(stmts)?;
                let none = f.const_reg(Constant::None);
                f.emit(Instr::Return { src: none });
            }
            FnBody::Expr(e) => {
                let r = f.expr(e, None)?;
                if f.flags.generator {
                    let none = f.const_reg(Constant::None);
                    f.emit(Instr::Return { src: none });
                } else {
                    f.emit(Instr::Return { src: r });
                }
            }
        }
        let freevars = f.freevars.clone();
        let code = f.finish();
        let dst = self.alloc();
        self.make_function(dst, code, def_reg, kw_reg, &freevars)?;
        Ok(dst)
    }

    // ----- names -----

    fn local_reg(&self, name: &str) -> Option<Reg> {
        if self.sc().kind != ScopeKind::Function {
            return None;
        }
        match self.sc().lookup(name) {
            NameKind::Local => self.regs.get(name).copied(),
            _ => None,
        }
    }

    /// A for-loop target that is a plain local register.
    fn simple_local_target(&self, t: &Expr) -> Option<Reg> {
        match t {
            Expr::Name(n) => self.local_reg(n.id.as_str()),
            _ => None,
        }
    }

    /// `r`, or a copy of it when it is a local's register and evaluating
    /// one of `later` might rebind the local (see [`rebinds`]).
    fn keep_across(&mut self, r: Reg, later: &[&Expr]) -> Reg {
        if later.iter().any(|e| rebinds::may_rebind_locals(e)) { self.temp_copy(r) } else { r }
    }

    fn temp_copy(&mut self, r: Reg) -> Reg {
        if (r.0 as u32) < self.nlocals as u32 {
            let t = self.alloc();
            self.emit(Instr::Move { dst: t, src: r });
            t
        } else {
            r
        }
    }

    fn load_name(&mut self, name: &str, dst: Option<Reg>, range: &TextRange) -> CResult<Reg> {
        let kind = self.sc().lookup(name);
        let is_fn = self.sc().kind == ScopeKind::Function;
        match kind {
            NameKind::Local if is_fn => {
                let r = self.regs[name];
                if !self.bound[r.idx()] {
                    let n = self.name(name);
                    self.set_line(range);
                    self.emit(Instr::CheckBound { reg: r, name: n });
                }
                match dst {
                    Some(d) if d != r => {
                        self.emit(Instr::Move { dst: d, src: r });
                        Ok(d)
                    }
                    _ => Ok(r),
                }
            }
            NameKind::Cell | NameKind::Free => {
                let cell = self.regs[name];
                let d = dst.unwrap_or_else(|| self.alloc());
                let n = self.name(name);
                self.emit(Instr::LoadCell { dst: d, cell, name: n });
                Ok(d)
            }
            NameKind::Name | NameKind::Local => {
                let d = dst.unwrap_or_else(|| self.alloc());
                let n = self.key_name(name);
                self.emit(Instr::LoadName { dst: d, name: n });
                Ok(d)
            }
            NameKind::Global => {
                let d = dst.unwrap_or_else(|| self.alloc());
                let n = self.key_name(name);
                if self.names_in_namespace(name) {
                    self.emit(Instr::LoadName { dst: d, name: n });
                } else {
                    self.emit(Instr::LoadGlobal { dst: d, name: n });
                }
                Ok(d)
            }
        }
    }

    fn store_name(&mut self, name: &str, src: Reg) -> CResult<()> {
        let kind = self.sc().lookup(name);
        let is_fn = self.sc().kind == ScopeKind::Function;
        match kind {
            NameKind::Local if is_fn => {
                let r = self.regs[name];
                if r != src {
                    self.emit(Instr::Move { dst: r, src });
                }
                self.bound[r.idx()] = true;
            }
            NameKind::Cell | NameKind::Free => {
                let cell = self.regs[name];
                self.emit(Instr::StoreCell { cell, src });
            }
            NameKind::Name | NameKind::Local => {
                let n = self.key_name(name);
                self.emit(Instr::StoreName { src, name: n });
            }
            NameKind::Global => {
                let n = self.key_name(name);
                if self.names_in_namespace(name) {
                    self.emit(Instr::StoreName { src, name: n });
                } else {
                    self.emit(Instr::StoreGlobal { src, name: n });
                }
            }
        }
        Ok(())
    }

    /// Module-level code of `exec()`/`eval()`: its names live in the
    /// namespace dict, which may differ from the globals.
    fn module_names_in_namespace(&self) -> bool {
        self.scope == 0 && matches!(self.m.mode, CompileMode::ExecString | CompileMode::Eval)
    }

    /// Whether a global-kind name of the current scope lives in the frame's
    /// namespace dict (class bodies, exec/eval code) rather than the globals:
    /// unless the scope declares it `global`.
    fn names_in_namespace(&self, name: &str) -> bool {
        (self.sc().kind == ScopeKind::Class || self.module_names_in_namespace()) && !self.sc_declares_global(name)
    }

    fn sc_declares_global(&self, name: &str) -> bool {
        self.sc().declares_global(name)
    }

    /// The name-table index of `name` as a namespace or attribute key: a
    /// private `__name` inside a class (its body or methods) becomes
    /// `_Class__name`, as CPython mangles it.
    fn key_name(&mut self, name: &str) -> NameIdx {
        match &self.mangle {
            Some(cls) if name.starts_with("__") && !name.ends_with("__") && !name.contains('.') => {
                let mangled = format!("_{cls}{name}");
                self.name(&mangled)
            }
            _ => self.name(name),
        }
    }

    fn delete_name(&mut self, name: &str) -> CResult<()> {
        let kind = self.sc().lookup(name);
        let n = self.name(name);
        match kind {
            NameKind::Local if self.sc().kind == ScopeKind::Function => {
                let r = self.regs[name];
                self.emit(Instr::DeleteLocal { reg: r, name: n });
                self.bound[r.idx()] = false;
            }
            NameKind::Cell | NameKind::Free => {
                let cell = self.regs[name];
                self.emit(Instr::DeleteCell { cell, name: n });
            }
            NameKind::Global if !self.names_in_namespace(name) => {
                let n = self.key_name(name);
                self.emit(Instr::DeleteGlobal { name: n });
            }
            _ => {
                let n = self.key_name(name);
                self.emit(Instr::DeleteName { name: n });
            }
        }
        Ok(())
    }

    // ----- assignment targets -----

    fn store(&mut self, t: &Expr, src: Reg) -> CResult<()> {
        match t {
            Expr::Name(n) => self.store_name(n.id.as_str(), src),
            Expr::Attribute(a) => {
                let obj = self.expr(&a.value, None)?;
                let name = self.key_name(a.attr.as_str());
                self.set_line(&a.range);
                self.emit(Instr::SetAttr { obj, name, src });
                Ok(())
            }
            Expr::Subscript(s) => {
                let obj = self.expr(&s.value, None)?;
                let obj = self.keep_across(obj, &[&s.slice]);
                let key = self.expr(&s.slice, None)?;
                self.set_line(&s.range);
                self.emit_anchored(Instr::SetItem { obj, key, src }, Span::SUBSCRIPT, (s.value.range().end(), s.slice.range().end()));
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, range, .. }) | Expr::List(ast::ExprList { elts, range, .. }) => {
                self.set_line(range);
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                let start = self.alloc_n(elts.len());
                match star {
                    None => {
                        self.emit(Instr::UnpackSequence { start, count: elts.len() as u16, src });
                    }
                    Some(i) => {
                        if elts.iter().filter(|e| matches!(e, Expr::Starred(_))).count() > 1 {
                            return Err(self.err("multiple starred expressions in assignment", range));
                        }
                        self.emit(Instr::UnpackEx { start, before: i as u8, after: (elts.len() - i - 1) as u8, src });
                    }
                }
                for (i, e) in elts.iter().enumerate() {
                    let e = if let Expr::Starred(s) = e { &*s.value } else { e };
                    self.store(e, start.offset(i))?;
                }
                Ok(())
            }
            Expr::Starred(s) => Err(self.err("starred assignment target must be in a list or tuple", &s.range)),
            other => Err(self.err(format!("cannot assign to {}", expr_desc(other)), &other.range())),
        }
    }

    fn delete(&mut self, t: &Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.delete_name(n.id.as_str()),
            Expr::Attribute(a) => {
                let obj = self.expr(&a.value, None)?;
                let name = self.key_name(a.attr.as_str());
                self.set_line(&a.range);
                self.emit(Instr::DelAttr { obj, name });
                Ok(())
            }
            Expr::Subscript(s) => {
                let obj = self.expr(&s.value, None)?;
                let obj = self.keep_across(obj, &[&s.slice]);
                let key = self.expr(&s.slice, None)?;
                self.set_line(&s.range);
                self.emit_anchored(Instr::DelItem { obj, key }, Span::SUBSCRIPT, (s.value.range().end(), s.slice.range().end()));
                Ok(())
            }
            Expr::Tuple(t) => t.elts.iter().try_for_each(|e| self.delete(e)),
            Expr::List(t) => t.elts.iter().try_for_each(|e| self.delete(e)),
            other => Err(self.err(format!("cannot delete {}", expr_desc(other)), &other.range())),
        }
    }

    // ----- conditions -----

    /// Jumps to `target` when `e`'s truth equals `when`.
    fn jump_if(&mut self, e: &Expr, when: bool, target: usize) -> CResult<()> {
        match e {
            Expr::UnaryOp(u) if u.op == UnaryOp::Not => {
                return self.jump_if(&u.operand, !when, target);
            }
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                if is_and != when {
                    // and/jump-if-false, or/jump-if-true: any operand decides.
                    for v in &b.values {
                        self.jump_if(v, when, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    let n = b.values.len();
                    for v in &b.values[..n - 1] {
                        self.jump_if(v, !when, skip)?;
                    }
                    self.jump_if(&b.values[n - 1], when, target)?;
                    self.bind_label(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        let mark = self.temp_top;
        let r = self.expr(e, None)?;
        let t = Target(target as u32);
        if when {
            self.emit(Instr::JumpIfTrue { cond: r, target: t });
        } else {
            self.emit(Instr::JumpIfFalse { cond: r, target: t });
        }
        self.temp_top = mark;
        Ok(())
    }

    // ----- expressions -----

    /// Compiles `e`; the value ends up in `dst` when given, else in a
    /// register returned (a local's own register or a new temporary).
    fn expr(&mut self, e: &Expr, dst: Option<Reg>) -> CResult<Reg> {
        let (saved_line, saved_span) = (self.line, self.span);
        self.set_line(&e.range());
        let r = self.expr_inner(e, dst);
        (self.line, self.span) = (saved_line, saved_span);
        r
    }

    fn dst_or_alloc(&mut self, dst: Option<Reg>) -> Reg {
        dst.unwrap_or_else(|| self.alloc())
    }

    fn expr_inner(&mut self, e: &Expr, dst: Option<Reg>) -> CResult<Reg> {
        match e {
            Expr::Constant(c) => {
                let k = constant(&c.value);
                let d = self.dst_or_alloc(dst);
                self.load_const(d, k);
                Ok(d)
            }
            Expr::Name(n) => self.load_name(n.id.as_str(), dst, &n.range),
            Expr::BinOp(b) => {
                let mark = self.temp_top;
                let l = self.expr(&b.left, None)?;
                let l = self.keep_across(l, &[&b.right]);
                let r = self.expr(&b.right, None)?;
                self.temp_top = mark;
                let d = self.dst_or_alloc(dst);
                self.set_line(&b.range);
                self.emit_anchored(binop_instr(binop(&b.op), d, l, r), Span::BINOP, (b.left.range().end(), b.right.range().start()));
                Ok(d)
            }
            Expr::UnaryOp(u) => {
                if u.op == UnaryOp::USub
                    && let Expr::Constant(c) = &*u.operand
                    && let ast::Constant::Int(i) = &c.value
                {
                    let k = int_const(&-i.clone());
                    let d = self.dst_or_alloc(dst);
                    self.load_const(d, k);
                    return Ok(d);
                }
                let mark = self.temp_top;
                let s = self.expr(&u.operand, None)?;
                self.temp_top = mark;
                let d = self.dst_or_alloc(dst);
                self.emit(match u.op {
                    UnaryOp::Not => Instr::Not { dst: d, src: s },
                    UnaryOp::USub => Instr::Neg { dst: d, src: s },
                    UnaryOp::UAdd => Instr::Pos { dst: d, src: s },
                    UnaryOp::Invert => Instr::Invert { dst: d, src: s },
                });
                Ok(d)
            }
            Expr::BoolOp(b) => {
                let d = match dst {
                    Some(d) => d,
                    None => self.alloc(),
                };
                let end = self.new_label();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    let mark = self.temp_top;
                    self.expr(v, Some(d))?;
                    self.temp_top = mark;
                    if i + 1 < n {
                        let t = Target(end as u32);
                        self.emit(if b.op == ast::BoolOp::And {
                            Instr::JumpIfFalse { cond: d, target: t }
                        } else {
                            Instr::JumpIfTrue { cond: d, target: t }
                        });
                    }
                }
                self.bind_label(end);
                Ok(d)
            }
            Expr::Compare(c) => {
                let d = match dst {
                    Some(d) if (d.0 as u32) >= self.nlocals as u32 => d,
                    _ => self.alloc(),
                };
                let mark = self.temp_top;
                let left = self.expr(&c.left, None)?;
                let mut left = self.keep_across(left, &[&c.comparators[0]]);
                let end = self.new_label();
                let n = c.ops.len();
                for (i, (op, right)) in c.ops.iter().zip(&c.comparators).enumerate() {
                    let mut r = self.expr(right, None)?;
                    if i + 1 < n {
                        r = self.keep_across(r, &[&c.comparators[i + 1]]);
                    }
                    self.set_line(&c.range);
                    self.emit(cmp_instr(op, d, left, r));
                    if i + 1 < n {
                        self.emit(Instr::JumpIfFalse { cond: d, target: Target(end as u32) });
                    }
                    left = r;
                }
                self.bind_label(end);
                self.temp_top = mark.max(d.0 as u32 + 1);
                if let Some(want) = dst
                    && want != d
                {
                    self.emit(Instr::Move { dst: want, src: d });
                    return Ok(want);
                }
                Ok(d)
            }
            Expr::IfExp(i) => {
                let d = self.dst_or_alloc(dst);
                let else_l = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, else_l)?;
                let mark = self.temp_top;
                self.expr(&i.body, Some(d))?;
                self.temp_top = mark;
                self.emit(Instr::Jump { target: Target(end as u32) });
                self.bind_label(else_l);
                self.expr(&i.orelse, Some(d))?;
                self.temp_top = mark;
                self.bind_label(end);
                Ok(d)
            }
            Expr::Call(c) => self.call(c, dst),
            Expr::Attribute(a) => {
                let mark = self.temp_top;
                let obj = self.expr(&a.value, None)?;
                self.temp_top = mark;
                let d = self.dst_or_alloc(dst);
                let name = self.key_name(a.attr.as_str());
                self.set_line(&a.range);
                self.emit(Instr::GetAttr { dst: d, obj, name });
                Ok(d)
            }
            Expr::Subscript(s) => {
                let mark = self.temp_top;
                let obj = self.expr(&s.value, None)?;
                let obj = self.keep_across(obj, &[&s.slice]);
                if let Expr::Slice(sl) = &*s.slice {
                    let start = self.slice_parts(sl)?;
                    self.temp_top = mark;
                    let d = self.dst_or_alloc(dst);
                    self.set_line(&s.range);
                    self.emit_anchored(
                        Instr::GetSlice { dst: d, obj, start },
                        Span::SUBSCRIPT,
                        (s.value.range().end(), s.slice.range().end()),
                    );
                    return Ok(d);
                }
                let key = self.expr(&s.slice, None)?;
                self.temp_top = mark;
                let d = self.dst_or_alloc(dst);
                self.set_line(&s.range);
                self.emit_anchored(Instr::GetItem { dst: d, obj, key }, Span::SUBSCRIPT, (s.value.range().end(), s.slice.range().end()));
                Ok(d)
            }
            Expr::Slice(s) => {
                let start = self.slice_parts(s)?;
                let d = self.dst_or_alloc(dst);
                self.emit(Instr::BuildSlice { dst: d, start });
                Ok(d)
            }
            Expr::List(l) => self.collection(&l.elts, dst, Coll::List),
            Expr::Tuple(t) => {
                if let Some(k) = self.const_tuple(&t.elts) {
                    let d = self.dst_or_alloc(dst);
                    self.load_const(d, k);
                    return Ok(d);
                }
                self.collection(&t.elts, dst, Coll::Tuple)
            }
            Expr::Set(s) => self.collection(&s.elts, dst, Coll::Set),
            Expr::Dict(d) => self.dict(d, dst),
            Expr::JoinedStr(j) => {
                if j.values.is_empty() {
                    let d = self.dst_or_alloc(dst);
                    self.load_const(d, Constant::Str("".into()));
                    return Ok(d);
                }
                let start = self.alloc_n(j.values.len());
                for (i, v) in j.values.iter().enumerate() {
                    self.expr(v, Some(start.offset(i)))?;
                }
                let d = self.dst_or_alloc(dst);
                self.emit(Instr::BuildString { dst: d, start, count: j.values.len() as u16 });
                Ok(d)
            }
            Expr::FormattedValue(f) => {
                let mark = self.temp_top;
                let v = self.expr(&f.value, None)?;
                let v = self.temp_copy(v);
                let spec = match &f.format_spec {
                    Some(s) => self.expr(s, None)?,
                    None => Reg::NONE,
                };
                self.temp_top = mark;
                let d = self.dst_or_alloc(dst);
                let conv = match f.conversion {
                    ast::ConversionFlag::None => 0,
                    ast::ConversionFlag::Str => 1,
                    ast::ConversionFlag::Repr => 2,
                    ast::ConversionFlag::Ascii => 3,
                };
                self.emit(Instr::FormatValue { dst: d, src: v, conv, spec });
                Ok(d)
            }
            Expr::Lambda(l) => {
                let f = self.function("<lambda>", &l.args, FnBody::Expr(&l.body), &l.range, NodeTag::Lambda)?;
                match dst {
                    Some(d) => {
                        self.emit(Instr::Move { dst: d, src: f });
                        Ok(d)
                    }
                    None => Ok(f),
                }
            }
            Expr::ListComp(c) => self.comprehension("<listcomp>", &c.range, &c.generators, CompKind::List(&c.elt), dst),
            Expr::SetComp(c) => self.comprehension("<setcomp>", &c.range, &c.generators, CompKind::Set(&c.elt), dst),
            Expr::DictComp(c) => self.comprehension("<dictcomp>", &c.range, &c.generators, CompKind::Dict(&c.key, &c.value), dst),
            Expr::GeneratorExp(c) => self.comprehension("<genexpr>", &c.range, &c.generators, CompKind::Gen(&c.elt), dst),
            Expr::Yield(y) => {
                if self.sc().kind != ScopeKind::Function {
                    return Err(self.err("'yield' outside function", &y.range));
                }
                let v = match &y.value {
                    Some(v) => {
                        let r = self.expr(v, None)?;
                        self.temp_copy(r)
                    }
                    None => self.const_reg(Constant::None),
                };
                let d = self.dst_or_alloc(dst);
                self.emit(Instr::Yield { dst: d, src: v });
                Ok(d)
            }
            Expr::YieldFrom(y) => {
                if self.sc().kind != ScopeKind::Function {
                    return Err(self.err("'yield' outside function", &y.range));
                }
                if self.flags.coroutine {
                    return Err(self.err("'yield from' inside async function", &y.range));
                }
                let v = self.expr(&y.value, None)?;
                let it = self.alloc();
                self.emit(Instr::GetYieldFromIter { dst: it, src: v });
                let d = self.dst_or_alloc(dst);
                self.emit(Instr::YieldFrom { dst: d, iter: it });
                Ok(d)
            }
            Expr::NamedExpr(n) => {
                let d = self.dst_or_alloc(dst);
                self.expr(&n.value, Some(d))?;
                self.store(&n.target, d)?;
                Ok(d)
            }
            Expr::Starred(s) => Err(self.err("can't use starred expression here", &s.range)),
            Expr::Await(a) => {
                let outside =
                    if self.sc().kind == ScopeKind::Function { "'await' outside async function" } else { "'await' outside function" };
                self.check_async(&a.range, outside)?;
                let v = self.expr(&a.value, None)?;
                let d = self.dst_or_alloc(dst);
                self.await_reg(d, v);
                Ok(d)
            }
        }
    }

    fn const_tuple(&self, elts: &[Expr]) -> Option<Constant> {
        if elts.is_empty() {
            return Some(Constant::Tuple(vec![]));
        }
        let mut out = vec![];
        for e in elts {
            match e {
                Expr::Constant(c) if !matches!(c.value, ast::Constant::Complex { .. }) => out.push(constant(&c.value)),
                _ => return None,
            }
        }
        Some(Constant::Tuple(out))
    }

    fn collection(&mut self, elts: &[Expr], dst: Option<Reg>, kind: Coll) -> CResult<Reg> {
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !has_star {
            let start = self.alloc_n(elts.len());
            for (i, e) in elts.iter().enumerate() {
                self.expr(e, Some(start.offset(i)))?;
            }
            let d = self.dst_or_alloc(dst);
            let count = elts.len() as u16;
            self.emit(match kind {
                Coll::List => Instr::BuildList { dst: d, start, count },
                Coll::Tuple => Instr::BuildTuple { dst: d, start, count },
                Coll::Set => Instr::BuildSet { dst: d, start, count },
            });
            return Ok(d);
        }
        let acc = self.alloc();
        if matches!(kind, Coll::Set) {
            self.emit(Instr::BuildSet { dst: acc, start: acc, count: 0 });
        } else {
            self.emit(Instr::BuildList { dst: acc, start: acc, count: 0 });
        }
        for e in elts {
            let mark = self.temp_top;
            match e {
                Expr::Starred(s) => {
                    let v = self.expr(&s.value, None)?;
                    self.emit(if matches!(kind, Coll::Set) {
                        Instr::SetUpdate { set: acc, src: v }
                    } else {
                        Instr::ListExtend { list: acc, src: v }
                    });
                }
                _ => {
                    let v = self.expr(e, None)?;
                    self.emit(if matches!(kind, Coll::Set) {
                        Instr::SetAdd { set: acc, src: v }
                    } else {
                        Instr::ListAppend { list: acc, src: v }
                    });
                }
            }
            self.temp_top = mark;
        }
        let d = self.dst_or_alloc(dst);
        match kind {
            Coll::Tuple => {
                self.emit(Instr::ListToTuple { dst: d, src: acc });
            }
            _ => {
                self.emit(Instr::Move { dst: d, src: acc });
            }
        }
        Ok(d)
    }

    fn dict(&mut self, d: &ast::ExprDict, dst: Option<Reg>) -> CResult<Reg> {
        if d.keys.iter().all(|k| k.is_some()) {
            let n = d.keys.len();
            let start = self.alloc_n(n * 2);
            for (i, (k, v)) in d.keys.iter().zip(&d.values).enumerate() {
                self.expr(k.as_ref().unwrap(), Some(start.offset(2 * i)))?;
                self.expr(v, Some(start.offset(2 * i + 1)))?;
            }
            let r = self.dst_or_alloc(dst);
            self.emit(Instr::BuildDict { dst: r, start, count: n as u16 });
            return Ok(r);
        }
        let acc = self.alloc();
        self.emit(Instr::BuildDict { dst: acc, start: acc, count: 0 });
        for (k, v) in d.keys.iter().zip(&d.values) {
            let mark = self.temp_top;
            match k {
                Some(k) => {
                    let kr = self.expr(k, None)?;
                    let kr = self.temp_copy(kr);
                    let vr = self.expr(v, None)?;
                    self.emit(Instr::SetItem { obj: acc, key: kr, src: vr });
                }
                None => {
                    let vr = self.expr(v, None)?;
                    self.emit(Instr::DictUpdate { dict: acc, src: vr });
                }
            }
            self.temp_top = mark;
        }
        let r = self.dst_or_alloc(dst);
        self.emit(Instr::Move { dst: r, src: acc });
        Ok(r)
    }

    fn call(&mut self, c: &ast::ExprCall, dst: Option<Reg>) -> CResult<Reg> {
        let has_star = c.args.iter().any(|a| matches!(a, Expr::Starred(_))) || c.keywords.iter().any(|k| k.arg.is_none());
        // Zero-argument super(): pass __class__ and the first argument explicitly.
        if let Expr::Name(n) = &*c.func
            && n.id.as_str() == "super"
            && c.args.is_empty()
            && c.keywords.is_empty()
            && self.sc().lookup("super") == NameKind::Global
        {
            let base = self.alloc_n(3);
            self.load_name("super", Some(base), &n.range)?;
            let first = self.sc().params.first().cloned();
            match (self.regs.get("__class__").copied(), first) {
                (Some(cell), Some(first)) if self.sc().kind == ScopeKind::Function => {
                    let nm = self.name("__class__");
                    self.emit(Instr::LoadCell { dst: base.offset(1), cell, name: nm });
                    let fr = self.regs[&first];
                    if self.sc().lookup(&first) == NameKind::Cell {
                        let nm = self.name(&first);
                        self.emit(Instr::LoadCell { dst: base.offset(2), cell: fr, name: nm });
                    } else {
                        self.emit(Instr::Move { dst: base.offset(2), src: fr });
                    }
                    self.set_line(&c.range);
                    self.emit(Instr::Call { dst: base, func: base, argc: 2 });
                }
                _ => {
                    self.set_line(&c.range);
                    self.emit(Instr::Call { dst: base, func: base, argc: 0 });
                }
            }
            return self.finish_call(base, dst);
        }
        if has_star {
            let f = self.alloc();
            self.expr(&c.func, Some(f))?;
            self.call_ex(f, &[], &c.args, &c.keywords, &c.range)?;
            return self.finish_call(f, dst);
        }
        let nargs = c.args.len() + c.keywords.len();
        // Method call: obj.name(args) without keywords.
        if let Expr::Attribute(a) = &*c.func
            && c.keywords.is_empty()
        {
            let base = self.alloc_n(1 + nargs);
            self.expr(&a.value, Some(base))?;
            for (i, arg) in c.args.iter().enumerate() {
                self.expr(arg, Some(base.offset(1 + i)))?;
            }
            let name = self.key_name(a.attr.as_str());
            self.set_line(&c.range);
            self.emit_anchored(
                Instr::CallMethod { dst: base, base, name, argc: nargs as u16 },
                Span::METHOD,
                (a.range.start(), a.range.end()),
            );
            return self.finish_call(base, dst);
        }
        let base = self.alloc_n(1 + nargs);
        self.expr(&c.func, Some(base))?;
        for (i, arg) in c.args.iter().enumerate() {
            self.expr(arg, Some(base.offset(1 + i)))?;
        }
        for (i, k) in c.keywords.iter().enumerate() {
            self.expr(&k.value, Some(base.offset(1 + c.args.len() + i)))?;
        }
        self.set_line(&c.range);
        if c.keywords.is_empty() {
            self.emit(Instr::Call { dst: base, func: base, argc: nargs as u16 });
        } else {
            let mut seen = std::collections::HashSet::new();
            for k in &c.keywords {
                let n = k.arg.as_ref().unwrap().as_str();
                if !seen.insert(n) {
                    return Err(self.err(format!("keyword argument repeated: {n}"), &k.range));
                }
            }
            let names = Constant::Tuple(c.keywords.iter().map(|k| Constant::Str(k.arg.as_ref().unwrap().as_str().into())).collect());
            let kwnames = self.add_const(names);
            self.emit(Instr::CallKw { dst: base, func: base, argc: nargs as u16, kwnames });
        }
        self.finish_call(base, dst)
    }

    /// A call with `*` or `**` unpackings (CPython's CALL_FUNCTION_EX) of the
    /// function in `f`, with the values in `leading` before the positional
    /// arguments; the result replaces `f`.
    fn call_ex(&mut self, f: Reg, leading: &[Reg], pos: &[Expr], keywords: &[ast::Keyword], range: &TextRange) -> CResult<()> {
        let args = self.alloc();
        if let ([], [Expr::Starred(s)]) = (leading, pos) {
            // `f(*it)`: the iterable itself, turned into the arguments at
            // the call (after the keywords), as CPython's CALL_FUNCTION_EX.
            self.expr(&s.value, Some(args))?;
        } else {
            self.star_args(leading, pos, args)?;
        }
        let kwargs = if keywords.is_empty() {
            Reg::NONE
        } else {
            let kw = self.alloc();
            self.emit(Instr::BuildDict { dst: kw, start: kw, count: 0 });
            for k in keywords {
                let mark = self.temp_top;
                match &k.arg {
                    Some(name) => {
                        let one = self.alloc_n(2);
                        self.load_const(one, Constant::Str(name.as_str().into()));
                        self.expr(&k.value, Some(one.offset(1)))?;
                        let t = self.alloc();
                        self.emit(Instr::BuildDict { dst: t, start: one, count: 1 });
                        self.emit(Instr::DictMerge { dict: kw, src: t, func: f });
                    }
                    None => {
                        let v = self.expr(&k.value, None)?;
                        self.emit(Instr::DictMerge { dict: kw, src: v, func: f });
                    }
                }
                self.temp_top = mark;
            }
            kw
        };
        self.set_line(range);
        self.emit(Instr::CallEx { dst: f, func: f, args, kwargs });
        Ok(())
    }

    /// The positional arguments of a call with `*` unpackings, after the
    /// values in `leading`, as a tuple in `args`.
    fn star_args(&mut self, leading: &[Reg], items: &[Expr], args: Reg) -> CResult<()> {
        self.emit(Instr::BuildList { dst: args, start: args, count: 0 });
        for &r in leading {
            self.emit(Instr::ListAppend { list: args, src: r });
        }
        for a in items {
            let mark = self.temp_top;
            match a {
                Expr::Starred(s) => {
                    let v = self.expr(&s.value, None)?;
                    self.emit(Instr::ListExtend { list: args, src: v });
                }
                _ => {
                    let v = self.expr(a, None)?;
                    self.emit(Instr::ListAppend { list: args, src: v });
                }
            }
            self.temp_top = mark;
        }
        self.emit(Instr::ListToTuple { dst: args, src: args });
        Ok(())
    }

    fn finish_call(&mut self, result: Reg, dst: Option<Reg>) -> CResult<Reg> {
        match dst {
            Some(d) if d != result => {
                self.emit(Instr::Move { dst: d, src: result });
                Ok(d)
            }
            _ => Ok(result),
        }
    }

    fn comprehension(
        &mut self,
        name: &str,
        range: &TextRange,
        gens: &[ast::Comprehension],
        kind: CompKind,
        dst: Option<Reg>,
    ) -> CResult<Reg> {
        let scope = self.m.table.scope_of(off(range), NodeTag::Comprehension);
        let qual = self.child_qualname(name);
        let line = self.m.lines.line(off(range));
        let mut f = FnCompiler::new(self.m, scope, name.into(), qual.into(), line);
        f.mangle = self.mangle.clone();
        f.argcount = 1;
        for r in f.cellvars.clone() {
            f.emit(Instr::MakeCell { reg: r });
        }
        let acc = f.alloc();
        match kind {
            CompKind::List(_) => {
                f.emit(Instr::BuildList { dst: acc, start: acc, count: 0 });
            }
            CompKind::Set(_) => {
                f.emit(Instr::BuildSet { dst: acc, start: acc, count: 0 });
            }
            CompKind::Dict(..) => {
                f.emit(Instr::BuildDict { dst: acc, start: acc, count: 0 });
            }
            CompKind::Gen(_) => {}
        }
        f.comp_loop(gens, 0, &kind, acc)?;
        if matches!(kind, CompKind::Gen(_)) {
            f.load_const(acc, Constant::None);
        }
        f.emit(Instr::Return { src: acc });
        let freevars = f.freevars.clone();
        let code = f.finish();
        let func = self.alloc();
        self.make_function(func, code, None, None, &freevars)?;
        let base = self.alloc_n(2);
        self.emit(Instr::Move { dst: base, src: func });
        let it = self.expr(&gens[0].iter, None)?;
        self.emit(Instr::GetIter { dst: base.offset(1), src: it });
        self.set_line(range);
        self.emit(Instr::Call { dst: base, func: base, argc: 1 });
        self.finish_call(base, dst)
    }

    fn comp_loop(&mut self, gens: &[ast::Comprehension], i: usize, kind: &CompKind, acc: Reg) -> CResult<()> {
        let g = &gens[i];
        if g.is_async {
            return Err(self.unsupported("async comprehensions", &g.iter.range()));
        }
        let it = if i == 0 {
            Reg(0)
        } else {
            let it = self.alloc();
            let src = self.expr(&g.iter, None)?;
            self.emit(Instr::GetIter { dst: it, src });
            it
        };
        let top = self.new_label();
        let end = self.new_label();
        self.bind_label(top);
        self.emit(Instr::LoopHeader {});
        let item = self.simple_local_target(&g.target).unwrap_or_else(|| self.alloc());
        self.emit(Instr::ForIter { dst: item, iter: it, target: Target(end as u32) });
        self.store(&g.target, item)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, top)?;
        }
        if i + 1 < gens.len() {
            self.comp_loop(gens, i + 1, kind, acc)?;
        } else {
            let mark = self.temp_top;
            match kind {
                CompKind::List(e) => {
                    let v = self.expr(e, None)?;
                    self.emit(Instr::ListAppend { list: acc, src: v });
                }
                CompKind::Set(e) => {
                    let v = self.expr(e, None)?;
                    self.emit(Instr::SetAdd { set: acc, src: v });
                }
                CompKind::Dict(k, v) => {
                    let kr = self.expr(k, None)?;
                    let kr = self.temp_copy(kr);
                    let vr = self.expr(v, None)?;
                    self.emit(Instr::SetItem { obj: acc, key: kr, src: vr });
                }
                CompKind::Gen(e) => {
                    let v = self.expr(e, None)?;
                    let v = self.temp_copy(v);
                    let d = self.alloc();
                    self.emit(Instr::Yield { dst: d, src: v });
                }
            }
            self.temp_top = mark;
        }
        self.emit(Instr::Jump { target: Target(top as u32) });
        self.bind_label(end);
        Ok(())
    }
}

enum FnBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

#[derive(Clone, Copy)]
enum Coll {
    List,
    Tuple,
    Set,
}

enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

fn int_const(i: &num_bigint::BigInt) -> Constant {
    match i.to_i64() {
        Some(v) => Constant::Int(v),
        None => Constant::BigInt(i.clone()),
    }
}

fn expr_desc(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::Constant(_) => "literal",
        Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Compare(_) => "comparison",
        Expr::Lambda(_) => "lambda",
        Expr::BoolOp(_) => "expression",
        Expr::IfExp(_) => "conditional expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::GeneratorExp(_) => "generator expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::JoinedStr(_) => "f-string expression",
        _ => "expression",
    }
}

trait Tap: Sized {
    fn tap(self, f: impl FnOnce(&Self)) -> Self {
        f(&self);
        self
    }
}
impl<T> Tap for T {}

/// The docstring of a class or function body: its first statement, when a string literal.
fn docstring(body: &[Stmt]) -> Option<Rc<str>> {
    if let Some(Stmt::Expr(e)) = body.first()
        && let Expr::Constant(k) = &*e.value
        && let ast::Constant::Str(s) = &k.value
    {
        return Some(s.as_str().into());
    }
    None
}

/// The compile-time value of a literal.
fn constant(c: &ast::Constant) -> Constant {
    match c {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(b) => Constant::Bool(*b),
        ast::Constant::Str(s) => Constant::Str(s.as_str().into()),
        ast::Constant::Int(i) => int_const(i),
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Tuple(items) => Constant::Tuple(items.iter().map(constant).collect()),
        ast::Constant::Ellipsis => Constant::Ellipsis,
        ast::Constant::Bytes(b) => Constant::Bytes(b.as_slice().into()),
        ast::Constant::Complex { real, imag } => Constant::Complex(*real, *imag),
    }
}

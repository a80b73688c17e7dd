//! Scope analysis: which names of each function are locals, cells, free
//! variables or globals, decided before code generation (CPython's symtable).

use rustpython_parser::ast::{self, Expr, Stmt};
use std::collections::HashMap;

/// What kind of block a scope is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
}

/// How a name is reached inside one scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    /// A plain local register.
    Local,
    /// A local captured by an inner function: lives in a cell in its register.
    Cell,
    /// A variable of an enclosing function, reached through a closure cell.
    Free,
    /// Module global (implicitly or by `global`).
    Global,
    /// Looked up in the frame namespace, then globals and builtins (class bodies).
    Name,
}

const ASSIGNED: u8 = 1;
const PARAM: u8 = 2;
const USED: u8 = 4;
const GLOBAL: u8 = 8;
const NONLOCAL: u8 = 16;
/// Target of an annotated assignment (`x: int`).
const ANNOTATED: u8 = 32;

/// The analysis result for one scope.
#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// Names in first-seen order with their flags.
    order: Vec<String>,
    flags: HashMap<String, u8>,
    /// Final classification, filled by `resolve`.
    pub kinds: HashMap<String, NameKind>,
    pub children: Vec<usize>,
    pub is_generator: bool,
    /// The function contains `yield` (an `async def` that does is an async generator).
    pub yields: bool,
    /// An `async def` function (calling it makes a coroutine).
    pub is_coroutine: bool,
    /// A comprehension or generator expression (walrus targets bind outside it).
    pub comprehension: bool,
    /// Parameter names in binding order (positional, kw-only, *args, **kwargs).
    pub params: Vec<String>,
    /// Error found while building (a SyntaxError message and byte offset).
    pub error: Option<(String, u32)>,
    /// Class scopes only: cells of enclosing functions that the class body
    /// does not use itself but hands to the functions defined in it (a name
    /// the class binds is still looked up in the class namespace).
    pub passthrough: Vec<String>,
}

impl Scope {
    fn new(kind: ScopeKind) -> Scope {
        Scope {
            kind,
            order: vec![],
            flags: HashMap::new(),
            kinds: HashMap::new(),
            children: vec![],
            is_generator: false,
            yields: false,
            is_coroutine: false,
            comprehension: false,
            params: vec![],
            error: None,
            passthrough: vec![],
        }
    }

    fn add(&mut self, name: &str, flag: u8) {
        match self.flags.get_mut(name) {
            Some(f) => *f |= flag,
            None => {
                self.flags.insert(name.to_string(), flag);
                self.order.push(name.to_string());
            }
        }
    }

    fn has(&self, name: &str, flag: u8) -> bool {
        self.flags.get(name).is_some_and(|f| f & flag != 0)
    }

    /// Whether the scope has a `global` declaration of the name.
    pub fn declares_global(&self, name: &str) -> bool {
        self.has(name, GLOBAL)
    }

    /// Binds the name locally (assigned or a parameter, not global/nonlocal).
    fn binds(&self, name: &str) -> bool {
        self.has(name, ASSIGNED | PARAM) && !self.has(name, GLOBAL | NONLOCAL)
    }

    /// Names that get a register in a function scope, in a stable order:
    /// parameters first, then the others as first seen.
    pub fn register_names(&self) -> Vec<String> {
        let mut out = self.params.clone();
        for n in &self.order {
            if !out.contains(n) && matches!(self.kinds.get(n), Some(NameKind::Local | NameKind::Cell | NameKind::Free)) {
                out.push(n.clone());
            }
        }
        out
    }

    /// How a name is reached in this scope.
    pub fn lookup(&self, name: &str) -> NameKind {
        if let Some(k) = self.kinds.get(name) {
            return *k;
        }
        match self.kind {
            ScopeKind::Function => NameKind::Global,
            ScopeKind::Class => NameKind::Name,
            ScopeKind::Module => NameKind::Global,
        }
    }
}

/// All scopes of a module, the module's own at index 0, keyed by the byte
/// offset and kind of the node that opens them.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<(u32, u8), usize>,
}

/// Distinguishes scope-opening nodes that may start at the same offset.
#[derive(Clone, Copy)]
pub enum NodeTag {
    Function = 0,
    Class = 1,
    Lambda = 2,
    Comprehension = 3,
}

impl SymbolTable {
    /// The scope opened by the node at `offset`.
    pub fn scope_of(&self, offset: u32, tag: NodeTag) -> usize {
        self.by_node[&(offset, tag as u8)]
    }

    /// The first scope error, if any.
    pub fn first_error(&self) -> Option<(String, u32)> {
        self.scopes.iter().find_map(|s| s.error.clone())
    }
}

/// Analyzes a module body.
pub fn build(body: &[Stmt]) -> SymbolTable {
    let mut b = Builder { scopes: vec![Scope::new(ScopeKind::Module)], by_node: HashMap::new(), stack: vec![0] };
    for s in body {
        b.stmt(s);
    }
    let mut table = SymbolTable { scopes: b.scopes, by_node: b.by_node };
    resolve(&mut table, 0, &[]);
    table
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<(u32, u8), usize>,
    stack: Vec<usize>,
}

fn off(r: &rustpython_parser::text_size::TextRange) -> u32 {
    r.start().to_u32()
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().unwrap();
        &mut self.scopes[i]
    }

    fn push(&mut self, kind: ScopeKind, offset: u32, tag: NodeTag) -> usize {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind));
        let parent = *self.stack.last().unwrap();
        self.scopes[parent].children.push(id);
        self.by_node.insert((offset, tag as u8), id);
        self.stack.push(id);
        id
    }

    fn pop(&mut self) {
        self.stack.pop();
    }

    /// CPython's SyntaxError for binding (or deleting) `__debug__`, whose
    /// value is a constant.
    fn check_debug(&mut self, name: &str, offset: u32, deleting: bool) {
        if name == "__debug__" {
            let verb = if deleting { "delete" } else { "assign to" };
            self.error(format!("cannot {verb} __debug__"), offset);
        }
    }

    /// Records that the scope binds `name` (after [`Self::check_debug`]).
    fn assign(&mut self, name: &str, offset: u32) {
        self.check_debug(name, offset, false);
        self.cur().add(name, ASSIGNED);
    }

    fn error(&mut self, msg: String, offset: u32) {
        let s = self.cur();
        if s.error.is_none() {
            s.error = Some((msg, offset));
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    /// A try statement with `except` or `except*` handlers.
    fn try_stmt(&mut self, body: &[Stmt], handlers: &[ast::ExceptHandler], orelse: &[Stmt], finalbody: &[Stmt]) {
        self.stmts(body);
        for (i, h) in handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            if h.type_.is_none() && i + 1 < handlers.len() {
                self.error("default 'except:' must be last".into(), off(&h.range));
            }
            if let Some(ty) = &h.type_ {
                self.expr(ty);
            }
            if let Some(n) = &h.name {
                self.cur().add(n.as_str(), ASSIGNED);
            }
            self.stmts(&h.body);
        }
        self.stmts(orelse);
        self.stmts(finalbody);
    }

    fn args_defaults(&mut self, args: &ast::Arguments) {
        for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            if let Some(d) = &a.default {
                self.expr(d);
            }
            if let Some(ann) = &a.def.annotation {
                self.expr(ann);
            }
        }
    }

    fn params(&mut self, args: &ast::Arguments, offset: u32) {
        let mut names = vec![];
        for a in args.posonlyargs.iter().chain(&args.args) {
            names.push(a.def.arg.to_string());
        }
        for a in &args.kwonlyargs {
            names.push(a.def.arg.to_string());
        }
        if let Some(v) = &args.vararg {
            names.push(v.arg.to_string());
        }
        if let Some(k) = &args.kwarg {
            names.push(k.arg.to_string());
        }
        for n in &names {
            self.check_debug(n, offset, false);
            if self.cur().has(n, PARAM) {
                self.error(format!("duplicate argument '{n}' in function definition"), 0);
            }
            self.cur().add(n, PARAM);
        }
        self.cur().params = names;
    }

    fn function(&mut self, offset: u32, tag: NodeTag, args: &ast::Arguments, body: &[Stmt], is_async: bool) {
        self.args_defaults(args);
        self.push(ScopeKind::Function, offset, tag);
        self.cur().is_generator = is_async;
        self.cur().is_coroutine = is_async;
        self.params(args, offset);
        self.stmts(body);
        self.pop();
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(ast::StmtFunctionDef { decorator_list, returns, name, range, args, body, .. })
            | Stmt::AsyncFunctionDef(ast::StmtAsyncFunctionDef { decorator_list, returns, name, range, args, body, .. }) => {
                for d in decorator_list {
                    self.expr(d);
                }
                if let Some(r) = returns {
                    self.expr(r);
                }
                self.assign(name.as_str(), off(range));
                self.function(off(range), NodeTag::Function, args, body, matches!(s, Stmt::AsyncFunctionDef(_)));
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(d);
                }
                for b in &c.bases {
                    self.expr(b);
                }
                for k in &c.keywords {
                    self.expr(&k.value);
                }
                self.assign(c.name.as_str(), off(&c.range));
                self.push(ScopeKind::Class, off(&c.range), NodeTag::Class);
                self.stmts(&c.body);
                self.pop();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v);
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t);
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value);
                for t in &a.targets {
                    self.target(t);
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value);
                if let Expr::Name(n) = &*a.target {
                    self.cur().add(n.id.as_str(), USED);
                }
                self.target(&a.target);
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    self.check_debug(n.id.as_str(), off(&n.range), false);
                    self.cur().add(n.id.as_str(), ANNOTATED);
                }
                if let Some(v) = &a.value {
                    self.expr(v);
                    self.target(&a.target);
                } else if let Expr::Name(n) = &*a.target {
                    // A bare annotation makes the name local to a function (it stays unbound).
                    self.cur().add(n.id.as_str(), ASSIGNED);
                } else {
                    self.expr(&a.target);
                }
            }
            Stmt::For(ast::StmtFor { iter, target, body, orelse, .. })
            | Stmt::AsyncFor(ast::StmtAsyncFor { iter, target, body, orelse, .. }) => {
                self.expr(iter);
                self.target(target);
                self.stmts(body);
                self.stmts(orelse);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.stmts(&w.body);
                self.stmts(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.stmts(&i.body);
                self.stmts(&i.orelse);
            }
            Stmt::With(ast::StmtWith { items, body, .. }) | Stmt::AsyncWith(ast::StmtAsyncWith { items, body, .. }) => {
                for item in items {
                    self.expr(&item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.target(v);
                    }
                }
                self.stmts(body);
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e);
                }
                if let Some(c) = &r.cause {
                    self.expr(c);
                }
            }
            Stmt::Try(t) => self.try_stmt(&t.body, &t.handlers, &t.orelse, &t.finalbody),
            Stmt::TryStar(t) => self.try_stmt(&t.body, &t.handlers, &t.orelse, &t.finalbody),
            Stmt::Match(m) => {
                self.expr(&m.subject);
                for case in &m.cases {
                    self.pattern(&case.pattern);
                    if let Some(g) = &case.guard {
                        self.expr(g);
                    }
                    self.stmts(&case.body);
                }
            }
            Stmt::TypeAlias(_) => {}
            Stmt::Assert(a) => {
                self.expr(&a.test);
                if let Some(m) = &a.msg {
                    self.expr(m);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.to_string(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.assign(&bound, off(&i.range));
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    if bound != "*" {
                        self.assign(&bound, off(&i.range));
                    }
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    self.declare(n.as_str(), GLOBAL, off(&g.range));
                }
            }
            Stmt::Nonlocal(g) => {
                for n in &g.names {
                    if self.cur().kind == ScopeKind::Module {
                        self.error("nonlocal declaration not allowed at module level".into(), off(&g.range));
                    }
                    self.declare(n.as_str(), NONLOCAL, off(&g.range));
                }
            }
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
        }
    }

    /// A `global` (flag GLOBAL) or `nonlocal` (NONLOCAL) declaration of
    /// `name`, with CPython's errors for a name already used, bound or
    /// declared the other way in the scope.
    fn declare(&mut self, name: &str, flag: u8, offset: u32) {
        let what = if flag == GLOBAL { "global" } else { "nonlocal" };
        let other = if flag == GLOBAL { NONLOCAL } else { GLOBAL };
        let scope = self.cur();
        let msg = if scope.has(name, PARAM) {
            Some(format!("name '{name}' is parameter and {what}"))
        } else if scope.has(name, USED) {
            Some(format!("name '{name}' is used prior to {what} declaration"))
        } else if scope.has(name, ANNOTATED) {
            Some(format!("annotated name '{name}' can't be {what}"))
        } else if scope.has(name, ASSIGNED) {
            Some(format!("name '{name}' is assigned to before {what} declaration"))
        } else if scope.has(name, other) {
            Some(format!("name '{name}' is nonlocal and global"))
        } else {
            None
        };
        if let Some(msg) = msg {
            self.error(msg, offset);
        }
        self.cur().add(name, flag);
    }

    fn target(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) => {
                self.check_debug(n.id.as_str(), off(&n.range), matches!(n.ctx, ast::ExprContext::Del));
                self.cur().add(n.id.as_str(), ASSIGNED)
            }
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.target(e)),
            Expr::List(t) => t.elts.iter().for_each(|e| self.target(e)),
            Expr::Starred(s) => self.target(&s.value),
            other => self.expr(other),
        }
    }

    /// The names a match pattern binds and the values it loads.
    fn pattern(&mut self, p: &ast::Pattern) {
        match p {
            ast::Pattern::MatchValue(v) => self.expr(&v.value),
            ast::Pattern::MatchSingleton(_) => {}
            ast::Pattern::MatchSequence(s) => s.patterns.iter().for_each(|p| self.pattern(p)),
            ast::Pattern::MatchMapping(m) => {
                m.keys.iter().for_each(|k| self.expr(k));
                m.patterns.iter().for_each(|p| self.pattern(p));
                if let Some(r) = &m.rest {
                    self.cur().add(r.as_str(), ASSIGNED);
                }
            }
            ast::Pattern::MatchClass(c) => {
                self.expr(&c.cls);
                c.patterns.iter().chain(&c.kwd_patterns).for_each(|p| self.pattern(p));
            }
            ast::Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.cur().add(n.as_str(), ASSIGNED);
                }
            }
            ast::Pattern::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p);
                }
                if let Some(n) = &a.name {
                    self.cur().add(n.as_str(), ASSIGNED);
                }
            }
            ast::Pattern::MatchOr(o) => o.patterns.iter().for_each(|p| self.pattern(p)),
        }
    }

    fn comprehension(&mut self, offset: u32, generators: &[ast::Comprehension], elts: &[&Expr]) {
        // The first iterable is evaluated in the enclosing scope.
        self.expr(&generators[0].iter);
        self.push(ScopeKind::Function, offset, NodeTag::Comprehension);
        self.cur().comprehension = true;
        self.cur().add(".0", PARAM);
        self.cur().params = vec![".0".into()];
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.target(&g.target);
            for c in &g.ifs {
                self.expr(c);
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.pop();
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::BoolOp(b) => b.values.iter().for_each(|v| self.expr(v)),
            Expr::NamedExpr(n) => {
                self.expr(&n.value);
                if let Expr::Name(name) = &*n.target {
                    self.check_debug(name.id.as_str(), off(&name.range), false);
                }
                match &*n.target {
                    Expr::Name(name) if self.cur().comprehension => {
                        let id = name.id.as_str();
                        let mut idx = self.stack.len() - 1;
                        while idx > 0 && self.scopes[self.stack[idx]].comprehension {
                            idx -= 1;
                        }
                        let target = self.stack[idx];
                        if self.stack[idx + 1..].iter().any(|&sid| self.scopes[sid].has(id, ASSIGNED)) {
                            let msg = format!("assignment expression cannot rebind comprehension iteration variable '{id}'");
                            self.error(msg, off(&n.range));
                        }
                        if self.scopes[target].kind == ScopeKind::Class {
                            let msg = "assignment expression within a comprehension cannot be used in a class body";
                            self.error(msg.into(), off(&n.range));
                        }
                        self.scopes[target].add(id, ASSIGNED);
                        let t = &self.scopes[target];
                        let flag = if t.kind == ScopeKind::Module || t.has(id, GLOBAL) { GLOBAL } else { NONLOCAL };
                        for &sid in &self.stack[idx + 1..] {
                            self.scopes[sid].add(id, flag);
                        }
                    }
                    t => self.target(t),
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => {
                self.args_defaults(&l.args);
                self.push(ScopeKind::Function, off(&l.range), NodeTag::Lambda);
                self.params(&l.args, off(&l.range));
                self.expr(&l.body);
                self.pop();
            }
            Expr::IfExp(i) => {
                self.expr(&i.test);
                self.expr(&i.body);
                self.expr(&i.orelse);
            }
            Expr::Dict(d) => {
                for k in d.keys.iter().flatten() {
                    self.expr(k);
                }
                d.values.iter().for_each(|v| self.expr(v));
            }
            Expr::Set(s) => s.elts.iter().for_each(|v| self.expr(v)),
            Expr::ListComp(c) => self.comprehension(off(&c.range), &c.generators, &[&c.elt]),
            Expr::SetComp(c) => self.comprehension(off(&c.range), &c.generators, &[&c.elt]),
            Expr::DictComp(c) => self.comprehension(off(&c.range), &c.generators, &[&c.key, &c.value]),
            Expr::GeneratorExp(c) => {
                self.comprehension(off(&c.range), &c.generators, &[&c.elt]);
                let id = self.scopes.len() - 1;
                let id = self.by_node.get(&(off(&c.range), NodeTag::Comprehension as u8)).copied().unwrap_or(id);
                self.scopes[id].is_generator = true;
            }
            Expr::Await(a) => self.expr(&a.value),
            Expr::Yield(y) => {
                self.cur().is_generator = true;
                self.cur().yields = true;
                if let Some(v) = &y.value {
                    self.expr(v);
                }
            }
            Expr::YieldFrom(y) => {
                self.cur().is_generator = true;
                self.expr(&y.value);
            }
            Expr::Compare(c) => {
                self.expr(&c.left);
                c.comparators.iter().for_each(|v| self.expr(v));
            }
            Expr::Call(c) => {
                self.expr(&c.func);
                c.args.iter().for_each(|v| self.expr(v));
                c.keywords.iter().for_each(|k| self.expr(&k.value));
                for k in &c.keywords {
                    if let Some(arg) = &k.arg {
                        self.check_debug(arg.as_str(), off(&k.range), false);
                    }
                }
                if let Expr::Name(n) = &*c.func
                    && n.id.as_str() == "super"
                    && c.args.is_empty()
                {
                    // Zero-argument super() needs the class cell and the first argument.
                    self.cur().add("__class__", USED);
                }
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value);
                if let Some(s) = &f.format_spec {
                    self.expr(s);
                }
            }
            Expr::JoinedStr(j) => j.values.iter().for_each(|v| self.expr(v)),
            Expr::Constant(_) => {}
            Expr::Attribute(a) => {
                if matches!(a.ctx, ast::ExprContext::Store) {
                    self.check_debug(a.attr.as_str(), off(&a.range), false);
                }
                self.expr(&a.value)
            }
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            Expr::Starred(s) => self.expr(&s.value),
            Expr::Name(n) => {
                if matches!(n.ctx, ast::ExprContext::Load) {
                    self.cur().add(n.id.as_str(), USED);
                } else {
                    self.check_debug(n.id.as_str(), off(&n.range), matches!(n.ctx, ast::ExprContext::Del));
                    self.cur().add(n.id.as_str(), ASSIGNED);
                }
            }
            Expr::List(l) => l.elts.iter().for_each(|v| self.expr(v)),
            Expr::Tuple(t) => t.elts.iter().for_each(|v| self.expr(v)),
            Expr::Slice(s) => {
                for p in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(p);
                }
            }
        }
    }
}

/// Classifies every name of scope `id`; `env` lists the enclosing scopes
/// (innermost last).
fn resolve(t: &mut SymbolTable, id: usize, env: &[usize]) {
    let kind = t.scopes[id].kind;
    let names: Vec<String> = t.scopes[id].order.clone();
    for name in names {
        let s = &t.scopes[id];
        let nk = if s.has(&name, GLOBAL) || kind == ScopeKind::Module {
            NameKind::Global
        } else if s.has(&name, NONLOCAL) || (!s.binds(&name) && (kind == ScopeKind::Function || kind == ScopeKind::Class)) {
            match find_enclosing(t, env, &name) {
                Some(k) => {
                    mark_free_path(t, env, k, &name);
                    NameKind::Free
                }
                None if s.has(&name, NONLOCAL) => {
                    let msg = format!("no binding for nonlocal '{name}' found");
                    let sc = &mut t.scopes[id];
                    if sc.error.is_none() {
                        sc.error = Some((msg, 0));
                    }
                    NameKind::Global
                }
                None => {
                    if kind == ScopeKind::Class {
                        NameKind::Name
                    } else {
                        NameKind::Global
                    }
                }
            }
        } else if kind == ScopeKind::Class {
            NameKind::Name
        } else {
            NameKind::Local
        };
        let entry = t.scopes[id].kinds.entry(name).or_insert(nk);
        if *entry == NameKind::Local && nk != NameKind::Local {
            *entry = nk;
        }
    }
    let children = t.scopes[id].children.clone();
    let mut env2 = env.to_vec();
    env2.push(id);
    for c in children {
        resolve(t, c, &env2);
    }
}

/// The index in `env` of the innermost enclosing function scope binding
/// `name` (class scopes are skipped, except for the implicit `__class__`).
fn find_enclosing(t: &SymbolTable, env: &[usize], name: &str) -> Option<usize> {
    for (i, &sid) in env.iter().enumerate().rev() {
        let s = &t.scopes[sid];
        if s.kind == ScopeKind::Class {
            if name == "__class__" {
                return Some(i);
            }
            continue;
        }
        if s.kind == ScopeKind::Module {
            return None;
        }
        if s.binds(name) || s.has(name, NONLOCAL) {
            return Some(i);
        }
    }
    None
}

/// Makes the binding scope hold a cell and every scope between it and the
/// user pass the cell through as a free variable.
fn mark_free_path(t: &mut SymbolTable, env: &[usize], found: usize, name: &str) {
    let sid = env[found];
    let binder = &mut t.scopes[sid];
    let k = if binder.has(name, NONLOCAL) { NameKind::Free } else { NameKind::Cell };
    if binder.kind == ScopeKind::Class {
        binder.add(name, ASSIGNED);
    }
    binder.kinds.insert(name.to_string(), k);
    for &mid in &env[found + 1..] {
        let m = &mut t.scopes[mid];
        if m.kind == ScopeKind::Function {
            m.add(name, USED);
            m.kinds.insert(name.to_string(), NameKind::Free);
        } else if m.kind == ScopeKind::Class && m.kinds.get(name) != Some(&NameKind::Free) && !m.passthrough.iter().any(|n| n == name) {
            m.passthrough.push(name.to_string());
        }
    }
}

//! Whether evaluating an expression can rebind a local variable of the
//! function being compiled. Only an assignment expression (`:=`) can, also
//! inside a comprehension, where it binds in the enclosing scope (callees
//! cannot: captured variables live in cells, not registers). An operand
//! that is read straight from a local's register must be copied when a
//! later operand of the same expression might rebind the local, as CPython
//! holds the value it read on its stack: `a + (a := 5)` adds the old `a`.

use rustpython_parser::ast::{Comprehension, Expr};

/// Whether evaluating `e` might rebind a local variable (conservative).
pub fn may_rebind_locals(e: &Expr) -> bool {
    let any = |es: &[Expr]| es.iter().any(may_rebind_locals);
    let opt = |e: &Option<Box<Expr>>| e.as_deref().is_some_and(may_rebind_locals);
    let gens = |gs: &[Comprehension]| gs.iter().any(|g| may_rebind_locals(&g.iter) || any(&g.ifs));
    match e {
        Expr::NamedExpr(_) => true,
        // A lambda's body runs later, in its own scope; its defaults are evaluated here.
        Expr::Lambda(l) => {
            let a = &l.args;
            a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs).any(|p| opt(&p.default))
        }
        Expr::BoolOp(b) => any(&b.values),
        Expr::BinOp(b) => may_rebind_locals(&b.left) || may_rebind_locals(&b.right),
        Expr::UnaryOp(u) => may_rebind_locals(&u.operand),
        Expr::IfExp(i) => may_rebind_locals(&i.test) || may_rebind_locals(&i.body) || may_rebind_locals(&i.orelse),
        Expr::Dict(d) => d.keys.iter().flatten().any(may_rebind_locals) || any(&d.values),
        Expr::Set(s) => any(&s.elts),
        Expr::List(l) => any(&l.elts),
        Expr::Tuple(t) => any(&t.elts),
        Expr::ListComp(c) => may_rebind_locals(&c.elt) || gens(&c.generators),
        Expr::SetComp(c) => may_rebind_locals(&c.elt) || gens(&c.generators),
        Expr::GeneratorExp(c) => may_rebind_locals(&c.elt) || gens(&c.generators),
        Expr::DictComp(c) => may_rebind_locals(&c.key) || may_rebind_locals(&c.value) || gens(&c.generators),
        Expr::Await(a) => may_rebind_locals(&a.value),
        Expr::Yield(y) => opt(&y.value),
        Expr::YieldFrom(y) => may_rebind_locals(&y.value),
        Expr::Compare(c) => may_rebind_locals(&c.left) || any(&c.comparators),
        Expr::Call(c) => may_rebind_locals(&c.func) || any(&c.args) || c.keywords.iter().any(|k| may_rebind_locals(&k.value)),
        Expr::FormattedValue(f) => may_rebind_locals(&f.value) || opt(&f.format_spec),
        Expr::JoinedStr(j) => any(&j.values),
        Expr::Attribute(a) => may_rebind_locals(&a.value),
        Expr::Subscript(s) => may_rebind_locals(&s.value) || may_rebind_locals(&s.slice),
        Expr::Starred(s) => may_rebind_locals(&s.value),
        Expr::Slice(s) => opt(&s.lower) || opt(&s.upper) || opt(&s.step),
        Expr::Constant(_) | Expr::Name(_) => false,
    }
}

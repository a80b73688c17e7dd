//! Code generation for the `match` statement (PEP 634), shaped like
//! CPython 3.11's: each case's pattern compiles to tests that jump to the
//! case's failure label; captured values stay in temporaries and are bound
//! to their names only once the whole pattern has matched, before the guard
//! runs.

use super::literal_keys::{KeyValue, key_value};
use super::{CResult, FnCompiler, cmp_instr, constant, ends_flow};
use rustpython_parser::ast::{self, CmpOp, Expr, Pattern, Ranged};
use rustpython_parser::text_size::TextRange;
use tierpy_bytecode::{Constant, Instr, Reg, Target};

/// The state of one case's pattern being compiled.
struct PatternCtx {
    /// The label a failed test jumps to.
    fail: usize,
    /// Whether an irrefutable pattern may appear here (the last alternative
    /// of the last or a guarded case, or any sub-pattern).
    allow_irrefutable: bool,
    /// The names captured so far, in order, with the registers holding their values.
    captures: Vec<(String, Reg)>,
}

/// Narrows `after` to the locals also bound in `bound` (a path joining it).
fn meet(after: &mut Option<Vec<bool>>, bound: &[bool]) {
    match after {
        Some(a) => a.iter_mut().zip(bound).for_each(|(x, y)| *x = *x && *y),
        None => *after = Some(bound.to_vec()),
    }
}

/// `_`.
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

/// `*_`.
fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

/// Whether the pattern matches every subject.
fn irrefutable(p: &Pattern) -> bool {
    match p {
        Pattern::MatchAs(a) => a.pattern.as_deref().is_none_or(irrefutable),
        Pattern::MatchOr(o) => o.patterns.iter().any(irrefutable),
        _ => false,
    }
}

impl FnCompiler<'_> {
    /// Compiles `match subject: case ...`.
    pub(super) fn match_stmt(&mut self, m: &ast::StmtMatch) -> CResult<()> {
        let subject = self.expr(&m.subject, None)?;
        let subject = self.temp_copy(subject);
        let end = self.new_label();
        let mark = self.temp_top;
        let before = self.bound.clone();
        // Which locals are bound on every path that reaches the end.
        let mut after: Option<Vec<bool>> = None;
        let last = m.cases.len().saturating_sub(1);
        for (i, case) in m.cases.iter().enumerate() {
            self.temp_top = mark;
            self.bound = before.clone();
            let next = self.new_label();
            let mut pc = PatternCtx { fail: next, allow_irrefutable: case.guard.is_some() || i == last, captures: vec![] };
            self.pattern(&case.pattern, subject, &mut pc)?;
            for (name, reg) in &pc.captures {
                self.store_name(name, *reg)?;
            }
            if let Some(g) = &case.guard {
                self.jump_if(g, false, next)?;
            }
            self.stmts(&case.body)?;
            if !ends_flow(&case.body) {
                if i != last {
                    self.emit(Instr::Jump { target: Target(end as u32) });
                }
                meet(&mut after, &self.bound);
            }
            self.bind_label(next);
        }
        if m.cases.last().is_none_or(|c| c.guard.is_some() || !irrefutable(&c.pattern)) {
            meet(&mut after, &before);
        }
        self.bound = after.unwrap_or(before);
        self.bind_label(end);
        Ok(())
    }

    /// Compiles the tests of pattern `p` against the value in `subject`.
    fn pattern(&mut self, p: &Pattern, subject: Reg, pc: &mut PatternCtx) -> CResult<()> {
        self.set_line(&p.range());
        match p {
            Pattern::MatchValue(v) => {
                if !matches!(*v.value, Expr::Constant(_) | Expr::Attribute(_) | Expr::UnaryOp(_) | Expr::BinOp(_)) {
                    return Err(self.err("patterns may only match literals and attribute lookups", &v.range));
                }
                let value = self.expr(&v.value, None)?;
                self.set_line(&v.range);
                let t = self.alloc();
                self.emit(Instr::Eq { dst: t, a: subject, b: value });
                self.fail_unless(t, pc);
            }
            Pattern::MatchSingleton(s) => {
                let value = self.const_reg(constant(&s.value));
                let t = self.alloc();
                self.emit(Instr::Is { dst: t, a: subject, b: value });
                self.fail_unless(t, pc);
            }
            Pattern::MatchSequence(s) => self.sequence_pattern(s, subject, pc)?,
            Pattern::MatchMapping(m) => self.mapping_pattern(m, subject, pc)?,
            Pattern::MatchClass(c) => self.class_pattern(c, subject, pc)?,
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.capture(n.as_str(), subject, pc, &s.range)?;
                }
            }
            Pattern::MatchAs(a) => {
                match &a.pattern {
                    Some(inner) => self.pattern(inner, subject, pc)?,
                    None if !pc.allow_irrefutable => {
                        let msg = match &a.name {
                            Some(n) => format!("name capture '{n}' makes remaining patterns unreachable"),
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.err(msg, &a.range));
                    }
                    None => {}
                }
                if let Some(n) = &a.name {
                    self.capture(n.as_str(), subject, pc, &a.range)?;
                }
            }
            Pattern::MatchOr(o) => self.or_pattern(o, subject, pc)?,
        }
        Ok(())
    }

    /// A pattern nested in another: irrefutable ones are fine there.
    fn subpattern(&mut self, p: &Pattern, subject: Reg, pc: &mut PatternCtx) -> CResult<()> {
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        self.pattern(p, subject, pc)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    /// Jumps to the failure label unless `cond` is true.
    fn fail_unless(&mut self, cond: Reg, pc: &PatternCtx) {
        self.emit(Instr::JumpIfFalse { cond, target: Target(pc.fail as u32) });
    }

    /// Jumps to the failure label when `value` (a MatchKeys/MatchClass result) is None.
    fn fail_if_none(&mut self, value: Reg, pc: &PatternCtx) {
        let none = self.const_reg(Constant::None);
        let t = self.alloc();
        self.emit(Instr::IsNot { dst: t, a: value, b: none });
        self.fail_unless(t, pc);
    }

    /// Records that `name` captures the value in `value`.
    fn capture(&mut self, name: &str, value: Reg, pc: &mut PatternCtx, range: &TextRange) -> CResult<()> {
        if name == "__debug__" {
            return Err(self.err("cannot assign to __debug__", range));
        }
        if pc.captures.iter().any(|(n, _)| n == name) {
            return Err(self.err(format!("multiple assignments to name '{name}' in pattern"), range));
        }
        pc.captures.push((name.to_string(), value));
        Ok(())
    }

    /// A pattern's number of sub-patterns as an instruction's count operand.
    fn sub_pattern_count(&self, n: usize, range: &TextRange) -> CResult<u16> {
        u16::try_from(n).map_err(|_| self.unsupported("patterns with more than 65535 sub-patterns", range))
    }

    /// A new register holding `len(subject)`.
    fn len_of(&mut self, subject: Reg) -> Reg {
        let f = self.alloc_n(2);
        let len = self.name("len");
        self.emit(Instr::LoadBuiltin { dst: f, name: len });
        self.emit(Instr::Move { dst: f.offset(1), src: subject });
        self.emit(Instr::Call { dst: f, func: f, argc: 1 });
        f
    }

    /// Fails unless `len(subject) op n`.
    fn check_len(&mut self, subject: Reg, op: CmpOp, n: usize, pc: &PatternCtx) {
        let len = self.len_of(subject);
        let k = self.const_reg(Constant::Int(n as i64));
        let t = self.alloc();
        self.emit(cmp_instr(&op, t, len, k));
        self.fail_unless(t, pc);
    }

    /// `[p, ...]` / `(p, ...)` with at most one `*name`.
    fn sequence_pattern(&mut self, s: &ast::PatternMatchSequence, subject: Reg, pc: &mut PatternCtx) -> CResult<()> {
        let pats = &s.patterns;
        let mut star = None;
        for (i, p) in pats.iter().enumerate() {
            if let Pattern::MatchStar(st) = p {
                if star.is_some() {
                    return Err(self.err("multiple starred names in sequence pattern", &st.range));
                }
                star = Some(i);
            }
        }
        let size = pats.len();
        let count = self.sub_pattern_count(size, &s.range)?;
        let ok = self.alloc();
        self.emit(Instr::MatchSequence { dst: ok, src: subject });
        self.fail_unless(ok, pc);
        match star {
            None => self.check_len(subject, CmpOp::Eq, size, pc),
            Some(_) if size > 1 => self.check_len(subject, CmpOp::GtE, size - 1, pc),
            Some(_) => {}
        }
        if pats.iter().all(|p| is_wildcard(p) || is_star_wildcard(p)) {
            return Ok(());
        }
        match star {
            // [a, *_, b]: index the items instead of unpacking them all.
            Some(star) if is_star_wildcard(&pats[star]) => {
                for (i, p) in pats.iter().enumerate() {
                    if i == star || is_wildcard(p) {
                        continue;
                    }
                    let index = if i < star {
                        self.const_reg(Constant::Int(i as i64))
                    } else {
                        // Subjects need not support negative indexes.
                        let len = self.len_of(subject);
                        let k = self.const_reg(Constant::Int((size - i) as i64));
                        self.emit(Instr::Sub { dst: k, a: len, b: k });
                        k
                    };
                    let item = self.alloc();
                    self.emit(Instr::GetItem { dst: item, obj: subject, key: index });
                    self.subpattern(p, item, pc)?;
                }
            }
            _ => {
                let start = self.alloc_n(size);
                match star {
                    None => {
                        self.emit(Instr::UnpackSequence { start, count, src: subject });
                    }
                    Some(i) => {
                        let (Ok(before), Ok(after)) = (u8::try_from(i), u8::try_from(size - i - 1)) else {
                            return Err(self.err("too many expressions in star-unpacking sequence pattern", &pats[i].range()));
                        };
                        self.emit(Instr::UnpackEx { start, before, after, src: subject });
                    }
                }
                for (i, p) in pats.iter().enumerate() {
                    self.subpattern(p, start.offset(i), pc)?;
                }
            }
        }
        Ok(())
    }

    /// `{key: p, ..., **rest}`.
    fn mapping_pattern(&mut self, m: &ast::PatternMatchMapping, subject: Reg, pc: &mut PatternCtx) -> CResult<()> {
        let ok = self.alloc();
        self.emit(Instr::MatchMapping { dst: ok, src: subject });
        self.fail_unless(ok, pc);
        let size = m.keys.len();
        let count = self.sub_pattern_count(size, &m.range)?;
        if size == 0 && m.rest.is_none() {
            return Ok(());
        }
        if size > 0 {
            self.check_len(subject, CmpOp::GtE, size, pc);
        }
        let mut seen: Vec<KeyValue> = vec![];
        for k in &m.keys {
            match key_value(k) {
                Some((v, repr)) => {
                    if seen.contains(&v) {
                        return Err(self.err(format!("mapping pattern checks duplicate key ({repr})"), &k.range()));
                    }
                    seen.push(v);
                }
                None if !matches!(k, Expr::Attribute(_)) => {
                    return Err(self.err("mapping pattern keys may only match literals and attribute lookups", &k.range()));
                }
                None => {}
            }
        }
        let keys = self.alloc_n(size);
        for (i, k) in m.keys.iter().enumerate() {
            self.expr(k, Some(keys.offset(i)))?;
        }
        self.set_line(&m.range);
        let key_tuple = self.alloc();
        self.emit(Instr::BuildTuple { dst: key_tuple, start: keys, count });
        let values = self.alloc();
        self.emit(Instr::MatchKeys { dst: values, subject, keys: key_tuple });
        self.fail_if_none(values, pc);
        let start = self.alloc_n(size);
        if size > 0 {
            self.emit(Instr::UnpackSequence { start, count, src: values });
        }
        for (i, p) in m.patterns.iter().enumerate() {
            self.subpattern(p, start.offset(i), pc)?;
        }
        if let Some(rest) = &m.rest {
            // rest = dict(subject) without the keys matched.
            self.set_line(&m.range);
            let d = self.alloc();
            self.emit(Instr::BuildDict { dst: d, start: d, count: 0 });
            self.emit(Instr::DictUpdate { dict: d, src: subject });
            for i in 0..size {
                self.emit(Instr::DelItem { obj: d, key: keys.offset(i) });
            }
            self.capture(rest.as_str(), d, pc, &m.range)?;
        }
        Ok(())
    }

    /// `Cls(p, ..., attr=p, ...)`.
    fn class_pattern(&mut self, c: &ast::PatternMatchClass, subject: Reg, pc: &mut PatternCtx) -> CResult<()> {
        for (i, attr) in c.kwd_attrs.iter().enumerate() {
            let range = c.kwd_patterns.get(i).map_or(c.range, |p| p.range());
            if attr.as_str() == "__debug__" {
                return Err(self.err("cannot assign to __debug__", &range));
            }
            if c.kwd_attrs[..i].contains(attr) {
                return Err(self.err(format!("attribute name repeated in class pattern: {attr}"), &range));
            }
        }
        let nargs = self.sub_pattern_count(c.patterns.len(), &c.range)?;
        let count = self.sub_pattern_count(c.patterns.len() + c.kwd_patterns.len(), &c.range)?;
        let cls = self.expr(&c.cls, None)?;
        let names = c.kwd_attrs.iter().map(|a| Constant::Str(a.as_str().into())).collect();
        let kwnames = self.add_const(Constant::Tuple(names));
        self.set_line(&c.range);
        let attrs = self.alloc();
        self.emit(Instr::MatchClass { dst: attrs, subject, cls, nargs, kwnames });
        self.fail_if_none(attrs, pc);
        if count == 0 {
            return Ok(());
        }
        let start = self.alloc_n(count as usize);
        self.emit(Instr::UnpackSequence { start, count, src: attrs });
        for (i, p) in c.patterns.iter().chain(&c.kwd_patterns).enumerate() {
            if !is_wildcard(p) {
                self.subpattern(p, start.offset(i), pc)?;
            }
        }
        Ok(())
    }

    /// `p | q | ...`: each alternative must capture the same names.
    fn or_pattern(&mut self, o: &ast::PatternMatchOr, subject: Reg, pc: &mut PatternCtx) -> CResult<()> {
        let end = self.new_label();
        let last = o.patterns.len().saturating_sub(1);
        // The first alternative's names, each with a register every alternative moves its value into.
        let mut control: Option<Vec<(String, Reg)>> = None;
        for (i, alt) in o.patterns.iter().enumerate() {
            let next = if i == last { pc.fail } else { self.new_label() };
            let mut sub = PatternCtx { fail: next, allow_irrefutable: i == last && pc.allow_irrefutable, captures: vec![] };
            self.pattern(alt, subject, &mut sub)?;
            let control = control.get_or_insert_with(|| sub.captures.iter().map(|(n, _)| (n.clone(), self.alloc())).collect());
            if sub.captures.len() != control.len() {
                return Err(self.err("alternative patterns bind different names", &alt.range()));
            }
            for (name, dst) in control.iter() {
                let Some(&(_, src)) = sub.captures.iter().find(|(n, _)| n == name) else {
                    return Err(self.err("alternative patterns bind different names", &alt.range()));
                };
                self.emit(Instr::Move { dst: *dst, src });
            }
            if i != last {
                self.emit(Instr::Jump { target: Target(end as u32) });
                self.bind_label(next);
            }
        }
        self.bind_label(end);
        for (name, reg) in control.unwrap_or_default() {
            self.capture(&name, reg, pc, &o.range)?;
        }
        Ok(())
    }
}

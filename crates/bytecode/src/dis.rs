//! The disassembler behind `tierpy --dis`: every code object's instructions
//! with their source lines.

use crate::code::{CodeObject, Constant};
use crate::instr::{Instr, Operand};
use std::fmt::Write;

/// Renders a constant the way the disassembler shows it.
pub fn constant_text(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(i) => i.to_string(),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Complex(re, im) => format!("({re:?}+{im:?}j)"),
        Constant::Str(s) => format!("{s:?}"),
        Constant::Bytes(b) => format!("b{:?}", b.escape_ascii().to_string()),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(constant_text).collect();
            format!("({})", parts.join(", "))
        }
        Constant::Code(code) => format!("<code {}>", code.qualname),
        Constant::Ellipsis => "Ellipsis".into(),
    }
}

fn operand_text(code: &CodeObject, op: Operand) -> String {
    match op {
        Operand::Reg(r) => {
            let name = code.varnames.get(r.idx()).map(|n| format!("({n})"));
            format!("{r}{}", name.unwrap_or_default())
        }
        Operand::Const(c) => constant_text(&code.consts[c.0 as usize]).to_string(),
        Operand::Name(n) => format!("'{}'", code.names[n.0 as usize]),
        Operand::Target(t) => format!("->{}", t.0),
        Operand::Imm(i) => i.to_string(),
    }
}

/// Formats one instruction with its operands.
pub fn instr_text(code: &CodeObject, ins: &Instr) -> String {
    let ops: Vec<String> = ins.operands().into_iter().map(|(field, op)| format!("{field}={}", operand_text(code, op))).collect();
    format!("{:<16} {}", ins.name(), ops.join(" "))
}

/// Disassembles a code object and everything nested in it, with the source
/// line printed where the line changes.
pub fn disassemble(code: &CodeObject, source: &str) -> String {
    let lines: Vec<&str> = source.lines().collect();
    let mut out = String::new();
    let mut all = vec![];
    all.push(code);
    let nested = code.nested();
    all.extend(nested.iter().map(|c| &**c));
    for c in all {
        let _ = writeln!(
            out,
            "Disassembly of <code {}> ({}:{}, {} registers, {} locals):",
            c.qualname,
            c.filename,
            c.first_line,
            c.nregs,
            c.varnames.len()
        );
        let mut last_line = 0;
        for (pc, ins) in c.instrs.iter().enumerate() {
            let line = c.line_at(pc);
            if line != last_line {
                let text = lines.get(line as usize - 1).map(|l| l.trim()).unwrap_or("");
                let _ = writeln!(out, "{line:>5} | {text}");
                last_line = line;
            }
            let _ = writeln!(out, "      {pc:>5}  {}", instr_text(c, ins));
        }
        for e in &c.exc_table {
            let _ = writeln!(out, "      handler: {}..{} -> {} exc={} depth={}", e.start, e.end, e.handler, e.exc, e.depth);
        }
        out.push('\n');
    }
    out
}

//! Tests of the FTL's liveness: which registers FTL code writes back where
//! it leaves (named locals always; temporaries only while a later
//! instruction may read them).

use std::rc::Rc;
use tierpy_bytecode::CodeObject;
use tierpy_compiler::CompileMode;
use tierpy_ftl::Snapshot;
use tierpy_ftl::liveness::Liveness;
use tierpy_jit::layout::Layouts;

fn snapshot(source: &str, name: &str) -> Snapshot {
    let module = tierpy_compiler::compile(source, "t.py", CompileMode::Exec).expect("compiles");
    let code: Rc<CodeObject> = module.nested().into_iter().find(|c| &*c.name == name).expect("function");
    let mut vm = tierpy_interp::new_vm();
    Snapshot::take(&mut vm, &code, Layouts::measure(), None)
}

/// Each instruction with the registers live before it.
fn render(source: &str, name: &str) -> String {
    let snap = snapshot(source, name);
    let nregs = snap.instrs.iter().flat_map(|i| i.writes()).map(|r| r.idx() + 1).max().unwrap_or(0).max(snap.frame_regs);
    let live = Liveness::of(&snap, nregs);
    let mut out = String::new();
    for (pc, ins) in snap.instrs.iter().enumerate() {
        let regs: Vec<String> = live.at(pc).iter().map(|r| format!("r{r}")).collect();
        out.push_str(&format!("{pc:3} {:<12} {}\n", ins.name(), regs.join(" ")));
    }
    out
}

#[test]
fn temporaries_die_after_their_last_read_and_locals_stay_live() {
    // r0 n, r1 acc, r2 i are named; r3.. are temporaries: the iterator
    // (r3) lives through the loop, `range` and its argument (r4, r5) die
    // before it, the product (r6) lives from its operand's load to its use.
    let got = render("def f(n):\n    acc = 0\n    for i in range(n):\n        acc += i * 3\n    return acc\n", "f");
    let want = "  0 LoadInt      r0 r1 r2
  1 LoadGlobal   r0 r1 r2
  2 Move         r0 r1 r2 r4
  3 Call         r0 r1 r2 r4 r5
  4 GetIter      r0 r1 r2 r4
  5 LoopHeader   r0 r1 r2 r3
  6 ForIter      r0 r1 r2 r3
  7 LoadInt      r0 r1 r2 r3
  8 Mul          r0 r1 r2 r3 r6
  9 Inplace      r0 r1 r2 r3 r6
 10 Jump         r0 r1 r2 r3
 11 Move         r0 r1 r2
 12 Return       r0 r1 r2 r3
 13 LoadConst    r0 r1 r2
 14 Return       r0 r1 r2 r3
";
    assert_eq!(got, want, "\n{got}");
}

#[test]
fn what_a_handler_reads_is_live_throughout_its_function() {
    // a, b, s, c are r0..r3; r4 and r5 hold the exceptions the handlers
    // (the `except` and the cleanup) start with: only the unwinding writes
    // them, so they are live from the start, at the `+` that may raise too.
    let with_handler =
        render("def f(a, b):\n    s = [a]\n    try:\n        c = a + b\n    except TypeError:\n        return s\n    return c\n", "f");
    let add = with_handler.lines().find(|l| l.contains(" Add ")).expect("an Add");
    assert_eq!(add, "  2 Add          r0 r1 r2 r3 r4 r5", "\n{with_handler}");
    let without = render("def g(a, b):\n    s = [a]\n    c = a + b\n    return c\n", "g");
    let add = without.lines().find(|l| l.contains(" Add ")).expect("an Add");
    assert_eq!(add, "  2 Add          r0 r1 r2 r3", "\n{without}");
}

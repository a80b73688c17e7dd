//! Snapshot tests of the FTL's type inference: the register types it infers
//! before each instruction of small functions, as `Types::render` prints them.

use std::rc::Rc;
use tierpy_bytecode::{CodeObject, Instr};
use tierpy_compiler::CompileMode;
use tierpy_ftl::Snapshot;
use tierpy_ftl::types::infer;
use tierpy_interp::profile::REACHED;
use tierpy_jit::layout::Layouts;

/// The snapshot of function `name` defined in `source`, with every loop
/// run (as the lower tiers would have, see [`REACHED`]), after `prepare`
/// (which may write profiles).
fn snapshot(source: &str, name: &str, prepare: impl Fn(&CodeObject)) -> Snapshot {
    let module = tierpy_compiler::compile(source, "t.py", CompileMode::Exec).expect("compiles");
    let code: Rc<CodeObject> = module.nested().into_iter().find(|c| &*c.name == name).expect("function");
    for (pc, ins) in code.instrs.iter().enumerate() {
        if matches!(ins, Instr::LoopHeader {}) {
            code.profile[pc].set(REACHED);
        }
    }
    prepare(&code);
    let mut vm = tierpy_interp::new_vm();
    Snapshot::take(&mut vm, &code, Layouts::measure(), None)
}

fn render(source: &str, name: &str, prepare: impl Fn(&CodeObject)) -> String {
    let snap = snapshot(source, name, prepare);
    let nregs = snap.instrs.iter().flat_map(|i| i.writes()).map(|r| r.idx() + 1).max().unwrap_or(0).max(8);
    let wide = tierpy_ftl::wide::Wide::analyze(&snap, &tierpy_ftl::liveness::Liveness::of(&snap, nregs));
    infer(&snap, nregs, &wide).render(&snap)
}

const RANGE_SUM: &str = "def f(n):\n    acc = 0\n    for i in range(n):\n        acc += i * 3\n    return acc\n";

#[test]
fn range_loops_make_int_items_and_int_accumulators() {
    let got = render(RANGE_SUM, "f", |_| {});
    let want = "   0 LoadInt        \n   1 LoadGlobal     r1=int
   2 Move           r1=int r4=range_fn
   3 Call           r1=int r4=range_fn
   4 GetIter        r1=int r4=range
   5 LoopHeader     r1=int r2=int|unbound r3=range_iter r4=range r6=int|unbound
   6 ForIter        r1=int r2=int|unbound r3=range_iter r4=range r6=int|unbound
   7 LoadInt        r1=int r2=int r3=range_iter r4=range r6=int|unbound
   8 Mul            r1=int r2=int r3=range_iter r4=range r6=int
   9 Inplace        r1=int r2=int r3=range_iter r4=range r6=int
  10 Jump           r1=int r2=int r3=range_iter r4=range r6=int
  11 Move           r1=int r2=int|unbound r3=range_iter r4=range r6=int|unbound
  12 Return         r1=int r2=int|unbound r3=int r4=range r6=int|unbound
";
    assert_eq!(got, want, "\n{got}");
}

#[test]
fn an_instruction_that_overflowed_before_is_not_speculated() {
    // Profile the `*` (pc 8) as having left its fast path: its result and
    // everything that depends on it is `any`.
    let got = render(RANGE_SUM, "f", |code| code.profile[8].set(1));
    assert!(got.contains("   9 Inplace        r2=int r3=range_iter r4=range\n"), "\n{got}");
    assert!(got.contains("  12 Return         r2=int|unbound r4=range r6=any|unbound\n"), "\n{got}");
}

#[test]
fn floats_stay_floats_around_a_while_loop() {
    let src = "def f(n):\n    c = 0.3\n    z = 0.0\n    it = 0\n    while it < 50 and z * z <= 4.0:\n        z = z * z + c / 3\n        it += 1\n    return it\n";
    let got = render(src, "f", |_| {});
    // At the loop header c (r1) and z (r2) are floats, it (r3) an int; n (r0) is unknown.
    let header = got.lines().find(|l| l.contains("LoopHeader")).expect("loop header");
    assert!(header.contains("r1=float r2=float r3=int") && !header.contains("r0="), "\n{got}");
}

#[test]
fn values_from_lists_and_calls_are_unknown() {
    let src = "def f(xs):\n    t = 0.0\n    for x in xs:\n        t = t + x\n    return t\n";
    let got = render(src, "f", |_| {});
    // A list item is unknown, so `t + x` is unknown and so is t at the header.
    let header = got.lines().find(|l| l.contains("LoopHeader")).expect("loop header");
    assert!(!header.contains("r1="), "\n{got}");
}

#[test]
fn a_local_checked_for_binding_after_a_loop_is_an_int() {
    // `j` may be unbound after the inner loop (n == 0): the check that
    // raises UnboundLocalError leaves it an int, so `acc` stays an int too.
    let src = "def f(n):\n    acc = 0\n    for i in range(n):\n        for j in range(n):\n            acc += i\n        acc += j\n    return acc\n";
    let got = render(src, "f", |_| {});
    let check = got.lines().find(|l| l.contains("CheckBound")).expect("a binding check");
    assert!(check.contains("r1=int") && check.contains("r3=int|unbound"), "\n{got}");
    let after = got.lines().skip_while(|l| !l.contains("CheckBound")).nth(1).expect("the add");
    assert!(after.contains("r1=int") && after.contains("r3=int "), "\n{got}");
    let header = got.lines().find(|l| l.contains("LoopHeader")).expect("loop header");
    assert!(header.contains("r1=int "), "\n{got}");
}

#[test]
fn a_for_over_lists_of_lists_types_the_rows_and_their_iterators() {
    let src = "def f(grid):\n    t = 0\n    for row in grid:\n        for v in row:\n            t += v\n    return t\n";
    let for_pcs = |code: &CodeObject| -> Vec<usize> {
        code.instrs.iter().enumerate().filter(|(_, i)| matches!(i, tierpy_bytecode::Instr::ForIter { .. })).map(|(pc, _)| pc).collect()
    };
    // The outer `for` saw lists, the inner one ints.
    let got = render(src, "f", |code| {
        let pcs = for_pcs(code);
        let mut w = code.cache[pcs[0]].get();
        w[0] = tierpy_interp::profile::LIST as u64;
        code.cache[pcs[0]].set(w);
        let mut w = code.cache[pcs[1]].get();
        w[0] = tierpy_interp::profile::INT as u64;
        code.cache[pcs[1]].set(w);
    });
    // A row is checked when the outer `for` takes it: a proven list after.
    let inner = got.lines().find(|l| l.contains("Inplace")).expect("the +=");
    assert!(inner.contains("=checked_list ") && inner.contains("=list_iter") && inner.contains("r1=int"), "\n{got}");
    // Unprofiled, rows are unknown and so are their iterators.
    let got = render(src, "f", |_| {});
    assert!(!got.contains("list"), "\n{got}");
}

#[test]
fn a_list_made_or_repeated_here_is_a_list() {
    let src = "def f(n):\n    a = []\n    b = [0.0] * 8\n    c = [0.0] * n\n    return a, b, c\n";
    let got = render(src, "f", |_| {});
    // a (r1) and b (r2) are lists; c (r3) is not known to be one: `n`
    // might be anything, whose `__rmul__` makes anything.
    let ret = got.lines().find(|l| l.contains("BuildTuple")).expect("the tuple");
    assert!(ret.contains("r1=checked_list r2=checked_list") && !ret.contains("r3="), "\n{got}");
}

/// Parameters get the kinds the lower tiers started the function with (a
/// list parameter is checked at the start, so it is a proven list); a list
/// read that exits on anything else proves its object a list.
#[test]
fn parameters_are_typed_by_profile_and_a_list_read_proves_a_list() {
    let src = "def f(a, x, i):\n    y = a[i]\n    z = a[0]\n    return y + x + z\n";
    let got = render(src, "f", |code| {
        use tierpy_interp::profile::{FLOAT, INT, LIST};
        for (k, kind) in code.param_kinds.iter().zip([LIST, FLOAT, INT]) {
            k.set(kind as u64);
        }
    });
    let reads: Vec<&str> = got.lines().filter(|l| l.contains("GetItem")).collect();
    assert_eq!(reads.len(), 2, "\n{got}");
    assert!(reads[0].contains("r0=checked_list r1=float r2=int"), "\n{got}");
    assert!(reads[1].contains("r0=checked_list r1=float r2=int"), "\n{got}");
    // A parameter of a kind the lower tiers did not record is anything.
    let got = render(src, "f", |code| code.param_kinds[1].set(tierpy_interp::profile::FLOAT as u64));
    let read = got.lines().find(|l| l.contains("GetItem")).expect("the read");
    assert!(!read.contains("r0=") && read.contains("r1=float"), "\n{got}");
    // Unprofiled, parameters are anything.
    let got = render(src, "f", |_| {});
    assert!(!got.lines().next().unwrap_or("").contains("r0="), "\n{got}");
}

/// A loop the lower tiers never ran is compiled as an exit: no type flows
/// past its header, so nothing after it is compiled (and an OSR entry there
/// leaves at once).
#[test]
fn nothing_flows_past_a_loop_that_never_ran() {
    let src =
        "def f(n):\n    acc = 0\n    for i in range(n):\n        acc += i\n    for j in range(n):\n        acc += j\n    return acc\n";
    let first_loop_only = |code: &CodeObject| {
        let second = code.instrs.iter().enumerate().filter(|(_, i)| matches!(i, Instr::LoopHeader {})).nth(1).expect("two loops").0;
        code.profile[second].set(0);
    };
    let got = render(src, "f", first_loop_only);
    let headers: Vec<&str> = got.lines().filter(|l| l.contains("LoopHeader")).collect();
    assert_eq!(headers.len(), 2, "\n{got}");
    let last = got.lines().last().unwrap();
    assert!(last.contains("LoopHeader"), "the second loop's header ends what is compiled:\n{got}");
    assert!(!got.contains("Return"), "\n{got}");
}

/// An LCG whose product and sum overflowed the inline range in the lower
/// tiers (their profiles say so) and whose `%` brings them back.
const LCG: &str = "def f(n, x):\n    for i in range(n):\n        x = (x * 1103515245 + 12345) % 2147483648\n    return x\n";

/// Marks the `+`, `*` and `%` of `code` as having seen inline ints
/// overflow (`*`) and big ints (`+`, `%`), as the lower tiers would.
fn profile_overflows(code: &CodeObject) {
    use tierpy_interp::profile::{BIGINT, INT, OVERFLOW};
    for (pc, ins) in code.instrs.iter().enumerate() {
        match ins {
            Instr::Mul { .. } => code.profile[pc].set(INT | OVERFLOW),
            Instr::Add { .. } | Instr::Mod { .. } => code.profile[pc].set(INT | BIGINT),
            _ => {}
        }
    }
}

#[test]
fn an_overflowing_chain_narrowed_by_a_constant_modulo_is_wide_inside_and_int_after() {
    let got = render(LCG, "f", |code| {
        code.param_kinds[1].set(tierpy_interp::profile::INT as u64);
        profile_overflows(code);
    });
    // The product and the sum are wide; x stays an int at the loop header.
    let line = |name: &str| got.lines().find(|l| l.contains(name)).unwrap_or_else(|| panic!("{name} in\n{got}")).to_string();
    assert!(line(" Add ").contains("=wide"), "\n{got}");
    assert!(line(" Mod ").contains("=wide"), "\n{got}");
    assert!(line("LoopHeader").contains("r1=int "), "\n{got}");
    assert!(line(" Return ").contains("r1=int"), "\n{got}");
}

#[test]
fn a_wide_value_read_past_its_chain_keeps_the_chain_generic() {
    // `p` is read by the `+ p` after the `%`: not only by narrowing operators.
    let src = "def f(n, x):\n    t = 0\n    for i in range(n):\n        p = x * 1103515245\n        t += p % 1000 + p\n    return t\n";
    let got = render(src, "f", |code| {
        code.param_kinds[1].set(tierpy_interp::profile::INT as u64);
        profile_overflows(code);
    });
    assert!(!got.contains("wide"), "\n{got}");
}

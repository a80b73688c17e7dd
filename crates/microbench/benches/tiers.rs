//! Micro-benchmarks of the tiers: baseline and FTL compile latency on
//! functions of several sizes, interpreter dispatch per instruction, call
//! overhead per tier, and the cost of an OSR exit.
//!
//! Run: `cargo bench -p tierpy-microbench` (add a filter, e.g. `-- call`).

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::{Duration, Instant};
use tierpy_baseline::Effort;
use tierpy_cli::options::Tier;
use tierpy_jit::layout::Layouts;
use tierpy_microbench::{Session, first_function, sized_function};
use tierpy_runtime::Value;

/// Function sizes (lines of arithmetic) for the compile-latency benchmarks.
const SIZES: [usize; 3] = [4, 32, 128];

fn baseline_compile(c: &mut Criterion) {
    let mut group = c.benchmark_group("baseline_compile");
    for effort in [Effort::Quick, Effort::Optimized] {
        for lines in SIZES {
            let code = first_function(&sized_function(lines));
            let mut vm = tierpy_interp::new_vm();
            let mut baseline = tierpy_baseline::Baseline::new().expect("host ISA");
            let id = format!("{effort:?}/{lines}_lines/{}_instrs", code.instrs.len());
            group.bench_with_input(BenchmarkId::from_parameter(id), &code, |b, code| {
                b.iter(|| black_box(baseline.compile(&mut vm, code, effort).expect("compiles")))
            });
        }
    }
    group.finish();
}

fn ftl_compile(c: &mut Criterion) {
    let mut group = c.benchmark_group("ftl_compile");
    group.sample_size(10);
    let worker = tierpy_ftl::Worker::start(Instant::now());
    for lines in SIZES {
        let code = first_function(&sized_function(lines));
        let mut vm = tierpy_interp::new_vm();
        group.bench_with_input(BenchmarkId::from_parameter(format!("{lines}_lines/{}_instrs", code.instrs.len())), &code, |b, code| {
            b.iter(|| {
                // Submitting and waiting: the latency a --ftl-sync caller sees.
                let snap = tierpy_ftl::Snapshot::take(&mut vm, code, Layouts::measure(), None);
                worker.submit(snap);
                let r = worker.wait_result().expect("the compiler thread answers");
                black_box(r.result.expect("compiles"))
            })
        });
    }
    group.finish();
}

/// A loop of 10 000 iterations, 5 instructions each (ForIter, Add, Mod, Inplace, Jump).
const DISPATCH: &str = "def main():\n    t = 0\n    for i in range(10000):\n        t += i % 7\n    return t\n";

fn interpreter_dispatch(c: &mut Criterion) {
    let mut group = c.benchmark_group("interpreter");
    group.throughput(Throughput::Elements(10_000 * 5));
    let mut s = Session::new(Tier::Interp, DISPATCH);
    let main = s.function("main");
    group.bench_function("dispatch_per_instruction", |b| b.iter(|| black_box(s.call(main, &[]))));
    group.finish();
}

/// 1 000 calls of a one-line function from a loop.
const CALLS: &str = "def f(x):\n    return x\n\ndef main():\n    t = 0\n    for i in range(1000):\n        t = f(i)\n    return t\n";

fn call_overhead(c: &mut Criterion) {
    let mut group = c.benchmark_group("call");
    group.throughput(Throughput::Elements(1000));
    for tier in [Tier::Interp, Tier::Baseline, Tier::Ftl] {
        let mut s = Session::new(tier, CALLS);
        let main = s.function("main");
        // Warm up so the functions are in their final tier before timing.
        for _ in 0..50 {
            s.call(main, &[]);
        }
        group.bench_function(tier.name(), |b| b.iter(|| black_box(s.call(main, &[]))));
    }
    group.finish();
}

/// `add1` is compiled by the FTL speculating on ints; a float argument fails
/// the guard at the addition and exits to the interpreter.
const EXITS: &str = "def add1(x):\n    return x + 1\n\nfor i in range(30000):\n    add1(i)\n";

fn osr_exit(c: &mut Criterion) {
    let mut group = c.benchmark_group("osr_exit");
    for (name, arg) in [("no_exit_int_arg", Value::small_int(3)), ("exit_float_arg", Value::float(2.5))] {
        group.bench_function(name, |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                let mut session: Option<(Session, Value)> = None;
                let mut left = 0;
                for _ in 0..iters {
                    // A fresh session before the FTL code would be jettisoned (100 exits).
                    if left == 0 {
                        let mut s = Session::new(Tier::Ftl, EXITS);
                        let f = s.function("add1");
                        session = Some((s, f));
                        left = 50;
                    }
                    let (s, f) = session.as_mut().expect("session");
                    let t = Instant::now();
                    black_box(s.call(*f, &[arg]));
                    total += t.elapsed();
                    left -= 1;
                }
                total
            })
        });
    }
    group.finish();
}

criterion_group!(benches, baseline_compile, ftl_compile, interpreter_dispatch, call_overhead, osr_exit);
criterion_main!(benches);

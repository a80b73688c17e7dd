//! One measured run in this process: the module body once (as `__bench__`,
//! so a `__main__` guard does not fire), then `main()` N times, each call
//! timed, with the tier events placed in the iteration they happened in.

use super::record::{BenchRun, Event, Iteration};
use crate::options::BenchOptions;
use crate::report::{current_tier, total_exits};
use crate::runner;
use std::rc::Rc;
use std::time::{Duration, Instant};
use tierpy_bytecode::CodeObject;
use tierpy_runtime::Vm;

/// How many of the hottest functions the table and JSON follow.
const HOT_FUNCTIONS: usize = 3;

/// Runs the program; Err holds the exit status after an error was reported.
pub fn measure(opts: &BenchOptions, stack_limit: usize) -> Result<BenchRun, i32> {
    let (mut vm, log) = runner::engine_vm(&opts.engine, stack_limit);
    let prog = runner::load_program(&opts.program)?;
    vm.argv = vec![opts.program.clone()];
    vm.sources.insert(Rc::from(prog.filename.as_str()), Rc::from(prog.source.as_str()));
    let globals = vm.main_globals;
    let (name_key, bench_name) = (vm.intern("__name__"), vm.intern("__bench__"));
    vm.dict_set_str(globals, name_key, bench_name);

    let mut codes = vec![prog.code.clone()];
    codes.extend(prog.code.nested());
    let mut counts = Counts::zero(&codes);
    let mut events = vec![];
    let origin = log.as_ref().map_or_else(Instant::now, |l| l.borrow().start);
    let fail = |vm: &mut Vm, e| {
        let status = runner::report_exception(vm, e);
        vm.flush_out();
        status
    };
    if let Err(e) = tierpy_interp::run_module(&mut vm, prog.code.clone(), globals) {
        return Err(fail(&mut vm, e));
    }
    counts.record_changes(&codes, 0, micros_since(origin, Instant::now()), &mut events);
    let main_key = vm.intern("main");
    let main = vm.dict_get_str(globals, main_key);
    let Some(main) = main.filter(|f| vm.is_callable(*f)) else {
        vm.flush_out();
        eprintln!("tierpy bench: {} defines no main() function", opts.program);
        return Err(2);
    };

    let mut windows = vec![];
    let mut tiers_after = vec![];
    for k in 1..=opts.iterations.max(1) {
        let t0 = Instant::now();
        let r = vm.call(main, &[], &[]);
        let t1 = Instant::now();
        if let Err(e) = r {
            return Err(fail(&mut vm, e));
        }
        windows.push((t0, t1));
        counts.record_changes(&codes, k, micros_since(origin, t0), &mut events);
        tiers_after.push(codes.iter().map(|c| current_tier(c)).collect::<Vec<_>>());
    }
    vm.flush_out();

    if let Some(log) = &log {
        let log = log.borrow();
        let place = |micros: u64| iteration_at(&windows, log.start + Duration::from_micros(micros));
        for c in &log.compiles {
            let detail = format!("{} {} us on {}{}", c.tier, c.micros, c.thread, if c.ok { "" } else { ", failed" });
            events.push(Event {
                iteration: place(c.start_micros),
                micros: c.start_micros,
                kind: "compile".into(),
                function: c.function.clone(),
                detail,
            });
            if c.ok {
                let at = c.start_micros + c.micros;
                events.push(Event {
                    iteration: place(at),
                    micros: at,
                    kind: "install".into(),
                    function: c.function.clone(),
                    detail: c.tier.into(),
                });
            }
        }
        for j in &log.jettisons {
            let detail = j.reason();
            events.push(Event {
                iteration: place(j.micros),
                micros: j.micros,
                kind: "jettison".into(),
                function: j.function.clone(),
                detail,
            });
        }
    }
    events.sort_by_key(|e| (e.iteration, e.micros));

    let mut by_heat: Vec<usize> = (1..codes.len()).filter(|&i| codes[i].counter.get() > 0).collect();
    by_heat.sort_by_key(|&i| std::cmp::Reverse(codes[i].counter.get()));
    by_heat.truncate(HOT_FUNCTIONS);
    let iterations = windows
        .iter()
        .zip(&tiers_after)
        .map(|((t0, t1), tiers)| Iteration {
            seconds: (*t1 - *t0).as_secs_f64(),
            tiers: by_heat.iter().map(|&i| tiers[i].to_string()).collect(),
        })
        .collect();
    Ok(BenchRun {
        program: opts.program.clone(),
        tier: opts.engine.tier.name().into(),
        hot: by_heat.iter().map(|&i| codes[i].qualname.to_string()).collect(),
        iterations,
        events,
    })
}

fn micros_since(origin: Instant, t: Instant) -> u64 {
    t.saturating_duration_since(origin).as_micros() as u64
}

/// The iteration (1-based) running at `t`, 0 before the first, the last after it.
fn iteration_at(windows: &[(Instant, Instant)], t: Instant) -> usize {
    match windows.iter().position(|(_, end)| t <= *end) {
        Some(k) => k + 1,
        None => windows.len(),
    }
}

/// OSR entries and OSR exits per code object, to turn counter changes into events.
struct Counts {
    osr: Vec<u64>,
    exits: Vec<u64>,
}

impl Counts {
    fn zero(codes: &[Rc<CodeObject>]) -> Counts {
        Counts { osr: vec![0; codes.len()], exits: vec![0; codes.len()] }
    }

    fn record_changes(&mut self, codes: &[Rc<CodeObject>], iteration: usize, micros: u64, events: &mut Vec<Event>) {
        for (i, c) in codes.iter().enumerate() {
            let osr = c.osr_entries.get();
            let exits = total_exits(c);
            let function = c.qualname.to_string();
            if osr > self.osr[i] {
                let detail = format!("{} times", osr - self.osr[i]);
                events.push(Event { iteration, micros, kind: "osr-entry".into(), function: function.clone(), detail });
            }
            if exits > self.exits[i] {
                events.push(Event { iteration, micros, kind: "exit".into(), function, detail: (exits - self.exits[i]).to_string() });
            }
            self.osr[i] = osr;
            self.exits[i] = exits;
        }
    }
}

//! Any text that compiles runs to completion, to a Python exception, or to
//! the end of its time budget (the Ctrl-C flag, polled at every loop header
//! and call in every tier), never to a panic or crash. The first byte picks
//! the tier: interpreter, baseline, FTL (synchronous) or auto with tiny
//! thresholds. Run: `cargo +nightly fuzz run run -- -close_fd_mask=1`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::atomic::Ordering;
use std::time::Duration;
use tierpy_cli::options::{EngineOptions, Tier};

/// How long one input may run before it is interrupted.
const BUDGET: Duration = Duration::from_millis(200);

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let Ok(source) = std::str::from_utf8(rest) else { return };
    let Ok(code) = tierpy_compiler::compile(source, "<fuzz>", tierpy_compiler::CompileMode::Exec) else { return };
    let tier = [Tier::Interp, Tier::Baseline, Tier::Ftl, Tier::Auto][mode as usize % 4];
    let engine = EngineOptions { baseline_threshold: 2, ftl_threshold: 5, ftl_sync: tier == Tier::Ftl, ..EngineOptions::for_tier(tier) };
    // Recursion stops well above the end of libFuzzer's thread stack.
    let marker = 0u8;
    let limit = (&marker as *const u8 as usize).saturating_sub(4 << 20);
    let (mut vm, _log) = tierpy_cli::runner::engine_vm(&engine, limit);
    let flag = vm.interrupt.clone();
    let (done_tx, done_rx) = std::sync::mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        if done_rx.recv_timeout(BUDGET).is_err() {
            flag.store(true, Ordering::Relaxed);
        }
    });
    let globals = vm.main_globals;
    let _ = tierpy_interp::run_module(&mut vm, code, globals);
    vm.flush_out();
    let _ = done_tx.send(());
    let _ = watchdog.join();
});

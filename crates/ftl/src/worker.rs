//! The FTL compiler thread: owns the LLVM context and every execution engine
//! (dropping one would unmap its code), takes snapshots, sends back code
//! addresses. The main thread never waits for it unless asked (`--ftl-sync`).

use crate::lower;
use crate::snapshot::Snapshot;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Instant;

/// The outcome of one compile.
#[derive(Debug)]
pub struct CompileResult {
    pub id: usize,
    pub name: String,
    /// The entry address, or why compiling failed.
    pub result: Result<usize, String>,
    /// When the compile started and how long it took, in microseconds since the worker started.
    pub start_micros: u64,
    pub micros: u64,
    /// The compiler thread's name, for stats and traces.
    pub thread: String,
}

/// A handle to the compiler thread.
pub struct Worker {
    requests: Option<Sender<Snapshot>>,
    /// Asks the thread to drop the compiles still queued.
    stop: Arc<AtomicBool>,
    results: Receiver<CompileResult>,
    /// Set by the worker when a result is waiting (cheap to poll).
    pub ready: Arc<AtomicBool>,
}

impl Worker {
    /// Starts the compiler thread; `epoch` is the process's time origin for stats.
    pub fn start(epoch: Instant) -> Worker {
        let (req_tx, req_rx) = channel::<Snapshot>();
        let (res_tx, res_rx) = channel::<CompileResult>();
        let ready = Arc::new(AtomicBool::new(false));
        let stop = Arc::new(AtomicBool::new(false));
        let (flag, stopped) = (ready.clone(), stop.clone());
        // Detached: see `Drop`.
        let _ = std::thread::Builder::new().name("tierpy-ftl".into()).spawn(move || run(req_rx, res_tx, flag, stopped, epoch));
        Worker { requests: Some(req_tx), stop, results: res_rx, ready }
    }

    /// Queues a compile.
    pub fn submit(&self, snap: Snapshot) {
        if let Some(r) = &self.requests {
            let _ = r.send(snap);
        }
    }

    /// A finished compile, if any, without waiting.
    pub fn try_result(&self) -> Option<CompileResult> {
        let r = self.results.try_recv().ok();
        if r.is_none() {
            self.ready.store(false, Ordering::Relaxed);
        }
        r
    }

    /// Waits for the next finished compile (`--ftl-sync`).
    pub fn wait_result(&self) -> Option<CompileResult> {
        self.results.recv().ok()
    }
}

impl Drop for Worker {
    /// Stops the compiler thread without waiting for it: queued compiles are
    /// dropped and one in progress finishes on its own, so a short program
    /// never waits for LLVM at exit. The process ends with `_exit`
    /// (`tierpy_cli::runner::exit_process`), so LLVM's exit-time destructors
    /// never run under a compile.
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Release);
        self.requests = None;
    }
}

fn run(requests: Receiver<Snapshot>, results: Sender<CompileResult>, ready: Arc<AtomicBool>, stop: Arc<AtomicBool>, epoch: Instant) {
    let ctx = inkwell::context::Context::create();
    let tm = lower::host_machine();
    let mut engines = vec![];
    let thread = "tierpy-ftl".to_string();
    for (n, snap) in requests.iter().enumerate() {
        if stop.load(Ordering::Acquire) {
            break;
        }
        let t0 = Instant::now();
        let result = match &tm {
            Ok(tm) => match lower::compile(&ctx, tm, &snap, n) {
                Ok(_) if snap.inject_failure => Err("injected compile failure (--inject-compile-failure)".to_string()),
                Ok(c) => {
                    engines.push(c.engine);
                    Ok(c.address)
                }
                Err(e) => Err(e),
            },
            Err(e) => Err(e.clone()),
        };
        let r = CompileResult {
            id: snap.id,
            name: snap.name.clone(),
            result,
            start_micros: t0.duration_since(epoch).as_micros() as u64,
            micros: t0.elapsed().as_micros() as u64,
            thread: thread.clone(),
        };
        if results.send(r).is_err() {
            break;
        }
        ready.store(true, Ordering::Release);
    }
}

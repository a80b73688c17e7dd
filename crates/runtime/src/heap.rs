//! The heap: allocation of objects and a precise, non-moving mark-sweep
//! collector.
//!
//! Collection runs only at safepoints the interpreter chooses (function entry
//! and loop headers), when every live value is in a frame register, a root
//! list of the VM, or reachable from those. Allocation itself never collects,
//! so Rust code may hold values between allocations freely; it must root them
//! (`Vm::roots`) only across calls back into Python code.

use crate::object::{Body, Obj};
use crate::value::Value;
use std::cell::Cell;

/// Reports every root value to the marking callback it is given.
pub type RootVisitor<'a> = dyn FnMut(&mut dyn FnMut(Value)) + 'a;

/// All heap objects and the collector's bookkeeping.
pub struct Heap {
    objects: Vec<*mut Obj>,
    since_gc: usize,
    threshold: usize,
    /// Number of collections run.
    pub collections: usize,
}

impl Default for Heap {
    fn default() -> Self {
        Heap { objects: Vec::new(), since_gc: 0, threshold: MIN_THRESHOLD, collections: 0 }
    }
}

/// Allocation units (one object, or this many payload bytes) between collections at least.
/// Small enough that freed objects are reused while their memory is still in
/// cache (about 400 kB of objects: measured against 16,000, alternating
/// medians of 5 runs, fannkuch 1.3x and strbuild 1.09x faster, wordcount,
/// richards, generators, sum2d and nbody within noise; 1,500 was no better;
/// 200,000 made allocation-heavy programs 1.3x slower).
const MIN_THRESHOLD: usize = 4_000;

/// The next collection waits for this many allocation units per object that
/// survived the last one (and per [`ITEMS_PER_OBJECT`] items of the lists and
/// tuples among them): each collection marks and sweeps every live object
/// and reads every item of each container, so a program holding many
/// objects (a list of 200,000 strings) or large containers (matrices of
/// floats) would otherwise spend as long collecting as allocating. Measured on
/// wordcount (200,000 live strings): 1x made it 1.5x slower than 2x; 4x
/// is 1.3x faster than 2x (2.0 -> 1.5 s, peak RSS 199 -> 252 MB); programs
/// with few live objects stay at [`MIN_THRESHOLD`] and do not change.
const LIVE_FACTOR: usize = 4;

/// Items of live lists and tuples that count as one live object towards the
/// next collection's threshold: reading an item while marking costs far less
/// than an allocation, but matmul's three 300x300 float matrices, marked at
/// every collection, made it 2% slower (main-thread instructions) when only
/// objects counted and the minimum went from 16,000 to 4,000 units.
const ITEMS_PER_OBJECT: usize = 64;

/// Payload bytes that count as one object towards the next collection, so a
/// program making a few huge lists collects them as promptly as one making
/// many small objects (and reuses their memory instead of touching new pages).
const BYTES_PER_UNIT: usize = 64;

impl Heap {
    /// Allocates an object the collector may free.
    #[inline]
    pub fn alloc(&mut self, body: Body) -> Value {
        self.since_gc += 1 + body.payload_bytes() / BYTES_PER_UNIT;
        let p = Box::into_raw(Box::new(Obj { kind: body.kind(), marked: Cell::new(false), permanent: false, body }));
        self.objects.push(p);
        Value::from_obj(p)
    }

    /// Allocates an object whose body owns `payload` bytes newly allocated
    /// outside its box (instead of [`Body::payload_bytes`]: a str appended
    /// in place into a shared buffer counts only the bytes it added).
    #[inline]
    pub fn alloc_sized(&mut self, body: Body, payload: usize) -> Value {
        self.since_gc += 1 + payload / BYTES_PER_UNIT;
        let p = Box::into_raw(Box::new(Obj { kind: body.kind(), marked: Cell::new(false), permanent: false, body }));
        self.objects.push(p);
        Value::from_obj(p)
    }

    /// The class objects the collector manages (user classes), oldest first.
    pub fn classes(&self) -> Vec<Value> {
        self.objects.iter().map(|&p| Value::from_obj(p)).filter(|v| v.as_class().is_some()).collect()
    }

    /// Allocates an object that lives until exit (constants, names, types).
    pub fn alloc_permanent(&mut self, body: Body) -> Value {
        let p = Box::into_raw(Box::new(Obj { kind: body.kind(), marked: Cell::new(false), permanent: true, body }));
        Value::from_obj(p)
    }

    /// Whether enough was allocated since the last collection to run one.
    #[inline]
    pub fn wants_collection(&self) -> bool {
        self.since_gc >= self.threshold
    }

    /// Addresses of the allocation count and the threshold that
    /// [`Heap::wants_collection`] compares (compiled loop headers read them).
    pub fn budget_addrs(&self) -> (usize, usize) {
        (&self.since_gc as *const usize as usize, &self.threshold as *const usize as usize)
    }

    /// Live objects after the last sweep plus those allocated since.
    pub fn object_count(&self) -> usize {
        self.objects.len()
    }

    /// Marks from the roots `visit_roots` reports, then frees the rest.
    pub fn collect(&mut self, visit_roots: &mut RootVisitor) {
        let mut work: Vec<Value> = Vec::new();
        visit_roots(&mut |v| {
            if v.is_obj() {
                work.push(v)
            }
        });
        // Items of the lists and tuples marked: the work large live
        // containers cost at each collection (see LIVE_FACTOR).
        let mut scanned = 0usize;
        while let Some(v) = work.pop() {
            // SAFETY: only live objects are reachable from roots.
            let o = unsafe { &*v.obj_ptr() };
            // Permanent objects are never freed and only reference permanent objects.
            if o.marked.get() || o.permanent {
                continue;
            }
            o.marked.set(true);
            scanned += match &o.body {
                Body::List(items) => items.len(),
                Body::Tuple(items) => items.len(),
                _ => 0,
            };
            o.trace(&mut |c| {
                if c.is_obj() {
                    // SAFETY: as above.
                    let co = unsafe { &*c.obj_ptr() };
                    if !co.marked.get() && !co.permanent {
                        // A str references nothing: marked here, never pushed.
                        if matches!(co.body, Body::Str(_)) { co.marked.set(true) } else { work.push(c) }
                    }
                }
            });
        }
        self.objects.retain(|&p| {
            // SAFETY: every pointer in `objects` is a live box owned by the heap.
            let o = unsafe { &*p };
            if o.marked.get() {
                o.marked.set(false);
                true
            } else {
                // SAFETY: unreachable, so nothing can use it again.
                drop(unsafe { Box::from_raw(p) });
                false
            }
        });
        self.since_gc = 0;
        self.threshold = MIN_THRESHOLD.max(LIVE_FACTOR * (self.objects.len() + scanned / ITEMS_PER_OBJECT));
        self.collections += 1;
    }
}

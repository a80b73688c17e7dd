//! Which memory each load and store of FTL code touches, told to LLVM as
//! type-based alias metadata: accesses of different kinds never alias, so
//! LLVM may keep an object's header fields (a list's length and data
//! pointer, a range iterator's position) in registers across stores to list
//! items, hoist them out of loops, and drop the checks that repeat.
//! Runtime calls stay opaque: they may write anything.

use inkwell::context::Context;
use inkwell::values::{InstructionValue, MetadataValue};

/// A kind of memory (no two kinds ever overlap).
#[derive(Clone, Copy, Debug)]
pub(super) enum Mem {
    /// Fields inside a heap object: lengths, data pointers, iterator
    /// positions, an instance's class.
    Object,
    /// Fields no store ever changes once the object exists: the kind byte, a
    /// range iterator's stop and step. Loops then read them once, before
    /// the loop, even though they store an iterator's position.
    Fixed,
    /// The item arrays of lists and tuples.
    Item,
    /// The entry arrays of dicts (globals, instance attributes, modules).
    Entry,
    /// Frames and the register file.
    Frame,
    /// Execution and exit counters of code objects.
    Counter,
    /// Other runtime state: VM fields, inline caches, poll flags.
    Runtime,
    /// The watch epoch constant globals compare (only runtime calls
    /// change it, so loops without calls read it once).
    Watch,
}

const NAMES: [&str; 8] =
    ["object field", "fixed object field", "sequence item", "dict entry", "frame", "counter", "runtime state", "watch epoch"];

/// The metadata nodes of one LLVM context.
pub(super) struct Tbaa<'ctx> {
    kind: u32,
    tags: Vec<MetadataValue<'ctx>>,
}

impl<'ctx> Tbaa<'ctx> {
    /// One root and one scalar type per kind of memory.
    pub(super) fn new(ctx: &'ctx Context) -> Self {
        let root = ctx.metadata_node(&[ctx.metadata_string("tierpy memory").into()]);
        let zero = ctx.i64_type().const_zero();
        let tags = NAMES
            .iter()
            .map(|name| {
                let ty = ctx.metadata_node(&[ctx.metadata_string(name).into(), root.into(), zero.into()]);
                ctx.metadata_node(&[ty.into(), ty.into(), zero.into()])
            })
            .collect();
        Tbaa { kind: ctx.get_kind_id("tbaa"), tags }
    }

    /// Tags the load or store `i` as an access of `mem`.
    pub(super) fn mark(&self, i: InstructionValue<'ctx>, mem: Mem) -> Result<(), String> {
        i.set_metadata(self.tags[mem as usize], self.kind).map_err(|e| format!("tbaa: {e:?}"))
    }
}

//! The `tierpy` command as a library: options, running programs, the REPL,
//! the tier policy, stats and traces, and `tierpy bench`. The binary
//! (`main.rs`) only picks the allocator and dispatches; the micro-benchmarks
//! drive VMs through [`runner::engine_vm`] like the binary does.

pub mod alloc;
pub mod bench;
pub mod options;
pub mod repl;
pub mod report;
pub mod runner;
pub mod tiering;

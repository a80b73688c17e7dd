//! tierpy's runtime: values, heap objects, the collector, and the Python
//! semantics of every operation (arithmetic, attributes, calls, iteration,
//! formatting, builtins and modules) that all tiers share.
//!
//! The interpreter crate installs the function that runs frames
//! ([`Vm::executor`]); everything else about Python's behaviour lives here so
//! that the interpreter and the JIT tiers call the same slow paths.

pub mod attr;
pub mod big_range;
pub mod builtin_docs;
pub mod builtins;
pub mod bytes;
pub mod bytes_methods;
pub mod call;
pub mod code_attrs;
pub mod complex;
pub mod constants;
pub mod constructors;
pub mod coroutines;
pub mod data_descriptors;
pub mod dict;
pub mod escape_codec;
pub mod exceptions;
pub mod floathex;
pub mod format;
pub mod frame;
pub mod hashing;
pub mod heap;
pub mod intrinsics;
pub mod items;
pub mod iter;
pub mod matching;
pub mod metaclass;
pub mod methods;
pub mod modules;
pub mod mro;
pub mod numbers;
pub mod numfmt;
pub mod object;
pub mod op_dunders;
pub mod ops;
pub mod os_module;
pub mod regex_module;
pub mod repr;
pub mod sets;
pub mod sort;
pub mod str_methods;
pub mod syntax_error;
pub mod typeforms;
pub mod types;
pub mod unicode_errors;
mod unicode_tables;
pub mod user_modules;
pub mod value;
pub mod vm;
pub mod watch;
pub mod wide_codecs;

pub use frame::{Frame, FrameExit};
pub use value::Value;
pub use vm::{PyErr, PyResult, Vm};

//! Plumbing shared by the baseline and FTL tiers: the `extern "C"` runtime
//! entry points compiled code calls ([`runtime_calls`]), the object layouts
//! compiled code reads ([`layout`]), the words loop headers poll
//! ([`poll`]), what method call caches hold ([`method_cache`]), and the
//! reasons FTL code leaves, in words ([`exits`]).

pub mod entries;
pub mod exits;
pub mod layout;
pub mod method_cache;
pub mod poll;
pub mod runtime_calls;

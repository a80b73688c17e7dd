//! Any text given to the compiler gives bytecode or a SyntaxError, never a
//! panic, hang or crash. Run: `cargo +nightly fuzz run compile`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(source) = std::str::from_utf8(data) {
        let _ = tierpy_compiler::compile(source, "<fuzz>", tierpy_compiler::CompileMode::Exec);
    }
});

//! Helpers shared by the integration tests of the `tierpy` binary.

use serde_json::Value as Json;
use std::path::{Path, PathBuf};

/// A directory for one test's files, unique to the test process and `name`.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tierpy-test-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A JSON file tierpy wrote (stats, trace, bench record).
pub fn read_json(path: &Path) -> Json {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

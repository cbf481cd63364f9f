//! Helpers shared by the integration tests of wemeet-types.

#![allow(dead_code)] // each test binary uses its own subset

use serde_json::Value;

/// The text of a doc-example fixture in the workspace's `tests/fixtures/`.
pub fn fixture(name: &str) -> String {
    let path = format!("{}/../../tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"))
}

/// A fixture parsed as a JSON value.
pub fn fixture_value(name: &str) -> Value {
    serde_json::from_str(&fixture(name)).unwrap_or_else(|e| panic!("{name} is not JSON: {e}"))
}

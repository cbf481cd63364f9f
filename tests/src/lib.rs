//! Cross-crate end-to-end tests of wemeet-rs.

//! The integration tests of this package, gathered into one test binary (one link instead of one per file);
//! each module is one former `tests/<name>.rs`.

#[cfg(feature = "http")]
mod http_integration;
mod official_vectors;
mod properties;
mod signing_hides_secrets_from_debug_and_display;
mod verification;

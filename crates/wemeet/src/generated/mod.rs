// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! The client's methods, a module per service, each compiled with the service's cargo feature.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
#[cfg(feature = "meetings")]
mod meetings;

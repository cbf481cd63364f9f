// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! Code generated from `schemas/` by `cargo xtask codegen`.
pub mod endpoints;
pub mod models;
pub mod schemas;

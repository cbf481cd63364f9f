//! Request and response models of the Tencent Meeting (腾讯会议, "WeMeet") REST API.
//!
//! The models are generated from the JSON Schemas in `schemas/` by `cargo xtask codegen`; this crate adds
//! the hand-written pieces typify cannot express (code-list enums, timestamps, user references), the endpoint
//! table, and client-side validation. It depends on no HTTP crate.
#![warn(missing_docs)]

pub mod validate;

pub use validate::{Rule, Validate, ValidationError};

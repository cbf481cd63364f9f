// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! The client's methods, a module per service, each compiled with the service's cargo feature.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
#[cfg(feature = "control")]
mod control;
#[cfg(feature = "guests")]
mod guests;
#[cfg(feature = "layouts")]
mod layouts;
#[cfg(feature = "meetings")]
mod meetings;
#[cfg(feature = "pstn")]
mod pstn;
#[cfg(feature = "records")]
mod records;
#[cfg(feature = "rooms")]
mod rooms;
#[cfg(feature = "records")]
mod smart;
#[cfg(feature = "toolkit")]
mod toolkit;
#[cfg(feature = "users")]
mod users;

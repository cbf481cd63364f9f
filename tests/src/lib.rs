//! Cross-crate end-to-end tests of wemeet-rs: both clients against `wemeet-mock` and against a scripted server.
//!
//! This library holds the test harness; the tests are in `tests/tests/`.
#![warn(missing_docs)]

pub mod captured_logs;
pub mod clients;
pub mod load;
pub mod sample;
pub mod scripted;

pub use captured_logs::CapturedLogs;
pub use clients::{AnyClient, Configure, FLAVORS, Flavor, Setup};
pub use sample::{OPERATIONS, Operation};
pub use scripted::{Recorded, Reply, ScriptedServer};

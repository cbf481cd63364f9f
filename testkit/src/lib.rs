//! What the tests and benchmarks of wemeet-rs share, written once: a writer that keeps what `tracing` logged, the
//! decoding of ureq-proto's hex dumps in it, a global allocator that counts, valid requests of the three endpoints
//! the benchmarks and end-to-end tests call, the header lookup of an event callback, and the side-by-side timing of
//! the benchmarks.
//!
//! Unpublished: the published crates take it as a path-only dev-dependency, which `cargo package` strips.

pub mod callback_headers;
pub mod captured_logs;
pub mod counting_allocator;
pub mod hex_dumps;
pub mod requests;
pub mod side_by_side;

pub use callback_headers::callback_headers;
pub use captured_logs::{CapturedLogs, logged_while};
pub use counting_allocator::{Allocations, CountingAllocator};
pub use hex_dumps::{hex_dumped_bytes, with_hex_dumps_decoded};
pub use side_by_side::fastest_per_call;

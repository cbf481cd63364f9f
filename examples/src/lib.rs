//! What both quickstarts share: where they send, the request of each step of a meeting's lifecycle, the line each
//! step prints, and the receiver of event callbacks.
//!
//! The two quickstarts (`examples/quickstart.rs` with the async client, `examples/quickstart_blocking.rs` with the
//! blocking one) make the same calls in the same order; everything but the calls themselves lives here, once. The
//! recordings quickstart (`examples/recordings.rs`) keeps its requests and lines in [`recordings`].

pub mod environment;
pub mod events;
pub mod logging;
pub mod recordings;
pub mod report;
pub mod requests;

//! The HTTP server: connections accepted within the cap and served by hyper under the mock's timeouts, requests
//! routed to the API, answers put on the wire.
//!
//! - [`accept`]: the accept loop (at most so many connections at once; at the cap, the one idle the longest is
//!   closed for a newcomer) and the graceful shutdown.
//! - [`connection`]: the serving of one connection (a handler may close it without answering).
//! - [`activity`]: what one connection is doing (reads, waiting for a head), which tells the idle ones.
//! - [`head_timer`]: the idle timeout and the header-read timeout, made of hyper's one timer.
//! - [`limits`]: those limits and the body timeout, checked and bounded.
//! - [`router`]: a route per row of `wemeet_types::ENDPOINTS`, documented errors for every other path or method.
//! - [`reply`]: an answer on the wire, as it is or shaped by an injected fault.
//!
//! A request goes [`accept`] → [`connection`] → [`router`] → [`crate::api::pipeline`] → [`reply`].

pub(crate) mod accept;
pub(crate) mod activity;
pub(crate) mod connection;
pub(crate) mod head_timer;
pub(crate) mod limits;
pub(crate) mod reply;
pub(crate) mod router;

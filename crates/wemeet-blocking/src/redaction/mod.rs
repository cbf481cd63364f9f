//! Keeping secrets out of ureq-proto's wire log (why: see the crate documentation).
//!
//! ureq-proto serializes and logs a request in which every secret is a same-length run of asterisks, and parses
//! and logs responses whose bodies are asterisks; the real bytes go between the connection and the socket only.
//!
//! - [`exchange`]: one call's secrets and response body, held in a thread-local for the length of the call, and
//!   why a thread-local is what joins this half to the ureq adapter.
//! - [`request_body`]: the real request body written over ureq's placeholder: bytes in memory, or a multipart upload
//!   read from its reader as its placeholder goes out, never whole in memory.
//! - [`outgoing`]: the request bytes ureq-proto wrote, re-read as HTTP/1.1 head lines and body, with the real
//!   secrets put back just before they are sent.
//! - [`incoming`]: the response bytes received, framed as ureq-proto will frame them (heads, `Content-Length`,
//!   chunked encoding, trailers, bodies to the end of the connection), with each body moved to the exchange.
//! - [`connection`]: the outgoing and incoming halves for one connection, which is all the ureq adapter's
//!   transport holds.
//!
//! What the ureq adapter uses: [`Exchange::conceal`] and [`ExchangeScope`] around each call (with the
//! [`placeholder`] reader for ureq to send in place of an upload), [`ConnectionRedaction`] in each connection.

mod connection;
mod exchange;
mod incoming;
mod outgoing;
mod request_body;

pub(crate) use connection::ConnectionRedaction;
pub(crate) use exchange::{Exchange, ExchangeScope, placeholder};

//! Sending the API's requests with ureq: everything of this crate that is specific to ureq.
//!
//! - [`transport`]: the agent built from the [`Config`](wemeet_core::Config), and one attempt sent and read
//!   through it, with ureq's errors read as the shared [`TransportError`](wemeet_core::TransportError) kinds.
//! - [`resolver`]: name resolution, skipped for a host that is already an IP address.
//! - [`connector`]: the last link of the connector chain, which makes the connection to the API.
//! - [`tls`]: the TLS of that connection, rustls or native-tls as the features choose.
//! - [`api_transport`]: that connection as ureq reads and writes it, passing every byte through the
//!   [`redaction`](crate::redaction) on its way to and from the socket.

mod api_transport;
mod connector;
mod resolver;
mod tls;
mod transport;

pub(crate) use transport::Transport;

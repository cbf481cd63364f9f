//! One connection's redaction: the secrets put back into what goes out, the response bodies taken out of what
//! comes in.

use std::io;

use super::incoming::Incoming;
use super::outgoing::Outgoing;

/// What a connection to the API must do to the bytes between ureq-proto and the socket, request after request.
#[derive(Debug, Default)]
pub(crate) struct ConnectionRedaction {
    outgoing: Outgoing,
    incoming: Incoming,
}

impl ConnectionRedaction {
    /// Puts the real secrets of this thread's exchange into `bytes`, which ureq-proto serialized (and logged) and
    /// the connection is about to send; fails rather than send a placeholder.
    pub(crate) fn before_sending(&mut self, bytes: &mut [u8]) -> io::Result<()> {
        self.outgoing.restore(bytes)
    }

    /// Moves the response body bytes among `bytes`, just received, to this thread's exchange, leaving filler for
    /// ureq-proto to parse (and log); fails on a response it cannot frame, or a body with no exchange to take it.
    pub(crate) fn after_receiving(&mut self, bytes: &mut [u8]) -> io::Result<()> {
        self.incoming.scan(bytes, self.outgoing.last_was_head())
    }
}

#[cfg(test)]
mod tests {
    use http::Request;

    use super::*;
    use crate::redaction::{Exchange, ExchangeScope};

    fn request(method: &str) -> Vec<u8> {
        format!("{method} /v1/meetings HTTP/1.1\r\nhost: h\r\n\r\n").into_bytes()
    }

    #[test]
    fn the_response_to_a_head_request_is_read_as_having_no_body() {
        let mut get = Request::get("/v1/meetings").body(Vec::new()).unwrap();
        let scope = ExchangeScope::enter(Exchange::conceal(&mut get, None)).unwrap();
        let mut connection = ConnectionRedaction::default();

        connection.before_sending(&mut request("HEAD")).unwrap();
        // A body this long would swallow the start of the next response, were it read as one.
        let head_response = b"HTTP/1.1 200 OK\r\ncontent-length: 20\r\n\r\n".to_vec();
        let mut received = head_response.clone();
        connection.after_receiving(&mut received).unwrap();
        assert_eq!(received, head_response);

        connection.before_sending(&mut request("GET")).unwrap();
        let mut received = b"HTTP/1.1 200 OK\r\ncontent-length: 4\r\n\r\nbody".to_vec();
        connection.after_receiving(&mut received).unwrap();
        assert!(received.ends_with(b"\r\n\r\n****"));
        assert_eq!(scope.finish(), b"body");
    }
}

//! Puts the real secrets back into the request bytes ureq-proto serialized (and logged) with placeholders, just
//! before they go to the socket.

use std::io;

use super::exchange::{Exchange, FILLER};

/// Where a connection is in the request it is sending.
#[derive(Debug)]
pub(super) struct Outgoing {
    state: State,
    /// Whether the last request line was `HEAD` (its response has no body).
    last_was_head: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Expecting the request line.
    Start,
    /// In the header lines; `restored` sensitive values were put back so far.
    Headers { restored: usize },
    /// In the body: `sent` of its bytes went out.
    Body { sent: usize },
}

impl Default for Outgoing {
    fn default() -> Self {
        Outgoing {
            state: State::Start,
            last_was_head: false,
        }
    }
}

impl Outgoing {
    /// Restores the secrets of this thread's exchange into `bytes`, the next bytes ureq sends on this connection.
    ///
    /// ureq-proto writes the head in whole lines, so a head line never spans two calls; anything else (no
    /// exchange, a placeholder of another length, a body longer than the exchange's) fails rather than send a
    /// placeholder or a wrong byte.
    pub(super) fn restore(&mut self, bytes: &mut [u8]) -> io::Result<()> {
        Exchange::with_current(|exchange| self.restore_from(exchange, bytes))
            .unwrap_or_else(|| Err(refuse("no request is in flight on this thread")))
    }

    /// Whether the last request sent was a `HEAD`.
    pub(super) fn last_was_head(&self) -> bool {
        self.last_was_head
    }

    fn restore_from(&mut self, exchange: &Exchange, mut bytes: &mut [u8]) -> io::Result<()> {
        while !bytes.is_empty() {
            if let State::Body { sent } = self.state {
                let body = exchange.body();
                let take = bytes.len().min(body.len().saturating_sub(sent));
                let real = body
                    .get(sent..sent + take)
                    .filter(|real| !real.is_empty())
                    .ok_or_else(|| refuse("the body is longer than the request's"))?;
                let (part, rest) = std::mem::take(&mut bytes).split_at_mut(take);
                if part.iter().any(|byte| *byte != FILLER) {
                    return Err(refuse("the body is not the request's placeholder"));
                }
                part.copy_from_slice(real);
                let sent = sent + take;
                self.state = if sent == body.len() {
                    State::Start
                } else {
                    State::Body { sent }
                };
                bytes = rest;
                continue;
            }
            let end = bytes
                .windows(2)
                .position(|pair| pair == b"\r\n")
                .ok_or_else(|| refuse("a head line is split between writes"))?;
            let (line, rest) = std::mem::take(&mut bytes).split_at_mut(end + 2);
            self.line(exchange, line.split_at_mut(end).0)?;
            bytes = rest;
        }
        Ok(())
    }

    /// One head line, without its CRLF.
    fn line(&mut self, exchange: &Exchange, line: &mut [u8]) -> io::Result<()> {
        match self.state {
            State::Start => {
                self.last_was_head = line.starts_with(b"HEAD ");
                self.state = State::Headers { restored: 0 };
            }
            State::Headers { restored } if line.is_empty() => {
                if restored != exchange.header_count() {
                    return Err(refuse("a sensitive header was not in the head"));
                }
                self.state = if exchange.body().is_empty() {
                    State::Start
                } else {
                    State::Body { sent: 0 }
                };
            }
            State::Headers { restored } => {
                let colon = line
                    .iter()
                    .position(|byte| *byte == b':')
                    .ok_or_else(|| refuse("a header line has no colon"))?;
                let (name, value) = line.split_at_mut(colon);
                let value = trim_start(&mut value[1..]);
                if let Some(real) = exchange.header(name) {
                    if real.len() != value.len() || value.iter().any(|byte| *byte != FILLER) {
                        return Err(refuse("a sensitive header is not its placeholder"));
                    }
                    value.copy_from_slice(real);
                    self.state = State::Headers {
                        restored: restored + 1,
                    };
                }
            }
            State::Body { .. } => {}
        }
        Ok(())
    }
}

fn trim_start(value: &mut [u8]) -> &mut [u8] {
    let start = value
        .iter()
        .position(|byte| !matches!(byte, b' ' | b'\t'))
        .unwrap_or(value.len());
    &mut value[start..]
}

fn refuse(reason: &str) -> io::Error {
    io::Error::other(format!("refusing to send the request: {reason}"))
}

#[cfg(test)]
mod tests {
    use http::{HeaderValue, Request};

    use super::*;
    use crate::redaction::ExchangeScope;

    fn scope(body: &[u8]) -> ExchangeScope {
        let mut signature = HeaderValue::from_static("SIGNATURE");
        signature.set_sensitive(true);
        let mut key = HeaderValue::from_static("KEY");
        key.set_sensitive(true);
        let mut request = Request::builder()
            .header("x-tc-key", key)
            .header("x-tc-signature", signature)
            .body(body.to_vec())
            .unwrap();
        ExchangeScope::enter(Exchange::conceal(&mut request))
    }

    const HEAD: &[u8] = b"POST /v1/meetings HTTP/1.1\r\nhost: h\r\nx-tc-key: ***\r\nX-TC-Signature:*********\r\ncontent-length: 4\r\n\r\n";

    #[test]
    fn head_and_body_get_their_real_bytes_back_across_writes() {
        let _scope = scope(b"body");
        let mut outgoing = Outgoing::default();
        let mut head = HEAD.to_vec();
        outgoing.restore(&mut head).unwrap();
        assert_eq!(
            String::from_utf8(head).unwrap(),
            "POST /v1/meetings HTTP/1.1\r\nhost: h\r\nx-tc-key: KEY\r\nX-TC-Signature:SIGNATURE\r\ncontent-length: 4\r\n\r\n"
        );
        let (mut first, mut second) = (b"**".to_vec(), b"**".to_vec());
        outgoing.restore(&mut first).unwrap();
        outgoing.restore(&mut second).unwrap();
        assert_eq!([first, second].concat(), b"body");
        assert!(!outgoing.last_was_head());

        // The connection is reused: the next request starts over.
        let mut again = [HEAD, b"****"].concat();
        outgoing.restore(&mut again).unwrap();
        assert!(again.ends_with(b"\r\n\r\nbody"));
    }

    #[test]
    fn anything_unexpected_is_refused_rather_than_sent() {
        let _scope = scope(b"body");
        let cases: [&[u8]; 4] = [
            b"POST / HTTP/1.1\r\nx-tc-key: **",
            b"POST / HTTP/1.1\r\nx-tc-key: ****\r\n",
            b"POST / HTTP/1.1\r\nx-tc-key: ***\r\n\r\n",
            b"POST / HTTP/1.1\r\nx-tc-key: ***\r\nx-tc-signature: *********\r\n\r\n*****",
        ];
        for case in cases {
            let mut bytes = case.to_vec();
            assert!(
                Outgoing::default().restore(&mut bytes).is_err(),
                "{:?}",
                String::from_utf8_lossy(case)
            );
        }
    }

    #[test]
    fn without_an_exchange_nothing_is_sent() {
        let mut head = HEAD.to_vec();
        let error = Outgoing::default().restore(&mut head).unwrap_err();
        assert!(
            error.to_string().contains("no request is in flight"),
            "{error}"
        );
    }
}

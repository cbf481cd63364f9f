//! Takes each response body out of the bytes a connection receives before ureq-proto parses (and logs) them,
//! leaving same-length filler: heads, chunk sizes and trailers pass untouched, so ureq-proto frames the response
//! exactly as it would have, and the body itself goes to this thread's [`Exchange`].

use std::io;

use super::exchange::{Exchange, FILLER};

/// The largest response head (or chunk-size or trailer line) accepted; ureq's own limit is lower.
const MAX_HEAD_BYTES: usize = 64 * 1024;
/// The most header lines a response head may have.
const MAX_HEADERS: usize = 128;

/// Where a connection is in the response it is receiving.
#[derive(Debug, Default)]
pub(super) struct Incoming {
    state: State,
    /// The head or line received so far, while it is incomplete.
    pending: Vec<u8>,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Expecting a response head.
    #[default]
    Head,
    /// In a body of known length: this many bytes left.
    Sized(u64),
    /// Expecting a chunk-size line.
    ChunkSize,
    /// In a chunk: this many bytes left.
    Chunk(u64),
    /// Expecting the CRLF after a chunk.
    ChunkEnd,
    /// In the trailer lines after the last chunk.
    Trailers,
    /// The body runs until the server closes the connection.
    UntilClose,
}

impl Incoming {
    /// Scans `bytes`, just received, in place: the body bytes among them go to this thread's exchange and are
    /// replaced by filler. `head_request` tells whether the request was a `HEAD` (whose response has no body).
    ///
    /// A response it cannot frame fails (as ureq-proto would fail on it), and so does a body with no exchange to
    /// take it: no body byte ever reaches ureq-proto.
    pub(super) fn scan(&mut self, bytes: &mut [u8], head_request: bool) -> io::Result<()> {
        let mut bytes = bytes;
        while !bytes.is_empty() {
            let used = match self.state {
                State::Head => self.head(bytes, head_request)?,
                State::Sized(left) => {
                    let used = divert(bytes, left)?;
                    self.state = match left - used as u64 {
                        0 => State::Head,
                        left => State::Sized(left),
                    };
                    used
                }
                State::Chunk(left) => {
                    let used = divert(bytes, left)?;
                    self.state = match left - used as u64 {
                        0 => State::ChunkEnd,
                        left => State::Chunk(left),
                    };
                    used
                }
                State::UntilClose => divert(bytes, u64::MAX)?,
                State::ChunkSize | State::ChunkEnd | State::Trailers => self.line(bytes)?,
            };
            bytes = &mut std::mem::take(&mut bytes)[used..];
        }
        Ok(())
    }

    /// Takes head bytes until the head is complete, then decides how the body is framed; returns how many of
    /// `bytes` belonged to the head.
    fn head(&mut self, bytes: &[u8], head_request: bool) -> io::Result<usize> {
        let before = self.pending.len();
        self.pending.extend_from_slice(bytes);
        let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
        let mut response = httparse::Response::new(&mut headers);
        let length = match response.parse(&self.pending) {
            Ok(httparse::Status::Complete(length)) => length,
            Ok(httparse::Status::Partial) if self.pending.len() <= MAX_HEAD_BYTES => {
                return Ok(bytes.len());
            }
            Ok(httparse::Status::Partial) => {
                return Err(malformed("the response head is too large"));
            }
            Err(error) => {
                return Err(malformed(&format!(
                    "the response head is malformed: {error}"
                )));
            }
        };
        let status = response.code.unwrap_or_default();
        self.state = framing(status, response.headers, head_request)?;
        self.pending.clear();
        Ok(length - before)
    }

    /// Takes the bytes of a chunk-size, chunk-end or trailer line; returns how many of `bytes` it took.
    fn line(&mut self, bytes: &[u8]) -> io::Result<usize> {
        let Some(end) = bytes.iter().position(|byte| *byte == b'\n') else {
            self.pending.extend_from_slice(bytes);
            if self.pending.len() > MAX_HEAD_BYTES {
                return Err(malformed("a chunk line is too long"));
            }
            return Ok(bytes.len());
        };
        self.pending.extend_from_slice(&bytes[..end]);
        let line = std::mem::take(&mut self.pending);
        let line = line.strip_suffix(b"\r").unwrap_or(&line);
        self.state = match self.state {
            State::ChunkSize => match chunk_size(line)? {
                0 => State::Trailers,
                size => State::Chunk(size),
            },
            State::ChunkEnd if line.is_empty() => State::ChunkSize,
            State::ChunkEnd => return Err(malformed("a chunk does not end with CRLF")),
            State::Trailers if line.is_empty() => State::Head,
            other => other,
        };
        Ok(end + 1)
    }
}

/// How the body after a head with `status` and `headers` is framed (RFC 9112 §6.3, as ureq-proto reads it).
fn framing(status: u16, headers: &[httparse::Header<'_>], head_request: bool) -> io::Result<State> {
    let informational = (100..200).contains(&status) && status != 101;
    if head_request || informational || status == 204 || status == 304 {
        return Ok(State::Head);
    }
    if status == 101 {
        return Ok(State::UntilClose);
    }
    let mut chunked = false;
    let mut length: Option<u64> = None;
    for header in headers {
        if header.name.eq_ignore_ascii_case("transfer-encoding") {
            chunked |= header
                .value
                .split(|byte| *byte == b',')
                .any(|coding| coding.trim_ascii().eq_ignore_ascii_case(b"chunked"));
        } else if header.name.eq_ignore_ascii_case("content-length") {
            for element in header.value.split(|byte| *byte == b',') {
                let value = std::str::from_utf8(element.trim_ascii())
                    .ok()
                    .filter(|text| !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()))
                    .and_then(|text| text.parse::<u64>().ok())
                    .ok_or_else(|| malformed("the Content-Length is not a number"))?;
                if length.is_some_and(|earlier| earlier != value) {
                    return Err(malformed("the Content-Length values differ"));
                }
                length = Some(value);
            }
        }
    }
    Ok(match (chunked, length) {
        (true, _) => State::ChunkSize,
        (false, Some(0)) => State::Head,
        (false, Some(length)) => State::Sized(length),
        (false, None) => State::UntilClose,
    })
}

/// The size of a chunk-size line (hex digits, then optional `;extensions`).
fn chunk_size(line: &[u8]) -> io::Result<u64> {
    let digits = line.split(|byte| *byte == b';').next().unwrap_or_default();
    std::str::from_utf8(digits.trim_ascii())
        .ok()
        .filter(|text| !text.is_empty())
        .and_then(|text| u64::from_str_radix(text, 16).ok())
        .ok_or_else(|| malformed("a chunk size is not a hex number"))
}

/// Moves up to `limit` body bytes from the front of `bytes` to the exchange, leaving filler; returns how many.
fn divert(bytes: &mut [u8], limit: u64) -> io::Result<usize> {
    let count = usize::try_from(limit).map_or(bytes.len(), |limit| limit.min(bytes.len()));
    let body = &mut bytes[..count];
    Exchange::with_current(|exchange| exchange.receive(body))
        .ok_or_else(|| malformed("a response body arrived with no request in flight"))?;
    body.fill(FILLER);
    Ok(count)
}

fn malformed(reason: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, reason.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redaction::ExchangeScope;

    /// Feeds `wire` to a fresh scanner in pieces of `step` bytes; returns what ureq-proto would see and the body
    /// the exchange received.
    fn scan(wire: &[u8], step: usize, head_request: bool) -> io::Result<(String, String)> {
        let scope = ExchangeScope::enter(Exchange::default()).unwrap();
        let mut incoming = Incoming::default();
        let mut seen = Vec::new();
        for piece in wire.chunks(step) {
            let mut piece = piece.to_vec();
            incoming.scan(&mut piece, head_request)?;
            seen.extend_from_slice(&piece);
        }
        let body = scope.finish();
        Ok((
            String::from_utf8(seen).unwrap(),
            String::from_utf8(body).unwrap(),
        ))
    }

    const SIZED: &[u8] =
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 14\r\n\r\n{\"pw\":\"s3cr\"}\n";

    #[test]
    fn a_sized_body_is_taken_out_however_it_is_split() {
        for step in [1, 2, 7, 1000] {
            let (seen, body) = scan(SIZED, step, false).unwrap();
            assert_eq!(
                seen,
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 14\r\n\r\n**************",
                "step {step}"
            );
            assert_eq!(body, "{\"pw\":\"s3cr\"}\n", "step {step}");
        }
    }

    #[test]
    fn a_chunked_body_keeps_its_framing_and_loses_its_content() {
        let wire = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nx-trailer: t\r\n\r\n";
        for step in [1, 3, 1000] {
            let (seen, body) = scan(wire, step, false).unwrap();
            assert_eq!(
                seen,
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\n*****\r\n6\r\n******\r\n0\r\nx-trailer: t\r\n\r\n",
                "step {step}"
            );
            assert_eq!(body, "hello world", "step {step}");
        }
    }

    #[test]
    fn responses_on_a_reused_connection_are_framed_one_after_the_other() {
        let wire = [
            SIZED,
            b"HTTP/1.1 100 Continue\r\n\r\n",
            b"HTTP/1.1 204 No Content\r\n\r\n",
            SIZED,
        ]
        .concat();
        let (seen, body) = scan(&wire, 5, false).unwrap();
        assert_eq!(seen.matches("**************").count(), 2, "{seen}");
        assert!(
            seen.contains("HTTP/1.1 204 No Content\r\n\r\nHTTP/1.1 200 OK"),
            "{seen}"
        );
        assert_eq!(body, "{\"pw\":\"s3cr\"}\n{\"pw\":\"s3cr\"}\n");
    }

    #[test]
    fn a_body_without_length_runs_to_the_end_and_head_responses_have_none() {
        let (seen, body) = scan(b"HTTP/1.0 200 OK\r\n\r\nsecret body", 4, false).unwrap();
        assert_eq!(seen, "HTTP/1.0 200 OK\r\n\r\n***********");
        assert_eq!(body, "secret body");
        let (seen, body) = scan(SIZED.split_at(SIZED.len() - 14).0, 4, true).unwrap();
        assert!(seen.ends_with("\r\n\r\n"));
        assert_eq!(body, "");
    }

    #[test]
    fn what_cannot_be_framed_is_refused() {
        for wire in [
            &b"HTTP/1.1 200 OK\r\ncontent-length: 5\r\ncontent-length: 6\r\n\r\n"[..],
            b"HTTP/1.1 200 OK\r\ncontent-length: -1\r\n\r\n",
            b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n",
            b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n1\r\naXY\r\n",
            b"NOT HTTP AT ALL\r\n\r\n",
        ] {
            assert!(
                scan(wire, 1000, false).is_err(),
                "{}",
                String::from_utf8_lossy(wire)
            );
        }
    }

    #[test]
    fn a_body_with_no_request_in_flight_is_refused() {
        let mut wire = SIZED.to_vec();
        let error = Incoming::default().scan(&mut wire, false).unwrap_err();
        assert!(
            error.to_string().contains("no request in flight"),
            "{error}"
        );
    }
}

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
    Body { sent: u64 },
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
    /// ureq-proto writes the head in whole lines, so a head line never spans two calls; a body may be split
    /// anywhere, and an upload is read from its reader just as its placeholder goes out. Anything else (no
    /// exchange, a placeholder of another length, a body longer than the exchange's, an upload's reader failing or
    /// yielding another size than stated) fails rather than send a placeholder or a wrong byte.
    pub(super) fn restore(&mut self, bytes: &mut [u8]) -> io::Result<()> {
        Exchange::with_current(|exchange| self.restore_from(exchange, bytes))
            .unwrap_or_else(|| Err(refuse("no request is in flight on this thread")))
    }

    /// Whether the last request sent was a `HEAD`.
    pub(super) fn last_was_head(&self) -> bool {
        self.last_was_head
    }

    fn restore_from(&mut self, exchange: &mut Exchange, mut bytes: &mut [u8]) -> io::Result<()> {
        while !bytes.is_empty() {
            if let State::Body { sent } = self.state {
                let body = exchange.body();
                let left = body.length().saturating_sub(sent);
                let take = usize::try_from(left).map_or(bytes.len(), |left| left.min(bytes.len()));
                if take == 0 {
                    return Err(refuse("the body is longer than the request's"));
                }
                let (part, rest) = std::mem::take(&mut bytes).split_at_mut(take);
                if !is_filler(part) {
                    return Err(refuse("the body is not the request's placeholder"));
                }
                body.fill(sent, part)?;
                let sent = sent + take as u64;
                self.state = if sent == body.length() {
                    State::Start
                } else {
                    State::Body { sent }
                };
                bytes = rest;
                continue;
            }
            let end =
                line_end(bytes).ok_or_else(|| refuse("a head line is split between writes"))?;
            let (line, rest) = std::mem::take(&mut bytes).split_at_mut(end + 2);
            self.line(exchange, line.split_at_mut(end).0)?;
            bytes = rest;
        }
        Ok(())
    }

    /// One head line, without its CRLF.
    fn line(&mut self, exchange: &mut Exchange, line: &mut [u8]) -> io::Result<()> {
        match self.state {
            State::Start => {
                self.last_was_head = line.starts_with(b"HEAD ");
                self.state = State::Headers { restored: 0 };
            }
            State::Headers { restored } if line.is_empty() => {
                if restored != exchange.header_count() {
                    return Err(refuse("a sensitive header was not in the head"));
                }
                self.state = if exchange.body().length() == 0 {
                    State::Start
                } else {
                    State::Body { sent: 0 }
                };
            }
            State::Headers { restored } => {
                let colon = memchr::memchr(b':', line)
                    .ok_or_else(|| refuse("a header line has no colon"))?;
                let (name, value) = line.split_at_mut(colon);
                let value = trim_start(&mut value[1..]);
                if let Some(real) = exchange.header(name) {
                    if real.len() != value.len() || !is_filler(value) {
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

/// Where the first CRLF of `bytes` starts: each LF found with `memchr`, then the byte before it checked, rather
/// than comparing every pair of bytes, since this runs over every head line of every request.
fn line_end(bytes: &[u8]) -> Option<usize> {
    let mut from = 0;
    loop {
        let lf = from + memchr::memchr(b'\n', bytes.get(from..)?)?;
        if lf > 0 && bytes.get(lf - 1) == Some(&b'\r') {
            return Some(lf - 1);
        }
        from = lf + 1;
    }
}

/// Whether `bytes` are all [`FILLER`], compared a block at a time rather than byte by byte: this runs over every
/// request body.
fn is_filler(bytes: &[u8]) -> bool {
    const BLOCK: [u8; 256] = [FILLER; 256];
    bytes
        .chunks(BLOCK.len())
        .all(|chunk| chunk == &BLOCK[..chunk.len()])
}

fn trim_start(value: &mut [u8]) -> &mut [u8] {
    let start = value
        .iter()
        .position(|byte| !matches!(byte, b' ' | b'\t'))
        .unwrap_or(value.len());
    &mut value[start..]
}

/// An error that stops the request from being sent, saying why.
pub(super) fn refuse(reason: &str) -> io::Error {
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
        ExchangeScope::enter(Exchange::conceal(&mut request, None)).unwrap()
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

    /// An exchange whose body is a form around `file` (stated as `size` bytes); the HTTP head ureq would write for
    /// it, and the form's bytes (with the whole of `file`) and the length of its framing before the file.
    fn upload_scope(file: Vec<u8>, size: u64) -> (ExchangeScope, Vec<u8>, Vec<u8>, usize) {
        use wemeet_types::{Form, Upload};
        let mut form = Form::new();
        form.text("operator_id", "tester")
            .file(
                "file",
                &Upload::from_reader(std::io::Cursor::new(file.clone()), size),
            )
            .text("speak_number", &2);
        let upload = wemeet_core::AttemptUpload::from_form(&form).unwrap();
        let before_file = upload.head.len();
        let whole = [upload.head.clone(), file, upload.tail.clone()].concat();
        let body = crate::upload_body::UploadBody::new(upload).unwrap();
        let length = body.length();
        let mut signature = HeaderValue::from_static("SIGNATURE");
        signature.set_sensitive(true);
        let mut request = Request::builder()
            .header("x-tc-signature", signature)
            .body(Vec::new())
            .unwrap();
        let scope = ExchangeScope::enter(Exchange::conceal(&mut request, Some(body))).unwrap();
        let head = format!(
            "POST /v1/files/records/upload-all HTTP/1.1\r\nx-tc-signature: *********\r\ncontent-length: {length}\r\n\r\n"
        );
        (scope, head.into_bytes(), whole, before_file)
    }

    /// Restores the head, then `length` placeholder bytes in writes of `step`; what went out before the first
    /// refusal, and that refusal.
    fn send_upload(head: &[u8], length: usize, step: usize) -> (Vec<u8>, io::Result<()>) {
        let mut outgoing = Outgoing::default();
        let mut sent = head.to_vec();
        outgoing.restore(&mut sent).unwrap();
        assert!(String::from_utf8_lossy(&sent).contains("x-tc-signature: SIGNATURE\r\n"));
        let mut body = Vec::new();
        for piece in vec![FILLER; length].chunks(step) {
            let mut piece = piece.to_vec();
            if let Err(error) = outgoing.restore(&mut piece) {
                return (body, Err(error));
            }
            body.extend_from_slice(&piece);
        }
        (body, Ok(()))
    }

    #[test]
    fn an_upload_is_read_into_its_placeholder_however_the_writes_split_it() {
        let file: Vec<u8> = (0..5_000u32).map(|i| (i % 251) as u8).collect();
        for step in [1, 7, 1024, 1 << 20] {
            let (_scope, head, whole, _) = upload_scope(file.clone(), file.len() as u64);
            let (sent, result) = send_upload(&head, whole.len(), step);
            result.unwrap();
            assert!(
                sent == whole,
                "step {step}: the form's real bytes, in order"
            );
        }
    }

    #[test]
    fn an_upload_shorter_or_longer_than_stated_is_refused_before_the_form_is_whole() {
        for (yielded, says) in [
            (10, "ended 10 bytes short"),
            (21, "more bytes than the size it stated"),
        ] {
            let (_scope, head, whole, before_file) = upload_scope(vec![b'f'; yielded], 20);
            // The form as stated: 20 bytes of file.
            let length = whole.len() + 20 - yielded;
            let (sent, result) = send_upload(&head, length, 8);
            let error = result.unwrap_err();
            assert!(error.to_string().contains(says), "{error}");
            assert!(
                whole.starts_with(&sent) && sent.len() <= before_file + yielded.min(20),
                "real bytes of the form went out, of the file at most, never the framing after it: {}",
                String::from_utf8_lossy(&sent)
            );
        }
    }

    #[test]
    fn an_upload_whose_placeholder_was_altered_is_refused() {
        let (_scope, head, whole, _) = upload_scope(b"file".to_vec(), 4);
        let mut outgoing = Outgoing::default();
        outgoing.restore(&mut head.clone()).unwrap();
        let mut body = vec![FILLER; whole.len()];
        body[3] = b'x';
        assert!(outgoing.restore(&mut body).is_err());
    }

    #[test]
    fn a_line_ends_at_its_first_crlf_and_a_bare_lf_does_not_end_it() {
        assert_eq!(line_end(b"a: b\r\nc"), Some(4));
        assert_eq!(line_end(b"\r\n"), Some(0));
        assert_eq!(line_end(b"\na\nb\r\n"), Some(4));
        assert_eq!(line_end(b"a\rb\r"), None);
        assert_eq!(line_end(b"\n"), None);
        assert_eq!(line_end(b""), None);
    }

    #[test]
    fn filler_is_only_ever_all_filler() {
        let long = vec![FILLER; 1000];
        assert!(is_filler(&long) && is_filler(b"") && is_filler(b"*"));
        for at in [0, 255, 256, 999] {
            let mut altered = long.clone();
            altered[at] = b'x';
            assert!(!is_filler(&altered), "{at}");
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

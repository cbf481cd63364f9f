//! The secrets of the call in flight on this thread, kept where ureq cannot log them.
//!
//! [`Exchange::conceal`] replaces the value of every sensitive header (those `wemeet-sign` marks: the signature,
//! SecretId, AppId, SdkId, access token and open id) and the whole body with asterisks of the same length, so that
//! every length, `Content-Length` included, stays what goes on the wire, and keeps the real ones here. A multipart
//! upload is not a body in memory: ureq gets a [`placeholder`] reader of as many asterisks as the upload has bytes,
//! and the exchange keeps the upload, read only as its placeholder goes out. The connection ([`super::outgoing`])
//! puts the real bytes back into what ureq-proto wrote, and moves each response body here ([`super::incoming`]),
//! handing ureq-proto asterisks in its place.
//!
//! # Why a thread-local
//!
//! The call (`Transport::execute` of the ureq adapter) and the connection that moves its bytes meet only here, and
//! only through the thread, because ureq gives them nothing else in common (ureq 3.5):
//! - its `Transport` trait hands a connection the buffers to send or fill and a timeout, never the request;
//! - its `Connector` sees the request's URI and configuration, but only when a new connection is opened: a call
//!   that reuses a pooled connection never passes through it, and `Agent::run` does not say which connection it
//!   took;
//! - clones of one client share one agent and pool from many threads, so a slot shared by the agent's connections
//!   would need a key for the call that the connection can read: the calling thread is the only one (a map keyed
//!   by thread is this thread-local behind a lock), and a key written into the request would change the bytes
//!   sent.
//!
//! What it relies on: ureq does all the I/O of a call (connecting, sending, reading the head, and the body the
//! client reads right after) on the thread that makes it; its resolver's helper thread only looks names up.
//! `execute` scopes the exchange to exactly that ([`ExchangeScope`]). Should a later ureq move that I/O to
//! another thread, the connection there finds no exchange and refuses to send the request or to pass on its
//! response body: the call fails rather than send a placeholder or let a body through.
//!
//! A thread has one call in flight: a call made while another is (from inside an upload's reader, which the
//! connection reads with the exchange in hand, or from a logger) is refused before it sends anything, and the
//! exchange is never borrowed twice.

use std::cell::RefCell;
use std::io::{self, Read};
use std::marker::PhantomData;

use http::{HeaderName, HeaderValue, Request};

use super::request_body::RequestBody;
use crate::upload_body::UploadBody;

/// The byte that stands for a hidden one, in the request ureq serializes and in the response body it parses.
pub(super) const FILLER: u8 = b'*';

/// What ureq sends as the body of an upload of `length` bytes: as many asterisks, read as it goes.
pub(crate) fn placeholder(length: u64) -> impl Read + Send + 'static {
    io::repeat(FILLER).take(length)
}

/// One request's hidden parts, and the body of its response.
#[derive(Default)]
pub(crate) struct Exchange {
    /// The real values of the sensitive headers, in the request's order.
    headers: Vec<(HeaderName, HeaderValue)>,
    /// The real request body.
    body: RequestBody,
    /// The response body as it arrived.
    response_body: Vec<u8>,
}

/// A header value of `length` asterisks, built from a constant run of them for the lengths the signer's headers
/// have (no allocation besides the value's own).
fn filler_value(length: usize) -> HeaderValue {
    const FILLERS: [u8; 128] = [FILLER; 128];
    let value = match FILLERS.get(..length) {
        Some(fillers) => HeaderValue::from_bytes(fillers),
        None => HeaderValue::from_bytes(&vec![FILLER; length]),
    };
    value.unwrap_or_else(|_| HeaderValue::from_static(""))
}

thread_local! {
    static CURRENT: RefCell<Option<Exchange>> = const { RefCell::new(None) };
}

impl Exchange {
    /// Takes the secrets out of `request`, leaving same-length placeholders: sensitive header values and the body
    /// become asterisks (so every length, `Content-Length` included, stays what goes on the wire).
    ///
    /// With an `upload`, the request's own body is the empty one that was signed, and the upload is the body
    /// sent: ureq must send [`placeholder`]`(upload.length())` for it.
    pub(crate) fn conceal(request: &mut Request<Vec<u8>>, upload: Option<UploadBody>) -> Exchange {
        let mut headers = Vec::new();
        for (name, value) in request.headers_mut().iter_mut() {
            if value.is_sensitive() && !value.is_empty() {
                let mut placeholder = filler_value(value.len());
                placeholder.set_sensitive(true);
                headers.push((name.clone(), std::mem::replace(value, placeholder)));
            }
        }
        let placeholder = vec![FILLER; request.body().len()];
        let bytes = std::mem::replace(request.body_mut(), placeholder);
        let body = match upload {
            Some(upload) => RequestBody::upload(upload),
            None => RequestBody::Bytes(bytes),
        };
        Exchange {
            headers,
            body,
            response_body: Vec::new(),
        }
    }

    /// The real value of the sensitive header named `name` (compared without regard to case). The signer sets
    /// each of its headers once, so a name stands for one value.
    pub(super) fn header(&self, name: &[u8]) -> Option<&[u8]> {
        self.headers
            .iter()
            .find(|(header, _)| header.as_str().as_bytes().eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_bytes())
    }

    /// How many sensitive headers the request has.
    pub(super) fn header_count(&self) -> usize {
        self.headers.len()
    }

    /// The real request body.
    pub(super) fn body(&mut self) -> &mut RequestBody {
        &mut self.body
    }

    /// Keeps `bytes` of the response body.
    pub(super) fn receive(&mut self, bytes: &[u8]) {
        self.response_body.extend_from_slice(bytes);
    }

    /// Runs `f` on this thread's exchange; `None` when there is none (or when `f` is already running on it
    /// further up this thread's stack).
    pub(super) fn with_current<R>(f: impl FnOnce(&mut Exchange) -> R) -> Option<R> {
        CURRENT.with(|current| current.try_borrow_mut().ok()?.as_mut().map(f))
    }
}

/// This thread's exchange, for as long as the scope lives (dropping it, on any path, removes the exchange).
#[must_use]
pub(crate) struct ExchangeScope {
    /// The exchange is this thread's: the scope must not move to another.
    _thread_bound: PhantomData<*const ()>,
}

impl ExchangeScope {
    /// Makes `exchange` this thread's; `None` when the thread already has a call in flight (the new call is made
    /// from inside that one's upload reader or logging), whose exchange stays.
    pub(crate) fn enter(exchange: Exchange) -> Option<ExchangeScope> {
        CURRENT.with(|current| {
            let mut current = current.try_borrow_mut().ok()?;
            if current.is_some() {
                return None;
            }
            *current = Some(exchange);
            Some(ExchangeScope {
                _thread_bound: PhantomData,
            })
        })
    }

    /// Ends the scope, handing back the response body received.
    pub(crate) fn finish(self) -> Vec<u8> {
        take_current()
            .map(|exchange| exchange.response_body)
            .unwrap_or_default()
    }
}

impl Drop for ExchangeScope {
    fn drop(&mut self) {
        take_current();
    }
}

/// Removes this thread's exchange. A scope ends only where its call does, never while the exchange is borrowed;
/// were it borrowed, the exchange would stay, to be refused by the next call's [`ExchangeScope::enter`].
fn take_current() -> Option<Exchange> {
    CURRENT.with(|current| current.try_borrow_mut().ok()?.take())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request() -> Request<Vec<u8>> {
        let mut signature = HeaderValue::from_static("c2lnbmF0dXJl");
        signature.set_sensitive(true);
        Request::builder()
            .header("x-tc-signature", signature)
            .header("x-tc-nonce", "42")
            .body(br#"{"password":"1234"}"#.to_vec())
            .unwrap()
    }

    #[test]
    fn conceal_leaves_same_length_asterisks_and_keeps_the_real_bytes() {
        let mut request = request();
        let mut exchange = Exchange::conceal(&mut request, None);
        assert_eq!(request.headers()["x-tc-signature"], "************");
        assert_eq!(request.headers()["x-tc-nonce"], "42");
        assert_eq!(request.body(), b"*******************");
        assert_eq!(
            exchange.header(b"X-TC-Signature"),
            Some(&b"c2lnbmF0dXJl"[..])
        );
        assert_eq!(exchange.header(b"x-tc-nonce"), None);
        assert_eq!(exchange.header_count(), 1);
        let mut body = [0u8; 19];
        exchange.body().fill(0, &mut body).unwrap();
        assert_eq!(&body, br#"{"password":"1234"}"#);
    }

    #[test]
    fn a_placeholder_of_any_length_is_that_many_asterisks() {
        for length in [1, 88, 128, 129, 1000] {
            assert_eq!(filler_value(length).as_bytes(), vec![FILLER; length]);
        }
    }

    #[test]
    fn the_exchange_lives_exactly_as_long_as_its_scope_on_its_thread() {
        assert!(Exchange::with_current(|_| ()).is_none());
        let scope = ExchangeScope::enter(Exchange::conceal(&mut request(), None)).unwrap();
        Exchange::with_current(|exchange| exchange.receive(b"abc")).unwrap();
        std::thread::spawn(|| assert!(Exchange::with_current(|_| ()).is_none()))
            .join()
            .unwrap();
        assert_eq!(scope.finish(), b"abc");
        assert!(Exchange::with_current(|_| ()).is_none());
        {
            let _scope = ExchangeScope::enter(Exchange::default()).unwrap();
            assert!(Exchange::with_current(|_| ()).is_some());
        }
        assert!(Exchange::with_current(|_| ()).is_none());
    }

    #[test]
    fn a_call_made_while_another_is_in_flight_is_refused_and_leaves_it_alone() {
        let scope = ExchangeScope::enter(Exchange::conceal(&mut request(), None)).unwrap();
        assert!(ExchangeScope::enter(Exchange::default()).is_none());
        // As from an upload's reader, which the connection reads with the exchange in hand.
        let nested = Exchange::with_current(|_| {
            (
                ExchangeScope::enter(Exchange::default()).is_none(),
                Exchange::with_current(|_| ()).is_none(),
            )
        });
        assert_eq!(nested, Some((true, true)));
        assert_eq!(
            Exchange::with_current(|exchange| exchange.header_count()),
            Some(1),
            "the call in flight keeps its exchange"
        );
        drop(scope);
        assert!(Exchange::with_current(|_| ()).is_none());
    }
}

//! The secrets of the call in flight on this thread, kept where ureq cannot log them.
//!
//! [`Exchange::conceal`] replaces the value of every sensitive header (those `wemeet-sign` marks: the signature,
//! SecretId, AppId, SdkId, access token and open id) and the whole body with asterisks of the same length, so that
//! every length, `Content-Length` included, stays what goes on the wire, and keeps the real ones here. The
//! connection ([`super::outgoing`]) puts them back into the bytes ureq-proto wrote, and moves each response body
//! here ([`super::incoming`]), handing ureq-proto asterisks in its place.
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

use std::cell::RefCell;
use std::marker::PhantomData;

use http::{HeaderName, HeaderValue, Request};

/// The byte that stands for a hidden one, in the request ureq serializes and in the response body it parses.
pub(super) const FILLER: u8 = b'*';

/// One request's hidden parts, and the body of its response.
#[derive(Default)]
pub(crate) struct Exchange {
    /// The real values of the sensitive headers, in the request's order.
    headers: Vec<(HeaderName, HeaderValue)>,
    /// The real request body.
    body: Vec<u8>,
    /// The response body as it arrived.
    response_body: Vec<u8>,
}

thread_local! {
    static CURRENT: RefCell<Option<Exchange>> = const { RefCell::new(None) };
}

impl Exchange {
    /// Takes the secrets out of `request`, leaving same-length placeholders: sensitive header values and the body
    /// become asterisks (so every length, `Content-Length` included, stays what goes on the wire).
    pub(crate) fn conceal(request: &mut Request<Vec<u8>>) -> Exchange {
        let mut headers = Vec::new();
        for (name, value) in request.headers_mut().iter_mut() {
            if value.is_sensitive() && !value.is_empty() {
                let mut placeholder = HeaderValue::from_bytes(&vec![FILLER; value.len()])
                    .unwrap_or_else(|_| HeaderValue::from_static(""));
                placeholder.set_sensitive(true);
                headers.push((name.clone(), std::mem::replace(value, placeholder)));
            }
        }
        let placeholder = vec![FILLER; request.body().len()];
        let body = std::mem::replace(request.body_mut(), placeholder);
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
    pub(super) fn body(&self) -> &[u8] {
        &self.body
    }

    /// Keeps `bytes` of the response body.
    pub(super) fn receive(&mut self, bytes: &[u8]) {
        self.response_body.extend_from_slice(bytes);
    }

    /// Runs `f` on this thread's exchange; `None` when there is none.
    pub(super) fn with_current<R>(f: impl FnOnce(&mut Exchange) -> R) -> Option<R> {
        CURRENT.with(|current| current.borrow_mut().as_mut().map(f))
    }
}

/// This thread's exchange, for as long as the scope lives (dropping it, on any path, removes the exchange).
#[must_use]
pub(crate) struct ExchangeScope {
    /// The exchange is this thread's: the scope must not move to another.
    _thread_bound: PhantomData<*const ()>,
}

impl ExchangeScope {
    /// Makes `exchange` this thread's.
    pub(crate) fn enter(exchange: Exchange) -> ExchangeScope {
        CURRENT.with(|current| *current.borrow_mut() = Some(exchange));
        ExchangeScope {
            _thread_bound: PhantomData,
        }
    }

    /// Ends the scope, handing back the response body received.
    pub(crate) fn finish(self) -> Vec<u8> {
        CURRENT
            .with(|current| current.borrow_mut().take())
            .map(|exchange| exchange.response_body)
            .unwrap_or_default()
    }
}

impl Drop for ExchangeScope {
    fn drop(&mut self) {
        CURRENT.with(|current| current.borrow_mut().take());
    }
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
        let exchange = Exchange::conceal(&mut request);
        assert_eq!(request.headers()["x-tc-signature"], "************");
        assert_eq!(request.headers()["x-tc-nonce"], "42");
        assert_eq!(request.body(), b"*******************");
        assert_eq!(
            exchange.header(b"X-TC-Signature"),
            Some(&b"c2lnbmF0dXJl"[..])
        );
        assert_eq!(exchange.header(b"x-tc-nonce"), None);
        assert_eq!(exchange.header_count(), 1);
        assert_eq!(exchange.body(), br#"{"password":"1234"}"#);
    }

    #[test]
    fn the_exchange_lives_exactly_as_long_as_its_scope_on_its_thread() {
        assert!(Exchange::with_current(|_| ()).is_none());
        let scope = ExchangeScope::enter(Exchange::conceal(&mut request()));
        Exchange::with_current(|exchange| exchange.receive(b"abc")).unwrap();
        std::thread::spawn(|| assert!(Exchange::with_current(|_| ()).is_none()))
            .join()
            .unwrap();
        assert_eq!(scope.finish(), b"abc");
        assert!(Exchange::with_current(|_| ()).is_none());
        {
            let _scope = ExchangeScope::enter(Exchange::default());
            assert!(Exchange::with_current(|_| ()).is_some());
        }
        assert!(Exchange::with_current(|_| ()).is_none());
    }
}

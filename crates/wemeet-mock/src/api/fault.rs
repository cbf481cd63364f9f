//! Fault injection: make the next calls to an endpoint misbehave at the HTTP level.

use std::collections::VecDeque;
use std::time::Duration;

use bytes::Bytes;
use http::StatusCode;
use wemeet_types::Endpoint;

use crate::api::error::error_body;

/// What an injected fault does to a call.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum FaultKind {
    /// Answer with this status and a chosen body.
    Respond {
        /// The HTTP status sent.
        status: StatusCode,
    },
    /// Answer 200 with a JSON content type and a body that is not valid JSON.
    MalformedBody,
    /// Answer 200 with a valid JSON body of exactly `len` bytes (at least 16), streamed in chunks.
    OversizedBody {
        /// The body length in bytes.
        len: usize,
    },
    /// Close the connection without sending a single byte of response.
    DropConnection,
    /// Handle the call, then wait this long before sending the response headers.
    DelayHeaders(Duration),
    /// Handle the call, send the headers and the first half of the body, wait this long, then send the rest.
    DelayMidBody(Duration),
    /// Handle the call, send the headers (announcing the full length) and the first half of the body, then close
    /// the connection.
    TruncatedBody,
}

/// A fault to inject with [`MockServer::inject`](crate::MockServer::inject).
///
/// A fault applies to one endpoint ([`Fault::on`]) or to any endpoint (the default), for the next
/// [`times`](Fault::times) matching calls (default 1). Faults are consumed in the order they were injected.
///
/// Faults that replace the answer ([`respond`](Fault::respond), [`error`](Fault::error),
/// [`malformed_body`](Fault::malformed_body), [`oversized_body`](Fault::oversized_body),
/// [`drop_connection`](Fault::drop_connection)) by default stop the call before it is authenticated or handled,
/// so nothing is stored; [`after_handling`](Fault::after_handling) makes the mock handle the call first (a meeting
/// really is created) and only then misbehave, which is how a test proves that a client does not repeat a
/// non-idempotent call whose answer was lost. Faults that shape the real answer
/// ([`delay_headers`](Fault::delay_headers), [`delay_mid_body`](Fault::delay_mid_body),
/// [`truncated_body`](Fault::truncated_body)) always handle the call first.
///
/// ```
/// use std::time::Duration;
/// use http::StatusCode;
/// use wemeet_mock::Fault;
/// use wemeet_types::endpoints::CreateMeeting;
///
/// // The next two creates fail with a service error; the third is handled normally.
/// let busy = Fault::error(StatusCode::INTERNAL_SERVER_ERROR, 500_000, "busy").on::<CreateMeeting>().times(2);
/// // The next call to any endpoint is handled, but its connection is closed before the answer.
/// let lost = Fault::drop_connection().after_handling();
/// // The next call's answer stalls for a second after its first half.
/// let slow = Fault::delay_mid_body(Duration::from_secs(1));
/// # let _ = (busy, lost, slow);
/// ```
#[derive(Debug, Clone)]
#[must_use = "a fault does nothing until it is injected with MockServer::inject"]
pub struct Fault {
    endpoint: Option<&'static str>,
    times: usize,
    kind: FaultKind,
    body: Bytes,
    handle_first: bool,
    even_unauthenticated: bool,
}

impl Fault {
    fn new(kind: FaultKind, body: Bytes, handle_first: bool) -> Self {
        Self {
            endpoint: None,
            times: 1,
            kind,
            body,
            handle_first,
            even_unauthenticated: false,
        }
    }

    /// Answer with `status` and exactly `body` (sent with a JSON content type).
    pub fn respond(status: StatusCode, body: impl Into<Bytes>) -> Self {
        Self::new(FaultKind::Respond { status }, body.into(), false)
    }

    /// Answer with `status` and the documented error body for `error_code` and `message`.
    pub fn error(status: StatusCode, error_code: i64, message: &str) -> Self {
        Self::respond(status, error_body(error_code.into(), message))
    }

    /// Answer 200 with a body that is not valid JSON.
    pub fn malformed_body() -> Self {
        Self::new(
            FaultKind::MalformedBody,
            Bytes::from_static(MALFORMED_BODY),
            false,
        )
    }

    /// Answer 200 with a valid JSON object of exactly `len` bytes (`len` is raised to 16 if smaller).
    pub fn oversized_body(len: usize) -> Self {
        Self::new(
            FaultKind::OversizedBody {
                len: len.max(OVERSIZED_MIN_LEN),
            },
            Bytes::new(),
            false,
        )
    }

    /// Close the connection without answering.
    pub fn drop_connection() -> Self {
        Self::new(FaultKind::DropConnection, Bytes::new(), false)
    }

    /// Handle the call, then wait `delay` before sending the response headers.
    pub fn delay_headers(delay: Duration) -> Self {
        Self::new(FaultKind::DelayHeaders(delay), Bytes::new(), true)
    }

    /// Handle the call, send the headers and the first half of the body, wait `delay`, then send the rest.
    ///
    /// An empty body (set live-stream address) is sent chunked, and the stall comes before its end.
    pub fn delay_mid_body(delay: Duration) -> Self {
        Self::new(FaultKind::DelayMidBody(delay), Bytes::new(), true)
    }

    /// Handle the call, send the headers and the first half of the body, then close the connection.
    ///
    /// A non-empty body is announced with its full `Content-Length`; an empty one is sent chunked and never
    /// terminated.
    pub fn truncated_body() -> Self {
        Self::new(FaultKind::TruncatedBody, Bytes::new(), true)
    }

    /// Apply the fault only to calls of endpoint `E` (by default it applies to any endpoint).
    pub fn on<E: Endpoint>(mut self) -> Self {
        self.endpoint = Some(E::NAME);
        self
    }

    /// Apply the fault to the next `times` matching calls (default 1; 0 makes the fault inert).
    pub fn times(mut self, times: usize) -> Self {
        self.times = times;
        self
    }

    /// Handle the call normally (authenticate it, apply it, store what it creates) before misbehaving.
    pub fn after_handling(mut self) -> Self {
        self.handle_first = true;
        self
    }

    /// Strike calls that fail authentication too. By default a fault waits for an authenticated call, so that a
    /// stray request (a port scanner, a client with the wrong key) cannot use it up and make a test flaky.
    pub fn even_unauthenticated(mut self) -> Self {
        self.even_unauthenticated = true;
        self
    }

    /// What the fault does.
    pub fn kind(&self) -> &FaultKind {
        &self.kind
    }

    /// The endpoint (its [`Endpoint::NAME`]) the fault applies to, or `None` for any endpoint.
    pub fn endpoint(&self) -> Option<&'static str> {
        self.endpoint
    }

    /// How many more calls the fault applies to.
    pub fn remaining(&self) -> usize {
        self.times
    }

    /// Whether the call is handled before the fault strikes.
    pub fn handles_call_first(&self) -> bool {
        self.handle_first
    }

    /// The body of a [`FaultKind::Respond`] or [`FaultKind::MalformedBody`] answer.
    pub(crate) fn body(&self) -> &Bytes {
        &self.body
    }
}

/// The body of [`Fault::malformed_body`]: a JSON text cut inside a string.
const MALFORMED_BODY: &[u8] = b"{\"meeting_number\":1,\"meeting_info_list\":[{\"meeting_id\":\"12";

/// The smallest oversized body: `{"padding":""}` plus room.
const OVERSIZED_MIN_LEN: usize = 16;

/// The faults waiting to strike, in injection order.
#[derive(Debug, Default)]
pub(crate) struct FaultQueue {
    pending: VecDeque<Fault>,
}

impl FaultQueue {
    pub(crate) fn push(&mut self, fault: Fault) {
        if fault.times > 0 {
            self.pending.push_back(fault);
        }
    }

    /// Takes one strike of the first pending fault that applies to a call of `endpoint` (`authenticated` or
    /// not).
    pub(crate) fn take(&mut self, endpoint: &str, authenticated: bool) -> Option<Fault> {
        let index = self.pending.iter().position(|fault| {
            fault.endpoint.is_none_or(|name| name == endpoint)
                && (authenticated || fault.even_unauthenticated)
        })?;
        let fault = self.pending.get_mut(index)?;
        fault.times -= 1;
        let mut strike = fault.clone();
        strike.times = 1;
        if fault.times == 0 {
            self.pending.remove(index);
        }
        Some(strike)
    }

    pub(crate) fn pending(&self) -> Vec<Fault> {
        self.pending.iter().cloned().collect()
    }

    pub(crate) fn clear(&mut self) {
        self.pending.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wemeet_types::endpoints::{AddMeetingBackgrounds, CreateMeeting};

    #[test]
    fn faults_strike_in_order_and_only_their_endpoint() {
        let mut queue = FaultQueue::default();
        queue.push(Fault::malformed_body().on::<CreateMeeting>().times(2));
        queue.push(Fault::drop_connection());
        let first = queue
            .take(AddMeetingBackgrounds::NAME, true)
            .expect("the any-endpoint fault applies");
        assert_eq!(first.kind(), &FaultKind::DropConnection);
        assert!(
            queue.take(AddMeetingBackgrounds::NAME, true).is_none(),
            "that fault was used up"
        );
        for _ in 0..2 {
            assert_eq!(
                queue
                    .take(CreateMeeting::NAME, true)
                    .map(|f| f.kind().clone()),
                Some(FaultKind::MalformedBody)
            );
        }
        assert!(queue.take(CreateMeeting::NAME, true).is_none());
        assert!(queue.pending().is_empty());
    }

    #[test]
    fn an_unauthenticated_call_uses_only_a_fault_made_for_it() {
        let mut queue = FaultQueue::default();
        queue.push(Fault::drop_connection());
        assert!(queue.take(CreateMeeting::NAME, false).is_none());
        assert!(queue.take(CreateMeeting::NAME, true).is_some());
        queue.push(Fault::drop_connection().even_unauthenticated());
        assert!(queue.take(CreateMeeting::NAME, false).is_some());
    }

    #[test]
    fn zero_times_is_inert() {
        let mut queue = FaultQueue::default();
        queue.push(Fault::drop_connection().times(0));
        assert!(queue.take(CreateMeeting::NAME, true).is_none());
    }

    #[test]
    fn defaults_of_handling() {
        assert!(!Fault::respond(StatusCode::BAD_GATEWAY, "x").handles_call_first());
        assert!(
            Fault::drop_connection()
                .after_handling()
                .handles_call_first()
        );
        assert!(Fault::truncated_body().handles_call_first());
        assert_eq!(
            Fault::oversized_body(1).kind(),
            &FaultKind::OversizedBody { len: 16 }
        );
    }
}

//! What the mock received and what became of it: the request log (bounded) and per-endpoint counters (exact).

use std::collections::{BTreeMap, VecDeque};

use bytes::Bytes;
use http::{HeaderMap, Method};

use crate::api::fault::FaultKind;

/// What became of a received request.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Outcome {
    /// Still being handled (for example a fault is delaying it).
    Pending,
    /// Handled successfully: whatever it creates or sets was stored.
    Accepted,
    /// Refused with an error answer; nothing was stored.
    Rejected {
        /// The HTTP status of the error answer.
        status: u16,
        /// The API error code (`error_info.error_code`).
        error_code: i64,
        /// The error message.
        message: String,
    },
    /// An injected fault answered (or dropped the connection) before the request was handled; nothing was stored.
    Intercepted,
}

/// One request as the mock received it.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct RecordedRequest {
    /// Position among all requests the server received, from 0.
    pub sequence: u64,
    /// The endpoint's [`Endpoint::NAME`](wemeet_types::Endpoint::NAME), or `None` for a path the mock does not know.
    pub endpoint: Option<&'static str>,
    /// The HTTP method.
    pub method: Method,
    /// The request target: path and query exactly as received.
    pub target: String,
    /// The request headers.
    pub headers: HeaderMap,
    /// The body bytes exactly as received.
    pub body: Bytes,
    /// The `X-TC-Trace` id of the answer.
    pub trace_id: String,
    /// What became of it.
    pub outcome: Outcome,
    /// The injected fault that struck this request, if any.
    pub fault: Option<FaultKind>,
}

impl RecordedRequest {
    /// The value of header `name` (case-insensitive) if present and visible ASCII.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|value| value.to_str().ok())
    }
}

/// Counters of one endpoint. They count every request, even after the request log has dropped old entries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct EndpointStats {
    /// Requests received.
    pub received: u64,
    /// Requests handled successfully (a create that stored a meeting, ...).
    pub accepted: u64,
    /// Requests refused with an error answer.
    pub rejected: u64,
    /// Requests answered by an injected fault without being handled.
    pub intercepted: u64,
}

/// A snapshot of the counters, per endpoint.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ledger {
    endpoints: BTreeMap<&'static str, EndpointStats>,
    unknown: u64,
}

impl Ledger {
    /// The counters of the endpoint named `name` (an [`Endpoint::NAME`](wemeet_types::Endpoint::NAME)); all zero
    /// if it was never called.
    pub fn endpoint(&self, name: &str) -> EndpointStats {
        self.endpoints.get(name).copied().unwrap_or_default()
    }

    /// The counters of endpoint `E`.
    pub fn of<E: wemeet_types::Endpoint>(&self) -> EndpointStats {
        self.endpoint(E::NAME)
    }

    /// Every request received, known endpoint or not.
    pub fn total_received(&self) -> u64 {
        self.unknown
            + self
                .endpoints
                .values()
                .map(|stats| stats.received)
                .sum::<u64>()
    }

    /// Requests for paths or methods the mock does not serve.
    pub fn unknown_received(&self) -> u64 {
        self.unknown
    }
}

/// The request log: the most recent `capacity` requests within a bound in bytes, plus exact counters.
#[derive(Debug)]
pub(crate) struct RequestLog {
    capacity: usize,
    max_bytes: usize,
    bytes: usize,
    next_sequence: u64,
    entries: VecDeque<RecordedRequest>,
    ledger: Ledger,
}

impl RequestLog {
    /// A log of the last `capacity` requests that together weigh at most `max_bytes` (bodies, targets and
    /// headers); the oldest go first.
    pub(crate) fn new(capacity: usize, max_bytes: usize) -> Self {
        Self {
            capacity,
            max_bytes,
            bytes: 0,
            next_sequence: 0,
            entries: VecDeque::new(),
            ledger: Ledger::default(),
        }
    }

    /// What an entry weighs.
    fn weight(request: &RecordedRequest) -> usize {
        const OVERHEAD: usize = 128;
        let headers: usize = request
            .headers
            .iter()
            .map(|(name, value)| name.as_str().len() + value.len() + 32)
            .sum();
        OVERHEAD + request.target.len() + request.body.len() + headers + request.trace_id.len()
    }

    fn pop_oldest(&mut self) {
        if let Some(oldest) = self.entries.pop_front() {
            self.bytes -= Self::weight(&oldest);
        }
    }

    /// Records a received request (outcome [`Outcome::Pending`]) and returns its sequence number.
    pub(crate) fn record(&mut self, mut request: RecordedRequest) -> u64 {
        let sequence = self.next_sequence;
        self.next_sequence += 1;
        request.sequence = sequence;
        match request.endpoint {
            Some(name) => self.ledger.endpoints.entry(name).or_default().received += 1,
            None => self.ledger.unknown += 1,
        }
        let weight = Self::weight(&request);
        if self.capacity > 0 && weight <= self.max_bytes {
            while self.entries.len() >= self.capacity || self.bytes + weight > self.max_bytes {
                self.pop_oldest();
            }
            self.bytes += weight;
            self.entries.push_back(request);
        }
        sequence
    }

    /// Sets the outcome (and the fault that struck, if any) of request `sequence`.
    pub(crate) fn settle(
        &mut self,
        sequence: u64,
        endpoint: Option<&'static str>,
        outcome: Outcome,
        fault: Option<FaultKind>,
    ) {
        if let Some(name) = endpoint {
            let stats = self.ledger.endpoints.entry(name).or_default();
            match outcome {
                Outcome::Accepted => stats.accepted += 1,
                Outcome::Rejected { .. } => stats.rejected += 1,
                Outcome::Intercepted => stats.intercepted += 1,
                Outcome::Pending => {}
            }
        }
        // Entries are in sequence order, so the one we want is found by offset from the oldest kept.
        let Some(oldest) = self.entries.front().map(|entry| entry.sequence) else {
            return;
        };
        let Some(offset) = sequence
            .checked_sub(oldest)
            .and_then(|offset| usize::try_from(offset).ok())
        else {
            return;
        };
        if let Some(entry) = self.entries.get_mut(offset) {
            entry.outcome = outcome;
            entry.fault = fault;
        }
    }

    pub(crate) fn requests(&self) -> Vec<RecordedRequest> {
        self.entries.iter().cloned().collect()
    }

    pub(crate) fn ledger(&self) -> Ledger {
        self.ledger.clone()
    }

    /// Forgets the logged requests; the counters keep counting.
    pub(crate) fn clear(&mut self) {
        self.entries.clear();
        self.bytes = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(endpoint: Option<&'static str>) -> RecordedRequest {
        RecordedRequest {
            sequence: 0,
            endpoint,
            method: Method::POST,
            target: "/v1/meetings".into(),
            headers: HeaderMap::new(),
            body: Bytes::from_static(b"{}"),
            trace_id: "t".into(),
            outcome: Outcome::Pending,
            fault: None,
        }
    }

    #[test]
    fn the_log_is_bounded_but_the_counters_are_exact() {
        let mut log = RequestLog::new(3, usize::MAX);
        for _ in 0..10 {
            let sequence = log.record(request(Some("create_meeting")));
            log.settle(sequence, Some("create_meeting"), Outcome::Accepted, None);
        }
        let kept = log.requests();
        assert_eq!(
            kept.iter().map(|r| r.sequence).collect::<Vec<_>>(),
            [7, 8, 9]
        );
        assert!(kept.iter().all(|r| r.outcome == Outcome::Accepted));
        let stats = log.ledger().endpoint("create_meeting");
        assert_eq!(
            (stats.received, stats.accepted, stats.rejected),
            (10, 10, 0)
        );
    }

    #[test]
    fn settling_an_evicted_request_only_counts_it() {
        let mut log = RequestLog::new(1, usize::MAX);
        let first = log.record(request(Some("create_meeting")));
        log.record(request(None));
        log.settle(
            first,
            Some("create_meeting"),
            Outcome::Intercepted,
            Some(FaultKind::DropConnection),
        );
        assert_eq!(log.requests().len(), 1);
        assert_eq!(log.requests()[0].outcome, Outcome::Pending);
        assert_eq!(log.ledger().endpoint("create_meeting").intercepted, 1);
        assert_eq!(log.ledger().total_received(), 2);
        assert_eq!(log.ledger().unknown_received(), 1);
    }

    #[test]
    fn the_log_is_bounded_in_bytes_the_oldest_going_first() {
        let heavy = |n: u8| RecordedRequest {
            body: Bytes::from(vec![n; 1_000]),
            ..request(Some("create_meeting"))
        };
        let mut log = RequestLog::new(1_000, 5_000);
        for n in 0..20 {
            log.record(heavy(n));
        }
        let kept = log.requests();
        assert!(kept.len() < 5 && !kept.is_empty(), "{}", kept.len());
        assert_eq!(
            kept.last().map(|r| r.sequence),
            Some(19),
            "the newest is kept"
        );
        assert!(
            kept.windows(2)
                .all(|pair| pair[0].sequence + 1 == pair[1].sequence)
        );
        assert!(log.bytes <= 5_000);
        // A request heavier than the whole bound is counted, not kept.
        let mut small = RequestLog::new(10, 500);
        small.record(heavy(1));
        assert!(small.requests().is_empty());
        assert_eq!(small.ledger().total_received(), 1);
    }

    #[test]
    fn clearing_keeps_the_counters() {
        let mut log = RequestLog::new(10, usize::MAX);
        log.record(request(Some("create_meeting")));
        log.clear();
        assert!(log.requests().is_empty());
        assert_eq!(log.ledger().endpoint("create_meeting").received, 1);
        let next = log.record(request(None));
        assert_eq!(next, 1, "sequence numbers keep growing");
    }
}

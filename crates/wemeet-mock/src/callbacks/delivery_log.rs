//! What became of each attempt to deliver an event: the records the handle reads back.

use std::collections::VecDeque;
use std::time::Instant;

/// One attempt to deliver an event to the subscription, as [`MockServer::deliveries`](crate::MockServer::deliveries)
/// lists it. It holds no body, Token, key or signature.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct EventDelivery {
    /// The event name, e.g. `meeting.medium-uploaded`.
    pub event: &'static str,
    /// The event's `trace_id`: the `X-TC-Trace` the mock answered the call that emitted it with.
    pub trace_id: String,
    /// 1 for the first delivery, 2 to 4 for the retries.
    pub attempt: u32,
    /// When the attempt started.
    pub started: Instant,
    /// How the receiver answered.
    pub outcome: DeliveryOutcome,
}

/// How a receiver answered an event delivery. Only [`Acknowledged`](Self::Acknowledged) ends the retries.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DeliveryOutcome {
    /// HTTP 200 with exactly [`SUCCESS_RESPONSE`](wemeet_webhook::SUCCESS_RESPONSE), in time.
    Acknowledged,
    /// Another HTTP status.
    Status(u16),
    /// HTTP 200 with another body (or one too long, or cut short).
    WrongBody,
    /// No complete answer within [`EVENT_ANSWER_TIMEOUT`](wemeet_webhook::EVENT_ANSWER_TIMEOUT) (sped up as the
    /// subscription says).
    Timeout,
    /// No connection, or it broke before an answer.
    Unreachable {
        /// The connection error.
        reason: String,
    },
}

/// The most recent delivery attempts, oldest first.
#[derive(Debug, Default)]
pub(crate) struct DeliveryLog {
    attempts: VecDeque<EventDelivery>,
}

impl DeliveryLog {
    /// How many attempts the log keeps: the oldest go first.
    const CAPACITY: usize = 10_000;

    pub(crate) fn record(&mut self, delivery: EventDelivery) {
        if self.attempts.len() == Self::CAPACITY {
            self.attempts.pop_front();
        }
        self.attempts.push_back(delivery);
    }

    pub(crate) fn attempts(&self) -> Vec<EventDelivery> {
        self.attempts.iter().cloned().collect()
    }

    pub(crate) fn clear(&mut self) {
        self.attempts.clear();
    }
}

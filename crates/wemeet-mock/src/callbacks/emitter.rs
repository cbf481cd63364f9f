//! The events a call emits: a behaviour emits them, the pipeline hands them to the outbox once the call succeeded.

use std::cell::RefCell;
use std::fmt;

use wemeet_types::EventPayload;
use wemeet_webhook::Envelope;

/// Collects the events of one call, each in the current envelope with the call's `X-TC-Trace` as its
/// `trace_id` (the docs say so of `meeting.medium-uploaded`; the mock does the same for every event, so a test
/// can match any event to its call).
#[derive(Debug)]
pub(crate) struct Emitter {
    trace_id: String,
    events: RefCell<Vec<OutgoingEvent>>,
}

impl Emitter {
    /// Collects the events of the call answered with `trace_id`.
    pub(crate) fn new(trace_id: &str) -> Self {
        Self {
            trace_id: trace_id.to_owned(),
            events: RefCell::new(Vec::new()),
        }
    }

    /// Emits the event whose payload item is `payload` (its name is `P::EVENT`). It is sent only if the call
    /// succeeds, and only to a subscription.
    pub(crate) fn emit<P: EventPayload>(&self, payload: P) {
        let envelope = Envelope::new(self.trace_id.clone(), [payload]);
        match serde_json::to_string(&envelope) {
            Ok(json) => self.events.borrow_mut().push(OutgoingEvent {
                name: P::EVENT,
                trace_id: self.trace_id.clone(),
                json,
            }),
            Err(error) => {
                tracing::error!(event = P::EVENT, %error, "wemeet-mock: cannot encode an event");
            }
        }
    }

    /// The `X-TC-Trace` of the call: what an event naming its request (`request_id`) names.
    pub(crate) fn trace_id(&self) -> &str {
        &self.trace_id
    }

    /// The events emitted, in order.
    pub(crate) fn into_events(self) -> Vec<OutgoingEvent> {
        self.events.into_inner()
    }
}

/// An event ready to send: its name, its trace id and its JSON. `Debug` shows the JSON's length only.
#[derive(Clone)]
pub(crate) struct OutgoingEvent {
    pub(crate) name: &'static str,
    pub(crate) trace_id: String,
    pub(crate) json: String,
}

impl fmt::Debug for OutgoingEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OutgoingEvent")
            .field("name", &self.name)
            .field("trace_id", &self.trace_id)
            .field("json_len", &self.json.len())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use wemeet_types::events::MeetingCreatedPayload;
    use wemeet_webhook::Event;

    use super::*;

    #[test]
    fn an_emitted_event_is_in_the_current_envelope_with_the_calls_trace_id() {
        let emitter = Emitter::new("0123abcd");
        emitter.emit(
            MeetingCreatedPayload::builder()
                .operate_time(1_609_313_201_465_u64)
                .build(),
        );
        let events = emitter.into_events();
        assert_eq!(events.len(), 1);
        assert_eq!(
            (events[0].name, events[0].trace_id.as_str()),
            ("meeting.created", "0123abcd")
        );
        let Event::MeetingCreated(created) = Event::from_json(&events[0].json).unwrap() else {
            panic!("{:?}", events[0]);
        };
        assert_eq!(created.trace_id(), Some("0123abcd"));
        assert_eq!(created.payload().len(), 1);
        assert!(!format!("{events:?}").contains("operate_time"));
    }
}

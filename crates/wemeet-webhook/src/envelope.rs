//! The envelope every event shares: its name, its unique sequence value and its payload items.

use serde::{Deserialize, Serialize};

use crate::event::EventPayload;

/// An event as the service sends it: the event name, its unique sequence value and the payload items, typed
/// by `P` (a generated payload model such as [`MeetingCreatedPayload`](wemeet_types::events::MeetingCreatedPayload)).
///
/// Both envelope versions of the docs decode: the current one names the sequence value `trace_id`, the legacy
/// one `unique_sequence`; [`trace_id`](Self::trace_id) reads whichever is there. Unknown members are ignored.
///
/// ```
/// use wemeet_types::events::MeetingCreatedPayload;
/// use wemeet_webhook::Envelope;
///
/// let legacy: Envelope<MeetingCreatedPayload> = serde_json::from_str(
///     r#"{"event": "meeting.created", "unique_sequence": "f20096ee", "payload": [{}]}"#,
/// )
/// .unwrap();
/// assert_eq!(legacy.trace_id(), Some("f20096ee"));
/// assert_eq!(legacy.payload().len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Envelope<P> {
    /// The event name (事件名), e.g. `meeting.created`.
    pub event: String,
    /// The unique sequence value of the event (事件的唯一序列值), in the current envelope. For
    /// `meeting.medium-uploaded` it equals the `X-TC-Trace` response header of the request whose upload finished.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trace_id: Option<String>,
    /// The same value under its legacy name, in the legacy envelope.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unique_sequence: Option<String>,
    /// The event items (事件内容); the docs' examples carry one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<P>>,
}

impl<P: EventPayload> Envelope<P> {
    /// A current-version envelope of the event `P` describes, for sending (a mock, a test).
    pub fn new(trace_id: impl Into<String>, payload: impl IntoIterator<Item = P>) -> Self {
        Self {
            event: P::EVENT.to_owned(),
            trace_id: Some(trace_id.into()),
            unique_sequence: None,
            payload: Some(payload.into_iter().collect()),
        }
    }
}

impl<P> Envelope<P> {
    /// The unique sequence value of the event: `trace_id`, or `unique_sequence` in the legacy envelope.
    pub fn trace_id(&self) -> Option<&str> {
        self.trace_id.as_deref().or(self.unique_sequence.as_deref())
    }

    /// The payload items; none when `payload` is absent or `null`.
    pub fn payload(&self) -> &[P] {
        self.payload.as_deref().unwrap_or_default()
    }
}

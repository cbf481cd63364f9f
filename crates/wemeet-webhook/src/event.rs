//! The events this crate types, by name, and the decoding of an event's JSON.
//!
//! The `Event` enum is generated (`generated.rs`) from the payload schemas of `schemas/events/`: a variant per
//! `x-event`, through the [`events!`] macro here, which writes the decoding around the variants.

use std::borrow::Cow;

use serde::Deserialize;
use serde_json::value::RawValue;
pub use wemeet_types::EventPayload;

use crate::envelope::Envelope;
use crate::error::{JsonProblem, WebhookError};

/// Defines `Event`: a variant per payload model (`Variant(path::to::Payload) = "event.name"`), with its decoding,
/// name, trace id, serialization and conversions.
macro_rules! events {
    ($( $(#[$doc:meta])* $variant:ident($payload:path) = $name:literal, )+) => {
        /// An event callback, decoded: one variant per event this crate types, [`Event::Other`] for the rest.
        ///
        /// ```
        /// use wemeet_webhook::Event;
        ///
        /// let event = Event::from_json(
        ///     r#"{"event": "meeting.created", "trace_id": "e7aa65dd", "payload": [
        ///         {"operate_time": 1609313201465, "meeting_info": {"meeting_id": "13339451618278424869"}}]}"#,
        /// )
        /// .unwrap();
        /// let Event::MeetingCreated(created) = &event else { panic!("{event:?}") };
        /// assert_eq!(created.payload()[0].meeting_info.as_ref().unwrap().meeting_id.as_deref(),
        ///            Some("13339451618278424869"));
        /// assert_eq!((event.name(), event.trace_id()), ("meeting.created", Some("e7aa65dd")));
        ///
        /// let json = r#"{"event": "meeting.of-tomorrow", "trace_id": "t", "payload": [{"big": 123456789012345678901}]}"#;
        /// let Event::Other(other) = Event::from_json(json).unwrap() else { panic!() };
        /// assert_eq!((other.name(), other.trace_id(), other.json()), ("meeting.of-tomorrow", Some("t"), json));
        /// ```
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum Event {
            $( $(#[$doc])* $variant($crate::envelope::Envelope<$payload>), )+
            /// Any other event: its name and its JSON, kept as received.
            Other($crate::event::OtherEvent),
        }

        impl Event {
            /// The names of the events with a variant of their own.
            pub const TYPED: &'static [&'static str] = &[$($name),+];

            /// Decodes an event's JSON (the decrypted `data` of a delivery).
            ///
            /// A known event must fit its model ([`WebhookError::EventModel`](crate::WebhookError::EventModel)
            /// otherwise); the models are lenient (every field optional, unknown fields ignored). Any other event
            /// becomes [`Event::Other`].
            // The link spells its path: this doc is expanded in `generated.rs`, which does not import `WebhookError`.
            pub fn from_json(json: &str) -> Result<Self, $crate::error::WebhookError> {
                let peeked = $crate::event::peek(json)?;
                match peeked.event.as_ref() {
                    $( $name => $crate::event::decode(json, $name).map(Self::$variant), )+
                    _ => $crate::event::OtherEvent::decode(peeked, json).map(Self::Other),
                }
            }

            /// The event name, e.g. `meeting.created`.
            pub fn name(&self) -> &str {
                match self {
                    $( Self::$variant(envelope) => &envelope.event, )+
                    Self::Other(other) => &other.name,
                }
            }

            /// The unique sequence value of the event (`trace_id`, or `unique_sequence` in the legacy envelope).
            pub fn trace_id(&self) -> Option<&str> {
                match self {
                    $( Self::$variant(envelope) => envelope.trace_id(), )+
                    Self::Other(other) => other.trace_id(),
                }
            }
        }

        impl ::serde::Serialize for Event {
            /// The event's JSON, as the service sends it.
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    $( Self::$variant(envelope) => envelope.serialize(serializer), )+
                    Self::Other(other) => other.json.serialize(serializer),
                }
            }
        }

        $(
            impl From<$crate::envelope::Envelope<$payload>> for Event {
                fn from(envelope: $crate::envelope::Envelope<$payload>) -> Self {
                    Self::$variant(envelope)
                }
            }
        )+
    };
}

pub(crate) use events;

#[rustfmt::skip]
#[path = "generated.rs"]
mod generated;
pub use generated::Event;

/// An event without a variant of its own: its name, its trace id and its JSON text, exactly as received.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct OtherEvent {
    name: String,
    trace_id: Option<String>,
    json: Box<RawValue>,
}

impl OtherEvent {
    fn decode(peeked: Peeked<'_>, json: &str) -> Result<Self, WebhookError> {
        let json = serde_json::from_str(json).map_err(|error| WebhookError::NotAnEvent {
            problem: JsonProblem::from(&error),
        })?;
        Ok(Self {
            name: peeked.event.into_owned(),
            trace_id: peeked
                .trace_id
                .or(peeked.unique_sequence)
                .map(Cow::into_owned),
            json,
        })
    }

    /// The event name, e.g. `meeting.started`.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The whole event's JSON text, as received (without surrounding whitespace): decode it into a type of your
    /// own, or into a `serde_json::Value`.
    pub fn json(&self) -> &str {
        self.json.get()
    }

    /// The unique sequence value of the event (`trace_id`, or `unique_sequence` in the legacy envelope).
    pub fn trace_id(&self) -> Option<&str> {
        self.trace_id.as_deref()
    }
}

impl PartialEq for OtherEvent {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name && self.trace_id == other.trace_id && self.json() == other.json()
    }
}

/// The members every event has, read without decoding the rest.
#[derive(Deserialize)]
struct Peeked<'a> {
    #[serde(borrow)]
    event: Cow<'a, str>,
    #[serde(borrow, default)]
    trace_id: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    unique_sequence: Option<Cow<'a, str>>,
}

fn peek(json: &str) -> Result<Peeked<'_>, WebhookError> {
    serde_json::from_str(json).map_err(|error| WebhookError::NotAnEvent {
        problem: JsonProblem::from(&error),
    })
}

fn decode<P: EventPayload>(json: &str, event: &'static str) -> Result<Envelope<P>, WebhookError> {
    serde_json::from_str(json).map_err(|error| WebhookError::EventModel {
        event,
        problem: JsonProblem::from(&error),
    })
}

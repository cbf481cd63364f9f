//! The payload models of the event callbacks, by event name.

use serde::Serialize;
use serde::de::DeserializeOwned;

/// A payload model of an event callback (one item of the event's `payload`), generated from a schema of
/// `schemas/events/`, and the name the service gives that event (the schema's `x-event`).
///
/// ```
/// use wemeet_types::{EventPayload, EVENTS, events::MeetingCreatedPayload};
///
/// assert_eq!(MeetingCreatedPayload::EVENT, "meeting.created");
/// assert!(EVENTS.contains(&MeetingCreatedPayload::EVENT));
/// ```
pub trait EventPayload: DeserializeOwned + Serialize {
    /// The event name, e.g. `meeting.created`.
    const EVENT: &'static str;
}

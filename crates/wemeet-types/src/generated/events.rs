// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! The event callbacks' payload models by event name, from the `x-event` of `schemas/events/`.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
impl crate::EventPayload for crate::MeetingCanceledPayload {
    const EVENT: &'static str = "meeting.canceled";
}
impl crate::EventPayload for crate::MeetingCreatedPayload {
    const EVENT: &'static str = "meeting.created";
}
impl crate::EventPayload for crate::MeetingLiveStartedPayload {
    const EVENT: &'static str = "meeting.live-started";
}
impl crate::EventPayload for crate::MeetingLiveStoppedPayload {
    const EVENT: &'static str = "meeting.live-stopped";
}
impl crate::EventPayload for crate::MeetingMediumUploadedPayload {
    const EVENT: &'static str = "meeting.medium-uploaded";
}
impl crate::EventPayload for crate::MeetingUpdatedPayload {
    const EVENT: &'static str = "meeting.updated";
}
/// The names of the events with a payload model, sorted.
pub static EVENTS: &[&str] = &[
    "meeting.canceled",
    "meeting.created",
    "meeting.live-started",
    "meeting.live-stopped",
    "meeting.medium-uploaded",
    "meeting.updated",
];

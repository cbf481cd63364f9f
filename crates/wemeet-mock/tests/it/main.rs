//! The integration tests of this package, gathered into one test binary (one link instead of one per file);
//! each module is one former `tests/<name>.rs`.

mod support;
mod typed_calls;

mod add_meeting_backgrounds;
mod api_calls;
mod authentication;
mod binary;
mod concurrency;
mod connection_limits;
mod create_meeting;
mod demo_credentials;
mod faults;
mod in_meeting_control;
mod layouts_guests_phones;
mod lifecycle;
mod meeting_changes;
mod meeting_lifecycle;
mod meeting_pages;
mod meeting_rooms;
mod meeting_rules;
mod participant_events;
mod record_uploads;
mod recordings;
mod request_forms;
mod rules_pinned;
mod set_live_stream_address;
mod users;

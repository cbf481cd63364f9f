//! The integration tests of this package, gathered into one test binary (one link instead of one per file);
//! each module is one former `tests/<name>.rs`.

mod support;

mod add_meeting_backgrounds;
mod api_calls;
mod authentication;
mod binary;
mod concurrency;
mod connection_limits;
mod create_meeting;
mod demo_credentials;
mod faults;
mod lifecycle;
mod meeting_lifecycle;
mod record_uploads;
mod recordings;
mod rules_pinned;
mod set_live_stream_address;
mod users;

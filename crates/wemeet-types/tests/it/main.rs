//! The integration tests of this package, gathered into one test binary (one link instead of one per file);
//! each module is one former `tests/<name>.rs`.

#[allow(dead_code)]
mod support;

mod code_lists;
mod doc_examples;
mod documented_parameters;
mod endpoints;
mod hand_written_types;
mod lenient_responses;
mod models_hide_sensitive_fields_from_debug;
mod request_snapshots;
mod required_fields;
mod unix_seconds;
mod users;
mod validation_add_meeting_backgrounds;
mod validation_create_meeting;
mod validation_messages;
mod validation_png;
mod validation_properties;
mod validation_set_live_stream_address;

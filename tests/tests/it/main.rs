//! The integration tests of this package, gathered into one test binary (one link instead of one per file);
//! each module is one former `tests/<name>.rs`.

mod call_log_context;
mod clock_skew_and_replay;
mod event_callbacks;
mod fault_matrix;
mod fuzz_corpus_replay;
mod load_small;
mod mock_end_to_end;
mod oauth2;
mod paging;
mod quickstarts_walk_the_lifecycle_and_print_no_secret;
mod raw_call;
mod readme_endpoint_table;
mod readme_install;
mod recording_upload;
mod recordings_quickstart;
mod request_properties;
mod scripted_server;
mod tracing_span;
mod validation_sends_nothing;

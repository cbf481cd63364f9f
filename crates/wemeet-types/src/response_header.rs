//! Headers the service sets on its answers.

/// `X-TC-Trace`: the trace id of a call, which Tencent support asks for and an event callback repeats (the
/// `trace_id` of `meeting.medium-uploaded` is the add-backgrounds answer's). Spelled in lower case, as `http`
/// keeps header names; the docs write `X-TC-Trace`.
pub const TRACE_HEADER: &str = "x-tc-trace";

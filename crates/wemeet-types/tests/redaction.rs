//! Credentials (fields the schemas mark `x-sensitive`) never show in `Debug` output.

mod support;

use support::fixture;
use wemeet_types::{CreateMeetingRequest, CreateMeetingResponse, SetLiveStreamAddressRequest};

#[test]
fn push_passwords_are_redacted() {
    let request: SetLiveStreamAddressRequest =
        serde_json::from_str(&fixture("set-live-stream-address.request.json")).unwrap();
    let debug = format!("{request:?} {request:#?}");
    assert!(
        !debug.contains("123123123123123") && !debug.contains("123123123123321"),
        "{debug}"
    );
    assert!(debug.contains("push_password: <redacted>"), "{debug}");
    // Everything else is still there to debug with.
    assert!(debug.contains("rtmp://321.321.fs.tv/123live/"), "{debug}");
}

#[test]
fn meeting_passwords_are_redacted_in_requests_and_responses() {
    let request: CreateMeetingRequest =
        serde_json::from_str(&fixture("create-meeting.request.json")).unwrap();
    let debug = format!("{request:?}");
    assert!(
        debug.contains("password: Some(<redacted>)") && !debug.contains("1111"),
        "{debug}"
    );
    assert!(debug.contains("tester's meeting"), "{debug}");

    let response: CreateMeetingResponse =
        serde_json::from_str(&fixture("create-meeting.response.json")).unwrap();
    let debug = format!("{response:?}");
    assert!(
        debug.contains("password: Some(<redacted>)") && !debug.contains("\"1111\""),
        "{debug}"
    );

    let mut without = request.clone();
    without.password = None;
    assert!(format!("{without:?}").contains("password: None"));
}

#[test]
fn redaction_is_only_in_debug_the_wire_keeps_the_value() {
    let request: SetLiveStreamAddressRequest =
        serde_json::from_str(&fixture("set-live-stream-address.request.json")).unwrap();
    let body = serde_json::to_string(&request).unwrap();
    assert!(
        body.contains(r#""push_password":"123123123123123""#),
        "{body}"
    );
}

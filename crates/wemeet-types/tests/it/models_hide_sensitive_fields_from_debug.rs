//! Credentials (fields the schemas mark `x-sensitive`) never show in `Debug` output.

use crate::support;

use support::fixture;
use wemeet_types::{
    CreateMeetingRequest, CreateMeetingResponse, GetMeetingResponse, GetPushStreamInfoResponse,
    SetLiveStreamAddressRequest,
};

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

#[test]
fn get_meeting_hides_the_password_join_link_host_key_and_live_password() {
    let mut body: serde_json::Value =
        serde_json::from_str(&fixture("get-meeting.response.json")).unwrap();
    body["meeting_info_list"][0]["host_key"] = "864215".into();
    let response: GetMeetingResponse = serde_json::from_value(body).unwrap();
    let debug = format!("{response:?} {response:#?}");
    for secret in ["\"1111\"", "5NmV29k", "864215", "654321"] {
        assert!(!debug.contains(secret), "{secret} in {debug}");
    }
    for field in ["password", "join_url", "host_key", "live_password"] {
        assert!(
            debug.contains(&format!("{field}: Some(<redacted>)")),
            "{field}: {debug}"
        );
    }
    assert!(debug.contains("tester's meeting"), "{debug}");
}

#[test]
fn push_passwords_read_back_are_redacted() {
    let response: GetPushStreamInfoResponse =
        serde_json::from_str(&fixture("get-push-stream-info.response.json")).unwrap();
    let debug = format!("{response:?} {response:#?}");
    assert!(!debug.contains("123123123123123"), "{debug}");
    assert!(debug.contains("push_password: Some(<redacted>)"), "{debug}");
    assert!(
        debug.contains("rtmp://123123.123live.123.com/trtc_1451297868/"),
        "{debug}"
    );
}

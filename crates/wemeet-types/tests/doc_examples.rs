//! Every input and output example of the three docs decodes into the types and re-encodes to the same JSON.

mod support;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use support::{fixture, fixture_value};
use wemeet_types::{
    AddMeetingBackgroundsRequest, AddMeetingBackgroundsResponse, CreateMeetingRequest,
    CreateMeetingResponse, SetLiveStreamAddressRequest,
};

/// Decodes the fixture into `T`, re-encodes it, and checks the JSON value is unchanged.
fn round_trip<T: Serialize + DeserializeOwned>(name: &str) -> T {
    let decoded: T = serde_json::from_str(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    let encoded = serde_json::to_value(&decoded).unwrap();
    assert_eq!(
        encoded,
        fixture_value(name),
        "{name} changed in a round trip"
    );
    decoded
}

#[test]
fn create_meeting_request_example_round_trips() {
    let request: CreateMeetingRequest = round_trip("create-meeting.request.json");
    assert_eq!(request.userid, "tester");
    assert_eq!(request.meeting_type, wemeet_types::MeetingType::Scheduled);
    assert_eq!(request.start_time.get(), 1_572_172_200);
    assert_eq!(request.invitees.as_ref().map(Vec::len), Some(3));
    assert_eq!(request.settings.mute_all, Some(false));
}

#[test]
fn create_meeting_response_example_round_trips() {
    let response: CreateMeetingResponse = round_trip("create-meeting.response.json");
    let list = response.meeting_info_list.expect("meeting_info_list");
    assert_eq!(list.len(), 1);
    let info = &list[0];
    assert_eq!(info.meeting_id.as_deref(), Some("433471464134410364"));
    assert_eq!(info.end_time.map(u64::from), Some(1_572_175_800));
    // The example's `"ParticipantsList": []` stays an empty list, distinct from absent `participants`.
    assert_eq!(info.participants_list, Some(Vec::new()));
    assert_eq!(info.participants, None);
    assert_eq!(info.invitees(), Some(&[][..]));
}

#[test]
fn add_meeting_backgrounds_request_example_round_trips() {
    let request: AddMeetingBackgroundsRequest = round_trip("add-meeting-backgrounds.request.json");
    assert_eq!(request.default_image_order, Some(2));
    assert_eq!(
        request.image_list[1].image_url,
        "https://xxxxxx.cos.myqcloud.com/cat.png"
    );
    assert_eq!(request.operator_id, None);
}

#[test]
fn add_meeting_backgrounds_response_example_round_trips() {
    let response: AddMeetingBackgroundsResponse =
        round_trip("add-meeting-backgrounds.response.json");
    assert_eq!(response.background_number, Some(2));
    assert_eq!(response.background_list.map(|list| list.len()), Some(2));
}

#[test]
fn set_live_stream_address_request_example_round_trips() {
    let request: SetLiveStreamAddressRequest = round_trip("set-live-stream-address.request.json");
    let first = &request.push_stream_info[0];
    assert_eq!(
        first.platform_type,
        wemeet_types::PlatformType::WechatChannels
    );
    assert!(first.enable_push_address);
    assert_eq!(
        request.push_stream_info[1].platform_type,
        wemeet_types::PlatformType::ThirdParty
    );
}

#[test]
fn set_live_stream_address_empty_success_body_decodes() {
    // The doc's output example is "无" (none): success is an empty body.
    use wemeet_types::{Endpoint, ResponseBody, SetLiveStreamAddress};
    let decoded: Result<<SetLiveStreamAddress as Endpoint>::Response, _> =
        ResponseBody::from_body(b"");
    assert!(decoded.is_ok());
}

#[test]
fn fixtures_are_the_docs_text_with_ordinary_spaces() {
    for name in [
        "create-meeting.request.json",
        "create-meeting.response.json",
        "add-meeting-backgrounds.request.json",
        "add-meeting-backgrounds.response.json",
        "set-live-stream-address.request.json",
    ] {
        let text = fixture(name);
        assert!(!text.contains('\u{a0}'), "{name} still holds U+00A0");
        assert!(
            matches!(serde_json::from_str::<Value>(&text), Ok(Value::Object(_))),
            "{name}"
        );
    }
}

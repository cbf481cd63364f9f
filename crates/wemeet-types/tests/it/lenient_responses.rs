//! Responses decode whatever the server adds: unknown fields, the example's `ParticipantsList`, user objects
//! where the docs have strings, missing fields the docs do not mark required.

use crate::support;

use serde_json::json;
use support::fixture_value;
use wemeet_types::meetings::MeetingUser;
use wemeet_types::{
    AddMeetingBackgroundsResponse, CreateMeetingResponse, ErrorResponse, MeetingInfo, ResponseBody,
};

#[test]
fn unknown_fields_at_every_level_are_ignored() {
    let mut body = fixture_value("create-meeting.response.json");
    body["trace"] = json!({"id": 1});
    body["meeting_info_list"][0]["media_set_type"] = json!(0);
    body["meeting_info_list"][0]["settings"]["auto_in_waiting_room"] = json!(true);
    let response: CreateMeetingResponse = serde_json::from_value(body).unwrap();
    let info = &response.meeting_info_list.unwrap()[0];
    assert_eq!(info.meeting_code.as_deref(), Some("637228110"));
    assert_eq!(info.settings.as_ref().and_then(|s| s.mute_all), Some(true));

    let mut body = fixture_value("add-meeting-backgrounds.response.json");
    body["background_list"][0]["image_url"] = json!("https://example.com/a.png");
    body["request_id"] = json!("abc");
    let response = AddMeetingBackgroundsResponse::from_body(body.to_string().as_bytes()).unwrap();
    assert_eq!(
        response.selected_background_id.as_deref(),
        Some("f1fexxxxxxxxxxxxxxxxxxxxxxxx2d59")
    );
}

#[test]
fn participants_decode_under_either_name() {
    let from_example: MeetingInfo =
        serde_json::from_value(json!({"ParticipantsList": ["a", "b"]})).unwrap();
    let from_table: MeetingInfo =
        serde_json::from_value(json!({"participants": ["a", "b"]})).unwrap();
    fn userids(info: &MeetingInfo) -> Option<Vec<&str>> {
        info.invitees().map(|users| {
            users
                .iter()
                .map(|user| user.userid().expect("a user ID"))
                .collect()
        })
    }
    assert_eq!(userids(&from_example), Some(vec!["a", "b"]));
    assert_eq!(userids(&from_table), Some(vec!["a", "b"]));
    assert_eq!(userids(&MeetingInfo::default()), None);
    // Each re-encodes under the name it came with.
    assert_eq!(
        serde_json::to_value(&from_example).unwrap(),
        json!({"ParticipantsList": ["a", "b"]})
    );
    assert_eq!(
        serde_json::to_value(&from_table).unwrap(),
        json!({"participants": ["a", "b"]})
    );
}

#[test]
fn user_objects_decode_where_the_docs_have_strings() {
    let info: MeetingInfo = serde_json::from_value(json!({
        "hosts": [{"userid": "host1", "nick_name": "Host", "extra": 1}, "host2"],
        "participants": [{"userid": "guest1"}]
    }))
    .unwrap();
    let hosts = info.hosts.unwrap();
    assert!(
        matches!(&hosts[0], MeetingUser::MeetingUserObj(obj) if obj.userid.as_deref() == Some("host1") && obj.nick_name.as_deref() == Some("Host"))
    );
    assert_eq!(hosts[1], MeetingUser::Id("host2".to_owned()));
}

#[test]
fn an_empty_object_is_a_valid_response() {
    let response = CreateMeetingResponse::from_body(b"{}").unwrap();
    assert_eq!(response, CreateMeetingResponse::default());
    let response = AddMeetingBackgroundsResponse::from_body(b"{}").unwrap();
    assert_eq!(response, AddMeetingBackgroundsResponse::default());
}

#[test]
fn timestamps_decode_as_strings_or_integers() {
    let info: MeetingInfo =
        serde_json::from_value(json!({"start_time": "1572172200", "end_time": 1572175800}))
            .unwrap();
    assert_eq!(info.start_time.map(u64::from), Some(1_572_172_200));
    assert_eq!(info.end_time.map(u64::from), Some(1_572_175_800));
}

#[test]
fn error_bodies_decode_with_or_without_new_error_code() {
    let with = ErrorResponse::from_body(
        br#"{"error_info":{"error_code":190004,"new_error_code":10190004,"message":"invalid param","x":1},"y":2}"#,
    )
    .unwrap();
    assert_eq!(with.error_info.error_code, 190_004);
    assert_eq!(with.error_info.new_error_code, Some(10_190_004));
    assert_eq!(with.error_info.message, "invalid param");

    let without =
        ErrorResponse::from_body(br#"{"error_info":{"error_code":200003,"message":"sign error"}}"#)
            .unwrap();
    assert_eq!(without.error_info.new_error_code, None);
    assert_eq!(
        without,
        ErrorResponse::new(
            wemeet_types::ErrorInfo::builder()
                .error_code(200_003)
                .message("sign error")
                .build()
        )
    );
}

#[test]
fn a_malformed_field_is_an_error_naming_what_was_expected() {
    let error =
        CreateMeetingResponse::from_body(br#"{"meeting_info_list":[{"start_time":"soon"}]}"#)
            .unwrap_err();
    assert!(error.to_string().contains("Unix seconds"), "{error}");
    let error = ErrorResponse::from_body(br#"{"error_info":{"message":"m"}}"#).unwrap_err();
    assert!(
        error.to_string().contains("missing field `error_code`"),
        "{error}"
    );
}

//! The request bodies exactly as the types serialize them (the bytes that are signed and sent), built with the
//! named construction a user writes, to mirror the docs' examples.

use crate::support;

use support::fixture;
use wemeet_types::{
    AddMeetingBackgroundsRequest, BackgroundImage, CancelMeetingRequest, CreateMeetingRequest,
    EncodeRequest, GetMeetingRequest, GetPushStreamInfoRequest, InstanceId, MeetingKind,
    MeetingType, OperatorIdType, PlatformType, PushStreamInfo, SetDefaultBackgroundRequest,
    SetLiveStreamAddressRequest, Settings, UserObj,
};

fn settings(mute_enable_join: bool, others: bool) -> Settings {
    Settings::builder()
        .mute_enable_join(mute_enable_join)
        .allow_unmute_self(others)
        .participant_video(others)
        .enable_record(others)
        .play_ivr_on_leave(others)
        .live_url(others)
        .build()
}

#[test]
fn create_meeting_body() {
    let settings = Settings::builder()
        .mute_enable_join(true)
        .allow_unmute_self(false)
        .mute_all(false)
        .host_video(true)
        .participant_video(false)
        .enable_record(false)
        .play_ivr_on_leave(false)
        .play_ivr_on_join(false)
        .live_url(false)
        .build();
    let request = CreateMeetingRequest::builder()
        .userid("tester")
        .instanceid(InstanceId::Pc)
        .subject("tester's meeting")
        .meeting_type(MeetingType::Scheduled)
        .hosts(["tester"])
        .invitees(["test1", "guest1", "guest2"])
        .start_time(1_572_172_200)
        .end_time(1_572_175_800)
        .password("1111")
        .settings(settings)
        .build();
    let example: CreateMeetingRequest =
        serde_json::from_str(&fixture("create-meeting.request.json")).unwrap();
    assert_eq!(request, example, "the builder builds the docs' example");
    insta::assert_snapshot!(serde_json::to_string(&request).unwrap());
}

#[test]
fn create_meeting_body_with_user_objects_and_no_optional_fields() {
    let request = CreateMeetingRequest::builder()
        .userid("tester")
        .instanceid(InstanceId::Web)
        .subject("dGVzdGVyJ3MgbWVldGluZw==")
        .meeting_type(MeetingType::Quick)
        .start_time(1_572_172_200)
        .end_time(1_572_175_800)
        .settings(settings(false, true))
        .invitees([UserObj::builder()
            .userid("guest1")
            .is_anonymous("true")
            .nick_name("Guest")
            .build()])
        .build();
    insta::assert_snapshot!(serde_json::to_string(&request).unwrap());
}

fn image(md5: &str, url: &str) -> BackgroundImage {
    BackgroundImage::builder()
        .image_md5(md5)
        .image_url(url)
        .build()
}

#[test]
fn add_meeting_backgrounds_body() {
    let request = AddMeetingBackgroundsRequest::builder()
        .userid("creator1")
        .instanceid(InstanceId::Pc)
        .default_image_order(2)
        .image_list([
            image(
                "c8c7d6a3e1f04b2a9c8d7e6f5a4b8a2e",
                "https://example.cos.myqcloud.com/flower.png",
            ),
            image(
                "C3DAB2C1D0E9F8A7B6C5D4E3F2A162A4",
                "https://example.cos.myqcloud.com/cat.png",
            ),
        ])
        .build();
    // The second digest was given in upper case: it travels in lower case.
    insta::assert_snapshot!(serde_json::to_string(&request).unwrap());
}

#[test]
fn add_meeting_backgrounds_body_with_operator() {
    let request = AddMeetingBackgroundsRequest::builder()
        .userid("creator1")
        .instanceid(InstanceId::Other(11))
        .image_list([image(
            "c8c7d6a3e1f04b2a9c8d7e6f5a4b8a2e",
            "https://example.com/a.png",
        )])
        .operator_id("creator1")
        .operator_id_type(OperatorIdType::Userid)
        .build();
    insta::assert_snapshot!(serde_json::to_string(&request).unwrap());
}

#[test]
fn set_live_stream_address_body() {
    let entry = |platform_type, name: &str, address: &str, password: &str| {
        PushStreamInfo::builder()
            .platform_type(platform_type)
            .platform_name(name)
            .push_address(address)
            .push_password(password)
            .build()
    };
    let request = SetLiveStreamAddressRequest::builder()
        .userid("testuser123")
        .instanceid(InstanceId::Pc)
        .push_stream_info([
            entry(
                PlatformType::WechatChannels,
                "dGVzdDEyMw==",
                "rtmp://123123.123live.123.com/trtc_1451297868/",
                "123123123123123",
            ),
            entry(
                PlatformType::ThirdParty,
                "MTIzdGVzdA==",
                "rtmp://321.321.fs.tv/123live/",
                "123123123123321",
            ),
        ])
        .build();
    let example: SetLiveStreamAddressRequest =
        serde_json::from_str(&fixture("set-live-stream-address.request.json")).unwrap();
    assert_eq!(request, example, "the builder builds the docs' example");
    insta::assert_snapshot!(serde_json::to_string(&request).unwrap());
}

/// The query string a GET's request travels as (it sends no body).
fn query(request: &impl EncodeRequest) -> String {
    let encoded = request.encode().unwrap();
    assert!(encoded.body.is_empty(), "a GET sends no body");
    encoded.query.expect("the request has parameters")
}

/// The JSON body a request travels as (it sends no query string).
fn body(request: &impl EncodeRequest) -> String {
    let encoded = request.encode().unwrap();
    assert_eq!(encoded.query, None);
    String::from_utf8(encoded.body).unwrap()
}

#[test]
fn get_meeting_query() {
    let request = GetMeetingRequest::builder()
        .operator_id("tester1")
        .operator_id_type(OperatorIdType::Userid)
        .instanceid(InstanceId::Pc)
        .build();
    let example: GetMeetingRequest =
        serde_json::from_str(&fixture("get-meeting.request.json")).unwrap();
    assert_eq!(request, example, "the builder builds the docs' example");
    insta::assert_snapshot!(query(&request));
}

#[test]
fn get_meeting_query_with_the_older_userid_percent_encoded() {
    let request = GetMeetingRequest::builder()
        .operator_id("张三 & co=1")
        .operator_id_type(OperatorIdType::OpenId)
        .instanceid(InstanceId::Web)
        .userid("tester1")
        .build();
    insta::assert_snapshot!(query(&request));
}

#[test]
fn cancel_meeting_body() {
    let request = CancelMeetingRequest::builder()
        .userid("test1")
        .instanceid(InstanceId::Pc)
        .reason_code(1)
        .reason_detail("取消会议")
        .build();
    let example: CancelMeetingRequest =
        serde_json::from_str(&fixture("cancel-meeting.request.json")).unwrap();
    assert_eq!(request, example, "the builder builds the docs' example");
    insta::assert_snapshot!(body(&request));
}

#[test]
fn cancel_meeting_body_of_one_occurrence_of_a_recurring_meeting() {
    let request = CancelMeetingRequest::builder()
        .userid("test1")
        .instanceid(InstanceId::Pc)
        .reason_code(1)
        .meeting_kind(MeetingKind::Recurring)
        .sub_meeting_id("1599708642")
        .build();
    insta::assert_snapshot!(body(&request));
}

#[test]
fn set_default_background_body() {
    let request = SetDefaultBackgroundRequest::builder()
        .instanceid(InstanceId::Pc)
        .selected_background_id("ca4exxxxxxxxxxxxxxxxxxxxxxxx6e93")
        .operator_id("KM4Ss4Th09ogUw1JiK")
        .operator_id_type(OperatorIdType::Userid)
        .build();
    let example: SetDefaultBackgroundRequest =
        serde_json::from_str(&fixture("set-default-background.request.json")).unwrap();
    assert_eq!(request, example, "the builder builds the docs' example");
    insta::assert_snapshot!(body(&request));
}

#[test]
fn set_default_background_body_restoring_the_black_background() {
    let request = SetDefaultBackgroundRequest::builder()
        .instanceid(InstanceId::Pc)
        .selected_background_id("")
        .operator_id("KM4Ss4Th09ogUw1JiK")
        .operator_id_type(OperatorIdType::Userid)
        .build();
    insta::assert_snapshot!(body(&request));
}

#[test]
fn get_push_stream_info_query() {
    let request = GetPushStreamInfoRequest::builder()
        .operator_id("afagsagwags")
        .operator_id_type(OperatorIdType::Userid)
        .instanceid(InstanceId::Pc)
        .build();
    let example: GetPushStreamInfoRequest =
        serde_json::from_str(&fixture("get-push-stream-info.request.json")).unwrap();
    assert_eq!(request, example, "the builder builds the docs' example");
    insta::assert_snapshot!(query(&request));
}

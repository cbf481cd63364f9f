//! The request bodies exactly as the types serialize them (the bytes that are signed and sent), built with the
//! public constructors to mirror the docs' examples.

mod support;

use support::fixture;
use wemeet_types::{
    AddMeetingBackgroundsRequest, BackgroundImage, CreateMeetingRequest, InstanceId, MeetingType,
    PlatformType, PushStreamInfo, SetLiveStreamAddressRequest, Settings, UserObj,
};

#[test]
fn create_meeting_body() {
    let settings = Settings::new(true, false, false, false, false, false)
        .with_mute_all(false)
        .with_host_video(true)
        .with_play_ivr_on_join(false);
    let request = CreateMeetingRequest::new(
        "tester",
        InstanceId::Pc,
        "tester's meeting",
        MeetingType::Scheduled,
        1_572_172_200,
        1_572_175_800,
        settings,
    )
    .with_hosts(["tester"])
    .with_invitees(["test1", "guest1", "guest2"])
    .with_password("1111");
    let example: CreateMeetingRequest =
        serde_json::from_str(&fixture("create-meeting.request.json")).unwrap();
    assert_eq!(request, example, "the constructors build the docs' example");
    insta::assert_snapshot!(serde_json::to_string(&request).unwrap());
}

#[test]
fn create_meeting_body_with_user_objects_and_no_optional_fields() {
    let request = CreateMeetingRequest::new(
        "tester",
        InstanceId::Web,
        "dGVzdGVyJ3MgbWVldGluZw==",
        MeetingType::Quick,
        1_572_172_200,
        1_572_175_800,
        Settings::new(false, true, true, true, true, true),
    )
    .with_invitees([UserObj::new("guest1")
        .with_is_anonymous("true")
        .with_nick_name("Guest")]);
    insta::assert_snapshot!(serde_json::to_string(&request).unwrap());
}

#[test]
fn add_meeting_backgrounds_body() {
    let request = AddMeetingBackgroundsRequest::new(
        "creator1",
        InstanceId::Pc,
        [
            BackgroundImage::new(
                "c8c7d6a3e1f04b2a9c8d7e6f5a4b8a2e",
                "https://example.cos.myqcloud.com/flower.png",
            ),
            BackgroundImage::new(
                "c3dab2c1d0e9f8a7b6c5d4e3f2a162a4",
                "https://example.cos.myqcloud.com/cat.png",
            ),
        ],
    )
    .with_default_image_order(2);
    insta::assert_snapshot!(serde_json::to_string(&request).unwrap());
}

#[test]
fn add_meeting_backgrounds_body_with_operator() {
    let request = AddMeetingBackgroundsRequest::new(
        "creator1",
        InstanceId::Other(9),
        [BackgroundImage::new(
            "c8c7d6a3e1f04b2a9c8d7e6f5a4b8a2e",
            "https://example.com/a.png",
        )],
    )
    .with_operator_id("creator1")
    .with_operator_id_type(1);
    insta::assert_snapshot!(serde_json::to_string(&request).unwrap());
}

#[test]
fn set_live_stream_address_body() {
    let request = SetLiveStreamAddressRequest::new(
        "testuser123",
        InstanceId::Pc,
        [
            PushStreamInfo::new(
                PlatformType::WechatChannels,
                "dGVzdDEyMw==",
                true,
                "rtmp://123123.123live.123.com/trtc_1451297868/",
                "123123123123123",
            ),
            PushStreamInfo::new(
                PlatformType::ThirdParty,
                "MTIzdGVzdA==",
                true,
                "rtmp://321.321.fs.tv/123live/",
                "123123123123321",
            ),
        ],
    );
    let example: SetLiveStreamAddressRequest =
        serde_json::from_str(&fixture("set-live-stream-address.request.json")).unwrap();
    assert_eq!(request, example, "the constructors build the docs' example");
    insta::assert_snapshot!(serde_json::to_string(&request).unwrap());
}

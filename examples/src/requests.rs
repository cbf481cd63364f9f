//! The request of each step of the quickstarts' lifecycle, built with the models' named setters.

use std::time::{Duration, SystemTime};

use wemeet_types::{
    AddMeetingBackgroundsRequest, BackgroundImage, CancelMeetingRequest, CreateMeetingRequest,
    GetMeetingRequest, GetPushStreamInfoRequest, InstanceId, MeetingType, OperatorIdType,
    PlatformType, PushStreamInfo, SetDefaultBackgroundRequest, SetLiveStreamAddressRequest,
    Settings, UnixSeconds, encode_base64,
};

/// The device the calls say they come from.
const INSTANCE: InstanceId = InstanceId::Pc;

/// A scheduled meeting starting in an hour, for an hour.
pub fn create_meeting(userid: &str) -> CreateMeetingRequest {
    let start = UnixSeconds::from(SystemTime::now() + Duration::from_secs(3600));
    let end = UnixSeconds::from(u64::from(start) + 3600);
    let settings = Settings::builder()
        .mute_enable_join(true)
        .allow_unmute_self(true)
        .participant_video(false)
        .enable_record(false)
        .play_ivr_on_leave(false)
        .live_url(false)
        .build();
    CreateMeetingRequest::builder()
        .userid(userid)
        .instanceid(INSTANCE)
        .subject("wemeet-rs quickstart")
        .meeting_type(MeetingType::Scheduled)
        .start_time(start)
        .end_time(end)
        .settings(settings)
        .build()
}

/// The embedded mock's two demo backgrounds, the second one selected. Their URLs serve nothing: a real server
/// needs an image it can fetch, with the MD5 of its bytes ([`add_background`]).
pub fn add_demo_backgrounds(userid: &str) -> AddMeetingBackgroundsRequest {
    let image = |md5: &str, url: &str| {
        BackgroundImage::builder()
            .image_md5(md5)
            .image_url(url)
            .build()
    };
    AddMeetingBackgroundsRequest::builder()
        .userid(userid)
        .instanceid(INSTANCE)
        .image_list([
            image(
                "9e107d9d372bb6826bd81d3542a419d6",
                "https://example.com/wemeet-rs/aurora.png",
            ),
            image(
                "e4d909c290d0fb1ca068ffaddf22cbd0",
                "https://example.com/wemeet-rs/harbour.png",
            ),
        ])
        .default_image_order(2)
        .build()
}

/// One background, `image` (made by `BackgroundImage::from_png` from the file's bytes and its hosted URL).
pub fn add_background(userid: &str, image: BackgroundImage) -> AddMeetingBackgroundsRequest {
    AddMeetingBackgroundsRequest::builder()
        .userid(userid)
        .instanceid(INSTANCE)
        .image_list([image])
        .build()
}

/// Makes `background_id` (one the meeting has) its default background.
pub fn set_default_background(userid: &str, background_id: &str) -> SetDefaultBackgroundRequest {
    SetDefaultBackgroundRequest::builder()
        .instanceid(INSTANCE)
        .selected_background_id(background_id)
        .operator_id(userid)
        .operator_id_type(OperatorIdType::Userid)
        .build()
}

/// One third-party push address; the platform name travels base64-encoded.
pub fn set_live_stream(userid: &str) -> SetLiveStreamAddressRequest {
    let push = PushStreamInfo::builder()
        .platform_type(PlatformType::ThirdParty)
        .platform_name(encode_base64("wemeet-rs"))
        .push_address("rtmp://live.example.com/app/")
        .push_password("quickstart-stream-key")
        .build();
    SetLiveStreamAddressRequest::builder()
        .userid(userid)
        .instanceid(INSTANCE)
        .push_stream_info([push])
        .build()
}

/// Reads back the push addresses the service holds.
pub fn get_push_stream_info(userid: &str) -> GetPushStreamInfoRequest {
    GetPushStreamInfoRequest::builder()
        .operator_id(userid)
        .operator_id_type(OperatorIdType::Userid)
        .instanceid(INSTANCE)
        .build()
}

/// Reads the meeting back.
pub fn get_meeting(userid: &str) -> GetMeetingRequest {
    GetMeetingRequest::builder()
        .operator_id(userid)
        .operator_id_type(OperatorIdType::Userid)
        .instanceid(INSTANCE)
        .build()
}

/// Cancels the meeting the quickstart created, so that a run against a real account leaves nothing behind.
pub fn cancel_meeting(userid: &str) -> CancelMeetingRequest {
    CancelMeetingRequest::builder()
        .userid(userid)
        .instanceid(INSTANCE)
        .reason_code(1)
        .reason_detail("wemeet-rs quickstart: done")
        .build()
}

//! What both quickstart examples share: where to send, the three demo requests, and the event step.

pub mod events;

use std::error::Error;
use std::time::{Duration, SystemTime};

use wemeet_types::{
    AddMeetingBackgroundsRequest, AddMeetingBackgroundsResponse, BackgroundImage,
    CreateMeetingRequest, CreateMeetingResponse, InstanceId, MeetingType, PlatformType,
    PushStreamInfo, SetLiveStreamAddressRequest, Settings, UnixSeconds, encode_base64,
};

/// The variable that points the examples at a real server; without it they start the embedded mock.
pub const BASE_URL_VAR: &str = "WEMEET_BASE_URL";

/// Whether the environment names a server (`WEMEET_BASE_URL`); the credentials then come from `WEMEET_*` too.
pub fn server_from_env() -> bool {
    std::env::var_os(BASE_URL_VAR).is_some_and(|value| !value.is_empty())
}

/// With `RUST_LOG` set (e.g. `RUST_LOG=trace`), logs what the SDK does to stderr; without it the output is
/// unchanged.
pub fn init_tracing() {
    if std::env::var_os("RUST_LOG").is_some() {
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
            .with_writer(std::io::stderr)
            .with_ansi(false)
            .try_init();
    }
}

/// The user the calls act for: `WEMEET_USERID`, or a demo user.
pub fn userid() -> String {
    std::env::var("WEMEET_USERID")
        .ok()
        .filter(|id| !id.is_empty())
        .unwrap_or_else(|| "demo-user".to_owned())
}

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
        .instanceid(InstanceId::Pc)
        .subject("wemeet-rs quickstart")
        .meeting_type(MeetingType::Scheduled)
        .start_time(start)
        .end_time(end)
        .settings(settings)
        .build()
}

/// Two backgrounds, the second one selected. Against the real service the URLs must serve PNGs whose MD5 is
/// given: `BackgroundImage::from_png` computes it (and checks the format) from the image bytes.
pub fn add_backgrounds(userid: &str) -> AddMeetingBackgroundsRequest {
    let image = |md5: &str, url: &str| {
        BackgroundImage::builder()
            .image_md5(md5)
            .image_url(url)
            .build()
    };
    AddMeetingBackgroundsRequest::builder()
        .userid(userid)
        .instanceid(InstanceId::Pc)
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
        .instanceid(InstanceId::Pc)
        .push_stream_info([push])
        .build()
}

/// The id of the meeting a create call answered with.
pub fn meeting_id(created: &CreateMeetingResponse) -> Result<String, Box<dyn Error>> {
    let meeting = created
        .meeting_info_list
        .as_deref()
        .and_then(<[_]>::first)
        .ok_or("the create response lists no meeting")?;
    let id = meeting
        .meeting_id
        .clone()
        .ok_or("the created meeting has no meeting_id")?;
    println!(
        "created meeting {id} (code {}), join at {}",
        meeting.meeting_code.as_deref().unwrap_or("?"),
        meeting.join_url.as_deref().unwrap_or("?")
    );
    Ok(id)
}

/// Prints what an add-backgrounds call answered.
pub fn report_backgrounds(added: &AddMeetingBackgroundsResponse) {
    println!(
        "added {} backgrounds, selected {}",
        added.background_list.as_ref().map_or(0, Vec::len),
        added.selected_background_id.as_deref().unwrap_or("none")
    );
}

//! Valid requests of the three endpoints the benchmarks and the end-to-end tests call most: a create, a set of
//! backgrounds, a push address. Each is accepted by the mock and by the service's documented rules.

use wemeet_types::{
    AddMeetingBackgroundsRequest, BackgroundImage, CreateMeetingRequest, InstanceId, MeetingType,
    PlatformType, PushStreamInfo, SetLiveStreamAddressRequest, Settings, UnixSeconds,
    encode_base64,
};

/// When [`create_meeting`]'s meeting starts: a fixed time (2030-03-17), so that every run sends the same bytes.
pub const START_TIME: UnixSeconds = UnixSeconds::new(1_900_000_000);

/// The subject of [`create_meeting`]'s meeting.
pub const SUBJECT: &str = "weekly sync";

/// A scheduled meeting for `userid`, an hour long from [`START_TIME`], with the settings spelled out.
pub fn create_meeting(userid: &str) -> CreateMeetingRequest {
    let settings = Settings::builder()
        .mute_enable_join(true)
        .allow_unmute_self(false)
        .participant_video(false)
        .enable_record(false)
        .play_ivr_on_leave(false)
        .live_url(false)
        .build();
    CreateMeetingRequest::builder()
        .userid(userid)
        .instanceid(InstanceId::Pc)
        .subject(SUBJECT)
        .meeting_type(MeetingType::Scheduled)
        .start_time(START_TIME)
        .end_time(UnixSeconds::new(u64::from(START_TIME) + 3600))
        .settings(settings)
        .build()
}

/// `count` backgrounds for `userid` to add (distinct MD5s and URLs), the first one selected. With no image the
/// request is invalid (the list may not be empty).
pub fn add_backgrounds(userid: &str, count: usize) -> AddMeetingBackgroundsRequest {
    let images: Vec<_> = (0..count)
        .map(|index| {
            BackgroundImage::builder()
                .image_md5(format!("{index:032x}"))
                .image_url(format!("https://example.com/{index}.png"))
                .build()
        })
        .collect();
    AddMeetingBackgroundsRequest::builder()
        .userid(userid)
        .instanceid(InstanceId::Mac)
        .image_list(images)
        .default_image_order(1)
        .build()
}

/// The platform of [`set_live_stream_address`]'s push address (it travels base64-encoded).
pub const PLATFORM_NAME: &str = "wemeet-rs";

/// One third-party push address set by `userid`; `n` makes the address unique (the service refuses a duplicate).
pub fn set_live_stream_address(userid: &str, n: u64) -> SetLiveStreamAddressRequest {
    let push = PushStreamInfo::builder()
        .platform_type(PlatformType::ThirdParty)
        .platform_name(encode_base64(PLATFORM_NAME))
        .push_address(format!("rtmp://live.example.com/app/{n}/"))
        .push_password("stream-key")
        .build();
    SetLiveStreamAddressRequest::builder()
        .userid(userid)
        .instanceid(InstanceId::Pc)
        .push_stream_info([push])
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;
    use wemeet_types::Validate;

    #[test]
    fn the_requests_are_valid_and_an_empty_image_list_is_not() {
        assert_eq!(create_meeting("tester").validate(), Ok(()));
        assert_eq!(add_backgrounds("tester", 3).validate(), Ok(()));
        assert_eq!(set_live_stream_address("tester", 7).validate(), Ok(()));
        assert!(add_backgrounds("tester", 0).validate().is_err());
    }

    #[test]
    fn the_meeting_lasts_an_hour_from_the_fixed_start() {
        let request = create_meeting("tester");
        assert_eq!(
            (u64::from(request.start_time), u64::from(request.end_time)),
            (1_900_000_000, 1_900_003_600)
        );
    }
}

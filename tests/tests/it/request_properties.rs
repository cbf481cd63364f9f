//! Property tests: every request the types build from valid parts passes validation, round-trips through JSON
//! unchanged, and is accepted by the mock's validation, which stores exactly what was sent.

use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use wemeet::{
    AddMeetingBackgrounds, AddMeetingBackgroundsPath, AddMeetingBackgroundsRequest,
    BackgroundImage, CreateMeeting, CreateMeetingRequest, InstanceId, MeetingType, PlatformType,
    PushStreamInfo, SetLiveStreamAddress, SetLiveStreamAddressPath, SetLiveStreamAddressRequest,
    Settings, User, UserObj, Validate, encode_base64,
};
use wemeet_mock::MockServer;
use wemeet_tests::{AnyClient, FLAVORS, Setup};

/// Letters, digits and CJK: what real user ids and subjects are made of.
const WORD: &str = "[a-zA-Z0-9_\u{4e00}-\u{9fa5}]";

fn userid() -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!("{WORD}{{1,24}}")).unwrap()
}

fn instance_id() -> impl Strategy<Value = InstanceId> {
    (1u32..=8).prop_map(InstanceId::from_code)
}

fn user() -> impl Strategy<Value = User> {
    prop_oneof![
        userid().prop_map(User::Id),
        userid().prop_map(|id| User::Obj(UserObj::new(id))),
        (userid(), "[a-z]{1,8}").prop_map(|(id, nick)| User::Obj(
            UserObj::builder().userid(id).nick_name(nick).build()
        )),
    ]
}

fn settings() -> impl Strategy<Value = Settings> {
    (
        any::<[bool; 6]>(),
        option::of(any::<bool>()),
        option::of(any::<bool>()),
        option::of(any::<bool>()),
    )
        .prop_map(|([a, b, c, d, e, f], mute_all, host_video, ivr_on_join)| {
            let mut settings = Settings::builder()
                .mute_enable_join(a)
                .allow_unmute_self(b)
                .participant_video(c)
                .enable_record(d)
                .play_ivr_on_leave(e)
                .live_url(f)
                .build();
            settings.mute_all = mute_all;
            settings.host_video = host_video;
            settings.play_ivr_on_join = ivr_on_join;
            settings
        })
}

fn create_request() -> impl Strategy<Value = CreateMeetingRequest> {
    (
        userid(),
        instance_id(),
        // At most 21 characters of 3 bytes: 63 bytes (the limit is 128).
        proptest::string::string_regex(&format!("{WORD}[ a-zA-Z0-9_\u{4e00}-\u{9fa5}]{{0,20}}"))
            .unwrap(),
        prop_oneof![Just(MeetingType::Scheduled), Just(MeetingType::Quick)],
        1_600_000_000u64..2_000_000_000,
        1u64..=7 * 86_400,
        settings(),
        option::of(vec(user(), 0..4)),
        option::of(vec(user(), 0..4)),
        option::of("[0-9]{4,6}"),
    )
        .prop_map(
            |(
                userid,
                instance,
                subject,
                kind,
                start,
                length,
                settings,
                hosts,
                invitees,
                password,
            )| {
                let mut request = CreateMeetingRequest::builder()
                    .userid(userid)
                    .instanceid(instance)
                    .subject(subject)
                    .meeting_type(kind)
                    .start_time(start)
                    .end_time(start + length)
                    .settings(settings)
                    .build();
                request.hosts = hosts;
                request.invitees = invitees;
                request.password = password;
                request
            },
        )
}

fn backgrounds_request(userid: String) -> impl Strategy<Value = AddMeetingBackgroundsRequest> {
    (
        instance_id(),
        vec(
            (
                "[0-9a-f]{32}",
                "https://[a-z]{1,12}\\.example\\.com/[a-z0-9/]{1,16}\\.png",
            ),
            1..=7,
        ),
        any::<prop::sample::Index>(),
        any::<bool>(),
    )
        .prop_map(move |(instance, images, order, with_order)| {
            let count = images.len();
            let images: Vec<_> = images
                .into_iter()
                .map(|(md5, url)| {
                    BackgroundImage::builder()
                        .image_md5(md5)
                        .image_url(url)
                        .build()
                })
                .collect();
            let mut request = AddMeetingBackgroundsRequest::builder()
                .userid(userid.clone())
                .instanceid(instance)
                .image_list(images)
                .build();
            if with_order {
                request.default_image_order = Some(order.index(count) as i64 + 1);
            }
            request
        })
}

fn live_stream_request(userid: String) -> impl Strategy<Value = SetLiveStreamAddressRequest> {
    (
        instance_id(),
        prop_oneof![
            Just(PlatformType::WechatChannels),
            Just(PlatformType::ThirdParty)
        ],
        proptest::string::string_regex(&format!("{WORD}{{1,10}}")).unwrap(),
        "(rtmp|rtmps|srt)://[a-z]{1,12}\\.example\\.com/[a-z0-9]{1,12}/",
        "[A-Za-z0-9_\\-]{1,32}",
    )
        .prop_map(move |(instance, platform, name, address, key)| {
            let push = PushStreamInfo::builder()
                .platform_type(platform)
                .platform_name(encode_base64(&name))
                .push_address(address)
                .push_password(key)
                .build();
            SetLiveStreamAddressRequest::builder()
                .userid(userid.clone())
                .instanceid(instance)
                .push_stream_info([push])
                .build()
        })
}

/// Valid, and the same value after `to_vec` and `from_slice` (a digest given in upper case comes back in lower
/// case: compare with the lower-cased request).
fn assert_valid_and_round_trips<T>(request: &T) -> Result<(), TestCaseError>
where
    T: Validate + serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    prop_assert!(
        request.validate().is_ok(),
        "{:?}: {:?}",
        request,
        request.validate()
    );
    let json = serde_json::to_vec(request).unwrap();
    let back: T = serde_json::from_slice(&json).unwrap();
    prop_assert_eq!(
        serde_json::to_vec(&back).unwrap(),
        json.clone(),
        "a second round trip is stable"
    );
    // Through a `serde_json::Value` too, as a caller who edits the JSON would.
    let value = serde_json::to_value(request).unwrap();
    prop_assert_eq!(
        serde_json::to_vec(&serde_json::from_value::<T>(value).unwrap()).unwrap(),
        json
    );
    Ok(())
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

#[test]
fn built_requests_are_valid_and_round_trip_through_json() {
    let mut runner = runner(256);
    runner
        .run(&create_request(), |request| {
            assert_valid_and_round_trips(&request)
        })
        .unwrap();
    runner
        .run(&userid().prop_flat_map(backgrounds_request), |request| {
            assert_valid_and_round_trips(&request)
        })
        .unwrap();
    runner
        .run(&userid().prop_flat_map(live_stream_request), |request| {
            assert_valid_and_round_trips(&request)
        })
        .unwrap();
}

/// Each generated request, sent by each client: the mock accepts it, and what it stored (or received) decodes to
/// exactly the request.
#[test]
fn built_requests_pass_the_mock_and_arrive_unchanged() {
    let mock = MockServer::start_blocking().unwrap();
    for flavor in FLAVORS {
        let client =
            AnyClient::build(flavor, Setup::new(mock.base_url(), mock.credentials())).unwrap();
        let strategy = create_request().prop_flat_map(|create| {
            let userid = create.userid.clone();
            (
                Just(create),
                backgrounds_request(userid.clone()),
                live_stream_request(userid),
            )
        });
        runner(24)
            .run(&strategy, |(create, backgrounds, live)| {
                let created = client
                    .send::<CreateMeeting>(&(), &create)
                    .map_err(|error| {
                        TestCaseError::fail(format!("{flavor} create {create:?}: {error}"))
                    })?;
                let meeting_id = created.meeting_info_list.as_deref().unwrap()[0]
                    .meeting_id
                    .clone()
                    .unwrap();
                let stored = mock.meeting(&meeting_id).unwrap();
                prop_assert_eq!(&stored.request, &create);

                client
                    .send::<AddMeetingBackgrounds>(
                        &AddMeetingBackgroundsPath::new(meeting_id.as_str()),
                        &backgrounds,
                    )
                    .map_err(|error| {
                        TestCaseError::fail(format!("{flavor} add {backgrounds:?}: {error}"))
                    })?;
                let stored: Vec<(String, String)> = mock
                    .backgrounds(&meeting_id)
                    .unwrap()
                    .into_iter()
                    .map(|background| (background.image_md5, background.image_url))
                    .collect();
                let sent: Vec<(String, String)> = backgrounds
                    .image_list
                    .iter()
                    .map(|image| {
                        (
                            image.image_md5.to_ascii_lowercase(),
                            image.image_url.clone(),
                        )
                    })
                    .collect();
                prop_assert_eq!(stored, sent);

                client
                    .send::<SetLiveStreamAddress>(
                        &SetLiveStreamAddressPath::new(meeting_id.as_str()),
                        &live,
                    )
                    .map_err(|error| {
                        TestCaseError::fail(format!("{flavor} set {live:?}: {error}"))
                    })?;
                prop_assert_eq!(
                    mock.live_stream_addresses(&meeting_id).unwrap(),
                    live.push_stream_info.clone()
                );
                let received = mock.requests();
                let body = &received.last().unwrap().body;
                prop_assert_eq!(
                    serde_json::from_slice::<SetLiveStreamAddressRequest>(body).unwrap(),
                    live
                );
                Ok(())
            })
            .unwrap();
    }
}

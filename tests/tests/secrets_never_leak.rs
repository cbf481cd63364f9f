//! The SecretKey and signatures never appear in logs, `Debug` or `Display`: a full run of all three endpoints with
//! both clients, traced at TRACE level, and every printable thing a user can get hold of.

use wemeet::{
    AddMeetingBackgroundsRequest, BackgroundImage, Credentials, InstanceId, MeetingType,
    PlatformType, PushStreamInfo, SetLiveStreamAddressRequest, Settings,
};
use wemeet_mock::MockServer;
use wemeet_tests::{AnyClient, CapturedLogs, FLAVORS, Setup};
use wemeet_types::CreateMeetingRequest;

const SECRET_KEY: &str = "sk-ultra-secret-7f3a";

#[test]
fn no_secret_in_trace_logs_debug_or_display() {
    let logs = CapturedLogs::default();
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(logs.clone())
        .with_ansi(false)
        .init();

    let mock = MockServer::start_blocking().unwrap();
    let demo = mock.credentials();
    let credentials =
        Credentials::new(demo.app_id(), "sid-leak-test", SECRET_KEY).with_sdk_id("sdk-leak-test");
    mock.register(credentials.clone());

    let mut printed = Vec::new();
    for flavor in FLAVORS {
        let client =
            AnyClient::build(flavor, Setup::new(mock.base_url(), credentials.clone())).unwrap();
        let settings = Settings::new(true, false, false, false, false, false);
        let create = CreateMeetingRequest::new(
            "leaky",
            InstanceId::Pc,
            "s",
            MeetingType::Quick,
            100,
            200,
            settings,
        );
        let created = client.create_meeting(&create).unwrap();
        let id = created.meeting_info_list.as_deref().unwrap()[0]
            .meeting_id
            .clone()
            .unwrap();
        let image = BackgroundImage::new(
            "0123456789abcdef0123456789abcdef",
            "https://example.com/a.png",
        );
        let backgrounds = AddMeetingBackgroundsRequest::new("leaky", InstanceId::Pc, vec![image]);
        client.add_meeting_backgrounds(&id, &backgrounds).unwrap();
        let push = PushStreamInfo::with_plain_name(
            PlatformType::ThirdParty,
            "p",
            "rtmp://a.example/x",
            "k",
        );
        client
            .set_live_stream_address(
                &id,
                &SetLiveStreamAddressRequest::new("leaky", InstanceId::Pc, vec![push]),
            )
            .unwrap();

        // An error of each kind the user can print.
        let error = client
            .add_meeting_backgrounds("404", &backgrounds)
            .unwrap_err();
        printed.push(format!("{error} {error:?} {error:#?}"));
        let invalid = AddMeetingBackgroundsRequest::new(
            "leaky",
            InstanceId::Pc,
            Vec::<BackgroundImage>::new(),
        );
        let error = client.add_meeting_backgrounds(&id, &invalid).unwrap_err();
        printed.push(format!("{error} {error:?}"));
        printed.push(format!("{created:?} {create:?}"));
        match &client {
            AnyClient::Async(client, _) => {
                printed.push(format!("{client:?} {client:#?} {:?}", client.config()))
            }
            AnyClient::Blocking(client) => {
                printed.push(format!("{client:?} {client:#?} {:?}", client.config()))
            }
        }
    }
    printed.push(format!("{credentials:?} {credentials:#?}"));
    printed.push(format!(
        "{:?}",
        wemeet::Client::builder().credentials(credentials.clone())
    ));

    let signatures: Vec<String> = mock
        .requests()
        .iter()
        .filter_map(|request| request.header("X-TC-Signature").map(str::to_owned))
        .collect();
    assert!(
        signatures.len() >= 8,
        "the run was signed: {}",
        signatures.len()
    );

    let logs = logs.text();
    assert!(logs.contains("wemeet.call"), "the run was traced: {logs}");
    for text in printed.iter().chain([&logs]) {
        assert!(
            !text.contains(SECRET_KEY),
            "the SecretKey leaked into: {text}"
        );
        for signature in &signatures {
            assert!(
                !text.contains(signature.as_str()),
                "a signature leaked into: {text}"
            );
        }
    }
}

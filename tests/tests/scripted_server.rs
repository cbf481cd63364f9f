//! Both clients against a scripted server: the exact bytes they send, and how they take every kind of answer.

use std::time::{Duration, Instant};

use wemeet::{
    AddMeetingBackgroundsRequest, BackgroundImage, Credentials, Error, InstanceId, MeetingType,
    PlatformType, PushStreamInfo, SetLiveStreamAddressRequest, Settings, TransportErrorKind,
};
use wemeet_sign::Verifier;
use wemeet_tests::{AnyClient, FLAVORS, Flavor, Recorded, Reply, ScriptedServer, Setup};
use wemeet_types::CreateMeetingRequest;

const CREATED: &str = include_str!("../fixtures/create-meeting.response.json");
const BACKGROUNDS_ADDED: &str = include_str!("../fixtures/add-meeting-backgrounds.response.json");
const MEETING_ID: &str = "6524541286408448530";

fn credentials() -> Credentials {
    Credentials::new("corp-1", "secret-id-1", "secret-key-1")
}

fn create_request() -> CreateMeetingRequest {
    let settings = Settings::new(true, false, false, false, false, false);
    CreateMeetingRequest::new(
        "tester",
        InstanceId::Pc,
        "tester's meeting",
        MeetingType::Scheduled,
        1_572_172_200,
        1_572_175_800,
        settings,
    )
    .with_invitees(["test1", "guest1"])
}

fn backgrounds_request() -> AddMeetingBackgroundsRequest {
    let image = BackgroundImage::new(
        "c8c7a0c4b1d6f3e2a9b8c7d6e5f48a2e",
        "https://example.com/flower.png",
    );
    AddMeetingBackgroundsRequest::new("creator1", InstanceId::Pc, vec![image])
}

fn live_stream_request() -> SetLiveStreamAddressRequest {
    let push = PushStreamInfo::with_plain_name(
        PlatformType::WechatChannels,
        "测试直播",
        "rtmp://live.example.com/a/",
        "k",
    );
    SetLiveStreamAddressRequest::new("testuser123", InstanceId::Pc, vec![push])
}

fn client(
    flavor: Flavor,
    server: &ScriptedServer,
    configure: impl FnOnce(&mut Setup),
) -> AnyClient {
    let mut setup = Setup::new(server.base_url(), credentials());
    configure(&mut setup);
    AnyClient::build(flavor, setup).unwrap()
}

/// Checks the signature of a recorded request the way the service does.
fn assert_signed(request: &Recorded, credentials: Credentials) {
    let verifier = Verifier::new();
    verifier.add_credentials(credentials);
    verifier
        .verify(&request.method, &request.target, &request.body, |name| {
            request.header(name)
        })
        .unwrap_or_else(|error| {
            panic!(
                "signature of {} {}: {error}",
                request.method, request.target
            )
        });
}

#[test]
fn sends_the_exact_path_headers_and_signed_body_bytes() {
    for flavor in FLAVORS {
        let server = ScriptedServer::start([
            Reply::json(200, CREATED),
            Reply::json(200, BACKGROUNDS_ADDED),
            Reply::raw(200, "application/json", b""),
        ]);
        let client = client(flavor, &server, |_| {});
        client.create_meeting(&create_request()).unwrap();
        client
            .add_meeting_backgrounds(MEETING_ID, &backgrounds_request())
            .unwrap();
        client
            .set_live_stream_address(MEETING_ID, &live_stream_request())
            .unwrap();

        let received = server.received();
        let targets: Vec<_> = received
            .iter()
            .map(|request| request.target.as_str())
            .collect();
        assert_eq!(
            targets,
            [
                "/v1/meetings",
                "/v1/meetings/6524541286408448530/backgrounds",
                "/v1/meetings/6524541286408448530/live_play/live-stream-address"
            ],
            "{flavor}"
        );
        let bodies = [
            serde_json::to_vec(&create_request()).unwrap(),
            serde_json::to_vec(&backgrounds_request()).unwrap(),
            serde_json::to_vec(&live_stream_request()).unwrap(),
        ];
        for (request, body) in received.iter().zip(bodies) {
            assert_eq!(request.method, "POST", "{flavor}");
            assert_eq!(
                request.body, body,
                "{flavor}: the body is the serialized request, byte for byte"
            );
            assert_signed(request, credentials());
            assert_eq!(
                request.header("content-type"),
                Some("application/json; charset=utf-8"),
                "{flavor}"
            );
            assert!(
                request
                    .header("user-agent")
                    .unwrap()
                    .starts_with("wemeet-rs/"),
                "{flavor}"
            );
            assert_eq!(request.header("appid"), Some("corp-1"), "{flavor}");
            assert_eq!(request.header("x-tc-key"), Some("secret-id-1"), "{flavor}");
            assert_eq!(request.header("x-tc-registered"), Some("1"), "{flavor}");
            assert_eq!(
                request.header("sdkid"),
                None,
                "{flavor}: no SdkId header when none is configured"
            );
            assert_eq!(request.header("x-tc-version"), None, "{flavor}");
            assert_eq!(
                request.header("x-tc-signature").map(str::len),
                Some(88),
                "{flavor}"
            );
        }
    }
}

#[test]
fn sends_sdk_id_when_configured() {
    for flavor in FLAVORS {
        let server = ScriptedServer::start([Reply::json(200, CREATED)]);
        let with_sdk = credentials().with_sdk_id("sdk-9");
        let client = client(flavor, &server, |setup| {
            setup.credentials = with_sdk.clone()
        });
        client.create_meeting(&create_request()).unwrap();
        let request = &server.received()[0];
        assert_eq!(request.header("sdkid"), Some("sdk-9"), "{flavor}");
        assert_signed(request, with_sdk);
    }
}

#[test]
fn an_empty_200_body_is_success() {
    for flavor in FLAVORS {
        let server = ScriptedServer::start([Reply::raw(200, "application/json", b"")]);
        client(flavor, &server, |_| {})
            .set_live_stream_address(MEETING_ID, &live_stream_request())
            .unwrap();
    }
}

#[test]
fn error_bodies_with_and_without_new_error_code() {
    for flavor in FLAVORS {
        let server = ScriptedServer::start([
            Reply::api_error(400, 190004, Some(10001), "invalid parameter: userid"),
            Reply::api_error(500, 202001, None, "meeting lookup failed"),
        ]);
        let client = client(flavor, &server, |_| {});

        let error = client.create_meeting(&create_request()).unwrap_err();
        let Error::Api {
            status,
            error_code,
            new_error_code,
            message,
            trace_id,
        } = &error
        else {
            panic!("{flavor}: {error:?}")
        };
        assert_eq!(
            (status.as_u16(), *error_code, *new_error_code),
            (400, 190004, Some(10001)),
            "{flavor}"
        );
        assert_eq!(message, "invalid parameter: userid");
        assert_eq!(trace_id.as_deref(), Some("trace-scripted"));
        let shown = error.to_string();
        for part in ["190004", "invalid parameter: userid", "trace-scripted"] {
            assert!(shown.contains(part), "{flavor}: {shown}");
        }

        let error = client
            .add_meeting_backgrounds(MEETING_ID, &backgrounds_request())
            .unwrap_err();
        assert!(
            matches!(
                error,
                Error::Api {
                    error_code: 202001,
                    new_error_code: None,
                    ..
                }
            ),
            "{flavor}: {error:?}"
        );
        assert_eq!(
            server.received().len(),
            2,
            "{flavor}: request errors are not retried"
        );
    }
}

#[test]
fn an_html_502_is_a_decode_error_retried_only_where_safe() {
    let page = b"<html><body><h1>502 Bad Gateway</h1></body></html>";
    for flavor in FLAVORS {
        let server =
            ScriptedServer::start(std::iter::repeat_n(Reply::raw(502, "text/html", page), 4));
        let client = client(flavor, &server, |_| {});
        let error = client.create_meeting(&create_request()).unwrap_err();
        let Error::Decode {
            status, snippet, ..
        } = &error
        else {
            panic!("{flavor}: {error:?}")
        };
        assert_eq!(status.as_u16(), 502);
        assert!(snippet.starts_with("<html>"), "{flavor}: {snippet}");
        assert_eq!(
            server.received().len(),
            1,
            "{flavor}: a create that may have arrived is not sent twice"
        );

        client
            .set_live_stream_address(MEETING_ID, &live_stream_request())
            .unwrap_err();
        assert_eq!(
            server.received().len(),
            4,
            "{flavor}: a set is retried, 3 attempts in all"
        );
    }
}

#[test]
fn a_timeout_is_reported_and_a_create_is_not_sent_again() {
    for flavor in FLAVORS {
        let slow = || Reply::Delay(Duration::from_secs(3), Box::new(Reply::json(200, CREATED)));
        let server = ScriptedServer::start([slow(), slow(), slow(), slow()]);
        let client = client(flavor, &server, |setup| {
            setup.timeouts.attempt = Duration::from_millis(300)
        });
        let started = Instant::now();
        let error = client.create_meeting(&create_request()).unwrap_err();
        let Error::Transport(transport) = &error else {
            panic!("{flavor}: {error:?}")
        };
        assert_eq!(transport.kind(), TransportErrorKind::Timeout, "{flavor}");
        assert!(error.may_have_reached_server());
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "{flavor}: the attempt timeout fired"
        );
        std::thread::sleep(Duration::from_millis(100));
        assert_eq!(
            server.received().len(),
            1,
            "{flavor}: no second create after a timeout"
        );

        client
            .set_live_stream_address(MEETING_ID, &live_stream_request())
            .unwrap_err();
        std::thread::sleep(Duration::from_millis(100));
        assert_eq!(
            server.received().len(),
            4,
            "{flavor}: a set is retried after timeouts"
        );
    }
}

#[test]
fn a_rate_limit_is_retried_once_after_a_second_with_a_new_signature() {
    for flavor in FLAVORS {
        let server = ScriptedServer::start([
            Reply::api_error(400, 190310, None, "rate limited"),
            Reply::json(200, CREATED),
            Reply::api_error(400, 190313, None, "rate limited"),
            Reply::api_error(400, 190313, None, "rate limited"),
        ]);
        let client = client(flavor, &server, |_| {});
        let started = Instant::now();
        client.create_meeting(&create_request()).unwrap();
        assert!(
            started.elapsed() >= Duration::from_secs(1),
            "{flavor}: waited at least 1 s"
        );
        let received = server.received();
        assert_eq!(received.len(), 2, "{flavor}");
        assert_ne!(
            received[0].header("x-tc-nonce"),
            received[1].header("x-tc-nonce"),
            "{flavor}: fresh nonce"
        );
        assert_ne!(
            received[0].header("x-tc-signature"),
            received[1].header("x-tc-signature"),
            "{flavor}"
        );
        assert_eq!(
            received[0].body, received[1].body,
            "{flavor}: the same bytes, signed anew"
        );
        assert_signed(&received[1], credentials());

        let error = client.create_meeting(&create_request()).unwrap_err();
        assert_eq!(error.error_code(), Some(190313), "{flavor}: one retry only");
        assert!(error.is_rate_limited());
        assert_eq!(server.received().len(), 4, "{flavor}");
    }
}

#[test]
fn a_refused_connection_never_reached_the_server() {
    // Bind then drop a listener: its port is now (almost certainly) closed.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    for flavor in FLAVORS {
        let setup = Setup::new(format!("http://127.0.0.1:{port}"), credentials());
        let error = AnyClient::build(flavor, setup)
            .unwrap()
            .create_meeting(&create_request())
            .unwrap_err();
        let Error::Transport(transport) = &error else {
            panic!("{flavor}: {error:?}")
        };
        assert_eq!(
            transport.kind(),
            TransportErrorKind::Connect,
            "{flavor}: {error}"
        );
        assert!(!error.may_have_reached_server(), "{flavor}");
    }
}

#[test]
fn a_body_over_the_cap_is_refused() {
    let huge = format!(
        r#"{{"meeting_number":1,"padding":"{}"}}"#,
        "x".repeat(5 * 1024 * 1024)
    );
    for flavor in FLAVORS {
        let server = ScriptedServer::start([Reply::json(200, &huge)]);
        let error = client(flavor, &server, |_| {})
            .create_meeting(&create_request())
            .unwrap_err();
        assert!(
            matches!(
                error,
                Error::BodyTooLarge {
                    limit: 4_194_304,
                    ..
                }
            ),
            "{flavor}: {error:?}"
        );
    }
}

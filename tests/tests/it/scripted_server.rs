//! Both clients against a scripted server: the exact bytes they send, and how they take every kind of answer.

use std::time::{Duration, Instant};

use wemeet::{
    AddMeetingBackgrounds, AddMeetingBackgroundsPath, AddMeetingBackgroundsRequest,
    BackgroundImage, CreateMeeting, Credentials, Error, ErrorCode, InstanceId, MeetingType,
    PlatformType, PushStreamInfo, SetLiveStreamAddress, SetLiveStreamAddressPath,
    SetLiveStreamAddressRequest, TransportErrorKind, encode_base64, schemas,
};
use wemeet_sign::Verifier;
use wemeet_testkit::requests;
use wemeet_tests::{
    AnyClient, FLAVORS, Flavor, Recorded, Reply, ScriptedServer, Setup, doc_example,
    scripted_credentials,
};
use wemeet_types::CreateMeetingRequest;

const MEETING_ID: &str = "6524541286408448530";

/// The docs' example of a create-meeting answer.
fn created() -> String {
    doc_example(schemas::CREATE_MEETING_RESPONSE).to_string()
}

/// The docs' example of an add-backgrounds answer.
fn backgrounds_added() -> String {
    doc_example(schemas::ADD_MEETING_BACKGROUNDS_RESPONSE).to_string()
}

fn create(client: &AnyClient) -> Result<wemeet::Response<wemeet::CreateMeetingResponse>, Error> {
    client.send::<CreateMeeting>(&(), &create_request())
}

fn add_backgrounds(client: &AnyClient) -> Result<(), Error> {
    client
        .send::<AddMeetingBackgrounds>(
            &AddMeetingBackgroundsPath::new(MEETING_ID),
            &backgrounds_request(),
        )
        .map(drop)
}

fn set_live_stream(client: &AnyClient) -> Result<(), Error> {
    client
        .send::<SetLiveStreamAddress>(
            &SetLiveStreamAddressPath::new(MEETING_ID),
            &live_stream_request(),
        )
        .map(drop)
}

/// Reads a meeting back: a GET, retried after timeouts and gateway errors.
fn get_meeting(client: &AnyClient) -> Result<wemeet::Response<wemeet::GetMeetingResponse>, Error> {
    let request = wemeet::GetMeetingRequest::builder()
        .operator_id("tester")
        .operator_id_type(wemeet::OperatorIdType::Userid)
        .instanceid(wemeet::InstanceId::Pc)
        .build();
    client.send::<wemeet::GetMeeting>(
        &wemeet::GetMeetingPath::new("7567173273889276131"),
        &request,
    )
}

fn create_request() -> CreateMeetingRequest {
    let mut request = requests::create_meeting("tester");
    request.subject = "tester's meeting".into();
    request.meeting_type = MeetingType::Scheduled;
    request.invitees = Some(vec!["test1".into(), "guest1".into()]);
    request
}

fn backgrounds_request() -> AddMeetingBackgroundsRequest {
    let image = BackgroundImage::builder()
        .image_md5("c8c7a0c4b1d6f3e2a9b8c7d6e5f48a2e")
        .image_url("https://example.com/flower.png")
        .build();
    AddMeetingBackgroundsRequest::builder()
        .userid("creator1")
        .instanceid(InstanceId::Pc)
        .image_list([image])
        .build()
}

fn live_stream_request() -> SetLiveStreamAddressRequest {
    let push = PushStreamInfo::builder()
        .platform_type(PlatformType::WechatChannels)
        .platform_name(encode_base64("测试直播"))
        .push_address("rtmp://live.example.com/a/")
        .push_password("k")
        .build();
    SetLiveStreamAddressRequest::builder()
        .userid("testuser123")
        .instanceid(InstanceId::Pc)
        .push_stream_info([push])
        .build()
}

fn client(
    flavor: Flavor,
    server: &ScriptedServer,
    configure: impl FnOnce(&mut Setup),
) -> AnyClient {
    let mut setup = Setup::new(server.base_url(), scripted_credentials());
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
            Reply::json(200, &created()),
            Reply::json(200, &backgrounds_added()),
            Reply::raw(200, "application/json", b""),
        ]);
        let client = client(flavor, &server, |_| {});
        create(&client).unwrap();
        add_backgrounds(&client).unwrap();
        set_live_stream(&client).unwrap();

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
            assert_signed(request, scripted_credentials());
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
        let server = ScriptedServer::start([Reply::json(200, &created())]);
        let with_sdk = scripted_credentials().with_sdk_id("sdk-9");
        let client = client(flavor, &server, |setup| {
            setup.credentials = with_sdk.clone()
        });
        create(&client).unwrap();
        let request = &server.received()[0];
        assert_eq!(request.header("sdkid"), Some("sdk-9"), "{flavor}");
        assert_signed(request, with_sdk);
    }
}

#[test]
fn an_empty_200_body_is_success() {
    for flavor in FLAVORS {
        let server = ScriptedServer::start([Reply::raw(200, "application/json", b"")]);
        set_live_stream(&client(flavor, &server, |_| {})).unwrap();
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

        let error = create(&client).unwrap_err();
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
            (400, ErrorCode::INVALID_PARAMETER, Some(10001)),
            "{flavor}"
        );
        assert_eq!(error.message(), Some("invalid parameter: userid"));
        assert_eq!(error.new_error_code(), Some(10001));
        assert_eq!(message, "invalid parameter: userid");
        assert_eq!(trace_id.as_deref(), Some("trace-scripted"));
        let shown = error.to_string();
        for part in ["190004", "invalid parameter: userid", "trace-scripted"] {
            assert!(shown.contains(part), "{flavor}: {shown}");
        }

        let error = add_backgrounds(&client).unwrap_err();
        assert!(
            matches!(
                error,
                Error::Api {
                    error_code: ErrorCode::MEETING_LOOKUP_FAILED,
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
        let error = create(&client).unwrap_err();
        let Error::Decode {
            status,
            reason,
            body_bytes,
            ..
        } = &error
        else {
            panic!("{flavor}: {error:?}")
        };
        assert_eq!(status.as_u16(), 502);
        assert_eq!(*body_bytes, page.len(), "{flavor}");
        assert!(reason.contains("not JSON"), "{flavor}: {reason}");
        assert!(
            !error.to_string().contains("<h1>") && !format!("{error:?}").contains("<h1>"),
            "{flavor}: no byte of the body is kept: {error:?}"
        );
        assert_eq!(
            server.received().len(),
            1,
            "{flavor}: a create that may have arrived is not sent twice"
        );

        set_live_stream(&client).unwrap_err();
        assert_eq!(
            server.received().len(),
            2,
            "{flavor}: a push address (added, not set) is not sent twice either"
        );
    }
}

#[test]
fn a_get_is_sent_again_after_gateway_errors_and_a_timeout_until_it_succeeds() {
    let page = b"<html><body><h1>502 Bad Gateway</h1></body></html>";
    let found = r#"{"meeting_number":1,"meeting_info_list":[{"meeting_id":"7567173273889276131","status":"MEETING_STATE_INIT"}]}"#;
    for flavor in FLAVORS {
        let server = ScriptedServer::start([
            Reply::raw(502, "text/html", page),
            Reply::Delay(Duration::from_secs(2), Box::new(Reply::json(200, found))),
            Reply::json(200, found),
        ]);
        let client = client(flavor, &server, |setup| {
            setup.timeouts.attempt = Duration::from_millis(300)
        });
        let meeting = get_meeting(&client).unwrap();
        assert_eq!(
            meeting.meeting_info_list.as_deref().unwrap()[0].status,
            Some(wemeet::MeetingStatus::Init),
            "{flavor}"
        );
        let received = server.received();
        assert_eq!(
            received.len(),
            3,
            "{flavor}: two retries of an idempotent GET"
        );
        // Each attempt is signed afresh, over the same target and an empty body.
        let nonces: std::collections::HashSet<_> = received
            .iter()
            .map(|request| request.header("x-tc-nonce").unwrap_or_default().to_owned())
            .collect();
        assert_eq!(nonces.len(), 3, "{flavor}");
        for request in &received {
            assert_eq!(request.method, "GET", "{flavor}");
            assert!(request.body.is_empty(), "{flavor}: a GET sends no body");
            assert_eq!(
                request.target,
                "/v1/meetings/7567173273889276131?operator_id=tester&operator_id_type=1&instanceid=1",
                "{flavor}"
            );
        }
    }
}

#[test]
fn a_timeout_is_reported_and_a_create_is_not_sent_again() {
    for flavor in FLAVORS {
        let slow = || {
            Reply::Delay(
                Duration::from_secs(3),
                Box::new(Reply::json(200, &created())),
            )
        };
        let server = ScriptedServer::start([slow(), slow(), slow(), slow()]);
        let client = client(flavor, &server, |setup| {
            setup.timeouts.attempt = Duration::from_millis(300)
        });
        let started = Instant::now();
        let error = create(&client).unwrap_err();
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

        set_live_stream(&client).unwrap_err();
        std::thread::sleep(Duration::from_millis(100));
        assert_eq!(server.received().len(), 2, "{flavor}: nor a push address");
    }
}

#[test]
fn a_rate_limit_is_retried_once_after_a_second_with_a_new_signature() {
    for flavor in FLAVORS {
        let server = ScriptedServer::start([
            Reply::api_error(400, 190310, None, "rate limited"),
            Reply::json(200, &created()),
            Reply::api_error(400, 190313, None, "rate limited"),
            Reply::api_error(400, 190313, None, "rate limited"),
        ]);
        let client = client(flavor, &server, |_| {});
        let started = Instant::now();
        create(&client).unwrap();
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
        assert_signed(&received[1], scripted_credentials());

        let error = create(&client).unwrap_err();
        assert_eq!(
            error.error_code(),
            Some(ErrorCode::API_RATE_LIMIT_PER_MINUTE),
            "{flavor}: one retry only"
        );
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
        let setup = Setup::new(format!("http://127.0.0.1:{port}"), scripted_credentials());
        let error = create(&AnyClient::build(flavor, setup).unwrap()).unwrap_err();
        let Error::Transport(transport) = &error else {
            panic!("{flavor}: {error:?}")
        };
        assert_eq!(
            transport.kind(),
            TransportErrorKind::Connect,
            "{flavor}: {error}"
        );
        assert!(!error.may_have_reached_server(), "{flavor}");
        // Where and how often, in the message; why, in the chain of causes, down to the operating system's error.
        assert_eq!(
            error.to_string(),
            format!(
                "could not connect to 127.0.0.1:{port} (the request was not sent; tried 3 times)"
            ),
            "{flavor}"
        );
        let mut causes = Vec::new();
        let mut cause = std::error::Error::source(&error);
        while let Some(current) = cause {
            causes.push(current);
            cause = current.source();
        }
        assert!(
            causes.iter().any(|cause| cause
                .downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::ConnectionRefused)),
            "{flavor}: {causes:?}"
        );
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
        let error = create(&client(flavor, &server, |_| {})).unwrap_err();
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

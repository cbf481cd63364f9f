//! No log record of any crate in either client's tree carries a secret or a response body.
//!
//! A global subscriber keeps everything at TRACE, `tracing` events and `log` records alike (the `tracing-log`
//! bridge, as tracing-subscriber installs it by default): ureq-proto's wire dumps, rustls, reqwest, hyper and the
//! SDK's own spans. Both clients then make calls that succeed (all endpoints, over plain http on loopback, and over
//! TLS through an authenticating proxy), that fail with an API error and that time out. None of the SecretKey,
//! SecretId, AppId, any signature a server received, the meeting and push passwords sent, the proxy password, or
//! any response body content may appear in what was logged.

use std::time::Duration;

use wemeet::{
    AddMeetingBackgrounds, AddMeetingBackgroundsPath, CreateMeeting, CreateMeetingRequest,
    CreateMeetingResponse, Credentials, Error, ErrorCode, PlatformType, PushStreamInfo, Response,
    RetryPolicy, SetLiveStreamAddress, SetLiveStreamAddressPath, SetLiveStreamAddressRequest,
    TransportErrorKind, encode_base64,
};
use wemeet_mock::MockServer;
use wemeet_testkit::requests;
use wemeet_tests::{
    AnyClient, FLAVORS, Proxy, RecordingProxy, Reply, ScriptedServer, Setup, TestCa, TlsFront,
    capture_everything, hex_dumped_bytes,
};

const APP_ID: &str = "corp-log-test-4711";
const SECRET_ID: &str = "sid-log-test-51d2";
const SECRET_KEY: &str = "sk-log-test-7f3a9c";
/// At most 6 characters, as create meeting's `password` takes (4 to 6 digits by the docs; the lengths are checked);
/// characters no log holds by chance.
const MEETING_PASSWORD: &str = "Qz~9wK";
const PUSH_PASSWORD: &str = "pushpw-8d2e61";
const PROXY_PASSWORD: &str = "proxypw-c0ffee";
const OPEN_ID: &str = "openid-log-test-91e";
/// Text that is only ever in response bodies.
const BODY_MARKERS: [&str; 3] = ["bodymark-join-9a7", "bodymark-pass-3b1", "bodymark-err-6f4"];

fn credentials() -> Credentials {
    Credentials::builder()
        .app_id(APP_ID)
        .secret_id(SECRET_ID)
        .secret_key(SECRET_KEY)
        .build()
        .with_sdk_id("sdk-log-test-0c3")
}

fn create() -> CreateMeetingRequest {
    let mut request = requests::create_meeting("logger");
    request.password = Some(MEETING_PASSWORD.to_owned());
    request
}

/// A push address with the push password; `n` keeps it unique (the service refuses a duplicate).
fn live_stream(n: u64) -> SetLiveStreamAddressRequest {
    let push = PushStreamInfo::builder()
        .platform_type(PlatformType::ThirdParty)
        .platform_name(encode_base64("logged"))
        .push_address(format!("rtmp://live.example.com/app/{n}/"))
        .push_password(PUSH_PASSWORD)
        .build();
    SetLiveStreamAddressRequest::builder()
        .userid("logger")
        .instanceid(wemeet::InstanceId::Pc)
        .push_stream_info([push])
        .build()
}

fn create_on(client: &AnyClient) -> Result<Response<CreateMeetingResponse>, Error> {
    client.send::<CreateMeeting>(&(), &create())
}

/// A create-meeting answer whose password and join URL are markers.
fn scripted_created() -> Reply {
    Reply::json(
        200,
        &format!(
            r#"{{"meeting_number":1,"meeting_info_list":[{{"subject":"s","meeting_id":"433471464134410364",
            "meeting_code":"637228110","password":"{}","join_url":"https://wemeet.qq.com/w/{}"}}]}}"#,
            BODY_MARKERS[1], BODY_MARKERS[0]
        ),
    )
}

/// An API error whose body carries a field beyond `error_info`.
fn scripted_error() -> Reply {
    Reply::json(
        400,
        &format!(
            r#"{{"error_info":{{"error_code":190004,"message":"bad request"}},"detail":"{}"}}"#,
            BODY_MARKERS[2]
        ),
    )
}

#[test]
fn no_secret_and_no_response_body_in_any_log_record() {
    let logs = capture_everything();
    let mock = MockServer::start_blocking().unwrap();
    mock.register(credentials());
    let ca = TestCa::new();
    let front = TlsFront::start(ca.server_config(&["api.wemeet.test"]), mock.address());
    let proxy = RecordingProxy::start(front.address());

    let mut signatures: Vec<String> = Vec::new();
    let mut join_urls: Vec<String> = Vec::new();
    let mut tokens: Vec<String> = Vec::new();
    for flavor in FLAVORS {
        // Success on every endpoint, plain http on loopback.
        let client = AnyClient::build(flavor, Setup::new(mock.base_url(), credentials())).unwrap();
        let created = create_on(&client).unwrap().into_inner();
        let meeting = &created.meeting_info_list.unwrap()[0];
        assert_eq!(
            meeting.password.as_deref(),
            Some(MEETING_PASSWORD),
            "{flavor}"
        );
        join_urls.extend(meeting.join_url.clone());
        let id = meeting.meeting_id.clone().unwrap();
        client
            .send::<AddMeetingBackgrounds>(
                &AddMeetingBackgroundsPath::new(id.as_str()),
                &requests::add_backgrounds("logger", 2),
            )
            .unwrap();
        client
            .send::<SetLiveStreamAddress>(
                &SetLiveStreamAddressPath::new(id.as_str()),
                &live_stream(1),
            )
            .unwrap();

        // An OAuth 2.0 access token instead of a signature.
        let token = mock.issue_access_token(OPEN_ID, Duration::from_secs(600));
        let mut setup = Setup::new(mock.base_url(), credentials());
        setup.access_token = Some(token.clone());
        let token_client = AnyClient::build(flavor, setup).unwrap();
        create_on(&token_client).unwrap();
        tokens.push(
            mock.requests()
                .last()
                .and_then(|request| request.header("AccessToken").map(str::to_owned))
                .unwrap(),
        );

        // An API error from the mock.
        let error = client
            .send::<AddMeetingBackgrounds>(
                &AddMeetingBackgroundsPath::new("404"),
                &requests::add_backgrounds("logger", 2),
            )
            .unwrap_err();
        assert!(matches!(error, Error::Api { .. }), "{flavor}: {error}");

        // Success over TLS through a proxy that wants a password.
        let mut setup = Setup::new("https://api.wemeet.test", credentials());
        setup.proxy = Proxy::Url(proxy.url_with_credentials("logger", PROXY_PASSWORD));
        setup.root_certificates.push(ca.root_certificate());
        let client = AnyClient::build(flavor, setup).unwrap();
        let created = create_on(&client).unwrap().into_inner();
        join_urls.extend(created.meeting_info_list.unwrap()[0].join_url.clone());
        client
            .send::<SetLiveStreamAddress>(
                &SetLiveStreamAddressPath::new(id.as_str()),
                &live_stream(2),
            )
            .unwrap();

        // A scripted server: a body of markers, an error body with more than `error_info`, a timeout.
        let scripted = ScriptedServer::start([
            scripted_created(),
            scripted_error(),
            Reply::Delay(Duration::from_secs(1), Box::new(scripted_created())),
        ]);
        let mut setup = Setup::new(scripted.base_url(), credentials());
        setup.retry = RetryPolicy::disabled();
        setup.timeouts.attempt = Duration::from_millis(300);
        let client = AnyClient::build(flavor, setup).unwrap();
        let created = create_on(&client).unwrap().into_inner();
        assert_eq!(
            created.meeting_info_list.unwrap()[0].password.as_deref(),
            Some(BODY_MARKERS[1]),
            "{flavor}: the body reached the caller whole"
        );
        let error = create_on(&client).unwrap_err();
        assert_eq!(
            error.error_code(),
            Some(ErrorCode::INVALID_PARAMETER),
            "{flavor}: {error}"
        );
        let error = create_on(&client).unwrap_err();
        assert!(
            matches!(&error, Error::Transport(t) if t.kind() == TransportErrorKind::Timeout),
            "{flavor}: {error}"
        );
        signatures.extend(
            scripted
                .received()
                .iter()
                .filter_map(|request| request.header("x-tc-signature").map(str::to_owned)),
        );
    }
    signatures.extend(
        mock.requests()
            .iter()
            .filter_map(|request| request.header("X-TC-Signature").map(str::to_owned)),
    );
    assert_eq!(
        signatures.len(),
        18,
        "every signed call was signed and sent once"
    );
    assert_eq!(tokens.len(), 2, "one call with an access token per client");
    assert_eq!(join_urls.len(), 4);
    assert!(
        proxy.requests().len() >= 2,
        "both clients went through the proxy"
    );

    let logs = logs.text();
    let dumped = String::from_utf8_lossy(&hex_dumped_bytes(&logs)).into_owned();
    // The capture saw the wire-level records it is about, so finding nothing below means something.
    for expected in ["ureq_proto", "reqwest", "wemeet.call"] {
        assert!(logs.contains(expected), "no {expected} record was captured");
    }
    for expected in [
        "POST /v1/meetings HTTP/1.1",
        "x-tc-nonce: ",
        "HTTP/1.1 200 OK",
    ] {
        assert!(
            dumped.contains(expected),
            "ureq-proto's dumps were not read back: {expected}"
        );
    }
    let secrets = [
        SECRET_KEY,
        SECRET_ID,
        APP_ID,
        MEETING_PASSWORD,
        PUSH_PASSWORD,
        PROXY_PASSWORD,
    ]
    .into_iter()
    .chain(BODY_MARKERS)
    .map(str::to_owned)
    .chain(signatures)
    .chain(join_urls)
    .chain(tokens)
    .chain([OPEN_ID.to_owned()]);
    for secret in secrets {
        if let Some(at) = dumped.find(&secret) {
            let context: String = dumped[..at]
                .chars()
                .rev()
                .take(120)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            panic!("{secret:?} was logged in a hex dump, after: {context:?}");
        }
        if let Some(at) = logs.find(&secret) {
            let start = logs[..at].rfind('\n').map_or(0, |line| line + 1);
            let end = logs[at..].find('\n').map_or(logs.len(), |line| at + line);
            panic!("{secret:?} was logged: {}", &logs[start..end]);
        }
    }
}

//! The async client on the caller's own `reqwest::Client` (`ClientBuilder::http_client`): requests go through it
//! (its default headers arrive), and what the SDK guarantees on top of any HTTP client stays: each attempt signed
//! afresh, the attempt timeout, retries by the endpoint's retry class, typed errors.

use std::time::{Duration, Instant};

use wemeet::{Error, GetMeeting, GetMeetingPath, GetMeetingRequest, TransportErrorKind};
use wemeet_tests::{Reply, ScriptedServer, doc_example, scripted_credentials};

fn get_meeting(
    client: &wemeet::Client,
) -> Result<wemeet::Response<wemeet::GetMeetingResponse>, Error> {
    let request = GetMeetingRequest::builder()
        .operator_id("tester")
        .operator_id_type(wemeet::OperatorIdType::Userid)
        .instanceid(wemeet::InstanceId::Pc)
        .build();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime
        .block_on(client.send::<GetMeeting>(&GetMeetingPath::new("7567173273889276131"), &request))
}

/// A reqwest client as an application might share it: its own default header, no redirects.
///
/// Its TLS: an application's reqwest usually has a crypto provider of its own (reqwest's default features); the
/// one this package builds has only the `rustls-no-provider` the clients turn on, with which building a client
/// panics unless a process-wide provider is installed.
fn own_http_client() -> reqwest::Client {
    #[allow(deprecated)] // ring's provider, deprecated by rustls 0.23.48 (see wemeet_core::tls).
    let _ = rustls::crypto::ring::default_provider().install_default();
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        "x-app-tag",
        reqwest::header::HeaderValue::from_static("shared-pool"),
    );
    reqwest::Client::builder()
        .default_headers(headers)
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .build()
        .unwrap()
}

#[test]
fn requests_go_through_the_given_client_signed_and_retried_as_always() {
    let found = doc_example(wemeet::schemas::GET_MEETING_RESPONSE).to_string();
    let server = ScriptedServer::start([
        Reply::raw(502, "text/html", b"<html>bad gateway</html>"),
        Reply::json(200, &found),
    ]);
    let client = wemeet::Client::builder()
        .base_url(server.base_url())
        .credentials(scripted_credentials())
        .retry_policy(
            wemeet::RetryPolicy::default()
                .with_backoff(Duration::from_millis(10), Duration::from_millis(10)),
        )
        .http_client(own_http_client())
        .build()
        .unwrap();
    get_meeting(&client).unwrap();

    let received = server.received();
    assert_eq!(received.len(), 2, "the 502 was retried");
    for request in &received {
        assert_eq!(
            request.header("x-app-tag"),
            Some("shared-pool"),
            "sent by the given client"
        );
        assert!(request.header("x-tc-signature").is_some(), "signed");
    }
    assert_ne!(
        received[0].header("x-tc-nonce"),
        received[1].header("x-tc-nonce"),
        "each attempt signed afresh"
    );
}

#[test]
fn the_attempt_timeout_holds_on_the_given_client() {
    let slow = || Reply::Delay(Duration::from_secs(3), Box::new(Reply::json(200, "{}")));
    let server = ScriptedServer::start([slow(), slow(), slow()]);
    let client = wemeet::Client::builder()
        .base_url(server.base_url())
        .credentials(scripted_credentials())
        .attempt_timeout(Duration::from_millis(200))
        .retry_policy(wemeet::RetryPolicy::disabled())
        .http_client(own_http_client())
        .build()
        .unwrap();
    let started = Instant::now();
    let error = get_meeting(&client).unwrap_err();
    assert!(
        matches!(&error, Error::Transport(transport) if transport.kind() == TransportErrorKind::Timeout),
        "{error:?}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn the_base_url_is_checked_whatever_the_http_client() {
    let error = wemeet::Client::builder()
        .base_url("http://api.meeting.qq.com")
        .credentials(scripted_credentials())
        .http_client(own_http_client())
        .build()
        .unwrap_err();
    assert!(
        error.to_string().contains("allow_insecure_http(true)"),
        "{error}"
    );
}

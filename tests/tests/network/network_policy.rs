//! One network policy for both clients: the same trust store plus added roots, a TLS failure is a connect error,
//! proxies carry requests to other hosts (tunnelled for https), loopback is always direct, and plain http off
//! loopback is refused before anything is sent. Every test runs the same body against each client.

use std::time::Duration;

use wemeet::CreateMeeting;
use wemeet::{ConfigError, Error, TransportErrorKind};
use wemeet_mock::MockServer;
use wemeet_testkit::requests;
use wemeet_tests::sample::{call_every_endpoint, create_meeting_id};
use wemeet_tests::{
    AnyClient, FLAVORS, Flavor, PlainHttpServer, Proxy, RecordingProxy, Setup, TestCa, TlsFront,
};

/// The host name the proxy tests use: it resolves nowhere, so only a proxy can reach it.
const API_HOST: &str = "api.wemeet.test";

fn create(client: &AnyClient, userid: &str) -> Result<(), Error> {
    client
        .send::<CreateMeeting>(&(), &requests::create_meeting(userid))
        .map(drop)
}

/// The error is a connect failure: the request certainly never reached the server.
fn assert_connect_error(flavor: Flavor, error: &Error) {
    match error {
        Error::Transport(transport) => {
            assert_eq!(
                transport.kind(),
                TransportErrorKind::Connect,
                "{flavor}: {error}"
            )
        }
        other => panic!("{flavor}: not a transport error: {other:?}"),
    }
    assert!(!error.may_have_reached_server(), "{flavor}: {error}");
}

/// The error is a refused certificate: nothing was sent, it was not retried, and it says how to trust a private
/// authority.
fn assert_certificate_refused(flavor: Flavor, error: &Error) {
    match error {
        Error::Transport(transport) => {
            assert_eq!(
                transport.kind(),
                TransportErrorKind::Certificate,
                "{flavor}: {error}"
            );
            assert_eq!(transport.attempts(), 1, "{flavor}: not retried: {error}");
        }
        other => panic!("{flavor}: not a transport error: {other:?}"),
    }
    assert!(!error.may_have_reached_server(), "{flavor}: {error}");
    assert!(!error.is_retryable(), "{flavor}: {error}");
    assert!(
        error.to_string().contains("`add_root_certificate`"),
        "{flavor}: {error}"
    );
}

#[test]
fn a_custom_ca_is_trusted_only_once_added_and_only_for_its_names() {
    let mock = MockServer::start_blocking().unwrap();
    let ca = TestCa::new();
    let front = TlsFront::start(ca.server_config(&["127.0.0.1"]), mock.address());
    let wrong_name = TlsFront::start(ca.server_config(&[API_HOST]), mock.address());
    for flavor in FLAVORS {
        mock.clear_requests();
        let setup = Setup::new(front.base_url(), mock.credentials());
        let untrusting = AnyClient::build(flavor, setup.clone()).unwrap();
        let error = create(&untrusting, "ca").unwrap_err();
        assert_certificate_refused(flavor, &error);
        assert!(mock.requests().is_empty(), "{flavor}");

        let mut trusting = setup;
        trusting.root_certificates.push(ca.root_certificate());
        let client = AnyClient::build(flavor, trusting.clone()).unwrap();
        call_every_endpoint(&client, &mock, "ca").unwrap();
        let through = mock.requests().len();
        assert!(
            through >= wemeet::ENDPOINTS.len(),
            "{flavor}: the trusting client got through"
        );

        // A certificate of the trusted CA, but for another name: refused as well.
        trusting.base_url = wrong_name.base_url();
        let client = AnyClient::build(flavor, trusting).unwrap();
        let error = create(&client, "ca").unwrap_err();
        assert_certificate_refused(flavor, &error);
        assert_eq!(mock.requests().len(), through, "{flavor}");
    }
}

#[test]
fn an_https_url_of_a_server_that_does_not_speak_tls_is_a_connect_error() {
    let server = PlainHttpServer::start();
    for flavor in FLAVORS {
        let mut setup = Setup::new(
            server.https_url(),
            wemeet::Credentials::builder()
                .app_id("a")
                .secret_id("b")
                .secret_key("c")
                .build(),
        );
        setup.timeouts.connect = Duration::from_secs(2);
        let client = AnyClient::build(flavor, setup).unwrap();
        let error = create(&client, "tls").unwrap_err();
        assert_connect_error(flavor, &error);
    }
}

#[test]
fn an_https_request_to_another_host_is_tunnelled_through_the_proxy_with_its_credentials() {
    let mock = MockServer::start_blocking().unwrap();
    let ca = TestCa::new();
    let front = TlsFront::start(ca.server_config(&[API_HOST]), mock.address());
    let proxy = RecordingProxy::start(front.address());
    for flavor in FLAVORS {
        let before = proxy.requests().len();
        let mut setup = Setup::new(format!("https://{API_HOST}"), mock.credentials());
        setup.proxy = Proxy::Url(proxy.url_with_credentials("alice", "pr0xy-pass"));
        setup.root_certificates.push(ca.root_certificate());
        let client = AnyClient::build(flavor, setup).unwrap();
        call_every_endpoint(&client, &mock, "proxy").unwrap();

        let requests = proxy.requests().split_off(before);
        assert!(
            !requests.is_empty(),
            "{flavor}: nothing went through the proxy"
        );
        for request in &requests {
            assert_eq!(request.method, "CONNECT", "{flavor}: {request:?}");
            assert_eq!(request.target, format!("{API_HOST}:443"), "{flavor}");
            assert_eq!(
                request.authorization.as_deref(),
                Some("Basic YWxpY2U6cHIweHktcGFzcw=="),
                "{flavor}"
            );
        }
    }
}

#[test]
fn a_plain_http_request_to_another_host_goes_through_the_proxy_once_allowed() {
    let mock = MockServer::start_blocking().unwrap();
    let proxy = RecordingProxy::start(mock.address());
    for flavor in FLAVORS {
        let before = proxy.requests().len();
        let mut setup = Setup::new(format!("http://{API_HOST}"), mock.credentials());
        setup.proxy = Proxy::Url(proxy.url());
        let error = AnyClient::build(flavor, setup.clone()).err().unwrap();
        assert!(
            matches!(error, Error::Config(ConfigError::InvalidBaseUrl { .. })),
            "{flavor}: {error}"
        );
        assert_eq!(
            proxy.requests().len(),
            before,
            "{flavor}: refused before sending"
        );

        setup.allow_insecure_http = true;
        let client = AnyClient::build(flavor, setup).unwrap();
        create_meeting_id(&client, "net").unwrap();
        let requests = proxy.requests().split_off(before);
        assert!(
            !requests.is_empty(),
            "{flavor}: nothing went through the proxy"
        );
        // reqwest forwards http requests (absolute form), ureq tunnels them: both name the host.
        for request in &requests {
            assert_eq!(
                request.target,
                format!("{API_HOST}:80"),
                "{flavor}: {request:?}"
            );
        }
    }
}

#[test]
fn loopback_is_reached_directly_whatever_the_proxy() {
    let mock = MockServer::start_blocking().unwrap();
    let proxy = RecordingProxy::start(mock.address());
    for flavor in FLAVORS {
        for proxy_url in [proxy.url(), "http://127.0.0.1:9".to_owned()] {
            let mut setup = Setup::new(mock.base_url(), mock.credentials());
            setup.proxy = Proxy::Url(proxy_url.clone());
            let client = AnyClient::build(flavor, setup).unwrap();
            create_meeting_id(&client, "net").unwrap();
            assert_eq!(proxy.requests(), vec![], "{flavor}, proxy {proxy_url}");
        }
    }
}

#[test]
fn plain_http_off_loopback_is_refused_naming_both_opt_ins() {
    for flavor in FLAVORS {
        let setup = Setup::new(
            "http://api.meeting.qq.com",
            wemeet::Credentials::builder()
                .app_id("a")
                .secret_id("b")
                .secret_key("c")
                .build(),
        );
        let error = AnyClient::build(flavor, setup).err().unwrap();
        let message = error.to_string();
        assert!(
            message.contains("allow_insecure_http(true)"),
            "{flavor}: {message}"
        );
        assert!(
            message.contains("WEMEET_ALLOW_INSECURE_HTTP=1"),
            "{flavor}: {message}"
        );
    }
}

//! The proxy from the environment, read the same way by both clients: `HTTPS_PROXY` carries https requests to
//! other hosts, hosts in `NO_PROXY` and loopback are reached directly, and `no_proxy()` on the builder ignores the
//! environment.
//!
//! This binary holds a single test because it changes the process environment.

use std::time::Duration;

use wemeet::{Error, TransportErrorKind};
use wemeet_mock::MockServer;
use wemeet_testkit::requests;
use wemeet_tests::{AnyClient, FLAVORS, Proxy, RecordingProxy, Setup, TestCa, TlsFront};

/// A host name only the proxy can reach.
const NAMED_HOST: &str = "api.wemeet.test";
/// TEST-NET-1 (RFC 5737): never routed, so a direct connection fails at once or at the connect timeout.
const UNROUTED_HOST: &str = "192.0.2.1";
const PROXY_VARS: [&str; 8] = [
    "https_proxy",
    "HTTPS_PROXY",
    "http_proxy",
    "HTTP_PROXY",
    "all_proxy",
    "ALL_PROXY",
    "no_proxy",
    "NO_PROXY",
];

fn set_env(name: &str, value: Option<&str>) {
    // SAFETY: this binary's only test runs on one thread; the servers' threads and the clients never read the
    // environment while it changes (it is read when a client is built, on this thread).
    unsafe {
        match value {
            Some(value) => std::env::set_var(name, value),
            None => std::env::remove_var(name),
        }
    }
}

#[test]
fn the_environment_names_the_proxy_and_the_hosts_reached_directly() {
    let mock = MockServer::start_blocking().unwrap();
    let ca = TestCa::new();
    let front = TlsFront::start(
        ca.server_config(&[NAMED_HOST, UNROUTED_HOST]),
        mock.address(),
    );
    let proxy = RecordingProxy::start(front.address());
    for name in PROXY_VARS {
        set_env(name, None);
    }
    set_env("HTTPS_PROXY", Some(&proxy.url()));

    for flavor in FLAVORS {
        let setup = |host: &str| {
            let mut setup = Setup::new(format!("https://{host}"), mock.credentials());
            setup.proxy = Proxy::FromEnvironment;
            setup.root_certificates.push(ca.root_certificate());
            setup.timeouts.connect = Duration::from_millis(500);
            setup
        };
        let proxied = |setup: Setup| -> (Result<(), Error>, Vec<String>) {
            let before = proxy.requests().len();
            let result = AnyClient::build(flavor, setup)
                .and_then(|client| {
                    client.send::<wemeet::CreateMeeting>(&(), &requests::create_meeting("env"))
                })
                .map(drop);
            let targets = proxy.requests()[before..]
                .iter()
                .map(|request| request.target.clone())
                .collect();
            (result, targets)
        };
        let direct_failure = |result: Result<(), Error>| match result {
            Err(Error::Transport(error)) => assert_eq!(error.kind(), TransportErrorKind::Connect),
            other => panic!("{flavor}: expected a direct connection to fail, got {other:?}"),
        };

        // HTTPS_PROXY carries both hosts.
        for host in [NAMED_HOST, UNROUTED_HOST] {
            let (result, targets) = proxied(setup(host));
            result.unwrap_or_else(|error| panic!("{flavor}, {host}: {error}"));
            assert_eq!(targets, [format!("{host}:443")], "{flavor}");
        }

        // NO_PROXY sends the unrouted address directly (where it cannot be reached), the named host still goes
        // through the proxy.
        set_env("NO_PROXY", Some("example.com, 192.0.2.0/24"));
        let (result, targets) = proxied(setup(UNROUTED_HOST));
        direct_failure(result);
        assert_eq!(targets, Vec::<String>::new(), "{flavor}");
        let (result, targets) = proxied(setup(NAMED_HOST));
        result.unwrap();
        assert_eq!(targets, [format!("{NAMED_HOST}:443")], "{flavor}");
        set_env("NO_PROXY", None);

        // `no_proxy()` ignores the environment.
        let mut unproxied = setup(UNROUTED_HOST);
        unproxied.proxy = Proxy::Disabled;
        let (result, targets) = proxied(unproxied);
        direct_failure(result);
        assert_eq!(targets, Vec::<String>::new(), "{flavor}");

        // Loopback is direct, whatever the environment.
        let mut local = Setup::new(mock.base_url(), mock.credentials());
        local.proxy = Proxy::FromEnvironment;
        let (result, targets) = proxied(local);
        result.unwrap();
        assert_eq!(targets, Vec::<String>::new(), "{flavor}");
    }
}

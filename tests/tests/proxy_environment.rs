//! The proxy from the environment, read the same way by both clients: `HTTPS_PROXY` carries https requests to
//! other hosts, hosts in `NO_PROXY` and loopback are reached directly, and `no_proxy()` on the builder ignores the
//! environment.
//!
//! The test never changes its own environment (unsafe since edition 2024, and a race with the servers' threads,
//! which may read it meanwhile): each call is made by a child run of this test binary, started with the
//! environment the call is about, and the test reads what the proxy saw.

use std::process::Command;
use std::time::Duration;

use wemeet::{Error, RootCertificate};
use wemeet_mock::MockServer;
use wemeet_testkit::requests;
use wemeet_tests::{AnyClient, FLAVORS, Flavor, Proxy, RecordingProxy, Setup, TestCa, TlsFront};

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
/// What `NO_PROXY` says where the test sets it: the unrouted address's network, and another host.
const NO_PROXY: &str = "example.com, 192.0.2.0/24";

/// The one test of this binary, which the child runs run too.
const TEST: &str = "the_environment_names_the_proxy_and_the_hosts_reached_directly";
/// Set in a child run: the call to make, as `<flavor> <proxy option> <base URL>`.
const CALL: &str = "WEMEET_TEST_PROXY_ENVIRONMENT_CALL";
/// Set in a child run: the PEM text of the CA that signed the TLS front's certificate.
const CA_PEM: &str = "WEMEET_TEST_PROXY_ENVIRONMENT_CA";
/// Where a child run's output gives the outcome of its call (`ok`, or the kind of transport error).
const OUTCOME: &str = "wemeet-proxy-environment-outcome: ";

/// What the test starts once: the mock, behind a TLS front answering for both hosts, behind a recording proxy.
struct Servers {
    mock: MockServer,
    ca: TestCa,
    proxy: RecordingProxy,
    _front: TlsFront,
}

impl Servers {
    /// A create through `flavor` to `base_url`, by a child run whose environment names the proxy in `HTTPS_PROXY`
    /// and holds `no_proxy` in `NO_PROXY`, with the builder's proxy option `proxy`; the outcome, and the targets
    /// of the requests the proxy received meanwhile.
    fn call(
        &self,
        flavor: Flavor,
        no_proxy: Option<&str>,
        proxy: &str,
        base_url: &str,
    ) -> (String, Vec<String>) {
        let before = self.proxy.requests().len();
        let mut child = Command::new(std::env::current_exe().unwrap());
        child.args(["--exact", TEST, "--nocapture", "--test-threads=1"]);
        for name in PROXY_VARS {
            child.env_remove(name);
        }
        child
            .env("HTTPS_PROXY", self.proxy.url())
            .env(CALL, format!("{flavor} {proxy} {base_url}"))
            .env(CA_PEM, self.ca.pem());
        if let Some(no_proxy) = no_proxy {
            child.env("NO_PROXY", no_proxy);
        }
        let output = child.output().unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success(),
            "{flavor}, {proxy}, {base_url}: the child run failed\n{stdout}\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let outcome = stdout
            .lines()
            .find_map(|line| line.split_once(OUTCOME).map(|(_, outcome)| outcome))
            .unwrap_or_else(|| panic!("no outcome in the child run's output:\n{stdout}"))
            .to_owned();
        let targets = self.proxy.requests()[before..]
            .iter()
            .map(|request| request.target.clone())
            .collect();
        (outcome, targets)
    }
}

/// In a child run: makes the call [`CALL`] names and prints its outcome after [`OUTCOME`].
fn make_the_call(call: &str) {
    let mut words = call.split(' ');
    let (Some(flavor), Some(proxy), Some(base_url)) = (words.next(), words.next(), words.next())
    else {
        panic!("{CALL} is `<flavor> <proxy option> <base URL>`, not {call:?}")
    };
    let flavor = FLAVORS
        .into_iter()
        .find(|known| known.to_string() == flavor)
        .unwrap_or_else(|| panic!("no flavor {flavor:?}"));
    let mut setup = Setup::new(base_url, wemeet_mock::demo::credentials());
    setup.proxy = match proxy {
        "environment" => Proxy::FromEnvironment,
        "disabled" => Proxy::Disabled,
        other => panic!("no proxy option {other:?}"),
    };
    let ca = std::env::var(CA_PEM).unwrap();
    setup
        .root_certificates
        .push(RootCertificate::from_pem(ca.as_bytes()).unwrap());
    setup.timeouts.connect = Duration::from_millis(500);
    let outcome = AnyClient::build(flavor, setup)
        .and_then(|client| {
            client.send::<wemeet::CreateMeeting>(&(), &requests::create_meeting("env"))
        })
        .map(drop);
    let outcome = match outcome {
        Ok(()) => "ok".to_owned(),
        Err(Error::Transport(error)) => format!("transport {:?}", error.kind()),
        Err(other) => format!("other {other}"),
    };
    // On a line of its own: the test harness has printed the test's name without a line break.
    println!("\n{OUTCOME}{outcome}");
}

#[test]
fn the_environment_names_the_proxy_and_the_hosts_reached_directly() {
    if let Ok(call) = std::env::var(CALL) {
        return make_the_call(&call);
    }
    let mock = MockServer::start_blocking().unwrap();
    let ca = TestCa::new();
    let front = TlsFront::start(
        ca.server_config(&[NAMED_HOST, UNROUTED_HOST]),
        mock.address(),
    );
    let proxy = RecordingProxy::start(front.address());
    let servers = Servers {
        mock,
        ca,
        proxy,
        _front: front,
    };
    let https = |host: &str| format!("https://{host}");
    let direct_failure = "transport Connect";

    for flavor in FLAVORS {
        // HTTPS_PROXY carries both hosts.
        for host in [NAMED_HOST, UNROUTED_HOST] {
            let (outcome, targets) = servers.call(flavor, None, "environment", &https(host));
            assert_eq!(outcome, "ok", "{flavor}, {host}");
            assert_eq!(targets, [format!("{host}:443")], "{flavor}");
        }

        // NO_PROXY sends the unrouted address directly (where it cannot be reached), the named host still goes
        // through the proxy.
        let (outcome, targets) =
            servers.call(flavor, Some(NO_PROXY), "environment", &https(UNROUTED_HOST));
        assert_eq!(outcome, direct_failure, "{flavor}");
        assert_eq!(targets, Vec::<String>::new(), "{flavor}");
        let (outcome, targets) =
            servers.call(flavor, Some(NO_PROXY), "environment", &https(NAMED_HOST));
        assert_eq!(outcome, "ok", "{flavor}");
        assert_eq!(targets, [format!("{NAMED_HOST}:443")], "{flavor}");

        // `no_proxy()` ignores the environment.
        let (outcome, targets) = servers.call(flavor, None, "disabled", &https(UNROUTED_HOST));
        assert_eq!(outcome, direct_failure, "{flavor}");
        assert_eq!(targets, Vec::<String>::new(), "{flavor}");

        // Loopback is direct, whatever the environment.
        let (outcome, targets) = servers.call(flavor, None, "environment", servers.mock.base_url());
        assert_eq!(outcome, "ok", "{flavor}");
        assert_eq!(targets, Vec::<String>::new(), "{flavor}");
    }
}

//! The SecretKey and signatures never appear in logs, `Debug` or `Display`: a run of every endpoint with both
//! clients, traced at TRACE level, and every printable thing a user can get hold of.

use wemeet::{AddMeetingBackgrounds, AddMeetingBackgroundsPath, Credentials};
use wemeet_mock::MockServer;
use wemeet_testkit::requests;
use wemeet_tests::sample::{self, Sample};
use wemeet_tests::{AnyClient, FLAVORS, Setup, capture_everything};
use wemeet_types::{Endpoint, EndpointVisitor};

const SECRET_KEY: &str = "sk-ultra-secret-7f3a";

/// Calls every endpoint it visits through each client, and keeps what a user could print of the answers.
struct EveryEndpoint<'a> {
    mock: &'a MockServer,
    clients: &'a [AnyClient],
    printed: Vec<String>,
}

impl EndpointVisitor for EveryEndpoint<'_> {
    fn visit<E: Endpoint>(&mut self) {
        for (seed, client) in self.clients.iter().enumerate() {
            let context = sample::prepare::<E>(client, self.mock, "leaky", seed as u64).unwrap();
            let (path, request) = E::sample(&context);
            let response = client.send::<E>(&path, &request).unwrap();
            self.printed
                .push(format!("{response:?} {response:#?} {request:?} {path:?}"));
        }
    }
}

#[test]
fn no_secret_in_trace_logs_debug_or_display() {
    let logs = capture_everything();

    let mock = MockServer::start_blocking().unwrap();
    let demo = mock.credentials();
    let credentials = Credentials::builder()
        .app_id(demo.app_id())
        .secret_id("sid-leak-test")
        .secret_key(SECRET_KEY)
        .build()
        .with_sdk_id("sdk-leak-test");
    mock.register(credentials.clone());

    let clients: Vec<AnyClient> = FLAVORS
        .iter()
        .map(|flavor| {
            AnyClient::build(*flavor, Setup::new(mock.base_url(), credentials.clone())).unwrap()
        })
        .collect();
    let mut every = EveryEndpoint {
        mock: &mock,
        clients: &clients,
        printed: Vec::new(),
    };
    sample::visit_callable(&mut every);
    let mut printed = every.printed;
    for client in &clients {
        // An error of each kind the user can print: from the service, and from validation.
        let error = client
            .send::<AddMeetingBackgrounds>(
                &AddMeetingBackgroundsPath::new("404"),
                &requests::add_backgrounds("leaky", 2),
            )
            .unwrap_err();
        printed.push(format!("{error} {error:?} {error:#?}"));
        let error = client
            .send::<AddMeetingBackgrounds>(
                &AddMeetingBackgroundsPath::new("404"),
                &requests::add_backgrounds("leaky", 0),
            )
            .unwrap_err();
        printed.push(format!("{error} {error:?}"));
        printed.push(client.debug_output());
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

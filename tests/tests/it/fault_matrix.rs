//! The fault matrix: both clients × every endpoint of the table × every way a server or network can fail.
//!
//! Each fault is injected `MAX_ATTEMPTS` times, so a call that retries meets it on every attempt and ends with the
//! fault's typed error; the test checks that error, how many attempts reached the server (all of them only where a
//! retry is safe), and that no create and no background was stored twice. The mock's fault injection covers the
//! HTTP-level faults; a raw TCP server covers resets, and an unbound port the refused connection.

use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use http::StatusCode;
use wemeet::{Error, TransportErrorKind};
use wemeet_core::{ClientBuilder, Timeouts};
use wemeet_mock::sample::Context;
use wemeet_mock::{Fault, MockServer, Outcome};
use wemeet_sign::{NonceSource, RandomNonce};
use wemeet_tests::sample::{self, Sample};
use wemeet_tests::{AnyClient, Configure, FLAVORS, Flavor, Reply, ScriptedServer, Setup};
use wemeet_types::{
    AddMeetingBackgrounds, CreateMeeting, Endpoint, EndpointVisitor, ErrorCode, Method, RequestIn,
    RetryClass,
};

/// Attempts per call (the default policy's).
const MAX_ATTEMPTS: usize = 3;
/// The attempt (and connect) timeout of the clients of a case that expects a timeout: short, so that waiting one
/// out on every attempt costs little.
const SHORT_TIMEOUT: Duration = Duration::from_millis(300);
/// The timeouts of every other case's clients, which never wait one out: long enough that a call slowed by a busy
/// machine (the cases run side by side) still ends in the case's own error rather than a timeout.
const LONG_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a slow fault stalls: well past the attempt timeout.
const STALL: Duration = Duration::from_secs(2);
/// The response cap of these clients (above every sample answer, a user list included), and the size of the
/// oversized body.
const CAP: usize = 256 * 1024;
const OVERSIZED: usize = 1024 * 1024;

/// When a fault's error is retried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Retry {
    /// Never: a retry cannot fix it.
    Never,
    /// Only on the idempotent endpoint: the request may have been processed.
    IdempotentOnly,
    /// On every endpoint: the request certainly never reached the server.
    Always,
}

impl Retry {
    fn attempts<E: Endpoint>(self) -> usize {
        match self {
            Retry::Never => 1,
            Retry::IdempotentOnly if E::RETRY != RetryClass::Idempotent => 1,
            Retry::IdempotentOnly | Retry::Always => MAX_ATTEMPTS,
        }
    }
}

/// The error a fault must produce.
#[derive(Debug, Clone, Copy)]
enum Expect {
    /// `Error::Api` with this status and error code.
    Api(StatusCode, i64),
    /// `Error::Decode` with this status.
    Decode(StatusCode),
    /// `Error::BodyTooLarge` with this status and the client's cap.
    TooLarge(StatusCode),
    /// `Error::Transport` of this kind.
    Transport(TransportErrorKind),
}

impl Expect {
    fn check(self, error: &Error, context: &str) {
        let matched = match (self, error) {
            (
                Expect::Api(status, code),
                Error::Api {
                    status: got,
                    error_code,
                    ..
                },
            ) => *got == status && *error_code == ErrorCode::new(code),
            (Expect::Decode(status), Error::Decode { status: got, .. }) => *got == status,
            (Expect::TooLarge(status), Error::BodyTooLarge { status: got, limit }) => {
                *got == status && *limit == CAP
            }
            (Expect::Transport(kind), Error::Transport(transport)) => transport.kind() == kind,
            _ => false,
        };
        assert!(
            matched,
            "{context}: expected {self:?}, got {error:?} ({error})"
        );
        // The message a user sees says what happened and never is empty.
        assert!(!error.to_string().is_empty(), "{context}");
    }
}

/// One row of the matrix.
struct Case {
    name: &'static str,
    fault: fn() -> Fault,
    expect: Expect,
    retry: Retry,
    /// Whether the mock handles (stores) the call before the fault strikes.
    handled: bool,
}

/// Setup plus the timeouts of the error a case expects, the small response cap, and a nonce source that counts the attempts
/// signed (the only way to count attempts that never reach a server).
struct Faulty {
    setup: Setup,
    signed: SignedAttempts,
}

impl Faulty {
    fn new(base_url: &str, credentials: wemeet::Credentials, expect: Expect) -> Faulty {
        let mut setup = Setup::new(base_url, credentials);
        let timeout = match expect {
            Expect::Transport(TransportErrorKind::Timeout) => SHORT_TIMEOUT,
            _ => LONG_TIMEOUT,
        };
        let mut timeouts = Timeouts::default();
        timeouts.attempt = timeout;
        timeouts.connect = timeout;
        setup.timeouts = timeouts;
        Faulty {
            setup,
            signed: SignedAttempts::default(),
        }
    }
}

impl Configure for Faulty {
    fn apply<C>(&self, builder: ClientBuilder<C>) -> ClientBuilder<C> {
        self.setup
            .apply(builder)
            .max_response_bytes(CAP)
            .nonce_source(self.signed.clone())
    }
}

/// The default random nonces, counted.
#[derive(Debug, Clone, Default)]
struct SignedAttempts(Arc<AtomicU64>);

impl SignedAttempts {
    fn count(&self) -> u64 {
        self.0.load(Ordering::SeqCst)
    }
}

impl NonceSource for SignedAttempts {
    fn next_nonce(&self) -> u64 {
        self.0.fetch_add(1, Ordering::SeqCst);
        RandomNonce.next_nonce()
    }
}

const HTML: &str = "<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>";

fn status_cases() -> Vec<Case> {
    vec![
        Case {
            name: "500 with a JSON error body",
            fault: || Fault::error(StatusCode::INTERNAL_SERVER_ERROR, 500_000, "busy"),
            expect: Expect::Api(StatusCode::INTERNAL_SERVER_ERROR, 500_000),
            retry: Retry::Never,
            handled: false,
        },
        Case {
            name: "502 with a JSON error body",
            fault: || Fault::error(StatusCode::BAD_GATEWAY, 500_000, "bad gateway"),
            expect: Expect::Api(StatusCode::BAD_GATEWAY, 500_000),
            retry: Retry::IdempotentOnly,
            handled: false,
        },
        Case {
            name: "503 with a JSON error body",
            fault: || Fault::error(StatusCode::SERVICE_UNAVAILABLE, 500_000, "unavailable"),
            expect: Expect::Api(StatusCode::SERVICE_UNAVAILABLE, 500_000),
            retry: Retry::IdempotentOnly,
            handled: false,
        },
        Case {
            name: "500 with an HTML body",
            fault: || Fault::respond(StatusCode::INTERNAL_SERVER_ERROR, HTML),
            expect: Expect::Decode(StatusCode::INTERNAL_SERVER_ERROR),
            retry: Retry::Never,
            handled: false,
        },
        Case {
            name: "502 with an HTML body",
            fault: || Fault::respond(StatusCode::BAD_GATEWAY, HTML),
            expect: Expect::Decode(StatusCode::BAD_GATEWAY),
            retry: Retry::IdempotentOnly,
            handled: false,
        },
        Case {
            name: "503 with an HTML body",
            fault: || Fault::respond(StatusCode::SERVICE_UNAVAILABLE, HTML),
            expect: Expect::Decode(StatusCode::SERVICE_UNAVAILABLE),
            retry: Retry::IdempotentOnly,
            handled: false,
        },
        Case {
            name: "500 with an empty body",
            fault: || Fault::respond(StatusCode::INTERNAL_SERVER_ERROR, ""),
            expect: Expect::Decode(StatusCode::INTERNAL_SERVER_ERROR),
            retry: Retry::Never,
            handled: false,
        },
        Case {
            name: "502 with an empty body",
            fault: || Fault::respond(StatusCode::BAD_GATEWAY, ""),
            expect: Expect::Decode(StatusCode::BAD_GATEWAY),
            retry: Retry::IdempotentOnly,
            handled: false,
        },
        Case {
            name: "503 with an empty body",
            fault: || Fault::respond(StatusCode::SERVICE_UNAVAILABLE, ""),
            expect: Expect::Decode(StatusCode::SERVICE_UNAVAILABLE),
            retry: Retry::IdempotentOnly,
            handled: false,
        },
        Case {
            name: "a 502 JSON error after the call was handled",
            fault: || Fault::error(StatusCode::BAD_GATEWAY, 500_000, "lost").after_handling(),
            expect: Expect::Api(StatusCode::BAD_GATEWAY, 500_000),
            retry: Retry::IdempotentOnly,
            handled: true,
        },
    ]
}

fn body_cases() -> Vec<Case> {
    vec![
        Case {
            name: "200 with malformed JSON",
            fault: Fault::malformed_body,
            expect: Expect::Decode(StatusCode::OK),
            retry: Retry::Never,
            handled: false,
        },
        Case {
            name: "200 with malformed JSON after the call was handled",
            fault: || Fault::malformed_body().after_handling(),
            expect: Expect::Decode(StatusCode::OK),
            retry: Retry::Never,
            handled: true,
        },
        Case {
            name: "a body truncated by a closed connection",
            fault: Fault::truncated_body,
            expect: Expect::Transport(TransportErrorKind::Interrupted),
            retry: Retry::IdempotentOnly,
            handled: true,
        },
        Case {
            name: "a body over the cap",
            fault: || Fault::oversized_body(OVERSIZED),
            expect: Expect::TooLarge(StatusCode::OK),
            retry: Retry::Never,
            handled: false,
        },
        Case {
            name: "a body over the cap after the call was handled",
            fault: || Fault::oversized_body(OVERSIZED).after_handling(),
            expect: Expect::TooLarge(StatusCode::OK),
            retry: Retry::Never,
            handled: true,
        },
    ]
}

fn connection_cases() -> Vec<Case> {
    vec![
        Case {
            name: "the connection dropped before the response",
            fault: Fault::drop_connection,
            expect: Expect::Transport(TransportErrorKind::Interrupted),
            retry: Retry::IdempotentOnly,
            handled: false,
        },
        Case {
            name: "the connection dropped after the call was handled",
            fault: || Fault::drop_connection().after_handling(),
            expect: Expect::Transport(TransportErrorKind::Interrupted),
            retry: Retry::IdempotentOnly,
            handled: true,
        },
    ]
}

fn slow_cases() -> Vec<Case> {
    vec![
        Case {
            name: "slow response headers",
            fault: || Fault::delay_headers(STALL),
            expect: Expect::Transport(TransportErrorKind::Timeout),
            retry: Retry::IdempotentOnly,
            handled: true,
        },
        Case {
            name: "a body that stalls halfway",
            fault: || Fault::delay_mid_body(STALL),
            expect: Expect::Transport(TransportErrorKind::Timeout),
            retry: Retry::IdempotentOnly,
            handled: true,
        },
    ]
}

/// Counts per endpoint, taken before and after the faulty call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Counts {
    received: u64,
    accepted: u64,
}

fn counts<E: Endpoint>(mock: &MockServer) -> Counts {
    let stats = mock.ledger().of::<E>();
    Counts {
        received: stats.received,
        accepted: stats.accepted,
    }
}

/// One case of the matrix against one mock, for each endpoint it visits and both clients.
struct MockCase<'a> {
    case: &'a Case,
    mock: &'a MockServer,
    clients: &'a [AnyClient],
    /// A client of each flavor with the default timeouts, which make what a call acts on: the short attempt
    /// timeout of `clients` is for the faults, not for a setup slowed by a busy machine.
    setup_clients: &'a [AnyClient],
}

impl EndpointVisitor for MockCase<'_> {
    fn visit<E: Endpoint>(&mut self) {
        let (case, mock) = (self.case, self.mock);
        for (seed, (client, setup)) in self.clients.iter().zip(self.setup_clients).enumerate() {
            let flavor = client.flavor();
            let context = format!("{} / {flavor} / {}", case.name, E::NAME);
            let userid = format!("{flavor}-{}", E::NAME);
            let call = sample::prepare::<E>(setup, mock, &userid, seed as u64).expect("setup");
            let meetings_before = mock.meetings().len();
            let backgrounds_before = backgrounds(mock, &call);
            let before = counts::<E>(mock);

            mock.inject((case.fault)().on::<E>().times(MAX_ATTEMPTS));
            let (path, request) = E::sample(&call);
            let error = client.send::<E>(&path, &request).expect_err(&context);
            case.expect.check(&error, &context);
            assert_no_secret(mock, &error, &context);
            mock.clear_faults();

            let after = counts::<E>(mock);
            let attempts = case.retry.attempts::<E>();
            assert_eq!(
                after.received - before.received,
                attempts as u64,
                "{context}: attempts that reached the server"
            );
            let stored = if case.handled { attempts as u64 } else { 0 };
            assert_eq!(
                after.accepted - before.accepted,
                stored,
                "{context}: calls the server handled"
            );
            // What a retry must never do: store a second meeting, or a second set of backgrounds.
            let handled = usize::from(case.handled);
            let created = mock.meetings().len() - meetings_before;
            let expected_created = if E::NAME == CreateMeeting::NAME {
                handled
            } else {
                0
            };
            assert_eq!(created, expected_created, "{context}: meetings created");
            let added = backgrounds(mock, &call) - backgrounds_before;
            let expected_added = if E::NAME == AddMeetingBackgrounds::NAME {
                handled * request_images::<E>(&call)
            } else {
                0
            };
            assert_eq!(added, expected_added, "{context}: backgrounds stored");
        }
    }
}

/// How many backgrounds the meeting of `call` holds.
fn backgrounds(mock: &MockServer, call: &Context) -> usize {
    mock.backgrounds(&call.meeting_id)
        .map_or(0, |list| list.len())
}

/// How many images the sample request of `E` adds (for add backgrounds).
fn request_images<E: Endpoint>(call: &Context) -> usize {
    let (_, request) = E::sample(call);
    serde_json::to_value(&request)
        .ok()
        .and_then(|body| Some(body.get("image_list")?.as_array()?.len()))
        .unwrap_or(0)
}

/// Which endpoints a case runs on.
#[derive(Debug, Clone, Copy)]
enum Endpoints {
    /// Every endpoint the tests send.
    All,
    /// One endpoint of each kind the request path tells apart (method, retry class, where the request travels,
    /// whether the answer has a schema), and the two whose side effects the matrix counts (create meeting, add
    /// backgrounds): for the slow faults, whose every attempt waits out a timeout.
    OneOfEachKind,
}

/// Visits the endpoints of `which`.
fn visit(which: Endpoints, visitor: &mut impl EndpointVisitor) {
    struct OneOfEachKind<'a, V> {
        visitor: &'a mut V,
        kinds: HashSet<(Method, RetryClass, Option<RequestIn>, bool)>,
    }
    impl<V: EndpointVisitor> EndpointVisitor for OneOfEachKind<'_, V> {
        fn visit<E: Endpoint>(&mut self) {
            let Some(info) = wemeet_types::ENDPOINTS
                .iter()
                .find(|info| info.name == E::NAME)
            else {
                return;
            };
            let kind = (
                info.method,
                info.retry,
                info.request_in,
                info.response_schema.is_some(),
            );
            let counted = [CreateMeeting::NAME, AddMeetingBackgrounds::NAME].contains(&E::NAME);
            if self.kinds.insert(kind) || counted {
                self.visitor.visit::<E>();
            }
        }
    }
    match which {
        Endpoints::All => sample::visit_callable(visitor),
        Endpoints::OneOfEachKind => sample::visit_callable(&mut OneOfEachKind {
            visitor,
            kinds: HashSet::new(),
        }),
    }
}

/// Runs `cases` side by side, each against a mock of its own: a case spends most of its time waiting (the pauses
/// between retries, the stalls), which the others fill.
fn run_mock_cases(cases: Vec<Case>, which: Endpoints) {
    std::thread::scope(|scope| {
        for case in &cases {
            scope.spawn(move || run_mock_case(case, which));
        }
    });
}

/// Runs `case` for both clients and the endpoints of `which` against one mock, and checks every outcome.
fn run_mock_case(case: &Case, which: Endpoints) {
    let mock = MockServer::start_blocking().expect("mock");
    let clients: Vec<AnyClient> = FLAVORS
        .iter()
        .map(|flavor| {
            let faulty = Faulty::new(mock.base_url(), mock.credentials(), case.expect);
            AnyClient::build(*flavor, faulty).unwrap()
        })
        .collect();
    let setup_clients: Vec<AnyClient> = FLAVORS
        .iter()
        .map(|flavor| {
            AnyClient::build(*flavor, Setup::new(mock.base_url(), mock.credentials())).unwrap()
        })
        .collect();
    visit(
        which,
        &mut MockCase {
            case,
            mock: &mock,
            clients: &clients,
            setup_clients: &setup_clients,
        },
    );
    assert_every_nonce_unique(&mock);
}

/// Neither the SecretKey nor any signature the mock received shows in the error's `Display` or `Debug`.
fn assert_no_secret(mock: &MockServer, error: &Error, context: &str) {
    let printed = format!("{error} {error:?} {error:#?}");
    assert!(
        !printed.contains(wemeet_mock::demo::SECRET_KEY),
        "{context}: {printed}"
    );
    for request in mock.requests() {
        if let Some(signature) = request.header("X-TC-Signature") {
            assert!(!printed.contains(signature), "{context}: {printed}");
        }
    }
}

/// Every attempt was signed afresh: no nonce reached the mock twice, and none was refused as a replay.
fn assert_every_nonce_unique(mock: &MockServer) {
    let requests = mock.requests();
    let mut nonces: Vec<&str> = requests
        .iter()
        .filter_map(|request| request.header("X-TC-Nonce"))
        .collect();
    assert_eq!(
        nonces.len(),
        requests.len(),
        "every request carried a nonce"
    );
    nonces.sort_unstable();
    let total = nonces.len();
    nonces.dedup();
    assert_eq!(nonces.len(), total, "a nonce was sent twice");
    for request in &requests {
        if let Outcome::Rejected { error_code, .. } = &request.outcome {
            assert_ne!(*error_code, 190_301, "a request was refused as a replay");
        }
    }
}

#[test]
fn server_errors_with_json_html_and_empty_bodies() {
    run_mock_cases(status_cases(), Endpoints::All);
}

#[test]
fn malformed_truncated_and_oversized_bodies() {
    run_mock_cases(body_cases(), Endpoints::All);
}

#[test]
fn dropped_connections() {
    run_mock_cases(connection_cases(), Endpoints::All);
}

#[test]
fn slow_headers_and_a_stalled_body_time_out() {
    run_mock_cases(slow_cases(), Endpoints::OneOfEachKind);
}

/// A call of each endpoint to a server that is not the mock: the sample for meeting `123`.
fn raw_call<E: Endpoint>(client: &AnyClient) -> Result<(), Error> {
    let (path, request) = E::sample(&Context::new("raw", "123"));
    client.send::<E>(&path, &request).map(drop)
}

/// The raw TCP server: a reset before any byte of the answer, and one in the middle of the body.
struct Resets;

impl EndpointVisitor for Resets {
    fn visit<E: Endpoint>(&mut self) {
        let body =
            br#"{"meeting_number":1,"meeting_info_list":[{"meeting_id":"123","subject":"s"}]}"#;
        let full = || Reply::raw(200, "application/json", body);
        type Shape = fn(Reply) -> Reply;
        let cases: [(&str, Shape); 2] = [
            ("reset before the response", |_| Reply::Reset),
            ("reset in the middle of the body", |full| {
                // Status line and headers are about 100 bytes; cut well inside the body.
                Reply::ResetAfter(130, Box::new(full))
            }),
        ];
        // Each case and client against a server of its own, side by side: most of a run is the pauses between
        // retries.
        std::thread::scope(|scope| {
            for (name, reply) in cases {
                for flavor in FLAVORS {
                    scope.spawn(move || reset::<E>(name, reply(full()), flavor));
                }
            }
        });
    }
}

/// One reset case of [`Resets`]: `reply` to every attempt of a call of `E` by a `flavor` client.
fn reset<E: Endpoint>(name: &str, reply: Reply, flavor: Flavor) {
    let context = format!("{name} / {flavor} / {}", E::NAME);
    let server = ScriptedServer::start((0..MAX_ATTEMPTS).map(|_| reply.clone()));
    let expect = Expect::Transport(TransportErrorKind::Interrupted);
    let client = raw_client(flavor, &server.base_url(), expect);
    let error = raw_call::<E>(&client).expect_err(&context);
    expect.check(&error, &context);
    let attempts = Retry::IdempotentOnly.attempts::<E>();
    assert_eq!(server.received().len(), attempts, "{context}: attempts");
    let received = server.received();
    let nonces: HashSet<_> = received
        .iter()
        .map(|request| request.header("x-tc-nonce"))
        .collect();
    assert_eq!(
        nonces.len(),
        attempts,
        "{context}: each attempt signed afresh"
    );
}

#[test]
fn connection_reset_before_and_during_the_response() {
    sample::visit_callable(&mut Resets);
}

/// Nothing listens: the request certainly never left, so every endpoint retries, and the error says so.
struct Refused(String);

impl EndpointVisitor for Refused {
    fn visit<E: Endpoint>(&mut self) {
        for flavor in FLAVORS {
            let context = format!("refused / {flavor} / {}", E::NAME);
            let expect = Expect::Transport(TransportErrorKind::Connect);
            let setup = Faulty::new(
                &self.0,
                wemeet::Credentials::builder()
                    .app_id("app")
                    .secret_id("sid")
                    .secret_key("skey")
                    .build(),
                expect,
            );
            let signed = setup.signed.clone();
            let client = AnyClient::build(flavor, setup).unwrap();
            let error = raw_call::<E>(&client).expect_err(&context);
            expect.check(&error, &context);
            assert!(!error.may_have_reached_server(), "{context}");
            assert_eq!(
                signed.count(),
                Retry::Always.attempts::<E>() as u64,
                "{context}: attempts made"
            );
        }
    }
}

#[test]
fn a_refused_connection_is_retried_everywhere_and_says_nothing_was_sent() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base_url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    sample::visit_callable(&mut Refused(base_url));
}

fn raw_client(flavor: Flavor, base_url: &str, expect: Expect) -> AnyClient {
    let credentials = wemeet::Credentials::builder()
        .app_id("app")
        .secret_id("sid")
        .secret_key("skey")
        .build();
    AnyClient::build(flavor, Faulty::new(base_url, credentials, expect)).unwrap()
}

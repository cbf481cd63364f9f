//! The fault matrix: both clients × the three endpoints × every way a server or network can fail.
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
use wemeet_mock::{Fault, MockServer, Outcome};
use wemeet_sign::{NonceSource, RandomNonce};
use wemeet_tests::sample::{BACKGROUND_IMAGES, create_meeting_id};
use wemeet_tests::{
    AnyClient, Configure, FLAVORS, Flavor, OPERATIONS, Operation, Reply, ScriptedServer, Setup,
};
use wemeet_types::{AddMeetingBackgrounds, CreateMeeting, Endpoint, SetLiveStreamAddress};

/// Attempts per call (the default policy's).
const MAX_ATTEMPTS: usize = 3;
/// The attempt timeout of these clients: short, so that the slow faults cost little.
const ATTEMPT_TIMEOUT: Duration = Duration::from_millis(300);
/// How long a slow fault stalls: well past the attempt timeout.
const STALL: Duration = Duration::from_secs(2);
/// The response cap of these clients, and the size of the oversized body.
const CAP: usize = 1024;
const OVERSIZED: usize = 64 * 1024;

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
    fn attempts(self, operation: Operation) -> usize {
        match self {
            Retry::Never => 1,
            Retry::IdempotentOnly if !operation.idempotent() => 1,
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
            ) => *got == status && *error_code == code,
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

/// Setup plus the short attempt timeout, the small response cap, and a nonce source that counts the attempts
/// signed (the only way to count attempts that never reach a server).
struct Faulty {
    setup: Setup,
    signed: SignedAttempts,
}

impl Faulty {
    fn new(base_url: &str, credentials: wemeet::Credentials) -> Faulty {
        let mut setup = Setup::new(base_url, credentials);
        let mut timeouts = Timeouts::default();
        timeouts.attempt = ATTEMPT_TIMEOUT;
        timeouts.connect = ATTEMPT_TIMEOUT;
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

fn counts(mock: &MockServer, operation: Operation) -> Counts {
    let stats = mock.ledger().endpoint(operation.endpoint_name());
    Counts {
        received: stats.received,
        accepted: stats.accepted,
    }
}

/// Runs `case` for both clients and the three endpoints against one mock, and checks every outcome.
fn run_mock_case(case: &Case) {
    let mock = MockServer::start_blocking().expect("mock");
    for flavor in FLAVORS {
        let client =
            AnyClient::build(flavor, Faulty::new(mock.base_url(), mock.credentials())).unwrap();
        for operation in OPERATIONS {
            let context = format!("{} / {flavor} / {operation}", case.name);
            let userid = format!("{flavor}-{operation}");
            let meeting_id = create_meeting_id(&client, &userid).expect("setup create");
            let meetings_before = mock.meetings().len();
            let before = counts(&mock, operation);

            mock.inject(inject_on(operation, (case.fault)()).times(MAX_ATTEMPTS));
            let error = operation
                .call(&client, &userid, &meeting_id)
                .expect_err(&context);
            case.expect.check(&error, &context);
            assert_no_secret(&mock, &error, &context);
            mock.clear_faults();

            let after = counts(&mock, operation);
            let attempts = case.retry.attempts(operation);
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
            assert_no_duplicate(
                &mock,
                operation,
                &meeting_id,
                meetings_before,
                case,
                &context,
            );
        }
    }
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

/// What a retry must never do: store a second meeting, or a second set of backgrounds.
fn assert_no_duplicate(
    mock: &MockServer,
    operation: Operation,
    meeting_id: &str,
    meetings_before: usize,
    case: &Case,
    context: &str,
) {
    let handled = usize::from(case.handled);
    let created = mock.meetings().len() - meetings_before;
    let expected_created = if operation == Operation::CreateMeeting {
        handled
    } else {
        0
    };
    assert_eq!(created, expected_created, "{context}: meetings created");
    let backgrounds = mock.backgrounds(meeting_id).map_or(0, |list| list.len());
    let expected_backgrounds = if operation == Operation::AddMeetingBackgrounds {
        handled * BACKGROUND_IMAGES
    } else {
        0
    };
    assert_eq!(
        backgrounds, expected_backgrounds,
        "{context}: backgrounds stored"
    );
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

fn inject_on(operation: Operation, fault: Fault) -> Fault {
    match operation {
        Operation::CreateMeeting => fault.on::<CreateMeeting>(),
        Operation::AddMeetingBackgrounds => fault.on::<AddMeetingBackgrounds>(),
        Operation::SetLiveStreamAddress => fault.on::<SetLiveStreamAddress>(),
    }
}

#[test]
fn server_errors_with_json_html_and_empty_bodies() {
    for case in status_cases() {
        run_mock_case(&case);
    }
}

#[test]
fn malformed_truncated_and_oversized_bodies() {
    for case in body_cases() {
        run_mock_case(&case);
    }
}

#[test]
fn dropped_connections() {
    for case in connection_cases() {
        run_mock_case(&case);
    }
}

#[test]
fn slow_headers_and_a_stalled_body_time_out() {
    for case in slow_cases() {
        run_mock_case(&case);
    }
}

/// The raw TCP server: a reset before any byte of the answer, and one in the middle of the body.
#[test]
fn connection_reset_before_and_during_the_response() {
    let body = br#"{"meeting_number":1,"meeting_info_list":[{"meeting_id":"123","subject":"s"}]}"#;
    let full = || Reply::raw(200, "application/json", body);
    type Shape = fn(Reply) -> Reply;
    let cases: [(&str, Shape); 2] = [
        ("reset before the response", |_| Reply::Reset),
        ("reset in the middle of the body", |full| {
            // Status line and headers are about 100 bytes; cut well inside the body.
            Reply::ResetAfter(130, Box::new(full))
        }),
    ];
    for (name, reply) in cases {
        for flavor in FLAVORS {
            for operation in OPERATIONS {
                let context = format!("{name} / {flavor} / {operation}");
                let server = ScriptedServer::start((0..MAX_ATTEMPTS).map(|_| reply(full())));
                let client = raw_client(flavor, &server.base_url());
                let error = operation.call(&client, "raw", "123").expect_err(&context);
                Expect::Transport(TransportErrorKind::Interrupted).check(&error, &context);
                let attempts = Retry::IdempotentOnly.attempts(operation);
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
        }
    }
}

/// Nothing listens: the request certainly never left, so every endpoint retries, and the error says so.
#[test]
fn a_refused_connection_is_retried_everywhere_and_says_nothing_was_sent() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base_url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    for flavor in FLAVORS {
        for operation in OPERATIONS {
            let context = format!("refused / {flavor} / {operation}");
            let setup = Faulty::new(&base_url, wemeet::Credentials::new("app", "sid", "skey"));
            let signed = setup.signed.clone();
            let client = AnyClient::build(flavor, setup).unwrap();
            let error = operation
                .call(&client, "refused", "123")
                .expect_err(&context);
            Expect::Transport(TransportErrorKind::Connect).check(&error, &context);
            assert!(!error.may_have_reached_server(), "{context}");
            assert_eq!(
                signed.count(),
                Retry::Always.attempts(operation) as u64,
                "{context}: attempts made"
            );
        }
    }
}

fn raw_client(flavor: Flavor, base_url: &str) -> AnyClient {
    let credentials = wemeet::Credentials::new("app", "sid", "skey");
    AnyClient::build(flavor, Faulty::new(base_url, credentials)).unwrap()
}

// The matrix's expectations rest on this: a create and an add are never repeated after a possible delivery, a set
// is. Checked when the test compiles.
const _: () = assert!(
    !CreateMeeting::IDEMPOTENT
        && !AddMeetingBackgrounds::IDEMPOTENT
        && SetLiveStreamAddress::IDEMPOTENT
);

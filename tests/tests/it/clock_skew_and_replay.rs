//! Clock skew and replay: every retry is signed afresh (the mock's replay check never sees a nonce twice), a
//! client clock inside the server's window works, one outside it fails with the typed, non-retried 190300, and a
//! reused nonce really is refused (so the first property is not vacuous).

use std::collections::HashSet;
use std::time::Duration;

use http::StatusCode;
use wemeet::{CreateMeeting, Error, ErrorCode};
use wemeet_core::ClientBuilder;
use wemeet_mock::sample::Context;
use wemeet_mock::{Fault, MockServer, Outcome};
use wemeet_sign::{FixedClock, NonceSource};
use wemeet_tests::sample::{self, Sample, create_meeting_id};
use wemeet_tests::{AnyClient, Configure, FLAVORS, Setup};
use wemeet_types::{Endpoint, EndpointVisitor};

/// The server's clock in every test here.
const SERVER_NOW: u64 = 1_800_000_000;
/// The server's window (its default).
const WINDOW: u64 = 300;

/// A nonce source that always hands out the same nonce: what a broken client would do.
#[derive(Debug, Clone, Copy)]
struct SameNonce(u64);

impl NonceSource for SameNonce {
    fn next_nonce(&self) -> u64 {
        self.0
    }
}

/// The usual setup, with a fixed client clock and optionally a fixed nonce.
struct Clocked {
    setup: Setup,
    now: u64,
    nonce: Option<SameNonce>,
}

impl Configure for Clocked {
    fn apply<C>(&self, builder: ClientBuilder<C>) -> ClientBuilder<C> {
        let builder = self.setup.apply(builder).clock(FixedClock(self.now));
        match self.nonce {
            Some(nonce) => builder.nonce_source(nonce),
            None => builder,
        }
    }
}

fn mock() -> MockServer {
    MockServer::builder()
        .clock(FixedClock(SERVER_NOW))
        .start_blocking()
        .expect("mock")
}

fn client(mock: &MockServer, flavor: wemeet_tests::Flavor, now: u64) -> AnyClient {
    let mut setup = Setup::new(mock.base_url(), mock.credentials());
    setup.retry = setup.retry.with_rate_limit_pause(Duration::from_millis(10));
    AnyClient::build(
        flavor,
        Clocked {
            setup,
            now,
            nonce: None,
        },
    )
    .unwrap()
}

#[test]
fn every_retry_is_signed_with_a_fresh_nonce_and_signature() {
    let mock = mock();
    for flavor in FLAVORS {
        // A stopped client clock: every attempt has the same timestamp, so only the nonce tells them apart.
        let client = client(&mock, flavor, SERVER_NOW);
        mock.clear_requests();
        // A rate limit is answered before the request is processed: retried on any endpoint, once.
        mock.inject(
            Fault::error(StatusCode::BAD_REQUEST, 190_310, "rate limited").on::<CreateMeeting>(),
        );
        let meeting_id = create_meeting_id(&client, "resign")
            .unwrap_or_else(|error| panic!("{flavor}: retried to success: {error}"));

        let requests = mock.requests();
        assert_eq!(requests.len(), 2, "{flavor}: a rate limit, then success");
        let timestamps: HashSet<_> = requests
            .iter()
            .map(|r| r.header("X-TC-Timestamp"))
            .collect();
        assert_eq!(timestamps.len(), 1, "{flavor}: one timestamp");
        for header in ["X-TC-Nonce", "X-TC-Signature"] {
            let values: HashSet<_> = requests.iter().map(|r| r.header(header)).collect();
            assert_eq!(values.len(), 2, "{flavor}: a fresh {header} per attempt");
        }
        assert_eq!(requests[1].outcome, Outcome::Accepted, "{flavor}");
        // The retry passed the replay check and was stored once.
        assert!(mock.meeting(&meeting_id).is_some(), "{flavor}");
    }
}

/// Calls each endpoint it visits with clocks skewed but inside the window: every call works.
struct InsideTheWindow<'a>(&'a MockServer);

impl EndpointVisitor for InsideTheWindow<'_> {
    fn visit<E: Endpoint>(&mut self) {
        for flavor in FLAVORS {
            for skew in [-(WINDOW as i64) + 5, WINDOW as i64 - 5] {
                let now = SERVER_NOW.saturating_add_signed(skew);
                let client = client(self.0, flavor, now);
                sample::call::<E>(&client, self.0, "skewed", 0)
                    .unwrap_or_else(|error| panic!("{flavor} skew {skew} {}: {error}", E::NAME));
            }
        }
    }
}

#[test]
fn a_skewed_clock_inside_the_window_works_on_every_endpoint() {
    sample::visit_callable(&mut InsideTheWindow(&mock()));
}

/// Calls each endpoint it visits with clocks outside the window: 190300, sent once.
struct OutsideTheWindow<'a>(&'a MockServer);

impl EndpointVisitor for OutsideTheWindow<'_> {
    fn visit<E: Endpoint>(&mut self) {
        let mock = self.0;
        for flavor in FLAVORS {
            for skew in [-(WINDOW as i64) - 5, WINDOW as i64 + 5] {
                let now = SERVER_NOW.saturating_add_signed(skew);
                let client = client(mock, flavor, now);
                let before = mock.ledger().of::<E>().received;
                let (path, request) = E::sample(&Context::new("skewed", "6524541286408448530"));
                let error = client
                    .send::<E>(&path, &request)
                    .expect_err("outside the window");
                let context = format!("{flavor} skew {skew} {}", E::NAME);
                assert!(
                    matches!(
                        error,
                        Error::Api {
                            error_code: ErrorCode::TIMESTAMP_EXPIRED,
                            ..
                        }
                    ),
                    "{context}: {error:?}"
                );
                assert!(error.is_auth(), "{context}");
                assert!(!error.is_retryable(), "{context}");
                let after = mock.ledger().of::<E>().received;
                assert_eq!(after - before, 1, "{context}: sent once");
            }
        }
    }
}

#[test]
fn a_clock_outside_the_window_fails_with_190300_and_is_not_retried() {
    let mock = mock();
    sample::visit_callable(&mut OutsideTheWindow(&mock));
    assert!(mock.meetings().is_empty());
}

#[test]
fn a_reused_nonce_is_refused_as_a_replay() {
    let mock = mock();
    for (index, flavor) in FLAVORS.into_iter().enumerate() {
        let setup = Setup::new(mock.base_url(), mock.credentials());
        let client = AnyClient::build(
            flavor,
            Clocked {
                setup,
                now: SERVER_NOW,
                nonce: Some(SameNonce(42 + index as u64)),
            },
        )
        .unwrap();
        create_meeting_id(&client, "replay").expect("the first use of the nonce");
        let error =
            create_meeting_id(&client, "replay").expect_err("the same nonce and timestamp again");
        assert!(
            matches!(
                error,
                Error::Api {
                    error_code: ErrorCode::NONCE_REPLAYED,
                    ..
                }
            ),
            "{flavor}: {error:?}"
        );
    }
    assert_eq!(
        mock.meetings().len(),
        2,
        "only the first create of each client"
    );
}

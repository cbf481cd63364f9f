//! How the verifier judges received requests: every failure, its API error code, and the order of checks.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use wemeet_sign::{Credentials, FixedClock, ManualClock, Signer, Verifier, VerifyError, header};

const NOW: u64 = 1_700_000_000;
const TARGET: &str = "/v1/meetings?userid=tester";
const BODY: &[u8] = br#"{"userid":"tester","instanceid":1}"#;

fn credentials() -> Credentials {
    Credentials::builder()
        .app_id("200000001")
        .secret_id("AKIDverify")
        .secret_key("verify-secret-key")
        .build()
        .with_sdk_id("18000000001")
}

/// A received request: method, target, body and headers by lower-case name.
#[derive(Clone)]
struct Received {
    method: String,
    target: String,
    body: Vec<u8>,
    headers: BTreeMap<String, String>,
}

impl Received {
    fn signed_by(credentials: Credentials, timestamp: u64, nonce: u64) -> Self {
        let signed = Signer::new(credentials).sign_at("POST", TARGET, BODY, timestamp, nonce);
        Self {
            method: "POST".to_owned(),
            target: TARGET.to_owned(),
            body: BODY.to_vec(),
            headers: signed
                .iter()
                .map(|(name, value)| (name.to_ascii_lowercase(), value.to_owned()))
                .collect(),
        }
    }

    fn valid(nonce: u64) -> Self {
        Self::signed_by(credentials(), NOW, nonce)
    }

    fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers
            .insert(name.to_ascii_lowercase(), value.to_owned());
        self
    }

    fn without_header(mut self, name: &str) -> Self {
        self.headers.remove(&name.to_ascii_lowercase());
        self
    }

    fn verify_with(&self, verifier: &Verifier) -> Result<wemeet_sign::Verified, VerifyError> {
        verifier.verify(&self.method, &self.target, &self.body, |name| {
            self.headers
                .get(&name.to_ascii_lowercase())
                .map(String::as_str)
        })
    }
}

fn verifier() -> Verifier {
    let verifier = Verifier::new().with_clock(FixedClock(NOW));
    verifier.add_credentials(credentials());
    verifier
}

fn code(result: Result<wemeet_sign::Verified, VerifyError>) -> Result<(), i64> {
    result.map(drop).map_err(|error| error.error_code().get())
}

#[test]
fn accepts_a_signed_request_and_says_who_signed_it() {
    let verified = Received::valid(7)
        .verify_with(&verifier())
        .expect("a signed request is accepted");
    assert_eq!(verified.app_id(), "200000001");
    assert_eq!(verified.sdk_id(), Some("18000000001"));
    assert_eq!(verified.secret_id(), "AKIDverify");
    assert_eq!((verified.timestamp(), verified.nonce()), (NOW, 7));
}

#[test]
fn a_missing_signing_header_is_an_authentication_failure() {
    for name in [
        header::X_TC_KEY,
        header::X_TC_TIMESTAMP,
        header::X_TC_NONCE,
        header::X_TC_SIGNATURE,
        header::APP_ID,
    ] {
        let result = Received::valid(1)
            .without_header(name)
            .verify_with(&verifier());
        assert_eq!(result, Err(VerifyError::MissingHeader { name }));
        assert_eq!(code(result), Err(190_303));
    }
}

#[test]
fn malformed_timestamps_and_nonces_are_signature_failures() {
    let malformed = [
        (header::X_TC_TIMESTAMP, "01700000000"),
        (header::X_TC_TIMESTAMP, "+1700000000"),
        (header::X_TC_TIMESTAMP, "1700000000.0"),
        (header::X_TC_TIMESTAMP, ""),
        (header::X_TC_NONCE, "0"),
        (header::X_TC_NONCE, "007"),
        (header::X_TC_NONCE, "-7"),
        (header::X_TC_NONCE, "18446744073709551616"),
        (header::X_TC_NONCE, "seven"),
    ];
    for (name, value) in malformed {
        let result = Received::valid(7)
            .with_header(name, value)
            .verify_with(&verifier());
        assert!(
            matches!(result, Err(VerifyError::MalformedHeader { name: rejected, .. }) if rejected == name),
            "{name}: {value:?} gave {result:?}"
        );
        assert_eq!(code(result), Err(200_003));
    }
}

#[test]
fn an_unknown_key_or_a_wrong_app_id_is_an_authentication_failure() {
    let unknown = Received::valid(1)
        .with_header(header::X_TC_KEY, "AKIDnobody")
        .verify_with(&verifier());
    assert_eq!(
        unknown,
        Err(VerifyError::UnknownKey {
            secret_id: "AKIDnobody".to_owned()
        })
    );
    assert_eq!(code(unknown), Err(190_303));

    let wrong_app = Received::valid(2)
        .with_header(header::APP_ID, "200000002")
        .verify_with(&verifier());
    assert_eq!(wrong_app, Err(VerifyError::AppIdMismatch));
    assert_eq!(code(wrong_app), Err(190_303));
}

#[test]
fn sdk_id_must_be_sent_exactly_when_one_is_allocated() {
    let no_sdk_id = Credentials::builder()
        .app_id("200000001")
        .secret_id("AKIDlegacy")
        .secret_key("legacy-key")
        .build();
    let verifier = verifier();
    verifier.add_credentials(no_sdk_id.clone());

    let legacy = Received::signed_by(no_sdk_id.clone(), NOW, 1);
    assert_eq!(code(legacy.verify_with(&verifier)), Ok(()));

    let cases = [
        (
            Received::signed_by(no_sdk_id.clone(), NOW, 2)
                .with_header(header::SDK_ID, "18000000001"),
            VerifyError::UnexpectedSdkId,
        ),
        // The server answers 190303 to an empty SdkId too.
        (
            Received::signed_by(no_sdk_id, NOW, 3).with_header(header::SDK_ID, ""),
            VerifyError::UnexpectedSdkId,
        ),
        (
            Received::valid(4).without_header(header::SDK_ID),
            VerifyError::MissingSdkId,
        ),
        (
            Received::valid(5).with_header(header::SDK_ID, "18000000002"),
            VerifyError::SdkIdMismatch,
        ),
    ];
    for (request, expected) in cases {
        let result = request.verify_with(&verifier);
        assert_eq!(result, Err(expected));
        assert_eq!(code(result), Err(190_303));
    }
}

#[test]
fn the_timestamp_must_be_within_the_window_either_way() {
    let verifier = verifier();
    for (offset_ok, nonce) in [(-300_i64, 1), (300, 2)] {
        let request =
            Received::signed_by(credentials(), NOW.saturating_add_signed(offset_ok), nonce);
        assert_eq!(
            code(request.verify_with(&verifier)),
            Ok(()),
            "{offset_ok} s off is inside the window"
        );
    }
    for (offset_bad, nonce) in [(-301_i64, 3), (301, 4)] {
        let timestamp = NOW.saturating_add_signed(offset_bad);
        let result = Received::signed_by(credentials(), timestamp, nonce).verify_with(&verifier);
        assert_eq!(
            result,
            Err(VerifyError::TimestampOutOfWindow {
                timestamp,
                now: NOW,
                window_seconds: 300
            })
        );
        assert_eq!(code(result), Err(190_300));
    }
}

#[test]
fn the_window_is_configurable() {
    let verifier = Verifier::new()
        .with_clock(FixedClock(NOW))
        .with_window(Duration::from_secs(60));
    verifier.add_credentials(credentials());
    assert_eq!(
        code(Received::signed_by(credentials(), NOW - 60, 1).verify_with(&verifier)),
        Ok(())
    );
    assert_eq!(
        code(Received::signed_by(credentials(), NOW - 61, 2).verify_with(&verifier)),
        Err(190_300)
    );
}

#[test]
fn a_wrong_signature_is_a_signature_failure() {
    let other_key = Credentials::builder()
        .app_id("200000001")
        .secret_id("AKIDverify")
        .secret_key("not-the-key")
        .build()
        .with_sdk_id("18000000001");
    let results = [
        Received::signed_by(other_key, NOW, 1).verify_with(&verifier()),
        Received {
            body: b"{}".to_vec(),
            ..Received::valid(2)
        }
        .verify_with(&verifier()),
        Received {
            target: "/v1/meetings".to_owned(),
            ..Received::valid(3)
        }
        .verify_with(&verifier()),
        Received {
            method: "PUT".to_owned(),
            ..Received::valid(4)
        }
        .verify_with(&verifier()),
        Received::valid(5)
            .with_header(header::X_TC_NONCE, "6")
            .verify_with(&verifier()),
        Received::valid(7)
            .with_header(header::X_TC_TIMESTAMP, &(NOW + 1).to_string())
            .verify_with(&verifier()),
        Received::valid(8)
            .with_header(header::X_TC_SIGNATURE, "")
            .verify_with(&verifier()),
    ];
    for result in results {
        assert_eq!(result, Err(VerifyError::SignatureMismatch));
        assert_eq!(code(result), Err(200_003));
    }
}

#[test]
fn a_replayed_request_is_refused() {
    let verifier = verifier();
    let request = Received::valid(42);
    assert_eq!(code(request.verify_with(&verifier)), Ok(()));
    let replay = request.verify_with(&verifier);
    assert_eq!(
        replay,
        Err(VerifyError::Replayed {
            nonce: 42,
            timestamp: NOW
        })
    );
    assert_eq!(code(replay), Err(190_301));
    // The same nonce with another timestamp is another request.
    assert_eq!(
        code(Received::signed_by(credentials(), NOW + 1, 42).verify_with(&verifier)),
        Ok(())
    );
}

#[test]
fn only_a_request_with_a_valid_signature_uses_up_a_nonce() {
    let verifier = verifier();
    let forged = Received::valid(9).with_header(header::X_TC_SIGNATURE, &"A".repeat(88));
    assert_eq!(code(forged.verify_with(&verifier)), Err(200_003));
    assert_eq!(code(Received::valid(9).verify_with(&verifier)), Ok(()));
}

#[test]
fn checks_run_in_the_documented_order() {
    let verifier = verifier();
    let late = NOW + 1_000;
    // Missing header before unknown key.
    let request = Received::valid(1)
        .with_header(header::X_TC_KEY, "AKIDnobody")
        .without_header(header::X_TC_NONCE);
    assert!(matches!(
        request.verify_with(&verifier),
        Err(VerifyError::MissingHeader { .. })
    ));
    // Unknown key before the timestamp window.
    let request =
        Received::signed_by(credentials(), late, 1).with_header(header::X_TC_KEY, "AKIDnobody");
    assert!(matches!(
        request.verify_with(&verifier),
        Err(VerifyError::UnknownKey { .. })
    ));
    // Timestamp window before the signature.
    let request =
        Received::signed_by(credentials(), late, 1).with_header(header::X_TC_SIGNATURE, "forged");
    assert!(matches!(
        request.verify_with(&verifier),
        Err(VerifyError::TimestampOutOfWindow { .. })
    ));
    // Signature before the replay guard: a forged replay is reported as a bad signature.
    assert_eq!(code(Received::valid(2).verify_with(&verifier)), Ok(()));
    let request = Received::valid(2).with_header(header::X_TC_SIGNATURE, "forged");
    assert_eq!(
        request.verify_with(&verifier),
        Err(VerifyError::SignatureMismatch)
    );
}

#[test]
fn a_full_replay_guard_refuses_until_old_nonces_leave_the_window() {
    let clock = Arc::new(ManualClock::new(NOW));
    let verifier = Verifier::new()
        .with_clock(Arc::clone(&clock))
        .with_replay_capacity(3);
    verifier.add_credentials(credentials());
    for nonce in 1..=3 {
        assert_eq!(code(Received::valid(nonce).verify_with(&verifier)), Ok(()));
    }
    let refused = Received::valid(4).verify_with(&verifier);
    assert_eq!(refused, Err(VerifyError::ReplayGuardFull { capacity: 3 }));
    assert_eq!(code(refused), Err(190_310));

    // 301 s later the first three have left the window; a fresh request fits again.
    clock.advance(Duration::from_secs(301));
    let fresh = Received::signed_by(credentials(), NOW + 301, 4);
    assert_eq!(code(fresh.verify_with(&verifier)), Ok(()));
}

#[test]
fn credentials_can_be_added_and_removed_while_the_verifier_is_shared() {
    let verifier = Arc::new(verifier());
    let late = Credentials::builder()
        .app_id("200000009")
        .secret_id("AKIDlate")
        .secret_key("late-key")
        .build();
    let request = Received::signed_by(late.clone(), NOW, 1);
    assert!(matches!(
        request.verify_with(&verifier),
        Err(VerifyError::UnknownKey { .. })
    ));

    let shared = Arc::clone(&verifier);
    std::thread::spawn(move || shared.add_credentials(late))
        .join()
        .expect("the adding thread finishes");
    assert_eq!(code(request.verify_with(&verifier)), Ok(()));

    assert!(verifier.remove_credentials("AKIDlate"));
    assert!(!verifier.remove_credentials("AKIDlate"));
    let request = Received::signed_by(
        Credentials::builder()
            .app_id("200000009")
            .secret_id("AKIDlate")
            .secret_key("late-key")
            .build(),
        NOW,
        2,
    );
    assert!(matches!(
        request.verify_with(&verifier),
        Err(VerifyError::UnknownKey { .. })
    ));
}

#[test]
fn every_error_names_its_header_and_prints_what_failed() {
    let error = Received::valid(1)
        .without_header(header::X_TC_SIGNATURE)
        .verify_with(&verifier());
    let error = error.expect_err("no signature");
    assert_eq!(error.header(), Some(header::X_TC_SIGNATURE));
    assert_eq!(
        error.to_string(),
        "the request has no X-TC-Signature header"
    );

    let error = Received::signed_by(credentials(), NOW - 400, 1)
        .verify_with(&verifier())
        .expect_err("too old");
    assert_eq!(error.header(), Some(header::X_TC_TIMESTAMP));
    assert_eq!(
        error.to_string(),
        "X-TC-Timestamp 1699999600 is 400 s away from the server's clock (1700000000); at most 300 s are allowed"
    );
}

#[test]
fn the_public_types_can_be_shared_across_threads() {
    fn shareable<T: Send + Sync + 'static>() {}
    shareable::<Signer>();
    shareable::<Verifier>();
    shareable::<Credentials>();
    shareable::<wemeet_sign::SignedHeaders>();
    shareable::<VerifyError>();
    shareable::<wemeet_sign::SignError>();
}

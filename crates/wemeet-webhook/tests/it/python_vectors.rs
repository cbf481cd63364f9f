//! Vectors computed by an independent implementation: `vectors/generate.py` (Python's hashlib and base64, and
//! the `cryptography` package for AES-256-CBC and PKCS#7) wrote `vectors/python-cryptography.json`. They include
//! the derived vectors of the project's webhook notes (key bytes 0..31, `hello-check-str`).
//!
//! Each case is checked both ways where it can be: receiving what Python sent gives the plaintext (or the
//! expected error), and for what the service itself would send (`as_sent`) the sending side reproduces Python's
//! bytes exactly.

use serde::Deserialize;
use wemeet_testkit::callback_headers;
use wemeet_webhook::{Webhook, WebhookError};

const VECTORS: &str = include_str!("../vectors/python-cryptography.json");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // `about` and `generator` document the file.
struct Vectors {
    about: String,
    generator: serde_json::Value,
    deliveries: Vec<DeliveryCase>,
    url_verifications: Vec<UrlCase>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeliveryCase {
    name: String,
    description: String,
    token: String,
    encoding_aes_key: Option<String>,
    timestamp: String,
    nonce: String,
    body: String,
    signature: String,
    plaintext: Option<String>,
    error: Option<String>,
    as_sent: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UrlCase {
    name: String,
    description: String,
    token: String,
    encoding_aes_key: Option<String>,
    timestamp: String,
    nonce: String,
    check_str: String,
    query_encoded: String,
    query_raw: String,
    form_decoded: String,
    signature: String,
    answer: Option<String>,
    error: Option<String>,
    as_sent: bool,
}

fn vectors() -> Vectors {
    serde_json::from_str(VECTORS).unwrap()
}

fn webhook(token: &str, key: Option<&str>) -> Webhook {
    Webhook::from_settings(token, key).unwrap()
}

/// The name of the variant, as the vectors spell the expected errors.
fn variant(error: &WebhookError) -> &'static str {
    match error {
        WebhookError::MissingHeader { .. } => "MissingHeader",
        WebhookError::MalformedHeader { .. } => "MalformedHeader",
        WebhookError::MissingCheckStr => "MissingCheckStr",
        WebhookError::SignatureMismatch => "SignatureMismatch",
        WebhookError::MalformedBody { .. } => "MalformedBody",
        WebhookError::Base64 { .. } => "Base64",
        WebhookError::CiphertextLength { .. } => "CiphertextLength",
        WebhookError::Padding => "Padding",
        WebhookError::NotUtf8 { .. } => "NotUtf8",
        WebhookError::NotAnEvent { .. } => "NotAnEvent",
        WebhookError::EventModel { .. } => "EventModel",
        WebhookError::MethodNotAllowed { .. } => "MethodNotAllowed",
        _ => "a variant this test does not know",
    }
}

#[test]
fn the_vectors_cover_success_every_error_and_the_derived_cases() {
    let vectors = vectors();
    let errors: std::collections::BTreeSet<_> = vectors
        .deliveries
        .iter()
        .filter_map(|case| case.error.as_deref())
        .collect();
    assert_eq!(
        errors.into_iter().collect::<Vec<_>>(),
        [
            "Base64",
            "CiphertextLength",
            "MalformedBody",
            "NotAnEvent",
            "NotUtf8",
            "Padding",
            "SignatureMismatch"
        ]
    );
    let names: Vec<_> = vectors
        .deliveries
        .iter()
        .map(|case| case.name.as_str())
        .chain(
            vectors
                .url_verifications
                .iter()
                .map(|case| case.name.as_str()),
        )
        .collect();
    for derived in [
        "derived-encrypted-created",
        "derived-encrypted",
        "derived-plain",
    ] {
        assert!(names.contains(&derived), "{derived}");
    }
    assert!(
        vectors
            .deliveries
            .iter()
            .filter(|case| case.as_sent)
            .count()
            >= 5
    );
}

#[test]
fn deliveries_from_python_open_to_their_plaintext_or_fail_as_expected() {
    for case in vectors().deliveries {
        let context = format!("{}: {}", case.name, case.description);
        let webhook = webhook(&case.token, case.encoding_aes_key.as_deref());
        let headers = callback_headers(&case.timestamp, &case.nonce, &case.signature);
        let received = webhook.receive_event(case.body.as_bytes(), &headers);
        match (&case.plaintext, &case.error) {
            (Some(plaintext), None) => {
                let opened = webhook.open_delivery(case.body.as_bytes(), &headers);
                assert_eq!(opened.as_deref(), Ok(plaintext.as_str()), "{context}");
                let event = received.unwrap_or_else(|error| panic!("{context}: {error}"));
                let expected: serde_json::Value = serde_json::from_str(plaintext).unwrap();
                assert_eq!(Some(event.name()), expected["event"].as_str(), "{context}");
                assert_eq!(serde_json::to_value(&event).unwrap(), expected, "{context}");
            }
            (None, Some(error)) => {
                let refused = received.expect_err(&context);
                assert_eq!(variant(&refused), error, "{context}: {refused}");
            }
            _ => panic!("{context}: a case has a plaintext or an error"),
        }
    }
}

#[test]
fn the_sending_side_reproduces_what_python_sends() {
    for case in vectors().deliveries.into_iter().filter(|case| case.as_sent) {
        let webhook = webhook(&case.token, case.encoding_aes_key.as_deref());
        let sent = webhook.delivery(
            case.plaintext.as_deref().unwrap(),
            case.timestamp.parse().unwrap(),
            case.nonce.parse().unwrap(),
        );
        assert_eq!(sent.body(), case.body, "{}", case.name);
        assert_eq!(sent.headers().signature(), case.signature, "{}", case.name);
        assert_eq!(sent.headers().timestamp(), case.timestamp, "{}", case.name);
        assert_eq!(sent.headers().nonce(), case.nonce, "{}", case.name);
    }
}

#[test]
fn url_verifications_from_python_answer_exactly_the_challenge_however_the_query_was_decoded() {
    for case in vectors().url_verifications {
        let context = format!("{}: {}", case.name, case.description);
        let webhook = webhook(&case.token, case.encoding_aes_key.as_deref());
        let headers = callback_headers(&case.timestamp, &case.nonce, &case.signature);
        let answers = [
            webhook.verify_url(&case.check_str, &headers),
            // A form decoder turned each unencoded `+` into a space.
            webhook.verify_url(&case.form_decoded, &headers),
            webhook.verify_url_query(&case.query_encoded, &headers),
            webhook.verify_url_query(&case.query_raw, &headers),
        ];
        for answer in answers {
            match (&case.answer, &case.error) {
                (Some(expected), None) => {
                    assert_eq!(answer.as_deref(), Ok(expected.as_bytes()), "{context}")
                }
                (None, Some(error)) => {
                    assert_eq!(variant(&answer.expect_err(&context)), error, "{context}")
                }
                _ => panic!("{context}: a case has an answer or an error"),
            }
        }
        if case.as_sent {
            let sent = webhook.url_verification(
                case.answer.as_deref().unwrap(),
                case.timestamp.parse().unwrap(),
                case.nonce.parse().unwrap(),
            );
            assert_eq!(sent.check_str(), case.check_str, "{context}");
            assert_eq!(sent.query(), case.query_encoded, "{context}");
            assert_eq!(sent.headers().signature(), case.signature, "{context}");
        }
    }
}

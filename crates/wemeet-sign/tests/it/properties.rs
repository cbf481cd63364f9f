//! Properties over arbitrary requests: what is signed verifies, and any single changed byte does not.

use std::collections::BTreeMap;

use proptest::prelude::*;
use wemeet_sign::{Credentials, FixedClock, Signer, StringToSign, Verifier, VerifyError, header};

const NOW: u64 = 1_700_000_000;

#[derive(Clone, Debug)]
struct Request {
    method: String,
    target: String,
    body: Vec<u8>,
    headers: BTreeMap<String, String>,
}

impl Request {
    fn header_mut(&mut self, name: &str) -> &mut String {
        self.headers.entry(name.to_ascii_lowercase()).or_default()
    }
}

fn credentials(secret_key: &str) -> Credentials {
    Credentials::builder()
        .app_id("200000001")
        .secret_id("AKIDproperty")
        .secret_key(secret_key)
        .build()
        .with_sdk_id("18000000001")
}

fn signed_request(
    secret_key: &str,
    method: String,
    target: String,
    body: Vec<u8>,
    timestamp: u64,
    nonce: u64,
) -> Request {
    let signed =
        Signer::new(credentials(secret_key)).sign_at(&method, &target, &body, timestamp, nonce);
    let headers = signed
        .iter()
        .map(|(name, value)| (name.to_ascii_lowercase(), value.to_owned()))
        .collect();
    Request {
        method,
        target,
        body,
        headers,
    }
}

fn verify(secret_key: &str, request: &Request) -> Result<wemeet_sign::Verified, VerifyError> {
    let verifier = Verifier::new().with_clock(FixedClock(NOW));
    verifier.add_credentials(credentials(secret_key));
    verifier.verify(&request.method, &request.target, &request.body, |name| {
        request
            .headers
            .get(&name.to_ascii_lowercase())
            .map(String::as_str)
    })
}

/// Replaces the byte at `index` (modulo the length) of an ASCII string by a different printable ASCII
/// byte, keeping the string valid UTF-8. `None` for an empty string.
fn change_ascii_byte(text: &str, index: usize, replacement: u8) -> Option<String> {
    let mut bytes = text.as_bytes().to_vec();
    let len = bytes.len();
    let slot = bytes.get_mut(index.checked_rem(len)?)?;
    let mut new = b' ' + replacement % 95;
    if new == *slot {
        new = if new == b'~' { b' ' } else { new + 1 };
    }
    *slot = new;
    String::from_utf8(bytes).ok()
}

/// Which part of the request a mutation changes.
#[derive(Clone, Copy, Debug)]
enum Part {
    Method,
    Target,
    Body,
    Nonce,
    Timestamp,
    Signature,
}

fn request_parts() -> impl Strategy<Value = (String, String, String, Vec<u8>, u64, u64)> {
    (
        "\\PC{0,40}",    // SecretKey: any text, non-ASCII included
        "[A-Z]{1,8}",    // method
        "/[ -~]{0,120}", // target: printable ASCII, `%`, `?`, `&` included
        proptest::collection::vec(any::<u8>(), 0..600), // body: any bytes, not only UTF-8
        (NOW - 300)..=(NOW + 300), // timestamp inside the window
        1_u64..,         // nonce: any positive u64
    )
}

proptest! {
    #[test]
    fn every_signed_request_verifies(
        (secret_key, method, target, body, timestamp, nonce) in request_parts()
    ) {
        let request = signed_request(&secret_key, method, target, body, timestamp, nonce);
        let verified = verify(&secret_key, &request)
            .map_err(|error| TestCaseError::fail(format!("rejected: {error}")))?;
        prop_assert_eq!((verified.timestamp(), verified.nonce()), (timestamp, nonce));
    }

    #[test]
    fn changing_any_single_byte_makes_verification_fail(
        (secret_key, method, target, body, timestamp, nonce) in request_parts(),
        part in prop_oneof![
            Just(Part::Method), Just(Part::Target), Just(Part::Body),
            Just(Part::Nonce), Just(Part::Timestamp), Just(Part::Signature),
        ],
        index in any::<usize>(),
        replacement in any::<u8>(),
    ) {
        let original = signed_request(&secret_key, method, target, body, timestamp, nonce);
        prop_assert!(verify(&secret_key, &original).is_ok(), "the unchanged request must verify");
        let mut changed = original.clone();
        let ascii_field = |text: &mut String| {
            if let Some(new) = change_ascii_byte(text, index, replacement) {
                *text = new;
            }
        };
        match part {
            Part::Method => ascii_field(&mut changed.method),
            Part::Target => ascii_field(&mut changed.target),
            Part::Nonce => ascii_field(changed.header_mut(header::X_TC_NONCE)),
            Part::Timestamp => ascii_field(changed.header_mut(header::X_TC_TIMESTAMP)),
            Part::Signature => ascii_field(changed.header_mut(header::X_TC_SIGNATURE)),
            Part::Body => match changed.body.len() {
                0 => changed.body.push(replacement),
                len => {
                    let byte = &mut changed.body[index % len];
                    *byte = if *byte == replacement { replacement.wrapping_add(1) } else { replacement };
                }
            },
        }
        prop_assert_ne!(
            (&original.method, &original.target, &original.body, &original.headers),
            (&changed.method, &changed.target, &changed.body, &changed.headers),
            "the mutation must change something"
        );
        let result = verify(&secret_key, &changed);
        let expected_failure = match (part, &result) {
            (_, Err(VerifyError::SignatureMismatch)) => true,
            // A changed digit can also break the canonical spelling or leave the window.
            (Part::Nonce | Part::Timestamp, Err(VerifyError::MalformedHeader { .. })) => true,
            (Part::Timestamp, Err(VerifyError::TimestampOutOfWindow { .. })) => true,
            _ => false,
        };
        prop_assert!(expected_failure, "a changed {:?} byte gave {:?}", part, result);
    }

    #[test]
    fn a_different_secret_key_never_verifies(
        (secret_key, method, target, body, timestamp, nonce) in request_parts(),
        other_key in "\\PC{0,40}",
    ) {
        prop_assume!(other_key != secret_key);
        let request = signed_request(&secret_key, method, target, body, timestamp, nonce);
        prop_assert_eq!(verify(&other_key, &request), Err(VerifyError::SignatureMismatch));
    }

    #[test]
    fn the_string_to_sign_shows_its_exact_bytes(
        (_key, method, target, body, timestamp, nonce) in request_parts(),
    ) {
        let string_to_sign = StringToSign::new(&method, "AKIDproperty", timestamp, nonce, &target, &body);
        let bytes = string_to_sign.to_bytes();
        prop_assert_eq!(bytes.len(), string_to_sign.byte_len());
        prop_assert_eq!(string_to_sign.to_string(), String::from_utf8_lossy(&bytes));
        let expected_head = format!("{method}\nX-TC-Key=AKIDproperty&X-TC-Nonce={nonce}&X-TC-Timestamp={timestamp}\n{target}\n");
        prop_assert!(bytes.starts_with(expected_head.as_bytes()));
        prop_assert!(bytes.ends_with(&body));
    }
}

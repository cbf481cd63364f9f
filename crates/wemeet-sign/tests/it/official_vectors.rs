//! Known-answer tests: wemeet-sign must compute exactly what the official Python SDK computes.
//!
//! `vectors/official-python-sdk.json` was produced by `vectors/generate.py`, which drives the official
//! SDK's JWT authenticator with pinned nonces and timestamps. Each case checks the string to sign, the
//! signature and the full header set separately, so a failure says which part went wrong.

use std::collections::BTreeMap;

use serde::Deserialize;
use wemeet_sign::{Credentials, FixedClock, Signer, StringToSign, Verifier};

const VECTORS: &str = include_str!("../vectors/official-python-sdk.json");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // `about`, `generator` and `description` document the file; the tests do not read them.
struct VectorFile {
    about: String,
    generator: BTreeMap<String, String>,
    cases: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    #[allow(dead_code)]
    description: String,
    app_id: String,
    sdk_id: Option<String>,
    secret_id: String,
    secret_key: String,
    version: Option<String>,
    registered: String,
    method: String,
    target: String,
    body: String,
    timestamp: u64,
    nonce: u64,
    string_to_sign: String,
    signature: String,
    headers: Vec<(String, String)>,
}

impl Case {
    fn credentials(&self) -> Credentials {
        let credentials = Credentials::builder()
            .app_id(&self.app_id)
            .secret_id(&self.secret_id)
            .secret_key(&self.secret_key)
            .build();
        match &self.sdk_id {
            Some(sdk_id) => credentials.with_sdk_id(sdk_id),
            None => credentials,
        }
    }

    fn signer(&self) -> Signer {
        let signer = Signer::new(self.credentials()).with_registered(&self.registered);
        match &self.version {
            Some(version) => signer.with_app_version(version),
            None => signer,
        }
    }
}

fn cases() -> Vec<Case> {
    match serde_json::from_str::<VectorFile>(VECTORS) {
        Ok(file) => file.cases,
        Err(error) => panic!("vectors/official-python-sdk.json does not parse: {error}"),
    }
}

#[test]
fn the_vector_file_covers_what_the_issue_asks_for() {
    let cases = cases();
    assert!(cases.len() >= 12, "only {} cases", cases.len());
    let has = |predicate: &dyn Fn(&Case) -> bool| cases.iter().any(predicate);
    assert!(
        has(&|c| c.body.contains('\u{a0}')),
        "the create example's exact bytes (U+00A0)"
    );
    assert!(has(&|c| c.name
        == "create-meeting-doc-example-ordinary-spaces"
        && !c.body.contains('\u{a0}')));
    assert!(has(
        &|c| c.target.ends_with("/backgrounds") && c.body.contains("image_md5")
    ));
    assert!(has(
        &|c| c.target.ends_with("/live-stream-address") && c.body.contains("enable_push_addres")
    ));
    assert!(has(&|c| c.body.contains('张')), "a Chinese body");
    assert!(
        has(&|c| c.target.contains("%E5%BC%A0") && c.target.contains("%26")),
        "encoded UTF-8 and reserved"
    );
    assert!(has(&|c| c.body.is_empty()), "an empty body");
    assert!(
        has(&|c| c.nonce.to_string().len() == 19),
        "a 19-digit nonce"
    );
    assert!(has(&|c| !c.secret_key.is_ascii()), "a non-ASCII SecretKey");
    assert!(has(&|c| c.sdk_id.is_none()), "credentials without an SdkId");
}

#[test]
fn string_to_sign_matches_the_official_sdk() {
    for case in cases() {
        let string_to_sign = StringToSign::new(
            &case.method,
            &case.secret_id,
            case.timestamp,
            case.nonce,
            &case.target,
            case.body.as_bytes(),
        );
        assert_eq!(
            string_to_sign.to_string(),
            case.string_to_sign,
            "string to sign of case {}",
            case.name
        );
        assert_eq!(
            string_to_sign.to_bytes(),
            case.string_to_sign.as_bytes(),
            "bytes of case {}",
            case.name
        );
    }
}

#[test]
fn signature_matches_the_official_sdk() {
    for case in cases() {
        let string_to_sign = StringToSign::new(
            &case.method,
            &case.secret_id,
            case.timestamp,
            case.nonce,
            &case.target,
            case.body.as_bytes(),
        );
        let signature = string_to_sign.sign(&case.credentials());
        assert_eq!(
            signature.expose(),
            case.signature,
            "signature of case {}",
            case.name
        );
    }
}

#[test]
fn signed_headers_match_the_official_sdk() {
    for case in cases() {
        let headers = case.signer().sign_at(
            &case.method,
            &case.target,
            case.body.as_bytes(),
            case.timestamp,
            case.nonce,
        );
        let ours: Vec<(String, String)> = headers
            .iter()
            .map(|(name, value)| (name.to_owned(), value.to_owned()))
            .collect();
        assert_eq!(ours, case.headers, "headers of case {}", case.name);
    }
}

#[test]
fn signing_at_the_vectors_timestamp_and_nonce_gives_the_same_headers() {
    for case in cases() {
        let headers = case.signer().sign_at(
            &case.method,
            &case.target,
            case.body.as_bytes(),
            case.timestamp,
            case.nonce,
        );
        assert_eq!(
            headers.get("x-tc-signature"),
            Some(case.signature.as_str()),
            "case {}",
            case.name
        );
    }
}

#[test]
fn the_verifier_accepts_every_official_request() {
    for case in cases() {
        let verifier = Verifier::new().with_clock(FixedClock(case.timestamp));
        verifier.add_credentials(case.credentials());
        let headers: BTreeMap<String, &str> = case
            .headers
            .iter()
            .map(|(name, value)| (name.to_ascii_lowercase(), value.as_str()))
            .collect();
        let verified = verifier
            .verify(&case.method, &case.target, case.body.as_bytes(), |name| {
                headers.get(&name.to_ascii_lowercase()).copied()
            })
            .unwrap_or_else(|error| panic!("case {} was rejected: {error}", case.name));
        assert_eq!(
            (verified.timestamp(), verified.nonce()),
            (case.timestamp, case.nonce),
            "case {}",
            case.name
        );
        assert_eq!(
            verified.sdk_id(),
            case.sdk_id.as_deref(),
            "case {}",
            case.name
        );
    }
}

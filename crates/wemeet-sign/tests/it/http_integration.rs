//! Signing `http::Request`s in place and verifying received ones (feature `http`).

use http::{HeaderValue, Method, Request};
use serde_json::Value;
use wemeet_sign::{Credentials, FixedClock, SignError, Signer, Verifier, VerifyError};

const NOW: u64 = 1_700_000_000;

fn credentials() -> Credentials {
    Credentials::builder()
        .app_id("200000001")
        .secret_id("AKIDhttp")
        .secret_key("http-secret-key")
        .build()
        .with_sdk_id("18000000001")
}

fn signer(credentials: Credentials) -> Signer {
    Signer::new(credentials)
}

/// The nonce every request of these tests is signed with (at [`NOW`]).
const NONCE: u64 = 100;

fn verifier() -> Verifier {
    let verifier = Verifier::new().with_clock(FixedClock(NOW));
    verifier.add_credentials(credentials());
    verifier
}

fn post(uri: &str, body: &[u8]) -> Request<Vec<u8>> {
    Request::builder()
        .method(Method::POST)
        .uri(uri)
        .body(body.to_vec())
        .expect("a valid request")
}

#[test]
fn signs_the_request_as_the_official_sdk_does() {
    let vectors: Value = serde_json::from_str(include_str!("../vectors/official-python-sdk.json"))
        .expect("the vectors parse");
    let case = &vectors["cases"][0];
    assert_eq!(case["name"], "create-meeting-doc-example-exact-bytes");
    let text = |key: &str| case[key].as_str().expect("a string field").to_owned();
    let number = |key: &str| case[key].as_u64().expect("a number field");

    let credentials = Credentials::builder()
        .app_id(text("app_id"))
        .secret_id(text("secret_id"))
        .secret_key(text("secret_key"))
        .build()
        .with_sdk_id(text("sdk_id"));
    let signer = Signer::new(credentials);
    let mut request = post(
        &format!("https://api.meeting.qq.com{}", text("target")),
        text("body").as_bytes(),
    );
    signer
        .sign_request_at(&mut request, number("timestamp"), number("nonce"))
        .expect("signable");

    for pair in case["headers"].as_array().expect("a header list") {
        let (name, value) = (
            pair[0].as_str().expect("a name"),
            pair[1].as_str().expect("a value"),
        );
        assert_eq!(
            request.headers().get(name).and_then(|v| v.to_str().ok()),
            Some(value),
            "header {name}"
        );
    }
}

#[test]
fn signs_the_path_and_query_as_sent() {
    let target = "/v1/meetings/1?userid=%E5%BC%A0%E4%B8%89&subject=a%26b";
    let mut request = post(&format!("https://api.meeting.qq.com{target}"), b"");
    let signed = signer(credentials())
        .sign_request_at(&mut request, NOW, NONCE)
        .expect("signable");
    let expected = signer(credentials()).sign_at("POST", target, b"", NOW, NONCE);
    assert_eq!(signed.signature().expose(), expected.signature().expose());

    // A URI without a path is sent as `/`.
    let mut bare = post("https://api.meeting.qq.com", b"");
    let signed = signer(credentials())
        .sign_request_at(&mut bare, NOW, NONCE)
        .expect("signable");
    let expected = signer(credentials()).sign_at("POST", "/", b"", NOW, NONCE);
    assert_eq!(signed.signature().expose(), expected.signature().expose());
}

#[test]
fn replaces_headers_left_by_an_earlier_attempt() {
    let mut request = post("https://api.meeting.qq.com/v1/meetings", b"{}");
    for (name, value) in [
        ("x-tc-signature", "stale"),
        ("X-TC-Nonce", "1"),
        ("SdkId", "old"),
        ("x-tc-version", "0.9"),
    ] {
        request
            .headers_mut()
            .append(name, HeaderValue::from_static(value));
    }
    request
        .headers_mut()
        .append("x-tc-signature", HeaderValue::from_static("also-stale"));
    request.headers_mut().insert(
        "content-type",
        HeaderValue::from_static("application/json; charset=utf-8"),
    );

    let legacy = Credentials::builder()
        .app_id("200000001")
        .secret_id("AKIDhttp")
        .secret_key("http-secret-key")
        .build();
    let signed = signer(legacy)
        .sign_request_at(&mut request, NOW, NONCE)
        .expect("signable");

    let headers = request.headers();
    assert_eq!(headers.get_all("x-tc-signature").iter().count(), 1);
    assert_eq!(
        headers.get("x-tc-signature").map(HeaderValue::as_bytes),
        Some(signed.signature().expose().as_bytes())
    );
    assert_eq!(
        headers.get("x-tc-nonce").map(HeaderValue::as_bytes),
        Some(&b"100"[..])
    );
    assert!(
        headers.get("sdkid").is_none(),
        "no SdkId is configured any more"
    );
    assert!(
        headers.get("x-tc-version").is_none(),
        "no version is configured any more"
    );
    assert!(
        headers.get("content-type").is_some(),
        "other headers are left alone"
    );
}

#[test]
fn the_caller_identifying_headers_are_sensitive_and_hidden_from_debug() {
    let mut request = post("https://api.meeting.qq.com/v1/meetings", b"{}");
    let signed = signer(credentials())
        .sign_request_at(&mut request, NOW, NONCE)
        .expect("signable");
    let sensitive = |name: &str| {
        request
            .headers()
            .get(name)
            .is_some_and(HeaderValue::is_sensitive)
    };
    for name in ["x-tc-signature", "x-tc-key", "appid", "sdkid"] {
        assert!(sensitive(name), "{name}");
    }
    for name in ["x-tc-timestamp", "x-tc-nonce", "x-tc-registered"] {
        assert!(!sensitive(name), "{name}");
    }
    assert!(!format!("{request:?}").contains(signed.signature().expose()));
}

#[test]
fn refuses_values_that_cannot_be_headers_and_leaves_the_request_alone() {
    let cases = [
        (
            Credentials::builder()
                .app_id("")
                .secret_id("AKIDhttp")
                .secret_key("k")
                .build(),
            SignError::EmptyCredential { field: "AppId" },
        ),
        (
            Credentials::builder()
                .app_id("200000001")
                .secret_id("")
                .secret_key("k")
                .build(),
            SignError::EmptyCredential { field: "SecretId" },
        ),
        (
            Credentials::builder()
                .app_id("2000\n00001")
                .secret_id("AKIDhttp")
                .secret_key("k")
                .build(),
            SignError::InvalidHeaderValue { header: "AppId" },
        ),
        (
            Credentials::builder()
                .app_id("200000001")
                .secret_id("AKID\u{e9}")
                .secret_key("k")
                .build(),
            SignError::InvalidHeaderValue { header: "X-TC-Key" },
        ),
    ];
    for (credentials, expected) in cases {
        let mut request = post("https://api.meeting.qq.com/v1/meetings", b"{}");
        assert_eq!(
            signer(credentials)
                .sign_request_at(&mut request, NOW, NONCE)
                .map(drop),
            Err(expected)
        );
        assert!(
            request.headers().is_empty(),
            "a failed signing must not half-sign the request"
        );
    }
    let with_bad_version = signer(credentials()).with_app_version("1.0\r\n");
    let mut request = post("https://api.meeting.qq.com/v1/meetings", b"{}");
    assert_eq!(
        with_bad_version
            .sign_request_at(&mut request, NOW, NONCE)
            .map(drop),
        Err(SignError::InvalidHeaderValue {
            header: "X-TC-Version"
        })
    );
    assert_eq!(
        SignError::InvalidHeaderValue {
            header: "X-TC-Version"
        }
        .to_string(),
        "the X-TC-Version header value is not valid in HTTP: only visible ASCII characters, spaces and tabs are allowed"
    );
}

#[test]
fn a_signed_request_verifies_and_a_tampered_one_does_not() {
    let mut request = post(
        "https://api.meeting.qq.com/v1/meetings?userid=tester",
        br#"{"a":1}"#,
    );
    signer(credentials())
        .sign_request_at(&mut request, NOW, NONCE)
        .expect("signable");
    let verifier = verifier();
    let verified = verifier.verify_request(&request).expect("verifies");
    assert_eq!(verified.nonce(), 100);

    let mut tampered = request.clone();
    *tampered.body_mut() = br#"{"a":2}"#.to_vec();
    assert_eq!(
        verifier.verify_request(&tampered),
        Err(VerifyError::SignatureMismatch)
    );

    // Bodies of any `AsRef<[u8]>` type verify, e.g. what a server framework hands over.
    let (parts, body) = request.into_parts();
    let borrowed = Request::from_parts(parts, body.as_slice());
    assert_eq!(
        verifier.verify_request(&borrowed),
        Err(VerifyError::Replayed {
            nonce: 100,
            timestamp: NOW
        })
    );
}

#[test]
fn repeated_or_non_text_signing_headers_are_malformed() {
    let mut request = post("https://api.meeting.qq.com/v1/meetings", b"{}");
    signer(credentials())
        .sign_request_at(&mut request, NOW, NONCE)
        .expect("signable");

    let mut repeated = request.clone();
    repeated
        .headers_mut()
        .append("x-tc-nonce", HeaderValue::from_static("101"));
    let result = verifier().verify_request(&repeated);
    assert!(
        matches!(
            result,
            Err(VerifyError::MalformedHeader {
                name: "X-TC-Nonce",
                ..
            })
        ),
        "{result:?}"
    );
    assert_eq!(
        result.map_err(|e| e.error_code().get()).map(drop),
        Err(200_003)
    );

    let mut non_text = request;
    non_text.headers_mut().insert(
        "appid",
        HeaderValue::from_bytes(b"2000\xff").expect("obs-text is allowed"),
    );
    let result = verifier().verify_request(&non_text);
    assert!(
        matches!(
            result,
            Err(VerifyError::MalformedHeader { name: "AppId", .. })
        ),
        "{result:?}"
    );
}

#[test]
fn an_access_token_replaces_every_signing_header_and_is_marked_sensitive() {
    use wemeet_sign::{AccessToken, TokenAuth};

    let mut request = post("/v1/meetings", b"{}");
    signer(credentials())
        .sign_request_at(&mut request, NOW, NONCE)
        .unwrap();
    let auth =
        TokenAuth::new(AccessToken::new("oauth-token-1", "open-id-1")).with_app_version("2.1");
    let attached = auth.authorize_request_at(&mut request, NOW, 5).unwrap();
    let headers = request.headers();
    assert_eq!(headers["accesstoken"], "oauth-token-1");
    assert_eq!(headers["openid"], "open-id-1");
    assert_eq!(headers["x-tc-timestamp"], NOW.to_string().as_str());
    assert_eq!(headers["x-tc-nonce"], "5");
    assert_eq!(headers["x-tc-version"], "2.1");
    // Nothing of the signed mode stays: a request carries one kind of authentication.
    for stale in [
        "x-tc-signature",
        "x-tc-key",
        "appid",
        "sdkid",
        "x-tc-registered",
    ] {
        assert!(headers.get(stale).is_none(), "{stale} stayed");
    }
    assert!(headers["accesstoken"].is_sensitive() && headers["openid"].is_sensitive());
    assert!(!format!("{attached:?}").contains("oauth-token-1"));

    // And signing again removes the token.
    signer(credentials())
        .sign_request_at(&mut request, NOW, NONCE)
        .unwrap();
    assert!(request.headers().get("accesstoken").is_none());
    assert!(request.headers().get("openid").is_none());
}

#[test]
fn an_empty_access_token_or_open_id_is_refused_and_leaves_the_request_unchanged() {
    use wemeet_sign::{AccessToken, TokenAuth};

    for (token, open_id, field) in [("", "oid", "AccessToken"), ("tok", "", "OpenId")] {
        let mut request = post("/v1/meetings", b"{}");
        let error = TokenAuth::new(AccessToken::new(token, open_id))
            .authorize_request(&mut request)
            .unwrap_err();
        assert_eq!(error, SignError::EmptyCredential { field });
        assert!(request.headers().is_empty());
    }
}

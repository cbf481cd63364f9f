//! No `Debug` or `Display` of anything in the crate shows a SecretKey or a signature.

use wemeet_sign::{
    Credentials, FixedClock, ManualClock, RandomNonce, SequentialNonce, SignError, Signer,
    StringToSign, SystemClock, Verifier, header,
};

/// Distinctive enough that any leak shows up in a substring search.
const SECRET_KEY: &str = "TOP-SECRET-KEY-7f3a9c-绝密";

fn credentials() -> Credentials {
    Credentials::builder()
        .app_id("200000001")
        .secret_id("AKIDsecrets")
        .secret_key(SECRET_KEY)
        .build()
        .with_sdk_id("18000000001")
}

/// Every way the key or the signature could be spelled in output.
fn forbidden(signature: &str) -> Vec<String> {
    let hex = base64_decode_ascii(signature);
    vec![
        SECRET_KEY.to_owned(),
        "TOP-SECRET".to_owned(),
        signature.to_owned(),
        hex.clone(),
        hex.to_uppercase(),
    ]
}

/// The hex text a signature encodes (signatures are base64 of ASCII hex).
fn base64_decode_ascii(signature: &str) -> String {
    use base64::Engine as _;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(signature)
        .expect("a signature is base64");
    String::from_utf8(bytes).expect("a signature encodes ASCII hex")
}

fn assert_hidden(what: &str, shown: &str, signature: &str) {
    for secret in forbidden(signature) {
        assert!(!shown.contains(&secret), "{what} shows a secret: {shown}");
    }
}

#[test]
fn nothing_shows_the_secret_key_or_the_signature() {
    let signer = Signer::new(credentials()).with_app_version("1.0.0");
    let body = br#"{"userid":"tester"}"#;
    let signed = signer.sign_at("POST", "/v1/meetings", body, 1_700_000_000, 5);
    let signature = signed.signature().expose().to_owned();
    let string_to_sign = StringToSign::new(
        "POST",
        "AKIDsecrets",
        1_700_000_000,
        5,
        "/v1/meetings",
        body,
    );

    let verifier = Verifier::new().with_clock(FixedClock(1_700_000_000));
    verifier.add_credentials(credentials());
    let headers = |name: &str| signed.get(name);
    let verified = verifier
        .verify("POST", "/v1/meetings", body, headers)
        .expect("signed correctly");
    let errors = [
        verifier
            .verify("POST", "/v1/meetings", body, headers)
            .expect_err("replay"),
        verifier
            .verify("POST", "/v1/meetings", b"{}", headers)
            .expect_err("wrong body"),
        verifier
            .verify("POST", "/v1/meetings", body, |name| {
                if name.eq_ignore_ascii_case(header::X_TC_TIMESTAMP) {
                    Some("1")
                } else {
                    signed.get(name)
                }
            })
            .expect_err("expired"),
    ];

    let mut shown = vec![
        ("Credentials Debug", format!("{:?}", credentials())),
        ("Credentials pretty Debug", format!("{:#?}", credentials())),
        ("Signer Debug", format!("{signer:?}")),
        ("Signer pretty Debug", format!("{signer:#?}")),
        ("SignedHeaders Debug", format!("{signed:?}")),
        ("SignedHeaders pretty Debug", format!("{signed:#?}")),
        ("Signature Debug", format!("{:?}", signed.signature())),
        ("Signature Display", format!("{}", signed.signature())),
        ("StringToSign Debug", format!("{string_to_sign:?}")),
        ("StringToSign Display", format!("{string_to_sign}")),
        ("Verifier Debug", format!("{verifier:?}")),
        ("Verified Debug", format!("{verified:?}")),
        (
            "clocks and nonce sources",
            format!(
                "{:?}{:?}{:?}{:?}",
                SystemClock,
                ManualClock::new(1),
                RandomNonce,
                SequentialNonce::new(1)
            ),
        ),
        (
            "SignError",
            format!(
                "{0} {0:?}",
                SignError::InvalidHeaderValue { header: "AppId" }
            ),
        ),
    ];
    for error in &errors {
        shown.push(("VerifyError Display", error.to_string()));
        shown.push(("VerifyError Debug", format!("{error:?}")));
    }
    for (what, text) in &shown {
        assert_hidden(what, text, &signature);
    }
    // The redacted forms still say what they are.
    assert!(shown.iter().any(|(_, text)| text.contains("REDACTED")));
    assert!(
        format!("{signed:?}").contains("AKIDsecrets"),
        "non-secret headers stay visible for debugging"
    );
}

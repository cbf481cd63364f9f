//! What the fuzz targets run, and the properties they check: any input either decodes or fails with a typed
//! error, and never panics.
//!
//! The file depends only on the SDK crates (the mock for its schema-made samples), `http` and `serde_json`, so
//! that the workspace test `tests/tests/it/fuzz_corpus_replay.rs` includes it too and replays the committed corpus
//! and regressions on every `cargo test`. The targets reach every endpoint of the table through
//! `visit_endpoints`: an endpoint added to the manifest is fuzzed with no line written for it.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

use std::sync::OnceLock;

use http::{HeaderMap, HeaderValue, StatusCode};
use wemeet_core::{ClientBuilder, Config, Credentials, Error, RawResponse, Step};
use wemeet_mock::sample::{self, Context};
use wemeet_sign::{FixedClock, NonceSource as _, RandomNonce, Signer, Verifier};
use wemeet_types::{
    ENDPOINTS, Endpoint, EndpointVisitor, ErrorClass, ErrorResponse, RequestIn, ResponseBody,
    RetryClass, visit_endpoints,
};
use wemeet_webhook::{Event, Webhook, WebhookError};

const APP_ID: &str = "200000001";
const SECRET_ID: &str = "fuzz-secret-id";
const SECRET_KEY: &str = "fuzz-secret-key";
/// The clock of every signer and verifier here: fixed, so that a run is reproducible.
const NOW: u64 = 1_700_000_000;

fn credentials() -> Credentials {
    Credentials::builder()
        .app_id(APP_ID)
        .secret_id(SECRET_ID)
        .secret_key(SECRET_KEY)
        .build()
}

/// The client configuration every decode runs under (default retry policy and limits).
fn config() -> &'static Config {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    CONFIG.get_or_init(|| {
        ClientBuilder::<()>::new()
            .credentials(credentials())
            .base_url("http://127.0.0.1:9")
            .clock(FixedClock(NOW))
            .build_config()
            .expect("a valid fixed configuration")
    })
}

/// Reads a fuzz input front to back; every read succeeds, with fewer bytes (or none) at the end of the input.
struct Input<'a>(&'a [u8]);

impl<'a> Input<'a> {
    fn byte(&mut self) -> u8 {
        let (first, rest) = self.0.split_first().map_or((0, &[][..]), |(b, r)| (*b, r));
        self.0 = rest;
        first
    }

    fn bytes(&mut self, n: usize) -> &'a [u8] {
        let (head, rest) = self.0.split_at(n.min(self.0.len()));
        self.0 = rest;
        head
    }

    /// A length byte, then that many bytes.
    fn chunk(&mut self) -> &'a [u8] {
        let len = usize::from(self.byte());
        self.bytes(len)
    }

    fn rest(&mut self) -> &'a [u8] {
        self.bytes(self.0.len())
    }
}

/// The full response path both clients run: [`Config::start`], [`wemeet_core::Call::next_attempt`], then
/// [`wemeet_core::Call::complete`] with the fuzzed status, `X-TC-Trace` header and body.
///
/// Input: one byte choosing the endpoint (its low 7 bits modulo the size of the endpoint table; bit 7 set: a trace
/// header follows as a length-prefixed chunk), two bytes of status (big-endian, mapped into 100..=999), then the
/// body.
///
/// Properties: a success only for a 2xx status, exactly when the endpoint's `ResponseBody::from_body` accepts the
/// body, with the status and trace id of the response; every error reports the response's status and trace id,
/// keeps no byte of the body, and prints a message; a retry only where it is safe (an idempotent endpoint, or a
/// code the service asks to retry).
pub fn decode_response(data: &[u8]) {
    let mut input = Input(data);
    let selector = input.byte();
    let status_bits = u16::from_be_bytes([input.byte(), input.byte()]);
    let Ok(status) = StatusCode::from_u16(100 + status_bits % 900) else {
        return;
    };
    let mut headers = HeaderMap::new();
    if selector & 0x80 != 0
        && let Ok(value) = HeaderValue::from_bytes(input.chunk())
    {
        headers.insert("x-tc-trace", value);
    }
    let body = input.rest();
    let index = usize::from(selector & 0x7f) % ENDPOINTS.len().max(1);
    visit_endpoints(&mut Drive {
        index,
        status,
        headers: Some(headers),
        body,
    });
}

/// Drives the `index`-th endpoint the visit reaches through one response.
struct Drive<'a> {
    index: usize,
    status: StatusCode,
    headers: Option<HeaderMap>,
    body: &'a [u8],
}

impl EndpointVisitor for Drive<'_> {
    fn visit<E: Endpoint>(&mut self) {
        if self.index == 0
            && let Some(headers) = self.headers.take()
        {
            drive::<E>(self.status, headers, self.body);
        }
        self.index = self.index.wrapping_sub(1);
    }
}

fn drive<E: Endpoint>(status: StatusCode, headers: HeaderMap, body: &[u8]) {
    // TODO(lead): multipart. The samples of a multipart form are not made yet.
    let multipart = ENDPOINTS
        .iter()
        .any(|info| info.name == E::NAME && info.request_in == Some(RequestIn::Multipart));
    if multipart {
        return;
    }
    let config = config();
    let context = Context::new("fuzz", "6524541286408448530");
    let (path, request) = sample::call::<E>(&context).expect("every endpoint has a sample");
    let mut call = config
        .start::<E>(&path, &request)
        .expect("the sample request is valid");
    let attempt = call.next_attempt().expect("the first attempt is signed");
    drop(attempt);
    let trace_id = headers
        .get("x-tc-trace")
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned);
    let decodes = E::Response::from_body(body).is_ok();
    match call.complete(Ok(RawResponse::new(status, headers, body.to_vec()))) {
        Step::Done(Ok(response)) => {
            assert!(status.is_success(), "success from HTTP {status}");
            assert!(decodes, "success although from_body refuses the body");
            assert_eq!(response.status(), status);
            assert_eq!(response.trace_id(), trace_id.as_deref());
        }
        Step::Done(Err(error)) => check_error(&error, status, trace_id.as_deref(), decodes, body),
        Step::RetryAfter(_) => {
            let class = serde_json::from_slice::<ErrorResponse>(body)
                .ok()
                .and_then(|error| {
                    wemeet_types::ErrorCode::new(error.error_info.error_code).class()
                });
            assert!(
                E::RETRY == RetryClass::Idempotent || class == Some(ErrorClass::RateLimit),
                "{} retried after HTTP {status} although the request may have been processed",
                E::NAME
            );
        }
    }
}

fn check_error(
    error: &Error,
    status: StatusCode,
    trace_id: Option<&str>,
    decodes: bool,
    body: &[u8],
) {
    assert_eq!(
        error.status(),
        Some(status),
        "the error keeps the status: {error:?}"
    );
    assert_eq!(
        error.trace_id(),
        trace_id,
        "the error keeps the trace id: {error:?}"
    );
    assert!(!error.to_string().is_empty());
    match error {
        Error::Decode { body_bytes, .. } => {
            assert_eq!(*body_bytes, body.len());
            assert!(
                !status.is_success() || !decodes,
                "a decode error for a decodable body"
            );
        }
        Error::Api { .. } => assert!(!status.is_success(), "an API error from a 2xx status"),
        other => panic!("a response became {other:?}"),
    }
}

/// Each endpoint's response type and the error body, decoded straight from the bytes; whatever decodes must
/// survive a round trip (serialize, decode again, equal).
///
/// Input: the body.
pub fn decode_bodies(data: &[u8]) {
    visit_endpoints(&mut RoundTrips(data));
    round_trip::<ErrorResponse>(data);
}

/// Round-trips the body through each endpoint's response type.
struct RoundTrips<'a>(&'a [u8]);

impl EndpointVisitor for RoundTrips<'_> {
    fn visit<E: Endpoint>(&mut self) {
        let Ok(value) = E::Response::from_body(self.0) else {
            return;
        };
        let encoded = value.to_body().expect("a decoded value encodes");
        let again = E::Response::from_body(&encoded).expect("an encoded value decodes");
        let twice = again.to_body().expect("it encodes again");
        assert_eq!(
            encoded,
            twice,
            "round trip of {} through {}",
            String::from_utf8_lossy(&encoded),
            E::NAME
        );
    }
}

fn round_trip<T>(data: &[u8])
where
    T: serde::de::DeserializeOwned + serde::Serialize + PartialEq + std::fmt::Debug,
{
    let Ok(value) = serde_json::from_slice::<T>(data) else {
        return;
    };
    let encoded = serde_json::to_vec(&value).expect("a decoded value encodes");
    let again: T = serde_json::from_slice(&encoded).expect("an encoded value decodes");
    assert_eq!(
        value,
        again,
        "round trip of {}",
        String::from_utf8_lossy(&encoded)
    );
}

/// Signature verification of arbitrary requests.
///
/// Input: one mode byte. Mode `% 2 == 0`: a method, a target, then for each signing header a presence byte and
/// a value (length-prefixed chunks), then the body; the request must be refused (nobody can forge a signature),
/// by [`Verifier::verify`] and by [`Verifier::verify_request`] alike. Mode `% 2 == 1`: a target and a body are
/// signed, the request must verify; then one byte of the body, the target or a signing header is changed
/// (chosen and masked by two more input bytes) and the request must be refused.
pub fn verify_request(data: &[u8]) {
    let mut input = Input(data);
    if input.byte() % 2 == 0 {
        forged(&mut input);
    } else {
        tampered(&mut input);
    }
}

/// The headers a verifier reads.
const SIGNING_HEADERS: [&str; 6] = [
    "X-TC-Key",
    "X-TC-Timestamp",
    "X-TC-Nonce",
    "X-TC-Signature",
    "AppId",
    "SdkId",
];

fn verifier() -> Verifier {
    let verifier = Verifier::new()
        .with_clock(FixedClock(NOW))
        .with_replay_capacity(8);
    verifier.add_credentials(credentials());
    verifier
}

fn forged(input: &mut Input<'_>) {
    let method = String::from_utf8_lossy(input.chunk()).into_owned();
    let target = String::from_utf8_lossy(input.chunk()).into_owned();
    let mut values: Vec<(&str, String)> = Vec::new();
    for name in SIGNING_HEADERS {
        if input.byte() % 2 == 1 {
            values.push((name, String::from_utf8_lossy(input.chunk()).into_owned()));
        }
    }
    let body = input.rest();
    let lookup = |name: &str| {
        values
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    };
    let verdict = verifier().verify(&method, &target, body, lookup);
    assert!(verdict.is_err(), "a forged request verified: {values:?}");

    let mut request = http::Request::builder()
        .method(method.as_str())
        .uri(target.as_str());
    for (name, value) in &values {
        request = request.header(*name, value.as_str());
    }
    if let Ok(request) = request.body(body.to_vec()) {
        assert!(
            verifier().verify_request(&request).is_err(),
            "a forged http::Request verified"
        );
    }
}

fn tampered(input: &mut Input<'_>) {
    let which = input.byte();
    let mask = input.byte().max(1);
    let position = usize::from(input.byte());
    let target = String::from_utf8_lossy(input.chunk()).into_owned();
    let body = input.rest().to_vec();
    let signer = Signer::new(credentials());
    let signed = signer.sign_at("POST", &target, &body, NOW, RandomNonce.next_nonce());
    let headers: Vec<(&str, String)> = SIGNING_HEADERS
        .iter()
        .filter_map(|name| signed.get(name).map(|value| (*name, value.to_owned())))
        .collect();
    let verify = |target: &str, body: &[u8], headers: &[(&str, String)]| {
        verifier().verify("POST", target, body, |name| {
            headers
                .iter()
                .find(|(key, _)| key.eq_ignore_ascii_case(name))
                .map(|(_, value)| value.as_str())
        })
    };
    if let Err(error) = verify(&target, &body, &headers) {
        panic!("a correctly signed request was refused: {error}");
    }

    let flip = |bytes: &mut Vec<u8>| {
        let index = position % bytes.len().max(1);
        if let Some(byte) = bytes.get_mut(index) {
            *byte ^= mask;
            true
        } else {
            false
        }
    };
    let verdict = match which % 3 {
        0 => {
            let mut body = body.clone();
            if !flip(&mut body) {
                return;
            }
            verify(&target, &body, &headers)
        }
        1 => {
            let mut bytes = target.clone().into_bytes();
            if !flip(&mut bytes) {
                return;
            }
            let Ok(target) = String::from_utf8(bytes) else {
                return;
            };
            verify(&target, &body, &headers)
        }
        _ => {
            let mut headers = headers.clone();
            let index = usize::from(which / 3) % headers.len().max(1);
            let Some((_, value)) = headers.get_mut(index) else {
                return;
            };
            let mut bytes = value.clone().into_bytes();
            if !flip(&mut bytes) {
                return;
            }
            let Ok(changed) = String::from_utf8(bytes) else {
                return;
            };
            *value = changed;
            verify(&target, &body, &headers)
        }
    };
    assert!(
        verdict.is_err(),
        "a tampered request verified (change {which}, mask {mask})"
    );
}

/// Webhook callbacks: verification, decryption and event decoding of arbitrary input (`wemeet-webhook`).
///
/// Input: one mode byte. Bit 7 chooses the subscription: with an EncodingAESKey or without. Then, by mode `% 3`:
/// - 0, forged: three length-prefixed header values (`timestamp`, `nonce`, `signature`), a query (chunk), then
///   the body. Nobody can forge a signature: the URL verification, the event delivery and the `http::Request`
///   of either method must all be refused, with a non-200 answer.
/// - 1, signed: the rest is a plaintext, encoded (and encrypted) and signed as the service does. The delivery
///   must decode exactly as [`Event::from_json`] decodes the plaintext (or, for a plaintext followed by a
///   suffix, as it decodes the JSON before it), fail with [`WebhookError::NotUtf8`] for non-UTF-8 text, and a
///   decoded event must survive a round trip; the URL verification of the same plaintext, if UTF-8, must
///   answer it exactly.
/// - 2, tampered: a byte (position and mask from the next two bytes) of the timestamp, nonce, data or signature
///   (chosen by the mode byte) of a signed delivery of the rest is changed; the delivery must be refused unless
///   the change keeps what is signed (a case change of the hex signature, or values whose sorted concatenation
///   is unchanged).
pub fn webhook(data: &[u8]) {
    let mut input = Input(data);
    let mode = input.byte();
    let webhook = if mode & 0x80 == 0 {
        plain_webhook()
    } else {
        encrypted_webhook()
    };
    match mode % 3 {
        0 => forged_callback(webhook, &mut input),
        1 => signed_callback(webhook, input.rest()),
        _ => tampered_callback(webhook, mode, &mut input),
    }
}

const WEBHOOK_TOKEN: &str = "fuzzTokenfuzzTokenfuzzTok";

fn plain_webhook() -> &'static Webhook {
    static WEBHOOK: OnceLock<Webhook> = OnceLock::new();
    WEBHOOK.get_or_init(|| Webhook::from_settings(WEBHOOK_TOKEN, None).expect("a valid Token"))
}

fn encrypted_webhook() -> &'static Webhook {
    static WEBHOOK: OnceLock<Webhook> = OnceLock::new();
    WEBHOOK.get_or_init(|| {
        Webhook::from_settings(
            WEBHOOK_TOKEN,
            Some("fuzzKeyfuzzKeyfuzzKeyfuzzKeyfuzzKeyfuzzKey9"),
        )
        .expect("a valid Token and key")
    })
}

fn callback_headers<'a>(
    timestamp: &'a str,
    nonce: &'a str,
    signature: &'a str,
) -> impl Fn(&str) -> Option<&'a str> {
    move |name| match name {
        "timestamp" => Some(timestamp),
        "nonce" => Some(nonce),
        "signature" => Some(signature),
        _ => None,
    }
}

fn forged_callback(webhook: &Webhook, input: &mut Input<'_>) {
    let timestamp = String::from_utf8_lossy(input.chunk()).into_owned();
    let nonce = String::from_utf8_lossy(input.chunk()).into_owned();
    let signature = String::from_utf8_lossy(input.chunk()).into_owned();
    let query = String::from_utf8_lossy(input.chunk()).into_owned();
    let body = input.rest();
    let headers = callback_headers(&timestamp, &nonce, &signature);
    assert!(
        webhook.verify_url(&query, &headers).is_err(),
        "a forged check_str verified"
    );
    assert!(
        webhook.verify_url_query(&query, &headers).is_err(),
        "a forged query verified"
    );
    assert!(
        webhook.receive_event(body, &headers).is_err(),
        "a forged event verified"
    );
    for method in ["GET", "POST", "PUT"] {
        let request = http::Request::builder()
            .method(method)
            .uri(format!("/callback?{}", query.escape_default()))
            .header("timestamp", timestamp.as_bytes())
            .header("nonce", nonce.as_bytes())
            .header("signature", signature.as_bytes())
            .body(body);
        if let Ok(request) = request {
            let error = webhook
                .receive(&request)
                .expect_err("a forged http::Request verified");
            assert_ne!(error.response().status(), StatusCode::OK);
            assert!(!error.to_string().is_empty());
        }
    }
}

fn signed_callback(webhook: &Webhook, plaintext: &[u8]) {
    let data = webhook.encode(plaintext);
    let signature = webhook.sign("1700000000000", "7", &data);
    let headers = callback_headers("1700000000000", "7", &signature);
    let body = format!(r#"{{"data":"{data}"}}"#);
    let received = webhook.receive_event(body.as_bytes(), &headers);
    match std::str::from_utf8(plaintext) {
        Err(_) => assert!(
            matches!(received, Err(WebhookError::NotUtf8 { .. })),
            "non-UTF-8 plaintext: {received:?}"
        ),
        Ok(text) => {
            let direct = Event::from_json(text);
            match (&direct, &received) {
                (Ok(direct), received) => assert_eq!(received.as_ref(), Ok(direct)),
                (Err(_), Ok(event)) => {
                    let end = text.rfind('}').map_or(0, |i| i + 1);
                    assert_eq!(
                        Event::from_json(&text[..end]).as_ref(),
                        Ok(event),
                        "suffix fallback"
                    );
                }
                (Err(_), Err(_)) => {}
            }
            if let Ok(event) = received {
                let encoded = serde_json::to_string(&event).expect("an event encodes");
                assert_eq!(
                    Event::from_json(&encoded).ok(),
                    Some(event),
                    "round trip of {encoded}"
                );
            }
            let request = webhook.url_verification(text, 1_700_000_000_000, 8);
            let h = request.headers();
            let answer = webhook.verify_url(request.check_str(), |name| h.get(name));
            assert_eq!(answer.as_deref(), Ok(plaintext));
        }
    }
}

fn tampered_callback(webhook: &Webhook, mode: u8, input: &mut Input<'_>) {
    let position = usize::from(input.byte());
    let mask = input.byte().max(1);
    let plaintext = input.rest();
    let data = webhook.encode(plaintext);
    let (timestamp, nonce) = ("1700000000000".to_owned(), "7".to_owned());
    let signature = webhook.sign(&timestamp, &nonce, &data);
    let mut values = [timestamp, nonce, data, signature];
    let which = usize::from(mode / 3) % values.len();
    let original = values.clone();
    let mut bytes = values[which].clone().into_bytes();
    let index = position % bytes.len().max(1);
    let Some(byte) = bytes.get_mut(index) else {
        return;
    };
    *byte ^= mask;
    let Ok(changed) = String::from_utf8(bytes) else {
        return;
    };
    values[which] = changed;
    let [timestamp, nonce, data, signature] = &values;
    let body = format!(r#"{{"data":"{}"}}"#, data.escape_default());
    let received = webhook.receive_event(
        body.as_bytes(),
        callback_headers(timestamp, nonce, signature),
    );
    let sorted = |values: &[String; 4]| {
        let mut signed = [WEBHOOK_TOKEN, &values[0], &values[1], &values[2]];
        signed.sort_unstable();
        signed.concat()
    };
    let same_signed_text = which < 3 && sorted(&values) == sorted(&original);
    let same_signature = which == 3 && signature.eq_ignore_ascii_case(&original[3]);
    if !same_signed_text && !same_signature {
        assert!(
            received.is_err(),
            "a tampered delivery verified (value {which}, mask {mask})"
        );
    }
}

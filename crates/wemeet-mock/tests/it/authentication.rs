//! Authentication through real HTTP: every way a request can fail it, and the codes the service answers with.

use crate::support;

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use wemeet_types::ErrorCode;

use http::{HeaderValue, Method, StatusCode};
use support::{CREATE, create_body, post, post_as, send, signed};
use wemeet_mock::{MockServer, Outcome, demo};
use wemeet_sign::{Credentials, ManualClock, NonceSource as _, RandomNonce, Signer};
use wemeet_types::endpoints::CreateMeeting;

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("after 1970")
        .as_secs()
}

async fn create_as(server: &MockServer, signer: &Signer) -> support::Answer {
    post_as(server, signer, CREATE, &create_body("tester")).await
}

/// A create signed with the demo credentials as of `timestamp` (Unix seconds).
async fn create_signed_at(server: &MockServer, timestamp: u64) -> support::Answer {
    let body = serde_json::to_vec(&create_body("tester")).expect("encode");
    let mut request = support::unsigned(Method::POST, CREATE, body);
    server
        .signer()
        .sign_request_at(&mut request, timestamp, RandomNonce.next_nonce())
        .expect("sign");
    send(server, request).await.expect("answer")
}

async fn assert_refused(answer: &support::Answer, code: ErrorCode, server: &MockServer) {
    assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{:?}", answer.body);
    assert_eq!(answer.error_code(), code, "{}", answer.message());
    assert!(!answer.trace().is_empty());
    assert!(
        server.meetings().is_empty(),
        "a refused request stored nothing"
    );
}

#[tokio::test]
async fn the_demo_credentials_with_and_without_sdk_id_are_accepted() {
    let server = MockServer::start().await.expect("start");
    let with = create_as(&server, &server.signer()).await;
    assert_eq!(with.status, StatusCode::OK, "{:?}", with.body);
    let without = create_as(&server, &Signer::new(server.credentials_without_sdk_id())).await;
    assert_eq!(without.status, StatusCode::OK, "{:?}", without.body);
    assert_eq!(server.meetings().len(), 2);
    assert_eq!(server.ledger().of::<CreateMeeting>().accepted, 2);
}

#[tokio::test]
async fn unknown_secret_id_or_app_id_is_190303() {
    let server = MockServer::start().await.expect("start");
    let unknown_key = Signer::new(
        Credentials::builder()
            .app_id(demo::APP_ID)
            .secret_id("nobody")
            .secret_key(demo::SECRET_KEY)
            .build()
            .with_sdk_id(demo::SDK_ID),
    );
    assert_refused(
        &create_as(&server, &unknown_key).await,
        ErrorCode::AUTHENTICATION_FAILED,
        &server,
    )
    .await;
    let wrong_app = Signer::new(
        Credentials::builder()
            .app_id("999999999")
            .secret_id(demo::SECRET_ID)
            .secret_key(demo::SECRET_KEY)
            .build()
            .with_sdk_id(demo::SDK_ID),
    );
    let answer = create_as(&server, &wrong_app).await;
    assert_refused(&answer, ErrorCode::AUTHENTICATION_FAILED, &server).await;
    assert!(answer.message().contains("AppId"), "{}", answer.message());
}

#[tokio::test]
async fn an_sdk_id_that_does_not_match_is_190303() {
    let server = MockServer::start().await.expect("start");
    let wrong = Signer::new(
        Credentials::builder()
            .app_id(demo::APP_ID)
            .secret_id(demo::SECRET_ID)
            .secret_key(demo::SECRET_KEY)
            .build()
            .with_sdk_id("1"),
    );
    assert_refused(
        &create_as(&server, &wrong).await,
        ErrorCode::AUTHENTICATION_FAILED,
        &server,
    )
    .await;
    let missing = Signer::new(
        Credentials::builder()
            .app_id(demo::APP_ID)
            .secret_id(demo::SECRET_ID)
            .secret_key(demo::SECRET_KEY)
            .build(),
    );
    assert_refused(
        &create_as(&server, &missing).await,
        ErrorCode::AUTHENTICATION_FAILED,
        &server,
    )
    .await;
    let unexpected = Signer::new(
        server
            .credentials_without_sdk_id()
            .with_sdk_id(demo::SDK_ID),
    );
    assert_refused(
        &create_as(&server, &unexpected).await,
        ErrorCode::AUTHENTICATION_FAILED,
        &server,
    )
    .await;
}

#[tokio::test]
async fn a_bad_signature_is_200003() {
    let server = MockServer::start().await.expect("start");
    let wrong_key = Signer::new(
        Credentials::builder()
            .app_id(demo::APP_ID)
            .secret_id(demo::SECRET_ID)
            .secret_key("not-the-key")
            .build()
            .with_sdk_id(demo::SDK_ID),
    );
    assert_refused(
        &create_as(&server, &wrong_key).await,
        ErrorCode::SIGNATURE_INVALID,
        &server,
    )
    .await;

    // Signed bytes and sent bytes differ by one byte.
    let body = serde_json::to_vec(&create_body("tester")).expect("encode");
    let mut request = signed(&server.signer(), Method::POST, CREATE, body);
    request.body_mut().push(b' ');
    let answer = send(&server, request).await.expect("answer");
    assert_refused(&answer, ErrorCode::SIGNATURE_INVALID, &server).await;

    // A malformed signing header is a signature failure too.
    let body = serde_json::to_vec(&create_body("tester")).expect("encode");
    let mut request = signed(&server.signer(), Method::POST, CREATE, body);
    request
        .headers_mut()
        .insert("x-tc-nonce", HeaderValue::from_static("-5"));
    let answer = send(&server, request).await.expect("answer");
    assert_refused(&answer, ErrorCode::SIGNATURE_INVALID, &server).await;
}

#[tokio::test]
async fn a_timestamp_more_than_five_minutes_off_is_190300() {
    let server = MockServer::start().await.expect("start");
    for offset in [-301_i64, 301] {
        assert_refused(
            &create_signed_at(&server, now().saturating_add_signed(offset)).await,
            ErrorCode::TIMESTAMP_EXPIRED,
            &server,
        )
        .await;
    }
    // Within the window (with a margin for the seconds the test takes) is fine.
    assert_eq!(
        create_signed_at(&server, now() - 250).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn the_window_and_clock_are_configurable() {
    let clock = Arc::new(ManualClock::new(1_572_172_200));
    let server = MockServer::builder()
        .clock(Arc::clone(&clock))
        .window(Duration::from_secs(60))
        .start()
        .await
        .expect("start");
    assert_eq!(
        create_signed_at(&server, 1_572_172_200).await.status,
        StatusCode::OK
    );
    clock.advance(Duration::from_secs(61));
    assert_refused_keeping(
        &create_signed_at(&server, 1_572_172_200).await,
        ErrorCode::TIMESTAMP_EXPIRED,
    );
}

fn assert_refused_keeping(answer: &support::Answer, code: ErrorCode) {
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    assert_eq!(answer.error_code(), code, "{}", answer.message());
}

#[tokio::test]
async fn a_replayed_request_is_190301_and_stores_nothing_twice() {
    let server = MockServer::start().await.expect("start");
    let body = serde_json::to_vec(&create_body("tester")).expect("encode");
    let request = signed(&server.signer(), Method::POST, CREATE, body);
    let replay = request.clone();
    assert_eq!(
        send(&server, request).await.expect("answer").status,
        StatusCode::OK
    );
    let answer = send(&server, replay).await.expect("answer");
    assert_refused_keeping(&answer, ErrorCode::NONCE_REPLAYED);
    assert_eq!(server.meetings().len(), 1);
    let stats = server.ledger().of::<CreateMeeting>();
    assert_eq!((stats.received, stats.accepted, stats.rejected), (2, 1, 1));
    match &server.requests()[1].outcome {
        Outcome::Rejected {
            status: 400,
            error_code: 190_301,
            ..
        } => {}
        other => panic!("unexpected outcome {other:?}"),
    }
}

#[tokio::test]
async fn missing_signing_headers_are_190303() {
    let server = MockServer::start().await.expect("start");
    let request = http::Request::builder()
        .method(Method::POST)
        .uri(CREATE)
        .header("host", "127.0.0.1")
        .body(serde_json::to_vec(&create_body("tester")).expect("encode"))
        .expect("request");
    let answer = send(&server, request).await.expect("answer");
    assert_refused(&answer, ErrorCode::AUTHENTICATION_FAILED, &server).await;
    assert!(
        answer.message().contains("X-TC-Key"),
        "{}",
        answer.message()
    );
}

#[tokio::test]
async fn credentials_can_be_registered_at_start_and_at_run_time() {
    let early = Credentials::builder()
        .app_id("corp-a")
        .secret_id("id-a")
        .secret_key("key-a")
        .build();
    let late = Credentials::builder()
        .app_id("corp-b")
        .secret_id("id-b")
        .secret_key("key-b")
        .build()
        .with_sdk_id("sdk-b");
    let server = MockServer::builder()
        .credentials(early.clone())
        .start()
        .await
        .expect("start");
    assert_eq!(
        create_as(&server, &Signer::new(early)).await.status,
        StatusCode::OK
    );
    assert_refused_keeping(
        &create_as(&server, &Signer::new(late.clone())).await,
        ErrorCode::AUTHENTICATION_FAILED,
    );
    server.register(late.clone());
    assert_eq!(
        create_as(&server, &Signer::new(late)).await.status,
        StatusCode::OK
    );
    let apps: Vec<String> = server
        .meetings()
        .into_iter()
        .map(|meeting| meeting.app_id)
        .collect();
    assert_eq!(apps, ["corp-a", "corp-b"]);
}

#[tokio::test]
async fn error_messages_never_show_a_secret_key_or_signature() {
    let server = MockServer::start().await.expect("start");
    let wrong_key = Signer::new(
        Credentials::builder()
            .app_id(demo::APP_ID)
            .secret_id(demo::SECRET_ID)
            .secret_key("leaky-key")
            .build()
            .with_sdk_id(demo::SDK_ID),
    );
    let body = serde_json::to_vec(&create_body("tester")).expect("encode");
    let request = signed(&wrong_key, Method::POST, CREATE, body);
    let sent_signature = request.headers()["x-tc-signature"]
        .to_str()
        .expect("ascii")
        .to_owned();
    let answer = send(&server, request).await.expect("answer");
    let text = String::from_utf8_lossy(&answer.body).into_owned();
    for secret in ["leaky-key", demo::SECRET_KEY, sent_signature.as_str()] {
        assert!(!text.contains(secret), "{text}");
    }
    let _ = post(&server, CREATE, &create_body("tester")).await;
    let debug = format!("{:?} {:?}", server, server.credentials());
    assert!(!debug.contains(demo::SECRET_KEY), "{debug}");
}

//! Fault injection through real HTTP: each fault as a client sees it on the wire, and what the mock stored.

use crate::support;

use std::time::Duration;

use http::{Method, StatusCode};
use support::{
    CREATE, Failure, backgrounds_body, backgrounds_path, create_body, create_meeting, image, post,
    raw_exchange, raw_post, send, signed,
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::time::Instant;
use wemeet_mock::{Fault, FaultKind, MockServer, Outcome};
use wemeet_types::endpoints::{AddMeetingBackgrounds, CreateMeeting};

async fn create_call(server: &MockServer) -> Result<support::Answer, Failure> {
    let body = serde_json::to_vec(&create_body("tester")).expect("encode");
    send(server, signed(&server.signer(), Method::POST, CREATE, body)).await
}

/// Splits a raw HTTP/1.1 response into its head (as text) and body bytes.
fn split_response(raw: &[u8]) -> (String, &[u8]) {
    let end = raw
        .windows(4)
        .position(|window| window == b"\r\n\r\n")
        .expect("a complete head");
    (
        String::from_utf8_lossy(&raw[..end]).to_ascii_lowercase(),
        &raw[end + 4..],
    )
}

fn content_length(head: &str) -> usize {
    head.lines()
        .find_map(|line| line.strip_prefix("content-length: "))
        .and_then(|value| value.trim().parse().ok())
        .expect("a content-length header")
}

#[tokio::test]
async fn respond_answers_instead_of_handling_for_the_next_n_calls() {
    let server = MockServer::start().await.expect("start");
    server.inject(
        Fault::respond(StatusCode::SERVICE_UNAVAILABLE, r#"{"busy":true}"#)
            .on::<CreateMeeting>()
            .times(2),
    );
    for _ in 0..2 {
        let answer = create_call(&server).await.expect("answer");
        assert_eq!(answer.status, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(&answer.body[..], br#"{"busy":true}"#);
        assert!(!answer.trace().is_empty());
    }
    assert!(
        server.meetings().is_empty(),
        "intercepted calls are not handled"
    );
    assert_eq!(
        create_call(&server).await.expect("answer").status,
        StatusCode::OK,
        "the fault is used up"
    );
    let stats = server.ledger().of::<CreateMeeting>();
    assert_eq!(
        (stats.received, stats.intercepted, stats.accepted),
        (3, 2, 1)
    );
    let requests = server.requests();
    assert_eq!(requests[0].outcome, Outcome::Intercepted);
    assert_eq!(
        requests[0].fault,
        Some(FaultKind::Respond {
            status: StatusCode::SERVICE_UNAVAILABLE
        })
    );
    assert_eq!(requests[2].fault, None);
}

#[tokio::test]
async fn error_sends_the_documented_error_body() {
    let server = MockServer::start().await.expect("start");
    server.inject(Fault::error(
        StatusCode::INTERNAL_SERVER_ERROR,
        190_310,
        "rate limited",
    ));
    let answer = create_call(&server).await.expect("answer");
    assert_eq!(answer.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(answer.error_code(), 190_310);
    assert_eq!(answer.message(), "rate limited");
}

#[tokio::test]
async fn faults_only_strike_their_endpoint() {
    let server = MockServer::start().await.expect("start");
    server.inject(Fault::respond(StatusCode::BAD_GATEWAY, "").on::<AddMeetingBackgrounds>());
    let meeting_id = create_meeting(&server, "creator1").await;
    assert_eq!(
        server.pending_faults().len(),
        1,
        "the create was not struck"
    );
    let answer = post(
        &server,
        &backgrounds_path(&meeting_id),
        &backgrounds_body("creator1", vec![image(1)]),
    )
    .await;
    assert_eq!(answer.status, StatusCode::BAD_GATEWAY);
    assert!(server.pending_faults().is_empty());
    server.inject(Fault::drop_connection().times(5));
    server.clear_faults();
    assert_eq!(
        create_call(&server).await.expect("answer").status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn after_handling_stores_the_meeting_then_misbehaves() {
    let server = MockServer::start().await.expect("start");
    server
        .inject(Fault::error(StatusCode::INTERNAL_SERVER_ERROR, 500_000, "lost").after_handling());
    let answer = create_call(&server).await.expect("answer");
    assert_eq!(answer.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(
        server.meetings().len(),
        1,
        "the create was handled before the fault"
    );
    assert_eq!(server.ledger().of::<CreateMeeting>().accepted, 1);
    assert!(server.requests()[0].fault.is_some());
}

#[tokio::test]
async fn malformed_body_is_200_with_invalid_json() {
    let server = MockServer::start().await.expect("start");
    server.inject(Fault::malformed_body());
    let answer = create_call(&server).await.expect("answer");
    assert_eq!(answer.status, StatusCode::OK);
    assert!(
        answer.headers["content-type"]
            .to_str()
            .expect("ascii")
            .starts_with("application/json")
    );
    assert!(
        serde_json::from_slice::<serde_json::Value>(&answer.body).is_err(),
        "{:?}",
        answer.body
    );
    assert!(server.meetings().is_empty());
}

#[tokio::test]
async fn oversized_body_is_valid_json_of_the_exact_length() {
    let server = MockServer::start().await.expect("start");
    let len = 5 * 1024 * 1024 + 3;
    server.inject(Fault::oversized_body(len));
    let answer = create_call(&server).await.expect("answer");
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(
        answer.headers["content-length"].to_str().expect("ascii"),
        len.to_string()
    );
    assert_eq!(answer.body.len(), len);
    let value: serde_json::Value = serde_json::from_slice(&answer.body).expect("valid JSON");
    assert!(value["padding"].is_string());
}

#[tokio::test]
async fn drop_connection_sends_no_byte() {
    let server = MockServer::start().await.expect("start");
    server.inject(Fault::drop_connection());
    let raw = raw_exchange(
        &server,
        &raw_post(&server, CREATE, &create_body("tester")),
        Duration::from_secs(5),
    )
    .await;
    assert!(raw.is_empty(), "got {:?}", String::from_utf8_lossy(&raw));
    assert!(server.meetings().is_empty());
    assert_eq!(server.requests()[0].outcome, Outcome::Intercepted);

    server.inject(Fault::drop_connection());
    match create_call(&server).await {
        Err(Failure::NoResponse(error)) => assert!(error.is_incomplete_message(), "{error}"),
        other => panic!("expected no response, got {other:?}"),
    }
    // The server is fine afterwards.
    assert_eq!(
        create_call(&server).await.expect("answer").status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn drop_connection_after_handling_loses_the_answer_of_a_stored_create() {
    let server = MockServer::start().await.expect("start");
    server.inject(Fault::drop_connection().after_handling());
    assert!(matches!(
        create_call(&server).await,
        Err(Failure::NoResponse(_))
    ));
    assert_eq!(server.meetings().len(), 1);
    assert_eq!(server.requests()[0].outcome, Outcome::Accepted);
    assert_eq!(server.requests()[0].fault, Some(FaultKind::DropConnection));
}

#[tokio::test]
async fn delay_headers_handles_first_then_waits() {
    let server = MockServer::start().await.expect("start");
    let delay = Duration::from_millis(800);
    server.inject(Fault::delay_headers(delay));
    let mut stream = TcpStream::connect(server.address()).await.expect("connect");
    let started = Instant::now();
    stream
        .write_all(&raw_post(&server, CREATE, &create_body("tester")))
        .await
        .expect("write");
    // While the headers are held back, the meeting already exists and no byte has arrived.
    let mut byte = [0_u8; 1];
    let early = tokio::time::timeout(Duration::from_millis(300), stream.read(&mut byte)).await;
    assert!(early.is_err(), "a byte arrived before the delay was over");
    assert_eq!(server.meetings().len(), 1);
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.expect("read");
    assert!(started.elapsed() >= delay);
    assert!(
        raw.starts_with(b"HTTP/1.1 200"),
        "{:?}",
        String::from_utf8_lossy(&raw)
    );
}

#[tokio::test]
async fn delay_mid_body_sends_half_then_stalls_then_the_rest() {
    let server = MockServer::start().await.expect("start");
    let stall = Duration::from_millis(1500);
    server.inject(Fault::delay_mid_body(stall));
    let mut stream = TcpStream::connect(server.address()).await.expect("connect");
    stream
        .write_all(&raw_post(&server, CREATE, &create_body("tester")))
        .await
        .expect("write");
    let started = Instant::now();

    // The head and the first half arrive long before the stall is over.
    let mut first = Vec::new();
    let mut buffer = [0_u8; 4096];
    let head_and_half = tokio::time::timeout(Duration::from_millis(1000), async {
        loop {
            let read = stream.read(&mut buffer).await.expect("read");
            assert!(read > 0, "closed early");
            first.extend_from_slice(&buffer[..read]);
            if let Some(end) = first.windows(4).position(|window| window == b"\r\n\r\n") {
                let (head, _) = split_response(&first);
                let half = content_length(&head).div_ceil(2);
                if first.len() >= end + 4 + half {
                    return;
                }
            }
        }
    })
    .await;
    assert!(
        head_and_half.is_ok(),
        "no head and half body before the stall ended"
    );
    let (head, body) = split_response(&first);
    let total = content_length(&head);
    assert_eq!(
        body.len(),
        total.div_ceil(2),
        "exactly the first half, then the stall"
    );

    let mut rest = Vec::new();
    stream.read_to_end(&mut rest).await.expect("read the rest");
    assert!(started.elapsed() >= stall);
    let mut whole = body.to_vec();
    whole.extend_from_slice(&rest);
    assert_eq!(whole.len(), total);
    let value: serde_json::Value =
        serde_json::from_slice(&whole).expect("the complete body is the real answer");
    assert_eq!(value["meeting_number"], 1);
}

#[tokio::test]
async fn truncated_body_announces_the_full_length_sends_half_and_closes() {
    let server = MockServer::start().await.expect("start");
    server.inject(Fault::truncated_body());
    let raw = raw_exchange(
        &server,
        &raw_post(&server, CREATE, &create_body("tester")),
        Duration::from_secs(5),
    )
    .await;
    let (head, body) = split_response(&raw);
    assert!(head.starts_with("http/1.1 200"), "{head}");
    let total = content_length(&head);
    assert!(total > 0);
    assert_eq!(body.len(), total.div_ceil(2));
    assert_eq!(
        server.meetings().len(),
        1,
        "the create was handled; only its answer was cut"
    );

    server.inject(Fault::truncated_body());
    match create_call(&server).await {
        Err(Failure::Body { status, .. }) => assert_eq!(status, StatusCode::OK),
        other => panic!("expected a broken body, got {other:?}"),
    }
}

#[tokio::test]
async fn an_empty_body_can_be_truncated_and_stalled_too() {
    let server = MockServer::start().await.expect("start");
    let meeting_id = create_meeting(&server, "creator").await;
    let body = support::live_stream_body("creator", vec![support::push_entry(2, "dGVzdDEyMw==")]);
    let path = support::live_stream_path(&meeting_id);

    server.inject(Fault::truncated_body());
    let raw = raw_exchange(
        &server,
        &raw_post(&server, &path, &body),
        Duration::from_secs(5),
    )
    .await;
    let (head, rest) = split_response(&raw);
    assert!(head.contains("transfer-encoding: chunked"), "{head}");
    assert!(
        rest.is_empty(),
        "the chunked body neither has data nor ends: {rest:?}"
    );

    // The truncated call was handled: its address is the meeting's now, and a call adds addresses (a duplicate
    // is refused), so the stalled one adds another.
    let mut body = body;
    body["push_stream_info"][0]["push_address"] =
        serde_json::json!("rtmp://other.example.com/app/");
    server.inject(Fault::delay_mid_body(Duration::from_millis(600)));
    let started = Instant::now();
    let raw = raw_exchange(
        &server,
        &raw_post(&server, &path, &body),
        Duration::from_secs(5),
    )
    .await;
    assert!(started.elapsed() >= Duration::from_millis(600));
    let (head, rest) = split_response(&raw);
    assert!(head.starts_with("http/1.1 200"), "{head}");
    assert_eq!(
        rest, b"0\r\n\r\n",
        "an empty chunked body, terminated after the stall"
    );
}

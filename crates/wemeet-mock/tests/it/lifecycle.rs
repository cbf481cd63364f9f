//! Starting, inspecting and stopping the server; what it records; answers outside the three endpoints.

use crate::support;

use std::io::{Read, Write};
use std::net::SocketAddr;
use std::time::Duration;
use wemeet_types::ErrorCode;

use http::{Method, StatusCode};
use support::{CREATE, create_body, post, post_bytes, raw_post, send, send_to, signed};
use tokio::time::Instant;
use wemeet_mock::{Fault, MockServer, Outcome};
use wemeet_types::endpoints::CreateMeeting;

/// Polls until connecting to `address` is refused (the listener is closed), for at most 5 s.
async fn until_refused(address: SocketAddr) -> bool {
    for _ in 0..100 {
        if tokio::net::TcpStream::connect(address).await.is_err() {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    false
}

fn signed_create(server: &MockServer) -> http::Request<Vec<u8>> {
    let body = serde_json::to_vec(&create_body("tester")).expect("encode");
    signed(&server.signer(), Method::POST, CREATE, body)
}

#[test]
fn start_blocking_serves_callers_without_a_runtime() {
    let server = MockServer::start_blocking().expect("start");
    assert_eq!(server.base_url(), format!("http://{}", server.address()));
    assert!(server.address().ip().is_loopback());
    let mut stream = std::net::TcpStream::connect(server.address()).expect("connect");
    stream
        .write_all(&raw_post(&server, CREATE, &create_body("tester")))
        .expect("write");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("read");
    assert!(
        raw.starts_with(b"HTTP/1.1 200 OK"),
        "{}",
        String::from_utf8_lossy(&raw)
    );
    assert_eq!(
        server.meetings().len(),
        1,
        "the handle inspects without a runtime"
    );
    server.inject(Fault::drop_connection());
    assert_eq!(server.pending_faults().len(), 1);

    let address = server.address();
    server.shutdown_blocking();
    assert!(
        std::net::TcpStream::connect(address).is_err(),
        "the listener is closed once shutdown returns"
    );
}

#[tokio::test]
async fn start_blocking_also_works_from_async_code() {
    let server = MockServer::start_blocking().expect("start");
    assert_eq!(
        post(&server, CREATE, &create_body("tester")).await.status,
        StatusCode::OK
    );
    let address = server.address();
    server.shutdown().await;
    assert!(until_refused(address).await);
}

#[tokio::test]
async fn shutdown_lets_an_in_flight_request_finish_then_closes() {
    let server = MockServer::start().await.expect("start");
    let delay = Duration::from_millis(600);
    server.inject(Fault::delay_headers(delay));
    let address = server.address();
    let started = Instant::now();
    let in_flight = tokio::spawn(send_to(address, signed_create(&server)));
    while server.ledger().total_received() == 0 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    server.shutdown().await;
    assert!(
        started.elapsed() >= delay,
        "shutdown waited for the in-flight request"
    );
    assert!(
        tokio::net::TcpStream::connect(address).await.is_err(),
        "no new connections after shutdown"
    );
    let answer = in_flight
        .await
        .expect("task")
        .expect("the in-flight call completed");
    assert_eq!(answer.status, StatusCode::OK);
}

#[tokio::test]
async fn shutdown_closes_what_is_left_after_the_grace_period() {
    let server = MockServer::builder()
        .shutdown_grace(Duration::from_millis(200))
        .start()
        .await
        .expect("start");
    server.inject(Fault::delay_headers(Duration::from_secs(60)));
    let in_flight = tokio::spawn(send_to(server.address(), signed_create(&server)));
    while server.ledger().total_received() == 0 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let stopped = tokio::time::timeout(Duration::from_secs(10), server.shutdown()).await;
    assert!(stopped.is_ok(), "shutdown did not wait for the 60 s delay");
    assert!(
        in_flight.await.expect("task").is_err(),
        "the stalled call was cut off"
    );
}

#[tokio::test]
async fn dropping_the_handle_stops_the_server() {
    let server = MockServer::start().await.expect("start");
    let address = server.address();
    drop(server);
    assert!(until_refused(address).await);
}

#[tokio::test]
async fn requests_are_recorded_as_received() {
    let server = MockServer::start().await.expect("start");
    let first = signed_create(&server);
    let sent_body = first.body().clone();
    let sent_nonce = first.headers()["x-tc-nonce"]
        .to_str()
        .expect("ascii")
        .to_owned();
    let answer = send(&server, first).await.expect("answer");
    let second = send(&server, signed_create(&server)).await.expect("answer");
    assert_ne!(
        answer.trace(),
        second.trace(),
        "a fresh trace id per response"
    );

    let requests = server.requests();
    let [one, two] = requests.as_slice() else {
        panic!("two requests, got {requests:?}")
    };
    assert_eq!((one.sequence, two.sequence), (0, 1));
    assert_eq!(one.endpoint, Some("create_meeting"));
    assert_eq!(one.method, Method::POST);
    assert_eq!(one.target, CREATE);
    assert_eq!(
        &one.body[..],
        &sent_body[..],
        "the body bytes are exactly the signed bytes"
    );
    assert_eq!(one.header("X-TC-Nonce"), Some(sent_nonce.as_str()));
    assert_ne!(one.header("x-tc-nonce"), two.header("x-tc-nonce"));
    assert_eq!(one.header("SdkId"), Some(wemeet_mock::demo::SDK_ID));
    assert_eq!(one.trace_id, answer.trace());
    assert_eq!(one.outcome, Outcome::Accepted);

    server.clear_requests();
    assert!(server.requests().is_empty());
    assert_eq!(
        server.ledger().of::<CreateMeeting>().received,
        2,
        "counters survive clearing the log"
    );
}

#[tokio::test]
async fn the_request_log_is_bounded() {
    let server = MockServer::builder()
        .request_log_capacity(3)
        .start()
        .await
        .expect("start");
    for _ in 0..5 {
        assert_eq!(
            post(&server, CREATE, &create_body("tester")).await.status,
            StatusCode::OK
        );
    }
    let sequences: Vec<u64> = server
        .requests()
        .iter()
        .map(|request| request.sequence)
        .collect();
    assert_eq!(sequences, [2, 3, 4]);
    assert_eq!(server.ledger().of::<CreateMeeting>().accepted, 5);
}

#[tokio::test]
async fn reset_forgets_meetings_faults_and_requests() {
    let server = MockServer::start().await.expect("start");
    let meeting_id = support::create_meeting(&server, "tester").await;
    server.inject(Fault::malformed_body());
    server.reset();
    assert!(
        server.meetings().is_empty()
            && server.pending_faults().is_empty()
            && server.requests().is_empty()
    );
    assert_eq!(server.backgrounds(&meeting_id), None);
}

#[tokio::test]
async fn a_body_over_the_limit_is_190004() {
    let server = MockServer::builder()
        .body_limit(64)
        .start()
        .await
        .expect("start");
    let answer = post(&server, CREATE, &create_body("tester")).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    assert_eq!(answer.error_code(), ErrorCode::INVALID_PARAMETER);
    assert!(
        answer.message().contains("64 bytes"),
        "{}",
        answer.message()
    );
    assert!(server.meetings().is_empty());
}

#[tokio::test]
async fn unknown_paths_and_methods_get_documented_error_bodies() {
    let server = MockServer::start().await.expect("start");
    let answer = post_bytes(&server, "/v1/nothing-here", b"{}").await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    assert_eq!(answer.error_code(), wemeet_mock::NO_SUCH_ENDPOINT);
    assert!(!answer.trace().is_empty());

    // Cancel is POST only; `/v1/meetings` takes GET (list) and POST (create), and the answer names both.
    let get = signed(
        &server.signer(),
        Method::GET,
        "/v1/meetings/1234567890123456789/cancel",
        Vec::new(),
    );
    let answer = send(&server, get).await.expect("answer");
    assert_eq!(answer.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(answer.message().contains("POST"), "{}", answer.message());
    let delete = signed(&server.signer(), Method::DELETE, CREATE, Vec::new());
    let answer = send(&server, delete).await.expect("answer");
    assert_eq!(answer.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(
        answer.message().contains("GET") && answer.message().contains("POST"),
        "{}",
        answer.message()
    );
    assert_eq!(server.ledger().unknown_received(), 3);
    assert!(
        server
            .requests()
            .iter()
            .all(|request| request.endpoint.is_none())
    );
}

#[tokio::test]
async fn the_query_is_part_of_the_signed_and_recorded_target() {
    let server = MockServer::start().await.expect("start");
    let target = "/v1/meetings?trace=%E4%BC%9A%E8%AE%AE&a=b";
    let body = serde_json::to_vec(&create_body("tester")).expect("encode");
    let answer = send(
        &server,
        signed(&server.signer(), Method::POST, target, body),
    )
    .await
    .expect("answer");
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
    assert_eq!(server.requests()[0].target, target);
}

#[test]
fn start_outside_a_runtime_is_an_error_not_a_panic() {
    let mut start = std::pin::pin!(MockServer::start());
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    match start.as_mut().poll(&mut context) {
        std::task::Poll::Ready(Err(error)) => {
            assert!(error.to_string().contains("start_blocking"), "{error}");
        }
        std::task::Poll::Ready(Ok(_)) => panic!("started without a runtime"),
        std::task::Poll::Pending => panic!("start waited instead of failing"),
    }
}

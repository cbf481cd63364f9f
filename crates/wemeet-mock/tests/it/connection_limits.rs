//! Clients that stall or crowd the mock hold nothing for long: a half-sent request head, a silent or idle
//! connection and a stalled body are closed within their limits, while other clients are served; beyond the
//! connection cap, new connections wait and are served once a slot frees. Real sockets on 127.0.0.1, with short
//! limits set through the builder.

use crate::support;

use std::time::{Duration, Instant};

use bytes::Bytes;
use http::{Method, StatusCode};
use http_body_util::{BodyExt, Full};
use hyper_util::rt::TokioIo;
use support::{CREATE, create_body, post, raw_post, signed};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use wemeet_mock::{LimitError, MockServer, MockServerBuilder, Outcome};
use wemeet_types::ErrorCode;

/// Reads until the server closes the connection (or resets it); panics if it is still open after `limit`.
/// Returns what arrived.
async fn read_until_closed(stream: &mut TcpStream, limit: Duration) -> Vec<u8> {
    let mut received = Vec::new();
    let read = tokio::time::timeout(limit, async {
        let mut chunk = [0_u8; 4096];
        loop {
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => break,
                Ok(read) => received.extend_from_slice(chunk.get(..read).unwrap_or_default()),
            }
        }
    })
    .await;
    assert!(
        read.is_ok(),
        "the server kept the connection open for {limit:?}; got so far {:?}",
        String::from_utf8_lossy(&received)
    );
    received
}

/// Whether anything (bytes or a close) arrives on `stream` within `wait`.
async fn anything_arrives(stream: &mut TcpStream, wait: Duration) -> bool {
    let mut byte = [0_u8; 1];
    tokio::time::timeout(wait, stream.peek(&mut byte))
        .await
        .is_ok()
}

/// A create on a fresh, kept-alive hyper connection over `stream`; returns the request sender and the task that
/// drives the connection (it ends when the server closes it).
async fn keep_alive(
    stream: TcpStream,
) -> (
    hyper::client::conn::http1::SendRequest<Full<Bytes>>,
    tokio::task::JoinHandle<()>,
) {
    let (sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .expect("handshake");
    let driving = tokio::spawn(async move {
        let _ = connection.await;
    });
    (sender, driving)
}

async fn create_on(
    server: &MockServer,
    sender: &mut hyper::client::conn::http1::SendRequest<Full<Bytes>>,
) -> StatusCode {
    let body = serde_json::to_vec(&create_body("tester")).expect("encode");
    let (parts, body) = signed(&server.signer(), Method::POST, CREATE, body).into_parts();
    let response = sender
        .send_request(http::Request::from_parts(
            parts,
            Full::new(Bytes::from(body)),
        ))
        .await
        .expect("an answer on the kept-alive connection");
    let status = response.status();
    response.into_body().collect().await.expect("the body");
    status
}

#[tokio::test]
async fn a_half_sent_head_is_dropped_after_the_header_timeout() {
    let header = Duration::from_millis(300);
    let server = MockServer::builder()
        .header_timeout(header)
        .idle_timeout(Duration::from_secs(20))
        .start()
        .await
        .expect("start");
    let mut stream = TcpStream::connect(server.address()).await.expect("connect");
    stream
        .write_all(b"POST /v1/meetings HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-")
        .await
        .expect("write");
    let started = Instant::now();
    read_until_closed(&mut stream, Duration::from_secs(10)).await;
    let closed_after = started.elapsed();
    // Not the idle timeout (20 s): the head had begun, so the header timeout closed it.
    assert!(closed_after >= header, "closed after {closed_after:?}");
    assert_eq!(
        server.ledger().total_received(),
        0,
        "no request reached the mock"
    );
}

#[tokio::test]
async fn a_silent_connection_outlives_the_header_timeout_and_an_idle_one_is_closed_after_the_idle_timeout()
 {
    let idle = Duration::from_millis(1500);
    let pause = Duration::from_millis(500);
    let server = MockServer::builder()
        .header_timeout(Duration::from_millis(100))
        .idle_timeout(idle)
        .start()
        .await
        .expect("start");
    let stream = TcpStream::connect(server.address()).await.expect("connect");
    // Silent for five header timeouts: idle, not a late head, so still open.
    tokio::time::sleep(pause).await;
    let (mut sender, driving) = keep_alive(stream).await;
    assert_eq!(create_on(&server, &mut sender).await, StatusCode::OK);
    // Kept alive between requests for less than the idle timeout.
    tokio::time::sleep(pause).await;
    assert_eq!(create_on(&server, &mut sender).await, StatusCode::OK);
    let answered = Instant::now();
    tokio::time::timeout(Duration::from_secs(10), driving)
        .await
        .expect("the server closed the idle connection")
        .expect("the connection task");
    let closed_after = answered.elapsed();
    // The idle timer starts when the response is written, a moment before it is read here.
    assert!(
        closed_after >= idle - Duration::from_millis(200),
        "closed after {closed_after:?}"
    );
    assert_eq!(server.ledger().total_received(), 2);

    // A connection that never sends anything is closed after the idle timeout too.
    let mut silent = TcpStream::connect(server.address()).await.expect("connect");
    let connected = Instant::now();
    read_until_closed(&mut silent, Duration::from_secs(10)).await;
    let closed_after = connected.elapsed();
    assert!(closed_after >= idle, "closed after {closed_after:?}");
}

#[tokio::test]
async fn a_stalled_body_is_refused_within_the_body_timeout_while_others_are_served() {
    let body_timeout = Duration::from_millis(800);
    let server = MockServer::builder()
        .body_timeout(body_timeout)
        .start()
        .await
        .expect("start");
    // Kept alive: the close must come from the unread body, not from the request asking for it.
    let request = String::from_utf8(raw_post(&server, CREATE, &create_body("stalled")))
        .expect("utf-8")
        .replace("connection: close", "connection: keep-alive")
        .into_bytes();
    let head_end = request
        .windows(4)
        .position(|window| window == b"\r\n\r\n")
        .expect("a head")
        + 4;
    // The whole head, and 10 of the body's declared bytes.
    let mut stalled = TcpStream::connect(server.address()).await.expect("connect");
    stalled
        .write_all(request.get(..head_end + 10).expect("a body"))
        .await
        .expect("write");
    let started = Instant::now();

    let other = post(&server, CREATE, &create_body("other")).await;
    assert_eq!(other.status, StatusCode::OK, "{:?}", other.body);
    assert!(
        started.elapsed() < body_timeout,
        "the other client was served while the body stalled"
    );

    let answer = read_until_closed(&mut stalled, Duration::from_secs(10)).await;
    let answered_after = started.elapsed();
    assert!(
        answered_after >= body_timeout,
        "answered after {answered_after:?}"
    );
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
    assert!(
        answer.contains(&format!(
            "\"error_code\":{}",
            ErrorCode::INVALID_PARAMETER.get()
        )),
        "{answer}"
    );
    assert!(answer.contains("did not arrive within"), "{answer}");
    let stalled_record = server
        .requests()
        .into_iter()
        .find(|request| {
            matches!(&request.outcome, Outcome::Rejected { message, .. } if message.contains("did not arrive"))
        })
        .expect("the stalled request is recorded as refused");
    assert!(stalled_record.body.is_empty());
    assert_eq!(
        server.meetings().len(),
        1,
        "only the other client's meeting"
    );
}

#[tokio::test]
async fn beyond_the_connection_cap_a_connection_waits_and_is_served_once_a_slot_frees() {
    let server = MockServer::builder()
        .max_connections(2)
        .idle_timeout(Duration::from_secs(30))
        .start()
        .await
        .expect("start");
    // Two silent connections take both slots (the listen backlog is first come, first served).
    let first = TcpStream::connect(server.address()).await.expect("connect");
    let _second = TcpStream::connect(server.address()).await.expect("connect");
    let mut third = TcpStream::connect(server.address())
        .await
        .expect("the kernel completes the handshake of a waiting connection");
    third
        .write_all(&raw_post(&server, CREATE, &create_body("third")))
        .await
        .expect("write");
    assert!(
        !anything_arrives(&mut third, Duration::from_millis(500)).await,
        "the third connection was served while both slots were taken"
    );
    assert_eq!(server.ledger().total_received(), 0);

    drop(first);
    let answer = read_until_closed(&mut third, Duration::from_secs(10)).await;
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert_eq!(server.meetings().len(), 1);
}

#[tokio::test]
async fn a_zero_limit_is_refused_naming_it_and_huge_ones_work() {
    let zero: [(MockServerBuilder, &str); 4] = [
        (
            MockServer::builder().header_timeout(Duration::ZERO),
            "header_timeout",
        ),
        (
            MockServer::builder().idle_timeout(Duration::ZERO),
            "idle_timeout",
        ),
        (
            MockServer::builder().body_timeout(Duration::ZERO),
            "body_timeout",
        ),
        (MockServer::builder().max_connections(0), "max_connections"),
    ];
    for (builder, setting) in zero {
        let error = builder.start().await.expect_err("zero refused");
        assert_eq!(error.kind(), std::io::ErrorKind::InvalidInput);
        assert!(error.to_string().contains(setting), "{error}");
        let typed = error
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<LimitError>());
        assert_eq!(typed, Some(&LimitError::Zero { setting }));
    }

    let server = MockServer::builder()
        .header_timeout(Duration::MAX)
        .idle_timeout(Duration::MAX)
        .body_timeout(Duration::MAX)
        .max_connections(usize::MAX)
        .start()
        .await
        .expect("huge limits start");
    let answer = post(&server, CREATE, &create_body("tester")).await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
}

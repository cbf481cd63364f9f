//! Clients that stall or crowd the mock hold nothing for long: a half-sent request head, a silent or idle
//! connection and a stalled body are closed within their limits, while other clients are served; at the
//! connection cap, the connection idle the longest is closed for a newcomer, and with none idle the newcomer waits
//! until a slot frees. Real sockets on 127.0.0.1, with short limits set through the builder.

use crate::support;

use std::time::{Duration, Instant};

use bytes::Bytes;
use http::{Method, StatusCode};
use http_body_util::{BodyExt, Full};
use hyper_util::rt::TokioIo;
use support::{CREATE, create_body, post, raw_post, signed};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use wemeet_mock::{Fault, LimitError, MockServer, MockServerBuilder, Outcome};
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

/// The beginning of a request head: a connection that sent it is busy reading a request, not idle.
const HALF_A_HEAD: &[u8] = b"POST /v1/meetings HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-";

#[tokio::test]
async fn beyond_the_connection_cap_with_none_idle_a_connection_waits_and_is_served_once_a_slot_frees()
 {
    let server = MockServer::builder()
        .max_connections(2)
        .header_timeout(Duration::from_secs(30))
        .start()
        .await
        .expect("start");
    // Two connections in the middle of a request head take both slots: busy, so neither is closed for another.
    let mut first = TcpStream::connect(server.address()).await.expect("connect");
    first.write_all(HALF_A_HEAD).await.expect("write");
    let mut second = TcpStream::connect(server.address()).await.expect("connect");
    second.write_all(HALF_A_HEAD).await.expect("write");
    let mut third = TcpStream::connect(server.address())
        .await
        .expect("the kernel completes the handshake of a waiting connection");
    third
        .write_all(&raw_post(&server, CREATE, &create_body("third")))
        .await
        .expect("write");
    assert!(
        !anything_arrives(&mut third, Duration::from_millis(500)).await,
        "the third connection was served while both slots were busy"
    );
    assert_eq!(server.ledger().total_received(), 0);

    drop(first);
    let answer = read_until_closed(&mut third, Duration::from_secs(10)).await;
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert_eq!(server.meetings().len(), 1);
    assert!(
        !anything_arrives(&mut second, Duration::from_millis(100)).await,
        "the busy second connection was closed"
    );
}

#[tokio::test]
async fn a_cap_full_of_idle_connections_serves_a_signed_request_within_the_head_timeout() {
    let connections = 64;
    let header = Duration::from_secs(2);
    let server = MockServer::builder()
        .max_connections(connections)
        .header_timeout(header)
        .idle_timeout(MockServerBuilder::DEFAULT_IDLE_TIMEOUT)
        .start()
        .await
        .expect("start");
    // Connect and send nothing: every slot is held by an idle connection.
    let mut idle = Vec::new();
    for _ in 0..connections {
        idle.push(TcpStream::connect(server.address()).await.expect("connect"));
    }
    tokio::time::sleep(Duration::from_millis(200)).await;

    let started = Instant::now();
    let answer = tokio::time::timeout(header, post(&server, CREATE, &create_body("waiting")))
        .await
        .unwrap_or_else(|_| {
            panic!("the signed create waited more than the head timeout ({header:?}) behind idle connections")
        });
    let waited = started.elapsed();
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
    assert_eq!(server.meetings().len(), 1);
    // One idle connection made room; most of the others are still open.
    let mut closed = 0;
    for stream in &mut idle {
        if anything_arrives(stream, Duration::from_millis(5)).await {
            closed += 1;
        }
    }
    assert!(
        (1..connections / 2).contains(&closed),
        "{closed} of {connections} idle connections were closed; the create waited {waited:?}"
    );
}

#[tokio::test]
async fn at_the_cap_the_connection_idle_longest_is_closed_first_used_or_not() {
    let server = MockServer::builder()
        .max_connections(3)
        .idle_timeout(Duration::from_secs(30))
        .start()
        .await
        .expect("start");
    // Idle longest: a kept-alive connection whose request was answered.
    let kept = TcpStream::connect(server.address()).await.expect("connect");
    let (mut sender, driving) = keep_alive(kept).await;
    assert_eq!(create_on(&server, &mut sender).await, StatusCode::OK);
    tokio::time::sleep(Duration::from_millis(100)).await;
    // Then one that never sent anything, then one busy with a request head.
    let mut silent = TcpStream::connect(server.address()).await.expect("connect");
    tokio::time::sleep(Duration::from_millis(100)).await;
    let mut busy = TcpStream::connect(server.address()).await.expect("connect");
    busy.write_all(HALF_A_HEAD).await.expect("write");
    tokio::time::sleep(Duration::from_millis(100)).await;

    // A newcomer closes the kept-alive connection, idle since its answer, and only that one. It keeps its own
    // connection open, so that the next newcomer needs room too.
    let newcomer = TcpStream::connect(server.address()).await.expect("connect");
    let (mut newcomer, _newcomer_driving) = keep_alive(newcomer).await;
    assert_eq!(create_on(&server, &mut newcomer).await, StatusCode::OK);
    tokio::time::timeout(Duration::from_secs(1), driving)
        .await
        .expect("the kept-alive connection, idle the longest, was closed")
        .expect("the connection task");
    assert!(
        !anything_arrives(&mut silent, Duration::from_millis(100)).await,
        "the silent connection was closed too"
    );
    // The next newcomer closes the silent one, now idle the longest; the busy one stays.
    let next = TcpStream::connect(server.address()).await.expect("connect");
    let (mut next, _next_driving) = keep_alive(next).await;
    assert_eq!(create_on(&server, &mut next).await, StatusCode::OK);
    read_until_closed(&mut silent, Duration::from_secs(1)).await;
    assert!(
        !anything_arrives(&mut busy, Duration::from_millis(100)).await,
        "the connection in the middle of a head was closed"
    );
    assert_eq!(server.ledger().total_received(), 3);
}

#[tokio::test]
async fn a_waiting_client_takes_the_slot_of_a_busy_connection_once_its_answer_is_sent() {
    let delay = Duration::from_millis(300);
    let server = MockServer::builder()
        .max_connections(1)
        .idle_timeout(Duration::from_secs(30))
        .start()
        .await
        .expect("start");
    // The only slot: a kept-alive connection whose create is answered `delay` late.
    server.inject(Fault::delay_headers(delay));
    let body = serde_json::to_vec(&create_body("busy")).expect("encode");
    let (parts, body) = signed(&server.signer(), Method::POST, CREATE, body).into_parts();
    let request = http::Request::from_parts(parts, Full::new(Bytes::from(body)));
    let stream = TcpStream::connect(server.address()).await.expect("connect");
    let (mut sender, driving) = keep_alive(stream).await;
    let busy = tokio::spawn(async move {
        let response = sender.send_request(request).await.expect("an answer");
        let status = response.status();
        response
            .into_body()
            .collect()
            .await
            .expect("the whole body");
        (status, sender)
    });
    tokio::time::sleep(Duration::from_millis(100)).await;

    let started = Instant::now();
    let answer = tokio::time::timeout(
        Duration::from_secs(5),
        post(&server, CREATE, &create_body("waiting")),
    )
    .await
    .expect("served once the busy connection turned idle, not after its idle timeout");
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
    // The busy call was answered in full first: only then was its connection idle, and closed.
    let (status, _sender) = busy.await.expect("the busy call");
    assert_eq!(status, StatusCode::OK);
    tokio::time::timeout(Duration::from_secs(1), driving)
        .await
        .expect("the connection, idle after its answer, was closed")
        .expect("the connection task");
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(server.meetings().len(), 2);
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

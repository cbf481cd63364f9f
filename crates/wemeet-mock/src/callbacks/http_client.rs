//! Sending one callback request (a URL verification or an event delivery) over plain HTTP/1.1, hyper's client
//! connection on a tokio `TcpStream`, and judging the answer against the one the service requires.

use std::time::Duration;

use axum::body::Body;
use bytes::Bytes;
use http::header::HOST;
use http::{HeaderValue, Request, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;
use tokio::task::JoinHandle;

use crate::callbacks::timestamp::unix_millis;
use crate::callbacks::url::CallbackUrl;

/// How a receiver answered a callback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Answer {
    /// HTTP 200 with exactly the expected body.
    Expected,
    /// Another status than 200.
    Status(u16),
    /// HTTP 200 with another body (or one too long, or cut short).
    WrongBody,
    /// No complete answer within the timeout.
    Timeout,
    /// No connection, or it broke before a complete answer (the reason holds no byte of the exchange).
    Unreachable(String),
}

/// The longest answer body read: the required answers are a few dozen bytes.
const ANSWER_LIMIT: usize = 64 * 1024;

/// Sends `request` to `url` on a fresh connection and judges the answer: HTTP 200 with exactly `expected`,
/// complete within `timeout` (connecting included). Never fails otherwise: every outcome is an [`Answer`].
pub(crate) async fn send(
    url: &CallbackUrl,
    request: Request<Vec<u8>>,
    expected: &[u8],
    timeout: Duration,
) -> Answer {
    match tokio::time::timeout(timeout, exchange(url, request)).await {
        Err(_elapsed) => Answer::Timeout,
        Ok(Err(reason)) => Answer::Unreachable(reason),
        Ok(Ok((StatusCode::OK, Some(body)))) if body == expected => Answer::Expected,
        Ok(Ok((StatusCode::OK, _))) => Answer::WrongBody,
        Ok(Ok((status, _))) => Answer::Status(status.as_u16()),
    }
}

/// The service's clock in milliseconds (the docs' example timestamp has 13 digits) and a fresh 8-digit nonce
/// (as in the docs' example), for signing a callback.
pub(crate) fn stamp() -> (u64, u64) {
    (
        unix_millis(),
        crate::random::in_range(10_000_000, 99_999_999),
    )
}

/// The status and, for a 200, the body (`None` when longer than [`ANSWER_LIMIT`]).
async fn exchange(
    url: &CallbackUrl,
    mut request: Request<Vec<u8>>,
) -> Result<(StatusCode, Option<Bytes>), String> {
    let host = HeaderValue::from_str(&url.authority)
        .map_err(|_| "the URL's host is not a valid Host header".to_owned())?;
    request.headers_mut().insert(HOST, host);
    let stream = TcpStream::connect((url.host.as_str(), url.port))
        .await
        .map_err(|error| format!("connecting to {}: {error}", url.authority))?;
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|error| format!("HTTP/1.1 handshake: {error}"))?;
    let _connection = AbortOnDrop(tokio::spawn(connection));
    let response = sender
        .send_request(request.map(Body::from))
        .await
        .map_err(|error| format!("no answer: {error}"))?;
    let status = response.status();
    if status != StatusCode::OK {
        return Ok((status, None));
    }
    match axum::body::to_bytes(Body::new(response.into_body()), ANSWER_LIMIT).await {
        Ok(body) => Ok((status, Some(body))),
        // Too long, or cut short: either way not the answer required.
        Err(_) => Ok((status, None)),
    }
}

/// Ends the connection's task when the exchange ends, completed, failed or timed out: a receiver that never
/// answers keeps no task or socket alive.
struct AbortOnDrop<T>(JoinHandle<T>);

impl<T> Drop for AbortOnDrop<T> {
    fn drop(&mut self) {
        self.0.abort();
    }
}

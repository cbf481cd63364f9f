//! Turning an answer into HTTP bytes on the wire, normally or the way an injected fault dictates.

use std::convert::Infallible;
use std::time::Duration;

use axum::body::Body;
use axum::response::Response;
use bytes::Bytes;
use futures_util::StreamExt as _;
use futures_util::stream;
use http::{HeaderValue, StatusCode, header};
use wemeet_types::TRACE_HEADER;

use crate::api::error::{ApiError, JSON_CONTENT_TYPE};
use crate::api::fault::{Fault, FaultKind};
use crate::server::connection::ConnectionControl;

/// An answer before it is put on the wire: a status and the body bytes (JSON, or empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Reply {
    pub(crate) status: StatusCode,
    pub(crate) body: Bytes,
}

impl Reply {
    /// The answer a fault gives instead of the real one, if it replaces it.
    pub(crate) fn from_fault(fault: &Fault) -> Option<Self> {
        match fault.kind() {
            FaultKind::Respond { status } => Some(Self {
                status: *status,
                body: fault.body().clone(),
            }),
            FaultKind::MalformedBody => Some(Self {
                status: StatusCode::OK,
                body: fault.body().clone(),
            }),
            _ => None,
        }
    }
}

/// Puts `reply` on the wire, shaped by `fault` if one struck; `trace_id` goes into `X-TC-Trace`.
///
/// A fault that closes the connection does so through `control`; the returned future then never completes (the
/// connection task drops it along with the connection).
pub(crate) async fn deliver(
    reply: Reply,
    fault: Option<&Fault>,
    trace_id: &str,
    control: Option<ConnectionControl>,
) -> Response {
    let response = match fault.map(Fault::kind) {
        None | Some(FaultKind::Respond { .. } | FaultKind::MalformedBody) => plain(reply),
        Some(FaultKind::OversizedBody { len }) => oversized(*len),
        Some(FaultKind::DropConnection) => {
            close(control.as_ref()).await;
            // Only reached without a connection to close, which the server never does.
            ApiError::internal("the connection could not be dropped").into_response()
        }
        Some(FaultKind::DelayHeaders(delay)) => {
            tokio::time::sleep(*delay).await;
            plain(reply)
        }
        Some(FaultKind::DelayMidBody(delay)) => split(reply, Cut::Stall(*delay)),
        Some(FaultKind::TruncatedBody) => split(reply, Cut::Close(control)),
    };
    with_trace(response, trace_id)
}

/// Adds `X-TC-Trace` to a response.
pub(crate) fn with_trace(mut response: Response, trace_id: &str) -> Response {
    if let Ok(value) = HeaderValue::from_str(trace_id) {
        response.headers_mut().insert(TRACE_HEADER, value);
    }
    response
}

/// The response for `reply` as it is: a JSON content type unless the body is empty.
pub(crate) fn plain(reply: Reply) -> Response {
    let empty = reply.body.is_empty();
    let mut response = Response::new(Body::from(reply.body));
    *response.status_mut() = reply.status;
    if !empty {
        response
            .headers_mut()
            .insert(header::CONTENT_TYPE, JSON_CONTENT_TYPE.clone());
    }
    response
}

/// A valid JSON object `{"padding":"xxx…"}` of exactly `len` bytes, streamed in 64 KiB chunks.
fn oversized(len: usize) -> Response {
    const HEAD: &[u8] = b"{\"padding\":\"";
    const TAIL: &[u8] = b"\"}";
    const CHUNK: usize = 64 * 1024;
    let filler = len.saturating_sub(HEAD.len() + TAIL.len());
    let chunk = Bytes::from(vec![b'x'; CHUNK.min(filler)]);
    let filler_chunks = stream::unfold(filler, move |left| {
        let chunk = chunk.clone();
        async move {
            (left > 0).then(|| {
                let size = left.min(CHUNK);
                (chunk.slice(..size), left - size)
            })
        }
    });
    let pieces = stream::once(async { Bytes::from_static(HEAD) })
        .chain(filler_chunks)
        .chain(stream::once(async { Bytes::from_static(TAIL) }));
    let mut response = Response::new(Body::from_stream(pieces.map(Ok::<_, Infallible>)));
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, JSON_CONTENT_TYPE.clone());
    response.headers_mut().insert(
        header::CONTENT_LENGTH,
        HeaderValue::from(HEAD.len() + filler + TAIL.len()),
    );
    response
}

/// Closes the connection through `control`, never completing; returns at once if there is no `control`.
async fn close(control: Option<&ConnectionControl>) {
    if let Some(control) = control {
        control.drop_connection();
        std::future::pending::<()>().await;
    }
}

/// What happens after the first half of a body.
enum Cut {
    /// Wait, then send the rest.
    Stall(Duration),
    /// Close the connection.
    Close(Option<ConnectionControl>),
}

/// Sends the headers and the first half of the body, then stalls or closes the connection as `cut` says.
///
/// A non-empty body is announced with its full `Content-Length`; an empty one travels chunked, so that it too can
/// be stalled or cut before its end.
fn split(reply: Reply, cut: Cut) -> Response {
    let total = reply.body.len();
    let half = total.div_ceil(2);
    let head = reply.body.slice(..half);
    let rest = reply.body.slice(half..);
    let pieces = stream::unfold(Some((head, rest, cut)), |state| async move {
        let (head, rest, cut) = state?;
        if !head.is_empty() {
            return Some((head, Some((Bytes::new(), rest, cut))));
        }
        match cut {
            Cut::Stall(delay) => {
                tokio::time::sleep(delay).await;
                (!rest.is_empty()).then_some((rest, None))
            }
            Cut::Close(control) => {
                // Pending once lets hyper flush what it has, then the connection goes.
                tokio::task::yield_now().await;
                close(control.as_ref()).await;
                // Without a connection to close, ending short of Content-Length makes hyper close it.
                None
            }
        }
    });
    let mut response = Response::new(Body::from_stream(pieces.map(Ok::<_, Infallible>)));
    *response.status_mut() = reply.status;
    if total > 0 {
        response
            .headers_mut()
            .insert(header::CONTENT_TYPE, JSON_CONTENT_TYPE.clone());
        response
            .headers_mut()
            .insert(header::CONTENT_LENGTH, HeaderValue::from(total));
    }
    response
}

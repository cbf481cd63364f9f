//! The path every request takes: read, record, maybe fault, authenticate, decode, handle, answer.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::Request;
use axum::response::Response;
use bytes::Bytes;
use http::request::Parts;

use crate::api_error::ApiError;
use crate::authenticate::authenticate;
use crate::connection::ConnectionControl;
use crate::delivery::{Reply, deliver, plain, with_trace};
use crate::endpoints::Service;
use crate::fault::Fault;
use crate::ids;
use crate::ledger::{Outcome, RecordedRequest};
use crate::state::{App, lock};

/// Serves one call of endpoint `E` with the path parameters the router extracted.
///
/// Every call is recorded before anything else happens; an injected fault for `E` then either answers in its
/// place or shapes the real answer. Otherwise the call is authenticated, decoded and handled, in that order.
/// Every answer carries a fresh `X-TC-Trace`.
pub(crate) async fn run<E: Service>(
    app: Arc<App>,
    request: Request,
    params: Result<E::Params, ApiError>,
) -> Response {
    let control = request.extensions().get::<ConnectionControl>().cloned();
    let trace_id = ids::trace_id();
    let (parts, body) = request.into_parts();
    let (body, too_large) = read_body(body, app.body_limit).await;
    let sequence = record(&app, Some(E::NAME), &parts, &body, &trace_id);
    let fault = lock(&app.faults).take(E::NAME);

    let (reply, outcome) = if fault.as_ref().is_none_or(Fault::handles_call_first) {
        let request = http::Request::from_parts(parts, body);
        let result = match too_large {
            Some(error) => Err(error),
            None => authenticate(&app.verifier, &request).and_then(|caller| {
                let params = params?;
                let decoded = E::decode(request.body())?;
                E::handle(&mut lock(&app.store), &caller, params, decoded)
            }),
        };
        settle(result)
    } else {
        (
            Reply {
                status: http::StatusCode::OK,
                body: Bytes::new(),
            },
            Outcome::Intercepted,
        )
    };
    let reply = fault.as_ref().and_then(Reply::from_fault).unwrap_or(reply);
    // Names, codes and ids only: never headers or bodies, which carry signatures.
    tracing::debug!(
        endpoint = E::NAME,
        sequence,
        trace_id,
        status = reply.status.as_u16(),
        ?outcome,
        fault = ?fault.as_ref().map(Fault::kind),
        "wemeet-mock: call served"
    );
    lock(&app.log).settle(
        sequence,
        Some(E::NAME),
        outcome,
        fault.as_ref().map(|fault| fault.kind().clone()),
    );
    deliver(reply, fault.as_ref(), &trace_id, control).await
}

/// Serves a call the mock has no endpoint for: recorded, then answered with `error`.
pub(crate) async fn refuse(app: Arc<App>, request: Request, error: ApiError) -> Response {
    let trace_id = ids::trace_id();
    let (parts, body) = request.into_parts();
    let (body, _) = read_body(body, app.body_limit).await;
    let sequence = record(&app, None, &parts, &body, &trace_id);
    let (reply, outcome) = settle(Err(error));
    lock(&app.log).settle(sequence, None, outcome, None);
    with_trace(plain(reply), &trace_id)
}

fn settle(result: Result<Reply, ApiError>) -> (Reply, Outcome) {
    match result {
        Ok(reply) => (reply, Outcome::Accepted),
        Err(error) => {
            let outcome = Outcome::Rejected {
                status: error.status().as_u16(),
                error_code: error.code(),
                message: error.message().to_owned(),
            };
            (
                Reply {
                    status: error.status(),
                    body: error.body().into(),
                },
                outcome,
            )
        }
    }
}

/// Reads at most `limit` bytes of body; a larger (or broken) body is recorded empty and refused with 190004.
async fn read_body(body: Body, limit: usize) -> (Bytes, Option<ApiError>) {
    match axum::body::to_bytes(body, limit).await {
        Ok(bytes) => (bytes, None),
        Err(error) => (
            Bytes::new(),
            Some(ApiError::invalid_parameter(format!(
                "the request body could not be read (at most {limit} bytes are accepted): {error}"
            ))),
        ),
    }
}

fn record(
    app: &App,
    endpoint: Option<&'static str>,
    parts: &Parts,
    body: &Bytes,
    trace_id: &str,
) -> u64 {
    let target = parts.uri.path_and_query().map_or_else(
        || parts.uri.path().to_owned(),
        |target| target.as_str().to_owned(),
    );
    lock(&app.log).record(RecordedRequest {
        sequence: 0,
        endpoint,
        method: parts.method.clone(),
        target,
        headers: parts.headers.clone(),
        body: body.clone(),
        trace_id: trace_id.to_owned(),
        outcome: Outcome::Pending,
        fault: None,
    })
}

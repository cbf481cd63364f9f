//! The path every request takes: read, record, authenticate, maybe fault, decode, validate, behave, answer.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::Request;
use axum::response::Response;
use bytes::Bytes;
use http::request::Parts;
use wemeet_types::{EncodeRequest, Endpoint, PathParams, ResponseBody, Validate};

use crate::api::authenticate::{Caller, authenticate};
use crate::api::behaviours::{self, Call};
use crate::api::decode::{self, Received};
use crate::api::error::ApiError;
use crate::api::fault::Fault;
use crate::api::form::{self, FormPart};
use crate::api::ids;
use crate::api::ledger::{Outcome, RecordedRequest};
use crate::api::wire_types::request_schema;
use crate::callbacks::emitter::Emitter;
use crate::handle::state::{App, lock};
use crate::server::connection::ConnectionControl;
use crate::server::reply::{Reply, deliver, plain, with_trace};

/// Serves one call of endpoint `E` with the path parameters the router extracted.
///
/// Every call is recorded before anything else happens, then authenticated. An injected fault for `E` strikes
/// an authenticated call (or any call, for a fault made with [`Fault::even_unauthenticated`]) and either answers
/// in its place or shapes the real answer. Otherwise the call is decoded, validated with the very rules the
/// clients check (generated from the schemas) and handed to the endpoint's behaviour. Every answer carries a
/// fresh `X-TC-Trace`.
pub(crate) async fn run<E: Endpoint>(
    app: Arc<App>,
    request: Request,
    path: Result<E::Path, ApiError>,
) -> Response {
    let control = request.extensions().get::<ConnectionControl>().cloned();
    let trace_id = ids::trace_id();
    let (parts, body) = request.into_parts();
    let (body, too_large) = read_body(body, &app).await;
    let sequence = record(&app, Some(E::NAME), &parts, &body, &trace_id);
    // A multipart form is signed as if the body were empty (表单数据不作为签名的部分); it is read here, and refused
    // (if malformed) only once the call is authenticated.
    let multipart = form::is_multipart(&parts.headers);
    let form = match (multipart, &too_large) {
        (true, None) => Some(form::parts(&parts.headers, body.clone()).await),
        _ => None,
    };
    let signed = if multipart {
        Bytes::new()
    } else {
        body.clone()
    };
    let request = http::Request::from_parts(parts, signed);
    let caller = match too_large {
        Some(error) => Err(error),
        None => authenticate(
            &app.verifier,
            &lock(&app.tokens),
            app.clock.now_unix_seconds(),
            E::OAUTH2,
            &request,
        ),
    };
    let fault = lock(&app.faults).take(E::NAME, caller.is_ok());

    let (reply, outcome) = if fault.as_ref().is_none_or(Fault::handles_call_first) {
        let received = Arrived {
            request: &request,
            body: &body,
            form,
        };
        let result =
            caller.and_then(|caller| handle::<E>(&app, &caller, received, path, &trace_id));
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
    // Names, codes and ids only: never headers or bodies, which carry signatures and passwords.
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

/// What arrived of a call: the request (with the body its signature covers), the body as received and, for a
/// multipart form, its parts (or why they could not be read).
struct Arrived<'a> {
    request: &'a http::Request<Bytes>,
    body: &'a Bytes,
    form: Option<Result<Vec<FormPart>, ApiError>>,
}

/// Decodes, validates and hands an authenticated call to its behaviour (or the default answer); the events the
/// behaviour emitted go to the outbox once the answer is ready.
fn handle<E: Endpoint>(
    app: &App,
    caller: &Caller,
    arrived: Arrived<'_>,
    path: Result<E::Path, ApiError>,
    trace_id: &str,
) -> Result<Reply, ApiError> {
    let path = path?;
    let parts = arrived.form.transpose()?;
    let received = Received {
        query: arrived.request.uri().query().unwrap_or(""),
        body: arrived.body,
        form: parts.as_deref(),
    };
    let (decoded, arrival) = decode::request::<E::Request>(request_schema(E::NAME), received)?;
    let encoded = decoded
        .encode()
        .map_err(|error| ApiError::internal(format!("encoding the request again: {error}")))?;
    decode::placement(&encoded, &arrival)?;
    path.validate()?;
    decoded.validate()?;
    let events = Emitter::new(trace_id);
    let response = match app.behaviours.get::<E>() {
        Some(behave) => {
            // A behaviour may make the meeting it acts on heavier: the store counts it again and stays bounded.
            let touched = path.param("meeting_id").map(str::to_owned);
            let call = Call {
                caller,
                path,
                request: decoded,
                events: &events,
                now: app.clock.now_unix_seconds(),
            };
            let mut store = lock(&app.store);
            let answer = behave(&mut store, call);
            if let Some(meeting_id) = touched {
                store.account(&meeting_id);
            }
            answer?
        }
        None => behaviours::default_answer::<E>()?,
    };
    let body = response
        .to_body()
        .map_err(|error| ApiError::internal(format!("encoding the answer: {error}")))?;
    app.outbox.publish(events.into_events());
    Ok(Reply {
        status: http::StatusCode::OK,
        body: body.into(),
    })
}

/// Serves a call the mock has no endpoint for: recorded, then answered with `error`.
pub(crate) async fn refuse(app: Arc<App>, request: Request, error: ApiError) -> Response {
    let trace_id = ids::trace_id();
    let (parts, body) = request.into_parts();
    let (body, _) = read_body(body, &app).await;
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
                error_code: error.code().get(),
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

/// Reads the body, at most `app.body_limit` bytes within `app.body_timeout`; a larger, broken or late body is
/// recorded empty and refused with 190004. A late body's connection is then closed (hyper cannot keep a
/// connection whose body was not read to its end), so a stalled client holds nothing past the timeout.
async fn read_body(body: Body, app: &App) -> (Bytes, Option<ApiError>) {
    let limit = app.body_limit;
    match tokio::time::timeout(app.body_timeout, axum::body::to_bytes(body, limit)).await {
        Ok(Ok(bytes)) => (bytes, None),
        Ok(Err(error)) => (
            Bytes::new(),
            Some(ApiError::invalid_parameter(format!(
                "the request body could not be read (at most {limit} bytes are accepted): {error}"
            ))),
        ),
        Err(_) => (
            Bytes::new(),
            Some(ApiError::invalid_parameter(format!(
                "the request body did not arrive within {:?} of its head",
                app.body_timeout
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

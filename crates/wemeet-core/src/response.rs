//! From status, headers and body to the typed response or a typed error.

use std::fmt;
use std::ops::Deref;

use http::StatusCode;
use wemeet_types::ErrorResponse;

use crate::{Error, RawResponse};

/// A successful call's answer: the decoded body, and what the service said about the call.
///
/// It dereferences to the body, so `client.create_meeting(&request).await?.meeting_info_list` reads the body
/// directly; [`trace_id`](Self::trace_id) is the `X-TC-Trace` id the service gave this call (the id its support
/// asks for, and the `trace_id` of the `meeting.medium-uploaded` event that reports an add-backgrounds upload).
///
/// ```
/// # use wemeet_core::Response;
/// # fn show(response: Response<wemeet_types::AddMeetingBackgroundsResponse>) {
/// let ids: Vec<_> = response.background_list.iter().flatten().map(|b| &b.background_id).collect();
/// println!("{ids:?}, trace id {:?}", response.trace_id());
/// let body = response.into_inner();
/// # let _ = body; }
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Response<T> {
    body: T,
    status: StatusCode,
    trace_id: Option<String>,
}

impl<T> Response<T> {
    /// A response made of its parts.
    pub fn new(body: T, status: StatusCode, trace_id: Option<String>) -> Self {
        Response {
            body,
            status,
            trace_id,
        }
    }

    /// The decoded body.
    pub fn body(&self) -> &T {
        &self.body
    }

    /// The decoded body, without the rest.
    pub fn into_inner(self) -> T {
        self.body
    }

    /// The HTTP status (a 2xx).
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The `X-TC-Trace` response header, when the service sent a readable one.
    pub fn trace_id(&self) -> Option<&str> {
        self.trace_id.as_deref()
    }
}

impl<T> Deref for Response<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.body
    }
}

impl<T: fmt::Debug> fmt::Debug for Response<T> {
    /// The body's own `Debug` (the models hide their credentials), the status and the trace id.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Response")
            .field("status", &self.status)
            .field("trace_id", &self.trace_id)
            .field("body", &self.body)
            .finish()
    }
}

/// Decodes a response: a 2xx status is success (an empty body too, for endpoints that answer with one), any
/// other status an API error read from the documented `error_info` body.
pub(crate) fn decode<R>(
    raw: &RawResponse,
    body: fn(&[u8]) -> Result<R, serde_json::Error>,
) -> Result<Response<R>, Error> {
    if raw.status.is_success() {
        body(&raw.body)
            .map(|body| Response::new(body, raw.status, raw.trace_id()))
            .map_err(|error| Error::decode(raw.status, &error, raw.body.len(), raw.trace_id()))
    } else {
        Err(api_error(raw))
    }
}

fn api_error(raw: &RawResponse) -> Error {
    match serde_json::from_slice::<ErrorResponse>(&raw.body) {
        Ok(body) => Error::Api {
            status: raw.status,
            error_code: body.error_info.error_code.into(),
            new_error_code: body.error_info.new_error_code,
            message: body.error_info.message,
            trace_id: raw.trace_id(),
        },
        Err(error) => Error::decode(raw.status, &error, raw.body.len(), raw.trace_id()),
    }
}

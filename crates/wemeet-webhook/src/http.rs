//! `http` 1.x integration (feature `http`): take an `http::Request`, give an `http::Response`.

use std::fmt;

use http::header::{CONTENT_TYPE, HeaderValue};
use http::{Method, Request, Response, StatusCode};

use crate::error::WebhookError;
use crate::event::Event;
use crate::protocol::{SIGNATURE_HEADER, SUCCESS_RESPONSE};
use crate::received_headers::ReceivedHeaders;
use crate::receiver::{logged_event, logged_url};
use crate::sender::{Delivery, SignedHeaders, UrlVerification};
use crate::webhook::Webhook;

/// A callback request that verified: what to answer, and the event if it was one. `Debug` shows the length of
/// a URL verification's answer, not the answer.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum Received {
    /// A URL verification (or heartbeat): answer it with these bytes.
    UrlVerification(Vec<u8>),
    /// An event: handle it (once: see [`Deduplicator`](crate::Deduplicator)) and answer with
    /// [`SUCCESS_RESPONSE`].
    Event(Event),
}

impl Received {
    /// The event, if the request delivered one.
    pub fn event(&self) -> Option<&Event> {
        match self {
            Self::Event(event) => Some(event),
            Self::UrlVerification(_) => None,
        }
    }

    /// The answer the service requires: HTTP 200 with the decoded `check_str`, or with
    /// [`SUCCESS_RESPONSE`], as `text/plain` with nothing added.
    pub fn response(&self) -> Response<Vec<u8>> {
        let body = match self {
            Self::UrlVerification(answer) => answer.clone(),
            Self::Event(_) => SUCCESS_RESPONSE.as_bytes().to_vec(),
        };
        text_response(StatusCode::OK, body)
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
impl WebhookError {
    /// The answer to a refused request: [`status_code`](Self::status_code) and the error's message as
    /// `text/plain` (which holds no secret and nothing of the request). The service retries an event answered
    /// with anything but 200.
    pub fn response(&self) -> Response<Vec<u8>> {
        let status = StatusCode::from_u16(self.status_code()).unwrap_or(StatusCode::BAD_REQUEST);
        text_response(status, self.to_string().into_bytes())
    }
}

impl fmt::Debug for Received {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UrlVerification(answer) => f
                .debug_struct("UrlVerification")
                .field("answer_len", &answer.len())
                .finish(),
            Self::Event(event) => f.debug_tuple("Event").field(event).finish(),
        }
    }
}

fn text_response(status: StatusCode, body: Vec<u8>) -> Response<Vec<u8>> {
    let mut response = Response::new(body);
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
    response
}

#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
impl Webhook {
    /// Verifies and decodes a callback request: a `GET` is a URL verification (`check_str` in the query), a
    /// `POST` an event delivery (`{"data": ...}` in the body); any other method is refused. The `timestamp`,
    /// `nonce` and `signature` headers must be present and visible ASCII.
    ///
    /// ```
    /// use wemeet_webhook::{Received, Webhook};
    ///
    /// let webhook = Webhook::from_settings("bVPU6F8Htxl5XkAbp3jGV2xWp", None).unwrap();
    /// let request = webhook
    ///     .delivery(r#"{"event":"meeting.created","trace_id":"t1"}"#, 1609239040864, 14964161)
    ///     .to_request("http://127.0.0.1:2306/callback")
    ///     .unwrap();
    ///
    /// let response = match webhook.receive(&request) {
    ///     Ok(received) => {
    ///         if let Some(event) = received.event() {
    ///             assert_eq!(event.trace_id(), Some("t1")); // handle it, or queue it
    ///         }
    ///         received.response()
    ///     }
    ///     Err(error) => error.response(),
    /// };
    /// assert_eq!(response.status(), 200);
    /// assert_eq!(response.body(), b"successfully received callback");
    /// ```
    pub fn receive<B: AsRef<[u8]>>(&self, request: &Request<B>) -> Result<Received, WebhookError> {
        let method = request.method();
        if method != Method::GET && method != Method::POST {
            let error = WebhookError::MethodNotAllowed {
                method: method.to_string(),
            };
            tracing::warn!(%error, "wemeet webhook: request refused");
            return Err(error);
        }
        let headers = ReceivedHeaders::read(|name| {
            request
                .headers()
                .get(name)
                .map(|value| {
                    value
                        .to_str()
                        .map_err(|_| WebhookError::MalformedHeader { name })
                })
                .transpose()
        });
        if method == Method::GET {
            let query = request.uri().query().unwrap_or_default();
            logged_url(headers.and_then(|headers| self.answer_query(query, &headers)))
                .map(Received::UrlVerification)
        } else {
            logged_event(
                headers.and_then(|headers| self.decode_event(request.body().as_ref(), &headers)),
            )
            .map(Received::Event)
        }
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
impl Delivery {
    /// The delivery as a `POST` of `url` with `Content-Type: application/json` and the signed headers (the
    /// signature marked sensitive). Fails only for a URL `http` cannot parse.
    pub fn to_request(&self, url: &str) -> Result<Request<Vec<u8>>, http::Error> {
        let request = Request::post(url).header(CONTENT_TYPE, "application/json");
        with_headers(request, self.headers()).body(self.body().as_bytes().to_vec())
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
impl UrlVerification {
    /// The URL verification as a `GET` of `url` with [`query`](Self::query) appended and the signed headers.
    /// Fails only for a URL `http` cannot parse.
    pub fn to_request(&self, url: &str) -> Result<Request<Vec<u8>>, http::Error> {
        let separator = if url.contains('?') { '&' } else { '?' };
        let request = Request::get(format!("{url}{separator}{}", self.query()));
        with_headers(request, self.headers()).body(Vec::new())
    }
}

fn with_headers(
    mut request: http::request::Builder,
    headers: &SignedHeaders,
) -> http::request::Builder {
    for (name, value) in headers.iter() {
        request = request.header(name, value);
    }
    if let Some(signature) = request
        .headers_mut()
        .and_then(|headers| headers.get_mut(SIGNATURE_HEADER))
    {
        signature.set_sensitive(true);
    }
    request
}

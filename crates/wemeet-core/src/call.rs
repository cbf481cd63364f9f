//! One call: validated and serialized once, then signed afresh for each attempt until it is done.

use std::fmt;
use std::time::{Duration, Instant};

use http::header::{CONTENT_TYPE, USER_AGENT as USER_AGENT_HEADER};
use http::{HeaderMap, HeaderValue, Method, StatusCode, Uri};
use tracing::field::Empty;
use wemeet_types::{EncodeRequest, Endpoint, PathParams, TRACE_HEADER, Validate};

use crate::multipart::{AttemptUpload, MultipartForm};
use crate::retry::RetryReason;
use crate::{Config, ConfigError, Error, Response, TransportError, response};

/// The `User-Agent` of every request, before any suffix the caller adds.
pub(crate) const USER_AGENT: &str = concat!("wemeet-rs/", env!("CARGO_PKG_VERSION"));

/// The content type of every request (the official SDKs send it on bodiless requests too).
const JSON: HeaderValue = HeaderValue::from_static("application/json; charset=utf-8");

/// What a transport hands back for one attempt: the status, the headers and the whole body (at most
/// [`Config::max_response_bytes`]).
///
/// `Debug` shows the status, the trace id and the body's size, never its bytes: a response may hold a meeting
/// password.
#[derive(Clone)]
#[non_exhaustive]
pub struct RawResponse {
    /// The HTTP status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The response body.
    pub body: Vec<u8>,
}

impl RawResponse {
    /// A response made of its parts.
    pub fn new(status: StatusCode, headers: HeaderMap, body: Vec<u8>) -> Self {
        RawResponse {
            status,
            headers,
            body,
        }
    }

    /// The `X-TC-Trace` header, if the server sent a readable one.
    pub fn trace_id(&self) -> Option<String> {
        self.trace_id_str().map(str::to_owned)
    }

    /// [`trace_id`](Self::trace_id), borrowed.
    fn trace_id_str(&self) -> Option<&str> {
        self.headers
            .get(TRACE_HEADER)
            .and_then(|value| value.to_str().ok())
    }
}

impl fmt::Debug for RawResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RawResponse")
            .field("status", &self.status)
            .field("trace_id", &self.trace_id())
            .field("body_bytes", &self.body.len())
            .finish_non_exhaustive()
    }
}

/// One attempt for the transport to make.
///
/// `Debug` shows the method, the URI and the body's size: never the headers (they carry the signature) nor the
/// body (it may carry a password).
#[non_exhaustive]
pub struct Attempt {
    /// The signed request: exactly these bytes, to the URI it names. For a multipart upload its body is empty
    /// (as signed) and [`upload`](Self::upload) is what the transport sends instead.
    pub request: http::Request<Vec<u8>>,
    /// The body of a multipart upload, streamed by the transport in place of the request's empty one.
    pub upload: Option<AttemptUpload>,
    /// How long the transport may take for it, response body included.
    pub timeout: Duration,
}

impl fmt::Debug for Attempt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Attempt")
            .field("method", self.request.method())
            .field("uri", self.request.uri())
            .field("body_bytes", &self.request.body().len())
            .field("upload", &self.upload)
            .field("timeout", &self.timeout)
            .finish()
    }
}

/// What the client does after an attempt.
#[derive(Debug)]
#[must_use]
pub enum Step<T> {
    /// The call is over, with this result.
    Done(Result<Response<T>, Error>),
    /// Pause this long, then make the next attempt.
    RetryAfter(Duration),
}

/// A call in progress: the validated request serialized once, and the state of its attempts; `R` is what a success
/// decodes into (an endpoint's response type, or any JSON for a raw call).
///
/// A client drives it like this (the async client awaits the transport and the pause):
///
/// ```text
/// let mut call = config.start::<E>(path, request)?;
/// loop {
///     let attempt = call.next_attempt()?;
///     let outcome = transport.send(attempt);       // Result<RawResponse, Error>
///     match call.complete(outcome) {
///         Step::Done(result) => return result,
///         Step::RetryAfter(pause) => sleep(pause),
///     }
/// }
/// ```
pub struct Call<'c, R> {
    state: CallState<'c>,
    decode: fn(&[u8]) -> Result<R, serde_json::Error>,
}

/// Everything of a call but its response type: the code that works on it is compiled once, not once per endpoint
/// (a client's build compiles each generic function once per endpoint).
struct CallState<'c> {
    config: &'c Config,
    endpoint: &'static str,
    retry: wemeet_types::RetryClass,
    method: Method,
    uri: Uri,
    body: Vec<u8>,
    /// A multipart form sent instead of `body` (which is then empty, as signed).
    form: Option<MultipartForm>,
    attempts: u32,
    rate_limit_retries: u32,
    started: Instant,
    span: tracing::Span,
}

impl<R> fmt::Debug for Call<'_, R> {
    /// The endpoint, the URI, the attempts and the body's size; never the body.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.state.fmt(f)
    }
}

impl fmt::Debug for CallState<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Call")
            .field("endpoint", &self.endpoint)
            .field("method", &self.method)
            .field("uri", &self.uri)
            .field("body_bytes", &self.body.len())
            .field("multipart", &self.form.is_some())
            .field("attempts", &self.attempts)
            .finish_non_exhaustive()
    }
}

impl Config {
    /// Starts a call of endpoint `E`: validates the path parameters and the request, and serializes the request
    /// once (a JSON body, a query string, both, or a multipart form).
    ///
    /// Fails with [`Error::Validation`] (naming the field and the rule) before anything is sent.
    pub fn start<E: Endpoint>(
        &self,
        path: &E::Path,
        request: &E::Request,
    ) -> Result<Call<'_, E::Response>, Error> {
        if !E::OAUTH2 && matches!(self.auth, crate::Auth::AccessToken(_)) {
            return Err(ConfigError::AccessTokenNotAccepted { endpoint: E::NAME }.into());
        }
        path.validate()?;
        let path_text = path.render_path(E::PATH_TEMPLATE)?;
        request.validate()?;
        let encoded = request
            .encode()
            .map_err(|error| Error::Encode(error.to_string()))?;
        let state = self.call_state(
            E::NAME,
            E::METHOD,
            E::RETRY,
            path_text,
            path.param("meeting_id"),
            encoded,
        )?;
        Ok(Call {
            state,
            decode: <E::Response as wemeet_types::ResponseBody>::from_body,
        })
    }

    /// Starts a call of a path no endpoint of the table models (a [`RawRequest`](crate::RawRequest)): the same
    /// signing, authentication, timeouts, retries (by method: a GET is idempotent, anything else is re-sent only
    /// when it never reached the server), error decoding and logging as every endpoint; a success decodes into `T`
    /// (an empty body as JSON `null`).
    pub fn start_raw<T: serde::de::DeserializeOwned>(
        &self,
        request: &crate::RawRequest,
    ) -> Result<Call<'_, T>, Error> {
        let encoded = request.encoded()?;
        let state = self.call_state(
            "raw",
            request.method(),
            request.retry_class(),
            request.path().to_owned(),
            None,
            encoded,
        )?;
        Ok(Call {
            state,
            decode: crate::raw::decode_json::<T>,
        })
    }

    /// The part of [`start`](Self::start) that does not depend on the endpoint's types.
    fn call_state(
        &self,
        endpoint: &'static str,
        method: wemeet_types::Method,
        retry: wemeet_types::RetryClass,
        path_text: String,
        meeting_id: Option<&str>,
        encoded: wemeet_types::Encoded,
    ) -> Result<CallState<'_>, Error> {
        // One string, parsed once: the base URL, the path and the query.
        let query = encoded.query.as_deref();
        let mut uri = String::with_capacity(
            self.base_url.len() + path_text.len() + query.map_or(0, |query| query.len() + 1),
        );
        uri.push_str(&self.base_url);
        uri.push_str(&path_text);
        if let Some(query) = query {
            uri.push('?');
            uri.push_str(query);
        }
        let uri = uri
            .parse::<Uri>()
            .map_err(|error| ConfigError::InvalidBaseUrl {
                url: self.base_url.clone(),
                reason: format!("joined with {path_text:?} it is not a valid URL: {error}"),
            })?;
        // The path, not the query: a span records where a call went, not what it asked. WARN, the level of its
        // most severe event (the retry warning), so that the span is enabled wherever one of its events is: every
        // line a call logs, at any level, carries the endpoint and the host. Its fields are written only when a
        // subscriber wants the span.
        let span = tracing::warn_span!(
            "wemeet.call",
            endpoint,
            host = %crate::network::HostAndPort(&uri),
            path = %path_text,
            meeting_id,
            attempt = Empty,
            status = Empty,
            trace_id = Empty,
            error_code = Empty,
        );
        let form = encoded.form.as_ref().map(MultipartForm::new).transpose()?;
        Ok(CallState {
            config: self,
            endpoint,
            retry,
            method: crate::http_method(method),
            uri,
            body: encoded.body,
            form,
            attempts: 0,
            rate_limit_retries: 0,
            started: Instant::now(),
            span,
        })
    }
}

impl<R> Call<'_, R> {
    /// The tracing span of the call (endpoint, meeting id, attempt, status, trace id); clients run each attempt in
    /// it. It never records a header or a body, so never a secret.
    pub fn span(&self) -> &tracing::Span {
        &self.state.span
    }

    /// The request body: the bytes every attempt sends and signs (empty for a GET and for a multipart upload,
    /// whose form is not signed).
    pub fn body(&self) -> &[u8] {
        &self.state.body
    }

    /// How many attempts were made so far.
    pub fn attempts(&self) -> u32 {
        self.state.attempts
    }

    /// The next attempt: the request signed with a fresh nonce and timestamp, and its time limit (the attempt
    /// timeout, or what is left of the call's budget if that is less).
    pub fn next_attempt(&mut self) -> Result<Attempt, Error> {
        self.state.next_attempt()
    }

    /// Takes the outcome of the last attempt: decodes it, and decides whether the call is done or tries again.
    pub fn complete(&mut self, outcome: Result<RawResponse, Error>) -> Step<R> {
        let decode = self.decode;
        let result = outcome.and_then(|raw| {
            self.state.record_response(&raw);
            response::decode(&raw, decode)
        });
        match result {
            Ok(response) => {
                self.state.succeeded();
                Step::Done(Ok(response))
            }
            Err(error) => match self.state.failed(error) {
                Ok(pause) => Step::RetryAfter(pause),
                Err(error) => Step::Done(Err(error)),
            },
        }
    }
}

impl CallState<'_> {
    fn next_attempt(&mut self) -> Result<Attempt, Error> {
        let budget = self.config.timeouts.call;
        let remaining = budget.saturating_sub(self.started.elapsed());
        if remaining.is_zero() {
            let error = Error::from(TransportError::call_budget_exhausted(budget));
            return Err(self.in_context(error));
        }
        self.attempts = self.attempts.saturating_add(1);
        self.span.record("attempt", self.attempts);

        let mut request = http::Request::new(self.body.clone());
        *request.method_mut() = self.method.clone();
        *request.uri_mut() = self.uri.clone();
        // Room for every header an attempt carries (the content type, the user agent and each authentication
        // header), so that the map is allocated once rather than grown as they are added.
        *request.headers_mut() = HeaderMap::with_capacity(2 + wemeet_sign::header::ALL.len());
        let upload = self.form.as_ref().map(MultipartForm::attempt).transpose()?;
        let headers = request.headers_mut();
        match &self.form {
            Some(form) => headers.insert(CONTENT_TYPE, form.content_type()),
            None => headers.insert(CONTENT_TYPE, JSON),
        };
        headers.insert(USER_AGENT_HEADER, self.config.user_agent.clone());
        let (timestamp, nonce) = (
            self.config.clock.now_unix_seconds(),
            self.config.nonces.next_nonce(),
        );
        self.config
            .auth
            .authorize(&mut request, timestamp, nonce)
            .map_err(|error| ConfigError::InvalidHeaderValue {
                field: "credentials",
                reason: error.to_string(),
            })?;
        tracing::debug!(parent: &self.span, attempt = self.attempts, bytes = self.body.len(), "sending request");
        Ok(Attempt {
            request,
            upload,
            timeout: self.config.timeouts.attempt.min(remaining),
        })
    }

    /// Records what the service answered in the span.
    fn record_response(&self, raw: &RawResponse) {
        self.span.record("status", raw.status.as_u16());
        if let Some(trace_id) = raw.trace_id_str() {
            self.span.record("trace_id", trace_id);
        }
    }

    fn succeeded(&self) {
        tracing::debug!(parent: &self.span, attempt = self.attempts, "call succeeded");
    }

    /// `error` naming the call's host and how many attempts it made.
    fn in_context(&self, error: Error) -> Error {
        error.in_call(&crate::network::host_and_port(&self.uri), self.attempts)
    }

    /// After a failed attempt: the pause before the next one, or the error that ends the call.
    fn failed(&mut self, error: Error) -> Result<Duration, Error> {
        let error = self.in_context(error);
        if let Some(code) = error.error_code() {
            self.span.record("error_code", code.get());
        }
        let policy = &self.config.retry;
        // A reader is sent once: an upload streamed from one cannot be made again.
        let streamed = self.form.as_ref().is_some_and(MultipartForm::is_streamed);
        let next = if streamed {
            None
        } else {
            policy.next_delay(&error, self.retry, self.attempts, self.rate_limit_retries)
        };
        let within_budget = |pause: Duration| {
            self.started
                .elapsed()
                .checked_add(pause)
                .is_some_and(|end| end < self.config.timeouts.call)
        };
        match next {
            Some((pause, reason)) if within_budget(pause) => {
                if reason == RetryReason::RateLimited {
                    self.rate_limit_retries = self.rate_limit_retries.saturating_add(1);
                }
                tracing::warn!(
                    parent: &self.span,
                    attempt = self.attempts,
                    ?reason,
                    pause_ms = u64::try_from(pause.as_millis()).unwrap_or(u64::MAX),
                    error = %crate::error::WithCauses(&error),
                    "attempt failed, retrying"
                );
                Ok(pause)
            }
            _ => {
                tracing::debug!(
                    parent: &self.span,
                    attempt = self.attempts,
                    error = %crate::error::WithCauses(&error),
                    "call failed"
                );
                Err(error)
            }
        }
    }
}

//! The one error type of both clients.
//!
//! Every `Display` here is complete on its own, and `source()` returns only what `Display` does not already say,
//! so a chain printer (`anyhow`'s `{:#}`, say) never prints a cause twice: a [`TransportError`] says what failed,
//! where and after how many attempts, and its `source()` is the transport's own error, down to the OS's.

use std::fmt;
use std::time::Duration;

use http::StatusCode;
use wemeet_types::{ErrorClass, ErrorCode, ValidationError};

/// Everything that can go wrong with a call, from bad input to a server that answers nonsense.
///
/// Neither `Display` nor `Debug` shows a secret (the SecretKey, a signature, a token) or any byte of a request
/// or response body: an API error carries the service's code, new code, message, HTTP status and trace id.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The API answered with an error body (`error_info`).
    ///
    /// `Display` gives the code, the new code, the server's message, the HTTP status, the trace id and, for a code
    /// the docs document, what it means (for 190303: wrong credentials, or an expired or unknown access token).
    #[error(
        "WeMeet API error {error_code}{}: {message} (HTTP {status}, trace id {}){}",
        new_error_code.map(|code| format!(" (new code {code})")).unwrap_or_default(),
        trace_id.as_deref().unwrap_or("none"),
        error_code.info().map(|info| format!("; {}: {}", info.name, info.meaning)).unwrap_or_default()
    )]
    Api {
        /// The HTTP status of the answer (400 for request errors, 500 for service errors).
        status: StatusCode,
        /// `error_info.error_code`.
        error_code: ErrorCode,
        /// `error_info.new_error_code`, when the server sent one.
        new_error_code: Option<i64>,
        /// `error_info.message`.
        message: String,
        /// The `X-TC-Trace` response header: the id Tencent support asks for.
        trace_id: Option<String>,
    },

    /// The request broke a documented rule; nothing was sent.
    #[error("invalid request, nothing was sent: {0}")]
    Validation(ValidationError),

    /// The request or its response did not make it across the network.
    #[error(transparent)]
    Transport(TransportError),

    /// The server answered, but not with a body this SDK can read (an HTML error page, truncated JSON...).
    #[error(
        "could not decode the HTTP {status} response of {body_bytes} bytes: {reason} (trace id {})",
        trace_id.as_deref().unwrap_or("none")
    )]
    Decode {
        /// The HTTP status of the answer.
        status: StatusCode,
        /// Why decoding failed: where, and what kind of problem; never a byte of the body.
        reason: String,
        /// The size of the body.
        body_bytes: usize,
        /// The `X-TC-Trace` response header, when present.
        trace_id: Option<String>,
    },

    /// The response body was larger than the configured cap; it was not read to the end.
    #[error("the HTTP {status} response body exceeds the limit of {limit} bytes")]
    BodyTooLarge {
        /// The HTTP status of the answer.
        status: StatusCode,
        /// The configured cap ([`Config::max_response_bytes`](crate::Config::max_response_bytes)).
        limit: usize,
    },

    /// The request could not be serialized (a bug of the endpoint definition, never of the caller's data).
    #[error("could not serialize the request: {0}")]
    Encode(String),

    /// A recording uploaded in parts went wrong: the service's plan does not fit the file, a part read from the
    /// file is not the length the plan gives it, or the file could not be read.
    #[error("recording upload: {reason}")]
    Upload {
        /// What went wrong.
        reason: String,
    },

    /// The client could not be configured.
    #[error("invalid client configuration: {0}")]
    Config(ConfigError),
}

impl From<ValidationError> for Error {
    fn from(error: ValidationError) -> Self {
        Error::Validation(error)
    }
}

impl From<TransportError> for Error {
    fn from(error: TransportError) -> Self {
        Error::Transport(error)
    }
}

impl From<ConfigError> for Error {
    fn from(error: ConfigError) -> Self {
        Error::Config(error)
    }
}

impl Error {
    /// The API error code, if the server answered with an error body.
    pub fn error_code(&self) -> Option<ErrorCode> {
        match self {
            Error::Api { error_code, .. } => Some(*error_code),
            _ => None,
        }
    }

    /// The API's `new_error_code`, if the server answered with an error body that has one.
    pub fn new_error_code(&self) -> Option<i64> {
        match self {
            Error::Api { new_error_code, .. } => *new_error_code,
            _ => None,
        }
    }

    /// The API's error message, if the server answered with an error body.
    pub fn message(&self) -> Option<&str> {
        match self {
            Error::Api { message, .. } => Some(message),
            _ => None,
        }
    }

    /// The `X-TC-Trace` id of the response, if the server answered.
    pub fn trace_id(&self) -> Option<&str> {
        match self {
            Error::Api { trace_id, .. } | Error::Decode { trace_id, .. } => trace_id.as_deref(),
            _ => None,
        }
    }

    /// The HTTP status of the response, if the server answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api { status, .. }
            | Error::Decode { status, .. }
            | Error::BodyTooLarge { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The class of the API error code, if the server answered with a documented one.
    fn class(&self) -> Option<ErrorClass> {
        self.error_code().and_then(ErrorCode::class)
    }

    /// Authentication failed: wrong credentials, a bad signature, a request outside the time window, a replay,
    /// or an expired or unknown OAuth 2.0 access token.
    pub fn is_auth(&self) -> bool {
        self.class() == Some(ErrorClass::Auth)
    }

    /// The call hit one of the API's rate limits or quotas.
    pub fn is_rate_limited(&self) -> bool {
        matches!(
            self.class(),
            Some(ErrorClass::RateLimit | ErrorClass::Quota)
        )
    }

    /// Trying the same request again later may succeed: a per-minute rate limit, an error the service asks to
    /// retry, a gateway error or a network failure.
    ///
    /// Whether the client *does* retry also depends on the endpoint's retry class; see
    /// [`RetryPolicy`](crate::RetryPolicy).
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Api { status, .. } => match self.class() {
                Some(ErrorClass::RateLimit | ErrorClass::Transient) => true,
                Some(ErrorClass::Auth | ErrorClass::Quota) => false,
                _ => is_gateway_status(*status),
            },
            Error::Decode { status, .. } => is_gateway_status(*status),
            Error::Transport(transport) => transport.is_retryable(),
            Error::Validation(_)
            | Error::Encode(_)
            | Error::Upload { .. }
            | Error::BodyTooLarge { .. }
            | Error::Config(_) => false,
        }
    }

    /// Whether the request may have been processed by the server: false only when it certainly was not.
    pub fn may_have_reached_server(&self) -> bool {
        match self {
            Error::Transport(transport) => transport.may_have_reached_server(),
            Error::Validation(_) | Error::Encode(_) | Error::Upload { .. } | Error::Config(_) => {
                false
            }
            // A rate limit is answered before the request is processed.
            Error::Api { .. } => self.class() != Some(ErrorClass::RateLimit),
            Error::Decode { .. } | Error::BodyTooLarge { .. } => true,
        }
    }

    /// The error as the call that made it reports it: a transport error learns the host and how many attempts
    /// were made.
    pub(crate) fn in_call(self, host: &str, attempts: u32) -> Self {
        match self {
            Error::Transport(transport) => Error::Transport(transport.in_call(host, attempts)),
            other => other,
        }
    }

    /// An [`Error::Decode`] for a body of `body_bytes` bytes that `error` could not read. Only where and what
    /// kind of problem `serde_json` found is kept: its message may quote a value of the body.
    pub(crate) fn decode(
        status: StatusCode,
        error: &serde_json::Error,
        body_bytes: usize,
        trace_id: Option<String>,
    ) -> Self {
        use serde_json::error::Category;
        let what = match error.classify() {
            Category::Io => "it could not be read",
            Category::Syntax => "it is not JSON",
            Category::Eof => "it ends before the JSON does",
            Category::Data if status.is_success() => "the JSON does not have the documented shape",
            Category::Data => "the JSON is not an API error body",
        };
        Error::Decode {
            status,
            reason: format!("{what} (line {}, column {})", error.line(), error.column()),
            body_bytes,
            trace_id,
        }
    }
}

/// An error and its causes on one line (`what: cause: deeper cause`), as the call's log events print it.
pub(crate) struct WithCauses<'a>(pub(crate) &'a (dyn std::error::Error + 'static));

impl fmt::Display for WithCauses<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)?;
        let mut cause = self.0.source();
        while let Some(current) = cause {
            write!(f, ": {current}")?;
            cause = current.source();
        }
        Ok(())
    }
}

/// 502, 503 and 504: a gateway in front of the service failed, the service itself may not have seen the request.
fn is_gateway_status(status: StatusCode) -> bool {
    matches!(
        status,
        StatusCode::BAD_GATEWAY | StatusCode::SERVICE_UNAVAILABLE | StatusCode::GATEWAY_TIMEOUT
    )
}

/// A request or response that did not make it across the network.
///
/// It tells apart the failures after which the request certainly never reached the server (see
/// [`TransportError::may_have_reached_server`]): only those make retrying a call of class
/// [`RetryClass::IfNotSent`](wemeet_types::RetryClass::IfNotSent) safe.
///
/// `Display` reads the same in both clients: what happened, to which host, and how many attempts the call made
/// ("could not connect to api.meeting.qq.com (the request was not sent; tried 3 times)"). What the transport
/// reported is `source()`, the whole chain down to the operating system's error ("Connection refused (os error
/// 111)"): print it with a chain printer (`anyhow`'s `{:#}`) or walk `source()`. [`get_ref`](Self::get_ref) is the
/// transport's own error.
pub struct TransportError {
    kind: TransportErrorKind,
    inner: Box<dyn std::error::Error + Send + Sync>,
    /// Where the call went (`host[:port]`), once the call has reported the error.
    host: Option<String>,
    /// How many attempts the call made, once it has reported the error (0 before).
    attempts: u32,
}

/// What kind of network failure a [`TransportError`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// No connection could be made (DNS, refused, TLS handshake, connect timeout): nothing was sent.
    Connect,
    /// The server's TLS certificate was refused (an unknown authority, another name, expired...): nothing was
    /// sent, and the call is not retried, since the same certificate fails again. A server behind a private
    /// authority (a company proxy that inspects TLS, a test server) is reached by trusting that authority with the
    /// builder's `add_root_certificate`.
    Certificate,
    /// The attempt or the call ran out of time after the connection was made: the request may have been processed.
    Timeout,
    /// The connection failed while sending the request or reading the response: it may have been processed.
    Interrupted,
}

impl fmt::Display for TransportErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TransportErrorKind::Connect => "could not connect (the request was not sent)",
            TransportErrorKind::Certificate => {
                "the server's TLS certificate was refused (the request was not sent)"
            }
            TransportErrorKind::Timeout => "timed out (the request may have reached the server)",
            TransportErrorKind::Interrupted => {
                "connection failed (the request may have reached the server)"
            }
        })
    }
}

impl TransportError {
    /// A transport error of `kind`, caused by `inner` (the transport's own error). Whatever `kind` says, a cause
    /// whose chain holds a certificate that rustls refused makes it [`TransportErrorKind::Certificate`]: both
    /// clients' rustls failures are classified here, once.
    pub fn new(
        kind: TransportErrorKind,
        inner: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        let inner = inner.into();
        let kind = if crate::certificate_failure::is_refused_certificate(&*inner) {
            TransportErrorKind::Certificate
        } else {
            kind
        };
        TransportError {
            kind,
            inner,
            host: None,
            attempts: 0,
        }
    }

    /// The call's total time budget ran out.
    pub(crate) fn call_budget_exhausted(budget: Duration) -> Self {
        Self::new(
            TransportErrorKind::Timeout,
            format!("the call's total budget of {budget:?} ran out"),
        )
    }

    /// The error as the call reports it: to `host`, after `attempts` attempts.
    pub(crate) fn in_call(mut self, host: &str, attempts: u32) -> Self {
        self.host = Some(host.to_owned());
        self.attempts = attempts;
        self
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> TransportErrorKind {
        self.kind
    }

    /// The host the call went to (`host[:port]`), when the error comes from a call.
    pub fn host(&self) -> Option<&str> {
        self.host.as_deref()
    }

    /// How many attempts the call made, this one included (0 when the error does not come from a call).
    pub fn attempts(&self) -> u32 {
        self.attempts
    }

    /// The transport's own error (a `reqwest::Error`, a `ureq::Error`, ...).
    pub fn get_ref(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
        &*self.inner
    }

    /// False only when the request certainly never reached the server.
    pub fn may_have_reached_server(&self) -> bool {
        !matches!(
            self.kind,
            TransportErrorKind::Connect | TransportErrorKind::Certificate
        )
    }

    /// Whether trying again may succeed: any network failure but a refused certificate.
    pub fn is_retryable(&self) -> bool {
        self.kind != TransportErrorKind::Certificate
    }

    /// The innermost error of the transport's chain: what actually went wrong.
    fn root_cause(&self) -> &(dyn std::error::Error + 'static) {
        let mut cause: &(dyn std::error::Error + 'static) = &*self.inner;
        while let Some(next) = cause.source() {
            cause = next;
        }
        cause
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let host = self.host.as_deref();
        match (self.kind, host) {
            (TransportErrorKind::Connect, Some(host)) => write!(f, "could not connect to {host}"),
            (TransportErrorKind::Connect, None) => f.write_str("could not connect"),
            (TransportErrorKind::Certificate, Some(host)) => {
                write!(f, "the TLS certificate of {host} was refused")
            }
            (TransportErrorKind::Certificate, None) => {
                f.write_str("the server's TLS certificate was refused")
            }
            (TransportErrorKind::Timeout, Some(host)) => write!(f, "timed out waiting for {host}"),
            (TransportErrorKind::Timeout, None) => f.write_str("timed out"),
            (TransportErrorKind::Interrupted, Some(host)) => {
                write!(f, "the connection to {host} failed")
            }
            (TransportErrorKind::Interrupted, None) => f.write_str("the connection failed"),
        }?;
        f.write_str(if self.may_have_reached_server() {
            " (the request may have reached the server"
        } else {
            " (the request was not sent"
        })?;
        match self.attempts {
            0 => {}
            1 => f.write_str("; tried once")?,
            attempts => write!(f, "; tried {attempts} times")?,
        }
        if self.kind == TransportErrorKind::Certificate {
            f.write_str(
                "; not retried: a refused certificate fails again. If the server's certificate comes from a \
                 private authority (a company proxy that inspects TLS, a test server), trust that authority \
                 with `add_root_certificate` on the client builder",
            )?;
        }
        f.write_str(")")
    }
}

impl fmt::Debug for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TransportError")
            .field("kind", &self.kind)
            .field("host", &self.host)
            .field("attempts", &self.attempts)
            .field("cause", &self.root_cause().to_string())
            .finish()
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&*self.inner)
    }
}

/// A client could not be configured.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// No credentials were given to the builder.
    #[error(
        "no credentials: call `credentials(...)` (or `access_token(...)`) on the builder, or use `from_env()`"
    )]
    MissingCredentials,
    /// The client authenticates with an OAuth 2.0 access token, which the endpoint does not accept; nothing was
    /// sent.
    #[error(
        "`{endpoint}` does not accept OAuth 2.0 access tokens (the service takes only signed requests of an \
         enterprise self-built app there), so nothing was sent: call it from a client built with `credentials(...)`"
    )]
    AccessTokenNotAccepted {
        /// The endpoint's name (`Endpoint::NAME`).
        endpoint: &'static str,
    },
    /// A required environment variable is not set (or empty).
    #[error("environment variable {0} is not set")]
    MissingEnv(&'static str),
    /// An environment variable is set but is not valid Unicode.
    #[error("environment variable {0} is not valid Unicode")]
    InvalidEnv(&'static str),
    /// The base URL is not an absolute http(s) URL.
    #[error("invalid base URL {url:?}: {reason}")]
    InvalidBaseUrl {
        /// The URL as given.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A header value given to the builder cannot travel in an HTTP header.
    #[error("invalid value for {field}: {reason}")]
    InvalidHeaderValue {
        /// Which option.
        field: &'static str,
        /// What is wrong with it.
        reason: String,
    },
    /// The transport could not be built.
    #[error("could not build the HTTP transport: {0}")]
    Transport(String),
    /// A network option (a proxy, a root certificate, the insecure-http opt-in), given to the builder or read from
    /// the environment, cannot be used.
    #[error("invalid {option}: {reason}")]
    InvalidNetworkOption {
        /// The builder option or environment variable, e.g. `proxy`, `HTTPS_PROXY`, `add_root_certificate`.
        option: &'static str,
        /// What is wrong with it.
        reason: String,
    },
}

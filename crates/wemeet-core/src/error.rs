//! The one error type of both clients.

use std::fmt;
use std::time::Duration;

use http::StatusCode;
use wemeet_types::ValidationError;

/// Error codes the API uses for per-minute rate limits: worth one retry after a pause.
pub(crate) const RATE_LIMIT_CODES: [i64; 2] = [190310, 190313];

/// Error codes of exhausted quotas: the app's daily limit, a user's hourly limit, the monthly quota.
const QUOTA_CODES: [i64; 3] = [190311, 500029, 500168];

/// The request's timestamp was outside the server's window: the clock is off, and a retry would be too.
const SIGNATURE_EXPIRED: i64 = 190300;

/// Error codes that a retry can never fix: the quotas and an expired signature.
pub(crate) fn is_never_retried(code: i64) -> bool {
    QUOTA_CODES.contains(&code) || code == SIGNATURE_EXPIRED
}

/// Error codes of failed authentication: wrong credentials, a bad signature, an expired or replayed request.
const AUTH_CODES: [i64; 4] = [200003, 190300, 190301, 190303];

/// Everything that can go wrong with a call, from bad input to a server that answers nonsense.
///
/// `Display` never shows a secret: not the SecretKey, not a signature, not a push-stream key.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The API answered with an error body (`error_info`).
    #[error(
        "WeMeet API error {error_code}{}: {message} (HTTP {status}, trace id {})",
        new_error_code.map(|code| format!(" (new code {code})")).unwrap_or_default(),
        trace_id.as_deref().unwrap_or("none")
    )]
    Api {
        /// The HTTP status of the answer (400 for request errors, 500 for service errors).
        status: StatusCode,
        /// `error_info.error_code`.
        error_code: i64,
        /// `error_info.new_error_code`, when the server sent one.
        new_error_code: Option<i64>,
        /// `error_info.message`.
        message: String,
        /// The `X-TC-Trace` response header: the id Tencent support asks for.
        trace_id: Option<String>,
    },

    /// The request broke a documented rule; nothing was sent.
    #[error("invalid request, nothing was sent: {0}")]
    Validation(#[from] ValidationError),

    /// The request or its response did not make it across the network.
    #[error(transparent)]
    Transport(#[from] TransportError),

    /// The server answered, but not with a body this SDK can read (an HTML error page, truncated JSON...).
    #[error(
        "could not decode the HTTP {status} response ({reason}; trace id {}); body starts with {snippet:?}",
        trace_id.as_deref().unwrap_or("none")
    )]
    Decode {
        /// The HTTP status of the answer.
        status: StatusCode,
        /// Why decoding failed.
        reason: String,
        /// The start of the body, lossily decoded as UTF-8, at most [`Error::SNIPPET_CHARS`] characters.
        snippet: String,
        /// The `X-TC-Trace` response header, when present.
        trace_id: Option<String>,
    },

    /// The response body was larger than the configured cap; it was not read to the end.
    #[error("the HTTP {status} response body exceeds the limit of {limit} bytes")]
    BodyTooLarge {
        /// The HTTP status of the answer.
        status: StatusCode,
        /// The configured cap ([`crate::Config::max_response_bytes`]).
        limit: usize,
    },

    /// The request could not be serialized (a bug of the endpoint definition, never of the caller's data).
    #[error("could not serialize the request: {0}")]
    Encode(String),

    /// The client could not be configured.
    #[error("invalid client configuration: {0}")]
    Config(#[from] ConfigError),
}

impl Error {
    /// How many characters of an undecodable body [`Error::Decode`] keeps.
    pub const SNIPPET_CHARS: usize = 256;

    /// The API error code, if the server answered with an error body.
    pub fn error_code(&self) -> Option<i64> {
        match self {
            Error::Api { error_code, .. } => Some(*error_code),
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

    /// Authentication failed: wrong credentials, a bad signature, or a request outside the time window.
    pub fn is_auth(&self) -> bool {
        self.error_code()
            .is_some_and(|code| AUTH_CODES.contains(&code))
    }

    /// The call hit one of the API's rate limits or quotas.
    pub fn is_rate_limited(&self) -> bool {
        self.error_code()
            .is_some_and(|code| RATE_LIMIT_CODES.contains(&code) || QUOTA_CODES.contains(&code))
    }

    /// Trying the same request again later may succeed: a per-minute rate limit, a gateway error or a network
    /// failure.
    ///
    /// Whether the client *does* retry also depends on whether the endpoint is idempotent; see
    /// [`crate::RetryPolicy`].
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Api {
                error_code, status, ..
            } => {
                RATE_LIMIT_CODES.contains(error_code)
                    || (!is_never_retried(*error_code) && is_gateway_status(*status))
            }
            Error::Decode { status, .. } => is_gateway_status(*status),
            Error::Transport(_) => true,
            Error::Validation(_)
            | Error::Encode(_)
            | Error::BodyTooLarge { .. }
            | Error::Config(_) => false,
        }
    }

    /// Whether the request may have been processed by the server: false only when it certainly was not.
    pub fn may_have_reached_server(&self) -> bool {
        match self {
            Error::Transport(transport) => transport.may_have_reached_server(),
            Error::Validation(_) | Error::Encode(_) | Error::Config(_) => false,
            Error::Api { error_code, .. } => !RATE_LIMIT_CODES.contains(error_code),
            Error::Decode { .. } | Error::BodyTooLarge { .. } => true,
        }
    }

    /// An [`Error::Decode`] for a body that could not be read, keeping a short snippet of it.
    pub(crate) fn decode(
        status: StatusCode,
        reason: impl fmt::Display,
        body: &[u8],
        trace_id: Option<String>,
    ) -> Self {
        let snippet: String = String::from_utf8_lossy(body)
            .chars()
            .take(Self::SNIPPET_CHARS)
            .collect();
        Error::Decode {
            status,
            reason: reason.to_string(),
            snippet,
            trace_id,
        }
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
/// [`TransportError::may_have_reached_server`]): only those make retrying a non-idempotent call safe.
#[derive(Debug, thiserror::Error)]
#[error("{kind}: {source}")]
pub struct TransportError {
    kind: TransportErrorKind,
    #[source]
    source: Box<dyn std::error::Error + Send + Sync>,
}

/// What kind of network failure a [`TransportError`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// No connection could be made (DNS, refused, TLS handshake, connect timeout): nothing was sent.
    Connect,
    /// The attempt or the call ran out of time after the connection was made: the request may have been processed.
    Timeout,
    /// The connection failed while sending the request or reading the response: it may have been processed.
    Interrupted,
}

impl fmt::Display for TransportErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TransportErrorKind::Connect => "could not connect (the request was not sent)",
            TransportErrorKind::Timeout => "timed out (the request may have reached the server)",
            TransportErrorKind::Interrupted => {
                "connection failed (the request may have reached the server)"
            }
        })
    }
}

impl TransportError {
    /// A transport error of `kind`, caused by `source` (the transport's own error).
    pub fn new(
        kind: TransportErrorKind,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        TransportError {
            kind,
            source: source.into(),
        }
    }

    /// The call's total time budget ran out.
    pub(crate) fn call_budget_exhausted(budget: Duration) -> Self {
        Self::new(
            TransportErrorKind::Timeout,
            format!("the call's total budget of {budget:?} ran out"),
        )
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> TransportErrorKind {
        self.kind
    }

    /// False only when the request certainly never reached the server.
    pub fn may_have_reached_server(&self) -> bool {
        self.kind != TransportErrorKind::Connect
    }
}

/// A client could not be configured.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// No credentials were given to the builder.
    #[error("no credentials: call `credentials(...)` on the builder or use `from_env()`")]
    MissingCredentials,
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

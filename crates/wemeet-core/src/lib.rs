//! The transport-free request path shared by the `wemeet` (async) and `wemeet-blocking` clients.
//!
//! Data flows one way through this crate:
//!
//! 1. [`ClientBuilder`] collects credentials and options into a [`Config`];
//! 2. [`Config::start`] validates a typed request and serializes it **once** (a JSON body, or a GET's query
//!    string) into a [`Call`];
//! 3. [`Call::next_attempt`] turns those bytes into a freshly signed `http::Request<Vec<u8>>` for each attempt;
//! 4. the client's transport moves the bytes and hands back a [`RawResponse`] (or an [`Error`]);
//! 5. [`Call::complete`] decodes the typed [`Response`] (the body, its status and `X-TC-Trace` id) or error and
//!    decides, by the [`RetryPolicy`] and the endpoint's retry class, whether to try again
//!    ([`Step::RetryAfter`]) or to finish ([`Step::Done`]).
//!
//! A client is therefore a loop of a dozen lines around its transport; everything else lives here, once.

mod auth;
mod builder;
mod builder_options;
mod call;
mod certificate_failure;
mod client_builder;
mod client_docs;
mod config;
pub mod env;
mod error;
mod method;
mod multipart;
mod network;
mod no_proxy;
mod pager;
mod proxy;
mod raw;
#[cfg(feature = "records")]
mod recording_upload;
mod response;
mod retry;
mod root_certificate;
#[cfg(feature = "rustls")]
pub mod tls;

pub use auth::Auth;
pub use builder::{ClientBuilder, FromConfig};
pub use call::{Attempt, Call, RawResponse, Step};
pub use config::{Config, DEFAULT_BASE_URL, DEFAULT_MAX_RESPONSE_BYTES, Timeouts};
pub use error::{ConfigError, Error, TransportError, TransportErrorKind};
pub use method::http_method;
pub use multipart::AttemptUpload;
pub use pager::Pager;
pub use proxy::ProxyUrl;
pub use raw::RawRequest;
#[cfg(feature = "records")]
pub use recording_upload::{Part, Progress, RecordingUpload, RecordingUploadStopped};
pub use response::Response;
pub use retry::RetryPolicy;
pub use root_certificate::RootCertificate;

pub use http::StatusCode;
pub use wemeet_sign::{
    AccessToken, Clock, Credentials, CredentialsBuilder, FixedClock, ManualClock, NonceSource,
    RandomNonce, SequentialNonce, SystemClock,
};

/// What both clients re-export next to their `Client`, so that depending on one client crate alone is enough:
/// the configuration and its parts, credentials and access tokens, clocks and nonce sources, the error types,
/// `StatusCode` and the `WEMEET_*` variable names ([`env`](mod@env)); [`testing`](client_exports::testing) holds the
/// deterministic clocks and nonce sources for tests. Each client does `pub use wemeet_core::client_exports::*`:
/// the list is written here once.
#[doc(hidden)]
pub mod client_exports {
    pub use crate::{
        AccessToken, Auth, Clock, Config, ConfigError, Credentials, CredentialsBuilder,
        DEFAULT_BASE_URL, DEFAULT_MAX_RESPONSE_BYTES, Error, NonceSource, ProxyUrl, RandomNonce,
        RawRequest, Response, RetryPolicy, RootCertificate, StatusCode, SystemClock, Timeouts,
        TransportError, TransportErrorKind, env,
    };

    /// Deterministic clocks and nonce sources, for tests of code that calls the API (with `wemeet-mock`,
    /// a [`ManualClock`](testing::ManualClock) can be moved past the signature's five-minute window).
    pub mod testing {
        pub use wemeet_sign::{FixedClock, ManualClock, SequentialNonce};
    }
}

/// Keeps the README's example compiling.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

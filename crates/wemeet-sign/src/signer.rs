//! Signing requests.

use std::fmt;
use std::sync::Arc;

use crate::clock::{Clock, SystemClock};
use crate::credentials::Credentials;
use crate::nonce::{NonceSource, RandomNonce};
use crate::signed_headers::SignedHeaders;
use crate::string_to_sign::StringToSign;

/// Signs requests: from a method, a request target and the exact body bytes, it computes the signature
/// and the headers to attach.
///
/// It knows nothing of HTTP clients: callers attach the headers themselves (or, with the `http` feature,
/// call `sign_request`). Cloning is cheap (three reference counts) and clones share the clock and nonce
/// source.
///
/// ```
/// use wemeet_sign::{Credentials, Signer};
///
/// let signer = Signer::new(Credentials::builder().app_id("200000001").secret_id("AKIDexample").secret_key("secret-key").build());
/// let body = br#"{"userid":"tester","instanceid":1}"#;
/// let headers = signer.sign("POST", "/v1/meetings", body);
/// assert_eq!(headers.get("X-TC-Key"), Some("AKIDexample"));
/// assert_eq!(headers.get("X-TC-Signature").map(str::len), Some(88));
/// assert_eq!(headers.get("SdkId"), None); // none configured, so none sent
/// ```
#[derive(Clone)]
pub struct Signer {
    identity: Arc<Identity>,
    clock: Arc<dyn Clock>,
    nonces: Arc<dyn NonceSource>,
}

/// What every signed request says about its sender; shared with the [`SignedHeaders`] it produces.
#[derive(Clone)]
pub(crate) struct Identity {
    pub(crate) credentials: Credentials,
    pub(crate) registered: String,
    pub(crate) app_version: Option<String>,
}

impl Signer {
    /// A signer using the system clock, [`RandomNonce`], `X-TC-Registered: 1` and no `X-TC-Version`.
    pub fn new(credentials: Credentials) -> Self {
        Self {
            identity: Arc::new(Identity {
                credentials,
                registered: "1".to_owned(),
                app_version: None,
            }),
            clock: Arc::new(SystemClock),
            nonces: Arc::new(RandomNonce),
        }
    }

    /// Takes timestamps from `clock` instead of the system clock.
    #[must_use]
    pub fn with_clock(mut self, clock: impl Clock) -> Self {
        self.clock = Arc::new(clock);
        self
    }

    /// Takes nonces from `nonces` instead of [`RandomNonce`].
    #[must_use]
    pub fn with_nonce_source(mut self, nonces: impl NonceSource) -> Self {
        self.nonces = Arc::new(nonces);
        self
    }

    /// Sets the `X-TC-Registered` value (default `"1"`, which lists created meetings in the user's
    /// meeting list when the account directory is enabled).
    #[must_use]
    pub fn with_registered(mut self, value: impl Into<String>) -> Self {
        Arc::make_mut(&mut self.identity).registered = value.into();
        self
    }

    /// Sends `X-TC-Version` with this app version (absent by default; an empty version keeps it absent).
    #[must_use]
    pub fn with_app_version(mut self, version: impl Into<String>) -> Self {
        let version = version.into();
        Arc::make_mut(&mut self.identity).app_version = (!version.is_empty()).then_some(version);
        self
    }

    /// The credentials requests are signed with.
    pub fn credentials(&self) -> &Credentials {
        &self.identity.credentials
    }

    /// Signs one request with a fresh timestamp and nonce.
    ///
    /// `method` is the HTTP method as sent (`"POST"`); `target` is the path plus `?` and the
    /// percent-encoded query, exactly as sent, without scheme or host; `body` is the exact bytes sent
    /// (empty for none). Sign each attempt separately: a retry needs a fresh nonce and timestamp.
    pub fn sign(&self, method: &str, target: &str, body: &[u8]) -> SignedHeaders {
        let timestamp = self.clock.now_unix_seconds();
        let nonce = self.nonces.next_nonce();
        self.sign_at(method, target, body, timestamp, nonce)
    }

    /// Signs one request with the given timestamp (Unix seconds) and nonce.
    pub fn sign_at(
        &self,
        method: &str,
        target: &str,
        body: &[u8],
        timestamp: u64,
        nonce: u64,
    ) -> SignedHeaders {
        let credentials = &self.identity.credentials;
        let signature = StringToSign::new(
            method,
            credentials.secret_id(),
            timestamp,
            nonce,
            target,
            body,
        )
        .sign(credentials);
        SignedHeaders::new(Arc::clone(&self.identity), timestamp, nonce, signature)
    }
}

impl fmt::Debug for Signer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Signer")
            .field("credentials", &self.identity.credentials)
            .field("registered", &self.identity.registered)
            .field("app_version", &self.identity.app_version)
            .finish_non_exhaustive()
    }
}

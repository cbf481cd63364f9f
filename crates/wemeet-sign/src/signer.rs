//! Signing requests.

use std::fmt;
use std::sync::Arc;

use crate::clock::{Clock as _, SystemClock};
use crate::credentials::Credentials;
use crate::nonce::{NonceSource as _, RandomNonce};
use crate::signed_headers::SignedHeaders;
use crate::string_to_sign::StringToSign;

/// Signs requests: from a method, a request target and the exact body bytes, it computes the signature
/// and the headers to attach.
///
/// It knows nothing of HTTP clients: callers attach the headers themselves (or, with the `http` feature,
/// call `sign_request`). Like aws-sigv4, it owns no clock and no nonce source: [`sign_at`](Self::sign_at) takes
/// the timestamp and the nonce as inputs (a client's configuration owns where they come from), and
/// [`sign`](Self::sign) draws them from the system clock and [`RandomNonce`]. Cloning is cheap (a reference
/// count).
///
/// ```
/// use wemeet_sign::{Credentials, Signer};
///
/// let signer = Signer::new(Credentials::builder().app_id("200000001").secret_id("AKIDexample").secret_key("secret-key").build());
/// let body = br#"{"userid":"tester","instanceid":1}"#;
/// let headers = signer.sign_at("POST", "/v1/meetings", body, 1_572_172_200, 1);
/// assert_eq!(headers.get("X-TC-Timestamp"), Some("1572172200"));
/// assert_eq!(headers.get("X-TC-Key"), Some("AKIDexample"));
/// assert_eq!(headers.get("X-TC-Signature").map(str::len), Some(88));
/// assert_eq!(headers.get("SdkId"), None); // none configured, so none sent
/// ```
#[derive(Clone)]
pub struct Signer {
    identity: Arc<Identity>,
}

/// What every signed request says about its sender; shared with the [`SignedHeaders`] it produces.
#[derive(Clone)]
pub(crate) struct Identity {
    pub(crate) credentials: Credentials,
    pub(crate) registered: String,
    pub(crate) app_version: Option<String>,
}

impl Signer {
    /// A signer sending `X-TC-Registered: 1` and no `X-TC-Version`.
    pub fn new(credentials: Credentials) -> Self {
        Self {
            identity: Arc::new(Identity {
                credentials,
                registered: "1".to_owned(),
                app_version: None,
            }),
        }
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

    /// Signs one request with the system clock's time and a [`RandomNonce`].
    ///
    /// `method` is the HTTP method as sent (`"POST"`); `target` is the path plus `?` and the
    /// percent-encoded query, exactly as sent, without scheme or host; `body` is the exact bytes sent
    /// (empty for none). Sign each attempt separately: a retry needs a fresh nonce and timestamp.
    pub fn sign(&self, method: &str, target: &str, body: &[u8]) -> SignedHeaders {
        self.sign_at(
            method,
            target,
            body,
            SystemClock.now_unix_seconds(),
            RandomNonce.next_nonce(),
        )
    }

    /// Signs one request with the given timestamp (Unix seconds) and nonce (positive, unique per request within
    /// the five-minute window), as [`sign`](Self::sign) describes.
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

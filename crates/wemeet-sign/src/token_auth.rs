//! Authenticating requests with an OAuth 2.0 access token (third-party apps).

use std::fmt;
use std::sync::Arc;

use crate::access_token::AccessToken;
use crate::clock::{Clock as _, SystemClock};
use crate::decimal::Decimal;
use crate::header::HeaderId;
use crate::nonce::{NonceSource as _, RandomNonce};

/// Authenticates requests of a third-party app with an OAuth 2.0 access token, as the official SDKs do in their
/// OAuth 2.0 mode (api-notes §2): `AccessToken`, `OpenId`, `X-TC-Timestamp`, `X-TC-Nonce` and, when set,
/// `X-TC-Version`; no signature, `X-TC-Key`, `AppId` or `SdkId`.
///
/// Like [`Signer`](crate::Signer), it only computes headers; with the `http` feature it also sets them on an
/// `http::Request`. Not every endpoint accepts access tokens (the endpoint table says which).
///
/// ```
/// use wemeet_sign::{AccessToken, TokenAuth};
///
/// let auth = TokenAuth::new(AccessToken::new("token", "open-id"));
/// let headers = auth.headers_at(1_572_172_200, 7);
/// assert_eq!(headers.get("AccessToken"), Some("token"));
/// assert_eq!(headers.get("OpenId"), Some("open-id"));
/// assert_eq!(headers.get("X-TC-Nonce"), Some("7"));
/// assert_eq!(headers.get("X-TC-Signature"), None);
/// assert!(!format!("{headers:?}").contains("token\""));
/// ```
#[derive(Clone)]
pub struct TokenAuth {
    token: Arc<AccessToken>,
    app_version: Option<Arc<str>>,
}

impl TokenAuth {
    /// Authenticates with `token` and no `X-TC-Version`. Like [`Signer`](crate::Signer), it owns no clock and
    /// no nonce source: [`headers_at`](Self::headers_at) takes them as inputs.
    pub fn new(token: AccessToken) -> Self {
        Self {
            token: Arc::new(token),
            app_version: None,
        }
    }

    /// Sends `X-TC-Version` with this app version (absent by default; an empty version keeps it absent).
    #[must_use]
    pub fn with_app_version(mut self, version: impl Into<String>) -> Self {
        let version = version.into();
        self.app_version = (!version.is_empty()).then(|| Arc::from(version));
        self
    }

    /// The access token requests carry.
    pub fn access_token(&self) -> &AccessToken {
        &self.token
    }

    /// The headers of one request, with the system clock's time and a [`RandomNonce`] (every attempt needs
    /// fresh ones).
    pub fn headers(&self) -> TokenHeaders {
        self.headers_at(SystemClock.now_unix_seconds(), RandomNonce.next_nonce())
    }

    /// The headers of one request with the given timestamp (Unix seconds) and nonce.
    pub fn headers_at(&self, timestamp: u64, nonce: u64) -> TokenHeaders {
        TokenHeaders {
            token: Arc::clone(&self.token),
            app_version: self.app_version.clone(),
            timestamp,
            timestamp_text: Decimal::new(timestamp),
            nonce,
            nonce_text: Decimal::new(nonce),
        }
    }
}

impl fmt::Debug for TokenAuth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenAuth")
            .field("token", &self.token)
            .field("app_version", &self.app_version)
            .finish_non_exhaustive()
    }
}

/// The headers to attach to one request authenticated by an access token. `Debug` redacts the token and the
/// open id.
#[derive(Clone)]
pub struct TokenHeaders {
    token: Arc<AccessToken>,
    app_version: Option<Arc<str>>,
    timestamp: u64,
    timestamp_text: Decimal,
    nonce: u64,
    nonce_text: Decimal,
}

impl TokenHeaders {
    /// The headers as `(name, value)` pairs, names spelled as the API documentation spells them.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &str)> {
        self.entries().map(|(id, value)| (id.name(), value))
    }

    /// The value of one header, looked up case-insensitively; `None` for a header not set.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.iter()
            .find_map(|(header, value)| header.eq_ignore_ascii_case(name).then_some(value))
    }

    /// The `X-TC-Timestamp` value, Unix seconds.
    pub fn timestamp(&self) -> u64 {
        self.timestamp
    }

    /// The `X-TC-Nonce` value.
    pub fn nonce(&self) -> u64 {
        self.nonce
    }

    pub(crate) fn entries(&self) -> impl Iterator<Item = (HeaderId, &str)> {
        [
            Some((HeaderId::AccessToken, self.token.token())),
            Some((HeaderId::OpenId, self.token.open_id())),
            Some((HeaderId::Timestamp, self.timestamp_text.as_str())),
            Some((HeaderId::Nonce, self.nonce_text.as_str())),
            self.app_version
                .as_deref()
                .map(|version| (HeaderId::Version, version)),
        ]
        .into_iter()
        .flatten()
    }
}

impl fmt::Debug for TokenHeaders {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut map = f.debug_map();
        for (id, value) in self.entries() {
            if id.is_secret() {
                map.entry(&id.name(), &"[REDACTED]");
            } else {
                map.entry(&id.name(), &value);
            }
        }
        map.finish()
    }
}

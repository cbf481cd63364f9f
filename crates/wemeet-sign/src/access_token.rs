//! The credentials of a third-party app acting for a user: an OAuth 2.0 access token and the user's open id.

use std::fmt;

use secrecy::{ExposeSecret, SecretString};

/// An OAuth 2.0 access token and the open id of the user who granted it (api-notes §2): what a third-party app
/// sends instead of a signature, as the `AccessToken` and `OpenId` headers.
///
/// The token is held as a [`SecretString`]: redacted in `Debug`, wiped when the last copy is dropped, and never
/// readable back through the public API. Obtaining and refreshing the token (the OAuth 2.0 flow) is the app's
/// business; build a new client, or a new [`TokenAuth`](crate::TokenAuth), with the fresh token.
///
/// ```
/// use wemeet_sign::AccessToken;
///
/// let token = AccessToken::new("token-from-the-oauth-flow", "open-id-of-the-user");
/// assert_eq!(token.open_id(), "open-id-of-the-user");
/// assert!(!format!("{token:?}").contains("token-from-the-oauth-flow"));
/// ```
#[derive(Clone)]
pub struct AccessToken {
    token: SecretString,
    open_id: String,
}

impl AccessToken {
    /// The access token `token`, granted by the user whose OAuth 2.0 open id is `open_id`.
    pub fn new(token: impl Into<String>, open_id: impl Into<String>) -> Self {
        Self {
            token: SecretString::from(token.into()),
            open_id: open_id.into(),
        }
    }

    /// The open id of the user who granted the token, sent as `OpenId`.
    pub fn open_id(&self) -> &str {
        &self.open_id
    }

    /// The token, for the crate's headers and verification only.
    pub(crate) fn token(&self) -> &str {
        self.token.expose_secret()
    }

    /// Whether `received` is this token (compared in constant time).
    pub fn matches(&self, received: &str) -> bool {
        use subtle::ConstantTimeEq as _;
        self.token().as_bytes().ct_eq(received.as_bytes()).into()
    }
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AccessToken")
            .field("token", &"[REDACTED]")
            .field("open_id", &"[REDACTED]")
            .finish()
    }
}

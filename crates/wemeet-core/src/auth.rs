//! How a client's requests prove who sends them: a signature or an OAuth 2.0 access token.

use http::Request;
use wemeet_sign::{AccessToken, Credentials, SignError, Signer, TokenAuth};

/// The authentication of every request of a client, settled by the builder.
///
/// `Debug` shows no secret: the SecretKey and the access token are redacted.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Auth {
    /// Signed with the credentials of an enterprise self-built app (api-notes §1): every endpoint accepts it.
    Signature(Signer),
    /// A third-party app's OAuth 2.0 access token (api-notes §2): only the endpoints whose table entry says so
    /// (`Endpoint::OAUTH2`) accept it; a call of another is refused before anything is sent.
    AccessToken(TokenAuth),
}

impl Auth {
    /// The self-built app's credentials, when requests are signed.
    pub fn credentials(&self) -> Option<&Credentials> {
        match self {
            Auth::Signature(signer) => Some(signer.credentials()),
            Auth::AccessToken(_) => None,
        }
    }

    /// The access token, when requests carry one.
    pub fn access_token(&self) -> Option<&AccessToken> {
        match self {
            Auth::Signature(_) => None,
            Auth::AccessToken(auth) => Some(auth.access_token()),
        }
    }

    /// Sets the authentication headers of one attempt: its timestamp and nonce (fresh for every attempt, from the
    /// configuration's clock and nonce source), and for a signed request a signature over exactly its method,
    /// target and body.
    pub(crate) fn authorize(
        &self,
        request: &mut Request<Vec<u8>>,
        timestamp: u64,
        nonce: u64,
    ) -> Result<(), SignError> {
        match self {
            Auth::Signature(signer) => signer.sign_request_at(request, timestamp, nonce).map(drop),
            Auth::AccessToken(auth) => auth
                .authorize_request_at(request, timestamp, nonce)
                .map(drop),
        }
    }
}

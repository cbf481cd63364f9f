//! Authentication exactly as the service does it: a signature through `wemeet-sign` verification, or an OAuth 2.0
//! access token the mock issued.

use bytes::Bytes;
use wemeet_sign::{Verified, Verifier, header};
use wemeet_types::ErrorCode;

use crate::api::access_tokens::{AccessTokens, TokenUser};
use crate::api::error::ApiError;

/// Who an authenticated request comes from.
#[derive(Debug, Clone)]
pub(crate) enum Caller {
    /// An enterprise self-built app, by its verified signature.
    App(Verified),
    /// A user of a third-party app, by an OAuth 2.0 access token.
    User(TokenUser),
}

impl Caller {
    /// The enterprise the caller acts in (`AppId`): meetings are kept per enterprise.
    pub(crate) fn app_id(&self) -> &str {
        match self {
            Caller::App(verified) => verified.app_id(),
            Caller::User(user) => &user.app_id,
        }
    }
}

/// Authenticates a received request.
///
/// A request with an `AccessToken` header is an OAuth 2.0 call: the token must be one the mock issued, not expired,
/// to the user the `OpenId` header names, and the endpoint must accept access tokens (`oauth2` in the manifest);
/// otherwise 190303 (new code 200190303), as the service answers expired or unknown tokens.
///
/// Any other request is verified as signed: 190303 for an unknown `X-TC-Key`, `AppId` or a mismatched `SdkId`,
/// 200003 for a bad signature or malformed header, 190300 for a timestamp outside the window, 190301 for a replayed
/// nonce. The API documents HTTP 400 for request errors and no status of its own for authentication, so the mock
/// answers the vocabulary's status: clients must judge by the error code.
pub(crate) fn authenticate(
    verifier: &Verifier,
    tokens: &AccessTokens,
    now: u64,
    accepts_tokens: bool,
    request: &http::Request<Bytes>,
) -> Result<Caller, ApiError> {
    let headers = request.headers();
    if let Some(token) = headers.get(header::ACCESS_TOKEN) {
        if !accepts_tokens {
            return Err(ApiError::new(
                ErrorCode::AUTHENTICATION_FAILED,
                "鉴权失败: this endpoint does not accept OAuth 2.0 access tokens",
            ));
        }
        let token = token.to_str().unwrap_or_default();
        let open_id = headers
            .get(header::OPEN_ID)
            .and_then(|value| value.to_str().ok())
            .ok_or_else(|| ApiError::new(ErrorCode::MISSING_HEADER, "OpenId header missing"))?;
        return tokens.check(token, open_id, now).map(Caller::User);
    }
    verifier.verify_request(request).map(Caller::App).map_err(|error| {
        let mut message = error.to_string();
        if headers.get(header::X_TC_SIGNATURE).is_none() {
            // A request with no signature at all: say what the service expects, not only what is missing.
            message.push_str(
                ": every request must be signed (X-TC-Key, X-TC-Timestamp, X-TC-Nonce, X-TC-Signature, AppId; see \
                 the signature page, https://cloud.tencent.com/document/product/1095/42413) or carry an OAuth 2.0 \
                 access token; the wemeet and wemeet-blocking clients do it for you",
            );
        }
        ApiError::new(error.error_code(), message)
    })
}

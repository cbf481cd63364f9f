//! Authentication exactly as the service does it, through `wemeet-sign` verification.

use bytes::Bytes;
use wemeet_sign::{Verified, Verifier};

use crate::api_error::ApiError;

/// Verifies the signature headers of a received request.
///
/// Failures are request errors (HTTP 400) with the code `VerifyError::error_code` gives: 190303 for an unknown
/// `X-TC-Key`, `AppId` or a mismatched `SdkId`, 200003 for a bad signature or malformed header, 190300 for a
/// timestamp outside the window, 190301 for a replayed nonce. The API documents HTTP 400 for request errors and
/// no status of its own for authentication, so the mock answers 400: clients must judge by the error code.
pub(crate) fn authenticate(
    verifier: &Verifier,
    request: &http::Request<Bytes>,
) -> Result<Verified, ApiError> {
    verifier
        .verify_request(request)
        .map_err(|error| ApiError::new(error.error_code(), error.to_string()))
}

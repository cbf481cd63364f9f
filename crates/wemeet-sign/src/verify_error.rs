//! Why a received request failed verification.

use wemeet_types::ErrorCode;

use crate::header;

/// Why a received request failed verification, mapped to the API's error codes by
/// [`error_code`](Self::error_code).
///
/// The messages say what failed; they never contain a SecretKey or the expected signature.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum VerifyError {
    /// A required header is absent.
    #[error("the request has no {name} header")]
    MissingHeader {
        /// The missing header.
        name: &'static str,
    },
    /// A header is present but its value breaks the scheme's rules.
    #[error("the {name} header is malformed: it must be {expected}")]
    MalformedHeader {
        /// The malformed header.
        name: &'static str,
        /// The rule its value breaks.
        expected: &'static str,
    },
    /// No credentials are registered for the `X-TC-Key` sent.
    #[error("no credentials are registered for X-TC-Key {secret_id:?}")]
    UnknownKey {
        /// The `X-TC-Key` (SecretId) that was sent; a SecretId is an identifier, not a secret.
        secret_id: String,
    },
    /// The `AppId` sent is not the one registered with this `X-TC-Key`.
    #[error("the AppId header does not match the AppId registered for this X-TC-Key")]
    AppIdMismatch,
    /// An `SdkId` was sent, but none is allocated for this `X-TC-Key`.
    #[error("an SdkId header was sent, but no SdkId is allocated for this X-TC-Key")]
    UnexpectedSdkId,
    /// No `SdkId` was sent, but one is allocated for this `X-TC-Key`.
    #[error("the request has no SdkId header, but an SdkId is allocated for this X-TC-Key")]
    MissingSdkId,
    /// The `SdkId` sent is not the one registered with this `X-TC-Key`.
    #[error("the SdkId header does not match the SdkId registered for this X-TC-Key")]
    SdkIdMismatch,
    /// `X-TC-Timestamp` is too far from the verifier's clock.
    #[error(
        "X-TC-Timestamp {timestamp} is {} s away from the server's clock ({now}); at most {window_seconds} s are allowed",
        timestamp.abs_diff(*now)
    )]
    TimestampOutOfWindow {
        /// The timestamp sent, Unix seconds.
        timestamp: u64,
        /// The verifier's clock, Unix seconds.
        now: u64,
        /// The largest difference allowed, seconds.
        window_seconds: u64,
    },
    /// `X-TC-Signature` is not the signature of this request under the registered SecretKey.
    #[error(
        "X-TC-Signature does not match the request: the method, target, body, X-TC-Key, X-TC-Nonce, \
         X-TC-Timestamp or SecretKey differ from what was signed"
    )]
    SignatureMismatch,
    /// This nonce and timestamp were already used by a verified request within the window.
    #[error(
        "X-TC-Nonce {nonce} with X-TC-Timestamp {timestamp} was already used: the request is a replay"
    )]
    Replayed {
        /// The nonce sent.
        nonce: u64,
        /// The timestamp sent, Unix seconds.
        timestamp: u64,
    },
    /// The replay guard is full of nonces that are still inside the window; to stay safe the request is
    /// refused rather than a live nonce forgotten.
    #[error(
        "too many requests within the timestamp window to guard against replays (at most {capacity}); try again later"
    )]
    ReplayGuardFull {
        /// How many nonces the guard holds.
        capacity: usize,
    },
}

impl VerifyError {
    /// The Tencent Meeting API error code a server answers this failure with (the codes are defined once, in the
    /// error vocabulary of `wemeet-types`).
    ///
    /// | code | failures |
    /// |---|---|
    /// | 190303 | a missing header, an unknown `X-TC-Key`, an `AppId` or `SdkId` mismatch (including an `SdkId` sent when none is allocated, or missing when one is) |
    /// | 200003 | a malformed header, a wrong signature |
    /// | 190300 | a timestamp outside the window |
    /// | 190301 | a replayed nonce and timestamp |
    /// | 190310 | the replay guard is full (the app-wide rate limit code: too many requests in the window) |
    pub fn error_code(&self) -> ErrorCode {
        match self {
            Self::MissingHeader { .. }
            | Self::UnknownKey { .. }
            | Self::AppIdMismatch
            | Self::UnexpectedSdkId
            | Self::MissingSdkId
            | Self::SdkIdMismatch => ErrorCode::AUTHENTICATION_FAILED,
            Self::MalformedHeader { .. } | Self::SignatureMismatch => ErrorCode::SIGNATURE_INVALID,
            Self::TimestampOutOfWindow { .. } => ErrorCode::TIMESTAMP_EXPIRED,
            Self::Replayed { .. } => ErrorCode::NONCE_REPLAYED,
            Self::ReplayGuardFull { .. } => ErrorCode::RATE_LIMIT_PER_MINUTE,
        }
    }

    /// The header the failure is about, when there is one.
    pub fn header(&self) -> Option<&'static str> {
        match self {
            Self::MissingHeader { name } | Self::MalformedHeader { name, .. } => Some(name),
            Self::UnknownKey { .. } => Some(header::X_TC_KEY),
            Self::AppIdMismatch => Some(header::APP_ID),
            Self::UnexpectedSdkId | Self::MissingSdkId | Self::SdkIdMismatch => {
                Some(header::SDK_ID)
            }
            Self::TimestampOutOfWindow { .. } => Some(header::X_TC_TIMESTAMP),
            Self::SignatureMismatch => Some(header::X_TC_SIGNATURE),
            Self::Replayed { .. } => Some(header::X_TC_NONCE),
            Self::ReplayGuardFull { .. } => None,
        }
    }
}

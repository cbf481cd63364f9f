//! The API error codes the mock answers with (see the error table of the Tencent Meeting REST API).
//!
//! They are public so that tests written against the mock can name the code they expect.

/// Invalid parameter: malformed JSON, a missing required field, a wrong type or a value out of its rules.
pub const INVALID_PARAMETER: i64 = 190_004;
/// The signature does not match the request.
pub const SIGNATURE_INVALID: i64 = 200_003;
/// The timestamp is more than the allowed window (5 minutes) away from the server's clock.
pub const TIMESTAMP_EXPIRED: i64 = 190_300;
/// The same nonce and timestamp were already used within the window.
pub const NONCE_REPLAYED: i64 = 190_301;
/// Authentication failed: unknown `X-TC-Key` or `AppId`, or an `SdkId` that does not match.
pub const AUTHENTICATION_FAILED: i64 = 190_303;
/// Backgrounds: an image URL that is not an `http`/`https` URL.
pub const BACKGROUND_IMAGE_URL_INVALID: i64 = 20_013;
/// Backgrounds: more than 7 backgrounds for one meeting.
pub const BACKGROUND_LIMIT_EXCEEDED: i64 = 20_018;
/// Backgrounds: `default_image_order` outside `1..=image_list.len()`.
pub const BACKGROUND_DEFAULT_ORDER_INVALID: i64 = 20_026;
/// The meeting does not exist (or belongs to another enterprise).
pub const MEETING_NOT_FOUND: i64 = 202_001;
/// The caller may not act on this meeting (backgrounds: only its creator may add them).
pub const NO_PERMISSION: i64 = 9_042;
/// Live stream: a push address that is empty or not a URL.
pub const PUSH_ADDRESS_INVALID: i64 = 400_004;
/// Live stream: the caller is not the meeting's creator.
pub const NOT_MEETING_CREATOR: i64 = 400_007;
/// No such endpoint, or a method the endpoint does not accept (a mock-specific code, sent with 404/405).
pub const NO_SUCH_ENDPOINT: i64 = 404;
/// An internal failure of the mock itself (sent with HTTP 500).
pub const INTERNAL_ERROR: i64 = 500;

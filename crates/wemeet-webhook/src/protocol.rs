//! The facts of the callback protocol (事件订阅 / 企业回调), each stated once.

use std::time::Duration;

/// The header carrying the timestamp the signature covers.
pub const TIMESTAMP_HEADER: &str = "timestamp";

/// The header carrying the nonce the signature covers.
pub const NONCE_HEADER: &str = "nonce";

/// The header carrying the signature: lowercase hex SHA-1 of the token, timestamp, nonce and data, sorted as
/// strings in ascending byte order and concatenated without separators.
pub const SIGNATURE_HEADER: &str = "signature";

/// The query parameter of the URL-verification `GET` (and heartbeat): base64 of the challenge, encrypted first
/// when an EncodingAESKey is configured.
pub const CHECK_STR_PARAM: &str = "check_str";

/// The exact body (no quotes, no newline) that, with HTTP 200, acknowledges an event delivery. Any other answer
/// makes the service deliver the event again after [`RETRY_DELAYS`].
pub const SUCCESS_RESPONSE: &str = "successfully received callback";

/// After a failed delivery the service tries again after 1, 3 and 6 minutes (three retries), so the same event
/// (the same `trace_id`) can arrive up to four times within about ten minutes.
pub const RETRY_DELAYS: [Duration; 3] = [
    Duration::from_secs(60),
    Duration::from_secs(3 * 60),
    Duration::from_secs(6 * 60),
];

/// The service drops an event delivery that is not answered within 5 seconds (and retries it).
pub const EVENT_ANSWER_TIMEOUT: Duration = Duration::from_secs(5);

/// The URL verification must be answered within 3 seconds, or saving the subscription fails (error 10002).
pub const URL_VERIFICATION_TIMEOUT: Duration = Duration::from_secs(3);

/// The length of a Token: the console issues 25 letters or digits (由英文或数字组成且长度为25位).
pub const TOKEN_LEN: usize = 25;

/// The length of an EncodingAESKey: 43 base64 characters, which with one `=` appended decode to the AES key.
pub const ENCODING_AES_KEY_LEN: usize = 43;

/// AES-256: the EncodingAESKey decodes to 32 key bytes; the IV is their first 16 bytes.
pub(crate) const AES_KEY_BYTES: usize = 32;

/// The AES block size: ciphertexts are a positive multiple of it.
pub(crate) const AES_BLOCK_BYTES: usize = 16;

/// The largest PKCS#7 pad length accepted on decryption. The docs name PKCS#7 without a block size; their Go
/// sample strips as many bytes as the last byte says. Senders that pad to 32 bytes (as WeCom does) are accepted.
pub(crate) const MAX_PAD_BYTES: usize = 32;

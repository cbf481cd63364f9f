//! Why a callback request was refused.

use crate::protocol::{CHECK_STR_PARAM, NONCE_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER};

/// Why a callback request was refused: each failure its own variant.
///
/// The messages say what failed and where; they never contain the Token, the key, a signature, the body, the
/// decrypted text or any value taken from it (JSON errors keep only a position and a category).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// A header the signature needs is absent.
    #[error(
        "the callback has no `{name}` header (a callback carries `{TIMESTAMP_HEADER}`, `{NONCE_HEADER}` and `{SIGNATURE_HEADER}`)"
    )]
    MissingHeader {
        /// The missing header.
        name: &'static str,
    },
    /// A header the signature needs is present but is not visible ASCII text.
    #[error("the `{name}` header is not visible ASCII text")]
    MalformedHeader {
        /// The malformed header.
        name: &'static str,
    },
    /// The URL-verification request has no `check_str` query parameter.
    #[error("the URL-verification request has no `{CHECK_STR_PARAM}` query parameter")]
    MissingCheckStr,
    /// The `signature` header is not the signature of this request under the configured Token.
    #[error(
        "the `{SIGNATURE_HEADER}` header does not match: the Token, `{TIMESTAMP_HEADER}`, `{NONCE_HEADER}` or the \
         signed value (`data` or `check_str`, exactly as received) differ from what was signed"
    )]
    SignatureMismatch,
    /// The event body is not the JSON object `{"data": "<string>"}`.
    #[error("the event body is not the JSON object {{\"data\": \"<base64 string>\"}}: {problem}")]
    MalformedBody {
        /// What is wrong with it (a JSON position or the missing field), without any of its content.
        problem: BodyProblem,
    },
    /// The signed value (`data` or `check_str`) is not base64.
    #[error("`{field}` is not base64 (standard alphabet, padding optional)")]
    Base64 {
        /// `data` or `check_str`.
        field: &'static str,
    },
    /// With an EncodingAESKey, the decoded value must be AES ciphertext: a positive multiple of 16 bytes.
    #[error(
        "the decoded value has {length} bytes, not a positive multiple of 16: it is not AES-CBC ciphertext \
         (is this subscription configured without an EncodingAESKey?)"
    )]
    CiphertextLength {
        /// The length of the decoded value.
        length: usize,
    },
    /// The decrypted value does not end in PKCS#7 padding: it was not encrypted with this EncodingAESKey.
    #[error(
        "the decrypted value has no valid PKCS#7 padding: it was not encrypted with the configured EncodingAESKey"
    )]
    Padding,
    /// The decoded (and decrypted) value is not UTF-8 text.
    #[error(
        "the decoded `{field}` is not UTF-8 text (byte {valid_up_to} starts an invalid sequence)"
    )]
    NotUtf8 {
        /// `data` or `check_str`.
        field: &'static str,
        /// How many bytes from the start are valid UTF-8.
        valid_up_to: usize,
    },
    /// The event text is not a JSON object with a string `event`.
    #[error("the event is not a JSON object with a string `event`: {problem}")]
    NotAnEvent {
        /// Where the JSON went wrong.
        problem: JsonProblem,
    },
    /// The event names a known event but does not fit its model.
    #[error("the `{event}` event does not fit its model: {problem}")]
    EventModel {
        /// The event name.
        event: &'static str,
        /// Where the JSON went wrong.
        problem: JsonProblem,
    },
    /// The HTTP method is neither `GET` (URL verification) nor `POST` (event delivery).
    #[error("callbacks are `GET` (URL verification) or `POST` (events), not `{method}`")]
    MethodNotAllowed {
        /// The method received.
        method: String,
    },
}

impl WebhookError {
    /// The HTTP status a receiver answers the failure with: 405 for a wrong method, 401 for a wrong signature,
    /// 400 for everything else. Any answer other than 200 makes the service retry an event (URL verification
    /// then fails).
    pub fn status_code(&self) -> u16 {
        match self {
            Self::SignatureMismatch => 401,
            Self::MethodNotAllowed { .. } => 405,
            _ => 400,
        }
    }
}

/// What is wrong with an event body, without any of its content.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BodyProblem {
    /// The body is not valid JSON, or `data` is not a string.
    #[error("{0}")]
    Json(JsonProblem),
    /// The body is a JSON object without a `data` member.
    #[error("it has no `data` member")]
    NoData,
}

/// Where and how JSON failed to decode: the position and the category only, never the offending text (serde's
/// messages can quote it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{category} at line {line}, column {column}")]
#[non_exhaustive]
pub struct JsonProblem {
    /// The line, from 1.
    pub line: usize,
    /// The column, from 1.
    pub column: usize,
    /// What kind of failure: `syntax error`, `unexpected end`, `wrong type or value`, or `I/O error`.
    pub category: &'static str,
}

impl From<&serde_json::Error> for JsonProblem {
    fn from(error: &serde_json::Error) -> Self {
        let category = match error.classify() {
            serde_json::error::Category::Io => "I/O error",
            serde_json::error::Category::Syntax => "syntax error",
            serde_json::error::Category::Data => "wrong type or value",
            serde_json::error::Category::Eof => "unexpected end",
        };
        Self {
            line: error.line(),
            column: error.column(),
            category,
        }
    }
}

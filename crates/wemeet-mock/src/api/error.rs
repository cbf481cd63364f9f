//! The documented error answer: `{"error_info":{"error_code":..,"new_error_code":..,"message":..}}`.

use axum::body::Body;
use axum::response::Response;
use http::{StatusCode, header};
use wemeet_types::{ErrorCode, ValidationError};

/// An error answer of the mock: an API error code, the HTTP status the service answers it with, and a message.
///
/// The status comes from the error vocabulary (`schemas/error-codes.json`), as does the `new_error_code` where the
/// docs give one; the mock's own answers for paths the API does not have use [`NO_SUCH_ENDPOINT`] with 404, for a
/// method a known path does not take [`METHOD_NOT_ALLOWED`] with 405, and a failure of the mock itself
/// [`INTERNAL_ERROR`] with 500.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ApiError {
    status: StatusCode,
    code: ErrorCode,
    message: String,
}

/// The mock's code for a path the API does not have (sent with 404; not an API code).
pub const NO_SUCH_ENDPOINT: ErrorCode = ErrorCode::new(404);
/// The mock's code for a method a path of the API does not take (sent with 405; not an API code).
pub const METHOD_NOT_ALLOWED: ErrorCode = ErrorCode::new(405);
/// The mock's code for a failure of the mock itself (sent with 500; not an API code).
pub const INTERNAL_ERROR: ErrorCode = ErrorCode::new(500);

impl ApiError {
    /// The error `code`, with the HTTP status the vocabulary gives it (500 for a code it does not list).
    pub(crate) fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        let status = code
            .info()
            .and_then(|info| StatusCode::from_u16(info.status).ok())
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        Self {
            status,
            code,
            message: message.into(),
        }
    }

    /// Error 190004 (invalid parameter).
    pub(crate) fn invalid_parameter(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::INVALID_PARAMETER, message)
    }

    /// A failure of the mock itself.
    pub(crate) fn internal(message: impl Into<String>) -> Self {
        Self::with_status(StatusCode::INTERNAL_SERVER_ERROR, INTERNAL_ERROR, message)
    }

    /// An error with an explicit status (used for 404/405, which the API docs do not cover).
    pub(crate) fn with_status(
        status: StatusCode,
        code: ErrorCode,
        message: impl Into<String>,
    ) -> Self {
        Self {
            status,
            code,
            message: message.into(),
        }
    }

    pub(crate) fn status(&self) -> StatusCode {
        self.status
    }

    pub(crate) fn code(&self) -> ErrorCode {
        self.code
    }

    pub(crate) fn message(&self) -> &str {
        &self.message
    }

    /// The documented error body as JSON bytes.
    pub(crate) fn body(&self) -> Vec<u8> {
        error_body(self.code, &self.message)
    }

    /// The HTTP response (without `X-TC-Trace`; the pipeline adds it to every response).
    pub(crate) fn into_response(self) -> Response {
        json_response(self.status, self.body())
    }
}

impl From<ValidationError> for ApiError {
    /// The answer the service gives to a request breaking a documented rule: the rule's code (`x-error-code`,
    /// 190004 by default), naming the field and the rule as the client would.
    fn from(error: ValidationError) -> Self {
        ApiError::new(error.error_code(), format!("invalid parameter {error}"))
    }
}

/// The documented error body for `code` and `message`, with every field the docs' error body has:
/// `new_error_code` is the newer code the vocabulary documents, or the code itself where it documents none (clients
/// such as the official SDKs lose the whole error when the field is missing; wemeet-rs's clients cope either way,
/// which the scripted-server tests check).
pub(crate) fn error_body(code: ErrorCode, message: &str) -> Vec<u8> {
    let new_code = code
        .info()
        .and_then(|info| info.new_code)
        .unwrap_or_else(|| code.get());
    serde_json::json!({
        "error_info": { "error_code": code.get(), "new_error_code": new_code, "message": message }
    })
    .to_string()
    .into_bytes()
}

/// A response with a JSON body.
pub(crate) fn json_response(status: StatusCode, body: impl Into<Body>) -> Response {
    let mut response = Response::new(body.into());
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, JSON_CONTENT_TYPE.clone());
    response
}

/// `application/json; charset=utf-8`, the content type of every JSON answer.
pub(crate) static JSON_CONTENT_TYPE: http::HeaderValue =
    http::HeaderValue::from_static("application/json; charset=utf-8");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_body_has_the_documented_shape() {
        let error = ApiError::invalid_parameter("missing field `userid`");
        let body: serde_json::Value = serde_json::from_slice(&error.body()).expect("valid JSON");
        assert_eq!(body["error_info"]["error_code"], 190_004);
        assert_eq!(
            body["error_info"]["new_error_code"], 190_004,
            "every field of the body"
        );
        assert_eq!(body["error_info"]["message"], "missing field `userid`");
        assert_eq!(error.status(), StatusCode::BAD_REQUEST);
    }

    #[test]
    fn the_status_and_new_code_come_from_the_vocabulary() {
        let error = ApiError::new(ErrorCode::MEETING_CANCELLED, "cancelled");
        assert_eq!(error.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let error = ApiError::new(ErrorCode::AUTHENTICATION_FAILED, "who?");
        let body: serde_json::Value = serde_json::from_slice(&error.body()).expect("valid JSON");
        assert_eq!(body["error_info"]["new_error_code"], 200_190_303);
        assert_eq!(error.status(), StatusCode::BAD_REQUEST);
    }

    #[test]
    fn messages_with_quotes_stay_valid_json() {
        let body = error_body(ErrorCode::INVALID_PARAMETER, "field \"x\" \\ bad\n");
        let value: serde_json::Value = serde_json::from_slice(&body).expect("valid JSON");
        assert_eq!(value["error_info"]["message"], "field \"x\" \\ bad\n");
    }
}

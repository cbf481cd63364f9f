//! The documented error answer: `{"error_info":{"error_code":..,"new_error_code":..,"message":..}}`.

use axum::body::Body;
use axum::response::Response;
use http::{StatusCode, header};

use crate::error_code;

/// An error answer of the mock: an HTTP status, an API error code and a message.
///
/// Request errors (bad parameters, business rules, authentication) travel with HTTP 400 and service errors with
/// HTTP 500, as the API documents. `new_error_code` carries the same value as `error_code`: the documents name
/// the field but not its values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ApiError {
    status: StatusCode,
    code: i64,
    message: String,
}

impl ApiError {
    /// A request error (HTTP 400) with the given code.
    pub(crate) fn request(code: i64, message: impl Into<String>) -> Self {
        Self {
            status: StatusCode::BAD_REQUEST,
            code,
            message: message.into(),
        }
    }

    /// Error 190004 (invalid parameter), HTTP 400.
    pub(crate) fn invalid_parameter(message: impl Into<String>) -> Self {
        Self::request(error_code::INVALID_PARAMETER, message)
    }

    /// A service error (HTTP 500) of the mock itself.
    pub(crate) fn internal(message: impl Into<String>) -> Self {
        Self {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            code: error_code::INTERNAL_ERROR,
            message: message.into(),
        }
    }

    /// An error with an explicit status (used for 404/405, which the API docs do not cover).
    pub(crate) fn with_status(status: StatusCode, code: i64, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
        }
    }

    pub(crate) fn status(&self) -> StatusCode {
        self.status
    }

    pub(crate) fn code(&self) -> i64 {
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

/// The documented error body for `code` and `message`.
pub(crate) fn error_body(code: i64, message: &str) -> Vec<u8> {
    let body = serde_json::json!({
        "error_info": { "error_code": code, "new_error_code": code, "message": message }
    });
    body.to_string().into_bytes()
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
        assert_eq!(body["error_info"]["new_error_code"], 190_004);
        assert_eq!(body["error_info"]["message"], "missing field `userid`");
        assert_eq!(error.status(), StatusCode::BAD_REQUEST);
    }

    #[test]
    fn messages_with_quotes_stay_valid_json() {
        let body = error_body(190_004, "field \"x\" \\ bad\n");
        let value: serde_json::Value = serde_json::from_slice(&body).expect("valid JSON");
        assert_eq!(value["error_info"]["message"], "field \"x\" \\ bad\n");
    }
}

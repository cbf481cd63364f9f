//! Calls of paths the endpoint table does not model yet (the docs have families no SDK covers: webinars, MRA,
//! account-level lists), through the same request path as every endpoint.

use std::fmt;

use serde::Serialize;
use serde::de::DeserializeOwned;
use wemeet_types::{Encoded, Method, Query, QueryValue, RetryClass, Rule, ValidationError};

use crate::Error;

/// A signed call of any path of the API, for what the SDK does not model yet: method, path, query parameters and
/// an optional JSON body, answered as [`serde_json::Value`] or any type that deserializes.
///
/// It takes the path every endpoint takes: signing (or the OAuth 2.0 access token), timeouts, retries, error
/// decoding with the service's code, message and trace id, logging without secrets. Retries follow the method: a
/// GET is idempotent (also re-sent after timeouts and gateway errors), anything else is re-sent only when it
/// certainly never reached the server.
///
/// ```
/// use wemeet_core::RawRequest;
///
/// // GET /v1/webinars/{meeting_id}?operator_id=tester&operator_id_type=1 (a family the SDK does not model)
/// let request = RawRequest::get("/v1/webinars/7567173273889276131")
///     .query("operator_id", "tester")
///     .query("operator_id_type", &1u32);
/// assert_eq!(request.path(), "/v1/webinars/7567173273889276131");
/// // client.raw::<serde_json::Value>(&request).await? with the async client, or without `.await` blocking.
/// ```
#[derive(Clone)]
pub struct RawRequest {
    method: Method,
    path: String,
    query: Vec<(String, String)>,
    body: Result<Vec<u8>, String>,
}

impl RawRequest {
    /// A call of `method` on `path` (from `/`, without the query, each segment already percent-encoded where it
    /// needs to be).
    pub fn new(method: Method, path: impl Into<String>) -> Self {
        RawRequest {
            method,
            path: path.into(),
            query: Vec::new(),
            body: Ok(Vec::new()),
        }
    }

    /// `GET path`.
    pub fn get(path: impl Into<String>) -> Self {
        RawRequest::new(Method::Get, path)
    }

    /// `POST path`.
    pub fn post(path: impl Into<String>) -> Self {
        RawRequest::new(Method::Post, path)
    }

    /// `PUT path`.
    pub fn put(path: impl Into<String>) -> Self {
        RawRequest::new(Method::Put, path)
    }

    /// `DELETE path`.
    pub fn delete(path: impl Into<String>) -> Self {
        RawRequest::new(Method::Delete, path)
    }

    /// Adds the query parameter `name=value` (percent-encoded when sent; in the order added).
    #[must_use]
    pub fn query(mut self, name: &str, value: &(impl QueryValue + ?Sized)) -> Self {
        self.query
            .push((name.to_owned(), value.query_value().into_owned()));
        self
    }

    /// Sends `body` as the JSON body (serialized now; a value that cannot be serialized fails the call before
    /// anything is sent).
    #[must_use]
    pub fn json(mut self, body: &impl Serialize) -> Self {
        self.body = serde_json::to_vec(body).map_err(|error| error.to_string());
        self
    }

    /// The method.
    pub fn method(&self) -> Method {
        self.method
    }

    /// The path.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The retry class its method gives it.
    pub fn retry_class(&self) -> RetryClass {
        match self.method {
            Method::Get => RetryClass::Idempotent,
            Method::Post | Method::Put | Method::Patch | Method::Delete => RetryClass::IfNotSent,
        }
    }

    /// The path checked, the query and the body as they go on the wire.
    pub(crate) fn encoded(&self) -> Result<Encoded, Error> {
        check_path(&self.path)?;
        let body = self.body.clone().map_err(Error::Encode)?;
        if self.method == Method::Get && !body.is_empty() {
            return Err(Error::Encode("a GET sends no body".to_owned()));
        }
        let mut query = Query::new();
        for (name, value) in &self.query {
            query.pair(name, value.as_str());
        }
        let mut encoded = query.finish();
        encoded.body = body;
        Ok(encoded)
    }
}

impl fmt::Debug for RawRequest {
    /// The method, the path, the query's names and the body's size; never a value.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.query.iter().map(|(name, _)| name.as_str()).collect();
        f.debug_struct("RawRequest")
            .field("method", &self.method)
            .field("path", &self.path)
            .field("query", &names)
            .field("body_bytes", &self.body.as_ref().map(Vec::len).ok())
            .finish()
    }
}

/// A path from `/`, of the characters a URI path may hold, without a query or fragment and without `.` or `..`
/// segments (a URL parser would change the path they are in).
fn check_path(path: &str) -> Result<(), ValidationError> {
    let allowed = |c: char| c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=:@/%".contains(c);
    if !path.starts_with('/') || !path.chars().all(allowed) {
        return Err(ValidationError::new("path", Rule::PathSegment));
    }
    if path.split('/').any(|segment| matches!(segment, "." | "..")) {
        return Err(ValidationError::new("path", Rule::PathSegment));
    }
    Ok(())
}

/// A raw call's answer: JSON (an empty body is `null`).
pub(crate) fn decode_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, serde_json::Error> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return serde_json::from_slice(b"null");
    }
    serde_json::from_slice(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_keeps_its_order_and_the_method_gives_the_retry_class() {
        let request = RawRequest::get("/v1/webinars")
            .query("page", &1u32)
            .query("name", "a b&c");
        let encoded = request.encoded().unwrap();
        assert_eq!(encoded.query.as_deref(), Some("page=1&name=a+b%26c"));
        assert!(encoded.body.is_empty());
        assert_eq!(request.retry_class(), RetryClass::Idempotent);
        assert_eq!(
            RawRequest::post("/v1/x").retry_class(),
            RetryClass::IfNotSent
        );
    }

    #[test]
    fn a_json_body_is_serialized_once_and_a_get_takes_none() {
        let encoded = RawRequest::post("/v1/x")
            .json(&serde_json::json!({"a": 1}))
            .encoded()
            .unwrap();
        assert_eq!(encoded.body, br#"{"a":1}"#);
        let error = RawRequest::get("/v1/x")
            .json(&serde_json::json!({}))
            .encoded()
            .unwrap_err();
        assert!(error.to_string().contains("GET"), "{error}");
    }

    #[test]
    fn a_path_that_would_change_on_the_way_is_refused() {
        for path in [
            "v1/x",
            "/v1/x?a=1",
            "/v1/x#f",
            "/v1/../x",
            "/v1/ x",
            "/v1/é",
        ] {
            assert!(RawRequest::get(path).encoded().is_err(), "{path}");
        }
        assert!(RawRequest::get("/v1/meetings/123/x%2Fy").encoded().is_ok());
    }

    #[test]
    fn debug_shows_no_value() {
        let request = RawRequest::post("/v1/x")
            .query("token", "secret-value")
            .json(&serde_json::json!({"password": "hunter2"}));
        let shown = format!("{request:?}");
        assert!(
            shown.contains("token")
                && !shown.contains("secret-value")
                && !shown.contains("hunter2")
        );
    }

    #[test]
    fn an_empty_answer_is_null() {
        assert_eq!(
            decode_json::<serde_json::Value>(b"").unwrap(),
            serde_json::Value::Null
        );
        assert_eq!(decode_json::<Option<u8>>(b" ").unwrap(), None);
    }
}

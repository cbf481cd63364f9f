//! How a request travels: serialized once into the bytes that are signed and sent.

use std::fmt;

use serde::Serialize;

/// A request that knows how it travels: a JSON body, or a GET's query string (generated for every request
/// model from `schemas/endpoints.json`).
pub trait EncodeRequest {
    /// The query string and body of the request, serialized once.
    ///
    /// # Errors
    /// An [`EncodeError`] when the value cannot be serialized (a bug of the model, never of the caller's data).
    fn encode(&self) -> Result<Encoded, EncodeError>;
}

impl EncodeRequest for () {
    /// No query, no body.
    fn encode(&self) -> Result<Encoded, EncodeError> {
        Ok(Encoded::default())
    }
}

/// A request as it goes on the wire: exactly these bytes are signed and sent.
#[derive(Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Encoded {
    /// The query string, percent-encoded (UTF-8, upper-case `%XX`, space as `+`), without the `?`; `None` when
    /// there is nothing to send.
    pub query: Option<String>,
    /// The body; empty for a request without one (a GET signs the empty string).
    pub body: Vec<u8>,
}

impl Encoded {
    /// `value` as a JSON body.
    ///
    /// # Errors
    /// The value cannot be serialized as JSON.
    pub fn json(value: &impl Serialize) -> Result<Self, EncodeError> {
        Ok(Encoded {
            query: None,
            body: serde_json::to_vec(value).map_err(|error| EncodeError(error.to_string()))?,
        })
    }

    /// `value` as a query string (`application/x-www-form-urlencoded`), and no body.
    ///
    /// # Errors
    /// The value is not a flat object of scalars.
    pub fn query(value: &impl Serialize) -> Result<Self, EncodeError> {
        let query =
            serde_urlencoded::to_string(value).map_err(|error| EncodeError(error.to_string()))?;
        Ok(Encoded {
            query: (!query.is_empty()).then_some(query),
            body: Vec::new(),
        })
    }
}

impl fmt::Debug for Encoded {
    /// Sizes only: a request may carry a password or a stream key.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Encoded")
            .field("query_bytes", &self.query.as_ref().map(String::len))
            .field("body_bytes", &self.body.len())
            .finish()
    }
}

/// A request model could not be serialized.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncodeError(String);

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the request could not be serialized: {}", self.0)
    }
}

impl std::error::Error for EncodeError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Query {
        operator_id: &'static str,
        operator_id_type: u32,
        #[serde(skip_serializing_if = "Option::is_none")]
        userid: Option<&'static str>,
    }

    #[test]
    fn a_query_is_percent_encoded_once_in_field_order() {
        let encoded = Encoded::query(&Query {
            operator_id: "张 三&x=1",
            operator_id_type: 1,
            userid: None,
        })
        .unwrap();
        assert_eq!(
            encoded.query.as_deref(),
            Some("operator_id=%E5%BC%A0+%E4%B8%89%26x%3D1&operator_id_type=1")
        );
        assert!(encoded.body.is_empty());
    }

    #[test]
    fn debug_shows_sizes_only() {
        let encoded = Encoded::json(&serde_json::json!({"push_password": "secret"})).unwrap();
        assert!(!format!("{encoded:?}").contains("secret"));
    }
}

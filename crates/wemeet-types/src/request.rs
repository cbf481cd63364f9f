//! How a request travels: serialized once into the bytes that are signed and sent.

use std::borrow::Cow;
use std::fmt;

use serde::Serialize;

/// A request that knows how it travels: a JSON body, or a GET's query string (generated for every request
/// model from `schemas/endpoints.json`).
#[doc(hidden)]
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
#[doc(hidden)]
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
}

/// A query string (`application/x-www-form-urlencoded`) built pair by pair, in the order of the request model's
/// fields: the generated `EncodeRequest` of every request that travels in the query adds each field it has.
#[doc(hidden)]
pub struct Query(form_urlencoded::Serializer<'static, String>);

impl Query {
    /// An empty query.
    pub fn new() -> Self {
        Query(form_urlencoded::Serializer::new(String::new()))
    }

    /// Adds `name=value`, both percent-encoded (UTF-8, upper-case `%XX`, space as `+`).
    pub fn pair(&mut self, name: &str, value: &(impl QueryValue + ?Sized)) -> &mut Self {
        self.0.append_pair(name, &value.query_value());
        self
    }

    /// The request as it goes on the wire: this query (none if no pair was added) and no body.
    pub fn finish(mut self) -> Encoded {
        let query = self.0.finish();
        Encoded {
            query: (!query.is_empty()).then_some(query),
            body: Vec::new(),
        }
    }
}

impl Default for Query {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for Query {
    /// Nothing of the values: a query may name a user.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Query").finish_non_exhaustive()
    }
}

/// A value that travels as one query parameter: its text before percent-encoding.
#[doc(hidden)]
pub trait QueryValue {
    /// The value as text: a string as it is, a number in decimal, a code list's code.
    fn query_value(&self) -> Cow<'_, str>;
}

impl QueryValue for str {
    fn query_value(&self) -> Cow<'_, str> {
        Cow::Borrowed(self)
    }
}

impl QueryValue for String {
    fn query_value(&self) -> Cow<'_, str> {
        Cow::Borrowed(self)
    }
}

impl QueryValue for bool {
    fn query_value(&self) -> Cow<'_, str> {
        Cow::Borrowed(if *self { "true" } else { "false" })
    }
}

macro_rules! decimal_query_values {
    ($($ty:ty),*) => {$(
        impl QueryValue for $ty {
            fn query_value(&self) -> Cow<'_, str> {
                Cow::Owned(self.to_string())
            }
        }
    )*};
}

decimal_query_values!(u8, u16, u32, u64, i8, i16, i32, i64);

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
#[doc(hidden)]
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

    #[test]
    fn a_query_is_percent_encoded_once_in_the_order_given() {
        let mut query = Query::new();
        query
            .pair("operator_id", "张 三&x=1*-._~")
            .pair("operator_id_type", &1u32)
            .pair("instanceid", &crate::InstanceId::Pc)
            .pair("flag", &true);
        let encoded = query.finish();
        assert_eq!(
            encoded.query.as_deref(),
            Some(
                "operator_id=%E5%BC%A0+%E4%B8%89%26x%3D1*-._%7E&operator_id_type=1&instanceid=1&flag=true"
            )
        );
        assert!(encoded.body.is_empty());
    }

    #[test]
    fn a_query_with_no_pair_is_no_query() {
        assert_eq!(Query::new().finish(), Encoded::default());
    }

    #[test]
    fn a_query_decodes_back_to_what_was_given() {
        let text = "a b+c%d&e=f/?#[]@!$'()*,;=张";
        let mut query = Query::default();
        query.pair("k", text);
        let encoded = query.finish().query.unwrap();
        let pairs: Vec<(String, String)> = form_urlencoded::parse(encoded.as_bytes())
            .into_owned()
            .collect();
        assert_eq!(pairs, [("k".to_owned(), text.to_owned())]);
        assert!(!format!("{:?}", Query::new()).contains("k="));
    }

    #[test]
    fn debug_shows_sizes_only() {
        let encoded = Encoded::json(&serde_json::json!({"push_password": "secret"})).unwrap();
        assert!(!format!("{encoded:?}").contains("secret"));
    }
}

//! How a request travels: serialized once into the bytes that are signed and sent.

use std::borrow::Cow;
use std::fmt;

use serde::Serialize;

/// A request that knows how it travels: a JSON body, a query string, both, or a multipart form (generated for every
/// request model from the services' manifests).
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
    /// A multipart form, sent instead of `body`: the service signs such a request as if its body were empty (the
    /// upload pages: 表单数据不作为签名的部分).
    pub form: Option<Form>,
}

impl Encoded {
    /// `value` as a JSON body, without its fields `in_query`, which travel in `query` instead (the properties
    /// the schemas mark `x-in: query`).
    ///
    /// # Errors
    /// The value cannot be serialized as a JSON object.
    pub fn json_with_query(
        value: &impl Serialize,
        in_query: &[&str],
        query: Query,
    ) -> Result<Self, EncodeError> {
        let mut body =
            serde_json::to_value(value).map_err(|error| EncodeError(error.to_string()))?;
        let serde_json::Value::Object(fields) = &mut body else {
            return Err(EncodeError("a request body is a JSON object".to_owned()));
        };
        for name in in_query {
            fields.remove(*name);
        }
        Ok(Encoded {
            query: query.finish().query,
            body: serde_json::to_vec(&body).map_err(|error| EncodeError(error.to_string()))?,
            form: None,
        })
    }

    /// `value` as a JSON body.
    ///
    /// # Errors
    /// The value cannot be serialized as JSON.
    pub fn json(value: &impl Serialize) -> Result<Self, EncodeError> {
        Ok(Encoded {
            query: None,
            body: serde_json::to_vec(value).map_err(|error| EncodeError(error.to_string()))?,
            form: None,
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
            form: None,
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

impl QueryValue for crate::UnixSeconds {
    /// Unix seconds in decimal.
    fn query_value(&self) -> Cow<'_, str> {
        Cow::Owned(self.get().to_string())
    }
}

impl fmt::Debug for Encoded {
    /// Sizes only: a request may carry a password or a stream key.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Encoded")
            .field("query_bytes", &self.query.as_ref().map(String::len))
            .field("body_bytes", &self.body.len())
            .field("form", &self.form)
            .finish()
    }
}

/// A multipart form (`multipart/form-data`), part by part in the order of the request model's fields: text fields,
/// and the one file (an [`Upload`](crate::Upload), streamed when it is a reader). The generated `EncodeRequest` of
/// a multipart request adds each field it has; `wemeet-core` writes the parts' framing.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Form {
    parts: Vec<FormPart>,
}

/// One part of a [`Form`].
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum FormPart {
    /// A text field.
    Text {
        /// The field's name.
        name: String,
        /// Its value as text.
        value: String,
    },
    /// The file.
    File {
        /// The field's name.
        name: String,
        /// The file.
        upload: crate::Upload,
    },
}

impl Form {
    /// An empty form.
    pub fn new() -> Self {
        Form::default()
    }

    /// Adds the text field `name` (a number in decimal, a code list's code, a boolean as `true`/`false`).
    pub fn text(&mut self, name: &str, value: &(impl QueryValue + ?Sized)) -> &mut Self {
        self.parts.push(FormPart::Text {
            name: name.to_owned(),
            value: value.query_value().into_owned(),
        });
        self
    }

    /// Adds the file field `name`.
    pub fn file(&mut self, name: &str, upload: &crate::Upload) -> &mut Self {
        self.parts.push(FormPart::File {
            name: name.to_owned(),
            upload: upload.clone(),
        });
        self
    }

    /// The parts, in order.
    pub fn parts(&self) -> &[FormPart] {
        &self.parts
    }

    /// The request as it goes on the wire: this form, no query, no body.
    pub fn finish(self) -> Encoded {
        Encoded {
            query: None,
            body: Vec::new(),
            form: Some(self),
        }
    }
}

impl fmt::Debug for Form {
    /// The field names and the file's declarations; never a value.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut list = f.debug_list();
        for part in &self.parts {
            match part {
                FormPart::Text { name, .. } => list.entry(name),
                FormPart::File { name, upload } => list.entry(&(name, upload)),
            };
        }
        list.finish()
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

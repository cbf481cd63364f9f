//! The answer of an endpoint whose docs describe no body: a JSON object kept whole.

use std::fmt;
use std::ops::{Deref, DerefMut};

use serde_json::{Map, Value};

use crate::ResponseBody;

/// A JSON object the docs do not describe (the official SDKs leave such answers untyped): every field the service
/// sent is kept, nothing is lost or refused. An empty body is an empty object.
///
/// It dereferences to the [`serde_json::Map`] of its fields. `Debug` shows the field names only: an undescribed
/// answer may hold anything, a password included.
///
/// ```
/// use wemeet_types::{JsonObject, ResponseBody};
///
/// let answer = JsonObject::from_body(br#"{"count":2,"job_id":"j-1"}"#).unwrap();
/// assert_eq!(answer["job_id"], "j-1");
/// assert!(JsonObject::from_body(b"").unwrap().is_empty());
/// assert_eq!(format!("{answer:?}"), r#"JsonObject {"count", "job_id"}"#);
/// ```
#[derive(Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct JsonObject(pub Map<String, Value>);

impl Deref for JsonObject {
    type Target = Map<String, Value>;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl DerefMut for JsonObject {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

impl fmt::Debug for JsonObject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("JsonObject ")?;
        f.debug_set().entries(self.0.keys()).finish()
    }
}

impl ResponseBody for JsonObject {
    /// An empty (or whitespace) body is an empty object; otherwise the body must be a JSON object.
    fn from_body(body: &[u8]) -> Result<Self, serde_json::Error> {
        if body.iter().all(u8::is_ascii_whitespace) {
            return Ok(JsonObject::default());
        }
        serde_json::from_slice(body)
    }

    fn to_body(&self) -> Result<Vec<u8>, serde_json::Error> {
        serde_json::to_vec(self)
    }
}

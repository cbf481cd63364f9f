//! The body of an event delivery: `{"data": "<base64>"}`.

use std::borrow::Cow;

use serde::Deserialize;

use crate::error::{BodyProblem, JsonProblem, WebhookError};

#[derive(Deserialize)]
struct Received<'a> {
    #[serde(borrow, default)]
    data: Option<Cow<'a, str>>,
}

/// The `data` string of a received body, JSON-unescaped: the value the signature covers. Other members are
/// ignored.
pub(crate) fn data(body: &[u8]) -> Result<Cow<'_, str>, WebhookError> {
    let received: Received<'_> =
        serde_json::from_slice(body).map_err(|error| WebhookError::MalformedBody {
            problem: BodyProblem::Json(JsonProblem::from(&error)),
        })?;
    received.data.ok_or(WebhookError::MalformedBody {
        problem: BodyProblem::NoData,
    })
}

/// The body that carries `data`, a base64 string (which JSON needs no escape for).
pub(crate) fn body(base64: &str) -> String {
    format!(r#"{{"data":"{base64}"}}"#)
}

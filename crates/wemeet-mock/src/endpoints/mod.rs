//! The service side of each endpoint: its business rules, its state change and its documented answer.
//!
//! These rules are the server's, not client validation: a client may check less (or more), and the mock still
//! answers the way the service does.

pub(crate) mod add_meeting_backgrounds;
pub(crate) mod create_meeting;
pub(crate) mod set_live_stream_address;

use serde::Serialize;

use crate::api_error::ApiError;
use crate::delivery::Reply;

/// A 200 answer with `body` as JSON.
pub(crate) fn ok_json(body: &impl Serialize) -> Result<Reply, ApiError> {
    let bytes = serde_json::to_vec(body)
        .map_err(|error| ApiError::internal(format!("encoding the answer: {error}")))?;
    Ok(Reply {
        status: http::StatusCode::OK,
        body: bytes.into(),
    })
}

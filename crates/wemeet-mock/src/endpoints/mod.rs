//! The behaviour of each endpoint the mock keeps state for: the service's rules beyond validation, the state
//! change and the documented answer. Validation itself is not here: the pipeline runs the rules generated from
//! the schemas, the same the clients run. An endpoint of the manifest without a behaviour answers its response
//! schema's example.

mod add_meeting_backgrounds;
mod create_meeting;
mod set_live_stream_address;

use serde::Serialize;
use serde::de::DeserializeOwned;
use wemeet_types::endpoints::{AddMeetingBackgrounds, CreateMeeting, SetLiveStreamAddress};

use crate::api_error::ApiError;
use crate::behaviour::Behaviours;

/// Every behaviour of the mock.
pub(crate) fn behaviours() -> Behaviours {
    Behaviours::default()
        .with::<CreateMeeting>(create_meeting::handle)
        .with::<AddMeetingBackgrounds>(add_meeting_backgrounds::handle)
        .with::<SetLiveStreamAddress>(set_live_stream_address::handle)
}

/// A value of one model as a value of another with the same wire shape (a request's settings as a response's).
pub(crate) fn reshape<A: Serialize, B: DeserializeOwned>(value: &A) -> Result<B, ApiError> {
    serde_json::to_value(value)
        .and_then(serde_json::from_value)
        .map_err(|error| ApiError::internal(format!("reshaping a stored value: {error}")))
}

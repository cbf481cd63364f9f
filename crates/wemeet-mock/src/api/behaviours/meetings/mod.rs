//! The behaviour of each endpoint the mock keeps state for: the service's rules beyond validation, the state
//! change and the documented answer. Validation itself is not here: the pipeline runs the rules generated from
//! the schemas, the same the clients run. An endpoint of the manifest without a behaviour answers its response
//! schema's example.

mod add_meeting_backgrounds;
mod cancel_meeting;
mod create_meeting;
mod get_meeting;
mod get_push_stream_info;
mod set_default_background;
mod set_live_stream_address;

use serde::Serialize;
use serde::de::DeserializeOwned;
use wemeet_types::ErrorCode;
use wemeet_types::endpoints::{
    AddMeetingBackgrounds, CancelMeeting, CreateMeeting, GetMeeting, GetPushStreamInfo,
    SetDefaultBackground, SetLiveStreamAddress,
};

use crate::api::authenticate::Caller;
use crate::api::behaviours::Behaviours;
use crate::api::error::ApiError;
use crate::api::store::{MeetingRecord, MeetingState, Store};

/// Every behaviour of the mock.
pub(crate) fn behaviours() -> Behaviours {
    Behaviours::default()
        .with::<CreateMeeting>(create_meeting::handle)
        .with::<AddMeetingBackgrounds>(add_meeting_backgrounds::handle)
        .with::<SetLiveStreamAddress>(set_live_stream_address::handle)
        .with::<GetMeeting>(get_meeting::handle)
        .with::<CancelMeeting>(cancel_meeting::handle)
        .with::<SetDefaultBackground>(set_default_background::handle)
        .with::<GetPushStreamInfo>(get_push_stream_info::handle)
}

/// Whether `caller` may see `record`: a meeting of its enterprise, and for a caller with an access token one
/// created with an access token (an OAuth app sees only the meetings it created).
fn visible_to(caller: &Caller, record: &MeetingRecord) -> bool {
    record.meeting.app_id == caller.app_id()
        && (matches!(caller, Caller::App(_)) || record.meeting.via_access_token)
}

/// The meeting `meeting_id` as `caller` may see it, or `missing`, the code the endpoint's doc gives an unknown
/// meeting.
pub(crate) fn visible_meeting<'s>(
    store: &'s Store,
    caller: &Caller,
    meeting_id: &str,
    missing: ErrorCode,
) -> Result<&'s MeetingRecord, ApiError> {
    store
        .meeting(meeting_id)
        .filter(|record| visible_to(caller, record))
        .ok_or_else(|| ApiError::new(missing, format!("meeting {meeting_id} does not exist")))
}

/// [`visible_meeting`], to change.
pub(crate) fn visible_meeting_mut<'s>(
    store: &'s mut Store,
    caller: &Caller,
    meeting_id: &str,
    missing: ErrorCode,
) -> Result<&'s mut MeetingRecord, ApiError> {
    store
        .meeting_any_mut(meeting_id)
        .filter(|record| visible_to(caller, record))
        .ok_or_else(|| ApiError::new(missing, format!("meeting {meeting_id} does not exist")))
}

/// [`visible_meeting_mut`] for an operation a cancelled meeting no longer takes: a cancelled meeting answers
/// `missing` too, as the service treats it as gone.
pub(crate) fn open_meeting_mut<'s>(
    store: &'s mut Store,
    caller: &Caller,
    meeting_id: &str,
    missing: ErrorCode,
) -> Result<&'s mut MeetingRecord, ApiError> {
    let record = visible_meeting_mut(store, caller, meeting_id, missing)?;
    if record.state == MeetingState::Cancelled {
        return Err(ApiError::new(
            missing,
            format!("meeting {meeting_id} is cancelled"),
        ));
    }
    Ok(record)
}

/// A value of one model as a value of another with the same wire shape (a request's settings as a response's).
pub(crate) fn reshape<A: Serialize, B: DeserializeOwned>(value: &A) -> Result<B, ApiError> {
    serde_json::to_value(value)
        .and_then(serde_json::from_value)
        .map_err(|error| ApiError::internal(format!("reshaping a stored value: {error}")))
}

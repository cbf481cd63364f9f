//! The behaviours of the meetings service: the endpoints under `/v1/meetings` (meetings, their backgrounds and
//! live-stream addresses), one file each, and the rule they share: which meetings a caller may see and change.

super::behaviours! {
    add_meeting_backgrounds,
    cancel_meeting,
    create_meeting,
    get_meeting,
    get_push_stream_info,
    set_default_background,
    set_live_stream_address,
}

use wemeet_types::ErrorCode;

use crate::api::authenticate::Caller;
use crate::api::error::ApiError;
use crate::api::store::{MeetingRecord, MeetingState, Store};

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

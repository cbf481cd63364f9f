//! `GET /v1/guests/{meeting_id}`: the guests of a meeting.

use wemeet_types::guests::{GetMeetingGuests, GetMeetingGuestsResponse};
use wemeet_types::{ErrorCode, Guest};

use super::require_creator;
use crate::api::behaviours::meetings::open_meeting_mut;
use crate::api::behaviours::{Call, reshape};
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Checks the meeting exists in the caller's enterprise and is not cancelled (9003) and the caller (`userid`)
/// created it (9042), then answers the meeting's ID, code and subject with its guests: those the last replacement
/// set, else those the create request named.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, GetMeetingGuests>,
) -> Result<GetMeetingGuestsResponse, ApiError> {
    let meeting_id = call.path.meeting_id.as_str();
    let record = open_meeting_mut(store, call.caller, meeting_id, ErrorCode::MEETING_NOT_EXIST)?;
    require_creator(record, &call.request.userid, "read")?;
    let meeting = &record.meeting;
    let guests: Vec<Guest> = match &record.extras.guests {
        Some(guests) => guests.clone(),
        None => reshape(&meeting.request.guests.clone().unwrap_or_default())?,
    };
    Ok(GetMeetingGuestsResponse::builder()
        .meeting_id(meeting.meeting_id.clone())
        .meeting_code(meeting.meeting_code.clone())
        .subject(meeting.request.subject.clone())
        .guests(guests)
        .build())
}

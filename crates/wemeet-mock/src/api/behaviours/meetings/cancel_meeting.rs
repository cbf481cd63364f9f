//! `POST /v1/meetings/{meeting_id}/cancel`: cancel a meeting.

use wemeet_types::ErrorCode;
use wemeet_types::endpoints::CancelMeeting;

use super::visible_meeting_mut;
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::event_payloads;
use crate::api::store::{MeetingState, Store};

/// Checks the service's rules in this order and cancels the meeting, answering 200 with an empty body: the
/// meeting exists in the caller's enterprise (9003); the caller (`userid`) created it (9042); it has not started
/// (13602), ended (13603) or been cancelled already (9007, which a repeated cancel answers). Emits
/// `meeting.canceled`.
pub(crate) fn handle(store: &mut Store, call: Call<'_, CancelMeeting>) -> Result<(), ApiError> {
    let meeting_id = call.path.meeting_id.as_str();
    let record = visible_meeting_mut(store, call.caller, meeting_id, ErrorCode::MEETING_NOT_EXIST)?;
    let caller = call.request.userid.as_str();
    if record.meeting.creator != caller {
        return Err(ApiError::new(
            ErrorCode::NO_PERMISSION,
            format!("user {caller} did not create meeting {meeting_id} and may not cancel it"),
        ));
    }
    let refusal = match record.state {
        MeetingState::Init => None,
        MeetingState::Started => Some((ErrorCode::MEETING_STARTED, "it has started")),
        MeetingState::Ended => Some((ErrorCode::MEETING_ENDED, "it has ended")),
        MeetingState::Cancelled => Some((ErrorCode::MEETING_CANCELLED, "it is already cancelled")),
    };
    if let Some((code, why)) = refusal {
        return Err(ApiError::new(
            code,
            format!("meeting {meeting_id} cannot be cancelled: {why}"),
        ));
    }
    record.state = MeetingState::Cancelled;
    let reason = call.request.reason_detail.as_deref();
    call.events.emit(event_payloads::meeting_canceled(
        &record.meeting,
        caller,
        reason,
    ));
    Ok(())
}

//! `POST /v1/meetings/{meeting_id}/dismiss`: end a meeting in progress.

use wemeet_types::ErrorCode;
use wemeet_types::control::DismissMeeting;
use wemeet_types::events::MeetingEndType;

use crate::api::attendance;
use crate::api::behaviours::Call;
use crate::api::behaviours::meetings::{require_creator, visible_meeting_mut};
use crate::api::error::ApiError;
use crate::api::store::{MeetingState, Store};

/// Checks the service's rules in this order and ends the meeting, answering 200 with an empty body: the meeting
/// exists in the caller's enterprise (9003); the operator created it or hosts it (9042); it is in progress (190455,
/// which a repeated dismissal answers). Everyone still in it leaves (`meeting.participant-left` each), then
/// `meeting.end` (ended by a host, the operator). The meeting then leaves list meetings and get meeting, and
/// list history meetings shows it.
pub(crate) fn handle(store: &mut Store, call: Call<'_, DismissMeeting>) -> Result<(), ApiError> {
    let meeting_id = call.path.meeting_id.as_str();
    let operator = call.request.operator_id.as_str();
    let record = visible_meeting_mut(store, call.caller, meeting_id, ErrorCode::MEETING_NOT_EXIST)?;
    require_creator(record, operator, true, "end the meeting")?;
    if record.state != MeetingState::Started {
        return Err(ApiError::new(
            ErrorCode::MEETING_NOT_IN_PROGRESS,
            format!("meeting {meeting_id} is not in progress and cannot be ended"),
        ));
    }
    attendance::end(
        record,
        MeetingEndType::Ended,
        Some(operator),
        call.now,
        call.events,
    );
    Ok(())
}

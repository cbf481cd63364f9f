//! `GET /v1/meetings/{meeting_id}`: read a meeting back.

use wemeet_types::endpoints::GetMeeting;
use wemeet_types::{
    ErrorCode, GetMeetingResponse, MeetingDetail, MeetingDetailSettings, MeetingKind,
    MeetingStatus, User,
};

use super::visible_meeting;
use crate::api::behaviours::reshape;
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::{MeetingRecord, MeetingState, Store};

/// Answers the meeting as create stored it and later calls changed it (update meeting, set meeting invitees), as
/// the doc's output describes it: the meeting exists in the caller's enterprise (9003 otherwise; an access-token
/// caller sees only meetings created with an access token) and, being a one-off meeting, has not ended (an ended
/// one is no longer returned: 9003), with its current status; the password only for its creator, `need_password`
/// for anyone else when it has one.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, GetMeeting>,
) -> Result<GetMeetingResponse, ApiError> {
    let meeting_id = call.path.meeting_id.as_str();
    let record = visible_meeting(store, call.caller, meeting_id, ErrorCode::MEETING_NOT_EXIST)?;
    if record.state == MeetingState::Ended && !super::is_recurring(record) {
        return Err(ApiError::new(
            ErrorCode::MEETING_NOT_EXIST,
            format!("meeting {meeting_id} has ended: an ended one-off meeting is no longer returned"),
        ));
    }
    let operator = call.request.operator_id.as_str();
    Ok(GetMeetingResponse::builder()
        .meeting_number(1)
        .meeting_info_list([detail(record, operator)?])
        .build())
}

/// A meeting as get meeting and list meetings answer it, its password shown to `operator` if they created it.
pub(super) fn detail(record: &MeetingRecord, operator: &str) -> Result<MeetingDetail, ApiError> {
    let meeting = &record.meeting;
    let request = &meeting.request;
    let hosts: Vec<User> = super::answer_users(&super::hosts_of(request))?;
    let invitees: Vec<User> = super::answer_users(request.invitees.as_deref().unwrap_or_default())?;
    let mut detail = MeetingDetail::builder()
        .subject(request.subject.clone())
        .meeting_id(meeting.meeting_id.clone())
        .meeting_code(meeting.meeting_code.clone())
        .status(status(record.state))
        .meeting_type(request.meeting_type)
        .meeting_kind(MeetingKind::Normal)
        .join_url(meeting.join_url.clone())
        .hosts(hosts)
        .participants(invitees)
        .start_time(request.start_time)
        .end_time(request.end_time);
    if let Some(settings) = &request.settings {
        detail = detail.settings(reshape::<_, MeetingDetailSettings>(settings)?);
    }
    if let Some(password) = &request.password {
        detail = if meeting.creator == operator {
            detail.password(password.clone())
        } else {
            detail.need_password(true)
        };
    }
    Ok(detail.build())
}

/// The service's name of a state.
pub(crate) fn status(state: MeetingState) -> MeetingStatus {
    match state {
        MeetingState::Init => MeetingStatus::Init,
        MeetingState::Started => MeetingStatus::Started,
        MeetingState::Ended => MeetingStatus::Ended,
        MeetingState::Cancelled => MeetingStatus::Cancelled,
    }
}

//! `PUT /v1/meetings/{meeting_id}/invitees`: replace the invited members of a meeting.

use wemeet_types::meetings::SetMeetingInvitees;
use wemeet_types::{ErrorCode, User};
use wemeet_types::meetings::{SetMeetingInviteesResponse};

use super::{open_meeting_mut, require_creator};
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Replaces the meeting's invitees with those given (absent or empty clears them), which list meeting invitees
/// and get meeting (`participants`) then answer: the meeting exists in the caller's enterprise and is not
/// cancelled (190457), and `userid` created it (9042). The mock knows no user directory: every invitee counts as
/// registered, so `user_non_registered` is empty.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, SetMeetingInvitees>,
) -> Result<SetMeetingInviteesResponse, ApiError> {
    let request = call.request;
    let meeting_id = call.path.meeting_id.as_str();
    let record = open_meeting_mut(store, call.caller, meeting_id, ErrorCode::MEETING_ID_NOT_FOUND)?;
    require_creator(record, &request.userid, false, "set the invitees")?;
    let invitees: Vec<User> = request
        .invitees
        .unwrap_or_default()
        .into_iter()
        .map(|invitee| User::from(invitee.userid.as_str()))
        .collect();
    record.meeting.request.invitees = (!invitees.is_empty()).then_some(invitees);
    Ok(SetMeetingInviteesResponse::builder()
        .user_non_registered(Vec::<String>::new())
        .build())
}

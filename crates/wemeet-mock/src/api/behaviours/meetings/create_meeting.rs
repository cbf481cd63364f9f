//! `POST /v1/meetings`: create (schedule) a meeting.

use wemeet_types::endpoints::CreateMeeting;
use wemeet_types::meetings::MeetingUser;
use wemeet_types::{CreateMeetingResponse, MeetingInfo, MeetingInfoSettings};

use crate::api::behaviours::reshape;
use crate::api::authenticate::Caller;
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::event_payloads;
use crate::api::store::{Store, StoredMeeting};

/// Stores the meeting and answers with the documented response: one meeting in `meeting_info_list`; emits
/// `meeting.created`.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, CreateMeeting>,
) -> Result<CreateMeetingResponse, ApiError> {
    let via_access_token = matches!(call.caller, Caller::User(_));
    let meeting = store.create_meeting(call.caller.app_id(), via_access_token, call.request);
    call.events.emit(event_payloads::meeting_created(&meeting));
    Ok(CreateMeetingResponse::builder()
        .meeting_number(1)
        .meeting_info_list([info(&meeting)?])
        .build())
}

/// The created meeting as the doc's output describes it.
///
/// `hosts` defaults to the caller, as the doc says; invitees come back as `participants` (the name in the doc's
/// table; its example says `ParticipantsList`, which clients also accept).
fn info(meeting: &StoredMeeting) -> Result<MeetingInfo, ApiError> {
    let request = &meeting.request;
    let hosts: Vec<MeetingUser> = super::answer_users(&super::hosts_of(request))?;
    let invitees: Vec<MeetingUser> = super::answer_users(request.invitees.as_deref().unwrap_or_default())?;
    let mut info = MeetingInfo::builder()
        .subject(request.subject.clone())
        .meeting_id(meeting.meeting_id.clone())
        .meeting_code(meeting.meeting_code.clone())
        .hosts(hosts)
        .participants(invitees)
        .start_time(request.start_time)
        .end_time(request.end_time)
        .join_url(meeting.join_url.clone())
;
    if let Some(settings) = &request.settings {
        info = info.settings(reshape::<_, MeetingInfoSettings>(settings)?);
    }
    if let Some(password) = &request.password {
        info = info.password(password.clone());
    }
    Ok(info.build())
}

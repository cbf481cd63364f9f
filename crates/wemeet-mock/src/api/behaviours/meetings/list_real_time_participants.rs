//! `GET /v1/meetings/{meeting_id}/real-time-participants`: the members in a meeting now.

use wemeet_types::meetings::ListRealTimeParticipants;
use wemeet_types::meetings::RealTimeParticipant;
use wemeet_types::{ErrorCode, UnixSeconds};
use wemeet_types::meetings::{ListRealTimeParticipantsResponse};

use super::get_meeting::status;
use super::{require_creator, visible_meeting};
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::paging;
use crate::api::store::Store;

/// Answers those in the meeting now (who left are not listed), in the order they joined, with their role,
/// microphone, camera and screen sharing as the in-meeting controls left them, a page at a time
/// (`page_size` at most 50, the schema's maximum), with the meeting's status: the meeting exists in the caller's
/// enterprise (9003); the operator is its creator or a host (9042).
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, ListRealTimeParticipants>,
) -> Result<ListRealTimeParticipantsResponse, ApiError> {
    let request = &call.request;
    let meeting_id = call.path.meeting_id.as_str();
    let record = visible_meeting(store, call.caller, meeting_id, ErrorCode::MEETING_NOT_EXIST)?;
    require_creator(record, &request.operator_id, true, "list the members")?;
    let page = paging::by_number(
        record.extras.participants.present().collect(),
        u64::try_from(request.page).ok(),
        u64::try_from(request.page_size).ok(),
        wemeet_types::meetings::ListRealTimeParticipantsRequest::PAGE_SIZE_MAXIMUM.unsigned_abs(),
    );
    let participants = page.items.iter().map(|who| {
        RealTimeParticipant::builder()
            .userid(who.userid.clone())
            .ms_open_id(who.ms_open_id.clone())
            .user_name(super::base64(&who.user_name))
            .instanceid(who.instanceid)
            .join_time(UnixSeconds::new(who.join_time))
            .user_role(who.user_role)
            .audio_state(who.audio_state)
            .video_state(who.video_state)
            .screen_shared_state(who.screen_shared_state)
            .build()
    });
    let meeting = &record.meeting;
    Ok(ListRealTimeParticipantsResponse::builder()
        .meeting_id(meeting.meeting_id.clone())
        .meeting_code(meeting.meeting_code.clone())
        .subject(super::base64(&meeting.request.subject))
        .schedule_start_time(meeting.request.start_time)
        .schedule_end_time(meeting.request.end_time)
        .status(status(record.state))
        .participants(participants)
        .current_page(page.current_page)
        .current_size(page.current_size)
        .total_count(page.total_count)
        .total_page(page.total_page)
        .build())
}

//! `GET /v1/meetings/{meeting_id}/real-time-participants`: the members in a meeting now.

use wemeet_types::meetings::ListRealTimeParticipants;
use wemeet_types::meetings::RealTimeParticipant;
use wemeet_types::{ErrorCode, UnixSeconds};
use wemeet_types::meetings::{ListRealTimeParticipantsResponse};

use super::get_meeting::status;
use super::{require_creator, role_of, visible_meeting};
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::paging;
use crate::api::store::Store;

/// Answers those in the meeting now (who left are not listed), in the order they joined, a page at a time
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
        record.present().collect(),
        u64::try_from(request.page).ok(),
        u64::try_from(request.page_size).ok(),
        wemeet_types::meetings::ListRealTimeParticipantsRequest::PAGE_SIZE_MAXIMUM.unsigned_abs(),
    );
    let participants = page.items.iter().map(|stay| {
        let who = &stay.participant;
        RealTimeParticipant::builder()
            .userid(who.userid.clone())
            .ms_open_id(stay.ms_open_id.clone())
            .user_name(who.user_name_base64())
            .instanceid(who.instanceid)
            .join_time(UnixSeconds::new(stay.join_time))
            .user_role(role_of(record, &who.userid))
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

//! `GET /v1/meetings/{meeting_id}/waiting-room-participants`: who is in the waiting room now.

use wemeet_types::meetings::ListWaitingRoomParticipants;
use wemeet_types::meetings::WaitingRoomParticipant;
use wemeet_types::{ErrorCode};
use wemeet_types::meetings::{ListWaitingRoomParticipantsResponse};

use super::{require_creator, visible_meeting};
use crate::api::participants::ParticipantState;
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::paging::{self, count};
use crate::api::store::{MeetingState, Store};

/// The page size when the request names none: "10 by default" (the schema's description of `page_size`).
const DEFAULT_PAGE_SIZE: u64 = 10;

/// Answers those in the waiting room now, in the order they entered, a page at a time (`page_size` 10 by
/// default, at most 50): the meeting exists in the caller's enterprise (9003) and `userid` created it (9042); a
/// meeting not in progress answers an empty list, as the docs say.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, ListWaitingRoomParticipants>,
) -> Result<ListWaitingRoomParticipantsResponse, ApiError> {
    let request = &call.request;
    let meeting_id = call.path.meeting_id.as_str();
    let record = visible_meeting(store, call.caller, meeting_id, ErrorCode::MEETING_NOT_EXIST)?;
    require_creator(record, &request.userid, false, "list the waiting room")?;
    let waiting: Vec<&ParticipantState> = match record.state {
        MeetingState::Started => record.extras.participants.waiting().collect(),
        _ => Vec::new(),
    };
    let page = paging::by_number(
        waiting,
        paging::requested(request.page),
        paging::requested(request.page_size),
        DEFAULT_PAGE_SIZE,
    );
    let participants = page.items.iter().map(|visit| {
        WaitingRoomParticipant::builder()
            .userid(visit.userid.clone())
            .user_name(super::base64(&visit.user_name))
            .instanceid(visit.instanceid)
            .ms_open_id(visit.ms_open_id.clone())
            .build()
    });
    let meeting = &record.meeting;
    Ok(ListWaitingRoomParticipantsResponse::builder()
        .total_count(page.total_count)
        .current_size(page.current_size)
        .current_page(page.current_page)
        .total_page(page.total_page)
        .meeting_id(meeting.meeting_id.clone())
        .meeting_code(meeting.meeting_code.clone())
        .subject(super::base64(&meeting.request.subject))
        .schedule_start_time(count(meeting.request.start_time.get()))
        .schedule_end_time(count(meeting.request.end_time.get()))
        .participants(participants)
        .build())
}

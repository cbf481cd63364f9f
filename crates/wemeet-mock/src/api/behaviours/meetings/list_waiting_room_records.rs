//! `GET /v1/meeting/{meeting_id}/waiting-room`: everyone who entered or left the waiting room, with times.

use wemeet_types::meetings::ListWaitingRoomRecords;
use wemeet_types::meetings::WaitingRoomRecord;
use wemeet_types::{ErrorCode};
use wemeet_types::meetings::{ListWaitingRoomRecordsRequest, ListWaitingRoomRecordsResponse};

use super::{require_creator, visible_meeting};
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::paging::{self, count};
use crate::api::store::Store;

/// Answers every stay in the waiting room so far, in the order they began, with when each began and ended (Unix
/// milliseconds), a page at a time (`page_size` at most 50): before, during or after the meeting; the meeting
/// exists in the caller's enterprise (9003) and the operator is its creator or a host (9042).
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, ListWaitingRoomRecords>,
) -> Result<ListWaitingRoomRecordsResponse, ApiError> {
    let request = &call.request;
    let meeting_id = call.path.meeting_id.as_str();
    let record = visible_meeting(store, call.caller, meeting_id, ErrorCode::MEETING_NOT_EXIST)?;
    require_creator(record, &request.operator_id, true, "list the waiting-room records")?;
    let page = paging::by_number(
        record.extras.participants.visits().iter().collect(),
        u64::try_from(request.page).ok(),
        u64::try_from(request.page_size).ok(),
        ListWaitingRoomRecordsRequest::PAGE_SIZE_MAXIMUM.unsigned_abs(),
    );
    let millis = |seconds: u64| count(seconds.saturating_mul(1000));
    let participants = page.items.iter().map(|visit| {
        let entry = WaitingRoomRecord::builder()
            .user_name(super::base64(&visit.state.user_name))
            .userid(visit.state.userid.clone())
            .ms_open_id(visit.state.ms_open_id.clone())
            .instanceid(u32::from(visit.state.instanceid).to_string())
            .join_time(millis(visit.state.join_time));
        match visit.left {
            Some(left) => entry.left_time(millis(left)).build(),
            None => entry.build(),
        }
    });
    let meeting = &record.meeting;
    Ok(ListWaitingRoomRecordsResponse::builder()
        .meeting_id(meeting.meeting_id.clone())
        .subject(meeting.request.subject.clone())
        .meeting_code(meeting.meeting_code.clone())
        .schedule_start_time(millis(meeting.request.start_time.get()))
        .schedule_end_time(millis(meeting.request.end_time.get()))
        .participants(participants)
        .current_size(page.current_size)
        .total_count(page.total_count)
        .current_page(page.current_page)
        .total_page(page.total_page)
        .build())
}

//! `GET /v1/history/meetings/{userid}`: the ended meetings a user created or attended.

use wemeet_types::meetings::ListHistoryMeetings;
use wemeet_types::meetings::EndedMeeting;
use wemeet_types::meetings::{ListHistoryMeetingsRequest, ListHistoryMeetingsResponse};

use super::visible_meetings;
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::paging::{self, count};
use crate::api::store::{MeetingRecord, MeetingState, Store};

/// Answers, a page at a time (`page_size` at most 20, the schema's maximum), the ended meetings (ended by their last
/// participant leaving, by a dismissal or through the handle) that the path's `userid` created or attended, in
/// order of scheduled start; with `meeting_code` only that meeting, with `start_time` and `end_time` only those
/// scheduled to start within them. A cancelled meeting never took place and is not listed.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, ListHistoryMeetings>,
) -> Result<ListHistoryMeetingsResponse, ApiError> {
    let request = &call.request;
    let userid = call.path.userid.as_str();
    let mut ended: Vec<&MeetingRecord> = visible_meetings(store, call.caller)
        .filter(|record| record.state == MeetingState::Ended)
        .filter(|record| {
            record.meeting.creator == userid
                || record.extras.participants.attended(userid)
        })
        .filter(|record| matches(record, request))
        .collect();
    ended.sort_by_key(|record| (record.meeting.request.start_time.get(), record.sequence));
    let page = paging::by_number(
        ended,
        u64::try_from(request.page).ok(),
        u64::try_from(request.page_size).ok(),
        ListHistoryMeetingsRequest::PAGE_SIZE_MAXIMUM.unsigned_abs(),
    );
    let items = page.items.iter().map(|record| {
        let request = &record.meeting.request;
        EndedMeeting::builder()
            .subject(request.subject.clone())
            .meeting_id(record.meeting.meeting_id.clone())
            .meeting_code(record.meeting.meeting_code.clone())
            .start_time(count(request.start_time.get()))
            .end_time(count(request.end_time.get()))
            .build()
    });
    Ok(ListHistoryMeetingsResponse::builder()
        .current_page(page.current_page)
        .current_size(page.current_size)
        .total_count(page.total_count)
        .total_page(page.total_page)
        .meeting_info_list(items)
        .build())
}

/// Whether the meeting passes the request's filters (code, time range).
fn matches(record: &MeetingRecord, request: &ListHistoryMeetingsRequest) -> bool {
    let start = count(record.meeting.request.start_time.get());
    request
        .meeting_code
        .as_ref()
        .is_none_or(|code| record.meeting.meeting_code == *code)
        && request.start_time.is_none_or(|from| start >= from)
        && request.end_time.is_none_or(|to| start <= to)
}

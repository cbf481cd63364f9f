//! `GET /v1/pmi-meetings`: the meetings held on a user's personal meeting ID.

use wemeet_types::meetings::{ListPmiMeetings, ListPmiMeetingsRequest, ListPmiMeetingsResponse, PmiMeeting};

use super::visible_meetings;
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::paging::{self, count};
use crate::api::store::{MeetingRecord, MeetingState, Store};

/// The `status` of a meeting in progress: "2 in progress (进行中)" (the response schema's description).
const IN_PROGRESS: i64 = 2;

/// Answers the meetings held on the operator's personal meeting ID ([`MockServer::open_personal_meeting`]), in
/// progress or ended, in the order they were opened, a page at a time (`page_size` at most 20, also the default);
/// with `start_time` and `end_time` only those opened within them. The status codes list none for an ended
/// meeting: an ended one carries no `status`.
///
/// [`MockServer::open_personal_meeting`]: crate::MockServer::open_personal_meeting
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, ListPmiMeetings>,
) -> Result<ListPmiMeetingsResponse, ApiError> {
    let request = &call.request;
    let held: Vec<&MeetingRecord> = visible_meetings(store, call.caller)
        .filter(|record| record.personal && record.meeting.creator == request.operator_id)
        .filter(|record| matches!(record.state, MeetingState::Started | MeetingState::Ended))
        .filter(|record| {
            let start = count(record.meeting.request.start_time.get());
            request.start_time.is_none_or(|from| start >= from)
                && request.end_time.is_none_or(|to| start <= to)
        })
        .collect();
    let page = paging::by_number(
        held,
        request.page.and_then(|page| u64::try_from(page).ok()),
        request.page_size.and_then(|size| u64::try_from(size).ok()),
        ListPmiMeetingsRequest::PAGE_SIZE_MAXIMUM.unsigned_abs(),
    );
    let meetings = page.items.iter().map(|record| {
        let meeting = &record.meeting;
        let entry = PmiMeeting::builder()
            .meeting_id(meeting.meeting_id.clone())
            .meeting_code(meeting.meeting_code.clone())
            .subject(meeting.request.subject.clone())
            .start_time(count(meeting.request.start_time.get()))
            .end_time(count(meeting.request.end_time.get()));
        match record.state {
            MeetingState::Started => entry.status(IN_PROGRESS).build(),
            _ => entry.build(),
        }
    });
    Ok(ListPmiMeetingsResponse::builder()
        .current_page(page.current_page)
        .current_size(page.current_size)
        .total_count(page.total_count)
        .total_page(page.total_page)
        .meeting_info_list(meetings)
        .build())
}

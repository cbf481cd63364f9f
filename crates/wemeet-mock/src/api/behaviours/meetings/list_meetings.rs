//! `GET /v1/meetings`: the meetings of a user that are in progress or about to start.

use wemeet_types::meetings::ListMeetingsResponse;
use wemeet_types::meetings::ListMeetings;

use super::get_meeting::detail;
use super::visible_meetings;
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::paging::count;
use crate::api::store::{MeetingRecord, MeetingState, Store};

/// Meetings per answer: "at most 20 meetings come back per call" (the request schema's description).
const PER_CALL: usize = 20;

/// Answers the meetings `userid` created that are scheduled or in progress (a cancelled or ended meeting has left
/// the list), as get meeting describes each, 20 at a time, ordered by start time and, among meetings starting
/// together, by creation: the mock's cursor is the pair (`pos`, `cursory`), the start time (Unix seconds) and the
/// creation stamp of the first meeting of the page, which `next_pos` and `next_cursory` give for the next page
/// while `remaining` is 1. `pos` alone lists the meetings starting at or after it. With `meeting_code`, the one
/// scheduled or running meeting that has it, whoever created it.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, ListMeetings>,
) -> Result<ListMeetingsResponse, ApiError> {
    let request = &call.request;
    let userid = request.userid.as_str();
    let mut listed: Vec<&MeetingRecord> = visible_meetings(store, call.caller)
        .filter(|record| matches!(record.state, MeetingState::Init | MeetingState::Started))
        .filter(|record| match &request.meeting_code {
            Some(code) => record.meeting.meeting_code == *code,
            None => record.meeting.creator == userid,
        })
        .collect();
    listed.sort_by_key(|record| cursor_of(record));
    let from = (request.pos.unwrap_or(0), request.cursory.unwrap_or(0));
    let mut rest = listed.into_iter().filter(|record| cursor_of(record) >= from);
    let page: Vec<&MeetingRecord> = rest.by_ref().take(PER_CALL).collect();
    let next = rest.next().map(cursor_of);
    let details = page
        .iter()
        .map(|record| detail(record, userid))
        .collect::<Result<Vec<_>, _>>()?;
    let (next_pos, next_cursory) = next.unwrap_or_default();
    Ok(ListMeetingsResponse::builder()
        .meeting_number(count(details.len() as u64))
        .meeting_info_list(details)
        .next_pos(next_pos)
        .next_cursory(next_cursory)
        .remaining(i64::from(next.is_some()))
        .build())
}

/// Where a meeting stands in the list: its start time, then its creation stamp.
fn cursor_of(record: &MeetingRecord) -> (i64, i64) {
    let start = i64::try_from(record.meeting.request.start_time.get()).unwrap_or(i64::MAX);
    (start, count(record.sequence))
}

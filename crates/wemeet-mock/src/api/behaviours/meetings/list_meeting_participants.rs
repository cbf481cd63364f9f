//! `GET /v1/meetings/{meeting_id}/participants`: the people who attended a meeting.

use wemeet_types::meetings::ListMeetingParticipants;
use wemeet_types::meetings::MeetingParticipant;
use wemeet_types::{ErrorCode, UnixSeconds};
use wemeet_types::meetings::{ListMeetingParticipantsRequest, ListMeetingParticipantsResponse};

use super::{require_creator, role_of, visible_meeting};
use crate::api::attendance::Attendance;
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::paging::{self, count};
use crate::api::store::{MeetingRecord, Store};

/// Answers every stay in the meeting so far (one entry per join: someone who left and came back is listed twice),
/// in the order they joined, `size` at a time (at most 100, the schema's maximum, also the default) from `pos`
/// while `has_remaining`, with `total_count` the number of stays. A meeting nobody joined answers an empty list.
/// The meeting exists in the caller's enterprise (9003); the caller names themselves by `userid` (the meeting's
/// creator, else 9042) or, for a Rooms device, `operator_id` (one of the two, else 190004); `start_time` and
/// `end_time` keep the stays that began within them.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, ListMeetingParticipants>,
) -> Result<ListMeetingParticipantsResponse, ApiError> {
    let request = &call.request;
    let meeting_id = call.path.meeting_id.as_str();
    let record = visible_meeting(store, call.caller, meeting_id, ErrorCode::MEETING_NOT_EXIST)?;
    match (&request.userid, &request.operator_id) {
        (Some(userid), _) => require_creator(record, userid, false, "list the participants")?,
        (None, Some(_)) => {}
        (None, None) => {
            return Err(ApiError::invalid_parameter(
                "invalid parameter `userid`: the caller is named by `userid` or `operator_id`, and neither was given",
            ));
        }
    }
    let stays: Vec<&Attendance> = record
        .attendances
        .iter()
        .filter(|stay| joined_within(stay, request))
        .collect();
    let total = stays.len() as u64;
    let size = request
        .size
        .unwrap_or(ListMeetingParticipantsRequest::SIZE_MAXIMUM);
    let page = paging::by_position(
        stays,
        request.pos.and_then(|pos| u64::try_from(pos).ok()).unwrap_or(0),
        size.unsigned_abs(),
    );
    let participants = page
        .items
        .iter()
        .map(|stay| participant(record, stay))
        .collect::<Vec<_>>();
    let meeting = &record.meeting;
    Ok(ListMeetingParticipantsResponse::builder()
        .meeting_id(meeting.meeting_id.clone())
        .meeting_code(meeting.meeting_code.clone())
        .subject(meeting.request.subject.clone())
        .schedule_start_time(meeting.request.start_time)
        .schedule_end_time(meeting.request.end_time)
        .participants(participants)
        .has_remaining(page.has_remaining)
        .next_pos(page.next_pos)
        .total_count(count(total))
        .build())
}

fn joined_within(stay: &Attendance, request: &ListMeetingParticipantsRequest) -> bool {
    let joined = count(stay.join_time);
    request.start_time.is_none_or(|from| joined >= from) && request.end_time.is_none_or(|to| joined < to)
}

fn participant(record: &MeetingRecord, stay: &Attendance) -> MeetingParticipant {
    let who = &stay.participant;
    let entry = MeetingParticipant::builder()
        .userid(who.userid.clone())
        .ms_open_id(stay.ms_open_id.clone())
        .user_name(who.user_name_base64())
        .instanceid(who.instanceid)
        .user_role(role_of(record, &who.userid))
        .join_time(UnixSeconds::new(stay.join_time));
    match stay.left_time {
        Some(left) => entry.left_time(UnixSeconds::new(left)).build(),
        None => entry.build(),
    }
}

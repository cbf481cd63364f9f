//! `GET /v1/meetings/{meeting_id}/participants`: the people who attended a meeting.

use wemeet_types::meetings::ListMeetingParticipants;
use wemeet_types::meetings::MeetingParticipant;
use wemeet_types::{ErrorCode, UnixSeconds};
use wemeet_types::meetings::{ListMeetingParticipantsRequest, ListMeetingParticipantsResponse};

use super::{require_creator, visible_meeting};
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::paging::{self, count};
use crate::api::participants::Stay;
use crate::api::store::Store;

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
    let stays: Vec<&Stay> = record
        .extras
        .participants
        .stays()
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
        .map(participant)
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

fn joined_within(stay: &Stay, request: &ListMeetingParticipantsRequest) -> bool {
    let joined = count(stay.state.join_time);
    request.start_time.is_none_or(|from| joined >= from) && request.end_time.is_none_or(|to| joined < to)
}

/// A stay as the list answers it: the participant's role and name as they were when it ended (or are now).
fn participant(stay: &&Stay) -> MeetingParticipant {
    let who = &stay.state;
    let entry = MeetingParticipant::builder()
        .userid(who.userid.clone())
        .ms_open_id(who.ms_open_id.clone())
        .user_name(super::base64(&who.user_name))
        .instanceid(who.instanceid)
        .user_role(who.user_role)
        .join_time(UnixSeconds::new(who.join_time));
    match stay.left {
        Some(left) => entry.left_time(UnixSeconds::new(left)).build(),
        None => entry.build(),
    }
}

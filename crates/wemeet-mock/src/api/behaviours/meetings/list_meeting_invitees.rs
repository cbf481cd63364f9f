//! `GET /v1/meetings/{meeting_id}/invitees`: the invited members of a meeting.

use wemeet_types::meetings::ListMeetingInvitees;
use wemeet_types::meetings::MeetingInvitee;
use wemeet_types::{ErrorCode, User};
use wemeet_types::meetings::{ListMeetingInviteesResponse};

use super::{require_creator, visible_meeting};
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::paging;
use crate::api::store::Store;

/// Invitees per page: "a page holds at most 200 users" (the request schema's description).
const PER_PAGE: u64 = 200;

/// Answers the meeting's invitees (those of create, update meeting or set meeting invitees, whichever came last),
/// in the order given, 200 at a time from `pos` while `has_remaining`: the meeting exists in the caller's
/// enterprise and is not cancelled (190457), and `userid` created it (9042).
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, ListMeetingInvitees>,
) -> Result<ListMeetingInviteesResponse, ApiError> {
    let request = &call.request;
    let meeting_id = call.path.meeting_id.as_str();
    let record = visible_meeting(store, call.caller, meeting_id, ErrorCode::MEETING_ID_NOT_FOUND)?;
    super::refuse_cancelled(record, ErrorCode::MEETING_ID_NOT_FOUND)?;
    require_creator(record, &request.userid, false, "list the invitees")?;
    let invitees: Vec<&User> = record
        .meeting
        .request
        .invitees
        .iter()
        .flatten()
        .collect();
    let pos = request.pos.and_then(|pos| u64::try_from(pos).ok()).unwrap_or(0);
    let page = paging::by_position(invitees, pos, PER_PAGE);
    let listed = page.items.iter().map(|user| {
        let entry = MeetingInvitee::builder().userid(user.userid());
        match user {
            User::Obj(object) => match &object.nick_name {
                Some(nick_name) => entry.nick_name(nick_name.clone()).build(),
                None => entry.build(),
            },
            _ => entry.build(),
        }
    });
    Ok(ListMeetingInviteesResponse::builder()
        .invitees(listed)
        .has_remaining(page.has_remaining)
        .next_pos(page.next_pos)
        .build())
}

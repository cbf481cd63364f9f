//! `POST /v1/meetings/{meeting_id}/release-rooms`: release meeting rooms booked for a meeting.

use wemeet_types::ErrorCode;
use wemeet_types::rooms::ReleaseRooms;

use super::room;
use crate::api::behaviours::Call;
use crate::api::behaviours::meetings::visible_meeting;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Checks the page's rules in this order and releases the rooms, answering 200 with an empty body: the meeting
/// exists in the caller's enterprise (9003) and is not cancelled (9007); the operator created it (9102); it has not
/// started (14151) or ended (14152; ending a meeting does not release its rooms); each room exists (20201). A room
/// the meeting has not booked is left as it is.
pub(crate) fn handle(store: &mut Store, call: Call<'_, ReleaseRooms>) -> Result<(), ApiError> {
    let meeting_id = call.path.meeting_id.as_str();
    let request = &call.request;
    let record = visible_meeting(store, call.caller, meeting_id, ErrorCode::MEETING_NOT_EXIST)?;
    super::require_unchanged_meeting(record, &request.operator_id, "release rooms of")?;
    for meeting_room_id in &request.meeting_room_id_list {
        room(store, meeting_room_id)?;
    }
    if let Some(record) = store.meeting_any_mut(meeting_id) {
        record
            .extras
            .booked_rooms
            .retain(|booked| !request.meeting_room_id_list.contains(booked));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::api::behaviours::testing::Harness;

    #[test]
    fn released_rooms_are_free_again_and_only_the_creator_releases() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("creator", &[]);
        harness.record(&meeting).extras.booked_rooms = vec!["100003".to_owned(), "100002".to_owned()];
        let release = |harness: &mut Harness, operator: &str, rooms: &[&str]| {
            harness.call::<ReleaseRooms>(
                json!({ "meeting_id": meeting }),
                json!({ "operator_id": operator, "operator_id_type": 1, "meeting_room_id_list": rooms }),
            )
        };
        assert_eq!(release(&mut harness, "someone", &["100003"]).code(), 9102);
        assert_eq!(release(&mut harness, "creator", &["999"]).code(), 20201);
        release(&mut harness, "creator", &["100003", "100001"]).ok();
        assert_eq!(harness.record(&meeting).extras.booked_rooms, ["100002"]);
    }
}

//! `PUT /v1/meeting-rooms/room-call`: call a meeting room into a meeting.

use wemeet_types::ErrorCode;
use wemeet_types::rooms::{CallRoom, CallRoomResponse, RoomCallStatus};

use super::{call_target, require_caller};
use crate::api::behaviours::Call;
use crate::api::behaviours::meetings::open_meeting_mut;
use crate::api::error::ApiError;
use crate::api::rooms::RoomCallTarget;
use crate::api::store::{MeetingState, Store};

/// Checks, in this order: the call names a room or an MRA address, one of them (190004); the meeting exists in the
/// caller's enterprise and is not cancelled (9003) nor over (10004); the operator may call (9042: a room, the
/// meeting's creator, hosts and participants; an MRA address, its creator, hosts and co-hosts); a room exists, takes
/// calls and has its device online (10004, 会议室呼叫失败). Then places the call, answering its new `invite_id` and
/// status 2 (inviting). The room is then being called (get the call's status: 4, 呼叫中) until it answers
/// ([`MockServer::answer_room_call`](crate::MockServer::answer_room_call)) or the call is cancelled.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, CallRoom>,
) -> Result<CallRoomResponse, ApiError> {
    let request = &call.request;
    let target = call_target(request.meeting_room_id.as_deref(), request.mra_address.as_ref())?;
    let meeting_id = request.meeting_id.to_string();
    let record = open_meeting_mut(store, call.caller, &meeting_id, ErrorCode::MEETING_NOT_EXIST)?;
    if record.state == MeetingState::Ended {
        return Err(ApiError::new(
            ErrorCode::ROOM_CALL_FAILED,
            format!("meeting {meeting_id} is over: no room can be called into it"),
        ));
    }
    require_caller(record, &request.operator_id, request.operator_id_type, &target)?;
    if let RoomCallTarget::Room(meeting_room_id) = &target {
        store
            .rooms
            .reachable(meeting_room_id)
            .map_err(|why| ApiError::new(ErrorCode::ROOM_CALL_FAILED, why))?;
    }
    let invite_id = store.rooms.call(meeting_id, target, call.now);
    Ok(CallRoomResponse::builder()
        .invite_id(invite_id)
        .status(RoomCallStatus::Inviting)
        .build())
}

#[cfg(test)]
pub(crate) mod tests {
    use serde_json::{Value, json};

    use super::*;
    use crate::api::behaviours::testing::{Harness, Outcome};
    use wemeet_types::rooms::{GetRoomCallStatus, RoomCallResponseStatus};

    /// `operator` calls `target` (a `meeting_room_id` or an `mra_address` object) into meeting `meeting_id`.
    pub(crate) fn call_in(harness: &mut Harness, meeting_id: &str, operator: &str, target: Value) -> Outcome<CallRoomResponse> {
        let mut request = json!({ "operator_id": operator, "operator_id_type": 1,
                                  "meeting_id": meeting_id.parse::<u64>().expect("numeric") });
        if let (Some(request), Some(target)) = (request.as_object_mut(), target.as_object()) {
            request.extend(target.clone());
        }
        harness.call::<CallRoom>(Value::Null, request)
    }

    /// The status of meeting `meeting_id`'s latest call to room `meeting_room_id`.
    pub(crate) fn call_status(harness: &mut Harness, meeting_id: &str, meeting_room_id: &str) -> (RoomCallResponseStatus, Option<String>) {
        let answer = harness
            .call::<GetRoomCallStatus>(
                Value::Null,
                json!({ "operator_id": "host", "operator_id_type": 1, "instance_id": 1,
                        "meeting_id": meeting_id, "meeting_room_id": meeting_room_id }),
            )
            .ok();
        (answer.status.expect("a status"), answer.response_time)
    }

    #[test]
    fn a_call_gets_an_invite_id_and_the_room_is_being_called() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("host", &[]);
        assert_eq!(call_status(&mut harness, &meeting, "100003"), (RoomCallResponseStatus::NotCalled, None));
        let answer = call_in(&mut harness, &meeting, "host", json!({ "meeting_room_id": "100003" })).ok();
        assert_eq!(answer.status, Some(RoomCallStatus::Inviting));
        let invite_id = answer.invite_id.expect("an invite id");
        assert_eq!(invite_id.split('-').count(), 5, "{invite_id}");
        let (status, time) = call_status(&mut harness, &meeting, "100003");
        assert_eq!(status, RoomCallResponseStatus::Calling);
        assert!(time.is_some_and(|time| time.len() == "2022/11/22 14:35:26".len()));
        let placed = harness.store.rooms.calls().next().expect("a call").clone();
        assert_eq!((placed.invite_id, placed.meeting_id), (invite_id, meeting));
    }

    #[test]
    fn a_room_that_cannot_take_the_call_or_a_caller_without_the_right_is_refused() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("host", &[]);
        let room = |id: &str| json!({ "meeting_room_id": id });
        assert_eq!(call_in(&mut harness, &meeting, "host", room("100001")).code(), 10004, "no device online");
        assert_eq!(call_in(&mut harness, &meeting, "host", room("999")).code(), 10004);
        assert_eq!(call_in(&mut harness, &meeting, "stranger", room("100003")).code(), 9042);
        assert_eq!(call_in(&mut harness, "1234", "host", room("100003")).code(), 9003);
        let mra: wemeet_types::rooms::MraAddress =
            crate::api::behaviours::testing::from_json(json!({ "protocol": 1, "dial_string": "10.0.0.1" }));
        assert_eq!(
            crate::api::behaviours::rooms::call_target(Some("100003"), Some(&mra)).ok(),
            Some(crate::api::rooms::RoomCallTarget::Room("100003".to_owned())),
            "both given: the room"
        );
        assert_eq!(call_in(&mut harness, &meeting, "host", json!({})).code(), 190_004);
        harness.join_as(&meeting, "host");
        harness.join_as(&meeting, "bob");
        call_in(&mut harness, &meeting, "bob", room("100003")).ok();
        let mra = json!({ "mra_address": { "protocol": 1, "dial_string": "10.0.0.1" } });
        assert_eq!(call_in(&mut harness, &meeting, "bob", mra.clone()).code(), 9042, "an MRA needs a manager");
        call_in(&mut harness, &meeting, "host", mra).ok();
    }
}

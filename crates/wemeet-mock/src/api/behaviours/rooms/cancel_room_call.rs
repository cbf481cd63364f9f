//! `PUT /v1/meeting-rooms/cancel-room-call`: cancel a call to a meeting room.

use wemeet_types::ErrorCode;
use wemeet_types::events::RoomResponseStatus;
use wemeet_types::rooms::{CancelRoomCall, RoomCallResponseStatus};

use super::{call_target, require_caller};
use crate::api::behaviours::Call;
use crate::api::behaviours::meetings::visible_meeting;
use crate::api::control_events;
use crate::api::error::ApiError;
use crate::api::rooms::RoomCallTarget;
use crate::api::store::Store;

/// Checks the call names a room or an MRA address, one of them (190004), the meeting exists in the caller's
/// enterprise (9003), the operator may call the room (9042, 同会议室呼叫权限), and `invite_id` is that meeting's call
/// to that room still being called (190004 naming `invite_id` otherwise). Then cancels it, answering 200 with an
/// empty body: the call's status reads 1 (not called) again, and a room (not an MRA device: 仅 rooms 会议室有该状态)
/// reports `room.response` with status 5 (cancelled).
pub(crate) fn handle(store: &mut Store, call: Call<'_, CancelRoomCall>) -> Result<(), ApiError> {
    let request = &call.request;
    let target = call_target(request.meeting_room_id.as_deref(), request.mra_address.as_ref())?;
    let record = visible_meeting(store, call.caller, &request.meeting_id, ErrorCode::MEETING_NOT_EXIST)?;
    require_caller(record, &request.operator_id, request.operator_id_type, &target)?;
    let pending = store.rooms.calls().any(|placed| {
        placed.invite_id == request.invite_id
            && placed.meeting_id == request.meeting_id
            && placed.target == target
            && placed.status == RoomCallResponseStatus::Calling
    });
    if !pending {
        return Err(ApiError::invalid_parameter(format!(
            "invalid parameter `invite_id`: {} is no call of meeting {} to this room still being called",
            request.invite_id, request.meeting_id
        )));
    }
    store.rooms.forget_call(&request.invite_id);
    if matches!(target, RoomCallTarget::Room(_)) {
        call.events.emit(control_events::room_response(
            &request.meeting_id,
            &target,
            RoomResponseStatus::Cancelled,
            call.now,
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;
    use crate::api::behaviours::rooms::call_room::tests::{call_in, call_status};
    use crate::api::behaviours::testing::Harness;

    #[test]
    fn a_cancelled_call_is_reported_and_the_room_reads_not_called() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("host", &[]);
        let invite_id = call_in(&mut harness, &meeting, "host", json!({ "meeting_room_id": "100003" }))
            .ok()
            .invite_id
            .expect("an invite id");
        let cancel = |harness: &mut Harness, invite_id: &str| {
            harness.call::<CancelRoomCall>(
                Value::Null,
                json!({ "operator_id": "host", "operator_id_type": 1, "instance_id": 1, "meeting_id": meeting,
                        "meeting_room_id": "100003", "invite_id": invite_id }),
            )
        };
        assert_eq!(cancel(&mut harness, "not-a-call").code(), 190_004);
        let outcome = cancel(&mut harness, &invite_id);
        assert_eq!(outcome.names(), ["room.response"]);
        let event = &outcome.events[0].item["room_response_event"];
        assert_eq!(event["meeting_room_id"], "100003");
        assert_eq!(event["response_event"]["response_status"], "5");
        outcome.ok();
        assert_eq!(call_status(&mut harness, &meeting, "100003").0, RoomCallResponseStatus::NotCalled);
        assert_eq!(cancel(&mut harness, &invite_id).code(), 190_004, "cancelled already");
    }
}

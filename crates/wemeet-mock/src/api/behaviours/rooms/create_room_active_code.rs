//! `POST /v1/meeting-rooms/{meeting_room_id}/active-code`: generate an activation code for a room's device.

use wemeet_types::rooms::{CreateRoomActiveCode, CreateRoomActiveCodeResponse};

use super::room_mut;
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::ids;
use crate::api::store::Store;

/// Checks the room exists (20201) and gives it a new activation code (16 capital letters and digits, the page
/// example's shape), which replaces the one handed out before and is what the room list reports from now on.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, CreateRoomActiveCode>,
) -> Result<CreateRoomActiveCodeResponse, ApiError> {
    let room = &mut room_mut(store, &call.path.meeting_room_id)?.room;
    room.active_code = ids::active_code();
    Ok(CreateRoomActiveCodeResponse::builder()
        .active_code(room.active_code.clone())
        .build())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::api::behaviours::testing::Harness;

    #[test]
    fn a_new_code_replaces_the_old_one() {
        let mut harness = Harness::new();
        let before = harness.store.rooms.room("100002").expect("room").room.active_code.clone();
        let request = json!({ "operator_id": "admin", "operator_id_type": 1 });
        let answer = harness
            .call::<CreateRoomActiveCode>(json!({ "meeting_room_id": "100002" }), request.clone())
            .ok();
        let code = answer.active_code.expect("a code");
        assert_ne!(code, before);
        assert_eq!(harness.store.rooms.room("100002").expect("room").room.active_code, code);
        let unknown = harness.call::<CreateRoomActiveCode>(json!({ "meeting_room_id": "9" }), request);
        assert_eq!(unknown.code(), 20201);
    }
}

//! `PUT /v1/meeting-rooms/modify`: change a meeting room's facts.

use wemeet_types::JsonObject;
use wemeet_types::rooms::UpdateMeetingRoom;

use super::room_mut;
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Checks the room exists (20201) and that `city`, `building` and `floor` come together or not at all (190004: 需同时
/// 传入或都不传入), then sets what the call gives, answering 200 with an empty object (the page's output was not
/// captured): the basic facts of `meeting_room_info` (name, kind, place, capacity, equipment, labels, description,
/// and the administrator password under either name, dropped when `admin_password_enabled` or `use_password` is
/// false), whether the room may be booked (`scheduled_status`) and called (`is_allow_call`). The details and the
/// list read them back.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, UpdateMeetingRoom>,
) -> Result<JsonObject, ApiError> {
    let request = call.request;
    let room = &mut room_mut(store, &request.meeting_room_id)?.room;
    if let Some(info) = request.meeting_room_info {
        let place = [&info.city, &info.building, &info.floor];
        let given = place.iter().filter(|part| part.is_some()).count();
        if given != 0 && given != place.len() {
            return Err(ApiError::invalid_parameter(
                "invalid parameter `meeting_room_info`: city, building and floor go together or not at all \
                 (需同时传入或都不传入)",
            ));
        }
        if let (Some(city), Some(building), Some(floor)) = (info.city, info.building, info.floor) {
            (room.city, room.building, room.floor) = (city, building, floor);
        }
        room.meeting_room_name = info.meeting_room_name;
        room.meeting_room_type = info.meeting_room_type;
        if let Some(number) = info.participant_number {
            room.participant_number = number;
        }
        if let Some(device) = info.device {
            room.device = device;
        }
        if let Some(labels) = info.label {
            room.labels = labels;
        }
        if let Some(desc) = info.desc {
            room.desc = Some(desc);
        }
        if let Some(password) = info.admin_password.or(info.password) {
            room.admin_password = Some(password);
        }
        if info.admin_password_enabled == Some(false) || info.use_password == Some(false) {
            room.admin_password = None;
        }
    }
    if let Some(open) = request.scheduled_status {
        room.open_for_booking = open;
    }
    if let Some(allow) = request.is_allow_call {
        room.allow_call = allow;
    }
    Ok(JsonObject::default())
}

#[cfg(test)]
pub(crate) mod tests {
    use serde_json::{Value, json};

    use super::*;
    use crate::api::behaviours::testing::{Harness, Outcome};

    /// Updates a room with `fields` (the operator added).
    pub(crate) fn update(harness: &mut Harness, fields: Value) -> Outcome<JsonObject> {
        let mut request = json!({ "operator_id": "admin", "operator_id_type": 1, "instance_id": 1 });
        if let (Some(request), Some(fields)) = (request.as_object_mut(), fields.as_object()) {
            request.extend(fields.clone());
        }
        harness.call::<UpdateMeetingRoom>(Value::Null, request)
    }

    #[test]
    fn a_place_comes_whole_and_a_password_can_be_dropped() {
        let mut harness = Harness::new();
        let partial = json!({ "meeting_room_id": "100001",
            "meeting_room_info": { "meeting_room_name": "X", "meeting_room_type": 0, "city": "上海" } });
        assert_eq!(update(&mut harness, partial).code(), 190_004);
        assert_eq!(update(&mut harness, json!({ "meeting_room_id": "nope" })).code(), 20201);
        let info = |enabled: bool| json!({ "meeting_room_id": "100001",
            "meeting_room_info": { "meeting_room_name": "X", "meeting_room_type": 0, "password": "42",
                                   "use_password": enabled } });
        update(&mut harness, info(true)).ok();
        let room = |harness: &Harness| harness.store.rooms.room("100001").expect("room").room.clone();
        assert_eq!(room(&harness).admin_password.as_deref(), Some("42"));
        assert_eq!(room(&harness).city, "广州", "the place stays when none is given");
        update(&mut harness, info(false)).ok();
        assert_eq!(room(&harness).admin_password, None);
    }
}

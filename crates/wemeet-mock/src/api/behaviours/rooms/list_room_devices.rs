//! `GET /v1/devices`: list the enterprise's meeting-room devices, a page at a time.

use wemeet_types::rooms::{ListRoomDevices, ListRoomDevicesResponse, RoomDevice};

use super::{DEFAULT_PAGE_SIZE, name_matches};
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::paging::{self, requested};
use crate::api::store::Store;

/// Answers one page (`page` from 1, `page_size` items, 20 when absent) of the rooms' Rooms devices, one per room in
/// the order the rooms were added, those of rooms whose name contains `meeting_room_name` when it is given, each
/// with its room, place and the room's state. The mock holds no device model, version or health: those fields are
/// left out.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, ListRoomDevices>,
) -> Result<ListRoomDevicesResponse, ApiError> {
    let request = &call.request;
    let devices: Vec<RoomDevice> = store
        .rooms
        .rooms()
        .filter(|record| name_matches(record, request.meeting_room_name.as_deref()))
        .map(|record| {
            let room = &record.room;
            RoomDevice::builder()
                .meeting_room_id(room.meeting_room_id.clone())
                .rooms_id(room.rooms_id.clone())
                .meeting_room_name(room.meeting_room_name.clone())
                .meeting_room_location(room.location_text())
                .meeting_room_status(room.meeting_room_status)
                .build()
        })
        .collect();
    let page = paging::by_number(
        devices,
        requested(request.page),
        requested(request.page_size),
        DEFAULT_PAGE_SIZE,
    );
    Ok(ListRoomDevicesResponse::builder()
        .total_count(page.total_count)
        .total_page(page.total_page)
        .current_page(page.current_page)
        .current_size(page.current_size)
        .device_info_list(page.items)
        .build())
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;
    use crate::api::rooms::MeetingRoom;
    use crate::api::behaviours::testing::Harness;

    #[test]
    fn each_room_has_its_device_listed_by_room_name() {
        let mut harness = Harness::new();
        harness.store.rooms.add(MeetingRoom::new("200001", "Lab"));
        let answer = harness
            .call::<ListRoomDevices>(Value::Null, json!({ "operator_id": "admin", "operator_id_type": 1 }))
            .ok();
        assert_eq!(answer.total_count, Some(4));
        let devices = answer.device_info_list.expect("devices");
        assert_eq!(devices[3].rooms_id.as_deref(), Some("200100000000200001"));
        let named = harness
            .call::<ListRoomDevices>(
                Value::Null,
                json!({ "operator_id": "admin", "operator_id_type": 1, "meeting_room_name": "Lab" }),
            )
            .ok();
        assert_eq!(named.device_info_list.map(|list| list.len()), Some(1));
    }
}

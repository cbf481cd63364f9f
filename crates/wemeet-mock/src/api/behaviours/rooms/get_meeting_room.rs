//! `GET /v1/meeting-rooms/{meeting_room_id}`: a meeting room's details.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use wemeet_types::rooms::{
    GetMeetingRoom, GetMeetingRoomResponse, MeetingRoomAccountInfo, MeetingRoomBasicInfo,
    MeetingRoomHardwareInfo, RoomScheduledStatus,
};

use super::room;
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Answers what the mock holds of the room (20201 for a room it does not have), as the details page describes it:
/// its Rooms device, name, place, capacity, equipment (joined by `,`), description and administrator password
/// (base64, the password only while one is in use, under both the page's and the SDK's names), its account (a
/// normal account's validity is `-`), the room's state, and whether it may be called and booked.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, GetMeetingRoom>,
) -> Result<GetMeetingRoomResponse, ApiError> {
    let room = &room(store, &call.path.meeting_room_id)?.room;
    let mut basic = MeetingRoomBasicInfo::builder()
        .rooms_id_list([room.rooms_id.clone()])
        .meeting_room_name(room.meeting_room_name.clone())
        .city(room.city.clone())
        .building(room.building.clone())
        .floor(room.floor.clone())
        .participant_number(room.participant_number)
        .device(room.device.join(","))
        .admin_password_enabled(room.admin_password.is_some());
    if let Some(desc) = &room.desc {
        basic = basic.desc(STANDARD.encode(desc));
    }
    if let Some(password) = &room.admin_password {
        let encoded = STANDARD.encode(password);
        basic = basic.admin_password(encoded.clone()).password(encoded);
    }
    let account = MeetingRoomAccountInfo::builder()
        .account_type(room.account_type)
        .account_new_type(room.account_new_type)
        .valid_period("-")
        .build();
    let hardware = MeetingRoomHardwareInfo::builder()
        .meeting_room_status(room.meeting_room_status)
        .build();
    Ok(GetMeetingRoomResponse::builder()
        .basic_info(basic.build())
        .account_info(account)
        .hardware_info(hardware)
        .is_allow_call(room.allow_call)
        .scheduled_status(if room.open_for_booking {
            RoomScheduledStatus::Open
        } else {
            RoomScheduledStatus::Closed
        })
        .build())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::api::behaviours::testing::Harness;
    use crate::api::behaviours::rooms::update_meeting_room::tests::update;

    fn get(harness: &mut Harness, meeting_room_id: &str) -> crate::api::behaviours::testing::Outcome<GetMeetingRoomResponse> {
        harness.call::<GetMeetingRoom>(
            json!({ "meeting_room_id": meeting_room_id }),
            json!({ "operator_id": "admin", "operator_id_type": 1 }),
        )
    }

    #[test]
    fn a_room_reads_back_what_the_update_set() {
        let mut harness = Harness::new();
        assert_eq!(get(&mut harness, "999").code(), 20201);
        update(
            &mut harness,
            json!({ "meeting_room_id": "100002", "scheduled_status": true, "is_allow_call": false,
                    "meeting_room_info": { "meeting_room_name": "Board", "meeting_room_type": 0, "city": "上海",
                        "building": "塔", "floor": "5", "participant_number": 20, "device": ["TV", "MIC"],
                        "desc": "hello", "admin_password_enabled": true, "admin_password": "333" } }),
        )
        .ok();
        let room = get(&mut harness, "100002").ok();
        let basic = room.basic_info.expect("basic info");
        assert_eq!(basic.meeting_room_name.as_deref(), Some("Board"));
        assert_eq!((basic.city.as_deref(), basic.floor.as_deref()), (Some("上海"), Some("5")));
        assert_eq!(basic.participant_number, Some(20));
        assert_eq!(basic.device.as_deref(), Some("TV,MIC"));
        assert_eq!(basic.desc.as_deref(), Some("aGVsbG8="), "base64, as the page's example");
        assert_eq!(basic.admin_password.as_deref(), Some("MzMz"));
        assert_eq!(room.scheduled_status, Some(RoomScheduledStatus::Open));
        assert_eq!(room.is_allow_call, Some(false));
    }
}

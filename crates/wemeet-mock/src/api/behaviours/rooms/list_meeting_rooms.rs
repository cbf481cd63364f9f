//! `GET /v1/meeting-rooms`: list the enterprise's meeting rooms, a page at a time.

use wemeet_types::rooms::{
    ListMeetingRooms, ListMeetingRoomsResponse, MeetingRoomSummary, RoomScheduledStatus,
};

use super::{DEFAULT_PAGE_SIZE, name_matches};
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::paging::{self, requested};
use crate::api::rooms::RoomRecord;
use crate::api::store::Store;

/// Answers one page (`page` from 1, `page_size` items, 20 when absent) of the rooms the mock holds, in the order
/// they were added, those whose name contains `meeting_room_name` when it is given (partial names match), each with
/// its ID, name, place (`city-building-floor`), account, activation code, capacity, state and whether it may be
/// booked and called.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, ListMeetingRooms>,
) -> Result<ListMeetingRoomsResponse, ApiError> {
    let request = &call.request;
    let rooms: Vec<MeetingRoomSummary> = store
        .rooms
        .rooms()
        .filter(|record| name_matches(record, request.meeting_room_name.as_deref()))
        .map(summary)
        .collect();
    let page = paging::by_number(
        rooms,
        requested(request.page),
        requested(request.page_size),
        DEFAULT_PAGE_SIZE,
    );
    Ok(ListMeetingRoomsResponse::builder()
        .total_count(page.total_count)
        .total_page(page.total_page)
        .current_page(page.current_page)
        .current_size(page.current_size)
        .meeting_room_list(page.items)
        .build())
}

fn summary(record: &RoomRecord) -> MeetingRoomSummary {
    let room = &record.room;
    MeetingRoomSummary::builder()
        .meeting_room_id(room.meeting_room_id.clone())
        .meeting_room_name(room.meeting_room_name.clone())
        .meeting_room_location(room.location_text())
        .account_type(room.account_type)
        .account_new_type(room.account_new_type)
        .active_code(room.active_code.clone())
        .participant_number(room.participant_number)
        .meeting_room_status(room.meeting_room_status)
        .scheduled_status(if room.open_for_booking {
            RoomScheduledStatus::Open
        } else {
            RoomScheduledStatus::Closed
        })
        .is_allow_call(room.allow_call)
        .build()
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;
    use crate::api::behaviours::testing::Harness;

    fn list(harness: &mut Harness, query: Value) -> ListMeetingRoomsResponse {
        let mut request = json!({ "operator_id": "admin", "operator_id_type": 1 });
        if let (Some(request), Some(query)) = (request.as_object_mut(), query.as_object()) {
            request.extend(query.clone());
        }
        harness.call::<ListMeetingRooms>(Value::Null, request).ok()
    }

    fn ids(answer: &ListMeetingRoomsResponse) -> Vec<String> {
        answer
            .meeting_room_list
            .iter()
            .flatten()
            .filter_map(|room| room.meeting_room_id.clone())
            .collect()
    }

    #[test]
    fn the_demo_rooms_come_a_page_at_a_time_and_filter_by_name() {
        let mut harness = Harness::new();
        let first = list(&mut harness, json!({ "page": 1, "page_size": 2 }));
        assert_eq!((first.total_count, first.total_page, first.current_size), (Some(3), Some(2), Some(2)));
        assert_eq!(ids(&first), ["100001", "100002"]);
        let room = &first.meeting_room_list.as_ref().expect("rooms")[0];
        assert_eq!(room.meeting_room_location.as_deref(), Some("广州-大厦-10"));
        assert_eq!(room.scheduled_status, Some(RoomScheduledStatus::Closed));
        let second = list(&mut harness, json!({ "page": 2, "page_size": 2 }));
        assert_eq!(ids(&second), ["100003"]);
        let all = list(&mut harness, json!({}));
        assert_eq!(ids(&all).len(), 3, "20 a page when page_size is absent");
        let named = list(&mut harness, json!({ "meeting_room_name": "测试2" }));
        assert_eq!(ids(&named), ["100002"]);
    }
}

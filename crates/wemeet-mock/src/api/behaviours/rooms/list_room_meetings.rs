//! `GET /v1/meeting-rooms/{operator_id}/meetings`: list the meetings of a meeting room, a page at a time.

use wemeet_types::TargetRoomsIdType;
use wemeet_types::rooms::{ListRoomMeetings, ListRoomMeetingsResponse, RoomMeeting};

use super::{DEFAULT_PAGE_SIZE, status_text};
use crate::api::behaviours::Call;
use crate::api::behaviours::meetings::visible_meeting;
use crate::api::error::ApiError;
use crate::api::paging::{self, requested};
use crate::api::store::{MeetingRecord, Store};
use wemeet_types::ErrorCode;

/// Answers one page (`page` from 1, `page_size` items, 20 when absent) of the caller's meetings that booked the room
/// `target_rooms_id` names (by meeting room ID with `target_rooms_id_type` 5, by Rooms device ID with 3; every room
/// when absent), those overlapping `start_time`..`end_time` when given, by start time: ID, code, subject, state,
/// type and times. A room the mock does not have is 20201.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, ListRoomMeetings>,
) -> Result<ListRoomMeetingsResponse, ApiError> {
    let request = &call.request;
    let room_id = match request.target_rooms_id {
        None => None,
        Some(target) => {
            let target = target.to_string();
            let found = store.rooms.rooms().find(|record| match request.target_rooms_id_type {
                Some(TargetRoomsIdType::RoomsId) => record.room.rooms_id == target,
                _ => record.room.meeting_room_id == target,
            });
            let found = found.ok_or_else(|| {
                ApiError::new(
                    ErrorCode::MEETING_ROOM_QUERY_FAILED,
                    format!("no meeting room {target} in the enterprise"),
                )
            })?;
            Some(found.room.meeting_room_id.clone())
        }
    };
    let from = request.start_time.map(u64::from);
    let to = request.end_time.map(u64::from);
    let mut meetings: Vec<&MeetingRecord> = store
        .meetings()
        .filter(|record| {
            let visible = visible_meeting(store, call.caller, &record.meeting.meeting_id, ErrorCode::MEETING_NOT_EXIST)
                .is_ok();
            let booked = &record.extras.booked_rooms;
            let in_room = match &room_id {
                Some(room_id) => booked.contains(room_id),
                None => !booked.is_empty(),
            };
            let (start, end) = (
                u64::from(record.meeting.request.start_time),
                u64::from(record.meeting.request.end_time),
            );
            visible && in_room && from.is_none_or(|from| end >= from) && to.is_none_or(|to| start <= to)
        })
        .collect();
    meetings.sort_by_key(|record| u64::from(record.meeting.request.start_time));
    let items: Vec<RoomMeeting> = meetings.into_iter().map(room_meeting).collect();
    let page = paging::by_number(
        items,
        requested(request.page),
        requested(request.page_size),
        DEFAULT_PAGE_SIZE,
    );
    Ok(ListRoomMeetingsResponse::builder()
        .total_count(page.total_count)
        .total_page(page.total_page)
        .current_page(page.current_page)
        .current_size(page.current_size)
        .meeting_info_list(page.items)
        .build())
}

fn room_meeting(record: &MeetingRecord) -> RoomMeeting {
    let meeting = &record.meeting;
    let request = &meeting.request;
    let seconds = |time: wemeet_types::UnixSeconds| i64::try_from(u64::from(time)).unwrap_or(i64::MAX);
    RoomMeeting::builder()
        .meeting_id(meeting.meeting_id.clone())
        .meeting_code(meeting.meeting_code.clone())
        .subject(request.subject.clone())
        .status(status_text(record.state))
        .meeting_type(i64::from(u32::from(request.meeting_type)))
        .start_time(seconds(request.start_time))
        .end_time(seconds(request.end_time))
        .build()
}

#[cfg(test)]
pub(crate) mod tests {
    use serde_json::json;

    use super::*;
    use crate::api::behaviours::testing::Harness;

    /// The IDs of the meetings listed for the room `(target_rooms_id, target_rooms_id_type)`, or every room.
    pub(crate) fn room_meetings(harness: &mut Harness, target: Option<(&str, u32)>) -> Vec<String> {
        let mut request = json!({ "operator_id_type": 1, "instanceid": 1 });
        if let Some((id, kind)) = target {
            request["target_rooms_id"] = id.parse::<i64>().expect("a numeric ID").into();
            request["target_rooms_id_type"] = kind.into();
        }
        let answer = harness
            .call::<ListRoomMeetings>(json!({ "operator_id": "admin" }), request)
            .ok();
        answer
            .meeting_info_list
            .unwrap_or_default()
            .into_iter()
            .filter_map(|meeting| meeting.meeting_id)
            .collect()
    }

    #[test]
    fn a_rooms_meetings_are_those_that_booked_it_by_start_time_with_their_state() {
        let mut harness = Harness::new();
        let late = harness.meeting_with("c", &[], |request| {
            let start = crate::api::behaviours::testing::now() + 7200;
            request["start_time"] = start.to_string().into();
            request["end_time"] = (start + 60).to_string().into();
        });
        let early = harness.meeting("c", &[]);
        let other = harness.meeting("c", &[]);
        harness.record(&late).extras.booked_rooms = vec!["100003".to_owned()];
        harness.record(&early).extras.booked_rooms = vec!["100003".to_owned()];
        harness.record(&other).extras.booked_rooms = vec!["100002".to_owned()];
        assert_eq!(room_meetings(&mut harness, Some(("100003", 5))), [early.clone(), late]);
        let rooms_id = harness.store.rooms.room("100002").expect("room").room.rooms_id.clone();
        assert_eq!(room_meetings(&mut harness, Some((&rooms_id, 3))), [other]);
        assert_eq!(room_meetings(&mut harness, None).len(), 3);
        let answer = harness
            .call::<ListRoomMeetings>(
                json!({ "operator_id": "admin" }),
                json!({ "operator_id_type": 1, "instanceid": 1, "target_rooms_id": 100_003, "target_rooms_id_type": 5,
                        "page_size": 1 }),
            )
            .ok();
        assert_eq!((answer.total_count, answer.total_page), (Some(2), Some(2)));
        let first = &answer.meeting_info_list.expect("meetings")[0];
        assert_eq!(first.status.as_deref(), Some("MEETING_STATE_INIT"));
        assert_eq!(first.meeting_id.as_deref(), Some(early.as_str()));
        let unknown = harness.call::<ListRoomMeetings>(
            json!({ "operator_id": "admin" }),
            json!({ "operator_id_type": 1, "instanceid": 1, "target_rooms_id": 9, "target_rooms_id_type": 5 }),
        );
        assert_eq!(unknown.code(), 20201);
    }
}

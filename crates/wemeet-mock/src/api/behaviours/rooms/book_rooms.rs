//! `POST /v1/meetings/{meeting_id}/book-rooms`: book meeting rooms for a scheduled meeting.

use wemeet_types::rooms::{BookRooms, BookRoomsResponse, BookedMeetingRoom};
use wemeet_types::{ErrorCode, MeetingKind};

use super::room;
use crate::api::behaviours::Call;
use crate::api::behaviours::meetings::visible_meeting;
use crate::api::error::ApiError;
use crate::api::store::{MeetingRecord, MeetingState, Store};

/// The longest meeting rooms can be booked for (会议时长不得大于24小时), in seconds.
const LONGEST_BOOKING_SECONDS: u64 = 24 * 3600;

/// Checks the page's rules in this order and books the rooms, answering them (ID, name, place):
/// - the meeting exists in the caller's enterprise (201003, 会议信息不存在) and is not cancelled (9007);
/// - the operator created it (9102; the page also lets administrators, whom the mock does not have);
/// - it has not started (14151) or ended (14152);
/// - it is not recurring (20002) and lasts at most 24 hours (20001);
/// - each room exists (20201), is open for booking (20003) and is not booked by another meeting whose time overlaps
///   (21301).
///
/// The list replaces the rooms booked before (覆盖型接口): a repeat books the same rooms; an empty list frees them.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, BookRooms>,
) -> Result<BookRoomsResponse, ApiError> {
    let meeting_id = call.path.meeting_id.as_str();
    let request = &call.request;
    let record = visible_meeting(store, call.caller, meeting_id, ErrorCode::MEETING_INFO_NOT_EXIST)?;
    super::require_unchanged_meeting(record, &request.operator_id, "book rooms for")?;
    let meeting = &record.meeting.request;
    if meeting.meeting_kind == Some(MeetingKind::Recurring) {
        return Err(ApiError::new(
            ErrorCode::USER_EXISTS_OR_ROOM_BOOKING_RECURRING,
            format!("meeting {meeting_id} is recurring: rooms cannot be booked for it (不支持周期性会议)"),
        ));
    }
    let (start, end) = (u64::from(meeting.start_time), u64::from(meeting.end_time));
    if end.saturating_sub(start) > LONGEST_BOOKING_SECONDS {
        return Err(ApiError::new(
            ErrorCode::USER_NOT_EXIST_OR_ROOM_BOOKING_TOO_LONG,
            format!("meeting {meeting_id} lasts more than 24 hours: rooms cannot be booked for it"),
        ));
    }
    let mut booked: Vec<String> = Vec::new();
    let mut answered = Vec::new();
    for meeting_room_id in &request.meeting_room_id_list {
        if booked.contains(meeting_room_id) {
            continue;
        }
        let room = &room(store, meeting_room_id)?.room;
        if !room.open_for_booking {
            return Err(ApiError::new(
                ErrorCode::USER_UNAVAILABLE_OR_ROOM_NOT_BOOKABLE,
                format!("meeting room {meeting_room_id} is not open for booking"),
            ));
        }
        if let Some(other) = store
            .meetings()
            .find(|other| other.meeting.meeting_id != meeting_id && holds(other, meeting_room_id, start, end))
        {
            return Err(ApiError::new(
                ErrorCode::MEETING_ROOM_OCCUPIED,
                format!(
                    "meeting room {meeting_room_id} is booked by meeting {} at that time",
                    other.meeting.meeting_id
                ),
            ));
        }
        answered.push(
            BookedMeetingRoom::builder()
                .meeting_room_id(meeting_room_id.clone())
                .meeting_room_name(room.meeting_room_name.clone())
                .meeting_room_location(room.location_text())
                .build(),
        );
        booked.push(meeting_room_id.clone());
    }
    if let Some(record) = store.meeting_any_mut(meeting_id) {
        record.extras.booked_rooms = booked;
    }
    Ok(BookRoomsResponse::builder()
        .meeting_room_number(i64::try_from(answered.len()).unwrap_or(i64::MAX))
        .meeting_room_list(answered)
        .build())
}

/// Whether `other` holds `meeting_room_id` at a time overlapping `start..end`: booked, and neither over nor
/// cancelled.
fn holds(other: &MeetingRecord, meeting_room_id: &str, start: u64, end: u64) -> bool {
    let request = &other.meeting.request;
    matches!(other.state, MeetingState::Init | MeetingState::Started)
        && other.extras.booked_rooms.iter().any(|id| id == meeting_room_id)
        && u64::from(request.start_time) < end
        && start < u64::from(request.end_time)
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;
    use crate::api::behaviours::rooms::list_room_meetings::tests::room_meetings;
    use crate::api::behaviours::testing::{Harness, Outcome};
    use crate::api::behaviours::testing::now;
    use crate::api::rooms::MeetingRoom;

    pub(crate) fn book(harness: &mut Harness, meeting_id: &str, operator: &str, rooms: &[&str]) -> Outcome<BookRoomsResponse> {
        harness.call::<BookRooms>(
            json!({ "meeting_id": meeting_id }),
            json!({ "operator_id": operator, "operator_id_type": 1, "meeting_room_id_list": rooms }),
        )
    }

    #[test]
    fn rooms_are_booked_replacing_the_earlier_booking_and_listed_with_the_meeting() {
        let mut harness = Harness::new();
        harness.store.rooms.add(MeetingRoom::new("200001", "Lab").open_for_booking(true));
        let meeting = harness.meeting("creator", &[]);
        let answer = book(&mut harness, &meeting, "creator", &["100003", "200001"]).ok();
        assert_eq!(answer.meeting_room_number, Some(2));
        let booked = answer.meeting_room_list.expect("rooms");
        assert_eq!(booked[0].meeting_room_location.as_deref(), Some("深圳-大厦-3"));
        assert_eq!(harness.record(&meeting).extras.booked_rooms, ["100003", "200001"]);
        let listed = room_meetings(&mut harness, Some(("100003", 5)));
        assert_eq!(listed, std::slice::from_ref(&meeting));
        book(&mut harness, &meeting, "creator", &["200001"]).ok();
        assert_eq!(harness.record(&meeting).extras.booked_rooms, ["200001"], "the list replaces");
        assert!(room_meetings(&mut harness, Some(("100003", 5))).is_empty());
    }

    #[test]
    fn the_page_refusals_in_order() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("creator", &[]);
        assert_eq!(book(&mut harness, "404", "creator", &["100003"]).code(), 201_003);
        assert_eq!(book(&mut harness, &meeting, "someone", &["100003"]).code(), 9102);
        assert_eq!(book(&mut harness, &meeting, "creator", &["999"]).code(), 20201);
        assert_eq!(book(&mut harness, &meeting, "creator", &["100001"]).code(), 20003, "closed for booking");
        let long = harness.meeting_with("creator", &[], |request: &mut Value| {
            let start = now();
            request["start_time"] = (start).to_string().into();
            request["end_time"] = (start + 25 * 3600).to_string().into();
        });
        assert_eq!(book(&mut harness, &long, "creator", &["100003"]).code(), 20001);
        let recurring = harness.meeting_with("creator", &[], |request: &mut Value| {
            request["meeting_type"] = 1.into();
        });
        assert_eq!(book(&mut harness, &recurring, "creator", &["100003"]).code(), 20002);

        book(&mut harness, &meeting, "creator", &["100003"]).ok();
        let same_time = harness.meeting("other", &[]);
        assert_eq!(book(&mut harness, &same_time, "other", &["100003"]).code(), 21301);
        let later = harness.meeting_with("other", &[], |request: &mut Value| {
            let start = now() + 10 * 3600;
            request["start_time"] = start.to_string().into();
            request["end_time"] = (start + 3600).to_string().into();
        });
        book(&mut harness, &later, "other", &["100003"]).ok();

        harness.join_as(&meeting, "creator");
        assert_eq!(book(&mut harness, &meeting, "creator", &["100003"]).code(), 14151);
    }
}

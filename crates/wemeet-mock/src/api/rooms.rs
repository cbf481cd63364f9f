//! The enterprise's meeting rooms (会议室(Rooms)) as the mock holds them: the rooms with their settings, background
//! and activation code, and the calls placed to them. A server starts with [`MeetingRoom::demo_rooms`]; tests add
//! their own with [`MockServer::add_meeting_room`](crate::MockServer::add_meeting_room). Which rooms a meeting booked is
//! held with the meeting.

use std::collections::VecDeque;

use wemeet_types::MraProtocol;
use wemeet_types::rooms::{
    MeetingRoomStatus, MeetingRoomType, RoomAccountNewType, RoomAccountType, RoomAutoResponse,
    RoomCallResponseStatus, RoomMeetingSettings, RoomRecordSettings, RoomRecordSharing,
    RoomWatermark,
};

use crate::api::ids;

/// A meeting room of the enterprise.
///
/// ```
/// use wemeet_mock::MeetingRoom;
///
/// let room = MeetingRoom::new("200001", "Boardroom")
///     .location("深圳", "大厦", "8")
///     .open_for_booking(true);
/// assert_eq!(room.location_text(), "深圳-大厦-8");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct MeetingRoom {
    /// Meeting room ID (会议室 ID).
    pub meeting_room_id: String,
    /// Name (会议室名称).
    pub meeting_room_name: String,
    /// City (城市).
    pub city: String,
    /// Building (建筑).
    pub building: String,
    /// Floor (楼层).
    pub floor: String,
    /// How many people it holds (容纳人数).
    pub participant_number: i64,
    /// Kind of room (会议室类型).
    pub meeting_room_type: MeetingRoomType,
    /// State of the room (会议室状态): only an idle or busy room (a device online) can be called.
    pub meeting_room_status: MeetingRoomStatus,
    /// Account type (账号类型).
    pub account_type: RoomAccountType,
    /// Account edition (账号新类型).
    pub account_new_type: RoomAccountNewType,
    /// ID of the room's Rooms device (Rooms ID).
    pub rooms_id: String,
    /// The device's activation code (激活码).
    pub active_code: String,
    /// Whether it may be booked (预定状态; initially closed, as the update page says).
    pub open_for_booking: bool,
    /// Whether it may be called (是否允许被呼叫; initially allowed).
    pub allow_call: bool,
    /// Equipment (会议室设备).
    pub device: Vec<String>,
    /// Labels (标签).
    pub labels: Vec<String>,
    /// Description (描述), plain text (answers carry it base64-encoded).
    pub desc: Option<String>,
    /// The administrator password (管理员密码), plain text, when one is in use.
    pub admin_password: Option<String>,
}

impl MeetingRoom {
    /// A room `meeting_room_id` named `meeting_room_name`: a Rooms room with an idle Rooms device, a normal basic
    /// account, no place yet, closed for booking and open to calls.
    pub fn new(meeting_room_id: impl Into<String>, meeting_room_name: impl Into<String>) -> Self {
        let meeting_room_id = meeting_room_id.into();
        MeetingRoom {
            rooms_id: format!("2001{meeting_room_id:0>14}"),
            meeting_room_id,
            meeting_room_name: meeting_room_name.into(),
            city: String::new(),
            building: String::new(),
            floor: String::new(),
            participant_number: 0,
            meeting_room_type: MeetingRoomType::Rooms,
            meeting_room_status: MeetingRoomStatus::Idle,
            account_type: RoomAccountType::Normal,
            account_new_type: RoomAccountNewType::Basic,
            active_code: ids::active_code(),
            open_for_booking: false,
            allow_call: true,
            device: Vec::new(),
            labels: Vec::new(),
            desc: None,
            admin_password: None,
        }
    }

    /// The same, in `city`, `building`, `floor`.
    #[must_use]
    pub fn location(mut self, city: &str, building: &str, floor: &str) -> Self {
        city.clone_into(&mut self.city);
        building.clone_into(&mut self.building);
        floor.clone_into(&mut self.floor);
        self
    }

    /// The same, holding `participant_number` people.
    #[must_use]
    pub fn participant_number(mut self, participant_number: i64) -> Self {
        self.participant_number = participant_number;
        self
    }

    /// The same, in state `status`.
    #[must_use]
    pub fn status(mut self, status: MeetingRoomStatus) -> Self {
        self.meeting_room_status = status;
        self
    }

    /// The same, with account type `account_type`.
    #[must_use]
    pub fn account_type(mut self, account_type: RoomAccountType) -> Self {
        self.account_type = account_type;
        self
    }

    /// The same, open for booking or not.
    #[must_use]
    pub fn open_for_booking(mut self, open: bool) -> Self {
        self.open_for_booking = open;
        self
    }

    /// The same, open to calls or not.
    #[must_use]
    pub fn allow_call(mut self, allow: bool) -> Self {
        self.allow_call = allow;
        self
    }

    /// Where the room is as the lists write it: city, building and floor joined by `-`.
    pub fn location_text(&self) -> String {
        [&self.city, &self.building, &self.floor]
            .into_iter()
            .filter(|part| !part.is_empty())
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join("-")
    }

    /// Whether a call can reach the room: calls allowed and its device online (idle or in use).
    pub(crate) fn callable(&self) -> Result<(), String> {
        if !self.allow_call {
            return Err(format!(
                "meeting room {} does not take calls",
                self.meeting_room_id
            ));
        }
        match self.meeting_room_status {
            MeetingRoomStatus::Idle | MeetingRoomStatus::InUse => Ok(()),
            status => Err(format!(
                "meeting room {} has no device online (status {status})",
                self.meeting_room_id
            )),
        }
    }

    /// The rooms a server starts with: the two of the list page's example (closed for booking; an unbound and an
    /// inactive room, so neither can be called) and a third, idle, open for booking and to calls.
    pub fn demo_rooms() -> Vec<MeetingRoom> {
        vec![
            MeetingRoom::new("100001", "会议室测试1")
                .location("广州", "大厦", "10")
                .participant_number(12)
                .account_type(RoomAccountType::Dedicated)
                .status(MeetingRoomStatus::Unbound),
            MeetingRoom::new("100002", "会议室测试2")
                .location("西安", "广场", "19")
                .participant_number(13)
                .status(MeetingRoomStatus::Inactive),
            MeetingRoom::new("100003", "会议室测试3")
                .location("深圳", "大厦", "3")
                .participant_number(8)
                .open_for_booking(true),
        ]
    }
}

/// What a room call named: a meeting room, or a meeting-room access (MRA) device by its signalling address.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum RoomCallTarget {
    /// A meeting room, by ID.
    Room(String),
    /// An MRA device.
    Mra {
        /// Signalling protocol.
        protocol: MraProtocol,
        /// Signalling address.
        dial_string: String,
    },
}

/// A call placed to a meeting room from a meeting ([`MockServer::room_calls`](crate::MockServer::room_calls)).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RoomCall {
    /// The call's ID (`invite_id`).
    pub invite_id: String,
    /// The meeting that called.
    pub meeting_id: String,
    /// The room called.
    pub target: RoomCallTarget,
    /// How the room answered: calling (呼叫中) until it accepts or rejects
    /// ([`MockServer::answer_room_call`](crate::MockServer::answer_room_call)).
    pub status: RoomCallResponseStatus,
    /// When the call was placed or last answered, Unix seconds.
    pub response_time: u64,
}

/// A room with what its endpoints set on it.
#[derive(Debug, Clone)]
pub(crate) struct RoomRecord {
    pub(crate) room: MeetingRoom,
    pub(crate) meeting_settings: RoomMeetingSettings,
    pub(crate) record_settings: RoomRecordSettings,
    /// The background image's URL, once one was set.
    pub(crate) background: Option<String>,
}

impl RoomRecord {
    /// `room` with the settings a room starts with (the update page's initial values: watermark 2, answering calls
    /// by itself 2, captions on, its own meeting ID on, no notifications on its screen, cloud recordings shared with
    /// all members).
    fn new(room: MeetingRoom) -> Self {
        RoomRecord {
            room,
            meeting_settings: RoomMeetingSettings::builder()
                .water_mark(RoomWatermark::MultiRow)
                .auto_response(RoomAutoResponse::Off)
                .caption(true)
                .room_pmi(true)
                .room_notification(false)
                .build(),
            record_settings: RoomRecordSettings::builder()
                .share_record(RoomRecordSharing::AllMembers)
                .build(),
            background: None,
        }
    }
}

/// The meeting rooms and the calls to them.
#[derive(Debug)]
pub(crate) struct Rooms {
    rooms: Vec<RoomRecord>,
    /// The calls, oldest first, at most [`Rooms::CALLS_KEPT`].
    calls: VecDeque<RoomCall>,
}

impl Rooms {
    /// How many calls are kept: the oldest go first.
    const CALLS_KEPT: usize = 1_000;

    /// The rooms a server starts with ([`MeetingRoom::demo_rooms`]) and no call.
    pub(crate) fn demo() -> Self {
        Rooms {
            rooms: MeetingRoom::demo_rooms()
                .into_iter()
                .map(RoomRecord::new)
                .collect(),
            calls: VecDeque::new(),
        }
    }

    /// The rooms, in the order they were added.
    pub(crate) fn rooms(&self) -> impl Iterator<Item = &RoomRecord> {
        self.rooms.iter()
    }

    /// The room `meeting_room_id`.
    pub(crate) fn room(&self, meeting_room_id: &str) -> Option<&RoomRecord> {
        self.rooms
            .iter()
            .find(|record| record.room.meeting_room_id == meeting_room_id)
    }

    /// The room `meeting_room_id`, to change.
    pub(crate) fn room_mut(&mut self, meeting_room_id: &str) -> Option<&mut RoomRecord> {
        self.rooms
            .iter_mut()
            .find(|record| record.room.meeting_room_id == meeting_room_id)
    }

    /// Adds `room`, or replaces the room with its ID (settings and background included); true when it is new.
    pub(crate) fn add(&mut self, room: MeetingRoom) -> bool {
        let record = RoomRecord::new(room);
        match self.room_mut(&record.room.meeting_room_id) {
            Some(existing) => {
                *existing = record;
                false
            }
            None => {
                self.rooms.push(record);
                true
            }
        }
    }

    /// Whether the room `meeting_room_id` can take a call: it exists, takes calls and has its device online; else
    /// why not (会议室呼叫失败).
    pub(crate) fn reachable(&self, meeting_room_id: &str) -> Result<(), String> {
        match self.room(meeting_room_id) {
            Some(record) => record.room.callable(),
            None => Err(format!(
                "no meeting room {meeting_room_id} in the enterprise"
            )),
        }
    }

    /// Places a new call of meeting `meeting_id` to `target` at `now` (Unix seconds), still being called, and
    /// answers its new `invite_id`.
    pub(crate) fn call(&mut self, meeting_id: String, target: RoomCallTarget, now: u64) -> String {
        let invite_id = ids::dashed_id();
        self.place_call(RoomCall {
            invite_id: invite_id.clone(),
            meeting_id,
            target,
            status: RoomCallResponseStatus::Calling,
            response_time: now,
        });
        invite_id
    }

    /// Records a new call, dropping the oldest past [`Rooms::CALLS_KEPT`].
    pub(crate) fn place_call(&mut self, call: RoomCall) {
        if self.calls.len() == Self::CALLS_KEPT {
            self.calls.pop_front();
        }
        self.calls.push_back(call);
    }

    /// The calls, oldest first.
    pub(crate) fn calls(&self) -> impl Iterator<Item = &RoomCall> {
        self.calls.iter()
    }

    /// The call `invite_id`, to change.
    pub(crate) fn call_mut(&mut self, invite_id: &str) -> Option<&mut RoomCall> {
        self.calls
            .iter_mut()
            .find(|call| call.invite_id == invite_id)
    }

    /// The latest call of meeting `meeting_id` to `target`.
    pub(crate) fn latest_call(
        &self,
        meeting_id: &str,
        target: &RoomCallTarget,
    ) -> Option<&RoomCall> {
        self.calls
            .iter()
            .rev()
            .find(|call| call.meeting_id == meeting_id && call.target == *target)
    }

    /// Forgets the call `invite_id`; false when there is none.
    pub(crate) fn forget_call(&mut self, invite_id: &str) -> bool {
        let before = self.calls.len();
        self.calls.retain(|call| call.invite_id != invite_id);
        self.calls.len() != before
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_rooms_are_the_examples_and_one_that_can_be_booked_and_called() {
        let rooms = Rooms::demo();
        let ids: Vec<&str> = rooms
            .rooms()
            .map(|record| record.room.meeting_room_id.as_str())
            .collect();
        assert_eq!(ids, ["100001", "100002", "100003"]);
        let first = &rooms.room("100001").unwrap().room;
        assert_eq!(first.location_text(), "广州-大厦-10");
        assert!(!first.open_for_booking && first.callable().is_err());
        let third = &rooms.room("100003").unwrap().room;
        assert!(third.open_for_booking && third.callable().is_ok());
    }

    #[test]
    fn adding_a_room_with_a_known_id_replaces_it() {
        let mut rooms = Rooms::demo();
        assert!(rooms.add(MeetingRoom::new("9", "nine")));
        assert!(!rooms.add(MeetingRoom::new("9", "nine again")));
        assert_eq!(
            rooms.room("9").unwrap().room.meeting_room_name,
            "nine again"
        );
        assert_eq!(rooms.rooms().count(), 4);
    }

    #[test]
    fn calls_are_bounded_and_the_latest_per_room_is_found() {
        let mut rooms = Rooms::demo();
        let target = RoomCallTarget::Room("100003".to_owned());
        for n in 0..Rooms::CALLS_KEPT + 5 {
            rooms.place_call(RoomCall {
                invite_id: format!("call-{n}"),
                meeting_id: "m".to_owned(),
                target: target.clone(),
                status: RoomCallResponseStatus::Calling,
                response_time: 0,
            });
        }
        assert_eq!(rooms.calls().count(), Rooms::CALLS_KEPT);
        let last = format!("call-{}", Rooms::CALLS_KEPT + 4);
        assert_eq!(rooms.latest_call("m", &target).unwrap().invite_id, last);
        assert!(rooms.forget_call(&last));
        assert!(!rooms.forget_call(&last));
        assert!(rooms.latest_call("other", &target).is_none());
    }
}

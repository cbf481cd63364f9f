//! The handle's side of the meeting rooms: the rooms the mock holds, adding rooms, which rooms a meeting booked,
//! the calls placed to rooms and a room answering one.

use wemeet_types::events::RoomResponseStatus;
use wemeet_types::rooms::RoomCallResponseStatus;

use crate::api::control_events;
use crate::api::rooms::{MeetingRoom, RoomCall, RoomCallTarget};
use crate::api::store::MeetingState;
use crate::handle::mock_server::MockServer;

impl MockServer {
    /// The meeting rooms the mock holds, in the order they were added: the [demo rooms](MeetingRoom::demo_rooms) a
    /// server starts with (and gets back on [`reset`](Self::reset)), then those added, as the room endpoints left
    /// them.
    pub fn meeting_rooms(&self) -> Vec<MeetingRoom> {
        self.read(|store| {
            store
                .rooms
                .rooms()
                .map(|record| record.room.clone())
                .collect()
        })
    }

    /// Adds `room` to the enterprise's meeting rooms, or replaces the room with its ID (its settings and background
    /// back to a new room's); true when it is new.
    ///
    /// ```
    /// # fn main() -> std::io::Result<()> {
    /// use wemeet_mock::{MeetingRoom, MockServer};
    ///
    /// let server = MockServer::start_blocking()?;
    /// assert!(server.add_meeting_room(MeetingRoom::new("300001", "Lab").open_for_booking(true)));
    /// assert_eq!(server.meeting_rooms().last().map(|room| room.meeting_room_name.as_str()), Some("Lab"));
    /// # Ok(()) }
    /// ```
    pub fn add_meeting_room(&self, room: MeetingRoom) -> bool {
        self.act(|store, _, _| store.rooms.add(room))
    }

    /// The IDs of the meeting rooms booked for meeting `meeting_id`, in the order the last booking gave them;
    /// `None` if there is no such meeting.
    pub fn booked_rooms(&self, meeting_id: &str) -> Option<Vec<String>> {
        self.read(|store| {
            store
                .meeting(meeting_id)
                .map(|record| record.extras.booked_rooms.clone())
        })
    }

    /// The calls placed to meeting rooms and not cancelled, oldest first (the latest 1 000).
    pub fn room_calls(&self) -> Vec<RoomCall> {
        self.read(|store| store.rooms.calls().cloned().collect())
    }

    /// Meeting `meeting_id` calls the meeting room `meeting_room_id`, as call room does for one allowed to: the
    /// room is then being called until it answers ([`answer_room_call`](Self::answer_room_call)) or the call is
    /// cancelled. Returns the call's `invite_id`; `None` when there is no such meeting still to be held or in
    /// progress, or the room cannot take the call (no such room, or it takes no calls, or has no device online).
    ///
    /// ```
    /// # fn main() -> std::io::Result<()> {
    /// use wemeet_mock::MockServer;
    ///
    /// let server = MockServer::start_blocking()?;
    /// // Create a meeting through the client under test, then, with its meeting_id:
    /// let meeting_id = "7567173273889276131";
    /// assert_eq!(server.call_room(meeting_id, "100003"), None, "no such meeting here: nothing is called");
    /// assert!(server.room_calls().is_empty());
    /// # Ok(()) }
    /// ```
    pub fn call_room(&self, meeting_id: &str, meeting_room_id: &str) -> Option<String> {
        self.act(|store, now, _| {
            let open = store.meeting(meeting_id).is_some_and(|record| {
                matches!(record.state, MeetingState::Init | MeetingState::Started)
            });
            if !open || store.rooms.reachable(meeting_room_id).is_err() {
                return None;
            }
            let target = RoomCallTarget::Room(meeting_room_id.to_owned());
            Some(store.rooms.call(meeting_id.to_owned(), target, now))
        })
    }

    /// The room called by `invite_id` answers: accepts (`accept` true; the call's status is then 2, accepted, and
    /// the room reports `room.response` 2, joining) or rejects (3 and 3). False when there is no such call still
    /// being called.
    pub fn answer_room_call(&self, invite_id: &str, accept: bool) -> bool {
        self.act(|store, now, events| {
            let Some(placed) = store.rooms.call_mut(invite_id) else {
                return false;
            };
            if placed.status != RoomCallResponseStatus::Calling {
                return false;
            }
            let (status, reported) = if accept {
                (
                    RoomCallResponseStatus::Accepted,
                    RoomResponseStatus::Joining,
                )
            } else {
                (
                    RoomCallResponseStatus::Rejected,
                    RoomResponseStatus::Rejected,
                )
            };
            placed.status = status;
            placed.response_time = now;
            events.emit(control_events::room_response(
                &placed.meeting_id,
                &placed.target,
                reported,
                placed.response_time,
            ));
            true
        })
    }
}

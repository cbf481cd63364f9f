//! The handle's side of participants: making them join and leave a meeting, as people in the meeting would, so that
//! the participant lists and the participant events have something to show.

use wemeet_types::events::MeetingEndType;

use crate::api::attendance::{self, Participant};
use crate::api::ids;
use crate::api::store::{MeetingRecord, MeetingState};
use crate::callbacks::emitter::Emitter;
use crate::handle::mock_server::MockServer;
use crate::handle::state::lock;

impl MockServer {
    /// `participant` joins meeting `meeting_id` now (on the server's clock), as someone opening its join link would.
    ///
    /// The first participant to join starts the meeting (`meeting.started`); each join is one entry of list meeting
    /// participants and, while they stay, of list real-time participants; `meeting.participant-joined` goes to the
    /// [subscription](Self::subscribe). Returns false, changing nothing, when there is no such meeting, it is
    /// cancelled or over, or the participant is already in it or its waiting room.
    ///
    /// ```
    /// # fn main() -> std::io::Result<()> {
    /// use wemeet_mock::{MockServer, Participant};
    ///
    /// let server = MockServer::start_blocking()?;
    /// // Create a meeting through the client under test, then, with its meeting_id:
    /// let meeting_id = "7567173273889276131";
    /// let joined = server.join(meeting_id, Participant::new("alice").user_name("Alice"));
    /// assert!(!joined, "no such meeting here: nothing changes");
    /// assert_eq!(server.participants(meeting_id), None);
    /// # Ok(()) }
    /// ```
    pub fn join(&self, meeting_id: &str, participant: Participant) -> bool {
        self.attend(meeting_id, |record, now, events| {
            attendance::join(record, participant, now, events)
        })
    }

    /// `userid` leaves meeting `meeting_id` now (`meeting.participant-left`); when the last one leaves, the meeting
    /// ends (`meeting.end`, nobody in the meeting). Returns false when `userid` is not in the meeting.
    pub fn leave(&self, meeting_id: &str, userid: &str) -> bool {
        self.attend(meeting_id, |record, now, events| {
            attendance::leave(record, userid, now, events)
        })
    }

    /// `participant` enters the waiting room of meeting `meeting_id` now
    /// (`meeting.participant-joined-waiting-room`): list waiting-room participants shows them while the meeting is in
    /// progress, list waiting-room records from now on. Returns false, changing nothing, when there is no such
    /// meeting, it is cancelled or over, or the participant is already in it or its waiting room.
    pub fn enter_waiting_room(&self, meeting_id: &str, participant: Participant) -> bool {
        self.attend(meeting_id, |record, now, events| {
            attendance::enter_waiting_room(record, participant, now, events)
        })
    }

    /// A host admits `userid` from the waiting room of meeting `meeting_id` now
    /// (`meeting.participant-admitted`), and they join it as with [`join`](Self::join). Returns false when `userid`
    /// is not in the waiting room.
    pub fn admit(&self, meeting_id: &str, userid: &str) -> bool {
        self.attend(meeting_id, |record, now, events| {
            attendance::admit(record, userid, now, events)
        })
    }

    /// `owner` opens a meeting on their personal meeting ID (个人会议号, PMI) now, joining it, as opening one's
    /// personal meeting room in the app does: the meeting is in progress (`meeting.started`,
    /// `meeting.participant-joined`), list PMI meetings lists it, it ends when the last one leaves. It belongs to the
    /// demo enterprise and is an hour long. Returns its meeting ID.
    ///
    /// ```
    /// # fn main() -> std::io::Result<()> {
    /// use wemeet_mock::{MeetingState, MockServer};
    ///
    /// let server = MockServer::start_blocking()?;
    /// let meeting_id = server.open_personal_meeting("alice", "Alice's room");
    /// assert_eq!(server.meeting_state(&meeting_id), Some(MeetingState::Started));
    /// assert!(server.leave(&meeting_id, "alice"));
    /// assert_eq!(server.meeting_state(&meeting_id), Some(MeetingState::Ended));
    /// # Ok(()) }
    /// ```
    pub fn open_personal_meeting(&self, owner: &str, subject: &str) -> String {
        let now = self.app.clock.now_unix_seconds();
        let request = wemeet_types::CreateMeetingRequest::builder()
            .userid(owner)
            .instanceid(wemeet_types::InstanceId::Pc)
            .subject(subject)
            .meeting_type(wemeet_types::MeetingType::Quick)
            .start_time(now)
            .end_time(now.saturating_add(3600))
            .build();
        let meeting_id = lock(&self.app.store)
            .create_meeting(crate::demo::APP_ID, false, request)
            .meeting_id;
        self.attend(&meeting_id, |record, now, events| {
            record.personal = true;
            attendance::join(record, Participant::new(owner), now, events)
        });
        meeting_id
    }

    /// Those in meeting `meeting_id` now, in the order they joined, or `None` if there is no such meeting.
    pub fn participants(&self, meeting_id: &str) -> Option<Vec<Participant>> {
        lock(&self.app.store).meeting(meeting_id).map(|record| {
            record
                .present()
                .map(|attendance| attendance.participant.clone())
                .collect()
        })
    }

    /// Starts meeting `meeting_id` with nobody in it (`meeting.started`), as the host opening it would (hosts may
    /// then set its live-stream addresses); returns whether there is such a meeting, scheduled and not started.
    pub fn start_meeting(&self, meeting_id: &str) -> bool {
        self.attend(meeting_id, |record, _, events| {
            if record.state != MeetingState::Init {
                return false;
            }
            record.state = MeetingState::Started;
            events.emit(crate::api::event_payloads::meeting_started(
                &record.meeting,
                None,
            ));
            true
        })
    }

    /// Ends meeting `meeting_id` as a host ending it would (`meeting.end`): everyone still in it leaves
    /// (`meeting.participant-left` each). Returns whether it was in progress.
    pub fn end_meeting(&self, meeting_id: &str) -> bool {
        self.attend(meeting_id, |record, now, events| {
            if record.state != MeetingState::Started {
                return false;
            }
            attendance::end(record, MeetingEndType::Ended, None, now, events);
            true
        })
    }

    /// Applies `step` to meeting `meeting_id` at the server's time and sends the events it emitted, each with a
    /// fresh trace id; false when there is no such meeting or `step` changed nothing.
    fn attend(
        &self,
        meeting_id: &str,
        step: impl FnOnce(&mut MeetingRecord, u64, &Emitter) -> bool,
    ) -> bool {
        let now = self.app.clock.now_unix_seconds();
        let events = Emitter::new(&ids::trace_id());
        let mut store = lock(&self.app.store);
        let Some(record) = store.meeting_any_mut(meeting_id) else {
            return false;
        };
        let changed = step(record, now, &events);
        store.account(meeting_id);
        drop(store);
        self.app.outbox.publish(events.into_events());
        changed
    }
}

//! The handle's side of participants: people joining, leaving and sharing their screen in the tests' stead, as
//! people in the meeting would, so that the participant lists, the in-meeting controls and the participant events
//! have something to act on; and what the real-time list and the in-meeting controls hold.

use wemeet_types::events::MeetingEndType;

use crate::api::control_events;
use crate::api::event_payloads;
use crate::api::in_meeting_controls::InMeetingControls;
use crate::api::participants::{self, Joined, Participant, ParticipantState};
use crate::api::store::{MeetingRecord, MeetingState};
use crate::callbacks::emitter::Emitter;
use crate::handle::mock_server::MockServer;

impl MockServer {
    /// `participant` joins meeting `meeting_id` now (on the server's clock), as someone opening its join link would:
    /// into the meeting, or into its waiting room when it has one switched on (in-meeting settings) and the
    /// participant does not host it (`meeting.participant-joined-waiting-room`).
    ///
    /// The first participant to join starts the meeting (`meeting.started`); each join is one entry of list meeting
    /// participants and, while they stay, of list real-time participants; `meeting.participant-joined` goes to the
    /// [subscription](Self::subscribe). Returns the participant's `ms_open_id`, the ID the control calls name it by,
    /// or `None`, changing nothing, when there is no such meeting, it is cancelled or over, locked, or the user is in
    /// it or its waiting room already, or was removed from it without leave to come back.
    ///
    /// ```
    /// # fn main() -> std::io::Result<()> {
    /// use wemeet_mock::{MockServer, Participant};
    ///
    /// let server = MockServer::start_blocking()?;
    /// // Create a meeting through the client under test, then, with its meeting_id:
    /// let meeting_id = "7567173273889276131";
    /// let joined = server.join(meeting_id, Participant::new("alice").user_name("Alice"));
    /// assert_eq!(joined, None, "no such meeting here: nothing changes");
    /// assert_eq!(server.participants(meeting_id), None);
    /// # Ok(()) }
    /// ```
    pub fn join(&self, meeting_id: &str, participant: Participant) -> Option<String> {
        self.attend(meeting_id, |record, now, events| match participants::join(
            record,
            participant,
            now,
            events,
        )
        .ok()?
        {
            Joined::Meeting(ms_open_id) | Joined::WaitingRoom(ms_open_id) => Some(ms_open_id),
        })
        .flatten()
    }

    /// `userid` leaves meeting `meeting_id` now (`meeting.participant-left`); when the last one leaves, the meeting
    /// ends (`meeting.end`, nobody in the meeting). Returns false when `userid` is not in the meeting.
    pub fn leave(&self, meeting_id: &str, userid: &str) -> bool {
        self.attend(meeting_id, |record, now, events| {
            participants::leave(record, userid, now, events)
        })
        .unwrap_or(false)
    }

    /// `participant` enters the waiting room of meeting `meeting_id` now
    /// (`meeting.participant-joined-waiting-room`), whether or not the meeting has it switched on: list waiting-room
    /// participants shows them while the meeting is in progress, list waiting-room records from now on. Returns its
    /// `ms_open_id`, or `None` as [`join`](Self::join) does.
    pub fn enter_waiting_room(&self, meeting_id: &str, participant: Participant) -> Option<String> {
        self.attend(meeting_id, |record, now, events| {
            participants::enter_waiting_room(record, participant, now, events).ok()
        })
        .flatten()
    }

    /// A host admits `userid` from the waiting room of meeting `meeting_id` now
    /// (`meeting.participant-admitted`, by the meeting's creator), and they join it as with [`join`](Self::join).
    /// Returns false when `userid` is not in the waiting room.
    pub fn admit(&self, meeting_id: &str, userid: &str) -> bool {
        self.attend(meeting_id, |record, now, events| {
            let participants = &record.extras.participants;
            let Some(index) = participants
                .visits()
                .iter()
                .position(|visit| visit.left.is_none() && visit.state.userid == userid)
            else {
                return false;
            };
            let by = event_payloads::user(&record.meeting.creator);
            participants::admit(record, index, by, now, events)
        })
        .unwrap_or(false)
    }

    /// The participant `ms_open_id` of meeting `meeting_id` starts sharing its screen (`meeting.share-screen-open`).
    /// False when nobody in the meeting has that ID, or it shares already.
    pub fn share_screen(&self, meeting_id: &str, ms_open_id: &str) -> bool {
        self.attend(meeting_id, |record, _, events| {
            let Some(sharer) = record
                .extras
                .participants
                .present_all_mut()
                .find(|present| present.ms_open_id == ms_open_id && !present.screen_shared_state)
            else {
                return false;
            };
            sharer.screen_shared_state = true;
            let sharer = sharer.clone();
            events.emit(control_events::share_screen_open(&record.meeting, &sharer));
            true
        })
        .unwrap_or(false)
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
        let meeting_id = self.act(|store, _, _| {
            store
                .create_meeting(crate::demo::APP_ID, false, request)
                .meeting_id
        });
        self.attend(&meeting_id, |record, now, events| {
            record.personal = true;
            participants::join(record, Participant::new(owner), now, events)
        });
        meeting_id
    }

    /// Those in meeting `meeting_id` now, in the order they joined, as the real-time participant list reports
    /// them; `None` if there is no such meeting.
    pub fn participants(&self, meeting_id: &str) -> Option<Vec<ParticipantState>> {
        self.read(|store| {
            let record = store.meeting(meeting_id)?;
            Some(record.extras.participants.present().cloned().collect())
        })
    }

    /// Those in the waiting room of meeting `meeting_id` now, in the order they entered; `None` if there is no
    /// such meeting.
    pub fn waiting_room(&self, meeting_id: &str) -> Option<Vec<ParticipantState>> {
        self.read(|store| {
            let record = store.meeting(meeting_id)?;
            Some(record.extras.participants.waiting().cloned().collect())
        })
    }

    /// What the in-meeting controls set on meeting `meeting_id` (settings, document uploads, transcription);
    /// `None` if there is no such meeting.
    pub fn in_meeting_controls(&self, meeting_id: &str) -> Option<InMeetingControls> {
        self.read(|store| {
            let record = store.meeting(meeting_id)?;
            let mut controls = record.extras.controls.clone();
            controls.enable_upload_doc = controls
                .enable_upload_doc
                .or(record.meeting.request.enable_doc_upload_permission);
            Some(controls)
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
            events.emit(control_events::meeting_started(&record.meeting, None));
            true
        })
        .unwrap_or(false)
    }

    /// Ends meeting `meeting_id` as a host ending it would (`meeting.end`): everyone still in it leaves
    /// (`meeting.participant-left` each). Returns whether it was in progress.
    pub fn end_meeting(&self, meeting_id: &str) -> bool {
        self.attend(meeting_id, |record, now, events| {
            if record.state != MeetingState::Started {
                return false;
            }
            participants::end(record, MeetingEndType::Ended, None, now, events);
            true
        })
        .unwrap_or(false)
    }

    /// Applies `step` to meeting `meeting_id` at the server's time (see [`act`](Self::act)) and counts again what
    /// the meeting weighs; `None` when there is no such meeting.
    fn attend<R>(
        &self,
        meeting_id: &str,
        step: impl FnOnce(&mut MeetingRecord, u64, &Emitter) -> R,
    ) -> Option<R> {
        self.act(|store, now, events| {
            let record = store.meeting_any_mut(meeting_id)?;
            let result = step(record, now, events);
            store.account(meeting_id);
            Some(result)
        })
    }
}

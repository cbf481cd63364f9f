//! The handle's side of the participants: people joining, leaving and sharing their screen in the tests' stead,
//! and what the real-time list and the in-meeting controls hold.

use crate::api::in_meeting_controls::InMeetingControls;
use crate::api::local_time::now;
use crate::api::participants::{self, Joined, Participant, ParticipantState};
use crate::api::store::Store;
use crate::handle::mock_server::MockServer;

impl MockServer {
    /// `participant` joins meeting `meeting_id`, as the client would: into the meeting (starting it if nobody
    /// had: `meeting.started`, then `meeting.participant-joined`), or into its waiting room when it has one switched
    /// on and the participant does not host it (`meeting.participant-joined-waiting-room`). Returns the participant's
    /// `ms_open_id`, the ID the control calls name it by, or `None` when it cannot join: no such meeting, cancelled or
    /// over, locked, the user in it already, or removed from it without leave to come back.
    ///
    /// ```
    /// # fn main() -> std::io::Result<()> {
    /// use wemeet_mock::{MockServer, Participant};
    ///
    /// let server = MockServer::start_blocking()?;
    /// assert_eq!(server.join("no-such-meeting", Participant::new("alice")), None);
    /// # Ok(()) }
    /// ```
    pub fn join(&self, meeting_id: &str, participant: Participant) -> Option<String> {
        self.act(|store, events| {
            let record = store.meeting_any_mut(meeting_id)?;
            let joined = participants::join(record, participant, now(), events).ok()?;
            store.account(meeting_id);
            Some(match joined {
                Joined::Meeting(ms_open_id) | Joined::WaitingRoom(ms_open_id) => ms_open_id,
            })
        })
    }

    /// `participant` enters the waiting room of meeting `meeting_id` (`meeting.participant-joined-waiting-room`),
    /// whether or not the meeting has it switched on. Returns its `ms_open_id`, or `None` as [`join`](Self::join)
    /// does.
    pub fn enter_waiting_room(&self, meeting_id: &str, participant: Participant) -> Option<String> {
        self.act(|store, events| {
            let record = store.meeting_any_mut(meeting_id)?;
            let ms_open_id =
                participants::enter_waiting_room(record, participant, now(), events).ok()?;
            store.account(meeting_id);
            Some(ms_open_id)
        })
    }

    /// The user `userid` leaves meeting `meeting_id` (`meeting.participant-left`); the last to leave ends it
    /// (`meeting.end`). False when the user is not in the meeting.
    pub fn leave(&self, meeting_id: &str, userid: &str) -> bool {
        self.act(|store, events| {
            store
                .meeting_any_mut(meeting_id)
                .is_some_and(|record| participants::leave(record, userid, now(), events))
        })
    }

    /// The participant `ms_open_id` of meeting `meeting_id` starts sharing its screen (`meeting.share-screen-open`).
    /// False when nobody in the meeting has that ID, or it shares already.
    pub fn share_screen(&self, meeting_id: &str, ms_open_id: &str) -> bool {
        self.act(|store, events| {
            let Some(record) = store.meeting_any_mut(meeting_id) else {
                return false;
            };
            let participants = &mut record.extras.participants;
            let index = participants.present().iter().position(|present| {
                present.ms_open_id == ms_open_id && !present.screen_shared_state
            });
            let Some(sharer) = index.and_then(|index| participants.present_mut(index)) else {
                return false;
            };
            sharer.screen_shared_state = true;
            let sharer = sharer.clone();
            events.emit(crate::api::control_events::share_screen_open(
                &record.meeting,
                &sharer,
            ));
            true
        })
    }

    /// Those in meeting `meeting_id` now, in the order they joined, as the real-time participant list reports
    /// them; `None` if there is no such meeting.
    pub fn participants(&self, meeting_id: &str) -> Option<Vec<ParticipantState>> {
        self.read(|store| {
            let record = store.meeting(meeting_id)?;
            Some(record.extras.participants.present().to_vec())
        })
    }

    /// Those in the waiting room of meeting `meeting_id` now, in the order they entered; `None` if there is no
    /// such meeting.
    pub fn waiting_room(&self, meeting_id: &str) -> Option<Vec<ParticipantState>> {
        self.read(|store| {
            let record = store.meeting(meeting_id)?;
            Some(record.extras.participants.waiting().to_vec())
        })
    }

    /// What the in-meeting controls set on meeting `meeting_id` (settings, document uploads, transcription);
    /// `None` if there is no such meeting.
    pub fn in_meeting_controls(&self, meeting_id: &str) -> Option<InMeetingControls> {
        self.read(|store: &Store| {
            let record = store.meeting(meeting_id)?;
            let mut controls = record.extras.controls.clone();
            controls.enable_upload_doc = controls
                .enable_upload_doc
                .or(record.meeting.request.enable_doc_upload_permission);
            Some(controls)
        })
    }
}

//! The handle's side of recordings: a meeting's cloud recording made as the meeting ends, what the mock holds,
//! and how far an upload got.

use crate::api::ids;
use crate::api::recording_events;
use crate::api::recordings_store::{RecordingContent, StoredRecordFile, StoredRecording};
use crate::api::store::MeetingState;
use crate::api::transcript::SpokenLine;
use crate::callbacks::emitter::Emitter;
use crate::callbacks::timestamp::unix_millis;
use crate::handle::mock_server::MockServer;
use crate::handle::state::lock;

impl MockServer {
    /// Adds a cloud recording file holding `content` to meeting `meeting_id`, which has started (in progress or
    /// over), as the service does once a recorded meeting ends and its recording is transcoded: the file ends now
    /// and lasts as long as what was said. The meeting's files make one meeting recording (`meeting_record_id`),
    /// which the recording endpoints then list and read (its transcript and smart minutes are made from
    /// `content`), until deleted. `recording.completed` and `smart.transcripts` go to the
    /// [subscription](Self::subscribe).
    ///
    /// Returns the new file, or `None` (nothing changes) when there is no such meeting or it has not started or
    /// was cancelled.
    ///
    /// ```
    /// # fn main() -> std::io::Result<()> {
    /// use wemeet_mock::{MockServer, RecordingContent};
    ///
    /// let server = MockServer::start_blocking()?;
    /// // Create a meeting through the client under test and start it, then, with its meeting_id:
    /// let meeting_id = "7567173273889276131";
    /// let file = server.add_recording(meeting_id, RecordingContent::new().line("alice", "Hello."));
    /// assert!(file.is_none(), "no such meeting here: nothing recorded");
    /// assert!(server.recordings().is_empty());
    /// # Ok(()) }
    /// ```
    pub fn add_recording(
        &self,
        meeting_id: &str,
        content: RecordingContent,
    ) -> Option<StoredRecordFile> {
        let events = Emitter::new(&ids::trace_id());
        let mut store = lock(&self.app.store);
        let record = store.meeting(meeting_id)?;
        if !matches!(record.state, MeetingState::Started | MeetingState::Ended) {
            return None;
        }
        let meeting = record.meeting.clone();
        let said: Vec<(String, String)> = if content.lines().is_empty() {
            let subject = &meeting.request.subject;
            vec![(meeting.creator.clone(), format!("Welcome to {subject}."))]
        } else {
            content.lines().to_vec()
        };
        let lines: Vec<SpokenLine> = said
            .into_iter()
            .map(|(userid, text)| {
                let username = store
                    .users
                    .find(&meeting.app_id, &userid)
                    .ok()
                    .and_then(|user| user.profile.username.clone())
                    .unwrap_or_else(|| userid.clone());
                SpokenLine {
                    userid,
                    username,
                    text,
                }
            })
            .collect();
        let (recording, record_file_id) =
            store
                .recordings
                .add_meeting_file(&meeting, &lines, content.file_size(), unix_millis());
        drop(store);
        if let Some(event) = recording_events::completed(&recording, &record_file_id) {
            events.emit(event);
        }
        if let Some(event) = recording_events::transcripts_ready(&recording, &record_file_id) {
            events.emit(event);
        }
        self.app.outbox.publish(events.into_events());
        recording
            .file(&record_file_id)
            .map(|file| file.file.clone())
    }

    /// Ends meeting `meeting_id` ([`end_meeting`](Self::end_meeting)), then adds its recording holding `content`
    /// ([`add_recording`](Self::add_recording)): a recorded meeting ending. Returns the recording's new file, or
    /// `None` (nothing changes) when the meeting could not end (there is no such meeting, or it is not in
    /// progress).
    pub fn end_meeting_with_recording(
        &self,
        meeting_id: &str,
        content: RecordingContent,
    ) -> Option<StoredRecordFile> {
        if !self.end_meeting(meeting_id) {
            return None;
        }
        self.add_recording(meeting_id, content)
    }

    /// The recordings held, oldest first (a recording that got a new file counts as new): meetings' cloud
    /// recordings and uploaded files, deleted ones gone.
    pub fn recordings(&self) -> Vec<StoredRecording> {
        lock(&self.app.store)
            .recordings
            .all()
            .map(|record| record.stored())
            .collect()
    }

    /// How many parts of the part-by-part upload `upload_id` were accepted, or `None` when no such upload is under
    /// way (never prepared, finished, or forgotten).
    pub fn record_upload_parts(&self, upload_id: &str) -> Option<u64> {
        lock(&self.app.store)
            .recordings
            .uploads
            .accepted_parts(upload_id)
    }
}

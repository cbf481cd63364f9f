//! The cloud recordings (云录制) the mock holds: the recordings meetings made (a test makes one with
//! [`MockServer::add_recording`](crate::MockServer::add_recording)) and the files uploaded to the recording list,
//! each a meeting recording (`meeting_record_id`) of one or more files (`record_file_id`), with its transcript and
//! sharing settings; the recordings deleted, so that they answer 4051 (录制文件已经被删除) afterwards; and the
//! uploads under way ([`record_uploads`](crate::api::record_uploads)). Bounded in bytes like the meetings: the
//! oldest recording is forgotten first.

use std::collections::HashMap;

use wemeet_types::ErrorCode;
use wemeet_types::records::RecordSharingSettings;

use crate::api::authenticate::Caller;
use crate::api::bounded_map::{BoundedMap, Weigh};
use crate::api::error::ApiError;
use crate::api::ids;
use crate::api::record_uploads::{OpenUpload, Uploads};
use crate::api::store::StoredMeeting;
use crate::api::transcript::{SpokenLine, Transcript};

/// What a recording a meeting makes holds: who said what (its transcript and smart minutes are made from it) and
/// the size of its file. Give it to [`MockServer::add_recording`](crate::MockServer::add_recording).
///
/// ```
/// use wemeet_mock::RecordingContent;
///
/// let content = RecordingContent::new()
///     .line("alice", "Welcome, everyone. Let us review the budget.")
///     .line("bob", "The budget is on track.")
///     .size(2 * 1024 * 1024);
/// # let _ = content;
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[must_use]
pub struct RecordingContent {
    lines: Vec<(String, String)>,
    size: Option<u64>,
}

impl RecordingContent {
    /// The size of a recording file when [`size`](Self::size) does not give one: 1 MiB.
    pub const DEFAULT_SIZE: u64 = 1024 * 1024;

    /// Nothing said yet: a recording made from it holds one line by the meeting's creator, naming the meeting.
    pub fn new() -> Self {
        Self::default()
    }

    /// The user `userid` says `text` (one paragraph of the transcript; sentences end at `.`, `!`, `?`, `。`, `！`,
    /// `？`). The speaker's name is the enterprise user's `username` when `userid` is a user of the meeting's
    /// enterprise, else `userid` itself.
    pub fn line(mut self, userid: impl Into<String>, text: impl Into<String>) -> Self {
        self.lines.push((userid.into(), text.into()));
        self
    }

    /// The file's size in bytes (default [`DEFAULT_SIZE`](Self::DEFAULT_SIZE)).
    pub fn size(mut self, bytes: u64) -> Self {
        self.size = Some(bytes);
        self
    }

    /// The lines said, as `(userid, text)`.
    pub(crate) fn lines(&self) -> &[(String, String)] {
        &self.lines
    }

    /// The file's size.
    pub(crate) fn file_size(&self) -> u64 {
        self.size.unwrap_or(Self::DEFAULT_SIZE)
    }
}

/// A meeting recording the mock holds ([`MockServer::recordings`](crate::MockServer::recordings)): a meeting's
/// cloud recording, or a file uploaded to the recording list.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct StoredRecording {
    /// The meeting recording ID (`meeting_record_id`).
    pub meeting_record_id: String,
    /// The meeting recorded; `None` for an uploaded file.
    pub meeting_id: Option<String>,
    /// The enterprise (`AppId`) it belongs to: other enterprises cannot see it.
    pub app_id: String,
    /// Its files, oldest first.
    pub files: Vec<StoredRecordFile>,
}

/// A recording file the mock holds.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct StoredRecordFile {
    /// The recording file ID (`record_file_id`).
    pub record_file_id: String,
    /// The meeting recording it belongs to (`meeting_record_id`).
    pub meeting_record_id: String,
    /// Its size in bytes (`record_size`).
    pub record_size: u64,
    /// When recording started, Unix milliseconds (`record_start_time`).
    pub record_start_time: u64,
    /// When recording ended, Unix milliseconds (`record_end_time`).
    pub record_end_time: u64,
}

/// Where a recording comes from.
#[derive(Debug, Clone)]
pub(crate) enum Origin {
    /// A meeting's cloud recording: the meeting as it was when recorded.
    Meeting(Box<StoredMeeting>),
    /// A file uploaded to the recording list by `operator_id`, named `file_name`.
    Upload {
        operator_id: String,
        file_name: String,
    },
}

/// One file of a recording, with its transcript.
#[derive(Debug, Clone)]
pub(crate) struct FileRecord {
    pub(crate) file: StoredRecordFile,
    pub(crate) transcript: Transcript,
}

/// Everything the mock holds about one meeting recording.
#[derive(Debug, Clone)]
pub(crate) struct RecordingRecord {
    pub(crate) meeting_record_id: String,
    pub(crate) app_id: String,
    /// Whether an OAuth 2.0 app's meeting made it: callers with an access token see only those.
    pub(crate) via_access_token: bool,
    pub(crate) origin: Origin,
    /// Its files, oldest first; never empty (a recording whose last file is deleted is deleted).
    pub(crate) files: Vec<FileRecord>,
    /// The sharing settings (共享设置): sharing off until changed.
    pub(crate) sharing: RecordSharingSettings,
}

impl RecordingRecord {
    /// The meeting recorded, `None` for an uploaded file.
    pub(crate) fn meeting(&self) -> Option<&StoredMeeting> {
        match &self.origin {
            Origin::Meeting(meeting) => Some(meeting),
            Origin::Upload { .. } => None,
        }
    }

    /// The recording's name (录制名称): the meeting's subject, or the uploaded file's name.
    pub(crate) fn name(&self) -> &str {
        match &self.origin {
            Origin::Meeting(meeting) => &meeting.request.subject,
            Origin::Upload { file_name, .. } => file_name,
        }
    }

    /// When the recording started, Unix milliseconds (`media_start_time`): its first file's start.
    pub(crate) fn start_time(&self) -> u64 {
        self.files
            .first()
            .map_or(0, |file| file.file.record_start_time)
    }

    /// Whether `operator` may change or delete it: the meeting's creator or one of its hosts (the mock has no
    /// administrators or recording-management permission), or whoever uploaded the file.
    pub(crate) fn managed_by(&self, operator: &str) -> bool {
        match &self.origin {
            Origin::Meeting(meeting) => meeting.creator == operator || meeting.is_host(operator),
            Origin::Upload { operator_id, .. } => operator_id == operator,
        }
    }

    /// 403 (没有资源操作权限) unless `operator` [manages](Self::managed_by) the recording.
    pub(crate) fn check_managed_by(&self, operator: &str) -> Result<(), ApiError> {
        if self.managed_by(operator) {
            return Ok(());
        }
        Err(ApiError::new(
            ErrorCode::NO_RESOURCE_PERMISSION,
            format!(
                "user {operator} may not manage recording {}: only the meeting's creator or a host (or the file's \
                 uploader) may",
                self.meeting_record_id
            ),
        ))
    }

    /// Whether `caller` may see it: a recording of its enterprise, and for a caller with an access token one an
    /// OAuth 2.0 app's meeting made.
    fn visible_to(&self, caller: &Caller) -> bool {
        self.app_id == caller.app_id()
            && (matches!(caller, Caller::App(_)) || self.via_access_token)
    }

    /// The file `record_file_id`.
    pub(crate) fn file(&self, record_file_id: &str) -> Option<&FileRecord> {
        self.files
            .iter()
            .find(|file| file.file.record_file_id == record_file_id)
    }

    /// The recording as the handle shows it.
    pub(crate) fn stored(&self) -> StoredRecording {
        StoredRecording {
            meeting_record_id: self.meeting_record_id.clone(),
            meeting_id: self.meeting().map(|meeting| meeting.meeting_id.clone()),
            app_id: self.app_id.clone(),
            files: self.files.iter().map(|file| file.file.clone()).collect(),
        }
    }
}

impl Weigh for RecordingRecord {
    fn weight(&self) -> usize {
        const OVERHEAD: usize = 512;
        let origin = match &self.origin {
            Origin::Meeting(meeting) => {
                serde_json::to_vec(&meeting.request).map_or(0, |bytes| bytes.len())
            }
            Origin::Upload {
                operator_id,
                file_name,
            } => operator_id.len() + file_name.len(),
        };
        let files: usize = self
            .files
            .iter()
            .map(|file| {
                let words: usize = file
                    .transcript
                    .paragraphs()
                    .iter()
                    .flat_map(|paragraph| &paragraph.sentences)
                    .flat_map(|sentence| &sentence.words)
                    .map(|word| 64 + word.text.len())
                    .sum();
                OVERHEAD + words
            })
            .sum();
        OVERHEAD + origin + files
    }
}

/// A recording deleted: what is left of it, so that it answers 4051 rather than not found.
#[derive(Debug)]
struct Deleted;

impl Weigh for Deleted {
    fn weight(&self) -> usize {
        64
    }
}

/// What a lookup found.
#[derive(Debug)]
pub(crate) enum Lookup<T> {
    /// Held, and visible to the caller.
    Held(T),
    /// Deleted here.
    Deleted,
    /// Never held here (or not visible to the caller).
    Unknown,
}

impl<T> Lookup<T> {
    /// What was found, or the error of a recording deleted (4051, 录制文件已经被删除) or never held (`missing`,
    /// the code the endpoint's docs give).
    pub(crate) fn or_missing(self, id: &str, missing: ErrorCode) -> Result<T, ApiError> {
        match self {
            Lookup::Held(found) => Ok(found),
            Lookup::Deleted => Err(ApiError::new(
                ErrorCode::RECORD_FILE_ALREADY_DELETED,
                format!("recording {id} was deleted"),
            )),
            Lookup::Unknown => Err(ApiError::new(
                missing,
                format!("there is no recording {id}"),
            )),
        }
    }

    /// What was found; `None` for a recording never held here (an endpoint answers its example then); the error
    /// 4051 for one deleted.
    pub(crate) fn or_unknown(self, id: &str) -> Result<Option<T>, ApiError> {
        match self {
            Lookup::Unknown => Ok(None),
            found => found
                .or_missing(id, ErrorCode::RECORD_FILE_NOT_FOUND)
                .map(Some),
        }
    }
}

/// The recordings, oldest first, indexed by file and by meeting; the IDs deleted; the uploads under way.
#[derive(Debug)]
pub(crate) struct Recordings {
    records: BoundedMap<String, RecordingRecord>,
    /// `record_file_id` to `meeting_record_id`.
    files: HashMap<String, String>,
    /// `meeting_id` to `meeting_record_id`: a meeting's files make one recording.
    meetings: HashMap<String, String>,
    /// Meeting recording and file IDs deleted.
    deleted: BoundedMap<String, Deleted>,
    /// The part-by-part uploads under way.
    pub(crate) uploads: Uploads,
}

impl Recordings {
    /// No recordings, at most `max_bytes` of them (and as much of deleted IDs and of uploads), uploads planned in
    /// parts of `block_size` bytes.
    pub(crate) fn new(max_bytes: usize, block_size: u64) -> Self {
        Self {
            records: BoundedMap::new(max_bytes),
            files: HashMap::new(),
            meetings: HashMap::new(),
            deleted: BoundedMap::new(max_bytes),
            uploads: Uploads::new(max_bytes, block_size),
        }
    }

    /// Adds a file to the recording of `meeting` (made by this first file), ending at `now_ms` (Unix
    /// milliseconds) and as long as what was said in `lines`. Answers the recording and the new file's ID.
    pub(crate) fn add_meeting_file(
        &mut self,
        meeting: &StoredMeeting,
        lines: &[SpokenLine],
        size: u64,
        now_ms: u64,
    ) -> (RecordingRecord, String) {
        let existing = self
            .meetings
            .get(&meeting.meeting_id)
            .cloned()
            .and_then(|id| self.records.remove(&id));
        let record = existing.unwrap_or_else(|| RecordingRecord {
            meeting_record_id: self.fresh_id(),
            app_id: meeting.app_id.clone(),
            via_access_token: meeting.via_access_token,
            origin: Origin::Meeting(Box::new(meeting.clone())),
            files: Vec::new(),
            sharing: sharing_off(),
        });
        self.meetings
            .insert(meeting.meeting_id.clone(), record.meeting_record_id.clone());
        self.add_file(record, Transcript::new(lines), size, now_ms)
    }

    /// Adds the file an upload made (`upload-finish`, `upload-all`) to the recording list of `app_id`, as a
    /// recording of its own, uploaded at `now_ms`; no transcript is made of uploaded bytes.
    pub(crate) fn add_upload(
        &mut self,
        app_id: &str,
        operator_id: &str,
        file_name: &str,
        size: u64,
        now_ms: u64,
    ) -> (RecordingRecord, String) {
        let record = RecordingRecord {
            meeting_record_id: self.fresh_id(),
            app_id: app_id.to_owned(),
            via_access_token: false,
            origin: Origin::Upload {
                operator_id: operator_id.to_owned(),
                file_name: file_name.to_owned(),
            },
            files: Vec::new(),
            sharing: sharing_off(),
        };
        self.add_file(record, Transcript::default(), size, now_ms)
    }

    /// Adds the file an upload finished part by part made.
    pub(crate) fn add_finished_upload(
        &mut self,
        upload: &OpenUpload,
        now_ms: u64,
    ) -> (RecordingRecord, String) {
        self.add_upload(
            &upload.app_id,
            &upload.operator_id,
            &upload.file_name,
            upload.file_size,
            now_ms,
        )
    }

    /// The meeting recording `meeting_record_id` as `caller` may see it.
    pub(crate) fn recording(
        &self,
        caller: &Caller,
        meeting_record_id: &str,
    ) -> Lookup<&RecordingRecord> {
        match self.records.get(&meeting_record_id.to_owned()) {
            Some(record) if record.visible_to(caller) => Lookup::Held(record),
            Some(_) => Lookup::Unknown,
            None => self.tombstone(meeting_record_id),
        }
    }

    /// The recording file `record_file_id` as `caller` may see it, with its recording; with `meeting_id`
    /// given, a file of another meeting (or an uploaded one) is not found.
    pub(crate) fn file(
        &self,
        caller: &Caller,
        record_file_id: &str,
        meeting_id: Option<&str>,
    ) -> Lookup<(&RecordingRecord, &FileRecord)> {
        let Some(meeting_record_id) = self.files.get(record_file_id) else {
            return self.tombstone(record_file_id);
        };
        let found = self
            .records
            .get(meeting_record_id)
            .filter(|record| record.visible_to(caller))
            .filter(|record| {
                meeting_id.is_none_or(|wanted| {
                    record
                        .meeting()
                        .is_some_and(|meeting| meeting.meeting_id == wanted)
                })
            })
            .and_then(|record| Some((record, record.file(record_file_id)?)));
        match found {
            Some(found) => Lookup::Held(found),
            None => Lookup::Unknown,
        }
    }

    /// The recordings `caller` may see, oldest first.
    pub(crate) fn visible<'s>(
        &'s self,
        caller: &'s Caller,
    ) -> impl Iterator<Item = &'s RecordingRecord> + 's {
        self.records
            .values()
            .filter(move |record| record.visible_to(caller))
    }

    /// Every recording, oldest first.
    pub(crate) fn all(&self) -> impl Iterator<Item = &RecordingRecord> {
        self.records.values()
    }

    /// Sets the sharing settings of the recording `meeting_record_id` to `sharing`; answers the recording changed.
    pub(crate) fn set_sharing(
        &mut self,
        meeting_record_id: &str,
        sharing: RecordSharingSettings,
    ) -> Option<RecordingRecord> {
        let (record, dropped) = self
            .records
            .update(&meeting_record_id.to_owned(), |record| {
                record.sharing = sharing;
                record.clone()
            })?;
        self.forget(dropped);
        Some(record)
    }

    /// Deletes the file `record_file_id` (and its recording, if it was the last one), remembering both as deleted;
    /// answers the recording as it was.
    pub(crate) fn delete_file(&mut self, record_file_id: &str) -> Option<RecordingRecord> {
        let meeting_record_id = self.files.get(record_file_id)?.clone();
        let before = self.records.get(&meeting_record_id)?.clone();
        self.files.remove(record_file_id);
        self.bury(record_file_id);
        let (emptied, dropped) = self.records.update(&meeting_record_id, |record| {
            record
                .files
                .retain(|file| file.file.record_file_id != record_file_id);
            record.files.is_empty()
        })?;
        self.forget(dropped);
        if emptied {
            self.delete_recording(&meeting_record_id);
        }
        Some(before)
    }

    /// Deletes the recording `meeting_record_id` and every file of it, remembering them as deleted; answers it.
    pub(crate) fn delete_recording(&mut self, meeting_record_id: &str) -> Option<RecordingRecord> {
        let record = self.records.remove(&meeting_record_id.to_owned())?;
        self.unlink(&record);
        for file in &record.files {
            self.bury(&file.file.record_file_id);
        }
        self.bury(meeting_record_id);
        Some(record)
    }

    /// The upload part size.
    pub(crate) fn block_size(&self) -> u64 {
        self.uploads.block_size()
    }

    /// Adds a file of `transcript` ending at `now_ms` to `record` and stores it (as the newest recording).
    fn add_file(
        &mut self,
        mut record: RecordingRecord,
        transcript: Transcript,
        size: u64,
        now_ms: u64,
    ) -> (RecordingRecord, String) {
        let record_file_id = self.fresh_id();
        record.files.push(FileRecord {
            file: StoredRecordFile {
                record_file_id: record_file_id.clone(),
                meeting_record_id: record.meeting_record_id.clone(),
                record_size: size,
                record_start_time: now_ms.saturating_sub(transcript.end_ms()),
                record_end_time: now_ms,
            },
            transcript,
        });
        self.files
            .insert(record_file_id.clone(), record.meeting_record_id.clone());
        self.insert(record.clone());
        (record, record_file_id)
    }

    fn insert(&mut self, record: RecordingRecord) {
        let dropped = self
            .records
            .insert(record.meeting_record_id.clone(), record);
        self.forget(dropped);
    }

    /// Forgets the indexes of recordings the bound dropped.
    fn forget(&mut self, dropped: Vec<RecordingRecord>) {
        for record in &dropped {
            self.unlink(record);
        }
    }

    fn unlink(&mut self, record: &RecordingRecord) {
        for file in &record.files {
            self.files.remove(&file.file.record_file_id);
        }
        if let Some(meeting) = record.meeting() {
            self.meetings.remove(&meeting.meeting_id);
        }
    }

    fn bury(&mut self, id: &str) {
        self.deleted.insert(id.to_owned(), Deleted);
    }

    fn tombstone<T>(&self, id: &str) -> Lookup<T> {
        if self.deleted.get(&id.to_owned()).is_some() {
            Lookup::Deleted
        } else {
            Lookup::Unknown
        }
    }

    /// A recording or file ID not in use.
    fn fresh_id(&self) -> String {
        loop {
            let id = ids::record_id();
            let taken = self.records.get(&id).is_some()
                || self.files.contains_key(&id)
                || self.deleted.get(&id).is_some();
            if !taken {
                return id;
            }
        }
    }
}

/// The sharing settings of a new recording: sharing off.
fn sharing_off() -> RecordSharingSettings {
    RecordSharingSettings::builder()
        .enable_sharing(false)
        .build()
}

//! The in-memory state: meetings, their backgrounds and live-stream push addresses.

use std::collections::{HashMap, HashSet};

use wemeet_types::{CreateMeetingRequest, PushStreamInfo, User};

use crate::ids;

/// A meeting the mock created.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct StoredMeeting {
    /// The 19-digit meeting id.
    pub meeting_id: String,
    /// The 9-digit meeting code.
    pub meeting_code: String,
    /// The join URL.
    pub join_url: String,
    /// The enterprise (`AppId`) the meeting belongs to: other enterprises cannot see it.
    pub app_id: String,
    /// The `userid` that created it: it may add backgrounds and live-stream addresses at any time.
    pub creator: String,
    /// Whether it was created with an OAuth 2.0 access token: callers with an access token see only those.
    pub via_access_token: bool,
    /// The create request as decoded.
    pub request: CreateMeetingRequest,
}

impl StoredMeeting {
    /// Whether `userid` is one of the meeting's hosts (the `hosts` of the create request, or its creator when
    /// none were named).
    pub fn is_host(&self, userid: &str) -> bool {
        match &self.request.hosts {
            Some(hosts) if !hosts.is_empty() => {
                hosts.iter().map(User::userid).any(|host| host == userid)
            }
            _ => self.creator == userid,
        }
    }
}

/// Where a meeting is in its life. A meeting starts [`Init`](Self::Init); tests move it on with
/// [`MockServer::start_meeting`](crate::MockServer::start_meeting) and
/// [`MockServer::end_meeting`](crate::MockServer::end_meeting), as participants joining and leaving would.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MeetingState {
    /// Scheduled, nobody has joined yet.
    Init,
    /// In progress.
    Started,
    /// Over.
    Ended,
    /// Cancelled.
    Cancelled,
}

/// A meeting background the mock stored.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct StoredBackground {
    /// The background id (32 lowercase hex digits).
    pub background_id: String,
    /// The image MD5 as sent.
    pub image_md5: String,
    /// The image URL as sent.
    pub image_url: String,
}

/// Everything the mock holds about one meeting.
#[derive(Debug)]
pub(crate) struct MeetingRecord {
    pub(crate) meeting: StoredMeeting,
    /// At most `AddMeetingBackgroundsRequest::IMAGE_LIST_MAX_ITEMS` entries.
    pub(crate) backgrounds: Vec<StoredBackground>,
    pub(crate) selected_background: Option<String>,
    pub(crate) push_streams: Vec<PushStreamInfo>,
    pub(crate) state: MeetingState,
}

/// The meetings, in creation order, with an index by id and the set of codes in use.
#[derive(Debug, Default)]
pub(crate) struct Store {
    records: Vec<MeetingRecord>,
    by_id: HashMap<String, usize>,
    codes: HashSet<String>,
}

impl Store {
    /// Stores a new meeting with a fresh id, code and join URL, unique among stored meetings.
    pub(crate) fn create_meeting(
        &mut self,
        app_id: &str,
        via_access_token: bool,
        request: CreateMeetingRequest,
    ) -> StoredMeeting {
        let meeting_id = fresh(ids::meeting_id, |id| self.by_id.contains_key(id));
        let meeting_code = fresh(ids::meeting_code, |code| self.codes.contains(code));
        let meeting = StoredMeeting {
            meeting_id: meeting_id.clone(),
            meeting_code: meeting_code.clone(),
            join_url: ids::join_url(),
            app_id: app_id.to_owned(),
            creator: request.userid.clone(),
            via_access_token,
            request,
        };
        self.by_id.insert(meeting_id, self.records.len());
        self.codes.insert(meeting_code);
        self.records.push(MeetingRecord {
            meeting: meeting.clone(),
            backgrounds: Vec::new(),
            selected_background: None,
            push_streams: Vec::new(),
            state: MeetingState::Init,
        });
        meeting
    }

    /// The meeting `meeting_id`, whatever its enterprise.
    pub(crate) fn meeting(&self, meeting_id: &str) -> Option<&MeetingRecord> {
        self.records.get(*self.by_id.get(meeting_id)?)
    }

    /// The meeting `meeting_id`, whatever its enterprise, to change.
    pub(crate) fn meeting_any_mut(&mut self, meeting_id: &str) -> Option<&mut MeetingRecord> {
        self.records.get_mut(*self.by_id.get(meeting_id)?)
    }

    pub(crate) fn meetings(&self) -> impl Iterator<Item = &MeetingRecord> {
        self.records.iter()
    }

    pub(crate) fn clear(&mut self) {
        *self = Self::default();
    }
}

/// Draws values until one is not `taken`.
fn fresh(mut draw: impl FnMut() -> String, taken: impl Fn(&str) -> bool) -> String {
    loop {
        let value = draw();
        if !taken(&value) {
            return value;
        }
    }
}

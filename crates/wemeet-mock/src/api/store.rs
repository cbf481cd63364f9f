//! The in-memory state: meetings, their backgrounds and live-stream push addresses, what the other services hold
//! about each meeting ([`MeetingExtras`]: participants among them), the meeting rooms ([`Rooms`]), the enterprise
//! users ([`users_store`](crate::api::users_store)) and the recordings
//! ([`recordings_store`](crate::api::recordings_store)), each bounded on its own.

use std::collections::{HashMap, HashSet, VecDeque};

use wemeet_types::{CreateMeetingRequest, PushStreamInfo, User};

use crate::api::ids;
use crate::api::meeting_extras::MeetingExtras;
use crate::api::record_uploads;
use crate::api::recordings_store::Recordings;
use crate::api::rooms::Rooms;
use crate::api::users_store::Users;

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

/// Where a meeting is in its life. A meeting starts [`Init`](Self::Init); tests move it on by making participants
/// join and leave ([`MockServer::join`](crate::MockServer::join): the first to join starts it,
/// [`MockServer::leave`](crate::MockServer::leave): the last to leave ends it), or directly with
/// [`MockServer::start_meeting`](crate::MockServer::start_meeting) and
/// [`MockServer::end_meeting`](crate::MockServer::end_meeting); cancel meeting cancels it, dismiss meeting ends it.
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
    /// What the record was last counted to weigh, in bytes (see [`Store::account`]).
    bytes: usize,
    pub(crate) meeting: StoredMeeting,
    /// At most `AddMeetingBackgroundsRequest::IMAGE_LIST_MAX_ITEMS` entries.
    pub(crate) backgrounds: Vec<StoredBackground>,
    pub(crate) selected_background: Option<String>,
    pub(crate) push_streams: Vec<PushStreamInfo>,
    pub(crate) state: MeetingState,
    /// Where the meeting stands among all meetings created: 1 for the first, each later one higher. The lists
    /// order meetings sharing a start time by it.
    pub(crate) sequence: u64,
    /// Whether it is held on its creator's personal meeting ID (个人会议号, PMI) rather than scheduled.
    pub(crate) personal: bool,
    /// Its participants, in-meeting controls, layouts, guests, call-outs, rooms and extension apps.
    pub(crate) extras: MeetingExtras,
}

/// The meetings, by id, in creation order, with the set of codes in use; bounded in bytes, the oldest meeting
/// dropped first.
#[derive(Debug)]
pub(crate) struct Store {
    records: HashMap<String, MeetingRecord>,
    /// Meeting ids, oldest first.
    order: VecDeque<String>,
    codes: HashSet<String>,
    /// The weight of every record, in bytes.
    bytes: usize,
    /// The most bytes the records may weigh.
    max_bytes: usize,
    /// The [`MeetingRecord::sequence`] of the last meeting created.
    last_sequence: u64,
    /// The enterprise's meeting rooms and the calls to them.
    pub(crate) rooms: Rooms,
    /// The enterprise users, at most `max_bytes` of them.
    pub(crate) users: Users,
    /// The recordings and the uploads under way, at most `max_bytes` of them.
    pub(crate) recordings: Recordings,
}

impl Store {
    /// What a record weighs besides its strings: ids, code, URL, state, bookkeeping.
    const RECORD_OVERHEAD: usize = 256;

    /// A store of at most `max_bytes` of meetings.
    pub(crate) fn new(max_bytes: usize) -> Self {
        Self {
            records: HashMap::new(),
            order: VecDeque::new(),
            codes: HashSet::new(),
            bytes: 0,
            max_bytes,
            last_sequence: 0,
            rooms: Rooms::demo(),
            users: Users::new(max_bytes),
            recordings: Recordings::new(max_bytes, record_uploads::DEFAULT_BLOCK_SIZE),
        }
    }

    /// Stores a new meeting with a fresh id, code and join URL, unique among stored meetings.
    pub(crate) fn create_meeting(
        &mut self,
        app_id: &str,
        via_access_token: bool,
        request: CreateMeetingRequest,
    ) -> StoredMeeting {
        let meeting_id = fresh(ids::meeting_id, |id| self.records.contains_key(id));
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
        self.codes.insert(meeting_code);
        self.last_sequence += 1;
        self.order.push_back(meeting_id.clone());
        self.records.insert(
            meeting_id.clone(),
            MeetingRecord {
                bytes: 0,
                meeting: meeting.clone(),
                backgrounds: Vec::new(),
                selected_background: None,
                push_streams: Vec::new(),
                state: MeetingState::Init,
                sequence: self.last_sequence + 1,
                personal: false,
                extras: MeetingExtras::default(),
            },
        );
        self.account(&meeting_id);
        meeting
    }

    /// Counts again what meeting `meeting_id` weighs (after a change that may have made it heavier), then drops
    /// the oldest other meetings while the store weighs more than its bound.
    pub(crate) fn account(&mut self, meeting_id: &str) {
        if let Some(record) = self.records.get_mut(meeting_id) {
            let weight = weight(record);
            self.bytes = self.bytes - record.bytes + weight;
            record.bytes = weight;
        }
        while self.bytes > self.max_bytes {
            if self.order.front().is_none_or(|oldest| oldest == meeting_id) {
                // The meeting just touched stays, even alone over the bound.
                break;
            }
            self.remove_oldest();
        }
    }

    /// Drops the oldest meeting: O(1), so that a full store costs a create no more than an empty one (removing an
    /// id from the middle of `order` would scan every stored meeting, under the lock every request takes).
    fn remove_oldest(&mut self) {
        let Some(oldest) = self.order.pop_front() else {
            return;
        };
        if let Some(record) = self.records.remove(&oldest) {
            self.bytes -= record.bytes;
            self.codes.remove(&record.meeting.meeting_code);
        }
    }

    /// The meeting `meeting_id`, whatever its enterprise.
    pub(crate) fn meeting(&self, meeting_id: &str) -> Option<&MeetingRecord> {
        self.records.get(meeting_id)
    }

    /// The meeting `meeting_id`, whatever its enterprise, to change; call [`account`](Self::account) after a
    /// change that adds to it.
    pub(crate) fn meeting_any_mut(&mut self, meeting_id: &str) -> Option<&mut MeetingRecord> {
        self.records.get_mut(meeting_id)
    }

    /// The meetings, oldest first.
    pub(crate) fn meetings(&self) -> impl Iterator<Item = &MeetingRecord> {
        self.order.iter().filter_map(|id| self.records.get(id))
    }

    /// How many bytes the meetings weigh.
    #[cfg(test)]
    fn bytes(&self) -> usize {
        self.bytes
    }

    /// Forgets everything held; uploads prepared from now on keep the part size set.
    pub(crate) fn clear(&mut self) {
        let block_size = self.recordings.block_size();
        *self = Self::new(self.max_bytes);
        self.recordings.uploads.set_block_size(block_size);
    }
}

/// What a record weighs: its strings and the JSON of what was sent, plus a fixed overhead per entry.
fn weight(record: &MeetingRecord) -> usize {
    Store::RECORD_OVERHEAD
        + record.meeting.app_id.len()
        + record.meeting.creator.len()
        + json_len(&record.meeting.request)
        + record
            .backgrounds
            .iter()
            .map(|b| Store::RECORD_OVERHEAD + b.image_md5.len() + b.image_url.len())
            .sum::<usize>()
        + record.push_streams.iter().map(json_len).sum::<usize>()
        + record.extras.weight()
}

fn json_len(value: &impl serde::Serialize) -> usize {
    serde_json::to_vec(value).map_or(0, |bytes| bytes.len())
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

#[cfg(test)]
mod tests {
    use super::*;
    use wemeet_types::{InstanceId, MeetingType, Settings};

    fn request(subject_len: usize) -> CreateMeetingRequest {
        CreateMeetingRequest::builder()
            .userid("u")
            .instanceid(InstanceId::Pc)
            .subject("s".repeat(subject_len))
            .meeting_type(MeetingType::Scheduled)
            .start_time(1)
            .end_time(2)
            .settings(
                Settings::builder()
                    .mute_enable_join(true)
                    .allow_unmute_self(true)
                    .participant_video(true)
                    .enable_record(false)
                    .play_ivr_on_leave(false)
                    .live_url(false)
                    .build(),
            )
            .build()
    }

    #[test]
    fn the_oldest_meetings_go_first_once_the_store_weighs_more_than_its_bound() {
        let mut store = Store::new(10_000);
        let ids: Vec<String> = (0..30)
            .map(|_| {
                store
                    .create_meeting("app", false, request(1_000))
                    .meeting_id
            })
            .collect();
        assert!(store.bytes() <= 10_000, "{}", store.bytes());
        let kept: Vec<&str> = store
            .meetings()
            .map(|r| r.meeting.meeting_id.as_str())
            .collect();
        assert!(kept.len() < ids.len() && !kept.is_empty());
        let newest: Vec<&str> = ids[ids.len() - kept.len()..]
            .iter()
            .map(String::as_str)
            .collect();
        assert_eq!(kept, newest, "the newest are kept, in creation order");
        assert!(store.meeting(&ids[0]).is_none());
    }

    #[test]
    fn growing_a_meeting_counts_and_evicts_others_but_never_the_one_touched() {
        let mut store = Store::new(5_000);
        let old = store.create_meeting("app", false, request(10)).meeting_id;
        let big = store.create_meeting("app", false, request(10)).meeting_id;
        let record = store.meeting_any_mut(&big).unwrap();
        record.backgrounds.extend((0..40).map(|n| StoredBackground {
            background_id: format!("{n:032x}"),
            image_md5: format!("{n:032x}"),
            image_url: format!("https://example.com/{n}.png"),
        }));
        store.account(&big);
        assert!(store.meeting(&old).is_none(), "the older meeting made room");
        assert!(
            store.meeting(&big).is_some(),
            "the meeting just grown stays, even over the bound"
        );
        store.clear();
        assert_eq!(store.bytes(), 0);
    }
}

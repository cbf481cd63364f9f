//! Who is and was in a meeting and in its waiting room, with what the in-meeting controls act on: each participant's
//! role, microphone, camera, screen sharing and in-meeting name. Tests bring people in through
//! [`MockServer::join`](crate::MockServer::join) and its siblings; the control behaviours (`behaviours/control/`)
//! change them; the real-time lists read who is there now ([`ParticipantState`] has the real-time list's fields),
//! the participant list and the waiting-room records every [`Stay`], with when it ended.
//!
//! The life of a meeting follows its participants: the first to join starts it (`meeting.started`), the last to leave
//! ends it (`meeting.end`, nobody in the meeting, before or after its scheduled end), and ending it (dismissing it)
//! makes everyone still in it leave first (`meeting.participant-left` each) and empties the waiting room.
//!
//! What only this module does to the list, the behaviours reach through [`Participants`]' methods (find, move into
//! the waiting room, remove, ...) and the functions below that also emit events ([`join`], [`admit`], [`leave`],
//! [`end`]).

use wemeet_types::events::{EventUser, MeetingEndType};
use wemeet_types::{InstanceId, MuteOnJoin, ParticipantRole};

use crate::api::control_events;
use crate::api::ids;
use crate::api::store::{MeetingRecord, MeetingState};
use crate::callbacks::emitter::Emitter;

/// Someone who joins a meeting on the mock ([`MockServer::join`](crate::MockServer::join),
/// [`MockServer::enter_waiting_room`](crate::MockServer::enter_waiting_room)).
///
/// ```
/// use wemeet_mock::Participant;
/// use wemeet_types::InstanceId;
///
/// let alice = Participant::new("alice").user_name("Alice").instanceid(InstanceId::Ios);
/// assert_eq!((alice.userid.as_str(), alice.user_name.as_str()), ("alice", "Alice"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Participant {
    /// The participant's user ID (`userid` in the lists and events; the mock also takes it as the user's `uuid`).
    pub userid: String,
    /// The name shown in the meeting (the lists answer it base64-encoded, as the service does).
    pub user_name: String,
    /// The device the participant joins from ([`InstanceId::VoipSip`] is a meeting-room access, MRA, device).
    pub instanceid: InstanceId,
}

impl Participant {
    /// The user `userid`, shown under that name, joining from a PC.
    pub fn new(userid: impl Into<String>) -> Self {
        let userid = userid.into();
        Participant {
            user_name: userid.clone(),
            userid,
            instanceid: InstanceId::Pc,
        }
    }

    /// The same, shown as `user_name`.
    #[must_use]
    pub fn user_name(mut self, user_name: impl Into<String>) -> Self {
        self.user_name = user_name.into();
        self
    }

    /// The same, joining from `instanceid`.
    #[must_use]
    pub fn instanceid(mut self, instanceid: InstanceId) -> Self {
        self.instanceid = instanceid;
        self
    }
}

/// A participant in a meeting or its waiting room as the mock holds it now, with the fields of the real-time
/// participant list ([`MockServer::participants`](crate::MockServer::participants)).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParticipantState {
    /// The participant's ID in this meeting, new for each stay: what the control calls name participants by
    /// (`to_operator_id` with `to_operator_id_type` 4).
    pub ms_open_id: String,
    /// The user ID.
    pub userid: String,
    /// The name shown in the meeting (plain text; the lists answer it base64-encoded).
    pub user_name: String,
    /// The device.
    pub instanceid: InstanceId,
    /// When the participant joined the meeting (or entered the waiting room), Unix seconds.
    pub join_time: u64,
    /// The role in the meeting.
    pub user_role: ParticipantRole,
    /// Whether the microphone is on.
    pub audio_state: bool,
    /// Whether the camera is on.
    pub video_state: bool,
    /// Whether the participant shares the screen.
    pub screen_shared_state: bool,
}

impl ParticipantState {
    /// Whether the participant is a meeting-room access (MRA) device: a SIP or H.323 room system.
    pub(crate) fn is_mra(&self) -> bool {
        self.instanceid == InstanceId::VoipSip
    }

    /// What the participant weighs in the store, in bytes.
    fn weight(&self) -> usize {
        128 + self.ms_open_id.len() + self.userid.len() + self.user_name.len()
    }
}

/// Whether `role` manages the meeting: creator, host or co-host (the permission MANAGE_MEETING of the control pages).
pub(crate) fn manages(role: ParticipantRole) -> bool {
    creates_or_hosts(role) || is_cohost(role)
}

/// Whether `role` is the creator or a host (the operators the co-host page allows).
pub(crate) fn creates_or_hosts(role: ParticipantRole) -> bool {
    matches!(
        role,
        ParticipantRole::Creator
            | ParticipantRole::Host
            | ParticipantRole::CreatorHost
            | ParticipantRole::GuestHost
            | ParticipantRole::ApiAssignedHost
            | ParticipantRole::CreatorCohost
    )
}

/// Whether `role` is a host role proper (the only operators the transcription page allows: 仅主持人角色).
pub(crate) fn is_host(role: ParticipantRole) -> bool {
    matches!(
        role,
        ParticipantRole::Host
            | ParticipantRole::CreatorHost
            | ParticipantRole::GuestHost
            | ParticipantRole::ApiAssignedHost
    )
}

/// Whether `role` is a co-host role.
pub(crate) fn is_cohost(role: ParticipantRole) -> bool {
    matches!(
        role,
        ParticipantRole::Cohost | ParticipantRole::CreatorCohost
    )
}

/// The role `userid` has in `record`'s meeting when not in it, or when joining: creator, host, both, or member.
pub(crate) fn standing_role(record: &MeetingRecord, userid: &str) -> ParticipantRole {
    let meeting = &record.meeting;
    match (meeting.creator == userid, meeting.is_host(userid)) {
        (true, true) => ParticipantRole::CreatorHost,
        (true, false) => ParticipantRole::Creator,
        (false, true) => ParticipantRole::Host,
        (false, false) => ParticipantRole::Member,
    }
}

/// How a control call names the participant it acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Who<'a> {
    /// By the temporary in-meeting ID.
    MsOpenId(&'a str),
    /// By user ID (or `uuid`, which the mock takes to be the user ID).
    Userid(&'a str),
}

/// Where a participant named by a control call is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Found {
    /// At this index (of [`Participants::stays`] or [`Participants::visits`]), on the device the call named.
    At(usize),
    /// There, but on another device than the call named: the call has no effect on it (the control pages: the
    /// device type must match the participant's or the call does not take effect).
    OtherDevice,
    /// Not there.
    Absent,
}

/// One stay in a meeting or its waiting room: the participant as they are (or were when they left; `join_time` is
/// when the stay began), and when it ended (Unix seconds), `None` while it lasts. A rejoin is a new stay.
#[derive(Debug, Clone)]
pub(crate) struct Stay {
    pub(crate) state: ParticipantState,
    pub(crate) left: Option<u64>,
}

impl Stay {
    fn lasts(&self) -> bool {
        self.left.is_none()
    }
}

/// The participants of one meeting: every stay in it and in its waiting room, the present ones being who is there
/// now (the real-time lists), all of them the history (the participant list and the waiting-room records), and who
/// may not come back.
#[derive(Debug, Default)]
pub(crate) struct Participants {
    /// Every stay in the meeting, in the order they began.
    stays: Vec<Stay>,
    /// Every stay in the waiting room, in the order they began.
    visits: Vec<Stay>,
    /// Users removed with `allow_rejoin` false: they may not join again.
    barred: Vec<String>,
}

impl Participants {
    /// Every stay in the meeting, in the order they began, those that ended with them.
    pub(crate) fn stays(&self) -> &[Stay] {
        &self.stays
    }

    /// Every stay in the waiting room, in the order they began.
    pub(crate) fn visits(&self) -> &[Stay] {
        &self.visits
    }

    /// Those in the meeting now, in the order they joined.
    pub(crate) fn present(&self) -> impl Iterator<Item = &ParticipantState> {
        current(&self.stays)
    }

    /// Those in the waiting room now, in the order they entered.
    pub(crate) fn waiting(&self) -> impl Iterator<Item = &ParticipantState> {
        current(&self.visits)
    }

    /// The participant in the meeting at `index` (from [`find_present`](Self::find_present)).
    pub(crate) fn present_at(&self, index: usize) -> Option<&ParticipantState> {
        self.stays
            .get(index)
            .filter(|stay| stay.lasts())
            .map(|stay| &stay.state)
    }

    /// The participant in the waiting room at `index` (from [`find_waiting`](Self::find_waiting)).
    pub(crate) fn waiting_at(&self, index: usize) -> Option<&ParticipantState> {
        self.visits
            .get(index)
            .filter(|stay| stay.lasts())
            .map(|stay| &stay.state)
    }

    /// The participant in the meeting at `index`, to change.
    pub(crate) fn present_mut(&mut self, index: usize) -> Option<&mut ParticipantState> {
        self.stays
            .get_mut(index)
            .filter(|stay| stay.lasts())
            .map(|stay| &mut stay.state)
    }

    /// Everyone in the meeting now, to change.
    pub(crate) fn present_all_mut(&mut self) -> impl Iterator<Item = &mut ParticipantState> {
        self.stays
            .iter_mut()
            .filter(|stay| stay.lasts())
            .map(|stay| &mut stay.state)
    }

    /// Where `who` on device `instanceid` is in the meeting.
    pub(crate) fn find_present(&self, who: Who<'_>, instanceid: InstanceId) -> Found {
        find(&self.stays, who, instanceid)
    }

    /// Where `who` on device `instanceid` is in the waiting room.
    pub(crate) fn find_waiting(&self, who: Who<'_>, instanceid: InstanceId) -> Found {
        find(&self.visits, who, instanceid)
    }

    /// The participant in the meeting named `who`, on whatever device.
    pub(crate) fn present_named(&self, who: Who<'_>) -> Option<&ParticipantState> {
        self.present().find(|p| named(p, who))
    }

    /// Whether `userid` is in the meeting or its waiting room now.
    fn holds(&self, userid: &str) -> bool {
        self.present()
            .chain(self.waiting())
            .any(|participant| participant.userid == userid)
    }

    /// Whether `userid` was ever in the meeting.
    pub(crate) fn attended(&self, userid: &str) -> bool {
        self.stays.iter().any(|stay| stay.state.userid == userid)
    }

    /// Takes the participant at `index` out of the meeting at `now`; `barred` keeps them from joining again.
    pub(crate) fn take_present(
        &mut self,
        index: usize,
        barred: bool,
        now: u64,
    ) -> Option<ParticipantState> {
        take(&mut self.stays, &mut self.barred, index, barred, now)
    }

    /// Takes the participant at `index` out of the waiting room at `now`; `barred` keeps them from joining again.
    pub(crate) fn take_waiting(
        &mut self,
        index: usize,
        barred: bool,
        now: u64,
    ) -> Option<ParticipantState> {
        take(&mut self.visits, &mut self.barred, index, barred, now)
    }

    /// Puts `participant` in the waiting room at `now`, as a member: whatever role they had stays behind.
    pub(crate) fn put_waiting(&mut self, mut participant: ParticipantState, now: u64) {
        participant.user_role = ParticipantRole::Member;
        participant.screen_shared_state = false;
        participant.join_time = now;
        self.visits.push(Stay {
            state: participant,
            left: None,
        });
    }

    /// Everyone leaves the meeting and the waiting room at `now`; those who were in the meeting.
    fn empty(&mut self, now: u64) -> Vec<ParticipantState> {
        for visit in &mut self.visits {
            visit.left.get_or_insert(now);
        }
        self.stays
            .iter_mut()
            .filter(|stay| stay.lasts())
            .map(|stay| {
                stay.left = Some(now);
                stay.state.clone()
            })
            .collect()
    }

    /// What the participants weigh in the store, in bytes.
    pub(crate) fn weight(&self) -> usize {
        self.stays
            .iter()
            .chain(&self.visits)
            .map(|stay| stay.state.weight())
            .sum::<usize>()
            + self
                .barred
                .iter()
                .map(|userid| 64 + userid.len())
                .sum::<usize>()
    }
}

fn current(stays: &[Stay]) -> impl Iterator<Item = &ParticipantState> {
    stays
        .iter()
        .filter(|stay| stay.lasts())
        .map(|stay| &stay.state)
}

fn take(
    stays: &mut [Stay],
    barred_list: &mut Vec<String>,
    index: usize,
    barred: bool,
    now: u64,
) -> Option<ParticipantState> {
    let stay = stays.get_mut(index).filter(|stay| stay.lasts())?;
    stay.left = Some(now);
    if barred {
        barred_list.push(stay.state.userid.clone());
    }
    Some(stay.state.clone())
}

fn named(participant: &ParticipantState, who: Who<'_>) -> bool {
    match who {
        Who::MsOpenId(id) => participant.ms_open_id == id,
        Who::Userid(id) => participant.userid == id,
    }
}

fn find(stays: &[Stay], who: Who<'_>, instanceid: InstanceId) -> Found {
    let mut named_elsewhere = false;
    for (index, stay) in stays.iter().enumerate() {
        if stay.lasts() && named(&stay.state, who) {
            if stay.state.instanceid == instanceid {
                return Found::At(index);
            }
            named_elsewhere = true;
        }
    }
    if named_elsewhere {
        Found::OtherDevice
    } else {
        Found::Absent
    }
}

/// Why a participant could not join.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Refused {
    /// The meeting is cancelled or over.
    Closed,
    /// The user is in the meeting or its waiting room already.
    AlreadyThere,
    /// The user was removed without leave to come back.
    Barred,
    /// The meeting is locked.
    Locked,
}

/// Where a joining participant went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Joined {
    /// Into the meeting, with this `ms_open_id`.
    Meeting(String),
    /// Into the waiting room (the meeting has one switched on), with this `ms_open_id`.
    WaitingRoom(String),
}

/// `participant` joins the meeting at `now`: into the waiting room when the meeting has one switched on (set through
/// the in-meeting settings) and the participant does not host it, else into the meeting, starting it if nobody had
/// (`meeting.started`, then `meeting.participant-joined`). Refused, with nothing changed, when the meeting is
/// cancelled or over, locked, the user is there already, or was removed without leave to come back.
pub(crate) fn join(
    record: &mut MeetingRecord,
    participant: Participant,
    now: u64,
    events: &Emitter,
) -> Result<Joined, Refused> {
    admissible(record, &participant.userid)?;
    let role = standing_role(record, &participant.userid);
    if record.extras.controls.auto_waiting_room == Some(true) && !creates_or_hosts(role) {
        let state = arriving(record, participant, ParticipantRole::Member, now);
        return Ok(Joined::WaitingRoom(wait(record, state, events)));
    }
    let state = arriving(record, participant, role, now);
    let ms_open_id = state.ms_open_id.clone();
    enter(record, state, events);
    Ok(Joined::Meeting(ms_open_id))
}

/// `participant` enters the waiting room at `now` (`meeting.participant-joined-waiting-room`). Refused as [`join`]
/// is.
pub(crate) fn enter_waiting_room(
    record: &mut MeetingRecord,
    participant: Participant,
    now: u64,
    events: &Emitter,
) -> Result<String, Refused> {
    admissible(record, &participant.userid)?;
    let state = arriving(record, participant, ParticipantRole::Member, now);
    Ok(wait(record, state, events))
}

/// `state` enters the waiting room (`meeting.participant-joined-waiting-room`); its `ms_open_id`.
fn wait(record: &mut MeetingRecord, state: ParticipantState, events: &Emitter) -> String {
    events.emit(control_events::joined_waiting_room(&record.meeting, &state));
    let ms_open_id = state.ms_open_id.clone();
    let now = state.join_time;
    record.extras.participants.put_waiting(state, now);
    ms_open_id
}

fn admissible(record: &MeetingRecord, userid: &str) -> Result<(), Refused> {
    let participants = &record.extras.participants;
    if !matches!(record.state, MeetingState::Init | MeetingState::Started) {
        Err(Refused::Closed)
    } else if participants.holds(userid) {
        Err(Refused::AlreadyThere)
    } else if participants.barred.iter().any(|barred| barred == userid) {
        Err(Refused::Barred)
    } else if record.extras.controls.meeting_locked == Some(true) {
        Err(Refused::Locked)
    } else {
        Ok(())
    }
}

/// The state of `participant` arriving at `now` with `role`: muted when the meeting mutes members on joining or has
/// everyone muted; the camera as the meeting's settings have it for hosts (`host_video`) or others
/// (`participant_video`), off when they say nothing.
fn arriving(
    record: &MeetingRecord,
    participant: Participant,
    role: ParticipantRole,
    now: u64,
) -> ParticipantState {
    let settings = record.meeting.request.settings.as_ref();
    let hosting = creates_or_hosts(role);
    let video = settings
        .and_then(|settings| {
            if hosting {
                settings.host_video
            } else {
                settings.participant_video
            }
        })
        .unwrap_or(false);
    let audio = hosting || !muted_on_joining(record);
    ParticipantState {
        ms_open_id: ids::ms_open_id(),
        userid: participant.userid,
        user_name: participant.user_name,
        instanceid: participant.instanceid,
        join_time: now,
        user_role: role,
        audio_state: audio,
        video_state: video,
        screen_shared_state: false,
    }
}

/// Whether a member joining now is muted: everyone is muted (in-meeting settings), or the meeting mutes members
/// on joining (the in-meeting settings, else the create request's settings), or does so past six members and six
/// are in.
fn muted_on_joining(record: &MeetingRecord) -> bool {
    let controls = &record.extras.controls;
    if controls.mute_all == Some(true) {
        return true;
    }
    let settings = record.meeting.request.settings.as_ref();
    let on_join = controls
        .participant_join_mute
        .or_else(|| settings.and_then(|settings| settings.mute_enable_type_join))
        .or_else(|| {
            settings
                .and_then(|settings| settings.mute_enable_join)
                .map(|on| if on { MuteOnJoin::On } else { MuteOnJoin::Off })
        });
    match on_join {
        Some(MuteOnJoin::On) => true,
        Some(MuteOnJoin::AboveSixMembers) => record.extras.participants.present().count() >= 6,
        _ => false,
    }
}

/// `state` comes into the meeting, starting it if nobody had (`meeting.started`), then `meeting.participant-joined`.
pub(crate) fn enter(record: &mut MeetingRecord, state: ParticipantState, events: &Emitter) {
    if record.state == MeetingState::Init {
        record.state = MeetingState::Started;
        events.emit(control_events::meeting_started(
            &record.meeting,
            Some(&state),
        ));
    }
    events.emit(control_events::participant_joined(&record.meeting, &state));
    record
        .extras
        .participants
        .stays
        .push(Stay { state, left: None });
}

/// The participant at `index` of the waiting room is admitted at `now` by `by` (`meeting.participant-admitted`)
/// and joins the meeting with the role its user ID gives it (see [`enter`]). False when nobody waits there.
pub(crate) fn admit(
    record: &mut MeetingRecord,
    index: usize,
    by: EventUser,
    now: u64,
    events: &Emitter,
) -> bool {
    let Some(mut admitted) = record.extras.participants.take_waiting(index, false, now) else {
        return false;
    };
    events.emit(control_events::admitted(&record.meeting, by, &admitted));
    admitted.user_role = standing_role(record, &admitted.userid);
    admitted.join_time = now;
    enter(record, admitted, events);
    true
}

/// `userid` leaves the meeting at `now` (`meeting.participant-left`); the last one to leave ends it
/// (`meeting.end`). False when `userid` is not in the meeting.
pub(crate) fn leave(record: &mut MeetingRecord, userid: &str, now: u64, events: &Emitter) -> bool {
    let participants = &mut record.extras.participants;
    let Some(index) = participants
        .stays
        .iter()
        .position(|stay| stay.lasts() && stay.state.userid == userid)
    else {
        return false;
    };
    let Some(gone) = participants.take_present(index, false, now) else {
        return false;
    };
    departed(record, &gone, now, events);
    true
}

/// `gone` has left the meeting at `now`, by themselves or removed: `meeting.participant-left`, and `meeting.end` when
/// nobody is left.
pub(crate) fn departed(
    record: &mut MeetingRecord,
    gone: &ParticipantState,
    now: u64,
    events: &Emitter,
) {
    events.emit(control_events::participant_left(&record.meeting, gone));
    if record.extras.participants.present().next().is_none()
        && record.state == MeetingState::Started
    {
        let scheduled_end = u64::from(record.meeting.request.end_time);
        let end_type = if now < scheduled_end {
            MeetingEndType::EmptyBeforeEnd
        } else {
            MeetingEndType::LastLeftAfterEnd
        };
        end(record, end_type, None, now, events);
    }
}

/// Ends the meeting at `now` (`meeting.end` of `end_type`, by `operator` when someone ended it): everyone still in
/// it leaves (`meeting.participant-left` each) and the waiting room empties.
pub(crate) fn end(
    record: &mut MeetingRecord,
    end_type: MeetingEndType,
    operator: Option<EventUser>,
    now: u64,
    events: &Emitter,
) {
    for gone in record.extras.participants.empty(now) {
        events.emit(control_events::participant_left(&record.meeting, &gone));
    }
    record.state = MeetingState::Ended;
    events.emit(control_events::meeting_end(
        &record.meeting,
        end_type,
        operator,
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::store::Store;

    /// A store holding one scheduled meeting (created by `host`, from t=1000 to t=4600), and its ID.
    fn meeting() -> (Store, String) {
        let mut store = Store::new(1 << 20);
        let request = wemeet_types::CreateMeetingRequest::builder()
            .userid("host")
            .instanceid(InstanceId::Pc)
            .subject("standup")
            .meeting_type(wemeet_types::MeetingType::Scheduled)
            .start_time(1000)
            .end_time(4600)
            .build();
        let id = store.create_meeting("app", false, request).meeting_id;
        (store, id)
    }

    /// Runs `test` on a scheduled meeting (see [`meeting`]) and returns the names of the events it emitted.
    fn on_meeting(test: impl FnOnce(&mut MeetingRecord, &Emitter)) -> Vec<&'static str> {
        let (mut store, id) = meeting();
        let events = Emitter::new("t");
        test(store.meeting_any_mut(&id).unwrap(), &events);
        names(events)
    }

    fn names(events: Emitter) -> Vec<&'static str> {
        events
            .into_events()
            .iter()
            .map(|event| event.name)
            .collect()
    }

    fn joins(record: &mut MeetingRecord, userid: &str, now: u64, events: &Emitter) -> bool {
        join(record, Participant::new(userid), now, events).is_ok()
    }

    #[test]
    fn the_first_join_starts_the_meeting_and_the_last_leave_ends_it() {
        let names = on_meeting(|record, events| {
            assert!(joins(record, "alice", 1100, events));
            assert_eq!(record.state, MeetingState::Started);
            assert!(joins(record, "bob", 1200, events));
            assert_eq!(
                join(record, Participant::new("bob"), 1300, events),
                Err(Refused::AlreadyThere)
            );
            assert!(leave(record, "alice", 1400, events));
            assert!(!leave(record, "alice", 1500, events), "already gone");
            assert_eq!(record.state, MeetingState::Started, "bob is still in");
            assert!(leave(record, "bob", 1600, events));
            assert_eq!(record.state, MeetingState::Ended);
            assert_eq!(
                join(record, Participant::new("carol"), 1700, events),
                Err(Refused::Closed)
            );
            let stays: Vec<(&str, u64, Option<u64>)> = record
                .extras
                .participants
                .stays()
                .iter()
                .map(|stay| (stay.state.userid.as_str(), stay.state.join_time, stay.left))
                .collect();
            assert_eq!(
                stays,
                [("alice", 1100, Some(1400)), ("bob", 1200, Some(1600))]
            );
        });
        assert_eq!(
            names,
            [
                "meeting.started",
                "meeting.participant-joined",
                "meeting.participant-joined",
                "meeting.participant-left",
                "meeting.participant-left",
                "meeting.end",
            ]
        );
    }

    #[test]
    fn the_end_says_why_and_names_who_was_there() {
        let (mut store, id) = meeting();
        let record = store.meeting_any_mut(&id).unwrap();
        let events = Emitter::new("t");
        join(
            record,
            Participant::new("alice").user_name("Alice"),
            1100,
            &events,
        )
        .unwrap();
        leave(record, "alice", 1200, &events);
        let sent = events.into_events();
        let end = sent.last().unwrap();
        assert_eq!(end.name, "meeting.end");
        let json: serde_json::Value = serde_json::from_str(&end.json).unwrap();
        assert_eq!(
            json["payload"][0]["meeting_end_type"], 3,
            "nobody left before the scheduled end: {json}"
        );
        let joined: serde_json::Value = serde_json::from_str(&sent[1].json).unwrap();
        let operator = &joined["payload"][0]["operator"];
        assert_eq!(
            (operator["userid"].as_str(), operator["user_name"].as_str()),
            (Some("alice"), Some("Alice"))
        );
        assert_eq!(operator["instance_id"], "1");
        assert_eq!(
            joined["payload"][0]["meeting_info"]["meeting_id"],
            id.as_str()
        );
    }

    #[test]
    fn ending_makes_everyone_leave_and_empties_the_waiting_room() {
        let names = on_meeting(|record, events| {
            assert!(joins(record, "alice", 1100, events));
            assert!(enter_waiting_room(record, Participant::new("bob"), 1150, events).is_ok());
            assert_eq!(
                join(record, Participant::new("bob"), 1160, events),
                Err(Refused::AlreadyThere),
                "waiting, not in"
            );
            end(record, MeetingEndType::Ended, None, 1200, events);
            let participants = &record.extras.participants;
            assert_eq!(participants.present().count(), 0);
            assert_eq!(participants.waiting().count(), 0);
            assert_eq!(participants.visits()[0].left, Some(1200));
        });
        assert_eq!(
            names,
            [
                "meeting.started",
                "meeting.participant-joined",
                "meeting.participant-joined-waiting-room",
                "meeting.participant-left",
                "meeting.end",
            ]
        );
    }

    #[test]
    fn admitting_from_the_waiting_room_joins_and_starts_the_meeting() {
        let names = on_meeting(|record, events| {
            assert!(enter_waiting_room(record, Participant::new("bob"), 1100, events).is_ok());
            assert_eq!(
                enter_waiting_room(record, Participant::new("bob"), 1101, events),
                Err(Refused::AlreadyThere)
            );
            assert!(
                !admit(record, 1, EventUser::default(), 1150, events),
                "nobody there"
            );
            assert!(admit(record, 0, EventUser::default(), 1200, events));
            assert_eq!(record.state, MeetingState::Started);
            let participants = &record.extras.participants;
            assert_eq!(participants.visits()[0].left, Some(1200));
            assert_eq!(
                participants.present().next().map(|p| p.join_time),
                Some(1200)
            );
        });
        assert_eq!(
            names,
            [
                "meeting.participant-joined-waiting-room",
                "meeting.participant-admitted",
                "meeting.started",
                "meeting.participant-joined",
            ]
        );
    }

    #[test]
    fn a_cancelled_meeting_takes_nobody() {
        let names = on_meeting(|record, events| {
            record.state = MeetingState::Cancelled;
            assert!(!joins(record, "alice", 1100, events));
            assert!(enter_waiting_room(record, Participant::new("alice"), 1100, events).is_err());
        });
        assert!(names.is_empty());
    }
}

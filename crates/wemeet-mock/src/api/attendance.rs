//! Who is in a meeting: participants joining and leaving, and the waiting room, with the events each step makes
//! the service send. Tests drive it through [`MockServer::join`](crate::MockServer::join) and its siblings; the
//! participant lists read what it recorded.
//!
//! The life of a meeting follows: the first participant to join starts it (`meeting.started`); when the last one
//! leaves it ends (`meeting.end`, "nobody in the meeting", before or after its scheduled end), as it does when it is
//! dismissed or ended through the handle, which makes everyone still in it leave first.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use wemeet_types::InstanceId;
use wemeet_types::events::MeetingEndType;

use crate::api::event_payloads;
use crate::api::store::{MeetingRecord, MeetingState};
use crate::callbacks::emitter::Emitter;
use crate::random;

/// Someone who joins a meeting on the mock: [`MockServer::join`](crate::MockServer::join),
/// [`MockServer::enter_waiting_room`](crate::MockServer::enter_waiting_room).
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
    /// The participant's user ID (`userid` in the lists and events).
    pub userid: String,
    /// The name shown in the meeting (the lists answer it base64-encoded, as the service does).
    pub user_name: String,
    /// The device the participant joins from.
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

    /// The name as the lists answer it: base64.
    pub(crate) fn user_name_base64(&self) -> String {
        STANDARD.encode(&self.user_name)
    }

    /// What the participant weighs in the store, in bytes.
    pub(crate) fn weight(&self) -> usize {
        self.userid.len() + self.user_name.len()
    }
}

/// One stay in a meeting: who, with the temporary ID the meeting gave them, from when to when (Unix seconds).
#[derive(Debug, Clone)]
pub(crate) struct Attendance {
    pub(crate) participant: Participant,
    /// The participant's ID in this meeting (`ms_open_id`), new for each stay.
    pub(crate) ms_open_id: String,
    pub(crate) join_time: u64,
    pub(crate) left_time: Option<u64>,
}

/// One stay in the waiting room, from when to when (Unix seconds).
#[derive(Debug, Clone)]
pub(crate) struct WaitingRoomVisit {
    pub(crate) participant: Participant,
    pub(crate) ms_open_id: String,
    pub(crate) entered: u64,
    pub(crate) left: Option<u64>,
}

impl MeetingRecord {
    /// The stays of those in the meeting now, in the order they joined.
    pub(crate) fn present(&self) -> impl Iterator<Item = &Attendance> {
        self.attendances
            .iter()
            .filter(|attendance| attendance.left_time.is_none())
    }

    /// The stays of those in the waiting room now, in the order they entered.
    pub(crate) fn waiting(&self) -> impl Iterator<Item = &WaitingRoomVisit> {
        self.waiting_room
            .iter()
            .filter(|visit| visit.left.is_none())
    }

    /// Whether `userid` is in the meeting or its waiting room now.
    fn holds(&self, userid: &str) -> bool {
        self.present()
            .any(|attendance| attendance.participant.userid == userid)
            || self
                .waiting()
                .any(|visit| visit.participant.userid == userid)
    }

    /// Whether people may still come: the meeting is scheduled or in progress.
    fn open(&self) -> bool {
        matches!(self.state, MeetingState::Init | MeetingState::Started)
    }
}

/// `participant` joins the meeting at `now`, starting it if nobody had (`meeting.started`, then
/// `meeting.participant-joined`). False, with nothing changed, when the meeting is cancelled or over, or the
/// participant is already in it or its waiting room.
pub(crate) fn join(
    record: &mut MeetingRecord,
    participant: Participant,
    now: u64,
    events: &Emitter,
) -> bool {
    if !record.open() || record.holds(&participant.userid) {
        return false;
    }
    enter(record, participant, now, events);
    true
}

fn enter(record: &mut MeetingRecord, participant: Participant, now: u64, events: &Emitter) {
    if record.state == MeetingState::Init {
        record.state = MeetingState::Started;
        events.emit(event_payloads::meeting_started(
            &record.meeting,
            Some(&participant),
        ));
    }
    let attendance = Attendance {
        participant,
        ms_open_id: ms_open_id(),
        join_time: now,
        left_time: None,
    };
    events.emit(event_payloads::participant_joined(
        &record.meeting,
        &attendance,
    ));
    record.attendances.push(attendance);
}

/// `userid` leaves the meeting at `now` (`meeting.participant-left`); the last one to leave ends it
/// (`meeting.end`). False when `userid` is not in the meeting.
pub(crate) fn leave(record: &mut MeetingRecord, userid: &str, now: u64, events: &Emitter) -> bool {
    let Some(attendance) = record.attendances.iter_mut().find(|attendance| {
        attendance.left_time.is_none() && attendance.participant.userid == userid
    }) else {
        return false;
    };
    attendance.left_time = Some(now);
    events.emit(event_payloads::participant_left(
        &record.meeting,
        attendance,
    ));
    if record.present().next().is_none() {
        let scheduled_end = u64::from(record.meeting.request.end_time);
        let end_type = if now < scheduled_end {
            MeetingEndType::EmptyBeforeEnd
        } else {
            MeetingEndType::LastLeftAfterEnd
        };
        end(record, end_type, None, now, events);
    }
    true
}

/// Ends the meeting at `now` (`meeting.end` of `end_type`, by `operator` when someone ended it): everyone still in
/// it leaves (`meeting.participant-left` each) and the waiting room empties.
pub(crate) fn end(
    record: &mut MeetingRecord,
    end_type: MeetingEndType,
    operator: Option<&str>,
    now: u64,
    events: &Emitter,
) {
    for attendance in &mut record.attendances {
        if attendance.left_time.is_none() {
            attendance.left_time = Some(now);
            events.emit(event_payloads::participant_left(
                &record.meeting,
                attendance,
            ));
        }
    }
    for visit in &mut record.waiting_room {
        visit.left.get_or_insert(now);
    }
    record.state = MeetingState::Ended;
    events.emit(event_payloads::meeting_end(
        &record.meeting,
        end_type,
        operator,
    ));
}

/// `participant` enters the waiting room at `now` (`meeting.participant-joined-waiting-room`). False, with nothing
/// changed, when the meeting is cancelled or over, or the participant is already in it or its waiting room.
pub(crate) fn enter_waiting_room(
    record: &mut MeetingRecord,
    participant: Participant,
    now: u64,
    events: &Emitter,
) -> bool {
    if !record.open() || record.holds(&participant.userid) {
        return false;
    }
    let visit = WaitingRoomVisit {
        participant,
        ms_open_id: ms_open_id(),
        entered: now,
        left: None,
    };
    events.emit(event_payloads::joined_waiting_room(&record.meeting, &visit));
    record.waiting_room.push(visit);
    true
}

/// A host admits `userid` from the waiting room at `now` (`meeting.participant-admitted`), who joins the meeting
/// (see [`join`]). False when `userid` is not in the waiting room.
pub(crate) fn admit(record: &mut MeetingRecord, userid: &str, now: u64, events: &Emitter) -> bool {
    let Some(visit) = record
        .waiting_room
        .iter_mut()
        .find(|visit| visit.left.is_none() && visit.participant.userid == userid)
    else {
        return false;
    };
    visit.left = Some(now);
    events.emit(event_payloads::participant_admitted(&record.meeting, visit));
    let participant = visit.participant.clone();
    enter(record, participant, now, events);
    true
}

/// A fresh in-meeting ID: 32 lowercase hex digits.
fn ms_open_id() -> String {
    format!("{:032x}", random::u128())
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

    #[test]
    fn the_first_join_starts_the_meeting_and_the_last_leave_ends_it() {
        let (mut store, id) = meeting();
        let record = store.meeting_any_mut(&id).unwrap();
        let events = Emitter::new("t");
        assert!(join(record, Participant::new("alice"), 1100, &events));
        assert_eq!(record.state, MeetingState::Started);
        assert!(join(record, Participant::new("bob"), 1200, &events));
        assert!(
            !join(record, Participant::new("bob"), 1300, &events),
            "already in"
        );
        assert!(leave(record, "alice", 1400, &events));
        assert!(!leave(record, "alice", 1500, &events), "already gone");
        assert_eq!(record.state, MeetingState::Started, "bob is still in");
        assert!(leave(record, "bob", 1600, &events));
        assert_eq!(record.state, MeetingState::Ended);
        assert!(
            !join(record, Participant::new("carol"), 1700, &events),
            "it is over"
        );
        assert_eq!(
            names(events),
            [
                "meeting.started",
                "meeting.participant-joined",
                "meeting.participant-joined",
                "meeting.participant-left",
                "meeting.participant-left",
                "meeting.end",
            ]
        );
        let stays: Vec<(&str, u64, Option<u64>)> = record
            .attendances
            .iter()
            .map(|stay| {
                (
                    stay.participant.userid.as_str(),
                    stay.join_time,
                    stay.left_time,
                )
            })
            .collect();
        assert_eq!(
            stays,
            [("alice", 1100, Some(1400)), ("bob", 1200, Some(1600))]
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
        );
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
            join(record, Participant::new("alice"), 1100, events);
            assert!(enter_waiting_room(
                record,
                Participant::new("bob"),
                1150,
                events
            ));
            assert!(
                !join(record, Participant::new("bob"), 1160, events),
                "waiting, not in"
            );
            end(record, MeetingEndType::Ended, Some("host"), 1200, events);
            assert_eq!(record.present().count(), 0);
            assert_eq!(record.waiting().count(), 0);
            assert_eq!(record.waiting_room[0].left, Some(1200));
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
            assert!(enter_waiting_room(
                record,
                Participant::new("bob"),
                1100,
                events
            ));
            assert!(
                !enter_waiting_room(record, Participant::new("bob"), 1101, events),
                "already waiting"
            );
            assert!(!admit(record, "carol", 1150, events), "not waiting");
            assert!(admit(record, "bob", 1200, events));
            assert_eq!(record.state, MeetingState::Started);
            assert_eq!(record.waiting_room[0].left, Some(1200));
            assert_eq!(
                record.present().next().map(|stay| stay.join_time),
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
            assert!(!join(record, Participant::new("alice"), 1100, events));
            assert!(!enter_waiting_room(
                record,
                Participant::new("alice"),
                1100,
                events
            ));
        });
        assert!(names.is_empty());
    }
}

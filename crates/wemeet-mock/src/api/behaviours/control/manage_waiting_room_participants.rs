//! `PUT /v1/real-control/meetings/{meeting_id}/waiting-room`: admit participants from the waiting room, move them
//! into it, or remove them from it.

use wemeet_types::InstanceId;
use wemeet_types::control::{ManageWaitingRoomParticipants, WaitingRoomOperateType};

use super::{Authority, controlled, not_in, target};
use crate::api::behaviours::Call;
use crate::api::control_events;
use crate::api::error::ApiError;
use crate::api::participants::{self, Found, Who};
use crate::api::store::{MeetingRecord, Store};

/// Checks the control rules (the meeting exists, 9003; the operator manages it, 9042; it is in progress, 190455),
/// the page's rule that `allow_rejoin` goes only with `operate_type` 3 and a known `operate_type` (190004 naming the
/// field), and that every participant named is where the operation takes them from (202007, naming the first who is
/// not; nobody moves then). Then, answering 200 with an empty body:
/// - 1, admit: each leaves the waiting room for the meeting, with the role its user ID gives it
///   (`meeting.participant-admitted`, then `meeting.participant-joined`);
/// - 2, move into the waiting room: each leaves the meeting's real-time list for the waiting room, as a member
///   (`meeting.participant-put-in-waiting-room`);
/// - 3, remove from the waiting room: each leaves it (`meeting.participant-left-waiting-room`), kept from joining
///   again when `allow_rejoin` is false.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, ManageWaitingRoomParticipants>,
) -> Result<(), ApiError> {
    let (record, operator) = controlled(store, &call, Authority::Manage, "manage the waiting room")?;
    let request = &call.request;
    let operation = request.operate_type;
    if request.allow_rejoin.is_some() && operation != WaitingRoomOperateType::RemoveFromWaitingRoom {
        return Err(ApiError::invalid_parameter(
            "invalid parameter `allow_rejoin`: it may be set only with operate_type 3 (操作类型参数 operate_type = 3 时才允许设置)",
        ));
    }
    let from_meeting = match operation {
        WaitingRoomOperateType::AdmitToMeeting | WaitingRoomOperateType::RemoveFromWaitingRoom => false,
        WaitingRoomOperateType::MoveToWaitingRoom => true,
        other => {
            return Err(ApiError::invalid_parameter(format!(
                "invalid parameter `operate_type`: {other} is none of 1 (admit), 2 (move into the waiting room), 3 \
                 (remove from the waiting room)"
            )));
        }
    };
    let mut moving: Vec<(String, InstanceId)> = Vec::new();
    for (n, user) in request.users.iter().enumerate() {
        let field = format!("users[{n}]");
        let who = target(user, &field)?;
        let participants = &record.extras.participants;
        let (found, place) = if from_meeting {
            (participants.find_present(who, user.instanceid), "the meeting")
        } else {
            (participants.find_waiting(who, user.instanceid), "the waiting room")
        };
        match found {
            Found::At(index) => {
                let listed = if from_meeting {
                    participants.present_at(index)
                } else {
                    participants.waiting_at(index)
                };
                if let Some(listed) = listed {
                    moving.push((listed.ms_open_id.clone(), user.instanceid));
                }
            }
            Found::OtherDevice => {}
            Found::Absent => return Err(not_in(record, who, place, &field)),
        }
    }
    let by = operator.event_user(record);
    let barred = request.allow_rejoin == Some(false);
    for (ms_open_id, instanceid) in moving {
        let who = Who::MsOpenId(&ms_open_id);
        match operation {
            WaitingRoomOperateType::MoveToWaitingRoom => move_in(record, who, instanceid, &by, call.now, call.events),
            WaitingRoomOperateType::RemoveFromWaitingRoom => {
                if let Some(gone) = waiting_taken(record, who, instanceid, barred, call.now) {
                    call.events.emit(control_events::left_waiting_room(
                        &record.meeting,
                        by.clone(),
                        &gone,
                    ));
                }
            }
            _ => admit(record, who, instanceid, &by, call.now, call.events),
        }
    }
    Ok(())
}

fn waiting_taken(
    record: &mut MeetingRecord,
    who: Who<'_>,
    instanceid: InstanceId,
    barred: bool,
    now: u64,
) -> Option<participants::ParticipantState> {
    let participants = &mut record.extras.participants;
    match participants.find_waiting(who, instanceid) {
        Found::At(index) => participants.take_waiting(index, barred, now),
        _ => None,
    }
}

fn admit(
    record: &mut MeetingRecord,
    who: Who<'_>,
    instanceid: InstanceId,
    by: &wemeet_types::events::EventUser,
    now: u64,
    events: &crate::callbacks::emitter::Emitter,
) {
    if let Found::At(index) = record.extras.participants.find_waiting(who, instanceid) {
        participants::admit(record, index, by.clone(), now, events);
    }
}

fn move_in(
    record: &mut MeetingRecord,
    who: Who<'_>,
    instanceid: InstanceId,
    by: &wemeet_types::events::EventUser,
    now: u64,
    events: &crate::callbacks::emitter::Emitter,
) {
    let participants = &mut record.extras.participants;
    let Found::At(index) = participants.find_present(who, instanceid) else {
        return;
    };
    let Some(moved) = participants.take_present(index, false, now) else {
        return;
    };
    events.emit(control_events::put_in_waiting_room(&record.meeting, by.clone(), &moved));
    record.extras.participants.put_waiting(moved, now);
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;
    use crate::api::behaviours::testing::{Harness, Outcome};
    use crate::api::participants::{Participant, Refused};
    use crate::callbacks::emitter::Emitter;
    use wemeet_types::ParticipantRole;

    fn manage(harness: &mut Harness, meeting_id: &str, body: Value) -> Outcome<()> {
        harness.call::<ManageWaitingRoomParticipants>(json!({ "meeting_id": meeting_id }), body)
    }

    fn users(ms_open_id: &str) -> Value {
        json!([{ "to_operator_id": ms_open_id, "to_operator_id_type": 4, "instanceid": 1 }])
    }

    fn lists(harness: &mut Harness, meeting_id: &str) -> (Vec<String>, Vec<String>) {
        let participants = &harness.record(meeting_id).extras.participants;
        let ids = |list: &mut dyn Iterator<Item = &crate::api::participants::ParticipantState>| {
            list.map(|p| p.userid.clone()).collect::<Vec<_>>()
        };
        (ids(&mut participants.present()), ids(&mut participants.waiting()))
    }

    #[test]
    fn participants_move_between_the_meeting_and_its_waiting_room_with_their_events() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("host", &["host", "cohost"]);
        harness.join_as(&meeting, "host");
        let bob = harness.wait(&meeting, Participant::new("bob"));
        let outcome = manage(&mut harness, &meeting, json!({ "instanceid": 1, "operate_type": 1, "users": users(&bob) }));
        assert_eq!(outcome.names(), ["meeting.participant-admitted", "meeting.participant-joined"]);
        outcome.ok();
        assert_eq!(lists(&mut harness, &meeting), (vec!["host".into(), "bob".into()], vec![]));

        let outcome = manage(&mut harness, &meeting, json!({ "instanceid": 1, "operate_type": 2, "users": users(&bob) }));
        assert_eq!(outcome.names(), ["meeting.participant-put-in-waiting-room"]);
        assert_eq!(outcome.events[0].item["to_operator"]["ms_open_id"], bob.as_str());
        outcome.ok();
        assert_eq!(lists(&mut harness, &meeting), (vec!["host".into()], vec!["bob".into()]));

        let outcome = manage(
            &mut harness,
            &meeting,
            json!({ "instanceid": 1, "operate_type": 3, "allow_rejoin": false, "users": users(&bob) }),
        );
        assert_eq!(outcome.names(), ["meeting.participant-left-waiting-room"]);
        outcome.ok();
        assert_eq!(lists(&mut harness, &meeting), (vec!["host".into()], vec![]));
        let record = harness.record(&meeting);
        let again = crate::api::participants::enter_waiting_room(record, Participant::new("bob"), 0, &Emitter::new("t"));
        assert_eq!(again, Err(Refused::Barred));
    }

    #[test]
    fn an_admitted_host_gets_its_role_back() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("creator", &["creator", "alt"]);
        harness.join_as(&meeting, "creator");
        let alt = harness.wait(&meeting, Participant::new("alt"));
        manage(&mut harness, &meeting, json!({ "instanceid": 1, "operate_type": 1, "users": users(&alt) })).ok();
        let record = harness.record(&meeting);
        assert_eq!(record.extras.participants.present().nth(1).expect("the second").user_role, ParticipantRole::Host);
    }

    #[test]
    fn allow_rejoin_goes_only_with_removal_and_targets_must_be_where_the_operation_takes_them_from() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("host", &[]);
        let host = harness.join_as(&meeting, "host");
        let bob = harness.wait(&meeting, Participant::new("bob"));
        let body = json!({ "instanceid": 1, "operate_type": 1, "allow_rejoin": true, "users": users(&bob) });
        assert_eq!(manage(&mut harness, &meeting, body).code(), 190_004);
        let body = json!({ "instanceid": 1, "operate_type": 7, "users": users(&bob) });
        assert_eq!(manage(&mut harness, &meeting, body).code(), 190_004);
        let body = json!({ "instanceid": 1, "operate_type": 2, "users": users(&bob) });
        assert_eq!(manage(&mut harness, &meeting, body).code(), 202_007, "bob is not in the meeting");
        let body = json!({ "instanceid": 1, "operate_type": 1, "users": users(&host) });
        assert_eq!(manage(&mut harness, &meeting, body).code(), 202_007, "the host is not waiting");
    }
}

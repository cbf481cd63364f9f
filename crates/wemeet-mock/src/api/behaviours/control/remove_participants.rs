//! `PUT /v1/real-control/meetings/{meeting_id}/kickout`: remove participants from a meeting.

use wemeet_types::control::RemoveParticipants;

use super::{Authority, controlled, present_target};
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::participants;
use crate::api::store::Store;

/// Checks the control rules (the meeting exists, 9003; the operator manages it, 9042; it is in progress, 190455;
/// every participant named is in it, 202007 naming the first who is not, and nobody is removed then) and an MRA
/// device removed without a `reason` (190004, the page: required for MRA devices), then removes each participant,
/// answering 200 with an empty body: gone from the real-time list, `meeting.participant-left` each (the event has no
/// field for the reason), and with `allow_rejoin` false kept from joining again. Removing the last participant ends
/// the meeting (`meeting.end`), as their leaving would.
pub(crate) fn handle(store: &mut Store, call: Call<'_, RemoveParticipants>) -> Result<(), ApiError> {
    let (record, _) = controlled(store, &call, Authority::Manage, "remove participants")?;
    let request = &call.request;
    let mut removed = Vec::new();
    for (n, user) in request.users.iter().enumerate() {
        let field = format!("users[{n}]");
        let Some(index) = present_target(record, user, &field)? else {
            continue;
        };
        let Some(participant) = record.extras.participants.present_at(index) else {
            continue;
        };
        let no_reason = request.reason.as_deref().is_none_or(|reason| reason.trim().is_empty());
        if participant.is_mra() && no_reason {
            return Err(ApiError::invalid_parameter(format!(
                "invalid parameter `reason`: `{field}` is an MRA device, whose removal needs a reason (当用户设备为 \
                 MRA 时,该参数必须填写移出原因)"
            )));
        }
        if !removed.contains(&participant.ms_open_id) {
            removed.push(participant.ms_open_id.clone());
        }
    }
    for ms_open_id in removed {
        let participants = &mut record.extras.participants;
        let index = participants
            .stays()
            .iter()
            .position(|stay| stay.left.is_none() && stay.state.ms_open_id == ms_open_id);
        if let Some(gone) =
            index.and_then(|index| participants.take_present(index, !request.allow_rejoin, call.now))
        {
            participants::departed(record, &gone, call.now, call.events);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};
    use wemeet_types::InstanceId;

    use super::*;
    use crate::api::behaviours::testing::{Harness, Outcome};
    use crate::api::behaviours::testing::now;
    use crate::api::participants::{Participant, Refused};
    use crate::api::store::MeetingState;
    use crate::callbacks::emitter::Emitter;

    fn kick(harness: &mut Harness, meeting_id: &str, body: Value) -> Outcome<()> {
        harness.call::<RemoveParticipants>(json!({ "meeting_id": meeting_id }), body)
    }

    fn user(ms_open_id: &str) -> Value {
        json!({ "to_operator_id": ms_open_id, "to_operator_id_type": 4, "instanceid": 1 })
    }

    fn present(harness: &mut Harness, meeting_id: &str) -> Vec<String> {
        let record = harness.record(meeting_id);
        record
            .extras
            .participants
            .present()
            .map(|p| p.userid.clone())
            .collect()
    }

    #[test]
    fn removed_participants_leave_the_list_with_an_event_and_may_be_kept_out() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("host", &[]);
        harness.join_as(&meeting, "host");
        let bob = harness.join_as(&meeting, "bob");
        let carol = harness.join_as(&meeting, "carol");
        let outcome = kick(
            &mut harness,
            &meeting,
            json!({ "operator_id": "host", "operator_id_type": 1, "instanceid": 1, "allow_rejoin": false,
                    "users": [user(&bob)] }),
        );
        assert_eq!(outcome.names(), ["meeting.participant-left"]);
        assert_eq!(outcome.events[0].item["operator"]["ms_open_id"], bob.as_str());
        outcome.ok();
        assert_eq!(present(&mut harness, &meeting), ["host", "carol"]);
        let record = harness.record(&meeting);
        let again = crate::api::participants::join(record, Participant::new("bob"), now(), &Emitter::new("t"));
        assert_eq!(again, Err(Refused::Barred), "removed without leave to come back");

        kick(
            &mut harness,
            &meeting,
            json!({ "instanceid": 1, "allow_rejoin": true, "users": [user(&carol)] }),
        )
        .ok();
        let record = harness.record(&meeting);
        let back = crate::api::participants::join(record, Participant::new("carol"), now(), &Emitter::new("t"));
        assert!(back.is_ok(), "allowed to rejoin: {back:?}");
    }

    #[test]
    fn a_missing_target_removes_nobody_and_an_mra_device_needs_a_reason() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("host", &[]);
        harness.join_as(&meeting, "host");
        let bob = harness.join_as(&meeting, "bob");
        let body = json!({ "instanceid": 1, "allow_rejoin": true, "users": [user(&bob), user("nobody")] });
        assert_eq!(kick(&mut harness, &meeting, body).code(), 202_007);
        assert_eq!(present(&mut harness, &meeting), ["host", "bob"]);

        let room = harness.join(&meeting, Participant::new("sip-room").instanceid(InstanceId::VoipSip));
        let mra = json!({ "to_operator_id": room, "to_operator_id_type": 4, "instanceid": 9 });
        let body = json!({ "instanceid": 1, "allow_rejoin": true, "users": [mra.clone()] });
        assert_eq!(kick(&mut harness, &meeting, body).code(), 190_004);
        let body = json!({ "instanceid": 1, "allow_rejoin": true, "reason": "done", "users": [mra] });
        kick(&mut harness, &meeting, body).ok();
        assert_eq!(present(&mut harness, &meeting), ["host", "bob"]);
    }

    #[test]
    fn removing_the_last_participants_ends_the_meeting() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("host", &[]);
        let host = harness.join_as(&meeting, "host");
        let bob = harness.join_as(&meeting, "bob");
        let outcome = kick(
            &mut harness,
            &meeting,
            json!({ "instanceid": 1, "allow_rejoin": true, "users": [user(&bob), user(&host)] }),
        );
        assert_eq!(
            outcome.names(),
            ["meeting.participant-left", "meeting.participant-left", "meeting.end"]
        );
        assert_eq!(outcome.events[2].item["meeting_end_type"], 3, "nobody in, before its end");
        outcome.ok();
        assert_eq!(harness.record(&meeting).state, MeetingState::Ended);
    }
}

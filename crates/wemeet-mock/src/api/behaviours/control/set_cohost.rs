//! `PUT /v1/real-control/meetings/{meeting_id}/cohosts`: make a participant a co-host or take the role back.

use wemeet_types::ParticipantRole;
use wemeet_types::control::SetCohost;

use super::{Authority, controlled, participant_at, present_target};
use crate::api::behaviours::Call;
use crate::api::control_events;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Checks the control rules (the meeting exists, 9003; the operator created or hosts it, 9042: co-hosts may not make
/// co-hosts; it is in progress, 190455; the participant is in it, 202007) and sets the participant's role, answering
/// 200 with an empty body: `action` true makes a member a co-host (a creator a creator and co-host), false takes the
/// role back. A role that changes emits `meeting.participant-role-changed` with the new role; a host, or a
/// participant who already has the role asked, keeps it and no event goes out. MRA devices may be the target.
pub(crate) fn handle(store: &mut Store, call: Call<'_, SetCohost>) -> Result<(), ApiError> {
    let (record, operator) = controlled(store, &call, Authority::CreatorOrHost, "set co-hosts")?;
    let request = &call.request;
    let Some(index) = present_target(record, &request.user, "user")? else {
        return Ok(());
    };
    let by = operator.event_user(record);
    let participant = participant_at(record, index)?;
    let role = match (request.action, participant.user_role) {
        (true, ParticipantRole::Member) => ParticipantRole::Cohost,
        (true, ParticipantRole::Creator) => ParticipantRole::CreatorCohost,
        (false, ParticipantRole::Cohost) => ParticipantRole::Member,
        (false, ParticipantRole::CreatorCohost) => ParticipantRole::Creator,
        (_, unchanged) => unchanged,
    };
    if role != participant.user_role {
        participant.user_role = role;
        let changed = participant.clone();
        call.events
            .emit(control_events::role_changed(&record.meeting, by, &changed));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;
    use crate::api::behaviours::control::set_participant_mute::tests_support::mute_by;
    use crate::api::behaviours::testing::{Harness, Outcome};

    fn cohost(harness: &mut Harness, meeting_id: &str, operator: &str, target: &str, action: bool) -> Outcome<()> {
        harness.call::<SetCohost>(
            json!({ "meeting_id": meeting_id }),
            json!({ "operator_id": operator, "operator_id_type": 1, "instanceid": 1, "action": action,
                    "user": { "to_operator_id": target, "to_operator_id_type": 4, "instanceid": 1 } }),
        )
    }

    fn role(harness: &mut Harness, meeting_id: &str, ms_open_id: &str) -> ParticipantRole {
        let record = harness.record(meeting_id);
        record.extras.participants.present().find(|p| p.ms_open_id == ms_open_id).expect("present").user_role
    }

    #[test]
    fn a_member_becomes_a_co_host_and_back_with_the_role_change_events() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("host", &[]);
        harness.join_as(&meeting, "host");
        let bob = harness.join_as(&meeting, "bob");
        let outcome = cohost(&mut harness, &meeting, "host", &bob, true);
        assert_eq!(outcome.names(), ["meeting.participant-role-changed"]);
        let item: &Value = &outcome.events[0].item;
        assert_eq!(item["to_operator"]["user_role"], 6);
        assert_eq!(item["to_operator"]["ms_open_id"], bob.as_str());
        assert_eq!(item["operator"]["userid"], "host");
        outcome.ok();
        assert_eq!(role(&mut harness, &meeting, &bob), ParticipantRole::Cohost);
        let again = cohost(&mut harness, &meeting, "host", &bob, true);
        assert!(again.events.is_empty(), "the same role again changes nothing");
        again.ok();
        let back = cohost(&mut harness, &meeting, "host", &bob, false);
        assert_eq!(back.events[0].item["to_operator"]["user_role"], 0);
        back.ok();
        assert_eq!(role(&mut harness, &meeting, &bob), ParticipantRole::Member);
    }

    #[test]
    fn a_co_host_manages_the_meeting_but_does_not_make_co_hosts() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("host", &[]);
        harness.join_as(&meeting, "host");
        let bob = harness.join_as(&meeting, "bob");
        let carol = harness.join_as(&meeting, "carol");
        assert_eq!(mute_by(&mut harness, &meeting, "bob", &carol).code(), 9042);
        cohost(&mut harness, &meeting, "host", &bob, true).ok();
        mute_by(&mut harness, &meeting, "bob", &carol).ok();
        assert_eq!(cohost(&mut harness, &meeting, "bob", &carol, true).code(), 9042);
    }
}

//! `PUT /v1/real-control/meetings/{meeting_id}/screen-shared`: close a participant's screen sharing.

use wemeet_types::control::StopScreenShare;

use super::{Authority, controlled, participant_at, present_target, refuse_mra};
use crate::api::behaviours::Call;
use crate::api::control_events;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Checks the control rules (the meeting exists, 9003; the operator manages it, 9042; it is in progress, 190455; the
/// participant is in it, 202007; not an MRA device, which the page does not support as the target, 190004) and
/// stops the participant's sharing, answering 200 with an empty body; `meeting.share-screen-close` when it was
/// sharing (a participant not sharing stays so, and no event goes out).
pub(crate) fn handle(store: &mut Store, call: Call<'_, StopScreenShare>) -> Result<(), ApiError> {
    let (record, _) = controlled(store, &call, Authority::Manage, "close participants' screen sharing")?;
    let request = &call.request;
    let Some(index) = present_target(record, &request.user, "user")? else {
        return Ok(());
    };
    let participant = participant_at(record, index)?;
    refuse_mra(participant, "user")?;
    if participant.screen_shared_state {
        participant.screen_shared_state = false;
        let closed = participant.clone();
        call.events
            .emit(control_events::share_screen_close(&record.meeting, &closed));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::json;
    use wemeet_types::InstanceId;

    use super::*;
    use crate::api::behaviours::testing::{Harness, Outcome};
    use crate::api::participants::Participant;

    fn stop(harness: &mut Harness, meeting_id: &str, ms_open_id: &str, instanceid: u32) -> Outcome<()> {
        harness.call::<StopScreenShare>(
            json!({ "meeting_id": meeting_id }),
            json!({ "instanceid": 1,
                    "user": { "to_operator_id": ms_open_id, "to_operator_id_type": 4, "instanceid": instanceid } }),
        )
    }

    #[test]
    fn sharing_stops_with_the_close_event_once() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("host", &[]);
        harness.join_as(&meeting, "host");
        let bob = harness.join_as(&meeting, "bob");
        let record = harness.record(&meeting);
        record.extras.participants.present_mut(1).expect("bob").screen_shared_state = true;
        let outcome = stop(&mut harness, &meeting, &bob, 1);
        assert_eq!(outcome.names(), ["meeting.share-screen-close"]);
        assert_eq!(outcome.events[0].item["operator"]["userid"], "bob");
        outcome.ok();
        let record = harness.record(&meeting);
        assert!(!record.extras.participants.present().nth(1).expect("the second").screen_shared_state);
        let again = stop(&mut harness, &meeting, &bob, 1);
        assert!(again.events.is_empty(), "not sharing: nothing to close");
        again.ok();
    }

    #[test]
    fn an_mra_device_is_not_a_target() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("host", &[]);
        harness.join_as(&meeting, "host");
        let room = harness.join(&meeting, Participant::new("room").instanceid(InstanceId::VoipSip));
        assert_eq!(stop(&mut harness, &meeting, &room, 9).code(), 190_004);
    }
}

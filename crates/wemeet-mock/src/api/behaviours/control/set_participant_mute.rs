//! `PUT /v1/real-control/meetings/{meeting_id}/mutes`: mute or unmute a participant.

use wemeet_types::control::SetParticipantMute;

use super::{Authority, controlled, participant_at, present_target};
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Checks the control rules (the meeting exists, 9003; the operator manages it, 9042; it is in progress, 190455; the
/// participant is in it, 202007) and sets the participant's microphone (`audio_state`) off for `mute` true, on for
/// false, answering 200 with an empty body. MRA and PSTN devices may be the target. The page documents no event for
/// one participant's mute.
pub(crate) fn handle(store: &mut Store, call: Call<'_, SetParticipantMute>) -> Result<(), ApiError> {
    let (record, _) = controlled(store, &call, Authority::Manage, "mute participants")?;
    let request = &call.request;
    if let Some(index) = present_target(record, &request.user, "user")? {
        participant_at(record, index)?.audio_state = !request.mute;
    }
    Ok(())
}

/// What the other control behaviours' tests use of this one.
#[cfg(test)]
pub(crate) mod tests_support {
    use serde_json::json;

    use super::SetParticipantMute;
    use crate::api::behaviours::testing::{Harness, Outcome};

    /// `operator` (a user ID) mutes the participant `ms_open_id` of meeting `meeting_id` on a PC.
    pub(crate) fn mute_by(
        harness: &mut Harness,
        meeting_id: &str,
        operator: &str,
        ms_open_id: &str,
    ) -> Outcome<()> {
        harness.call::<SetParticipantMute>(
            json!({ "meeting_id": meeting_id }),
            json!({ "operator_id": operator, "operator_id_type": 1, "instanceid": 1, "mute": true,
                    "user": { "to_operator_id": ms_open_id, "to_operator_id_type": 4, "instanceid": 1 } }),
        )
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;
    use wemeet_types::InstanceId;

    use super::*;
    use crate::api::behaviours::testing::Harness;
    use crate::api::participants::Participant;

    fn mute(
        harness: &mut Harness,
        meeting_id: &str,
        operator: &str,
        user: serde_json::Value,
        mute: bool,
    ) -> crate::api::behaviours::testing::Outcome<()> {
        harness.call::<SetParticipantMute>(
            json!({ "meeting_id": meeting_id }),
            json!({
                "operator_id": operator, "operator_id_type": 1, "instanceid": 1, "mute": mute, "user": user
            }),
        )
    }

    fn audio(harness: &mut Harness, meeting_id: &str, userid: &str) -> bool {
        let record = harness.record(meeting_id);
        record.extras.participants.present()
            .find(|p| p.userid == userid)
            .expect("in the meeting")
            .audio_state
    }

    #[test]
    fn a_participant_named_by_in_meeting_id_or_user_id_is_muted_and_unmuted() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("host", &[]);
        harness.join_as(&meeting, "host");
        let bob = harness.join_as(&meeting, "bob");
        assert!(audio(&mut harness, &meeting, "bob"), "joins unmuted");
        let by_ms_open_id = json!({ "to_operator_id": bob, "to_operator_id_type": 4, "instanceid": 1 });
        let outcome = mute(&mut harness, &meeting, "host", by_ms_open_id, true);
        assert!(outcome.events.is_empty(), "no event for one participant's mute");
        outcome.ok();
        assert!(!audio(&mut harness, &meeting, "bob"));
        let by_userid = json!({ "to_operator_id": "bob", "to_operator_id_type": 1, "instanceid": 1 });
        mute(&mut harness, &meeting, "host", by_userid, false).ok();
        assert!(audio(&mut harness, &meeting, "bob"));
    }

    #[test]
    fn refusals_follow_the_control_rules_in_order() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("host", &[]);
        let bob = json!({ "to_operator_id": "bob", "to_operator_id_type": 1, "instanceid": 1 });
        assert_eq!(mute(&mut harness, "1234", "host", bob.clone(), true).code(), 9003);
        assert_eq!(
            mute(&mut harness, &meeting, "host", bob.clone(), true).code(),
            190_455,
            "a meeting not in progress"
        );
        harness.join_as(&meeting, "host");
        harness.join_as(&meeting, "carol");
        assert_eq!(
            mute(&mut harness, &meeting, "carol", bob.clone(), true).code(),
            9042,
            "a member does not manage the meeting"
        );
        assert_eq!(
            mute(&mut harness, &meeting, "host", bob.clone(), true).code(),
            202_007,
            "bob is not in the meeting"
        );
        let nobody = json!({ "instanceid": 1 });
        assert_eq!(mute(&mut harness, &meeting, "host", nobody, true).code(), 190_004);
    }

    #[test]
    fn a_participant_named_on_another_device_is_left_alone() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("host", &[]);
        harness.join_as(&meeting, "host");
        harness.join(&meeting, Participant::new("bob").instanceid(InstanceId::Ios));
        let on_pc = json!({ "to_operator_id": "bob", "to_operator_id_type": 1, "instanceid": 1 });
        mute(&mut harness, &meeting, "host", on_pc, true).ok();
        assert!(audio(&mut harness, &meeting, "bob"), "the call had no effect");
    }
}

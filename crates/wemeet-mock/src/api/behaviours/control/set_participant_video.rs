//! `PUT /v1/real-control/meetings/{meeting_id}/video`: turn a participant's video off, or an MRA device's on.

use wemeet_types::control::SetParticipantVideo;

use super::{Authority, controlled, participant_at, present_target};
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Checks the control rules (the meeting exists, 9003; the operator manages it, 9042; it is in progress, 190455; the
/// participant is in it, 202007) and sets the participant's camera (`video_state`) to `video` (off when absent, the
/// service's default), answering 200 with an empty body. Only an MRA device's video can be turned on (开启视频,仅支持
/// MRA 设备): `video` true for another device is 190004 naming the field.
pub(crate) fn handle(store: &mut Store, call: Call<'_, SetParticipantVideo>) -> Result<(), ApiError> {
    let (record, _) = controlled(store, &call, Authority::Manage, "turn participants' video off")?;
    let request = &call.request;
    let Some(index) = present_target(record, &request.user, "user")? else {
        return Ok(());
    };
    let participant = participant_at(record, index)?;
    let video = request.video.unwrap_or(false);
    if video && !participant.is_mra() {
        return Err(ApiError::invalid_parameter(
            "invalid parameter `video`: only an MRA device's video can be turned on (开启视频,仅支持 MRA 设备)",
        ));
    }
    participant.video_state = video;
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::json;
    use wemeet_types::InstanceId;

    use super::*;
    use crate::api::behaviours::testing::{Harness, Outcome};
    use crate::api::participants::Participant;

    fn video(harness: &mut Harness, meeting_id: &str, ms_open_id: &str, instanceid: u32, on: bool) -> Outcome<()> {
        harness.call::<SetParticipantVideo>(
            json!({ "meeting_id": meeting_id }),
            json!({ "instanceid": 1, "video": on,
                    "user": { "to_operator_id": ms_open_id, "to_operator_id_type": 4, "instanceid": instanceid } }),
        )
    }

    #[test]
    fn video_goes_off_and_only_an_mra_devices_goes_on() {
        let mut harness = Harness::new();
        let meeting = harness.meeting_with("host", &[], |request| {
            request["settings"] = json!({ "participant_video": true });
        });
        harness.join_as(&meeting, "host");
        let bob = harness.join_as(&meeting, "bob");
        let room = harness.join(&meeting, Participant::new("room").instanceid(InstanceId::VoipSip));
        let states = |harness: &mut Harness| -> Vec<bool> {
            let record = harness.record(&meeting);
            record.extras.participants.present().map(|p| p.video_state).collect()
        };
        assert_eq!(states(&mut harness), [false, true, true], "the settings' camera for members");
        video(&mut harness, &meeting, &bob, 1, false).ok();
        video(&mut harness, &meeting, &room, 9, false).ok();
        assert_eq!(states(&mut harness), [false, false, false]);
        assert_eq!(video(&mut harness, &meeting, &bob, 1, true).code(), 190_004);
        video(&mut harness, &meeting, &room, 9, true).ok();
        assert_eq!(states(&mut harness), [false, false, true]);
    }
}

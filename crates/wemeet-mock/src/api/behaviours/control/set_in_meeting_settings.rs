//! `PUT /v1/real-control/meetings/{meeting_id}/status`: change the settings of a meeting in progress.

use wemeet_types::control::SetInMeetingSettings;

use super::{Authority, controlled};
use crate::api::behaviours::Call;
use crate::api::control_events;
use crate::api::error::ApiError;
use crate::api::participants::manages;
use crate::api::store::Store;

/// Checks the control rules (the meeting exists, 9003; the operator manages it, 9042; it is in progress, 190455) and
/// takes every setting the call gives (those left out stay), answering 200 with an empty body; the mock's handle
/// reads them back ([`MockServer::in_meeting_controls`](crate::MockServer::in_meeting_controls)). `mute_all` true
/// turns off the microphone of every member in the meeting (not its creator, hosts and co-hosts), and of members
/// joining while it lasts; `mute_all` false lifts it (`meeting.unmute-all`, each time: lifts need not pair with
/// mutes), leaving microphones as they are. `participant_join_mute`, `meeting_locked` and `auto_waiting_room` act on
/// those who join later.
pub(crate) fn handle(store: &mut Store, call: Call<'_, SetInMeetingSettings>) -> Result<(), ApiError> {
    let (record, operator) = controlled(store, &call, Authority::Manage, "change the in-meeting settings")?;
    let request = &call.request;
    record.extras.controls.apply(request);
    match request.mute_all {
        Some(true) => {
            for participant in record.extras.participants.present_all_mut() {
                if !manages(participant.user_role) {
                    participant.audio_state = false;
                }
            }
        }
        Some(false) => {
            let by = operator.event_user(record);
            call.events
                .emit(control_events::unmute_all(&record.meeting, by));
        }
        None => {}
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;
    use crate::api::behaviours::testing::{Harness, Outcome};
    use crate::api::behaviours::testing::now;
    use crate::api::participants::{self, Joined, Participant, Refused};
    use crate::callbacks::emitter::Emitter;

    fn set(harness: &mut Harness, meeting_id: &str, settings: Value) -> Outcome<()> {
        let mut body = json!({ "operator_id": "host", "operator_id_type": 1, "instanceid": 1 });
        if let (Some(body), Some(settings)) = (body.as_object_mut(), settings.as_object()) {
            body.extend(settings.clone());
        }
        harness.call::<SetInMeetingSettings>(json!({ "meeting_id": meeting_id }), body)
    }

    fn join(harness: &mut Harness, meeting_id: &str, userid: &str) -> Result<Joined, Refused> {
        let record = harness.record(meeting_id);
        participants::join(record, Participant::new(userid), now(), &Emitter::new("t"))
    }

    #[test]
    fn mute_all_mutes_members_now_and_later_and_lifting_it_is_reported() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("host", &[]);
        harness.join_as(&meeting, "host");
        harness.join_as(&meeting, "bob");
        let outcome = set(&mut harness, &meeting, json!({ "mute_all": true, "allow_unmute_by_self": false }));
        assert!(outcome.events.is_empty());
        outcome.ok();
        join(&mut harness, &meeting, "carol").expect("joins");
        let record = harness.record(&meeting);
        let audio: Vec<bool> = record.extras.participants.present().map(|p| p.audio_state).collect();
        assert_eq!(audio, [true, false, false], "the host keeps its microphone");
        assert_eq!(record.extras.controls.allow_unmute_by_self, Some(false));
        let lifted = set(&mut harness, &meeting, json!({ "mute_all": false }));
        assert_eq!(lifted.names(), ["meeting.unmute-all"]);
        lifted.ok();
        assert_eq!(harness.record(&meeting).extras.controls.mute_all, Some(false));
    }

    #[test]
    fn a_locked_meeting_keeps_newcomers_out_and_a_waiting_room_takes_them_in() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("host", &[]);
        harness.join_as(&meeting, "host");
        set(&mut harness, &meeting, json!({ "meeting_locked": true })).ok();
        assert_eq!(join(&mut harness, &meeting, "bob"), Err(Refused::Locked));
        set(&mut harness, &meeting, json!({ "meeting_locked": false, "auto_waiting_room": true })).ok();
        assert!(matches!(join(&mut harness, &meeting, "bob"), Ok(Joined::WaitingRoom(_))));
        let record = harness.record(&meeting);
        assert_eq!(record.extras.participants.waiting().next().expect("the first").userid, "bob");
        assert_eq!(record.extras.controls.meeting_locked, Some(false), "settings left out stay");
    }
}

//! `POST /v1/meetings/{meeting_id}/dismiss`: end a meeting in progress.

use wemeet_types::control::{DismissMeeting, ForceDismissMeeting};
use wemeet_types::events::MeetingEndType;

use super::{Authority, controlled};
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::participants;
use crate::api::store::Store;

/// Checks the control rules (the meeting exists, 9003; the operator created, hosts or co-hosts it, 9042; it is in
/// progress, 190455, which a repeated dismissal answers) and ends the meeting, answering 200 with an empty body:
/// everyone still in it leaves (`meeting.participant-left` each), the waiting room empties, then `meeting.end`
/// (ended by a host, the operator); the meeting then leaves list meetings and get meeting, and list history meetings
/// shows it. Not forcing (`force_dismiss_meeting` 0) ends only a meeting nobody is in: with
/// participants in it the call is refused with 190004 naming the field.
pub(crate) fn handle(store: &mut Store, call: Call<'_, DismissMeeting>) -> Result<(), ApiError> {
    let (record, operator) = controlled(store, &call, Authority::Manage, "end the meeting")?;
    let request = &call.request;
    let present = record.extras.participants.present().count();
    if request.force_dismiss_meeting == Some(ForceDismissMeeting::NotForced) && present > 0 {
        return Err(ApiError::invalid_parameter(format!(
            "invalid parameter `force_dismiss_meeting`: 0 does not end a meeting with participants in it, and \
             meeting {} has {present}",
            call.path.meeting_id
        )));
    }
    let operator = operator.event_user(record);
    participants::end(
        record,
        MeetingEndType::Ended,
        Some(operator),
        call.now,
        call.events,
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::api::behaviours::testing::{Harness, Outcome};
    use crate::api::participants::Participant;
    use crate::api::store::MeetingState;

    fn dismiss(harness: &mut Harness, meeting_id: &str, operator: &str, force: u32) -> Outcome<()> {
        harness.call::<DismissMeeting>(
            json!({ "meeting_id": meeting_id }),
            json!({ "operator_id": operator, "operator_id_type": 1, "instanceid": 1, "reason_code": 1,
                    "force_dismiss_meeting": force }),
        )
    }

    #[test]
    fn everyone_leaves_then_the_meeting_ends_and_a_repeat_finds_it_over() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("host", &[]);
        harness.join_as(&meeting, "host");
        harness.join_as(&meeting, "bob");
        harness.wait(&meeting, Participant::new("carol"));
        let outcome = dismiss(&mut harness, &meeting, "host", 1);
        assert_eq!(
            outcome.names(),
            ["meeting.participant-left", "meeting.participant-left", "meeting.end"]
        );
        let end = &outcome.events[2].item;
        assert_eq!(end["meeting_end_type"], 0, "ended by a host");
        assert_eq!(end["operator"]["userid"], "host");
        outcome.ok();
        let record = harness.record(&meeting);
        assert_eq!(record.state, MeetingState::Ended);
        assert_eq!(record.extras.participants.present().count(), 0);
        assert_eq!(record.extras.participants.waiting().count(), 0);
        assert_eq!(dismiss(&mut harness, &meeting, "host", 1).code(), 190_455);
    }

    #[test]
    fn only_managers_end_it_and_not_forcing_leaves_a_meeting_with_people_in_it() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("host", &[]);
        harness.join_as(&meeting, "host");
        harness.join_as(&meeting, "bob");
        assert_eq!(dismiss(&mut harness, &meeting, "bob", 1).code(), 9042);
        assert_eq!(dismiss(&mut harness, &meeting, "host", 0).code(), 190_004);
        assert_eq!(harness.record(&meeting).state, MeetingState::Started);
    }
}

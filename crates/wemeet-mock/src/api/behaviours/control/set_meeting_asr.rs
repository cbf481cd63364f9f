//! `PUT /v1/real-control/meetings/{meeting_id}/asr`: turn real-time transcription on or off.

use wemeet_types::control::{SetMeetingAsr, SetMeetingAsrResponse};

use super::{Authority, controlled};
use crate::api::behaviours::{Call, default_answer};
use crate::api::control_events;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Checks the control rules (the meeting exists, 9003; the operator is a host, 9042: 仅主持人角色; it is in progress,
/// 190455) and turns transcription on (`is_open` true) or off, answering the page's example (`{"code":0,"message":
/// "OK"}`); the mock's handle reads the state back
/// ([`MockServer::in_meeting_controls`](crate::MockServer::in_meeting_controls)). Turning it on when it was off
/// emits `meeting.open-asr`.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, SetMeetingAsr>,
) -> Result<SetMeetingAsrResponse, ApiError> {
    let (record, operator) = controlled(store, &call, Authority::Host, "turn real-time transcription on or off")?;
    let request = &call.request;
    let controls = &mut record.extras.controls;
    let opened = request.is_open && !controls.asr_open;
    controls.asr_open = request.is_open;
    if opened {
        let by = operator.event_user(record);
        call.events
            .emit(control_events::open_asr(&record.meeting, by));
    }
    default_answer::<SetMeetingAsr>()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::api::behaviours::testing::{Harness, Outcome};

    fn asr(harness: &mut Harness, meeting_id: &str, operator: &str, open: bool) -> Outcome<SetMeetingAsrResponse> {
        harness.call::<SetMeetingAsr>(
            json!({ "meeting_id": meeting_id }),
            json!({ "operator_id": operator, "operator_id_type": 1, "instance_id": 1, "is_open": open }),
        )
    }

    #[test]
    fn a_host_turns_transcription_on_once_and_off() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("host", &[]);
        assert_eq!(asr(&mut harness, &meeting, "host", true).code(), 190_455);
        harness.join_as(&meeting, "host");
        harness.join_as(&meeting, "bob");
        assert_eq!(asr(&mut harness, &meeting, "bob", true).code(), 9042);
        let outcome = asr(&mut harness, &meeting, "host", true);
        assert_eq!(outcome.names(), ["meeting.open-asr"]);
        assert_eq!(outcome.ok().code, Some(0));
        assert!(harness.record(&meeting).extras.controls.asr_open);
        assert!(asr(&mut harness, &meeting, "host", true).events.is_empty(), "on already");
        asr(&mut harness, &meeting, "host", false).ok();
        assert!(!harness.record(&meeting).extras.controls.asr_open);
    }
}

//! The payloads of the events the mock's behaviours emit, built from what the mock stored.
//!
//! The mock's rule for a failed upload: the service fetches each background image from its URL, and reports
//! whether it could in `meeting.medium-uploaded`. The mock fetches nothing; an image whose URL's host is
//! `invalid` or ends in `.invalid` (RFC 2606: a name that never resolves) is reported as not fetched, every
//! other image as uploaded.

use wemeet_types::EventTime;
use wemeet_types::User;
use wemeet_types::events::{
    EventMeetingInfo, EventUser, MediumType, MediumUploadInfo, MeetingCanceledPayload,
    MeetingCreateFrom, MeetingCreatedPayload, MeetingEndPayload, MeetingEndType,
    MeetingMediumUploadedPayload, MeetingParticipantAdmittedPayload,
    MeetingParticipantJoinedPayload, MeetingParticipantJoinedWaitingRoomPayload,
    MeetingParticipantLeftPayload, MeetingStartedPayload, MeetingUpdatedPayload,
};

use crate::api::attendance::{Attendance, Participant, WaitingRoomVisit};
use crate::api::store::{StoredBackground, StoredMeeting};
use crate::callbacks::timestamp::unix_millis;

/// `meeting.created` for a meeting created through the REST API.
pub(crate) fn meeting_created(meeting: &StoredMeeting) -> MeetingCreatedPayload {
    let request = &meeting.request;
    let hosts: Vec<EventUser> = match &request.hosts {
        Some(hosts) if !hosts.is_empty() => hosts.iter().map(User::userid).map(user).collect(),
        _ => vec![user(&meeting.creator)],
    };
    let info = meeting_summary(meeting)
        .creator(user(&meeting.creator))
        .hosts(hosts)
        .meeting_create_from(MeetingCreateFrom::RestApi)
        .build();
    MeetingCreatedPayload::builder()
        .operate_time(now_millis())
        .operator(user(&meeting.creator))
        .meeting_info(info)
        .build()
}

/// `meeting.canceled` for a meeting `operator` cancelled, with the reason they gave, if any.
pub(crate) fn meeting_canceled(
    meeting: &StoredMeeting,
    operator: &str,
    reason: Option<&str>,
) -> MeetingCanceledPayload {
    let payload = MeetingCanceledPayload::builder()
        .operate_time(now_millis())
        .operator(user(operator))
        .meeting_info(summary_with_creator(meeting));
    match reason {
        Some(reason) => payload.cancel_reason(reason).build(),
        None => payload.build(),
    }
}

/// `meeting.medium-uploaded` for backgrounds just added to `meeting`: one upload result per image, a failure
/// for an image the service could not fetch (see the module's docs).
pub(crate) fn medium_uploaded(
    meeting: &StoredMeeting,
    added: &[StoredBackground],
) -> MeetingMediumUploadedPayload {
    let results: Vec<MediumUploadInfo> = added
        .iter()
        .map(|background| {
            let failure = fetch_failure(&background.image_url);
            MediumUploadInfo::builder()
                .upload_status(failure.is_none())
                .error_msg(failure.unwrap_or_default())
                .medium_type(MediumType::Picture)
                .medium_url(background.image_url.clone())
                .build()
        })
        .collect();
    let all_uploaded = results
        .iter()
        .all(|result| result.upload_status == Some(true));
    MeetingMediumUploadedPayload::builder()
        .operate_time(now_millis())
        .event_upload_status(all_uploaded)
        .upload_info(results)
        .meeting_info(meeting_summary(meeting).build())
        .build()
}

/// `meeting.updated` for a meeting `operator` changed, as it is now.
pub(crate) fn meeting_updated(meeting: &StoredMeeting, operator: &str) -> MeetingUpdatedPayload {
    MeetingUpdatedPayload::builder()
        .operate_time(now_millis())
        .operator(user(operator))
        .meeting_info(summary_with_creator(meeting))
        .build()
}

/// `meeting.started` for a meeting someone started by joining (`operator`, when known).
pub(crate) fn meeting_started(
    meeting: &StoredMeeting,
    operator: Option<&Participant>,
) -> MeetingStartedPayload {
    let payload = MeetingStartedPayload::builder()
        .operate_time(now_millis())
        .meeting_info(meeting_summary(meeting).build());
    match operator {
        Some(participant) => payload
            .operator(participant_user(participant, None))
            .build(),
        None => payload.build(),
    }
}

/// `meeting.end` for a meeting that ended for `end_type` (ended by `operator`, when someone ended it).
pub(crate) fn meeting_end(
    meeting: &StoredMeeting,
    end_type: MeetingEndType,
    operator: Option<&str>,
) -> MeetingEndPayload {
    let payload = MeetingEndPayload::builder()
        .operate_time(now_millis())
        .meeting_end_type(end_type)
        .meeting_info(meeting_summary(meeting).build());
    match operator {
        Some(operator) => payload.operator(user(operator)).build(),
        None => payload.build(),
    }
}

/// `meeting.participant-joined` for a stay that just began.
pub(crate) fn participant_joined(
    meeting: &StoredMeeting,
    attendance: &Attendance,
) -> MeetingParticipantJoinedPayload {
    participant_event(
        meeting,
        "operator",
        &attendance.participant,
        &attendance.ms_open_id,
    )
}

/// `meeting.participant-left` for a stay that just ended.
pub(crate) fn participant_left(
    meeting: &StoredMeeting,
    attendance: &Attendance,
) -> MeetingParticipantLeftPayload {
    participant_event(
        meeting,
        "operator",
        &attendance.participant,
        &attendance.ms_open_id,
    )
}

/// `meeting.participant-joined-waiting-room` for someone who just entered the waiting room.
pub(crate) fn joined_waiting_room(
    meeting: &StoredMeeting,
    visit: &WaitingRoomVisit,
) -> MeetingParticipantJoinedWaitingRoomPayload {
    participant_event(meeting, "operator", &visit.participant, &visit.ms_open_id)
}

/// `meeting.participant-admitted` for someone a host let in from the waiting room (`to_operator`).
pub(crate) fn participant_admitted(
    meeting: &StoredMeeting,
    visit: &WaitingRoomVisit,
) -> MeetingParticipantAdmittedPayload {
    participant_event(
        meeting,
        "to_operator",
        &visit.participant,
        &visit.ms_open_id,
    )
}

/// The payload of a participant event: its time, the meeting, and the participant under `role` (`operator`, or
/// `to_operator` for what was done to them). The participant events' payloads share these fields but no type, so
/// they are made from their JSON.
fn participant_event<P: serde::de::DeserializeOwned + Default>(
    meeting: &StoredMeeting,
    role: &str,
    participant: &Participant,
    ms_open_id: &str,
) -> P {
    let payload = serde_json::json!({
        "operate_time": now_millis(),
        "meeting_info": meeting_summary(meeting).build(),
        role: participant_user(participant, Some(ms_open_id)),
    });
    serde_json::from_value(payload).unwrap_or_else(|error| {
        tracing::error!(%error, "wemeet-mock: a participant event does not decode into its payload");
        P::default()
    })
}

/// A participant as the events name one: user ID, name, device and, in the meeting, its ID there.
fn participant_user(participant: &Participant, ms_open_id: Option<&str>) -> EventUser {
    let builder = EventUser::builder()
        .userid(participant.userid.clone())
        .user_name(participant.user_name.clone())
        .instance_id(u32::from(participant.instanceid).to_string());
    match ms_open_id {
        Some(id) => builder.ms_open_id(id).build(),
        None => builder.build(),
    }
}

/// [`meeting_summary`] naming the meeting's creator.
fn summary_with_creator(meeting: &StoredMeeting) -> EventMeetingInfo {
    meeting_summary(meeting)
        .creator(user(&meeting.creator))
        .build()
}

/// The meeting as every meeting event describes it: id, code, subject, type, and scheduled times in seconds.
pub(crate) fn meeting_summary(
    meeting: &StoredMeeting,
) -> wemeet_types::events::builders::EventMeetingInfoBuilder {
    let request = &meeting.request;
    EventMeetingInfo::builder()
        .meeting_id(meeting.meeting_id.clone())
        .meeting_code(meeting.meeting_code.clone())
        .subject(request.subject.clone())
        .meeting_type(i64::from(u32::from(request.meeting_type)))
        .start_time(u64::from(request.start_time))
        .end_time(u64::from(request.end_time))
}

/// A user as the events name one: by `userid`.
pub(crate) fn user(userid: &str) -> EventUser {
    EventUser::builder().userid(userid).build()
}

/// Why the service could not fetch the image at `url`, if it could not: the mock's rule is a host under the
/// reserved top-level domain `.invalid`.
fn fetch_failure(url: &str) -> Option<String> {
    let uri: http::Uri = url.parse().ok()?;
    let host = uri.host()?.trim_end_matches('.').to_ascii_lowercase();
    (host == "invalid" || host.ends_with(".invalid")).then(|| {
        format!("the image could not be fetched from its URL: the host {host} does not resolve")
    })
}

/// The time of an event: Unix milliseconds.
pub(crate) fn now_millis() -> EventTime {
    EventTime::Integer(unix_millis())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_hosts_under_dot_invalid_fail_to_fetch() {
        for url in [
            "https://images.invalid/a.png",
            "https://cdn.example.INVALID./a.png",
            "http://invalid/a.png",
        ] {
            let reason = fetch_failure(url).unwrap_or_else(|| panic!("{url}"));
            assert!(reason.contains("does not resolve"), "{reason}");
        }
        for url in [
            "https://example.com/a.png",
            "https://invalid.example.com/a.png",
            "https://example.com/images.invalid/a.png",
        ] {
            assert_eq!(fetch_failure(url), None, "{url}");
        }
    }
}

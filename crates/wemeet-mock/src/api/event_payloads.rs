//! The payloads of the meetings service's own events, built from what the mock stored (those of participants and
//! the other services are [`control_events`](crate::api::control_events)').
//!
//! The mock's rule for a failed upload: the service fetches each background image from its URL, and reports
//! whether it could in `meeting.medium-uploaded`. The mock fetches nothing; an image whose URL's host is
//! `invalid` or ends in `.invalid` (RFC 2606: a name that never resolves) is reported as not fetched, every
//! other image as uploaded.

use wemeet_types::EventTime;
use wemeet_types::User;
use wemeet_types::events::{
    EventMeetingInfo, EventUser, MediumType, MediumUploadInfo, MeetingCanceledPayload,
    MeetingCreateFrom, MeetingCreatedPayload, MeetingMediumUploadedPayload, MeetingUpdatedPayload,
};

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
pub(crate) fn fetch_failure(url: &str) -> Option<String> {
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

//! `POST /v1/meeting-rooms/{meeting_room_id}/background`: set a meeting room's background.

use wemeet_types::rooms::{SetRoomBackground, SetRoomBackgroundResponse};

use super::room_mut;
use crate::api::behaviours::Call;
use crate::api::control_events;
use crate::api::error::ApiError;
use crate::api::event_payloads::fetch_failure;
use crate::api::ids;
use crate::api::store::Store;

/// Checks the room exists (20201) and that a `meeting_room_id` in the body is the path's (190004), then starts the
/// upload job, answering its `job_id`; the job's outcome is `meeting.job-results` (with the call's `X-TC-Trace` as
/// its `request_id`). The mock's rule for a failed upload is the backgrounds' (see
/// [`event_payloads`](crate::api::event_payloads)): an image whose URL's host is under `.invalid` cannot be fetched,
/// the job fails and the room keeps its background; any other image becomes the room's background, and without
/// `background_image` the room gets its default background back.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, SetRoomBackground>,
) -> Result<SetRoomBackgroundResponse, ApiError> {
    let meeting_room_id = call.path.meeting_room_id.as_str();
    let request = &call.request;
    if let Some(body_id) = &request.meeting_room_id
        && body_id != meeting_room_id
    {
        return Err(ApiError::invalid_parameter(format!(
            "invalid parameter `meeting_room_id`: {body_id} is not the path's meeting room {meeting_room_id}"
        )));
    }
    let record = room_mut(store, meeting_room_id)?;
    let failure = request.background_image.as_deref().and_then(fetch_failure);
    if failure.is_none() {
        record.background.clone_from(&request.background_image);
    }
    let job_id = ids::job_id();
    call.events.emit(control_events::upload_job_result(
        call.events.trace_id(),
        &job_id,
        failure,
    ));
    Ok(SetRoomBackgroundResponse::builder().job_id(job_id).build())
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};
    use wemeet_types::rooms::GetRoomBackground;

    use super::*;
    use crate::api::behaviours::testing::{Harness, Outcome};

    fn set(harness: &mut Harness, image: Option<&str>) -> Outcome<SetRoomBackgroundResponse> {
        let mut request = json!({ "operator_id": "admin", "operator_id_type": 1 });
        if let Some(image) = image {
            request["background_image"] = image.into();
        }
        harness.call::<SetRoomBackground>(json!({ "meeting_room_id": "100003" }), request)
    }

    fn background(harness: &mut Harness) -> Option<String> {
        harness
            .call::<GetRoomBackground>(
                json!({ "meeting_room_id": "100003" }),
                json!({ "operator_id": "admin", "operator_id_type": 1 }),
            )
            .ok()
            .background_image
    }

    #[test]
    fn the_job_reports_its_result_and_the_room_shows_what_it_applied() {
        let mut harness = Harness::new();
        assert_eq!(background(&mut harness), None);
        let url = "https://example.com/room.png";
        let outcome = set(&mut harness, Some(url));
        assert_eq!(outcome.names(), ["meeting.job-results"]);
        let event: Value = outcome.events[0].item.clone();
        let job_id = outcome.ok().job_id.expect("a job id");
        assert_eq!(event["job_id"], job_id.as_str());
        assert_eq!(event["request_id"], "0123abcd", "the call's X-TC-Trace");
        assert_eq!((event["job_type"].as_str(), event["total_job_status"].as_bool()), (Some("UPLOAD"), Some(true)));
        assert_eq!(background(&mut harness).as_deref(), Some(url));

        let failed = set(&mut harness, Some("https://images.invalid/room.png"));
        assert_eq!(failed.events[0].item["total_job_status"], false);
        assert!(failed.events[0].item["error_msg"].as_str().is_some_and(|why| why.contains("does not resolve")));
        failed.ok();
        assert_eq!(background(&mut harness).as_deref(), Some(url), "a failed job changes nothing");
        set(&mut harness, None).ok();
        assert_eq!(background(&mut harness), None, "the default background back");
    }
}

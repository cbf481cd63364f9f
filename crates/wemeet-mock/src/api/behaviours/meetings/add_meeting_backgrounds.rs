//! `POST /v1/meetings/{meeting_id}/backgrounds`: add backgrounds to a meeting.

use wemeet_types::endpoints::AddMeetingBackgrounds;
use wemeet_types::{
    AddMeetingBackgroundsRequest, AddMeetingBackgroundsResponse, Background, ErrorCode,
};

use super::open_meeting_mut;
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::event_payloads;
use crate::api::ids;
use crate::api::store::{Store, StoredBackground};

/// Checks the service's rules in this order, stores the backgrounds and answers with the documented response:
/// the meeting exists in the caller's enterprise and is not cancelled (202001), the operator (`operator_id` when given, else
/// `userid`) created it (9042), and the meeting holds at most as many backgrounds as a request may add (20018:
/// "a meeting holds at most 7 backgrounds", the schema's `image_list.maxItems`). Emits `meeting.medium-uploaded`
/// with the upload result of each image.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, AddMeetingBackgrounds>,
) -> Result<AddMeetingBackgroundsResponse, ApiError> {
    let meeting_id = call.path.meeting_id.as_str();
    let request = &call.request;
    let operator = request.operator_id.as_deref().unwrap_or(&request.userid);
    let record = open_meeting_mut(
        store,
        call.caller,
        meeting_id,
        ErrorCode::MEETING_LOOKUP_FAILED,
    )?;
    if record.meeting.creator != operator {
        return Err(ApiError::new(
            ErrorCode::NO_PERMISSION,
            format!(
                "user {operator} did not create meeting {meeting_id} and may not add backgrounds to it"
            ),
        ));
    }
    let max = AddMeetingBackgroundsRequest::IMAGE_LIST_MAX_ITEMS;
    let total = record.backgrounds.len() + request.image_list.len();
    if total > max {
        return Err(ApiError::new(
            ErrorCode::BACKGROUND_LIMIT_EXCEEDED,
            format!(
                "meeting {meeting_id} has {} backgrounds; adding {} would make {total}, at most {max} are allowed",
                record.backgrounds.len(),
                request.image_list.len()
            ),
        ));
    }
    let added: Vec<StoredBackground> = request
        .image_list
        .iter()
        .map(|image| StoredBackground {
            background_id: ids::background_id(),
            image_md5: image.image_md5.clone(),
            image_url: image.image_url.clone(),
        })
        .collect();
    // `default_image_order` counts from 1 among the images just added (validation bounded it).
    let selected = request
        .default_image_order
        .and_then(|order| usize::try_from(order).ok()?.checked_sub(1))
        .and_then(|index| added.get(index));
    if let Some(selected) = selected {
        record.selected_background = Some(selected.background_id.clone());
    }
    record.backgrounds.extend(added.iter().cloned());
    call.events
        .emit(event_payloads::medium_uploaded(&record.meeting, &added));
    let list = added.iter().map(|background| {
        Background::builder()
            .background_id(background.background_id.clone())
            .image_md5(background.image_md5.clone())
            .build()
    });
    let mut answer = AddMeetingBackgroundsResponse::builder()
        .background_number(i64::try_from(added.len()).unwrap_or(i64::MAX))
        .background_list(list);
    if let Some(selected) = &record.selected_background {
        answer = answer.selected_background_id(selected.clone());
    }
    Ok(answer.build())
}

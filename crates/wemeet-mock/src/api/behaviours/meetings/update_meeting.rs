//! `PUT /v1/meetings/{meeting_id}`: change a scheduled meeting.

use serde_json::Value;
use wemeet_types::meetings::UpdateMeeting;
use wemeet_types::meetings::{MeetingDetailSettings, UpdatedMeeting};
use wemeet_types::{CreateMeetingRequest, ErrorCode};
use wemeet_types::meetings::{UpdateMeetingResponse};

use super::{open_meeting_mut, require_creator};
use crate::api::behaviours::{Call, reshape};
use crate::api::error::ApiError;
use crate::api::event_payloads;
use crate::api::store::{MeetingState, Store};

/// What an update never changes: who calls and from where.
const CALLER_FIELDS: [&str; 2] = ["userid", "instanceid"];

/// Checks the service's rules in this order, changes the meeting and answers it as changed: the meeting exists in
/// the caller's enterprise and is not cancelled (9003); the caller (`userid`) created it (9042); it has not ended
/// (14152); after the change it still ends after it starts (190004). A field left out is left unchanged; an empty
/// `password` removes the password, an empty `hosts` list clears the hosts (the creator hosts again). Get meeting
/// and the lists then show the change; emits `meeting.updated`.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, UpdateMeeting>,
) -> Result<UpdateMeetingResponse, ApiError> {
    let meeting_id = call.path.meeting_id.as_str();
    let record = open_meeting_mut(store, call.caller, meeting_id, ErrorCode::MEETING_NOT_EXIST)?;
    let caller = call.request.userid.as_str();
    require_creator(record, caller, false, "change the settings")?;
    if record.state == MeetingState::Ended {
        return Err(ApiError::new(
            ErrorCode::MEETING_ENDED_NOT_MODIFIABLE,
            format!("meeting {meeting_id} has ended and can no longer be changed"),
        ));
    }
    let changed = merged(&record.meeting.request, &call.request)?;
    if changed.end_time.get() <= changed.start_time.get() {
        return Err(ApiError::invalid_parameter(format!(
            "invalid parameter `end_time`: the meeting would end ({}) before it starts ({})",
            changed.end_time.get(),
            changed.start_time.get()
        )));
    }
    record.meeting.request = changed;
    call.events
        .emit(event_payloads::meeting_updated(&record.meeting, caller));
    let request = &record.meeting.request;
    let mut updated = UpdatedMeeting::builder()
        .meeting_id(record.meeting.meeting_id.clone())
        .meeting_code(record.meeting.meeting_code.clone());
    if let Some(enable_live) = request.enable_live {
        updated = updated.enable_live(enable_live);
    }
    if let Some(host_key) = &request.host_key {
        updated = updated.host_key(host_key.clone());
    }
    if let Some(settings) = &request.settings {
        updated = updated.settings(reshape::<_, MeetingDetailSettings>(settings)?);
    }
    Ok(UpdateMeetingResponse::builder()
        .meeting_number(1)
        .meeting_info_list([updated.build()])
        .build())
}

/// The stored create request with the update's fields laid over it: both models name and shape the fields an update
/// may change alike (the update's properties are the create's), so the update's JSON replaces the create's field
/// by field.
fn merged(
    stored: &CreateMeetingRequest,
    update: &wemeet_types::meetings::UpdateMeetingRequest,
) -> Result<CreateMeetingRequest, ApiError> {
    let encode = |error: serde_json::Error| ApiError::internal(format!("merging an update: {error}"));
    let mut meeting = serde_json::to_value(stored).map_err(encode)?;
    let Value::Object(changes) = serde_json::to_value(update).map_err(encode)? else {
        return Err(ApiError::internal("an update is not a JSON object"));
    };
    let Value::Object(fields) = &mut meeting else {
        return Err(ApiError::internal("a stored meeting is not a JSON object"));
    };
    for (name, value) in changes {
        if CALLER_FIELDS.contains(&name.as_str()) {
            continue;
        }
        let clears = match &value {
            Value::String(text) => name == "password" && text.is_empty(),
            Value::Array(items) => name == "hosts" && items.is_empty(),
            _ => false,
        };
        if clears {
            fields.remove(&name);
        } else {
            fields.insert(name, value);
        }
    }
    serde_json::from_value(meeting).map_err(encode)
}

//! `PUT /v1/meetings/{meeting_id}/default-backgrounds`: choose the background a meeting uses.

use wemeet_types::ErrorCode;
use wemeet_types::endpoints::SetDefaultBackground;

use super::open_meeting_mut;
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Checks the service's rules in this order and selects the background, answering 200 with an empty body: the
/// meeting exists in the caller's enterprise and is not cancelled (9003); the operator (`operator_id`) is its
/// creator or one of its hosts (9042); the background is one the meeting has (20019), or the empty id, which
/// restores the default black background. Selecting the same background twice changes nothing: the call may be
/// repeated.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, SetDefaultBackground>,
) -> Result<(), ApiError> {
    let meeting_id = call.path.meeting_id.as_str();
    let record = open_meeting_mut(store, call.caller, meeting_id, ErrorCode::MEETING_NOT_EXIST)?;
    let operator = call.request.operator_id.as_str();
    if record.meeting.creator != operator && !record.meeting.is_host(operator) {
        return Err(ApiError::new(
            ErrorCode::NO_PERMISSION,
            format!("user {operator} is neither the creator nor a host of meeting {meeting_id}"),
        ));
    }
    let selected = call.request.selected_background_id.as_str();
    if selected.is_empty() {
        record.selected_background = None;
        return Ok(());
    }
    if !record
        .backgrounds
        .iter()
        .any(|background| background.background_id == selected)
    {
        return Err(ApiError::new(
            ErrorCode::BACKGROUND_NOT_EXIST,
            format!("meeting {meeting_id} has no background {selected}"),
        ));
    }
    record.selected_background = Some(selected.to_owned());
    Ok(())
}

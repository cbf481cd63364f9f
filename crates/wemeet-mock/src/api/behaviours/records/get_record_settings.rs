//! `GET /v1/records/settings/{meeting_record_id}`: the sharing settings of a meeting recording.

use wemeet_types::records::{GetRecordSettings, GetRecordSettingsResponse};

use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Answers the recording's name (its meeting's subject, or the uploaded file's name) and its sharing settings as
/// update record settings last set them (sharing off before): 4049 (不存在的记录) for a recording the caller's
/// enterprise does not have, 4051 for one deleted.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, GetRecordSettings>,
) -> Result<GetRecordSettingsResponse, ApiError> {
    let id = call.path.meeting_record_id.as_str();
    let record = super::held_recording(store, call.caller, id)?;
    let answer = GetRecordSettingsResponse::builder()
        .meeting_record_name(record.name())
        .sharing_config(record.sharing.clone());
    Ok(match record.meeting() {
        Some(meeting) => answer.meeting_id(meeting.meeting_id.clone()).build(),
        None => answer.build(),
    })
}

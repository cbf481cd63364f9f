//! `DELETE /v1/records`: delete a meeting recording and every file of it.

use wemeet_types::ErrorCode;
use wemeet_types::records::DeleteMeetingRecord;

use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::recording_events;
use crate::api::store::Store;

/// Deletes the recording and its files, answering an empty body: it exists in the caller's enterprise (and is
/// the recording of the meeting `meeting_id` names, when given: 7001, 找不到会议信息; 4051 once deleted), and the
/// operator (`operator_id`, or `userid`) manages it (403, 没有资源操作权限). Its files are gone from the lists
/// and answer 4051 afterwards. Emits `recording.deleted` naming every file.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, DeleteMeetingRecord>,
) -> Result<(), ApiError> {
    let request = &call.request;
    let id = request.meeting_record_id.as_str();
    let operator = super::operator(request.operator_id.as_deref(), request.userid.as_deref())?;
    let record = store
        .recordings
        .recording(call.caller, id)
        .or_missing(id, ErrorCode::MEETING_INFO_NOT_FOUND)?;
    super::check_meeting(
        record,
        request.meeting_id.as_deref(),
        ErrorCode::MEETING_INFO_NOT_FOUND,
    )?;
    record.check_managed_by(operator)?;
    if let Some(record) = store.recordings.delete_recording(id) {
        let files: Vec<&str> = record
            .files
            .iter()
            .map(|file| file.file.record_file_id.as_str())
            .collect();
        call.events
            .emit(recording_events::deleted(operator, &record, &files));
    }
    Ok(())
}

//! `DELETE /v1/records/{record_file_id}`: delete one file of a meeting recording.

use wemeet_types::ErrorCode;
use wemeet_types::records::DeleteRecordFile;

use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::recording_events;
use crate::api::store::Store;

/// Deletes the file, answering an empty body: it exists in the caller's enterprise (and in the meeting
/// `meeting_id` names, when given: 7003, 找不到会议录制文件; 4051 once deleted), and the operator
/// (`operator_id`, or `userid`) manages it (403, 没有资源操作权限). It is gone from the lists afterwards, and its
/// recording too once it has no file left. Emits `recording.deleted`.
pub(crate) fn handle(store: &mut Store, call: Call<'_, DeleteRecordFile>) -> Result<(), ApiError> {
    let id = call.path.record_file_id.as_str();
    let request = &call.request;
    let operator = super::operator(request.operator_id.as_deref(), request.userid.as_deref())?;
    let (record, _) = store
        .recordings
        .file(call.caller, id, request.meeting_id.as_deref())
        .or_missing(id, ErrorCode::RECORD_FILE_NOT_FOUND)?;
    record.check_managed_by(operator)?;
    if let Some(record) = store.recordings.delete_file(id) {
        call.events
            .emit(recording_events::deleted(operator, &record, &[id]));
    }
    Ok(())
}

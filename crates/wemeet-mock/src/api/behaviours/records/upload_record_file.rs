//! `POST /v1/files/records/upload-all`: upload a whole recording file in one request.

use wemeet_types::records::{RecordUploadJobResponse, UploadRecordFile};

use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::record_uploads;
use crate::api::store::Store;
use crate::callbacks::timestamp::unix_millis;

/// Checks the file (its content is `file_size` bytes with the MD5 `file_checksum`, else 190004 naming the field),
/// answers the job that processes it and adds it to the recording list, as finish record upload does.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, UploadRecordFile>,
) -> Result<RecordUploadJobResponse, ApiError> {
    let request = &call.request;
    let file_name = record_uploads::check_whole_file(request)?;
    let size = u64::try_from(request.file_size).unwrap_or(0);
    store.recordings.add_upload(
        call.caller.app_id(),
        &request.operator_id,
        &file_name,
        size,
        unix_millis(),
    );
    Ok(super::upload_job())
}

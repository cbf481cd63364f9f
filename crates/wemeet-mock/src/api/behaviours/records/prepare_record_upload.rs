//! `POST /v1/files/records/upload-prepare`: start a part-by-part upload of a recording file.

use wemeet_types::records::{PrepareRecordUpload, PrepareRecordUploadResponse};

use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Opens the upload and answers its ID and plan: parts of the mock's part size, as many as the file needs (see
/// [`crate::api::record_uploads`]).
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, PrepareRecordUpload>,
) -> Result<PrepareRecordUploadResponse, ApiError> {
    store
        .recordings
        .uploads
        .prepare(call.caller.app_id(), &call.request)
}

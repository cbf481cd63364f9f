//! `POST /v1/files/records/upload-part`: upload one part of a part-by-part upload.

use wemeet_types::records::UploadRecordPart;

use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Accepts the part, answering an empty body, when it keeps the upload's plan: in order, of the planned size,
/// with the MD5 of its bytes; a part accepted already is accepted again with the same bytes (see
/// [`crate::api::record_uploads`] for each rule and its answer).
pub(crate) fn handle(store: &mut Store, call: Call<'_, UploadRecordPart>) -> Result<(), ApiError> {
    store
        .recordings
        .uploads
        .accept_part(call.caller.app_id(), &call.request)
}

//! `POST /v1/files/records/upload-finish`: finish a part-by-part upload.

use wemeet_types::records::{FinishRecordUpload, RecordUploadJobResponse};

use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::Store;
use crate::callbacks::timestamp::unix_millis;

/// Closes the upload once every part is in (190004 naming the missing parts before), answers the job that
/// processes the file, and adds the file to the recording list as an uploaded recording of its own (list records
/// shows it with `query_record_type` 2 or 0). The job's outcome would arrive as the event `common.job-results`,
/// which the events schemas do not describe: the mock sends none.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, FinishRecordUpload>,
) -> Result<RecordUploadJobResponse, ApiError> {
    let upload = store
        .recordings
        .uploads
        .finish(call.caller.app_id(), &call.request.upload_id)?;
    store.recordings.add_finished_upload(&upload, unix_millis());
    Ok(super::upload_job())
}

//! `GET /v1/smart/fullsummary`: the smart summary of a recording file.

use wemeet_types::smart::{GetSmartFullSummary, GetSmartFullSummaryResponse};

use crate::api::behaviours::Call;
use crate::api::behaviours::records::read_file;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Answers the summary the module's rules make of the file's transcript, base64-encoded.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, GetSmartFullSummary>,
) -> Result<GetSmartFullSummaryResponse, ApiError> {
    let id = call.request.record_file_id.as_str();
    read_file::<GetSmartFullSummary>(store, call.caller, id, None, |record, file| {
        let mut summary = vec![record.name().to_owned()];
        summary.extend(
            file.transcript
                .paragraphs()
                .iter()
                .map(|paragraph| paragraph.first_sentence()),
        );
        Ok(GetSmartFullSummaryResponse::builder()
            .ai_summary(super::encoded(&summary.join(" ")))
            .build())
    })
}

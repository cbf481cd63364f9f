//! `GET /v1/smart/chapters`: the smart chapters of a recording file.

use wemeet_types::smart::{GetSmartChapters, GetSmartChaptersResponse, SmartChapter};

use crate::api::behaviours::Call;
use crate::api::behaviours::records::read_file;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Answers a chapter per paragraph of the file's transcript (`<record_file_id>-<pid>`), named after its first
/// sentence (base64), starting where the paragraph starts.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, GetSmartChapters>,
) -> Result<GetSmartChaptersResponse, ApiError> {
    let id = call.request.record_file_id.as_str();
    read_file::<GetSmartChapters>(store, call.caller, id, None, |_, file| {
        let chapters = file.transcript.paragraphs().iter().map(|paragraph| {
            SmartChapter::builder()
                .chapter_id(format!("{id}-{}", paragraph.pid))
                .chapter_name(super::encoded(&paragraph.first_sentence()))
                .start_time(paragraph.start_ms.to_string())
                .build()
        });
        Ok(GetSmartChaptersResponse::builder()
            .chapter_list(chapters)
            .build())
    })
}

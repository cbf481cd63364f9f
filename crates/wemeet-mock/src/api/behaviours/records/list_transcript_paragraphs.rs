//! `GET /v1/records/transcripts/paragraphs`: the paragraphs of a recording file's transcript.

use wemeet_types::records::{
    ListTranscriptParagraphs, ListTranscriptParagraphsResponse, RecordTranscriptParagraphSpan,
};

use super::number;
use super::read_file;
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Answers every paragraph of the file's transcript with its span, and how many there are. A file the mock never
/// held answers the example; one deleted 4051.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, ListTranscriptParagraphs>,
) -> Result<ListTranscriptParagraphsResponse, ApiError> {
    let request = &call.request;
    let (id, meeting_id) = (
        request.record_file_id.as_str(),
        request.meeting_id.as_deref(),
    );
    read_file::<ListTranscriptParagraphs>(store, call.caller, id, meeting_id, |_, file| {
        let paragraphs = file.transcript.paragraphs();
        let spans = paragraphs.iter().map(|paragraph| {
            RecordTranscriptParagraphSpan::builder()
                .pid(paragraph.pid.to_string())
                .start_time(number(paragraph.start_ms))
                .end_time(number(paragraph.end_ms))
                .build()
        });
        Ok(ListTranscriptParagraphsResponse::builder()
            .total(number(paragraphs.len() as u64))
            .audio_detect(1)
            .pids(spans)
            .build())
    })
}

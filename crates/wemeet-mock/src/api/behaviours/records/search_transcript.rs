//! `GET /v1/records/transcripts/search`: search a recording file's transcript for a text.

use wemeet_types::records::{
    RecordTranscriptHit, RecordTranscriptTimeline, SearchTranscript, SearchTranscriptResponse,
};

use super::number;
use super::read_file;
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Answers every occurrence of `text` in the file's transcript (see [`Transcript::search`]: ASCII letters
/// without case), in order: its paragraph and sentence, the word it starts in (`offset`, counted from 0 within
/// the sentence) and its length in characters, with that word's start on the timeline. A file the mock never held
/// answers the example; one deleted 4051.
///
/// [`Transcript::search`]: crate::api::transcript::Transcript::search
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, SearchTranscript>,
) -> Result<SearchTranscriptResponse, ApiError> {
    let request = &call.request;
    let (id, meeting_id) = (
        request.record_file_id.as_str(),
        request.meeting_id.as_deref(),
    );
    read_file::<SearchTranscript>(store, call.caller, id, meeting_id, |_, file| {
        let found = file.transcript.search(&request.text);
        let length = number(request.text.chars().count() as u64);
        let hits = found.iter().map(|hit| {
            RecordTranscriptHit::builder()
                .pid(hit.pid.to_string())
                .sid(hit.sid.to_string())
                .offset(number(hit.word_offset))
                .length(length)
                .build()
        });
        let timelines = found.iter().map(|hit| {
            RecordTranscriptTimeline::builder()
                .pid(hit.pid.to_string())
                .sid(hit.sid.to_string())
                .start_time(number(hit.start_ms))
                .build()
        });
        Ok(SearchTranscriptResponse::builder()
            .hits(hits)
            .timelines(timelines)
            .build())
    })
}

//! `GET /v1/records/transcripts/details`: the transcript of a recording file, paragraph by paragraph.

use wemeet_types::records::{
    GetRecordTranscript, GetRecordTranscriptResponse, RecordTranscript, RecordTranscriptParagraph,
    RecordTranscriptSentence, RecordTranscriptSpeaker, RecordTranscriptWord,
};

use super::number;
use super::read_file;
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::Store;
use crate::api::transcript::Paragraph;

/// Answers the file's transcript from paragraph `pid` on (its own included; the first by default), at most
/// `limit` paragraphs (all by default), with `more` true when a `pid` or a `limit` was given and paragraphs remain
/// after these; each paragraph with its speaker, sentences and words on the recording's timeline. A file the mock
/// never held answers the example; one deleted 4051.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, GetRecordTranscript>,
) -> Result<GetRecordTranscriptResponse, ApiError> {
    let request = &call.request;
    let (id, meeting_id) = (
        request.record_file_id.as_str(),
        request.meeting_id.as_deref(),
    );
    read_file::<GetRecordTranscript>(store, call.caller, id, meeting_id, |_, file| {
        let paragraphs = file.transcript.paragraphs();
        // A pid that is not a paragraph number names no paragraph: nothing from it on.
        let first = request
            .pid
            .as_deref()
            .map_or(Some(0), |pid| pid.parse::<u64>().ok());
        let from = first.map_or(paragraphs.len(), |first| {
            paragraphs
                .iter()
                .position(|paragraph| paragraph.pid >= first)
                .unwrap_or(paragraphs.len())
        });
        let limit = request
            .limit
            .and_then(|limit| usize::try_from(limit).ok())
            .filter(|limit| *limit > 0)
            .unwrap_or(usize::MAX);
        let chosen: Vec<RecordTranscriptParagraph> = paragraphs[from..]
            .iter()
            .take(limit)
            .map(paragraph)
            .collect();
        let more = (request.pid.is_some() || request.limit.is_some())
            && from + chosen.len() < paragraphs.len();
        let minutes = RecordTranscript::builder()
            .paragraphs(chosen)
            .keywords(Vec::<String>::new())
            .audio_detect(1)
            .build();
        Ok(GetRecordTranscriptResponse::builder()
            .minutes(minutes)
            .more(more)
            .build())
    })
}

fn paragraph(paragraph: &Paragraph) -> RecordTranscriptParagraph {
    let speaker = RecordTranscriptSpeaker::builder()
        .userid(paragraph.userid.clone())
        .username(paragraph.username.clone())
        .build();
    let sentences = paragraph.sentences.iter().map(|sentence| {
        let words = sentence.words.iter().map(|word| {
            RecordTranscriptWord::builder()
                .wid(word.wid.to_string())
                .start_time(number(word.start_ms))
                .end_time(number(word.end_ms))
                .text(word.text.clone())
                .build()
        });
        RecordTranscriptSentence::builder()
            .sid(sentence.sid.to_string())
            .start_time(number(sentence.start_ms))
            .end_time(number(sentence.end_ms))
            .words(words)
            .build()
    });
    RecordTranscriptParagraph::builder()
        .pid(paragraph.pid.to_string())
        .start_time(number(paragraph.start_ms))
        .end_time(number(paragraph.end_ms))
        .speaker_info(speaker)
        .sentences(sentences)
        .build()
}

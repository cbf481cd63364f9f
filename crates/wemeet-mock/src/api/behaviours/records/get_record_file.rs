//! `GET /v1/addresses/{record_file_id}`: one recording file with its addresses, transcripts and minutes.

use wemeet_types::ErrorCode;
use wemeet_types::records::{GetRecordFile, GetRecordFileResponse};

use super::{file_address, meeting_ids, transcript_files};
use crate::api::behaviours::{Call, reshape};
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Answers the file's playback, video and audio addresses and, when it has a transcript, its transcript, smart
/// transcript and smart minutes files: 7003 (找不到会议录制文件) for a file the caller's enterprise does not have,
/// 4051 for one deleted.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, GetRecordFile>,
) -> Result<GetRecordFileResponse, ApiError> {
    let id = call.path.record_file_id.as_str();
    let (record, file) = store
        .recordings
        .file(call.caller, id, None)
        .or_missing(id, ErrorCode::RECORD_FILE_NOT_FOUND)?;
    let (meeting_id, meeting_code) = meeting_ids(record);
    let mut answer: GetRecordFileResponse = reshape(&file_address(file))?;
    answer.meeting_id = meeting_id;
    answer.meeting_code = meeting_code;
    answer.ai_meeting_transcripts = Some(transcript_files("transcript", file));
    answer.ai_minutes = Some(transcript_files("minutes", file));
    Ok(answer)
}

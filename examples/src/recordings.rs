//! What the recordings quickstart (`examples/recordings.rs`) asks and prints: the request of each step, built with
//! the models' named setters, and the one line each step prints.

use std::error::Error;
use std::time::{Duration, SystemTime};

use base64::Engine as _;
use base64::prelude::BASE64_STANDARD;
use wemeet_types::records::{
    DeleteMeetingRecordRequest, GetRecordTranscriptRequest, GetRecordTranscriptResponse,
    ListRecordsRequest, ListRecordsResponse, RecordMeeting,
};
use wemeet_types::smart::{GetSmartFullSummaryRequest, GetSmartFullSummaryResponse};
use wemeet_types::{OperatorIdType, UnixSeconds};

/// How far back the recording list looks: one day (the list takes a range of at most 31 days).
const LOOK_BACK: Duration = Duration::from_secs(24 * 3600);

/// The recordings `userid` can see from the last day, of meeting `meeting_id` only when given.
pub fn list_records(userid: &str, meeting_id: Option<&str>) -> ListRecordsRequest {
    let now = SystemTime::now();
    let seconds =
        |time: SystemTime| i64::try_from(u64::from(UnixSeconds::from(time))).unwrap_or(i64::MAX);
    let request = ListRecordsRequest::builder()
        .operator_id(userid)
        .operator_id_type(OperatorIdType::Userid)
        .start_time(seconds(now - LOOK_BACK))
        .end_time(seconds(now + Duration::from_secs(60)));
    match meeting_id {
        Some(meeting_id) => request.meeting_id(meeting_id).build(),
        None => request.build(),
    }
}

/// The transcript of the recording file `record_file_id` of meeting `meeting_id`, read by `userid`.
pub fn get_transcript(
    userid: &str,
    meeting_id: &str,
    record_file_id: &str,
) -> GetRecordTranscriptRequest {
    GetRecordTranscriptRequest::builder()
        .operator_id(userid)
        .operator_id_type(OperatorIdType::Userid)
        .meeting_id(meeting_id)
        .record_file_id(record_file_id)
        .build()
}

/// The smart summary (智能纪要) of the recording file `record_file_id`, read by `userid`.
pub fn get_summary(userid: &str, record_file_id: &str) -> GetSmartFullSummaryRequest {
    GetSmartFullSummaryRequest::builder()
        .operator_id(userid)
        .operator_id_type(OperatorIdType::Userid)
        .record_file_id(record_file_id)
        .build()
}

/// Deleting the meeting recording `meeting_record_id` of meeting `meeting_id` (every file of it), by `userid`.
pub fn delete_recording(
    userid: &str,
    meeting_id: &str,
    meeting_record_id: &str,
) -> DeleteMeetingRecordRequest {
    DeleteMeetingRecordRequest::builder()
        .operator_id(userid)
        .operator_id_type(OperatorIdType::Userid)
        .meeting_id(meeting_id)
        .meeting_record_id(meeting_record_id)
        .build()
}

/// A meeting recording the list answered, with what the next steps need of it.
#[derive(Debug, Clone)]
pub struct Recording {
    /// The meeting recorded.
    pub meeting_id: String,
    /// The recording (all its files).
    pub meeting_record_id: String,
    /// Its first file, whose transcript and summary are read.
    pub record_file_id: String,
}

/// The newest recording the list holds, after printing it with its files; `None`, with a line saying so, when
/// the list is empty.
///
/// # Errors
/// The recording listed lacks its meeting, its id or a file.
pub fn listed(listed: &ListRecordsResponse) -> Result<Option<Recording>, Box<dyn Error>> {
    let newest = listed
        .record_meetings
        .as_deref()
        .unwrap_or_default()
        .iter()
        .max_by_key(|meeting| meeting.media_start_time.unwrap_or_default());
    let Some(meeting) = newest else {
        println!("no recording in the last day: nothing to read or delete");
        return Ok(None);
    };
    let recording = recording(meeting)?;
    let files = meeting.record_files.as_deref().unwrap_or_default();
    println!(
        "recording {} of meeting {} ({}) lists {} file(s), {} bytes in all",
        recording.meeting_record_id,
        recording.meeting_id,
        meeting.subject.as_deref().unwrap_or("no subject"),
        files.len(),
        files
            .iter()
            .filter_map(|file| file.record_size)
            .sum::<i64>()
    );
    Ok(Some(recording))
}

fn recording(meeting: &RecordMeeting) -> Result<Recording, Box<dyn Error>> {
    let record_file_id = meeting
        .record_files
        .as_deref()
        .and_then(<[_]>::first)
        .and_then(|file| file.record_file_id.clone())
        .ok_or("the recording lists no file")?;
    Ok(Recording {
        meeting_id: meeting
            .meeting_id
            .clone()
            .ok_or("the recording names no meeting")?,
        meeting_record_id: meeting
            .meeting_record_id
            .clone()
            .ok_or("the recording has no meeting_record_id")?,
        record_file_id,
    })
}

/// Prints how long the transcript is and its first sentence.
pub fn transcript(record_file_id: &str, transcript: &GetRecordTranscriptResponse) {
    let paragraphs = transcript
        .minutes
        .as_ref()
        .and_then(|minutes| minutes.paragraphs.as_deref())
        .unwrap_or_default();
    let first: String = paragraphs
        .first()
        .and_then(|paragraph| paragraph.sentences.as_deref()?.first())
        .and_then(|sentence| sentence.words.as_deref())
        .unwrap_or_default()
        .iter()
        .filter_map(|word| word.text.as_deref())
        .collect();
    println!(
        "read the transcript of file {record_file_id}: {} paragraph(s), first: {first:?}",
        paragraphs.len()
    );
}

/// Prints the smart summary, decoded from the base64 it travels in.
///
/// # Errors
/// The summary is not base64 of UTF-8 text.
pub fn summary(
    record_file_id: &str,
    summary: &GetSmartFullSummaryResponse,
) -> Result<(), Box<dyn Error>> {
    let encoded = summary.ai_summary.as_deref().unwrap_or_default();
    let text = String::from_utf8(BASE64_STANDARD.decode(encoded)?)?;
    println!("read the smart summary of file {record_file_id}: {text:?}");
    Ok(())
}

/// Prints that the recording is gone.
pub fn deleted(recording: &Recording) {
    println!(
        "deleted recording {} of meeting {}",
        recording.meeting_record_id, recording.meeting_id
    );
}

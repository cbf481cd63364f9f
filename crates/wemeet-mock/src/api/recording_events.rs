//! The payloads of the recording events (云录制管理事件) and of `smart.transcripts`, built from the recordings the
//! mock holds: a recording appears (`recording.completed`, and `smart.transcripts` once its transcript is made),
//! its sharing settings change (`recording.updated`), files of it are deleted (`recording.deleted`). The events of
//! a meeting's recording carry the meeting; those of an uploaded file none (上传类型的录制文件不返回该信息), and
//! `recording.updated` is not sent for uploaded files, as the docs say.

use wemeet_types::events::{
    EventMeetingInfo, EventRecordingFile, RecordingCompletedPayload, RecordingDeletedPayload,
    RecordingEventRecordInfo, RecordingUpdatedPayload, SmartTranscriptsPayload,
};

use crate::api::event_payloads::{meeting_summary, now_millis, user};
use crate::api::recordings_store::RecordingRecord;

/// `recording.completed` for the file `record_file_id` of a meeting's recording; `None` for an uploaded file
/// (its outcome is an upload job's).
pub(crate) fn completed(
    record: &RecordingRecord,
    record_file_id: &str,
) -> Option<RecordingCompletedPayload> {
    Some(
        RecordingCompletedPayload::builder()
            .operate_time(now_millis())
            .recording_files([file(record_file_id)])
            .meeting_info(meeting_info(record)?)
            .build(),
    )
}

/// `smart.transcripts` for the file `record_file_id` of a meeting's recording, whose transcript is ready; `None`
/// for an uploaded file, of which the mock makes no transcript.
pub(crate) fn transcripts_ready(
    record: &RecordingRecord,
    record_file_id: &str,
) -> Option<SmartTranscriptsPayload> {
    Some(
        SmartTranscriptsPayload::builder()
            .operate_time(now_millis())
            .recording_files([file(record_file_id)])
            .meeting_info(meeting_info(record)?)
            .build(),
    )
}

/// `recording.deleted` for the files `record_file_ids` of `record`, deleted by `operator`.
pub(crate) fn deleted(
    operator: &str,
    record: &RecordingRecord,
    record_file_ids: &[&str],
) -> RecordingDeletedPayload {
    let payload = RecordingDeletedPayload::builder()
        .operate_time(now_millis())
        .operator(user(operator))
        .recording_files(record_file_ids.iter().map(|id| file(id)));
    match meeting_info(record) {
        Some(info) => payload.meeting_info(info).build(),
        None => payload.build(),
    }
}

/// `recording.updated` for `record`, whose sharing settings `operator` changed; `None` for an uploaded file.
pub(crate) fn updated(operator: &str, record: &RecordingRecord) -> Option<RecordingUpdatedPayload> {
    let info = RecordingEventRecordInfo::builder()
        .meeting_record_id(record.meeting_record_id.clone())
        .build();
    Some(
        RecordingUpdatedPayload::builder()
            .operate_time(now_millis())
            .operator(user(operator))
            .record_info(info)
            .meeting_info(meeting_info(record)?)
            .build(),
    )
}

/// The meeting recorded, as the recording events describe it (with its creator); `None` for an uploaded file.
fn meeting_info(record: &RecordingRecord) -> Option<EventMeetingInfo> {
    let meeting = record.meeting()?;
    Some(
        meeting_summary(meeting)
            .creator(user(&meeting.creator))
            .build(),
    )
}

fn file(record_file_id: &str) -> EventRecordingFile {
    EventRecordingFile::builder()
        .record_file_id(record_file_id)
        .build()
}

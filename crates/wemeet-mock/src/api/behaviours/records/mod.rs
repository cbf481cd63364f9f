//! The behaviours of the cloud-recording service (云录制): the recordings the store holds
//! ([`crate::api::recordings_store`]) listed, read with their addresses and transcripts, their sharing settings
//! read and changed, deleted, and files uploaded to the recording list whole or part by part
//! ([`crate::api::record_uploads`]), with their events ([`crate::api::recording_events`]).
//!
//! A recording the mock never held: the transcript reads (and the smart minutes, `smart/`) answer their response
//! examples, as an endpoint without a behaviour does, since their docs document no error for it; the other
//! endpoints answer the not-found code their docs give (7003 for a file, 7001 for a meeting recording to delete,
//! 4049 for one to read). A recording deleted here answers 4051 (录制文件已经被删除) everywhere. The access
//! members, approvals, metrics, operations, views and transfer endpoints answer their examples.
//!
//! The mock serves no recording bytes: the addresses it answers are under `recordings.wemeet.invalid` (RFC 2606,
//! a name that never resolves), naming the file.

super::behaviours! {
    delete_meeting_record,
    delete_record_file,
    finish_record_upload,
    get_record_file,
    get_record_settings,
    get_record_transcript,
    list_record_addresses,
    list_records,
    list_transcript_paragraphs,
    prepare_record_upload,
    search_transcript,
    update_record_settings,
    upload_record_file,
    upload_record_part,
}

use wemeet_types::records::{RecordDownloadFile, RecordFileAddress, RecordUploadJobResponse};
use wemeet_types::{Endpoint, ErrorCode};

use crate::api::authenticate::Caller;
use crate::api::behaviours::default_answer;
use crate::api::error::ApiError;
use crate::api::ids;
use crate::api::recordings_store::{FileRecord, RecordingRecord};
use crate::api::store::Store;

/// The answer of a read of the recording file `record_file_id` (of the meeting `meeting_id`, when given) that
/// `caller` may see: `answer` of the file and its recording; the response example of `E` for a file the mock
/// never held; 4051 for one deleted. What the transcript reads and the smart minutes share.
pub(crate) fn read_file<E: Endpoint>(
    store: &Store,
    caller: &Caller,
    record_file_id: &str,
    meeting_id: Option<&str>,
    answer: impl FnOnce(&RecordingRecord, &FileRecord) -> Result<E::Response, ApiError>,
) -> Result<E::Response, ApiError> {
    let found = store
        .recordings
        .file(caller, record_file_id, meeting_id)
        .or_unknown(record_file_id)?;
    match found {
        Some((record, file)) => answer(record, file),
        None => default_answer::<E>(),
    }
}

/// The meeting recording `meeting_record_id` as `caller` may see it, to read or change: 4049 (不存在的记录) when
/// the mock never held it, 4051 once deleted.
fn held_recording<'s>(
    store: &'s Store,
    caller: &Caller,
    meeting_record_id: &str,
) -> Result<&'s RecordingRecord, ApiError> {
    store
        .recordings
        .recording(caller, meeting_record_id)
        .or_missing(meeting_record_id, ErrorCode::RECORD_NOT_EXIST)
}

/// `missing` unless `record` is the recording of the meeting `meeting_id` names (when a call names one).
fn check_meeting(
    record: &RecordingRecord,
    meeting_id: Option<&str>,
    missing: ErrorCode,
) -> Result<(), ApiError> {
    match meeting_id {
        Some(meeting_id)
            if record
                .meeting()
                .is_none_or(|meeting| meeting.meeting_id != meeting_id) =>
        {
            Err(ApiError::new(
                missing,
                format!(
                    "recording {} is not the recording of meeting {meeting_id}",
                    record.meeting_record_id
                ),
            ))
        }
        _ => Ok(()),
    }
}

/// The addresses of `file`: playback, video and audio downloads, and its summary file when it has a transcript.
fn file_address(file: &FileRecord) -> RecordFileAddress {
    RecordFileAddress::builder()
        .record_file_id(file.file.record_file_id.clone())
        .view_address(address("view", file))
        .download_address(format!("{}.mp4", address("download", file)))
        .download_address_file_type("mp4")
        .audio_address(format!("{}.m4a", address("download", file)))
        .audio_address_file_type("m4a")
        .meeting_summary(transcript_files("summary", file))
        .build()
}

/// Where the mock says a recording file's content is: `https://recordings.wemeet.invalid/<what>/<file>`.
fn address(what: &str, file: &FileRecord) -> String {
    format!(
        "https://recordings.wemeet.invalid/{what}/{}",
        file.file.record_file_id
    )
}

/// The files of a kind made from `file`'s transcript (`what`: `summary`, `transcript`, `minutes`), one text
/// file; none when it has no transcript.
fn transcript_files(what: &str, file: &FileRecord) -> Vec<RecordDownloadFile> {
    if file.transcript.paragraphs().is_empty() {
        return Vec::new();
    }
    vec![
        RecordDownloadFile::builder()
            .download_address(format!("{}.txt", address(what, file)))
            .file_type("txt")
            .build(),
    ]
}

/// The operator of a delete: `operator_id`, or the older `userid`; 190004 when neither names one.
fn operator<'a>(
    operator_id: Option<&'a str>,
    userid: Option<&'a str>,
) -> Result<&'a str, ApiError> {
    operator_id.or(userid).ok_or_else(|| {
        ApiError::invalid_parameter(
            "invalid parameter `operator_id`: name the operator, with operator_id and operator_id_type or with \
             userid",
        )
    })
}

/// The answer of a finished upload: the job that processes the file.
fn upload_job() -> RecordUploadJobResponse {
    RecordUploadJobResponse::builder()
        .job_id(ids::upload_job_id())
        .build()
}

/// The recording's meeting ID and code, when a meeting made it.
fn meeting_ids(record: &RecordingRecord) -> (Option<String>, Option<String>) {
    let meeting = record.meeting();
    (
        meeting.map(|meeting| meeting.meeting_id.clone()),
        meeting.map(|meeting| meeting.meeting_code.clone()),
    )
}

/// A count as the answers' integers hold it.
fn number(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use wemeet_types::records::{
        FinishRecordUpload, FinishRecordUploadRequest, ListRecords, ListRecordsRequest,
        PrepareRecordUpload, PrepareRecordUploadRequest, RecordQueryType, RecordUploadFileType,
        UploadRecordFile, UploadRecordFileRequest, UploadRecordPart,
    };
    use wemeet_types::{ErrorCode, OperatorIdType, Upload, encode_base64};

    use crate::api::behaviours::testing::{app_caller, behave};
    use crate::api::record_uploads::part_request;
    use crate::api::store::Store;
    use crate::callbacks::timestamp::unix_millis;

    const OPERATOR: &str = "alice";

    fn finish(upload_id: &str) -> FinishRecordUploadRequest {
        FinishRecordUploadRequest::builder()
            .operator_id(OPERATOR)
            .operator_id_type(OperatorIdType::Userid)
            .upload_id(upload_id)
            .speak_number(2)
            .build()
    }

    /// The uploaded recordings `OPERATOR` lists over the last minute.
    fn uploaded(store: &mut Store) -> serde_json::Value {
        let now = i64::try_from(unix_millis() / 1000).unwrap();
        let request = ListRecordsRequest::builder()
            .operator_id(OPERATOR)
            .operator_id_type(OperatorIdType::Userid)
            .start_time(now - 60)
            .end_time(now + 60)
            .query_record_type(RecordQueryType::Uploaded)
            .build();
        let (listed, _) = behave::<ListRecords>(store, &app_caller("app"), (), request);
        serde_json::to_value(listed.unwrap()).unwrap()
    }

    #[test]
    fn a_file_uploaded_part_by_part_is_listed_once_finished() {
        let mut store = Store::new(1 << 20);
        store.recordings.uploads.set_block_size(4);
        let caller = app_caller("app");
        let prepare = PrepareRecordUploadRequest::builder()
            .operator_id(OPERATOR)
            .operator_id_type(OperatorIdType::Userid)
            .file_name(encode_base64("talk.mp4"))
            .file_type(RecordUploadFileType::Video)
            .file_size(10)
            .build();
        let (plan, _) = behave::<PrepareRecordUpload>(&mut store, &caller, (), prepare);
        let plan = plan.unwrap();
        assert_eq!((plan.block_size, plan.block_num), (Some(4), Some(3)));
        let id = plan.upload_id.unwrap();

        let file = b"0123456789";
        for (seq, bytes) in [
            (1, &file[..4]),
            (2, &file[4..8]),
            (2, &file[4..8]),
            (3, &file[8..]),
        ] {
            let (accepted, _) =
                behave::<UploadRecordPart>(&mut store, &caller, (), part_request(&id, seq, bytes));
            accepted.unwrap_or_else(|error| panic!("part {seq}: {error:?}"));
        }
        assert_eq!(
            uploaded(&mut store)["total_count"],
            0,
            "not listed before it is finished"
        );
        let (job, events) = behave::<FinishRecordUpload>(&mut store, &caller, (), finish(&id));
        assert_eq!(job.unwrap().job_id.map(|id| id.len()), Some(42));
        assert!(
            events.is_empty(),
            "an upload's outcome is a job's, not a recording event"
        );

        let listed = uploaded(&mut store);
        assert_eq!(listed["total_count"], 1);
        let recording = &listed["record_meetings"][0];
        assert_eq!(
            (
                recording["subject"].as_str(),
                recording["record_type"].as_i64()
            ),
            (Some("talk.mp4"), Some(2))
        );
        assert_eq!(recording["host_user_id"], OPERATOR);
        assert_eq!(recording["record_files"][0]["record_size"], 10);
        assert!(
            recording.get("meeting_id").is_none(),
            "an uploaded file has no meeting"
        );

        let (again, _) = behave::<FinishRecordUpload>(&mut store, &caller, (), finish(&id));
        assert_eq!(
            again.unwrap_err().code(),
            ErrorCode::INVALID_PARAMETER,
            "a finished upload is gone"
        );
        let (late, _) =
            behave::<UploadRecordPart>(&mut store, &caller, (), part_request(&id, 3, &file[8..]));
        assert_eq!(late.unwrap_err().code(), ErrorCode::INVALID_PARAMETER);
    }

    #[test]
    fn a_whole_file_is_checked_before_it_is_listed() {
        let mut store = Store::new(1 << 20);
        let caller = app_caller("app");
        let request = |checksum: &str| {
            UploadRecordFileRequest::builder()
                .operator_id(OPERATOR)
                .operator_id_type(OperatorIdType::Userid)
                .file_name(encode_base64("test.mp4"))
                .file_type(RecordUploadFileType::Video)
                .file_size(11)
                .file_checksum(checksum)
                .file_content(Upload::from_bytes(b"hello world".to_vec()))
                .speak_number(2)
                .build()
        };
        let (wrong, _) =
            behave::<UploadRecordFile>(&mut store, &caller, (), request(&"0".repeat(32)));
        let error = wrong.unwrap_err();
        assert!(
            error.message().contains("`file_checksum`"),
            "{}",
            error.message()
        );
        assert_eq!(uploaded(&mut store)["total_count"], 0);
        let (job, _) = behave::<UploadRecordFile>(
            &mut store,
            &caller,
            (),
            request("5EB63BBBE01EEED093CB22BB8F5ACDC3"),
        );
        assert!(job.unwrap().job_id.is_some());
        assert_eq!(
            uploaded(&mut store)["record_meetings"][0]["subject"],
            "test.mp4"
        );
    }
}

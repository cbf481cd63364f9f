//! Recording uploads over real HTTP: the part plan `upload-prepare` answers (of the part size the builder sets),
//! parts sent as multipart forms accepted in order and refused after a gap or with a wrong size or digest,
//! finishing refused while parts are missing, a finished upload listed as an uploaded recording, a whole file
//! (`upload-all`) checked the same way, and a part made to fail transiently by an injected fault.

use http::{Method, StatusCode};
use serde_json::{Value, json};
use wemeet_mock::{Fault, MockServer, MockServerBuilder};
use wemeet_types::records::{
    ListRecords, ListRecordsRequest, RecordQueryType, RecordUploadFileType, UploadRecordFile,
    UploadRecordFileRequest, UploadRecordPart, UploadRecordPartRequest,
};
use wemeet_types::{ErrorClass, ErrorCode, OperatorIdType, Upload, encode_base64};

use crate::api_calls::code;
use crate::support::{post, send, signed};
use crate::typed_calls;

const PREPARE: &str = "/v1/files/records/upload-prepare";
const FINISH: &str = "/v1/files/records/upload-finish";
const PART: &str = "/v1/files/records/upload-part";

fn prepare_body(file_type: &str, file_size: u64) -> Value {
    json!({
        "operator_id": "alice",
        "operator_id_type": 1,
        "file_name": encode_base64("talk.mp4"),
        "file_type": file_type,
        "file_size": file_size
    })
}

/// Prepares an upload of `file_size` bytes of video and answers the plan: `(upload_id, block_size, block_num)`.
async fn prepare(server: &MockServer, file_size: u64) -> (String, i64, i64) {
    let answer = post(server, PREPARE, &prepare_body("video", file_size)).await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
    let plan = answer.json();
    (
        plan["upload_id"].as_str().expect("upload_id").to_owned(),
        plan["block_size"].as_i64().expect("block_size"),
        plan["block_num"].as_i64().expect("block_num"),
    )
}

#[tokio::test]
async fn an_upload_is_planned_in_parts_of_the_size_the_builder_sets() {
    let server = MockServer::builder()
        .record_upload_block_size(4)
        .start()
        .await
        .expect("start");
    let (upload_id, block_size, block_num) = prepare(&server, 10).await;
    assert_eq!(
        (block_size, block_num),
        (4, 3),
        "ceil(10 / 4) parts of 4 bytes"
    );
    assert_eq!(server.record_upload_parts(&upload_id), Some(0));
    let (_, _, one) = prepare(&server, 4).await;
    assert_eq!(one, 1);

    let finish = json!({ "operator_id": "alice", "operator_id_type": 1, "upload_id": upload_id, "speak_number": 2 });
    let early = post(&server, FINISH, &finish).await;
    assert_eq!(code(&early), ErrorCode::INVALID_PARAMETER);
    assert!(
        early.message().contains("parts 1 to 3 of 3"),
        "{}",
        early.message()
    );
    assert_eq!(
        server.record_upload_parts(&upload_id),
        Some(0),
        "still open"
    );

    let big_voice = post(&server, PREPARE, &prepare_body("voice", 600 * 1024 * 1024)).await;
    assert_eq!(
        code(&big_voice),
        ErrorCode::INVALID_PARAMETER,
        "audio is at most 500 MB"
    );
    let empty = post(&server, PREPARE, &prepare_body("video", 0)).await;
    assert_eq!(code(&empty), ErrorCode::INVALID_PARAMETER);

    let default = MockServer::start().await.expect("start");
    let size = MockServerBuilder::DEFAULT_RECORD_UPLOAD_BLOCK_SIZE;
    let (_, block_size, block_num) = prepare(&default, 2 * size + 1).await;
    assert_eq!((block_size, block_num), (i64::try_from(size).unwrap(), 3));
}

#[tokio::test]
async fn a_part_can_be_made_to_fail_transiently_without_being_accepted() {
    let server = MockServer::builder()
        .record_upload_block_size(4)
        .start()
        .await
        .expect("start");
    let (upload_id, _, _) = prepare(&server, 10).await;
    let transient = ErrorCode::NETWORK_ERROR;
    assert_eq!(
        transient.info().map(|info| info.class),
        Some(ErrorClass::Transient)
    );
    server.inject(
        Fault::error(
            StatusCode::INTERNAL_SERVER_ERROR,
            transient.get(),
            "网络错误,请稍后重试",
        )
        .on::<UploadRecordPart>(),
    );

    // The fault answers before the form is decoded: any authenticated call of the endpoint meets it.
    let part = json!({ "operator_id": "alice", "operator_id_type": 1, "upload_id": upload_id, "file_seq": 1 });
    let body = serde_json::to_vec(&part).expect("encode");
    let failed = send(&server, signed(&server.signer(), Method::POST, PART, body))
        .await
        .expect("an answer");
    assert_eq!(failed.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(code(&failed), transient);
    assert!(!failed.trace().is_empty());
    assert_eq!(server.ledger().of::<UploadRecordPart>().intercepted, 1);
    assert_eq!(
        server.record_upload_parts(&upload_id),
        Some(0),
        "the part was not accepted"
    );
    assert!(
        server.pending_faults().is_empty(),
        "one strike, then the endpoint answers again"
    );
}

/// The request sending part `seq` of upload `upload_id`, holding `bytes`, their size and their MD5.
fn part(upload_id: &str, seq: i64, bytes: &[u8]) -> UploadRecordPartRequest {
    UploadRecordPartRequest::builder()
        .operator_id("alice")
        .operator_id_type(OperatorIdType::Userid)
        .upload_id(upload_id)
        .file_size(i64::try_from(bytes.len()).expect("a size"))
        .file_seq(seq)
        .file_checksum(format!("{:x}", md5::compute(bytes)))
        .file_content(Upload::from_bytes(bytes.to_vec()).file_name("talk.mp4"))
        .build()
}

/// Sends `request` as a multipart form, as both clients do; answers the refusal's code and message, if any.
async fn send_part(
    server: &MockServer,
    request: &UploadRecordPartRequest,
) -> Option<(ErrorCode, String)> {
    match typed_calls::call::<UploadRecordPart>(server, &(), request).await {
        Ok(_) => None,
        Err(answer) => Some((answer.error_code(), answer.message())),
    }
}

/// The names of the files `alice` uploaded (list records, `query_record_type` 2) over the last minute.
async fn uploaded_files(server: &MockServer) -> Vec<String> {
    let now = i64::try_from(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("clock")
            .as_secs(),
    )
    .expect("seconds");
    let request = ListRecordsRequest::builder()
        .operator_id("alice")
        .operator_id_type(OperatorIdType::Userid)
        .start_time(now - 60)
        .end_time(now + 60)
        .query_record_type(RecordQueryType::Uploaded)
        .build();
    let listed = typed_calls::ok::<ListRecords>(server, &(), &request).await;
    listed
        .record_meetings
        .unwrap_or_default()
        .into_iter()
        .filter_map(|meeting| meeting.subject)
        .collect()
}

#[tokio::test]
async fn parts_sent_in_order_complete_an_upload_that_then_lists_as_uploaded() {
    let server = MockServer::builder()
        .record_upload_block_size(4)
        .start()
        .await
        .expect("start");
    let (upload_id, _, block_num) = prepare(&server, 10).await;
    assert_eq!(block_num, 3);
    for (seq, bytes) in [(1, &b"0123"[..]), (2, b"4567"), (3, b"89")] {
        assert_eq!(
            send_part(&server, &part(&upload_id, seq, bytes)).await,
            None,
            "part {seq}"
        );
        assert_eq!(
            server.record_upload_parts(&upload_id),
            Some(u64::try_from(seq).unwrap())
        );
    }
    let finish = json!({ "operator_id": "alice", "operator_id_type": 1, "upload_id": upload_id, "speak_number": 2 });
    let finished = post(&server, FINISH, &finish).await;
    assert_eq!(finished.status, StatusCode::OK, "{}", finished.message());
    assert!(finished.json()["job_id"].is_string(), "{}", finished.json());
    assert_eq!(
        server.record_upload_parts(&upload_id),
        None,
        "a finished upload is gone"
    );
    assert_eq!(uploaded_files(&server).await.len(), 1);
    let again = post(&server, FINISH, &finish).await;
    assert_eq!(code(&again), ErrorCode::INVALID_PARAMETER, "finished once");
}

#[tokio::test]
async fn a_gap_a_wrong_size_or_a_wrong_digest_is_refused_naming_the_field_and_not_counted() {
    let server = MockServer::builder()
        .record_upload_block_size(4)
        .start()
        .await
        .expect("start");
    let (upload_id, _, _) = prepare(&server, 10).await;
    let refusal = |field: &str, answer: Option<(ErrorCode, String)>| {
        let (code, message) = answer.expect("refused");
        assert_eq!(code, ErrorCode::INVALID_PARAMETER, "{message}");
        assert!(message.contains(&format!("`{field}`")), "{message}");
        message
    };

    let gap = refusal(
        "file_seq",
        send_part(&server, &part(&upload_id, 2, b"4567")).await,
    );
    assert!(gap.contains("part 1 is the next"), "{gap}");
    refusal(
        "file_size",
        send_part(&server, &part(&upload_id, 1, b"012")).await,
    );
    let mut corrupt = part(&upload_id, 1, b"0123");
    corrupt.file_checksum = format!("{:x}", md5::compute(b"0124"));
    refusal("file_checksum", send_part(&server, &corrupt).await);
    assert_eq!(
        server.record_upload_parts(&upload_id),
        Some(0),
        "nothing accepted"
    );

    assert_eq!(
        send_part(&server, &part(&upload_id, 1, b"0123")).await,
        None
    );
    assert_eq!(
        send_part(&server, &part(&upload_id, 1, b"0123")).await,
        None,
        "a part sent again with the same bytes (its answer lost) is accepted again"
    );
    refusal(
        "file_content",
        send_part(&server, &part(&upload_id, 1, b"abcd")).await,
    );
    assert_eq!(
        send_part(&server, &part(&upload_id, 2, b"4567")).await,
        None
    );
    let short = refusal(
        "file_size",
        send_part(&server, &part(&upload_id, 3, b"8")).await,
    );
    assert!(short.contains("holds 2 bytes"), "{short}");
    refusal(
        "file_seq",
        send_part(&server, &part(&upload_id, 4, b"xx")).await,
    );
    assert_eq!(server.record_upload_parts(&upload_id), Some(2));
}

#[tokio::test]
async fn a_whole_file_is_checked_for_its_size_and_digest_then_listed_as_uploaded() {
    let server = MockServer::start().await.expect("start");
    let bytes = b"a whole recording".to_vec();
    let whole = |size: usize, checksum: String| {
        UploadRecordFileRequest::builder()
            .operator_id("alice")
            .operator_id_type(OperatorIdType::Userid)
            .file_name(encode_base64("whole.mp4"))
            .file_type(RecordUploadFileType::Video)
            .file_size(i64::try_from(size).expect("a size"))
            .file_checksum(checksum)
            .file_content(Upload::from_bytes(bytes.clone()).file_name("whole.mp4"))
            .speak_number(1)
            .build()
    };
    let digest = format!("{:x}", md5::compute(&bytes));

    let short = typed_calls::call::<UploadRecordFile>(
        &server,
        &(),
        &whole(bytes.len() - 1, digest.clone()),
    )
    .await
    .expect_err("a size other than the content's");
    assert_eq!(short.error_code(), ErrorCode::INVALID_PARAMETER);
    assert!(
        short.message().contains("`file_content`"),
        "{}",
        short.message()
    );
    let corrupt = typed_calls::call::<UploadRecordFile>(
        &server,
        &(),
        &whole(bytes.len(), format!("{:x}", md5::compute(b"other"))),
    )
    .await
    .expect_err("another digest");
    assert!(
        corrupt.message().contains("`file_checksum`"),
        "{}",
        corrupt.message()
    );
    assert!(
        uploaded_files(&server).await.is_empty(),
        "nothing refused is kept"
    );

    let job = typed_calls::ok::<UploadRecordFile>(&server, &(), &whole(bytes.len(), digest)).await;
    assert!(job.job_id.is_some_and(|id| !id.is_empty()));
    assert_eq!(uploaded_files(&server).await.len(), 1);
}

//! Recording uploads over real HTTP: the part plan `upload-prepare` answers (of the part size the builder sets),
//! finishing refused while parts are missing, and a part made to fail transiently by an injected fault.
//!
//! The parts themselves travel as multipart forms, whose decoding lives with the request-form decoding of the
//! pipeline; the rules each part is held to are unit-tested beside them (`src/api/record_uploads.rs`), and the
//! whole flow through the behaviours in `src/api/behaviours/records/`.

use http::{Method, StatusCode};
use serde_json::{Value, json};
use wemeet_mock::{Fault, MockServer, MockServerBuilder};
use wemeet_types::records::UploadRecordPart;
use wemeet_types::{ErrorClass, ErrorCode, encode_base64};

use crate::api_calls::code;
use crate::support::{post, send, signed};

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

//! Both clients' recording upload helper against `wemeet-mock`: a file cut into the parts the mock plans (exactly
//! one part, one byte over, several), each part's own bytes sent once, progress that only grows, and a transient
//! failure in the middle: absorbed by the retries when it passes, else the upload stops where it got and resumes
//! without sending an acknowledged part again.

use std::io::Cursor;

use http::StatusCode;
use wemeet_core::{Progress, RecordingUpload};
use wemeet_mock::{Fault, MockServer, Outcome, RecordedRequest};
use wemeet_tests::{AnyClient, FLAVORS, Flavor, Setup};
use wemeet_types::records::{PrepareRecordUploadRequest, RecordUploadFileType, UploadRecordPart};
use wemeet_types::{Endpoint as _, ErrorCode, OperatorIdType, encode_base64};

/// The part size the mock plans here: small, so that a file of a few parts is a few bytes.
const BLOCK: u64 = 8;
/// Attempts per call (the end-to-end setup's policy).
const MAX_ATTEMPTS: usize = 3;

fn server() -> MockServer {
    MockServer::builder()
        .record_upload_block_size(BLOCK)
        .start_blocking()
        .expect("start")
}

fn client(server: &MockServer, flavor: Flavor) -> AnyClient {
    AnyClient::build(flavor, Setup::new(server.base_url(), server.credentials())).expect("client")
}

/// A file of `len` bytes in which no run of [`BLOCK`] bytes repeats, so that each part's bytes are its own.
fn file(len: u64) -> Vec<u8> {
    (0..len)
        .map(|i| u8::try_from((i * 7 + 3) % 251).expect("a byte") ^ 0x80)
        .collect()
}

fn prepare(name: &str, len: u64) -> PrepareRecordUploadRequest {
    PrepareRecordUploadRequest::builder()
        .operator_id("uploader")
        .operator_id_type(OperatorIdType::Userid)
        .file_name(encode_base64(name))
        .file_type(RecordUploadFileType::Video)
        .file_size(i64::try_from(len).expect("a size"))
        .build()
}

/// The part requests the mock received that carried `bytes`, split by whether a fault answered them.
fn sent_with(requests: &[RecordedRequest], bytes: &[u8]) -> (usize, usize) {
    let carrying = requests.iter().filter(|request| {
        request.endpoint == Some(UploadRecordPart::NAME)
            && request
                .body
                .windows(bytes.len())
                .any(|window| window == bytes)
    });
    carrying.fold((0, 0), |(handled, intercepted), request| {
        if request.outcome == Outcome::Intercepted {
            (handled, intercepted + 1)
        } else {
            (handled + 1, intercepted)
        }
    })
}

/// The file's parts: `BLOCK` bytes each, the last the rest.
fn parts(content: &[u8]) -> Vec<&[u8]> {
    content
        .chunks(usize::try_from(BLOCK).expect("a size"))
        .collect()
}

/// Progress reports must grow by one acknowledged part at a time, up to the whole file.
fn assert_grows_to_the_whole_file(reports: &[Progress], len: u64, label: &str) {
    let parts = len.div_ceil(BLOCK);
    assert_eq!(reports.len() as u64, parts, "{label}: one report per part");
    for (done, report) in (1..).zip(reports) {
        assert_eq!(report.parts_done, done, "{label}");
        assert_eq!(report.parts, parts, "{label}");
        assert_eq!(report.bytes_done, (done * BLOCK).min(len), "{label}");
        assert_eq!(report.bytes, len, "{label}");
    }
}

#[test]
fn a_file_goes_up_in_the_parts_the_service_plans_each_part_once_with_growing_progress() {
    for flavor in FLAVORS {
        for len in [BLOCK, BLOCK + 1, 3 * BLOCK + 5] {
            let label = format!("{flavor}, {len} bytes");
            let server = server();
            let client = client(&server, flavor);
            let content = file(len);
            let mut reports = Vec::new();
            let job = client
                .upload_recording(
                    &prepare("boundary.mp4", len),
                    &mut Cursor::new(content.clone()),
                    |progress| reports.push(progress),
                )
                .unwrap_or_else(|stopped| panic!("{label}: {}", stopped.error));
            assert!(
                job.job_id.as_deref().is_some_and(|id| !id.is_empty()),
                "{label}: the finish answers its job"
            );
            assert_grows_to_the_whole_file(&reports, len, &label);

            let requests = server.requests();
            let expected = parts(&content);
            assert_eq!(
                server.ledger().of::<UploadRecordPart>().accepted,
                expected.len() as u64,
                "{label}: one accepted call per part"
            );
            for (seq, bytes) in (1..).zip(&expected) {
                assert_eq!(
                    sent_with(&requests, bytes),
                    (1, 0),
                    "{label}: part {seq} carried its own bytes, once"
                );
            }
            assert!(
                server.recordings().len() == 1,
                "{label}: the finished upload is a recording the mock holds"
            );
        }
    }
}

/// A transient error answered by upload-part, as the service's network error (网络错误,请稍后重试).
fn transient_part_failure(times: usize) -> Fault {
    Fault::error(
        StatusCode::INTERNAL_SERVER_ERROR,
        ErrorCode::NETWORK_ERROR.get(),
        "网络错误,请稍后重试",
    )
    .on::<UploadRecordPart>()
    .times(times)
}

#[test]
fn a_transient_failure_in_the_middle_is_retried_without_sending_the_parts_before_it_again() {
    for flavor in FLAVORS {
        let server = server();
        let client = client(&server, flavor);
        let len = 3 * BLOCK + 5;
        let content = file(len);
        let mut reports = Vec::new();
        client
            .upload_recording(
                &prepare("retried.mp4", len),
                &mut Cursor::new(content.clone()),
                |progress| {
                    if progress.parts_done == 1 {
                        // Part 2's first attempt meets the fault; the retry goes through.
                        server.inject(transient_part_failure(1));
                    }
                    reports.push(progress);
                },
            )
            .unwrap_or_else(|stopped| panic!("{flavor}: {}", stopped.error));
        assert_grows_to_the_whole_file(&reports, len, &flavor.to_string());
        let requests = server.requests();
        let expected = parts(&content);
        assert_eq!(
            sent_with(&requests, expected[0]),
            (1, 0),
            "{flavor}: part 1 once"
        );
        assert_eq!(
            sent_with(&requests, expected[1]),
            (1, 1),
            "{flavor}: part 2 failed once, then went through"
        );
        for bytes in &expected[2..] {
            assert_eq!(sent_with(&requests, bytes), (1, 0), "{flavor}");
        }
    }
}

#[test]
fn an_upload_stopped_in_the_middle_resumes_from_the_first_part_not_acknowledged() {
    for flavor in FLAVORS {
        let server = server();
        let client = client(&server, flavor);
        let len = 4 * BLOCK;
        let content = file(len);
        let mut reports = Vec::new();
        // The failure outlasts the client's retries: the upload stops after part 2.
        let stopped = client
            .upload_recording(
                &prepare("resumed.mp4", len),
                &mut Cursor::new(content.clone()),
                |progress| {
                    if progress.parts_done == 2 {
                        server.inject(transient_part_failure(MAX_ATTEMPTS));
                    }
                    reports.push(progress);
                },
            )
            .expect_err("the failure outlasts the retries");
        assert!(
            stopped.error.error_code() == Some(ErrorCode::NETWORK_ERROR),
            "{flavor}: {}",
            stopped.error
        );
        let mut upload: RecordingUpload = *stopped.upload.expect("how far it got");
        assert_eq!(upload.progress().parts_done, 2, "{flavor}");
        assert_eq!(
            server.record_upload_parts(upload.upload_id()),
            Some(2),
            "{flavor}: the mock holds the parts acknowledged, no more"
        );

        // Resumed where it stopped, from a new reader of the same file (as after a restart).
        let kept = serde_json::to_string(&upload).expect("an upload is kept as JSON");
        upload = serde_json::from_str(&kept).expect("and read back");
        client
            .upload_recording_parts(&mut upload, &mut Cursor::new(content.clone()), |progress| {
                reports.push(progress);
            })
            .unwrap_or_else(|error| panic!("{flavor}: resuming: {error}"));
        client
            .finish_recording_upload(&upload)
            .unwrap_or_else(|error| panic!("{flavor}: finishing: {error}"));
        assert_grows_to_the_whole_file(&reports, len, &flavor.to_string());

        let requests = server.requests();
        let expected = parts(&content);
        for (seq, bytes) in (1..).zip(&expected) {
            let intercepted = if seq == 3 { MAX_ATTEMPTS } else { 0 };
            assert_eq!(
                sent_with(&requests, bytes),
                (1, intercepted),
                "{flavor}: part {seq} went through once"
            );
        }
        assert_eq!(server.recordings().len(), 1, "{flavor}");
    }
}

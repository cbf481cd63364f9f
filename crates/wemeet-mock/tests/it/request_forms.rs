//! Every request form the API uses reaches the mock's behaviours: a query on any method, a JSON body with fields in
//! the query string, a DELETE with a body, multipart uploads signed as if empty; and every answer decodes.

use http::StatusCode;
use wemeet_mock::MockServer;
use wemeet_mock::sample::{self, Context};
use wemeet_types::records::{
    PrepareRecordUpload, SetRecordTransfer, UploadRecordFile, UploadRecordFileRequest,
    UploadRecordPart,
};
use wemeet_types::users::{DeleteUser, DeleteUserRequest};
use wemeet_types::{Endpoint, EndpointVisitor, ErrorCode, OperatorIdType, Upload, visit_endpoints};

use crate::typed_calls::{Answer, BOUNDARY, call_raw, create, frame, request_of, send};

/// One call of every endpoint, as its client sends it, with a check of its answer.
struct Sample {
    name: &'static str,
    http: http::Request<Vec<u8>>,
    form: Option<Vec<u8>>,
    decodes: fn(&[u8]) -> Result<(), String>,
}

struct Samples {
    context: Context,
    made: Vec<Sample>,
}

impl EndpointVisitor for Samples {
    fn visit<E: Endpoint>(&mut self) {
        // Every property given where the schemas make a sample of each (the caller named both ways, ...).
        let every = sample::call::<E>(&self.context.clone().with_every_property());
        let (path, request) = match every.or_else(|_| sample::call::<E>(&self.context)) {
            Ok(sample) => sample,
            // A file part has no sample (its schema's string is not base64); the upload test below sends one.
            Err(_) if E::NAME.starts_with("upload_record") => return,
            Err(error) => panic!("{}: {error}", E::NAME),
        };
        let (http, form) = request_of::<E>(&path, &request);
        self.made.push(Sample {
            name: E::NAME,
            http,
            form,
            decodes: |body| {
                <E::Response as wemeet_types::ResponseBody>::from_body(body)
                    .map(|_| ())
                    .map_err(|error| error.to_string())
            },
        });
    }
}

#[tokio::test]
async fn every_endpoint_decodes_its_request_in_the_form_its_client_sends_and_answers_its_model() {
    let server = MockServer::start().await.expect("start");
    let meeting_id = create(&server, "tester", "forms", 1_900_000_000).await;
    let mut samples = Samples {
        context: Context::new("tester", meeting_id),
        made: Vec::new(),
    };
    visit_endpoints(&mut samples);
    assert!(samples.made.len() > 100, "{}", samples.made.len());
    for sample in samples.made {
        let answer = send(&server, sample.http, sample.form).await;
        if answer.status == StatusCode::OK {
            (sample.decodes)(&answer.body).unwrap_or_else(|error| {
                panic!("{}: the answer does not decode: {error}", sample.name)
            });
            continue;
        }
        // A behaviour may refuse the sample by a rule of the service; decoding and signing never do.
        let code = answer.error_code();
        let absent_state = crate::support::SAMPLES_NAMING_ABSENT_STATE.contains(&sample.name);
        if crate::support::refused_by_its_behaviour(sample.name, &answer.message()) {
            continue;
        }
        assert!(
            (absent_state || code != ErrorCode::INVALID_PARAMETER)
                && code != ErrorCode::new(200_003),
            "{}: {} {}",
            sample.name,
            answer.status,
            answer.message()
        );
    }
}

fn delete_user() -> DeleteUserRequest {
    DeleteUserRequest::builder()
        .operator_id("admin")
        .operator_id_type(OperatorIdType::Userid)
        .build()
}

#[tokio::test]
async fn a_delete_with_a_query_only_answers_an_empty_body() {
    let server = MockServer::start().await.expect("start");
    let user = serde_json::json!({
        "userid": "admin", "username": "admin", "phone": "13800000000",
        "operator_id": "admin", "operator_id_type": 1
    });
    let created = crate::support::post(&server, "/v1/users", &user).await;
    assert_eq!(created.status, StatusCode::OK, "{:?}", created.body);
    let path = sample::call::<DeleteUser>(&Context::new("admin", "m"))
        .expect("a sample")
        .0;
    let (http, _) = request_of::<DeleteUser>(&path, &delete_user());
    assert!(http.body().is_empty() && http.uri().query().is_some());
    let answer = send(&server, http, None).await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
    assert!(answer.body.is_empty(), "{:?}", answer.body);
}

#[tokio::test]
async fn query_fields_of_a_body_request_are_taken_from_the_query_and_refused_in_the_body() {
    let server = MockServer::start().await.expect("start");
    let (path, request) =
        sample::call::<SetRecordTransfer>(&Context::new("admin", "m1")).expect("a sample");
    let answer = call_raw::<SetRecordTransfer>(&server, &path, &request).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.message());

    // The same fields, `meeting_id` in the body instead of the query string.
    let (mut http, _) = request_of::<SetRecordTransfer>(&path, &request);
    let mut body: serde_json::Value = serde_json::from_slice(http.body()).expect("JSON");
    body["meeting_id"] = "m1".into();
    *http.body_mut() = serde_json::to_vec(&body).expect("JSON");
    *http.uri_mut() = http
        .uri()
        .to_string()
        .replace("meeting_id=m1&", "")
        .parse()
        .expect("a URI");
    let answer = send(&server, http, None).await;
    assert_eq!(answer.error_code(), ErrorCode::INVALID_PARAMETER);
    assert_eq!(
        answer.message(),
        "invalid parameter `meeting_id`: it travels in the query string, not in the JSON body"
    );
}

fn upload() -> UploadRecordFileRequest {
    UploadRecordFileRequest::builder()
        .operator_id("tester")
        .operator_id_type(OperatorIdType::Userid)
        .file_name("dGVzdC5tcDQ=")
        .file_type(wemeet_types::records::RecordUploadFileType::Video)
        .file_size(11)
        .file_checksum("5eb63bbbe01eeed093cb22bb8f5acdc3")
        .file_content(Upload::from_bytes(b"hello world".to_vec()).file_name("test.mp4"))
        .speak_number(2)
        .build()
}

#[tokio::test]
async fn a_multipart_upload_is_verified_as_signed_over_an_empty_body() {
    let server = MockServer::start().await.expect("start");
    let answer = call_raw::<UploadRecordFile>(&server, &(), &upload()).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.message());
    assert!(answer.json()["job_id"].is_string(), "{}", answer.json());
    let recorded = server.requests().pop().expect("recorded");
    assert!(
        recorded
            .body
            .windows(11)
            .any(|window| window == b"hello world"),
        "the log keeps the form as received"
    );

    // Signed over the form's bytes instead: the service (and the mock) sign a form as an empty body.
    let (http, form) = request_of::<UploadRecordFile>(&(), &upload());
    let (parts, _) = http.into_parts();
    let signed_over_form = http::Request::from_parts(parts, form.expect("a form"));
    let answer = send(&server, signed_over_form, None).await;
    assert_eq!(
        answer.error_code(),
        ErrorCode::new(200_003),
        "{}",
        answer.message()
    );
}

#[tokio::test]
async fn a_part_upload_answers_an_empty_body_and_a_malformed_form_names_the_fault() {
    let server = MockServer::builder()
        .record_upload_block_size(1)
        .start()
        .await
        .expect("start");
    let prepare = wemeet_types::records::PrepareRecordUploadRequest::builder()
        .operator_id("tester")
        .operator_id_type(OperatorIdType::Userid)
        .file_name("dGVzdC5tcDQ=")
        .file_type(wemeet_types::records::RecordUploadFileType::Video)
        .file_size(2)
        .build();
    let plan = crate::typed_calls::ok::<PrepareRecordUpload>(&server, &(), &prepare).await;
    let path = ();
    let request = wemeet_types::records::UploadRecordPartRequest::builder()
        .operator_id("tester")
        .operator_id_type(OperatorIdType::Userid)
        .upload_id(plan.upload_id.clone().expect("an upload_id"))
        .file_size(1)
        .file_seq(1)
        .file_checksum("0cc175b9c0f1b6a831c399e269772661")
        .file_content(Upload::from_bytes(b"a".to_vec()))
        .build();
    let answer = call_raw::<UploadRecordPart>(&server, &path, &request).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.message());
    assert!(answer.body.is_empty(), "{:?}", answer.body);

    let (http, form) = request_of::<UploadRecordPart>(&path, &request);
    let mut form = form.expect("a form");
    form.truncate(form.len() - BOUNDARY.len() - 8);
    let answer = send(&server, http, Some(form)).await;
    assert_eq!(answer.error_code(), ErrorCode::INVALID_PARAMETER);
    assert!(
        answer.message().starts_with("malformed multipart form"),
        "{}",
        answer.message()
    );

    let (http, _) = request_of::<UploadRecordPart>(&path, &request);
    let (mut parts, _) = http.into_parts();
    parts.headers.insert(
        "content-type",
        "multipart/form-data".parse().expect("a header"),
    );
    let answer = send(
        &server,
        http::Request::from_parts(parts, Vec::new()),
        Some(frame(&[])),
    )
    .await;
    assert!(
        answer.message().contains("boundary"),
        "{}",
        answer.message()
    );
}

#[tokio::test]
async fn an_upload_sent_as_json_is_refused_naming_the_form() {
    let server = MockServer::start().await.expect("start");
    let body = serde_json::to_vec(&upload()).expect("JSON");
    let http = http::Request::builder()
        .method("POST")
        .uri(UploadRecordFile::PATH_TEMPLATE)
        .header("host", "127.0.0.1")
        .header("content-type", "application/json")
        .body(body)
        .expect("a request");
    let answer: Answer = send(&server, http, None).await;
    assert_eq!(answer.error_code(), ErrorCode::INVALID_PARAMETER);
    assert!(
        answer.message().contains("multipart/form-data"),
        "{}",
        answer.message()
    );
}

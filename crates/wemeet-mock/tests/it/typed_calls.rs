//! Calls of any endpoint through its generated model: the request encoded by its `EncodeRequest` (query, body or
//! form, as the SDK's clients send it), signed with the mock's demo credentials, sent over a fresh HTTP/1.1
//! connection, and the answer decoded into the endpoint's response. What the meetings-service tests of this
//! folder share; it depends on no other module here.
#![allow(
    dead_code,
    reason = "each test file uses a different part of this module"
)]

use bytes::Bytes;
use http::{Method, Request, StatusCode};
use http_body_util::{BodyExt, Full};
use hyper_util::rt::TokioIo;
use serde_json::Value;
use tokio::net::TcpStream;
use wemeet_mock::MockServer;
use wemeet_types::{CreateMeeting, CreateMeetingRequest, MeetingType};
use wemeet_types::{
    EncodeRequest, Endpoint, ErrorCode, FormPart, InstanceId, PathParams, ResponseBody, UnixSeconds,
};

/// The status and body of an answer.
#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub body: Bytes,
}

impl Answer {
    /// The body as JSON.
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|error| panic!("not JSON ({error}): {:?}", self.body))
    }

    /// The error code of an error answer.
    pub fn error_code(&self) -> ErrorCode {
        let body = self.json();
        ErrorCode::new(
            body["error_info"]["error_code"]
                .as_i64()
                .unwrap_or_else(|| panic!("not an error answer: {body}")),
        )
    }

    /// The error message of an error answer.
    pub fn message(&self) -> String {
        self.json()["error_info"]["message"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }
}

/// Sends `request` (signed over `signed_body`, which the request's body replaces once signed) and reads the answer.
pub async fn send(
    server: &MockServer,
    mut request: Request<Vec<u8>>,
    body: Option<Vec<u8>>,
) -> Answer {
    server.signer().sign_request(&mut request).expect("sign");
    if let Some(body) = body {
        *request.body_mut() = body;
    }
    let stream = TcpStream::connect(server.address()).await.expect("connect");
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .expect("HTTP/1.1 handshake");
    tokio::spawn(connection);
    let (parts, body) = request.into_parts();
    let response = sender
        .send_request(Request::from_parts(parts, Full::new(Bytes::from(body))))
        .await
        .expect("an answer");
    let status = response.status();
    let body = response
        .into_body()
        .collect()
        .await
        .expect("the whole body")
        .to_bytes();
    Answer { status, body }
}

/// The boundary of the forms [`request_of`] frames.
pub const BOUNDARY: &str = "wemeet-mock-test-boundary";

/// The HTTP request the SDK's clients send for `E` (unsigned), and the body it carries when that is not the one
/// signed: a multipart form is signed as if its body were empty.
pub fn request_of<E: Endpoint>(
    path: &E::Path,
    request: &E::Request,
) -> (Request<Vec<u8>>, Option<Vec<u8>>) {
    let encoded = request.encode().expect("encodes");
    let mut target = path.render_path(E::PATH_TEMPLATE).expect("a valid path");
    if let Some(query) = &encoded.query {
        target = format!("{target}?{query}");
    }
    let builder = Request::builder()
        .method(Method::from_bytes(E::METHOD.as_str().as_bytes()).expect("a method"))
        .uri(target)
        .header("host", "127.0.0.1");
    match &encoded.form {
        Some(form) => {
            let request = builder
                .header(
                    "content-type",
                    format!("multipart/form-data; boundary={BOUNDARY}"),
                )
                .body(Vec::new())
                .expect("a request");
            (request, Some(frame(form.parts())))
        }
        None => {
            let request = builder
                .header("content-type", "application/json; charset=utf-8")
                .body(encoded.body)
                .expect("a request");
            (request, None)
        }
    }
}

/// The parts of a form framed as `multipart/form-data` with [`BOUNDARY`].
pub fn frame(parts: &[FormPart]) -> Vec<u8> {
    let mut body = Vec::new();
    for part in parts {
        match part {
            FormPart::Text { name, value } => body.extend_from_slice(
                format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                    .as_bytes(),
            ),
            FormPart::File { name, upload } => {
                body.extend_from_slice(
                    format!(
                        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{}\"\r\n\
                         Content-Type: {}\r\n\r\n",
                        upload.declared_file_name(),
                        upload.declared_content_type()
                    )
                    .as_bytes(),
                );
                body.extend_from_slice(upload.bytes().expect("bytes in memory"));
                body.extend_from_slice(b"\r\n");
            }
            _ => unreachable!("a form has text and file parts"),
        }
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

/// Calls `E` and returns the raw answer.
pub async fn call_raw<E: Endpoint>(
    server: &MockServer,
    path: &E::Path,
    request: &E::Request,
) -> Answer {
    let (http, body) = request_of::<E>(path, request);
    send(server, http, body).await
}

/// Calls `E` and decodes its success, or returns the error answer.
pub async fn call<E: Endpoint>(
    server: &MockServer,
    path: &E::Path,
    request: &E::Request,
) -> Result<E::Response, Answer> {
    let answer = call_raw::<E>(server, path, request).await;
    if answer.status != StatusCode::OK {
        return Err(answer);
    }
    Ok(
        E::Response::from_body(&answer.body).unwrap_or_else(|error| {
            panic!(
                "{} answered what its model does not decode: {error}",
                E::NAME
            )
        }),
    )
}

/// Calls `E`, expecting success.
pub async fn ok<E: Endpoint>(
    server: &MockServer,
    path: &E::Path,
    request: &E::Request,
) -> E::Response {
    call::<E>(server, path, request)
        .await
        .unwrap_or_else(|answer| {
            panic!(
                "{} refused: {} {}",
                E::NAME,
                answer.status,
                answer.message()
            )
        })
}

/// Calls `E`, expecting the error `code`.
pub async fn refused<E: Endpoint>(
    server: &MockServer,
    path: &E::Path,
    request: &E::Request,
    code: ErrorCode,
) -> String {
    match call::<E>(server, path, request).await {
        Ok(response) => panic!("{} succeeded: {response:?}", E::NAME),
        Err(answer) => {
            assert_eq!(answer.error_code(), code, "{}", answer.message());
            answer.message()
        }
    }
}

/// A create request for `userid`, starting at `start` (Unix seconds), an hour long.
pub fn create_request(userid: &str, subject: &str, start: u64) -> CreateMeetingRequest {
    CreateMeetingRequest::builder()
        .userid(userid)
        .instanceid(InstanceId::Pc)
        .subject(subject)
        .meeting_type(MeetingType::Scheduled)
        .start_time(UnixSeconds::new(start))
        .end_time(UnixSeconds::new(start + 3600))
        .build()
}

/// Creates a meeting for `userid` starting at `start` and returns its ID.
pub async fn create(server: &MockServer, userid: &str, subject: &str, start: u64) -> String {
    let answer = ok::<CreateMeeting>(server, &(), &create_request(userid, subject, start)).await;
    answer.meeting_id().expect("a meeting id").to_owned()
}

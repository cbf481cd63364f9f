//! Real-HTTP helpers for the mock's tests: a bare hyper HTTP/1.1 client (one connection per call, so that a
//! fault on one call never leaks into the next), request bodies, and signing with `wemeet-sign`.
#![allow(
    dead_code,
    reason = "each test file uses a different part of the support module"
)]

pub(crate) mod event_sink;

use std::net::SocketAddr;
use std::time::Duration;

use bytes::Bytes;
use http::{HeaderMap, Method, Request, StatusCode};
use http_body_util::{BodyExt, Full};
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use wemeet_mock::MockServer;
use wemeet_sign::Signer;
use wemeet_types::ErrorCode;

/// A complete answer.
#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|error| panic!("body is not JSON ({error}): {:?}", self.body))
    }

    /// `error_info.error_code`, asserting the documented error shape on the way: a message, and a
    /// `new_error_code`: the newer code where the vocabulary documents one, else the code itself.
    pub fn error_code(&self) -> ErrorCode {
        let body = self.json();
        let info = &body["error_info"];
        assert!(info["message"].is_string(), "no message in {body}");
        let code = ErrorCode::new(
            info["error_code"]
                .as_i64()
                .unwrap_or_else(|| panic!("no error_code in {body}")),
        );
        let documented = code.info().and_then(|info| info.new_code);
        let expected = documented.unwrap_or(code.get());
        assert_eq!(info["new_error_code"].as_i64(), Some(expected), "{body}");
        code
    }

    /// [`error_code`](Self::error_code) of an answer the mock itself gave: its status is the one the vocabulary
    /// gives the code.
    pub fn refusal_code(&self) -> ErrorCode {
        let code = self.error_code();
        if let Some(info) = code.info() {
            assert_eq!(
                self.status.as_u16(),
                info.status,
                "the vocabulary's status for {code}"
            );
        }
        code
    }

    pub fn message(&self) -> String {
        self.json()["error_info"]["message"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    pub fn trace(&self) -> &str {
        self.headers
            .get(wemeet_types::TRACE_HEADER)
            .and_then(|value| value.to_str().ok())
            .unwrap_or_else(|| panic!("no X-TC-Trace in {:?}", self.headers))
    }
}

/// Where a call failed, if it did not come back complete.
#[derive(Debug)]
pub enum Failure {
    /// No response head arrived (connection closed or broken before it).
    NoResponse(hyper::Error),
    /// The head arrived, the body did not complete.
    Body {
        status: StatusCode,
        error: hyper::Error,
    },
}

/// Sends one request on a fresh connection and reads the whole answer.
pub async fn send(server: &MockServer, request: Request<Vec<u8>>) -> Result<Answer, Failure> {
    send_to(server.address(), request).await
}

/// Sends one request to `address` on a fresh connection and reads the whole answer.
pub async fn send_to(address: SocketAddr, request: Request<Vec<u8>>) -> Result<Answer, Failure> {
    let stream = TcpStream::connect(address)
        .await
        .expect("connect to the mock");
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .expect("HTTP/1.1 handshake");
    tokio::spawn(connection);
    let (parts, body) = request.into_parts();
    let request = Request::from_parts(parts, Full::new(Bytes::from(body)));
    let response = sender
        .send_request(request)
        .await
        .map_err(Failure::NoResponse)?;
    let (parts, body) = response.into_parts();
    let body = body
        .collect()
        .await
        .map_err(|error| Failure::Body {
            status: parts.status,
            error,
        })?
        .to_bytes();
    Ok(Answer {
        status: parts.status,
        headers: parts.headers,
        body,
    })
}

/// A request signed by `signer` for exactly `body`.
pub fn signed(signer: &Signer, method: Method, target: &str, body: Vec<u8>) -> Request<Vec<u8>> {
    let mut request = unsigned(method, target, body);
    signer.sign_request(&mut request).expect("sign");
    request
}

/// A JSON request of `method` to `target`, not yet signed.
pub fn unsigned(method: Method, target: &str, body: Vec<u8>) -> Request<Vec<u8>> {
    Request::builder()
        .method(method)
        .uri(target)
        .header("content-type", "application/json; charset=utf-8")
        .header("host", "127.0.0.1")
        .body(body)
        .expect("request")
}

/// POSTs `body` to `target`, signed with the demo credentials, and expects a complete answer.
/// `method` `target` with `body` as JSON (none: an empty body), signed with the server's credentials.
pub async fn call(
    server: &MockServer,
    method: Method,
    target: &str,
    body: Option<&Value>,
) -> Answer {
    let bytes = body
        .map(|body| serde_json::to_vec(body).expect("encode"))
        .unwrap_or_default();
    send(server, signed(&server.signer(), method, target, bytes))
        .await
        .expect("an answer")
}

pub async fn post(server: &MockServer, target: &str, body: &Value) -> Answer {
    post_as(server, &server.signer(), target, body).await
}

/// POSTs `body` to `target`, signed by `signer`, and expects a complete answer.
pub async fn post_as(server: &MockServer, signer: &Signer, target: &str, body: &Value) -> Answer {
    let bytes = serde_json::to_vec(body).expect("encode");
    send(server, signed(signer, Method::POST, target, bytes))
        .await
        .unwrap_or_else(|failure| panic!("the call failed: {failure:?}"))
}

/// POSTs raw `bytes` to `target`, signed with the demo credentials.
pub async fn post_bytes(server: &MockServer, target: &str, bytes: &[u8]) -> Answer {
    send(
        server,
        signed(&server.signer(), Method::POST, target, bytes.to_vec()),
    )
    .await
    .unwrap_or_else(|failure| panic!("the call failed: {failure:?}"))
}

/// Writes `request` bytes on a fresh connection and reads until the server closes it (or `limit` passes).
pub async fn raw_exchange(server: &MockServer, request: &[u8], limit: Duration) -> Vec<u8> {
    let mut stream = TcpStream::connect(server.address()).await.expect("connect");
    stream.write_all(request).await.expect("write");
    let mut received = Vec::new();
    let read = tokio::time::timeout(limit, stream.read_to_end(&mut received)).await;
    assert!(
        read.is_ok(),
        "the server kept the connection open; got so far {:?}",
        String::from_utf8_lossy(&received)
    );
    received
}

/// The bytes of a signed POST, as they go on the wire (with `Connection: close`).
pub fn raw_post(server: &MockServer, target: &str, body: &Value) -> Vec<u8> {
    let body = serde_json::to_vec(body).expect("encode");
    let request = signed(&server.signer(), Method::POST, target, body);
    let mut bytes = format!(
        "POST {target} HTTP/1.1\r\nconnection: close\r\ncontent-length: {}\r\n",
        request.body().len()
    )
    .into_bytes();
    for (name, value) in request.headers() {
        bytes.extend_from_slice(name.as_str().as_bytes());
        bytes.extend_from_slice(b": ");
        bytes.extend_from_slice(value.as_bytes());
        bytes.extend_from_slice(b"\r\n");
    }
    bytes.extend_from_slice(b"\r\n");
    bytes.extend_from_slice(request.body());
    bytes
}

pub const CREATE: &str = "/v1/meetings";

pub fn backgrounds_path(meeting_id: &str) -> String {
    format!("/v1/meetings/{meeting_id}/backgrounds")
}

pub fn live_stream_path(meeting_id: &str) -> String {
    format!("/v1/meetings/{meeting_id}/live_play/live-stream-address")
}

/// A valid create-meeting body (the doc example's values) for `userid`.
pub fn create_body(userid: &str) -> Value {
    json!({
        "userid": userid,
        "instanceid": 1,
        "subject": "tester's meeting",
        "type": 0,
        "hosts": [userid],
        "invitees": ["test1", "guest1", "guest2"],
        "start_time": "1572172200",
        "end_time": "1572175800",
        "password": "1111",
        "settings": {
            "mute_enable_join": true,
            "allow_unmute_self": false,
            "mute_all": false,
            "host_video": true,
            "participant_video": false,
            "enable_record": false,
            "play_ivr_on_leave": false,
            "play_ivr_on_join": false,
            "live_url": false
        }
    })
}

/// Creates a meeting as `userid` (demo credentials) and returns its id.
pub async fn create_meeting(server: &MockServer, userid: &str) -> String {
    let answer = post(server, CREATE, &create_body(userid)).await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
    answer.json()["meeting_info_list"][0]["meeting_id"]
        .as_str()
        .expect("meeting_id")
        .to_owned()
}

/// A valid image entry; `n` varies the MD5.
pub fn image(n: u32) -> Value {
    json!({
        "image_md5": format!("{n:032x}"),
        "image_url": format!("https://example.cos.myqcloud.com/background-{n}.png"),
    })
}

pub fn backgrounds_body(userid: &str, images: Vec<Value>) -> Value {
    json!({ "userid": userid, "instanceid": 1, "image_list": images })
}

/// A valid push-stream entry.
pub fn push_entry(platform_type: u32, platform_name_base64: &str) -> Value {
    json!({
        "platform_type": platform_type,
        "platform_name": platform_name_base64,
        "enable_push_addres": true,
        "push_address": "rtmp://123123.123live.123.com/trtc_1451297868/",
        "push_password": "123123123123123"
    })
}

pub fn live_stream_body(userid: &str, entries: Vec<Value>) -> Value {
    json!({ "userid": userid, "instanceid": 1, "push_stream_info": entries })
}

/// The endpoints whose sample names what a fresh server cannot hold, which their behaviour refuses with 190004
/// naming the field: the `invite_id` of a room call never placed (cancel room call).
pub const SAMPLES_NAMING_ABSENT_STATE: &[&str] = &["cancel_room_call"];
/// The fields whose sample value (the schemas' minimum, or a placeholder string) a behaviour refuses by a rule of
/// its own, 190004 naming the field, as the service refuses them: by endpoint, the field and why. Only these may
/// make a valid sample fail with the invalid-parameter code.
pub const SAMPLES_A_BEHAVIOUR_REFUSES: &[(&str, &str, &str)] = &[
    (
        "list_users_advanced",
        "pos",
        "a cursor the list never answered",
    ),
    (
        "prepare_record_upload",
        "file_size",
        "an empty file has no part to upload",
    ),
    (
        "finish_record_upload",
        "upload_id",
        "an upload never prepared",
    ),
    (
        "upload_record_part",
        "upload_id",
        "an upload never prepared",
    ),
];

/// Whether `answer` to the sample of endpoint `name` is one of [`SAMPLES_A_BEHAVIOUR_REFUSES`].
pub fn refused_by_its_behaviour(name: &str, message: &str) -> bool {
    SAMPLES_A_BEHAVIOUR_REFUSES
        .iter()
        .any(|(endpoint, field, _)| *endpoint == name && message.contains(&format!("`{field}`")))
}

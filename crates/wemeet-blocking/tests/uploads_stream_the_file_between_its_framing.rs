//! Multipart uploads as the blocking client sends them, seen by a local server: the form's framing, the file as
//! its reader yields it and the closing framing, under the form's `Content-Length` (never chunked), the file never
//! whole in memory; bytes sent again when a call is retried; a reader that yields another size than it stated
//! fails the call before the form is whole.

mod local_server;
mod upload_requests;

use local_server::{LocalServer, Received};
use upload_requests::{CHECKSUM, Generated, client, pattern, upload_all};
use wemeet_blocking::{Error, OperatorIdType, TransportErrorKind, Upload};
use wemeet_testkit::{Allocations, CountingAllocator};
use wemeet_types::records::{UploadRecordFile, UploadRecordPart, UploadRecordPartRequest};

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

/// The name of a form part, from its headers.
fn part_name(headers: &str) -> &str {
    let name = headers.split("name=\"").nth(1).unwrap_or_default();
    &name[..name.find('"').unwrap_or_default()]
}

/// The content of the form part named `name`.
fn part<'a>(parts: &'a [(String, Vec<u8>)], name: &str) -> &'a [u8] {
    parts
        .iter()
        .find(|(headers, _)| part_name(headers) == name)
        .map(|(_, content)| content.as_slice())
        .unwrap_or_else(|| panic!("no part named {name}"))
}

/// The parts of a received form: each part's headers and content, checked to be framed by the boundary its
/// `Content-Type` names, with nothing before the first or after the closing delimiter.
fn form_parts(request: &Received) -> Vec<(String, Vec<u8>)> {
    let boundary = request
        .header("content-type")
        .and_then(|value| value.strip_prefix("multipart/form-data; boundary="))
        .expect("a multipart Content-Type");
    let body = request
        .body
        .strip_prefix(format!("--{boundary}\r\n").as_bytes())
        .and_then(|body| body.strip_suffix(format!("\r\n--{boundary}--\r\n").as_bytes()))
        .expect("the form starts with its boundary and ends with its closing delimiter");
    let delimiter = format!("\r\n--{boundary}\r\n").into_bytes();
    let mut parts = Vec::new();
    let mut rest = body;
    loop {
        let end = rest
            .windows(delimiter.len())
            .position(|window| window == delimiter)
            .unwrap_or(rest.len());
        let part = &rest[..end];
        let split = part
            .windows(4)
            .position(|window| window == b"\r\n\r\n")
            .expect("a part's headers end with a blank line");
        parts.push((
            String::from_utf8(part[..split].to_vec()).unwrap(),
            part[split + 4..].to_vec(),
        ));
        if end == rest.len() {
            return parts;
        }
        rest = &rest[end + delimiter.len()..];
    }
}

/// The error and its causes on one line.
fn with_causes(error: &Error) -> String {
    let mut text = error.to_string();
    let mut cause = std::error::Error::source(error);
    while let Some(current) = cause {
        text.push_str(&format!(": {current}"));
        cause = current.source();
    }
    text
}

#[test]
fn a_reader_goes_out_between_the_forms_framing_under_its_content_length_never_whole_in_memory() {
    let server = LocalServer::start(&[(200, r#"{"job_id":"job-1"}"#)]);
    let client = client(server.base_url());
    let size: u64 = 8 << 20;
    let request = upload_all(Upload::from_reader(Generated::new(size), size), size);

    let before = Allocations::on_this_thread();
    let response = client.send::<UploadRecordFile>(&(), &request).unwrap();
    let allocated = Allocations::on_this_thread().bytes - before.bytes;
    assert_eq!(response.job_id.as_deref(), Some("job-1"));

    let received = server.received();
    assert_eq!(received.len(), 1, "a reader is sent once");
    let request = &received[0];
    assert!(
        request
            .head
            .starts_with("POST /v1/files/records/upload-all HTTP/1.1"),
        "{}",
        request.head
    );
    assert!(request.complete);
    assert_eq!(
        request.header("content-length"),
        Some(request.body.len().to_string().as_str())
    );
    assert_eq!(request.header("transfer-encoding"), None, "not chunked");

    let parts = form_parts(request);
    let names: Vec<&str> = parts
        .iter()
        .map(|(headers, _)| part_name(headers))
        .collect();
    assert_eq!(
        names,
        [
            "operator_id",
            "operator_id_type",
            "file_name",
            "file_type",
            "file_size",
            "file_checksum",
            "file_content",
            "speak_number"
        ]
    );
    let (headers, file) = &parts[6];
    assert!(
        headers.contains("filename=\"talk.mp4\"")
            && headers.contains("Content-Type: application/octet-stream"),
        "{headers}"
    );
    assert_eq!(file.len() as u64, size);
    assert!(
        file.iter()
            .enumerate()
            .all(|(at, byte)| *byte == pattern(at as u64)),
        "the file arrived as its reader yielded it"
    );
    assert_eq!(part(&parts, "file_size"), size.to_string().as_bytes());

    // ureq's own buffers and the call's bookkeeping: far from the file's 8 MiB.
    assert!(
        allocated < size / 8,
        "the call allocated {allocated} bytes to send a file of {size}"
    );
}

#[test]
fn bytes_are_sent_again_when_the_call_is_retried() {
    let server = LocalServer::start(&[(503, "{}"), (200, "")]);
    let client = client(server.base_url());
    let content = b"part of a recording".repeat(10_000);
    let request = UploadRecordPartRequest::builder()
        .operator_id("uploader")
        .operator_id_type(OperatorIdType::Userid)
        .upload_id("upload-1")
        .file_size(i64::try_from(content.len()).unwrap())
        .file_seq(1)
        .file_checksum(CHECKSUM)
        .file_content(Upload::from_bytes(content.clone()))
        .build();

    client.send::<UploadRecordPart>(&(), &request).unwrap();

    let received = server.received();
    assert_eq!(
        received.len(),
        2,
        "the 503 was retried (upload-part is idempotent)"
    );
    for request in &received {
        assert!(request.complete);
        assert!(
            part(&form_parts(request), "file_content") == content,
            "the file arrived whole"
        );
    }
    assert!(received[0].body == received[1].body, "the same form");
    assert_ne!(
        received[0].header("x-tc-signature"),
        received[1].header("x-tc-signature"),
        "each attempt signed afresh"
    );
}

#[test]
fn a_reader_shorter_or_longer_than_stated_fails_the_call_before_the_form_is_whole() {
    let stated: u64 = 300_000;
    for (yielded, says) in [
        (
            200_000,
            "the upload's reader ended 100000 bytes short of the size it stated",
        ),
        (
            stated + 1,
            "the upload's reader gave more bytes than the size it stated",
        ),
    ] {
        let server = LocalServer::start(&[]);
        let client = client(server.base_url());
        let request = upload_all(Upload::from_reader(Generated::new(yielded), stated), stated);

        let error = client.send::<UploadRecordFile>(&(), &request).unwrap_err();

        let text = with_causes(&error);
        assert!(
            matches!(&error, Error::Transport(transport)
                if transport.kind() == TransportErrorKind::Interrupted && transport.attempts() == 1),
            "one attempt (a reader is sent once), failed while sending: {text}"
        );
        assert!(text.contains(says), "{text}");
        let received = server.wait_for(1);
        assert_eq!(received.len(), 1);
        let request = &received[0];
        assert!(
            !request.complete,
            "the form was cut short of its Content-Length"
        );
        let boundary = request
            .header("content-type")
            .unwrap()
            .split("boundary=")
            .nth(1)
            .unwrap();
        let closing = format!("--{boundary}--");
        assert!(
            !request
                .body
                .windows(closing.len())
                .any(|window| window == closing.as_bytes()),
            "never the closing delimiter"
        );
    }
}

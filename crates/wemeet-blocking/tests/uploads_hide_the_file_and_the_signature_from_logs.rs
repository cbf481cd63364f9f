//! No log record of any crate, ureq-proto's wire dumps at TRACE included, carries a byte of an uploaded file, the
//! request's signature or the credentials, whether the file comes from a reader or from bytes.

mod local_server;
mod upload_requests;

use std::io::Cursor;

use local_server::LocalServer;
use tracing_subscriber::filter::LevelFilter;
use tracing_subscriber::util::SubscriberInitExt;
use upload_requests::{APP_ID, SECRET_ID, SECRET_KEY, client, upload_all};
use wemeet_blocking::Upload;
use wemeet_testkit::{CapturedLogs, hex_dumped_bytes};
use wemeet_types::records::UploadRecordFile;

/// Text that is only ever in the uploaded files.
const FILE_MARKER: &str = "filemark-upload-4d9c0e";

#[test]
fn no_file_byte_signature_or_credential_in_any_log_record() {
    let logs = CapturedLogs::default();
    logs.subscriber(LevelFilter::TRACE).init();
    let server = LocalServer::start(&[]);
    let client = client(server.base_url());
    // Longer than ureq's 128 KiB output buffer: the file goes out over several writes.
    let content = FILE_MARKER.repeat(20_000).into_bytes();
    let size = content.len() as u64;
    for file in [
        Upload::from_reader(Cursor::new(content.clone()), size),
        Upload::from_bytes(content.clone()),
    ] {
        client
            .send::<UploadRecordFile>(&(), &upload_all(file, size))
            .unwrap();
    }

    let received = server.received();
    assert_eq!(received.len(), 2);
    let signatures: Vec<&str> = received
        .iter()
        .map(|request| request.header("x-tc-signature").unwrap())
        .collect();
    for request in &received {
        let marker = FILE_MARKER.as_bytes();
        let markers = request
            .body
            .windows(marker.len())
            .filter(|window| window == &marker)
            .count();
        assert_eq!(markers, 20_000, "the server got the whole file");
    }

    let logs = logs.text();
    let dumped = String::from_utf8_lossy(&hex_dumped_bytes(&logs)).into_owned();
    // The capture saw the wire dumps of the requests, concealed, so finding no secret below means something.
    assert!(
        logs.contains("ureq_proto"),
        "no ureq-proto record was captured"
    );
    assert_eq!(
        dumped
            .matches("POST /v1/files/records/upload-all HTTP/1.1")
            .count(),
        2,
        "ureq-proto's dumps of both heads were read back"
    );
    for signature in &signatures {
        let placeholder = format!("x-tc-signature: {}", "*".repeat(signature.len()));
        assert!(dumped.contains(&placeholder), "{placeholder} in {dumped}");
    }
    for secret in signatures
        .iter()
        .copied()
        .chain([FILE_MARKER, SECRET_KEY, SECRET_ID, APP_ID])
    {
        assert!(
            !dumped.contains(secret),
            "{secret:?} was logged in a hex dump"
        );
        assert!(!logs.contains(secret), "{secret:?} was logged");
    }
    // Not a run of the file's bytes shorter than the marker either: no dumped row holds any of the file's text.
    assert!(
        !dumped.contains(&FILE_MARKER[..8]),
        "a piece of the file was logged"
    );
}

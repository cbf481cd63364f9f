//! What the upload tests send: a client of the local server, an upload-all request, and a file made as it is read.

// Each test binary uses part of this module.
#![allow(dead_code)]

use std::io::Read;
use std::time::Duration;

use wemeet_blocking::{Client, Credentials, OperatorIdType, RetryPolicy, Upload, encode_base64};
use wemeet_types::records::{RecordUploadFileType, UploadRecordFileRequest};

/// A well-formed MD5 (the client checks the form, not the sum).
pub const CHECKSUM: &str = "5eb63bbbe01eeed093cb22bb8f5acdc3";

/// The credentials of [`client`].
pub const APP_ID: &str = "upload-app-3e71";
/// The credentials of [`client`].
pub const SECRET_ID: &str = "upload-secret-id-90c4";
/// The credentials of [`client`].
pub const SECRET_KEY: &str = "upload-secret-key-5b2a";

/// A client of `base_url` that retries at once.
pub fn client(base_url: &str) -> Client {
    let credentials = Credentials::builder()
        .app_id(APP_ID)
        .secret_id(SECRET_ID)
        .secret_key(SECRET_KEY)
        .build();
    Client::builder()
        .base_url(base_url)
        .credentials(credentials)
        .retry_policy(
            RetryPolicy::default().with_backoff(Duration::from_millis(1), Duration::from_millis(1)),
        )
        .build()
        .unwrap()
}

/// An upload-all request (`POST /v1/files/records/upload-all`) of `file`, stated as `size` bytes.
pub fn upload_all(file: Upload, size: u64) -> UploadRecordFileRequest {
    UploadRecordFileRequest::builder()
        .operator_id("uploader")
        .operator_id_type(OperatorIdType::Userid)
        .file_name(encode_base64("talk.mp4"))
        .file_type(RecordUploadFileType::Video)
        .file_size(i64::try_from(size).unwrap())
        .file_checksum(CHECKSUM)
        .file_content(file.file_name("talk.mp4"))
        .speak_number(2)
        .build()
}

/// Byte `at` of the generated files.
pub fn pattern(at: u64) -> u8 {
    (at % 251) as u8
}

/// A file made as it is read: it is never in memory, so neither is any copy of it but what the client holds.
pub struct Generated {
    at: u64,
    end: u64,
}

impl Generated {
    /// A file of `size` bytes.
    pub fn new(size: u64) -> Self {
        Generated { at: 0, end: size }
    }
}

impl Read for Generated {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let count =
            usize::try_from(self.end - self.at).map_or(buffer.len(), |left| left.min(buffer.len()));
        for (offset, byte) in buffer[..count].iter_mut().enumerate() {
            *byte = pattern(self.at + offset as u64);
        }
        self.at += count as u64;
        Ok(count)
    }
}

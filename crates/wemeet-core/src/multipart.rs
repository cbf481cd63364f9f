//! A multipart form's framing (`multipart/form-data`, RFC 7578): the bytes before the file, the file, the bytes
//! after it. The service signs such a request as if its body were empty (the upload pages: 表单数据不作为签名的部分),
//! so the file can be streamed as it is sent, never held whole.

use std::fmt::Write as _;

use http::HeaderValue;
use wemeet_types::{Form, FormPart, Upload, UploadSource};

use crate::Error;

/// A form ready to send: its boundary, the framing around the file, and the file.
#[derive(Clone)]
pub(crate) struct MultipartForm {
    content_type: HeaderValue,
    head: Vec<u8>,
    tail: Vec<u8>,
    upload: Upload,
}

/// What a transport sends as the body of one multipart attempt: [`head`](Self::head), then the file's
/// [`file_size`](Self::file_size) bytes from [`file`](Self::file), then [`tail`](Self::tail). The
/// `Content-Length` of the request is [`length`](Self::length).
///
/// `Debug` shows the sizes only.
#[non_exhaustive]
pub struct AttemptUpload {
    /// The parts before the file, and the file part's headers.
    pub head: Vec<u8>,
    /// The file's content.
    pub file: UploadSource,
    /// The file's size, as its upload states it: a reader that yields more or fewer bytes fails the attempt.
    pub file_size: u64,
    /// The end of the file part, the parts after it and the closing boundary.
    pub tail: Vec<u8>,
}

impl AttemptUpload {
    /// The body of a single attempt sending `form` (framed with a fresh boundary): what a transport's tests feed
    /// it; a call frames its form once and makes each attempt's body from it.
    ///
    /// # Errors
    /// The form has no file part, or its reader was already sent.
    pub fn from_form(form: &Form) -> Result<Self, Error> {
        MultipartForm::new(form)?.attempt()
    }

    /// The body's length in bytes.
    pub fn length(&self) -> u64 {
        (self.head.len() as u64)
            .saturating_add(self.file_size)
            .saturating_add(self.tail.len() as u64)
    }
}

impl std::fmt::Debug for AttemptUpload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttemptUpload")
            .field("head_bytes", &self.head.len())
            .field("file", &self.file)
            .field("file_size", &self.file_size)
            .field("tail_bytes", &self.tail.len())
            .finish()
    }
}

impl MultipartForm {
    /// Frames `form` (which has exactly one file part: the generator guarantees it) with a random boundary.
    pub(crate) fn new(form: &Form) -> Result<Self, Error> {
        let boundary = boundary()?;
        let mut head = String::new();
        let mut tail = String::new();
        let mut upload = None;
        for part in form.parts() {
            let out = if upload.is_some() {
                &mut tail
            } else {
                &mut head
            };
            match part {
                FormPart::Text { name, value } => {
                    let _ = write!(
                        out,
                        "--{boundary}\r\nContent-Disposition: form-data; name=\"{}\"\r\n\r\n{value}\r\n",
                        escape(name)
                    );
                }
                FormPart::File { name, upload: file } => {
                    if upload.is_some() {
                        return Err(Error::Encode("a form has one file part".to_owned()));
                    }
                    let _ = write!(
                        out,
                        "--{boundary}\r\nContent-Disposition: form-data; name=\"{}\"; filename=\"{}\"\r\n\
                         Content-Type: {}\r\n\r\n",
                        escape(name),
                        escape(file.declared_file_name()),
                        escape(file.declared_content_type()),
                    );
                    upload = Some(file.clone());
                }
                _ => return Err(Error::Encode("a form part of an unknown kind".to_owned())),
            }
        }
        let upload =
            upload.ok_or_else(|| Error::Encode("a form without its file part".to_owned()))?;
        // The file part ends with a line break, whether text parts follow (they were written into `tail`) or not.
        let tail = format!("\r\n{tail}--{boundary}--\r\n");
        let content_type =
            HeaderValue::from_str(&format!("multipart/form-data; boundary={boundary}"))
                .map_err(|error| Error::Encode(error.to_string()))?;
        Ok(MultipartForm {
            content_type,
            head: head.into_bytes(),
            tail: tail.into_bytes(),
            upload,
        })
    }

    /// `multipart/form-data; boundary=...`.
    pub(crate) fn content_type(&self) -> HeaderValue {
        self.content_type.clone()
    }

    /// Whether the file is a reader, which can be sent once only.
    pub(crate) fn is_streamed(&self) -> bool {
        self.upload.is_streamed()
    }

    /// The body of one attempt; an error when the file is a reader an earlier attempt or call already took.
    pub(crate) fn attempt(&self) -> Result<AttemptUpload, Error> {
        let file = self.upload.take_source().ok_or_else(|| {
            Error::Encode(
                "the upload's reader was already sent: a reader is sent once (use Upload::from_bytes to send the \
                 same content again)"
                    .to_owned(),
            )
        })?;
        Ok(AttemptUpload {
            head: self.head.clone(),
            file,
            file_size: self.upload.size(),
            tail: self.tail.clone(),
        })
    }
}

/// A boundary that no file is likely to contain: a fixed prefix and 128 random bits.
fn boundary() -> Result<String, Error> {
    let mut random = [0u8; 16];
    getrandom::getrandom(&mut random)
        .map_err(|error| Error::Encode(format!("no randomness for a form boundary: {error}")))?;
    let hex: String = random.iter().map(|byte| format!("{byte:02x}")).collect();
    Ok(format!("wemeet-rs-{hex}"))
}

/// A name or file name inside a quoted header parameter: `"`, CR and LF percent-encoded, as browsers do.
fn escape(text: &str) -> String {
    text.replace('"', "%22")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_sits_between_the_parts_before_and_after_it() {
        let mut form = Form::new();
        form.text("operator_id", "tester")
            .file(
                "file_content",
                &Upload::from_bytes(b"DATA".to_vec()).file_name("a \"b\".mp4"),
            )
            .text("ai_record", &true);
        let framed = MultipartForm::new(&form).unwrap();
        let content_type = framed.content_type();
        let boundary = content_type
            .to_str()
            .unwrap()
            .strip_prefix("multipart/form-data; boundary=")
            .unwrap()
            .to_owned();
        let attempt = framed.attempt().unwrap();
        let UploadSource::Bytes(file) = &attempt.file else {
            panic!("bytes");
        };
        let mut body = attempt.head.clone();
        body.extend_from_slice(file);
        body.extend_from_slice(&attempt.tail);
        assert_eq!(attempt.length(), body.len() as u64);
        let text = String::from_utf8(body).unwrap();
        assert_eq!(
            text,
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"operator_id\"\r\n\r\ntester\r\n\
                 --{boundary}\r\nContent-Disposition: form-data; name=\"file_content\"; filename=\"a %22b%22.mp4\"\r\n\
                 Content-Type: application/octet-stream\r\n\r\nDATA\r\n\
                 --{boundary}\r\nContent-Disposition: form-data; name=\"ai_record\"\r\n\r\ntrue\r\n\
                 --{boundary}--\r\n"
            )
        );
    }

    #[test]
    fn a_reader_is_sent_once() {
        let mut form = Form::new();
        form.file(
            "file",
            &Upload::from_reader(std::io::Cursor::new(vec![1, 2]), 2),
        );
        let framed = MultipartForm::new(&form).unwrap();
        assert!(framed.is_streamed());
        assert!(framed.attempt().is_ok());
        let error = framed.attempt().unwrap_err();
        assert!(error.to_string().contains("sent once"), "{error}");
    }
}

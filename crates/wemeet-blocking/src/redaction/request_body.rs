//! The real body of the request in flight, which the connection writes over ureq's placeholder as it goes out:
//! bytes in memory, or a multipart upload read as it is sent.

use std::io::{self, Read};

use super::outgoing::refuse;
use crate::upload_body::UploadBody;

/// The request body behind the placeholder ureq serializes.
pub(crate) enum RequestBody {
    /// A body in memory (JSON, or empty).
    Bytes(Vec<u8>),
    /// A multipart upload; `read` of its bytes were taken so far. Read once, in order.
    Upload {
        /// The upload.
        body: UploadBody,
        /// How many of its bytes were read.
        read: u64,
    },
}

impl Default for RequestBody {
    fn default() -> Self {
        RequestBody::Bytes(Vec::new())
    }
}

impl RequestBody {
    /// An upload, none of it read yet.
    pub(crate) fn upload(body: UploadBody) -> Self {
        RequestBody::Upload { body, read: 0 }
    }

    /// Its length in bytes: what the request's `Content-Length` says.
    pub(super) fn length(&self) -> u64 {
        match self {
            RequestBody::Bytes(bytes) => bytes.len() as u64,
            RequestBody::Upload { body, .. } => body.length(),
        }
    }

    /// Writes the body's bytes from `offset` on over all of `part`; fails rather than leave a byte of `part` not
    /// the body's. A body in memory can be written again (from any offset); an upload only in order, once.
    pub(super) fn fill(&mut self, offset: u64, part: &mut [u8]) -> io::Result<()> {
        match self {
            RequestBody::Bytes(bytes) => {
                let real = usize::try_from(offset)
                    .ok()
                    .and_then(|start| bytes.get(start..start.checked_add(part.len())?))
                    .ok_or_else(|| refuse("the body is longer than the request's"))?;
                part.copy_from_slice(real);
                Ok(())
            }
            RequestBody::Upload { body, read } => {
                if offset != *read {
                    return Err(refuse(
                        "an upload's body is read once, in order, and this part is not the next one",
                    ));
                }
                let mut filled = 0;
                while filled < part.len() {
                    match body.read(&mut part[filled..])? {
                        0 => return Err(refuse("the body is longer than the request's")),
                        count => {
                            filled += count;
                            *read += count as u64;
                        }
                    }
                }
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;
    use wemeet_core::AttemptUpload;
    use wemeet_types::{Form, Upload};

    fn upload(content: &[u8]) -> (RequestBody, Vec<u8>) {
        let mut form = Form::new();
        form.file(
            "file",
            &Upload::from_reader(Cursor::new(content.to_vec()), content.len() as u64),
        );
        let attempt = AttemptUpload::from_form(&form).unwrap();
        let whole = [attempt.head.clone(), content.to_vec(), attempt.tail.clone()].concat();
        (
            RequestBody::upload(UploadBody::new(attempt).unwrap()),
            whole,
        )
    }

    #[test]
    fn an_upload_fills_parts_in_order_once() {
        let (mut body, whole) = upload(b"file content");
        assert_eq!(body.length(), whole.len() as u64);
        let mut first = vec![0u8; 10];
        body.fill(0, &mut first).unwrap();
        let mut rest = vec![0u8; whole.len() - 10];
        body.fill(10, &mut rest).unwrap();
        assert_eq!([first, rest].concat(), whole);
        assert!(body.fill(0, &mut [0u8; 1]).is_err(), "sent once");
        assert!(body.fill(whole.len() as u64, &mut [0u8; 1]).is_err());
    }

    #[test]
    fn a_part_out_of_order_or_past_the_end_is_refused() {
        let (mut upload, _) = upload(b"file content");
        assert!(upload.fill(3, &mut [0u8; 2]).is_err());
        let mut bytes = RequestBody::Bytes(b"body".to_vec());
        let mut part = [0u8; 2];
        bytes.fill(2, &mut part).unwrap();
        assert_eq!(&part, b"dy");
        assert!(bytes.fill(3, &mut part).is_err());
        assert!(bytes.fill(u64::MAX, &mut part).is_err());
    }
}

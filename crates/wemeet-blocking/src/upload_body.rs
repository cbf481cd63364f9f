//! A multipart upload as the blocking client sends it: a reader of the framing before the file, the file read as it
//! is sent (never whole in memory when it comes from a reader) and checked against its stated size, and the framing
//! after it.

use std::fmt;
use std::io::{self, Chain, Cursor, Read};

use wemeet_core::{AttemptUpload, Error};
use wemeet_types::UploadSource;

/// The body of one multipart attempt ([`AttemptUpload`]), read in order: exactly [`length`](Self::length) bytes,
/// or an error.
pub(crate) struct UploadBody {
    bytes: Framed,
    length: u64,
}

/// The framing before the file, the file, the framing after it.
type Framed = Chain<Chain<Cursor<Vec<u8>>, StatedSize>, Cursor<Vec<u8>>>;

/// Why an upload's body could not be read whole.
#[derive(Debug)]
pub(crate) enum UploadError {
    /// The reader failed.
    Read(io::Error),
    /// The reader ended this many bytes short of the size the upload stated.
    Short(u64),
    /// The reader had more bytes than the size the upload stated.
    Long,
}

impl UploadBody {
    /// The body of `upload`; an error for an async reader, which only the async client can read.
    pub(crate) fn new(upload: AttemptUpload) -> Result<Self, Error> {
        let length = upload.length();
        let file: Box<dyn Read + Send> = match upload.file {
            UploadSource::Bytes(bytes) => Box::new(Cursor::new(bytes)),
            UploadSource::Reader(reader) => reader,
            // The async reader (wemeet-types' `tokio` feature, when the build unifies it in), and whatever source
            // a later wemeet-types adds.
            _ => {
                return Err(Error::Encode(
                    "an async reader needs the async client (wemeet): give the blocking client Upload::from_reader \
                     or Upload::from_bytes"
                        .to_owned(),
                ));
            }
        };
        let file = StatedSize {
            reader: file,
            remaining: upload.file_size,
            ended: false,
        };
        Ok(UploadBody {
            bytes: Cursor::new(upload.head)
                .chain(file)
                .chain(Cursor::new(upload.tail)),
            length,
        })
    }

    /// The body's length in bytes: its `Content-Length`.
    pub(crate) fn length(&self) -> u64 {
        self.length
    }
}

impl Read for UploadBody {
    fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        self.bytes.read(buffer)
    }
}

/// The file, which must yield exactly `remaining` more bytes and then end.
struct StatedSize {
    reader: Box<dyn Read + Send>,
    remaining: u64,
    /// Whether the reader was seen to end where the stated size does.
    ended: bool,
}

impl Read for StatedSize {
    fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        if self.remaining == 0 {
            if !self.ended {
                if read_retrying(&mut self.reader, &mut [0u8; 1])? > 0 {
                    return Err(UploadError::Long.into());
                }
                self.ended = true;
            }
            return Ok(0);
        }
        if buffer.is_empty() {
            return Ok(0);
        }
        let limit =
            usize::try_from(self.remaining).map_or(buffer.len(), |left| left.min(buffer.len()));
        let read = read_retrying(&mut self.reader, &mut buffer[..limit])?;
        if read == 0 {
            return Err(UploadError::Short(self.remaining).into());
        }
        self.remaining -= read as u64;
        Ok(read)
    }
}

/// One read of the caller's reader, again when it was interrupted; its errors as [`UploadError::Read`].
fn read_retrying(reader: &mut dyn Read, buffer: &mut [u8]) -> io::Result<usize> {
    loop {
        match reader.read(buffer) {
            Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
            Err(error) => return Err(UploadError::Read(error).into()),
            Ok(read) if read > buffer.len() => {
                let broken =
                    io::Error::other("the reader reported more bytes than its buffer holds");
                return Err(UploadError::Read(broken).into());
            }
            Ok(read) => return Ok(read),
        }
    }
}

impl fmt::Display for UploadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UploadError::Read(error) => write!(f, "reading the upload failed: {error}"),
            UploadError::Short(missing) => write!(
                f,
                "the upload's reader ended {missing} bytes short of the size it stated"
            ),
            UploadError::Long => {
                f.write_str("the upload's reader gave more bytes than the size it stated")
            }
        }
    }
}

impl std::error::Error for UploadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            UploadError::Read(error) => Some(error),
            UploadError::Short(_) | UploadError::Long => None,
        }
    }
}

impl From<UploadError> for io::Error {
    fn from(error: UploadError) -> Self {
        let kind = match &error {
            UploadError::Read(error) => error.kind(),
            UploadError::Short(_) => io::ErrorKind::UnexpectedEof,
            UploadError::Long => io::ErrorKind::InvalidData,
        };
        io::Error::new(kind, error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wemeet_types::{Form, Upload};

    /// The form's body around `upload`, and the attempt's head, tail and length.
    fn body(upload: &Upload) -> (UploadBody, Vec<u8>, Vec<u8>) {
        let mut form = Form::new();
        form.text("a", "1").file("file", upload).text("b", "2");
        let attempt = AttemptUpload::from_form(&form).unwrap();
        let (head, tail) = (attempt.head.clone(), attempt.tail.clone());
        (UploadBody::new(attempt).unwrap(), head, tail)
    }

    fn read_all(mut body: UploadBody, step: usize) -> io::Result<Vec<u8>> {
        let mut read = Vec::new();
        let mut buffer = vec![0u8; step];
        loop {
            match body.read(&mut buffer)? {
                0 => return Ok(read),
                count => read.extend_from_slice(&buffer[..count]),
            }
        }
    }

    #[test]
    fn bytes_and_readers_give_the_framing_around_the_file() {
        let content: Vec<u8> = (0..70_000).map(|i| (i % 251) as u8).collect();
        let size = content.len() as u64;
        for upload in [
            Upload::from_bytes(content.clone()),
            Upload::from_reader(Cursor::new(content.clone()), size),
        ] {
            for step in [1, 7, 64 * 1024] {
                let (body, head, tail) = body(&upload.clone());
                let length = body.length();
                let sent = read_all(body, step).unwrap();
                assert_eq!(sent.len() as u64, length);
                assert_eq!(sent, [head, content.clone(), tail].concat());
                if upload.is_streamed() {
                    break;
                }
            }
        }
    }

    #[test]
    fn a_reader_shorter_or_longer_than_stated_fails() {
        let (short, _, _) = body(&Upload::from_reader(Cursor::new(vec![1u8; 10]), 20));
        let error = read_all(short, 4).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::UnexpectedEof);
        assert_eq!(
            error.to_string(),
            "the upload's reader ended 10 bytes short of the size it stated"
        );
        let (long, _, _) = body(&Upload::from_reader(Cursor::new(vec![1u8; 21]), 20));
        let error = read_all(long, 1000).unwrap_err();
        assert_eq!(
            error.to_string(),
            "the upload's reader gave more bytes than the size it stated"
        );
        let (empty_but_not, _, _) = body(&Upload::from_reader(Cursor::new(vec![1u8]), 0));
        assert!(read_all(empty_but_not, 1000).is_err());
    }

    #[test]
    fn a_failing_reader_fails_the_body_with_its_error() {
        struct Failing;
        impl Read for Failing {
            fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
                Err(io::Error::new(
                    io::ErrorKind::PermissionDenied,
                    "disk says no",
                ))
            }
        }
        let (failing, _, _) = body(&Upload::from_reader(Failing, 5));
        let error = read_all(failing, 1000).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::PermissionDenied);
        assert_eq!(error.to_string(), "reading the upload failed: disk says no");
    }
}

//! The file part of a multipart upload: bytes in memory, or a reader streamed as it is sent.

use std::fmt;
use std::io::Read;
use std::sync::{Arc, Mutex, PoisonError};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

/// The content type of a file part when none is given.
pub const OCTET_STREAM: &str = "application/octet-stream";

/// The file of a multipart upload (the property of a request the schemas mark `x-form-file`).
///
/// Bytes ([`Upload::from_bytes`]) can be sent again, so a call retried by its endpoint's retry class sends them
/// again; a reader ([`Upload::from_reader`], or `from_async_reader` with the `tokio` feature) is streamed as it is
/// read, never buffered whole, and can be sent once: a call that needs a second attempt after its reader was
/// taken ends with the first attempt's error. The size is stated up front (the `Content-Length` of the part), and a
/// reader that yields more or fewer bytes fails the call.
///
/// `Debug` shows the file name, content type and size, never the content. In JSON (the form the models use
/// between themselves, e.g. the mock decoding an upload) the bytes are a base64 string; a reader has no JSON form.
///
/// ```
/// use wemeet_types::Upload;
///
/// let upload = Upload::from_bytes(b"RIFF....WAVEfmt ".to_vec()).file_name("call.wav");
/// assert_eq!(upload.size(), 16);
/// let streamed = Upload::from_reader(std::io::Cursor::new(vec![0u8; 1024]), 1024).file_name("big.mp4");
/// assert!(streamed.is_streamed());
/// ```
#[derive(Clone)]
pub struct Upload {
    file_name: Option<String>,
    content_type: String,
    size: u64,
    source: Source,
}

#[derive(Clone)]
enum Source {
    Bytes(Arc<[u8]>),
    Reader(Arc<Mutex<Option<Box<dyn Read + Send>>>>),
    #[cfg(feature = "tokio")]
    AsyncReader(Arc<Mutex<Option<AsyncReaderBox>>>),
}

/// An async reader, as the async client streams it (feature `tokio`).
#[cfg(feature = "tokio")]
pub type AsyncReaderBox = std::pin::Pin<Box<dyn tokio::io::AsyncRead + Send>>;

/// What a transport streams for an [`Upload`]: its bytes, or its reader (taken once).
#[non_exhaustive]
pub enum UploadSource {
    /// Bytes in memory.
    Bytes(Arc<[u8]>),
    /// A blocking reader.
    Reader(Box<dyn Read + Send>),
    /// An async reader (feature `tokio`).
    #[cfg(feature = "tokio")]
    AsyncReader(AsyncReaderBox),
}

impl fmt::Debug for UploadSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UploadSource::Bytes(bytes) => write!(f, "Bytes({} bytes)", bytes.len()),
            UploadSource::Reader(_) => f.write_str("Reader"),
            #[cfg(feature = "tokio")]
            UploadSource::AsyncReader(_) => f.write_str("AsyncReader"),
        }
    }
}

impl Upload {
    /// An upload of `bytes` (sent again if the call is retried).
    pub fn from_bytes(bytes: impl Into<Vec<u8>>) -> Self {
        let bytes: Arc<[u8]> = Arc::from(bytes.into());
        Upload {
            file_name: None,
            content_type: OCTET_STREAM.to_owned(),
            size: bytes.len() as u64,
            source: Source::Bytes(bytes),
        }
    }

    /// An upload of `size` bytes read from `reader` as they are sent (sent once; see the type's docs).
    pub fn from_reader(reader: impl Read + Send + 'static, size: u64) -> Self {
        Upload {
            file_name: None,
            content_type: OCTET_STREAM.to_owned(),
            size,
            source: Source::Reader(Arc::new(Mutex::new(Some(Box::new(reader))))),
        }
    }

    /// An upload of `size` bytes read from the async `reader` as they are sent (sent once).
    #[cfg(feature = "tokio")]
    pub fn from_async_reader(
        reader: impl tokio::io::AsyncRead + Send + 'static,
        size: u64,
    ) -> Self {
        Upload {
            file_name: None,
            content_type: OCTET_STREAM.to_owned(),
            size,
            source: Source::AsyncReader(Arc::new(Mutex::new(Some(Box::pin(reader))))),
        }
    }

    /// The file name the part declares (`filename=` of its `Content-Disposition`; default `file`).
    #[must_use]
    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }

    /// The part's content type (default `application/octet-stream`).
    #[must_use]
    pub fn content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = content_type.into();
        self
    }

    /// The size stated for the part, in bytes.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// The file name the part declares.
    pub fn declared_file_name(&self) -> &str {
        self.file_name.as_deref().unwrap_or("file")
    }

    /// The part's content type.
    pub fn declared_content_type(&self) -> &str {
        &self.content_type
    }

    /// Whether the content is a reader (sent once) rather than bytes.
    pub fn is_streamed(&self) -> bool {
        !matches!(self.source, Source::Bytes(_))
    }

    /// The bytes, when the content is in memory.
    pub fn bytes(&self) -> Option<&[u8]> {
        match &self.source {
            Source::Bytes(bytes) => Some(bytes),
            _ => None,
        }
    }

    /// What a transport streams: the bytes (every time), or the reader (the first time only; `None` after).
    pub fn take_source(&self) -> Option<UploadSource> {
        match &self.source {
            Source::Bytes(bytes) => Some(UploadSource::Bytes(Arc::clone(bytes))),
            Source::Reader(reader) => reader
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .take()
                .map(UploadSource::Reader),
            #[cfg(feature = "tokio")]
            Source::AsyncReader(reader) => reader
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .take()
                .map(UploadSource::AsyncReader),
        }
    }
}

impl Default for Upload {
    /// An empty file.
    fn default() -> Self {
        Upload::from_bytes(Vec::new())
    }
}

impl From<Vec<u8>> for Upload {
    fn from(bytes: Vec<u8>) -> Self {
        Upload::from_bytes(bytes)
    }
}

impl From<&[u8]> for Upload {
    fn from(bytes: &[u8]) -> Self {
        Upload::from_bytes(bytes.to_vec())
    }
}

impl From<&str> for Upload {
    /// The UTF-8 bytes of the text (e.g. a doc example's content).
    fn from(text: &str) -> Self {
        Upload::from_bytes(text.as_bytes().to_vec())
    }
}

impl PartialEq for Upload {
    /// Equal declarations and the same content: equal bytes, or the same reader.
    fn eq(&self, other: &Self) -> bool {
        let same_source = match (&self.source, &other.source) {
            (Source::Bytes(a), Source::Bytes(b)) => a == b,
            (Source::Reader(a), Source::Reader(b)) => Arc::ptr_eq(a, b),
            #[cfg(feature = "tokio")]
            (Source::AsyncReader(a), Source::AsyncReader(b)) => Arc::ptr_eq(a, b),
            _ => false,
        };
        same_source
            && self.size == other.size
            && self.file_name == other.file_name
            && self.content_type == other.content_type
    }
}

impl Eq for Upload {}

impl fmt::Debug for Upload {
    /// The declarations and the size; never the content.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Upload")
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("size", &self.size)
            .field("streamed", &self.is_streamed())
            .finish()
    }
}

impl serde::Serialize for Upload {
    /// The bytes as a base64 string; a reader has no JSON form (an error).
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.bytes() {
            Some(bytes) => serializer.serialize_str(&STANDARD.encode(bytes)),
            None => Err(serde::ser::Error::custom(
                "a streamed upload has no JSON form",
            )),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Upload {
    /// A base64 string of the bytes.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        STANDARD
            .decode(text.as_bytes())
            .map(Upload::from_bytes)
            .map_err(|error| serde::de::Error::custom(format!("an upload is base64: {error}")))
    }
}

impl crate::validate::ValidateAt for Upload {
    fn validate_at(
        &self,
        _at: Option<&crate::validate::FieldPath<'_>>,
    ) -> Result<(), crate::ValidationError> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_are_sent_every_time_a_reader_once() {
        let bytes = Upload::from_bytes(vec![1, 2, 3]);
        assert!(bytes.take_source().is_some());
        assert!(bytes.take_source().is_some());
        let reader = Upload::from_reader(std::io::Cursor::new(vec![1, 2, 3]), 3);
        let clone = reader.clone();
        assert!(matches!(
            reader.take_source(),
            Some(UploadSource::Reader(_))
        ));
        assert!(clone.take_source().is_none(), "clones share the one reader");
    }

    #[test]
    fn json_is_base64_of_the_bytes_and_round_trips() {
        let upload = Upload::from_bytes(b"hello".to_vec());
        let json = serde_json::to_string(&upload).unwrap();
        assert_eq!(json, "\"aGVsbG8=\"");
        let back: Upload = serde_json::from_str(&json).unwrap();
        assert_eq!(back, upload);
        let streamed = Upload::from_reader(std::io::empty(), 0);
        assert!(serde_json::to_string(&streamed).is_err());
    }

    #[test]
    fn debug_shows_no_content() {
        let upload = Upload::from_bytes(b"secret-bytes".to_vec()).file_name("a.bin");
        let shown = format!("{upload:?}");
        assert!(shown.contains("a.bin") && shown.contains("12"), "{shown}");
        assert!(!shown.contains("secret"), "{shown}");
    }
}

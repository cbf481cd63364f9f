//! A multipart upload as a reqwest body: the framing before the file, the file streamed as it is read, the framing
//! after it; never the whole file in memory when it comes from a reader.

use std::io::Read;
use std::pin::Pin;
use std::sync::Mutex;
use std::task::{Context, Poll};

use bytes::Bytes;
use http_body::{Body, Frame, SizeHint};
use tokio::io::{AsyncRead, ReadBuf};
use tokio::sync::mpsc;
use wemeet_core::AttemptUpload;
use wemeet_types::UploadSource;

/// How much of a reader is read at a time.
const CHUNK: usize = 64 * 1024;

/// The body of one multipart attempt ([`AttemptUpload`]).
pub(crate) struct UploadBody {
    state: Mutex<State>,
    length: u64,
}

/// Where the body is: before the file, in it (with what is left of it), after it, or done.
enum State {
    Head(Bytes, File, Bytes),
    File(File, Bytes),
    Tail(Bytes),
    Done,
}

/// The file being sent, and how many of its stated bytes are still to come.
struct File {
    source: Source,
    remaining: u64,
}

enum Source {
    Bytes(Option<Bytes>),
    Async(wemeet_types::AsyncReaderBox),
    /// A blocking reader, read on tokio's blocking pool and handed over chunk by chunk.
    Blocking(mpsc::Receiver<std::io::Result<Bytes>>),
}

/// Why an upload's body failed.
#[derive(Debug, thiserror::Error)]
pub(crate) enum UploadError {
    #[error("reading the upload failed: {0}")]
    Read(#[from] std::io::Error),
    #[error("the upload's reader ended {0} bytes short of the size it stated")]
    Short(u64),
    #[error("the upload's reader gave more bytes than the size it stated")]
    Long,
}

impl UploadBody {
    pub(crate) fn new(upload: AttemptUpload) -> Self {
        let length = upload.length();
        let remaining = upload.file_size;
        let source = match upload.file {
            UploadSource::Bytes(bytes) => Source::Bytes(Some(Bytes::from_owner(bytes))),
            UploadSource::AsyncReader(reader) => Source::Async(reader),
            UploadSource::Reader(reader) => Source::Blocking(read_on_blocking_pool(reader)),
            // `UploadSource` is non-exhaustive; every source wemeet-types has today is handled above.
            _ => Source::Bytes(None),
        };
        UploadBody {
            state: Mutex::new(State::Head(
                Bytes::from(upload.head),
                File { source, remaining },
                Bytes::from(upload.tail),
            )),
            length,
        }
    }
}

/// Reads `reader` on tokio's blocking pool (a blocking read must not stall the runtime), a chunk at a time, into a
/// channel of two chunks: the reader runs ahead of the socket by at most that much.
fn read_on_blocking_pool(
    mut reader: Box<dyn Read + Send>,
) -> mpsc::Receiver<std::io::Result<Bytes>> {
    let (sender, receiver) = mpsc::channel(2);
    tokio::task::spawn_blocking(move || {
        loop {
            let mut chunk = vec![0u8; CHUNK];
            let read = match reader.read(&mut chunk) {
                Ok(0) => return,
                Ok(read) => read,
                Err(error) if error.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(error) => {
                    let _ = sender.blocking_send(Err(error));
                    return;
                }
            };
            chunk.truncate(read);
            if sender.blocking_send(Ok(Bytes::from(chunk))).is_err() {
                // The request went away (a timeout, a dropped call): stop reading.
                return;
            }
        }
    });
    receiver
}

impl File {
    /// The next piece of the file, `None` at its end (checked against the stated size).
    fn poll_piece(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<Bytes, UploadError>>> {
        let piece = match &mut self.source {
            Source::Bytes(bytes) => Poll::Ready(bytes.take().map(Ok)),
            Source::Async(reader) => {
                let mut chunk = vec![0u8; CHUNK];
                let mut buffer = ReadBuf::new(&mut chunk);
                match Pin::new(reader).poll_read(cx, &mut buffer) {
                    Poll::Pending => Poll::Pending,
                    Poll::Ready(Err(error)) => Poll::Ready(Some(Err(UploadError::Read(error)))),
                    Poll::Ready(Ok(())) => {
                        let read = buffer.filled().len();
                        chunk.truncate(read);
                        Poll::Ready((read > 0).then(|| Ok(Bytes::from(chunk))))
                    }
                }
            }
            Source::Blocking(receiver) => match receiver.poll_recv(cx) {
                Poll::Pending => Poll::Pending,
                Poll::Ready(None) => Poll::Ready(None),
                Poll::Ready(Some(Err(error))) => Poll::Ready(Some(Err(UploadError::Read(error)))),
                Poll::Ready(Some(Ok(bytes))) => Poll::Ready(Some(Ok(bytes))),
            },
        };
        match piece {
            Poll::Ready(Some(Ok(bytes))) => {
                let length = bytes.len() as u64;
                if length > self.remaining {
                    return Poll::Ready(Some(Err(UploadError::Long)));
                }
                self.remaining -= length;
                Poll::Ready(Some(Ok(bytes)))
            }
            Poll::Ready(None) if self.remaining > 0 => {
                Poll::Ready(Some(Err(UploadError::Short(self.remaining))))
            }
            other => other,
        }
    }
}

impl Body for UploadBody {
    type Data = Bytes;
    type Error = UploadError;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, UploadError>>> {
        let mut state = self
            .state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        loop {
            match std::mem::replace(&mut *state, State::Done) {
                State::Head(head, file, tail) => {
                    *state = State::File(file, tail);
                    if !head.is_empty() {
                        return Poll::Ready(Some(Ok(Frame::data(head))));
                    }
                }
                State::File(mut file, tail) => match file.poll_piece(cx) {
                    Poll::Pending => {
                        *state = State::File(file, tail);
                        return Poll::Pending;
                    }
                    Poll::Ready(Some(Ok(piece))) => {
                        *state = State::File(file, tail);
                        if !piece.is_empty() {
                            return Poll::Ready(Some(Ok(Frame::data(piece))));
                        }
                    }
                    Poll::Ready(Some(Err(error))) => return Poll::Ready(Some(Err(error))),
                    Poll::Ready(None) => *state = State::Tail(tail),
                },
                State::Tail(tail) => return Poll::Ready(Some(Ok(Frame::data(tail)))),
                State::Done => return Poll::Ready(None),
            }
        }
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact(self.length)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http_body_util::BodyExt;
    use wemeet_types::{Form, Upload};

    /// The file's bytes as the body streams them, between the form's framing (checked to surround them).
    async fn collect(upload: Upload) -> Result<Vec<u8>, UploadError> {
        let mut form = Form::new();
        form.text("a", "1").file("file", &upload).text("b", "2");
        let attempt = wemeet_core::AttemptUpload::from_form(&form).unwrap();
        let (head, tail, length) = (attempt.head.clone(), attempt.tail.clone(), attempt.length());
        let bytes = UploadBody::new(attempt)
            .collect()
            .await?
            .to_bytes()
            .to_vec();
        assert_eq!(bytes.len() as u64, length);
        assert!(bytes.starts_with(&head) && bytes.ends_with(&tail));
        Ok(bytes[head.len()..bytes.len() - tail.len()].to_vec())
    }

    #[tokio::test]
    async fn bytes_readers_and_async_readers_stream_the_same_body() {
        let content: Vec<u8> = (0..3 * CHUNK + 5).map(|i| (i % 251) as u8).collect();
        let size = content.len() as u64;
        assert_eq!(
            collect(Upload::from_bytes(content.clone())).await.unwrap(),
            content
        );
        let from_reader = Upload::from_reader(std::io::Cursor::new(content.clone()), size);
        assert_eq!(collect(from_reader).await.unwrap(), content);
        let from_async = Upload::from_async_reader(std::io::Cursor::new(content.clone()), size);
        assert_eq!(collect(from_async).await.unwrap(), content);
    }

    #[tokio::test]
    async fn a_reader_shorter_or_longer_than_stated_fails() {
        let short = collect(Upload::from_reader(std::io::Cursor::new(vec![1u8; 10]), 20)).await;
        assert!(matches!(short, Err(UploadError::Short(10))), "{short:?}");
        let long = collect(Upload::from_reader(std::io::Cursor::new(vec![1u8; 30]), 20)).await;
        assert!(matches!(long, Err(UploadError::Long)), "{long:?}");
    }
}

//! What is known of one connection's activity, shared by its stream, its head timer, its task and the accept
//! loop: how many reads brought bytes, whether hyper is waiting for a request head (and since when), and whether
//! the server has closed it as idle.
//!
//! A connection is idle while hyper waits for a request head and no byte of one has come: once it is accepted, and
//! between requests on a kept-alive connection. When every slot is taken and a client waits, the accept loop closes
//! the connection idle the longest ([`Activity::close_if_idle`]), as servers answer slot exhaustion. Closing and
//! the connection's own progress exclude each other: it succeeds only while no byte has been read since the wait
//! began, and once it has, no further read reaches hyper ([`CountingStream`]) and no request hyper had already
//! buffered reaches the router (the connection's service checks [`Activity::closed_as_idle`]). So no request is
//! ever handled on a connection closed this way: its client sees an idle connection closed, as after an idle
//! timeout, and sends again on a new one.

use std::io;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Instant;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::sync::Notify;

use crate::handle::state::lock;

/// The bit of [`Activity::reads`] set when the connection is closed as idle; the bits below count reads.
const CLOSED_AS_IDLE: u64 = 1 << 63;

/// The activity of one connection.
#[derive(Debug)]
pub(crate) struct Activity {
    /// The reads that brought bytes, plus [`CLOSED_AS_IDLE`] once the connection is closed as idle.
    reads: AtomicU64,
    /// The wait for a request head under way, if any.
    head_wait: Mutex<HeadWait>,
    /// Wakes the connection's task to drop the connection.
    close: Notify,
    /// Told whenever a wait for a head begins (a connection may have become idle); shared by every connection.
    became_idle: Arc<Notify>,
}

/// The waits for a request head of one connection: the current one, and how many have begun.
#[derive(Debug, Default)]
struct HeadWait {
    current: Option<Wait>,
    begun: u64,
}

/// One wait for a request head.
#[derive(Debug, Clone, Copy)]
struct Wait {
    id: WaitId,
    since: Instant,
    /// The reads counted when it began: the connection is idle while the count is still this.
    reads: u64,
}

/// Names one wait for a request head of a connection, so that ending an older one leaves a newer one be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WaitId(u64);

impl Activity {
    /// The activity of a connection just accepted; `became_idle` is told when it begins waiting for a head.
    pub(crate) fn new(became_idle: Arc<Notify>) -> Self {
        Self {
            reads: AtomicU64::new(0),
            head_wait: Mutex::new(HeadWait::default()),
            close: Notify::new(),
            became_idle,
        }
    }

    /// How many reads brought bytes.
    pub(crate) fn reads(&self) -> u64 {
        self.reads.load(Ordering::Acquire) & !CLOSED_AS_IDLE
    }

    /// Whether the server closed the connection as idle: nothing may be read from it or handled on it any more.
    pub(crate) fn closed_as_idle(&self) -> bool {
        self.reads.load(Ordering::Acquire) & CLOSED_AS_IDLE != 0
    }

    /// Counts a read that brought bytes; false when the connection was closed as idle before it, in which case the
    /// bytes must not reach hyper.
    fn count_read(&self) -> bool {
        self.reads.fetch_add(1, Ordering::AcqRel) & CLOSED_AS_IDLE == 0
    }

    /// hyper begins waiting for a request head: the connection is idle until a byte comes. Returns the wait's id
    /// and the reads counted so far.
    pub(crate) fn begin_head_wait(&self) -> (WaitId, u64) {
        let reads = self.reads();
        let id = {
            let mut head_wait = lock(&self.head_wait);
            head_wait.begun += 1;
            let id = WaitId(head_wait.begun);
            head_wait.current = Some(Wait {
                id,
                since: Instant::now(),
                reads,
            });
            id
        };
        self.became_idle.notify_one();
        (id, reads)
    }

    /// The wait `id` is over (its head arrived, or the connection is ending).
    pub(crate) fn end_head_wait(&self, id: WaitId) {
        let mut head_wait = lock(&self.head_wait);
        if head_wait.current.is_some_and(|wait| wait.id == id) {
            head_wait.current = None;
        }
    }

    /// Since when the connection has been idle, if it is.
    pub(crate) fn idle_since(&self) -> Option<Instant> {
        let wait = lock(&self.head_wait).current?;
        (self.reads.load(Ordering::Acquire) == wait.reads).then_some(wait.since)
    }

    /// Closes the connection if it is idle (see the module's docs); returns whether it was.
    pub(crate) fn close_if_idle(&self) -> bool {
        let head_wait = lock(&self.head_wait);
        let Some(wait) = head_wait.current else {
            return false;
        };
        let closed = self
            .reads
            .compare_exchange(
                wait.reads,
                wait.reads | CLOSED_AS_IDLE,
                Ordering::AcqRel,
                Ordering::Acquire,
            )
            .is_ok();
        if closed {
            self.close.notify_one();
        }
        closed
    }

    /// Asks the connection's task to drop the connection: no further byte is written to it.
    pub(crate) fn request_close(&self) {
        self.close.notify_one();
    }

    /// Resolves once the connection is to be dropped.
    pub(crate) async fn close_requested(&self) {
        self.close.notified().await;
    }
}

/// A TCP stream that counts the reads that brought bytes, and reads nothing more once its connection is closed as
/// idle.
#[derive(Debug)]
pub(crate) struct CountingStream {
    stream: TcpStream,
    activity: Arc<Activity>,
}

impl CountingStream {
    pub(crate) fn new(stream: TcpStream, activity: Arc<Activity>) -> Self {
        Self { stream, activity }
    }
}

/// The error hyper reads from a connection closed as idle.
fn refused_read() -> io::Error {
    io::Error::new(
        io::ErrorKind::ConnectionAborted,
        "closed as idle: every connection slot was taken and a client waited",
    )
}

impl AsyncRead for CountingStream {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        if self.activity.closed_as_idle() {
            return Poll::Ready(Err(refused_read()));
        }
        let before = buf.filled().len();
        let read = Pin::new(&mut self.stream).poll_read(cx, buf);
        if buf.filled().len() > before && !self.activity.count_read() {
            // Closed as idle while these bytes were read: they are dropped with the connection.
            buf.set_filled(before);
            return Poll::Ready(Err(refused_read()));
        }
        read
    }
}

impl AsyncWrite for CountingStream {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.stream).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.stream).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn activity() -> Activity {
        Activity::new(Arc::new(Notify::new()))
    }

    #[test]
    fn a_connection_is_idle_only_while_waiting_for_a_head_with_no_byte_of_it() {
        let activity = activity();
        assert_eq!(activity.idle_since(), None, "not waiting yet");
        let (wait, reads) = activity.begin_head_wait();
        assert_eq!(reads, 0);
        assert!(activity.idle_since().is_some());
        assert!(activity.count_read());
        assert_eq!(activity.idle_since(), None, "a byte of the head came");
        assert!(!activity.close_if_idle(), "busy with a head");
        activity.end_head_wait(wait);
        let (again, reads) = activity.begin_head_wait();
        assert_eq!(reads, 1);
        assert!(activity.idle_since().is_some(), "idle between requests");
        activity.end_head_wait(again);
        assert_eq!(activity.idle_since(), None, "a request under way");
        assert!(!activity.close_if_idle());
        assert!(!activity.closed_as_idle());
    }

    #[test]
    fn ending_an_older_wait_leaves_the_newer_one() {
        let activity = activity();
        let (older, _) = activity.begin_head_wait();
        let (_newer, _) = activity.begin_head_wait();
        activity.end_head_wait(older);
        assert!(activity.idle_since().is_some());
    }

    #[test]
    fn once_closed_as_idle_no_read_counts_and_it_is_not_closed_twice() {
        let activity = activity();
        let _wait = activity.begin_head_wait();
        assert!(activity.close_if_idle());
        assert!(activity.closed_as_idle());
        assert!(!activity.count_read(), "a read after the close is refused");
        assert_eq!(activity.idle_since(), None);
        assert!(!activity.close_if_idle(), "already closed");
    }
}

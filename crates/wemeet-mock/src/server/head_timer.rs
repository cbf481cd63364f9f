//! Two timeouts out of hyper's one: an idle timeout until the first byte of a request head, then the header-read
//! timeout for the rest of the head.
//!
//! hyper (1.12) starts its `header_read_timeout` as soon as a connection is ready for a request head: when it is
//! accepted, and again when a response has been written on a kept-alive connection. The one timeout thus bounds
//! both the idle wait between requests and a client sending half a head, so an idle limit longer than the head
//! limit could never apply. Like Go's `IdleTimeout` and `ReadHeaderTimeout`, the mock keeps them apart: the
//! connection's stream counts the reads that brought bytes ([`CountingStream`]), and the timer hyper is given
//! ([`HeadTimer`]) makes the header-read timeout's sleep wait for the idle limit while no byte has come, and
//! restart with the header-read timeout at the first byte. When either limit passes, hyper closes the connection
//! as for any header-read timeout.
//!
//! hyper uses the timer of a server connection for that timeout alone; a head already in hyper's buffer when the
//! wait starts (pipelined behind the previous request) is held to the idle limit.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use hyper::rt::{Sleep, Timer};
use hyper_util::rt::TokioTimer;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;

/// How many reads of one connection brought bytes; shared by its stream and its timer.
#[derive(Debug, Clone, Default)]
pub(crate) struct Arrivals(Arc<AtomicU64>);

impl Arrivals {
    fn count(&self) -> u64 {
        self.0.load(Ordering::Acquire)
    }

    fn add(&self) {
        self.0.fetch_add(1, Ordering::AcqRel);
    }
}

/// A TCP stream that counts the reads that brought bytes.
#[derive(Debug)]
pub(crate) struct CountingStream {
    stream: TcpStream,
    arrivals: Arrivals,
}

impl CountingStream {
    pub(crate) fn new(stream: TcpStream, arrivals: Arrivals) -> Self {
        Self { stream, arrivals }
    }
}

impl AsyncRead for CountingStream {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let read = Pin::new(&mut self.stream).poll_read(cx, buf);
        if buf.filled().len() > before {
            self.arrivals.add();
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

/// The timer of one server connection: its sleeps wait `idle` for the first byte, then, from that byte, the
/// duration hyper asked for.
#[derive(Debug, Clone)]
pub(crate) struct HeadTimer {
    arrivals: Arrivals,
    idle: Duration,
}

impl HeadTimer {
    pub(crate) fn new(arrivals: Arrivals, idle: Duration) -> Self {
        Self { arrivals, idle }
    }
}

impl Timer for HeadTimer {
    fn sleep(&self, duration: Duration) -> Pin<Box<dyn Sleep>> {
        TokioTimer::new().sleep(duration)
    }

    fn sleep_until(&self, deadline: Instant) -> Pin<Box<dyn Sleep>> {
        let head = deadline.saturating_duration_since(self.now());
        Box::pin(HeadSleep {
            seen: self.arrivals.count(),
            arrivals: self.arrivals.clone(),
            head,
            phase: Phase::Idle,
            sleep: Box::pin(tokio::time::sleep(self.idle)),
        })
    }

    fn now(&self) -> Instant {
        tokio::time::Instant::now().into_std()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// No byte of the head yet: the idle limit runs.
    Idle,
    /// The head has begun: the header-read timeout runs.
    Head,
}

/// The wait for one request head.
struct HeadSleep {
    arrivals: Arrivals,
    /// The reads counted when the wait began.
    seen: u64,
    /// The header-read timeout, counted from the first byte.
    head: Duration,
    phase: Phase,
    sleep: Pin<Box<tokio::time::Sleep>>,
}

impl Future for HeadSleep {
    type Output = ();

    /// hyper polls this after every read that leaves the head incomplete, so the first byte is seen at once.
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = &mut *self;
        if this.phase == Phase::Idle && this.arrivals.count() != this.seen {
            this.phase = Phase::Head;
            // `tokio::time::sleep` saturates a deadline beyond the clock's range; `reset` would not.
            this.sleep = Box::pin(tokio::time::sleep(this.head));
        }
        if this.sleep.as_mut().poll(cx).is_pending() {
            return Poll::Pending;
        }
        match this.phase {
            Phase::Idle => tracing::debug!("wemeet-mock: closing a connection idle too long"),
            Phase::Head => {
                tracing::debug!("wemeet-mock: closing a connection whose request head is late")
            }
        }
        Poll::Ready(())
    }
}

impl Sleep for HeadSleep {}

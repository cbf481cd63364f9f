//! Two timeouts out of hyper's one: an idle timeout until the first byte of a request head, then the header-read
//! timeout for the rest of the head.
//!
//! hyper (1.12) starts its `header_read_timeout` as soon as a connection is ready for a request head: when it is
//! accepted, and again when a response has been written on a kept-alive connection. The one timeout thus bounds
//! both the idle wait between requests and a client sending half a head, so an idle limit longer than the head
//! limit could never apply. Like Go's `IdleTimeout` and `ReadHeaderTimeout`, the mock keeps them apart: the
//! connection's stream counts the reads that brought bytes
//! ([`CountingStream`](crate::server::activity::CountingStream)), and the timer hyper is given ([`HeadTimer`])
//! makes the header-read timeout's sleep wait for the idle limit while no byte has come, and restart with the
//! header-read timeout at the first byte. When either limit passes, hyper closes the connection as for any
//! header-read timeout.
//!
//! hyper uses the timer of a server connection for that timeout alone, and holds its sleep exactly while it waits
//! for a head: the sleep also tells the connection's [`Activity`] when such a wait begins and ends, which is how
//! the accept loop knows which connections are idle. A head already in hyper's buffer when the wait starts
//! (pipelined behind the previous request) is held to the idle limit.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use hyper::rt::{Sleep, Timer};
use hyper_util::rt::TokioTimer;

use crate::server::activity::{Activity, WaitId};

/// The timer of one server connection: its sleeps wait `idle` for the first byte, then, from that byte, the
/// duration hyper asked for.
#[derive(Debug, Clone)]
pub(crate) struct HeadTimer {
    activity: Arc<Activity>,
    idle: Duration,
}

impl HeadTimer {
    pub(crate) fn new(activity: Arc<Activity>, idle: Duration) -> Self {
        Self { activity, idle }
    }
}

impl Timer for HeadTimer {
    fn sleep(&self, duration: Duration) -> Pin<Box<dyn Sleep>> {
        TokioTimer::new().sleep(duration)
    }

    fn sleep_until(&self, deadline: Instant) -> Pin<Box<dyn Sleep>> {
        let head = deadline.saturating_duration_since(self.now());
        let (wait, seen) = self.activity.begin_head_wait();
        Box::pin(HeadSleep {
            activity: Arc::clone(&self.activity),
            wait,
            seen,
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
    activity: Arc<Activity>,
    wait: WaitId,
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
        if this.phase == Phase::Idle && this.activity.reads() != this.seen {
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

impl Drop for HeadSleep {
    /// hyper drops the sleep when the head has arrived, or with the connection.
    fn drop(&mut self) {
        self.activity.end_head_wait(self.wait);
    }
}

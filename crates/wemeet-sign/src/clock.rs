//! Where signing and verification get the current time from.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// A source of the current time in Unix seconds.
///
/// [`SystemClock`] is the default everywhere; inject another (such as [`ManualClock`]) for deterministic
/// tests.
pub trait Clock: Send + Sync + 'static {
    /// Seconds since the Unix epoch.
    fn now_unix_seconds(&self) -> u64;
}

/// The operating system's wall clock.
///
/// A clock set before 1970 reads as `0` (the server will then reject the timestamp, with 190300).
#[derive(Clone, Copy, Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_unix_seconds(&self) -> u64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |since| since.as_secs())
    }
}

/// A clock stopped at one instant (Unix seconds); for tests and known-answer vectors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FixedClock(pub u64);

impl Clock for FixedClock {
    fn now_unix_seconds(&self) -> u64 {
        self.0
    }
}

/// A clock that reads whatever it was last set to; for tests.
///
/// Share it through an [`Arc`] to move time while a [`Signer`](crate::Signer) or
/// [`Verifier`](crate::Verifier) holds it:
///
/// ```
/// use std::{sync::Arc, time::Duration};
/// use wemeet_sign::{Clock, ManualClock};
///
/// let clock = Arc::new(ManualClock::new(1_572_172_200));
/// let held_elsewhere = Arc::clone(&clock);
/// clock.advance(Duration::from_secs(301));
/// assert_eq!(held_elsewhere.now_unix_seconds(), 1_572_172_501);
/// ```
#[derive(Debug, Default)]
pub struct ManualClock {
    now: AtomicU64,
}

impl ManualClock {
    /// A clock that reads `unix_seconds` until changed.
    pub const fn new(unix_seconds: u64) -> Self {
        Self {
            now: AtomicU64::new(unix_seconds),
        }
    }

    /// Sets the time.
    pub fn set(&self, unix_seconds: u64) {
        self.now.store(unix_seconds, Ordering::Relaxed);
    }

    /// Moves the time forward by whole seconds (saturating at `u64::MAX`).
    pub fn advance(&self, by: Duration) {
        let seconds = by.as_secs();
        // `fetch_update` only fails when the closure returns `None`, which this one never does.
        let _ = self
            .now
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |now| {
                Some(now.saturating_add(seconds))
            });
    }
}

impl Clock for ManualClock {
    fn now_unix_seconds(&self) -> u64 {
        self.now.load(Ordering::Relaxed)
    }
}

impl<C: Clock + ?Sized> Clock for Arc<C> {
    fn now_unix_seconds(&self) -> u64 {
        (**self).now_unix_seconds()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_clock_reads_the_present() {
        // 2024-01-01T00:00:00Z; any machine running this test is later than that.
        assert!(SystemClock.now_unix_seconds() > 1_704_067_200);
    }

    #[test]
    fn manual_clock_moves_only_when_told() {
        let clock = ManualClock::new(10);
        assert_eq!(clock.now_unix_seconds(), 10);
        clock.advance(Duration::from_millis(2_500));
        assert_eq!(clock.now_unix_seconds(), 12);
        clock.set(u64::MAX - 1);
        clock.advance(Duration::from_secs(5));
        assert_eq!(clock.now_unix_seconds(), u64::MAX);
    }
}

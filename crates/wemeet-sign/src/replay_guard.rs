//! Remembering recently verified nonces, in bounded memory.

use std::collections::BTreeSet;
use std::sync::{Mutex, PoisonError};

use crate::verify_error::VerifyError;

/// The nonces of verified requests whose timestamps are still inside the window.
///
/// Entries are ordered by timestamp, so those that left the window (`timestamp < now - window`, which the
/// timestamp check would reject anyway) are dropped first, cheaply, on every check. At most `capacity`
/// entries are held; when that many are still live, a new request is refused
/// ([`VerifyError::ReplayGuardFull`]) instead of forgetting a live nonce, which would let its request be
/// replayed.
#[derive(Debug)]
pub(crate) struct ReplayGuard {
    capacity: usize,
    seen: Mutex<BTreeSet<Entry>>,
}

/// Ordered by timestamp first, so the oldest entries are at the front.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Entry {
    timestamp: u64,
    nonce: u64,
    secret_id: String,
}

impl ReplayGuard {
    /// A guard for at most `capacity` nonces (at least one).
    pub(crate) fn new(capacity: usize) -> Self {
        Self {
            capacity: capacity.max(1),
            seen: Mutex::new(BTreeSet::new()),
        }
    }

    pub(crate) fn capacity(&self) -> usize {
        self.capacity
    }

    /// Records the nonce of a verified request, or says why it must be refused.
    pub(crate) fn record(
        &self,
        secret_id: &str,
        timestamp: u64,
        nonce: u64,
        now: u64,
        window_seconds: u64,
    ) -> Result<(), VerifyError> {
        // A panic elsewhere while holding the lock cannot leave the set half-changed: every change below
        // is a single `BTreeSet` call.
        let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        let oldest_live = now.saturating_sub(window_seconds);
        while seen
            .first()
            .is_some_and(|entry| entry.timestamp < oldest_live)
        {
            seen.pop_first();
        }
        let entry = Entry {
            timestamp,
            nonce,
            secret_id: secret_id.to_owned(),
        };
        if seen.contains(&entry) {
            return Err(VerifyError::Replayed { nonce, timestamp });
        }
        if seen.len() >= self.capacity {
            return Err(VerifyError::ReplayGuardFull {
                capacity: self.capacity,
            });
        }
        seen.insert(entry);
        Ok(())
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.seen
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WINDOW: u64 = 300;

    #[test]
    fn refuses_the_same_nonce_and_timestamp_twice() {
        let guard = ReplayGuard::new(10);
        assert_eq!(guard.record("id", 1_000, 7, 1_000, WINDOW), Ok(()));
        assert_eq!(
            guard.record("id", 1_000, 7, 1_100, WINDOW),
            Err(VerifyError::Replayed {
                nonce: 7,
                timestamp: 1_000
            })
        );
        // Another timestamp, another nonce or another key is another request.
        assert_eq!(guard.record("id", 1_001, 7, 1_100, WINDOW), Ok(()));
        assert_eq!(guard.record("id", 1_000, 8, 1_100, WINDOW), Ok(()));
        assert_eq!(guard.record("other", 1_000, 7, 1_100, WINDOW), Ok(()));
    }

    #[test]
    fn refuses_when_full_of_live_nonces_instead_of_forgetting_one() {
        let guard = ReplayGuard::new(2);
        assert_eq!(guard.record("id", 1_000, 1, 1_000, WINDOW), Ok(()));
        assert_eq!(guard.record("id", 1_000, 2, 1_000, WINDOW), Ok(()));
        assert_eq!(
            guard.record("id", 1_000, 3, 1_000, WINDOW),
            Err(VerifyError::ReplayGuardFull { capacity: 2 })
        );
        // The live nonces are still remembered.
        assert_eq!(
            guard.record("id", 1_000, 1, 1_000, WINDOW),
            Err(VerifyError::Replayed {
                nonce: 1,
                timestamp: 1_000
            })
        );
    }

    #[test]
    fn forgets_nonces_once_their_timestamp_left_the_window() {
        let guard = ReplayGuard::new(2);
        assert_eq!(guard.record("id", 1_000, 1, 1_000, WINDOW), Ok(()));
        assert_eq!(guard.record("id", 1_200, 2, 1_200, WINDOW), Ok(()));
        // At 1_300 the timestamp 1_000 is exactly at the window's edge: still live.
        assert_eq!(
            guard.record("id", 1_300, 3, 1_300, WINDOW),
            Err(VerifyError::ReplayGuardFull { capacity: 2 })
        );
        // At 1_301 it has left the window and makes room.
        assert_eq!(guard.record("id", 1_301, 3, 1_301, WINDOW), Ok(()));
        assert_eq!(guard.len(), 2);
    }

    #[test]
    fn memory_stays_bounded_under_a_long_stream() {
        let guard = ReplayGuard::new(100);
        for second in 0..10_000_u64 {
            let _ = guard.record("id", second, second, second, WINDOW);
            assert!(guard.len() <= 100);
        }
    }
}

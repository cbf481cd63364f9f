//! Remembering recently verified nonces, in bounded memory, per key.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Mutex, PoisonError};

use crate::verify_error::VerifyError;

/// The nonces of verified requests whose timestamps are still inside the window, per SecretId.
///
/// Each key has room for `capacity` nonces of its own, so that one key sending at full speed can never lock the
/// others out. A key's entries are ordered by timestamp, so those that left the window (`timestamp < now -
/// window`, which the timestamp check would reject anyway) are dropped first, cheaply, on every check of that key.
/// When a key holds `capacity` live nonces, its next request is refused ([`VerifyError::ReplayGuardFull`]) instead
/// of forgetting a live nonce, which would let its request be replayed. Only registered keys reach the guard (the
/// signature is checked first), so memory stays bounded by the keys registered times `capacity`.
#[derive(Debug)]
pub(crate) struct ReplayGuard {
    capacity: usize,
    seen: Mutex<HashMap<String, BTreeSet<(u64, u64)>>>,
}

impl ReplayGuard {
    /// A guard for at most `capacity` nonces per key (at least one).
    pub(crate) fn new(capacity: usize) -> Self {
        Self {
            capacity: capacity.max(1),
            seen: Mutex::new(HashMap::new()),
        }
    }

    pub(crate) fn capacity(&self) -> usize {
        self.capacity
    }

    /// Forgets the nonces of `secret_id` (its credentials were removed).
    pub(crate) fn forget(&self, secret_id: &str) {
        self.seen
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(secret_id);
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
        // A panic elsewhere while holding the lock cannot leave a set half-changed: every change below is a
        // single collection call.
        let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        let live = match seen.get_mut(secret_id) {
            Some(live) => live,
            None => seen.entry(secret_id.to_owned()).or_default(),
        };
        let oldest_live = now.saturating_sub(window_seconds);
        while live
            .first()
            .is_some_and(|(timestamp, _)| *timestamp < oldest_live)
        {
            live.pop_first();
        }
        if live.contains(&(timestamp, nonce)) {
            return Err(VerifyError::Replayed { nonce, timestamp });
        }
        if live.len() >= self.capacity {
            return Err(VerifyError::ReplayGuardFull {
                capacity: self.capacity,
            });
        }
        live.insert((timestamp, nonce));
        Ok(())
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.seen
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .values()
            .map(BTreeSet::len)
            .sum()
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
    fn one_key_at_full_capacity_does_not_lock_the_others_out() {
        let guard = ReplayGuard::new(2);
        assert_eq!(guard.record("busy", 1_000, 1, 1_000, WINDOW), Ok(()));
        assert_eq!(guard.record("busy", 1_000, 2, 1_000, WINDOW), Ok(()));
        assert_eq!(
            guard.record("busy", 1_000, 3, 1_000, WINDOW),
            Err(VerifyError::ReplayGuardFull { capacity: 2 })
        );
        assert_eq!(guard.record("quiet", 1_000, 1, 1_000, WINDOW), Ok(()));
        guard.forget("busy");
        assert_eq!(guard.record("busy", 1_000, 3, 1_000, WINDOW), Ok(()));
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

//! Where signing gets its per-request nonces from.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// A source of `X-TC-Nonce` values: positive integers, unique per request.
///
/// [`RandomNonce`] is the default; inject another (such as [`SequentialNonce`]) for deterministic tests.
pub trait NonceSource: Send + Sync + 'static {
    /// The nonce for the next request. Must be positive and not repeat within the server's replay window.
    fn next_nonce(&self) -> u64;
}

/// The default nonce source: `unix_millis × 10^6 + r`, with `r` drawn from the operating system's
/// random number generator, and never equal to or below a nonce this process handed out before.
///
/// This keeps the 19-digit shape of the official SDKs' nonces (`millis × 10^6 + 6 random digits`), so a
/// server that stores them as 64-bit signed integers accepts them, and improves on them twice:
/// - the 6 digits come from the OS generator instead of a seeded pseudo-random one;
/// - nonces are strictly increasing across every `RandomNonce` in the process, so two requests from one
///   process can never share a nonce, however many are signed within one millisecond.
///
/// If the OS generator fails, `r` is `0` and uniqueness within the process still holds.
#[derive(Clone, Copy, Debug, Default)]
pub struct RandomNonce;

/// The last nonce any `RandomNonce` in this process handed out.
static LAST_RANDOM_NONCE: AtomicU64 = AtomicU64::new(0);

impl RandomNonce {
    const RANDOM_SPAN: u64 = 1_000_000;

    /// The nonce the official SDKs' formula gives for this instant, with OS randomness.
    fn candidate() -> u64 {
        let millis = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |since| {
                u64::try_from(since.as_millis()).unwrap_or(u64::MAX)
            });
        let mut bits = [0_u8; 8];
        let random = getrandom::getrandom(&mut bits)
            .map_or(0, |()| u64::from_le_bytes(bits) % Self::RANDOM_SPAN);
        millis
            .saturating_mul(Self::RANDOM_SPAN)
            .saturating_add(random)
    }
}

impl NonceSource for RandomNonce {
    fn next_nonce(&self) -> u64 {
        let candidate = Self::candidate();
        let previous = LAST_RANDOM_NONCE
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |last| {
                Some(candidate.max(last.saturating_add(1)))
            })
            .unwrap_or_else(|last| last);
        candidate.max(previous.saturating_add(1))
    }
}

/// Nonces counting up from a chosen start; for tests that need predictable headers.
///
/// Starts at `first` (or `1` if `first` is `0`, since a nonce must be positive) and wraps back to `1`
/// after `u64::MAX`.
#[derive(Debug)]
pub struct SequentialNonce {
    next: AtomicU64,
}

impl SequentialNonce {
    /// A source whose first nonce is `first`.
    pub const fn new(first: u64) -> Self {
        Self {
            next: AtomicU64::new(if first == 0 { 1 } else { first }),
        }
    }
}

impl NonceSource for SequentialNonce {
    fn next_nonce(&self) -> u64 {
        self.next
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |nonce| {
                Some(nonce.checked_add(1).unwrap_or(1))
            })
            .unwrap_or_else(|nonce| nonce)
    }
}

impl<N: NonceSource + ?Sized> NonceSource for Arc<N> {
    fn next_nonce(&self) -> u64 {
        (**self).next_nonce()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn random_nonces_have_the_official_shape_and_never_repeat() {
        let before_millis = u64::try_from(
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map(|d| d.as_millis())
                .unwrap_or_default(),
        )
        .unwrap_or_default();
        let nonces: Vec<u64> = (0..10_000).map(|_| RandomNonce.next_nonce()).collect();
        assert!(
            nonces.windows(2).all(|pair| pair[0] < pair[1]),
            "nonces must strictly increase"
        );
        assert_eq!(nonces.iter().collect::<HashSet<_>>().len(), nonces.len());
        for nonce in &nonces {
            assert_eq!(nonce.to_string().len(), 19, "{nonce} is not 19 digits");
            assert!(
                *nonce / 1_000_000 >= before_millis,
                "{nonce} does not start with the current millis"
            );
            assert!(
                *nonce <= i64::MAX as u64,
                "{nonce} does not fit a signed 64-bit integer"
            );
        }
    }

    #[test]
    fn random_nonces_are_unique_across_threads() {
        let handles: Vec<_> = (0..4)
            .map(|_| {
                std::thread::spawn(|| {
                    (0..2_000)
                        .map(|_| RandomNonce.next_nonce())
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        let mut all = HashSet::new();
        for handle in handles {
            for nonce in handle.join().unwrap_or_default() {
                assert!(all.insert(nonce), "nonce {nonce} was handed out twice");
            }
        }
        assert_eq!(all.len(), 8_000);
    }

    #[test]
    fn sequential_nonces_count_up_and_stay_positive() {
        let nonces = SequentialNonce::new(0);
        assert_eq!([nonces.next_nonce(), nonces.next_nonce()], [1, 2]);
        let wrapping = SequentialNonce::new(u64::MAX);
        assert_eq!(
            [wrapping.next_nonce(), wrapping.next_nonce()],
            [u64::MAX, 1]
        );
    }
}

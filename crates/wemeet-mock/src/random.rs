//! Random numbers for the mock's identifiers, nonces and challenges, from the operating system (the `getrandom`
//! the signing crate already uses; no generator crate).

use std::hash::{BuildHasher, RandomState};
use std::sync::atomic::{AtomicU64, Ordering};

/// 128 random bits.
pub(crate) fn u128() -> u128 {
    let mut bytes = [0u8; 16];
    if getrandom::getrandom(&mut bytes).is_err() {
        // The OS refused (practically never): std's randomly keyed SipHash of a counter, good enough for ids.
        return (u128::from(fallback()) << 64) | u128::from(fallback());
    }
    u128::from_le_bytes(bytes)
}

/// A number in `low..=high` (`low` when the range is empty). From 128 random bits, the modulo bias is below
/// 2⁻⁶⁴ for any `u64` range.
pub(crate) fn in_range(low: u64, high: u64) -> u64 {
    let Some(span) = high.checked_sub(low).map(|span| u128::from(span) + 1) else {
        return low;
    };
    let offset = u128() % span;
    // `offset < span <= u64::MAX + 1`, so it fits, and `low + offset <= high`.
    low.saturating_add(u64::try_from(offset).unwrap_or(u64::MAX))
}

fn fallback() -> u64 {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    RandomState::new().hash_one(COUNTER.fetch_add(1, Ordering::Relaxed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_stay_in_their_range_and_cover_it() {
        let mut seen = [false; 6];
        for _ in 0..1000 {
            let n = in_range(10, 15);
            assert!((10..=15).contains(&n), "{n}");
            seen[usize::try_from(n - 10).unwrap()] = true;
        }
        assert_eq!(seen, [true; 6]);
        assert_eq!(in_range(7, 7), 7);
        assert_eq!(in_range(9, 3), 9, "an empty range gives its start");
        // The full range does not overflow: the span is 2^64.
        assert_ne!(in_range(0, u64::MAX), in_range(0, u64::MAX));
    }

    #[test]
    fn draws_differ() {
        assert_ne!(u128(), u128());
        assert_ne!(fallback(), fallback());
    }
}

//! The callback signature: SHA-1 over the sorted token, timestamp, nonce and data, in lowercase hex.

use sha1::{Digest as _, Sha1};
use subtle::ConstantTimeEq as _;

use crate::token::Token;

/// Lowercase hex SHA-1 of the four values sorted as byte strings in ascending order and concatenated with no
/// separator: `sha1(sort(token, timestamp, nonce, data))`.
///
/// Rust's `[u8]` order is the ordinal (byte) order the docs' examples use; a culture-aware sort (C#'s
/// `Array.Sort`) would differ. Note that the scheme has no separators: values whose sorted concatenation is the
/// same share a signature (with the timestamp `12` and the nonce `3`, or the timestamp `1` and the nonce `23`).
pub(crate) fn signature_hex(token: &Token, timestamp: &str, nonce: &str, data: &str) -> [u8; 40] {
    let mut values = [
        token.as_bytes(),
        timestamp.as_bytes(),
        nonce.as_bytes(),
        data.as_bytes(),
    ];
    values.sort_unstable();
    let mut sha1 = Sha1::new();
    for value in values {
        sha1.update(value);
    }
    hex_lower(&sha1.finalize().into())
}

/// Whether `received` is the signature of these values, compared in constant time (case-insensitive hex).
pub(crate) fn signature_matches(
    token: &Token,
    timestamp: &str,
    nonce: &str,
    data: &str,
    received: &str,
) -> bool {
    let expected = signature_hex(token, timestamp, nonce, data);
    let Ok(received) = <[u8; 40]>::try_from(received.as_bytes()) else {
        return false;
    };
    expected
        .ct_eq(&received.map(|b| b.to_ascii_lowercase()))
        .into()
}

fn hex_lower(digest: &[u8; 20]) -> [u8; 40] {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut hex = [0_u8; 40];
    for (pair, byte) in hex.chunks_exact_mut(2).zip(digest) {
        if let [high, low] = pair {
            // Both indexes are below 16.
            *high = DIGITS[usize::from(byte >> 4)];
            *low = DIGITS[usize::from(byte & 0x0f)];
        }
    }
    hex
}

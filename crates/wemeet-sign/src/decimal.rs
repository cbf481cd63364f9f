//! Decimal text of `u64` values without allocating, and its strict inverse.

/// A `u64` written in decimal into a stack buffer.
///
/// The string to sign and the `X-TC-Timestamp` / `X-TC-Nonce` header values hold these numbers as text;
/// writing them here keeps signing free of heap allocations.
#[derive(Clone, Copy)]
pub(crate) struct Decimal {
    digits: [u8; Self::MAX_DIGITS],
    start: usize,
}

impl Decimal {
    /// `u64::MAX` has 20 decimal digits.
    const MAX_DIGITS: usize = 20;

    pub(crate) fn new(value: u64) -> Self {
        let mut formatter = itoa::Buffer::new();
        let text = formatter.format(value).as_bytes();
        let mut digits = [b'0'; Self::MAX_DIGITS];
        let start = Self::MAX_DIGITS.saturating_sub(text.len());
        if let Some(slot) = digits.get_mut(start..) {
            slot.copy_from_slice(text);
        }
        Self { digits, start }
    }

    pub(crate) fn as_bytes(&self) -> &[u8] {
        self.digits.get(self.start..).unwrap_or_default()
    }

    pub(crate) fn as_str(&self) -> &str {
        // Only ASCII digits are ever written, which are always valid UTF-8.
        std::str::from_utf8(self.as_bytes()).unwrap_or_default()
    }
}

/// Parses decimal text in its one canonical spelling: ASCII digits only, no sign, no leading zero
/// (except `"0"` itself), no surrounding whitespace, and a value that fits in a `u64`.
///
/// The server computes the string to sign from the numbers; insisting on the canonical spelling means
/// the text that was signed and the number that is checked can never disagree.
pub(crate) fn parse_canonical(text: &str) -> Option<u64> {
    let bytes = text.as_bytes();
    let canonical = match bytes {
        [] => false,
        [b'0'] => true,
        [b'0', ..] => false,
        _ => bytes.iter().all(u8::is_ascii_digit),
    };
    if canonical { text.parse().ok() } else { None }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_the_same_text_as_display() {
        for value in [
            0,
            1,
            9,
            10,
            99,
            1_572_172_200,
            1_729_000_000_000_123_456,
            u64::MAX,
        ] {
            assert_eq!(Decimal::new(value).as_str(), value.to_string());
        }
    }

    #[test]
    fn accepts_only_the_canonical_spelling() {
        assert_eq!(parse_canonical("0"), Some(0));
        assert_eq!(parse_canonical("1572172200"), Some(1_572_172_200));
        assert_eq!(parse_canonical("18446744073709551615"), Some(u64::MAX));
        for rejected in [
            "",
            "01",
            "+1",
            "-1",
            " 1",
            "1 ",
            "1e3",
            "0x10",
            "18446744073709551616",
            "１",
        ] {
            assert_eq!(
                parse_canonical(rejected),
                None,
                "{rejected:?} must be rejected"
            );
        }
    }
}

//! Rules about plain text: presence, blankness, length in characters and in base64 bytes.

use super::Rule;

/// A required string must not be empty.
pub(crate) fn non_empty(value: &str) -> Result<(), Rule> {
    if value.is_empty() {
        Err(Rule::NonEmpty)
    } else {
        Ok(())
    }
}

/// The text must hold something other than whitespace.
///
/// The live-stream doc forbids names of "纯空格和回车" (only spaces and newlines); any Unicode whitespace
/// counts, so that a name of ideographic spaces (U+3000) or tabs is refused as well.
pub(crate) fn not_blank(value: &str) -> Result<(), Rule> {
    if value.chars().all(char::is_whitespace) {
        Err(Rule::NotBlank)
    } else {
        Ok(())
    }
}

/// The text must hold `min..=max` characters (Unicode scalar values).
pub(crate) fn char_count(value: &str, min: usize, max: usize) -> Result<(), Rule> {
    // Counting stops one past `max`, so a huge text is not walked to the end on the success path.
    let bounded = value.chars().take(max.saturating_add(1)).count();
    if (min..=max).contains(&bounded) {
        Ok(())
    } else {
        Err(Rule::CharCount {
            min,
            max,
            actual: value.chars().count(),
        })
    }
}

/// Length of `byte_len` bytes once encoded as standard base64 with padding: `4 * ceil(len / 3)`.
pub(crate) fn base64_len(byte_len: usize) -> usize {
    byte_len.div_ceil(3).saturating_mul(4)
}

/// The text must fit in `max` bytes once base64-encoded.
pub(crate) fn max_base64_bytes(value: &str, max: usize) -> Result<(), Rule> {
    let actual = base64_len(value.len());
    if actual <= max {
        Ok(())
    } else {
        Err(Rule::MaxBase64Bytes { max, actual })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_length_pads_to_groups_of_four() {
        assert_eq!(base64_len(0), 0);
        assert_eq!(base64_len(1), 4);
        assert_eq!(base64_len(3), 4);
        assert_eq!(base64_len(4), 8);
        assert_eq!(base64_len(96), 128);
        assert_eq!(base64_len(97), 132);
        assert_eq!(base64_len(usize::MAX), usize::MAX);
    }

    #[test]
    fn max_base64_bytes_accepts_96_bytes_and_refuses_97() {
        assert_eq!(max_base64_bytes(&"a".repeat(96), 128), Ok(()));
        assert_eq!(
            max_base64_bytes(&"a".repeat(97), 128),
            Err(Rule::MaxBase64Bytes {
                max: 128,
                actual: 132
            })
        );
        // 33 CJK characters are 99 UTF-8 bytes: too long although only 33 characters.
        assert_eq!(
            max_base64_bytes(&"会".repeat(33), 128),
            Err(Rule::MaxBase64Bytes {
                max: 128,
                actual: 132
            })
        );
    }

    #[test]
    fn char_count_counts_characters_not_bytes() {
        assert_eq!(char_count("腾讯会议腾讯会议腾讯", 1, 10), Ok(()));
        assert_eq!(
            char_count("腾讯会议腾讯会议腾讯会", 1, 10),
            Err(Rule::CharCount {
                min: 1,
                max: 10,
                actual: 11
            })
        );
        assert_eq!(
            char_count("", 1, 10),
            Err(Rule::CharCount {
                min: 1,
                max: 10,
                actual: 0
            })
        );
    }

    #[test]
    fn blank_means_only_whitespace() {
        assert_eq!(not_blank(" \n\r\t\u{3000}"), Err(Rule::NotBlank));
        assert_eq!(not_blank(""), Err(Rule::NotBlank));
        assert_eq!(not_blank(" a "), Ok(()));
    }
}

//! Rules about plain text: presence, blankness, length in characters and in bytes.

use crate::Rule;

/// A required string must not be empty (`minLength: 1`).
pub(crate) fn non_empty(value: &str) -> Result<(), Rule> {
    if value.is_empty() {
        Err(Rule::NonEmpty)
    } else {
        Ok(())
    }
}

/// The text must hold something other than whitespace (`x-non-blank`).
///
/// The live-stream doc forbids names of "纯空格和回车" (only spaces and newlines); any Unicode whitespace counts,
/// so that a name of ideographic spaces (U+3000) or tabs is refused as well.
pub(crate) fn not_blank(value: &str) -> Result<(), Rule> {
    if value.chars().all(char::is_whitespace) {
        Err(Rule::NotBlank)
    } else {
        Ok(())
    }
}

/// The text must hold `min..=max` characters, Unicode scalar values (`minLength`, `maxLength`).
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

/// The text must take at most `max` bytes of UTF-8, as it is sent (`x-max-bytes`).
pub(crate) fn max_bytes(value: &str, max: usize) -> Result<(), Rule> {
    if value.len() <= max {
        Ok(())
    } else {
        Err(Rule::MaxBytes {
            max,
            actual: value.len(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn max_bytes_counts_the_bytes_as_sent() {
        assert_eq!(max_bytes(&"a".repeat(128), 128), Ok(()));
        assert_eq!(
            max_bytes(&"a".repeat(129), 128),
            Err(Rule::MaxBytes {
                max: 128,
                actual: 129
            })
        );
        // 43 CJK characters are 129 UTF-8 bytes: too long although only 43 characters.
        assert_eq!(
            max_bytes(&"会".repeat(43), 128),
            Err(Rule::MaxBytes {
                max: 128,
                actual: 129
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

//! The `image_md5` rule: an MD5 digest written as 32 lowercase hexadecimal characters.

use super::Rule;
use super::limits::MD5_HEX_LENGTH;

/// The text must be 32 lowercase hexadecimal characters.
///
/// Uppercase is refused: the API notes define `image_md5` as the *lowercase* hex MD5 of the image, and the
/// server compares it as text with the digest of the image it downloads. An uppercase digest would at best be
/// normalised and at worst fail on the server with an opaque "invalid parameter"; failing here names the fix.
pub(crate) fn md5_hex(value: &str) -> Result<(), Rule> {
    let is_lower_hex = |byte: u8| matches!(byte, b'0'..=b'9' | b'a'..=b'f');
    if value.len() == MD5_HEX_LENGTH && value.bytes().all(is_lower_hex) {
        return Ok(());
    }
    let length = value.chars().count();
    let invalid = if length == MD5_HEX_LENGTH {
        value
            .chars()
            .find(|c| !c.is_ascii() || !is_lower_hex(*c as u8))
    } else {
        None
    };
    Err(Rule::Md5Hex { length, invalid })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_lowercase_digest() {
        assert_eq!(md5_hex("900150983cd24fb0d6963f7d28e17f72"), Ok(()));
    }

    #[test]
    fn reports_length_or_first_offending_character() {
        assert_eq!(
            md5_hex("900150983cd24fb0d6963f7d28e17f7"),
            Err(Rule::Md5Hex {
                length: 31,
                invalid: None
            })
        );
        assert_eq!(
            md5_hex("900150983CD24fb0d6963f7d28e17f72"),
            Err(Rule::Md5Hex {
                length: 32,
                invalid: Some('C')
            })
        );
        assert_eq!(
            md5_hex("c8c7xxxxxxxxxxxxxxxxxxxxxxxx8a2e"),
            Err(Rule::Md5Hex {
                length: 32,
                invalid: Some('x')
            })
        );
        // 32 bytes but only 16 characters: the length is reported in characters, as a person counts them.
        assert_eq!(
            md5_hex(&"é".repeat(16)),
            Err(Rule::Md5Hex {
                length: 16,
                invalid: None
            })
        );
        assert_eq!(
            md5_hex("é00150983cd24fb0d6963f7d28e17f72"),
            Err(Rule::Md5Hex {
                length: 32,
                invalid: Some('é')
            })
        );
    }
}

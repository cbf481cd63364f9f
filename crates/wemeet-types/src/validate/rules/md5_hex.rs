//! `format: md5-hex`: an MD5 digest written as 32 hexadecimal digits, accepted in either case and sent in lower case.

use serde::Serializer;

use crate::Rule;

/// Length of an MD5 digest in hexadecimal: 16 bytes, 32 digits.
const MD5_HEX_LENGTH: usize = 32;

/// The text must be 32 hexadecimal digits, in either case.
///
/// The docs say "the hexadecimal form of the MD5 of the image bytes" without saying which case; a digest in
/// upper case is accepted and sent in lower case ([`serialize_lowercase`]), the form every MD5 tool prints.
pub(crate) fn md5_hex(value: &str) -> Result<(), Rule> {
    if value.len() == MD5_HEX_LENGTH && value.bytes().all(|byte| byte.is_ascii_hexdigit()) {
        return Ok(());
    }
    let length = value.chars().count();
    let invalid = if length == MD5_HEX_LENGTH {
        value.chars().find(|c| !c.is_ascii_hexdigit())
    } else {
        None
    };
    Err(Rule::Md5Hex { length, invalid })
}

/// Serializes a digest in lower case (the generated models use it for `format: md5-hex` fields).
pub(crate) fn serialize_lowercase<S: Serializer>(
    value: &str,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    if value.bytes().any(|byte| byte.is_ascii_uppercase()) {
        serializer.serialize_str(&value.to_ascii_lowercase())
    } else {
        serializer.serialize_str(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_either_case() {
        assert_eq!(md5_hex("900150983cd24fb0d6963f7d28e17f72"), Ok(()));
        assert_eq!(md5_hex("900150983CD24FB0D6963F7D28E17F72"), Ok(()));
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

    #[test]
    fn serializes_in_lower_case() {
        let mut out = Vec::new();
        let mut serializer = serde_json::Serializer::new(&mut out);
        serialize_lowercase("ABCdef0123456789ABCDEF0123456789", &mut serializer).unwrap();
        assert_eq!(out, br#""abcdef0123456789abcdef0123456789""#);
    }
}

//! The live-stream `platform_name` rule: base64 text whose decoded name is 1 to 10 characters, not blank.

use base64::Engine as _;
use base64::prelude::BASE64_STANDARD;

use super::limits::{MAX_PLATFORM_NAME_CHARS, MIN_PLATFORM_NAME_CHARS};
use super::{Rule, text};

/// A valid name has at most 10 characters of at most 4 UTF-8 bytes each: 40 bytes. Names that decode to
/// more than this are too long and take the (allocating) error path.
const STACK_DECODE_BYTES: usize = MAX_PLATFORM_NAME_CHARS * 4;

/// Decodes a `platform_name` as it travels (standard base64 with padding) into the name.
pub(crate) fn decode(encoded: &str) -> Result<String, Rule> {
    let bytes = BASE64_STANDARD.decode(encoded).map_err(|_| Rule::Base64)?;
    String::from_utf8(bytes).map_err(|_| Rule::DecodedUtf8)
}

/// Encodes a platform name the way it travels.
pub(crate) fn encode(name: &str) -> String {
    BASE64_STANDARD.encode(name)
}

/// The encoded `platform_name` must be non-empty standard base64 of a UTF-8 name of 1 to 10 characters
/// that is not only whitespace. Decodes on the stack: a valid name is checked without allocating.
pub(crate) fn check(encoded: &str) -> Result<(), Rule> {
    text::non_empty(encoded)?;
    let mut buffer = [0_u8; STACK_DECODE_BYTES];
    match BASE64_STANDARD.decode_slice(encoded, &mut buffer) {
        Ok(length) => {
            let bytes = buffer.get(..length).ok_or(Rule::Base64)?;
            check_name(std::str::from_utf8(bytes).map_err(|_| Rule::DecodedUtf8)?)
        }
        // Too long for the stack buffer: either not base64, or a name of more than 10 characters.
        Err(base64::DecodeSliceError::OutputSliceTooSmall) => check_name(&decode(encoded)?),
        Err(base64::DecodeSliceError::DecodeError(_)) => Err(Rule::Base64),
    }
}

fn check_name(name: &str) -> Result<(), Rule> {
    text::char_count(name, MIN_PLATFORM_NAME_CHARS, MAX_PLATFORM_NAME_CHARS)?;
    text::not_blank(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_doc_examples() {
        assert_eq!(decode("dGVzdDEyMw=="), Ok("test123".to_owned()));
        assert_eq!(check("dGVzdDEyMw=="), Ok(()));
        assert_eq!(check("MTIzdGVzdA=="), Ok(()));
    }

    #[test]
    fn round_trips_names_of_up_to_ten_characters_of_four_bytes() {
        let name = "😀".repeat(10);
        assert_eq!(check(&encode(&name)), Ok(()));
        assert_eq!(decode(&encode(&name)), Ok(name));
    }

    #[test]
    fn measures_the_decoded_name_in_characters() {
        assert_eq!(check(&encode("腾讯会议直播平台名称")), Ok(()));
        assert_eq!(
            check(&encode("腾讯会议直播平台名称长")),
            Err(Rule::CharCount {
                min: 1,
                max: 10,
                actual: 11
            })
        );
        assert_eq!(
            check(&encode(&"a".repeat(1000))),
            Err(Rule::CharCount {
                min: 1,
                max: 10,
                actual: 1000
            })
        );
    }

    #[test]
    fn refuses_what_is_not_padded_standard_base64() {
        assert_eq!(
            check("dGVzdDEyMw"),
            Err(Rule::Base64),
            "padding is required"
        );
        assert_eq!(
            check("dGVz_DEy"),
            Err(Rule::Base64),
            "the URL-safe alphabet is not standard base64"
        );
        assert_eq!(check(&"dGVz_DEy".repeat(20)), Err(Rule::Base64));
        assert_eq!(check("test123"), Err(Rule::Base64));
        assert_eq!(check("dGVz dDEyMw=="), Err(Rule::Base64));
        assert_eq!(check(&"!".repeat(200)), Err(Rule::Base64));
    }

    #[test]
    fn refuses_bytes_that_are_not_utf8() {
        assert_eq!(
            check(&BASE64_STANDARD.encode([0xff, 0xfe])),
            Err(Rule::DecodedUtf8)
        );
        assert_eq!(
            check(&BASE64_STANDARD.encode([0xff; 100])),
            Err(Rule::DecodedUtf8)
        );
    }

    #[test]
    fn refuses_empty_and_blank_names() {
        assert_eq!(check(""), Err(Rule::NonEmpty));
        assert_eq!(check(&encode(" \n ")), Err(Rule::NotBlank));
        assert_eq!(check(&encode("\r\n")), Err(Rule::NotBlank));
    }
}

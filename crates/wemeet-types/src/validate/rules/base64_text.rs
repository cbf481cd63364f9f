//! `contentEncoding: base64`: a text that travels as standard base64, with rules on the decoded text
//! (`x-content-schema`), as the live-stream `platform_name` does.

use base64::Engine as _;
use base64::prelude::BASE64_STANDARD;

use crate::Rule;

/// Decoded texts up to this many bytes are checked on the stack, without allocating.
const STACK_DECODE_BYTES: usize = 256;

/// Decodes standard base64 (with padding) into UTF-8 text.
pub(crate) fn decode(encoded: &str) -> Result<String, Rule> {
    let bytes = BASE64_STANDARD.decode(encoded).map_err(|_| Rule::Base64)?;
    String::from_utf8(bytes).map_err(|_| Rule::DecodedUtf8)
}

/// Encodes a text as standard base64 with padding.
pub(crate) fn encode(text: &str) -> String {
    BASE64_STANDARD.encode(text)
}

/// The text must be standard base64 of UTF-8 text that passes `check`.
pub(crate) fn base64_text(
    encoded: &str,
    check: impl FnOnce(&str) -> Result<(), Rule>,
) -> Result<(), Rule> {
    let mut buffer = [0_u8; STACK_DECODE_BYTES];
    match BASE64_STANDARD.decode_slice(encoded, &mut buffer) {
        Ok(length) => {
            let bytes = buffer.get(..length).ok_or(Rule::Base64)?;
            check(std::str::from_utf8(bytes).map_err(|_| Rule::DecodedUtf8)?)
        }
        // Too long for the stack buffer: decode on the heap (either not base64, or a long text).
        Err(base64::DecodeSliceError::OutputSliceTooSmall) => check(&decode(encoded)?),
        Err(base64::DecodeSliceError::DecodeError(_)) => Err(Rule::Base64),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::rules::{char_count, not_blank};

    fn name(encoded: &str) -> Result<(), Rule> {
        base64_text(encoded, |text| {
            char_count(text, 1, 10)?;
            not_blank(text)
        })
    }

    #[test]
    fn accepts_the_doc_examples() {
        assert_eq!(decode("dGVzdDEyMw=="), Ok("test123".to_owned()));
        assert_eq!(name("dGVzdDEyMw=="), Ok(()));
        assert_eq!(name("MTIzdGVzdA=="), Ok(()));
    }

    #[test]
    fn checks_the_decoded_text_in_characters() {
        assert_eq!(name(&encode(&"😀".repeat(10))), Ok(()));
        assert_eq!(name(&encode("腾讯会议直播平台名称")), Ok(()));
        assert_eq!(
            name(&encode("腾讯会议直播平台名称长")),
            Err(Rule::CharCount {
                min: 1,
                max: 10,
                actual: 11
            })
        );
        assert_eq!(
            name(&encode(&"a".repeat(1000))),
            Err(Rule::CharCount {
                min: 1,
                max: 10,
                actual: 1000
            })
        );
        assert_eq!(name(&encode(" \n ")), Err(Rule::NotBlank));
    }

    #[test]
    fn refuses_what_is_not_padded_standard_base64_of_utf8() {
        assert_eq!(name("dGVzdDEyMw"), Err(Rule::Base64), "padding is required");
        assert_eq!(
            name("dGVz_DEy"),
            Err(Rule::Base64),
            "not the URL-safe alphabet"
        );
        assert_eq!(name(&"dGVz_DEy".repeat(100)), Err(Rule::Base64));
        assert_eq!(name("dGVz dDEyMw=="), Err(Rule::Base64));
        assert_eq!(name(&encode_bytes(&[0xff, 0xfe])), Err(Rule::DecodedUtf8));
        assert_eq!(name(&encode_bytes(&[0xff; 300])), Err(Rule::DecodedUtf8));
    }

    fn encode_bytes(bytes: &[u8]) -> String {
        BASE64_STANDARD.encode(bytes)
    }
}

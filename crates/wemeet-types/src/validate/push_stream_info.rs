//! Base64 text fields: encoding one ([`encode_base64`]), and reading the `platform_name` of a live-stream entry.

use super::rules;
#[cfg(feature = "meetings")]
use super::{FieldPath, ValidationError};
#[cfg(feature = "meetings")]
use crate::{ErrorCode, meetings::PushStreamInfo};

#[cfg(feature = "meetings")]
impl PushStreamInfo {
    /// The platform name as a person reads it: `platform_name` decoded from base64.
    ///
    /// ```
    /// # use wemeet_types::{PlatformType, encode_base64, meetings::PushStreamInfo};
    /// let info = PushStreamInfo::builder()
    ///     .platform_type(PlatformType::ThirdParty)
    ///     .platform_name(encode_base64("test123"))
    ///     .push_address("rtmp://live.example.com/app/")
    ///     .push_password("stream-key")
    ///     .build();
    /// assert_eq!(info.platform_name, "dGVzdDEyMw==");
    /// assert_eq!(info.decoded_platform_name().unwrap(), "test123");
    /// ```
    ///
    /// # Errors
    ///
    /// A [`ValidationError`] on field `platform_name` with [`Rule::Base64`](super::Rule::Base64) when it is not
    /// standard base64 with padding, or [`Rule::DecodedUtf8`](super::Rule::DecodedUtf8) when the bytes are not
    /// UTF-8 text.
    pub fn decoded_platform_name(&self) -> Result<String, ValidationError> {
        rules::decode_base64(&self.platform_name).map_err(|rule| {
            FieldPath::child_of(None, "platform_name", ErrorCode::INVALID_PARAMETER).error(rule)
        })
    }
}

/// Encodes a text as standard base64 with padding: how `platform_name` travels, and how the create-meeting doc
/// recommends sending a `subject` (an explicit choice of the caller; the SDK never encodes behind your back).
///
/// ```
/// assert_eq!(wemeet_types::encode_base64("test123"), "dGVzdDEyMw==");
/// ```
pub fn encode_base64(text: &str) -> String {
    rules::encode_base64(text)
}

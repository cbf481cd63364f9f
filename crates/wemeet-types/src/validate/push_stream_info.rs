//! Live-stream entries with a readable platform name: encoding and decoding the base64 `platform_name`.

use super::path::FieldPath;
use super::{ValidationError, platform_name};
use crate::{PlatformType, PushStreamInfo};

impl PushStreamInfo {
    /// An enabled push address for the platform named `name` (plain text; it travels base64-encoded, so it is
    /// encoded here). `enable_push_address` is `true`, its documented default.
    ///
    /// The name must be 1 to 10 characters and not only whitespace; [`Validate`](super::Validate) checks it.
    ///
    /// # Example
    ///
    /// ```
    /// # use wemeet_types::{PlatformType, PushStreamInfo};
    /// let info = PushStreamInfo::with_plain_name(
    ///     PlatformType::ThirdParty,
    ///     "test123",
    ///     "rtmp://live.example.com/app/",
    ///     "stream-key",
    /// );
    /// assert_eq!(info.platform_name, "dGVzdDEyMw==");
    /// assert_eq!(info.decoded_platform_name().unwrap(), "test123");
    /// ```
    pub fn with_plain_name(
        platform_type: PlatformType,
        name: &str,
        push_address: impl Into<String>,
        push_password: impl Into<String>,
    ) -> Self {
        Self::new(
            platform_type,
            platform_name::encode(name),
            true,
            push_address.into(),
            push_password.into(),
        )
    }

    /// The platform name as a person reads it: `platform_name` decoded from base64.
    ///
    /// # Errors
    ///
    /// A [`ValidationError`] on field `platform_name` with [`Rule::Base64`](super::Rule::Base64) when it is not
    /// standard base64 with padding, or [`Rule::DecodedUtf8`](super::Rule::DecodedUtf8) when the bytes are not
    /// UTF-8 text.
    pub fn decoded_platform_name(&self) -> Result<String, ValidationError> {
        platform_name::decode(&self.platform_name)
            .map_err(|rule| FieldPath::root("platform_name").error(rule))
    }
}

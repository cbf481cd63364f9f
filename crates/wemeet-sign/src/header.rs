//! Names of the headers the signing scheme reads and writes.
//!
//! HTTP header names are case-insensitive; these are the spellings the API documentation uses.

/// `X-TC-Key`: the SecretId that identifies the signing key.
pub const X_TC_KEY: &str = "X-TC-Key";
/// `X-TC-Timestamp`: Unix seconds at signing time, decimal.
pub const X_TC_TIMESTAMP: &str = "X-TC-Timestamp";
/// `X-TC-Nonce`: a positive integer, decimal, unique per request.
pub const X_TC_NONCE: &str = "X-TC-Nonce";
/// `X-TC-Signature`: the 88-character signature.
pub const X_TC_SIGNATURE: &str = "X-TC-Signature";
/// `X-TC-Registered`: whether the account directory is enabled (`1` by default).
pub const X_TC_REGISTERED: &str = "X-TC-Registered";
/// `X-TC-Version`: the calling app's version, optional.
pub const X_TC_VERSION: &str = "X-TC-Version";
/// `AppId`: the enterprise (corp) id.
pub const APP_ID: &str = "AppId";
/// `SdkId`: the app id; absent when none was allocated.
pub const SDK_ID: &str = "SdkId";
/// `AccessToken`: a third-party app's OAuth 2.0 access token (OAuth 2.0 mode, instead of a signature).
pub const ACCESS_TOKEN: &str = "AccessToken";
/// `OpenId`: the OAuth 2.0 open id of the user who granted the token (OAuth 2.0 mode).
pub const OPEN_ID: &str = "OpenId";

/// Every header a [`Signer`](crate::Signer) or a [`TokenAuth`](crate::TokenAuth) may set, in the order they
/// set them.
pub const ALL: [&str; 10] = [
    X_TC_KEY,
    X_TC_TIMESTAMP,
    X_TC_NONCE,
    X_TC_SIGNATURE,
    APP_ID,
    SDK_ID,
    X_TC_REGISTERED,
    X_TC_VERSION,
    ACCESS_TOKEN,
    OPEN_ID,
];

/// One of the headers above, for code that needs both spellings of the name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum HeaderId {
    Key,
    Timestamp,
    Nonce,
    Signature,
    AppId,
    SdkId,
    Registered,
    Version,
    AccessToken,
    OpenId,
}

impl HeaderId {
    /// Every header a signer may set, in the order it sets them.
    #[cfg(any(test, feature = "http"))]
    pub(crate) const ALL: [Self; 10] = [
        Self::Key,
        Self::Timestamp,
        Self::Nonce,
        Self::Signature,
        Self::AppId,
        Self::SdkId,
        Self::Registered,
        Self::Version,
        Self::AccessToken,
        Self::OpenId,
    ];

    /// Whether the value identifies or authenticates the caller and must stay out of logs: the signature, the
    /// SecretId, the AppId, the SdkId, the access token and the open id.
    #[cfg(feature = "http")]
    pub(crate) const fn is_sensitive(self) -> bool {
        matches!(
            self,
            Self::Signature
                | Self::Key
                | Self::AppId
                | Self::SdkId
                | Self::AccessToken
                | Self::OpenId
        )
    }

    /// The name as the documentation spells it.
    pub(crate) const fn name(self) -> &'static str {
        match self {
            Self::Key => X_TC_KEY,
            Self::Timestamp => X_TC_TIMESTAMP,
            Self::Nonce => X_TC_NONCE,
            Self::Signature => X_TC_SIGNATURE,
            Self::AppId => APP_ID,
            Self::SdkId => SDK_ID,
            Self::Registered => X_TC_REGISTERED,
            Self::Version => X_TC_VERSION,
            Self::AccessToken => ACCESS_TOKEN,
            Self::OpenId => OPEN_ID,
        }
    }

    /// The name as an `http` header name (which is always lower case).
    #[cfg(feature = "http")]
    pub(crate) const fn http_name(self) -> http::HeaderName {
        use http::HeaderName;
        match self {
            Self::Key => HeaderName::from_static("x-tc-key"),
            Self::Timestamp => HeaderName::from_static("x-tc-timestamp"),
            Self::Nonce => HeaderName::from_static("x-tc-nonce"),
            Self::Signature => HeaderName::from_static("x-tc-signature"),
            Self::AppId => HeaderName::from_static("appid"),
            Self::SdkId => HeaderName::from_static("sdkid"),
            Self::Registered => HeaderName::from_static("x-tc-registered"),
            Self::Version => HeaderName::from_static("x-tc-version"),
            Self::AccessToken => HeaderName::from_static("accesstoken"),
            Self::OpenId => HeaderName::from_static("openid"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_public_list_names_every_header_in_order() {
        assert_eq!(HeaderId::ALL.map(HeaderId::name), ALL);
    }

    #[cfg(feature = "http")]
    #[test]
    fn http_names_are_the_documented_names_in_lower_case() {
        use HeaderId::*;
        for id in [
            Key,
            Timestamp,
            Nonce,
            Signature,
            AppId,
            SdkId,
            Registered,
            Version,
            AccessToken,
            OpenId,
        ] {
            assert_eq!(id.http_name().as_str(), id.name().to_ascii_lowercase());
        }
    }
}

//! The identity and key a request is signed with.

use std::fmt;

use secrecy::{ExposeSecret, SecretString};

use crate::CredentialsBuilder;

/// The credentials of an enterprise self-built app: AppId, optional SdkId, SecretId and SecretKey.
///
/// The SecretKey is held as a [`SecretString`]: it is wiped from memory when the last copy is dropped,
/// it is redacted in `Debug`, and there is no public way to read it back.
///
/// ```
/// use wemeet_sign::Credentials;
///
/// let credentials = Credentials::builder()
///     .app_id("200000001")
///     .sdk_id("18000000001")
///     .secret_id("secret-id")
///     .secret_key("secret-key")
///     .build();
/// assert_eq!(credentials.sdk_id(), Some("18000000001"));
/// assert!(!format!("{credentials:?}").contains("secret-key"));
/// ```
#[derive(Clone)]
pub struct Credentials {
    app_id: String,
    sdk_id: Option<String>,
    secret_id: String,
    secret_key: SecretString,
}

impl Credentials {
    /// A builder: `app_id` (the enterprise id, sent as `AppId`), `secret_id` (sent as `X-TC-Key`) and
    /// `secret_key` (keys the signature, never sent) are required, `sdk_id` (sent as `SdkId`) is optional.
    ///
    /// ```compile_fail
    /// // The SecretKey is missing: `build` does not exist yet.
    /// let credentials = wemeet_sign::Credentials::builder().app_id("200000001").secret_id("id").build();
    /// ```
    pub fn builder() -> CredentialsBuilder {
        CredentialsBuilder::new()
    }

    pub(crate) fn from_parts(
        app_id: String,
        sdk_id: Option<String>,
        secret_id: String,
        secret_key: SecretString,
    ) -> Self {
        Self {
            app_id,
            sdk_id,
            secret_id,
            secret_key,
        }
    }

    /// The same credentials with the SdkId (the app id) that the `SdkId` header carries, e.g. one read later
    /// from configuration.
    ///
    /// An empty `sdk_id` means "none allocated": the header is then omitted, since the server rejects an
    /// empty `SdkId` with 190303.
    #[must_use]
    pub fn with_sdk_id(mut self, sdk_id: impl Into<String>) -> Self {
        let sdk_id = sdk_id.into();
        self.sdk_id = (!sdk_id.is_empty()).then_some(sdk_id);
        self
    }

    /// The enterprise (corp) id, sent as `AppId`.
    pub fn app_id(&self) -> &str {
        &self.app_id
    }

    /// The app id, sent as `SdkId`, if one was allocated.
    pub fn sdk_id(&self) -> Option<&str> {
        self.sdk_id.as_deref()
    }

    /// The SecretId, sent as `X-TC-Key`.
    pub fn secret_id(&self) -> &str {
        &self.secret_id
    }

    /// The SecretKey's bytes (UTF-8), the HMAC key. Crate-private on purpose.
    pub(crate) fn secret_key_bytes(&self) -> &[u8] {
        self.secret_key.expose_secret().as_bytes()
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("app_id", &self.app_id)
            .field("sdk_id", &self.sdk_id)
            .field("secret_id", &self.secret_id)
            .field("secret_key", &"[REDACTED]")
            .finish()
    }
}

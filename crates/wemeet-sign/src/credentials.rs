//! The identity and key a request is signed with.

use std::fmt;

use secrecy::{ExposeSecret, SecretString};

/// The credentials of an enterprise self-built app: AppId, optional SdkId, SecretId and SecretKey.
///
/// The SecretKey is held as a [`SecretString`]: it is wiped from memory when the last copy is dropped,
/// it is redacted in `Debug`, and there is no public way to read it back.
///
/// ```
/// use wemeet_sign::Credentials;
///
/// let credentials = Credentials::new("200000001", "secret-id", "secret-key").with_sdk_id("18000000001");
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
    /// Credentials without an SdkId (apps registered before SdkIds were allocated).
    ///
    /// `app_id` is the enterprise (corp) id, sent as the `AppId` header; `secret_id` is sent as `X-TC-Key`;
    /// `secret_key` keys the HMAC and is never sent.
    pub fn new(
        app_id: impl Into<String>,
        secret_id: impl Into<String>,
        secret_key: impl Into<String>,
    ) -> Self {
        Self {
            app_id: app_id.into(),
            sdk_id: None,
            secret_id: secret_id.into(),
            secret_key: SecretString::from(secret_key.into()),
        }
    }

    /// Adds the SdkId (the app id) that the `SdkId` header carries.
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

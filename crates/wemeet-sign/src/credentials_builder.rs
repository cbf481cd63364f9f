//! Building [`Credentials`] by name: three strings of one type are easy to swap, and a SecretKey sent as the
//! SecretId would travel in a header. Each required part has a setter; leaving one out is a compile error that
//! names it.

use secrecy::SecretString;

use crate::Credentials;

/// Marker types of the parts not given yet: `build()` exists only once none is left.
pub mod missing {
    /// The AppId (enterprise id) is not given yet: call `.app_id(..)`.
    #[derive(Debug, Clone, Copy)]
    #[allow(non_camel_case_types)]
    pub struct app_id;
    /// The SecretId is not given yet: call `.secret_id(..)`.
    #[derive(Debug, Clone, Copy)]
    #[allow(non_camel_case_types)]
    pub struct secret_id;
    /// The SecretKey is not given yet: call `.secret_key(..)`.
    #[derive(Debug, Clone, Copy)]
    #[allow(non_camel_case_types)]
    pub struct secret_key;
}

/// A builder of [`Credentials`] (see [`Credentials::builder`]): `app_id`, `secret_id` and `secret_key` are
/// required, `sdk_id` is optional; then `build()`.
///
/// Its `Debug` shows which parts are given, never their values.
#[must_use = "a builder does nothing until `build()`"]
pub struct CredentialsBuilder<A = missing::app_id, I = missing::secret_id, K = missing::secret_key>
{
    app_id: A,
    secret_id: I,
    secret_key: K,
    sdk_id: Option<String>,
}

impl CredentialsBuilder {
    pub(crate) fn new() -> Self {
        Self {
            app_id: missing::app_id,
            secret_id: missing::secret_id,
            secret_key: missing::secret_key,
            sdk_id: None,
        }
    }
}

impl<I, K> CredentialsBuilder<missing::app_id, I, K> {
    /// The enterprise (corp) id, sent as the `AppId` header.
    pub fn app_id(self, app_id: impl Into<String>) -> CredentialsBuilder<String, I, K> {
        CredentialsBuilder {
            app_id: app_id.into(),
            secret_id: self.secret_id,
            secret_key: self.secret_key,
            sdk_id: self.sdk_id,
        }
    }
}

impl<A, K> CredentialsBuilder<A, missing::secret_id, K> {
    /// The SecretId, sent as the `X-TC-Key` header.
    pub fn secret_id(self, secret_id: impl Into<String>) -> CredentialsBuilder<A, String, K> {
        CredentialsBuilder {
            app_id: self.app_id,
            secret_id: secret_id.into(),
            secret_key: self.secret_key,
            sdk_id: self.sdk_id,
        }
    }
}

impl<A, I> CredentialsBuilder<A, I, missing::secret_key> {
    /// The SecretKey: it keys the signature and is never sent.
    pub fn secret_key(
        self,
        secret_key: impl Into<String>,
    ) -> CredentialsBuilder<A, I, SecretString> {
        CredentialsBuilder {
            app_id: self.app_id,
            secret_id: self.secret_id,
            secret_key: SecretString::from(secret_key.into()),
            sdk_id: self.sdk_id,
        }
    }
}

impl<A, I, K> CredentialsBuilder<A, I, K> {
    /// The SdkId (the app id) the `SdkId` header carries, for apps that were allocated one. An empty `sdk_id`
    /// means "none allocated": the header is then omitted, since the server rejects an empty `SdkId` with 190303.
    pub fn sdk_id(mut self, sdk_id: impl Into<String>) -> Self {
        let sdk_id = sdk_id.into();
        self.sdk_id = (!sdk_id.is_empty()).then_some(sdk_id);
        self
    }
}

impl CredentialsBuilder<String, String, SecretString> {
    /// The credentials.
    pub fn build(self) -> Credentials {
        Credentials::from_parts(self.app_id, self.sdk_id, self.secret_id, self.secret_key)
    }
}

impl<A, I, K> std::fmt::Debug for CredentialsBuilder<A, I, K> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CredentialsBuilder").finish_non_exhaustive()
    }
}

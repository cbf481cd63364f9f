//! What a successful verification established.

/// A request that passed verification: who signed it, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    pub(crate) app_id: String,
    pub(crate) sdk_id: Option<String>,
    pub(crate) secret_id: String,
    pub(crate) timestamp: u64,
    pub(crate) nonce: u64,
}

impl Verified {
    /// The `AppId` (enterprise id) of the signer.
    pub fn app_id(&self) -> &str {
        &self.app_id
    }

    /// The `SdkId` (app id) of the signer, if one is allocated.
    pub fn sdk_id(&self) -> Option<&str> {
        self.sdk_id.as_deref()
    }

    /// The `X-TC-Key` (SecretId) the request was signed under.
    pub fn secret_id(&self) -> &str {
        &self.secret_id
    }

    /// The `X-TC-Timestamp`, Unix seconds.
    pub fn timestamp(&self) -> u64 {
        self.timestamp
    }

    /// The `X-TC-Nonce`.
    pub fn nonce(&self) -> u64 {
        self.nonce
    }
}

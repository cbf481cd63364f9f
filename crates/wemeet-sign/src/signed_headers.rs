//! The headers a signed request carries.

use std::fmt;
use std::sync::Arc;

use crate::decimal::Decimal;
use crate::header::HeaderId;
use crate::signature::Signature;
use crate::signer::Identity;

/// The headers to attach to one signed request: `X-TC-Key`, `X-TC-Timestamp`, `X-TC-Nonce`,
/// `X-TC-Signature`, `AppId`, `SdkId` (only when one is configured), `X-TC-Registered`, and
/// `X-TC-Version` (only when set).
///
/// `Debug` redacts the signature.
#[derive(Clone)]
pub struct SignedHeaders {
    identity: Arc<Identity>,
    timestamp: u64,
    timestamp_text: Decimal,
    nonce: u64,
    nonce_text: Decimal,
    signature: Signature,
}

impl SignedHeaders {
    pub(crate) fn new(
        identity: Arc<Identity>,
        timestamp: u64,
        nonce: u64,
        signature: Signature,
    ) -> Self {
        Self {
            identity,
            timestamp,
            timestamp_text: Decimal::new(timestamp),
            nonce,
            nonce_text: Decimal::new(nonce),
            signature,
        }
    }

    /// The headers as `(name, value)` pairs, names spelled as the API documentation spells them.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &str)> {
        self.entries().map(|(id, value)| (id.name(), value))
    }

    /// The value of one header, looked up case-insensitively; `None` for a header not set.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.iter()
            .find_map(|(header, value)| header.eq_ignore_ascii_case(name).then_some(value))
    }

    /// The `X-TC-Timestamp` value, Unix seconds.
    pub fn timestamp(&self) -> u64 {
        self.timestamp
    }

    /// The `X-TC-Nonce` value.
    pub fn nonce(&self) -> u64 {
        self.nonce
    }

    /// The `X-TC-Signature` value.
    pub fn signature(&self) -> &Signature {
        &self.signature
    }

    pub(crate) fn entries(&self) -> impl Iterator<Item = (HeaderId, &str)> {
        let identity = &*self.identity;
        let credentials = &identity.credentials;
        [
            Some((HeaderId::Key, credentials.secret_id())),
            Some((HeaderId::Timestamp, self.timestamp_text.as_str())),
            Some((HeaderId::Nonce, self.nonce_text.as_str())),
            Some((HeaderId::Signature, self.signature.expose())),
            Some((HeaderId::AppId, credentials.app_id())),
            credentials.sdk_id().map(|sdk_id| (HeaderId::SdkId, sdk_id)),
            Some((HeaderId::Registered, identity.registered.as_str())),
            identity
                .app_version
                .as_deref()
                .map(|version| (HeaderId::Version, version)),
        ]
        .into_iter()
        .flatten()
    }
}

impl fmt::Debug for SignedHeaders {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut map = f.debug_map();
        for (id, value) in self.entries() {
            if id.is_secret() {
                map.entry(&id.name(), &"[REDACTED]");
            } else {
                map.entry(&id.name(), &value);
            }
        }
        map.finish()
    }
}

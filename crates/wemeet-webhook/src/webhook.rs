//! The settings of one event subscription: its Token and, optionally, its EncodingAESKey.

use std::fmt;

use crate::config_error::ConfigError;
use crate::encoding_aes_key::EncodingAesKey;
use crate::token::Token;

/// The settings of one event subscription (消息通知): the Token that keys the signatures and, when the
/// subscription has one, the EncodingAESKey that encrypts the events.
///
/// Both sides of a callback use it: a receiver verifies, decrypts and decodes what the service sends
/// ([`verify_url`](Self::verify_url), [`receive_event`](Self::receive_event), and with the `http` feature
/// `receive`); the service's side (a mock, a test) signs and encrypts ([`delivery`](Self::delivery),
/// [`url_verification`](Self::url_verification)). `Debug` shows neither secret.
///
/// ```
/// use wemeet_webhook::Webhook;
///
/// let plain = Webhook::from_settings("bVPU6F8Htxl5XkAbp3jGV2xWp", None).unwrap();
/// let encrypted = Webhook::from_settings(
///     "bVPU6F8Htxl5XkAbp3jGV2xWp",
///     Some("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8"),
/// )
/// .unwrap();
/// assert!(!plain.is_encrypted() && encrypted.is_encrypted());
/// assert!(!format!("{encrypted:?}").contains("bVPU6F8"));
/// ```
#[derive(Clone)]
pub struct Webhook {
    pub(crate) token: Token,
    pub(crate) key: Option<EncodingAesKey>,
}

impl Webhook {
    /// A subscription without an EncodingAESKey: events arrive as base64 of their JSON.
    pub fn new(token: Token) -> Self {
        Self { token, key: None }
    }

    /// Adds the EncodingAESKey: events and URL verifications arrive AES-256-CBC encrypted.
    #[must_use]
    pub fn with_encoding_aes_key(mut self, key: EncodingAesKey) -> Self {
        self.key = Some(key);
        self
    }

    /// Checks and takes the two settings as the console shows them (from configuration or the environment, say).
    pub fn from_settings(token: &str, encoding_aes_key: Option<&str>) -> Result<Self, ConfigError> {
        let webhook = Self::new(Token::new(token)?);
        Ok(match encoding_aes_key {
            Some(key) => webhook.with_encoding_aes_key(EncodingAesKey::new(key)?),
            None => webhook,
        })
    }

    /// Whether an EncodingAESKey is configured.
    pub fn is_encrypted(&self) -> bool {
        self.key.is_some()
    }
}

impl fmt::Debug for Webhook {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Webhook")
            .field("token", &self.token)
            .field("encoding_aes_key", &self.key)
            .finish()
    }
}

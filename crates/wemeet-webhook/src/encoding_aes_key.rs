//! The EncodingAESKey of a subscription: the AES-256 key of encrypted callbacks.

use std::fmt;
use std::str::FromStr;

use base64::Engine as _;
use secrecy::{ExposeSecret, SecretBox};

use crate::config_error::ConfigError;
use crate::lenient_base64::LENIENT;
use crate::protocol::{AES_KEY_BYTES, ENCODING_AES_KEY_LEN};

/// The EncodingAESKey of an event subscription (消息通知 EncodingAESKey), checked when built: 43 base64
/// characters, which (with `=` appended, as the docs say) decode to the 32 bytes of an AES-256 key.
///
/// Non-zero bits after the last full byte are accepted (the 43rd character carries 2 unused bits; a key of 43
/// random letters and digits has some set three times in four). The key bytes are a secret: held in a
/// [`SecretBox`] (wiped when dropped), shown as `EncodingAesKey([REDACTED])` by `Debug`, never in an error or a
/// log.
///
/// ```
/// use wemeet_webhook::{ConfigError, EncodingAesKey};
///
/// let key: EncodingAesKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8".parse().unwrap();
/// assert_eq!(format!("{key:?}"), "EncodingAesKey([REDACTED])");
/// assert_eq!(
///     EncodingAesKey::new("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=").unwrap_err(),
///     ConfigError::EncodingAesKeyLength { length: 44 },
/// );
/// ```
pub struct EncodingAesKey(SecretBox<[u8; AES_KEY_BYTES]>);

impl EncodingAesKey {
    /// Checks `encoding_aes_key` and decodes it into the AES key.
    pub fn new(encoding_aes_key: &str) -> Result<Self, ConfigError> {
        let length = encoding_aes_key.chars().count();
        if length != ENCODING_AES_KEY_LEN {
            return Err(ConfigError::EncodingAesKeyLength { length });
        }
        let is_base64 = |c: char| c.is_ascii_alphanumeric() || c == '+' || c == '/';
        if let Some(index) = encoding_aes_key.chars().position(|c| !is_base64(c)) {
            return Err(ConfigError::EncodingAesKeyCharacter {
                position: index + 1,
            });
        }
        let mut key = Box::new([0_u8; AES_KEY_BYTES]);
        // 43 base64 characters are 258 bits: exactly 32 bytes and 2 ignored bits, so this cannot fail; a failure
        // would still be reported, never a panic.
        match LENIENT.decode_slice(encoding_aes_key, key.as_mut_slice()) {
            Ok(AES_KEY_BYTES) => Ok(Self(SecretBox::new(key))),
            Ok(_) | Err(_) => Err(ConfigError::EncodingAesKeyLength { length }),
        }
    }

    /// The AES key. Crate-private on purpose.
    pub(crate) fn bytes(&self) -> &[u8; AES_KEY_BYTES] {
        self.0.expose_secret()
    }
}

impl Clone for EncodingAesKey {
    fn clone(&self) -> Self {
        Self(SecretBox::new(Box::new(*self.bytes())))
    }
}

impl FromStr for EncodingAesKey {
    type Err = ConfigError;

    fn from_str(encoding_aes_key: &str) -> Result<Self, Self::Err> {
        Self::new(encoding_aes_key)
    }
}

impl fmt::Debug for EncodingAesKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("EncodingAesKey([REDACTED])")
    }
}

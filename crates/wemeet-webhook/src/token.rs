//! The Token of a subscription: the secret the callback signatures are keyed with.

use std::fmt;
use std::str::FromStr;

use secrecy::{ExposeSecret, SecretString};

use crate::config_error::ConfigError;
use crate::protocol::TOKEN_LEN;

/// The Token of an event subscription (消息通知 Token), checked when built: 25 ASCII letters or digits, as the
/// console issues it.
///
/// It is a secret: held as a [`SecretString`] (wiped when dropped), shown as `Token([REDACTED])` by `Debug`,
/// never in an error or a log, and with no public way to read it back.
///
/// ```
/// use wemeet_webhook::{ConfigError, Token};
///
/// let token: Token = "bVPU6F8Htxl5XkAbp3jGV2xWp".parse().unwrap();
/// assert_eq!(format!("{token:?}"), "Token([REDACTED])");
/// // A newline copied along with the Token is caught here, not as a signature mismatch later.
/// assert_eq!(
///     Token::new("bVPU6F8Htxl5XkAbp3jGV2xW\n").unwrap_err(),
///     ConfigError::TokenCharacter { position: 25 },
/// );
/// ```
#[derive(Clone)]
pub struct Token(SecretString);

impl Token {
    /// Checks `token` (25 ASCII letters or digits) and keeps it as a secret.
    pub fn new(token: impl Into<String>) -> Result<Self, ConfigError> {
        let token = SecretString::from(token.into());
        let text = token.expose_secret();
        if let Some(index) = text.chars().position(|c| !c.is_ascii_alphanumeric()) {
            return Err(ConfigError::TokenCharacter {
                position: index + 1,
            });
        }
        if text.len() != TOKEN_LEN {
            return Err(ConfigError::TokenLength { length: text.len() });
        }
        Ok(Self(token))
    }

    /// The Token's bytes, for the signature. Crate-private on purpose.
    pub(crate) fn as_bytes(&self) -> &[u8] {
        self.0.expose_secret().as_bytes()
    }
}

impl FromStr for Token {
    type Err = ConfigError;

    fn from_str(token: &str) -> Result<Self, Self::Err> {
        Self::new(token)
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token([REDACTED])")
    }
}

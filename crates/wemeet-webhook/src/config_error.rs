//! Why a Token or an EncodingAESKey was refused.

use crate::protocol::{ENCODING_AES_KEY_LEN, TOKEN_LEN};

/// Why a [`Token`](crate::Token) or an [`EncodingAesKey`](crate::EncodingAesKey) was refused when it was built.
///
/// The messages name the setting and the rule; they never contain the value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// The Token does not have the documented length.
    #[error(
        "the Token must be {TOKEN_LEN} letters or digits (由英文或数字组成且长度为25位), got {length} characters"
    )]
    TokenLength {
        /// How many characters the Token had.
        length: usize,
    },
    /// The Token has a character other than an ASCII letter or digit (a space or newline copied with it, say).
    #[error("the Token must be letters or digits only: character {position} (from 1) is neither")]
    TokenCharacter {
        /// Where the first offending character is, counting characters from 1.
        position: usize,
    },
    /// The EncodingAESKey does not have the documented length.
    #[error("the EncodingAESKey must be {ENCODING_AES_KEY_LEN} characters, got {length}")]
    EncodingAesKeyLength {
        /// How many characters the key had.
        length: usize,
    },
    /// The EncodingAESKey has a character that is not base64 (A-Z, a-z, 0-9, `+`, `/`).
    #[error(
        "the EncodingAESKey must be base64 (A-Z, a-z, 0-9, + and /) decoding to 32 bytes: character {position} (from 1) is not base64"
    )]
    EncodingAesKeyCharacter {
        /// Where the first offending character is, counting characters from 1.
        position: usize,
    },
}

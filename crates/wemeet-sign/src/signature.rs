//! The value of the `X-TC-Signature` header.

use std::fmt;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac as _};
use sha2::Sha256;
use subtle::ConstantTimeEq;

use crate::string_to_sign::StringToSign;

/// A request signature: `base64(lowercase_hex(HMAC-SHA256(SecretKey, string to sign)))`, always 88
/// characters (the hex text is what gets base64-encoded, not the raw digest).
///
/// It is redacted in `Debug` and `Display`; read it with [`expose`](Self::expose) to put it on the wire,
/// and compare with [`matches`](Self::matches), which takes constant time. Unlike the SecretKey it is
/// not wiped from memory: it is sent with its request anyway, and is good for that one nonce and
/// timestamp only.
#[derive(Clone)]
pub struct Signature {
    text: [u8; Self::LEN],
}

impl Signature {
    /// Length of every signature: 64 hex characters, base64-encoded.
    pub const LEN: usize = 88;

    /// Feeds the string to sign into HMAC-SHA256 piece by piece, writes the hex into a stack buffer and
    /// base64-encodes it into another: no heap allocation.
    pub(crate) fn compute(string_to_sign: &StringToSign<'_>, key: &[u8]) -> Self {
        let mut mac = keyed_hmac(key);
        string_to_sign.for_each_chunk(|chunk| mac.update(chunk));
        let digest = mac.finalize().into_bytes();

        let mut hex = [0_u8; 64];
        for (pair, byte) in hex.chunks_exact_mut(2).zip(digest.iter()) {
            pair.copy_from_slice(&HEX_PAIRS[usize::from(*byte)]);
        }
        let mut text = [0_u8; Self::LEN];
        // 64 bytes always encode to exactly 88 base64 characters, so the buffer always fits.
        let _written = STANDARD.encode_slice(hex, &mut text);
        Self { text }
    }

    /// The signature text, as the `X-TC-Signature` header carries it.
    pub fn expose(&self) -> &str {
        // base64 output is ASCII, which is always valid UTF-8.
        std::str::from_utf8(&self.text).unwrap_or_default()
    }

    /// Whether `received` is this signature, compared in constant time (the time taken does not depend
    /// on where the first difference is).
    pub fn matches(&self, received: &[u8]) -> bool {
        bool::from(self.text.as_slice().ct_eq(received))
    }
}

/// An HMAC-SHA256 computation keyed with `key`, built afresh for every signature.
///
/// Why no keyed state is kept (in the credentials, say) and cloned per signature, which would save the two
/// SHA-256 blocks of the padded key: that state, the inner and outer hashes after `key ^ ipad` and
/// `key ^ opad`, is as good as the key for forging signatures, and `hmac` 0.12 / `sha2` 0.10 / `digest`
/// 0.10 cannot wipe it (they have no `zeroize` support; this crate forbids `unsafe`). So the only
/// long-lived copy of the key is the SecretKey in `secrecy`'s zeroizing string; the state derived from
/// it lives on the stack of [`Signature::compute`] for one signature and is not wiped after it. The bench
/// `sign` times both ways side by side.
fn keyed_hmac(key: &[u8]) -> Hmac<Sha256> {
    match Hmac::<Sha256>::new_from_slice(key) {
        Ok(mac) => mac,
        // HMAC hashes keys longer than its block and pads shorter ones, so `hmac` accepts keys of every
        // length (its documentation: "HMAC can take key of any size"); no input reaches this arm.
        Err(_) => unreachable!("HMAC accepts keys of any length"),
    }
}

/// The two lowercase hex digits of every byte value, so encoding takes one lookup per byte.
static HEX_PAIRS: [[u8; 2]; 256] = {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut pairs = [[0_u8; 2]; 256];
    let mut byte = 0;
    while byte < 256 {
        pairs[byte] = [DIGITS[byte >> 4], DIGITS[byte & 0x0F]];
        byte += 1;
    }
    pairs
};

impl fmt::Debug for Signature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Signature([REDACTED])")
    }
}

impl fmt::Display for Signature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[REDACTED]")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The signature is the base64 of the hex text, not of the raw digest.
    #[test]
    fn encodes_the_hex_digest_in_base64() {
        let string_to_sign = StringToSign::new("POST", "id", 1, 2, "/v1/meetings", b"{}");
        let key = b"Jefe";
        let mut mac = keyed_hmac(key);
        mac.update(&string_to_sign.to_bytes());
        let hex: String = mac
            .finalize()
            .into_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let signature = Signature::compute(&string_to_sign, key);
        assert_eq!(signature.expose(), STANDARD.encode(hex.as_bytes()));
        assert_eq!(signature.expose().len(), Signature::LEN);
    }

    #[test]
    fn rfc_4231_case_2_through_the_same_hmac() {
        let mut mac = keyed_hmac(b"Jefe");
        mac.update(b"what do ya want for nothing?");
        let hex: String = mac
            .finalize()
            .into_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(
            hex,
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn matches_only_the_exact_text() {
        let signature = Signature::compute(&StringToSign::new("GET", "k", 1, 1, "/", b""), b"key");
        let text = signature.expose().as_bytes().to_vec();
        assert!(signature.matches(&text));
        assert!(!signature.matches(&text[..87]));
        let mut changed = text.clone();
        changed[0] ^= 1;
        assert!(!signature.matches(&changed));
    }

    #[test]
    fn is_redacted_in_debug_and_display() {
        let signature = Signature::compute(&StringToSign::new("GET", "k", 1, 1, "/", b""), b"key");
        for shown in [
            format!("{signature:?}"),
            format!("{signature}"),
            format!("{signature:#?}"),
        ] {
            assert!(!shown.contains(signature.expose()), "{shown}");
        }
    }
}

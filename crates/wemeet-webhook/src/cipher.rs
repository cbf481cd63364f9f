//! AES-256-CBC as the callbacks use it: the IV is the first 16 key bytes, the padding PKCS#7.

use aes::Aes256;
use aes::cipher::block_padding::{NoPadding, Pkcs7};
use aes::cipher::{BlockDecryptMut as _, BlockEncryptMut as _, KeyIvInit as _};

use crate::error::WebhookError;
use crate::protocol::{AES_BLOCK_BYTES, AES_KEY_BYTES, MAX_PAD_BYTES};

type Encryptor = cbc::Encryptor<Aes256>;
type Decryptor = cbc::Decryptor<Aes256>;

/// The IV: the first 16 bytes of the key.
fn iv(key: &[u8; AES_KEY_BYTES]) -> [u8; AES_BLOCK_BYTES] {
    let mut iv = [0_u8; AES_BLOCK_BYTES];
    for (iv_byte, key_byte) in iv.iter_mut().zip(key) {
        *iv_byte = *key_byte;
    }
    iv
}

/// Encrypts `plaintext`, PKCS#7-padded to the 16-byte block.
pub(crate) fn encrypt(key: &[u8; AES_KEY_BYTES], plaintext: &[u8]) -> Vec<u8> {
    Encryptor::new(key.into(), &iv(key).into()).encrypt_padded_vec_mut::<Pkcs7>(plaintext)
}

/// Decrypts `ciphertext` in place and removes the PKCS#7 padding (any pad length from 1 to 32 whose bytes all
/// equal it).
pub(crate) fn decrypt(
    key: &[u8; AES_KEY_BYTES],
    mut ciphertext: Vec<u8>,
) -> Result<Vec<u8>, WebhookError> {
    let length = ciphertext.len();
    if length == 0 || !length.is_multiple_of(AES_BLOCK_BYTES) {
        return Err(WebhookError::CiphertextLength { length });
    }
    Decryptor::new(key.into(), &iv(key).into())
        .decrypt_padded_mut::<NoPadding>(&mut ciphertext)
        .map_err(|_| WebhookError::CiphertextLength { length })?;
    let pad = ciphertext.last().copied().map_or(0, usize::from);
    let valid = (1..=MAX_PAD_BYTES.min(length)).contains(&pad)
        && ciphertext
            .iter()
            .rev()
            .take(pad)
            .all(|&byte| usize::from(byte) == pad);
    if !valid {
        return Err(WebhookError::Padding);
    }
    ciphertext.truncate(length - pad);
    Ok(ciphertext)
}

//! The exact text that gets signed.

use std::fmt;

use crate::credentials::Credentials;
use crate::signature::Signature;

/// The string to sign: four parts joined by `\n`, without a newline after the body.
///
/// 1. the HTTP method, exactly as sent (upper case for every method the API uses);
/// 2. `X-TC-Key=<SecretId>&X-TC-Nonce=<nonce>&X-TC-Timestamp=<timestamp>`, in this order, nothing escaped;
/// 3. the request target: the path, plus `?` and the percent-encoded query exactly as sent;
/// 4. the body, byte for byte (empty for a request without one).
///
/// It borrows its parts and never builds the text: [`for_each_chunk`](Self::for_each_chunk) hands the
/// bytes out piece by piece (that is how the HMAC is fed), and `Display` writes the exact text.
///
/// ```
/// use wemeet_sign::StringToSign;
///
/// let string_to_sign = StringToSign::new("GET", "AKID", 1_572_172_200, 42, "/v1/meetings/1?userid=a", b"");
/// assert_eq!(
///     string_to_sign.to_string(),
///     "GET\nX-TC-Key=AKID&X-TC-Nonce=42&X-TC-Timestamp=1572172200\n/v1/meetings/1?userid=a\n"
/// );
/// ```
#[derive(Clone, Copy)]
pub struct StringToSign<'a> {
    method: &'a str,
    secret_id: &'a str,
    timestamp: u64,
    nonce: u64,
    target: &'a str,
    body: &'a [u8],
}

impl<'a> StringToSign<'a> {
    /// The string to sign for one request.
    ///
    /// `secret_id` is the `X-TC-Key` value; `timestamp` (Unix seconds) and `nonce` are the `X-TC-Timestamp`
    /// and `X-TC-Nonce` values; `target` is the path and query as sent, without scheme or host.
    pub const fn new(
        method: &'a str,
        secret_id: &'a str,
        timestamp: u64,
        nonce: u64,
        target: &'a str,
        body: &'a [u8],
    ) -> Self {
        Self {
            method,
            secret_id,
            timestamp,
            nonce,
            target,
            body,
        }
    }

    /// Calls `sink` with consecutive pieces of the string to sign; together they are its exact bytes.
    pub fn for_each_chunk(&self, mut sink: impl FnMut(&[u8])) {
        let mut nonce_text = itoa::Buffer::new();
        let mut timestamp_text = itoa::Buffer::new();
        let nonce = nonce_text.format(self.nonce);
        let timestamp = timestamp_text.format(self.timestamp);
        sink(self.method.as_bytes());
        sink(b"\nX-TC-Key=");
        sink(self.secret_id.as_bytes());
        sink(b"&X-TC-Nonce=");
        sink(nonce.as_bytes());
        sink(b"&X-TC-Timestamp=");
        sink(timestamp.as_bytes());
        sink(b"\n");
        sink(self.target.as_bytes());
        sink(b"\n");
        sink(self.body);
    }

    /// The number of bytes in the string to sign.
    pub fn byte_len(&self) -> usize {
        let mut len = 0;
        self.for_each_chunk(|chunk| len += chunk.len());
        len
    }

    /// The string to sign as one byte vector (allocates; signing does not need it).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(self.byte_len());
        self.for_each_chunk(|chunk| bytes.extend_from_slice(chunk));
        bytes
    }

    /// Signs it: base64 of the lowercase hex of HMAC-SHA256 keyed with the SecretKey.
    pub fn sign(&self, credentials: &Credentials) -> Signature {
        Signature::compute(self, credentials.secret_key_bytes())
    }
}

/// The exact text. A body that is not valid UTF-8 is shown with U+FFFD in place of each invalid
/// sequence; the signature is always computed over the real bytes.
impl fmt::Display for StringToSign<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}\nX-TC-Key={}&X-TC-Nonce={}&X-TC-Timestamp={}\n{}\n",
            self.method, self.secret_id, self.nonce, self.timestamp, self.target
        )?;
        for chunk in self.body.utf8_chunks() {
            f.write_str(chunk.valid())?;
            if !chunk.invalid().is_empty() {
                f.write_str("\u{FFFD}")?;
            }
        }
        Ok(())
    }
}

/// Shows the exact text, escaped. The string to sign holds no secret.
impl fmt::Debug for StringToSign<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("StringToSign")
            .field(&self.to_string())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_display_and_length_agree() {
        let string_to_sign = StringToSign::new(
            "POST",
            "id",
            1_700_000_000,
            1_729_000_000_000_123_456,
            "/v1/meetings",
            "{\"a\":\"张三\"}".as_bytes(),
        );
        let text = "POST\nX-TC-Key=id&X-TC-Nonce=1729000000000123456&X-TC-Timestamp=1700000000\n/v1/meetings\n{\"a\":\"张三\"}";
        assert_eq!(string_to_sign.to_string(), text);
        assert_eq!(string_to_sign.to_bytes(), text.as_bytes());
        assert_eq!(string_to_sign.byte_len(), text.len());
    }

    #[test]
    fn display_replaces_invalid_utf8_but_bytes_keep_it() {
        let body = [b'{', 0xFF, 0xFE, b'}'];
        let string_to_sign = StringToSign::new("POST", "id", 1, 2, "/", &body);
        assert!(string_to_sign.to_string().ends_with("\n{\u{FFFD}\u{FFFD}}"));
        assert!(string_to_sign.to_bytes().ends_with(&body));
    }
}

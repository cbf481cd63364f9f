//! The service's side, for mocks and tests: sign, encode and encrypt callbacks exactly as the service does.

use std::fmt;

use base64::Engine as _;
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};

use crate::cipher;
use crate::delivery_body;
use crate::lenient_base64::LENIENT;
use crate::protocol::{CHECK_STR_PARAM, NONCE_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER};
use crate::signature::signature_hex;
use crate::webhook::Webhook;

impl Webhook {
    /// The signature of a callback: lowercase hex `sha1(sort(token, timestamp, nonce, data))`, the four values
    /// sorted as byte strings and concatenated without separators. `data` is the body's `data` string, or the
    /// `check_str` of a URL verification, exactly as sent.
    ///
    /// ```
    /// use wemeet_webhook::Webhook;
    ///
    /// let webhook = Webhook::from_settings("bVPU6F8Htxl5XkAbp3jGV2xWp", None).unwrap();
    /// assert_eq!(
    ///     webhook.sign("1609239040864", "14964161", "aGVsbG8tY2hlY2stc3Ry"),
    ///     "d617f67ee5aa57dfdc38fbc2aa53cddf0d212676",
    /// );
    /// ```
    pub fn sign(&self, timestamp: &str, nonce: &str, data: &str) -> String {
        let hex = signature_hex(&self.token, timestamp, nonce, data);
        hex.iter().map(|&digit| char::from(digit)).collect()
    }

    /// The value the service sends for `plaintext` (the body's `data`, or a `check_str`): base64 with padding of
    /// the plaintext, or, with an EncodingAESKey, of its AES-256-CBC encryption (IV = the first 16 key bytes,
    /// PKCS#7 padding to 16 bytes).
    pub fn encode(&self, plaintext: &[u8]) -> String {
        match &self.key {
            Some(key) => LENIENT.encode(cipher::encrypt(key.bytes(), plaintext)),
            None => LENIENT.encode(plaintext),
        }
    }

    /// An event delivery as the service sends it: the body `{"data": "..."}` carrying `event_json` encoded by
    /// [`encode`](Self::encode), and the headers signing that `data`. `timestamp` is the service's clock in
    /// milliseconds (the docs' example has 13 digits).
    pub fn delivery(&self, event_json: &str, timestamp: u64, nonce: u64) -> Delivery {
        let data = self.encode(event_json.as_bytes());
        let headers = self.signed_headers(timestamp, nonce, &data);
        Delivery {
            body: delivery_body::body(&data),
            headers,
        }
    }

    /// A URL verification as the service sends it: `check_str` carrying `challenge` encoded by
    /// [`encode`](Self::encode), and the headers signing it. The receiver must answer with `challenge`.
    pub fn url_verification(&self, challenge: &str, timestamp: u64, nonce: u64) -> UrlVerification {
        let check_str = self.encode(challenge.as_bytes());
        let headers = self.signed_headers(timestamp, nonce, &check_str);
        UrlVerification { check_str, headers }
    }

    fn signed_headers(&self, timestamp: u64, nonce: u64, data: &str) -> SignedHeaders {
        let timestamp = timestamp.to_string();
        let nonce = nonce.to_string();
        let signature = self.sign(&timestamp, &nonce, data);
        SignedHeaders {
            timestamp,
            nonce,
            signature,
        }
    }
}

/// The `timestamp`, `nonce` and `signature` headers of a signed callback. `Debug` does not show the signature.
#[derive(Clone, PartialEq, Eq)]
pub struct SignedHeaders {
    timestamp: String,
    nonce: String,
    signature: String,
}

impl SignedHeaders {
    /// The `timestamp` header.
    pub fn timestamp(&self) -> &str {
        &self.timestamp
    }

    /// The `nonce` header.
    pub fn nonce(&self) -> &str {
        &self.nonce
    }

    /// The `signature` header: lowercase hex SHA-1.
    pub fn signature(&self) -> &str {
        &self.signature
    }

    /// The value of the header `name` (ASCII case-insensitive), if it is one of the three.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.iter()
            .find(|(header, _)| header.eq_ignore_ascii_case(name))
            .map(|(_, value)| value)
    }

    /// The three headers as `(name, value)` pairs.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &str)> {
        [
            (TIMESTAMP_HEADER, self.timestamp.as_str()),
            (NONCE_HEADER, self.nonce.as_str()),
            (SIGNATURE_HEADER, self.signature.as_str()),
        ]
        .into_iter()
    }
}

impl fmt::Debug for SignedHeaders {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SignedHeaders")
            .field("timestamp", &self.timestamp)
            .field("nonce", &self.nonce)
            .field("signature", &"[REDACTED]")
            .finish()
    }
}

/// An event delivery built by [`Webhook::delivery`]: the `POST` body and its headers (send it with
/// `Content-Type: application/json`). `Debug` shows neither the body nor the signature.
#[derive(Clone, PartialEq, Eq)]
pub struct Delivery {
    body: String,
    headers: SignedHeaders,
}

impl Delivery {
    /// The body, `{"data":"<base64>"}`.
    pub fn body(&self) -> &str {
        &self.body
    }

    /// The signed headers.
    pub fn headers(&self) -> &SignedHeaders {
        &self.headers
    }
}

impl fmt::Debug for Delivery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Delivery")
            .field("body_len", &self.body.len())
            .field("headers", &self.headers)
            .finish()
    }
}

/// A URL verification built by [`Webhook::url_verification`]: the `check_str` and its headers, for a `GET` of
/// the callback URL with [`query`](Self::query) appended. `Debug` shows neither the challenge nor the signature.
#[derive(Clone, PartialEq, Eq)]
pub struct UrlVerification {
    check_str: String,
    headers: SignedHeaders,
}

impl UrlVerification {
    /// The `check_str` value, before URL encoding.
    pub fn check_str(&self) -> &str {
        &self.check_str
    }

    /// The query string `check_str=<value>`, the value percent-encoded (`+`, `/` and `=` included).
    pub fn query(&self) -> String {
        format!(
            "{CHECK_STR_PARAM}={}",
            utf8_percent_encode(&self.check_str, NON_ALPHANUMERIC)
        )
    }

    /// The signed headers.
    pub fn headers(&self) -> &SignedHeaders {
        &self.headers
    }
}

impl fmt::Debug for UrlVerification {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UrlVerification")
            .field("check_str_len", &self.check_str.len())
            .field("headers", &self.headers)
            .finish()
    }
}

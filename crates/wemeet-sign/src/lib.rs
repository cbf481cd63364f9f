//! Request signing and verification for the Tencent Meeting (腾讯会议, WeMeet) REST API.
//!
//! The API authenticates enterprise self-built apps with an HMAC-SHA256 signature over the request
//! (the documentation calls it "TC3-HMAC-SHA256", but it is not Tencent Cloud's TC3):
//!
//! - the **string to sign** ([`StringToSign`]) is the method, `X-TC-Key=…&X-TC-Nonce=…&X-TC-Timestamp=…`,
//!   the request target (path and query as sent) and the exact body bytes, joined by `\n`;
//! - the **signature** ([`Signature`]) is `base64(lowercase_hex(HMAC-SHA256(SecretKey, string to sign)))`;
//! - the **headers** ([`SignedHeaders`]) carry the SecretId, timestamp, nonce, signature, AppId, SdkId
//!   (when allocated) and `X-TC-Registered` / `X-TC-Version`.
//!
//! Like aws-sigv4, this crate only computes: it has no HTTP client. [`Signer`] signs bytes; with the
//! `http` feature it also signs an `http::Request<Vec<u8>>` in place. [`Verifier`] checks received
//! requests as the server does (signature in constant time, timestamp window, nonce replay), with
//! errors that map to the API's codes; the local mock server uses it.
//!
//! ```
//! use wemeet_sign::{Clock, Credentials, NonceSource, RandomNonce, Signer, SystemClock};
//!
//! let credentials = Credentials::builder()
//!     .app_id("200000001")
//!     .secret_id("AKIDexample")
//!     .secret_key("secret-key")
//!     .build();
//! let signer = Signer::new(credentials);
//! let body = br#"{"userid":"tester","instanceid":1}"#;
//! // The time and the nonce are inputs (`sign` draws them from the system clock and a random source).
//! let (timestamp, nonce) = (1_572_172_200, RandomNonce.next_nonce());
//! # let _ = SystemClock.now_unix_seconds();
//! let headers = signer.sign_at("POST", "/v1/meetings", body, timestamp, nonce);
//! for (name, value) in headers.iter() {
//!     // attach `name: value` to the request that sends exactly `body`
//! #   let _ = (name, value);
//! }
//! assert_eq!(headers.get("X-TC-Timestamp"), Some("1572172200"));
//! ```
//!
//! Third-party apps authenticate with an OAuth 2.0 access token instead ([`AccessToken`], [`TokenAuth`]): the
//! `AccessToken` and `OpenId` headers with a timestamp and a nonce, and no signature.
//!
//! SecretKeys, access tokens and signatures never appear in `Debug` or `Display` output, nor in errors.
#![cfg_attr(docsrs, feature(doc_cfg))]

mod access_token;
mod clock;
mod credentials;
pub mod credentials_builder;
mod decimal;
pub mod header;
#[cfg(feature = "http")]
mod http;
mod nonce;
mod replay_guard;
mod sign_error;
mod signature;
mod signed_headers;
mod signer;
mod string_to_sign;
mod token_auth;
mod verified;
mod verifier;
mod verify_error;

pub use access_token::AccessToken;
pub use clock::{Clock, FixedClock, ManualClock, SystemClock};
pub use credentials::Credentials;
pub use credentials_builder::CredentialsBuilder;
pub use nonce::{NonceSource, RandomNonce, SequentialNonce};
pub use sign_error::SignError;
pub use signature::Signature;
pub use signed_headers::SignedHeaders;
pub use signer::Signer;
pub use string_to_sign::StringToSign;
pub use token_auth::{TokenAuth, TokenHeaders};
pub use verified::Verified;
pub use verifier::Verifier;
pub use verify_error::VerifyError;

/// Keeps the README's example compiling and passing.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

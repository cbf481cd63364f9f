//! Verify, decrypt and decode Tencent Meeting (腾讯会议, WeMeet) event callbacks (事件订阅), and, for mocks and
//! tests, sign and encrypt them exactly as the service does.
//!
//! An event subscription has a Token and, optionally, an EncodingAESKey ([`Webhook`]). The service calls its
//! URL in two ways:
//!
//! - **URL verification** (`GET ?check_str=...`, when the subscription is saved and later as a heartbeat):
//!   [`Webhook::verify_url`] checks the signature, base64-decodes `check_str`, decrypts it when a key is
//!   configured, and returns the exact bytes to answer with;
//! - **event delivery** (`POST {"data": "..."}`): [`Webhook::receive_event`] checks the signature over `data` as
//!   received, base64-decodes it (padding optional), decrypts it when a key is configured and decodes an
//!   [`Event`]; answer with HTTP 200 and [`SUCCESS_RESPONSE`], and let a [`Deduplicator`] drop the retries.
//!
//! The signature is `sha1(sort(token, timestamp, nonce, data))` in lowercase hex, compared in constant time,
//! and checked before anything is decoded. Encryption is AES-256-CBC with the EncodingAESKey's 32 bytes, the IV
//! their first 16, PKCS#7 padding. Every failure is its own [`WebhookError`]; no input panics.
//!
//! The crate has no HTTP server or client. With the `http` feature, `Webhook::receive` takes an
//! `http::Request` and `Received::response` / `WebhookError::response` give the `http::Response`, so any
//! framework can mount it (see `examples/webhook_receiver.rs` for axum).
//!
//! ```
//! use wemeet_webhook::{Deduplicator, Event, SUCCESS_RESPONSE, Webhook};
//!
//! // The subscription's settings, as the console shows them.
//! let webhook = Webhook::from_settings(
//!     "bVPU6F8Htxl5XkAbp3jGV2xWp",
//!     Some("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8"),
//! )?;
//!
//! // What the service sends (built here with the sending side of the crate).
//! let sent = webhook.delivery(
//!     r#"{"event":"meeting.medium-uploaded","trace_id":"e7aa65dd","payload":[{"event_upload_status":true}]}"#,
//!     1609239040864,
//!     14964161,
//! );
//! let (body, headers) = (sent.body().as_bytes(), sent.headers());
//!
//! // What the receiver does with the body and the headers of the POST.
//! let seen = Deduplicator::default();
//! let event = webhook.receive_event(body, |name| headers.get(name))?;
//! if seen.first_delivery(&event) {
//!     if let Event::MeetingMediumUploaded(uploaded) = &event {
//!         assert_eq!(uploaded.trace_id(), Some("e7aa65dd")); // the X-TC-Trace of the add-backgrounds call
//!         assert_eq!(uploaded.payload()[0].event_upload_status, Some(true));
//!     }
//! }
//! let answer = SUCCESS_RESPONSE; // with HTTP 200, within 5 seconds
//! # assert_eq!(answer, "successfully received callback");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The Token and the key never appear in `Debug` output, errors or logs; nor do signatures, raw bodies or a
//! decrypted `check_str` (a decoded [`Event`] is a data model: its `Debug` shows its fields). Refusals are logged
//! through `tracing` at `WARN` (the error's message), accepted callbacks at `DEBUG` (event name and trace id).
#![cfg_attr(docsrs, feature(doc_cfg))]

mod check_str;
mod cipher;
mod config_error;
mod deduplicator;
mod delivery_body;
mod encoding_aes_key;
mod envelope;
mod error;
mod event;
#[cfg(feature = "http")]
mod http;
mod lenient_base64;
mod protocol;
mod received_headers;
mod receiver;
mod sender;
mod signature;
mod token;
mod webhook;

pub use config_error::ConfigError;
pub use deduplicator::Deduplicator;
pub use encoding_aes_key::EncodingAesKey;
pub use envelope::Envelope;
pub use error::{BodyProblem, JsonProblem, WebhookError};
pub use event::{Event, EventPayload, OtherEvent};
#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
pub use http::Received;
pub use protocol::{
    CHECK_STR_PARAM, ENCODING_AES_KEY_LEN, EVENT_ANSWER_TIMEOUT, NONCE_HEADER, RETRY_DELAYS,
    SIGNATURE_HEADER, SUCCESS_RESPONSE, TIMESTAMP_HEADER, TOKEN_LEN, URL_VERIFICATION_TIMEOUT,
};
pub use sender::{Delivery, SignedHeaders, UrlVerification};
pub use token::Token;
pub use webhook::Webhook;
/// The payload models of the typed events, their shared definitions and code lists, generated from
/// `schemas/events/` into `wemeet-types`.
pub use wemeet_types::events;
/// The names the payload models had here before they moved into [`events`] (hidden from the docs).
#[doc(hidden)]
pub use wemeet_types::events::*;
pub use wemeet_types::{EventDateTime, EventHost, EventTime};

/// Keeps the README's example compiling and passing.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

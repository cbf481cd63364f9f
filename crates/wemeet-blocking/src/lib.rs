//! Blocking client for the Tencent Meeting (腾讯会议, "WeMeet") REST API, on ureq: no async runtime needed.
//!
//! ```no_run
//! use wemeet_blocking::{Client, CreateMeetingRequest, InstanceId, MeetingType, Settings};
//!
//! # fn run() -> Result<(), wemeet_blocking::Error> {
//! let client = Client::from_env()?; // WEMEET_APP_ID, WEMEET_SECRET_ID, WEMEET_SECRET_KEY, ...
//! let settings = Settings::builder()
//!     .mute_enable_join(true)
//!     .allow_unmute_self(false)
//!     .participant_video(false)
//!     .enable_record(false)
//!     .play_ivr_on_leave(false)
//!     .live_url(false)
//!     .build();
//! let request = CreateMeetingRequest::builder()
//!     .userid("tester")
//!     .instanceid(InstanceId::Pc)
//!     .subject("weekly sync")
//!     .meeting_type(MeetingType::Scheduled)
//!     .start_time(1_572_172_200)
//!     .end_time(1_572_175_800)
//!     .settings(settings)
//!     .build();
//! let created = client.create_meeting(&request)?;
//! println!("{:?} (trace id {:?})", created.meeting_info_list, created.trace_id());
//! # Ok(()) }
//! ```
//!
//! Every call is validated before anything is sent, signed afresh for each attempt, bounded by timeouts and
//! retried only when that is safe; see [`RetryPolicy`]. The async twin of this crate is `wemeet`: both are thin
//! transports over `wemeet-core`, so they behave identically.
//!
#![doc = wemeet_core::client_crate_docs!()]
//!
//! ```
//! use wemeet_blocking::{Client, CreateMeetingRequest, InstanceId, MeetingType, Settings};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mock = wemeet_mock::MockServer::start_blocking()?;
//! let client = Client::builder()
//!     .base_url(mock.base_url())
//!     .credentials(mock.credentials())
//!     .build()?;
//! let settings = Settings::builder()
//!     .mute_enable_join(true)
//!     .allow_unmute_self(false)
//!     .participant_video(false)
//!     .enable_record(false)
//!     .play_ivr_on_leave(false)
//!     .live_url(false)
//!     .build();
//! let request = CreateMeetingRequest::builder()
//!     .userid("tester")
//!     .instanceid(InstanceId::Pc)
//!     .subject("weekly sync")
//!     .meeting_type(MeetingType::Scheduled)
//!     .start_time(1_900_000_000)
//!     .end_time(1_900_003_600)
//!     .settings(settings)
//!     .build();
//! let created = client.create_meeting(&request)?;
//! assert_eq!(created.meeting_info_list.iter().flatten().count(), 1);
//! # Ok(()) }
//! ```
//!
//! # This crate's HTTP stack
//!
//! Requests go through ureq and rustls, configured by [`ClientBuilder`]: no redirects, the proxy and roots decided
//! once for both clients, ureq's own reading of the environment off. ureq and ureq-proto log through the `log`
//! crate (targets `ureq`, `ureq_proto`), ureq-proto's TRACE records dumping every byte it reads and writes: what
//! keeps secrets out of them is the next section.
//!
//! # Secrets and ureq's wire log
//!
//! ureq-proto, the HTTP/1.1 engine under ureq, writes every byte of each request it serializes and of each
//! response it parses, heads and bodies, to the `log` crate at TRACE as hex dumps; ureq's own documentation calls
//! that level "wire level debug. NOT REDACTED!". An application that turns TRACE on everywhere would log the
//! signature, the SecretId, the AppId, access tokens, the passwords in request bodies and every response body. So
//! this crate has two halves: an adapter that drives ureq (agent, resolver, connector, TLS, errors), and a
//! redaction that stands between ureq-proto and the socket, re-reading the HTTP/1.1 framing of what passes
//! (chunked encoding included). What the redaction guarantees:
//!
//! - ureq and ureq-proto only ever hold, and so can only log, same-length asterisks in place of every header value
//!   that `wemeet-sign` marks sensitive (the signature, SecretId, AppId, SdkId, access token and open id), of the
//!   whole request body and of every response body. The connection itself writes the real bytes to the socket
//!   (inside TLS for https) and keeps the real response body for the client. Request lines (method, path, query)
//!   and response heads (status, headers) go to the log as they are: they carry none of these.
//! - A multipart upload ([`Upload`]) is streamed, never whole in memory when it comes from a reader: ureq sends
//!   a reader of asterisks as long as the form, with its `Content-Length` (so not chunked), and the connection
//!   reads the form's framing and the file in their place as they go out, no further ahead than ureq's output
//!   buffer.
//! - Anything it cannot account for fails the call with a [`TransportError`] rather than send a placeholder or let
//!   a body byte through: a placeholder missing or of another length, a head line split between writes, a
//!   response it cannot frame as ureq-proto would, a call whose exchange is not on the thread doing the I/O,
//!   ureq and the connection disagreeing on a body's length, or an upload's reader failing or yielding more or
//!   fewer bytes than it stated (the call fails before the end of the form is sent: the server never gets a
//!   whole one).
//!
//! The workspace's end-to-end tests capture every `log` record and `tracing` event at TRACE, decode the hex dumps
//! and look for each secret and body (`tests/tests/clients_hide_secrets_from_every_crates_logs.rs`); this crate's
//! own tests do the same for uploads from a reader and from bytes
//! (`crates/wemeet-blocking/tests/uploads_hide_the_file_and_the_signature_from_logs.rs`).
//!
//! Why not simply turn the dump off: there is no way to, as of ureq 3.5.1 (the version the workspace's lock file pins)
//! and 3.5.2 (the newest release, checked in December 2026), both on ureq-proto 0.7.1 (the newest). The dump is
//! unconditional (ureq-proto's `util::log_data`, called for every head and body it writes and every head and body chunk
//! it reads), and neither crate has a feature or a configuration option for it. The only switches belong to the
//! application: a log filter on the `ureq_proto` target, or the `log` crate's `max_level_*` features, which cap every
//! crate of the build and so are not a library's to turn on. Upstream redacts only at DEBUG: sensitive headers since
//! ureq 2.3.0 (algesten/ureq#414), URIs and `Location` since 3.0.3 (#964); we found no issue or pull request about
//! redacting or disabling the TRACE dump. Should ureq gain such a switch, the redaction can go.

mod builder;
mod client;
#[rustfmt::skip]
mod generated;
mod pages;
#[cfg(feature = "records")]
mod recording_upload;
mod redaction;
mod upload_body;
mod ureq_adapter;

pub use builder::ClientBuilder;
pub use client::Client;
pub use pages::{Items, Pages};
pub use wemeet_core::client_exports::*;
pub use wemeet_types::*;

/// Keeps the README's example compiling.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

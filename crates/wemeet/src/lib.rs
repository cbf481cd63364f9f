//! Async client for the Tencent Meeting (腾讯会议, "WeMeet") REST API, on reqwest and tokio.
//!
//! ```no_run
//! use wemeet::{Client, CreateMeetingRequest, InstanceId, MeetingType, Settings};
//!
//! # async fn run() -> Result<(), wemeet::Error> {
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
//! let created = client.create_meeting(&request).await?;
//! println!("{:?} (trace id {:?})", created.meeting_info_list, created.trace_id());
//! # Ok(()) }
//! ```
//!
//! Every call is validated before anything is sent, signed afresh for each attempt, bounded by timeouts and
//! retried only when that is safe; see [`RetryPolicy`]. The blocking twin of this crate is `wemeet-blocking`: both
//! are thin transports over `wemeet-core`, so they behave identically.
//!
#![doc = wemeet_core::client_crate_docs!()]
//!
//! ```
//! use wemeet::{Client, CreateMeetingRequest, InstanceId, MeetingType, Settings};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mock = wemeet_mock::MockServer::start().await?;
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
//! let created = client.create_meeting(&request).await?;
//! assert_eq!(created.meeting_info_list.iter().flatten().count(), 1);
//! # Ok(()) }
//! ```
//!
//! # This crate's HTTP stack
//!
//! Requests go through reqwest, on hyper and rustls, configured by [`ClientBuilder`]: no redirects, the proxy
//! and roots decided once for both clients, reqwest's own reading of the environment off. Their logs (targets
//! `reqwest`, `hyper_util`, `rustls`, at DEBUG and TRACE) name connections and TLS steps, never a header value or a
//! body: reqwest's `connection_verbose`, which would dump every byte, stays off.
//!
//! To share a connection pool, a proxy or middleware with the rest of an application, hand the builder your own
//! `reqwest::Client` ([`ClientBuilder::http_client`]): its page says which guarantees you then own (redirect
//! policy, TLS and roots, proxy, connect timeout, pool) and which stay (validation, signing, the attempt and call
//! timeouts, retries, the body cap, logging without secrets).

mod builder;
mod client;
#[rustfmt::skip]
mod generated;
mod pages;
#[cfg(feature = "records")]
mod recording_upload;
mod tls;
mod transport;
mod upload_body;

pub use builder::ClientBuilder;
pub use client::Client;
pub use pages::{Items, Pages};
pub use wemeet_core::client_exports::*;
pub use wemeet_types::*;

/// Keeps the README's example compiling.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

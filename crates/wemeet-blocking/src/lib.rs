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
#![warn(missing_docs)]

mod client;
#[rustfmt::skip]
mod generated;
mod redaction;
mod ureq_adapter;

pub use client::{Client, ClientBuilder};
/// Everything the builder takes and the client gives, so that depending on this crate alone is enough: the
/// configuration and its parts, credentials and access tokens, clocks and nonce sources, the error types and
/// `StatusCode`.
pub use wemeet_core::{
    AccessToken, Auth, Clock, Config, ConfigError, Credentials, CredentialsBuilder,
    DEFAULT_BASE_URL, DEFAULT_MAX_RESPONSE_BYTES, Error, FixedClock, ManualClock, NonceSource,
    ProxyUrl, RandomNonce, Response, RetryPolicy, RootCertificate, SequentialNonce, StatusCode,
    SystemClock, Timeouts, TransportError, TransportErrorKind,
};
pub use wemeet_types::*;

/// Keeps the README's example compiling.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

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

mod client;
#[rustfmt::skip]
mod generated;
mod pages;
mod transport;
mod upload_body;

pub use client::{Client, ClientBuilder};
pub use pages::{Items, Pages};
pub use wemeet_core::client_exports::*;
pub use wemeet_types::*;

/// Keeps the README's example compiling.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

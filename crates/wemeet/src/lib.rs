//! Async client for the Tencent Meeting (腾讯会议, "WeMeet") REST API, on reqwest and tokio.
//!
//! ```no_run
//! use wemeet::{Client, CreateMeetingRequest, InstanceId, MeetingType, Settings};
//!
//! # async fn run() -> Result<(), wemeet::Error> {
//! let client = Client::from_env()?; // WEMEET_APP_ID, WEMEET_SECRET_ID, WEMEET_SECRET_KEY, ...
//! let settings = Settings::new(true, false, false, false, false, false);
//! let request = CreateMeetingRequest::new(
//!     "tester", InstanceId::Pc, "weekly sync", MeetingType::Scheduled, 1_572_172_200, 1_572_175_800, settings,
//! );
//! let created = client.create_meeting(&request).await?;
//! println!("{:?}", created.meeting_info_list);
//! # Ok(()) }
//! ```
//!
//! Every call is validated before anything is sent, signed afresh for each attempt, bounded by timeouts and
//! retried only when that is safe; see [`RetryPolicy`]. The blocking twin of this crate is `wemeet-blocking`: both
//! are thin transports over `wemeet-core`, so they behave identically.
#![warn(missing_docs)]

mod client;
mod transport;

pub use client::{Client, ClientBuilder};
pub use wemeet_core::{
    ConfigError, Credentials, DEFAULT_BASE_URL, Error, ProxyUrl, RetryPolicy, RootCertificate,
    Timeouts, TransportError, TransportErrorKind,
};
pub use wemeet_types::*;

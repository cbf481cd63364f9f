//! Request and response models of the Tencent Meeting (腾讯会议, "WeMeet") REST API.
//!
//! The models are generated from the JSON Schemas in `schemas/` by `cargo xtask codegen`; this crate adds
//! the hand-written pieces typify cannot express (code-list enums, timestamps, user references, event times),
//! the endpoint table, and client-side validation. It depends on no HTTP crate. The payload models of the
//! event callbacks (`schemas/events/`) are here too; `wemeet-webhook` receives and decodes the events.
//!
//! ```
//! use wemeet_types::{CreateMeetingRequest, InstanceId, MeetingType, Settings};
//!
//! let settings = Settings::new(true, false, false, false, false, false).with_mute_all(false);
//! let request = CreateMeetingRequest::new(
//!     "tester", InstanceId::Pc, "tester's meeting", MeetingType::Scheduled,
//!     1_572_172_200, 1_572_175_800, settings,
//! )
//! .with_invitees(["test1", "guest1"]);
//! let body = serde_json::to_value(&request).unwrap();
//! assert_eq!(body["type"], 0);
//! assert_eq!(body["start_time"], "1572172200");
//! assert_eq!(body["invitees"][1], "guest1");
//! ```
#![warn(missing_docs)]

mod code_list;
mod endpoint;
mod event_host;
mod event_time;
#[rustfmt::skip]
mod generated;
mod instance_id;
mod meeting_info;
mod meeting_type;
mod platform_type;
mod redacted;
mod unix_seconds;
mod user;
pub mod validate;

pub use endpoint::{Endpoint, EndpointInfo, PathParams, ResponseBody};
pub use event_host::EventHost;
pub use event_time::{EventDateTime, EventTime, ParseEventDateTimeError};
/// The endpoint marker types, one per endpoint, and the [`ENDPOINTS`] table.
pub use generated::endpoints;
pub use generated::endpoints::*;
pub use generated::models::*;
pub use generated::schemas;
pub use instance_id::InstanceId;
pub use meeting_type::MeetingType;
pub use platform_type::PlatformType;
pub use unix_seconds::{ParseUnixSecondsError, UnixSeconds};
pub use user::User;
pub use validate::{PngProblem, Rule, UrlProblem, Validate, ValidationError};

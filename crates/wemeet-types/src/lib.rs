//! Request and response models of the Tencent Meeting (腾讯会议, "WeMeet") REST API.
//!
//! The models are generated from the JSON Schemas in `schemas/` by `cargo xtask codegen`, with their builders and
//! their validation; this crate adds the hand-written pieces typify cannot express (timestamps, user references,
//! event times, uploads), the endpoint table, the error vocabulary, paging, and the rule functions the validation
//! calls. It depends on no HTTP crate.
//!
//! Each service of the API is a module and a cargo feature (`meetings` is on by default, `full` turns on every
//! one); a service left out is not compiled:
//!
//! | module | feature | the official SDKs' service |
//! |---|---|---|
//! | [`meetings`] | `meetings` | meetings: schedule, read, change, cancel; lists, participants, enrolment, transcription |
//! | `users` | `users` | user_manager: users, PMI settings, OAuth authorisations |
//! | `records` | `records` | records: cloud recordings, their files, transcripts, uploads |
//! | `smart` | `records` | record_intelligence: smart minutes of a recording |
//! | `rooms` | `rooms` | meeting_room: Rooms devices and meeting rooms |
//! | `control` | `control` | meeting_control: in-meeting control (mute, remove, co-hosts, ...) |
//! | `layouts` | `layouts` | layout: meeting layouts |
//! | `guests` | `guests` | meeting_guest: meeting guests |
//! | `pstn` | `pstn` | pstn: calling phones into a meeting |
//! | `toolkit` | `toolkit` | application_group: the in-meeting app toolkit |
//!
//! The crate root holds what the services share (device types, operator types, user references, code lists of
//! `schemas/common.json`, the error vocabulary); [`events`] the payload models of the event callbacks
//! (`schemas/events/`), which `wemeet-webhook` receives and decodes.
//!
//! ```
//! use wemeet_types::meetings::{CreateMeetingRequest, Settings};
//! use wemeet_types::{InstanceId, MeetingType, Validate};
//!
//! let settings = Settings::builder()
//!     .mute_enable_join(true)
//!     .allow_unmute_self(false)
//!     .participant_video(true)
//!     .enable_record(false)
//!     .play_ivr_on_leave(false)
//!     .live_url(false)
//!     .build();
//! let request = CreateMeetingRequest::builder()
//!     .userid("tester")
//!     .instanceid(InstanceId::Pc)
//!     .subject("tester's meeting")
//!     .meeting_type(MeetingType::Scheduled)
//!     .start_time(1_572_172_200)
//!     .end_time(1_572_175_800)
//!     .settings(settings)
//!     .invitees(["test1", "guest1"])
//!     .build();
//! request.validate().unwrap();
//! let body = serde_json::to_value(&request).unwrap();
//! assert_eq!(body["type"], 0);
//! assert_eq!(body["start_time"], "1572172200");
//! assert_eq!(body["invitees"][1], "guest1");
//! ```
//!
//! A required field left out is a compile error that names it. Without `.subject(...)`, rustc says "the required
//! field `subject` of `CreateMeetingRequest` is not set", with the note "call `.subject(...)` before `.build()`":
//!
//! ```compile_fail,E0277
//! use wemeet_types::{CreateMeetingRequest, InstanceId, MeetingType, Settings};
//!
//! # let settings = Settings::builder().mute_enable_join(true).allow_unmute_self(false).participant_video(true)
//! #     .enable_record(false).play_ivr_on_leave(false).live_url(false).build();
//! let request = CreateMeetingRequest::builder()
//!     .userid("tester")
//!     .instanceid(InstanceId::Pc)
//!     .meeting_type(MeetingType::Scheduled)
//!     .start_time(1_572_172_200)
//!     .end_time(1_572_175_800)
//!     .settings(settings)
//!     .build();
//! ```
//!
//! Each field left out is an error of its own: here the push address and its key.
//!
//! ```compile_fail,E0277
//! use wemeet_types::meetings::{PlatformType, PushStreamInfo};
//!
//! let entry = PushStreamInfo::builder().platform_type(PlatformType::ThirdParty).build();
//! ```

mod code_list;
mod endpoint;
mod error_code;
mod event_host;
mod event_payload;
mod event_time;
#[rustfmt::skip]
mod generated;
mod json_object;
#[cfg(feature = "meetings")]
mod meeting_info;
#[doc(hidden)]
pub mod paging;
// Used by the generated `Debug` of the models compiled in.
#[allow(dead_code)]
mod redacted;
mod request;
mod response_header;
mod unix_seconds;
mod upload;
mod user;
pub mod validate;

pub use endpoint::{Endpoint, EndpointInfo, Method, RequestIn, ResponseBody, RetryClass};
// Code generation's plumbing: how the clients and wemeet-mock drive every endpoint generically (encoding a request,
// rendering its path, visiting the endpoint table). Public for them, `#[doc(hidden)]` where each is defined (so that
// the clients' glob re-exports hide them too): calling the API never names these.
pub use endpoint::{EndpointVisitor, PathParams};
pub use error_code::{ErrorClass, ErrorCode, ErrorCodeInfo};
pub use event_host::EventHost;
pub use event_payload::EventPayload;
pub use event_time::{EventDateTime, EventTime, ParseEventDateTimeError};
pub use generated::endpoints::*;
pub use generated::error_codes::ERROR_CODES;
pub use generated::events;
pub use generated::events::EVENTS;
pub use generated::root::*;
// Empty when no service's feature is enabled.
#[doc(hidden)]
#[allow(unused_imports)]
pub use generated::compat::*;
/// The endpoint marker types' table ([`ENDPOINTS`]) and [`visit_endpoints`].
pub use generated::endpoints;
#[allow(unused_imports)]
pub use generated::services::*;
pub use json_object::JsonObject;
pub use paging::Paged;
pub use request::{EncodeError, EncodeRequest, Encoded, Form, FormPart, Query, QueryValue};
pub use response_header::TRACE_HEADER;
pub use unix_seconds::{ParseUnixSecondsError, UnixSeconds};
#[cfg(feature = "tokio")]
pub use upload::AsyncReaderBox;
pub use upload::{OCTET_STREAM, Upload, UploadSource};
pub use user::User;
pub use validate::encode_base64;
pub use validate::{CharSet, PngProblem, Rule, UrlProblem, Validate, ValidationError};

/// Keeps the README's example compiling.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

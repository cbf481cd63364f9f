//! Client-side validation: every documented rule checked before a byte goes on the wire.
//!
//! Each request type implements [`Validate`]. A broken rule is a [`ValidationError`] naming the field by its
//! wire path (`image_list[1].image_md5`, `push_stream_info[0].platform_name`) and the [`Rule`] with its
//! parameters and what was found. Errors never contain the value of a field, so they are safe to log even
//! when the field is a stream key. Validating a valid request does not allocate.
//!
//! What is checked, per the docs in `api-docs/` and the API notes:
//!
//! | request | field | rule |
//! |---|---|---|
//! | all | `userid` | [`Rule::NonEmpty`] |
//! | all | `instanceid` | none: codes 1 to 8 are named, the live API knows more, so any code is accepted |
//! | create meeting | `subject` | [`Rule::NonEmpty`]; [`Rule::MaxBase64Bytes`] (128) |
//! | create meeting | `type` | [`Rule::OneOf`] 0 (scheduled), 1 (quick) |
//! | create meeting | `hosts[i]`, `invitees[i]` (or `.userid`) | [`Rule::NonEmpty`] |
//! | create meeting | `end_time` | [`Rule::StartBeforeEnd`] |
//! | add backgrounds | `image_list` | [`Rule::Count`] 1 to 7 |
//! | add backgrounds | `image_list[i].image_md5` | [`Rule::NonEmpty`]; [`Rule::Md5Hex`] |
//! | add backgrounds | `image_list[i].image_url` | [`Rule::NonEmpty`]; [`Rule::HttpUrl`] |
//! | add backgrounds | `default_image_order` | [`Rule::Range`] 1 to `image_list.len()` |
//! | add backgrounds | `operator_id` | [`Rule::NonEmpty`] when present |
//! | live stream | `push_stream_info` | [`Rule::NonEmpty`] |
//! | live stream | `push_stream_info[i].platform_type` | [`Rule::OneOf`] 1, 2 |
//! | live stream | `push_stream_info[i].platform_name` | [`Rule::NonEmpty`]; [`Rule::Base64`]; [`Rule::DecodedUtf8`]; decoded: [`Rule::CharCount`] 1 to 10, [`Rule::NotBlank`] |
//! | live stream | `push_stream_info[i].push_address` | [`Rule::NonEmpty`]; [`Rule::Url`] |
//! | live stream | `push_stream_info[i].push_password` | [`Rule::NonEmpty`] |
//!
//! Rules that are the server's business are not checked here: how many live-stream entries an account may
//! hold ("one entry for now", 1 WeChat Channels address and 10 third-party platforms), whether a meeting or a
//! user exists, whether a URL can be downloaded.

mod add_meeting_backgrounds;
mod background_image;
mod code;
mod create_meeting;
mod error;
pub mod limits;
mod md5_hex;
mod path;
mod platform_name;
mod png;
mod push_stream_info;
mod rule;
mod set_live_stream_address;
mod text;
mod url;

pub use error::ValidationError;
pub use rule::{PngProblem, Rule, UrlProblem};

/// A request that can check the documented rules of its fields before it is sent.
pub trait Validate {
    /// Checks every documented rule, returning the first violation found.
    fn validate(&self) -> Result<(), ValidationError>;
}

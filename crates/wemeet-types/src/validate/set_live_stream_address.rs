//! The rules of a set-live-stream-address request
//! (`POST /v1/meetings/{meeting_id}/live_play/live-stream-address`).

use super::path::FieldPath;
use super::url::{Schemes, absolute_url};
use super::{Rule, Validate, ValidationError, code, platform_name, text};
use crate::{PlatformType, PushStreamInfo, SetLiveStreamAddressRequest};

/// The push platforms the doc defines: 1 WeChat Channels (微信视频号), 2 a third-party platform (第三方推流平台).
const PLATFORM_TYPES: &[u32] = &[
    PlatformType::WechatChannels.code(),
    PlatformType::ThirdParty.code(),
];

impl Validate for SetLiveStreamAddressRequest {
    fn validate(&self) -> Result<(), ValidationError> {
        FieldPath::root("userid").check(text::non_empty(&self.userid))?;
        let list = FieldPath::root("push_stream_info");
        // How many entries an account may hold ("one for now", 1 WeChat Channels + 10 third-party) is the
        // server's rule, not a client-side one: only an empty list is refused here.
        if self.push_stream_info.is_empty() {
            return Err(list.error(Rule::NonEmpty));
        }
        for (index, info) in self.push_stream_info.iter().enumerate() {
            push_stream_info(Some(&list.index(index)), info)?;
        }
        Ok(())
    }
}

impl Validate for PushStreamInfo {
    /// Checks one entry on its own (fields named `platform_type`, ...); inside a request the same rules name
    /// them `push_stream_info[i].platform_type`, ...
    fn validate(&self) -> Result<(), ValidationError> {
        push_stream_info(None, self)
    }
}

/// The rules of one entry, its fields named under `entry` (`push_stream_info[i]`) or top-level when `None`.
///
/// `push_password` is a stream key: it is only checked for presence, and no rule carries its value.
fn push_stream_info(
    entry: Option<&FieldPath<'_>>,
    info: &PushStreamInfo,
) -> Result<(), ValidationError> {
    FieldPath::child_of(entry, "platform_type")
        .check(code::one_of(info.platform_type.code(), PLATFORM_TYPES))?;
    FieldPath::child_of(entry, "platform_name").check(platform_name::check(&info.platform_name))?;
    let address = FieldPath::child_of(entry, "push_address");
    address.check(text::non_empty(&info.push_address))?;
    address.check(absolute_url(&info.push_address, Schemes::Any))?;
    FieldPath::child_of(entry, "push_password").check(text::non_empty(&info.push_password))
}

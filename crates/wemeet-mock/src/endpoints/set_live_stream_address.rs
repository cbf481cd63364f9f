//! `POST /v1/meetings/{meeting_id}/live_play/live-stream-address`: set a meeting's live-stream push address.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use wemeet_sign::Verified;
use wemeet_types::endpoints::SetLiveStreamAddress;
use wemeet_types::{PushStreamInfo, SetLiveStreamAddressRequest};

use crate::api_error::ApiError;
use crate::delivery::Reply;
use crate::endpoints::Service;
use crate::error_code;
use crate::store::Store;

/// `platform_type` 1: WeChat Channels (微信视频号).
const WECHAT_CHANNELS: u32 = 1;
/// `platform_type` 2: a third-party platform.
const THIRD_PARTY: u32 = 2;
/// The longest platform name, in characters after base64 decoding.
const MAX_PLATFORM_NAME_CHARS: usize = 10;

impl Service for SetLiveStreamAddress {
    /// The meeting id from the path.
    type Params = String;

    /// Checks the server's rules in this order, stores the push address and answers 200 with an empty body:
    /// each entry has a known `platform_type` (190004), a `platform_name` that is base64 of 1..=10 characters not
    /// all white space (190004) and a push address that is a URL (400004); at most one WeChat Channels entry (190004);
    /// exactly one entry, the documented "for now" rule (190004); the meeting exists in the caller's enterprise
    /// (202001); the caller created it (400007).
    ///
    /// Setting replaces the meeting's push addresses, so repeating a call changes nothing: the endpoint is
    /// idempotent, as the endpoint table says.
    fn handle(
        store: &mut Store,
        caller: &Verified,
        meeting_id: String,
        request: SetLiveStreamAddressRequest,
    ) -> Result<Reply, ApiError> {
        let meeting_id = meeting_id.as_str();
        for (index, entry) in request.push_stream_info.iter().enumerate() {
            check_entry(index, entry)?;
        }
        let wechat = request
            .push_stream_info
            .iter()
            .filter(|entry| entry.platform_type.code() == WECHAT_CHANNELS)
            .count();
        if wechat > 1 {
            return Err(ApiError::invalid_parameter(format!(
                "invalid parameter `push_stream_info`: {wechat} WeChat Channels entries (platform_type 1), at most 1 is allowed"
            )));
        }
        if request.push_stream_info.len() != 1 {
            return Err(ApiError::invalid_parameter(format!(
                "invalid parameter `push_stream_info`: {} entries; only one push stream entry is supported for now",
                request.push_stream_info.len()
            )));
        }
        let record = store
            .meeting_mut(caller.app_id(), meeting_id)
            .ok_or_else(|| {
                ApiError::request(
                    error_code::MEETING_NOT_FOUND,
                    format!("meeting {meeting_id} does not exist"),
                )
            })?;
        if record.meeting.creator != request.userid {
            return Err(ApiError::request(
                error_code::NOT_MEETING_CREATOR,
                format!(
                    "user {} is not the creator of meeting {meeting_id}",
                    request.userid
                ),
            ));
        }
        record.push_streams = request.push_stream_info;
        Ok(Reply {
            status: http::StatusCode::OK,
            body: bytes::Bytes::new(),
        })
    }
}

fn check_entry(index: usize, entry: &PushStreamInfo) -> Result<(), ApiError> {
    let platform_type = entry.platform_type.code();
    if platform_type != WECHAT_CHANNELS && platform_type != THIRD_PARTY {
        return Err(ApiError::invalid_parameter(format!(
            "invalid parameter `push_stream_info[{index}].platform_type`: {platform_type} is not a platform type \
             (1 WeChat Channels, 2 third party)"
        )));
    }
    platform_name(&entry.platform_name).map_err(|rule| {
        ApiError::invalid_parameter(format!(
            "invalid parameter `push_stream_info[{index}].platform_name`: {rule}"
        ))
    })?;
    let address = entry.push_address.trim();
    if address.is_empty() || !address.contains("://") {
        return Err(ApiError::request(
            error_code::PUSH_ADDRESS_INVALID,
            format!(
                "invalid parameter `push_stream_info[{index}].push_address`: {:?} is not a push URL",
                entry.push_address
            ),
        ));
    }
    Ok(())
}

/// Decodes a platform name (base64 on the wire) and checks the documented rules on the decoded text.
fn platform_name(encoded: &str) -> Result<String, String> {
    let bytes = STANDARD
        .decode(encoded)
        .map_err(|error| format!("{encoded:?} is not base64 ({error})"))?;
    let name = String::from_utf8(bytes)
        .map_err(|_| format!("{encoded:?} does not decode to UTF-8 text"))?;
    let chars = name.chars().count();
    if chars == 0 || chars > MAX_PLATFORM_NAME_CHARS {
        return Err(format!(
            "the decoded name has {chars} characters, 1 to {MAX_PLATFORM_NAME_CHARS} are allowed"
        ));
    }
    if name.chars().all(char::is_whitespace) {
        return Err("the decoded name must not be only spaces or line breaks".to_owned());
    }
    Ok(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encode(text: &str) -> String {
        STANDARD.encode(text)
    }

    #[test]
    fn the_doc_examples_decode() {
        assert_eq!(platform_name("dGVzdDEyMw==").as_deref(), Ok("test123"));
        assert_eq!(platform_name("MTIzdGVzdA==").as_deref(), Ok("123test"));
    }

    #[test]
    fn the_limit_counts_decoded_characters() {
        assert!(
            platform_name(&encode("视频号直播平台名称十个")).is_err(),
            "11 characters"
        );
        assert!(
            platform_name(&encode("视频号直播平台名称十")).is_ok(),
            "10 characters, 30 bytes"
        );
        assert!(platform_name(&encode("")).is_err());
    }

    #[test]
    fn names_of_only_white_space_or_not_base64_are_refused() {
        assert!(platform_name(&encode("  \n \r\n")).is_err());
        assert!(platform_name("not base64!").is_err());
        assert!(
            platform_name(&STANDARD.encode([0xff, 0xfe])).is_err(),
            "not UTF-8"
        );
    }
}

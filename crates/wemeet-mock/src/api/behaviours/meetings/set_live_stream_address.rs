//! `POST /v1/meetings/{meeting_id}/live_play/live-stream-address`: add live-stream push addresses to a meeting.

use std::collections::HashMap;

use wemeet_types::endpoints::SetLiveStreamAddress;
use wemeet_types::{ErrorCode, PlatformType, SetLiveStreamAddressRequest};

use super::open_meeting_mut;
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::{MeetingState, Store};

/// Checks the service's rules in this order, adds the push addresses and answers 200 with an empty body:
/// - at most as many entries per call as the service takes for now (190004; the schema's
///   `x-server-max-items`: "only one entry is supported for now");
/// - the meeting exists in the caller's enterprise and is not cancelled (400005, "check meeting_id");
/// - the caller is the meeting's creator, or one of its hosts while the meeting is in progress (400007);
/// - no address the meeting already has, nor one twice in the call (400004, "no duplicates");
/// - per meeting, at most as many entries of a platform type as the docs allow an account (`x-max-per-account`
///   of the platform types: 1 WeChat Channels address, 400004; 10 third-party platforms, 400001).
///
/// The docs speak of *adding* addresses, so a call adds: repeating it fails as a duplicate, and the endpoint's
/// retry class is "re-send only if it never reached the server".
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, SetLiveStreamAddress>,
) -> Result<(), ApiError> {
    let meeting_id = call.path.meeting_id.as_str();
    let request = &call.request;
    let server_max = SetLiveStreamAddressRequest::PUSH_STREAM_INFO_SERVER_MAX_ITEMS;
    if request.push_stream_info.len() > server_max {
        return Err(ApiError::invalid_parameter(format!(
            "invalid parameter `push_stream_info`: {} entries; only {server_max} per call is supported for now",
            request.push_stream_info.len()
        )));
    }
    let record = open_meeting_mut(
        store,
        call.caller,
        meeting_id,
        ErrorCode::LIVE_MEETING_ID_INVALID,
    )?;
    let caller = request.userid.as_str();
    let allowed = record.meeting.creator == caller
        || (record.state == MeetingState::Started && record.meeting.is_host(caller));
    if !allowed {
        return Err(ApiError::new(
            ErrorCode::NOT_CREATOR_OR_HOST,
            format!(
                "user {caller} is neither the creator of meeting {meeting_id} nor, while it is in progress, one of \
                 its hosts"
            ),
        ));
    }
    let mut per_type: HashMap<PlatformType, usize> = HashMap::new();
    for entry in record.push_streams.iter().chain(&request.push_stream_info) {
        *per_type.entry(entry.platform_type).or_default() += 1;
    }
    for (index, entry) in request.push_stream_info.iter().enumerate() {
        let earlier = &request.push_stream_info[..index];
        let duplicate = record
            .push_streams
            .iter()
            .chain(earlier)
            .any(|other| other.push_address == entry.push_address);
        if duplicate {
            return Err(ApiError::new(
                ErrorCode::PUSH_ADDRESS_INVALID,
                format!(
                    "invalid parameter `push_stream_info[{index}].push_address`: meeting {meeting_id} already has \
                     this push address"
                ),
            ));
        }
    }
    for (platform_type, count) in &per_type {
        if let Some(max) = platform_type.max_per_account()
            && *count > max
        {
            let code = if *platform_type == PlatformType::WechatChannels {
                ErrorCode::PUSH_ADDRESS_INVALID
            } else {
                ErrorCode::TOO_MANY_THIRD_PARTY_PUSHES
            };
            return Err(ApiError::new(
                code,
                format!(
                    "meeting {meeting_id} would have {count} push addresses of platform type {platform_type}, at most {max} are allowed"
                ),
            ));
        }
    }
    record
        .push_streams
        .extend(request.push_stream_info.iter().cloned());
    Ok(())
}

//! `GET /v1/meetings/{meeting_id}/live-play/push-stream-info`: read the push addresses a meeting holds.

use wemeet_types::endpoints::GetPushStreamInfo;
use wemeet_types::{ErrorCode, GetPushStreamInfoResponse, PushStreamEntry};

use super::visible_meeting;
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::{MeetingState, Store};

/// Answers the addresses set live-stream address stored, in the order they were added: the meeting exists in the
/// caller's enterprise (400007, the only code the doc lists); before the meeting starts only its creator may read
/// them, while it is in progress only a host (400007).
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, GetPushStreamInfo>,
) -> Result<GetPushStreamInfoResponse, ApiError> {
    let meeting_id = call.path.meeting_id.as_str();
    let record = visible_meeting(
        store,
        call.caller,
        meeting_id,
        ErrorCode::NOT_CREATOR_OR_HOST,
    )?;
    let operator = call.request.operator_id.as_str();
    let allowed = match record.state {
        MeetingState::Started => record.meeting.is_host(operator),
        _ => record.meeting.creator == operator,
    };
    if !allowed {
        return Err(ApiError::new(
            ErrorCode::NOT_CREATOR_OR_HOST,
            format!(
                "user {operator} may not read the push addresses of meeting {meeting_id}: its creator may before \
                 it starts, a host while it is in progress"
            ),
        ));
    }
    let entries = record.push_streams.iter().map(|entry| {
        PushStreamEntry::builder()
            .platform_type(entry.platform_type)
            .platform_name(entry.platform_name.clone())
            .enable_push_address(entry.enable_push_address)
            .push_address(entry.push_address.clone())
            .push_password(entry.push_password.clone())
            .build()
    });
    Ok(GetPushStreamInfoResponse::builder()
        .push_stream_info(entries)
        .build())
}

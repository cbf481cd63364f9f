//! `POST /v1/meeting-rooms/room-call-info`: how a meeting room answered a meeting's call.

use wemeet_types::ErrorCode;
use wemeet_types::rooms::{
    GetRoomCallStatus, GetRoomCallStatusResponse, RoomCallResponseStatus,
};

use super::{call_target, require_caller};
use crate::api::behaviours::Call;
use crate::api::behaviours::meetings::visible_meeting;
use crate::api::error::ApiError;
use crate::api::local_time;
use crate::api::store::Store;

/// Checks the call names a room or an MRA address, one of them (190004), the meeting exists in the caller's
/// enterprise (9003) and the operator may call the room (9042, the rights of calling it), then answers the state
/// of the meeting's latest call to it: 4 while being called, 2 accepted or 3 rejected once answered, with the time
/// of the call or of the answer (`2022/11/22 14:35:26`, China Standard Time); 1 (not called) without a time when the
/// meeting has not called it or the call was cancelled.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, GetRoomCallStatus>,
) -> Result<GetRoomCallStatusResponse, ApiError> {
    let request = &call.request;
    let target = call_target(request.meeting_room_id.as_deref(), request.mra_address.as_ref())?;
    let record = visible_meeting(store, call.caller, &request.meeting_id, ErrorCode::MEETING_NOT_EXIST)?;
    require_caller(record, &request.operator_id, request.operator_id_type, &target)?;
    Ok(match store.rooms.latest_call(&request.meeting_id, &target) {
        Some(latest) => GetRoomCallStatusResponse::builder()
            .status(latest.status)
            .response_time(local_time::slashed(latest.response_time))
            .build(),
        None => GetRoomCallStatusResponse::builder()
            .status(RoomCallResponseStatus::NotCalled)
            .build(),
    })
}

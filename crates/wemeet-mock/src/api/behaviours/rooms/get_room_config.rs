//! `POST /v1/meeting-rooms/room-config-info`: read a meeting room's settings.

use wemeet_types::rooms::{GetRoomConfig, GetRoomConfigResponse};

use super::room;
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Answers the room's meeting and recording settings (20201 for a room the mock does not have): the update page's
/// initial values until the update call changes them.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, GetRoomConfig>,
) -> Result<GetRoomConfigResponse, ApiError> {
    let record = room(store, &call.request.meeting_room_id)?;
    Ok(GetRoomConfigResponse::builder()
        .meeting_settings(record.meeting_settings.clone())
        .record_settings(record.record_settings.clone())
        .build())
}

//! `GET /v1/meeting-rooms/{meeting_room_id}/background`: where a meeting room's background image is.

use wemeet_types::rooms::{GetRoomBackground, GetRoomBackgroundResponse};

use super::room;
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Answers the URL of the background the room's last successful set-background job applied (20201 for a room the
/// mock does not have); none while the room has its default background.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, GetRoomBackground>,
) -> Result<GetRoomBackgroundResponse, ApiError> {
    let record = room(store, &call.path.meeting_room_id)?;
    let answer = GetRoomBackgroundResponse::builder();
    Ok(match &record.background {
        Some(url) => answer.background_image(url.clone()).build(),
        None => answer.build(),
    })
}

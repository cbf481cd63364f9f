//! `POST /v1/meeting-rooms/modify-room-config-info`: change a meeting room's settings.

use wemeet_types::JsonObject;
use wemeet_types::rooms::UpdateRoomConfig;

use super::room_mut;
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Checks the room exists (20201) and sets each setting the call gives, the nested settings of the room's own
/// meeting ID included (what is left out stays as it is), answering 200 with an empty object (the page's output was
/// not captured); reading the settings returns them.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, UpdateRoomConfig>,
) -> Result<JsonObject, ApiError> {
    let request = &call.request;
    let record = room_mut(store, &request.meeting_room_id)?;
    if let Some(update) = &request.meeting_settings {
        record.meeting_settings = overlaid(&record.meeting_settings, update)?;
    }
    if let Some(update) = &request.record_settings {
        record.record_settings = overlaid(&record.record_settings, update)?;
    }
    Ok(JsonObject::default())
}

/// `base` with every field `update` sets, objects merged field by field (an update's settings have the shape of the
/// settings read back).
fn overlaid<T, U>(base: &T, update: &U) -> Result<T, ApiError>
where
    T: serde::Serialize + serde::de::DeserializeOwned,
    U: serde::Serialize,
{
    let encode = |error: serde_json::Error| ApiError::internal(format!("merging room settings: {error}"));
    let mut merged = serde_json::to_value(base).map_err(encode)?;
    merge(&mut merged, serde_json::to_value(update).map_err(encode)?);
    serde_json::from_value(merged).map_err(encode)
}

fn merge(base: &mut serde_json::Value, update: serde_json::Value) {
    match (base, update) {
        (serde_json::Value::Object(base), serde_json::Value::Object(update)) => {
            for (key, value) in update {
                if value.is_null() {
                    continue;
                }
                match base.get_mut(&key) {
                    Some(slot) => merge(slot, value),
                    None => {
                        base.insert(key, value);
                    }
                }
            }
        }
        (slot, value) => *slot = value,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;
    use wemeet_types::rooms::{GetRoomConfig, RoomAutoResponse, RoomRecordSharing, RoomWatermark};

    use super::*;
    use crate::api::behaviours::testing::Harness;

    #[test]
    fn settings_read_back_with_what_the_update_left_out_kept() {
        let mut harness = Harness::new();
        let read = |harness: &mut Harness| {
            harness
                .call::<GetRoomConfig>(
                    serde_json::Value::Null,
                    json!({ "operator_id": "admin", "operator_id_type": 1, "instance_id": 1,
                            "meeting_room_id": "100001" }),
                )
                .ok()
        };
        let initial = read(&mut harness);
        let settings = initial.meeting_settings.expect("meeting settings");
        assert_eq!(settings.water_mark, Some(RoomWatermark::MultiRow));
        assert_eq!(settings.auto_response, Some(RoomAutoResponse::Off));
        assert_eq!(settings.caption, Some(true));
        harness
            .call::<UpdateRoomConfig>(
                serde_json::Value::Null,
                json!({ "operator_id": "admin", "operator_id_type": 1, "instance_id": 1,
                        "meeting_room_id": "100001",
                        "meeting_settings": { "caption": false, "room_pmi_settings": { "waiting_room": true } },
                        "record_settings": { "share_record": 3 } }),
            )
            .ok();
        let changed = read(&mut harness);
        let settings = changed.meeting_settings.expect("meeting settings");
        assert_eq!(settings.caption, Some(false));
        assert_eq!(settings.water_mark, Some(RoomWatermark::MultiRow), "left out, kept");
        assert_eq!(settings.room_pmi_settings.and_then(|pmi| pmi.waiting_room), Some(true));
        let record = changed.record_settings.expect("record settings");
        assert_eq!(record.share_record, Some(RoomRecordSharing::SameEnterprise));
    }
}

//! `POST /v1/meetings/{meeting_id}/advanced-layouts`: add advanced layouts to a meeting.

use wemeet_types::ErrorCode;
use wemeet_types::layouts::{AddAdvancedLayouts, AddAdvancedLayoutsResponse, AdvancedLayout};

use super::{layout_meeting, require_room_for};
use crate::api::behaviours::{Call, reshape};
use crate::api::error::ApiError;
use crate::api::ids;
use crate::api::layouts::StoredLayout;
use crate::api::store::Store;

/// Checks the layout rules (the meeting exists and is not cancelled, 9003; not over, 13603; the operator manages it,
/// 9042) and that the meeting holds at most 20 layouts with these (190004), then adds the layouts, each with a new
/// ID and its pages as sent, answering them. Adding applies none: apply one with the apply call.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, AddAdvancedLayouts>,
) -> Result<AddAdvancedLayoutsResponse, ApiError> {
    let record = layout_meeting(store, &call, ErrorCode::MEETING_NOT_EXIST)?;
    let request = &call.request;
    require_room_for(record, request.layout_list.len())?;
    let mut added = Vec::with_capacity(request.layout_list.len());
    for spec in &request.layout_list {
        let mut layout: AdvancedLayout = reshape(spec)?;
        layout.layout_id = Some(ids::dashed_id());
        added.push(layout);
    }
    record
        .extras
        .layouts
        .layouts
        .extend(added.iter().cloned().map(StoredLayout::Advanced));
    Ok(AddAdvancedLayoutsResponse::builder().layout_list(added).build())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::api::behaviours::testing::Harness;

    #[test]
    fn advanced_layouts_are_added_with_ids_and_count_towards_the_limit() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("creator", &[]);
        let layout = json!({ "layout_name": "panel", "page_list": [{ "layout_template_id": "3", "enable_polling": false,
            "user_seat_list": [{ "grid_id": "1", "grid_type": 1, "video_type": 1 }] }] });
        let request = json!({ "operator_id": "creator", "operator_id_type": 1, "instanceid": 1, "layout_list": [layout] });
        let path = json!({ "meeting_id": meeting });
        let answer = harness.call::<AddAdvancedLayouts>(path.clone(), request.clone()).ok();
        let added = answer.layout_list.expect("layouts");
        assert_eq!(added[0].layout_name.as_deref(), Some("panel"));
        let layouts = &harness.record(&meeting).extras.layouts;
        assert_eq!(layouts.layouts[0].layout_id(), added[0].layout_id.as_deref().expect("an id"));
        assert_eq!(layouts.applied, None, "adding applies none");
        harness.record(&meeting).extras.layouts.layouts.extend(
            std::iter::repeat_n(StoredLayout::Advanced(AdvancedLayout::default()), 19),
        );
        assert_eq!(harness.call::<AddAdvancedLayouts>(path, request).code(), 190_004);
    }
}

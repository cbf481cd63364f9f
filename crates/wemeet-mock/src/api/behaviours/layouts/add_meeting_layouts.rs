//! `POST /v1/meetings/{meeting_id}/layouts`: add basic layouts to a meeting.

use std::collections::HashSet;

use wemeet_types::ErrorCode;
use wemeet_types::layouts::{
    AddMeetingLayouts, AddMeetingLayoutsResponse, LayoutSpec, MeetingLayout,
};

use super::{layout_meeting, require_room_for};
use crate::api::behaviours::{Call, reshape};
use crate::api::error::ApiError;
use crate::api::ids;
use crate::api::layouts::StoredLayout;
use crate::api::store::Store;

/// Checks the layout rules (the meeting exists and is not cancelled, 9003; not over, 13603; the operator manages it,
/// 9042), that the meeting holds at most 20 layouts with these (190004) and that `default_layout_order` is a
/// position in `layout_list` (190004), then adds the layouts, each with a new ID and its pages as sent (a grid named
/// by several seats of a page keeps the first: 仅第一次出现的对象生效). The meeting applies the layout at
/// `default_layout_order`, or on its first layouts the first of them. Answers the layouts added, their number and the
/// ID of the layout the meeting applies.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, AddMeetingLayouts>,
) -> Result<AddMeetingLayoutsResponse, ApiError> {
    let record = layout_meeting(store, &call, ErrorCode::MEETING_NOT_EXIST)?;
    let request = &call.request;
    require_room_for(record, request.layout_list.len())?;
    let order = match request.default_layout_order {
        Some(order) => {
            let index = usize::try_from(order).ok().and_then(|order| order.checked_sub(1));
            match index.filter(|index| *index < request.layout_list.len()) {
                Some(index) => Some(index),
                None => {
                    return Err(ApiError::invalid_parameter(format!(
                        "invalid parameter `default_layout_order`: {order} is no position in `layout_list` (1 to {})",
                        request.layout_list.len()
                    )));
                }
            }
        }
        None => None,
    };
    let added: Vec<MeetingLayout> = request
        .layout_list
        .iter()
        .map(layout)
        .collect::<Result<_, _>>()?;
    let layouts = &mut record.extras.layouts;
    let first_layouts = layouts.layouts.is_empty();
    let applied = order.or(first_layouts.then_some(0));
    if let Some(layout_id) = applied.and_then(|index| added.get(index)).and_then(|layout| layout.layout_id.clone()) {
        layouts.applied = Some(layout_id);
    }
    layouts
        .layouts
        .extend(added.iter().cloned().map(StoredLayout::Basic));
    let answer = AddMeetingLayoutsResponse::builder()
        .layout_number(i64::try_from(added.len()).unwrap_or(i64::MAX))
        .layout_list(added);
    Ok(match &layouts.applied {
        Some(selected) => answer.selected_layout_id(selected.clone()).build(),
        None => answer.build(),
    })
}

/// `spec` as the meeting holds it: a new ID, and each page's seats with the first seat of each grid.
fn layout(spec: &LayoutSpec) -> Result<MeetingLayout, ApiError> {
    let mut spec = spec.clone();
    for page in &mut spec.page_list {
        if let Some(seats) = &mut page.user_seat_list {
            let mut grids = HashSet::new();
            seats.retain(|seat| grids.insert(seat.grid_id.clone()));
        }
    }
    let mut layout: MeetingLayout = reshape(&spec)?;
    layout.layout_id = Some(ids::dashed_id());
    Ok(layout)
}

#[cfg(test)]
pub(crate) mod tests {
    use serde_json::{Value, json};

    use super::*;
    use crate::api::behaviours::testing::{Harness, Outcome};

    /// A basic layout of one page of `template` with `seats` (grid IDs, each showing `invitee1`).
    pub(crate) fn spec(template: &str, seats: &[&str]) -> Value {
        let seats: Vec<Value> = seats
            .iter()
            .map(|grid| json!({ "grid_id": grid, "grid_type": 1, "userid": "invitee1", "username": "joker" }))
            .collect();
        json!({ "page_list": [{ "layout_template_id": template, "user_seat_list": seats }] })
    }

    pub(crate) fn add(harness: &mut Harness, meeting_id: &str, operator: &str, layouts: Vec<Value>, order: Option<i64>) -> Outcome<AddMeetingLayoutsResponse> {
        let mut request = json!({ "operator_id": operator, "operator_id_type": 1, "instanceid": 1, "layout_list": layouts });
        if let Some(order) = order {
            request["default_layout_order"] = order.into();
        }
        harness.call::<AddMeetingLayouts>(json!({ "meeting_id": meeting_id }), request)
    }

    #[test]
    fn layouts_get_ids_and_the_first_ones_apply_their_first_or_the_chosen_one() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("creator", &[]);
        let answer = add(&mut harness, &meeting, "creator", vec![spec("1", &["10", "10", "11"]), spec("2", &[])], None).ok();
        assert_eq!(answer.layout_number, Some(2));
        let added = answer.layout_list.expect("layouts");
        let first = added[0].layout_id.clone().expect("an id");
        assert_eq!(answer.selected_layout_id.as_deref(), Some(first.as_str()));
        let seats = added[0].page_list.as_ref().expect("pages")[0].user_seat_list.as_ref().expect("seats");
        let grids: Vec<&str> = seats.iter().filter_map(|seat| seat.grid_id.as_deref()).collect();
        assert_eq!(grids, ["10", "11"], "a grid named twice keeps its first seat");
        let layouts = &harness.record(&meeting).extras.layouts;
        assert_eq!(layouts.layouts.len(), 2);
        assert_eq!(layouts.applied.as_deref(), Some(first.as_str()));

        let later = add(&mut harness, &meeting, "creator", vec![spec("3", &[])], None).ok();
        assert_eq!(later.selected_layout_id.as_deref(), Some(first.as_str()), "later layouts apply none by themselves");
        let chosen = add(&mut harness, &meeting, "creator", vec![spec("4", &[]), spec("5", &[])], Some(2)).ok();
        let fifth = chosen.layout_list.expect("layouts")[1].layout_id.clone();
        assert_eq!(chosen.selected_layout_id, fifth);
    }

    #[test]
    fn a_meeting_holds_twenty_layouts_and_the_order_is_a_position() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("creator", &[]);
        assert_eq!(add(&mut harness, &meeting, "creator", vec![spec("1", &[])], Some(2)).code(), 190_004);
        assert_eq!(add(&mut harness, &meeting, "stranger", vec![spec("1", &[])], None).code(), 9042);
        assert_eq!(add(&mut harness, "404", "creator", vec![spec("1", &[])], None).code(), 9003);
        add(&mut harness, &meeting, "creator", vec![spec("1", &[]); 19], None).ok();
        assert_eq!(add(&mut harness, &meeting, "creator", vec![spec("1", &[]); 2], None).code(), 190_004);
        add(&mut harness, &meeting, "creator", vec![spec("1", &[])], None).ok();
        assert_eq!(harness.record(&meeting).extras.layouts.layouts.len(), 20);
    }
}

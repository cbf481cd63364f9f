//! The behaviours of the layout service (会议布局: `/v1/meetings/{meeting_id}/layouts`, `advanced-layouts`,
//! `applying-layout`), one file each, and the rules they share: which meeting a layout call reaches, who may make it,
//! and the most layouts a meeting holds. No endpoint reads layouts back: the mock's handle does
//! ([`MockServer::layouts`](crate::MockServer::layouts)).

super::behaviours! {
    add_advanced_layouts,
    add_meeting_layouts,
    apply_meeting_layout,
}

use wemeet_types::layouts::AddMeetingLayoutsRequest;
use wemeet_types::{Endpoint, ErrorCode, PathParams};

use crate::api::behaviours::Call;
use crate::api::behaviours::control::{Authority, Operated, operated, require};
use crate::api::behaviours::meetings::open_meeting_mut;
use crate::api::error::ApiError;
use crate::api::store::{MeetingRecord, MeetingState, Store};

/// The most layouts a meeting holds, basic and advanced together (单个会议最多允许添加20个布局): the most one call may
/// add, as the add pages' schemas have it.
const MEETING_MAX_LAYOUTS: usize = AddMeetingLayoutsRequest::LAYOUT_LIST_MAX_ITEMS;

/// The meeting of the path of layout call `call`, checked in this order: it exists in the caller's enterprise and
/// is not cancelled (`missing`, the code the endpoint's page gives an unknown meeting); it is not over (13603); the
/// operator is its creator, a host or a co-host (9042; the pages also let administrators, whom the mock does not
/// have).
fn layout_meeting<'s, E>(
    store: &'s mut Store,
    call: &Call<'_, E>,
    missing: ErrorCode,
) -> Result<&'s mut MeetingRecord, ApiError>
where
    E: Endpoint,
    E::Request: Operated,
{
    let meeting_id = call.path.param("meeting_id").unwrap_or_default();
    let record = open_meeting_mut(store, call.caller, meeting_id, missing)?;
    if record.state == MeetingState::Ended {
        return Err(ApiError::new(
            ErrorCode::MEETING_ENDED,
            format!("meeting {meeting_id} is over: its layouts can no longer change"),
        ));
    }
    require(
        record,
        call.request.operator(),
        Authority::Manage,
        "set layouts",
    )?;
    Ok(record)
}

operated! {
    optional: ;
    required: wemeet_types::layouts::AddMeetingLayoutsRequest, wemeet_types::layouts::AddAdvancedLayoutsRequest,
        wemeet_types::layouts::ApplyMeetingLayoutRequest,
}

/// Refuses with 190004 naming `layout_list` adding `adding` layouts to `record`'s meeting beyond the most it holds.
fn require_room_for(record: &MeetingRecord, adding: usize) -> Result<(), ApiError> {
    let held = record.extras.layouts.layouts.len();
    if held + adding > MEETING_MAX_LAYOUTS {
        return Err(ApiError::invalid_parameter(format!(
            "invalid parameter `layout_list`: meeting {} holds {held} layouts, and a meeting holds at most \
             {MEETING_MAX_LAYOUTS} (单个会议最多允许添加20个布局)",
            record.meeting.meeting_id
        )));
    }
    Ok(())
}

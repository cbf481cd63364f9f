//! The behaviours of the meeting-room service (会议室(Rooms)管理: `/v1/meeting-rooms/...`, `/v1/devices`, booking
//! and releasing rooms for a meeting), one file each, and the rules they share: finding a room, naming the room a
//! call targets, who may call a room into a meeting, and the default page size of the room lists.
//!
//! The rooms are the store's ([`Rooms`](crate::api::rooms::Rooms)): the demo rooms a server starts with and those
//! tests add. The pages ask the operator for view or edit permission on meeting-room management; the mock has no
//! administrators, so any operator of the enterprise has them.

super::behaviours! {
    book_rooms,
    call_room,
    cancel_room_call,
    create_room_active_code,
    get_meeting_room,
    get_room_background,
    get_room_call_status,
    get_room_config,
    list_meeting_rooms,
    list_room_devices,
    list_room_meetings,
    release_rooms,
    set_room_background,
    update_meeting_room,
    update_room_config,
}

use wemeet_types::rooms::MraAddress;
use wemeet_types::{ErrorCode, MeetingStatus, OperatorIdType};

use crate::api::behaviours::control::{Authority, Operator, require};
use crate::api::error::ApiError;
use crate::api::rooms::{RoomCallTarget, RoomRecord};
use crate::api::store::{MeetingRecord, MeetingState, Store};

/// Items per page of the room lists when `page_size` is absent (默认20: list rooms, list devices, list a room's
/// meetings).
const DEFAULT_PAGE_SIZE: u64 = 20;

/// The room `meeting_room_id`, or 20201 (查询会议室信息失败), the code the room pages give a room they cannot find.
pub(crate) fn room<'s>(
    store: &'s Store,
    meeting_room_id: &str,
) -> Result<&'s RoomRecord, ApiError> {
    store
        .rooms
        .room(meeting_room_id)
        .ok_or_else(|| no_room(meeting_room_id))
}

/// [`room`], to change.
pub(crate) fn room_mut<'s>(
    store: &'s mut Store,
    meeting_room_id: &str,
) -> Result<&'s mut RoomRecord, ApiError> {
    store
        .rooms
        .room_mut(meeting_room_id)
        .ok_or_else(|| no_room(meeting_room_id))
}

fn no_room(meeting_room_id: &str) -> ApiError {
    ApiError::new(
        ErrorCode::MEETING_ROOM_QUERY_FAILED,
        format!("no meeting room {meeting_room_id} in the enterprise"),
    )
}

/// The room a call names: `meeting_room_id` or `mra_address` (二选一; neither is 190004). A call sending both is
/// taken to name the room, the first of the two the page lists.
pub(crate) fn call_target(
    meeting_room_id: Option<&str>,
    mra_address: Option<&MraAddress>,
) -> Result<RoomCallTarget, ApiError> {
    match (meeting_room_id, mra_address) {
        (Some(id), _) => Ok(RoomCallTarget::Room(id.to_owned())),
        (None, Some(mra)) => Ok(RoomCallTarget::Mra {
            protocol: mra.protocol,
            dial_string: mra.dial_string.clone(),
        }),
        _ => Err(ApiError::invalid_parameter(
            "invalid parameter `meeting_room_id`: give it or `mra_address` (与 mra_address 二选一)",
        )),
    }
}

/// Refuses with 9042 an operator who may not call `target` into `record`'s meeting: a room may be called by the
/// meeting's creator, its hosts and those in it (会议参会者); an MRA address only by its creator, hosts and
/// co-hosts (需主持人或联席主持人身份).
pub(crate) fn require_caller(
    record: &MeetingRecord,
    operator_id: &str,
    operator_id_type: OperatorIdType,
    target: &RoomCallTarget,
) -> Result<(), ApiError> {
    let operator = Operator::named(operator_id, operator_id_type);
    match target {
        RoomCallTarget::Mra { .. } => {
            require(record, operator, Authority::Manage, "call an MRA address")
        }
        RoomCallTarget::Room(_) if operator.present(record).is_some() => Ok(()),
        RoomCallTarget::Room(_) => require(
            record,
            operator,
            Authority::CreatorOrHost,
            "call a meeting room (only its creator, hosts and participants may)",
        ),
    }
}

/// The rules booking and releasing rooms share, in their order: the meeting is not cancelled (9007); `operator_id`
/// created it (9102: the pages also let administrators, whom the mock does not have); it has not started (14151:
/// 会议已开始，不能修改会议信息) or ended (14152). `what` names the action in the refusals.
pub(crate) fn require_unchanged_meeting(
    record: &MeetingRecord,
    operator_id: &str,
    what: &str,
) -> Result<(), ApiError> {
    let meeting_id = &record.meeting.meeting_id;
    let refusal = match record.state {
        MeetingState::Cancelled => Some((ErrorCode::MEETING_CANCELLED, "it is cancelled")),
        _ if record.meeting.creator != operator_id => Some((
            ErrorCode::NO_PERMISSION_TO_MODIFY_MEETING,
            "the operator did not create it",
        )),
        MeetingState::Started => {
            Some((ErrorCode::MEETING_STARTED_NOT_MODIFIABLE, "it has started"))
        }
        MeetingState::Ended => Some((ErrorCode::MEETING_ENDED_NOT_MODIFIABLE, "it has ended")),
        MeetingState::Init => None,
    };
    match refusal {
        Some((code, why)) => Err(ApiError::new(
            code,
            format!("cannot {what} meeting {meeting_id}: {why}"),
        )),
        None => Ok(()),
    }
}

/// The service's name of a meeting's state, as the room's meeting list reports it.
pub(crate) fn status_text(state: MeetingState) -> String {
    let status = match state {
        MeetingState::Init => MeetingStatus::Init,
        MeetingState::Started => MeetingStatus::Started,
        MeetingState::Ended => MeetingStatus::Ended,
        MeetingState::Cancelled => MeetingStatus::Cancelled,
    };
    status.code().to_owned()
}

/// Whether `name` matches the list's `meeting_room_name` filter (partial names match: 支持模糊匹配查找).
fn name_matches(record: &RoomRecord, filter: Option<&str>) -> bool {
    filter.is_none_or(|filter| record.room.meeting_room_name.contains(filter))
}

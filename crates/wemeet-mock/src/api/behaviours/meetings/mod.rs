//! The behaviours of the meetings service: the endpoints under `/v1/meetings` (meetings, their backgrounds and
//! live-stream addresses), one file each, and the rule they share: which meetings a caller may see and change.

super::behaviours! {
    add_meeting_backgrounds,
    cancel_meeting,
    create_meeting,
    get_meeting,
    get_push_stream_info,
    list_history_meetings,
    list_meeting_invitees,
    list_meeting_participants,
    list_meetings,
    list_pmi_meetings,
    list_real_time_participants,
    list_waiting_room_participants,
    list_waiting_room_records,
    set_default_background,
    set_live_stream_address,
    set_meeting_invitees,
    update_meeting,
}

use wemeet_types::ErrorCode;

use crate::api::authenticate::Caller;
use crate::api::error::ApiError;
use crate::api::store::{MeetingRecord, MeetingState, Store};

/// Whether `caller` may see `record`: a meeting of its enterprise, and for a caller with an access token one
/// created with an access token (an OAuth app sees only the meetings it created).
fn visible_to(caller: &Caller, record: &MeetingRecord) -> bool {
    record.meeting.app_id == caller.app_id()
        && (matches!(caller, Caller::App(_)) || record.meeting.via_access_token)
}

/// The meeting `meeting_id` as `caller` may see it, or `missing`, the code the endpoint's doc gives an unknown
/// meeting.
pub(crate) fn visible_meeting<'s>(
    store: &'s Store,
    caller: &Caller,
    meeting_id: &str,
    missing: ErrorCode,
) -> Result<&'s MeetingRecord, ApiError> {
    store
        .meeting(meeting_id)
        .filter(|record| visible_to(caller, record))
        .ok_or_else(|| ApiError::new(missing, format!("meeting {meeting_id} does not exist")))
}

/// [`visible_meeting`], to change.
pub(crate) fn visible_meeting_mut<'s>(
    store: &'s mut Store,
    caller: &Caller,
    meeting_id: &str,
    missing: ErrorCode,
) -> Result<&'s mut MeetingRecord, ApiError> {
    store
        .meeting_any_mut(meeting_id)
        .filter(|record| visible_to(caller, record))
        .ok_or_else(|| ApiError::new(missing, format!("meeting {meeting_id} does not exist")))
}

/// [`visible_meeting_mut`] for an operation a cancelled meeting no longer takes: a cancelled meeting answers
/// `missing` too, as the service treats it as gone.
pub(crate) fn open_meeting_mut<'s>(
    store: &'s mut Store,
    caller: &Caller,
    meeting_id: &str,
    missing: ErrorCode,
) -> Result<&'s mut MeetingRecord, ApiError> {
    let record = visible_meeting_mut(store, caller, meeting_id, missing)?;
    refuse_cancelled(record, missing)?;
    Ok(record)
}

/// The meetings `caller` may see, oldest first.
pub(crate) fn visible_meetings<'s>(
    store: &'s Store,
    caller: &'s Caller,
) -> impl Iterator<Item = &'s MeetingRecord> + 's {
    store
        .meetings()
        .filter(move |record| visible_to(caller, record))
}

/// Whether `record` is a recurring meeting (周期性会议).
pub(crate) fn is_recurring(record: &MeetingRecord) -> bool {
    record.meeting.request.meeting_kind == Some(wemeet_types::MeetingKind::Recurring)
}

/// Refuses `operator` with 9042 unless they created the meeting (or, with `hosts_too`, host it).
pub(crate) fn require_creator(
    record: &MeetingRecord,
    operator: &str,
    hosts_too: bool,
    what: &str,
) -> Result<(), ApiError> {
    let meeting = &record.meeting;
    if meeting.creator == operator || (hosts_too && meeting.is_host(operator)) {
        return Ok(());
    }
    let who = if hosts_too {
        "the creator or a host"
    } else {
        "the creator"
    };
    Err(ApiError::new(
        ErrorCode::NO_PERMISSION,
        format!(
            "user {operator} may not {what} of meeting {}: only {who} may",
            meeting.meeting_id
        ),
    ))
}

/// Refuses a cancelled meeting with `missing`, the code the endpoint's doc gives an unknown meeting: the service
/// treats it as gone.
pub(crate) fn refuse_cancelled(record: &MeetingRecord, missing: ErrorCode) -> Result<(), ApiError> {
    if record.state == MeetingState::Cancelled {
        return Err(ApiError::new(
            missing,
            format!("meeting {} is cancelled", record.meeting.meeting_id),
        ));
    }
    Ok(())
}

/// `text` base64-encoded, as some answers carry subjects and names.
pub(crate) fn base64(text: &str) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(text)
}

/// The hosts of a stored meeting as the service lists them: the request's, or else its creator.
fn hosts_of(request: &wemeet_types::CreateMeetingRequest) -> Vec<wemeet_types::User> {
    match &request.hosts {
        Some(hosts) if !hosts.is_empty() => hosts.clone(),
        _ => vec![wemeet_types::User::from(request.userid.as_str())],
    }
}

/// A user as the answers list one: always an object (`{"userid": ...}`), the form the current docs and the
/// official response models have, whichever form the request used.
fn answer_user<T: serde::de::DeserializeOwned>(user: &wemeet_types::User) -> Result<T, ApiError> {
    let object = match user {
        wemeet_types::User::Id(userid) => serde_json::json!({ "userid": userid }),
        wemeet_types::User::Obj(user) => {
            let mut object = serde_json::json!({ "userid": user.userid });
            if let Some(nick_name) = &user.nick_name {
                object["nick_name"] = nick_name.clone().into();
            }
            if let Some(anonymous) = &user.is_anonymous {
                object["is_anonymous"] = matches!(anonymous.as_str(), "true" | "1").into();
            }
            object
        }
        _ => serde_json::json!({ "userid": user.userid() }),
    };
    serde_json::from_value(object)
        .map_err(|error| ApiError::internal(format!("reshaping a user: {error}")))
}

/// `users` as the answers list them ([`answer_user`]).
fn answer_users<T: serde::de::DeserializeOwned>(
    users: &[wemeet_types::User],
) -> Result<Vec<T>, ApiError> {
    users.iter().map(answer_user).collect()
}

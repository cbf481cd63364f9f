//! The behaviours of the in-meeting control service (会中控制: `/v1/real-control/meetings/{meeting_id}/...` and
//! ending a meeting), one file each, and the rules they share: which meeting a control call reaches, who may
//! operate it, and which participant it names.
//!
//! Every control call checks, in this order: the meeting exists in the caller's enterprise and is not cancelled
//! (9003, as the meetings service answers an unknown meeting); the operator, when the call names one, has the
//! authority the endpoint's page asks (9042); the meeting is in progress (190455, 非会议中不允许操作); then the
//! participants it names are in the meeting (202007, 成员不在会中). A call without an operator is the enterprise
//! acting through its own credentials, which the pages let manage any meeting of the enterprise. A participant named
//! on another device than the one it uses is left alone, the call succeeding without effect (the pages: the device
//! type must match, or the call does not take effect).

super::behaviours! {
    dismiss_meeting,
    manage_waiting_room_participants,
    remove_participants,
    set_cohost,
    set_doc_upload_permission,
    set_in_meeting_settings,
    set_meeting_asr,
    set_participant_mute,
    set_participant_names,
    set_participant_video,
    stop_screen_share,
}

use wemeet_types::control::ControlTargetUser;
use wemeet_types::events::EventUser;
use wemeet_types::{Endpoint, ErrorCode, OperatorIdType, ParticipantRole, PathParams};

use crate::api::authenticate::Caller;
use crate::api::behaviours::Call;
use crate::api::behaviours::meetings::open_meeting_mut;
use crate::api::control_events;
use crate::api::error::ApiError;
use crate::api::participants::{
    Found, ParticipantState, Who, creates_or_hosts, is_host, manages, standing_role,
};
use crate::api::store::{MeetingRecord, MeetingState, Store};

/// The operator a control call names: `operator_id` and its type (`None` for the enterprise itself).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Operator<'a> {
    named: Option<(&'a str, OperatorIdType)>,
}

impl<'a> Operator<'a> {
    /// The operator of a call sending `operator_id` and `operator_id_type` (both optional on most pages; an ID
    /// without a type is taken as a user ID).
    pub(crate) fn of(id: Option<&'a str>, kind: Option<OperatorIdType>) -> Self {
        Operator {
            named: id.map(|id| (id, kind.unwrap_or(OperatorIdType::Userid))),
        }
    }

    /// The operator `id` of type `kind`, as the pages that require it send it.
    pub(crate) fn named(id: &'a str, kind: OperatorIdType) -> Self {
        Operator {
            named: Some((id, kind)),
        }
    }

    /// How the operator names itself in the meeting.
    fn who(self) -> Option<Who<'a>> {
        self.named.map(|(id, kind)| match kind {
            OperatorIdType::MsOpenId => Who::MsOpenId(id),
            _ => Who::Userid(id),
        })
    }

    /// The operator's role in `record`'s meeting: its role in the meeting when it is in it, else the one its user
    /// ID gives it (creator, host, or member); `None` for an in-meeting ID nobody in the meeting has, and for the
    /// enterprise itself.
    pub(crate) fn role(self, record: &MeetingRecord) -> Option<ParticipantRole> {
        if let Some(present) = self.present(record) {
            return Some(present.user_role);
        }
        match self.who()? {
            Who::MsOpenId(_) => None,
            Who::Userid(userid) => Some(standing_role(record, userid)),
        }
    }

    /// The operator's entry in the meeting's real-time list, when it is in the meeting.
    pub(crate) fn present(self, record: &MeetingRecord) -> Option<&ParticipantState> {
        self.who()
            .and_then(|who| record.extras.participants.present_named(who))
    }

    /// Whether the operator created the meeting (named by user ID, or by the in-meeting ID of the creator in it).
    pub(crate) fn created(self, record: &MeetingRecord) -> bool {
        let creator = record.meeting.creator.as_str();
        match self.who() {
            Some(Who::Userid(userid)) => userid == creator,
            Some(who @ Who::MsOpenId(_)) => record
                .extras
                .participants
                .present_named(who)
                .is_some_and(|present| present.userid == creator),
            None => false,
        }
    }

    /// The operator as the events name it: the participant when it is in the meeting, else its ID; the meeting's
    /// creator when the enterprise acts without naming an operator.
    pub(crate) fn event_user(self, record: &MeetingRecord) -> EventUser {
        let Some((id, _)) = self.named else {
            return crate::api::event_payloads::user(&record.meeting.creator);
        };
        control_events::operator_user(self.present(record), id)
    }

    /// The operator as the refusals name it.
    pub(crate) fn describe(self) -> String {
        match self.named {
            Some((id, kind)) => format!("operator {id} (operator_id_type {kind})"),
            None => "the enterprise".to_owned(),
        }
    }
}

/// The authority an endpoint's page asks of the operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Authority {
    /// The meeting's creator, a host or a co-host (permission MANAGE_MEETING).
    Manage,
    /// The meeting's creator or a host (co-hosts may not make co-hosts).
    CreatorOrHost,
    /// A host (仅主持人角色): the transcription page.
    Host,
}

impl Authority {
    /// Whether `role` has this authority.
    pub(crate) fn allows(self, role: ParticipantRole) -> bool {
        match self {
            Authority::Manage => manages(role),
            Authority::CreatorOrHost => creates_or_hosts(role),
            Authority::Host => is_host(role),
        }
    }

    fn who(self) -> &'static str {
        match self {
            Authority::Manage => "the meeting's creator, a host or a co-host",
            Authority::CreatorOrHost => "the meeting's creator or a host",
            Authority::Host => "a host",
        }
    }
}

/// A control request: it names its operator (optionally on most pages).
pub(crate) trait Operated {
    /// The operator the request names.
    fn operator(&self) -> Operator<'_>;
}

/// Implements [`Operated`] for the requests (paths under `wemeet_types`) whose `operator_id` and
/// `operator_id_type` are optional, then for those that require them.
macro_rules! operated {
    (optional: $($optional:path),* ; required: $($required:path),* $(,)?) => {
        $(impl $crate::api::behaviours::control::Operated for $optional {
            fn operator(&self) -> $crate::api::behaviours::control::Operator<'_> {
                $crate::api::behaviours::control::Operator::of(
                    self.operator_id.as_deref(),
                    self.operator_id_type,
                )
            }
        })*
        $(impl $crate::api::behaviours::control::Operated for $required {
            fn operator(&self) -> $crate::api::behaviours::control::Operator<'_> {
                $crate::api::behaviours::control::Operator::named(&self.operator_id, self.operator_id_type)
            }
        })*
    };
}
pub(crate) use operated;

operated! {
    optional: wemeet_types::control::ManageWaitingRoomParticipantsRequest,
        wemeet_types::control::RemoveParticipantsRequest, wemeet_types::control::SetCohostRequest,
        wemeet_types::control::SetDocUploadPermissionRequest, wemeet_types::control::SetInMeetingSettingsRequest,
        wemeet_types::control::SetParticipantMuteRequest, wemeet_types::control::SetParticipantVideoRequest,
        wemeet_types::control::StopScreenShareRequest;
    required: wemeet_types::control::DismissMeetingRequest, wemeet_types::control::SetMeetingAsrRequest,
        wemeet_types::control::SetParticipantNamesRequest,
}

/// The meeting of the path of control call `call`, checked as [`controlled_meeting`] checks it, and the call's
/// operator.
pub(crate) fn controlled<'s, 'c, E>(
    store: &'s mut Store,
    call: &'c Call<'_, E>,
    authority: Authority,
    what: &str,
) -> Result<(&'s mut MeetingRecord, Operator<'c>), ApiError>
where
    E: Endpoint,
    E::Request: Operated,
{
    let meeting_id = call.path.param("meeting_id").unwrap_or_default();
    let operator = call.request.operator();
    let record = controlled_meeting(store, call.caller, meeting_id, operator, authority, what)?;
    Ok((record, operator))
}

/// The meeting a control call acts on, checked in the service's order (see the module's docs): it exists and is
/// not cancelled (9003), `operator` has `authority` (9042), it is in progress (190455). `what` names the action in
/// the refusals.
fn controlled_meeting<'s>(
    store: &'s mut Store,
    caller: &Caller,
    meeting_id: &str,
    operator: Operator<'_>,
    authority: Authority,
    what: &str,
) -> Result<&'s mut MeetingRecord, ApiError> {
    let record = open_meeting_mut(store, caller, meeting_id, ErrorCode::MEETING_NOT_EXIST)?;
    require(record, operator, authority, what)?;
    if record.state != MeetingState::Started {
        return Err(ApiError::new(
            ErrorCode::MEETING_NOT_IN_PROGRESS,
            format!("meeting {meeting_id} is not in progress: cannot {what}"),
        ));
    }
    Ok(record)
}

/// Refuses with 9042 unless `operator` has `authority` in `record`'s meeting (the enterprise itself always has).
pub(crate) fn require(
    record: &MeetingRecord,
    operator: Operator<'_>,
    authority: Authority,
    what: &str,
) -> Result<(), ApiError> {
    if operator.named.is_none() {
        return Ok(());
    }
    match operator.role(record) {
        Some(role) if authority.allows(role) => Ok(()),
        _ => Err(ApiError::new(
            ErrorCode::NO_PERMISSION,
            format!(
                "{} may not {what} in meeting {}: only {} may",
                operator.describe(),
                record.meeting.meeting_id,
                authority.who()
            ),
        )),
    }
}

/// How `user` names the participant: `to_operator_id` by its type (4 the in-meeting ID, any other a user ID), else
/// `uuid` (which the mock takes to be the user ID); 190004 naming `field` when it names nobody.
pub(crate) fn target<'u>(user: &'u ControlTargetUser, field: &str) -> Result<Who<'u>, ApiError> {
    match (&user.to_operator_id, user.to_operator_id_type, &user.uuid) {
        (Some(id), Some(OperatorIdType::MsOpenId) | None, _) => Ok(Who::MsOpenId(id)),
        (Some(id), Some(_), _) => Ok(Who::Userid(id)),
        (None, _, Some(uuid)) => Ok(Who::Userid(uuid)),
        (None, _, None) => Err(ApiError::invalid_parameter(format!(
            "invalid parameter `{field}`: give to_operator_id (with to_operator_id_type) or uuid"
        ))),
    }
}

/// Where the participant `user` names is in the meeting: its index, or `None` when it is there on another device
/// (no effect); 202007 naming `field` when it is not in the meeting.
pub(crate) fn present_target(
    record: &MeetingRecord,
    user: &ControlTargetUser,
    field: &str,
) -> Result<Option<usize>, ApiError> {
    let who = target(user, field)?;
    match record
        .extras
        .participants
        .find_present(who, user.instanceid)
    {
        Found::At(index) => Ok(Some(index)),
        Found::OtherDevice => Ok(None),
        Found::Absent => Err(not_in(record, who, "the meeting", field)),
    }
}

/// Error 202007: `who`, named by `field`, is not in `place` of `record`'s meeting.
pub(crate) fn not_in(record: &MeetingRecord, who: Who<'_>, place: &str, field: &str) -> ApiError {
    let named = match who {
        Who::MsOpenId(id) => format!("ms_open_id {id}"),
        Who::Userid(id) => format!("user {id}"),
    };
    ApiError::new(
        ErrorCode::MEMBER_NOT_IN_MEETING,
        format!(
            "`{field}`: {named} is not in {place} of meeting {}",
            record.meeting.meeting_id
        ),
    )
}

/// Refuses with 190004 naming `field` a target that is a meeting-room access (MRA) device, for the pages that do
/// not support one as the target.
pub(crate) fn refuse_mra(participant: &ParticipantState, field: &str) -> Result<(), ApiError> {
    if participant.is_mra() {
        return Err(ApiError::invalid_parameter(format!(
            "invalid parameter `{field}`: the participant is an MRA device, which this call does not support as its \
             target"
        )));
    }
    Ok(())
}

/// The participant in the meeting at `index`, to change (present, as [`present_target`] found it).
pub(crate) fn participant_at(
    record: &mut MeetingRecord,
    index: usize,
) -> Result<&mut ParticipantState, ApiError> {
    record
        .extras
        .participants
        .present_mut(index)
        .ok_or_else(|| ApiError::internal("a participant found went missing"))
}

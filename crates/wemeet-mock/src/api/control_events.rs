//! The payloads of the events participants, the in-meeting controls, meeting rooms and telephone call-outs make
//! the service send, built from what the mock holds (the meetings service's own events are in
//! [`event_payloads`](crate::api::event_payloads), whose meeting summary these share).

use wemeet_types::MraProtocol;
use wemeet_types::events::{
    AsyncJobType, EventMraAddress, EventRoleChangedUser, EventUser, MeetingEndPayload,
    MeetingEndType, MeetingJobResultsPayload, MeetingOpenAsrPayload,
    MeetingParticipantAdmittedPayload, MeetingParticipantJoinedPayload,
    MeetingParticipantJoinedWaitingRoomPayload, MeetingParticipantLeftPayload,
    MeetingParticipantLeftWaitingRoomPayload, MeetingParticipantPutInWaitingRoomPayload,
    MeetingParticipantRoleChangedPayload, MeetingPhoneParticipantStatusUpdatedPayload,
    MeetingShareScreenClosePayload, MeetingShareScreenOpenPayload, MeetingStartedPayload,
    MeetingUnmuteAllPayload, PstnCallStatus, RoomResponseEvent, RoomResponsePayload,
    RoomResponseResult, RoomResponseStatus,
};

use crate::api::event_payloads::{meeting_summary, now_millis, user};
use crate::api::local_time;
use crate::api::participants::ParticipantState;
use crate::api::rooms::RoomCallTarget;
use crate::api::store::StoredMeeting;

/// `participant` as the events name a user: user ID, in-meeting ID, name and device.
pub(crate) fn participant_user(participant: &ParticipantState) -> EventUser {
    EventUser::builder()
        .userid(participant.userid.clone())
        .ms_open_id(participant.ms_open_id.clone())
        .user_name(participant.user_name.clone())
        .instance_id(u32::from(participant.instanceid).to_string())
        .build()
}

/// The operator of a call as the events name it: the participant when they are in the meeting, else the user ID.
pub(crate) fn operator_user(
    participant: Option<&ParticipantState>,
    operator_id: &str,
) -> EventUser {
    participant.map_or_else(|| user(operator_id), participant_user)
}

/// Defines the builders of the meeting events whose payload is the time, who acted (the participant itself, or an
/// operator, on a participant or on the meeting) and the meeting.
macro_rules! meeting_events {
    ($($(#[$doc:meta])* $name:ident -> $payload:ident, $($kind:ident)+;)+) => {
        $(meeting_events!(@one $(#[$doc])* $name $payload [$($kind)+]);)+
    };
    (@one $(#[$doc:meta])* $name:ident $payload:ident [by the participant]) => {
        $(#[$doc])*
        pub(crate) fn $name(meeting: &StoredMeeting, participant: &ParticipantState) -> $payload {
            $payload::builder()
                .operate_time(now_millis())
                .operator(participant_user(participant))
                .meeting_info(meeting_summary(meeting).build())
                .build()
        }
    };
    (@one $(#[$doc:meta])* $name:ident $payload:ident [by an operator on the participant]) => {
        $(#[$doc])*
        pub(crate) fn $name(
            meeting: &StoredMeeting,
            operator: EventUser,
            participant: &ParticipantState,
        ) -> $payload {
            $payload::builder()
                .operate_time(now_millis())
                .operator(operator)
                .to_operator(participant_user(participant))
                .meeting_info(meeting_summary(meeting).build())
                .build()
        }
    };
    (@one $(#[$doc:meta])* $name:ident $payload:ident [by an operator]) => {
        $(#[$doc])*
        pub(crate) fn $name(meeting: &StoredMeeting, operator: EventUser) -> $payload {
            $payload::builder()
                .operate_time(now_millis())
                .operator(operator)
                .meeting_info(meeting_summary(meeting).build())
                .build()
        }
    };
}

meeting_events! {
    /// `meeting.participant-joined`.
    participant_joined -> MeetingParticipantJoinedPayload, by the participant;
    /// `meeting.participant-left`: `participant` left, by themselves, removed, or as the meeting ended. The event
    /// names the participant who left as its operator, and has no field for the reason.
    participant_left -> MeetingParticipantLeftPayload, by the participant;
    /// `meeting.share-screen-open`: `participant` started sharing.
    share_screen_open -> MeetingShareScreenOpenPayload, by the participant;
    /// `meeting.share-screen-close`: `participant`'s sharing ended (the event names the sharer as its operator).
    share_screen_close -> MeetingShareScreenClosePayload, by the participant;
    /// `meeting.participant-joined-waiting-room`.
    joined_waiting_room -> MeetingParticipantJoinedWaitingRoomPayload, by the participant;
    /// `meeting.participant-put-in-waiting-room`: `operator` moved `participant` from the meeting into the waiting room.
    put_in_waiting_room -> MeetingParticipantPutInWaitingRoomPayload, by an operator on the participant;
    /// `meeting.participant-admitted`: `operator` let `participant` in from the waiting room.
    admitted -> MeetingParticipantAdmittedPayload, by an operator on the participant;
    /// `meeting.unmute-all`: `operator` lifted mute-all.
    unmute_all -> MeetingUnmuteAllPayload, by an operator;
    /// `meeting.open-asr`: `operator` turned real-time transcription on.
    open_asr -> MeetingOpenAsrPayload, by an operator;
}

/// `meeting.started`: `participant` was the first to join, or, without one, a host opened the meeting.
pub(crate) fn meeting_started(
    meeting: &StoredMeeting,
    participant: Option<&ParticipantState>,
) -> MeetingStartedPayload {
    let payload = MeetingStartedPayload::builder()
        .operate_time(now_millis())
        .meeting_info(meeting_summary(meeting).build());
    match participant {
        Some(participant) => payload.operator(participant_user(participant)).build(),
        None => payload.build(),
    }
}

/// `meeting.end`, by `operator` when someone ended it.
pub(crate) fn meeting_end(
    meeting: &StoredMeeting,
    end_type: MeetingEndType,
    operator: Option<EventUser>,
) -> MeetingEndPayload {
    let payload = MeetingEndPayload::builder()
        .operate_time(now_millis())
        .meeting_end_type(end_type)
        .meeting_info(
            meeting_summary(meeting)
                .creator(user(&meeting.creator))
                .build(),
        );
    match operator {
        Some(operator) => payload.operator(operator).build(),
        None => payload.build(),
    }
}

/// `meeting.participant-role-changed`: `operator` gave `participant` its current role.
pub(crate) fn role_changed(
    meeting: &StoredMeeting,
    operator: EventUser,
    participant: &ParticipantState,
) -> MeetingParticipantRoleChangedPayload {
    let to_operator = EventRoleChangedUser::builder()
        .userid(participant.userid.clone())
        .ms_open_id(participant.ms_open_id.clone())
        .user_name(participant.user_name.clone())
        .instance_id(u32::from(participant.instanceid).to_string())
        .user_role(participant.user_role)
        .build();
    MeetingParticipantRoleChangedPayload::builder()
        .operate_time(now_millis())
        .operator(operator)
        .to_operator(to_operator)
        .meeting_info(meeting_summary(meeting).build())
        .build()
}

/// `meeting.participant-left-waiting-room`: `operator` removed `participant` from the waiting room.
pub(crate) fn left_waiting_room(
    meeting: &StoredMeeting,
    operator: EventUser,
    participant: &ParticipantState,
) -> MeetingParticipantLeftWaitingRoomPayload {
    MeetingParticipantLeftWaitingRoomPayload::builder()
        .operate_time(now_millis())
        .operator(operator)
        .to_operator(participant_user(participant))
        .leave_reason("removed by the host (主持人移出)")
        .meeting_info(meeting_summary(meeting).build())
        .build()
}

/// `meeting.phone.participant-status-updated`: a call-out `operator` placed is now in `status` (the event does not
/// name the number).
pub(crate) fn phone_status(
    meeting: &StoredMeeting,
    operator: &str,
    status: PstnCallStatus,
) -> MeetingPhoneParticipantStatusUpdatedPayload {
    MeetingPhoneParticipantStatusUpdatedPayload::builder()
        .operate_time(now_millis())
        .operator(user(operator))
        .meeting_info(meeting_summary(meeting).build())
        .status(status)
        .build()
}

/// `room.response`: the room `target` called from meeting `meeting_id` answered `status` at Unix second `at`.
pub(crate) fn room_response(
    meeting_id: &str,
    target: &RoomCallTarget,
    status: RoomResponseStatus,
    at: u64,
) -> RoomResponsePayload {
    let answer = RoomResponseResult::builder()
        .response_status(status)
        .response_time(local_time::rfc3339(at))
        .build();
    let event = RoomResponseEvent::builder()
        .meeting_id(meeting_id)
        .response_event(answer);
    let event = match target {
        RoomCallTarget::Room(meeting_room_id) => event.meeting_room_id(meeting_room_id.clone()),
        RoomCallTarget::Mra {
            protocol,
            dial_string,
        } => event.mra_address(mra_address(*protocol, dial_string)),
    };
    RoomResponsePayload::builder()
        .operate_time(now_millis())
        .room_response_event(event.build())
        .build()
}

fn mra_address(protocol: MraProtocol, dial_string: &str) -> EventMraAddress {
    EventMraAddress::builder()
        .protocol(protocol)
        .dial_string(dial_string)
        .build()
}

/// `meeting.job-results` for the upload job `job_id` the call `request_id` started: done, or failed with `failure`.
pub(crate) fn upload_job_result(
    request_id: &str,
    job_id: &str,
    failure: Option<String>,
) -> MeetingJobResultsPayload {
    MeetingJobResultsPayload::builder()
        .operate_time(now_millis())
        .request_id(request_id)
        .job_id(job_id)
        .job_type(AsyncJobType::Upload)
        .total_job_status(failure.is_none())
        .error_msg(failure.unwrap_or_default())
        .build()
}

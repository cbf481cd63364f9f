// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! In-meeting control (会中控制): end a meeting, transcription, co-hosts, removal, mute, names, screen sharing, settings, video, document uploads and the waiting room.
//!
//! The `meeting_control` service of the official SDKs: its endpoints' marker types, requests, responses and code lists, from `schemas/control/`. Compiled with the cargo feature `control`.
//!
//! The in-meeting control service (会中控制, SDK service meeting_control): end a meeting, real-time transcription, and the controls a host applies to a meeting in progress and its participants (co-host, kickout, mute, rename, screen sharing, settings, video, document uploads, waiting room). Placeholders are written `{meeting_id}` whatever the page spells (several pages write `{meetingId}`; each path schema says which). Most answers are empty bodies; names is untyped (its page's output part was not retrievable). The current pages were retrieved only up to their parameter tables (cut off after about 2 000 characters), so most error tables and examples are missing: examples then follow the tables and the older pages (third-party copy of an older doc version, which identified users by `uuid`), as each schema's description says.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
#[allow(unused_imports)]
use super::root::*;
/// A participant an in-meeting control acts on (被操作用户对象 User). The current pages identify it by `to_operator_id` + `to_operator_id_type` (4 = ms_open_id) and its device type; the older pages by `uuid`, which the SDK still carries for kickout and the waiting room, offered here as an optional addition.
///
/// Generated from `schemas/control/definitions.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct ControlTargetUser {
    /// ID of the participant acted on (被操作者 ID); what it is depends on `to_operator_id_type`.
    ///
    /// Wire name `to_operator_id`, optional.
    /// Rules: not empty; not only whitespace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub to_operator_id: ::std::option::Option<::std::string::String>,
    /// Type of `to_operator_id` (被操作者 ID 的类型): 4 ms_open_id.
    ///
    /// Wire name `to_operator_id_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub to_operator_id_type: ::std::option::Option<crate::OperatorIdType>,
    /// Device type of the participant acted on (用户的终端设备类型); it must match the participant's actual device or the call has no effect (请与被操作者的设备类型保持一致,否则不生效).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
    /// Identity ID of the participant acted on (被操作者用户唯一身份 ID), the older pages' way to name the participant. Not in the current tables; the SDK sends it for kickout and the waiting room.
    ///
    /// Wire name `uuid`, optional.
    /// Rules: not empty; not only whitespace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub uuid: ::std::option::Option<::std::string::String>,
}
impl ControlTargetUser {
    /// A builder of [`ControlTargetUser`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ControlTargetUserBuilder {
        builders::ControlTargetUserBuilder {
            to_operator_id: ::std::option::Option::None,
            to_operator_id_type: ::std::option::Option::None,
            instanceid: builders::missing::control_target_user::instanceid,
            uuid: ::std::option::Option::None,
        }
    }
    /// A `ControlTargetUser` with [`instanceid`](Self::instanceid) set and every optional field absent.
    pub fn new(instanceid: impl ::std::convert::Into<crate::InstanceId>) -> Self {
        Self::builder().instanceid(instanceid).build()
    }
}
impl ControlTargetUser {
    /// `to_operator_id`: fewest characters (1).
    pub const TO_OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `uuid`: fewest characters (1).
    pub const UUID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for ControlTargetUser {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.to_operator_id {
            let path = crate::validate::FieldPath::child_of(
                at,
                "to_operator_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        if let ::std::option::Option::Some(value) = &self.uuid {
            let path = crate::validate::FieldPath::child_of(
                at,
                "uuid",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for ControlTargetUser {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Path parameters of `POST /v1/meetings/{meeting_id}/dismiss` (the docs spell the parameter `{meeting_id}`).
///
/// Generated from `schemas/control/dismiss-meeting.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct DismissMeetingPath {
    /// ID of the meeting (会议 ID), `{meeting_id}` in the docs' URL.
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty.
    pub meeting_id: ::std::string::String,
}
impl DismissMeetingPath {
    /// A builder of [`DismissMeetingPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::DismissMeetingPathBuilder {
        builders::DismissMeetingPathBuilder {
            meeting_id: builders::missing::dismiss_meeting_path::meeting_id,
        }
    }
    /// A `DismissMeetingPath` with [`meeting_id`](Self::meeting_id) set and every optional field absent.
    pub fn new(meeting_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().meeting_id(meeting_id).build()
    }
}
impl DismissMeetingPath {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for DismissMeetingPath {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.meeting_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for DismissMeetingPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `POST /v1/meetings/{meeting_id}/dismiss`: end a meeting in progress (结束会议). Only the meeting's creator, a host or a co-host may end it, and it must be a valid meeting in progress; a recurring meeting is ended through its main meeting ID. Enterprise-secret callers may end any meeting in progress created in the enterprise, OAuth 2.0 callers only meetings created through OAuth. Ending a meeting does not release its Rooms (结束会议不会释放 Rooms). MRA devices are not supported as the target. The `meeting.end` event reports the end. Success is an empty body. The page's input example was not retrievable: the example follows the table (the older pages' example, with `userid`, written in the current form).
///
/// Generated from `schemas/control/dismiss-meeting.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct DismissMeetingRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid (must equal the `openid` common header), 4 ms_open_id.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// Device type of the caller (用户的终端设备类型).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
    /// Reason code (原因代码), which the caller may define (可为用户自定义). The docs give no range.
    ///
    /// Wire name `reason_code`, required.
    pub reason_code: i64,
    /// Detailed reason (详细取消原因描述).
    ///
    /// Wire name `reason_detail`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason_detail: ::std::option::Option<::std::string::String>,
    /// Whether to end the meeting even with participants in it (是否强制结束会议); the service's default is 1 (forced).
    ///
    /// Wire name `force_dismiss_meeting`, optional.
    /// Documented default: `1`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub force_dismiss_meeting: ::std::option::Option<
        crate::control::ForceDismissMeeting,
    >,
    /// Whether to recycle the meeting code (是否回收会议号); the service's default is 0 (keep). A recurring meeting with sub-meetings left must keep its code, or the later sub-meetings cannot take place; quick meetings always have their code recycled (此字段对快速会议不生效).
    ///
    /// Wire name `retrieve_code`, optional.
    /// Documented default: `0`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub retrieve_code: ::std::option::Option<crate::control::RetrieveMeetingCode>,
}
impl DismissMeetingRequest {
    /// A builder of [`DismissMeetingRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::DismissMeetingRequestBuilder {
        builders::DismissMeetingRequestBuilder {
            operator_id: builders::missing::dismiss_meeting_request::operator_id,
            operator_id_type: builders::missing::dismiss_meeting_request::operator_id_type,
            instanceid: builders::missing::dismiss_meeting_request::instanceid,
            reason_code: builders::missing::dismiss_meeting_request::reason_code,
            reason_detail: ::std::option::Option::None,
            force_dismiss_meeting: ::std::option::Option::None,
            retrieve_code: ::std::option::Option::None,
        }
    }
}
impl DismissMeetingRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for DismissMeetingRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.operator_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "operator_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for DismissMeetingRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Path parameters of `PUT /v1/real-control/meetings/{meeting_id}/waiting-room` (the docs spell the parameter `{meeting_id}`).
///
/// Generated from `schemas/control/manage-waiting-room-participants.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct ManageWaitingRoomParticipantsPath {
    /// ID of the meeting (会议 ID), `{meeting_id}` in the docs' URL.
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty.
    pub meeting_id: ::std::string::String,
}
impl ManageWaitingRoomParticipantsPath {
    /// A builder of [`ManageWaitingRoomParticipantsPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ManageWaitingRoomParticipantsPathBuilder {
        builders::ManageWaitingRoomParticipantsPathBuilder {
            meeting_id: builders::missing::manage_waiting_room_participants_path::meeting_id,
        }
    }
    /// A `ManageWaitingRoomParticipantsPath` with [`meeting_id`](Self::meeting_id) set and every optional field absent.
    pub fn new(meeting_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().meeting_id(meeting_id).build()
    }
}
impl ManageWaitingRoomParticipantsPath {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for ManageWaitingRoomParticipantsPath {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.meeting_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for ManageWaitingRoomParticipantsPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `PUT /v1/real-control/meetings/{meeting_id}/waiting-room`: move participants between the meeting and its waiting room (用户等候室设置): admit waiting-room members, move meeting members into the waiting room, or remove members from the waiting room; MRA devices may be the target. The operator must be the meeting's creator, a host or a co-host (permission MANAGE_MEETING). Enterprise-secret callers manage any valid meeting created in the enterprise, OAuth 2.0 callers only meetings created through OAuth. `allow_rejoin` may be set only with `operate_type` 3 and has no effect on MRA devices (left to the service). Success is an empty body (per the older pages). The example is the older pages' example in the current form.
///
/// Generated from `schemas/control/manage-waiting-room-participants.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct ManageWaitingRoomParticipantsRequest {
    /// ID of the operator (操作者 ID), the meeting's creator, a host or a co-host; what it is depends on `operator_id_type`. Optional on this page (必选: 否), like `operator_id_type`.
    ///
    /// Wire name `operator_id`, optional.
    /// Rules: not empty; not only whitespace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator_id: ::std::option::Option<::std::string::String>,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid (must equal the `openid` common header), 4 ms_open_id.
    ///
    /// Wire name `operator_id_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator_id_type: ::std::option::Option<crate::OperatorIdType>,
    /// Device type of the caller (用户的终端设备类型).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
    /// What to do (操作类型): 1 admit, 2 move into the waiting room, 3 remove from the waiting room.
    ///
    /// Wire name `operate_type`, required.
    pub operate_type: crate::control::WaitingRoomOperateType,
    /// Whether removed members may join again (移出后是否允许再次加入会议); only with `operate_type` 3 (操作类型参数 operate_type = 3 时才允许设置), no effect on MRA devices.
    ///
    /// Wire name `allow_rejoin`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_rejoin: ::std::option::Option<bool>,
    /// The participants acted on (被操作用户对象信息列表).
    ///
    /// Wire name `users`, required.
    pub users: ::std::vec::Vec<ControlTargetUser>,
}
impl ManageWaitingRoomParticipantsRequest {
    /// A builder of [`ManageWaitingRoomParticipantsRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ManageWaitingRoomParticipantsRequestBuilder {
        builders::ManageWaitingRoomParticipantsRequestBuilder {
            operator_id: ::std::option::Option::None,
            operator_id_type: ::std::option::Option::None,
            instanceid: builders::missing::manage_waiting_room_participants_request::instanceid,
            operate_type: builders::missing::manage_waiting_room_participants_request::operate_type,
            allow_rejoin: ::std::option::Option::None,
            users: builders::missing::manage_waiting_room_participants_request::users,
        }
    }
}
impl ManageWaitingRoomParticipantsRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for ManageWaitingRoomParticipantsRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.operator_id {
            let path = crate::validate::FieldPath::child_of(
                at,
                "operator_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        {
            let value = &self.users;
            let path = crate::validate::FieldPath::child_of(
                at,
                "users",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            for (index, item) in value.iter().enumerate() {
                let path = path.index(index);
                crate::validate::ValidateAt::validate_at(
                    item,
                    ::std::option::Option::Some(&path),
                )?;
            }
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for ManageWaitingRoomParticipantsRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// A participant to rename and its new in-meeting name (被操作用户对象 User of 更改会中成员昵称).
///
/// Generated from `schemas/control/definitions.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct ParticipantNickname {
    /// Temporary ID of the participant in this meeting (被操作者在当场会议的用户临时 ID), usable for in-meeting control of any user.
    ///
    /// Wire name `ms_open_id`, required.
    /// Rules: not empty; not only whitespace.
    pub ms_open_id: ::std::string::String,
    /// Device type of the participant (用户的终端设备类型).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
    /// The new in-meeting name (会中昵称). The retrieved page is cut off before this row; the SDK types it as an optional string, so no rule is applied.
    ///
    /// Wire name `nick_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub nick_name: ::std::option::Option<::std::string::String>,
}
impl ParticipantNickname {
    /// A builder of [`ParticipantNickname`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ParticipantNicknameBuilder {
        builders::ParticipantNicknameBuilder {
            ms_open_id: builders::missing::participant_nickname::ms_open_id,
            instanceid: builders::missing::participant_nickname::instanceid,
            nick_name: ::std::option::Option::None,
        }
    }
}
impl ParticipantNickname {
    /// `ms_open_id`: fewest characters (1).
    pub const MS_OPEN_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for ParticipantNickname {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.ms_open_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "ms_open_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for ParticipantNickname {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Path parameters of `PUT /v1/real-control/meetings/{meeting_id}/kickout` (the docs spell the parameter `{meeting_id}`).
///
/// Generated from `schemas/control/remove-participants.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct RemoveParticipantsPath {
    /// ID of the meeting (会议 ID), `{meeting_id}` in the docs' URL.
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty.
    pub meeting_id: ::std::string::String,
}
impl RemoveParticipantsPath {
    /// A builder of [`RemoveParticipantsPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RemoveParticipantsPathBuilder {
        builders::RemoveParticipantsPathBuilder {
            meeting_id: builders::missing::remove_participants_path::meeting_id,
        }
    }
    /// A `RemoveParticipantsPath` with [`meeting_id`](Self::meeting_id) set and every optional field absent.
    pub fn new(meeting_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().meeting_id(meeting_id).build()
    }
}
impl RemoveParticipantsPath {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for RemoveParticipantsPath {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.meeting_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for RemoveParticipantsPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `PUT /v1/real-control/meetings/{meeting_id}/kickout`: remove participants from a meeting (移出用户), meeting members and webinar attendees alike; MRA and PSTN devices may be the target. The operator must be the meeting's creator, a host or a co-host (permission MANAGE_MEETING). Enterprise-secret callers manage any valid meeting created in the enterprise, OAuth 2.0 callers only meetings created through OAuth. At most 20 participants per call (单次最多处理20个对象). When a target is an MRA device, `reason` must be given (当用户设备为 MRA 时,该参数必须填写移出原因): left to the service, as the client cannot tell the device kind. Success is an empty body (per the older pages). The example is the older pages' example written in the current form (the current one was not retrievable).
///
/// Generated from `schemas/control/remove-participants.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct RemoveParticipantsRequest {
    /// ID of the operator (操作者 ID), the meeting's creator, a host or a co-host; what it is depends on `operator_id_type`. Optional on this page (必选: 否), like `operator_id_type`.
    ///
    /// Wire name `operator_id`, optional.
    /// Rules: not empty; not only whitespace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator_id: ::std::option::Option<::std::string::String>,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid (must equal the `openid` common header), 4 ms_open_id.
    ///
    /// Wire name `operator_id_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator_id_type: ::std::option::Option<crate::OperatorIdType>,
    /// Device type of the caller (用户的终端设备类型).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
    /// Whether the removed participants may join again (移出后是否允许再次入会): `true` yes, `false` no.
    ///
    /// Wire name `allow_rejoin`, required.
    pub allow_rejoin: bool,
    /// Why they are removed (移出原因说明); required by the service when a target is an MRA device.
    ///
    /// Wire name `reason`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
    /// The participants to remove (被操作用户对象信息列表), at most 20 per call (单次最多处理20个对象).
    ///
    /// Wire name `users`, required.
    /// Rules: at most 20 entries.
    pub users: ::std::vec::Vec<ControlTargetUser>,
}
impl RemoveParticipantsRequest {
    /// A builder of [`RemoveParticipantsRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RemoveParticipantsRequestBuilder {
        builders::RemoveParticipantsRequestBuilder {
            operator_id: ::std::option::Option::None,
            operator_id_type: ::std::option::Option::None,
            instanceid: builders::missing::remove_participants_request::instanceid,
            allow_rejoin: builders::missing::remove_participants_request::allow_rejoin,
            reason: ::std::option::Option::None,
            users: builders::missing::remove_participants_request::users,
        }
    }
}
impl RemoveParticipantsRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `users`: most entries (20).
    pub const USERS_MAX_ITEMS: usize = 20usize;
}
impl crate::validate::ValidateAt for RemoveParticipantsRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.operator_id {
            let path = crate::validate::FieldPath::child_of(
                at,
                "operator_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        {
            let value = &self.users;
            let path = crate::validate::FieldPath::child_of(
                at,
                "users",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::count(value.len(), 0usize, 20usize))?;
            for (index, item) in value.iter().enumerate() {
                let path = path.index(index);
                crate::validate::ValidateAt::validate_at(
                    item,
                    ::std::option::Option::Some(&path),
                )?;
            }
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for RemoveParticipantsRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Path parameters of `PUT /v1/real-control/meetings/{meeting_id}/cohosts` (the docs spell the parameter `{meeting_id}`).
///
/// Generated from `schemas/control/set-cohost.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SetCohostPath {
    /// ID of the meeting (会议 ID), `{meeting_id}` in the docs' URL.
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty.
    pub meeting_id: ::std::string::String,
}
impl SetCohostPath {
    /// A builder of [`SetCohostPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SetCohostPathBuilder {
        builders::SetCohostPathBuilder {
            meeting_id: builders::missing::set_cohost_path::meeting_id,
        }
    }
    /// A `SetCohostPath` with [`meeting_id`](Self::meeting_id) set and every optional field absent.
    pub fn new(meeting_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().meeting_id(meeting_id).build()
    }
}
impl SetCohostPath {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SetCohostPath {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.meeting_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for SetCohostPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `PUT /v1/real-control/meetings/{meeting_id}/cohosts`: make a participant a co-host or take the role back (设置联席主持人). The operator must be the meeting's creator or a host (会议的创建者或主持人); MRA devices may be the target. Enterprise-secret callers manage any valid meeting created in the enterprise, OAuth 2.0 callers only meetings created through OAuth (permission MANAGE_MEETING). When the caller uses ms_open_id, only device types 1-9 are supported. Success is an empty body (per the older pages; the current page's output part was not retrievable). The example follows the table (the page's was not retrievable).
///
/// Generated from `schemas/control/set-cohost.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SetCohostRequest {
    /// ID of the operator (操作者 ID), the meeting's creator or a host; what it is depends on `operator_id_type`. Optional on this page (必选: 否), like `operator_id_type`.
    ///
    /// Wire name `operator_id`, optional.
    /// Rules: not empty; not only whitespace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator_id: ::std::option::Option<::std::string::String>,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid (must equal the `openid` common header), 4 ms_open_id.
    ///
    /// Wire name `operator_id_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator_id_type: ::std::option::Option<crate::OperatorIdType>,
    /// Device type of the caller (用户的终端设备类型).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
    /// What to do (具体设置动作): `true` make the participant a co-host (设置联席主持人), `false` take the role back (撤销联席主持人).
    ///
    /// Wire name `action`, required.
    pub action: bool,
    /// The participant (被操作用户对象信息).
    ///
    /// Wire name `user`, required.
    pub user: ControlTargetUser,
}
impl SetCohostRequest {
    /// A builder of [`SetCohostRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SetCohostRequestBuilder {
        builders::SetCohostRequestBuilder {
            operator_id: ::std::option::Option::None,
            operator_id_type: ::std::option::Option::None,
            instanceid: builders::missing::set_cohost_request::instanceid,
            action: builders::missing::set_cohost_request::action,
            user: builders::missing::set_cohost_request::user,
        }
    }
}
impl SetCohostRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SetCohostRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.operator_id {
            let path = crate::validate::FieldPath::child_of(
                at,
                "operator_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        {
            let value = &self.user;
            let path = crate::validate::FieldPath::child_of(
                at,
                "user",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            crate::validate::ValidateAt::validate_at(
                value,
                ::std::option::Option::Some(&path),
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for SetCohostRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Path parameters of `PUT /v1/real-control/meetings/{meeting_id}/doc` (the docs spell the parameter `{meetingId}`).
///
/// Generated from `schemas/control/set-doc-upload-permission.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SetDocUploadPermissionPath {
    /// ID of the meeting (会议 ID), `{meetingId}` in the docs' URL.
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty.
    pub meeting_id: ::std::string::String,
}
impl SetDocUploadPermissionPath {
    /// A builder of [`SetDocUploadPermissionPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SetDocUploadPermissionPathBuilder {
        builders::SetDocUploadPermissionPathBuilder {
            meeting_id: builders::missing::set_doc_upload_permission_path::meeting_id,
        }
    }
    /// A `SetDocUploadPermissionPath` with [`meeting_id`](Self::meeting_id) set and every optional field absent.
    pub fn new(meeting_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().meeting_id(meeting_id).build()
    }
}
impl SetDocUploadPermissionPath {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SetDocUploadPermissionPath {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.meeting_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for SetDocUploadPermissionPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `PUT /v1/real-control/meetings/{meeting_id}/doc`: allow or forbid everyone in the meeting to upload documents (文档上传权限设置). The operator must be the meeting's creator, a host or a co-host; MRA devices are not supported as the target. Enterprise-secret callers manage any valid meeting created in the enterprise, OAuth 2.0 callers only meetings created through OAuth (permission MANAGE_MEETING). Only while the meeting is in progress (190455 otherwise). Success is an empty body (成功返回空消息体). The retrieved page lost its 必选 column: requiredness follows the SDK and the page's example, which sends only `instanceid` and `enable_upload_doc`.
///
/// Generated from `schemas/control/set-doc-upload-permission.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SetDocUploadPermissionRequest {
    /// ID of the operator (操作者 ID), the meeting's creator, a host or a co-host; what it is depends on `operator_id_type`. Optional on this page (必选: 否), like `operator_id_type`.
    ///
    /// Wire name `operator_id`, optional.
    /// Rules: not empty; not only whitespace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator_id: ::std::option::Option<::std::string::String>,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid (must equal the `openid` common header), 4 ms_open_id.
    ///
    /// Wire name `operator_id_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator_id_type: ::std::option::Option<crate::OperatorIdType>,
    /// Device type of the caller (用户的终端设备类型).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
    /// Whether everyone may upload documents (是否允许全员上传文档): `true` yes, `false` no.
    ///
    /// Wire name `enable_upload_doc`, required.
    pub enable_upload_doc: bool,
}
impl SetDocUploadPermissionRequest {
    /// A builder of [`SetDocUploadPermissionRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SetDocUploadPermissionRequestBuilder {
        builders::SetDocUploadPermissionRequestBuilder {
            operator_id: ::std::option::Option::None,
            operator_id_type: ::std::option::Option::None,
            instanceid: builders::missing::set_doc_upload_permission_request::instanceid,
            enable_upload_doc: builders::missing::set_doc_upload_permission_request::enable_upload_doc,
        }
    }
}
impl SetDocUploadPermissionRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SetDocUploadPermissionRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.operator_id {
            let path = crate::validate::FieldPath::child_of(
                at,
                "operator_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for SetDocUploadPermissionRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Path parameters of `PUT /v1/real-control/meetings/{meeting_id}/status` (the docs spell the parameter `{meetingId}`).
///
/// Generated from `schemas/control/set-in-meeting-settings.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SetInMeetingSettingsPath {
    /// ID of the meeting (会议 ID), `{meetingId}` in the docs' URL.
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty.
    pub meeting_id: ::std::string::String,
}
impl SetInMeetingSettingsPath {
    /// A builder of [`SetInMeetingSettingsPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SetInMeetingSettingsPathBuilder {
        builders::SetInMeetingSettingsPathBuilder {
            meeting_id: builders::missing::set_in_meeting_settings_path::meeting_id,
        }
    }
    /// A `SetInMeetingSettingsPath` with [`meeting_id`](Self::meeting_id) set and every optional field absent.
    pub fn new(meeting_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().meeting_id(meeting_id).build()
    }
}
impl SetInMeetingSettingsPath {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SetInMeetingSettingsPath {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.meeting_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for SetInMeetingSettingsPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `PUT /v1/real-control/meetings/{meeting_id}/status`: change the settings of a meeting in progress (会中状态设置): mute everyone, chat, lock, hide the code and password, the waiting room and more; each setting left out is unchanged. The operator must be the meeting's creator, a host or a co-host (permission MANAGE_MEETING); MRA devices are not supported as the target. Enterprise-secret callers manage any valid meeting created in the enterprise, OAuth 2.0 callers only meetings created through OAuth. The retrieved page stops after `share_screen`: `enable_red_envelope`, `only_enterprise_user_allowed`, `play_ivr_on_join` and `auto_waiting_room` are transcribed from the older pages and the SDK. Success is an empty body (per the older pages). The example is the older pages' example in the current form.
///
/// Generated from `schemas/control/set-in-meeting-settings.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SetInMeetingSettingsRequest {
    /// ID of the operator (操作者 ID), the meeting's creator, a host or a co-host; what it is depends on `operator_id_type`. Optional on this page (必选: 否), like `operator_id_type`.
    ///
    /// Wire name `operator_id`, optional.
    /// Rules: not empty; not only whitespace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator_id: ::std::option::Option<::std::string::String>,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid (must equal the `openid` common header), 4 ms_open_id.
    ///
    /// Wire name `operator_id_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator_id_type: ::std::option::Option<crate::OperatorIdType>,
    /// Device type of the caller (用户的终端设备类型).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
    /// Mute everyone (是否全体静音): `true` mute all (全体静音), `false` lift it (关闭全体静音).
    ///
    /// Wire name `mute_all`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mute_all: ::std::option::Option<bool>,
    /// Whether participants may unmute themselves (是否允许用户自己取消静音); only takes effect with `mute_all` true.
    ///
    /// Wire name `allow_unmute_by_self`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_unmute_by_self: ::std::option::Option<bool>,
    /// Whether members are muted on joining (成员入会静音).
    ///
    /// Wire name `participant_join_mute`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub participant_join_mute: ::std::option::Option<crate::MuteOnJoin>,
    /// Lock the meeting (是否锁定会议): `true` lock, `false` unlock.
    ///
    /// Wire name `meeting_locked`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_locked: ::std::option::Option<bool>,
    /// Hide the meeting code and password (隐藏会议号和密码): `true` hide, `false` show.
    ///
    /// Wire name `hide_meeting_code_password`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub hide_meeting_code_password: ::std::option::Option<bool>,
    /// What participants may chat (允许参会者聊天设置).
    ///
    /// Wire name `allow_chat`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_chat: ::std::option::Option<crate::control::AllowChatMode>,
    /// Whether participants may share their screen (是否允许参会者发起屏幕共享): `true` yes, `false` no.
    ///
    /// Wire name `share_screen`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub share_screen: ::std::option::Option<bool>,
    /// Whether participants may send red envelopes (是否允许参会者发送红包). From the older pages and the SDK.
    ///
    /// Wire name `enable_red_envelope`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_red_envelope: ::std::option::Option<bool>,
    /// Whether only members of the enterprise may join (是否仅企业成员可入会). From the older pages and the SDK.
    ///
    /// Wire name `only_enterprise_user_allowed`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub only_enterprise_user_allowed: ::std::option::Option<bool>,
    /// Whether a tone plays when a member joins (成员入会是否播放提示音). From the older pages and the SDK.
    ///
    /// Wire name `play_ivr_on_join`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub play_ivr_on_join: ::std::option::Option<bool>,
    /// Whether the waiting room is on (是否开启等候室). From the older pages and the SDK.
    ///
    /// Wire name `auto_waiting_room`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub auto_waiting_room: ::std::option::Option<bool>,
}
impl SetInMeetingSettingsRequest {
    /// A builder of [`SetInMeetingSettingsRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SetInMeetingSettingsRequestBuilder {
        builders::SetInMeetingSettingsRequestBuilder {
            operator_id: ::std::option::Option::None,
            operator_id_type: ::std::option::Option::None,
            instanceid: builders::missing::set_in_meeting_settings_request::instanceid,
            mute_all: ::std::option::Option::None,
            allow_unmute_by_self: ::std::option::Option::None,
            participant_join_mute: ::std::option::Option::None,
            meeting_locked: ::std::option::Option::None,
            hide_meeting_code_password: ::std::option::Option::None,
            allow_chat: ::std::option::Option::None,
            share_screen: ::std::option::Option::None,
            enable_red_envelope: ::std::option::Option::None,
            only_enterprise_user_allowed: ::std::option::Option::None,
            play_ivr_on_join: ::std::option::Option::None,
            auto_waiting_room: ::std::option::Option::None,
        }
    }
    /// A `SetInMeetingSettingsRequest` with [`instanceid`](Self::instanceid) set and every optional field absent.
    pub fn new(instanceid: impl ::std::convert::Into<crate::InstanceId>) -> Self {
        Self::builder().instanceid(instanceid).build()
    }
}
impl SetInMeetingSettingsRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SetInMeetingSettingsRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.operator_id {
            let path = crate::validate::FieldPath::child_of(
                at,
                "operator_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for SetInMeetingSettingsRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Path parameters of `PUT /v1/real-control/meetings/{meeting_id}/asr` (the docs spell the parameter `{meeting_id}`).
///
/// Generated from `schemas/control/set-meeting-asr.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SetMeetingAsrPath {
    /// ID of the meeting (会议 ID), `{meeting_id}` in the docs' URL.
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty.
    pub meeting_id: ::std::string::String,
}
impl SetMeetingAsrPath {
    /// A builder of [`SetMeetingAsrPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SetMeetingAsrPathBuilder {
        builders::SetMeetingAsrPathBuilder {
            meeting_id: builders::missing::set_meeting_asr_path::meeting_id,
        }
    }
    /// A `SetMeetingAsrPath` with [`meeting_id`](Self::meeting_id) set and every optional field absent.
    pub fn new(meeting_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().meeting_id(meeting_id).build()
    }
}
impl SetMeetingAsrPath {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SetMeetingAsrPath {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.meeting_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for SetMeetingAsrPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `PUT /v1/real-control/meetings/{meeting_id}/asr`: turn real-time speech transcription of a meeting in progress on or off (开启/关闭实时转写). Only a host may call it (仅主持人角色); the meeting must be in progress. Both AK/SK and OAuth 2.0 callers are accepted (OAuth needs the manage-transcription permission point, 管理会议转写权限点). Note the device-type field is spelled `instance_id` here, not `instanceid`.
///
/// Generated from `schemas/control/set-meeting-asr.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SetMeetingAsrRequest {
    /// ID of the operator (操作者 ID), a host; what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, the only types this page lists.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// Device type of the operator (用户的终端设备类型); spelled `instance_id` on this endpoint.
    ///
    /// Wire name `instance_id`, required.
    pub instance_id: crate::InstanceId,
    /// Turn real-time transcription on or off (开启/关闭实时转写): `true` on, `false` off.
    ///
    /// Wire name `is_open`, required.
    pub is_open: bool,
    /// Whether the host's transcription sidebar opens (主持人是否自动打开转写侧边栏), only when `is_open` is true; the service's default is 0 (open).
    ///
    /// Wire name `open_asr_view`, optional.
    /// Documented default: `0`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub open_asr_view: ::std::option::Option<crate::control::AsrSidebarMode>,
    /// Target Rooms ID (目标 Rooms ID), needed when a Rooms device created the meeting (当 Rooms 为会议创建者时); used with `target_rooms_id_type`. Not in the SDK.
    ///
    /// Wire name `target_rooms_id`, optional.
    /// Rules: not empty; not only whitespace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub target_rooms_id: ::std::option::Option<::std::string::String>,
    /// Type of `target_rooms_id` (目标 RoomsID 类型): 3 rooms_id, 5 meeting_room_id. Not in the SDK.
    ///
    /// Wire name `target_rooms_id_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub target_rooms_id_type: ::std::option::Option<crate::TargetRoomsIdType>,
}
impl SetMeetingAsrRequest {
    /// A builder of [`SetMeetingAsrRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SetMeetingAsrRequestBuilder {
        builders::SetMeetingAsrRequestBuilder {
            operator_id: builders::missing::set_meeting_asr_request::operator_id,
            operator_id_type: builders::missing::set_meeting_asr_request::operator_id_type,
            instance_id: builders::missing::set_meeting_asr_request::instance_id,
            is_open: builders::missing::set_meeting_asr_request::is_open,
            open_asr_view: ::std::option::Option::None,
            target_rooms_id: ::std::option::Option::None,
            target_rooms_id_type: ::std::option::Option::None,
        }
    }
}
impl SetMeetingAsrRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `target_rooms_id`: fewest characters (1).
    pub const TARGET_ROOMS_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SetMeetingAsrRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.operator_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "operator_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        if let ::std::option::Option::Some(value) = &self.target_rooms_id {
            let path = crate::validate::FieldPath::child_of(
                at,
                "target_rooms_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for SetMeetingAsrRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `PUT /v1/real-control/meetings/{meeting_id}/asr`: a status code and message (状态码 / 描述信息). Lenient: unknown fields are kept.
///
/// Generated from `schemas/control/set-meeting-asr.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct SetMeetingAsrResponse {
    /// Status code (状态码); 0 in the page's example.
    ///
    /// Wire name `code`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<i64>,
    /// Description (描述信息).
    ///
    /// Wire name `message`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl SetMeetingAsrResponse {
    /// A builder of [`SetMeetingAsrResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SetMeetingAsrResponseBuilder {
        builders::SetMeetingAsrResponseBuilder {
            code: ::std::option::Option::None,
            message: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for SetMeetingAsrResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SetMeetingAsrResponse")
            .field("code", &self.code)
            .field("message", &self.message)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Path parameters of `PUT /v1/real-control/meetings/{meeting_id}/mutes` (the docs spell the parameter `{meeting_id}`).
///
/// Generated from `schemas/control/set-participant-mute.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SetParticipantMutePath {
    /// ID of the meeting (会议 ID), `{meeting_id}` in the docs' URL.
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty.
    pub meeting_id: ::std::string::String,
}
impl SetParticipantMutePath {
    /// A builder of [`SetParticipantMutePath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SetParticipantMutePathBuilder {
        builders::SetParticipantMutePathBuilder {
            meeting_id: builders::missing::set_participant_mute_path::meeting_id,
        }
    }
    /// A `SetParticipantMutePath` with [`meeting_id`](Self::meeting_id) set and every optional field absent.
    pub fn new(meeting_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().meeting_id(meeting_id).build()
    }
}
impl SetParticipantMutePath {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SetParticipantMutePath {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.meeting_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for SetParticipantMutePath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `PUT /v1/real-control/meetings/{meeting_id}/mutes`: mute or unmute a participant (静音用户), meeting members and webinar attendees alike; MRA and PSTN devices may be the target. The operator must be the meeting's creator, a host or a co-host (permission MANAGE_MEETING). Enterprise-secret callers manage any valid meeting created in the enterprise, OAuth 2.0 callers only meetings created through OAuth. Success is an empty body (per the older pages). The example follows the table (the older pages' example in the current form).
///
/// Generated from `schemas/control/set-participant-mute.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SetParticipantMuteRequest {
    /// ID of the operator (操作者 ID), the meeting's creator, a host or a co-host; what it is depends on `operator_id_type`. Optional on this page (必选: 否), like `operator_id_type`.
    ///
    /// Wire name `operator_id`, optional.
    /// Rules: not empty; not only whitespace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator_id: ::std::option::Option<::std::string::String>,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid (must equal the `openid` common header), 4 ms_open_id.
    ///
    /// Wire name `operator_id_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator_id_type: ::std::option::Option<crate::OperatorIdType>,
    /// Device type of the caller (用户的终端设备类型).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
    /// Mute or unmute (是否静音): `true` mute (静音), `false` unmute (解除静音).
    ///
    /// Wire name `mute`, required.
    pub mute: bool,
    /// The participant (被操作用户对象信息).
    ///
    /// Wire name `user`, required.
    pub user: ControlTargetUser,
}
impl SetParticipantMuteRequest {
    /// A builder of [`SetParticipantMuteRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SetParticipantMuteRequestBuilder {
        builders::SetParticipantMuteRequestBuilder {
            operator_id: ::std::option::Option::None,
            operator_id_type: ::std::option::Option::None,
            instanceid: builders::missing::set_participant_mute_request::instanceid,
            mute: builders::missing::set_participant_mute_request::mute,
            user: builders::missing::set_participant_mute_request::user,
        }
    }
}
impl SetParticipantMuteRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SetParticipantMuteRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.operator_id {
            let path = crate::validate::FieldPath::child_of(
                at,
                "operator_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        {
            let value = &self.user;
            let path = crate::validate::FieldPath::child_of(
                at,
                "user",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            crate::validate::ValidateAt::validate_at(
                value,
                ::std::option::Option::Some(&path),
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for SetParticipantMuteRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Path parameters of `PUT /v1/real-control/meetings/{meeting_id}/names` (the docs spell the parameter `{meetingId}`).
///
/// Generated from `schemas/control/set-participant-names.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SetParticipantNamesPath {
    /// ID of the meeting (会议 ID), `{meetingId}` in the docs' URL.
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty.
    pub meeting_id: ::std::string::String,
}
impl SetParticipantNamesPath {
    /// A builder of [`SetParticipantNamesPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SetParticipantNamesPathBuilder {
        builders::SetParticipantNamesPathBuilder {
            meeting_id: builders::missing::set_participant_names_path::meeting_id,
        }
    }
    /// A `SetParticipantNamesPath` with [`meeting_id`](Self::meeting_id) set and every optional field absent.
    pub fn new(meeting_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().meeting_id(meeting_id).build()
    }
}
impl SetParticipantNamesPath {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SetParticipantNamesPath {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.meeting_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for SetParticipantNamesPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `PUT /v1/real-control/meetings/{meeting_id}/names`: change the in-meeting names of participants (更改会中成员昵称), meeting members and webinar attendees alike; MRA and PSTN devices may be the target. The operator must be the meeting's creator or a host or co-host already in the meeting (permission MANAGE_MEETING); only a host in the meeting may rename hosts and co-hosts. Enterprise-secret callers manage any valid meeting created in the enterprise, OAuth 2.0 callers only meetings created through OAuth. At most 20 participants per call (一次最多处理20个对象). The page was retrieved only up to the participant object: its output and example are missing, so the response is kept as an untyped object and the example follows the table.
///
/// Generated from `schemas/control/set-participant-names.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SetParticipantNamesRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid (must equal the `openid` common header), 4 ms_open_id.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// Device type of the caller (用户的终端设备类型).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
    /// The participants to rename (被操作用户对象信息列表), at most 20 per call (一次最多处理20个对象).
    ///
    /// Wire name `users`, required.
    /// Rules: at most 20 entries.
    pub users: ::std::vec::Vec<ParticipantNickname>,
}
impl SetParticipantNamesRequest {
    /// A builder of [`SetParticipantNamesRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SetParticipantNamesRequestBuilder {
        builders::SetParticipantNamesRequestBuilder {
            operator_id: builders::missing::set_participant_names_request::operator_id,
            operator_id_type: builders::missing::set_participant_names_request::operator_id_type,
            instanceid: builders::missing::set_participant_names_request::instanceid,
            users: builders::missing::set_participant_names_request::users,
        }
    }
}
impl SetParticipantNamesRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `users`: most entries (20).
    pub const USERS_MAX_ITEMS: usize = 20usize;
}
impl crate::validate::ValidateAt for SetParticipantNamesRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.operator_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "operator_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        {
            let value = &self.users;
            let path = crate::validate::FieldPath::child_of(
                at,
                "users",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::count(value.len(), 0usize, 20usize))?;
            for (index, item) in value.iter().enumerate() {
                let path = path.index(index);
                crate::validate::ValidateAt::validate_at(
                    item,
                    ::std::option::Option::Some(&path),
                )?;
            }
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for SetParticipantNamesRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Path parameters of `PUT /v1/real-control/meetings/{meeting_id}/video` (the docs spell the parameter `{meetingId}`).
///
/// Generated from `schemas/control/set-participant-video.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SetParticipantVideoPath {
    /// ID of the meeting (会议 ID), `{meetingId}` in the docs' URL.
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty.
    pub meeting_id: ::std::string::String,
}
impl SetParticipantVideoPath {
    /// A builder of [`SetParticipantVideoPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SetParticipantVideoPathBuilder {
        builders::SetParticipantVideoPathBuilder {
            meeting_id: builders::missing::set_participant_video_path::meeting_id,
        }
    }
    /// A `SetParticipantVideoPath` with [`meeting_id`](Self::meeting_id) set and every optional field absent.
    pub fn new(meeting_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().meeting_id(meeting_id).build()
    }
}
impl SetParticipantVideoPath {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SetParticipantVideoPath {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.meeting_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for SetParticipantVideoPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `PUT /v1/real-control/meetings/{meeting_id}/video`: turn a participant's video off, or an MRA device's video on (关闭或开启用户视频). The operator must be the meeting's creator, a host or a co-host (OAuth 2.0 callers need permission MANAGE_MEETING). Enterprise-secret callers manage any valid meeting created in the enterprise, OAuth 2.0 callers only meetings created through OAuth. Success is an empty body (per the older pages). The example follows the table.
///
/// Generated from `schemas/control/set-participant-video.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SetParticipantVideoRequest {
    /// ID of the operator (操作者 ID), the meeting's creator, a host or a co-host; what it is depends on `operator_id_type`. Optional on this page (必选: 否), like `operator_id_type`.
    ///
    /// Wire name `operator_id`, optional.
    /// Rules: not empty; not only whitespace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator_id: ::std::option::Option<::std::string::String>,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid (must equal the `openid` common header), 4 ms_open_id.
    ///
    /// Wire name `operator_id_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator_id_type: ::std::option::Option<crate::OperatorIdType>,
    /// Device type of the caller (用户的终端设备类型).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
    /// The participant (被操作用户对象信息).
    ///
    /// Wire name `user`, required.
    pub user: ControlTargetUser,
    /// Video state to set (是否关闭视频): `false` turn it off (关闭视频, the service's default), `true` turn it on, MRA devices only (开启视频,仅支持 MRA 设备).
    ///
    /// Wire name `video`, optional.
    /// Documented default: `false`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub video: ::std::option::Option<bool>,
}
impl SetParticipantVideoRequest {
    /// A builder of [`SetParticipantVideoRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SetParticipantVideoRequestBuilder {
        builders::SetParticipantVideoRequestBuilder {
            operator_id: ::std::option::Option::None,
            operator_id_type: ::std::option::Option::None,
            instanceid: builders::missing::set_participant_video_request::instanceid,
            user: builders::missing::set_participant_video_request::user,
            video: ::std::option::Option::None,
        }
    }
}
impl SetParticipantVideoRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SetParticipantVideoRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.operator_id {
            let path = crate::validate::FieldPath::child_of(
                at,
                "operator_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        {
            let value = &self.user;
            let path = crate::validate::FieldPath::child_of(
                at,
                "user",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            crate::validate::ValidateAt::validate_at(
                value,
                ::std::option::Option::Some(&path),
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for SetParticipantVideoRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Path parameters of `PUT /v1/real-control/meetings/{meeting_id}/screen-shared` (the docs spell the parameter `{meetingId}`).
///
/// Generated from `schemas/control/stop-screen-share.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct StopScreenSharePath {
    /// ID of the meeting (会议 ID), `{meetingId}` in the docs' URL.
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty.
    pub meeting_id: ::std::string::String,
}
impl StopScreenSharePath {
    /// A builder of [`StopScreenSharePath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::StopScreenSharePathBuilder {
        builders::StopScreenSharePathBuilder {
            meeting_id: builders::missing::stop_screen_share_path::meeting_id,
        }
    }
    /// A `StopScreenSharePath` with [`meeting_id`](Self::meeting_id) set and every optional field absent.
    pub fn new(meeting_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().meeting_id(meeting_id).build()
    }
}
impl StopScreenSharePath {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for StopScreenSharePath {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.meeting_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for StopScreenSharePath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `PUT /v1/real-control/meetings/{meeting_id}/screen-shared`: close a participant's screen sharing (关闭用户屏幕共享). The operator must be the meeting's creator, a host or a co-host (permission MANAGE_MEETING); MRA devices are not supported as the target. Enterprise-secret callers manage any valid meeting created in the enterprise, OAuth 2.0 callers only meetings created through OAuth. Success is an empty body (per the older pages). The example follows the table (the older pages' example in the current form).
///
/// Generated from `schemas/control/stop-screen-share.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct StopScreenShareRequest {
    /// ID of the operator (操作者 ID), the meeting's creator, a host or a co-host; what it is depends on `operator_id_type`. Optional on this page (必选: 否), like `operator_id_type`.
    ///
    /// Wire name `operator_id`, optional.
    /// Rules: not empty; not only whitespace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator_id: ::std::option::Option<::std::string::String>,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid (must equal the `openid` common header), 4 ms_open_id.
    ///
    /// Wire name `operator_id_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator_id_type: ::std::option::Option<crate::OperatorIdType>,
    /// Device type of the caller (用户的终端设备类型).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
    /// The participant whose sharing is closed (被操作用户对象信息).
    ///
    /// Wire name `user`, required.
    pub user: ControlTargetUser,
}
impl StopScreenShareRequest {
    /// A builder of [`StopScreenShareRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::StopScreenShareRequestBuilder {
        builders::StopScreenShareRequestBuilder {
            operator_id: ::std::option::Option::None,
            operator_id_type: ::std::option::Option::None,
            instanceid: builders::missing::stop_screen_share_request::instanceid,
            user: builders::missing::stop_screen_share_request::user,
        }
    }
}
impl StopScreenShareRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for StopScreenShareRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.operator_id {
            let path = crate::validate::FieldPath::child_of(
                at,
                "operator_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        {
            let value = &self.user;
            let path = crate::validate::FieldPath::child_of(
                at,
                "user",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            crate::validate::ValidateAt::validate_at(
                value,
                ::std::option::Option::Some(&path),
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for StopScreenShareRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Builders of the models, one per model: `Model::builder()`, a setter per field, `build()` once every
/// required field is set (a missing one is a compile error naming it: "the required field `subject` of
/// `CreateMeetingRequest` is not set").
pub mod builders {
    use super::*;
    /// Builds a [`ControlTargetUser`](super::ControlTargetUser): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ControlTargetUserBuilder<P0 = missing::control_target_user::instanceid> {
        pub(crate) to_operator_id: ::std::option::Option<::std::string::String>,
        pub(crate) to_operator_id_type: ::std::option::Option<crate::OperatorIdType>,
        pub(crate) instanceid: P0,
        pub(crate) uuid: ::std::option::Option<::std::string::String>,
    }
    impl<P0> ::std::fmt::Debug for ControlTargetUserBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ControlTargetUserBuilder)).finish_non_exhaustive()
        }
    }
    impl ControlTargetUserBuilder<missing::control_target_user::instanceid> {
        /// Sets [`instanceid`](super::ControlTargetUser::instanceid).
        ///
        /// Required.
        pub fn instanceid(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> ControlTargetUserBuilder<crate::InstanceId> {
            ControlTargetUserBuilder {
                to_operator_id: self.to_operator_id,
                to_operator_id_type: self.to_operator_id_type,
                instanceid: value.into(),
                uuid: self.uuid,
            }
        }
    }
    impl<P0> ControlTargetUserBuilder<P0> {
        /// Sets [`to_operator_id`](super::ControlTargetUser::to_operator_id).
        ///
        /// Optional.
        pub fn to_operator_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.to_operator_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`to_operator_id_type`](super::ControlTargetUser::to_operator_id_type).
        ///
        /// Optional.
        pub fn to_operator_id_type(
            mut self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> Self {
            self.to_operator_id_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`uuid`](super::ControlTargetUser::uuid).
        ///
        /// Optional.
        pub fn uuid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.uuid = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0> ControlTargetUserBuilder<P0> {
        /// The [`ControlTargetUser`](super::ControlTargetUser).
        ///
        /// Compiles once the required field `instanceid` is set: a missing one is a compile error naming it ("the required field ... of `ControlTargetUser` is not set").
        pub fn build(self) -> super::ControlTargetUser
        where
            P0: missing::control_target_user::InstanceidIsSet<crate::InstanceId>,
        {
            super::ControlTargetUser {
                to_operator_id: self.to_operator_id,
                to_operator_id_type: self.to_operator_id_type,
                instanceid: missing::control_target_user::InstanceidIsSet::into_field(
                    self.instanceid,
                ),
                uuid: self.uuid,
            }
        }
    }
    /// Builds a [`DismissMeetingPath`](super::DismissMeetingPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct DismissMeetingPathBuilder<
        P0 = missing::dismiss_meeting_path::meeting_id,
    > {
        pub(crate) meeting_id: P0,
    }
    impl<P0> ::std::fmt::Debug for DismissMeetingPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(DismissMeetingPathBuilder)).finish_non_exhaustive()
        }
    }
    impl DismissMeetingPathBuilder<missing::dismiss_meeting_path::meeting_id> {
        /// Sets [`meeting_id`](super::DismissMeetingPath::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> DismissMeetingPathBuilder<::std::string::String> {
            DismissMeetingPathBuilder {
                meeting_id: value.into(),
            }
        }
    }
    impl<P0> DismissMeetingPathBuilder<P0> {
        /// The [`DismissMeetingPath`](super::DismissMeetingPath).
        ///
        /// Compiles once the required field `meeting_id` is set: a missing one is a compile error naming it ("the required field ... of `DismissMeetingPath` is not set").
        pub fn build(self) -> super::DismissMeetingPath
        where
            P0: missing::dismiss_meeting_path::MeetingIdIsSet<::std::string::String>,
        {
            super::DismissMeetingPath {
                meeting_id: missing::dismiss_meeting_path::MeetingIdIsSet::into_field(
                    self.meeting_id,
                ),
            }
        }
    }
    /// Builds a [`DismissMeetingRequest`](super::DismissMeetingRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct DismissMeetingRequestBuilder<
        P0 = missing::dismiss_meeting_request::operator_id,
        P1 = missing::dismiss_meeting_request::operator_id_type,
        P2 = missing::dismiss_meeting_request::instanceid,
        P3 = missing::dismiss_meeting_request::reason_code,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) instanceid: P2,
        pub(crate) reason_code: P3,
        pub(crate) reason_detail: ::std::option::Option<::std::string::String>,
        pub(crate) force_dismiss_meeting: ::std::option::Option<
            crate::control::ForceDismissMeeting,
        >,
        pub(crate) retrieve_code: ::std::option::Option<
            crate::control::RetrieveMeetingCode,
        >,
    }
    impl<P0, P1, P2, P3> ::std::fmt::Debug
    for DismissMeetingRequestBuilder<P0, P1, P2, P3> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(DismissMeetingRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
        P3,
    > DismissMeetingRequestBuilder<
        missing::dismiss_meeting_request::operator_id,
        P1,
        P2,
        P3,
    > {
        /// Sets [`operator_id`](super::DismissMeetingRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> DismissMeetingRequestBuilder<::std::string::String, P1, P2, P3> {
            DismissMeetingRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                instanceid: self.instanceid,
                reason_code: self.reason_code,
                reason_detail: self.reason_detail,
                force_dismiss_meeting: self.force_dismiss_meeting,
                retrieve_code: self.retrieve_code,
            }
        }
    }
    impl<
        P0,
        P2,
        P3,
    > DismissMeetingRequestBuilder<
        P0,
        missing::dismiss_meeting_request::operator_id_type,
        P2,
        P3,
    > {
        /// Sets [`operator_id_type`](super::DismissMeetingRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> DismissMeetingRequestBuilder<P0, crate::OperatorIdType, P2, P3> {
            DismissMeetingRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                instanceid: self.instanceid,
                reason_code: self.reason_code,
                reason_detail: self.reason_detail,
                force_dismiss_meeting: self.force_dismiss_meeting,
                retrieve_code: self.retrieve_code,
            }
        }
    }
    impl<
        P0,
        P1,
        P3,
    > DismissMeetingRequestBuilder<
        P0,
        P1,
        missing::dismiss_meeting_request::instanceid,
        P3,
    > {
        /// Sets [`instanceid`](super::DismissMeetingRequest::instanceid).
        ///
        /// Required.
        pub fn instanceid(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> DismissMeetingRequestBuilder<P0, P1, crate::InstanceId, P3> {
            DismissMeetingRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: value.into(),
                reason_code: self.reason_code,
                reason_detail: self.reason_detail,
                force_dismiss_meeting: self.force_dismiss_meeting,
                retrieve_code: self.retrieve_code,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
    > DismissMeetingRequestBuilder<
        P0,
        P1,
        P2,
        missing::dismiss_meeting_request::reason_code,
    > {
        /// Sets [`reason_code`](super::DismissMeetingRequest::reason_code).
        ///
        /// Required.
        pub fn reason_code(
            self,
            value: impl ::std::convert::Into<i64>,
        ) -> DismissMeetingRequestBuilder<P0, P1, P2, i64> {
            DismissMeetingRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: self.instanceid,
                reason_code: value.into(),
                reason_detail: self.reason_detail,
                force_dismiss_meeting: self.force_dismiss_meeting,
                retrieve_code: self.retrieve_code,
            }
        }
    }
    impl<P0, P1, P2, P3> DismissMeetingRequestBuilder<P0, P1, P2, P3> {
        /// Sets [`reason_detail`](super::DismissMeetingRequest::reason_detail).
        ///
        /// Optional.
        pub fn reason_detail(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.reason_detail = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`force_dismiss_meeting`](super::DismissMeetingRequest::force_dismiss_meeting).
        ///
        /// Optional.
        pub fn force_dismiss_meeting(
            mut self,
            value: impl ::std::convert::Into<crate::control::ForceDismissMeeting>,
        ) -> Self {
            self.force_dismiss_meeting = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`retrieve_code`](super::DismissMeetingRequest::retrieve_code).
        ///
        /// Optional.
        pub fn retrieve_code(
            mut self,
            value: impl ::std::convert::Into<crate::control::RetrieveMeetingCode>,
        ) -> Self {
            self.retrieve_code = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1, P2, P3> DismissMeetingRequestBuilder<P0, P1, P2, P3> {
        /// The [`DismissMeetingRequest`](super::DismissMeetingRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `instanceid`, `reason_code` are set: a missing one is a compile error naming it ("the required field ... of `DismissMeetingRequest` is not set").
        pub fn build(self) -> super::DismissMeetingRequest
        where
            P0: missing::dismiss_meeting_request::OperatorIdIsSet<::std::string::String>,
            P1: missing::dismiss_meeting_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::dismiss_meeting_request::InstanceidIsSet<crate::InstanceId>,
            P3: missing::dismiss_meeting_request::ReasonCodeIsSet<i64>,
        {
            super::DismissMeetingRequest {
                operator_id: missing::dismiss_meeting_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::dismiss_meeting_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                instanceid: missing::dismiss_meeting_request::InstanceidIsSet::into_field(
                    self.instanceid,
                ),
                reason_code: missing::dismiss_meeting_request::ReasonCodeIsSet::into_field(
                    self.reason_code,
                ),
                reason_detail: self.reason_detail,
                force_dismiss_meeting: self.force_dismiss_meeting,
                retrieve_code: self.retrieve_code,
            }
        }
    }
    /// Builds a [`ManageWaitingRoomParticipantsPath`](super::ManageWaitingRoomParticipantsPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ManageWaitingRoomParticipantsPathBuilder<
        P0 = missing::manage_waiting_room_participants_path::meeting_id,
    > {
        pub(crate) meeting_id: P0,
    }
    impl<P0> ::std::fmt::Debug for ManageWaitingRoomParticipantsPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ManageWaitingRoomParticipantsPathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl ManageWaitingRoomParticipantsPathBuilder<
        missing::manage_waiting_room_participants_path::meeting_id,
    > {
        /// Sets [`meeting_id`](super::ManageWaitingRoomParticipantsPath::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> ManageWaitingRoomParticipantsPathBuilder<::std::string::String> {
            ManageWaitingRoomParticipantsPathBuilder {
                meeting_id: value.into(),
            }
        }
    }
    impl<P0> ManageWaitingRoomParticipantsPathBuilder<P0> {
        /// The [`ManageWaitingRoomParticipantsPath`](super::ManageWaitingRoomParticipantsPath).
        ///
        /// Compiles once the required field `meeting_id` is set: a missing one is a compile error naming it ("the required field ... of `ManageWaitingRoomParticipantsPath` is not set").
        pub fn build(self) -> super::ManageWaitingRoomParticipantsPath
        where
            P0: missing::manage_waiting_room_participants_path::MeetingIdIsSet<
                ::std::string::String,
            >,
        {
            super::ManageWaitingRoomParticipantsPath {
                meeting_id: missing::manage_waiting_room_participants_path::MeetingIdIsSet::into_field(
                    self.meeting_id,
                ),
            }
        }
    }
    /// Builds a [`ManageWaitingRoomParticipantsRequest`](super::ManageWaitingRoomParticipantsRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ManageWaitingRoomParticipantsRequestBuilder<
        P0 = missing::manage_waiting_room_participants_request::instanceid,
        P1 = missing::manage_waiting_room_participants_request::operate_type,
        P2 = missing::manage_waiting_room_participants_request::users,
    > {
        pub(crate) operator_id: ::std::option::Option<::std::string::String>,
        pub(crate) operator_id_type: ::std::option::Option<crate::OperatorIdType>,
        pub(crate) instanceid: P0,
        pub(crate) operate_type: P1,
        pub(crate) allow_rejoin: ::std::option::Option<bool>,
        pub(crate) users: P2,
    }
    impl<P0, P1, P2> ::std::fmt::Debug
    for ManageWaitingRoomParticipantsRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ManageWaitingRoomParticipantsRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > ManageWaitingRoomParticipantsRequestBuilder<
        missing::manage_waiting_room_participants_request::instanceid,
        P1,
        P2,
    > {
        /// Sets [`instanceid`](super::ManageWaitingRoomParticipantsRequest::instanceid).
        ///
        /// Required.
        pub fn instanceid(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> ManageWaitingRoomParticipantsRequestBuilder<crate::InstanceId, P1, P2> {
            ManageWaitingRoomParticipantsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: value.into(),
                operate_type: self.operate_type,
                allow_rejoin: self.allow_rejoin,
                users: self.users,
            }
        }
    }
    impl<
        P0,
        P2,
    > ManageWaitingRoomParticipantsRequestBuilder<
        P0,
        missing::manage_waiting_room_participants_request::operate_type,
        P2,
    > {
        /// Sets [`operate_type`](super::ManageWaitingRoomParticipantsRequest::operate_type).
        ///
        /// Required.
        pub fn operate_type(
            self,
            value: impl ::std::convert::Into<crate::control::WaitingRoomOperateType>,
        ) -> ManageWaitingRoomParticipantsRequestBuilder<
            P0,
            crate::control::WaitingRoomOperateType,
            P2,
        > {
            ManageWaitingRoomParticipantsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: self.instanceid,
                operate_type: value.into(),
                allow_rejoin: self.allow_rejoin,
                users: self.users,
            }
        }
    }
    impl<
        P0,
        P1,
    > ManageWaitingRoomParticipantsRequestBuilder<
        P0,
        P1,
        missing::manage_waiting_room_participants_request::users,
    > {
        /// Sets [`users`](super::ManageWaitingRoomParticipantsRequest::users).
        ///
        /// Required.
        pub fn users(
            self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<ControlTargetUser>,
            >,
        ) -> ManageWaitingRoomParticipantsRequestBuilder<
            P0,
            P1,
            ::std::vec::Vec<ControlTargetUser>,
        > {
            ManageWaitingRoomParticipantsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: self.instanceid,
                operate_type: self.operate_type,
                allow_rejoin: self.allow_rejoin,
                users: value.into_iter().map(::std::convert::Into::into).collect(),
            }
        }
    }
    impl<P0, P1, P2> ManageWaitingRoomParticipantsRequestBuilder<P0, P1, P2> {
        /// Sets [`operator_id`](super::ManageWaitingRoomParticipantsRequest::operator_id).
        ///
        /// Optional.
        pub fn operator_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.operator_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator_id_type`](super::ManageWaitingRoomParticipantsRequest::operator_id_type).
        ///
        /// Optional.
        pub fn operator_id_type(
            mut self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> Self {
            self.operator_id_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`allow_rejoin`](super::ManageWaitingRoomParticipantsRequest::allow_rejoin).
        ///
        /// Optional.
        pub fn allow_rejoin(mut self, value: bool) -> Self {
            self.allow_rejoin = ::std::option::Option::Some(value);
            self
        }
    }
    impl<P0, P1, P2> ManageWaitingRoomParticipantsRequestBuilder<P0, P1, P2> {
        /// The [`ManageWaitingRoomParticipantsRequest`](super::ManageWaitingRoomParticipantsRequest).
        ///
        /// Compiles once the required fields `instanceid`, `operate_type`, `users` are set: a missing one is a compile error naming it ("the required field ... of `ManageWaitingRoomParticipantsRequest` is not set").
        pub fn build(self) -> super::ManageWaitingRoomParticipantsRequest
        where
            P0: missing::manage_waiting_room_participants_request::InstanceidIsSet<
                crate::InstanceId,
            >,
            P1: missing::manage_waiting_room_participants_request::OperateTypeIsSet<
                crate::control::WaitingRoomOperateType,
            >,
            P2: missing::manage_waiting_room_participants_request::UsersIsSet<
                ::std::vec::Vec<ControlTargetUser>,
            >,
        {
            super::ManageWaitingRoomParticipantsRequest {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: missing::manage_waiting_room_participants_request::InstanceidIsSet::into_field(
                    self.instanceid,
                ),
                operate_type: missing::manage_waiting_room_participants_request::OperateTypeIsSet::into_field(
                    self.operate_type,
                ),
                allow_rejoin: self.allow_rejoin,
                users: missing::manage_waiting_room_participants_request::UsersIsSet::into_field(
                    self.users,
                ),
            }
        }
    }
    /// Builds a [`ParticipantNickname`](super::ParticipantNickname): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ParticipantNicknameBuilder<
        P0 = missing::participant_nickname::ms_open_id,
        P1 = missing::participant_nickname::instanceid,
    > {
        pub(crate) ms_open_id: P0,
        pub(crate) instanceid: P1,
        pub(crate) nick_name: ::std::option::Option<::std::string::String>,
    }
    impl<P0, P1> ::std::fmt::Debug for ParticipantNicknameBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ParticipantNicknameBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<P1> ParticipantNicknameBuilder<missing::participant_nickname::ms_open_id, P1> {
        /// Sets [`ms_open_id`](super::ParticipantNickname::ms_open_id).
        ///
        /// Required.
        pub fn ms_open_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> ParticipantNicknameBuilder<::std::string::String, P1> {
            ParticipantNicknameBuilder {
                ms_open_id: value.into(),
                instanceid: self.instanceid,
                nick_name: self.nick_name,
            }
        }
    }
    impl<P0> ParticipantNicknameBuilder<P0, missing::participant_nickname::instanceid> {
        /// Sets [`instanceid`](super::ParticipantNickname::instanceid).
        ///
        /// Required.
        pub fn instanceid(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> ParticipantNicknameBuilder<P0, crate::InstanceId> {
            ParticipantNicknameBuilder {
                ms_open_id: self.ms_open_id,
                instanceid: value.into(),
                nick_name: self.nick_name,
            }
        }
    }
    impl<P0, P1> ParticipantNicknameBuilder<P0, P1> {
        /// Sets [`nick_name`](super::ParticipantNickname::nick_name).
        ///
        /// Optional.
        pub fn nick_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.nick_name = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1> ParticipantNicknameBuilder<P0, P1> {
        /// The [`ParticipantNickname`](super::ParticipantNickname).
        ///
        /// Compiles once the required fields `ms_open_id`, `instanceid` are set: a missing one is a compile error naming it ("the required field ... of `ParticipantNickname` is not set").
        pub fn build(self) -> super::ParticipantNickname
        where
            P0: missing::participant_nickname::MsOpenIdIsSet<::std::string::String>,
            P1: missing::participant_nickname::InstanceidIsSet<crate::InstanceId>,
        {
            super::ParticipantNickname {
                ms_open_id: missing::participant_nickname::MsOpenIdIsSet::into_field(
                    self.ms_open_id,
                ),
                instanceid: missing::participant_nickname::InstanceidIsSet::into_field(
                    self.instanceid,
                ),
                nick_name: self.nick_name,
            }
        }
    }
    /// Builds a [`RemoveParticipantsPath`](super::RemoveParticipantsPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RemoveParticipantsPathBuilder<
        P0 = missing::remove_participants_path::meeting_id,
    > {
        pub(crate) meeting_id: P0,
    }
    impl<P0> ::std::fmt::Debug for RemoveParticipantsPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RemoveParticipantsPathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl RemoveParticipantsPathBuilder<missing::remove_participants_path::meeting_id> {
        /// Sets [`meeting_id`](super::RemoveParticipantsPath::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> RemoveParticipantsPathBuilder<::std::string::String> {
            RemoveParticipantsPathBuilder {
                meeting_id: value.into(),
            }
        }
    }
    impl<P0> RemoveParticipantsPathBuilder<P0> {
        /// The [`RemoveParticipantsPath`](super::RemoveParticipantsPath).
        ///
        /// Compiles once the required field `meeting_id` is set: a missing one is a compile error naming it ("the required field ... of `RemoveParticipantsPath` is not set").
        pub fn build(self) -> super::RemoveParticipantsPath
        where
            P0: missing::remove_participants_path::MeetingIdIsSet<::std::string::String>,
        {
            super::RemoveParticipantsPath {
                meeting_id: missing::remove_participants_path::MeetingIdIsSet::into_field(
                    self.meeting_id,
                ),
            }
        }
    }
    /// Builds a [`RemoveParticipantsRequest`](super::RemoveParticipantsRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RemoveParticipantsRequestBuilder<
        P0 = missing::remove_participants_request::instanceid,
        P1 = missing::remove_participants_request::allow_rejoin,
        P2 = missing::remove_participants_request::users,
    > {
        pub(crate) operator_id: ::std::option::Option<::std::string::String>,
        pub(crate) operator_id_type: ::std::option::Option<crate::OperatorIdType>,
        pub(crate) instanceid: P0,
        pub(crate) allow_rejoin: P1,
        pub(crate) reason: ::std::option::Option<::std::string::String>,
        pub(crate) users: P2,
    }
    impl<P0, P1, P2> ::std::fmt::Debug for RemoveParticipantsRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RemoveParticipantsRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > RemoveParticipantsRequestBuilder<
        missing::remove_participants_request::instanceid,
        P1,
        P2,
    > {
        /// Sets [`instanceid`](super::RemoveParticipantsRequest::instanceid).
        ///
        /// Required.
        pub fn instanceid(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> RemoveParticipantsRequestBuilder<crate::InstanceId, P1, P2> {
            RemoveParticipantsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: value.into(),
                allow_rejoin: self.allow_rejoin,
                reason: self.reason,
                users: self.users,
            }
        }
    }
    impl<
        P0,
        P2,
    > RemoveParticipantsRequestBuilder<
        P0,
        missing::remove_participants_request::allow_rejoin,
        P2,
    > {
        /// Sets [`allow_rejoin`](super::RemoveParticipantsRequest::allow_rejoin).
        ///
        /// Required.
        pub fn allow_rejoin(
            self,
            value: bool,
        ) -> RemoveParticipantsRequestBuilder<P0, bool, P2> {
            RemoveParticipantsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: self.instanceid,
                allow_rejoin: value,
                reason: self.reason,
                users: self.users,
            }
        }
    }
    impl<
        P0,
        P1,
    > RemoveParticipantsRequestBuilder<
        P0,
        P1,
        missing::remove_participants_request::users,
    > {
        /// Sets [`users`](super::RemoveParticipantsRequest::users).
        ///
        /// Required.
        pub fn users(
            self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<ControlTargetUser>,
            >,
        ) -> RemoveParticipantsRequestBuilder<
            P0,
            P1,
            ::std::vec::Vec<ControlTargetUser>,
        > {
            RemoveParticipantsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: self.instanceid,
                allow_rejoin: self.allow_rejoin,
                reason: self.reason,
                users: value.into_iter().map(::std::convert::Into::into).collect(),
            }
        }
    }
    impl<P0, P1, P2> RemoveParticipantsRequestBuilder<P0, P1, P2> {
        /// Sets [`operator_id`](super::RemoveParticipantsRequest::operator_id).
        ///
        /// Optional.
        pub fn operator_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.operator_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator_id_type`](super::RemoveParticipantsRequest::operator_id_type).
        ///
        /// Optional.
        pub fn operator_id_type(
            mut self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> Self {
            self.operator_id_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`reason`](super::RemoveParticipantsRequest::reason).
        ///
        /// Optional.
        pub fn reason(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.reason = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1, P2> RemoveParticipantsRequestBuilder<P0, P1, P2> {
        /// The [`RemoveParticipantsRequest`](super::RemoveParticipantsRequest).
        ///
        /// Compiles once the required fields `instanceid`, `allow_rejoin`, `users` are set: a missing one is a compile error naming it ("the required field ... of `RemoveParticipantsRequest` is not set").
        pub fn build(self) -> super::RemoveParticipantsRequest
        where
            P0: missing::remove_participants_request::InstanceidIsSet<crate::InstanceId>,
            P1: missing::remove_participants_request::AllowRejoinIsSet<bool>,
            P2: missing::remove_participants_request::UsersIsSet<
                ::std::vec::Vec<ControlTargetUser>,
            >,
        {
            super::RemoveParticipantsRequest {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: missing::remove_participants_request::InstanceidIsSet::into_field(
                    self.instanceid,
                ),
                allow_rejoin: missing::remove_participants_request::AllowRejoinIsSet::into_field(
                    self.allow_rejoin,
                ),
                reason: self.reason,
                users: missing::remove_participants_request::UsersIsSet::into_field(
                    self.users,
                ),
            }
        }
    }
    /// Builds a [`SetCohostPath`](super::SetCohostPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SetCohostPathBuilder<P0 = missing::set_cohost_path::meeting_id> {
        pub(crate) meeting_id: P0,
    }
    impl<P0> ::std::fmt::Debug for SetCohostPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SetCohostPathBuilder)).finish_non_exhaustive()
        }
    }
    impl SetCohostPathBuilder<missing::set_cohost_path::meeting_id> {
        /// Sets [`meeting_id`](super::SetCohostPath::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SetCohostPathBuilder<::std::string::String> {
            SetCohostPathBuilder {
                meeting_id: value.into(),
            }
        }
    }
    impl<P0> SetCohostPathBuilder<P0> {
        /// The [`SetCohostPath`](super::SetCohostPath).
        ///
        /// Compiles once the required field `meeting_id` is set: a missing one is a compile error naming it ("the required field ... of `SetCohostPath` is not set").
        pub fn build(self) -> super::SetCohostPath
        where
            P0: missing::set_cohost_path::MeetingIdIsSet<::std::string::String>,
        {
            super::SetCohostPath {
                meeting_id: missing::set_cohost_path::MeetingIdIsSet::into_field(
                    self.meeting_id,
                ),
            }
        }
    }
    /// Builds a [`SetCohostRequest`](super::SetCohostRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SetCohostRequestBuilder<
        P0 = missing::set_cohost_request::instanceid,
        P1 = missing::set_cohost_request::action,
        P2 = missing::set_cohost_request::user,
    > {
        pub(crate) operator_id: ::std::option::Option<::std::string::String>,
        pub(crate) operator_id_type: ::std::option::Option<crate::OperatorIdType>,
        pub(crate) instanceid: P0,
        pub(crate) action: P1,
        pub(crate) user: P2,
    }
    impl<P0, P1, P2> ::std::fmt::Debug for SetCohostRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SetCohostRequestBuilder)).finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > SetCohostRequestBuilder<missing::set_cohost_request::instanceid, P1, P2> {
        /// Sets [`instanceid`](super::SetCohostRequest::instanceid).
        ///
        /// Required.
        pub fn instanceid(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> SetCohostRequestBuilder<crate::InstanceId, P1, P2> {
            SetCohostRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: value.into(),
                action: self.action,
                user: self.user,
            }
        }
    }
    impl<P0, P2> SetCohostRequestBuilder<P0, missing::set_cohost_request::action, P2> {
        /// Sets [`action`](super::SetCohostRequest::action).
        ///
        /// Required.
        pub fn action(self, value: bool) -> SetCohostRequestBuilder<P0, bool, P2> {
            SetCohostRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: self.instanceid,
                action: value,
                user: self.user,
            }
        }
    }
    impl<P0, P1> SetCohostRequestBuilder<P0, P1, missing::set_cohost_request::user> {
        /// Sets [`user`](super::SetCohostRequest::user).
        ///
        /// Required.
        pub fn user(
            self,
            value: impl ::std::convert::Into<ControlTargetUser>,
        ) -> SetCohostRequestBuilder<P0, P1, ControlTargetUser> {
            SetCohostRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: self.instanceid,
                action: self.action,
                user: value.into(),
            }
        }
    }
    impl<P0, P1, P2> SetCohostRequestBuilder<P0, P1, P2> {
        /// Sets [`operator_id`](super::SetCohostRequest::operator_id).
        ///
        /// Optional.
        pub fn operator_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.operator_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator_id_type`](super::SetCohostRequest::operator_id_type).
        ///
        /// Optional.
        pub fn operator_id_type(
            mut self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> Self {
            self.operator_id_type = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1, P2> SetCohostRequestBuilder<P0, P1, P2> {
        /// The [`SetCohostRequest`](super::SetCohostRequest).
        ///
        /// Compiles once the required fields `instanceid`, `action`, `user` are set: a missing one is a compile error naming it ("the required field ... of `SetCohostRequest` is not set").
        pub fn build(self) -> super::SetCohostRequest
        where
            P0: missing::set_cohost_request::InstanceidIsSet<crate::InstanceId>,
            P1: missing::set_cohost_request::ActionIsSet<bool>,
            P2: missing::set_cohost_request::UserIsSet<ControlTargetUser>,
        {
            super::SetCohostRequest {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: missing::set_cohost_request::InstanceidIsSet::into_field(
                    self.instanceid,
                ),
                action: missing::set_cohost_request::ActionIsSet::into_field(
                    self.action,
                ),
                user: missing::set_cohost_request::UserIsSet::into_field(self.user),
            }
        }
    }
    /// Builds a [`SetDocUploadPermissionPath`](super::SetDocUploadPermissionPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SetDocUploadPermissionPathBuilder<
        P0 = missing::set_doc_upload_permission_path::meeting_id,
    > {
        pub(crate) meeting_id: P0,
    }
    impl<P0> ::std::fmt::Debug for SetDocUploadPermissionPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SetDocUploadPermissionPathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl SetDocUploadPermissionPathBuilder<
        missing::set_doc_upload_permission_path::meeting_id,
    > {
        /// Sets [`meeting_id`](super::SetDocUploadPermissionPath::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SetDocUploadPermissionPathBuilder<::std::string::String> {
            SetDocUploadPermissionPathBuilder {
                meeting_id: value.into(),
            }
        }
    }
    impl<P0> SetDocUploadPermissionPathBuilder<P0> {
        /// The [`SetDocUploadPermissionPath`](super::SetDocUploadPermissionPath).
        ///
        /// Compiles once the required field `meeting_id` is set: a missing one is a compile error naming it ("the required field ... of `SetDocUploadPermissionPath` is not set").
        pub fn build(self) -> super::SetDocUploadPermissionPath
        where
            P0: missing::set_doc_upload_permission_path::MeetingIdIsSet<
                ::std::string::String,
            >,
        {
            super::SetDocUploadPermissionPath {
                meeting_id: missing::set_doc_upload_permission_path::MeetingIdIsSet::into_field(
                    self.meeting_id,
                ),
            }
        }
    }
    /// Builds a [`SetDocUploadPermissionRequest`](super::SetDocUploadPermissionRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SetDocUploadPermissionRequestBuilder<
        P0 = missing::set_doc_upload_permission_request::instanceid,
        P1 = missing::set_doc_upload_permission_request::enable_upload_doc,
    > {
        pub(crate) operator_id: ::std::option::Option<::std::string::String>,
        pub(crate) operator_id_type: ::std::option::Option<crate::OperatorIdType>,
        pub(crate) instanceid: P0,
        pub(crate) enable_upload_doc: P1,
    }
    impl<P0, P1> ::std::fmt::Debug for SetDocUploadPermissionRequestBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SetDocUploadPermissionRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > SetDocUploadPermissionRequestBuilder<
        missing::set_doc_upload_permission_request::instanceid,
        P1,
    > {
        /// Sets [`instanceid`](super::SetDocUploadPermissionRequest::instanceid).
        ///
        /// Required.
        pub fn instanceid(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> SetDocUploadPermissionRequestBuilder<crate::InstanceId, P1> {
            SetDocUploadPermissionRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: value.into(),
                enable_upload_doc: self.enable_upload_doc,
            }
        }
    }
    impl<
        P0,
    > SetDocUploadPermissionRequestBuilder<
        P0,
        missing::set_doc_upload_permission_request::enable_upload_doc,
    > {
        /// Sets [`enable_upload_doc`](super::SetDocUploadPermissionRequest::enable_upload_doc).
        ///
        /// Required.
        pub fn enable_upload_doc(
            self,
            value: bool,
        ) -> SetDocUploadPermissionRequestBuilder<P0, bool> {
            SetDocUploadPermissionRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: self.instanceid,
                enable_upload_doc: value,
            }
        }
    }
    impl<P0, P1> SetDocUploadPermissionRequestBuilder<P0, P1> {
        /// Sets [`operator_id`](super::SetDocUploadPermissionRequest::operator_id).
        ///
        /// Optional.
        pub fn operator_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.operator_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator_id_type`](super::SetDocUploadPermissionRequest::operator_id_type).
        ///
        /// Optional.
        pub fn operator_id_type(
            mut self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> Self {
            self.operator_id_type = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1> SetDocUploadPermissionRequestBuilder<P0, P1> {
        /// The [`SetDocUploadPermissionRequest`](super::SetDocUploadPermissionRequest).
        ///
        /// Compiles once the required fields `instanceid`, `enable_upload_doc` are set: a missing one is a compile error naming it ("the required field ... of `SetDocUploadPermissionRequest` is not set").
        pub fn build(self) -> super::SetDocUploadPermissionRequest
        where
            P0: missing::set_doc_upload_permission_request::InstanceidIsSet<
                crate::InstanceId,
            >,
            P1: missing::set_doc_upload_permission_request::EnableUploadDocIsSet<bool>,
        {
            super::SetDocUploadPermissionRequest {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: missing::set_doc_upload_permission_request::InstanceidIsSet::into_field(
                    self.instanceid,
                ),
                enable_upload_doc: missing::set_doc_upload_permission_request::EnableUploadDocIsSet::into_field(
                    self.enable_upload_doc,
                ),
            }
        }
    }
    /// Builds a [`SetInMeetingSettingsPath`](super::SetInMeetingSettingsPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SetInMeetingSettingsPathBuilder<
        P0 = missing::set_in_meeting_settings_path::meeting_id,
    > {
        pub(crate) meeting_id: P0,
    }
    impl<P0> ::std::fmt::Debug for SetInMeetingSettingsPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SetInMeetingSettingsPathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl SetInMeetingSettingsPathBuilder<
        missing::set_in_meeting_settings_path::meeting_id,
    > {
        /// Sets [`meeting_id`](super::SetInMeetingSettingsPath::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SetInMeetingSettingsPathBuilder<::std::string::String> {
            SetInMeetingSettingsPathBuilder {
                meeting_id: value.into(),
            }
        }
    }
    impl<P0> SetInMeetingSettingsPathBuilder<P0> {
        /// The [`SetInMeetingSettingsPath`](super::SetInMeetingSettingsPath).
        ///
        /// Compiles once the required field `meeting_id` is set: a missing one is a compile error naming it ("the required field ... of `SetInMeetingSettingsPath` is not set").
        pub fn build(self) -> super::SetInMeetingSettingsPath
        where
            P0: missing::set_in_meeting_settings_path::MeetingIdIsSet<
                ::std::string::String,
            >,
        {
            super::SetInMeetingSettingsPath {
                meeting_id: missing::set_in_meeting_settings_path::MeetingIdIsSet::into_field(
                    self.meeting_id,
                ),
            }
        }
    }
    /// Builds a [`SetInMeetingSettingsRequest`](super::SetInMeetingSettingsRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SetInMeetingSettingsRequestBuilder<
        P0 = missing::set_in_meeting_settings_request::instanceid,
    > {
        pub(crate) operator_id: ::std::option::Option<::std::string::String>,
        pub(crate) operator_id_type: ::std::option::Option<crate::OperatorIdType>,
        pub(crate) instanceid: P0,
        pub(crate) mute_all: ::std::option::Option<bool>,
        pub(crate) allow_unmute_by_self: ::std::option::Option<bool>,
        pub(crate) participant_join_mute: ::std::option::Option<crate::MuteOnJoin>,
        pub(crate) meeting_locked: ::std::option::Option<bool>,
        pub(crate) hide_meeting_code_password: ::std::option::Option<bool>,
        pub(crate) allow_chat: ::std::option::Option<crate::control::AllowChatMode>,
        pub(crate) share_screen: ::std::option::Option<bool>,
        pub(crate) enable_red_envelope: ::std::option::Option<bool>,
        pub(crate) only_enterprise_user_allowed: ::std::option::Option<bool>,
        pub(crate) play_ivr_on_join: ::std::option::Option<bool>,
        pub(crate) auto_waiting_room: ::std::option::Option<bool>,
    }
    impl<P0> ::std::fmt::Debug for SetInMeetingSettingsRequestBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SetInMeetingSettingsRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl SetInMeetingSettingsRequestBuilder<
        missing::set_in_meeting_settings_request::instanceid,
    > {
        /// Sets [`instanceid`](super::SetInMeetingSettingsRequest::instanceid).
        ///
        /// Required.
        pub fn instanceid(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> SetInMeetingSettingsRequestBuilder<crate::InstanceId> {
            SetInMeetingSettingsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: value.into(),
                mute_all: self.mute_all,
                allow_unmute_by_self: self.allow_unmute_by_self,
                participant_join_mute: self.participant_join_mute,
                meeting_locked: self.meeting_locked,
                hide_meeting_code_password: self.hide_meeting_code_password,
                allow_chat: self.allow_chat,
                share_screen: self.share_screen,
                enable_red_envelope: self.enable_red_envelope,
                only_enterprise_user_allowed: self.only_enterprise_user_allowed,
                play_ivr_on_join: self.play_ivr_on_join,
                auto_waiting_room: self.auto_waiting_room,
            }
        }
    }
    impl<P0> SetInMeetingSettingsRequestBuilder<P0> {
        /// Sets [`operator_id`](super::SetInMeetingSettingsRequest::operator_id).
        ///
        /// Optional.
        pub fn operator_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.operator_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator_id_type`](super::SetInMeetingSettingsRequest::operator_id_type).
        ///
        /// Optional.
        pub fn operator_id_type(
            mut self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> Self {
            self.operator_id_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`mute_all`](super::SetInMeetingSettingsRequest::mute_all).
        ///
        /// Optional.
        pub fn mute_all(mut self, value: bool) -> Self {
            self.mute_all = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`allow_unmute_by_self`](super::SetInMeetingSettingsRequest::allow_unmute_by_self).
        ///
        /// Optional.
        pub fn allow_unmute_by_self(mut self, value: bool) -> Self {
            self.allow_unmute_by_self = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`participant_join_mute`](super::SetInMeetingSettingsRequest::participant_join_mute).
        ///
        /// Optional.
        pub fn participant_join_mute(
            mut self,
            value: impl ::std::convert::Into<crate::MuteOnJoin>,
        ) -> Self {
            self.participant_join_mute = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_locked`](super::SetInMeetingSettingsRequest::meeting_locked).
        ///
        /// Optional.
        pub fn meeting_locked(mut self, value: bool) -> Self {
            self.meeting_locked = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`hide_meeting_code_password`](super::SetInMeetingSettingsRequest::hide_meeting_code_password).
        ///
        /// Optional.
        pub fn hide_meeting_code_password(mut self, value: bool) -> Self {
            self.hide_meeting_code_password = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`allow_chat`](super::SetInMeetingSettingsRequest::allow_chat).
        ///
        /// Optional.
        pub fn allow_chat(
            mut self,
            value: impl ::std::convert::Into<crate::control::AllowChatMode>,
        ) -> Self {
            self.allow_chat = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`share_screen`](super::SetInMeetingSettingsRequest::share_screen).
        ///
        /// Optional.
        pub fn share_screen(mut self, value: bool) -> Self {
            self.share_screen = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`enable_red_envelope`](super::SetInMeetingSettingsRequest::enable_red_envelope).
        ///
        /// Optional.
        pub fn enable_red_envelope(mut self, value: bool) -> Self {
            self.enable_red_envelope = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`only_enterprise_user_allowed`](super::SetInMeetingSettingsRequest::only_enterprise_user_allowed).
        ///
        /// Optional.
        pub fn only_enterprise_user_allowed(mut self, value: bool) -> Self {
            self.only_enterprise_user_allowed = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`play_ivr_on_join`](super::SetInMeetingSettingsRequest::play_ivr_on_join).
        ///
        /// Optional.
        pub fn play_ivr_on_join(mut self, value: bool) -> Self {
            self.play_ivr_on_join = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`auto_waiting_room`](super::SetInMeetingSettingsRequest::auto_waiting_room).
        ///
        /// Optional.
        pub fn auto_waiting_room(mut self, value: bool) -> Self {
            self.auto_waiting_room = ::std::option::Option::Some(value);
            self
        }
    }
    impl<P0> SetInMeetingSettingsRequestBuilder<P0> {
        /// The [`SetInMeetingSettingsRequest`](super::SetInMeetingSettingsRequest).
        ///
        /// Compiles once the required field `instanceid` is set: a missing one is a compile error naming it ("the required field ... of `SetInMeetingSettingsRequest` is not set").
        pub fn build(self) -> super::SetInMeetingSettingsRequest
        where
            P0: missing::set_in_meeting_settings_request::InstanceidIsSet<
                crate::InstanceId,
            >,
        {
            super::SetInMeetingSettingsRequest {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: missing::set_in_meeting_settings_request::InstanceidIsSet::into_field(
                    self.instanceid,
                ),
                mute_all: self.mute_all,
                allow_unmute_by_self: self.allow_unmute_by_self,
                participant_join_mute: self.participant_join_mute,
                meeting_locked: self.meeting_locked,
                hide_meeting_code_password: self.hide_meeting_code_password,
                allow_chat: self.allow_chat,
                share_screen: self.share_screen,
                enable_red_envelope: self.enable_red_envelope,
                only_enterprise_user_allowed: self.only_enterprise_user_allowed,
                play_ivr_on_join: self.play_ivr_on_join,
                auto_waiting_room: self.auto_waiting_room,
            }
        }
    }
    /// Builds a [`SetMeetingAsrPath`](super::SetMeetingAsrPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SetMeetingAsrPathBuilder<P0 = missing::set_meeting_asr_path::meeting_id> {
        pub(crate) meeting_id: P0,
    }
    impl<P0> ::std::fmt::Debug for SetMeetingAsrPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SetMeetingAsrPathBuilder)).finish_non_exhaustive()
        }
    }
    impl SetMeetingAsrPathBuilder<missing::set_meeting_asr_path::meeting_id> {
        /// Sets [`meeting_id`](super::SetMeetingAsrPath::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SetMeetingAsrPathBuilder<::std::string::String> {
            SetMeetingAsrPathBuilder {
                meeting_id: value.into(),
            }
        }
    }
    impl<P0> SetMeetingAsrPathBuilder<P0> {
        /// The [`SetMeetingAsrPath`](super::SetMeetingAsrPath).
        ///
        /// Compiles once the required field `meeting_id` is set: a missing one is a compile error naming it ("the required field ... of `SetMeetingAsrPath` is not set").
        pub fn build(self) -> super::SetMeetingAsrPath
        where
            P0: missing::set_meeting_asr_path::MeetingIdIsSet<::std::string::String>,
        {
            super::SetMeetingAsrPath {
                meeting_id: missing::set_meeting_asr_path::MeetingIdIsSet::into_field(
                    self.meeting_id,
                ),
            }
        }
    }
    /// Builds a [`SetMeetingAsrRequest`](super::SetMeetingAsrRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SetMeetingAsrRequestBuilder<
        P0 = missing::set_meeting_asr_request::operator_id,
        P1 = missing::set_meeting_asr_request::operator_id_type,
        P2 = missing::set_meeting_asr_request::instance_id,
        P3 = missing::set_meeting_asr_request::is_open,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) instance_id: P2,
        pub(crate) is_open: P3,
        pub(crate) open_asr_view: ::std::option::Option<crate::control::AsrSidebarMode>,
        pub(crate) target_rooms_id: ::std::option::Option<::std::string::String>,
        pub(crate) target_rooms_id_type: ::std::option::Option<crate::TargetRoomsIdType>,
    }
    impl<P0, P1, P2, P3> ::std::fmt::Debug
    for SetMeetingAsrRequestBuilder<P0, P1, P2, P3> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SetMeetingAsrRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
        P3,
    > SetMeetingAsrRequestBuilder<
        missing::set_meeting_asr_request::operator_id,
        P1,
        P2,
        P3,
    > {
        /// Sets [`operator_id`](super::SetMeetingAsrRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SetMeetingAsrRequestBuilder<::std::string::String, P1, P2, P3> {
            SetMeetingAsrRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                instance_id: self.instance_id,
                is_open: self.is_open,
                open_asr_view: self.open_asr_view,
                target_rooms_id: self.target_rooms_id,
                target_rooms_id_type: self.target_rooms_id_type,
            }
        }
    }
    impl<
        P0,
        P2,
        P3,
    > SetMeetingAsrRequestBuilder<
        P0,
        missing::set_meeting_asr_request::operator_id_type,
        P2,
        P3,
    > {
        /// Sets [`operator_id_type`](super::SetMeetingAsrRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> SetMeetingAsrRequestBuilder<P0, crate::OperatorIdType, P2, P3> {
            SetMeetingAsrRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                instance_id: self.instance_id,
                is_open: self.is_open,
                open_asr_view: self.open_asr_view,
                target_rooms_id: self.target_rooms_id,
                target_rooms_id_type: self.target_rooms_id_type,
            }
        }
    }
    impl<
        P0,
        P1,
        P3,
    > SetMeetingAsrRequestBuilder<
        P0,
        P1,
        missing::set_meeting_asr_request::instance_id,
        P3,
    > {
        /// Sets [`instance_id`](super::SetMeetingAsrRequest::instance_id).
        ///
        /// Required.
        pub fn instance_id(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> SetMeetingAsrRequestBuilder<P0, P1, crate::InstanceId, P3> {
            SetMeetingAsrRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instance_id: value.into(),
                is_open: self.is_open,
                open_asr_view: self.open_asr_view,
                target_rooms_id: self.target_rooms_id,
                target_rooms_id_type: self.target_rooms_id_type,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
    > SetMeetingAsrRequestBuilder<
        P0,
        P1,
        P2,
        missing::set_meeting_asr_request::is_open,
    > {
        /// Sets [`is_open`](super::SetMeetingAsrRequest::is_open).
        ///
        /// Required.
        pub fn is_open(
            self,
            value: bool,
        ) -> SetMeetingAsrRequestBuilder<P0, P1, P2, bool> {
            SetMeetingAsrRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instance_id: self.instance_id,
                is_open: value,
                open_asr_view: self.open_asr_view,
                target_rooms_id: self.target_rooms_id,
                target_rooms_id_type: self.target_rooms_id_type,
            }
        }
    }
    impl<P0, P1, P2, P3> SetMeetingAsrRequestBuilder<P0, P1, P2, P3> {
        /// Sets [`open_asr_view`](super::SetMeetingAsrRequest::open_asr_view).
        ///
        /// Optional.
        pub fn open_asr_view(
            mut self,
            value: impl ::std::convert::Into<crate::control::AsrSidebarMode>,
        ) -> Self {
            self.open_asr_view = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`target_rooms_id`](super::SetMeetingAsrRequest::target_rooms_id).
        ///
        /// Optional.
        pub fn target_rooms_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.target_rooms_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`target_rooms_id_type`](super::SetMeetingAsrRequest::target_rooms_id_type).
        ///
        /// Optional.
        pub fn target_rooms_id_type(
            mut self,
            value: impl ::std::convert::Into<crate::TargetRoomsIdType>,
        ) -> Self {
            self.target_rooms_id_type = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1, P2, P3> SetMeetingAsrRequestBuilder<P0, P1, P2, P3> {
        /// The [`SetMeetingAsrRequest`](super::SetMeetingAsrRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `instance_id`, `is_open` are set: a missing one is a compile error naming it ("the required field ... of `SetMeetingAsrRequest` is not set").
        pub fn build(self) -> super::SetMeetingAsrRequest
        where
            P0: missing::set_meeting_asr_request::OperatorIdIsSet<::std::string::String>,
            P1: missing::set_meeting_asr_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::set_meeting_asr_request::InstanceIdIsSet<crate::InstanceId>,
            P3: missing::set_meeting_asr_request::IsOpenIsSet<bool>,
        {
            super::SetMeetingAsrRequest {
                operator_id: missing::set_meeting_asr_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::set_meeting_asr_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                instance_id: missing::set_meeting_asr_request::InstanceIdIsSet::into_field(
                    self.instance_id,
                ),
                is_open: missing::set_meeting_asr_request::IsOpenIsSet::into_field(
                    self.is_open,
                ),
                open_asr_view: self.open_asr_view,
                target_rooms_id: self.target_rooms_id,
                target_rooms_id_type: self.target_rooms_id_type,
            }
        }
    }
    /// Builds a [`SetMeetingAsrResponse`](super::SetMeetingAsrResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SetMeetingAsrResponseBuilder {
        pub(crate) code: ::std::option::Option<i64>,
        pub(crate) message: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for SetMeetingAsrResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SetMeetingAsrResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl SetMeetingAsrResponseBuilder {
        /// Sets [`code`](super::SetMeetingAsrResponse::code).
        ///
        /// Optional.
        pub fn code(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.code = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`message`](super::SetMeetingAsrResponse::message).
        ///
        /// Optional.
        pub fn message(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.message = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl SetMeetingAsrResponseBuilder {
        /// The [`SetMeetingAsrResponse`](super::SetMeetingAsrResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::SetMeetingAsrResponse {
            super::SetMeetingAsrResponse {
                code: self.code,
                message: self.message,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`SetParticipantMutePath`](super::SetParticipantMutePath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SetParticipantMutePathBuilder<
        P0 = missing::set_participant_mute_path::meeting_id,
    > {
        pub(crate) meeting_id: P0,
    }
    impl<P0> ::std::fmt::Debug for SetParticipantMutePathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SetParticipantMutePathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl SetParticipantMutePathBuilder<missing::set_participant_mute_path::meeting_id> {
        /// Sets [`meeting_id`](super::SetParticipantMutePath::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SetParticipantMutePathBuilder<::std::string::String> {
            SetParticipantMutePathBuilder {
                meeting_id: value.into(),
            }
        }
    }
    impl<P0> SetParticipantMutePathBuilder<P0> {
        /// The [`SetParticipantMutePath`](super::SetParticipantMutePath).
        ///
        /// Compiles once the required field `meeting_id` is set: a missing one is a compile error naming it ("the required field ... of `SetParticipantMutePath` is not set").
        pub fn build(self) -> super::SetParticipantMutePath
        where
            P0: missing::set_participant_mute_path::MeetingIdIsSet<
                ::std::string::String,
            >,
        {
            super::SetParticipantMutePath {
                meeting_id: missing::set_participant_mute_path::MeetingIdIsSet::into_field(
                    self.meeting_id,
                ),
            }
        }
    }
    /// Builds a [`SetParticipantMuteRequest`](super::SetParticipantMuteRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SetParticipantMuteRequestBuilder<
        P0 = missing::set_participant_mute_request::instanceid,
        P1 = missing::set_participant_mute_request::mute,
        P2 = missing::set_participant_mute_request::user,
    > {
        pub(crate) operator_id: ::std::option::Option<::std::string::String>,
        pub(crate) operator_id_type: ::std::option::Option<crate::OperatorIdType>,
        pub(crate) instanceid: P0,
        pub(crate) mute: P1,
        pub(crate) user: P2,
    }
    impl<P0, P1, P2> ::std::fmt::Debug for SetParticipantMuteRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SetParticipantMuteRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > SetParticipantMuteRequestBuilder<
        missing::set_participant_mute_request::instanceid,
        P1,
        P2,
    > {
        /// Sets [`instanceid`](super::SetParticipantMuteRequest::instanceid).
        ///
        /// Required.
        pub fn instanceid(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> SetParticipantMuteRequestBuilder<crate::InstanceId, P1, P2> {
            SetParticipantMuteRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: value.into(),
                mute: self.mute,
                user: self.user,
            }
        }
    }
    impl<
        P0,
        P2,
    > SetParticipantMuteRequestBuilder<
        P0,
        missing::set_participant_mute_request::mute,
        P2,
    > {
        /// Sets [`mute`](super::SetParticipantMuteRequest::mute).
        ///
        /// Required.
        pub fn mute(
            self,
            value: bool,
        ) -> SetParticipantMuteRequestBuilder<P0, bool, P2> {
            SetParticipantMuteRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: self.instanceid,
                mute: value,
                user: self.user,
            }
        }
    }
    impl<
        P0,
        P1,
    > SetParticipantMuteRequestBuilder<
        P0,
        P1,
        missing::set_participant_mute_request::user,
    > {
        /// Sets [`user`](super::SetParticipantMuteRequest::user).
        ///
        /// Required.
        pub fn user(
            self,
            value: impl ::std::convert::Into<ControlTargetUser>,
        ) -> SetParticipantMuteRequestBuilder<P0, P1, ControlTargetUser> {
            SetParticipantMuteRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: self.instanceid,
                mute: self.mute,
                user: value.into(),
            }
        }
    }
    impl<P0, P1, P2> SetParticipantMuteRequestBuilder<P0, P1, P2> {
        /// Sets [`operator_id`](super::SetParticipantMuteRequest::operator_id).
        ///
        /// Optional.
        pub fn operator_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.operator_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator_id_type`](super::SetParticipantMuteRequest::operator_id_type).
        ///
        /// Optional.
        pub fn operator_id_type(
            mut self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> Self {
            self.operator_id_type = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1, P2> SetParticipantMuteRequestBuilder<P0, P1, P2> {
        /// The [`SetParticipantMuteRequest`](super::SetParticipantMuteRequest).
        ///
        /// Compiles once the required fields `instanceid`, `mute`, `user` are set: a missing one is a compile error naming it ("the required field ... of `SetParticipantMuteRequest` is not set").
        pub fn build(self) -> super::SetParticipantMuteRequest
        where
            P0: missing::set_participant_mute_request::InstanceidIsSet<
                crate::InstanceId,
            >,
            P1: missing::set_participant_mute_request::MuteIsSet<bool>,
            P2: missing::set_participant_mute_request::UserIsSet<ControlTargetUser>,
        {
            super::SetParticipantMuteRequest {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: missing::set_participant_mute_request::InstanceidIsSet::into_field(
                    self.instanceid,
                ),
                mute: missing::set_participant_mute_request::MuteIsSet::into_field(
                    self.mute,
                ),
                user: missing::set_participant_mute_request::UserIsSet::into_field(
                    self.user,
                ),
            }
        }
    }
    /// Builds a [`SetParticipantNamesPath`](super::SetParticipantNamesPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SetParticipantNamesPathBuilder<
        P0 = missing::set_participant_names_path::meeting_id,
    > {
        pub(crate) meeting_id: P0,
    }
    impl<P0> ::std::fmt::Debug for SetParticipantNamesPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SetParticipantNamesPathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl SetParticipantNamesPathBuilder<
        missing::set_participant_names_path::meeting_id,
    > {
        /// Sets [`meeting_id`](super::SetParticipantNamesPath::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SetParticipantNamesPathBuilder<::std::string::String> {
            SetParticipantNamesPathBuilder {
                meeting_id: value.into(),
            }
        }
    }
    impl<P0> SetParticipantNamesPathBuilder<P0> {
        /// The [`SetParticipantNamesPath`](super::SetParticipantNamesPath).
        ///
        /// Compiles once the required field `meeting_id` is set: a missing one is a compile error naming it ("the required field ... of `SetParticipantNamesPath` is not set").
        pub fn build(self) -> super::SetParticipantNamesPath
        where
            P0: missing::set_participant_names_path::MeetingIdIsSet<
                ::std::string::String,
            >,
        {
            super::SetParticipantNamesPath {
                meeting_id: missing::set_participant_names_path::MeetingIdIsSet::into_field(
                    self.meeting_id,
                ),
            }
        }
    }
    /// Builds a [`SetParticipantNamesRequest`](super::SetParticipantNamesRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SetParticipantNamesRequestBuilder<
        P0 = missing::set_participant_names_request::operator_id,
        P1 = missing::set_participant_names_request::operator_id_type,
        P2 = missing::set_participant_names_request::instanceid,
        P3 = missing::set_participant_names_request::users,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) instanceid: P2,
        pub(crate) users: P3,
    }
    impl<P0, P1, P2, P3> ::std::fmt::Debug
    for SetParticipantNamesRequestBuilder<P0, P1, P2, P3> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SetParticipantNamesRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
        P3,
    > SetParticipantNamesRequestBuilder<
        missing::set_participant_names_request::operator_id,
        P1,
        P2,
        P3,
    > {
        /// Sets [`operator_id`](super::SetParticipantNamesRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SetParticipantNamesRequestBuilder<::std::string::String, P1, P2, P3> {
            SetParticipantNamesRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                instanceid: self.instanceid,
                users: self.users,
            }
        }
    }
    impl<
        P0,
        P2,
        P3,
    > SetParticipantNamesRequestBuilder<
        P0,
        missing::set_participant_names_request::operator_id_type,
        P2,
        P3,
    > {
        /// Sets [`operator_id_type`](super::SetParticipantNamesRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> SetParticipantNamesRequestBuilder<P0, crate::OperatorIdType, P2, P3> {
            SetParticipantNamesRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                instanceid: self.instanceid,
                users: self.users,
            }
        }
    }
    impl<
        P0,
        P1,
        P3,
    > SetParticipantNamesRequestBuilder<
        P0,
        P1,
        missing::set_participant_names_request::instanceid,
        P3,
    > {
        /// Sets [`instanceid`](super::SetParticipantNamesRequest::instanceid).
        ///
        /// Required.
        pub fn instanceid(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> SetParticipantNamesRequestBuilder<P0, P1, crate::InstanceId, P3> {
            SetParticipantNamesRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: value.into(),
                users: self.users,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
    > SetParticipantNamesRequestBuilder<
        P0,
        P1,
        P2,
        missing::set_participant_names_request::users,
    > {
        /// Sets [`users`](super::SetParticipantNamesRequest::users).
        ///
        /// Required.
        pub fn users(
            self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<ParticipantNickname>,
            >,
        ) -> SetParticipantNamesRequestBuilder<
            P0,
            P1,
            P2,
            ::std::vec::Vec<ParticipantNickname>,
        > {
            SetParticipantNamesRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: self.instanceid,
                users: value.into_iter().map(::std::convert::Into::into).collect(),
            }
        }
    }
    impl<P0, P1, P2, P3> SetParticipantNamesRequestBuilder<P0, P1, P2, P3> {
        /// The [`SetParticipantNamesRequest`](super::SetParticipantNamesRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `instanceid`, `users` are set: a missing one is a compile error naming it ("the required field ... of `SetParticipantNamesRequest` is not set").
        pub fn build(self) -> super::SetParticipantNamesRequest
        where
            P0: missing::set_participant_names_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::set_participant_names_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::set_participant_names_request::InstanceidIsSet<
                crate::InstanceId,
            >,
            P3: missing::set_participant_names_request::UsersIsSet<
                ::std::vec::Vec<ParticipantNickname>,
            >,
        {
            super::SetParticipantNamesRequest {
                operator_id: missing::set_participant_names_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::set_participant_names_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                instanceid: missing::set_participant_names_request::InstanceidIsSet::into_field(
                    self.instanceid,
                ),
                users: missing::set_participant_names_request::UsersIsSet::into_field(
                    self.users,
                ),
            }
        }
    }
    /// Builds a [`SetParticipantVideoPath`](super::SetParticipantVideoPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SetParticipantVideoPathBuilder<
        P0 = missing::set_participant_video_path::meeting_id,
    > {
        pub(crate) meeting_id: P0,
    }
    impl<P0> ::std::fmt::Debug for SetParticipantVideoPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SetParticipantVideoPathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl SetParticipantVideoPathBuilder<
        missing::set_participant_video_path::meeting_id,
    > {
        /// Sets [`meeting_id`](super::SetParticipantVideoPath::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SetParticipantVideoPathBuilder<::std::string::String> {
            SetParticipantVideoPathBuilder {
                meeting_id: value.into(),
            }
        }
    }
    impl<P0> SetParticipantVideoPathBuilder<P0> {
        /// The [`SetParticipantVideoPath`](super::SetParticipantVideoPath).
        ///
        /// Compiles once the required field `meeting_id` is set: a missing one is a compile error naming it ("the required field ... of `SetParticipantVideoPath` is not set").
        pub fn build(self) -> super::SetParticipantVideoPath
        where
            P0: missing::set_participant_video_path::MeetingIdIsSet<
                ::std::string::String,
            >,
        {
            super::SetParticipantVideoPath {
                meeting_id: missing::set_participant_video_path::MeetingIdIsSet::into_field(
                    self.meeting_id,
                ),
            }
        }
    }
    /// Builds a [`SetParticipantVideoRequest`](super::SetParticipantVideoRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SetParticipantVideoRequestBuilder<
        P0 = missing::set_participant_video_request::instanceid,
        P1 = missing::set_participant_video_request::user,
    > {
        pub(crate) operator_id: ::std::option::Option<::std::string::String>,
        pub(crate) operator_id_type: ::std::option::Option<crate::OperatorIdType>,
        pub(crate) instanceid: P0,
        pub(crate) user: P1,
        pub(crate) video: ::std::option::Option<bool>,
    }
    impl<P0, P1> ::std::fmt::Debug for SetParticipantVideoRequestBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SetParticipantVideoRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > SetParticipantVideoRequestBuilder<
        missing::set_participant_video_request::instanceid,
        P1,
    > {
        /// Sets [`instanceid`](super::SetParticipantVideoRequest::instanceid).
        ///
        /// Required.
        pub fn instanceid(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> SetParticipantVideoRequestBuilder<crate::InstanceId, P1> {
            SetParticipantVideoRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: value.into(),
                user: self.user,
                video: self.video,
            }
        }
    }
    impl<
        P0,
    > SetParticipantVideoRequestBuilder<
        P0,
        missing::set_participant_video_request::user,
    > {
        /// Sets [`user`](super::SetParticipantVideoRequest::user).
        ///
        /// Required.
        pub fn user(
            self,
            value: impl ::std::convert::Into<ControlTargetUser>,
        ) -> SetParticipantVideoRequestBuilder<P0, ControlTargetUser> {
            SetParticipantVideoRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: self.instanceid,
                user: value.into(),
                video: self.video,
            }
        }
    }
    impl<P0, P1> SetParticipantVideoRequestBuilder<P0, P1> {
        /// Sets [`operator_id`](super::SetParticipantVideoRequest::operator_id).
        ///
        /// Optional.
        pub fn operator_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.operator_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator_id_type`](super::SetParticipantVideoRequest::operator_id_type).
        ///
        /// Optional.
        pub fn operator_id_type(
            mut self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> Self {
            self.operator_id_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`video`](super::SetParticipantVideoRequest::video).
        ///
        /// Optional.
        pub fn video(mut self, value: bool) -> Self {
            self.video = ::std::option::Option::Some(value);
            self
        }
    }
    impl<P0, P1> SetParticipantVideoRequestBuilder<P0, P1> {
        /// The [`SetParticipantVideoRequest`](super::SetParticipantVideoRequest).
        ///
        /// Compiles once the required fields `instanceid`, `user` are set: a missing one is a compile error naming it ("the required field ... of `SetParticipantVideoRequest` is not set").
        pub fn build(self) -> super::SetParticipantVideoRequest
        where
            P0: missing::set_participant_video_request::InstanceidIsSet<
                crate::InstanceId,
            >,
            P1: missing::set_participant_video_request::UserIsSet<ControlTargetUser>,
        {
            super::SetParticipantVideoRequest {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: missing::set_participant_video_request::InstanceidIsSet::into_field(
                    self.instanceid,
                ),
                user: missing::set_participant_video_request::UserIsSet::into_field(
                    self.user,
                ),
                video: self.video,
            }
        }
    }
    /// Builds a [`StopScreenSharePath`](super::StopScreenSharePath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct StopScreenSharePathBuilder<
        P0 = missing::stop_screen_share_path::meeting_id,
    > {
        pub(crate) meeting_id: P0,
    }
    impl<P0> ::std::fmt::Debug for StopScreenSharePathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(StopScreenSharePathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl StopScreenSharePathBuilder<missing::stop_screen_share_path::meeting_id> {
        /// Sets [`meeting_id`](super::StopScreenSharePath::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> StopScreenSharePathBuilder<::std::string::String> {
            StopScreenSharePathBuilder {
                meeting_id: value.into(),
            }
        }
    }
    impl<P0> StopScreenSharePathBuilder<P0> {
        /// The [`StopScreenSharePath`](super::StopScreenSharePath).
        ///
        /// Compiles once the required field `meeting_id` is set: a missing one is a compile error naming it ("the required field ... of `StopScreenSharePath` is not set").
        pub fn build(self) -> super::StopScreenSharePath
        where
            P0: missing::stop_screen_share_path::MeetingIdIsSet<::std::string::String>,
        {
            super::StopScreenSharePath {
                meeting_id: missing::stop_screen_share_path::MeetingIdIsSet::into_field(
                    self.meeting_id,
                ),
            }
        }
    }
    /// Builds a [`StopScreenShareRequest`](super::StopScreenShareRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct StopScreenShareRequestBuilder<
        P0 = missing::stop_screen_share_request::instanceid,
        P1 = missing::stop_screen_share_request::user,
    > {
        pub(crate) operator_id: ::std::option::Option<::std::string::String>,
        pub(crate) operator_id_type: ::std::option::Option<crate::OperatorIdType>,
        pub(crate) instanceid: P0,
        pub(crate) user: P1,
    }
    impl<P0, P1> ::std::fmt::Debug for StopScreenShareRequestBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(StopScreenShareRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > StopScreenShareRequestBuilder<missing::stop_screen_share_request::instanceid, P1> {
        /// Sets [`instanceid`](super::StopScreenShareRequest::instanceid).
        ///
        /// Required.
        pub fn instanceid(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> StopScreenShareRequestBuilder<crate::InstanceId, P1> {
            StopScreenShareRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: value.into(),
                user: self.user,
            }
        }
    }
    impl<
        P0,
    > StopScreenShareRequestBuilder<P0, missing::stop_screen_share_request::user> {
        /// Sets [`user`](super::StopScreenShareRequest::user).
        ///
        /// Required.
        pub fn user(
            self,
            value: impl ::std::convert::Into<ControlTargetUser>,
        ) -> StopScreenShareRequestBuilder<P0, ControlTargetUser> {
            StopScreenShareRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: self.instanceid,
                user: value.into(),
            }
        }
    }
    impl<P0, P1> StopScreenShareRequestBuilder<P0, P1> {
        /// Sets [`operator_id`](super::StopScreenShareRequest::operator_id).
        ///
        /// Optional.
        pub fn operator_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.operator_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator_id_type`](super::StopScreenShareRequest::operator_id_type).
        ///
        /// Optional.
        pub fn operator_id_type(
            mut self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> Self {
            self.operator_id_type = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1> StopScreenShareRequestBuilder<P0, P1> {
        /// The [`StopScreenShareRequest`](super::StopScreenShareRequest).
        ///
        /// Compiles once the required fields `instanceid`, `user` are set: a missing one is a compile error naming it ("the required field ... of `StopScreenShareRequest` is not set").
        pub fn build(self) -> super::StopScreenShareRequest
        where
            P0: missing::stop_screen_share_request::InstanceidIsSet<crate::InstanceId>,
            P1: missing::stop_screen_share_request::UserIsSet<ControlTargetUser>,
        {
            super::StopScreenShareRequest {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: missing::stop_screen_share_request::InstanceidIsSet::into_field(
                    self.instanceid,
                ),
                user: missing::stop_screen_share_request::UserIsSet::into_field(
                    self.user,
                ),
            }
        }
    }
    /// Code generation's plumbing, not API: the markers of required fields not set yet
    /// (`missing::<model>::<field>`) and the traits `build()` requires of the set ones.
    #[doc(hidden)]
    pub mod missing {
        /// The required fields of [`ControlTargetUser`](super::super::ControlTargetUser) not set yet.
        #[allow(non_camel_case_types)]
        pub mod control_target_user {
            /// `instanceid` of [`ControlTargetUser`](super::super::super::ControlTargetUser) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instanceid;
            /// What `build()` requires of `instanceid`: implemented for the field's type alone, never for the marker [`instanceid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `instanceid` of `ControlTargetUser` is not set",
                label = "`instanceid` is not set",
                note = "call `.instanceid(...)` before `.build()`"
            )]
            pub trait InstanceidIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> InstanceidIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`DismissMeetingPath`](super::super::DismissMeetingPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod dismiss_meeting_path {
            /// `meeting_id` of [`DismissMeetingPath`](super::super::super::DismissMeetingPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
            /// What `build()` requires of `meeting_id`: implemented for the field's type alone, never for the marker [`meeting_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_id` of `DismissMeetingPath` is not set",
                label = "`meeting_id` is not set",
                note = "call `.meeting_id(...)` before `.build()`"
            )]
            pub trait MeetingIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`DismissMeetingRequest`](super::super::DismissMeetingRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod dismiss_meeting_request {
            /// `operator_id` of [`DismissMeetingRequest`](super::super::super::DismissMeetingRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `DismissMeetingRequest` is not set",
                label = "`operator_id` is not set",
                note = "call `.operator_id(...)` before `.build()`"
            )]
            pub trait OperatorIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> OperatorIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `operator_id_type` of [`DismissMeetingRequest`](super::super::super::DismissMeetingRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `DismissMeetingRequest` is not set",
                label = "`operator_id_type` is not set",
                note = "call `.operator_id_type(...)` before `.build()`"
            )]
            pub trait OperatorIdTypeIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> OperatorIdTypeIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `instanceid` of [`DismissMeetingRequest`](super::super::super::DismissMeetingRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instanceid;
            /// What `build()` requires of `instanceid`: implemented for the field's type alone, never for the marker [`instanceid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `instanceid` of `DismissMeetingRequest` is not set",
                label = "`instanceid` is not set",
                note = "call `.instanceid(...)` before `.build()`"
            )]
            pub trait InstanceidIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> InstanceidIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `reason_code` of [`DismissMeetingRequest`](super::super::super::DismissMeetingRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct reason_code;
            /// What `build()` requires of `reason_code`: implemented for the field's type alone, never for the marker [`reason_code`].
            #[diagnostic::on_unimplemented(
                message = "the required field `reason_code` of `DismissMeetingRequest` is not set",
                label = "`reason_code` is not set",
                note = "call `.reason_code(...)` before `.build()`"
            )]
            pub trait ReasonCodeIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> ReasonCodeIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`ManageWaitingRoomParticipantsPath`](super::super::ManageWaitingRoomParticipantsPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod manage_waiting_room_participants_path {
            /// `meeting_id` of [`ManageWaitingRoomParticipantsPath`](super::super::super::ManageWaitingRoomParticipantsPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
            /// What `build()` requires of `meeting_id`: implemented for the field's type alone, never for the marker [`meeting_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_id` of `ManageWaitingRoomParticipantsPath` is not set",
                label = "`meeting_id` is not set",
                note = "call `.meeting_id(...)` before `.build()`"
            )]
            pub trait MeetingIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`ManageWaitingRoomParticipantsRequest`](super::super::ManageWaitingRoomParticipantsRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod manage_waiting_room_participants_request {
            /// `instanceid` of [`ManageWaitingRoomParticipantsRequest`](super::super::super::ManageWaitingRoomParticipantsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instanceid;
            /// What `build()` requires of `instanceid`: implemented for the field's type alone, never for the marker [`instanceid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `instanceid` of `ManageWaitingRoomParticipantsRequest` is not set",
                label = "`instanceid` is not set",
                note = "call `.instanceid(...)` before `.build()`"
            )]
            pub trait InstanceidIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> InstanceidIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `operate_type` of [`ManageWaitingRoomParticipantsRequest`](super::super::super::ManageWaitingRoomParticipantsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operate_type;
            /// What `build()` requires of `operate_type`: implemented for the field's type alone, never for the marker [`operate_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operate_type` of `ManageWaitingRoomParticipantsRequest` is not set",
                label = "`operate_type` is not set",
                note = "call `.operate_type(...)` before `.build()`"
            )]
            pub trait OperateTypeIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> OperateTypeIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `users` of [`ManageWaitingRoomParticipantsRequest`](super::super::super::ManageWaitingRoomParticipantsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct users;
            /// What `build()` requires of `users`: implemented for the field's type alone, never for the marker [`users`].
            #[diagnostic::on_unimplemented(
                message = "the required field `users` of `ManageWaitingRoomParticipantsRequest` is not set",
                label = "`users` is not set",
                note = "call `.users(...)` before `.build()`"
            )]
            pub trait UsersIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> UsersIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`ParticipantNickname`](super::super::ParticipantNickname) not set yet.
        #[allow(non_camel_case_types)]
        pub mod participant_nickname {
            /// `ms_open_id` of [`ParticipantNickname`](super::super::super::ParticipantNickname) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct ms_open_id;
            /// What `build()` requires of `ms_open_id`: implemented for the field's type alone, never for the marker [`ms_open_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `ms_open_id` of `ParticipantNickname` is not set",
                label = "`ms_open_id` is not set",
                note = "call `.ms_open_id(...)` before `.build()`"
            )]
            pub trait MsOpenIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MsOpenIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `instanceid` of [`ParticipantNickname`](super::super::super::ParticipantNickname) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instanceid;
            /// What `build()` requires of `instanceid`: implemented for the field's type alone, never for the marker [`instanceid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `instanceid` of `ParticipantNickname` is not set",
                label = "`instanceid` is not set",
                note = "call `.instanceid(...)` before `.build()`"
            )]
            pub trait InstanceidIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> InstanceidIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`RemoveParticipantsPath`](super::super::RemoveParticipantsPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod remove_participants_path {
            /// `meeting_id` of [`RemoveParticipantsPath`](super::super::super::RemoveParticipantsPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
            /// What `build()` requires of `meeting_id`: implemented for the field's type alone, never for the marker [`meeting_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_id` of `RemoveParticipantsPath` is not set",
                label = "`meeting_id` is not set",
                note = "call `.meeting_id(...)` before `.build()`"
            )]
            pub trait MeetingIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`RemoveParticipantsRequest`](super::super::RemoveParticipantsRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod remove_participants_request {
            /// `instanceid` of [`RemoveParticipantsRequest`](super::super::super::RemoveParticipantsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instanceid;
            /// What `build()` requires of `instanceid`: implemented for the field's type alone, never for the marker [`instanceid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `instanceid` of `RemoveParticipantsRequest` is not set",
                label = "`instanceid` is not set",
                note = "call `.instanceid(...)` before `.build()`"
            )]
            pub trait InstanceidIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> InstanceidIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `allow_rejoin` of [`RemoveParticipantsRequest`](super::super::super::RemoveParticipantsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct allow_rejoin;
            /// What `build()` requires of `allow_rejoin`: implemented for the field's type alone, never for the marker [`allow_rejoin`].
            #[diagnostic::on_unimplemented(
                message = "the required field `allow_rejoin` of `RemoveParticipantsRequest` is not set",
                label = "`allow_rejoin` is not set",
                note = "call `.allow_rejoin(...)` before `.build()`"
            )]
            pub trait AllowRejoinIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> AllowRejoinIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `users` of [`RemoveParticipantsRequest`](super::super::super::RemoveParticipantsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct users;
            /// What `build()` requires of `users`: implemented for the field's type alone, never for the marker [`users`].
            #[diagnostic::on_unimplemented(
                message = "the required field `users` of `RemoveParticipantsRequest` is not set",
                label = "`users` is not set",
                note = "call `.users(...)` before `.build()`"
            )]
            pub trait UsersIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> UsersIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`SetCohostPath`](super::super::SetCohostPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod set_cohost_path {
            /// `meeting_id` of [`SetCohostPath`](super::super::super::SetCohostPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
            /// What `build()` requires of `meeting_id`: implemented for the field's type alone, never for the marker [`meeting_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_id` of `SetCohostPath` is not set",
                label = "`meeting_id` is not set",
                note = "call `.meeting_id(...)` before `.build()`"
            )]
            pub trait MeetingIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`SetCohostRequest`](super::super::SetCohostRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod set_cohost_request {
            /// `instanceid` of [`SetCohostRequest`](super::super::super::SetCohostRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instanceid;
            /// What `build()` requires of `instanceid`: implemented for the field's type alone, never for the marker [`instanceid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `instanceid` of `SetCohostRequest` is not set",
                label = "`instanceid` is not set",
                note = "call `.instanceid(...)` before `.build()`"
            )]
            pub trait InstanceidIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> InstanceidIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `action` of [`SetCohostRequest`](super::super::super::SetCohostRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct action;
            /// What `build()` requires of `action`: implemented for the field's type alone, never for the marker [`action`].
            #[diagnostic::on_unimplemented(
                message = "the required field `action` of `SetCohostRequest` is not set",
                label = "`action` is not set",
                note = "call `.action(...)` before `.build()`"
            )]
            pub trait ActionIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> ActionIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `user` of [`SetCohostRequest`](super::super::super::SetCohostRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct user;
            /// What `build()` requires of `user`: implemented for the field's type alone, never for the marker [`user`].
            #[diagnostic::on_unimplemented(
                message = "the required field `user` of `SetCohostRequest` is not set",
                label = "`user` is not set",
                note = "call `.user(...)` before `.build()`"
            )]
            pub trait UserIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> UserIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`SetDocUploadPermissionPath`](super::super::SetDocUploadPermissionPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod set_doc_upload_permission_path {
            /// `meeting_id` of [`SetDocUploadPermissionPath`](super::super::super::SetDocUploadPermissionPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
            /// What `build()` requires of `meeting_id`: implemented for the field's type alone, never for the marker [`meeting_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_id` of `SetDocUploadPermissionPath` is not set",
                label = "`meeting_id` is not set",
                note = "call `.meeting_id(...)` before `.build()`"
            )]
            pub trait MeetingIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`SetDocUploadPermissionRequest`](super::super::SetDocUploadPermissionRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod set_doc_upload_permission_request {
            /// `instanceid` of [`SetDocUploadPermissionRequest`](super::super::super::SetDocUploadPermissionRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instanceid;
            /// What `build()` requires of `instanceid`: implemented for the field's type alone, never for the marker [`instanceid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `instanceid` of `SetDocUploadPermissionRequest` is not set",
                label = "`instanceid` is not set",
                note = "call `.instanceid(...)` before `.build()`"
            )]
            pub trait InstanceidIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> InstanceidIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `enable_upload_doc` of [`SetDocUploadPermissionRequest`](super::super::super::SetDocUploadPermissionRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct enable_upload_doc;
            /// What `build()` requires of `enable_upload_doc`: implemented for the field's type alone, never for the marker [`enable_upload_doc`].
            #[diagnostic::on_unimplemented(
                message = "the required field `enable_upload_doc` of `SetDocUploadPermissionRequest` is not set",
                label = "`enable_upload_doc` is not set",
                note = "call `.enable_upload_doc(...)` before `.build()`"
            )]
            pub trait EnableUploadDocIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> EnableUploadDocIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`SetInMeetingSettingsPath`](super::super::SetInMeetingSettingsPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod set_in_meeting_settings_path {
            /// `meeting_id` of [`SetInMeetingSettingsPath`](super::super::super::SetInMeetingSettingsPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
            /// What `build()` requires of `meeting_id`: implemented for the field's type alone, never for the marker [`meeting_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_id` of `SetInMeetingSettingsPath` is not set",
                label = "`meeting_id` is not set",
                note = "call `.meeting_id(...)` before `.build()`"
            )]
            pub trait MeetingIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`SetInMeetingSettingsRequest`](super::super::SetInMeetingSettingsRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod set_in_meeting_settings_request {
            /// `instanceid` of [`SetInMeetingSettingsRequest`](super::super::super::SetInMeetingSettingsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instanceid;
            /// What `build()` requires of `instanceid`: implemented for the field's type alone, never for the marker [`instanceid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `instanceid` of `SetInMeetingSettingsRequest` is not set",
                label = "`instanceid` is not set",
                note = "call `.instanceid(...)` before `.build()`"
            )]
            pub trait InstanceidIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> InstanceidIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`SetMeetingAsrPath`](super::super::SetMeetingAsrPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod set_meeting_asr_path {
            /// `meeting_id` of [`SetMeetingAsrPath`](super::super::super::SetMeetingAsrPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
            /// What `build()` requires of `meeting_id`: implemented for the field's type alone, never for the marker [`meeting_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_id` of `SetMeetingAsrPath` is not set",
                label = "`meeting_id` is not set",
                note = "call `.meeting_id(...)` before `.build()`"
            )]
            pub trait MeetingIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`SetMeetingAsrRequest`](super::super::SetMeetingAsrRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod set_meeting_asr_request {
            /// `operator_id` of [`SetMeetingAsrRequest`](super::super::super::SetMeetingAsrRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `SetMeetingAsrRequest` is not set",
                label = "`operator_id` is not set",
                note = "call `.operator_id(...)` before `.build()`"
            )]
            pub trait OperatorIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> OperatorIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `operator_id_type` of [`SetMeetingAsrRequest`](super::super::super::SetMeetingAsrRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `SetMeetingAsrRequest` is not set",
                label = "`operator_id_type` is not set",
                note = "call `.operator_id_type(...)` before `.build()`"
            )]
            pub trait OperatorIdTypeIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> OperatorIdTypeIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `instance_id` of [`SetMeetingAsrRequest`](super::super::super::SetMeetingAsrRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instance_id;
            /// What `build()` requires of `instance_id`: implemented for the field's type alone, never for the marker [`instance_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `instance_id` of `SetMeetingAsrRequest` is not set",
                label = "`instance_id` is not set",
                note = "call `.instance_id(...)` before `.build()`"
            )]
            pub trait InstanceIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> InstanceIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `is_open` of [`SetMeetingAsrRequest`](super::super::super::SetMeetingAsrRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct is_open;
            /// What `build()` requires of `is_open`: implemented for the field's type alone, never for the marker [`is_open`].
            #[diagnostic::on_unimplemented(
                message = "the required field `is_open` of `SetMeetingAsrRequest` is not set",
                label = "`is_open` is not set",
                note = "call `.is_open(...)` before `.build()`"
            )]
            pub trait IsOpenIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> IsOpenIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`SetMeetingAsrResponse`](super::super::SetMeetingAsrResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod set_meeting_asr_response {}
        /// The required fields of [`SetParticipantMutePath`](super::super::SetParticipantMutePath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod set_participant_mute_path {
            /// `meeting_id` of [`SetParticipantMutePath`](super::super::super::SetParticipantMutePath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
            /// What `build()` requires of `meeting_id`: implemented for the field's type alone, never for the marker [`meeting_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_id` of `SetParticipantMutePath` is not set",
                label = "`meeting_id` is not set",
                note = "call `.meeting_id(...)` before `.build()`"
            )]
            pub trait MeetingIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`SetParticipantMuteRequest`](super::super::SetParticipantMuteRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod set_participant_mute_request {
            /// `instanceid` of [`SetParticipantMuteRequest`](super::super::super::SetParticipantMuteRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instanceid;
            /// What `build()` requires of `instanceid`: implemented for the field's type alone, never for the marker [`instanceid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `instanceid` of `SetParticipantMuteRequest` is not set",
                label = "`instanceid` is not set",
                note = "call `.instanceid(...)` before `.build()`"
            )]
            pub trait InstanceidIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> InstanceidIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `mute` of [`SetParticipantMuteRequest`](super::super::super::SetParticipantMuteRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct mute;
            /// What `build()` requires of `mute`: implemented for the field's type alone, never for the marker [`mute`].
            #[diagnostic::on_unimplemented(
                message = "the required field `mute` of `SetParticipantMuteRequest` is not set",
                label = "`mute` is not set",
                note = "call `.mute(...)` before `.build()`"
            )]
            pub trait MuteIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MuteIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `user` of [`SetParticipantMuteRequest`](super::super::super::SetParticipantMuteRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct user;
            /// What `build()` requires of `user`: implemented for the field's type alone, never for the marker [`user`].
            #[diagnostic::on_unimplemented(
                message = "the required field `user` of `SetParticipantMuteRequest` is not set",
                label = "`user` is not set",
                note = "call `.user(...)` before `.build()`"
            )]
            pub trait UserIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> UserIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`SetParticipantNamesPath`](super::super::SetParticipantNamesPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod set_participant_names_path {
            /// `meeting_id` of [`SetParticipantNamesPath`](super::super::super::SetParticipantNamesPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
            /// What `build()` requires of `meeting_id`: implemented for the field's type alone, never for the marker [`meeting_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_id` of `SetParticipantNamesPath` is not set",
                label = "`meeting_id` is not set",
                note = "call `.meeting_id(...)` before `.build()`"
            )]
            pub trait MeetingIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`SetParticipantNamesRequest`](super::super::SetParticipantNamesRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod set_participant_names_request {
            /// `operator_id` of [`SetParticipantNamesRequest`](super::super::super::SetParticipantNamesRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `SetParticipantNamesRequest` is not set",
                label = "`operator_id` is not set",
                note = "call `.operator_id(...)` before `.build()`"
            )]
            pub trait OperatorIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> OperatorIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `operator_id_type` of [`SetParticipantNamesRequest`](super::super::super::SetParticipantNamesRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `SetParticipantNamesRequest` is not set",
                label = "`operator_id_type` is not set",
                note = "call `.operator_id_type(...)` before `.build()`"
            )]
            pub trait OperatorIdTypeIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> OperatorIdTypeIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `instanceid` of [`SetParticipantNamesRequest`](super::super::super::SetParticipantNamesRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instanceid;
            /// What `build()` requires of `instanceid`: implemented for the field's type alone, never for the marker [`instanceid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `instanceid` of `SetParticipantNamesRequest` is not set",
                label = "`instanceid` is not set",
                note = "call `.instanceid(...)` before `.build()`"
            )]
            pub trait InstanceidIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> InstanceidIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `users` of [`SetParticipantNamesRequest`](super::super::super::SetParticipantNamesRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct users;
            /// What `build()` requires of `users`: implemented for the field's type alone, never for the marker [`users`].
            #[diagnostic::on_unimplemented(
                message = "the required field `users` of `SetParticipantNamesRequest` is not set",
                label = "`users` is not set",
                note = "call `.users(...)` before `.build()`"
            )]
            pub trait UsersIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> UsersIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`SetParticipantVideoPath`](super::super::SetParticipantVideoPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod set_participant_video_path {
            /// `meeting_id` of [`SetParticipantVideoPath`](super::super::super::SetParticipantVideoPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
            /// What `build()` requires of `meeting_id`: implemented for the field's type alone, never for the marker [`meeting_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_id` of `SetParticipantVideoPath` is not set",
                label = "`meeting_id` is not set",
                note = "call `.meeting_id(...)` before `.build()`"
            )]
            pub trait MeetingIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`SetParticipantVideoRequest`](super::super::SetParticipantVideoRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod set_participant_video_request {
            /// `instanceid` of [`SetParticipantVideoRequest`](super::super::super::SetParticipantVideoRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instanceid;
            /// What `build()` requires of `instanceid`: implemented for the field's type alone, never for the marker [`instanceid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `instanceid` of `SetParticipantVideoRequest` is not set",
                label = "`instanceid` is not set",
                note = "call `.instanceid(...)` before `.build()`"
            )]
            pub trait InstanceidIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> InstanceidIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `user` of [`SetParticipantVideoRequest`](super::super::super::SetParticipantVideoRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct user;
            /// What `build()` requires of `user`: implemented for the field's type alone, never for the marker [`user`].
            #[diagnostic::on_unimplemented(
                message = "the required field `user` of `SetParticipantVideoRequest` is not set",
                label = "`user` is not set",
                note = "call `.user(...)` before `.build()`"
            )]
            pub trait UserIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> UserIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`StopScreenSharePath`](super::super::StopScreenSharePath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod stop_screen_share_path {
            /// `meeting_id` of [`StopScreenSharePath`](super::super::super::StopScreenSharePath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
            /// What `build()` requires of `meeting_id`: implemented for the field's type alone, never for the marker [`meeting_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_id` of `StopScreenSharePath` is not set",
                label = "`meeting_id` is not set",
                note = "call `.meeting_id(...)` before `.build()`"
            )]
            pub trait MeetingIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`StopScreenShareRequest`](super::super::StopScreenShareRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod stop_screen_share_request {
            /// `instanceid` of [`StopScreenShareRequest`](super::super::super::StopScreenShareRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instanceid;
            /// What `build()` requires of `instanceid`: implemented for the field's type alone, never for the marker [`instanceid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `instanceid` of `StopScreenShareRequest` is not set",
                label = "`instanceid` is not set",
                note = "call `.instanceid(...)` before `.build()`"
            )]
            pub trait InstanceidIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> InstanceidIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `user` of [`StopScreenShareRequest`](super::super::super::StopScreenShareRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct user;
            /// What `build()` requires of `user`: implemented for the field's type alone, never for the marker [`user`].
            #[diagnostic::on_unimplemented(
                message = "the required field `user` of `StopScreenShareRequest` is not set",
                label = "`user` is not set",
                note = "call `.user(...)` before `.build()`"
            )]
            pub trait UserIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> UserIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
    }
}
/// What participants may chat (允许参会者聊天设置). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum AllowChatMode {
    /// Participants chat freely (允许参会者自由聊天) (code 0).
    Free,
    /// Participants may chat only in public (仅允许参会者公开聊天) (code 1).
    PublicOnly,
    /// Participants may chat only privately with the host (仅允许私聊主持人) (code 2).
    PrivateToHostOnly,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl AllowChatMode {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::Free,
        Self::PublicOnly,
        Self::PrivateToHostOnly,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Free => 0u32,
            Self::PublicOnly => 1u32,
            Self::PrivateToHostOnly => 2u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Free,
            1u32 => Self::PublicOnly,
            2u32 => Self::PrivateToHostOnly,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Free => {
                ::std::option::Option::Some(
                    "Participants chat freely (允许参会者自由聊天)",
                )
            }
            Self::PublicOnly => {
                ::std::option::Option::Some(
                    "Participants may chat only in public (仅允许参会者公开聊天)",
                )
            }
            Self::PrivateToHostOnly => {
                ::std::option::Option::Some(
                    "Participants may chat only privately with the host (仅允许私聊主持人)",
                )
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(AllowChatMode);
/// Whether the host's transcription sidebar opens when real-time transcription starts (主持人是否自动打开转写侧边栏). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum AsrSidebarMode {
    /// Open the real-time transcription page (打开实时转写页面) (code 0).
    Open,
    /// Do not open it (不打开实时转写页面) (code 1).
    DoNotOpen,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl AsrSidebarMode {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Open, Self::DoNotOpen];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Open => 0u32,
            Self::DoNotOpen => 1u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Open,
            1u32 => Self::DoNotOpen,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Open => {
                ::std::option::Option::Some(
                    "Open the real-time transcription page (打开实时转写页面)",
                )
            }
            Self::DoNotOpen => {
                ::std::option::Option::Some(
                    "Do not open it (不打开实时转写页面)",
                )
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(AsrSidebarMode);
/// Whether to end a meeting that still has participants (是否强制结束会议). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum ForceDismissMeeting {
    /// Do not force: a meeting with participants in it is not ended (不强制结束会议) (code 0).
    NotForced,
    /// Force: the meeting ends even with participants in it (强制结束会议) (code 1).
    Forced,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl ForceDismissMeeting {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::NotForced, Self::Forced];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::NotForced => 0u32,
            Self::Forced => 1u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::NotForced,
            1u32 => Self::Forced,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::NotForced => {
                ::std::option::Option::Some(
                    "Do not force: a meeting with participants in it is not ended (不强制结束会议)",
                )
            }
            Self::Forced => {
                ::std::option::Option::Some(
                    "Force: the meeting ends even with participants in it (强制结束会议)",
                )
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(ForceDismissMeeting);
/// Whether ending a meeting recycles its meeting code (是否回收会议号). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum RetrieveMeetingCode {
    /// Keep the code: the meeting can be joined again (不回收会议号,可以重新入会) (code 0).
    Keep,
    /// Recycle the code: the meeting cannot be joined again (回收会议号,不可重新入会) (code 1).
    Retrieve,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl RetrieveMeetingCode {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Keep, Self::Retrieve];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Keep => 0u32,
            Self::Retrieve => 1u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Keep,
            1u32 => Self::Retrieve,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Keep => {
                ::std::option::Option::Some(
                    "Keep the code: the meeting can be joined again (不回收会议号,可以重新入会)",
                )
            }
            Self::Retrieve => {
                ::std::option::Option::Some(
                    "Recycle the code: the meeting cannot be joined again (回收会议号,不可重新入会)",
                )
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(RetrieveMeetingCode);
/// What a waiting-room call does (操作类型). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum WaitingRoomOperateType {
    /// The host moves waiting-room members into the meeting (主持人将等候室成员移入会议) (code 1).
    AdmitToMeeting,
    /// The host moves meeting members into the waiting room (主持人将会中成员移入等候室) (code 2).
    MoveToWaitingRoom,
    /// The host removes members from the waiting room (主持人将等候室成员移出等候室) (code 3).
    RemoveFromWaitingRoom,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl WaitingRoomOperateType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::AdmitToMeeting,
        Self::MoveToWaitingRoom,
        Self::RemoveFromWaitingRoom,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::AdmitToMeeting => 1u32,
            Self::MoveToWaitingRoom => 2u32,
            Self::RemoveFromWaitingRoom => 3u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            1u32 => Self::AdmitToMeeting,
            2u32 => Self::MoveToWaitingRoom,
            3u32 => Self::RemoveFromWaitingRoom,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::AdmitToMeeting => {
                ::std::option::Option::Some(
                    "The host moves waiting-room members into the meeting (主持人将等候室成员移入会议)",
                )
            }
            Self::MoveToWaitingRoom => {
                ::std::option::Option::Some(
                    "The host moves meeting members into the waiting room (主持人将会中成员移入等候室)",
                )
            }
            Self::RemoveFromWaitingRoom => {
                ::std::option::Option::Some(
                    "The host removes members from the waiting room (主持人将等候室成员移出等候室)",
                )
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(WaitingRoomOperateType);
/// `POST /v1/meetings/{meeting_id}/dismiss`: End a meeting in progress (结束会议).
///
/// - path parameters: [`DismissMeetingPath`](crate::control::DismissMeetingPath)
/// - request: [`DismissMeetingRequest`](crate::control::DismissMeetingRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes: 41, 9042, 13001, 960000, 190308
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/57955); the official SDKs call it `V1MeetingsMeetingIdDismissPost`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct DismissMeeting;
impl crate::Endpoint for DismissMeeting {
    const NAME: &'static str = "dismiss_meeting";
    const METHOD: crate::Method = crate::Method::Post;
    const PATH_TEMPLATE: &'static str = "/v1/meetings/{meeting_id}/dismiss";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::SERVICE_NETWORK_ERROR,
        crate::ErrorCode::NO_PERMISSION,
        crate::ErrorCode::MEETING_CACHE_SET_FAILED,
        crate::ErrorCode::NETWORK_ERROR,
        crate::ErrorCode::TINY_ID_QUERY_FAILED,
    ];
    type Path = crate::control::DismissMeetingPath;
    type Request = crate::control::DismissMeetingRequest;
    type Response = ();
}
impl crate::PathParams for crate::control::DismissMeetingPath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(
            template,
            &[("meeting_id", self.meeting_id.as_str())],
        )
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "meeting_id" => ::std::option::Option::Some(self.meeting_id.as_str()),
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::control::DismissMeetingRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `PUT /v1/real-control/meetings/{meeting_id}/asr`: Turn real-time transcription of a meeting on or off (开启/关闭实时转写).
///
/// - path parameters: [`SetMeetingAsrPath`](crate::control::SetMeetingAsrPath)
/// - request: [`SetMeetingAsrRequest`](crate::control::SetMeetingAsrRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: [`SetMeetingAsrResponse`](crate::control::SetMeetingAsrResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/106034); the official SDKs call it `V1RealControlMeetingsMeetingIdAsrPut`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SetMeetingAsr;
impl crate::Endpoint for SetMeetingAsr {
    const NAME: &'static str = "set_meeting_asr";
    const METHOD: crate::Method = crate::Method::Put;
    const PATH_TEMPLATE: &'static str = "/v1/real-control/meetings/{meeting_id}/asr";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = crate::control::SetMeetingAsrPath;
    type Request = crate::control::SetMeetingAsrRequest;
    type Response = crate::control::SetMeetingAsrResponse;
}
impl crate::PathParams for crate::control::SetMeetingAsrPath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(
            template,
            &[("meeting_id", self.meeting_id.as_str())],
        )
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "meeting_id" => ::std::option::Option::Some(self.meeting_id.as_str()),
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::control::SetMeetingAsrRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `PUT /v1/real-control/meetings/{meeting_id}/cohosts`: Make a participant a co-host or revoke it (设置联席主持人).
///
/// - path parameters: [`SetCohostPath`](crate::control::SetCohostPath)
/// - request: [`SetCohostRequest`](crate::control::SetCohostRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/57946); the official SDKs call it `V1RealControlMeetingsMeetingIdCohostsPut`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SetCohost;
impl crate::Endpoint for SetCohost {
    const NAME: &'static str = "set_cohost";
    const METHOD: crate::Method = crate::Method::Put;
    const PATH_TEMPLATE: &'static str = "/v1/real-control/meetings/{meeting_id}/cohosts";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = crate::control::SetCohostPath;
    type Request = crate::control::SetCohostRequest;
    type Response = ();
}
impl crate::PathParams for crate::control::SetCohostPath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(
            template,
            &[("meeting_id", self.meeting_id.as_str())],
        )
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "meeting_id" => ::std::option::Option::Some(self.meeting_id.as_str()),
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::control::SetCohostRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `PUT /v1/real-control/meetings/{meeting_id}/doc`: Allow or forbid document uploads in a meeting (文档上传权限设置).
///
/// - path parameters: [`SetDocUploadPermissionPath`](crate::control::SetDocUploadPermissionPath)
/// - request: [`SetDocUploadPermissionRequest`](crate::control::SetDocUploadPermissionRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes: 190455, 9042, 190456, 190001
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/57951); the official SDKs call it `V1RealControlMeetingsMeetingIdDocPut`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SetDocUploadPermission;
impl crate::Endpoint for SetDocUploadPermission {
    const NAME: &'static str = "set_doc_upload_permission";
    const METHOD: crate::Method = crate::Method::Put;
    const PATH_TEMPLATE: &'static str = "/v1/real-control/meetings/{meeting_id}/doc";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::MEETING_NOT_IN_PROGRESS,
        crate::ErrorCode::NO_PERMISSION,
        crate::ErrorCode::QUERIED_USER_NOT_EXIST,
        crate::ErrorCode::USER_NOT_REGISTERED,
    ];
    type Path = crate::control::SetDocUploadPermissionPath;
    type Request = crate::control::SetDocUploadPermissionRequest;
    type Response = ();
}
impl crate::PathParams for crate::control::SetDocUploadPermissionPath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(
            template,
            &[("meeting_id", self.meeting_id.as_str())],
        )
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "meeting_id" => ::std::option::Option::Some(self.meeting_id.as_str()),
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::control::SetDocUploadPermissionRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `PUT /v1/real-control/meetings/{meeting_id}/kickout`: Remove participants from a meeting (移出用户).
///
/// - path parameters: [`RemoveParticipantsPath`](crate::control::RemoveParticipantsPath)
/// - request: [`RemoveParticipantsRequest`](crate::control::RemoveParticipantsRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/57947); the official SDKs call it `V1RealControlMeetingsMeetingIdKickoutPut`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct RemoveParticipants;
impl crate::Endpoint for RemoveParticipants {
    const NAME: &'static str = "remove_participants";
    const METHOD: crate::Method = crate::Method::Put;
    const PATH_TEMPLATE: &'static str = "/v1/real-control/meetings/{meeting_id}/kickout";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = crate::control::RemoveParticipantsPath;
    type Request = crate::control::RemoveParticipantsRequest;
    type Response = ();
}
impl crate::PathParams for crate::control::RemoveParticipantsPath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(
            template,
            &[("meeting_id", self.meeting_id.as_str())],
        )
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "meeting_id" => ::std::option::Option::Some(self.meeting_id.as_str()),
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::control::RemoveParticipantsRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `PUT /v1/real-control/meetings/{meeting_id}/mutes`: Mute or unmute a participant (静音用户).
///
/// - path parameters: [`SetParticipantMutePath`](crate::control::SetParticipantMutePath)
/// - request: [`SetParticipantMuteRequest`](crate::control::SetParticipantMuteRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/57948); the official SDKs call it `V1RealControlMeetingsMeetingIdMutesPut`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SetParticipantMute;
impl crate::Endpoint for SetParticipantMute {
    const NAME: &'static str = "set_participant_mute";
    const METHOD: crate::Method = crate::Method::Put;
    const PATH_TEMPLATE: &'static str = "/v1/real-control/meetings/{meeting_id}/mutes";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = crate::control::SetParticipantMutePath;
    type Request = crate::control::SetParticipantMuteRequest;
    type Response = ();
}
impl crate::PathParams for crate::control::SetParticipantMutePath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(
            template,
            &[("meeting_id", self.meeting_id.as_str())],
        )
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "meeting_id" => ::std::option::Option::Some(self.meeting_id.as_str()),
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::control::SetParticipantMuteRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `PUT /v1/real-control/meetings/{meeting_id}/names`: Change participants' in-meeting names (更改会中成员昵称).
///
/// - path parameters: [`SetParticipantNamesPath`](crate::control::SetParticipantNamesPath)
/// - request: [`SetParticipantNamesRequest`](crate::control::SetParticipantNamesRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: a JSON object the docs do not describe, kept whole ([`JsonObject`](crate::JsonObject))
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/67794); the official SDKs call it `V1RealControlMeetingsMeetingIdNamesPut`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SetParticipantNames;
impl crate::Endpoint for SetParticipantNames {
    const NAME: &'static str = "set_participant_names";
    const METHOD: crate::Method = crate::Method::Put;
    const PATH_TEMPLATE: &'static str = "/v1/real-control/meetings/{meeting_id}/names";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = crate::control::SetParticipantNamesPath;
    type Request = crate::control::SetParticipantNamesRequest;
    type Response = crate::JsonObject;
}
impl crate::PathParams for crate::control::SetParticipantNamesPath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(
            template,
            &[("meeting_id", self.meeting_id.as_str())],
        )
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "meeting_id" => ::std::option::Option::Some(self.meeting_id.as_str()),
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::control::SetParticipantNamesRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `PUT /v1/real-control/meetings/{meeting_id}/screen-shared`: Close a participant's screen sharing (关闭用户屏幕共享).
///
/// - path parameters: [`StopScreenSharePath`](crate::control::StopScreenSharePath)
/// - request: [`StopScreenShareRequest`](crate::control::StopScreenShareRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/57949); the official SDKs call it `V1RealControlMeetingsMeetingIdScreenSharedPut`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct StopScreenShare;
impl crate::Endpoint for StopScreenShare {
    const NAME: &'static str = "stop_screen_share";
    const METHOD: crate::Method = crate::Method::Put;
    const PATH_TEMPLATE: &'static str = "/v1/real-control/meetings/{meeting_id}/screen-shared";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = crate::control::StopScreenSharePath;
    type Request = crate::control::StopScreenShareRequest;
    type Response = ();
}
impl crate::PathParams for crate::control::StopScreenSharePath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(
            template,
            &[("meeting_id", self.meeting_id.as_str())],
        )
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "meeting_id" => ::std::option::Option::Some(self.meeting_id.as_str()),
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::control::StopScreenShareRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `PUT /v1/real-control/meetings/{meeting_id}/status`: Change the settings of a meeting in progress (会中状态设置).
///
/// - path parameters: [`SetInMeetingSettingsPath`](crate::control::SetInMeetingSettingsPath)
/// - request: [`SetInMeetingSettingsRequest`](crate::control::SetInMeetingSettingsRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/57944); the official SDKs call it `V1RealControlMeetingsMeetingIdStatusPut`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SetInMeetingSettings;
impl crate::Endpoint for SetInMeetingSettings {
    const NAME: &'static str = "set_in_meeting_settings";
    const METHOD: crate::Method = crate::Method::Put;
    const PATH_TEMPLATE: &'static str = "/v1/real-control/meetings/{meeting_id}/status";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = crate::control::SetInMeetingSettingsPath;
    type Request = crate::control::SetInMeetingSettingsRequest;
    type Response = ();
}
impl crate::PathParams for crate::control::SetInMeetingSettingsPath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(
            template,
            &[("meeting_id", self.meeting_id.as_str())],
        )
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "meeting_id" => ::std::option::Option::Some(self.meeting_id.as_str()),
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::control::SetInMeetingSettingsRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `PUT /v1/real-control/meetings/{meeting_id}/video`: Turn a participant's video off, or an MRA device's on (关闭或开启用户视频).
///
/// - path parameters: [`SetParticipantVideoPath`](crate::control::SetParticipantVideoPath)
/// - request: [`SetParticipantVideoRequest`](crate::control::SetParticipantVideoRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/57950); the official SDKs call it `V1RealControlMeetingsMeetingIdVideoPut`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SetParticipantVideo;
impl crate::Endpoint for SetParticipantVideo {
    const NAME: &'static str = "set_participant_video";
    const METHOD: crate::Method = crate::Method::Put;
    const PATH_TEMPLATE: &'static str = "/v1/real-control/meetings/{meeting_id}/video";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = crate::control::SetParticipantVideoPath;
    type Request = crate::control::SetParticipantVideoRequest;
    type Response = ();
}
impl crate::PathParams for crate::control::SetParticipantVideoPath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(
            template,
            &[("meeting_id", self.meeting_id.as_str())],
        )
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "meeting_id" => ::std::option::Option::Some(self.meeting_id.as_str()),
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::control::SetParticipantVideoRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `PUT /v1/real-control/meetings/{meeting_id}/waiting-room`: Admit, move into or remove participants from the waiting room (用户等候室设置).
///
/// - path parameters: [`ManageWaitingRoomParticipantsPath`](crate::control::ManageWaitingRoomParticipantsPath)
/// - request: [`ManageWaitingRoomParticipantsRequest`](crate::control::ManageWaitingRoomParticipantsRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/57954); the official SDKs call it `V1RealControlMeetingsMeetingIdWaitingRoomPut`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ManageWaitingRoomParticipants;
impl crate::Endpoint for ManageWaitingRoomParticipants {
    const NAME: &'static str = "manage_waiting_room_participants";
    const METHOD: crate::Method = crate::Method::Put;
    const PATH_TEMPLATE: &'static str = "/v1/real-control/meetings/{meeting_id}/waiting-room";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = crate::control::ManageWaitingRoomParticipantsPath;
    type Request = crate::control::ManageWaitingRoomParticipantsRequest;
    type Response = ();
}
impl crate::PathParams for crate::control::ManageWaitingRoomParticipantsPath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(
            template,
            &[("meeting_id", self.meeting_id.as_str())],
        )
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "meeting_id" => ::std::option::Option::Some(self.meeting_id.as_str()),
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::control::ManageWaitingRoomParticipantsRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
impl crate::ResponseBody for crate::control::SetMeetingAsrResponse {
    #[inline]
    fn from_body(body: &[u8]) -> ::std::result::Result<Self, ::serde_json::Error> {
        ::serde_json::from_slice(body)
    }
    #[inline]
    fn to_body(
        &self,
    ) -> ::std::result::Result<::std::vec::Vec<u8>, ::serde_json::Error> {
        ::serde_json::to_vec(self)
    }
}
/// The JSON Schemas (Draft-07, self-contained) of the types whose schema file roots them.
pub mod schemas {
    /// JSON Schema (Draft-07, self-contained) of [`DismissMeetingPath`](crate::control::DismissMeetingPath), bundled from `schemas/control/dismiss-meeting.path.json`.
    pub const DISMISS_MEETING_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/DismissMeetingPath",
  "definitions": {
    "DismissMeetingPath": {
      "title": "DismissMeetingPath",
      "description": "Path parameters of `POST /v1/meetings/{meeting_id}/dismiss` (the docs spell the parameter `{meeting_id}`).",
      "type": "object",
      "required": [
        "meeting_id"
      ],
      "examples": [
        {
          "meeting_id": "7567173273889276131"
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "ID of the meeting (会议 ID), `{meeting_id}` in the docs' URL.",
          "type": "string",
          "minLength": 1
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`DismissMeetingRequest`](crate::control::DismissMeetingRequest), bundled from `schemas/control/dismiss-meeting.request.json`.
    pub const DISMISS_MEETING_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/DismissMeetingRequest",
  "definitions": {
    "DismissMeetingRequest": {
      "title": "DismissMeetingRequest",
      "description": "Body of `POST /v1/meetings/{meeting_id}/dismiss`: end a meeting in progress (结束会议). Only the meeting's creator, a host or a co-host may end it, and it must be a valid meeting in progress; a recurring meeting is ended through its main meeting ID. Enterprise-secret callers may end any meeting in progress created in the enterprise, OAuth 2.0 callers only meetings created through OAuth. Ending a meeting does not release its Rooms (结束会议不会释放 Rooms). MRA devices are not supported as the target. The `meeting.end` event reports the end. Success is an empty body. The page's input example was not retrievable: the example follows the table (the older pages' example, with `userid`, written in the current form).",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "instanceid",
        "reason_code"
      ],
      "examples": [
        {
          "operator_id": "test1",
          "operator_id_type": 1,
          "instanceid": 1,
          "reason_code": 3,
          "reason_detail": "结束会议",
          "retrieve_code": 1,
          "force_dismiss_meeting": 1
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid (must equal the `openid` common header), 4 ms_open_id.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "instanceid": {
          "description": "Device type of the caller (用户的终端设备类型).",
          "$ref": "#/definitions/InstanceId"
        },
        "reason_code": {
          "description": "Reason code (原因代码), which the caller may define (可为用户自定义). The docs give no range.",
          "type": "integer"
        },
        "reason_detail": {
          "description": "Detailed reason (详细取消原因描述).",
          "type": "string"
        },
        "force_dismiss_meeting": {
          "description": "Whether to end the meeting even with participants in it (是否强制结束会议); the service's default is 1 (forced).",
          "$ref": "#/definitions/ForceDismissMeeting",
          "default": 1
        },
        "retrieve_code": {
          "description": "Whether to recycle the meeting code (是否回收会议号); the service's default is 0 (keep). A recurring meeting with sub-meetings left must keep its code, or the later sub-meetings cannot take place; quick meetings always have their code recycled (此字段对快速会议不生效).",
          "$ref": "#/definitions/RetrieveMeetingCode",
          "default": 0
        }
      }
    },
    "ForceDismissMeeting": {
      "title": "ForceDismissMeeting",
      "description": "Whether to end a meeting that still has participants (是否强制结束会议). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "NotForced",
          "description": "Do not force: a meeting with participants in it is not ended (不强制结束会议)"
        },
        {
          "const": 1,
          "title": "Forced",
          "description": "Force: the meeting ends even with participants in it (强制结束会议)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "InstanceId": {
      "title": "InstanceId",
      "description": "Device type of the caller (设备类型 ID / 用户的终端设备类型). The three seed docs list the codes 1 to 8; the current docs add more (0, 9, 10, 12, 20-22, 30-33, 81-86), and the live API may know others, so any integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Pstn",
          "description": "PSTN (telephone)"
        },
        {
          "const": 1,
          "title": "Pc",
          "description": "PC"
        },
        {
          "const": 2,
          "title": "Mac",
          "description": "Mac"
        },
        {
          "const": 3,
          "title": "Android",
          "description": "Android"
        },
        {
          "const": 4,
          "title": "Ios",
          "description": "iOS"
        },
        {
          "const": 5,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 6,
          "title": "Ipad",
          "description": "iPad"
        },
        {
          "const": 7,
          "title": "AndroidPad",
          "description": "Android Pad"
        },
        {
          "const": 8,
          "title": "MiniProgram",
          "description": "Mini program (小程序)"
        },
        {
          "const": 9,
          "title": "VoipSip",
          "description": "VoIP / SIP device"
        },
        {
          "const": 10,
          "title": "Linux",
          "description": "Linux"
        },
        {
          "const": 12,
          "title": "VisionPro",
          "description": "Vision Pro"
        },
        {
          "const": 20,
          "title": "RoomsTouchWindows",
          "description": "Rooms for Touch, Windows"
        },
        {
          "const": 21,
          "title": "RoomsTouchMac",
          "description": "Rooms for Touch, macOS"
        },
        {
          "const": 22,
          "title": "RoomsTouchAndroid",
          "description": "Rooms for Touch, Android"
        },
        {
          "const": 30,
          "title": "ControllerTouchWindows",
          "description": "Controller for Touch, Windows"
        },
        {
          "const": 32,
          "title": "ControllerTouchAndroid",
          "description": "Controller for Touch, Android"
        },
        {
          "const": 33,
          "title": "ControllerTouchIos",
          "description": "Controller for Touch, iOS"
        },
        {
          "const": 81,
          "title": "HarmonyPhone",
          "description": "HarmonyOS phone"
        },
        {
          "const": 82,
          "title": "HarmonyTablet",
          "description": "HarmonyOS tablet"
        },
        {
          "const": 83,
          "title": "HarmonyPc",
          "description": "HarmonyOS PC"
        },
        {
          "const": 84,
          "title": "HarmonyCockpit",
          "description": "HarmonyOS intelligent cockpit"
        },
        {
          "const": 86,
          "title": "HarmonyArVr",
          "description": "HarmonyOS AR/VR"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "OperatorIdType": {
      "title": "OperatorIdType",
      "description": "What kind of ID `operator_id` (or another user ID beside a `*_id_type` field) is (操作者 ID 的类型). Each page lists the codes its endpoint takes, a subset of these (the field's description names them); any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Userid",
          "description": "An enterprise user ID (userid)"
        },
        {
          "const": 2,
          "title": "OpenId",
          "description": "An OAuth 2.0 open ID (openid)"
        },
        {
          "const": 3,
          "title": "RoomsId",
          "description": "A Rooms device ID (rooms_id)"
        },
        {
          "const": 4,
          "title": "MsOpenId",
          "description": "A temporary in-meeting ID (ms_open_id)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "RetrieveMeetingCode": {
      "title": "RetrieveMeetingCode",
      "description": "Whether ending a meeting recycles its meeting code (是否回收会议号). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Keep",
          "description": "Keep the code: the meeting can be joined again (不回收会议号,可以重新入会)"
        },
        {
          "const": 1,
          "title": "Retrieve",
          "description": "Recycle the code: the meeting cannot be joined again (回收会议号,不可重新入会)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`ManageWaitingRoomParticipantsPath`](crate::control::ManageWaitingRoomParticipantsPath), bundled from `schemas/control/manage-waiting-room-participants.path.json`.
    pub const MANAGE_WAITING_ROOM_PARTICIPANTS_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ManageWaitingRoomParticipantsPath",
  "definitions": {
    "ManageWaitingRoomParticipantsPath": {
      "title": "ManageWaitingRoomParticipantsPath",
      "description": "Path parameters of `PUT /v1/real-control/meetings/{meeting_id}/waiting-room` (the docs spell the parameter `{meeting_id}`).",
      "type": "object",
      "required": [
        "meeting_id"
      ],
      "examples": [
        {
          "meeting_id": "7567173273889276131"
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "ID of the meeting (会议 ID), `{meeting_id}` in the docs' URL.",
          "type": "string",
          "minLength": 1
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`ManageWaitingRoomParticipantsRequest`](crate::control::ManageWaitingRoomParticipantsRequest), bundled from `schemas/control/manage-waiting-room-participants.request.json`.
    pub const MANAGE_WAITING_ROOM_PARTICIPANTS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ManageWaitingRoomParticipantsRequest",
  "definitions": {
    "ControlTargetUser": {
      "title": "ControlTargetUser",
      "description": "A participant an in-meeting control acts on (被操作用户对象 User). The current pages identify it by `to_operator_id` + `to_operator_id_type` (4 = ms_open_id) and its device type; the older pages by `uuid`, which the SDK still carries for kickout and the waiting room, offered here as an optional addition.",
      "type": "object",
      "required": [
        "instanceid"
      ],
      "properties": {
        "to_operator_id": {
          "description": "ID of the participant acted on (被操作者 ID); what it is depends on `to_operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "to_operator_id_type": {
          "description": "Type of `to_operator_id` (被操作者 ID 的类型): 4 ms_open_id.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "instanceid": {
          "description": "Device type of the participant acted on (用户的终端设备类型); it must match the participant's actual device or the call has no effect (请与被操作者的设备类型保持一致,否则不生效).",
          "$ref": "#/definitions/InstanceId"
        },
        "uuid": {
          "description": "Identity ID of the participant acted on (被操作者用户唯一身份 ID), the older pages' way to name the participant. Not in the current tables; the SDK sends it for kickout and the waiting room.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        }
      }
    },
    "InstanceId": {
      "title": "InstanceId",
      "description": "Device type of the caller (设备类型 ID / 用户的终端设备类型). The three seed docs list the codes 1 to 8; the current docs add more (0, 9, 10, 12, 20-22, 30-33, 81-86), and the live API may know others, so any integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Pstn",
          "description": "PSTN (telephone)"
        },
        {
          "const": 1,
          "title": "Pc",
          "description": "PC"
        },
        {
          "const": 2,
          "title": "Mac",
          "description": "Mac"
        },
        {
          "const": 3,
          "title": "Android",
          "description": "Android"
        },
        {
          "const": 4,
          "title": "Ios",
          "description": "iOS"
        },
        {
          "const": 5,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 6,
          "title": "Ipad",
          "description": "iPad"
        },
        {
          "const": 7,
          "title": "AndroidPad",
          "description": "Android Pad"
        },
        {
          "const": 8,
          "title": "MiniProgram",
          "description": "Mini program (小程序)"
        },
        {
          "const": 9,
          "title": "VoipSip",
          "description": "VoIP / SIP device"
        },
        {
          "const": 10,
          "title": "Linux",
          "description": "Linux"
        },
        {
          "const": 12,
          "title": "VisionPro",
          "description": "Vision Pro"
        },
        {
          "const": 20,
          "title": "RoomsTouchWindows",
          "description": "Rooms for Touch, Windows"
        },
        {
          "const": 21,
          "title": "RoomsTouchMac",
          "description": "Rooms for Touch, macOS"
        },
        {
          "const": 22,
          "title": "RoomsTouchAndroid",
          "description": "Rooms for Touch, Android"
        },
        {
          "const": 30,
          "title": "ControllerTouchWindows",
          "description": "Controller for Touch, Windows"
        },
        {
          "const": 32,
          "title": "ControllerTouchAndroid",
          "description": "Controller for Touch, Android"
        },
        {
          "const": 33,
          "title": "ControllerTouchIos",
          "description": "Controller for Touch, iOS"
        },
        {
          "const": 81,
          "title": "HarmonyPhone",
          "description": "HarmonyOS phone"
        },
        {
          "const": 82,
          "title": "HarmonyTablet",
          "description": "HarmonyOS tablet"
        },
        {
          "const": 83,
          "title": "HarmonyPc",
          "description": "HarmonyOS PC"
        },
        {
          "const": 84,
          "title": "HarmonyCockpit",
          "description": "HarmonyOS intelligent cockpit"
        },
        {
          "const": 86,
          "title": "HarmonyArVr",
          "description": "HarmonyOS AR/VR"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "ManageWaitingRoomParticipantsRequest": {
      "title": "ManageWaitingRoomParticipantsRequest",
      "description": "Body of `PUT /v1/real-control/meetings/{meeting_id}/waiting-room`: move participants between the meeting and its waiting room (用户等候室设置): admit waiting-room members, move meeting members into the waiting room, or remove members from the waiting room; MRA devices may be the target. The operator must be the meeting's creator, a host or a co-host (permission MANAGE_MEETING). Enterprise-secret callers manage any valid meeting created in the enterprise, OAuth 2.0 callers only meetings created through OAuth. `allow_rejoin` may be set only with `operate_type` 3 and has no effect on MRA devices (left to the service). Success is an empty body (per the older pages). The example is the older pages' example in the current form.",
      "type": "object",
      "required": [
        "instanceid",
        "operate_type",
        "users"
      ],
      "examples": [
        {
          "operator_id": "tester1",
          "operator_id_type": 1,
          "instanceid": 4,
          "operate_type": 3,
          "allow_rejoin": true,
          "users": [
            {
              "to_operator_id": "agaqwwgdkkddd",
              "to_operator_id_type": 4,
              "instanceid": 2
            }
          ]
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID), the meeting's creator, a host or a co-host; what it is depends on `operator_id_type`. Optional on this page (必选: 否), like `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid (must equal the `openid` common header), 4 ms_open_id.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "instanceid": {
          "description": "Device type of the caller (用户的终端设备类型).",
          "$ref": "#/definitions/InstanceId"
        },
        "operate_type": {
          "description": "What to do (操作类型): 1 admit, 2 move into the waiting room, 3 remove from the waiting room.",
          "$ref": "#/definitions/WaitingRoomOperateType"
        },
        "allow_rejoin": {
          "description": "Whether removed members may join again (移出后是否允许再次加入会议); only with `operate_type` 3 (操作类型参数 operate_type = 3 时才允许设置), no effect on MRA devices.",
          "type": "boolean"
        },
        "users": {
          "description": "The participants acted on (被操作用户对象信息列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/ControlTargetUser"
          }
        }
      }
    },
    "OperatorIdType": {
      "title": "OperatorIdType",
      "description": "What kind of ID `operator_id` (or another user ID beside a `*_id_type` field) is (操作者 ID 的类型). Each page lists the codes its endpoint takes, a subset of these (the field's description names them); any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Userid",
          "description": "An enterprise user ID (userid)"
        },
        {
          "const": 2,
          "title": "OpenId",
          "description": "An OAuth 2.0 open ID (openid)"
        },
        {
          "const": 3,
          "title": "RoomsId",
          "description": "A Rooms device ID (rooms_id)"
        },
        {
          "const": 4,
          "title": "MsOpenId",
          "description": "A temporary in-meeting ID (ms_open_id)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "WaitingRoomOperateType": {
      "title": "WaitingRoomOperateType",
      "description": "What a waiting-room call does (操作类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "AdmitToMeeting",
          "description": "The host moves waiting-room members into the meeting (主持人将等候室成员移入会议)"
        },
        {
          "const": 2,
          "title": "MoveToWaitingRoom",
          "description": "The host moves meeting members into the waiting room (主持人将会中成员移入等候室)"
        },
        {
          "const": 3,
          "title": "RemoveFromWaitingRoom",
          "description": "The host removes members from the waiting room (主持人将等候室成员移出等候室)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`RemoveParticipantsPath`](crate::control::RemoveParticipantsPath), bundled from `schemas/control/remove-participants.path.json`.
    pub const REMOVE_PARTICIPANTS_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/RemoveParticipantsPath",
  "definitions": {
    "RemoveParticipantsPath": {
      "title": "RemoveParticipantsPath",
      "description": "Path parameters of `PUT /v1/real-control/meetings/{meeting_id}/kickout` (the docs spell the parameter `{meeting_id}`).",
      "type": "object",
      "required": [
        "meeting_id"
      ],
      "examples": [
        {
          "meeting_id": "7567173273889276131"
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "ID of the meeting (会议 ID), `{meeting_id}` in the docs' URL.",
          "type": "string",
          "minLength": 1
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`RemoveParticipantsRequest`](crate::control::RemoveParticipantsRequest), bundled from `schemas/control/remove-participants.request.json`.
    pub const REMOVE_PARTICIPANTS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/RemoveParticipantsRequest",
  "definitions": {
    "ControlTargetUser": {
      "title": "ControlTargetUser",
      "description": "A participant an in-meeting control acts on (被操作用户对象 User). The current pages identify it by `to_operator_id` + `to_operator_id_type` (4 = ms_open_id) and its device type; the older pages by `uuid`, which the SDK still carries for kickout and the waiting room, offered here as an optional addition.",
      "type": "object",
      "required": [
        "instanceid"
      ],
      "properties": {
        "to_operator_id": {
          "description": "ID of the participant acted on (被操作者 ID); what it is depends on `to_operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "to_operator_id_type": {
          "description": "Type of `to_operator_id` (被操作者 ID 的类型): 4 ms_open_id.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "instanceid": {
          "description": "Device type of the participant acted on (用户的终端设备类型); it must match the participant's actual device or the call has no effect (请与被操作者的设备类型保持一致,否则不生效).",
          "$ref": "#/definitions/InstanceId"
        },
        "uuid": {
          "description": "Identity ID of the participant acted on (被操作者用户唯一身份 ID), the older pages' way to name the participant. Not in the current tables; the SDK sends it for kickout and the waiting room.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        }
      }
    },
    "InstanceId": {
      "title": "InstanceId",
      "description": "Device type of the caller (设备类型 ID / 用户的终端设备类型). The three seed docs list the codes 1 to 8; the current docs add more (0, 9, 10, 12, 20-22, 30-33, 81-86), and the live API may know others, so any integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Pstn",
          "description": "PSTN (telephone)"
        },
        {
          "const": 1,
          "title": "Pc",
          "description": "PC"
        },
        {
          "const": 2,
          "title": "Mac",
          "description": "Mac"
        },
        {
          "const": 3,
          "title": "Android",
          "description": "Android"
        },
        {
          "const": 4,
          "title": "Ios",
          "description": "iOS"
        },
        {
          "const": 5,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 6,
          "title": "Ipad",
          "description": "iPad"
        },
        {
          "const": 7,
          "title": "AndroidPad",
          "description": "Android Pad"
        },
        {
          "const": 8,
          "title": "MiniProgram",
          "description": "Mini program (小程序)"
        },
        {
          "const": 9,
          "title": "VoipSip",
          "description": "VoIP / SIP device"
        },
        {
          "const": 10,
          "title": "Linux",
          "description": "Linux"
        },
        {
          "const": 12,
          "title": "VisionPro",
          "description": "Vision Pro"
        },
        {
          "const": 20,
          "title": "RoomsTouchWindows",
          "description": "Rooms for Touch, Windows"
        },
        {
          "const": 21,
          "title": "RoomsTouchMac",
          "description": "Rooms for Touch, macOS"
        },
        {
          "const": 22,
          "title": "RoomsTouchAndroid",
          "description": "Rooms for Touch, Android"
        },
        {
          "const": 30,
          "title": "ControllerTouchWindows",
          "description": "Controller for Touch, Windows"
        },
        {
          "const": 32,
          "title": "ControllerTouchAndroid",
          "description": "Controller for Touch, Android"
        },
        {
          "const": 33,
          "title": "ControllerTouchIos",
          "description": "Controller for Touch, iOS"
        },
        {
          "const": 81,
          "title": "HarmonyPhone",
          "description": "HarmonyOS phone"
        },
        {
          "const": 82,
          "title": "HarmonyTablet",
          "description": "HarmonyOS tablet"
        },
        {
          "const": 83,
          "title": "HarmonyPc",
          "description": "HarmonyOS PC"
        },
        {
          "const": 84,
          "title": "HarmonyCockpit",
          "description": "HarmonyOS intelligent cockpit"
        },
        {
          "const": 86,
          "title": "HarmonyArVr",
          "description": "HarmonyOS AR/VR"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "OperatorIdType": {
      "title": "OperatorIdType",
      "description": "What kind of ID `operator_id` (or another user ID beside a `*_id_type` field) is (操作者 ID 的类型). Each page lists the codes its endpoint takes, a subset of these (the field's description names them); any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Userid",
          "description": "An enterprise user ID (userid)"
        },
        {
          "const": 2,
          "title": "OpenId",
          "description": "An OAuth 2.0 open ID (openid)"
        },
        {
          "const": 3,
          "title": "RoomsId",
          "description": "A Rooms device ID (rooms_id)"
        },
        {
          "const": 4,
          "title": "MsOpenId",
          "description": "A temporary in-meeting ID (ms_open_id)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "RemoveParticipantsRequest": {
      "title": "RemoveParticipantsRequest",
      "description": "Body of `PUT /v1/real-control/meetings/{meeting_id}/kickout`: remove participants from a meeting (移出用户), meeting members and webinar attendees alike; MRA and PSTN devices may be the target. The operator must be the meeting's creator, a host or a co-host (permission MANAGE_MEETING). Enterprise-secret callers manage any valid meeting created in the enterprise, OAuth 2.0 callers only meetings created through OAuth. At most 20 participants per call (单次最多处理20个对象). When a target is an MRA device, `reason` must be given (当用户设备为 MRA 时,该参数必须填写移出原因): left to the service, as the client cannot tell the device kind. Success is an empty body (per the older pages). The example is the older pages' example written in the current form (the current one was not retrievable).",
      "type": "object",
      "required": [
        "instanceid",
        "allow_rejoin",
        "users"
      ],
      "examples": [
        {
          "operator_id": "tester1",
          "operator_id_type": 1,
          "instanceid": 4,
          "allow_rejoin": false,
          "reason": "test",
          "users": [
            {
              "to_operator_id": "agaqwwgdkkddd",
              "to_operator_id_type": 4,
              "instanceid": 2
            },
            {
              "to_operator_id": "agaqwwgdkksd",
              "to_operator_id_type": 4,
              "instanceid": 5
            }
          ]
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID), the meeting's creator, a host or a co-host; what it is depends on `operator_id_type`. Optional on this page (必选: 否), like `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid (must equal the `openid` common header), 4 ms_open_id.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "instanceid": {
          "description": "Device type of the caller (用户的终端设备类型).",
          "$ref": "#/definitions/InstanceId"
        },
        "allow_rejoin": {
          "description": "Whether the removed participants may join again (移出后是否允许再次入会): `true` yes, `false` no.",
          "type": "boolean"
        },
        "reason": {
          "description": "Why they are removed (移出原因说明); required by the service when a target is an MRA device.",
          "type": "string"
        },
        "users": {
          "description": "The participants to remove (被操作用户对象信息列表), at most 20 per call (单次最多处理20个对象).",
          "type": "array",
          "maxItems": 20,
          "items": {
            "$ref": "#/definitions/ControlTargetUser"
          }
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`SetCohostPath`](crate::control::SetCohostPath), bundled from `schemas/control/set-cohost.path.json`.
    pub const SET_COHOST_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SetCohostPath",
  "definitions": {
    "SetCohostPath": {
      "title": "SetCohostPath",
      "description": "Path parameters of `PUT /v1/real-control/meetings/{meeting_id}/cohosts` (the docs spell the parameter `{meeting_id}`).",
      "type": "object",
      "required": [
        "meeting_id"
      ],
      "examples": [
        {
          "meeting_id": "7567173273889276131"
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "ID of the meeting (会议 ID), `{meeting_id}` in the docs' URL.",
          "type": "string",
          "minLength": 1
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`SetCohostRequest`](crate::control::SetCohostRequest), bundled from `schemas/control/set-cohost.request.json`.
    pub const SET_COHOST_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SetCohostRequest",
  "definitions": {
    "ControlTargetUser": {
      "title": "ControlTargetUser",
      "description": "A participant an in-meeting control acts on (被操作用户对象 User). The current pages identify it by `to_operator_id` + `to_operator_id_type` (4 = ms_open_id) and its device type; the older pages by `uuid`, which the SDK still carries for kickout and the waiting room, offered here as an optional addition.",
      "type": "object",
      "required": [
        "instanceid"
      ],
      "properties": {
        "to_operator_id": {
          "description": "ID of the participant acted on (被操作者 ID); what it is depends on `to_operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "to_operator_id_type": {
          "description": "Type of `to_operator_id` (被操作者 ID 的类型): 4 ms_open_id.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "instanceid": {
          "description": "Device type of the participant acted on (用户的终端设备类型); it must match the participant's actual device or the call has no effect (请与被操作者的设备类型保持一致,否则不生效).",
          "$ref": "#/definitions/InstanceId"
        },
        "uuid": {
          "description": "Identity ID of the participant acted on (被操作者用户唯一身份 ID), the older pages' way to name the participant. Not in the current tables; the SDK sends it for kickout and the waiting room.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        }
      }
    },
    "InstanceId": {
      "title": "InstanceId",
      "description": "Device type of the caller (设备类型 ID / 用户的终端设备类型). The three seed docs list the codes 1 to 8; the current docs add more (0, 9, 10, 12, 20-22, 30-33, 81-86), and the live API may know others, so any integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Pstn",
          "description": "PSTN (telephone)"
        },
        {
          "const": 1,
          "title": "Pc",
          "description": "PC"
        },
        {
          "const": 2,
          "title": "Mac",
          "description": "Mac"
        },
        {
          "const": 3,
          "title": "Android",
          "description": "Android"
        },
        {
          "const": 4,
          "title": "Ios",
          "description": "iOS"
        },
        {
          "const": 5,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 6,
          "title": "Ipad",
          "description": "iPad"
        },
        {
          "const": 7,
          "title": "AndroidPad",
          "description": "Android Pad"
        },
        {
          "const": 8,
          "title": "MiniProgram",
          "description": "Mini program (小程序)"
        },
        {
          "const": 9,
          "title": "VoipSip",
          "description": "VoIP / SIP device"
        },
        {
          "const": 10,
          "title": "Linux",
          "description": "Linux"
        },
        {
          "const": 12,
          "title": "VisionPro",
          "description": "Vision Pro"
        },
        {
          "const": 20,
          "title": "RoomsTouchWindows",
          "description": "Rooms for Touch, Windows"
        },
        {
          "const": 21,
          "title": "RoomsTouchMac",
          "description": "Rooms for Touch, macOS"
        },
        {
          "const": 22,
          "title": "RoomsTouchAndroid",
          "description": "Rooms for Touch, Android"
        },
        {
          "const": 30,
          "title": "ControllerTouchWindows",
          "description": "Controller for Touch, Windows"
        },
        {
          "const": 32,
          "title": "ControllerTouchAndroid",
          "description": "Controller for Touch, Android"
        },
        {
          "const": 33,
          "title": "ControllerTouchIos",
          "description": "Controller for Touch, iOS"
        },
        {
          "const": 81,
          "title": "HarmonyPhone",
          "description": "HarmonyOS phone"
        },
        {
          "const": 82,
          "title": "HarmonyTablet",
          "description": "HarmonyOS tablet"
        },
        {
          "const": 83,
          "title": "HarmonyPc",
          "description": "HarmonyOS PC"
        },
        {
          "const": 84,
          "title": "HarmonyCockpit",
          "description": "HarmonyOS intelligent cockpit"
        },
        {
          "const": 86,
          "title": "HarmonyArVr",
          "description": "HarmonyOS AR/VR"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "OperatorIdType": {
      "title": "OperatorIdType",
      "description": "What kind of ID `operator_id` (or another user ID beside a `*_id_type` field) is (操作者 ID 的类型). Each page lists the codes its endpoint takes, a subset of these (the field's description names them); any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Userid",
          "description": "An enterprise user ID (userid)"
        },
        {
          "const": 2,
          "title": "OpenId",
          "description": "An OAuth 2.0 open ID (openid)"
        },
        {
          "const": 3,
          "title": "RoomsId",
          "description": "A Rooms device ID (rooms_id)"
        },
        {
          "const": 4,
          "title": "MsOpenId",
          "description": "A temporary in-meeting ID (ms_open_id)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "SetCohostRequest": {
      "title": "SetCohostRequest",
      "description": "Body of `PUT /v1/real-control/meetings/{meeting_id}/cohosts`: make a participant a co-host or take the role back (设置联席主持人). The operator must be the meeting's creator or a host (会议的创建者或主持人); MRA devices may be the target. Enterprise-secret callers manage any valid meeting created in the enterprise, OAuth 2.0 callers only meetings created through OAuth (permission MANAGE_MEETING). When the caller uses ms_open_id, only device types 1-9 are supported. Success is an empty body (per the older pages; the current page's output part was not retrievable). The example follows the table (the page's was not retrievable).",
      "type": "object",
      "required": [
        "instanceid",
        "action",
        "user"
      ],
      "examples": [
        {
          "operator_id": "tester1",
          "operator_id_type": 1,
          "instanceid": 1,
          "action": true,
          "user": {
            "to_operator_id": "WMfgHRYj6m36mcDGtK",
            "to_operator_id_type": 4,
            "instanceid": 2
          }
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID), the meeting's creator or a host; what it is depends on `operator_id_type`. Optional on this page (必选: 否), like `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid (must equal the `openid` common header), 4 ms_open_id.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "instanceid": {
          "description": "Device type of the caller (用户的终端设备类型).",
          "$ref": "#/definitions/InstanceId"
        },
        "action": {
          "description": "What to do (具体设置动作): `true` make the participant a co-host (设置联席主持人), `false` take the role back (撤销联席主持人).",
          "type": "boolean"
        },
        "user": {
          "description": "The participant (被操作用户对象信息).",
          "$ref": "#/definitions/ControlTargetUser"
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`SetDocUploadPermissionPath`](crate::control::SetDocUploadPermissionPath), bundled from `schemas/control/set-doc-upload-permission.path.json`.
    pub const SET_DOC_UPLOAD_PERMISSION_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SetDocUploadPermissionPath",
  "definitions": {
    "SetDocUploadPermissionPath": {
      "title": "SetDocUploadPermissionPath",
      "description": "Path parameters of `PUT /v1/real-control/meetings/{meeting_id}/doc` (the docs spell the parameter `{meetingId}`).",
      "type": "object",
      "required": [
        "meeting_id"
      ],
      "examples": [
        {
          "meeting_id": "7567173273889276131"
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "ID of the meeting (会议 ID), `{meetingId}` in the docs' URL.",
          "type": "string",
          "minLength": 1
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`SetDocUploadPermissionRequest`](crate::control::SetDocUploadPermissionRequest), bundled from `schemas/control/set-doc-upload-permission.request.json`.
    pub const SET_DOC_UPLOAD_PERMISSION_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SetDocUploadPermissionRequest",
  "definitions": {
    "InstanceId": {
      "title": "InstanceId",
      "description": "Device type of the caller (设备类型 ID / 用户的终端设备类型). The three seed docs list the codes 1 to 8; the current docs add more (0, 9, 10, 12, 20-22, 30-33, 81-86), and the live API may know others, so any integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Pstn",
          "description": "PSTN (telephone)"
        },
        {
          "const": 1,
          "title": "Pc",
          "description": "PC"
        },
        {
          "const": 2,
          "title": "Mac",
          "description": "Mac"
        },
        {
          "const": 3,
          "title": "Android",
          "description": "Android"
        },
        {
          "const": 4,
          "title": "Ios",
          "description": "iOS"
        },
        {
          "const": 5,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 6,
          "title": "Ipad",
          "description": "iPad"
        },
        {
          "const": 7,
          "title": "AndroidPad",
          "description": "Android Pad"
        },
        {
          "const": 8,
          "title": "MiniProgram",
          "description": "Mini program (小程序)"
        },
        {
          "const": 9,
          "title": "VoipSip",
          "description": "VoIP / SIP device"
        },
        {
          "const": 10,
          "title": "Linux",
          "description": "Linux"
        },
        {
          "const": 12,
          "title": "VisionPro",
          "description": "Vision Pro"
        },
        {
          "const": 20,
          "title": "RoomsTouchWindows",
          "description": "Rooms for Touch, Windows"
        },
        {
          "const": 21,
          "title": "RoomsTouchMac",
          "description": "Rooms for Touch, macOS"
        },
        {
          "const": 22,
          "title": "RoomsTouchAndroid",
          "description": "Rooms for Touch, Android"
        },
        {
          "const": 30,
          "title": "ControllerTouchWindows",
          "description": "Controller for Touch, Windows"
        },
        {
          "const": 32,
          "title": "ControllerTouchAndroid",
          "description": "Controller for Touch, Android"
        },
        {
          "const": 33,
          "title": "ControllerTouchIos",
          "description": "Controller for Touch, iOS"
        },
        {
          "const": 81,
          "title": "HarmonyPhone",
          "description": "HarmonyOS phone"
        },
        {
          "const": 82,
          "title": "HarmonyTablet",
          "description": "HarmonyOS tablet"
        },
        {
          "const": 83,
          "title": "HarmonyPc",
          "description": "HarmonyOS PC"
        },
        {
          "const": 84,
          "title": "HarmonyCockpit",
          "description": "HarmonyOS intelligent cockpit"
        },
        {
          "const": 86,
          "title": "HarmonyArVr",
          "description": "HarmonyOS AR/VR"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "OperatorIdType": {
      "title": "OperatorIdType",
      "description": "What kind of ID `operator_id` (or another user ID beside a `*_id_type` field) is (操作者 ID 的类型). Each page lists the codes its endpoint takes, a subset of these (the field's description names them); any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Userid",
          "description": "An enterprise user ID (userid)"
        },
        {
          "const": 2,
          "title": "OpenId",
          "description": "An OAuth 2.0 open ID (openid)"
        },
        {
          "const": 3,
          "title": "RoomsId",
          "description": "A Rooms device ID (rooms_id)"
        },
        {
          "const": 4,
          "title": "MsOpenId",
          "description": "A temporary in-meeting ID (ms_open_id)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "SetDocUploadPermissionRequest": {
      "title": "SetDocUploadPermissionRequest",
      "description": "Body of `PUT /v1/real-control/meetings/{meeting_id}/doc`: allow or forbid everyone in the meeting to upload documents (文档上传权限设置). The operator must be the meeting's creator, a host or a co-host; MRA devices are not supported as the target. Enterprise-secret callers manage any valid meeting created in the enterprise, OAuth 2.0 callers only meetings created through OAuth (permission MANAGE_MEETING). Only while the meeting is in progress (190455 otherwise). Success is an empty body (成功返回空消息体). The retrieved page lost its 必选 column: requiredness follows the SDK and the page's example, which sends only `instanceid` and `enable_upload_doc`.",
      "type": "object",
      "required": [
        "instanceid",
        "enable_upload_doc"
      ],
      "examples": [
        {
          "instanceid": 4,
          "enable_upload_doc": true
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID), the meeting's creator, a host or a co-host; what it is depends on `operator_id_type`. Optional on this page (必选: 否), like `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid (must equal the `openid` common header), 4 ms_open_id.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "instanceid": {
          "description": "Device type of the caller (用户的终端设备类型).",
          "$ref": "#/definitions/InstanceId"
        },
        "enable_upload_doc": {
          "description": "Whether everyone may upload documents (是否允许全员上传文档): `true` yes, `false` no.",
          "type": "boolean"
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`SetInMeetingSettingsPath`](crate::control::SetInMeetingSettingsPath), bundled from `schemas/control/set-in-meeting-settings.path.json`.
    pub const SET_IN_MEETING_SETTINGS_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SetInMeetingSettingsPath",
  "definitions": {
    "SetInMeetingSettingsPath": {
      "title": "SetInMeetingSettingsPath",
      "description": "Path parameters of `PUT /v1/real-control/meetings/{meeting_id}/status` (the docs spell the parameter `{meetingId}`).",
      "type": "object",
      "required": [
        "meeting_id"
      ],
      "examples": [
        {
          "meeting_id": "7567173273889276131"
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "ID of the meeting (会议 ID), `{meetingId}` in the docs' URL.",
          "type": "string",
          "minLength": 1
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`SetInMeetingSettingsRequest`](crate::control::SetInMeetingSettingsRequest), bundled from `schemas/control/set-in-meeting-settings.request.json`.
    pub const SET_IN_MEETING_SETTINGS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SetInMeetingSettingsRequest",
  "definitions": {
    "AllowChatMode": {
      "title": "AllowChatMode",
      "description": "What participants may chat (允许参会者聊天设置). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Free",
          "description": "Participants chat freely (允许参会者自由聊天)"
        },
        {
          "const": 1,
          "title": "PublicOnly",
          "description": "Participants may chat only in public (仅允许参会者公开聊天)"
        },
        {
          "const": 2,
          "title": "PrivateToHostOnly",
          "description": "Participants may chat only privately with the host (仅允许私聊主持人)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "InstanceId": {
      "title": "InstanceId",
      "description": "Device type of the caller (设备类型 ID / 用户的终端设备类型). The three seed docs list the codes 1 to 8; the current docs add more (0, 9, 10, 12, 20-22, 30-33, 81-86), and the live API may know others, so any integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Pstn",
          "description": "PSTN (telephone)"
        },
        {
          "const": 1,
          "title": "Pc",
          "description": "PC"
        },
        {
          "const": 2,
          "title": "Mac",
          "description": "Mac"
        },
        {
          "const": 3,
          "title": "Android",
          "description": "Android"
        },
        {
          "const": 4,
          "title": "Ios",
          "description": "iOS"
        },
        {
          "const": 5,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 6,
          "title": "Ipad",
          "description": "iPad"
        },
        {
          "const": 7,
          "title": "AndroidPad",
          "description": "Android Pad"
        },
        {
          "const": 8,
          "title": "MiniProgram",
          "description": "Mini program (小程序)"
        },
        {
          "const": 9,
          "title": "VoipSip",
          "description": "VoIP / SIP device"
        },
        {
          "const": 10,
          "title": "Linux",
          "description": "Linux"
        },
        {
          "const": 12,
          "title": "VisionPro",
          "description": "Vision Pro"
        },
        {
          "const": 20,
          "title": "RoomsTouchWindows",
          "description": "Rooms for Touch, Windows"
        },
        {
          "const": 21,
          "title": "RoomsTouchMac",
          "description": "Rooms for Touch, macOS"
        },
        {
          "const": 22,
          "title": "RoomsTouchAndroid",
          "description": "Rooms for Touch, Android"
        },
        {
          "const": 30,
          "title": "ControllerTouchWindows",
          "description": "Controller for Touch, Windows"
        },
        {
          "const": 32,
          "title": "ControllerTouchAndroid",
          "description": "Controller for Touch, Android"
        },
        {
          "const": 33,
          "title": "ControllerTouchIos",
          "description": "Controller for Touch, iOS"
        },
        {
          "const": 81,
          "title": "HarmonyPhone",
          "description": "HarmonyOS phone"
        },
        {
          "const": 82,
          "title": "HarmonyTablet",
          "description": "HarmonyOS tablet"
        },
        {
          "const": 83,
          "title": "HarmonyPc",
          "description": "HarmonyOS PC"
        },
        {
          "const": 84,
          "title": "HarmonyCockpit",
          "description": "HarmonyOS intelligent cockpit"
        },
        {
          "const": 86,
          "title": "HarmonyArVr",
          "description": "HarmonyOS AR/VR"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "MuteOnJoin": {
      "title": "MuteOnJoin",
      "description": "Whether members are muted when they join (成员入会静音), in meeting settings, in-meeting settings, Rooms settings and personal meeting ID settings. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Off",
          "description": "Off (关闭)"
        },
        {
          "const": 1,
          "title": "On",
          "description": "On (开启)"
        },
        {
          "const": 2,
          "title": "AboveSixMembers",
          "description": "On once more than 6 people are in (超过6人后自动开启)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "OperatorIdType": {
      "title": "OperatorIdType",
      "description": "What kind of ID `operator_id` (or another user ID beside a `*_id_type` field) is (操作者 ID 的类型). Each page lists the codes its endpoint takes, a subset of these (the field's description names them); any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Userid",
          "description": "An enterprise user ID (userid)"
        },
        {
          "const": 2,
          "title": "OpenId",
          "description": "An OAuth 2.0 open ID (openid)"
        },
        {
          "const": 3,
          "title": "RoomsId",
          "description": "A Rooms device ID (rooms_id)"
        },
        {
          "const": 4,
          "title": "MsOpenId",
          "description": "A temporary in-meeting ID (ms_open_id)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "SetInMeetingSettingsRequest": {
      "title": "SetInMeetingSettingsRequest",
      "description": "Body of `PUT /v1/real-control/meetings/{meeting_id}/status`: change the settings of a meeting in progress (会中状态设置): mute everyone, chat, lock, hide the code and password, the waiting room and more; each setting left out is unchanged. The operator must be the meeting's creator, a host or a co-host (permission MANAGE_MEETING); MRA devices are not supported as the target. Enterprise-secret callers manage any valid meeting created in the enterprise, OAuth 2.0 callers only meetings created through OAuth. The retrieved page stops after `share_screen`: `enable_red_envelope`, `only_enterprise_user_allowed`, `play_ivr_on_join` and `auto_waiting_room` are transcribed from the older pages and the SDK. Success is an empty body (per the older pages). The example is the older pages' example in the current form.",
      "type": "object",
      "required": [
        "instanceid"
      ],
      "examples": [
        {
          "operator_id": "tester1",
          "operator_id_type": 1,
          "instanceid": 4,
          "mute_all": true,
          "allow_unmute_by_self": true,
          "participant_join_mute": 1,
          "meeting_locked": true,
          "hide_meeting_code_password": true,
          "allow_chat": 1,
          "share_screen": true,
          "enable_red_envelope": true,
          "only_enterprise_user_allowed": true,
          "play_ivr_on_join": true,
          "auto_waiting_room": true
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID), the meeting's creator, a host or a co-host; what it is depends on `operator_id_type`. Optional on this page (必选: 否), like `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid (must equal the `openid` common header), 4 ms_open_id.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "instanceid": {
          "description": "Device type of the caller (用户的终端设备类型).",
          "$ref": "#/definitions/InstanceId"
        },
        "mute_all": {
          "description": "Mute everyone (是否全体静音): `true` mute all (全体静音), `false` lift it (关闭全体静音).",
          "type": "boolean"
        },
        "allow_unmute_by_self": {
          "description": "Whether participants may unmute themselves (是否允许用户自己取消静音); only takes effect with `mute_all` true.",
          "type": "boolean"
        },
        "participant_join_mute": {
          "description": "Whether members are muted on joining (成员入会静音).",
          "$ref": "#/definitions/MuteOnJoin"
        },
        "meeting_locked": {
          "description": "Lock the meeting (是否锁定会议): `true` lock, `false` unlock.",
          "type": "boolean"
        },
        "hide_meeting_code_password": {
          "description": "Hide the meeting code and password (隐藏会议号和密码): `true` hide, `false` show.",
          "type": "boolean"
        },
        "allow_chat": {
          "description": "What participants may chat (允许参会者聊天设置).",
          "$ref": "#/definitions/AllowChatMode"
        },
        "share_screen": {
          "description": "Whether participants may share their screen (是否允许参会者发起屏幕共享): `true` yes, `false` no.",
          "type": "boolean"
        },
        "enable_red_envelope": {
          "description": "Whether participants may send red envelopes (是否允许参会者发送红包). From the older pages and the SDK.",
          "type": "boolean"
        },
        "only_enterprise_user_allowed": {
          "description": "Whether only members of the enterprise may join (是否仅企业成员可入会). From the older pages and the SDK.",
          "type": "boolean"
        },
        "play_ivr_on_join": {
          "description": "Whether a tone plays when a member joins (成员入会是否播放提示音). From the older pages and the SDK.",
          "type": "boolean"
        },
        "auto_waiting_room": {
          "description": "Whether the waiting room is on (是否开启等候室). From the older pages and the SDK.",
          "type": "boolean"
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`SetMeetingAsrPath`](crate::control::SetMeetingAsrPath), bundled from `schemas/control/set-meeting-asr.path.json`.
    pub const SET_MEETING_ASR_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SetMeetingAsrPath",
  "definitions": {
    "SetMeetingAsrPath": {
      "title": "SetMeetingAsrPath",
      "description": "Path parameters of `PUT /v1/real-control/meetings/{meeting_id}/asr` (the docs spell the parameter `{meeting_id}`).",
      "type": "object",
      "required": [
        "meeting_id"
      ],
      "examples": [
        {
          "meeting_id": "7567173273889276131"
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "ID of the meeting (会议 ID), `{meeting_id}` in the docs' URL.",
          "type": "string",
          "minLength": 1
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`SetMeetingAsrRequest`](crate::control::SetMeetingAsrRequest), bundled from `schemas/control/set-meeting-asr.request.json`.
    pub const SET_MEETING_ASR_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SetMeetingAsrRequest",
  "definitions": {
    "AsrSidebarMode": {
      "title": "AsrSidebarMode",
      "description": "Whether the host's transcription sidebar opens when real-time transcription starts (主持人是否自动打开转写侧边栏). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Open",
          "description": "Open the real-time transcription page (打开实时转写页面)"
        },
        {
          "const": 1,
          "title": "DoNotOpen",
          "description": "Do not open it (不打开实时转写页面)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "InstanceId": {
      "title": "InstanceId",
      "description": "Device type of the caller (设备类型 ID / 用户的终端设备类型). The three seed docs list the codes 1 to 8; the current docs add more (0, 9, 10, 12, 20-22, 30-33, 81-86), and the live API may know others, so any integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Pstn",
          "description": "PSTN (telephone)"
        },
        {
          "const": 1,
          "title": "Pc",
          "description": "PC"
        },
        {
          "const": 2,
          "title": "Mac",
          "description": "Mac"
        },
        {
          "const": 3,
          "title": "Android",
          "description": "Android"
        },
        {
          "const": 4,
          "title": "Ios",
          "description": "iOS"
        },
        {
          "const": 5,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 6,
          "title": "Ipad",
          "description": "iPad"
        },
        {
          "const": 7,
          "title": "AndroidPad",
          "description": "Android Pad"
        },
        {
          "const": 8,
          "title": "MiniProgram",
          "description": "Mini program (小程序)"
        },
        {
          "const": 9,
          "title": "VoipSip",
          "description": "VoIP / SIP device"
        },
        {
          "const": 10,
          "title": "Linux",
          "description": "Linux"
        },
        {
          "const": 12,
          "title": "VisionPro",
          "description": "Vision Pro"
        },
        {
          "const": 20,
          "title": "RoomsTouchWindows",
          "description": "Rooms for Touch, Windows"
        },
        {
          "const": 21,
          "title": "RoomsTouchMac",
          "description": "Rooms for Touch, macOS"
        },
        {
          "const": 22,
          "title": "RoomsTouchAndroid",
          "description": "Rooms for Touch, Android"
        },
        {
          "const": 30,
          "title": "ControllerTouchWindows",
          "description": "Controller for Touch, Windows"
        },
        {
          "const": 32,
          "title": "ControllerTouchAndroid",
          "description": "Controller for Touch, Android"
        },
        {
          "const": 33,
          "title": "ControllerTouchIos",
          "description": "Controller for Touch, iOS"
        },
        {
          "const": 81,
          "title": "HarmonyPhone",
          "description": "HarmonyOS phone"
        },
        {
          "const": 82,
          "title": "HarmonyTablet",
          "description": "HarmonyOS tablet"
        },
        {
          "const": 83,
          "title": "HarmonyPc",
          "description": "HarmonyOS PC"
        },
        {
          "const": 84,
          "title": "HarmonyCockpit",
          "description": "HarmonyOS intelligent cockpit"
        },
        {
          "const": 86,
          "title": "HarmonyArVr",
          "description": "HarmonyOS AR/VR"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "OperatorIdType": {
      "title": "OperatorIdType",
      "description": "What kind of ID `operator_id` (or another user ID beside a `*_id_type` field) is (操作者 ID 的类型). Each page lists the codes its endpoint takes, a subset of these (the field's description names them); any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Userid",
          "description": "An enterprise user ID (userid)"
        },
        {
          "const": 2,
          "title": "OpenId",
          "description": "An OAuth 2.0 open ID (openid)"
        },
        {
          "const": 3,
          "title": "RoomsId",
          "description": "A Rooms device ID (rooms_id)"
        },
        {
          "const": 4,
          "title": "MsOpenId",
          "description": "A temporary in-meeting ID (ms_open_id)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "SetMeetingAsrRequest": {
      "title": "SetMeetingAsrRequest",
      "description": "Body of `PUT /v1/real-control/meetings/{meeting_id}/asr`: turn real-time speech transcription of a meeting in progress on or off (开启/关闭实时转写). Only a host may call it (仅主持人角色); the meeting must be in progress. Both AK/SK and OAuth 2.0 callers are accepted (OAuth needs the manage-transcription permission point, 管理会议转写权限点). Note the device-type field is spelled `instance_id` here, not `instanceid`.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "instance_id",
        "is_open"
      ],
      "examples": [
        {
          "operator_id": "afagsagwags",
          "operator_id_type": 1,
          "instance_id": 4,
          "is_open": true
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID), a host; what it is depends on `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, the only types this page lists.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "instance_id": {
          "description": "Device type of the operator (用户的终端设备类型); spelled `instance_id` on this endpoint.",
          "$ref": "#/definitions/InstanceId"
        },
        "is_open": {
          "description": "Turn real-time transcription on or off (开启/关闭实时转写): `true` on, `false` off.",
          "type": "boolean"
        },
        "open_asr_view": {
          "description": "Whether the host's transcription sidebar opens (主持人是否自动打开转写侧边栏), only when `is_open` is true; the service's default is 0 (open).",
          "$ref": "#/definitions/AsrSidebarMode",
          "default": 0
        },
        "target_rooms_id": {
          "description": "Target Rooms ID (目标 Rooms ID), needed when a Rooms device created the meeting (当 Rooms 为会议创建者时); used with `target_rooms_id_type`. Not in the SDK.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "target_rooms_id_type": {
          "description": "Type of `target_rooms_id` (目标 RoomsID 类型): 3 rooms_id, 5 meeting_room_id. Not in the SDK.",
          "$ref": "#/definitions/TargetRoomsIdType"
        }
      }
    },
    "TargetRoomsIdType": {
      "title": "TargetRoomsIdType",
      "description": "What kind of ID `target_rooms_id` is (目标 roomsid 的类型), in the meeting-room, transcription and transcription-push endpoints. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 3,
          "title": "RoomsId",
          "description": "A Rooms device ID, rooms_id (rooms 设备 rooms_id)"
        },
        {
          "const": 5,
          "title": "MeetingRoomId",
          "description": "A meeting room ID, meeting_room_id (会议室 ID)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`SetMeetingAsrResponse`](crate::control::SetMeetingAsrResponse), bundled from `schemas/control/set-meeting-asr.response.json`.
    pub const SET_MEETING_ASR_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SetMeetingAsrResponse",
  "definitions": {
    "SetMeetingAsrResponse": {
      "title": "SetMeetingAsrResponse",
      "description": "Body of a successful `PUT /v1/real-control/meetings/{meeting_id}/asr`: a status code and message (状态码 / 描述信息). Lenient: unknown fields are kept.",
      "type": "object",
      "examples": [
        {
          "code": 0,
          "message": "OK"
        }
      ],
      "properties": {
        "code": {
          "description": "Status code (状态码); 0 in the page's example.",
          "type": "integer"
        },
        "message": {
          "description": "Description (描述信息).",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`SetParticipantMutePath`](crate::control::SetParticipantMutePath), bundled from `schemas/control/set-participant-mute.path.json`.
    pub const SET_PARTICIPANT_MUTE_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SetParticipantMutePath",
  "definitions": {
    "SetParticipantMutePath": {
      "title": "SetParticipantMutePath",
      "description": "Path parameters of `PUT /v1/real-control/meetings/{meeting_id}/mutes` (the docs spell the parameter `{meeting_id}`).",
      "type": "object",
      "required": [
        "meeting_id"
      ],
      "examples": [
        {
          "meeting_id": "7567173273889276131"
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "ID of the meeting (会议 ID), `{meeting_id}` in the docs' URL.",
          "type": "string",
          "minLength": 1
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`SetParticipantMuteRequest`](crate::control::SetParticipantMuteRequest), bundled from `schemas/control/set-participant-mute.request.json`.
    pub const SET_PARTICIPANT_MUTE_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SetParticipantMuteRequest",
  "definitions": {
    "ControlTargetUser": {
      "title": "ControlTargetUser",
      "description": "A participant an in-meeting control acts on (被操作用户对象 User). The current pages identify it by `to_operator_id` + `to_operator_id_type` (4 = ms_open_id) and its device type; the older pages by `uuid`, which the SDK still carries for kickout and the waiting room, offered here as an optional addition.",
      "type": "object",
      "required": [
        "instanceid"
      ],
      "properties": {
        "to_operator_id": {
          "description": "ID of the participant acted on (被操作者 ID); what it is depends on `to_operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "to_operator_id_type": {
          "description": "Type of `to_operator_id` (被操作者 ID 的类型): 4 ms_open_id.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "instanceid": {
          "description": "Device type of the participant acted on (用户的终端设备类型); it must match the participant's actual device or the call has no effect (请与被操作者的设备类型保持一致,否则不生效).",
          "$ref": "#/definitions/InstanceId"
        },
        "uuid": {
          "description": "Identity ID of the participant acted on (被操作者用户唯一身份 ID), the older pages' way to name the participant. Not in the current tables; the SDK sends it for kickout and the waiting room.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        }
      }
    },
    "InstanceId": {
      "title": "InstanceId",
      "description": "Device type of the caller (设备类型 ID / 用户的终端设备类型). The three seed docs list the codes 1 to 8; the current docs add more (0, 9, 10, 12, 20-22, 30-33, 81-86), and the live API may know others, so any integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Pstn",
          "description": "PSTN (telephone)"
        },
        {
          "const": 1,
          "title": "Pc",
          "description": "PC"
        },
        {
          "const": 2,
          "title": "Mac",
          "description": "Mac"
        },
        {
          "const": 3,
          "title": "Android",
          "description": "Android"
        },
        {
          "const": 4,
          "title": "Ios",
          "description": "iOS"
        },
        {
          "const": 5,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 6,
          "title": "Ipad",
          "description": "iPad"
        },
        {
          "const": 7,
          "title": "AndroidPad",
          "description": "Android Pad"
        },
        {
          "const": 8,
          "title": "MiniProgram",
          "description": "Mini program (小程序)"
        },
        {
          "const": 9,
          "title": "VoipSip",
          "description": "VoIP / SIP device"
        },
        {
          "const": 10,
          "title": "Linux",
          "description": "Linux"
        },
        {
          "const": 12,
          "title": "VisionPro",
          "description": "Vision Pro"
        },
        {
          "const": 20,
          "title": "RoomsTouchWindows",
          "description": "Rooms for Touch, Windows"
        },
        {
          "const": 21,
          "title": "RoomsTouchMac",
          "description": "Rooms for Touch, macOS"
        },
        {
          "const": 22,
          "title": "RoomsTouchAndroid",
          "description": "Rooms for Touch, Android"
        },
        {
          "const": 30,
          "title": "ControllerTouchWindows",
          "description": "Controller for Touch, Windows"
        },
        {
          "const": 32,
          "title": "ControllerTouchAndroid",
          "description": "Controller for Touch, Android"
        },
        {
          "const": 33,
          "title": "ControllerTouchIos",
          "description": "Controller for Touch, iOS"
        },
        {
          "const": 81,
          "title": "HarmonyPhone",
          "description": "HarmonyOS phone"
        },
        {
          "const": 82,
          "title": "HarmonyTablet",
          "description": "HarmonyOS tablet"
        },
        {
          "const": 83,
          "title": "HarmonyPc",
          "description": "HarmonyOS PC"
        },
        {
          "const": 84,
          "title": "HarmonyCockpit",
          "description": "HarmonyOS intelligent cockpit"
        },
        {
          "const": 86,
          "title": "HarmonyArVr",
          "description": "HarmonyOS AR/VR"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "OperatorIdType": {
      "title": "OperatorIdType",
      "description": "What kind of ID `operator_id` (or another user ID beside a `*_id_type` field) is (操作者 ID 的类型). Each page lists the codes its endpoint takes, a subset of these (the field's description names them); any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Userid",
          "description": "An enterprise user ID (userid)"
        },
        {
          "const": 2,
          "title": "OpenId",
          "description": "An OAuth 2.0 open ID (openid)"
        },
        {
          "const": 3,
          "title": "RoomsId",
          "description": "A Rooms device ID (rooms_id)"
        },
        {
          "const": 4,
          "title": "MsOpenId",
          "description": "A temporary in-meeting ID (ms_open_id)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "SetParticipantMuteRequest": {
      "title": "SetParticipantMuteRequest",
      "description": "Body of `PUT /v1/real-control/meetings/{meeting_id}/mutes`: mute or unmute a participant (静音用户), meeting members and webinar attendees alike; MRA and PSTN devices may be the target. The operator must be the meeting's creator, a host or a co-host (permission MANAGE_MEETING). Enterprise-secret callers manage any valid meeting created in the enterprise, OAuth 2.0 callers only meetings created through OAuth. Success is an empty body (per the older pages). The example follows the table (the older pages' example in the current form).",
      "type": "object",
      "required": [
        "instanceid",
        "mute",
        "user"
      ],
      "examples": [
        {
          "operator_id": "tester1",
          "operator_id_type": 1,
          "instanceid": 4,
          "mute": true,
          "user": {
            "to_operator_id": "agaqwwgdkkddd",
            "to_operator_id_type": 4,
            "instanceid": 2
          }
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID), the meeting's creator, a host or a co-host; what it is depends on `operator_id_type`. Optional on this page (必选: 否), like `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid (must equal the `openid` common header), 4 ms_open_id.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "instanceid": {
          "description": "Device type of the caller (用户的终端设备类型).",
          "$ref": "#/definitions/InstanceId"
        },
        "mute": {
          "description": "Mute or unmute (是否静音): `true` mute (静音), `false` unmute (解除静音).",
          "type": "boolean"
        },
        "user": {
          "description": "The participant (被操作用户对象信息).",
          "$ref": "#/definitions/ControlTargetUser"
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`SetParticipantNamesPath`](crate::control::SetParticipantNamesPath), bundled from `schemas/control/set-participant-names.path.json`.
    pub const SET_PARTICIPANT_NAMES_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SetParticipantNamesPath",
  "definitions": {
    "SetParticipantNamesPath": {
      "title": "SetParticipantNamesPath",
      "description": "Path parameters of `PUT /v1/real-control/meetings/{meeting_id}/names` (the docs spell the parameter `{meetingId}`).",
      "type": "object",
      "required": [
        "meeting_id"
      ],
      "examples": [
        {
          "meeting_id": "7567173273889276131"
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "ID of the meeting (会议 ID), `{meetingId}` in the docs' URL.",
          "type": "string",
          "minLength": 1
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`SetParticipantNamesRequest`](crate::control::SetParticipantNamesRequest), bundled from `schemas/control/set-participant-names.request.json`.
    pub const SET_PARTICIPANT_NAMES_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SetParticipantNamesRequest",
  "definitions": {
    "InstanceId": {
      "title": "InstanceId",
      "description": "Device type of the caller (设备类型 ID / 用户的终端设备类型). The three seed docs list the codes 1 to 8; the current docs add more (0, 9, 10, 12, 20-22, 30-33, 81-86), and the live API may know others, so any integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Pstn",
          "description": "PSTN (telephone)"
        },
        {
          "const": 1,
          "title": "Pc",
          "description": "PC"
        },
        {
          "const": 2,
          "title": "Mac",
          "description": "Mac"
        },
        {
          "const": 3,
          "title": "Android",
          "description": "Android"
        },
        {
          "const": 4,
          "title": "Ios",
          "description": "iOS"
        },
        {
          "const": 5,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 6,
          "title": "Ipad",
          "description": "iPad"
        },
        {
          "const": 7,
          "title": "AndroidPad",
          "description": "Android Pad"
        },
        {
          "const": 8,
          "title": "MiniProgram",
          "description": "Mini program (小程序)"
        },
        {
          "const": 9,
          "title": "VoipSip",
          "description": "VoIP / SIP device"
        },
        {
          "const": 10,
          "title": "Linux",
          "description": "Linux"
        },
        {
          "const": 12,
          "title": "VisionPro",
          "description": "Vision Pro"
        },
        {
          "const": 20,
          "title": "RoomsTouchWindows",
          "description": "Rooms for Touch, Windows"
        },
        {
          "const": 21,
          "title": "RoomsTouchMac",
          "description": "Rooms for Touch, macOS"
        },
        {
          "const": 22,
          "title": "RoomsTouchAndroid",
          "description": "Rooms for Touch, Android"
        },
        {
          "const": 30,
          "title": "ControllerTouchWindows",
          "description": "Controller for Touch, Windows"
        },
        {
          "const": 32,
          "title": "ControllerTouchAndroid",
          "description": "Controller for Touch, Android"
        },
        {
          "const": 33,
          "title": "ControllerTouchIos",
          "description": "Controller for Touch, iOS"
        },
        {
          "const": 81,
          "title": "HarmonyPhone",
          "description": "HarmonyOS phone"
        },
        {
          "const": 82,
          "title": "HarmonyTablet",
          "description": "HarmonyOS tablet"
        },
        {
          "const": 83,
          "title": "HarmonyPc",
          "description": "HarmonyOS PC"
        },
        {
          "const": 84,
          "title": "HarmonyCockpit",
          "description": "HarmonyOS intelligent cockpit"
        },
        {
          "const": 86,
          "title": "HarmonyArVr",
          "description": "HarmonyOS AR/VR"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "OperatorIdType": {
      "title": "OperatorIdType",
      "description": "What kind of ID `operator_id` (or another user ID beside a `*_id_type` field) is (操作者 ID 的类型). Each page lists the codes its endpoint takes, a subset of these (the field's description names them); any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Userid",
          "description": "An enterprise user ID (userid)"
        },
        {
          "const": 2,
          "title": "OpenId",
          "description": "An OAuth 2.0 open ID (openid)"
        },
        {
          "const": 3,
          "title": "RoomsId",
          "description": "A Rooms device ID (rooms_id)"
        },
        {
          "const": 4,
          "title": "MsOpenId",
          "description": "A temporary in-meeting ID (ms_open_id)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "ParticipantNickname": {
      "title": "ParticipantNickname",
      "description": "A participant to rename and its new in-meeting name (被操作用户对象 User of 更改会中成员昵称).",
      "type": "object",
      "required": [
        "ms_open_id",
        "instanceid"
      ],
      "properties": {
        "ms_open_id": {
          "description": "Temporary ID of the participant in this meeting (被操作者在当场会议的用户临时 ID), usable for in-meeting control of any user.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "instanceid": {
          "description": "Device type of the participant (用户的终端设备类型).",
          "$ref": "#/definitions/InstanceId"
        },
        "nick_name": {
          "description": "The new in-meeting name (会中昵称). The retrieved page is cut off before this row; the SDK types it as an optional string, so no rule is applied.",
          "type": "string"
        }
      }
    },
    "SetParticipantNamesRequest": {
      "title": "SetParticipantNamesRequest",
      "description": "Body of `PUT /v1/real-control/meetings/{meeting_id}/names`: change the in-meeting names of participants (更改会中成员昵称), meeting members and webinar attendees alike; MRA and PSTN devices may be the target. The operator must be the meeting's creator or a host or co-host already in the meeting (permission MANAGE_MEETING); only a host in the meeting may rename hosts and co-hosts. Enterprise-secret callers manage any valid meeting created in the enterprise, OAuth 2.0 callers only meetings created through OAuth. At most 20 participants per call (一次最多处理20个对象). The page was retrieved only up to the participant object: its output and example are missing, so the response is kept as an untyped object and the example follows the table.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "instanceid",
        "users"
      ],
      "examples": [
        {
          "operator_id": "tester1",
          "operator_id_type": 1,
          "instanceid": 1,
          "users": [
            {
              "ms_open_id": "WMfgHRYj6m36mcDGtK",
              "instanceid": 2,
              "nick_name": "Alice"
            }
          ]
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid (must equal the `openid` common header), 4 ms_open_id.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "instanceid": {
          "description": "Device type of the caller (用户的终端设备类型).",
          "$ref": "#/definitions/InstanceId"
        },
        "users": {
          "description": "The participants to rename (被操作用户对象信息列表), at most 20 per call (一次最多处理20个对象).",
          "type": "array",
          "maxItems": 20,
          "items": {
            "$ref": "#/definitions/ParticipantNickname"
          }
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`SetParticipantVideoPath`](crate::control::SetParticipantVideoPath), bundled from `schemas/control/set-participant-video.path.json`.
    pub const SET_PARTICIPANT_VIDEO_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SetParticipantVideoPath",
  "definitions": {
    "SetParticipantVideoPath": {
      "title": "SetParticipantVideoPath",
      "description": "Path parameters of `PUT /v1/real-control/meetings/{meeting_id}/video` (the docs spell the parameter `{meetingId}`).",
      "type": "object",
      "required": [
        "meeting_id"
      ],
      "examples": [
        {
          "meeting_id": "7567173273889276131"
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "ID of the meeting (会议 ID), `{meetingId}` in the docs' URL.",
          "type": "string",
          "minLength": 1
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`SetParticipantVideoRequest`](crate::control::SetParticipantVideoRequest), bundled from `schemas/control/set-participant-video.request.json`.
    pub const SET_PARTICIPANT_VIDEO_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SetParticipantVideoRequest",
  "definitions": {
    "ControlTargetUser": {
      "title": "ControlTargetUser",
      "description": "A participant an in-meeting control acts on (被操作用户对象 User). The current pages identify it by `to_operator_id` + `to_operator_id_type` (4 = ms_open_id) and its device type; the older pages by `uuid`, which the SDK still carries for kickout and the waiting room, offered here as an optional addition.",
      "type": "object",
      "required": [
        "instanceid"
      ],
      "properties": {
        "to_operator_id": {
          "description": "ID of the participant acted on (被操作者 ID); what it is depends on `to_operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "to_operator_id_type": {
          "description": "Type of `to_operator_id` (被操作者 ID 的类型): 4 ms_open_id.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "instanceid": {
          "description": "Device type of the participant acted on (用户的终端设备类型); it must match the participant's actual device or the call has no effect (请与被操作者的设备类型保持一致,否则不生效).",
          "$ref": "#/definitions/InstanceId"
        },
        "uuid": {
          "description": "Identity ID of the participant acted on (被操作者用户唯一身份 ID), the older pages' way to name the participant. Not in the current tables; the SDK sends it for kickout and the waiting room.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        }
      }
    },
    "InstanceId": {
      "title": "InstanceId",
      "description": "Device type of the caller (设备类型 ID / 用户的终端设备类型). The three seed docs list the codes 1 to 8; the current docs add more (0, 9, 10, 12, 20-22, 30-33, 81-86), and the live API may know others, so any integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Pstn",
          "description": "PSTN (telephone)"
        },
        {
          "const": 1,
          "title": "Pc",
          "description": "PC"
        },
        {
          "const": 2,
          "title": "Mac",
          "description": "Mac"
        },
        {
          "const": 3,
          "title": "Android",
          "description": "Android"
        },
        {
          "const": 4,
          "title": "Ios",
          "description": "iOS"
        },
        {
          "const": 5,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 6,
          "title": "Ipad",
          "description": "iPad"
        },
        {
          "const": 7,
          "title": "AndroidPad",
          "description": "Android Pad"
        },
        {
          "const": 8,
          "title": "MiniProgram",
          "description": "Mini program (小程序)"
        },
        {
          "const": 9,
          "title": "VoipSip",
          "description": "VoIP / SIP device"
        },
        {
          "const": 10,
          "title": "Linux",
          "description": "Linux"
        },
        {
          "const": 12,
          "title": "VisionPro",
          "description": "Vision Pro"
        },
        {
          "const": 20,
          "title": "RoomsTouchWindows",
          "description": "Rooms for Touch, Windows"
        },
        {
          "const": 21,
          "title": "RoomsTouchMac",
          "description": "Rooms for Touch, macOS"
        },
        {
          "const": 22,
          "title": "RoomsTouchAndroid",
          "description": "Rooms for Touch, Android"
        },
        {
          "const": 30,
          "title": "ControllerTouchWindows",
          "description": "Controller for Touch, Windows"
        },
        {
          "const": 32,
          "title": "ControllerTouchAndroid",
          "description": "Controller for Touch, Android"
        },
        {
          "const": 33,
          "title": "ControllerTouchIos",
          "description": "Controller for Touch, iOS"
        },
        {
          "const": 81,
          "title": "HarmonyPhone",
          "description": "HarmonyOS phone"
        },
        {
          "const": 82,
          "title": "HarmonyTablet",
          "description": "HarmonyOS tablet"
        },
        {
          "const": 83,
          "title": "HarmonyPc",
          "description": "HarmonyOS PC"
        },
        {
          "const": 84,
          "title": "HarmonyCockpit",
          "description": "HarmonyOS intelligent cockpit"
        },
        {
          "const": 86,
          "title": "HarmonyArVr",
          "description": "HarmonyOS AR/VR"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "OperatorIdType": {
      "title": "OperatorIdType",
      "description": "What kind of ID `operator_id` (or another user ID beside a `*_id_type` field) is (操作者 ID 的类型). Each page lists the codes its endpoint takes, a subset of these (the field's description names them); any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Userid",
          "description": "An enterprise user ID (userid)"
        },
        {
          "const": 2,
          "title": "OpenId",
          "description": "An OAuth 2.0 open ID (openid)"
        },
        {
          "const": 3,
          "title": "RoomsId",
          "description": "A Rooms device ID (rooms_id)"
        },
        {
          "const": 4,
          "title": "MsOpenId",
          "description": "A temporary in-meeting ID (ms_open_id)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "SetParticipantVideoRequest": {
      "title": "SetParticipantVideoRequest",
      "description": "Body of `PUT /v1/real-control/meetings/{meeting_id}/video`: turn a participant's video off, or an MRA device's video on (关闭或开启用户视频). The operator must be the meeting's creator, a host or a co-host (OAuth 2.0 callers need permission MANAGE_MEETING). Enterprise-secret callers manage any valid meeting created in the enterprise, OAuth 2.0 callers only meetings created through OAuth. Success is an empty body (per the older pages). The example follows the table.",
      "type": "object",
      "required": [
        "instanceid",
        "user"
      ],
      "examples": [
        {
          "operator_id": "tester1",
          "operator_id_type": 1,
          "instanceid": 4,
          "user": {
            "to_operator_id": "agaqwwgdkkddd",
            "to_operator_id_type": 4,
            "instanceid": 2
          },
          "video": false
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID), the meeting's creator, a host or a co-host; what it is depends on `operator_id_type`. Optional on this page (必选: 否), like `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid (must equal the `openid` common header), 4 ms_open_id.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "instanceid": {
          "description": "Device type of the caller (用户的终端设备类型).",
          "$ref": "#/definitions/InstanceId"
        },
        "user": {
          "description": "The participant (被操作用户对象信息).",
          "$ref": "#/definitions/ControlTargetUser"
        },
        "video": {
          "description": "Video state to set (是否关闭视频): `false` turn it off (关闭视频, the service's default), `true` turn it on, MRA devices only (开启视频,仅支持 MRA 设备).",
          "type": "boolean",
          "default": false
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`StopScreenSharePath`](crate::control::StopScreenSharePath), bundled from `schemas/control/stop-screen-share.path.json`.
    pub const STOP_SCREEN_SHARE_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/StopScreenSharePath",
  "definitions": {
    "StopScreenSharePath": {
      "title": "StopScreenSharePath",
      "description": "Path parameters of `PUT /v1/real-control/meetings/{meeting_id}/screen-shared` (the docs spell the parameter `{meetingId}`).",
      "type": "object",
      "required": [
        "meeting_id"
      ],
      "examples": [
        {
          "meeting_id": "7567173273889276131"
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "ID of the meeting (会议 ID), `{meetingId}` in the docs' URL.",
          "type": "string",
          "minLength": 1
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`StopScreenShareRequest`](crate::control::StopScreenShareRequest), bundled from `schemas/control/stop-screen-share.request.json`.
    pub const STOP_SCREEN_SHARE_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/StopScreenShareRequest",
  "definitions": {
    "ControlTargetUser": {
      "title": "ControlTargetUser",
      "description": "A participant an in-meeting control acts on (被操作用户对象 User). The current pages identify it by `to_operator_id` + `to_operator_id_type` (4 = ms_open_id) and its device type; the older pages by `uuid`, which the SDK still carries for kickout and the waiting room, offered here as an optional addition.",
      "type": "object",
      "required": [
        "instanceid"
      ],
      "properties": {
        "to_operator_id": {
          "description": "ID of the participant acted on (被操作者 ID); what it is depends on `to_operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "to_operator_id_type": {
          "description": "Type of `to_operator_id` (被操作者 ID 的类型): 4 ms_open_id.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "instanceid": {
          "description": "Device type of the participant acted on (用户的终端设备类型); it must match the participant's actual device or the call has no effect (请与被操作者的设备类型保持一致,否则不生效).",
          "$ref": "#/definitions/InstanceId"
        },
        "uuid": {
          "description": "Identity ID of the participant acted on (被操作者用户唯一身份 ID), the older pages' way to name the participant. Not in the current tables; the SDK sends it for kickout and the waiting room.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        }
      }
    },
    "InstanceId": {
      "title": "InstanceId",
      "description": "Device type of the caller (设备类型 ID / 用户的终端设备类型). The three seed docs list the codes 1 to 8; the current docs add more (0, 9, 10, 12, 20-22, 30-33, 81-86), and the live API may know others, so any integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Pstn",
          "description": "PSTN (telephone)"
        },
        {
          "const": 1,
          "title": "Pc",
          "description": "PC"
        },
        {
          "const": 2,
          "title": "Mac",
          "description": "Mac"
        },
        {
          "const": 3,
          "title": "Android",
          "description": "Android"
        },
        {
          "const": 4,
          "title": "Ios",
          "description": "iOS"
        },
        {
          "const": 5,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 6,
          "title": "Ipad",
          "description": "iPad"
        },
        {
          "const": 7,
          "title": "AndroidPad",
          "description": "Android Pad"
        },
        {
          "const": 8,
          "title": "MiniProgram",
          "description": "Mini program (小程序)"
        },
        {
          "const": 9,
          "title": "VoipSip",
          "description": "VoIP / SIP device"
        },
        {
          "const": 10,
          "title": "Linux",
          "description": "Linux"
        },
        {
          "const": 12,
          "title": "VisionPro",
          "description": "Vision Pro"
        },
        {
          "const": 20,
          "title": "RoomsTouchWindows",
          "description": "Rooms for Touch, Windows"
        },
        {
          "const": 21,
          "title": "RoomsTouchMac",
          "description": "Rooms for Touch, macOS"
        },
        {
          "const": 22,
          "title": "RoomsTouchAndroid",
          "description": "Rooms for Touch, Android"
        },
        {
          "const": 30,
          "title": "ControllerTouchWindows",
          "description": "Controller for Touch, Windows"
        },
        {
          "const": 32,
          "title": "ControllerTouchAndroid",
          "description": "Controller for Touch, Android"
        },
        {
          "const": 33,
          "title": "ControllerTouchIos",
          "description": "Controller for Touch, iOS"
        },
        {
          "const": 81,
          "title": "HarmonyPhone",
          "description": "HarmonyOS phone"
        },
        {
          "const": 82,
          "title": "HarmonyTablet",
          "description": "HarmonyOS tablet"
        },
        {
          "const": 83,
          "title": "HarmonyPc",
          "description": "HarmonyOS PC"
        },
        {
          "const": 84,
          "title": "HarmonyCockpit",
          "description": "HarmonyOS intelligent cockpit"
        },
        {
          "const": 86,
          "title": "HarmonyArVr",
          "description": "HarmonyOS AR/VR"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "OperatorIdType": {
      "title": "OperatorIdType",
      "description": "What kind of ID `operator_id` (or another user ID beside a `*_id_type` field) is (操作者 ID 的类型). Each page lists the codes its endpoint takes, a subset of these (the field's description names them); any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Userid",
          "description": "An enterprise user ID (userid)"
        },
        {
          "const": 2,
          "title": "OpenId",
          "description": "An OAuth 2.0 open ID (openid)"
        },
        {
          "const": 3,
          "title": "RoomsId",
          "description": "A Rooms device ID (rooms_id)"
        },
        {
          "const": 4,
          "title": "MsOpenId",
          "description": "A temporary in-meeting ID (ms_open_id)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "StopScreenShareRequest": {
      "title": "StopScreenShareRequest",
      "description": "Body of `PUT /v1/real-control/meetings/{meeting_id}/screen-shared`: close a participant's screen sharing (关闭用户屏幕共享). The operator must be the meeting's creator, a host or a co-host (permission MANAGE_MEETING); MRA devices are not supported as the target. Enterprise-secret callers manage any valid meeting created in the enterprise, OAuth 2.0 callers only meetings created through OAuth. Success is an empty body (per the older pages). The example follows the table (the older pages' example in the current form).",
      "type": "object",
      "required": [
        "instanceid",
        "user"
      ],
      "examples": [
        {
          "operator_id": "tester1",
          "operator_id_type": 1,
          "instanceid": 4,
          "user": {
            "to_operator_id": "agaqwwgdkkddd",
            "to_operator_id_type": 4,
            "instanceid": 2
          }
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID), the meeting's creator, a host or a co-host; what it is depends on `operator_id_type`. Optional on this page (必选: 否), like `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid (must equal the `openid` common header), 4 ms_open_id.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "instanceid": {
          "description": "Device type of the caller (用户的终端设备类型).",
          "$ref": "#/definitions/InstanceId"
        },
        "user": {
          "description": "The participant whose sharing is closed (被操作用户对象信息).",
          "$ref": "#/definitions/ControlTargetUser"
        }
      }
    }
  }
}"##;
}

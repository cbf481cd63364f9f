// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! The event callbacks (事件订阅): a payload model per event of `schemas/events/` (its `x-event`), the
//! definitions they share, and the table of event names.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
#[allow(unused_imports)]
use super::root::*;
/// The meeting an event is about (会议信息).
///
/// Generated from `schemas/events/definitions.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct EventMeetingInfo {
    /// Meeting ID (会议 ID).
    ///
    /// Wire name `meeting_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_id: ::std::option::Option<::std::string::String>,
    /// Meeting code (会议号).
    ///
    /// Wire name `meeting_code`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_code: ::std::option::Option<::std::string::String>,
    /// Meeting subject (会议主题).
    ///
    /// Wire name `subject`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub subject: ::std::option::Option<::std::string::String>,
    /// Creator of the meeting (创建者), current envelope.
    ///
    /// Wire name `creator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub creator: ::std::option::Option<EventUser>,
    /// User ID of the creator (创建者 ID), legacy envelope.
    ///
    /// Wire name `creator_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub creator_id: ::std::option::Option<::std::string::String>,
    /// Hosts of the meeting (主持人): user objects (current envelope) or user ID strings (legacy envelope).
    ///
    /// Wire name `hosts`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub hosts: ::std::option::Option<::std::vec::Vec<crate::EventHost>>,
    /// Meeting type (会议类型). The pages disagree on the codes: 0 one-off (一次性会议), 1 recurring (周期性会议), 2 WeChat-exclusive (微信专属会议), 3 or 4 Rooms screen-cast (rooms 投屏会议), 5 personal meeting ID (个人会议号会议), 6 webinar (网络研讨会); kept as an open integer.
    ///
    /// Wire name `meeting_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_type: ::std::option::Option<i64>,
    /// Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.
    ///
    /// Wire name `start_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub start_time: ::std::option::Option<crate::EventTime>,
    /// Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.
    ///
    /// Wire name `end_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub end_time: ::std::option::Option<crate::EventTime>,
    /// How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).
    ///
    /// Wire name `meeting_create_mode`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_create_mode: ::std::option::Option<i64>,
    /// Where the meeting was created (会议创建来源).
    ///
    /// Wire name `meeting_create_from`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_create_from: ::std::option::Option<crate::events::MeetingCreateFrom>,
}
impl EventMeetingInfo {
    /// A builder of [`EventMeetingInfo`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::EventMeetingInfoBuilder {
        builders::EventMeetingInfoBuilder {
            meeting_id: ::std::option::Option::None,
            meeting_code: ::std::option::Option::None,
            subject: ::std::option::Option::None,
            creator: ::std::option::Option::None,
            creator_id: ::std::option::Option::None,
            hosts: ::std::option::Option::None,
            meeting_type: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
            meeting_create_mode: ::std::option::Option::None,
            meeting_create_from: ::std::option::Option::None,
        }
    }
}
/// A Tencent Meeting Rooms device of the meeting (Rooms 信息).
///
/// Generated from `schemas/events/definitions.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct EventRoomInfo {
    /// Meeting room ID (会议室 ID).
    ///
    /// Wire name `meeting_room_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_room_id: ::std::option::Option<::std::string::String>,
    /// Meeting room name (会议室名称).
    ///
    /// Wire name `meeting_room_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_room_name: ::std::option::Option<::std::string::String>,
    /// Rooms device ID (Rooms 设备 ID).
    ///
    /// Wire name `rooms_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub rooms_id: ::std::option::Option<::std::string::String>,
}
impl EventRoomInfo {
    /// A builder of [`EventRoomInfo`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::EventRoomInfoBuilder {
        builders::EventRoomInfoBuilder {
            meeting_room_id: ::std::option::Option::None,
            meeting_room_name: ::std::option::Option::None,
            rooms_id: ::std::option::Option::None,
        }
    }
}
/// A user in an event: the operator (事件操作者), the creator (创建者) or a host (主持人). Which fields are present depends on the event and the user.
///
/// Generated from `schemas/events/definitions.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct EventUser {
    /// User ID (用户 ID): the enterprise userid for users of the same enterprise, the open_id for OAuth users, the rooms_id for Tencent Meeting Rooms.
    ///
    /// Wire name `userid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userid: ::std::option::Option<::std::string::String>,
    /// OAuth open_id of the user (OAuth 授权用户的 open_id).
    ///
    /// Wire name `open_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub open_id: ::std::option::Option<::std::string::String>,
    /// User identity ID (用户身份 ID).
    ///
    /// Wire name `uuid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub uuid: ::std::option::Option<::std::string::String>,
    /// Display name (用户名称).
    ///
    /// Wire name `user_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user_name: ::std::option::Option<::std::string::String>,
    /// Temporary ID of the user in the meeting (会议中的临时 id).
    ///
    /// Wire name `ms_open_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ms_open_id: ::std::option::Option<::std::string::String>,
    /// Device type of the user (用户的终端设备类型), a string of the device code such as "2".
    ///
    /// Wire name `instance_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub instance_id: ::std::option::Option<::std::string::String>,
}
impl EventUser {
    /// A builder of [`EventUser`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::EventUserBuilder {
        builders::EventUserBuilder {
            userid: ::std::option::Option::None,
            open_id: ::std::option::Option::None,
            uuid: ::std::option::Option::None,
            user_name: ::std::option::Option::None,
            ms_open_id: ::std::option::Option::None,
            instance_id: ::std::option::Option::None,
        }
    }
}
/// The upload result of one material (素材上传信息).
///
/// Generated from `schemas/events/meeting-medium-uploaded.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MediumUploadInfo {
    /// Whether this material was uploaded (上传状态): `true` success, `false` failure.
    ///
    /// Wire name `upload_status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub upload_status: ::std::option::Option<bool>,
    /// Why the upload failed (失败原因); empty on success.
    ///
    /// Wire name `error_msg`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error_msg: ::std::option::Option<::std::string::String>,
    /// Material type (素材类型).
    ///
    /// Wire name `medium_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub medium_type: ::std::option::Option<crate::events::MediumType>,
    /// URL of the material (素材 URL).
    ///
    /// Wire name `medium_url`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub medium_url: ::std::option::Option<::std::string::String>,
    /// Document ID (文档 ID), only when uploading a document (上传文档场景).
    ///
    /// Wire name `medium_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub medium_id: ::std::option::Option<::std::string::String>,
}
impl MediumUploadInfo {
    /// A builder of [`MediumUploadInfo`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MediumUploadInfoBuilder {
        builders::MediumUploadInfoBuilder {
            upload_status: ::std::option::Option::None,
            error_msg: ::std::option::Option::None,
            medium_type: ::std::option::Option::None,
            medium_url: ::std::option::Option::None,
            medium_id: ::std::option::Option::None,
        }
    }
}
/// One item of the `payload` of the event `meeting.canceled` (会议取消): the creator or an administrator cancelled a scheduled meeting from a client, the web or the REST cancel-meeting API.
///
/// Generated from `schemas/events/meeting-canceled.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingCanceledPayload {
    /// When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// Who cancelled the meeting (事件操作者).
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// Why the meeting was cancelled (取消原因).
    ///
    /// Wire name `cancel_reason`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cancel_reason: ::std::option::Option<::std::string::String>,
    /// The meeting cancelled (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
}
impl MeetingCanceledPayload {
    /// A builder of [`MeetingCanceledPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingCanceledPayloadBuilder {
        builders::MeetingCanceledPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            cancel_reason: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
}
/// One item of the `payload` of the event `meeting.created` (会议创建): a meeting was created from a client, the web or the REST create-meeting API.
///
/// Generated from `schemas/events/meeting-created.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingCreatedPayload {
    /// When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// Who created the meeting (事件操作者).
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// The meeting created (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
}
impl MeetingCreatedPayload {
    /// A builder of [`MeetingCreatedPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingCreatedPayloadBuilder {
        builders::MeetingCreatedPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
}
/// One item of the `payload` of the event `meeting.live-started` (直播开始): live streaming of a meeting started.
///
/// Generated from `schemas/events/meeting-live-started.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingLiveStartedPayload {
    /// When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// Who started the live stream (事件操作者).
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// The meeting streamed (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
}
impl MeetingLiveStartedPayload {
    /// A builder of [`MeetingLiveStartedPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingLiveStartedPayloadBuilder {
        builders::MeetingLiveStartedPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
}
/// One item of the `payload` of the event `meeting.live-stopped` (直播停止): live streaming of a meeting stopped.
///
/// Generated from `schemas/events/meeting-live-stopped.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingLiveStoppedPayload {
    /// When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// Who stopped the live stream (事件操作者).
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// The meeting streamed (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
}
impl MeetingLiveStoppedPayload {
    /// A builder of [`MeetingLiveStoppedPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingLiveStoppedPayloadBuilder {
        builders::MeetingLiveStoppedPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
}
/// One item of the `payload` of the event `meeting.medium-uploaded` (素材上传结果): the materials (videos, pictures, files) of an API request, such as adding meeting backgrounds, were uploaded or failed to. The envelope's `trace_id` is the `X-TC-Trace` response header of that request.
///
/// Generated from `schemas/events/meeting-medium-uploaded.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingMediumUploadedPayload {
    /// When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// Whether every material was uploaded (素材整体上传状态): `true` all succeeded; `false` at least one failed, and all of them must be uploaded again.
    ///
    /// Wire name `event_upload_status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub event_upload_status: ::std::option::Option<bool>,
    /// One result per material of the request (素材上传信息).
    ///
    /// Wire name `upload_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub upload_info: ::std::option::Option<::std::vec::Vec<MediumUploadInfo>>,
    /// The meeting the materials belong to (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
}
impl MeetingMediumUploadedPayload {
    /// A builder of [`MeetingMediumUploadedPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingMediumUploadedPayloadBuilder {
        builders::MeetingMediumUploadedPayloadBuilder {
            operate_time: ::std::option::Option::None,
            event_upload_status: ::std::option::Option::None,
            upload_info: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
}
/// One item of the `payload` of the event `meeting.updated` (会议更新): the creator or an administrator changed a scheduled meeting from a client, the web or the REST modify-meeting API. Personal-meeting-ID (PMI) meetings do not send it.
///
/// Generated from `schemas/events/meeting-updated.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingUpdatedPayload {
    /// When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// Who changed the meeting (事件操作者).
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// The meeting as changed (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// The Tencent Meeting Rooms of the meeting (Rooms 信息).
    ///
    /// Wire name `rooms_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub rooms_info: ::std::option::Option<::std::vec::Vec<EventRoomInfo>>,
}
impl MeetingUpdatedPayload {
    /// A builder of [`MeetingUpdatedPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingUpdatedPayloadBuilder {
        builders::MeetingUpdatedPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
            rooms_info: ::std::option::Option::None,
        }
    }
}
/// Builders of the models, one per model: `Model::builder()`, a setter per field, `build()` once every
/// required field is set (a missing one is a compile error naming it, through the
/// [`missing`](self::missing) markers).
pub mod builders {
    use super::*;
    /// Builds a [`EventMeetingInfo`](super::EventMeetingInfo): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct EventMeetingInfoBuilder {
        pub(crate) meeting_id: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_code: ::std::option::Option<::std::string::String>,
        pub(crate) subject: ::std::option::Option<::std::string::String>,
        pub(crate) creator: ::std::option::Option<EventUser>,
        pub(crate) creator_id: ::std::option::Option<::std::string::String>,
        pub(crate) hosts: ::std::option::Option<::std::vec::Vec<crate::EventHost>>,
        pub(crate) meeting_type: ::std::option::Option<i64>,
        pub(crate) start_time: ::std::option::Option<crate::EventTime>,
        pub(crate) end_time: ::std::option::Option<crate::EventTime>,
        pub(crate) meeting_create_mode: ::std::option::Option<i64>,
        pub(crate) meeting_create_from: ::std::option::Option<
            crate::events::MeetingCreateFrom,
        >,
    }
    impl ::std::fmt::Debug for EventMeetingInfoBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(EventMeetingInfoBuilder)).finish_non_exhaustive()
        }
    }
    impl EventMeetingInfoBuilder {
        /// Sets [`meeting_id`](super::EventMeetingInfo::meeting_id).
        ///
        /// Optional.
        pub fn meeting_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_code`](super::EventMeetingInfo::meeting_code).
        ///
        /// Optional.
        pub fn meeting_code(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_code = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`subject`](super::EventMeetingInfo::subject).
        ///
        /// Optional.
        pub fn subject(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.subject = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`creator`](super::EventMeetingInfo::creator).
        ///
        /// Optional.
        pub fn creator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.creator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`creator_id`](super::EventMeetingInfo::creator_id).
        ///
        /// Optional.
        pub fn creator_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.creator_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`hosts`](super::EventMeetingInfo::hosts).
        ///
        /// Optional.
        pub fn hosts(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<crate::EventHost>,
            >,
        ) -> Self {
            self.hosts = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`meeting_type`](super::EventMeetingInfo::meeting_type).
        ///
        /// Optional.
        pub fn meeting_type(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.meeting_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`start_time`](super::EventMeetingInfo::start_time).
        ///
        /// Optional.
        pub fn start_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.start_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`end_time`](super::EventMeetingInfo::end_time).
        ///
        /// Optional.
        pub fn end_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.end_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_create_mode`](super::EventMeetingInfo::meeting_create_mode).
        ///
        /// Optional.
        pub fn meeting_create_mode(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.meeting_create_mode = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_create_from`](super::EventMeetingInfo::meeting_create_from).
        ///
        /// Optional.
        pub fn meeting_create_from(
            mut self,
            value: impl ::std::convert::Into<crate::events::MeetingCreateFrom>,
        ) -> Self {
            self.meeting_create_from = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl EventMeetingInfoBuilder {
        /// The [`EventMeetingInfo`](super::EventMeetingInfo).
        pub fn build(self) -> super::EventMeetingInfo {
            super::EventMeetingInfo {
                meeting_id: self.meeting_id,
                meeting_code: self.meeting_code,
                subject: self.subject,
                creator: self.creator,
                creator_id: self.creator_id,
                hosts: self.hosts,
                meeting_type: self.meeting_type,
                start_time: self.start_time,
                end_time: self.end_time,
                meeting_create_mode: self.meeting_create_mode,
                meeting_create_from: self.meeting_create_from,
            }
        }
    }
    /// Builds a [`EventRoomInfo`](super::EventRoomInfo): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct EventRoomInfoBuilder {
        pub(crate) meeting_room_id: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_room_name: ::std::option::Option<::std::string::String>,
        pub(crate) rooms_id: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for EventRoomInfoBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(EventRoomInfoBuilder)).finish_non_exhaustive()
        }
    }
    impl EventRoomInfoBuilder {
        /// Sets [`meeting_room_id`](super::EventRoomInfo::meeting_room_id).
        ///
        /// Optional.
        pub fn meeting_room_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_room_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_room_name`](super::EventRoomInfo::meeting_room_name).
        ///
        /// Optional.
        pub fn meeting_room_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_room_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`rooms_id`](super::EventRoomInfo::rooms_id).
        ///
        /// Optional.
        pub fn rooms_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.rooms_id = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl EventRoomInfoBuilder {
        /// The [`EventRoomInfo`](super::EventRoomInfo).
        pub fn build(self) -> super::EventRoomInfo {
            super::EventRoomInfo {
                meeting_room_id: self.meeting_room_id,
                meeting_room_name: self.meeting_room_name,
                rooms_id: self.rooms_id,
            }
        }
    }
    /// Builds a [`EventUser`](super::EventUser): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct EventUserBuilder {
        pub(crate) userid: ::std::option::Option<::std::string::String>,
        pub(crate) open_id: ::std::option::Option<::std::string::String>,
        pub(crate) uuid: ::std::option::Option<::std::string::String>,
        pub(crate) user_name: ::std::option::Option<::std::string::String>,
        pub(crate) ms_open_id: ::std::option::Option<::std::string::String>,
        pub(crate) instance_id: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for EventUserBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(EventUserBuilder)).finish_non_exhaustive()
        }
    }
    impl EventUserBuilder {
        /// Sets [`userid`](super::EventUser::userid).
        ///
        /// Optional.
        pub fn userid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.userid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`open_id`](super::EventUser::open_id).
        ///
        /// Optional.
        pub fn open_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.open_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`uuid`](super::EventUser::uuid).
        ///
        /// Optional.
        pub fn uuid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.uuid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`user_name`](super::EventUser::user_name).
        ///
        /// Optional.
        pub fn user_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.user_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`ms_open_id`](super::EventUser::ms_open_id).
        ///
        /// Optional.
        pub fn ms_open_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.ms_open_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`instance_id`](super::EventUser::instance_id).
        ///
        /// Optional.
        pub fn instance_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.instance_id = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl EventUserBuilder {
        /// The [`EventUser`](super::EventUser).
        pub fn build(self) -> super::EventUser {
            super::EventUser {
                userid: self.userid,
                open_id: self.open_id,
                uuid: self.uuid,
                user_name: self.user_name,
                ms_open_id: self.ms_open_id,
                instance_id: self.instance_id,
            }
        }
    }
    /// Builds a [`MediumUploadInfo`](super::MediumUploadInfo): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MediumUploadInfoBuilder {
        pub(crate) upload_status: ::std::option::Option<bool>,
        pub(crate) error_msg: ::std::option::Option<::std::string::String>,
        pub(crate) medium_type: ::std::option::Option<crate::events::MediumType>,
        pub(crate) medium_url: ::std::option::Option<::std::string::String>,
        pub(crate) medium_id: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for MediumUploadInfoBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MediumUploadInfoBuilder)).finish_non_exhaustive()
        }
    }
    impl MediumUploadInfoBuilder {
        /// Sets [`upload_status`](super::MediumUploadInfo::upload_status).
        ///
        /// Optional.
        pub fn upload_status(mut self, value: bool) -> Self {
            self.upload_status = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`error_msg`](super::MediumUploadInfo::error_msg).
        ///
        /// Optional.
        pub fn error_msg(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.error_msg = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`medium_type`](super::MediumUploadInfo::medium_type).
        ///
        /// Optional.
        pub fn medium_type(
            mut self,
            value: impl ::std::convert::Into<crate::events::MediumType>,
        ) -> Self {
            self.medium_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`medium_url`](super::MediumUploadInfo::medium_url).
        ///
        /// Optional.
        pub fn medium_url(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.medium_url = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`medium_id`](super::MediumUploadInfo::medium_id).
        ///
        /// Optional.
        pub fn medium_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.medium_id = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl MediumUploadInfoBuilder {
        /// The [`MediumUploadInfo`](super::MediumUploadInfo).
        pub fn build(self) -> super::MediumUploadInfo {
            super::MediumUploadInfo {
                upload_status: self.upload_status,
                error_msg: self.error_msg,
                medium_type: self.medium_type,
                medium_url: self.medium_url,
                medium_id: self.medium_id,
            }
        }
    }
    /// Builds a [`MeetingCanceledPayload`](super::MeetingCanceledPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingCanceledPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) cancel_reason: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
    }
    impl ::std::fmt::Debug for MeetingCanceledPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingCanceledPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl MeetingCanceledPayloadBuilder {
        /// Sets [`operate_time`](super::MeetingCanceledPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::MeetingCanceledPayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`cancel_reason`](super::MeetingCanceledPayload::cancel_reason).
        ///
        /// Optional.
        pub fn cancel_reason(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.cancel_reason = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info`](super::MeetingCanceledPayload::meeting_info).
        ///
        /// Optional.
        pub fn meeting_info(
            mut self,
            value: impl ::std::convert::Into<EventMeetingInfo>,
        ) -> Self {
            self.meeting_info = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl MeetingCanceledPayloadBuilder {
        /// The [`MeetingCanceledPayload`](super::MeetingCanceledPayload).
        pub fn build(self) -> super::MeetingCanceledPayload {
            super::MeetingCanceledPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                cancel_reason: self.cancel_reason,
                meeting_info: self.meeting_info,
            }
        }
    }
    /// Builds a [`MeetingCreatedPayload`](super::MeetingCreatedPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingCreatedPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
    }
    impl ::std::fmt::Debug for MeetingCreatedPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingCreatedPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl MeetingCreatedPayloadBuilder {
        /// Sets [`operate_time`](super::MeetingCreatedPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::MeetingCreatedPayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info`](super::MeetingCreatedPayload::meeting_info).
        ///
        /// Optional.
        pub fn meeting_info(
            mut self,
            value: impl ::std::convert::Into<EventMeetingInfo>,
        ) -> Self {
            self.meeting_info = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl MeetingCreatedPayloadBuilder {
        /// The [`MeetingCreatedPayload`](super::MeetingCreatedPayload).
        pub fn build(self) -> super::MeetingCreatedPayload {
            super::MeetingCreatedPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                meeting_info: self.meeting_info,
            }
        }
    }
    /// Builds a [`MeetingLiveStartedPayload`](super::MeetingLiveStartedPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingLiveStartedPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
    }
    impl ::std::fmt::Debug for MeetingLiveStartedPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingLiveStartedPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl MeetingLiveStartedPayloadBuilder {
        /// Sets [`operate_time`](super::MeetingLiveStartedPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::MeetingLiveStartedPayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info`](super::MeetingLiveStartedPayload::meeting_info).
        ///
        /// Optional.
        pub fn meeting_info(
            mut self,
            value: impl ::std::convert::Into<EventMeetingInfo>,
        ) -> Self {
            self.meeting_info = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl MeetingLiveStartedPayloadBuilder {
        /// The [`MeetingLiveStartedPayload`](super::MeetingLiveStartedPayload).
        pub fn build(self) -> super::MeetingLiveStartedPayload {
            super::MeetingLiveStartedPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                meeting_info: self.meeting_info,
            }
        }
    }
    /// Builds a [`MeetingLiveStoppedPayload`](super::MeetingLiveStoppedPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingLiveStoppedPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
    }
    impl ::std::fmt::Debug for MeetingLiveStoppedPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingLiveStoppedPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl MeetingLiveStoppedPayloadBuilder {
        /// Sets [`operate_time`](super::MeetingLiveStoppedPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::MeetingLiveStoppedPayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info`](super::MeetingLiveStoppedPayload::meeting_info).
        ///
        /// Optional.
        pub fn meeting_info(
            mut self,
            value: impl ::std::convert::Into<EventMeetingInfo>,
        ) -> Self {
            self.meeting_info = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl MeetingLiveStoppedPayloadBuilder {
        /// The [`MeetingLiveStoppedPayload`](super::MeetingLiveStoppedPayload).
        pub fn build(self) -> super::MeetingLiveStoppedPayload {
            super::MeetingLiveStoppedPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                meeting_info: self.meeting_info,
            }
        }
    }
    /// Builds a [`MeetingMediumUploadedPayload`](super::MeetingMediumUploadedPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingMediumUploadedPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) event_upload_status: ::std::option::Option<bool>,
        pub(crate) upload_info: ::std::option::Option<::std::vec::Vec<MediumUploadInfo>>,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
    }
    impl ::std::fmt::Debug for MeetingMediumUploadedPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingMediumUploadedPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl MeetingMediumUploadedPayloadBuilder {
        /// Sets [`operate_time`](super::MeetingMediumUploadedPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`event_upload_status`](super::MeetingMediumUploadedPayload::event_upload_status).
        ///
        /// Optional.
        pub fn event_upload_status(mut self, value: bool) -> Self {
            self.event_upload_status = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`upload_info`](super::MeetingMediumUploadedPayload::upload_info).
        ///
        /// Optional.
        pub fn upload_info(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<MediumUploadInfo>,
            >,
        ) -> Self {
            self.upload_info = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`meeting_info`](super::MeetingMediumUploadedPayload::meeting_info).
        ///
        /// Optional.
        pub fn meeting_info(
            mut self,
            value: impl ::std::convert::Into<EventMeetingInfo>,
        ) -> Self {
            self.meeting_info = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl MeetingMediumUploadedPayloadBuilder {
        /// The [`MeetingMediumUploadedPayload`](super::MeetingMediumUploadedPayload).
        pub fn build(self) -> super::MeetingMediumUploadedPayload {
            super::MeetingMediumUploadedPayload {
                operate_time: self.operate_time,
                event_upload_status: self.event_upload_status,
                upload_info: self.upload_info,
                meeting_info: self.meeting_info,
            }
        }
    }
    /// Builds a [`MeetingUpdatedPayload`](super::MeetingUpdatedPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingUpdatedPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
        pub(crate) rooms_info: ::std::option::Option<::std::vec::Vec<EventRoomInfo>>,
    }
    impl ::std::fmt::Debug for MeetingUpdatedPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingUpdatedPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl MeetingUpdatedPayloadBuilder {
        /// Sets [`operate_time`](super::MeetingUpdatedPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::MeetingUpdatedPayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info`](super::MeetingUpdatedPayload::meeting_info).
        ///
        /// Optional.
        pub fn meeting_info(
            mut self,
            value: impl ::std::convert::Into<EventMeetingInfo>,
        ) -> Self {
            self.meeting_info = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`rooms_info`](super::MeetingUpdatedPayload::rooms_info).
        ///
        /// Optional.
        pub fn rooms_info(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<EventRoomInfo>,
            >,
        ) -> Self {
            self.rooms_info = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl MeetingUpdatedPayloadBuilder {
        /// The [`MeetingUpdatedPayload`](super::MeetingUpdatedPayload).
        pub fn build(self) -> super::MeetingUpdatedPayload {
            super::MeetingUpdatedPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                meeting_info: self.meeting_info,
                rooms_info: self.rooms_info,
            }
        }
    }
    /// The markers of required fields not set yet: `missing::<model>::<field>`.
    pub mod missing {
        /// The required fields of [`EventMeetingInfo`](super::super::EventMeetingInfo) not set yet.
        #[allow(non_camel_case_types)]
        pub mod event_meeting_info {}
        /// The required fields of [`EventRoomInfo`](super::super::EventRoomInfo) not set yet.
        #[allow(non_camel_case_types)]
        pub mod event_room_info {}
        /// The required fields of [`EventUser`](super::super::EventUser) not set yet.
        #[allow(non_camel_case_types)]
        pub mod event_user {}
        /// The required fields of [`MediumUploadInfo`](super::super::MediumUploadInfo) not set yet.
        #[allow(non_camel_case_types)]
        pub mod medium_upload_info {}
        /// The required fields of [`MeetingCanceledPayload`](super::super::MeetingCanceledPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_canceled_payload {}
        /// The required fields of [`MeetingCreatedPayload`](super::super::MeetingCreatedPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_created_payload {}
        /// The required fields of [`MeetingLiveStartedPayload`](super::super::MeetingLiveStartedPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_live_started_payload {}
        /// The required fields of [`MeetingLiveStoppedPayload`](super::super::MeetingLiveStoppedPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_live_stopped_payload {}
        /// The required fields of [`MeetingMediumUploadedPayload`](super::super::MeetingMediumUploadedPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_medium_uploaded_payload {}
        /// The required fields of [`MeetingUpdatedPayload`](super::super::MeetingUpdatedPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_updated_payload {}
    }
}
/// The type of an uploaded material (素材类型). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum MediumType {
    /// Video (视频) (code 1).
    Video,
    /// Picture (图片) (code 2).
    Picture,
    /// File (文件) (code 3).
    File,
    /// A type the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl MediumType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Video, Self::Picture, Self::File];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Video => 1u32,
            Self::Picture => 2u32,
            Self::File => 3u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            1u32 => Self::Video,
            2u32 => Self::Picture,
            3u32 => Self::File,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Video => ::std::option::Option::Some("Video (视频)"),
            Self::Picture => ::std::option::Option::Some("Picture (图片)"),
            Self::File => ::std::option::Option::Some("File (文件)"),
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(MediumType);
/// Where a meeting was created (会议创建来源), as the meeting events report it. Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum MeetingCreateFrom {
    /// No source (空来源) (code 0).
    Unspecified,
    /// Client (客户端) (code 1).
    Client,
    /// Web (code 2).
    Web,
    /// WeCom (企微) (code 3).
    WeCom,
    /// WeChat (微信) (code 4).
    WeChat,
    /// Outlook (code 5).
    Outlook,
    /// REST API (code 6).
    RestApi,
    /// Tencent Docs (腾讯文档) (code 7).
    TencentDocs,
    /// Rooms smart recording (Rooms 智能录制) (code 8).
    RoomsSmartRecording,
    /// A source the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl MeetingCreateFrom {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::Unspecified,
        Self::Client,
        Self::Web,
        Self::WeCom,
        Self::WeChat,
        Self::Outlook,
        Self::RestApi,
        Self::TencentDocs,
        Self::RoomsSmartRecording,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Unspecified => 0u32,
            Self::Client => 1u32,
            Self::Web => 2u32,
            Self::WeCom => 3u32,
            Self::WeChat => 4u32,
            Self::Outlook => 5u32,
            Self::RestApi => 6u32,
            Self::TencentDocs => 7u32,
            Self::RoomsSmartRecording => 8u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Unspecified,
            1u32 => Self::Client,
            2u32 => Self::Web,
            3u32 => Self::WeCom,
            4u32 => Self::WeChat,
            5u32 => Self::Outlook,
            6u32 => Self::RestApi,
            7u32 => Self::TencentDocs,
            8u32 => Self::RoomsSmartRecording,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Unspecified => ::std::option::Option::Some("No source (空来源)"),
            Self::Client => ::std::option::Option::Some("Client (客户端)"),
            Self::Web => ::std::option::Option::Some("Web"),
            Self::WeCom => ::std::option::Option::Some("WeCom (企微)"),
            Self::WeChat => ::std::option::Option::Some("WeChat (微信)"),
            Self::Outlook => ::std::option::Option::Some("Outlook"),
            Self::RestApi => ::std::option::Option::Some("REST API"),
            Self::TencentDocs => {
                ::std::option::Option::Some("Tencent Docs (腾讯文档)")
            }
            Self::RoomsSmartRecording => {
                ::std::option::Option::Some("Rooms smart recording (Rooms 智能录制)")
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(MeetingCreateFrom);
impl crate::EventPayload for crate::events::MeetingCanceledPayload {
    const EVENT: &'static str = "meeting.canceled";
}
impl crate::EventPayload for crate::events::MeetingCreatedPayload {
    const EVENT: &'static str = "meeting.created";
}
impl crate::EventPayload for crate::events::MeetingLiveStartedPayload {
    const EVENT: &'static str = "meeting.live-started";
}
impl crate::EventPayload for crate::events::MeetingLiveStoppedPayload {
    const EVENT: &'static str = "meeting.live-stopped";
}
impl crate::EventPayload for crate::events::MeetingMediumUploadedPayload {
    const EVENT: &'static str = "meeting.medium-uploaded";
}
impl crate::EventPayload for crate::events::MeetingUpdatedPayload {
    const EVENT: &'static str = "meeting.updated";
}
/// The names of the events with a payload model, sorted.
pub static EVENTS: &[&str] = &[
    "meeting.canceled",
    "meeting.created",
    "meeting.live-started",
    "meeting.live-stopped",
    "meeting.medium-uploaded",
    "meeting.updated",
];
/// The JSON Schemas (Draft-07, self-contained) of the types whose schema file roots them.
pub mod schemas {
    /// JSON Schema (Draft-07, self-contained) of [`MeetingCanceledPayload`](crate::events::MeetingCanceledPayload), bundled from `schemas/events/meeting-canceled.json`.
    pub const MEETING_CANCELED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingCanceledPayload",
  "definitions": {
    "EventHost": {
      "title": "EventHost",
      "description": "A host (主持人) in `hosts`: a user ID string (legacy envelope) or a user object (current envelope).",
      "oneOf": [
        {
          "type": "string",
          "title": "Id",
          "description": "A user ID (用户 ID)."
        },
        {
          "$ref": "#/definitions/EventUser"
        }
      ],
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::EventHost"
      }
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息).",
      "type": "object",
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议 ID).",
          "type": "string"
        },
        "meeting_code": {
          "description": "Meeting code (会议号).",
          "type": "string"
        },
        "subject": {
          "description": "Meeting subject (会议主题).",
          "type": "string"
        },
        "creator": {
          "description": "Creator of the meeting (创建者), current envelope.",
          "$ref": "#/definitions/EventUser"
        },
        "creator_id": {
          "description": "User ID of the creator (创建者 ID), legacy envelope.",
          "type": "string"
        },
        "hosts": {
          "description": "Hosts of the meeting (主持人): user objects (current envelope) or user ID strings (legacy envelope).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/EventHost"
          }
        },
        "meeting_type": {
          "description": "Meeting type (会议类型). The pages disagree on the codes: 0 one-off (一次性会议), 1 recurring (周期性会议), 2 WeChat-exclusive (微信专属会议), 3 or 4 Rooms screen-cast (rooms 投屏会议), 5 personal meeting ID (个人会议号会议), 6 webinar (网络研讨会); kept as an open integer.",
          "type": "integer"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        }
      }
    },
    "EventTime": {
      "title": "EventTime",
      "description": "A time in an event. The current envelope sends an integer: milliseconds for `operate_time` (毫秒级别事件操作时间戳), seconds for the meeting's `start_time` and `end_time`. The legacy envelope sends a `YYYY-MM-DD HH:MM:SS` date and time string without a time zone.",
      "anyOf": [
        {
          "type": "integer",
          "minimum": 0
        },
        {
          "type": "string"
        }
      ],
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::EventTime"
      }
    },
    "EventUser": {
      "title": "EventUser",
      "description": "A user in an event: the operator (事件操作者), the creator (创建者) or a host (主持人). Which fields are present depends on the event and the user.",
      "type": "object",
      "properties": {
        "userid": {
          "description": "User ID (用户 ID): the enterprise userid for users of the same enterprise, the open_id for OAuth users, the rooms_id for Tencent Meeting Rooms.",
          "type": "string"
        },
        "open_id": {
          "description": "OAuth open_id of the user (OAuth 授权用户的 open_id).",
          "type": "string"
        },
        "uuid": {
          "description": "User identity ID (用户身份 ID).",
          "type": "string"
        },
        "user_name": {
          "description": "Display name (用户名称).",
          "type": "string"
        },
        "ms_open_id": {
          "description": "Temporary ID of the user in the meeting (会议中的临时 id).",
          "type": "string"
        },
        "instance_id": {
          "description": "Device type of the user (用户的终端设备类型), a string of the device code such as \"2\".",
          "type": "string"
        }
      }
    },
    "MeetingCanceledPayload": {
      "title": "MeetingCanceledPayload",
      "description": "One item of the `payload` of the event `meeting.canceled` (会议取消): the creator or an administrator cancelled a scheduled meeting from a client, the web or the REST cancel-meeting API.",
      "x-event": "meeting.canceled",
      "type": "object",
      "properties": {
        "operate_time": {
          "description": "When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who cancelled the meeting (事件操作者).",
          "$ref": "#/definitions/EventUser"
        },
        "cancel_reason": {
          "description": "Why the meeting was cancelled (取消原因).",
          "type": "string"
        },
        "meeting_info": {
          "description": "The meeting cancelled (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      }
    },
    "MeetingCreateFrom": {
      "title": "MeetingCreateFrom",
      "description": "Where a meeting was created (会议创建来源), as the meeting events report it. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Unspecified",
          "description": "No source (空来源)"
        },
        {
          "const": 1,
          "title": "Client",
          "description": "Client (客户端)"
        },
        {
          "const": 2,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 3,
          "title": "WeCom",
          "description": "WeCom (企微)"
        },
        {
          "const": 4,
          "title": "WeChat",
          "description": "WeChat (微信)"
        },
        {
          "const": 5,
          "title": "Outlook",
          "description": "Outlook"
        },
        {
          "const": 6,
          "title": "RestApi",
          "description": "REST API"
        },
        {
          "const": 7,
          "title": "TencentDocs",
          "description": "Tencent Docs (腾讯文档)"
        },
        {
          "const": 8,
          "title": "RoomsSmartRecording",
          "description": "Rooms smart recording (Rooms 智能录制)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A source the docs do not list."
        }
      ]
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`MeetingCreatedPayload`](crate::events::MeetingCreatedPayload), bundled from `schemas/events/meeting-created.json`.
    pub const MEETING_CREATED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingCreatedPayload",
  "definitions": {
    "EventHost": {
      "title": "EventHost",
      "description": "A host (主持人) in `hosts`: a user ID string (legacy envelope) or a user object (current envelope).",
      "oneOf": [
        {
          "type": "string",
          "title": "Id",
          "description": "A user ID (用户 ID)."
        },
        {
          "$ref": "#/definitions/EventUser"
        }
      ],
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::EventHost"
      }
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息).",
      "type": "object",
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议 ID).",
          "type": "string"
        },
        "meeting_code": {
          "description": "Meeting code (会议号).",
          "type": "string"
        },
        "subject": {
          "description": "Meeting subject (会议主题).",
          "type": "string"
        },
        "creator": {
          "description": "Creator of the meeting (创建者), current envelope.",
          "$ref": "#/definitions/EventUser"
        },
        "creator_id": {
          "description": "User ID of the creator (创建者 ID), legacy envelope.",
          "type": "string"
        },
        "hosts": {
          "description": "Hosts of the meeting (主持人): user objects (current envelope) or user ID strings (legacy envelope).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/EventHost"
          }
        },
        "meeting_type": {
          "description": "Meeting type (会议类型). The pages disagree on the codes: 0 one-off (一次性会议), 1 recurring (周期性会议), 2 WeChat-exclusive (微信专属会议), 3 or 4 Rooms screen-cast (rooms 投屏会议), 5 personal meeting ID (个人会议号会议), 6 webinar (网络研讨会); kept as an open integer.",
          "type": "integer"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        }
      }
    },
    "EventTime": {
      "title": "EventTime",
      "description": "A time in an event. The current envelope sends an integer: milliseconds for `operate_time` (毫秒级别事件操作时间戳), seconds for the meeting's `start_time` and `end_time`. The legacy envelope sends a `YYYY-MM-DD HH:MM:SS` date and time string without a time zone.",
      "anyOf": [
        {
          "type": "integer",
          "minimum": 0
        },
        {
          "type": "string"
        }
      ],
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::EventTime"
      }
    },
    "EventUser": {
      "title": "EventUser",
      "description": "A user in an event: the operator (事件操作者), the creator (创建者) or a host (主持人). Which fields are present depends on the event and the user.",
      "type": "object",
      "properties": {
        "userid": {
          "description": "User ID (用户 ID): the enterprise userid for users of the same enterprise, the open_id for OAuth users, the rooms_id for Tencent Meeting Rooms.",
          "type": "string"
        },
        "open_id": {
          "description": "OAuth open_id of the user (OAuth 授权用户的 open_id).",
          "type": "string"
        },
        "uuid": {
          "description": "User identity ID (用户身份 ID).",
          "type": "string"
        },
        "user_name": {
          "description": "Display name (用户名称).",
          "type": "string"
        },
        "ms_open_id": {
          "description": "Temporary ID of the user in the meeting (会议中的临时 id).",
          "type": "string"
        },
        "instance_id": {
          "description": "Device type of the user (用户的终端设备类型), a string of the device code such as \"2\".",
          "type": "string"
        }
      }
    },
    "MeetingCreateFrom": {
      "title": "MeetingCreateFrom",
      "description": "Where a meeting was created (会议创建来源), as the meeting events report it. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Unspecified",
          "description": "No source (空来源)"
        },
        {
          "const": 1,
          "title": "Client",
          "description": "Client (客户端)"
        },
        {
          "const": 2,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 3,
          "title": "WeCom",
          "description": "WeCom (企微)"
        },
        {
          "const": 4,
          "title": "WeChat",
          "description": "WeChat (微信)"
        },
        {
          "const": 5,
          "title": "Outlook",
          "description": "Outlook"
        },
        {
          "const": 6,
          "title": "RestApi",
          "description": "REST API"
        },
        {
          "const": 7,
          "title": "TencentDocs",
          "description": "Tencent Docs (腾讯文档)"
        },
        {
          "const": 8,
          "title": "RoomsSmartRecording",
          "description": "Rooms smart recording (Rooms 智能录制)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A source the docs do not list."
        }
      ]
    },
    "MeetingCreatedPayload": {
      "title": "MeetingCreatedPayload",
      "description": "One item of the `payload` of the event `meeting.created` (会议创建): a meeting was created from a client, the web or the REST create-meeting API.",
      "x-event": "meeting.created",
      "type": "object",
      "properties": {
        "operate_time": {
          "description": "When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who created the meeting (事件操作者).",
          "$ref": "#/definitions/EventUser"
        },
        "meeting_info": {
          "description": "The meeting created (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`MeetingLiveStartedPayload`](crate::events::MeetingLiveStartedPayload), bundled from `schemas/events/meeting-live-started.json`.
    pub const MEETING_LIVE_STARTED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingLiveStartedPayload",
  "definitions": {
    "EventHost": {
      "title": "EventHost",
      "description": "A host (主持人) in `hosts`: a user ID string (legacy envelope) or a user object (current envelope).",
      "oneOf": [
        {
          "type": "string",
          "title": "Id",
          "description": "A user ID (用户 ID)."
        },
        {
          "$ref": "#/definitions/EventUser"
        }
      ],
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::EventHost"
      }
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息).",
      "type": "object",
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议 ID).",
          "type": "string"
        },
        "meeting_code": {
          "description": "Meeting code (会议号).",
          "type": "string"
        },
        "subject": {
          "description": "Meeting subject (会议主题).",
          "type": "string"
        },
        "creator": {
          "description": "Creator of the meeting (创建者), current envelope.",
          "$ref": "#/definitions/EventUser"
        },
        "creator_id": {
          "description": "User ID of the creator (创建者 ID), legacy envelope.",
          "type": "string"
        },
        "hosts": {
          "description": "Hosts of the meeting (主持人): user objects (current envelope) or user ID strings (legacy envelope).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/EventHost"
          }
        },
        "meeting_type": {
          "description": "Meeting type (会议类型). The pages disagree on the codes: 0 one-off (一次性会议), 1 recurring (周期性会议), 2 WeChat-exclusive (微信专属会议), 3 or 4 Rooms screen-cast (rooms 投屏会议), 5 personal meeting ID (个人会议号会议), 6 webinar (网络研讨会); kept as an open integer.",
          "type": "integer"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        }
      }
    },
    "EventTime": {
      "title": "EventTime",
      "description": "A time in an event. The current envelope sends an integer: milliseconds for `operate_time` (毫秒级别事件操作时间戳), seconds for the meeting's `start_time` and `end_time`. The legacy envelope sends a `YYYY-MM-DD HH:MM:SS` date and time string without a time zone.",
      "anyOf": [
        {
          "type": "integer",
          "minimum": 0
        },
        {
          "type": "string"
        }
      ],
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::EventTime"
      }
    },
    "EventUser": {
      "title": "EventUser",
      "description": "A user in an event: the operator (事件操作者), the creator (创建者) or a host (主持人). Which fields are present depends on the event and the user.",
      "type": "object",
      "properties": {
        "userid": {
          "description": "User ID (用户 ID): the enterprise userid for users of the same enterprise, the open_id for OAuth users, the rooms_id for Tencent Meeting Rooms.",
          "type": "string"
        },
        "open_id": {
          "description": "OAuth open_id of the user (OAuth 授权用户的 open_id).",
          "type": "string"
        },
        "uuid": {
          "description": "User identity ID (用户身份 ID).",
          "type": "string"
        },
        "user_name": {
          "description": "Display name (用户名称).",
          "type": "string"
        },
        "ms_open_id": {
          "description": "Temporary ID of the user in the meeting (会议中的临时 id).",
          "type": "string"
        },
        "instance_id": {
          "description": "Device type of the user (用户的终端设备类型), a string of the device code such as \"2\".",
          "type": "string"
        }
      }
    },
    "MeetingCreateFrom": {
      "title": "MeetingCreateFrom",
      "description": "Where a meeting was created (会议创建来源), as the meeting events report it. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Unspecified",
          "description": "No source (空来源)"
        },
        {
          "const": 1,
          "title": "Client",
          "description": "Client (客户端)"
        },
        {
          "const": 2,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 3,
          "title": "WeCom",
          "description": "WeCom (企微)"
        },
        {
          "const": 4,
          "title": "WeChat",
          "description": "WeChat (微信)"
        },
        {
          "const": 5,
          "title": "Outlook",
          "description": "Outlook"
        },
        {
          "const": 6,
          "title": "RestApi",
          "description": "REST API"
        },
        {
          "const": 7,
          "title": "TencentDocs",
          "description": "Tencent Docs (腾讯文档)"
        },
        {
          "const": 8,
          "title": "RoomsSmartRecording",
          "description": "Rooms smart recording (Rooms 智能录制)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A source the docs do not list."
        }
      ]
    },
    "MeetingLiveStartedPayload": {
      "title": "MeetingLiveStartedPayload",
      "description": "One item of the `payload` of the event `meeting.live-started` (直播开始): live streaming of a meeting started.",
      "x-event": "meeting.live-started",
      "type": "object",
      "properties": {
        "operate_time": {
          "description": "When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who started the live stream (事件操作者).",
          "$ref": "#/definitions/EventUser"
        },
        "meeting_info": {
          "description": "The meeting streamed (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`MeetingLiveStoppedPayload`](crate::events::MeetingLiveStoppedPayload), bundled from `schemas/events/meeting-live-stopped.json`.
    pub const MEETING_LIVE_STOPPED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingLiveStoppedPayload",
  "definitions": {
    "EventHost": {
      "title": "EventHost",
      "description": "A host (主持人) in `hosts`: a user ID string (legacy envelope) or a user object (current envelope).",
      "oneOf": [
        {
          "type": "string",
          "title": "Id",
          "description": "A user ID (用户 ID)."
        },
        {
          "$ref": "#/definitions/EventUser"
        }
      ],
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::EventHost"
      }
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息).",
      "type": "object",
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议 ID).",
          "type": "string"
        },
        "meeting_code": {
          "description": "Meeting code (会议号).",
          "type": "string"
        },
        "subject": {
          "description": "Meeting subject (会议主题).",
          "type": "string"
        },
        "creator": {
          "description": "Creator of the meeting (创建者), current envelope.",
          "$ref": "#/definitions/EventUser"
        },
        "creator_id": {
          "description": "User ID of the creator (创建者 ID), legacy envelope.",
          "type": "string"
        },
        "hosts": {
          "description": "Hosts of the meeting (主持人): user objects (current envelope) or user ID strings (legacy envelope).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/EventHost"
          }
        },
        "meeting_type": {
          "description": "Meeting type (会议类型). The pages disagree on the codes: 0 one-off (一次性会议), 1 recurring (周期性会议), 2 WeChat-exclusive (微信专属会议), 3 or 4 Rooms screen-cast (rooms 投屏会议), 5 personal meeting ID (个人会议号会议), 6 webinar (网络研讨会); kept as an open integer.",
          "type": "integer"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        }
      }
    },
    "EventTime": {
      "title": "EventTime",
      "description": "A time in an event. The current envelope sends an integer: milliseconds for `operate_time` (毫秒级别事件操作时间戳), seconds for the meeting's `start_time` and `end_time`. The legacy envelope sends a `YYYY-MM-DD HH:MM:SS` date and time string without a time zone.",
      "anyOf": [
        {
          "type": "integer",
          "minimum": 0
        },
        {
          "type": "string"
        }
      ],
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::EventTime"
      }
    },
    "EventUser": {
      "title": "EventUser",
      "description": "A user in an event: the operator (事件操作者), the creator (创建者) or a host (主持人). Which fields are present depends on the event and the user.",
      "type": "object",
      "properties": {
        "userid": {
          "description": "User ID (用户 ID): the enterprise userid for users of the same enterprise, the open_id for OAuth users, the rooms_id for Tencent Meeting Rooms.",
          "type": "string"
        },
        "open_id": {
          "description": "OAuth open_id of the user (OAuth 授权用户的 open_id).",
          "type": "string"
        },
        "uuid": {
          "description": "User identity ID (用户身份 ID).",
          "type": "string"
        },
        "user_name": {
          "description": "Display name (用户名称).",
          "type": "string"
        },
        "ms_open_id": {
          "description": "Temporary ID of the user in the meeting (会议中的临时 id).",
          "type": "string"
        },
        "instance_id": {
          "description": "Device type of the user (用户的终端设备类型), a string of the device code such as \"2\".",
          "type": "string"
        }
      }
    },
    "MeetingCreateFrom": {
      "title": "MeetingCreateFrom",
      "description": "Where a meeting was created (会议创建来源), as the meeting events report it. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Unspecified",
          "description": "No source (空来源)"
        },
        {
          "const": 1,
          "title": "Client",
          "description": "Client (客户端)"
        },
        {
          "const": 2,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 3,
          "title": "WeCom",
          "description": "WeCom (企微)"
        },
        {
          "const": 4,
          "title": "WeChat",
          "description": "WeChat (微信)"
        },
        {
          "const": 5,
          "title": "Outlook",
          "description": "Outlook"
        },
        {
          "const": 6,
          "title": "RestApi",
          "description": "REST API"
        },
        {
          "const": 7,
          "title": "TencentDocs",
          "description": "Tencent Docs (腾讯文档)"
        },
        {
          "const": 8,
          "title": "RoomsSmartRecording",
          "description": "Rooms smart recording (Rooms 智能录制)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A source the docs do not list."
        }
      ]
    },
    "MeetingLiveStoppedPayload": {
      "title": "MeetingLiveStoppedPayload",
      "description": "One item of the `payload` of the event `meeting.live-stopped` (直播停止): live streaming of a meeting stopped.",
      "x-event": "meeting.live-stopped",
      "type": "object",
      "properties": {
        "operate_time": {
          "description": "When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who stopped the live stream (事件操作者).",
          "$ref": "#/definitions/EventUser"
        },
        "meeting_info": {
          "description": "The meeting streamed (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`MeetingMediumUploadedPayload`](crate::events::MeetingMediumUploadedPayload), bundled from `schemas/events/meeting-medium-uploaded.json`.
    pub const MEETING_MEDIUM_UPLOADED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingMediumUploadedPayload",
  "definitions": {
    "EventHost": {
      "title": "EventHost",
      "description": "A host (主持人) in `hosts`: a user ID string (legacy envelope) or a user object (current envelope).",
      "oneOf": [
        {
          "type": "string",
          "title": "Id",
          "description": "A user ID (用户 ID)."
        },
        {
          "$ref": "#/definitions/EventUser"
        }
      ],
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::EventHost"
      }
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息).",
      "type": "object",
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议 ID).",
          "type": "string"
        },
        "meeting_code": {
          "description": "Meeting code (会议号).",
          "type": "string"
        },
        "subject": {
          "description": "Meeting subject (会议主题).",
          "type": "string"
        },
        "creator": {
          "description": "Creator of the meeting (创建者), current envelope.",
          "$ref": "#/definitions/EventUser"
        },
        "creator_id": {
          "description": "User ID of the creator (创建者 ID), legacy envelope.",
          "type": "string"
        },
        "hosts": {
          "description": "Hosts of the meeting (主持人): user objects (current envelope) or user ID strings (legacy envelope).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/EventHost"
          }
        },
        "meeting_type": {
          "description": "Meeting type (会议类型). The pages disagree on the codes: 0 one-off (一次性会议), 1 recurring (周期性会议), 2 WeChat-exclusive (微信专属会议), 3 or 4 Rooms screen-cast (rooms 投屏会议), 5 personal meeting ID (个人会议号会议), 6 webinar (网络研讨会); kept as an open integer.",
          "type": "integer"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        }
      }
    },
    "EventTime": {
      "title": "EventTime",
      "description": "A time in an event. The current envelope sends an integer: milliseconds for `operate_time` (毫秒级别事件操作时间戳), seconds for the meeting's `start_time` and `end_time`. The legacy envelope sends a `YYYY-MM-DD HH:MM:SS` date and time string without a time zone.",
      "anyOf": [
        {
          "type": "integer",
          "minimum": 0
        },
        {
          "type": "string"
        }
      ],
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::EventTime"
      }
    },
    "EventUser": {
      "title": "EventUser",
      "description": "A user in an event: the operator (事件操作者), the creator (创建者) or a host (主持人). Which fields are present depends on the event and the user.",
      "type": "object",
      "properties": {
        "userid": {
          "description": "User ID (用户 ID): the enterprise userid for users of the same enterprise, the open_id for OAuth users, the rooms_id for Tencent Meeting Rooms.",
          "type": "string"
        },
        "open_id": {
          "description": "OAuth open_id of the user (OAuth 授权用户的 open_id).",
          "type": "string"
        },
        "uuid": {
          "description": "User identity ID (用户身份 ID).",
          "type": "string"
        },
        "user_name": {
          "description": "Display name (用户名称).",
          "type": "string"
        },
        "ms_open_id": {
          "description": "Temporary ID of the user in the meeting (会议中的临时 id).",
          "type": "string"
        },
        "instance_id": {
          "description": "Device type of the user (用户的终端设备类型), a string of the device code such as \"2\".",
          "type": "string"
        }
      }
    },
    "MediumType": {
      "title": "MediumType",
      "description": "The type of an uploaded material (素材类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Video",
          "description": "Video (视频)"
        },
        {
          "const": 2,
          "title": "Picture",
          "description": "Picture (图片)"
        },
        {
          "const": 3,
          "title": "File",
          "description": "File (文件)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A type the docs do not list."
        }
      ]
    },
    "MediumUploadInfo": {
      "title": "MediumUploadInfo",
      "description": "The upload result of one material (素材上传信息).",
      "type": "object",
      "properties": {
        "upload_status": {
          "description": "Whether this material was uploaded (上传状态): `true` success, `false` failure.",
          "type": "boolean"
        },
        "error_msg": {
          "description": "Why the upload failed (失败原因); empty on success.",
          "type": "string"
        },
        "medium_type": {
          "description": "Material type (素材类型).",
          "$ref": "#/definitions/MediumType"
        },
        "medium_url": {
          "description": "URL of the material (素材 URL).",
          "type": "string"
        },
        "medium_id": {
          "description": "Document ID (文档 ID), only when uploading a document (上传文档场景).",
          "type": "string"
        }
      }
    },
    "MeetingCreateFrom": {
      "title": "MeetingCreateFrom",
      "description": "Where a meeting was created (会议创建来源), as the meeting events report it. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Unspecified",
          "description": "No source (空来源)"
        },
        {
          "const": 1,
          "title": "Client",
          "description": "Client (客户端)"
        },
        {
          "const": 2,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 3,
          "title": "WeCom",
          "description": "WeCom (企微)"
        },
        {
          "const": 4,
          "title": "WeChat",
          "description": "WeChat (微信)"
        },
        {
          "const": 5,
          "title": "Outlook",
          "description": "Outlook"
        },
        {
          "const": 6,
          "title": "RestApi",
          "description": "REST API"
        },
        {
          "const": 7,
          "title": "TencentDocs",
          "description": "Tencent Docs (腾讯文档)"
        },
        {
          "const": 8,
          "title": "RoomsSmartRecording",
          "description": "Rooms smart recording (Rooms 智能录制)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A source the docs do not list."
        }
      ]
    },
    "MeetingMediumUploadedPayload": {
      "title": "MeetingMediumUploadedPayload",
      "description": "One item of the `payload` of the event `meeting.medium-uploaded` (素材上传结果): the materials (videos, pictures, files) of an API request, such as adding meeting backgrounds, were uploaded or failed to. The envelope's `trace_id` is the `X-TC-Trace` response header of that request.",
      "x-event": "meeting.medium-uploaded",
      "type": "object",
      "properties": {
        "operate_time": {
          "description": "When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "event_upload_status": {
          "description": "Whether every material was uploaded (素材整体上传状态): `true` all succeeded; `false` at least one failed, and all of them must be uploaded again.",
          "type": "boolean"
        },
        "upload_info": {
          "description": "One result per material of the request (素材上传信息).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/MediumUploadInfo"
          }
        },
        "meeting_info": {
          "description": "The meeting the materials belong to (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`MeetingUpdatedPayload`](crate::events::MeetingUpdatedPayload), bundled from `schemas/events/meeting-updated.json`.
    pub const MEETING_UPDATED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingUpdatedPayload",
  "definitions": {
    "EventHost": {
      "title": "EventHost",
      "description": "A host (主持人) in `hosts`: a user ID string (legacy envelope) or a user object (current envelope).",
      "oneOf": [
        {
          "type": "string",
          "title": "Id",
          "description": "A user ID (用户 ID)."
        },
        {
          "$ref": "#/definitions/EventUser"
        }
      ],
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::EventHost"
      }
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息).",
      "type": "object",
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议 ID).",
          "type": "string"
        },
        "meeting_code": {
          "description": "Meeting code (会议号).",
          "type": "string"
        },
        "subject": {
          "description": "Meeting subject (会议主题).",
          "type": "string"
        },
        "creator": {
          "description": "Creator of the meeting (创建者), current envelope.",
          "$ref": "#/definitions/EventUser"
        },
        "creator_id": {
          "description": "User ID of the creator (创建者 ID), legacy envelope.",
          "type": "string"
        },
        "hosts": {
          "description": "Hosts of the meeting (主持人): user objects (current envelope) or user ID strings (legacy envelope).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/EventHost"
          }
        },
        "meeting_type": {
          "description": "Meeting type (会议类型). The pages disagree on the codes: 0 one-off (一次性会议), 1 recurring (周期性会议), 2 WeChat-exclusive (微信专属会议), 3 or 4 Rooms screen-cast (rooms 投屏会议), 5 personal meeting ID (个人会议号会议), 6 webinar (网络研讨会); kept as an open integer.",
          "type": "integer"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        }
      }
    },
    "EventRoomInfo": {
      "title": "EventRoomInfo",
      "description": "A Tencent Meeting Rooms device of the meeting (Rooms 信息).",
      "type": "object",
      "properties": {
        "meeting_room_id": {
          "description": "Meeting room ID (会议室 ID).",
          "type": "string"
        },
        "meeting_room_name": {
          "description": "Meeting room name (会议室名称).",
          "type": "string"
        },
        "rooms_id": {
          "description": "Rooms device ID (Rooms 设备 ID).",
          "type": "string"
        }
      }
    },
    "EventTime": {
      "title": "EventTime",
      "description": "A time in an event. The current envelope sends an integer: milliseconds for `operate_time` (毫秒级别事件操作时间戳), seconds for the meeting's `start_time` and `end_time`. The legacy envelope sends a `YYYY-MM-DD HH:MM:SS` date and time string without a time zone.",
      "anyOf": [
        {
          "type": "integer",
          "minimum": 0
        },
        {
          "type": "string"
        }
      ],
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::EventTime"
      }
    },
    "EventUser": {
      "title": "EventUser",
      "description": "A user in an event: the operator (事件操作者), the creator (创建者) or a host (主持人). Which fields are present depends on the event and the user.",
      "type": "object",
      "properties": {
        "userid": {
          "description": "User ID (用户 ID): the enterprise userid for users of the same enterprise, the open_id for OAuth users, the rooms_id for Tencent Meeting Rooms.",
          "type": "string"
        },
        "open_id": {
          "description": "OAuth open_id of the user (OAuth 授权用户的 open_id).",
          "type": "string"
        },
        "uuid": {
          "description": "User identity ID (用户身份 ID).",
          "type": "string"
        },
        "user_name": {
          "description": "Display name (用户名称).",
          "type": "string"
        },
        "ms_open_id": {
          "description": "Temporary ID of the user in the meeting (会议中的临时 id).",
          "type": "string"
        },
        "instance_id": {
          "description": "Device type of the user (用户的终端设备类型), a string of the device code such as \"2\".",
          "type": "string"
        }
      }
    },
    "MeetingCreateFrom": {
      "title": "MeetingCreateFrom",
      "description": "Where a meeting was created (会议创建来源), as the meeting events report it. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Unspecified",
          "description": "No source (空来源)"
        },
        {
          "const": 1,
          "title": "Client",
          "description": "Client (客户端)"
        },
        {
          "const": 2,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 3,
          "title": "WeCom",
          "description": "WeCom (企微)"
        },
        {
          "const": 4,
          "title": "WeChat",
          "description": "WeChat (微信)"
        },
        {
          "const": 5,
          "title": "Outlook",
          "description": "Outlook"
        },
        {
          "const": 6,
          "title": "RestApi",
          "description": "REST API"
        },
        {
          "const": 7,
          "title": "TencentDocs",
          "description": "Tencent Docs (腾讯文档)"
        },
        {
          "const": 8,
          "title": "RoomsSmartRecording",
          "description": "Rooms smart recording (Rooms 智能录制)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A source the docs do not list."
        }
      ]
    },
    "MeetingUpdatedPayload": {
      "title": "MeetingUpdatedPayload",
      "description": "One item of the `payload` of the event `meeting.updated` (会议更新): the creator or an administrator changed a scheduled meeting from a client, the web or the REST modify-meeting API. Personal-meeting-ID (PMI) meetings do not send it.",
      "x-event": "meeting.updated",
      "type": "object",
      "properties": {
        "operate_time": {
          "description": "When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who changed the meeting (事件操作者).",
          "$ref": "#/definitions/EventUser"
        },
        "meeting_info": {
          "description": "The meeting as changed (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        },
        "rooms_info": {
          "description": "The Tencent Meeting Rooms of the meeting (Rooms 信息).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/EventRoomInfo"
          }
        }
      }
    }
  }
}"##;
}

// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! Meeting rooms (会议室 / Rooms): list and read rooms, their devices, controllers, meetings and settings; change them; book and release rooms for meetings; call rooms into meetings; activation codes, backgrounds and account resources.
//!
//! The `meeting_room` service of the official SDKs: its endpoints' marker types, requests, responses and code lists, from `schemas/rooms/`. Compiled with the cargo feature `rooms`.
//!
//! The meeting-room service (会议室(Rooms)管理) of the official SDKs (`meeting_room`), 19 endpoints: rooms and their devices and controllers, their settings, background and activation codes, booking rooms for meetings, and calling rooms into meetings. Page ids are under <https://cloud.tencent.com/document/product/1095/>. None of the pages accepts OAuth 2.0. Most current pages require `operator_id` and `operator_id_type` where the SDK sends nothing: they are required query or body properties here. Placeholders keep the pages' names: `{meeting_room_id}`, `{operator_id}` (list_room_meetings: the operator, not a room) and `{screencast_code}` are not meeting IDs. The MRA signalling protocol (`MraProtocol`) is defined in events/rooms-definitions.json because the `room.response` event reports it too.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
#[allow(unused_imports)]
use super::root::*;
/// Path parameters of `POST /v1/meetings/{meeting_id}/book-rooms`.
///
/// Generated from `schemas/rooms/book-rooms.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct BookRoomsPath {
    /// Meeting ID (会议 ID); the page spells the placeholder `{meeting_id}`.
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty.
    pub meeting_id: ::std::string::String,
}
impl BookRoomsPath {
    /// A builder of [`BookRoomsPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::BookRoomsPathBuilder {
        builders::BookRoomsPathBuilder {
            meeting_id: builders::missing::book_rooms_path::meeting_id,
        }
    }
    /// A `BookRoomsPath` with [`meeting_id`](Self::meeting_id) set and every optional field absent.
    pub fn new(meeting_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().meeting_id(meeting_id).build()
    }
}
impl BookRoomsPath {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for BookRoomsPath {
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
impl crate::Validate for BookRoomsPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `POST /v1/meetings/{meeting_id}/book-rooms`: book meeting rooms for a scheduled meeting (预定会议室(Rooms)). The list replaces the rooms booked before (此接口为覆盖型接口). The meeting must last at most 24 hours (会议时长不得大于24小时; 20001 otherwise) and must not be recurring (不支持周期性会议; 20002). The operator is a super administrator, an administrator or the meeting's creator (超级管理员/管理员、会议创建者角色); OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). The page's example is cut inside `operator_id`; it is completed from the release page's example, which has the same shape.
///
/// Generated from `schemas/rooms/book-rooms.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct BookRoomsRequest {
    /// IDs of the meeting rooms to book for the meeting; they replace the rooms booked before (覆盖型接口) (会议室 ID 列表).
    ///
    /// Wire name `meeting_room_id_list`, required.
    /// Rules: each entry not empty.
    pub meeting_room_id_list: ::std::vec::Vec<::std::string::String>,
    /// ID of the operator (操作者 ID), read according to `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// Whether the Rooms devices show the meeting's subject during the hour before it starts (在会议开始前的一小时内，在 Room 上显示会议主题); true when absent (默认值为 true). It does not affect meetings more than an hour away, which never show it.
    ///
    /// Wire name `subject_visible`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub subject_visible: ::std::option::Option<bool>,
}
impl BookRoomsRequest {
    /// A builder of [`BookRoomsRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::BookRoomsRequestBuilder {
        builders::BookRoomsRequestBuilder {
            meeting_room_id_list: builders::missing::book_rooms_request::meeting_room_id_list,
            operator_id: builders::missing::book_rooms_request::operator_id,
            operator_id_type: builders::missing::book_rooms_request::operator_id_type,
            subject_visible: ::std::option::Option::None,
        }
    }
}
impl BookRoomsRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for BookRoomsRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.meeting_room_id_list;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_room_id_list",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            for (index, item) in value.iter().enumerate() {
                let path = path.index(index);
                path.check(crate::validate::rules::non_empty(item))?;
            }
        }
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
impl crate::Validate for BookRoomsRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `POST /v1/meetings/{meeting_id}/book-rooms`: the rooms booked (会议室对象列表). Lenient: nothing is required and unknown fields are kept, not lost. The current page's example was not captured; this is the older page's.
///
/// Generated from `schemas/rooms/book-rooms.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct BookRoomsResponse {
    /// Number of rooms (会议室数量).
    ///
    /// Wire name `meeting_room_number`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_room_number: ::std::option::Option<i64>,
    /// The rooms (会议室对象列表).
    ///
    /// Wire name `meeting_room_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_room_list: ::std::option::Option<::std::vec::Vec<BookedMeetingRoom>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl BookRoomsResponse {
    /// A builder of [`BookRoomsResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::BookRoomsResponseBuilder {
        builders::BookRoomsResponseBuilder {
            meeting_room_number: ::std::option::Option::None,
            meeting_room_list: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for BookRoomsResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("BookRoomsResponse")
            .field("meeting_room_number", &self.meeting_room_number)
            .field("meeting_room_list", &self.meeting_room_list)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A meeting room booked for the meeting (会议室对象).
///
/// Generated from `schemas/rooms/book-rooms.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct BookedMeetingRoom {
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
    /// Where the room is (会议室地址).
    ///
    /// Wire name `meeting_room_location`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_room_location: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl BookedMeetingRoom {
    /// A builder of [`BookedMeetingRoom`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::BookedMeetingRoomBuilder {
        builders::BookedMeetingRoomBuilder {
            meeting_room_id: ::std::option::Option::None,
            meeting_room_name: ::std::option::Option::None,
            meeting_room_location: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for BookedMeetingRoom {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("BookedMeetingRoom")
            .field("meeting_room_id", &self.meeting_room_id)
            .field("meeting_room_name", &self.meeting_room_name)
            .field("meeting_room_location", &self.meeting_room_location)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Body of `PUT /v1/meeting-rooms/room-call`: call a meeting room into a meeting (呼叫会议室), by its room ID or by the signalling address of an MRA device. The administrators of the meeting creator's enterprise and the meeting's participants may call rooms of their own enterprise; calling by MRA address needs the host or a co-host (会议创建者所在企业的管理员和会议参会者可呼叫与自己同企业下的会议室入会，若使用会议室呼叫地址，需主持人或联席主持人身份). OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). The page's example sends `meeting_id` as a string with `x` placeholders; here it is a number, as the table types it.
///
/// Generated from `schemas/rooms/call-room.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct CallRoomRequest {
    /// ID of the operator (操作者 ID), read according to `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// ID of the meeting room (会议室 ID); give it or `mra_address` (与 mra_address 二选一).
    ///
    /// Wire name `meeting_room_id`, optional.
    /// Rules: not empty; not only whitespace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_room_id: ::std::option::Option<::std::string::String>,
    /// The MRA device, given by its signalling address (MRA 对象); give it or `meeting_room_id`.
    ///
    /// Wire name `mra_address`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mra_address: ::std::option::Option<MraAddress>,
    /// ID of the meeting the room is invited to (会议 ID). The page types it Integer and advises an int64; meeting IDs run to 20 digits (beyond int64), so it is an unsigned 64-bit number (`x-integer: u64`).
    ///
    /// Wire name `meeting_id`, required.
    pub meeting_id: u64,
}
impl CallRoomRequest {
    /// A builder of [`CallRoomRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::CallRoomRequestBuilder {
        builders::CallRoomRequestBuilder {
            operator_id: builders::missing::call_room_request::operator_id,
            operator_id_type: builders::missing::call_room_request::operator_id_type,
            meeting_room_id: ::std::option::Option::None,
            mra_address: ::std::option::Option::None,
            meeting_id: builders::missing::call_room_request::meeting_id,
        }
    }
}
impl CallRoomRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `meeting_room_id`: fewest characters (1).
    pub const MEETING_ROOM_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for CallRoomRequest {
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
        if let ::std::option::Option::Some(value) = &self.meeting_room_id {
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_room_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        if let ::std::option::Option::Some(value) = &self.mra_address {
            let path = crate::validate::FieldPath::child_of(
                at,
                "mra_address",
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
impl crate::Validate for CallRoomRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `PUT /v1/meeting-rooms/room-call`: the call placed (呼叫 ID) and its state. The official SDK knows only `invite_id`. Lenient: nothing is required and unknown fields are kept, not lost.
///
/// Generated from `schemas/rooms/call-room.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct CallRoomResponse {
    /// ID of the call (呼叫 ID): what cancelling the call needs.
    ///
    /// Wire name `invite_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub invite_id: ::std::option::Option<::std::string::String>,
    /// State of the call (呼叫状态).
    ///
    /// Wire name `status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<crate::rooms::RoomCallStatus>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl CallRoomResponse {
    /// A builder of [`CallRoomResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::CallRoomResponseBuilder {
        builders::CallRoomResponseBuilder {
            invite_id: ::std::option::Option::None,
            status: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for CallRoomResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CallRoomResponse")
            .field("invite_id", &self.invite_id)
            .field("status", &self.status)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
impl CallRoomResponse {
    /// `invite_id` of the answer, or `None` where the service left it out: ID of the call (呼叫 ID): what cancelling the call needs.
    ///
    /// (Declared in the schema of `CallRoomResponse`, `x-accessors`.)
    pub fn invite_id(&self) -> ::std::option::Option<&str> {
        let value = self;
        let value = value.invite_id.as_ref()?;
        ::std::option::Option::Some(value.as_str())
    }
}
/// Body of `PUT /v1/meeting-rooms/cancel-room-call`: cancel a call to a meeting room (取消呼叫会议室), by its room ID or by the signalling address of an MRA device. The caller needs the same rights as for calling the room (同会议室呼叫权限).
///
/// Generated from `schemas/rooms/cancel-room-call.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct CancelRoomCallRequest {
    /// ID of the operator (操作者 ID), read according to `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// ID of the meeting room (会议室 ID); give it or `mra_address` (与 mra_address 二选一).
    ///
    /// Wire name `meeting_room_id`, optional.
    /// Rules: not empty; not only whitespace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_room_id: ::std::option::Option<::std::string::String>,
    /// The MRA device, given by its signalling address (MRA 对象); give it or `meeting_room_id`.
    ///
    /// Wire name `mra_address`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mra_address: ::std::option::Option<MraAddress>,
    /// ID of the call to cancel (呼叫 ID), as calling the room answered it.
    ///
    /// Wire name `invite_id`, required.
    /// Rules: not empty; not only whitespace.
    pub invite_id: ::std::string::String,
    /// ID of the meeting (会议 ID).
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty; not only whitespace.
    pub meeting_id: ::std::string::String,
    /// Device type of the caller (设备类型 ID).
    ///
    /// Wire name `instance_id`, required.
    pub instance_id: crate::InstanceId,
}
impl CancelRoomCallRequest {
    /// A builder of [`CancelRoomCallRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::CancelRoomCallRequestBuilder {
        builders::CancelRoomCallRequestBuilder {
            operator_id: builders::missing::cancel_room_call_request::operator_id,
            operator_id_type: builders::missing::cancel_room_call_request::operator_id_type,
            meeting_room_id: ::std::option::Option::None,
            mra_address: ::std::option::Option::None,
            invite_id: builders::missing::cancel_room_call_request::invite_id,
            meeting_id: builders::missing::cancel_room_call_request::meeting_id,
            instance_id: builders::missing::cancel_room_call_request::instance_id,
        }
    }
}
impl CancelRoomCallRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `meeting_room_id`: fewest characters (1).
    pub const MEETING_ROOM_ID_MIN_LENGTH: usize = 1usize;
    /// `invite_id`: fewest characters (1).
    pub const INVITE_ID_MIN_LENGTH: usize = 1usize;
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for CancelRoomCallRequest {
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
        if let ::std::option::Option::Some(value) = &self.meeting_room_id {
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_room_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        if let ::std::option::Option::Some(value) = &self.mra_address {
            let path = crate::validate::FieldPath::child_of(
                at,
                "mra_address",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            crate::validate::ValidateAt::validate_at(
                value,
                ::std::option::Option::Some(&path),
            )?;
        }
        {
            let value = &self.invite_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "invite_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        {
            let value = &self.meeting_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for CancelRoomCallRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Path parameters of `POST /v1/meeting-rooms/{meeting_room_id}/active-code`.
///
/// Generated from `schemas/rooms/create-room-active-code.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct CreateRoomActiveCodePath {
    /// Meeting room ID (会议室 ID); the page spells the placeholder `{meeting_room_id}`.
    ///
    /// Wire name `meeting_room_id`, required.
    /// Rules: not empty.
    pub meeting_room_id: ::std::string::String,
}
impl CreateRoomActiveCodePath {
    /// A builder of [`CreateRoomActiveCodePath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::CreateRoomActiveCodePathBuilder {
        builders::CreateRoomActiveCodePathBuilder {
            meeting_room_id: builders::missing::create_room_active_code_path::meeting_room_id,
        }
    }
    /// A `CreateRoomActiveCodePath` with [`meeting_room_id`](Self::meeting_room_id) set and every optional field absent.
    pub fn new(
        meeting_room_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self::builder().meeting_room_id(meeting_room_id).build()
    }
}
impl CreateRoomActiveCodePath {
    /// `meeting_room_id`: fewest characters (1).
    pub const MEETING_ROOM_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for CreateRoomActiveCodePath {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.meeting_room_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_room_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for CreateRoomActiveCodePath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Query string of `POST /v1/meeting-rooms/{meeting_room_id}/active-code`: the operator generating an activation code for a meeting room's device (生成设备激活码); the POST has no body. The app needs the permission to manage the enterprise's meeting-room details (管理企业会议室详细信息). OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). The current page requires `operator_id` and `operator_id_type`; the official SDK does not send them (the page wins).
///
/// Generated from `schemas/rooms/create-room-active-code.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct CreateRoomActiveCodeRequest {
    /// ID of the operator (操作者 ID), read according to `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
}
impl CreateRoomActiveCodeRequest {
    /// A builder of [`CreateRoomActiveCodeRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::CreateRoomActiveCodeRequestBuilder {
        builders::CreateRoomActiveCodeRequestBuilder {
            operator_id: builders::missing::create_room_active_code_request::operator_id,
            operator_id_type: builders::missing::create_room_active_code_request::operator_id_type,
        }
    }
}
impl CreateRoomActiveCodeRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for CreateRoomActiveCodeRequest {
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
impl crate::Validate for CreateRoomActiveCodeRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `POST /v1/meeting-rooms/{meeting_room_id}/active-code`: the new activation code (激活码). Lenient: nothing is required and unknown fields are kept, not lost.
///
/// Generated from `schemas/rooms/create-room-active-code.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct CreateRoomActiveCodeResponse {
    /// Activation code (激活码): whoever holds it can activate a device as this room.
    ///
    /// Wire name `active_code`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub active_code: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl CreateRoomActiveCodeResponse {
    /// A builder of [`CreateRoomActiveCodeResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::CreateRoomActiveCodeResponseBuilder {
        builders::CreateRoomActiveCodeResponseBuilder {
            active_code: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for CreateRoomActiveCodeResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateRoomActiveCodeResponse")
            .field(
                "active_code",
                &self.active_code.as_ref().map(|_| crate::redacted::Redacted),
            )
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
impl CreateRoomActiveCodeResponse {
    /// `active_code` of the answer, or `None` where the service left it out: Activation code (激活码): whoever holds it can activate a device as this room.
    ///
    /// (Declared in the schema of `CreateRoomActiveCodeResponse`, `x-accessors`.)
    pub fn active_code(&self) -> ::std::option::Option<&str> {
        let value = self;
        let value = value.active_code.as_ref()?;
        ::std::option::Option::Some(value.as_str())
    }
}
/// Path parameters of `GET /v1/meeting-rooms/{meeting_room_id}`.
///
/// Generated from `schemas/rooms/get-meeting-room.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetMeetingRoomPath {
    /// Meeting room ID (会议室 ID); the page spells the placeholder `{meeting_room_id}`.
    ///
    /// Wire name `meeting_room_id`, required.
    /// Rules: not empty.
    pub meeting_room_id: ::std::string::String,
}
impl GetMeetingRoomPath {
    /// A builder of [`GetMeetingRoomPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetMeetingRoomPathBuilder {
        builders::GetMeetingRoomPathBuilder {
            meeting_room_id: builders::missing::get_meeting_room_path::meeting_room_id,
        }
    }
    /// A `GetMeetingRoomPath` with [`meeting_room_id`](Self::meeting_room_id) set and every optional field absent.
    pub fn new(
        meeting_room_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self::builder().meeting_room_id(meeting_room_id).build()
    }
}
impl GetMeetingRoomPath {
    /// `meeting_room_id`: fewest characters (1).
    pub const MEETING_ROOM_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetMeetingRoomPath {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.meeting_room_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_room_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for GetMeetingRoomPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Query string of `GET /v1/meeting-rooms/{meeting_room_id}`: the operator asking for a meeting room's details (查询会议室(Rooms)详情). The operator needs view permission on meeting-room management (会议室管理的查看权限). OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). The example is made up: the page's example was not captured. The current page requires `operator_id` and `operator_id_type`; the official SDK does not send them (the page wins).
///
/// Generated from `schemas/rooms/get-meeting-room.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetMeetingRoomRequest {
    /// ID of the operator (操作者 ID), read according to `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
}
impl GetMeetingRoomRequest {
    /// A builder of [`GetMeetingRoomRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetMeetingRoomRequestBuilder {
        builders::GetMeetingRoomRequestBuilder {
            operator_id: builders::missing::get_meeting_room_request::operator_id,
            operator_id_type: builders::missing::get_meeting_room_request::operator_id_type,
        }
    }
}
impl GetMeetingRoomRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetMeetingRoomRequest {
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
impl crate::Validate for GetMeetingRoomRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/meeting-rooms/{meeting_room_id}`: the meeting room's details (会议室详细信息). Lenient: nothing is required and unknown fields are kept, not lost. The captured page text ends inside the account table; the hardware and PMI objects follow the older page and the official SDK. The example is the older page's (with `password`, without `is_allow_call` and `scheduled_status`): the current page's example was not captured.
///
/// Generated from `schemas/rooms/get-meeting-room.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetMeetingRoomResponse {
    /// Basic facts (会议室基本信息).
    ///
    /// Wire name `basic_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub basic_info: ::std::option::Option<MeetingRoomBasicInfo>,
    /// Account (会议室账号信息).
    ///
    /// Wire name `account_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub account_info: ::std::option::Option<MeetingRoomAccountInfo>,
    /// Hardware (会议室硬件信息).
    ///
    /// Wire name `hardware_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub hardware_info: ::std::option::Option<MeetingRoomHardwareInfo>,
    /// Personal meeting ID (会议室 PMI 信息).
    ///
    /// Wire name `pmi_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pmi_info: ::std::option::Option<MeetingRoomPmiInfo>,
    /// Whether alert notifications are on (告警通知状态).
    ///
    /// Wire name `monitor_status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub monitor_status: ::std::option::Option<crate::rooms::RoomMonitorStatus>,
    /// Whether the room may be called (是否允许被呼叫).
    ///
    /// Wire name `is_allow_call`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub is_allow_call: ::std::option::Option<bool>,
    /// Whether the room may be booked (预定状态).
    ///
    /// Wire name `scheduled_status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub scheduled_status: ::std::option::Option<crate::rooms::RoomScheduledStatus>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl GetMeetingRoomResponse {
    /// A builder of [`GetMeetingRoomResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetMeetingRoomResponseBuilder {
        builders::GetMeetingRoomResponseBuilder {
            basic_info: ::std::option::Option::None,
            account_info: ::std::option::Option::None,
            hardware_info: ::std::option::Option::None,
            pmi_info: ::std::option::Option::None,
            monitor_status: ::std::option::Option::None,
            is_allow_call: ::std::option::Option::None,
            scheduled_status: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for GetMeetingRoomResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetMeetingRoomResponse")
            .field("basic_info", &self.basic_info)
            .field("account_info", &self.account_info)
            .field("hardware_info", &self.hardware_info)
            .field("pmi_info", &self.pmi_info)
            .field("monitor_status", &self.monitor_status)
            .field("is_allow_call", &self.is_allow_call)
            .field("scheduled_status", &self.scheduled_status)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Path parameters of `GET /v1/meeting-rooms/{meeting_room_id}/background`.
///
/// Generated from `schemas/rooms/get-room-background.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetRoomBackgroundPath {
    /// Meeting room ID (会议室 ID); the page spells the placeholder `{meeting_room_id}`.
    ///
    /// Wire name `meeting_room_id`, required.
    /// Rules: not empty.
    pub meeting_room_id: ::std::string::String,
}
impl GetRoomBackgroundPath {
    /// A builder of [`GetRoomBackgroundPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetRoomBackgroundPathBuilder {
        builders::GetRoomBackgroundPathBuilder {
            meeting_room_id: builders::missing::get_room_background_path::meeting_room_id,
        }
    }
    /// A `GetRoomBackgroundPath` with [`meeting_room_id`](Self::meeting_room_id) set and every optional field absent.
    pub fn new(
        meeting_room_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self::builder().meeting_room_id(meeting_room_id).build()
    }
}
impl GetRoomBackgroundPath {
    /// `meeting_room_id`: fewest characters (1).
    pub const MEETING_ROOM_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetRoomBackgroundPath {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.meeting_room_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_room_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for GetRoomBackgroundPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Query string of `GET /v1/meeting-rooms/{meeting_room_id}/background`: the operator asking for a meeting room's current background (查询会议室背景). The operator needs view permission on meeting-room management (会议室管理查看权限); only AK/SK authentication is documented (AK/SK 鉴权). The captured table lost its required marks; both parameters are required, as the official SDK has them and the example sends them.
///
/// Generated from `schemas/rooms/get-room-background.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetRoomBackgroundRequest {
    /// ID of the operator (操作者 ID), read according to `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
}
impl GetRoomBackgroundRequest {
    /// A builder of [`GetRoomBackgroundRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetRoomBackgroundRequestBuilder {
        builders::GetRoomBackgroundRequestBuilder {
            operator_id: builders::missing::get_room_background_request::operator_id,
            operator_id_type: builders::missing::get_room_background_request::operator_id_type,
        }
    }
}
impl GetRoomBackgroundRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetRoomBackgroundRequest {
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
impl crate::Validate for GetRoomBackgroundRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/meeting-rooms/{meeting_room_id}/background`: where the background image is. Lenient: nothing is required and unknown fields are kept, not lost.
///
/// Generated from `schemas/rooms/get-room-background.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetRoomBackgroundResponse {
    /// Address of the background image (图片地址), valid for 2 hours (有效期2小时).
    ///
    /// Wire name `background_image`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub background_image: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl GetRoomBackgroundResponse {
    /// A builder of [`GetRoomBackgroundResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetRoomBackgroundResponseBuilder {
        builders::GetRoomBackgroundResponseBuilder {
            background_image: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for GetRoomBackgroundResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetRoomBackgroundResponse")
            .field("background_image", &self.background_image)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Path parameters of `GET /v1/meeting-rooms/{screencast_code}/rooms-info`.
///
/// Generated from `schemas/rooms/get-room-by-screencast-code.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetRoomByScreencastCodePath {
    /// Screen-cast code shown on the Rooms device (Rooms 投屏码); the page spells the placeholder `{screencast_code}`. Not a meeting room ID.
    ///
    /// Wire name `screencast_code`, required.
    /// Rules: not empty.
    pub screencast_code: ::std::string::String,
}
impl GetRoomByScreencastCodePath {
    /// A builder of [`GetRoomByScreencastCodePath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetRoomByScreencastCodePathBuilder {
        builders::GetRoomByScreencastCodePathBuilder {
            screencast_code: builders::missing::get_room_by_screencast_code_path::screencast_code,
        }
    }
    /// A `GetRoomByScreencastCodePath` with [`screencast_code`](Self::screencast_code) set and every optional field absent.
    pub fn new(
        screencast_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self::builder().screencast_code(screencast_code).build()
    }
}
impl GetRoomByScreencastCodePath {
    /// `screencast_code`: fewest characters (1).
    pub const SCREENCAST_CODE_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetRoomByScreencastCodePath {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.screencast_code;
            let path = crate::validate::FieldPath::child_of(
                at,
                "screencast_code",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for GetRoomByScreencastCodePath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Query string of `GET /v1/meeting-rooms/{screencast_code}/rooms-info`: the operator looking up a meeting room by the screen-cast code on its Rooms device (通过投屏码查询会议室信息). Only AK/SK authentication (仅支持 AK/SK 方式鉴权); OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). The current page requires `operator_id` and `operator_id_type`; the official SDK does not send them (the page wins).
///
/// Generated from `schemas/rooms/get-room-by-screencast-code.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetRoomByScreencastCodeRequest {
    /// ID of the operator (操作者 ID), read according to `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
}
impl GetRoomByScreencastCodeRequest {
    /// A builder of [`GetRoomByScreencastCodeRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetRoomByScreencastCodeRequestBuilder {
        builders::GetRoomByScreencastCodeRequestBuilder {
            operator_id: builders::missing::get_room_by_screencast_code_request::operator_id,
            operator_id_type: builders::missing::get_room_by_screencast_code_request::operator_id_type,
        }
    }
}
impl GetRoomByScreencastCodeRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetRoomByScreencastCodeRequest {
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
impl crate::Validate for GetRoomByScreencastCodeRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/meeting-rooms/{screencast_code}/rooms-info`: the room the code belongs to, and how to reach its local control API (Rooms 中控 API). Lenient: nothing is required and unknown fields are kept, not lost.
///
/// Generated from `schemas/rooms/get-room-by-screencast-code.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetRoomByScreencastCodeResponse {
    /// Rooms device ID (Rooms ID), for steering the device through the REST API.
    ///
    /// Wire name `rooms_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub rooms_id: ::std::option::Option<::std::string::String>,
    /// Meeting room ID (会议室 ID).
    ///
    /// Wire name `meeting_room_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_room_id: ::std::option::Option<::std::string::String>,
    /// Local IP addresses of the Rooms device (Rooms 本地 IP 列表), all of them when it has several; the local control API listens on them.
    ///
    /// Wire name `rooms_ip_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub rooms_ip_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Whether the local control API is switched on (Rooms 中控 API 功能打开/关闭状态), a setting of the enterprise admin console.
    ///
    /// Wire name `cs_api_enable`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cs_api_enable: ::std::option::Option<bool>,
    /// Password of the local control API (Rooms 中控 API 鉴权口令); an empty string while the API is off.
    ///
    /// Wire name `api_password`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub api_password: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl GetRoomByScreencastCodeResponse {
    /// A builder of [`GetRoomByScreencastCodeResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetRoomByScreencastCodeResponseBuilder {
        builders::GetRoomByScreencastCodeResponseBuilder {
            rooms_id: ::std::option::Option::None,
            meeting_room_id: ::std::option::Option::None,
            rooms_ip_list: ::std::option::Option::None,
            cs_api_enable: ::std::option::Option::None,
            api_password: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for GetRoomByScreencastCodeResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetRoomByScreencastCodeResponse")
            .field("rooms_id", &self.rooms_id)
            .field("meeting_room_id", &self.meeting_room_id)
            .field("rooms_ip_list", &self.rooms_ip_list)
            .field("cs_api_enable", &self.cs_api_enable)
            .field(
                "api_password",
                &self.api_password.as_ref().map(|_| crate::redacted::Redacted),
            )
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Body of `POST /v1/meeting-rooms/room-call-info`: how a meeting room answered a meeting's call (查询会议室应答状态). The caller needs the same rights as for calling the room (同会议室呼叫权限). A read, though sent as a POST. The page's example passes `self.other_userid`, a variable, as `operator_id`: replaced with a user ID.
///
/// Generated from `schemas/rooms/get-room-call-status.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetRoomCallStatusRequest {
    /// ID of the operator (操作者 ID), read according to `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// Device type of the caller (设备类型 ID).
    ///
    /// Wire name `instance_id`, required.
    pub instance_id: crate::InstanceId,
    /// ID of the meeting room (会议室 ID); give it or `mra_address` (与 mra_address 二选一).
    ///
    /// Wire name `meeting_room_id`, optional.
    /// Rules: not empty; not only whitespace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_room_id: ::std::option::Option<::std::string::String>,
    /// The MRA device, given by its signalling address (MRA 对象); give it or `meeting_room_id`.
    ///
    /// Wire name `mra_address`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mra_address: ::std::option::Option<MraAddress>,
    /// ID of the meeting that called the room (会议 ID).
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty; not only whitespace.
    pub meeting_id: ::std::string::String,
}
impl GetRoomCallStatusRequest {
    /// A builder of [`GetRoomCallStatusRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetRoomCallStatusRequestBuilder {
        builders::GetRoomCallStatusRequestBuilder {
            operator_id: builders::missing::get_room_call_status_request::operator_id,
            operator_id_type: builders::missing::get_room_call_status_request::operator_id_type,
            instance_id: builders::missing::get_room_call_status_request::instance_id,
            meeting_room_id: ::std::option::Option::None,
            mra_address: ::std::option::Option::None,
            meeting_id: builders::missing::get_room_call_status_request::meeting_id,
        }
    }
}
impl GetRoomCallStatusRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `meeting_room_id`: fewest characters (1).
    pub const MEETING_ROOM_ID_MIN_LENGTH: usize = 1usize;
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetRoomCallStatusRequest {
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
        if let ::std::option::Option::Some(value) = &self.meeting_room_id {
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_room_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        if let ::std::option::Option::Some(value) = &self.mra_address {
            let path = crate::validate::FieldPath::child_of(
                at,
                "mra_address",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            crate::validate::ValidateAt::validate_at(
                value,
                ::std::option::Option::Some(&path),
            )?;
        }
        {
            let value = &self.meeting_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for GetRoomCallStatusRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `POST /v1/meeting-rooms/room-call-info`: the room's answer (应答状态). Lenient: nothing is required and unknown fields are kept, not lost.
///
/// Generated from `schemas/rooms/get-room-call-status.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetRoomCallStatusResponse {
    /// How the room answered (应答状态).
    ///
    /// Wire name `status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<crate::rooms::RoomCallResponseStatus>,
    /// When the room last answered (最近一次应答时间), a local date and time such as `2022/11/22 14:35:26`.
    ///
    /// Wire name `response_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub response_time: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl GetRoomCallStatusResponse {
    /// A builder of [`GetRoomCallStatusResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetRoomCallStatusResponseBuilder {
        builders::GetRoomCallStatusResponseBuilder {
            status: ::std::option::Option::None,
            response_time: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for GetRoomCallStatusResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetRoomCallStatusResponse")
            .field("status", &self.status)
            .field("response_time", &self.response_time)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Body of `POST /v1/meeting-rooms/room-config-info`: read a meeting room's settings (查询会议室配置项). The operator needs view permission on meeting rooms (会议室查看权限); OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). A read, though sent as a POST. The page's example has a trailing comma, removed here.
///
/// Generated from `schemas/rooms/get-room-config.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetRoomConfigRequest {
    /// ID of the operator (操作者 ID), read according to `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// Device type of the caller (设备类型 ID).
    ///
    /// Wire name `instance_id`, required.
    pub instance_id: crate::InstanceId,
    /// ID of the meeting room (会议室 ID).
    ///
    /// Wire name `meeting_room_id`, required.
    /// Rules: not empty; not only whitespace.
    pub meeting_room_id: ::std::string::String,
}
impl GetRoomConfigRequest {
    /// A builder of [`GetRoomConfigRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetRoomConfigRequestBuilder {
        builders::GetRoomConfigRequestBuilder {
            operator_id: builders::missing::get_room_config_request::operator_id,
            operator_id_type: builders::missing::get_room_config_request::operator_id_type,
            instance_id: builders::missing::get_room_config_request::instance_id,
            meeting_room_id: builders::missing::get_room_config_request::meeting_room_id,
        }
    }
}
impl GetRoomConfigRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `meeting_room_id`: fewest characters (1).
    pub const MEETING_ROOM_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetRoomConfigRequest {
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
            let value = &self.meeting_room_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_room_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for GetRoomConfigRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `POST /v1/meeting-rooms/room-config-info`: the room's meeting and recording settings (会议室配置项). Lenient: nothing is required and unknown fields are kept, not lost. The page's example is cut inside `room_notification`; it is completed with a value and a `record_settings` that follow the tables.
///
/// Generated from `schemas/rooms/get-room-config.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetRoomConfigResponse {
    /// Meeting settings (会议室会议配置对象).
    ///
    /// Wire name `meeting_settings`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_settings: ::std::option::Option<RoomMeetingSettings>,
    /// Recording settings (会议室录制配置对象).
    ///
    /// Wire name `record_settings`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub record_settings: ::std::option::Option<RoomRecordSettings>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl GetRoomConfigResponse {
    /// A builder of [`GetRoomConfigResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetRoomConfigResponseBuilder {
        builders::GetRoomConfigResponseBuilder {
            meeting_settings: ::std::option::Option::None,
            record_settings: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for GetRoomConfigResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetRoomConfigResponse")
            .field("meeting_settings", &self.meeting_settings)
            .field("record_settings", &self.record_settings)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Query string of `GET /v1/rooms-inventory/account-statistics`: the operator asking how the enterprise's Rooms accounts are used, by edition (查询账号类型资源使用统计). The app needs the permissions to manage and to view the enterprise's meeting-room details (管理企业会议室详细信息, 查看企业会议室详细信息). OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). The current page requires `operator_id` and `operator_id_type`; the official SDK does not send them (the page wins).
///
/// Generated from `schemas/rooms/get-rooms-account-statistics.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetRoomsAccountStatisticsRequest {
    /// ID of the operator (操作者 ID), read according to `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
}
impl GetRoomsAccountStatisticsRequest {
    /// A builder of [`GetRoomsAccountStatisticsRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetRoomsAccountStatisticsRequestBuilder {
        builders::GetRoomsAccountStatisticsRequestBuilder {
            operator_id: builders::missing::get_rooms_account_statistics_request::operator_id,
            operator_id_type: builders::missing::get_rooms_account_statistics_request::operator_id_type,
        }
    }
}
impl GetRoomsAccountStatisticsRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetRoomsAccountStatisticsRequest {
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
impl crate::Validate for GetRoomsAccountStatisticsRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/rooms-inventory/account-statistics`: the Rooms accounts by edition. Lenient: nothing is required and unknown fields are kept, not lost.
///
/// Generated from `schemas/rooms/get-rooms-account-statistics.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetRoomsAccountStatisticsResponse {
    /// Professional-edition accounts (专业版账号数).
    ///
    /// Wire name `pro_count`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pro_count: ::std::option::Option<i64>,
    /// Basic-edition accounts in use (基础版账号使用数).
    ///
    /// Wire name `custom_used_count`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub custom_used_count: ::std::option::Option<i64>,
    /// Professional-edition accounts in use (专业版账号使用数).
    ///
    /// Wire name `pro_used_count`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pro_used_count: ::std::option::Option<i64>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl GetRoomsAccountStatisticsResponse {
    /// A builder of [`GetRoomsAccountStatisticsResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetRoomsAccountStatisticsResponseBuilder {
        builders::GetRoomsAccountStatisticsResponseBuilder {
            pro_count: ::std::option::Option::None,
            custom_used_count: ::std::option::Option::None,
            pro_used_count: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for GetRoomsAccountStatisticsResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetRoomsAccountStatisticsResponse")
            .field("pro_count", &self.pro_count)
            .field("custom_used_count", &self.custom_used_count)
            .field("pro_used_count", &self.pro_used_count)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Query string of `GET /v1/rooms-inventory`: the operator asking for the Rooms resources the enterprise bought (查询账户下 Rooms 资源). The page announces that this endpoint will be retired (该接口即将废弃) in favour of the account statistics (查询账号类型资源使用统计, `get_rooms_account_statistics`). OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). The current page requires `operator_id` and `operator_id_type`; the official SDK does not send them (the page wins).
///
/// Generated from `schemas/rooms/get-rooms-inventory.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetRoomsInventoryRequest {
    /// ID of the operator (操作者 ID), read according to `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
}
impl GetRoomsInventoryRequest {
    /// A builder of [`GetRoomsInventoryRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetRoomsInventoryRequestBuilder {
        builders::GetRoomsInventoryRequestBuilder {
            operator_id: builders::missing::get_rooms_inventory_request::operator_id,
            operator_id_type: builders::missing::get_rooms_inventory_request::operator_id_type,
        }
    }
}
impl GetRoomsInventoryRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetRoomsInventoryRequest {
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
impl crate::Validate for GetRoomsInventoryRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/rooms-inventory`: the enterprise's Rooms devices by kind (Rooms 资源). Lenient: nothing is required and unknown fields are kept, not lost.
///
/// Generated from `schemas/rooms/get-rooms-inventory.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetRoomsInventoryResponse {
    /// Normal devices (普通设备数).
    ///
    /// Wire name `normal_count`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub normal_count: ::std::option::Option<i64>,
    /// Dedicated-purchase devices (专款设备数).
    ///
    /// Wire name `special_count`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub special_count: ::std::option::Option<i64>,
    /// Normal devices in use (普通设备使用数).
    ///
    /// Wire name `normal_used_count`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub normal_used_count: ::std::option::Option<i64>,
    /// Dedicated-purchase devices in use (专款设备使用数).
    ///
    /// Wire name `special_used_count`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub special_used_count: ::std::option::Option<i64>,
    /// Normal devices expired (普通设备过期数).
    ///
    /// Wire name `normal_expired_count`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub normal_expired_count: ::std::option::Option<i64>,
    /// Dedicated-purchase devices expired (专款设备过期数).
    ///
    /// Wire name `special_expired_count`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub special_expired_count: ::std::option::Option<i64>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl GetRoomsInventoryResponse {
    /// A builder of [`GetRoomsInventoryResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetRoomsInventoryResponseBuilder {
        builders::GetRoomsInventoryResponseBuilder {
            normal_count: ::std::option::Option::None,
            special_count: ::std::option::Option::None,
            normal_used_count: ::std::option::Option::None,
            special_used_count: ::std::option::Option::None,
            normal_expired_count: ::std::option::Option::None,
            special_expired_count: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for GetRoomsInventoryResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetRoomsInventoryResponse")
            .field("normal_count", &self.normal_count)
            .field("special_count", &self.special_count)
            .field("normal_used_count", &self.normal_used_count)
            .field("special_used_count", &self.special_used_count)
            .field("normal_expired_count", &self.normal_expired_count)
            .field("special_expired_count", &self.special_expired_count)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Query string of `GET /v1/meeting-rooms`: list the enterprise's meeting rooms (查询会议室列表), a page at a time. The operator needs view permission on meeting-room management (会议室管理的查看权限). OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). The current page requires `operator_id` and `operator_id_type`; the official SDK does not send them (the page wins). The example is the older page's (`page=1&page_size=2&meeting_room_name=会议室`) with the operator added: the current page's example was not captured.
///
/// Generated from `schemas/rooms/list-meeting-rooms.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct ListMeetingRoomsRequest {
    /// ID of the operator (操作者 ID), read according to `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// Page number, counting from 1 (页码，从1开始); 1 when absent (默认1).
    ///
    /// Wire name `page`, optional.
    /// Rules: at least 1.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page: ::std::option::Option<i64>,
    /// Items per page, from 1 to 50 (分页大小，从1开始，最大50); 20 when absent (默认20).
    ///
    /// Wire name `page_size`, optional.
    /// Rules: from 1 to 50.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page_size: ::std::option::Option<i64>,
    /// Name of the meeting rooms to find (会议室名称); partial names match (支持模糊匹配查找).
    ///
    /// Wire name `meeting_room_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_room_name: ::std::option::Option<::std::string::String>,
}
impl ListMeetingRoomsRequest {
    /// A builder of [`ListMeetingRoomsRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ListMeetingRoomsRequestBuilder {
        builders::ListMeetingRoomsRequestBuilder {
            operator_id: builders::missing::list_meeting_rooms_request::operator_id,
            operator_id_type: builders::missing::list_meeting_rooms_request::operator_id_type,
            page: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            meeting_room_name: ::std::option::Option::None,
        }
    }
}
impl ListMeetingRoomsRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `page`: the smallest value (1).
    pub const PAGE_MINIMUM: i64 = 1i64;
    /// `page_size`: the smallest value (1).
    pub const PAGE_SIZE_MINIMUM: i64 = 1i64;
    /// `page_size`: the largest value (50).
    pub const PAGE_SIZE_MAXIMUM: i64 = 50i64;
}
impl crate::validate::ValidateAt for ListMeetingRoomsRequest {
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
        if let ::std::option::Option::Some(value) = &self.page {
            let path = crate::validate::FieldPath::child_of(
                at,
                "page",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 1i64, i64::MAX))?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            let path = crate::validate::FieldPath::child_of(
                at,
                "page_size",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 1i64, 50i64))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for ListMeetingRoomsRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/meeting-rooms`: one page of the enterprise's meeting rooms (会议室对象列表). Lenient: nothing is required and unknown fields are kept, not lost. The example is the older page's (without `account_new_type` and `is_allow_call`): the current page's example was not captured.
///
/// Generated from `schemas/rooms/list-meeting-rooms.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct ListMeetingRoomsResponse {
    /// Number of items across all pages (分页查询返回数据总数).
    ///
    /// Wire name `total_count`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total_count: ::std::option::Option<i64>,
    /// Number of items on this page (分页查询返回单页数据条数).
    ///
    /// Wire name `current_size`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub current_size: ::std::option::Option<i64>,
    /// Number of this page (分页查询返回当前页码).
    ///
    /// Wire name `current_page`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub current_page: ::std::option::Option<i64>,
    /// Number of pages (分页查询返回分页总数).
    ///
    /// Wire name `total_page`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total_page: ::std::option::Option<i64>,
    /// The rooms of this page (会议室对象列表).
    ///
    /// Wire name `meeting_room_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_room_list: ::std::option::Option<::std::vec::Vec<MeetingRoomSummary>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl ListMeetingRoomsResponse {
    /// A builder of [`ListMeetingRoomsResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ListMeetingRoomsResponseBuilder {
        builders::ListMeetingRoomsResponseBuilder {
            total_count: ::std::option::Option::None,
            current_size: ::std::option::Option::None,
            current_page: ::std::option::Option::None,
            total_page: ::std::option::Option::None,
            meeting_room_list: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for ListMeetingRoomsResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListMeetingRoomsResponse")
            .field("total_count", &self.total_count)
            .field("current_size", &self.current_size)
            .field("current_page", &self.current_page)
            .field("total_page", &self.total_page)
            .field("meeting_room_list", &self.meeting_room_list)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Query string of `GET /v1/meeting-rooms-monitor/device-controller-info`: list the enterprise's controllers (查询控制器列表), a page at a time. OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). The page names no operator parameter and no defaults for `page` and `page_size`.
///
/// Generated from `schemas/rooms/list-room-controllers.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct ListRoomControllersRequest {
    /// Name of the controllers to find (需要查询的设备名称); partial names match (支持模糊匹配查找). Leave it out to list every controller.
    ///
    /// Wire name `controller_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub controller_name: ::std::option::Option<::std::string::String>,
    /// Page number, counting from 1 (页码，从1开始).
    ///
    /// Wire name `page`, optional.
    /// Rules: at least 1.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page: ::std::option::Option<i64>,
    /// Items per page, from 1 to 50 (分页大小，从1开始，最大50).
    ///
    /// Wire name `page_size`, optional.
    /// Rules: from 1 to 50.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page_size: ::std::option::Option<i64>,
}
impl ListRoomControllersRequest {
    /// A builder of [`ListRoomControllersRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ListRoomControllersRequestBuilder {
        builders::ListRoomControllersRequestBuilder {
            controller_name: ::std::option::Option::None,
            page: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }
}
impl ListRoomControllersRequest {
    /// `page`: the smallest value (1).
    pub const PAGE_MINIMUM: i64 = 1i64;
    /// `page_size`: the smallest value (1).
    pub const PAGE_SIZE_MINIMUM: i64 = 1i64;
    /// `page_size`: the largest value (50).
    pub const PAGE_SIZE_MAXIMUM: i64 = 50i64;
}
impl crate::validate::ValidateAt for ListRoomControllersRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.page {
            let path = crate::validate::FieldPath::child_of(
                at,
                "page",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 1i64, i64::MAX))?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            let path = crate::validate::FieldPath::child_of(
                at,
                "page_size",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 1i64, 50i64))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for ListRoomControllersRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/meeting-rooms-monitor/device-controller-info`: one page of controllers (控制器信息对象). The page types the counts as Number; they are counts, integers as the SDK has them. Lenient: nothing is required and unknown fields are kept, not lost. The page's example is cut after the first controller's `manufacture_name`; the rest of that entry is made up from the table.
///
/// Generated from `schemas/rooms/list-room-controllers.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct ListRoomControllersResponse {
    /// Number of items across all pages (分页查询返回数据总数).
    ///
    /// Wire name `total_count`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total_count: ::std::option::Option<i64>,
    /// Number of items on this page (分页查询返回单页数据条数).
    ///
    /// Wire name `current_size`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub current_size: ::std::option::Option<i64>,
    /// Number of this page (分页查询返回当前页码).
    ///
    /// Wire name `current_page`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub current_page: ::std::option::Option<i64>,
    /// Number of pages (分页查询返回分页总数).
    ///
    /// Wire name `total_page`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total_page: ::std::option::Option<i64>,
    /// The controllers of this page (控制器信息对象).
    ///
    /// Wire name `controller_info_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub controller_info_list: ::std::option::Option<::std::vec::Vec<RoomController>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl ListRoomControllersResponse {
    /// A builder of [`ListRoomControllersResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ListRoomControllersResponseBuilder {
        builders::ListRoomControllersResponseBuilder {
            total_count: ::std::option::Option::None,
            current_size: ::std::option::Option::None,
            current_page: ::std::option::Option::None,
            total_page: ::std::option::Option::None,
            controller_info_list: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for ListRoomControllersResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListRoomControllersResponse")
            .field("total_count", &self.total_count)
            .field("current_size", &self.current_size)
            .field("current_page", &self.current_page)
            .field("total_page", &self.total_page)
            .field("controller_info_list", &self.controller_info_list)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Query string of `GET /v1/devices`: list the enterprise's usable meeting-room devices (查询设备列表), a page at a time. The operator needs view permission on meeting-room management (会议室管理的查看权限). OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). The current page requires `operator_id` and `operator_id_type`; the official SDK does not send them (the page wins). The example is the older page's (`page=1&page_size=2&meeting_room_name=会议室`) with the operator added: the current page's example was not captured.
///
/// Generated from `schemas/rooms/list-room-devices.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct ListRoomDevicesRequest {
    /// ID of the operator (操作者 ID), read according to `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// Page number, counting from 1 (页码，从1开始); 1 when absent (默认1).
    ///
    /// Wire name `page`, optional.
    /// Rules: at least 1.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page: ::std::option::Option<i64>,
    /// Items per page, from 1 to 50 (分页大小，从1开始，最大50); 20 when absent (默认20).
    ///
    /// Wire name `page_size`, optional.
    /// Rules: from 1 to 50.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page_size: ::std::option::Option<i64>,
    /// Name of the meeting rooms whose devices to find (会议室名称); partial names match (支持模糊匹配查找).
    ///
    /// Wire name `meeting_room_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_room_name: ::std::option::Option<::std::string::String>,
}
impl ListRoomDevicesRequest {
    /// A builder of [`ListRoomDevicesRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ListRoomDevicesRequestBuilder {
        builders::ListRoomDevicesRequestBuilder {
            operator_id: builders::missing::list_room_devices_request::operator_id,
            operator_id_type: builders::missing::list_room_devices_request::operator_id_type,
            page: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            meeting_room_name: ::std::option::Option::None,
        }
    }
}
impl ListRoomDevicesRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `page`: the smallest value (1).
    pub const PAGE_MINIMUM: i64 = 1i64;
    /// `page_size`: the smallest value (1).
    pub const PAGE_SIZE_MINIMUM: i64 = 1i64;
    /// `page_size`: the largest value (50).
    pub const PAGE_SIZE_MAXIMUM: i64 = 50i64;
}
impl crate::validate::ValidateAt for ListRoomDevicesRequest {
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
        if let ::std::option::Option::Some(value) = &self.page {
            let path = crate::validate::FieldPath::child_of(
                at,
                "page",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 1i64, i64::MAX))?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            let path = crate::validate::FieldPath::child_of(
                at,
                "page_size",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 1i64, 50i64))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for ListRoomDevicesRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/devices`: one page of the enterprise's meeting-room devices (设备信息对象列表). Lenient: nothing is required and unknown fields are kept, not lost. The example is the older page's (without `rooms_id` and `device_monitor_info`): the current page's example was not captured.
///
/// Generated from `schemas/rooms/list-room-devices.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct ListRoomDevicesResponse {
    /// Number of items across all pages (分页查询返回数据总数).
    ///
    /// Wire name `total_count`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total_count: ::std::option::Option<i64>,
    /// Number of items on this page (分页查询返回单页数据条数).
    ///
    /// Wire name `current_size`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub current_size: ::std::option::Option<i64>,
    /// Number of this page (分页查询返回当前页码).
    ///
    /// Wire name `current_page`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub current_page: ::std::option::Option<i64>,
    /// Number of pages (分页查询返回分页总数).
    ///
    /// Wire name `total_page`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total_page: ::std::option::Option<i64>,
    /// The devices of this page (设备信息对象列表).
    ///
    /// Wire name `device_info_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub device_info_list: ::std::option::Option<::std::vec::Vec<RoomDevice>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl ListRoomDevicesResponse {
    /// A builder of [`ListRoomDevicesResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ListRoomDevicesResponseBuilder {
        builders::ListRoomDevicesResponseBuilder {
            total_count: ::std::option::Option::None,
            current_size: ::std::option::Option::None,
            current_page: ::std::option::Option::None,
            total_page: ::std::option::Option::None,
            device_info_list: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for ListRoomDevicesResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListRoomDevicesResponse")
            .field("total_count", &self.total_count)
            .field("current_size", &self.current_size)
            .field("current_page", &self.current_page)
            .field("total_page", &self.total_page)
            .field("device_info_list", &self.device_info_list)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Path parameters of `GET /v1/meeting-rooms/{operator_id}/meetings`.
///
/// Generated from `schemas/rooms/list-room-meetings.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct ListRoomMeetingsPath {
    /// ID of the operator (操作者 ID), read according to the query's `operator_id_type`; the page spells the placeholder `{operator_id}`. Not a meeting room ID: the room is named by `target_rooms_id`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty.
    pub operator_id: ::std::string::String,
}
impl ListRoomMeetingsPath {
    /// A builder of [`ListRoomMeetingsPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ListRoomMeetingsPathBuilder {
        builders::ListRoomMeetingsPathBuilder {
            operator_id: builders::missing::list_room_meetings_path::operator_id,
        }
    }
    /// A `ListRoomMeetingsPath` with [`operator_id`](Self::operator_id) set and every optional field absent.
    pub fn new(operator_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().operator_id(operator_id).build()
    }
}
impl ListRoomMeetingsPath {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for ListRoomMeetingsPath {
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
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for ListRoomMeetingsPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Query string of `GET /v1/meeting-rooms/{operator_id}/meetings`: list the meetings of a meeting room (查询会议室(Rooms)下的会议列表), a page at a time. The operator is the path's `operator_id`; the room is `target_rooms_id`. The operator needs view permission on meeting-room management (会议室管理的查看权限). OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). The page's example was not captured: this one follows the table.
///
/// Generated from `schemas/rooms/list-room-meetings.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct ListRoomMeetingsRequest {
    /// Type of the path's `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// ID of the room whose meetings to list (目标查询 roomsid), read according to `target_rooms_id_type`. The page types it Integer and optional; the official SDK requires it (the page wins).
    ///
    /// Wire name `target_rooms_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub target_rooms_id: ::std::option::Option<i64>,
    /// Type of `target_rooms_id` (目标查询 roomsid 的类型): 3 a Rooms device ID, 5 a meeting room ID. Optional on the page, required by the official SDK (the page wins).
    ///
    /// Wire name `target_rooms_id_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub target_rooms_id_type: ::std::option::Option<crate::TargetRoomsIdType>,
    /// Device type of the caller (用户的终端设备类型).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
    /// Start of the time range (查询起始时间), Unix seconds; the range spans at most 90 days (时间区间不超过90天).
    ///
    /// Wire name `start_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub start_time: ::std::option::Option<crate::UnixSeconds>,
    /// End of the time range (查询结束时间), Unix seconds; the range spans at most 90 days (时间区间不超过90天).
    ///
    /// Wire name `end_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub end_time: ::std::option::Option<crate::UnixSeconds>,
    /// Page number, counting from 1 (当前页，页码起始值为1); 1 when absent (默认为1).
    ///
    /// Wire name `page`, optional.
    /// Rules: at least 1.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page: ::std::option::Option<i64>,
    /// Items per page, at most 20 (分页大小，最大20条); 20 when absent (默认20条).
    ///
    /// Wire name `page_size`, optional.
    /// Rules: from 1 to 20.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page_size: ::std::option::Option<i64>,
}
impl ListRoomMeetingsRequest {
    /// A builder of [`ListRoomMeetingsRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ListRoomMeetingsRequestBuilder {
        builders::ListRoomMeetingsRequestBuilder {
            operator_id_type: builders::missing::list_room_meetings_request::operator_id_type,
            target_rooms_id: ::std::option::Option::None,
            target_rooms_id_type: ::std::option::Option::None,
            instanceid: builders::missing::list_room_meetings_request::instanceid,
            start_time: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
            page: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }
}
impl ListRoomMeetingsRequest {
    /// `page`: the smallest value (1).
    pub const PAGE_MINIMUM: i64 = 1i64;
    /// `page_size`: the smallest value (1).
    pub const PAGE_SIZE_MINIMUM: i64 = 1i64;
    /// `page_size`: the largest value (20).
    pub const PAGE_SIZE_MAXIMUM: i64 = 20i64;
}
impl crate::validate::ValidateAt for ListRoomMeetingsRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.page {
            let path = crate::validate::FieldPath::child_of(
                at,
                "page",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 1i64, i64::MAX))?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            let path = crate::validate::FieldPath::child_of(
                at,
                "page_size",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 1i64, 20i64))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for ListRoomMeetingsRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/meeting-rooms/{operator_id}/meetings`: one page of the room's meetings (会议对象列表). Lenient: nothing is required and unknown fields are kept, not lost. The captured page text ends inside the meeting object's table; its other fields are the SDK's, and the example, which was not captured, follows the tables.
///
/// Generated from `schemas/rooms/list-room-meetings.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct ListRoomMeetingsResponse {
    /// Number of this page (当前页).
    ///
    /// Wire name `current_page`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub current_page: ::std::option::Option<i64>,
    /// Number of items on this page (当前实际页大小).
    ///
    /// Wire name `current_size`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub current_size: ::std::option::Option<i64>,
    /// Number of items across all pages (数据总条数).
    ///
    /// Wire name `total_count`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total_count: ::std::option::Option<i64>,
    /// Number of pages (数据总页数).
    ///
    /// Wire name `total_page`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total_page: ::std::option::Option<i64>,
    /// The meetings of this page (会议对象列表).
    ///
    /// Wire name `meeting_info_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info_list: ::std::option::Option<::std::vec::Vec<RoomMeeting>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl ListRoomMeetingsResponse {
    /// A builder of [`ListRoomMeetingsResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ListRoomMeetingsResponseBuilder {
        builders::ListRoomMeetingsResponseBuilder {
            current_page: ::std::option::Option::None,
            current_size: ::std::option::Option::None,
            total_count: ::std::option::Option::None,
            total_page: ::std::option::Option::None,
            meeting_info_list: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for ListRoomMeetingsResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListRoomMeetingsResponse")
            .field("current_page", &self.current_page)
            .field("current_size", &self.current_size)
            .field("total_count", &self.total_count)
            .field("total_page", &self.total_page)
            .field("meeting_info_list", &self.meeting_info_list)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Account of a meeting room (会议室账号信息).
///
/// Generated from `schemas/rooms/get-meeting-room.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingRoomAccountInfo {
    /// Account edition (账号新类型).
    ///
    /// Wire name `account_new_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub account_new_type: ::std::option::Option<crate::rooms::RoomAccountNewType>,
    /// Account type (账号类型).
    ///
    /// Wire name `account_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub account_type: ::std::option::Option<crate::rooms::RoomAccountType>,
    /// Until when the account is valid (有效期限); always `-` for normal accounts, which last as long as the enterprise's account.
    ///
    /// Wire name `valid_period`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub valid_period: ::std::option::Option<::std::string::String>,
    /// Kind of professional account. Not on the page: the official SDK's field.
    ///
    /// Wire name `pro_account_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pro_account_type: ::std::option::Option<i64>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl MeetingRoomAccountInfo {
    /// A builder of [`MeetingRoomAccountInfo`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingRoomAccountInfoBuilder {
        builders::MeetingRoomAccountInfoBuilder {
            account_new_type: ::std::option::Option::None,
            account_type: ::std::option::Option::None,
            valid_period: ::std::option::Option::None,
            pro_account_type: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingRoomAccountInfo {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingRoomAccountInfo")
            .field("account_new_type", &self.account_new_type)
            .field("account_type", &self.account_type)
            .field("valid_period", &self.valid_period)
            .field("pro_account_type", &self.pro_account_type)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Basic facts of a meeting room (会议室基本信息).
///
/// Generated from `schemas/rooms/get-meeting-room.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingRoomBasicInfo {
    /// IDs of the room's Rooms devices (Rooms ID 列表).
    ///
    /// Wire name `rooms_id_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub rooms_id_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Meeting room name (会议室名称).
    ///
    /// Wire name `meeting_room_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_room_name: ::std::option::Option<::std::string::String>,
    /// City (城市).
    ///
    /// Wire name `city`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub city: ::std::option::Option<::std::string::String>,
    /// Building (建筑).
    ///
    /// Wire name `building`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub building: ::std::option::Option<::std::string::String>,
    /// Floor (楼层).
    ///
    /// Wire name `floor`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub floor: ::std::option::Option<::std::string::String>,
    /// How many people the room holds (容纳人数).
    ///
    /// Wire name `participant_number`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub participant_number: ::std::option::Option<i64>,
    /// Equipment of the room (会议室设备).
    ///
    /// Wire name `device`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub device: ::std::option::Option<::std::string::String>,
    /// Description of the room (描述), base64-encoded.
    ///
    /// Wire name `desc`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub desc: ::std::option::Option<::std::string::String>,
    /// Whether the administrator password is in use (管理员密码启用状态).
    ///
    /// Wire name `admin_password_enabled`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub admin_password_enabled: ::std::option::Option<bool>,
    /// Administrator password (管理员密码), base64-encoded; absent when `admin_password_enabled` is false.
    ///
    /// Wire name `admin_password`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub admin_password: ::std::option::Option<::std::string::String>,
    /// Administrator password (管理员密码), base64-encoded: the older pages' and the official SDK's name for `admin_password`.
    ///
    /// Wire name `password`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub password: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl MeetingRoomBasicInfo {
    /// A builder of [`MeetingRoomBasicInfo`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingRoomBasicInfoBuilder {
        builders::MeetingRoomBasicInfoBuilder {
            rooms_id_list: ::std::option::Option::None,
            meeting_room_name: ::std::option::Option::None,
            city: ::std::option::Option::None,
            building: ::std::option::Option::None,
            floor: ::std::option::Option::None,
            participant_number: ::std::option::Option::None,
            device: ::std::option::Option::None,
            desc: ::std::option::Option::None,
            admin_password_enabled: ::std::option::Option::None,
            admin_password: ::std::option::Option::None,
            password: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingRoomBasicInfo {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingRoomBasicInfo")
            .field("rooms_id_list", &self.rooms_id_list)
            .field("meeting_room_name", &self.meeting_room_name)
            .field("city", &self.city)
            .field("building", &self.building)
            .field("floor", &self.floor)
            .field("participant_number", &self.participant_number)
            .field("device", &self.device)
            .field("desc", &self.desc)
            .field("admin_password_enabled", &self.admin_password_enabled)
            .field(
                "admin_password",
                &self.admin_password.as_ref().map(|_| crate::redacted::Redacted),
            )
            .field(
                "password",
                &self.password.as_ref().map(|_| crate::redacted::Redacted),
            )
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Hardware of a meeting room's device (会议室硬件信息).
///
/// Generated from `schemas/rooms/get-meeting-room.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingRoomHardwareInfo {
    /// Manufacturer (厂家).
    ///
    /// Wire name `factory`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub factory: ::std::option::Option<::std::string::String>,
    /// Device model (设备型号).
    ///
    /// Wire name `device_model`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub device_model: ::std::option::Option<::std::string::String>,
    /// Serial number (序列号).
    ///
    /// Wire name `sn`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sn: ::std::option::Option<::std::string::String>,
    /// IP address (IP 地址).
    ///
    /// Wire name `ip`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ip: ::std::option::Option<::std::string::String>,
    /// MAC address (MAC 地址).
    ///
    /// Wire name `mac`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mac: ::std::option::Option<::std::string::String>,
    /// Rooms version (Rooms 版本).
    ///
    /// Wire name `rooms_version`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub rooms_version: ::std::option::Option<::std::string::String>,
    /// Firmware version (固件版本).
    ///
    /// Wire name `firmware_version`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub firmware_version: ::std::option::Option<::std::string::String>,
    /// Health (健康状况), such as `ERROR`.
    ///
    /// Wire name `health_status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub health_status: ::std::option::Option<::std::string::String>,
    /// Operating system of the device (设备系统).
    ///
    /// Wire name `system_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub system_type: ::std::option::Option<::std::string::String>,
    /// State of the room (会议室状态).
    ///
    /// Wire name `meeting_room_status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_room_status: ::std::option::Option<crate::rooms::MeetingRoomStatus>,
    /// When the device was activated (激活时间), a local date and time such as `2021-03-23 15:37:34`.
    ///
    /// Wire name `active_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub active_time: ::std::option::Option<::std::string::String>,
    /// CPU (CPU 信息).
    ///
    /// Wire name `cpu_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu_info: ::std::option::Option<::std::string::String>,
    /// Highest CPU usage (CPU 最大占用率).
    ///
    /// Wire name `cpu_usage`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu_usage: ::std::option::Option<::std::string::String>,
    /// GPU (GPU 信息).
    ///
    /// Wire name `gpu_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub gpu_info: ::std::option::Option<::std::string::String>,
    /// Network type (网络类型).
    ///
    /// Wire name `net_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub net_type: ::std::option::Option<::std::string::String>,
    /// Memory (内存信息).
    ///
    /// Wire name `memory_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub memory_info: ::std::option::Option<::std::string::String>,
    /// Refresh rate of the display (显示器刷新率).
    ///
    /// Wire name `monitor_frequency`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub monitor_frequency: ::std::option::Option<i64>,
    /// Camera model (摄像头型号).
    ///
    /// Wire name `camera_model`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub camera_model: ::std::option::Option<::std::string::String>,
    /// Whether the video is mirrored (是否开启视频镜像).
    ///
    /// Wire name `enable_video_mirror`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_video_mirror: ::std::option::Option<bool>,
    /// Microphone (麦克风信息).
    ///
    /// Wire name `microphone_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub microphone_info: ::std::option::Option<::std::string::String>,
    /// Speaker (扬声器信息).
    ///
    /// Wire name `speaker_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub speaker_info: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl MeetingRoomHardwareInfo {
    /// A builder of [`MeetingRoomHardwareInfo`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingRoomHardwareInfoBuilder {
        builders::MeetingRoomHardwareInfoBuilder {
            factory: ::std::option::Option::None,
            device_model: ::std::option::Option::None,
            sn: ::std::option::Option::None,
            ip: ::std::option::Option::None,
            mac: ::std::option::Option::None,
            rooms_version: ::std::option::Option::None,
            firmware_version: ::std::option::Option::None,
            health_status: ::std::option::Option::None,
            system_type: ::std::option::Option::None,
            meeting_room_status: ::std::option::Option::None,
            active_time: ::std::option::Option::None,
            cpu_info: ::std::option::Option::None,
            cpu_usage: ::std::option::Option::None,
            gpu_info: ::std::option::Option::None,
            net_type: ::std::option::Option::None,
            memory_info: ::std::option::Option::None,
            monitor_frequency: ::std::option::Option::None,
            camera_model: ::std::option::Option::None,
            enable_video_mirror: ::std::option::Option::None,
            microphone_info: ::std::option::Option::None,
            speaker_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingRoomHardwareInfo {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingRoomHardwareInfo")
            .field("factory", &self.factory)
            .field("device_model", &self.device_model)
            .field("sn", &self.sn)
            .field("ip", &self.ip)
            .field("mac", &self.mac)
            .field("rooms_version", &self.rooms_version)
            .field("firmware_version", &self.firmware_version)
            .field("health_status", &self.health_status)
            .field("system_type", &self.system_type)
            .field("meeting_room_status", &self.meeting_room_status)
            .field("active_time", &self.active_time)
            .field("cpu_info", &self.cpu_info)
            .field("cpu_usage", &self.cpu_usage)
            .field("gpu_info", &self.gpu_info)
            .field("net_type", &self.net_type)
            .field("memory_info", &self.memory_info)
            .field("monitor_frequency", &self.monitor_frequency)
            .field("camera_model", &self.camera_model)
            .field("enable_video_mirror", &self.enable_video_mirror)
            .field("microphone_info", &self.microphone_info)
            .field("speaker_info", &self.speaker_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// New basic facts of a meeting room (编辑会议室基本信息). `city`, `building` and `floor` go together or not at all (需同时传入或都不传入); places that do not exist yet are created.
///
/// Generated from `schemas/rooms/update-meeting-room.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingRoomInfoUpdate {
    /// Meeting room name (会议室名称): at most 36 characters, or 18 Chinese characters (长度不超过36个字符或18个汉字). Read as at most 36 characters whatever they are, the more generous reading; the service has the last word on wide characters.
    ///
    /// Wire name `meeting_room_name`, required.
    /// Rules: 1 to 36 characters; not only whitespace.
    pub meeting_room_name: ::std::string::String,
    /// Kind of room (会议室类型).
    ///
    /// Wire name `meeting_room_type`, required.
    pub meeting_room_type: crate::rooms::MeetingRoomType,
    /// Signalling address of the room (会议室信令地址): for SIP (2) and H.323 (4) rooms, this or `mra_register_account` (与 mra_register_account 二选一).
    ///
    /// Wire name `mra_address`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mra_address: ::std::option::Option<::std::string::String>,
    /// SIP or H.323 registration account (SIP/H.323注册账号), for SIP (2) and H.323 (4) rooms.
    ///
    /// Wire name `mra_register_account`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mra_register_account: ::std::option::Option<::std::string::String>,
    /// City (城市), at most 36 characters (长度不超过36个字符); created when new.
    ///
    /// Wire name `city`, optional.
    /// Rules: at most 36 characters.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub city: ::std::option::Option<::std::string::String>,
    /// Building (建筑), at most 36 characters (长度不超过36个字符); created in the city when new.
    ///
    /// Wire name `building`, optional.
    /// Rules: at most 36 characters.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub building: ::std::option::Option<::std::string::String>,
    /// Floor (楼层): digits or letters (输入应为数字或字母), at most 36 (长度不超过36个字符); created in the building when new.
    ///
    /// Wire name `floor`, optional.
    /// Rules: at most 36 characters; ASCII letters and digits only.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub floor: ::std::option::Option<::std::string::String>,
    /// How many people the room holds (容纳人数), at most 9 digits (不超过9位数).
    ///
    /// Wire name `participant_number`, optional.
    /// Rules: from 0 to 999999999.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub participant_number: ::std::option::Option<i64>,
    /// Equipment of the room (会议室设备); values other than the known kinds are ignored (输入非现有类型内容则无效): TV, 投影, 会议电话机, MIC, 视频电视, PC, 无线投屏.
    ///
    /// Wire name `device`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub device: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Labels (标签), at most 10 (最多设置10个标签), each at most 40 characters (每个标签不超过40个字); new labels are created. Not in the official SDK's model.
    ///
    /// Wire name `label`, optional.
    /// Rules: at most 10 entries; each entry at most 40 characters.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub label: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Description (描述), at most 1000 characters (长度不超过1000个字符).
    ///
    /// Wire name `desc`, optional.
    /// Rules: at most 1000 characters.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub desc: ::std::option::Option<::std::string::String>,
    /// Whether the administrator password is used (是否启用管理员密码), for untyped rooms (会议室类型为1时); false when absent (默认值). Not in the official SDK's model, which has `use_password`.
    ///
    /// Wire name `admin_password_enabled`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub admin_password_enabled: ::std::option::Option<bool>,
    /// Administrator password (管理员密码). The captured page text ends at `admin_`: the name is read from the room details' `admin_password`; the official SDK's model has `password`.
    ///
    /// Wire name `admin_password`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub admin_password: ::std::option::Option<::std::string::String>,
    /// Administrator password (管理员密码): the official SDK's name; not on the current page, which names it `admin_password`.
    ///
    /// Wire name `password`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub password: ::std::option::Option<::std::string::String>,
    /// Whether the administrator password is used (是否启用管理员密码): the official SDK's name; not on the current page, which names it `admin_password_enabled`.
    ///
    /// Wire name `use_password`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub use_password: ::std::option::Option<bool>,
}
impl MeetingRoomInfoUpdate {
    /// A builder of [`MeetingRoomInfoUpdate`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingRoomInfoUpdateBuilder {
        builders::MeetingRoomInfoUpdateBuilder {
            meeting_room_name: builders::missing::meeting_room_info_update::meeting_room_name,
            meeting_room_type: builders::missing::meeting_room_info_update::meeting_room_type,
            mra_address: ::std::option::Option::None,
            mra_register_account: ::std::option::Option::None,
            city: ::std::option::Option::None,
            building: ::std::option::Option::None,
            floor: ::std::option::Option::None,
            participant_number: ::std::option::Option::None,
            device: ::std::option::Option::None,
            label: ::std::option::Option::None,
            desc: ::std::option::Option::None,
            admin_password_enabled: ::std::option::Option::None,
            admin_password: ::std::option::Option::None,
            password: ::std::option::Option::None,
            use_password: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingRoomInfoUpdate {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingRoomInfoUpdate")
            .field("meeting_room_name", &self.meeting_room_name)
            .field("meeting_room_type", &self.meeting_room_type)
            .field("mra_address", &self.mra_address)
            .field("mra_register_account", &self.mra_register_account)
            .field("city", &self.city)
            .field("building", &self.building)
            .field("floor", &self.floor)
            .field("participant_number", &self.participant_number)
            .field("device", &self.device)
            .field("label", &self.label)
            .field("desc", &self.desc)
            .field("admin_password_enabled", &self.admin_password_enabled)
            .field(
                "admin_password",
                &self.admin_password.as_ref().map(|_| crate::redacted::Redacted),
            )
            .field(
                "password",
                &self.password.as_ref().map(|_| crate::redacted::Redacted),
            )
            .field("use_password", &self.use_password)
            .finish()
    }
}
impl MeetingRoomInfoUpdate {
    /// `meeting_room_name`: fewest characters (1).
    pub const MEETING_ROOM_NAME_MIN_LENGTH: usize = 1usize;
    /// `meeting_room_name`: most characters (36).
    pub const MEETING_ROOM_NAME_MAX_LENGTH: usize = 36usize;
    /// `city`: most characters (36).
    pub const CITY_MAX_LENGTH: usize = 36usize;
    /// `building`: most characters (36).
    pub const BUILDING_MAX_LENGTH: usize = 36usize;
    /// `floor`: most characters (36).
    pub const FLOOR_MAX_LENGTH: usize = 36usize;
    /// `participant_number`: the smallest value (0).
    pub const PARTICIPANT_NUMBER_MINIMUM: i64 = 0i64;
    /// `participant_number`: the largest value (999999999).
    pub const PARTICIPANT_NUMBER_MAXIMUM: i64 = 999999999i64;
    /// `label`: most entries (10).
    pub const LABEL_MAX_ITEMS: usize = 10usize;
    /// `desc`: most characters (1000).
    pub const DESC_MAX_LENGTH: usize = 1000usize;
}
impl crate::validate::ValidateAt for MeetingRoomInfoUpdate {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.meeting_room_name;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_room_name",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::char_count(value, 1usize, 36usize))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        if let ::std::option::Option::Some(value) = &self.city {
            let path = crate::validate::FieldPath::child_of(
                at,
                "city",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::char_count(value, 0usize, 36usize))?;
        }
        if let ::std::option::Option::Some(value) = &self.building {
            let path = crate::validate::FieldPath::child_of(
                at,
                "building",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::char_count(value, 0usize, 36usize))?;
        }
        if let ::std::option::Option::Some(value) = &self.floor {
            let path = crate::validate::FieldPath::child_of(
                at,
                "floor",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::char_count(value, 0usize, 36usize))?;
            path.check(
                crate::validate::rules::chars(value, crate::CharSet::Alphanumeric),
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.participant_number {
            let path = crate::validate::FieldPath::child_of(
                at,
                "participant_number",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 0i64, 999999999i64))?;
        }
        if let ::std::option::Option::Some(value) = &self.label {
            let path = crate::validate::FieldPath::child_of(
                at,
                "label",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::count(value.len(), 0usize, 10usize))?;
            for (index, item) in value.iter().enumerate() {
                let path = path.index(index);
                path.check(crate::validate::rules::char_count(item, 0usize, 40usize))?;
            }
        }
        if let ::std::option::Option::Some(value) = &self.desc {
            let path = crate::validate::FieldPath::child_of(
                at,
                "desc",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::char_count(value, 0usize, 1000usize))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for MeetingRoomInfoUpdate {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// The room's personal meeting ID (会议室 PMI 信息).
///
/// Generated from `schemas/rooms/get-meeting-room.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingRoomPmiInfo {
    /// The room's own meeting ID (会议室专属 ID).
    ///
    /// Wire name `pmi_code`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pmi_code: ::std::option::Option<::std::string::String>,
    /// Password to join it (入会密码), base64-encoded.
    ///
    /// Wire name `pmi_pwd`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pmi_pwd: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl MeetingRoomPmiInfo {
    /// A builder of [`MeetingRoomPmiInfo`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingRoomPmiInfoBuilder {
        builders::MeetingRoomPmiInfoBuilder {
            pmi_code: ::std::option::Option::None,
            pmi_pwd: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingRoomPmiInfo {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingRoomPmiInfo")
            .field("pmi_code", &self.pmi_code)
            .field("pmi_pwd", &self.pmi_pwd.as_ref().map(|_| crate::redacted::Redacted))
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A meeting room in a list (会议室对象).
///
/// Generated from `schemas/rooms/list-meeting-rooms.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingRoomSummary {
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
    /// Where the room is (会议室地址), city, building and floor joined by `-`.
    ///
    /// Wire name `meeting_room_location`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_room_location: ::std::option::Option<::std::string::String>,
    /// Account edition (账号新类型).
    ///
    /// Wire name `account_new_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub account_new_type: ::std::option::Option<crate::rooms::RoomAccountNewType>,
    /// Account type (账号类型).
    ///
    /// Wire name `account_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub account_type: ::std::option::Option<crate::rooms::RoomAccountType>,
    /// Activation code of the room's device (激活码): whoever holds it can activate a device as this room.
    ///
    /// Wire name `active_code`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub active_code: ::std::option::Option<::std::string::String>,
    /// How many people the room holds (容纳人数).
    ///
    /// Wire name `participant_number`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub participant_number: ::std::option::Option<i64>,
    /// State of the room (会议室状态).
    ///
    /// Wire name `meeting_room_status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_room_status: ::std::option::Option<crate::rooms::MeetingRoomStatus>,
    /// Whether the room may be booked (预定状态).
    ///
    /// Wire name `scheduled_status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub scheduled_status: ::std::option::Option<crate::rooms::RoomScheduledStatus>,
    /// Whether the room may be called (是否允许被呼叫).
    ///
    /// Wire name `is_allow_call`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub is_allow_call: ::std::option::Option<bool>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl MeetingRoomSummary {
    /// A builder of [`MeetingRoomSummary`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingRoomSummaryBuilder {
        builders::MeetingRoomSummaryBuilder {
            meeting_room_id: ::std::option::Option::None,
            meeting_room_name: ::std::option::Option::None,
            meeting_room_location: ::std::option::Option::None,
            account_new_type: ::std::option::Option::None,
            account_type: ::std::option::Option::None,
            active_code: ::std::option::Option::None,
            participant_number: ::std::option::Option::None,
            meeting_room_status: ::std::option::Option::None,
            scheduled_status: ::std::option::Option::None,
            is_allow_call: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingRoomSummary {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingRoomSummary")
            .field("meeting_room_id", &self.meeting_room_id)
            .field("meeting_room_name", &self.meeting_room_name)
            .field("meeting_room_location", &self.meeting_room_location)
            .field("account_new_type", &self.account_new_type)
            .field("account_type", &self.account_type)
            .field(
                "active_code",
                &self.active_code.as_ref().map(|_| crate::redacted::Redacted),
            )
            .field("participant_number", &self.participant_number)
            .field("meeting_room_status", &self.meeting_room_status)
            .field("scheduled_status", &self.scheduled_status)
            .field("is_allow_call", &self.is_allow_call)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A meeting-room access (MRA) device to call, given by its signalling address (MRA 对象): the alternative to `meeting_room_id` (与 meeting_room_id 二选一).
///
/// Generated from `schemas/rooms/definitions.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct MraAddress {
    /// Signalling protocol (信令协议).
    ///
    /// Wire name `protocol`, required.
    pub protocol: crate::MraProtocol,
    /// Signalling address (信令地址): an IP address or an E.164 number for H.323, an IP address or a URI for SIP.
    ///
    /// Wire name `dial_string`, required.
    /// Rules: not empty; not only whitespace.
    pub dial_string: ::std::string::String,
}
impl MraAddress {
    /// A builder of [`MraAddress`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MraAddressBuilder {
        builders::MraAddressBuilder {
            protocol: builders::missing::mra_address::protocol,
            dial_string: builders::missing::mra_address::dial_string,
        }
    }
}
impl MraAddress {
    /// `dial_string`: fewest characters (1).
    pub const DIAL_STRING_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for MraAddress {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.dial_string;
            let path = crate::validate::FieldPath::child_of(
                at,
                "dial_string",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for MraAddress {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Path parameters of `POST /v1/meetings/{meeting_id}/release-rooms`.
///
/// Generated from `schemas/rooms/release-rooms.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct ReleaseRoomsPath {
    /// Meeting ID (会议 ID); the page spells the placeholder `{meeting_id}`.
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty.
    pub meeting_id: ::std::string::String,
}
impl ReleaseRoomsPath {
    /// A builder of [`ReleaseRoomsPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ReleaseRoomsPathBuilder {
        builders::ReleaseRoomsPathBuilder {
            meeting_id: builders::missing::release_rooms_path::meeting_id,
        }
    }
    /// A `ReleaseRoomsPath` with [`meeting_id`](Self::meeting_id) set and every optional field absent.
    pub fn new(meeting_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().meeting_id(meeting_id).build()
    }
}
impl ReleaseRoomsPath {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for ReleaseRoomsPath {
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
impl crate::Validate for ReleaseRoomsPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `POST /v1/meetings/{meeting_id}/release-rooms`: release meeting rooms booked for a meeting (释放会议室(Rooms)). Ending a meeting does not release its rooms. The operator is a super administrator, an administrator or the meeting's creator (超级管理员、管理员、会议创建者角色); OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). The official SDK sends no typed body; the page's table and example have one.
///
/// Generated from `schemas/rooms/release-rooms.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct ReleaseRoomsRequest {
    /// IDs of the meeting rooms to release from the meeting (会议室 ID 列表).
    ///
    /// Wire name `meeting_room_id_list`, required.
    /// Rules: each entry not empty.
    pub meeting_room_id_list: ::std::vec::Vec<::std::string::String>,
    /// ID of the operator (操作者 ID), read according to `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
}
impl ReleaseRoomsRequest {
    /// A builder of [`ReleaseRoomsRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ReleaseRoomsRequestBuilder {
        builders::ReleaseRoomsRequestBuilder {
            meeting_room_id_list: builders::missing::release_rooms_request::meeting_room_id_list,
            operator_id: builders::missing::release_rooms_request::operator_id,
            operator_id_type: builders::missing::release_rooms_request::operator_id_type,
        }
    }
}
impl ReleaseRoomsRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for ReleaseRoomsRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.meeting_room_id_list;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_room_id_list",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            for (index, item) in value.iter().enumerate() {
                let path = path.index(index);
                path.check(crate::validate::rules::non_empty(item))?;
            }
        }
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
impl crate::Validate for ReleaseRoomsRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// A controller of a meeting room (控制器信息对象).
///
/// Generated from `schemas/rooms/list-room-controllers.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RoomController {
    /// Rooms device ID (Rooms ID).
    ///
    /// Wire name `rooms_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub rooms_id: ::std::option::Option<::std::string::String>,
    /// Meeting room name (会议室名称).
    ///
    /// Wire name `meeting_room_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_room_name: ::std::option::Option<::std::string::String>,
    /// Where the room is (会议室地址).
    ///
    /// Wire name `meeting_room_location`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_room_location: ::std::option::Option<::std::string::String>,
    /// Controller name (控制器名称).
    ///
    /// Wire name `controller_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub controller_name: ::std::option::Option<::std::string::String>,
    /// Manufacturer (厂商).
    ///
    /// Wire name `manufacture_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub manufacture_name: ::std::option::Option<::std::string::String>,
    /// Controller model (控制器型号).
    ///
    /// Wire name `controller_model`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub controller_model: ::std::option::Option<::std::string::String>,
    /// Application version (应用程序版本).
    ///
    /// Wire name `app_version`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub app_version: ::std::option::Option<::std::string::String>,
    /// Whether the controller is online (设备状态).
    ///
    /// Wire name `status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<crate::rooms::RoomControllerStatus>,
    /// Firmware version (固件版本).
    ///
    /// Wire name `framework_version`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub framework_version: ::std::option::Option<::std::string::String>,
    /// IP address (IP 地址).
    ///
    /// Wire name `ip_address`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ip_address: ::std::option::Option<::std::string::String>,
    /// MAC address (MAC 地址).
    ///
    /// Wire name `mac_address`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mac_address: ::std::option::Option<::std::string::String>,
    /// CPU type (CPU 类型).
    ///
    /// Wire name `cpu_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu_type: ::std::option::Option<::std::string::String>,
    /// Current CPU usage (CPU 当前占有率).
    ///
    /// Wire name `cpu_usage`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu_usage: ::std::option::Option<::std::string::String>,
    /// Network type (网络类型).
    ///
    /// Wire name `network_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub network_type: ::std::option::Option<::std::string::String>,
    /// Memory in use (内存使用大小).
    ///
    /// Wire name `mem_usage`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mem_usage: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RoomController {
    /// A builder of [`RoomController`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RoomControllerBuilder {
        builders::RoomControllerBuilder {
            rooms_id: ::std::option::Option::None,
            meeting_room_name: ::std::option::Option::None,
            meeting_room_location: ::std::option::Option::None,
            controller_name: ::std::option::Option::None,
            manufacture_name: ::std::option::Option::None,
            controller_model: ::std::option::Option::None,
            app_version: ::std::option::Option::None,
            status: ::std::option::Option::None,
            framework_version: ::std::option::Option::None,
            ip_address: ::std::option::Option::None,
            mac_address: ::std::option::Option::None,
            cpu_type: ::std::option::Option::None,
            cpu_usage: ::std::option::Option::None,
            network_type: ::std::option::Option::None,
            mem_usage: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RoomController {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RoomController")
            .field("rooms_id", &self.rooms_id)
            .field("meeting_room_name", &self.meeting_room_name)
            .field("meeting_room_location", &self.meeting_room_location)
            .field("controller_name", &self.controller_name)
            .field("manufacture_name", &self.manufacture_name)
            .field("controller_model", &self.controller_model)
            .field("app_version", &self.app_version)
            .field("status", &self.status)
            .field("framework_version", &self.framework_version)
            .field("ip_address", &self.ip_address)
            .field("mac_address", &self.mac_address)
            .field("cpu_type", &self.cpu_type)
            .field("cpu_usage", &self.cpu_usage)
            .field("network_type", &self.network_type)
            .field("mem_usage", &self.mem_usage)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A meeting-room device (设备信息对象).
///
/// Generated from `schemas/rooms/list-room-devices.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RoomDevice {
    /// Meeting room ID (会议室 ID).
    ///
    /// Wire name `meeting_room_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_room_id: ::std::option::Option<::std::string::String>,
    /// Rooms device ID (Rooms ID).
    ///
    /// Wire name `rooms_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub rooms_id: ::std::option::Option<::std::string::String>,
    /// Meeting room name (会议室名称).
    ///
    /// Wire name `meeting_room_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_room_name: ::std::option::Option<::std::string::String>,
    /// Where the room is (会议室地址).
    ///
    /// Wire name `meeting_room_location`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_room_location: ::std::option::Option<::std::string::String>,
    /// Device model (设备型号).
    ///
    /// Wire name `device_model`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub device_model: ::std::option::Option<::std::string::String>,
    /// Version of the Rooms application (应用程序版本).
    ///
    /// Wire name `app_version`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub app_version: ::std::option::Option<::std::string::String>,
    /// State of the room (会议室状态).
    ///
    /// Wire name `meeting_room_status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_room_status: ::std::option::Option<crate::rooms::MeetingRoomStatus>,
    /// Health of the device's peripherals (设备健康列表).
    ///
    /// Wire name `device_monitor_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub device_monitor_info: ::std::option::Option<RoomDeviceMonitorInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RoomDevice {
    /// A builder of [`RoomDevice`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RoomDeviceBuilder {
        builders::RoomDeviceBuilder {
            meeting_room_id: ::std::option::Option::None,
            rooms_id: ::std::option::Option::None,
            meeting_room_name: ::std::option::Option::None,
            meeting_room_location: ::std::option::Option::None,
            device_model: ::std::option::Option::None,
            app_version: ::std::option::Option::None,
            meeting_room_status: ::std::option::Option::None,
            device_monitor_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RoomDevice {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RoomDevice")
            .field("meeting_room_id", &self.meeting_room_id)
            .field("rooms_id", &self.rooms_id)
            .field("meeting_room_name", &self.meeting_room_name)
            .field("meeting_room_location", &self.meeting_room_location)
            .field("device_model", &self.device_model)
            .field("app_version", &self.app_version)
            .field("meeting_room_status", &self.meeting_room_status)
            .field("device_monitor_info", &self.device_monitor_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Health of a device's peripherals (设备健康列表).
///
/// Generated from `schemas/rooms/list-room-devices.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RoomDeviceMonitorInfo {
    /// Whether the camera is healthy (摄像头健康状态).
    ///
    /// Wire name `camera_status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub camera_status: ::std::option::Option<bool>,
    /// Whether the microphone is healthy (麦克风健康状态).
    ///
    /// Wire name `microphone_status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub microphone_status: ::std::option::Option<bool>,
    /// Whether the speaker is healthy (扬声器健康状态).
    ///
    /// Wire name `speaker_status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub speaker_status: ::std::option::Option<bool>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RoomDeviceMonitorInfo {
    /// A builder of [`RoomDeviceMonitorInfo`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RoomDeviceMonitorInfoBuilder {
        builders::RoomDeviceMonitorInfoBuilder {
            camera_status: ::std::option::Option::None,
            microphone_status: ::std::option::Option::None,
            speaker_status: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RoomDeviceMonitorInfo {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RoomDeviceMonitorInfo")
            .field("camera_status", &self.camera_status)
            .field("microphone_status", &self.microphone_status)
            .field("speaker_status", &self.speaker_status)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A meeting of a meeting room (会议对象).
///
/// Generated from `schemas/rooms/list-room-meetings.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RoomMeeting {
    /// Meeting ID (会议 ID).
    ///
    /// Wire name `meeting_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_id: ::std::option::Option<::std::string::String>,
    /// Meeting code (有效会议 Code).
    ///
    /// Wire name `meeting_code`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_code: ::std::option::Option<::std::string::String>,
    /// Meeting subject (会议主题).
    ///
    /// Wire name `subject`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub subject: ::std::option::Option<::std::string::String>,
    /// State of the meeting (会议状态).
    ///
    /// Wire name `status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// Meeting type (会议类型): 0 one-off (一次性会议), 1 recurring (周期性会议), 2 WeChat-exclusive (微信专属会议), 4 Rooms screen-cast (rooms 投屏会议); the captured page text ends there, so it is kept as an open integer.
    ///
    /// Wire name `meeting_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_type: ::std::option::Option<i64>,
    /// Start of the meeting (会议开始时间), Unix seconds.
    ///
    /// Wire name `start_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub start_time: ::std::option::Option<i64>,
    /// End of the meeting (会议结束时间), Unix seconds.
    ///
    /// Wire name `end_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub end_time: ::std::option::Option<i64>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RoomMeeting {
    /// A builder of [`RoomMeeting`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RoomMeetingBuilder {
        builders::RoomMeetingBuilder {
            meeting_id: ::std::option::Option::None,
            meeting_code: ::std::option::Option::None,
            subject: ::std::option::Option::None,
            status: ::std::option::Option::None,
            meeting_type: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RoomMeeting {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RoomMeeting")
            .field("meeting_id", &self.meeting_id)
            .field("meeting_code", &self.meeting_code)
            .field("subject", &self.subject)
            .field("status", &self.status)
            .field("meeting_type", &self.meeting_type)
            .field("start_time", &self.start_time)
            .field("end_time", &self.end_time)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Meeting settings of the room (会议室会议配置对象).
///
/// Generated from `schemas/rooms/get-room-config.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RoomMeetingSettings {
    /// Watermark (水印).
    ///
    /// Wire name `water_mark`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub water_mark: ::std::option::Option<crate::rooms::RoomWatermark>,
    /// Whether calls are answered by themselves (自动接听).
    ///
    /// Wire name `auto_response`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub auto_response: ::std::option::Option<crate::rooms::RoomAutoResponse>,
    /// Whether captions are on (字幕).
    ///
    /// Wire name `caption`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub caption: ::std::option::Option<bool>,
    /// Whether the room's own meeting ID is on (专属 ID).
    ///
    /// Wire name `room_pmi`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub room_pmi: ::std::option::Option<bool>,
    /// Settings of the room's own meeting ID (会议室专属会议号配置).
    ///
    /// Wire name `room_pmi_settings`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub room_pmi_settings: ::std::option::Option<RoomPmiSettings>,
    /// Whether the Rooms screen shows notifications (Rooms 屏幕是否展示消息通知).
    ///
    /// Wire name `room_notification`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub room_notification: ::std::option::Option<bool>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RoomMeetingSettings {
    /// A builder of [`RoomMeetingSettings`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RoomMeetingSettingsBuilder {
        builders::RoomMeetingSettingsBuilder {
            water_mark: ::std::option::Option::None,
            auto_response: ::std::option::Option::None,
            caption: ::std::option::Option::None,
            room_pmi: ::std::option::Option::None,
            room_pmi_settings: ::std::option::Option::None,
            room_notification: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RoomMeetingSettings {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RoomMeetingSettings")
            .field("water_mark", &self.water_mark)
            .field("auto_response", &self.auto_response)
            .field("caption", &self.caption)
            .field("room_pmi", &self.room_pmi)
            .field("room_pmi_settings", &self.room_pmi_settings)
            .field("room_notification", &self.room_notification)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// New meeting settings of the room (会议室会议配置对象); what is left out stays as it is.
///
/// Generated from `schemas/rooms/update-room-config.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RoomMeetingSettingsUpdate {
    /// Watermark (水印). Initially 2 (初始值为2).
    ///
    /// Wire name `water_mark`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub water_mark: ::std::option::Option<crate::rooms::RoomWatermark>,
    /// Whether calls are answered by themselves (自动接听). Initially 2 (初始值为2).
    ///
    /// Wire name `auto_response`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub auto_response: ::std::option::Option<crate::rooms::RoomAutoResponse>,
    /// Whether captions are on (字幕). Initially true (初始值为true).
    ///
    /// Wire name `caption`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub caption: ::std::option::Option<bool>,
    /// Whether the room's own meeting ID is on (专属 ID). Initially true (初始值为true).
    ///
    /// Wire name `room_pmi`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub room_pmi: ::std::option::Option<bool>,
    /// Settings of the room's own meeting ID (会议室专属会议号配置).
    ///
    /// Wire name `room_pmi_settings`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub room_pmi_settings: ::std::option::Option<RoomPmiSettingsUpdate>,
    /// Whether the Rooms screen shows notifications (Rooms 屏幕是否展示消息通知). Initially false (初始值为false).
    ///
    /// Wire name `room_notification`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub room_notification: ::std::option::Option<bool>,
}
impl RoomMeetingSettingsUpdate {
    /// A builder of [`RoomMeetingSettingsUpdate`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RoomMeetingSettingsUpdateBuilder {
        builders::RoomMeetingSettingsUpdateBuilder {
            water_mark: ::std::option::Option::None,
            auto_response: ::std::option::Option::None,
            caption: ::std::option::Option::None,
            room_pmi: ::std::option::Option::None,
            room_pmi_settings: ::std::option::Option::None,
            room_notification: ::std::option::Option::None,
        }
    }
}
impl crate::validate::ValidateAt for RoomMeetingSettingsUpdate {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.room_pmi_settings {
            let path = crate::validate::FieldPath::child_of(
                at,
                "room_pmi_settings",
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
impl crate::Validate for RoomMeetingSettingsUpdate {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Settings of the room's own meeting ID (会议室专属会议号配置), in effect only while it is switched on (仅专属 ID 开启时有效).
///
/// Generated from `schemas/rooms/get-room-config.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RoomPmiSettings {
    /// Password of the room's own meeting ID (专属会议室密码), 4 to 6 digits (4-6位数字).
    ///
    /// Wire name `room_pmi_psw`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub room_pmi_psw: ::std::option::Option<::std::string::String>,
    /// Whether the waiting room is on (是否开启等候室).
    ///
    /// Wire name `waiting_room`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub waiting_room: ::std::option::Option<bool>,
    /// Whether members may join before the host (是否允许成员在主持人进会前入会).
    ///
    /// Wire name `allow_in_before_host`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_in_before_host: ::std::option::Option<bool>,
    /// Whether members are muted when they join (成员入会静音设置).
    ///
    /// Wire name `mute_enable_type_join`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mute_enable_type_join: ::std::option::Option<crate::MuteOnJoin>,
    /// User IDs of the designated hosts (会议指定主持人 ID).
    ///
    /// Wire name `hosts`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub hosts: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Whether only users of the enterprise may join (入会成员设置): true enterprise users only (仅企业内部用户可入会), false everybody (所有人可入会).
    ///
    /// Wire name `only_enterprise_user_allowed`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub only_enterprise_user_allowed: ::std::option::Option<bool>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RoomPmiSettings {
    /// A builder of [`RoomPmiSettings`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RoomPmiSettingsBuilder {
        builders::RoomPmiSettingsBuilder {
            room_pmi_psw: ::std::option::Option::None,
            waiting_room: ::std::option::Option::None,
            allow_in_before_host: ::std::option::Option::None,
            mute_enable_type_join: ::std::option::Option::None,
            hosts: ::std::option::Option::None,
            only_enterprise_user_allowed: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RoomPmiSettings {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RoomPmiSettings")
            .field(
                "room_pmi_psw",
                &self.room_pmi_psw.as_ref().map(|_| crate::redacted::Redacted),
            )
            .field("waiting_room", &self.waiting_room)
            .field("allow_in_before_host", &self.allow_in_before_host)
            .field("mute_enable_type_join", &self.mute_enable_type_join)
            .field("hosts", &self.hosts)
            .field("only_enterprise_user_allowed", &self.only_enterprise_user_allowed)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// New settings of the room's own meeting ID (会议室专属会议号配置), applied only while it is switched on (仅专属 ID 开启时有效).
///
/// Generated from `schemas/rooms/update-room-config.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RoomPmiSettingsUpdate {
    /// Password of the room's own meeting ID (专属会议室密码), 4 to 6 digits (4-6位数字).
    ///
    /// Wire name `room_pmi_psw`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    /// Rules: 4 to 6 characters; ASCII digits only.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub room_pmi_psw: ::std::option::Option<::std::string::String>,
    /// Whether the waiting room is on (是否开启等候室).
    ///
    /// Wire name `waiting_room`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub waiting_room: ::std::option::Option<bool>,
    /// Whether members may join before the host (是否允许成员在主持人进会前入会).
    ///
    /// Wire name `allow_in_before_host`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_in_before_host: ::std::option::Option<bool>,
    /// Whether members are muted when they join (成员入会静音设置).
    ///
    /// Wire name `mute_enable_type_join`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mute_enable_type_join: ::std::option::Option<crate::MuteOnJoin>,
    /// User IDs of the designated hosts (会议指定主持人 ID). Not in the official SDK's request model.
    ///
    /// Wire name `hosts`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub hosts: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Whether only users of the enterprise may join (入会成员设置): true enterprise users only (仅企业内部用户可入会), false everybody (所有人可入会).
    ///
    /// Wire name `only_enterprise_user_allowed`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub only_enterprise_user_allowed: ::std::option::Option<bool>,
}
impl RoomPmiSettingsUpdate {
    /// A builder of [`RoomPmiSettingsUpdate`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RoomPmiSettingsUpdateBuilder {
        builders::RoomPmiSettingsUpdateBuilder {
            room_pmi_psw: ::std::option::Option::None,
            waiting_room: ::std::option::Option::None,
            allow_in_before_host: ::std::option::Option::None,
            mute_enable_type_join: ::std::option::Option::None,
            hosts: ::std::option::Option::None,
            only_enterprise_user_allowed: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RoomPmiSettingsUpdate {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RoomPmiSettingsUpdate")
            .field(
                "room_pmi_psw",
                &self.room_pmi_psw.as_ref().map(|_| crate::redacted::Redacted),
            )
            .field("waiting_room", &self.waiting_room)
            .field("allow_in_before_host", &self.allow_in_before_host)
            .field("mute_enable_type_join", &self.mute_enable_type_join)
            .field("hosts", &self.hosts)
            .field("only_enterprise_user_allowed", &self.only_enterprise_user_allowed)
            .finish()
    }
}
impl RoomPmiSettingsUpdate {
    /// `room_pmi_psw`: fewest characters (4).
    pub const ROOM_PMI_PSW_MIN_LENGTH: usize = 4usize;
    /// `room_pmi_psw`: most characters (6).
    pub const ROOM_PMI_PSW_MAX_LENGTH: usize = 6usize;
}
impl crate::validate::ValidateAt for RoomPmiSettingsUpdate {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.room_pmi_psw {
            let path = crate::validate::FieldPath::child_of(
                at,
                "room_pmi_psw",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::char_count(value, 4usize, 6usize))?;
            path.check(crate::validate::rules::chars(value, crate::CharSet::Digits))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for RoomPmiSettingsUpdate {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Recording settings of the room (会议室录制配置对象).
///
/// Generated from `schemas/rooms/get-room-config.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RoomRecordSettings {
    /// Who may see the cloud recordings (分享云录制).
    ///
    /// Wire name `share_record`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub share_record: ::std::option::Option<crate::rooms::RoomRecordSharing>,
    /// Whether cloud recordings may be downloaded (是否允许下载云录制).
    ///
    /// Wire name `download_record`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub download_record: ::std::option::Option<bool>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RoomRecordSettings {
    /// A builder of [`RoomRecordSettings`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RoomRecordSettingsBuilder {
        builders::RoomRecordSettingsBuilder {
            share_record: ::std::option::Option::None,
            download_record: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RoomRecordSettings {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RoomRecordSettings")
            .field("share_record", &self.share_record)
            .field("download_record", &self.download_record)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// New recording settings of the room (会议室录制配置对象); what is left out stays as it is.
///
/// Generated from `schemas/rooms/update-room-config.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RoomRecordSettingsUpdate {
    /// Who may see the cloud recordings (分享云录制). Initially 1 (初始值为1).
    ///
    /// Wire name `share_record`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub share_record: ::std::option::Option<crate::rooms::RoomRecordSharing>,
    /// Whether cloud recordings may be downloaded (是否允许下载云录制). The captured page text ends before this row; the older page and the official SDK have it.
    ///
    /// Wire name `download_record`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub download_record: ::std::option::Option<bool>,
}
impl RoomRecordSettingsUpdate {
    /// A builder of [`RoomRecordSettingsUpdate`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RoomRecordSettingsUpdateBuilder {
        builders::RoomRecordSettingsUpdateBuilder {
            share_record: ::std::option::Option::None,
            download_record: ::std::option::Option::None,
        }
    }
}
impl crate::validate::ValidateAt for RoomRecordSettingsUpdate {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        let _ = at;
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for RoomRecordSettingsUpdate {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Path parameters of `POST /v1/meeting-rooms/{meeting_room_id}/background`.
///
/// Generated from `schemas/rooms/set-room-background.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SetRoomBackgroundPath {
    /// Meeting room ID (会议室 ID); the page spells the placeholder `{meeting_room_id}`.
    ///
    /// Wire name `meeting_room_id`, required.
    /// Rules: not empty.
    pub meeting_room_id: ::std::string::String,
}
impl SetRoomBackgroundPath {
    /// A builder of [`SetRoomBackgroundPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SetRoomBackgroundPathBuilder {
        builders::SetRoomBackgroundPathBuilder {
            meeting_room_id: builders::missing::set_room_background_path::meeting_room_id,
        }
    }
    /// A `SetRoomBackgroundPath` with [`meeting_room_id`](Self::meeting_room_id) set and every optional field absent.
    pub fn new(
        meeting_room_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self::builder().meeting_room_id(meeting_room_id).build()
    }
}
impl SetRoomBackgroundPath {
    /// `meeting_room_id`: fewest characters (1).
    pub const MEETING_ROOM_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SetRoomBackgroundPath {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.meeting_room_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_room_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for SetRoomBackgroundPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `POST /v1/meeting-rooms/{meeting_room_id}/background`: set a meeting room's background (设置会议室背景). The image is uploaded and applied asynchronously: the answer is a job ID, and the outcome arrives as the event `meeting.job-results` (异步任务结果). The operator needs edit permission on meeting-room management (会议室管理编辑权限); only AK/SK authentication is documented (AK/SK 鉴权). The captured table lost its required marks: `operator_id` and `operator_id_type` are required as the official SDK has them; `meeting_room_id` and `background_image` are optional, as the SDK has them. The page's example posts to `/v1/meetings/100001/background`, a slip for this path.
///
/// Generated from `schemas/rooms/set-room-background.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SetRoomBackgroundRequest {
    /// ID of the operator (操作者 ID), read according to `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// Meeting room ID (会议室 ID), the path's again: the page lists it among the parameters and its example sends it in the body. Not in the official SDK's body.
    ///
    /// Wire name `meeting_room_id`, optional.
    /// Rules: not empty; not only whitespace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_room_id: ::std::option::Option<::std::string::String>,
    /// URL of the background image (背景图片 url): 1920\*1080 pixels (尺寸大小为1920\*1080), under 10 MB (小于10M), jpg, png or jpeg. Leave it out to restore the room's default background (如果不传入则使用会议室默认背景).
    ///
    /// Wire name `background_image`, optional.
    /// Rules: not empty; an absolute URL.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub background_image: ::std::option::Option<::std::string::String>,
}
impl SetRoomBackgroundRequest {
    /// A builder of [`SetRoomBackgroundRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SetRoomBackgroundRequestBuilder {
        builders::SetRoomBackgroundRequestBuilder {
            operator_id: builders::missing::set_room_background_request::operator_id,
            operator_id_type: builders::missing::set_room_background_request::operator_id_type,
            meeting_room_id: ::std::option::Option::None,
            background_image: ::std::option::Option::None,
        }
    }
}
impl SetRoomBackgroundRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `meeting_room_id`: fewest characters (1).
    pub const MEETING_ROOM_ID_MIN_LENGTH: usize = 1usize;
    /// `background_image`: fewest characters (1).
    pub const BACKGROUND_IMAGE_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SetRoomBackgroundRequest {
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
        if let ::std::option::Option::Some(value) = &self.meeting_room_id {
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_room_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        if let ::std::option::Option::Some(value) = &self.background_image {
            let path = crate::validate::FieldPath::child_of(
                at,
                "background_image",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::url(value, ::std::option::Option::None))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for SetRoomBackgroundRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `POST /v1/meeting-rooms/{meeting_room_id}/background`: the job that applies the background (任务 ID). Lenient: nothing is required and unknown fields are kept, not lost.
///
/// Generated from `schemas/rooms/set-room-background.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct SetRoomBackgroundResponse {
    /// ID of the asynchronous job (任务 ID), as the event `meeting.job-results` reports it.
    ///
    /// Wire name `job_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub job_id: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl SetRoomBackgroundResponse {
    /// A builder of [`SetRoomBackgroundResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SetRoomBackgroundResponseBuilder {
        builders::SetRoomBackgroundResponseBuilder {
            job_id: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for SetRoomBackgroundResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SetRoomBackgroundResponse")
            .field("job_id", &self.job_id)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
impl SetRoomBackgroundResponse {
    /// `job_id` of the answer, or `None` where the service left it out: ID of the asynchronous job (任务 ID), as the event `meeting.job-results` reports it.
    ///
    /// (Declared in the schema of `SetRoomBackgroundResponse`, `x-accessors`.)
    pub fn job_id(&self) -> ::std::option::Option<&str> {
        let value = self;
        let value = value.job_id.as_ref()?;
        ::std::option::Option::Some(value.as_str())
    }
}
/// Body of `PUT /v1/meeting-rooms/modify`: change a meeting room's facts (修改会议室信息). The operator needs edit permission on meeting-room management (会议室管理编辑权限); OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). The captured page text ends inside the room-info table; the example, which was not captured, follows the tables.
///
/// Generated from `schemas/rooms/update-meeting-room.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct UpdateMeetingRoomRequest {
    /// ID of the operator (操作者 ID), read according to `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// Device type of the caller (设备类型 ID).
    ///
    /// Wire name `instance_id`, required.
    pub instance_id: crate::InstanceId,
    /// ID of the meeting room to change (要设置的会议室 ID).
    ///
    /// Wire name `meeting_room_id`, required.
    /// Rules: not empty; not only whitespace.
    pub meeting_room_id: ::std::string::String,
    /// New basic facts of the room (编辑会议室基本信息).
    ///
    /// Wire name `meeting_room_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_room_info: ::std::option::Option<MeetingRoomInfoUpdate>,
    /// Whether the room may be booked (是否开放预定); initially false (初始值为 false).
    ///
    /// Wire name `scheduled_status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub scheduled_status: ::std::option::Option<bool>,
    /// Whether the room may be called (是否允许被呼叫); initially true (初始值为 true).
    ///
    /// Wire name `is_allow_call`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub is_allow_call: ::std::option::Option<bool>,
}
impl UpdateMeetingRoomRequest {
    /// A builder of [`UpdateMeetingRoomRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::UpdateMeetingRoomRequestBuilder {
        builders::UpdateMeetingRoomRequestBuilder {
            operator_id: builders::missing::update_meeting_room_request::operator_id,
            operator_id_type: builders::missing::update_meeting_room_request::operator_id_type,
            instance_id: builders::missing::update_meeting_room_request::instance_id,
            meeting_room_id: builders::missing::update_meeting_room_request::meeting_room_id,
            meeting_room_info: ::std::option::Option::None,
            scheduled_status: ::std::option::Option::None,
            is_allow_call: ::std::option::Option::None,
        }
    }
}
impl UpdateMeetingRoomRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `meeting_room_id`: fewest characters (1).
    pub const MEETING_ROOM_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for UpdateMeetingRoomRequest {
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
            let value = &self.meeting_room_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_room_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        if let ::std::option::Option::Some(value) = &self.meeting_room_info {
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_room_info",
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
impl crate::Validate for UpdateMeetingRoomRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `POST /v1/meeting-rooms/modify-room-config-info`: change a meeting room's settings (修改会议室配置项). The operator needs edit permission on meeting-room management (会议室管理编辑权限); OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). The captured page text ends inside the recording settings; the example, which was not captured, follows the tables.
///
/// Generated from `schemas/rooms/update-room-config.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct UpdateRoomConfigRequest {
    /// ID of the operator (操作者 ID), read according to `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// Device type of the caller (设备类型 ID).
    ///
    /// Wire name `instance_id`, required.
    pub instance_id: crate::InstanceId,
    /// ID of the meeting room to configure (要配置的会议室 ID).
    ///
    /// Wire name `meeting_room_id`, required.
    /// Rules: not empty; not only whitespace.
    pub meeting_room_id: ::std::string::String,
    /// New meeting settings (会议室会议配置对象).
    ///
    /// Wire name `meeting_settings`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_settings: ::std::option::Option<RoomMeetingSettingsUpdate>,
    /// New recording settings (会议室录制配置对象).
    ///
    /// Wire name `record_settings`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub record_settings: ::std::option::Option<RoomRecordSettingsUpdate>,
}
impl UpdateRoomConfigRequest {
    /// A builder of [`UpdateRoomConfigRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::UpdateRoomConfigRequestBuilder {
        builders::UpdateRoomConfigRequestBuilder {
            operator_id: builders::missing::update_room_config_request::operator_id,
            operator_id_type: builders::missing::update_room_config_request::operator_id_type,
            instance_id: builders::missing::update_room_config_request::instance_id,
            meeting_room_id: builders::missing::update_room_config_request::meeting_room_id,
            meeting_settings: ::std::option::Option::None,
            record_settings: ::std::option::Option::None,
        }
    }
}
impl UpdateRoomConfigRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `meeting_room_id`: fewest characters (1).
    pub const MEETING_ROOM_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for UpdateRoomConfigRequest {
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
            let value = &self.meeting_room_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_room_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        if let ::std::option::Option::Some(value) = &self.meeting_settings {
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_settings",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            crate::validate::ValidateAt::validate_at(
                value,
                ::std::option::Option::Some(&path),
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.record_settings {
            let path = crate::validate::FieldPath::child_of(
                at,
                "record_settings",
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
impl crate::Validate for UpdateRoomConfigRequest {
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
    /// Builds a [`BookRoomsPath`](super::BookRoomsPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct BookRoomsPathBuilder<P0 = missing::book_rooms_path::meeting_id> {
        pub(crate) meeting_id: P0,
    }
    impl<P0> ::std::fmt::Debug for BookRoomsPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(BookRoomsPathBuilder)).finish_non_exhaustive()
        }
    }
    impl BookRoomsPathBuilder<missing::book_rooms_path::meeting_id> {
        /// Sets [`meeting_id`](super::BookRoomsPath::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> BookRoomsPathBuilder<::std::string::String> {
            BookRoomsPathBuilder {
                meeting_id: value.into(),
            }
        }
    }
    impl<P0> BookRoomsPathBuilder<P0> {
        /// The [`BookRoomsPath`](super::BookRoomsPath).
        ///
        /// Compiles once the required field `meeting_id` is set: a missing one is a compile error naming it ("the required field ... of `BookRoomsPath` is not set").
        pub fn build(self) -> super::BookRoomsPath
        where
            P0: missing::book_rooms_path::MeetingIdIsSet<::std::string::String>,
        {
            super::BookRoomsPath {
                meeting_id: missing::book_rooms_path::MeetingIdIsSet::into_field(
                    self.meeting_id,
                ),
            }
        }
    }
    /// Builds a [`BookRoomsRequest`](super::BookRoomsRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct BookRoomsRequestBuilder<
        P0 = missing::book_rooms_request::meeting_room_id_list,
        P1 = missing::book_rooms_request::operator_id,
        P2 = missing::book_rooms_request::operator_id_type,
    > {
        pub(crate) meeting_room_id_list: P0,
        pub(crate) operator_id: P1,
        pub(crate) operator_id_type: P2,
        pub(crate) subject_visible: ::std::option::Option<bool>,
    }
    impl<P0, P1, P2> ::std::fmt::Debug for BookRoomsRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(BookRoomsRequestBuilder)).finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > BookRoomsRequestBuilder<
        missing::book_rooms_request::meeting_room_id_list,
        P1,
        P2,
    > {
        /// Sets [`meeting_room_id_list`](super::BookRoomsRequest::meeting_room_id_list).
        ///
        /// Required.
        pub fn meeting_room_id_list(
            self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<::std::string::String>,
            >,
        ) -> BookRoomsRequestBuilder<::std::vec::Vec<::std::string::String>, P1, P2> {
            BookRoomsRequestBuilder {
                meeting_room_id_list: value
                    .into_iter()
                    .map(::std::convert::Into::into)
                    .collect(),
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                subject_visible: self.subject_visible,
            }
        }
    }
    impl<
        P0,
        P2,
    > BookRoomsRequestBuilder<P0, missing::book_rooms_request::operator_id, P2> {
        /// Sets [`operator_id`](super::BookRoomsRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> BookRoomsRequestBuilder<P0, ::std::string::String, P2> {
            BookRoomsRequestBuilder {
                meeting_room_id_list: self.meeting_room_id_list,
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                subject_visible: self.subject_visible,
            }
        }
    }
    impl<
        P0,
        P1,
    > BookRoomsRequestBuilder<P0, P1, missing::book_rooms_request::operator_id_type> {
        /// Sets [`operator_id_type`](super::BookRoomsRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> BookRoomsRequestBuilder<P0, P1, crate::OperatorIdType> {
            BookRoomsRequestBuilder {
                meeting_room_id_list: self.meeting_room_id_list,
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                subject_visible: self.subject_visible,
            }
        }
    }
    impl<P0, P1, P2> BookRoomsRequestBuilder<P0, P1, P2> {
        /// Sets [`subject_visible`](super::BookRoomsRequest::subject_visible).
        ///
        /// Optional.
        pub fn subject_visible(mut self, value: bool) -> Self {
            self.subject_visible = ::std::option::Option::Some(value);
            self
        }
    }
    impl<P0, P1, P2> BookRoomsRequestBuilder<P0, P1, P2> {
        /// The [`BookRoomsRequest`](super::BookRoomsRequest).
        ///
        /// Compiles once the required fields `meeting_room_id_list`, `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `BookRoomsRequest` is not set").
        pub fn build(self) -> super::BookRoomsRequest
        where
            P0: missing::book_rooms_request::MeetingRoomIdListIsSet<
                ::std::vec::Vec<::std::string::String>,
            >,
            P1: missing::book_rooms_request::OperatorIdIsSet<::std::string::String>,
            P2: missing::book_rooms_request::OperatorIdTypeIsSet<crate::OperatorIdType>,
        {
            super::BookRoomsRequest {
                meeting_room_id_list: missing::book_rooms_request::MeetingRoomIdListIsSet::into_field(
                    self.meeting_room_id_list,
                ),
                operator_id: missing::book_rooms_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::book_rooms_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                subject_visible: self.subject_visible,
            }
        }
    }
    /// Builds a [`BookRoomsResponse`](super::BookRoomsResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct BookRoomsResponseBuilder {
        pub(crate) meeting_room_number: ::std::option::Option<i64>,
        pub(crate) meeting_room_list: ::std::option::Option<
            ::std::vec::Vec<BookedMeetingRoom>,
        >,
    }
    impl ::std::fmt::Debug for BookRoomsResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(BookRoomsResponseBuilder)).finish_non_exhaustive()
        }
    }
    impl BookRoomsResponseBuilder {
        /// Sets [`meeting_room_number`](super::BookRoomsResponse::meeting_room_number).
        ///
        /// Optional.
        pub fn meeting_room_number(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.meeting_room_number = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_room_list`](super::BookRoomsResponse::meeting_room_list).
        ///
        /// Optional.
        pub fn meeting_room_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<BookedMeetingRoom>,
            >,
        ) -> Self {
            self.meeting_room_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl BookRoomsResponseBuilder {
        /// The [`BookRoomsResponse`](super::BookRoomsResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::BookRoomsResponse {
            super::BookRoomsResponse {
                meeting_room_number: self.meeting_room_number,
                meeting_room_list: self.meeting_room_list,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`BookedMeetingRoom`](super::BookedMeetingRoom): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct BookedMeetingRoomBuilder {
        pub(crate) meeting_room_id: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_room_name: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_room_location: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for BookedMeetingRoomBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(BookedMeetingRoomBuilder)).finish_non_exhaustive()
        }
    }
    impl BookedMeetingRoomBuilder {
        /// Sets [`meeting_room_id`](super::BookedMeetingRoom::meeting_room_id).
        ///
        /// Optional.
        pub fn meeting_room_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_room_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_room_name`](super::BookedMeetingRoom::meeting_room_name).
        ///
        /// Optional.
        pub fn meeting_room_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_room_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_room_location`](super::BookedMeetingRoom::meeting_room_location).
        ///
        /// Optional.
        pub fn meeting_room_location(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_room_location = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl BookedMeetingRoomBuilder {
        /// The [`BookedMeetingRoom`](super::BookedMeetingRoom).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::BookedMeetingRoom {
            super::BookedMeetingRoom {
                meeting_room_id: self.meeting_room_id,
                meeting_room_name: self.meeting_room_name,
                meeting_room_location: self.meeting_room_location,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`CallRoomRequest`](super::CallRoomRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct CallRoomRequestBuilder<
        P0 = missing::call_room_request::operator_id,
        P1 = missing::call_room_request::operator_id_type,
        P2 = missing::call_room_request::meeting_id,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) meeting_room_id: ::std::option::Option<::std::string::String>,
        pub(crate) mra_address: ::std::option::Option<MraAddress>,
        pub(crate) meeting_id: P2,
    }
    impl<P0, P1, P2> ::std::fmt::Debug for CallRoomRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(CallRoomRequestBuilder)).finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > CallRoomRequestBuilder<missing::call_room_request::operator_id, P1, P2> {
        /// Sets [`operator_id`](super::CallRoomRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> CallRoomRequestBuilder<::std::string::String, P1, P2> {
            CallRoomRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                meeting_room_id: self.meeting_room_id,
                mra_address: self.mra_address,
                meeting_id: self.meeting_id,
            }
        }
    }
    impl<
        P0,
        P2,
    > CallRoomRequestBuilder<P0, missing::call_room_request::operator_id_type, P2> {
        /// Sets [`operator_id_type`](super::CallRoomRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> CallRoomRequestBuilder<P0, crate::OperatorIdType, P2> {
            CallRoomRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                meeting_room_id: self.meeting_room_id,
                mra_address: self.mra_address,
                meeting_id: self.meeting_id,
            }
        }
    }
    impl<P0, P1> CallRoomRequestBuilder<P0, P1, missing::call_room_request::meeting_id> {
        /// Sets [`meeting_id`](super::CallRoomRequest::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<u64>,
        ) -> CallRoomRequestBuilder<P0, P1, u64> {
            CallRoomRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                meeting_room_id: self.meeting_room_id,
                mra_address: self.mra_address,
                meeting_id: value.into(),
            }
        }
    }
    impl<P0, P1, P2> CallRoomRequestBuilder<P0, P1, P2> {
        /// Sets [`meeting_room_id`](super::CallRoomRequest::meeting_room_id).
        ///
        /// Optional.
        pub fn meeting_room_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_room_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`mra_address`](super::CallRoomRequest::mra_address).
        ///
        /// Optional.
        pub fn mra_address(
            mut self,
            value: impl ::std::convert::Into<MraAddress>,
        ) -> Self {
            self.mra_address = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1, P2> CallRoomRequestBuilder<P0, P1, P2> {
        /// The [`CallRoomRequest`](super::CallRoomRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `meeting_id` are set: a missing one is a compile error naming it ("the required field ... of `CallRoomRequest` is not set").
        pub fn build(self) -> super::CallRoomRequest
        where
            P0: missing::call_room_request::OperatorIdIsSet<::std::string::String>,
            P1: missing::call_room_request::OperatorIdTypeIsSet<crate::OperatorIdType>,
            P2: missing::call_room_request::MeetingIdIsSet<u64>,
        {
            super::CallRoomRequest {
                operator_id: missing::call_room_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::call_room_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                meeting_room_id: self.meeting_room_id,
                mra_address: self.mra_address,
                meeting_id: missing::call_room_request::MeetingIdIsSet::into_field(
                    self.meeting_id,
                ),
            }
        }
    }
    /// Builds a [`CallRoomResponse`](super::CallRoomResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct CallRoomResponseBuilder {
        pub(crate) invite_id: ::std::option::Option<::std::string::String>,
        pub(crate) status: ::std::option::Option<crate::rooms::RoomCallStatus>,
    }
    impl ::std::fmt::Debug for CallRoomResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(CallRoomResponseBuilder)).finish_non_exhaustive()
        }
    }
    impl CallRoomResponseBuilder {
        /// Sets [`invite_id`](super::CallRoomResponse::invite_id).
        ///
        /// Optional.
        pub fn invite_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.invite_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`status`](super::CallRoomResponse::status).
        ///
        /// Optional.
        pub fn status(
            mut self,
            value: impl ::std::convert::Into<crate::rooms::RoomCallStatus>,
        ) -> Self {
            self.status = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl CallRoomResponseBuilder {
        /// The [`CallRoomResponse`](super::CallRoomResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::CallRoomResponse {
            super::CallRoomResponse {
                invite_id: self.invite_id,
                status: self.status,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`CancelRoomCallRequest`](super::CancelRoomCallRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct CancelRoomCallRequestBuilder<
        P0 = missing::cancel_room_call_request::operator_id,
        P1 = missing::cancel_room_call_request::operator_id_type,
        P2 = missing::cancel_room_call_request::invite_id,
        P3 = missing::cancel_room_call_request::meeting_id,
        P4 = missing::cancel_room_call_request::instance_id,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) meeting_room_id: ::std::option::Option<::std::string::String>,
        pub(crate) mra_address: ::std::option::Option<MraAddress>,
        pub(crate) invite_id: P2,
        pub(crate) meeting_id: P3,
        pub(crate) instance_id: P4,
    }
    impl<P0, P1, P2, P3, P4> ::std::fmt::Debug
    for CancelRoomCallRequestBuilder<P0, P1, P2, P3, P4> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(CancelRoomCallRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
        P3,
        P4,
    > CancelRoomCallRequestBuilder<
        missing::cancel_room_call_request::operator_id,
        P1,
        P2,
        P3,
        P4,
    > {
        /// Sets [`operator_id`](super::CancelRoomCallRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> CancelRoomCallRequestBuilder<::std::string::String, P1, P2, P3, P4> {
            CancelRoomCallRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                meeting_room_id: self.meeting_room_id,
                mra_address: self.mra_address,
                invite_id: self.invite_id,
                meeting_id: self.meeting_id,
                instance_id: self.instance_id,
            }
        }
    }
    impl<
        P0,
        P2,
        P3,
        P4,
    > CancelRoomCallRequestBuilder<
        P0,
        missing::cancel_room_call_request::operator_id_type,
        P2,
        P3,
        P4,
    > {
        /// Sets [`operator_id_type`](super::CancelRoomCallRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> CancelRoomCallRequestBuilder<P0, crate::OperatorIdType, P2, P3, P4> {
            CancelRoomCallRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                meeting_room_id: self.meeting_room_id,
                mra_address: self.mra_address,
                invite_id: self.invite_id,
                meeting_id: self.meeting_id,
                instance_id: self.instance_id,
            }
        }
    }
    impl<
        P0,
        P1,
        P3,
        P4,
    > CancelRoomCallRequestBuilder<
        P0,
        P1,
        missing::cancel_room_call_request::invite_id,
        P3,
        P4,
    > {
        /// Sets [`invite_id`](super::CancelRoomCallRequest::invite_id).
        ///
        /// Required.
        pub fn invite_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> CancelRoomCallRequestBuilder<P0, P1, ::std::string::String, P3, P4> {
            CancelRoomCallRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                meeting_room_id: self.meeting_room_id,
                mra_address: self.mra_address,
                invite_id: value.into(),
                meeting_id: self.meeting_id,
                instance_id: self.instance_id,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
        P4,
    > CancelRoomCallRequestBuilder<
        P0,
        P1,
        P2,
        missing::cancel_room_call_request::meeting_id,
        P4,
    > {
        /// Sets [`meeting_id`](super::CancelRoomCallRequest::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> CancelRoomCallRequestBuilder<P0, P1, P2, ::std::string::String, P4> {
            CancelRoomCallRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                meeting_room_id: self.meeting_room_id,
                mra_address: self.mra_address,
                invite_id: self.invite_id,
                meeting_id: value.into(),
                instance_id: self.instance_id,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
        P3,
    > CancelRoomCallRequestBuilder<
        P0,
        P1,
        P2,
        P3,
        missing::cancel_room_call_request::instance_id,
    > {
        /// Sets [`instance_id`](super::CancelRoomCallRequest::instance_id).
        ///
        /// Required.
        pub fn instance_id(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> CancelRoomCallRequestBuilder<P0, P1, P2, P3, crate::InstanceId> {
            CancelRoomCallRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                meeting_room_id: self.meeting_room_id,
                mra_address: self.mra_address,
                invite_id: self.invite_id,
                meeting_id: self.meeting_id,
                instance_id: value.into(),
            }
        }
    }
    impl<P0, P1, P2, P3, P4> CancelRoomCallRequestBuilder<P0, P1, P2, P3, P4> {
        /// Sets [`meeting_room_id`](super::CancelRoomCallRequest::meeting_room_id).
        ///
        /// Optional.
        pub fn meeting_room_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_room_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`mra_address`](super::CancelRoomCallRequest::mra_address).
        ///
        /// Optional.
        pub fn mra_address(
            mut self,
            value: impl ::std::convert::Into<MraAddress>,
        ) -> Self {
            self.mra_address = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1, P2, P3, P4> CancelRoomCallRequestBuilder<P0, P1, P2, P3, P4> {
        /// The [`CancelRoomCallRequest`](super::CancelRoomCallRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `invite_id`, `meeting_id`, `instance_id` are set: a missing one is a compile error naming it ("the required field ... of `CancelRoomCallRequest` is not set").
        pub fn build(self) -> super::CancelRoomCallRequest
        where
            P0: missing::cancel_room_call_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::cancel_room_call_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::cancel_room_call_request::InviteIdIsSet<::std::string::String>,
            P3: missing::cancel_room_call_request::MeetingIdIsSet<::std::string::String>,
            P4: missing::cancel_room_call_request::InstanceIdIsSet<crate::InstanceId>,
        {
            super::CancelRoomCallRequest {
                operator_id: missing::cancel_room_call_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::cancel_room_call_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                meeting_room_id: self.meeting_room_id,
                mra_address: self.mra_address,
                invite_id: missing::cancel_room_call_request::InviteIdIsSet::into_field(
                    self.invite_id,
                ),
                meeting_id: missing::cancel_room_call_request::MeetingIdIsSet::into_field(
                    self.meeting_id,
                ),
                instance_id: missing::cancel_room_call_request::InstanceIdIsSet::into_field(
                    self.instance_id,
                ),
            }
        }
    }
    /// Builds a [`CreateRoomActiveCodePath`](super::CreateRoomActiveCodePath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct CreateRoomActiveCodePathBuilder<
        P0 = missing::create_room_active_code_path::meeting_room_id,
    > {
        pub(crate) meeting_room_id: P0,
    }
    impl<P0> ::std::fmt::Debug for CreateRoomActiveCodePathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(CreateRoomActiveCodePathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl CreateRoomActiveCodePathBuilder<
        missing::create_room_active_code_path::meeting_room_id,
    > {
        /// Sets [`meeting_room_id`](super::CreateRoomActiveCodePath::meeting_room_id).
        ///
        /// Required.
        pub fn meeting_room_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> CreateRoomActiveCodePathBuilder<::std::string::String> {
            CreateRoomActiveCodePathBuilder {
                meeting_room_id: value.into(),
            }
        }
    }
    impl<P0> CreateRoomActiveCodePathBuilder<P0> {
        /// The [`CreateRoomActiveCodePath`](super::CreateRoomActiveCodePath).
        ///
        /// Compiles once the required field `meeting_room_id` is set: a missing one is a compile error naming it ("the required field ... of `CreateRoomActiveCodePath` is not set").
        pub fn build(self) -> super::CreateRoomActiveCodePath
        where
            P0: missing::create_room_active_code_path::MeetingRoomIdIsSet<
                ::std::string::String,
            >,
        {
            super::CreateRoomActiveCodePath {
                meeting_room_id: missing::create_room_active_code_path::MeetingRoomIdIsSet::into_field(
                    self.meeting_room_id,
                ),
            }
        }
    }
    /// Builds a [`CreateRoomActiveCodeRequest`](super::CreateRoomActiveCodeRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct CreateRoomActiveCodeRequestBuilder<
        P0 = missing::create_room_active_code_request::operator_id,
        P1 = missing::create_room_active_code_request::operator_id_type,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
    }
    impl<P0, P1> ::std::fmt::Debug for CreateRoomActiveCodeRequestBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(CreateRoomActiveCodeRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > CreateRoomActiveCodeRequestBuilder<
        missing::create_room_active_code_request::operator_id,
        P1,
    > {
        /// Sets [`operator_id`](super::CreateRoomActiveCodeRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> CreateRoomActiveCodeRequestBuilder<::std::string::String, P1> {
            CreateRoomActiveCodeRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
    > CreateRoomActiveCodeRequestBuilder<
        P0,
        missing::create_room_active_code_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::CreateRoomActiveCodeRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> CreateRoomActiveCodeRequestBuilder<P0, crate::OperatorIdType> {
            CreateRoomActiveCodeRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
            }
        }
    }
    impl<P0, P1> CreateRoomActiveCodeRequestBuilder<P0, P1> {
        /// The [`CreateRoomActiveCodeRequest`](super::CreateRoomActiveCodeRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `CreateRoomActiveCodeRequest` is not set").
        pub fn build(self) -> super::CreateRoomActiveCodeRequest
        where
            P0: missing::create_room_active_code_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::create_room_active_code_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::CreateRoomActiveCodeRequest {
                operator_id: missing::create_room_active_code_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::create_room_active_code_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
            }
        }
    }
    /// Builds a [`CreateRoomActiveCodeResponse`](super::CreateRoomActiveCodeResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct CreateRoomActiveCodeResponseBuilder {
        pub(crate) active_code: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for CreateRoomActiveCodeResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(CreateRoomActiveCodeResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl CreateRoomActiveCodeResponseBuilder {
        /// Sets [`active_code`](super::CreateRoomActiveCodeResponse::active_code).
        ///
        /// Optional.
        pub fn active_code(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.active_code = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl CreateRoomActiveCodeResponseBuilder {
        /// The [`CreateRoomActiveCodeResponse`](super::CreateRoomActiveCodeResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::CreateRoomActiveCodeResponse {
            super::CreateRoomActiveCodeResponse {
                active_code: self.active_code,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`GetMeetingRoomPath`](super::GetMeetingRoomPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetMeetingRoomPathBuilder<
        P0 = missing::get_meeting_room_path::meeting_room_id,
    > {
        pub(crate) meeting_room_id: P0,
    }
    impl<P0> ::std::fmt::Debug for GetMeetingRoomPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetMeetingRoomPathBuilder)).finish_non_exhaustive()
        }
    }
    impl GetMeetingRoomPathBuilder<missing::get_meeting_room_path::meeting_room_id> {
        /// Sets [`meeting_room_id`](super::GetMeetingRoomPath::meeting_room_id).
        ///
        /// Required.
        pub fn meeting_room_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetMeetingRoomPathBuilder<::std::string::String> {
            GetMeetingRoomPathBuilder {
                meeting_room_id: value.into(),
            }
        }
    }
    impl<P0> GetMeetingRoomPathBuilder<P0> {
        /// The [`GetMeetingRoomPath`](super::GetMeetingRoomPath).
        ///
        /// Compiles once the required field `meeting_room_id` is set: a missing one is a compile error naming it ("the required field ... of `GetMeetingRoomPath` is not set").
        pub fn build(self) -> super::GetMeetingRoomPath
        where
            P0: missing::get_meeting_room_path::MeetingRoomIdIsSet<
                ::std::string::String,
            >,
        {
            super::GetMeetingRoomPath {
                meeting_room_id: missing::get_meeting_room_path::MeetingRoomIdIsSet::into_field(
                    self.meeting_room_id,
                ),
            }
        }
    }
    /// Builds a [`GetMeetingRoomRequest`](super::GetMeetingRoomRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetMeetingRoomRequestBuilder<
        P0 = missing::get_meeting_room_request::operator_id,
        P1 = missing::get_meeting_room_request::operator_id_type,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
    }
    impl<P0, P1> ::std::fmt::Debug for GetMeetingRoomRequestBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetMeetingRoomRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > GetMeetingRoomRequestBuilder<missing::get_meeting_room_request::operator_id, P1> {
        /// Sets [`operator_id`](super::GetMeetingRoomRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetMeetingRoomRequestBuilder<::std::string::String, P1> {
            GetMeetingRoomRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
    > GetMeetingRoomRequestBuilder<
        P0,
        missing::get_meeting_room_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::GetMeetingRoomRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> GetMeetingRoomRequestBuilder<P0, crate::OperatorIdType> {
            GetMeetingRoomRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
            }
        }
    }
    impl<P0, P1> GetMeetingRoomRequestBuilder<P0, P1> {
        /// The [`GetMeetingRoomRequest`](super::GetMeetingRoomRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `GetMeetingRoomRequest` is not set").
        pub fn build(self) -> super::GetMeetingRoomRequest
        where
            P0: missing::get_meeting_room_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::get_meeting_room_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::GetMeetingRoomRequest {
                operator_id: missing::get_meeting_room_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::get_meeting_room_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
            }
        }
    }
    /// Builds a [`GetMeetingRoomResponse`](super::GetMeetingRoomResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetMeetingRoomResponseBuilder {
        pub(crate) basic_info: ::std::option::Option<MeetingRoomBasicInfo>,
        pub(crate) account_info: ::std::option::Option<MeetingRoomAccountInfo>,
        pub(crate) hardware_info: ::std::option::Option<MeetingRoomHardwareInfo>,
        pub(crate) pmi_info: ::std::option::Option<MeetingRoomPmiInfo>,
        pub(crate) monitor_status: ::std::option::Option<
            crate::rooms::RoomMonitorStatus,
        >,
        pub(crate) is_allow_call: ::std::option::Option<bool>,
        pub(crate) scheduled_status: ::std::option::Option<
            crate::rooms::RoomScheduledStatus,
        >,
    }
    impl ::std::fmt::Debug for GetMeetingRoomResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetMeetingRoomResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetMeetingRoomResponseBuilder {
        /// Sets [`basic_info`](super::GetMeetingRoomResponse::basic_info).
        ///
        /// Optional.
        pub fn basic_info(
            mut self,
            value: impl ::std::convert::Into<MeetingRoomBasicInfo>,
        ) -> Self {
            self.basic_info = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`account_info`](super::GetMeetingRoomResponse::account_info).
        ///
        /// Optional.
        pub fn account_info(
            mut self,
            value: impl ::std::convert::Into<MeetingRoomAccountInfo>,
        ) -> Self {
            self.account_info = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`hardware_info`](super::GetMeetingRoomResponse::hardware_info).
        ///
        /// Optional.
        pub fn hardware_info(
            mut self,
            value: impl ::std::convert::Into<MeetingRoomHardwareInfo>,
        ) -> Self {
            self.hardware_info = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`pmi_info`](super::GetMeetingRoomResponse::pmi_info).
        ///
        /// Optional.
        pub fn pmi_info(
            mut self,
            value: impl ::std::convert::Into<MeetingRoomPmiInfo>,
        ) -> Self {
            self.pmi_info = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`monitor_status`](super::GetMeetingRoomResponse::monitor_status).
        ///
        /// Optional.
        pub fn monitor_status(
            mut self,
            value: impl ::std::convert::Into<crate::rooms::RoomMonitorStatus>,
        ) -> Self {
            self.monitor_status = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`is_allow_call`](super::GetMeetingRoomResponse::is_allow_call).
        ///
        /// Optional.
        pub fn is_allow_call(mut self, value: bool) -> Self {
            self.is_allow_call = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`scheduled_status`](super::GetMeetingRoomResponse::scheduled_status).
        ///
        /// Optional.
        pub fn scheduled_status(
            mut self,
            value: impl ::std::convert::Into<crate::rooms::RoomScheduledStatus>,
        ) -> Self {
            self.scheduled_status = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl GetMeetingRoomResponseBuilder {
        /// The [`GetMeetingRoomResponse`](super::GetMeetingRoomResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::GetMeetingRoomResponse {
            super::GetMeetingRoomResponse {
                basic_info: self.basic_info,
                account_info: self.account_info,
                hardware_info: self.hardware_info,
                pmi_info: self.pmi_info,
                monitor_status: self.monitor_status,
                is_allow_call: self.is_allow_call,
                scheduled_status: self.scheduled_status,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`GetRoomBackgroundPath`](super::GetRoomBackgroundPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetRoomBackgroundPathBuilder<
        P0 = missing::get_room_background_path::meeting_room_id,
    > {
        pub(crate) meeting_room_id: P0,
    }
    impl<P0> ::std::fmt::Debug for GetRoomBackgroundPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetRoomBackgroundPathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetRoomBackgroundPathBuilder<
        missing::get_room_background_path::meeting_room_id,
    > {
        /// Sets [`meeting_room_id`](super::GetRoomBackgroundPath::meeting_room_id).
        ///
        /// Required.
        pub fn meeting_room_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetRoomBackgroundPathBuilder<::std::string::String> {
            GetRoomBackgroundPathBuilder {
                meeting_room_id: value.into(),
            }
        }
    }
    impl<P0> GetRoomBackgroundPathBuilder<P0> {
        /// The [`GetRoomBackgroundPath`](super::GetRoomBackgroundPath).
        ///
        /// Compiles once the required field `meeting_room_id` is set: a missing one is a compile error naming it ("the required field ... of `GetRoomBackgroundPath` is not set").
        pub fn build(self) -> super::GetRoomBackgroundPath
        where
            P0: missing::get_room_background_path::MeetingRoomIdIsSet<
                ::std::string::String,
            >,
        {
            super::GetRoomBackgroundPath {
                meeting_room_id: missing::get_room_background_path::MeetingRoomIdIsSet::into_field(
                    self.meeting_room_id,
                ),
            }
        }
    }
    /// Builds a [`GetRoomBackgroundRequest`](super::GetRoomBackgroundRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetRoomBackgroundRequestBuilder<
        P0 = missing::get_room_background_request::operator_id,
        P1 = missing::get_room_background_request::operator_id_type,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
    }
    impl<P0, P1> ::std::fmt::Debug for GetRoomBackgroundRequestBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetRoomBackgroundRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > GetRoomBackgroundRequestBuilder<
        missing::get_room_background_request::operator_id,
        P1,
    > {
        /// Sets [`operator_id`](super::GetRoomBackgroundRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetRoomBackgroundRequestBuilder<::std::string::String, P1> {
            GetRoomBackgroundRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
    > GetRoomBackgroundRequestBuilder<
        P0,
        missing::get_room_background_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::GetRoomBackgroundRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> GetRoomBackgroundRequestBuilder<P0, crate::OperatorIdType> {
            GetRoomBackgroundRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
            }
        }
    }
    impl<P0, P1> GetRoomBackgroundRequestBuilder<P0, P1> {
        /// The [`GetRoomBackgroundRequest`](super::GetRoomBackgroundRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `GetRoomBackgroundRequest` is not set").
        pub fn build(self) -> super::GetRoomBackgroundRequest
        where
            P0: missing::get_room_background_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::get_room_background_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::GetRoomBackgroundRequest {
                operator_id: missing::get_room_background_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::get_room_background_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
            }
        }
    }
    /// Builds a [`GetRoomBackgroundResponse`](super::GetRoomBackgroundResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetRoomBackgroundResponseBuilder {
        pub(crate) background_image: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for GetRoomBackgroundResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetRoomBackgroundResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetRoomBackgroundResponseBuilder {
        /// Sets [`background_image`](super::GetRoomBackgroundResponse::background_image).
        ///
        /// Optional.
        pub fn background_image(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.background_image = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl GetRoomBackgroundResponseBuilder {
        /// The [`GetRoomBackgroundResponse`](super::GetRoomBackgroundResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::GetRoomBackgroundResponse {
            super::GetRoomBackgroundResponse {
                background_image: self.background_image,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`GetRoomByScreencastCodePath`](super::GetRoomByScreencastCodePath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetRoomByScreencastCodePathBuilder<
        P0 = missing::get_room_by_screencast_code_path::screencast_code,
    > {
        pub(crate) screencast_code: P0,
    }
    impl<P0> ::std::fmt::Debug for GetRoomByScreencastCodePathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetRoomByScreencastCodePathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetRoomByScreencastCodePathBuilder<
        missing::get_room_by_screencast_code_path::screencast_code,
    > {
        /// Sets [`screencast_code`](super::GetRoomByScreencastCodePath::screencast_code).
        ///
        /// Required.
        pub fn screencast_code(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetRoomByScreencastCodePathBuilder<::std::string::String> {
            GetRoomByScreencastCodePathBuilder {
                screencast_code: value.into(),
            }
        }
    }
    impl<P0> GetRoomByScreencastCodePathBuilder<P0> {
        /// The [`GetRoomByScreencastCodePath`](super::GetRoomByScreencastCodePath).
        ///
        /// Compiles once the required field `screencast_code` is set: a missing one is a compile error naming it ("the required field ... of `GetRoomByScreencastCodePath` is not set").
        pub fn build(self) -> super::GetRoomByScreencastCodePath
        where
            P0: missing::get_room_by_screencast_code_path::ScreencastCodeIsSet<
                ::std::string::String,
            >,
        {
            super::GetRoomByScreencastCodePath {
                screencast_code: missing::get_room_by_screencast_code_path::ScreencastCodeIsSet::into_field(
                    self.screencast_code,
                ),
            }
        }
    }
    /// Builds a [`GetRoomByScreencastCodeRequest`](super::GetRoomByScreencastCodeRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetRoomByScreencastCodeRequestBuilder<
        P0 = missing::get_room_by_screencast_code_request::operator_id,
        P1 = missing::get_room_by_screencast_code_request::operator_id_type,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
    }
    impl<P0, P1> ::std::fmt::Debug for GetRoomByScreencastCodeRequestBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetRoomByScreencastCodeRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > GetRoomByScreencastCodeRequestBuilder<
        missing::get_room_by_screencast_code_request::operator_id,
        P1,
    > {
        /// Sets [`operator_id`](super::GetRoomByScreencastCodeRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetRoomByScreencastCodeRequestBuilder<::std::string::String, P1> {
            GetRoomByScreencastCodeRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
    > GetRoomByScreencastCodeRequestBuilder<
        P0,
        missing::get_room_by_screencast_code_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::GetRoomByScreencastCodeRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> GetRoomByScreencastCodeRequestBuilder<P0, crate::OperatorIdType> {
            GetRoomByScreencastCodeRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
            }
        }
    }
    impl<P0, P1> GetRoomByScreencastCodeRequestBuilder<P0, P1> {
        /// The [`GetRoomByScreencastCodeRequest`](super::GetRoomByScreencastCodeRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `GetRoomByScreencastCodeRequest` is not set").
        pub fn build(self) -> super::GetRoomByScreencastCodeRequest
        where
            P0: missing::get_room_by_screencast_code_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::get_room_by_screencast_code_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::GetRoomByScreencastCodeRequest {
                operator_id: missing::get_room_by_screencast_code_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::get_room_by_screencast_code_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
            }
        }
    }
    /// Builds a [`GetRoomByScreencastCodeResponse`](super::GetRoomByScreencastCodeResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetRoomByScreencastCodeResponseBuilder {
        pub(crate) rooms_id: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_room_id: ::std::option::Option<::std::string::String>,
        pub(crate) rooms_ip_list: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        pub(crate) cs_api_enable: ::std::option::Option<bool>,
        pub(crate) api_password: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for GetRoomByScreencastCodeResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetRoomByScreencastCodeResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetRoomByScreencastCodeResponseBuilder {
        /// Sets [`rooms_id`](super::GetRoomByScreencastCodeResponse::rooms_id).
        ///
        /// Optional.
        pub fn rooms_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.rooms_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_room_id`](super::GetRoomByScreencastCodeResponse::meeting_room_id).
        ///
        /// Optional.
        pub fn meeting_room_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_room_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`rooms_ip_list`](super::GetRoomByScreencastCodeResponse::rooms_ip_list).
        ///
        /// Optional.
        pub fn rooms_ip_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<::std::string::String>,
            >,
        ) -> Self {
            self.rooms_ip_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`cs_api_enable`](super::GetRoomByScreencastCodeResponse::cs_api_enable).
        ///
        /// Optional.
        pub fn cs_api_enable(mut self, value: bool) -> Self {
            self.cs_api_enable = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`api_password`](super::GetRoomByScreencastCodeResponse::api_password).
        ///
        /// Optional.
        pub fn api_password(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.api_password = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl GetRoomByScreencastCodeResponseBuilder {
        /// The [`GetRoomByScreencastCodeResponse`](super::GetRoomByScreencastCodeResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::GetRoomByScreencastCodeResponse {
            super::GetRoomByScreencastCodeResponse {
                rooms_id: self.rooms_id,
                meeting_room_id: self.meeting_room_id,
                rooms_ip_list: self.rooms_ip_list,
                cs_api_enable: self.cs_api_enable,
                api_password: self.api_password,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`GetRoomCallStatusRequest`](super::GetRoomCallStatusRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetRoomCallStatusRequestBuilder<
        P0 = missing::get_room_call_status_request::operator_id,
        P1 = missing::get_room_call_status_request::operator_id_type,
        P2 = missing::get_room_call_status_request::instance_id,
        P3 = missing::get_room_call_status_request::meeting_id,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) instance_id: P2,
        pub(crate) meeting_room_id: ::std::option::Option<::std::string::String>,
        pub(crate) mra_address: ::std::option::Option<MraAddress>,
        pub(crate) meeting_id: P3,
    }
    impl<P0, P1, P2, P3> ::std::fmt::Debug
    for GetRoomCallStatusRequestBuilder<P0, P1, P2, P3> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetRoomCallStatusRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
        P3,
    > GetRoomCallStatusRequestBuilder<
        missing::get_room_call_status_request::operator_id,
        P1,
        P2,
        P3,
    > {
        /// Sets [`operator_id`](super::GetRoomCallStatusRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetRoomCallStatusRequestBuilder<::std::string::String, P1, P2, P3> {
            GetRoomCallStatusRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                instance_id: self.instance_id,
                meeting_room_id: self.meeting_room_id,
                mra_address: self.mra_address,
                meeting_id: self.meeting_id,
            }
        }
    }
    impl<
        P0,
        P2,
        P3,
    > GetRoomCallStatusRequestBuilder<
        P0,
        missing::get_room_call_status_request::operator_id_type,
        P2,
        P3,
    > {
        /// Sets [`operator_id_type`](super::GetRoomCallStatusRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> GetRoomCallStatusRequestBuilder<P0, crate::OperatorIdType, P2, P3> {
            GetRoomCallStatusRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                instance_id: self.instance_id,
                meeting_room_id: self.meeting_room_id,
                mra_address: self.mra_address,
                meeting_id: self.meeting_id,
            }
        }
    }
    impl<
        P0,
        P1,
        P3,
    > GetRoomCallStatusRequestBuilder<
        P0,
        P1,
        missing::get_room_call_status_request::instance_id,
        P3,
    > {
        /// Sets [`instance_id`](super::GetRoomCallStatusRequest::instance_id).
        ///
        /// Required.
        pub fn instance_id(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> GetRoomCallStatusRequestBuilder<P0, P1, crate::InstanceId, P3> {
            GetRoomCallStatusRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instance_id: value.into(),
                meeting_room_id: self.meeting_room_id,
                mra_address: self.mra_address,
                meeting_id: self.meeting_id,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
    > GetRoomCallStatusRequestBuilder<
        P0,
        P1,
        P2,
        missing::get_room_call_status_request::meeting_id,
    > {
        /// Sets [`meeting_id`](super::GetRoomCallStatusRequest::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetRoomCallStatusRequestBuilder<P0, P1, P2, ::std::string::String> {
            GetRoomCallStatusRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instance_id: self.instance_id,
                meeting_room_id: self.meeting_room_id,
                mra_address: self.mra_address,
                meeting_id: value.into(),
            }
        }
    }
    impl<P0, P1, P2, P3> GetRoomCallStatusRequestBuilder<P0, P1, P2, P3> {
        /// Sets [`meeting_room_id`](super::GetRoomCallStatusRequest::meeting_room_id).
        ///
        /// Optional.
        pub fn meeting_room_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_room_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`mra_address`](super::GetRoomCallStatusRequest::mra_address).
        ///
        /// Optional.
        pub fn mra_address(
            mut self,
            value: impl ::std::convert::Into<MraAddress>,
        ) -> Self {
            self.mra_address = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1, P2, P3> GetRoomCallStatusRequestBuilder<P0, P1, P2, P3> {
        /// The [`GetRoomCallStatusRequest`](super::GetRoomCallStatusRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `instance_id`, `meeting_id` are set: a missing one is a compile error naming it ("the required field ... of `GetRoomCallStatusRequest` is not set").
        pub fn build(self) -> super::GetRoomCallStatusRequest
        where
            P0: missing::get_room_call_status_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::get_room_call_status_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::get_room_call_status_request::InstanceIdIsSet<
                crate::InstanceId,
            >,
            P3: missing::get_room_call_status_request::MeetingIdIsSet<
                ::std::string::String,
            >,
        {
            super::GetRoomCallStatusRequest {
                operator_id: missing::get_room_call_status_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::get_room_call_status_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                instance_id: missing::get_room_call_status_request::InstanceIdIsSet::into_field(
                    self.instance_id,
                ),
                meeting_room_id: self.meeting_room_id,
                mra_address: self.mra_address,
                meeting_id: missing::get_room_call_status_request::MeetingIdIsSet::into_field(
                    self.meeting_id,
                ),
            }
        }
    }
    /// Builds a [`GetRoomCallStatusResponse`](super::GetRoomCallStatusResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetRoomCallStatusResponseBuilder {
        pub(crate) status: ::std::option::Option<crate::rooms::RoomCallResponseStatus>,
        pub(crate) response_time: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for GetRoomCallStatusResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetRoomCallStatusResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetRoomCallStatusResponseBuilder {
        /// Sets [`status`](super::GetRoomCallStatusResponse::status).
        ///
        /// Optional.
        pub fn status(
            mut self,
            value: impl ::std::convert::Into<crate::rooms::RoomCallResponseStatus>,
        ) -> Self {
            self.status = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`response_time`](super::GetRoomCallStatusResponse::response_time).
        ///
        /// Optional.
        pub fn response_time(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.response_time = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl GetRoomCallStatusResponseBuilder {
        /// The [`GetRoomCallStatusResponse`](super::GetRoomCallStatusResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::GetRoomCallStatusResponse {
            super::GetRoomCallStatusResponse {
                status: self.status,
                response_time: self.response_time,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`GetRoomConfigRequest`](super::GetRoomConfigRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetRoomConfigRequestBuilder<
        P0 = missing::get_room_config_request::operator_id,
        P1 = missing::get_room_config_request::operator_id_type,
        P2 = missing::get_room_config_request::instance_id,
        P3 = missing::get_room_config_request::meeting_room_id,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) instance_id: P2,
        pub(crate) meeting_room_id: P3,
    }
    impl<P0, P1, P2, P3> ::std::fmt::Debug
    for GetRoomConfigRequestBuilder<P0, P1, P2, P3> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetRoomConfigRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
        P3,
    > GetRoomConfigRequestBuilder<
        missing::get_room_config_request::operator_id,
        P1,
        P2,
        P3,
    > {
        /// Sets [`operator_id`](super::GetRoomConfigRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetRoomConfigRequestBuilder<::std::string::String, P1, P2, P3> {
            GetRoomConfigRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                instance_id: self.instance_id,
                meeting_room_id: self.meeting_room_id,
            }
        }
    }
    impl<
        P0,
        P2,
        P3,
    > GetRoomConfigRequestBuilder<
        P0,
        missing::get_room_config_request::operator_id_type,
        P2,
        P3,
    > {
        /// Sets [`operator_id_type`](super::GetRoomConfigRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> GetRoomConfigRequestBuilder<P0, crate::OperatorIdType, P2, P3> {
            GetRoomConfigRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                instance_id: self.instance_id,
                meeting_room_id: self.meeting_room_id,
            }
        }
    }
    impl<
        P0,
        P1,
        P3,
    > GetRoomConfigRequestBuilder<
        P0,
        P1,
        missing::get_room_config_request::instance_id,
        P3,
    > {
        /// Sets [`instance_id`](super::GetRoomConfigRequest::instance_id).
        ///
        /// Required.
        pub fn instance_id(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> GetRoomConfigRequestBuilder<P0, P1, crate::InstanceId, P3> {
            GetRoomConfigRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instance_id: value.into(),
                meeting_room_id: self.meeting_room_id,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
    > GetRoomConfigRequestBuilder<
        P0,
        P1,
        P2,
        missing::get_room_config_request::meeting_room_id,
    > {
        /// Sets [`meeting_room_id`](super::GetRoomConfigRequest::meeting_room_id).
        ///
        /// Required.
        pub fn meeting_room_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetRoomConfigRequestBuilder<P0, P1, P2, ::std::string::String> {
            GetRoomConfigRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instance_id: self.instance_id,
                meeting_room_id: value.into(),
            }
        }
    }
    impl<P0, P1, P2, P3> GetRoomConfigRequestBuilder<P0, P1, P2, P3> {
        /// The [`GetRoomConfigRequest`](super::GetRoomConfigRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `instance_id`, `meeting_room_id` are set: a missing one is a compile error naming it ("the required field ... of `GetRoomConfigRequest` is not set").
        pub fn build(self) -> super::GetRoomConfigRequest
        where
            P0: missing::get_room_config_request::OperatorIdIsSet<::std::string::String>,
            P1: missing::get_room_config_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::get_room_config_request::InstanceIdIsSet<crate::InstanceId>,
            P3: missing::get_room_config_request::MeetingRoomIdIsSet<
                ::std::string::String,
            >,
        {
            super::GetRoomConfigRequest {
                operator_id: missing::get_room_config_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::get_room_config_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                instance_id: missing::get_room_config_request::InstanceIdIsSet::into_field(
                    self.instance_id,
                ),
                meeting_room_id: missing::get_room_config_request::MeetingRoomIdIsSet::into_field(
                    self.meeting_room_id,
                ),
            }
        }
    }
    /// Builds a [`GetRoomConfigResponse`](super::GetRoomConfigResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetRoomConfigResponseBuilder {
        pub(crate) meeting_settings: ::std::option::Option<RoomMeetingSettings>,
        pub(crate) record_settings: ::std::option::Option<RoomRecordSettings>,
    }
    impl ::std::fmt::Debug for GetRoomConfigResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetRoomConfigResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetRoomConfigResponseBuilder {
        /// Sets [`meeting_settings`](super::GetRoomConfigResponse::meeting_settings).
        ///
        /// Optional.
        pub fn meeting_settings(
            mut self,
            value: impl ::std::convert::Into<RoomMeetingSettings>,
        ) -> Self {
            self.meeting_settings = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`record_settings`](super::GetRoomConfigResponse::record_settings).
        ///
        /// Optional.
        pub fn record_settings(
            mut self,
            value: impl ::std::convert::Into<RoomRecordSettings>,
        ) -> Self {
            self.record_settings = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl GetRoomConfigResponseBuilder {
        /// The [`GetRoomConfigResponse`](super::GetRoomConfigResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::GetRoomConfigResponse {
            super::GetRoomConfigResponse {
                meeting_settings: self.meeting_settings,
                record_settings: self.record_settings,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`GetRoomsAccountStatisticsRequest`](super::GetRoomsAccountStatisticsRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetRoomsAccountStatisticsRequestBuilder<
        P0 = missing::get_rooms_account_statistics_request::operator_id,
        P1 = missing::get_rooms_account_statistics_request::operator_id_type,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
    }
    impl<P0, P1> ::std::fmt::Debug for GetRoomsAccountStatisticsRequestBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetRoomsAccountStatisticsRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > GetRoomsAccountStatisticsRequestBuilder<
        missing::get_rooms_account_statistics_request::operator_id,
        P1,
    > {
        /// Sets [`operator_id`](super::GetRoomsAccountStatisticsRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetRoomsAccountStatisticsRequestBuilder<::std::string::String, P1> {
            GetRoomsAccountStatisticsRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
    > GetRoomsAccountStatisticsRequestBuilder<
        P0,
        missing::get_rooms_account_statistics_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::GetRoomsAccountStatisticsRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> GetRoomsAccountStatisticsRequestBuilder<P0, crate::OperatorIdType> {
            GetRoomsAccountStatisticsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
            }
        }
    }
    impl<P0, P1> GetRoomsAccountStatisticsRequestBuilder<P0, P1> {
        /// The [`GetRoomsAccountStatisticsRequest`](super::GetRoomsAccountStatisticsRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `GetRoomsAccountStatisticsRequest` is not set").
        pub fn build(self) -> super::GetRoomsAccountStatisticsRequest
        where
            P0: missing::get_rooms_account_statistics_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::get_rooms_account_statistics_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::GetRoomsAccountStatisticsRequest {
                operator_id: missing::get_rooms_account_statistics_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::get_rooms_account_statistics_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
            }
        }
    }
    /// Builds a [`GetRoomsAccountStatisticsResponse`](super::GetRoomsAccountStatisticsResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetRoomsAccountStatisticsResponseBuilder {
        pub(crate) pro_count: ::std::option::Option<i64>,
        pub(crate) custom_used_count: ::std::option::Option<i64>,
        pub(crate) pro_used_count: ::std::option::Option<i64>,
    }
    impl ::std::fmt::Debug for GetRoomsAccountStatisticsResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetRoomsAccountStatisticsResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetRoomsAccountStatisticsResponseBuilder {
        /// Sets [`pro_count`](super::GetRoomsAccountStatisticsResponse::pro_count).
        ///
        /// Optional.
        pub fn pro_count(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.pro_count = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`custom_used_count`](super::GetRoomsAccountStatisticsResponse::custom_used_count).
        ///
        /// Optional.
        pub fn custom_used_count(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.custom_used_count = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`pro_used_count`](super::GetRoomsAccountStatisticsResponse::pro_used_count).
        ///
        /// Optional.
        pub fn pro_used_count(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.pro_used_count = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl GetRoomsAccountStatisticsResponseBuilder {
        /// The [`GetRoomsAccountStatisticsResponse`](super::GetRoomsAccountStatisticsResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::GetRoomsAccountStatisticsResponse {
            super::GetRoomsAccountStatisticsResponse {
                pro_count: self.pro_count,
                custom_used_count: self.custom_used_count,
                pro_used_count: self.pro_used_count,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`GetRoomsInventoryRequest`](super::GetRoomsInventoryRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetRoomsInventoryRequestBuilder<
        P0 = missing::get_rooms_inventory_request::operator_id,
        P1 = missing::get_rooms_inventory_request::operator_id_type,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
    }
    impl<P0, P1> ::std::fmt::Debug for GetRoomsInventoryRequestBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetRoomsInventoryRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > GetRoomsInventoryRequestBuilder<
        missing::get_rooms_inventory_request::operator_id,
        P1,
    > {
        /// Sets [`operator_id`](super::GetRoomsInventoryRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetRoomsInventoryRequestBuilder<::std::string::String, P1> {
            GetRoomsInventoryRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
    > GetRoomsInventoryRequestBuilder<
        P0,
        missing::get_rooms_inventory_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::GetRoomsInventoryRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> GetRoomsInventoryRequestBuilder<P0, crate::OperatorIdType> {
            GetRoomsInventoryRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
            }
        }
    }
    impl<P0, P1> GetRoomsInventoryRequestBuilder<P0, P1> {
        /// The [`GetRoomsInventoryRequest`](super::GetRoomsInventoryRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `GetRoomsInventoryRequest` is not set").
        pub fn build(self) -> super::GetRoomsInventoryRequest
        where
            P0: missing::get_rooms_inventory_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::get_rooms_inventory_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::GetRoomsInventoryRequest {
                operator_id: missing::get_rooms_inventory_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::get_rooms_inventory_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
            }
        }
    }
    /// Builds a [`GetRoomsInventoryResponse`](super::GetRoomsInventoryResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetRoomsInventoryResponseBuilder {
        pub(crate) normal_count: ::std::option::Option<i64>,
        pub(crate) special_count: ::std::option::Option<i64>,
        pub(crate) normal_used_count: ::std::option::Option<i64>,
        pub(crate) special_used_count: ::std::option::Option<i64>,
        pub(crate) normal_expired_count: ::std::option::Option<i64>,
        pub(crate) special_expired_count: ::std::option::Option<i64>,
    }
    impl ::std::fmt::Debug for GetRoomsInventoryResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetRoomsInventoryResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetRoomsInventoryResponseBuilder {
        /// Sets [`normal_count`](super::GetRoomsInventoryResponse::normal_count).
        ///
        /// Optional.
        pub fn normal_count(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.normal_count = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`special_count`](super::GetRoomsInventoryResponse::special_count).
        ///
        /// Optional.
        pub fn special_count(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.special_count = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`normal_used_count`](super::GetRoomsInventoryResponse::normal_used_count).
        ///
        /// Optional.
        pub fn normal_used_count(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.normal_used_count = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`special_used_count`](super::GetRoomsInventoryResponse::special_used_count).
        ///
        /// Optional.
        pub fn special_used_count(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.special_used_count = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`normal_expired_count`](super::GetRoomsInventoryResponse::normal_expired_count).
        ///
        /// Optional.
        pub fn normal_expired_count(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.normal_expired_count = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`special_expired_count`](super::GetRoomsInventoryResponse::special_expired_count).
        ///
        /// Optional.
        pub fn special_expired_count(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.special_expired_count = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl GetRoomsInventoryResponseBuilder {
        /// The [`GetRoomsInventoryResponse`](super::GetRoomsInventoryResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::GetRoomsInventoryResponse {
            super::GetRoomsInventoryResponse {
                normal_count: self.normal_count,
                special_count: self.special_count,
                normal_used_count: self.normal_used_count,
                special_used_count: self.special_used_count,
                normal_expired_count: self.normal_expired_count,
                special_expired_count: self.special_expired_count,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`ListMeetingRoomsRequest`](super::ListMeetingRoomsRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ListMeetingRoomsRequestBuilder<
        P0 = missing::list_meeting_rooms_request::operator_id,
        P1 = missing::list_meeting_rooms_request::operator_id_type,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) page: ::std::option::Option<i64>,
        pub(crate) page_size: ::std::option::Option<i64>,
        pub(crate) meeting_room_name: ::std::option::Option<::std::string::String>,
    }
    impl<P0, P1> ::std::fmt::Debug for ListMeetingRoomsRequestBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ListMeetingRoomsRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > ListMeetingRoomsRequestBuilder<
        missing::list_meeting_rooms_request::operator_id,
        P1,
    > {
        /// Sets [`operator_id`](super::ListMeetingRoomsRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> ListMeetingRoomsRequestBuilder<::std::string::String, P1> {
            ListMeetingRoomsRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                page: self.page,
                page_size: self.page_size,
                meeting_room_name: self.meeting_room_name,
            }
        }
    }
    impl<
        P0,
    > ListMeetingRoomsRequestBuilder<
        P0,
        missing::list_meeting_rooms_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::ListMeetingRoomsRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> ListMeetingRoomsRequestBuilder<P0, crate::OperatorIdType> {
            ListMeetingRoomsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                page: self.page,
                page_size: self.page_size,
                meeting_room_name: self.meeting_room_name,
            }
        }
    }
    impl<P0, P1> ListMeetingRoomsRequestBuilder<P0, P1> {
        /// Sets [`page`](super::ListMeetingRoomsRequest::page).
        ///
        /// Optional.
        pub fn page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.page = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`page_size`](super::ListMeetingRoomsRequest::page_size).
        ///
        /// Optional.
        pub fn page_size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.page_size = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_room_name`](super::ListMeetingRoomsRequest::meeting_room_name).
        ///
        /// Optional.
        pub fn meeting_room_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_room_name = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1> ListMeetingRoomsRequestBuilder<P0, P1> {
        /// The [`ListMeetingRoomsRequest`](super::ListMeetingRoomsRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `ListMeetingRoomsRequest` is not set").
        pub fn build(self) -> super::ListMeetingRoomsRequest
        where
            P0: missing::list_meeting_rooms_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::list_meeting_rooms_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::ListMeetingRoomsRequest {
                operator_id: missing::list_meeting_rooms_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::list_meeting_rooms_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                page: self.page,
                page_size: self.page_size,
                meeting_room_name: self.meeting_room_name,
            }
        }
    }
    /// Builds a [`ListMeetingRoomsResponse`](super::ListMeetingRoomsResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ListMeetingRoomsResponseBuilder {
        pub(crate) total_count: ::std::option::Option<i64>,
        pub(crate) current_size: ::std::option::Option<i64>,
        pub(crate) current_page: ::std::option::Option<i64>,
        pub(crate) total_page: ::std::option::Option<i64>,
        pub(crate) meeting_room_list: ::std::option::Option<
            ::std::vec::Vec<MeetingRoomSummary>,
        >,
    }
    impl ::std::fmt::Debug for ListMeetingRoomsResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ListMeetingRoomsResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl ListMeetingRoomsResponseBuilder {
        /// Sets [`total_count`](super::ListMeetingRoomsResponse::total_count).
        ///
        /// Optional.
        pub fn total_count(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.total_count = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`current_size`](super::ListMeetingRoomsResponse::current_size).
        ///
        /// Optional.
        pub fn current_size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.current_size = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`current_page`](super::ListMeetingRoomsResponse::current_page).
        ///
        /// Optional.
        pub fn current_page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.current_page = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`total_page`](super::ListMeetingRoomsResponse::total_page).
        ///
        /// Optional.
        pub fn total_page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.total_page = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_room_list`](super::ListMeetingRoomsResponse::meeting_room_list).
        ///
        /// Optional.
        pub fn meeting_room_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<MeetingRoomSummary>,
            >,
        ) -> Self {
            self.meeting_room_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl ListMeetingRoomsResponseBuilder {
        /// The [`ListMeetingRoomsResponse`](super::ListMeetingRoomsResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::ListMeetingRoomsResponse {
            super::ListMeetingRoomsResponse {
                total_count: self.total_count,
                current_size: self.current_size,
                current_page: self.current_page,
                total_page: self.total_page,
                meeting_room_list: self.meeting_room_list,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`ListRoomControllersRequest`](super::ListRoomControllersRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ListRoomControllersRequestBuilder {
        pub(crate) controller_name: ::std::option::Option<::std::string::String>,
        pub(crate) page: ::std::option::Option<i64>,
        pub(crate) page_size: ::std::option::Option<i64>,
    }
    impl ::std::fmt::Debug for ListRoomControllersRequestBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ListRoomControllersRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl ListRoomControllersRequestBuilder {
        /// Sets [`controller_name`](super::ListRoomControllersRequest::controller_name).
        ///
        /// Optional.
        pub fn controller_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.controller_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`page`](super::ListRoomControllersRequest::page).
        ///
        /// Optional.
        pub fn page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.page = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`page_size`](super::ListRoomControllersRequest::page_size).
        ///
        /// Optional.
        pub fn page_size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.page_size = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl ListRoomControllersRequestBuilder {
        /// The [`ListRoomControllersRequest`](super::ListRoomControllersRequest).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::ListRoomControllersRequest {
            super::ListRoomControllersRequest {
                controller_name: self.controller_name,
                page: self.page,
                page_size: self.page_size,
            }
        }
    }
    /// Builds a [`ListRoomControllersResponse`](super::ListRoomControllersResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ListRoomControllersResponseBuilder {
        pub(crate) total_count: ::std::option::Option<i64>,
        pub(crate) current_size: ::std::option::Option<i64>,
        pub(crate) current_page: ::std::option::Option<i64>,
        pub(crate) total_page: ::std::option::Option<i64>,
        pub(crate) controller_info_list: ::std::option::Option<
            ::std::vec::Vec<RoomController>,
        >,
    }
    impl ::std::fmt::Debug for ListRoomControllersResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ListRoomControllersResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl ListRoomControllersResponseBuilder {
        /// Sets [`total_count`](super::ListRoomControllersResponse::total_count).
        ///
        /// Optional.
        pub fn total_count(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.total_count = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`current_size`](super::ListRoomControllersResponse::current_size).
        ///
        /// Optional.
        pub fn current_size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.current_size = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`current_page`](super::ListRoomControllersResponse::current_page).
        ///
        /// Optional.
        pub fn current_page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.current_page = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`total_page`](super::ListRoomControllersResponse::total_page).
        ///
        /// Optional.
        pub fn total_page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.total_page = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`controller_info_list`](super::ListRoomControllersResponse::controller_info_list).
        ///
        /// Optional.
        pub fn controller_info_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<RoomController>,
            >,
        ) -> Self {
            self.controller_info_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl ListRoomControllersResponseBuilder {
        /// The [`ListRoomControllersResponse`](super::ListRoomControllersResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::ListRoomControllersResponse {
            super::ListRoomControllersResponse {
                total_count: self.total_count,
                current_size: self.current_size,
                current_page: self.current_page,
                total_page: self.total_page,
                controller_info_list: self.controller_info_list,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`ListRoomDevicesRequest`](super::ListRoomDevicesRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ListRoomDevicesRequestBuilder<
        P0 = missing::list_room_devices_request::operator_id,
        P1 = missing::list_room_devices_request::operator_id_type,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) page: ::std::option::Option<i64>,
        pub(crate) page_size: ::std::option::Option<i64>,
        pub(crate) meeting_room_name: ::std::option::Option<::std::string::String>,
    }
    impl<P0, P1> ::std::fmt::Debug for ListRoomDevicesRequestBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ListRoomDevicesRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > ListRoomDevicesRequestBuilder<
        missing::list_room_devices_request::operator_id,
        P1,
    > {
        /// Sets [`operator_id`](super::ListRoomDevicesRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> ListRoomDevicesRequestBuilder<::std::string::String, P1> {
            ListRoomDevicesRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                page: self.page,
                page_size: self.page_size,
                meeting_room_name: self.meeting_room_name,
            }
        }
    }
    impl<
        P0,
    > ListRoomDevicesRequestBuilder<
        P0,
        missing::list_room_devices_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::ListRoomDevicesRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> ListRoomDevicesRequestBuilder<P0, crate::OperatorIdType> {
            ListRoomDevicesRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                page: self.page,
                page_size: self.page_size,
                meeting_room_name: self.meeting_room_name,
            }
        }
    }
    impl<P0, P1> ListRoomDevicesRequestBuilder<P0, P1> {
        /// Sets [`page`](super::ListRoomDevicesRequest::page).
        ///
        /// Optional.
        pub fn page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.page = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`page_size`](super::ListRoomDevicesRequest::page_size).
        ///
        /// Optional.
        pub fn page_size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.page_size = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_room_name`](super::ListRoomDevicesRequest::meeting_room_name).
        ///
        /// Optional.
        pub fn meeting_room_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_room_name = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1> ListRoomDevicesRequestBuilder<P0, P1> {
        /// The [`ListRoomDevicesRequest`](super::ListRoomDevicesRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `ListRoomDevicesRequest` is not set").
        pub fn build(self) -> super::ListRoomDevicesRequest
        where
            P0: missing::list_room_devices_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::list_room_devices_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::ListRoomDevicesRequest {
                operator_id: missing::list_room_devices_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::list_room_devices_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                page: self.page,
                page_size: self.page_size,
                meeting_room_name: self.meeting_room_name,
            }
        }
    }
    /// Builds a [`ListRoomDevicesResponse`](super::ListRoomDevicesResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ListRoomDevicesResponseBuilder {
        pub(crate) total_count: ::std::option::Option<i64>,
        pub(crate) current_size: ::std::option::Option<i64>,
        pub(crate) current_page: ::std::option::Option<i64>,
        pub(crate) total_page: ::std::option::Option<i64>,
        pub(crate) device_info_list: ::std::option::Option<::std::vec::Vec<RoomDevice>>,
    }
    impl ::std::fmt::Debug for ListRoomDevicesResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ListRoomDevicesResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl ListRoomDevicesResponseBuilder {
        /// Sets [`total_count`](super::ListRoomDevicesResponse::total_count).
        ///
        /// Optional.
        pub fn total_count(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.total_count = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`current_size`](super::ListRoomDevicesResponse::current_size).
        ///
        /// Optional.
        pub fn current_size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.current_size = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`current_page`](super::ListRoomDevicesResponse::current_page).
        ///
        /// Optional.
        pub fn current_page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.current_page = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`total_page`](super::ListRoomDevicesResponse::total_page).
        ///
        /// Optional.
        pub fn total_page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.total_page = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`device_info_list`](super::ListRoomDevicesResponse::device_info_list).
        ///
        /// Optional.
        pub fn device_info_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<RoomDevice>,
            >,
        ) -> Self {
            self.device_info_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl ListRoomDevicesResponseBuilder {
        /// The [`ListRoomDevicesResponse`](super::ListRoomDevicesResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::ListRoomDevicesResponse {
            super::ListRoomDevicesResponse {
                total_count: self.total_count,
                current_size: self.current_size,
                current_page: self.current_page,
                total_page: self.total_page,
                device_info_list: self.device_info_list,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`ListRoomMeetingsPath`](super::ListRoomMeetingsPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ListRoomMeetingsPathBuilder<
        P0 = missing::list_room_meetings_path::operator_id,
    > {
        pub(crate) operator_id: P0,
    }
    impl<P0> ::std::fmt::Debug for ListRoomMeetingsPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ListRoomMeetingsPathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl ListRoomMeetingsPathBuilder<missing::list_room_meetings_path::operator_id> {
        /// Sets [`operator_id`](super::ListRoomMeetingsPath::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> ListRoomMeetingsPathBuilder<::std::string::String> {
            ListRoomMeetingsPathBuilder {
                operator_id: value.into(),
            }
        }
    }
    impl<P0> ListRoomMeetingsPathBuilder<P0> {
        /// The [`ListRoomMeetingsPath`](super::ListRoomMeetingsPath).
        ///
        /// Compiles once the required field `operator_id` is set: a missing one is a compile error naming it ("the required field ... of `ListRoomMeetingsPath` is not set").
        pub fn build(self) -> super::ListRoomMeetingsPath
        where
            P0: missing::list_room_meetings_path::OperatorIdIsSet<::std::string::String>,
        {
            super::ListRoomMeetingsPath {
                operator_id: missing::list_room_meetings_path::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
            }
        }
    }
    /// Builds a [`ListRoomMeetingsRequest`](super::ListRoomMeetingsRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ListRoomMeetingsRequestBuilder<
        P0 = missing::list_room_meetings_request::operator_id_type,
        P1 = missing::list_room_meetings_request::instanceid,
    > {
        pub(crate) operator_id_type: P0,
        pub(crate) target_rooms_id: ::std::option::Option<i64>,
        pub(crate) target_rooms_id_type: ::std::option::Option<crate::TargetRoomsIdType>,
        pub(crate) instanceid: P1,
        pub(crate) start_time: ::std::option::Option<crate::UnixSeconds>,
        pub(crate) end_time: ::std::option::Option<crate::UnixSeconds>,
        pub(crate) page: ::std::option::Option<i64>,
        pub(crate) page_size: ::std::option::Option<i64>,
    }
    impl<P0, P1> ::std::fmt::Debug for ListRoomMeetingsRequestBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ListRoomMeetingsRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > ListRoomMeetingsRequestBuilder<
        missing::list_room_meetings_request::operator_id_type,
        P1,
    > {
        /// Sets [`operator_id_type`](super::ListRoomMeetingsRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> ListRoomMeetingsRequestBuilder<crate::OperatorIdType, P1> {
            ListRoomMeetingsRequestBuilder {
                operator_id_type: value.into(),
                target_rooms_id: self.target_rooms_id,
                target_rooms_id_type: self.target_rooms_id_type,
                instanceid: self.instanceid,
                start_time: self.start_time,
                end_time: self.end_time,
                page: self.page,
                page_size: self.page_size,
            }
        }
    }
    impl<
        P0,
    > ListRoomMeetingsRequestBuilder<
        P0,
        missing::list_room_meetings_request::instanceid,
    > {
        /// Sets [`instanceid`](super::ListRoomMeetingsRequest::instanceid).
        ///
        /// Required.
        pub fn instanceid(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> ListRoomMeetingsRequestBuilder<P0, crate::InstanceId> {
            ListRoomMeetingsRequestBuilder {
                operator_id_type: self.operator_id_type,
                target_rooms_id: self.target_rooms_id,
                target_rooms_id_type: self.target_rooms_id_type,
                instanceid: value.into(),
                start_time: self.start_time,
                end_time: self.end_time,
                page: self.page,
                page_size: self.page_size,
            }
        }
    }
    impl<P0, P1> ListRoomMeetingsRequestBuilder<P0, P1> {
        /// Sets [`target_rooms_id`](super::ListRoomMeetingsRequest::target_rooms_id).
        ///
        /// Optional.
        pub fn target_rooms_id(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.target_rooms_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`target_rooms_id_type`](super::ListRoomMeetingsRequest::target_rooms_id_type).
        ///
        /// Optional.
        pub fn target_rooms_id_type(
            mut self,
            value: impl ::std::convert::Into<crate::TargetRoomsIdType>,
        ) -> Self {
            self.target_rooms_id_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`start_time`](super::ListRoomMeetingsRequest::start_time).
        ///
        /// Optional.
        pub fn start_time(
            mut self,
            value: impl ::std::convert::Into<crate::UnixSeconds>,
        ) -> Self {
            self.start_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`end_time`](super::ListRoomMeetingsRequest::end_time).
        ///
        /// Optional.
        pub fn end_time(
            mut self,
            value: impl ::std::convert::Into<crate::UnixSeconds>,
        ) -> Self {
            self.end_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`page`](super::ListRoomMeetingsRequest::page).
        ///
        /// Optional.
        pub fn page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.page = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`page_size`](super::ListRoomMeetingsRequest::page_size).
        ///
        /// Optional.
        pub fn page_size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.page_size = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1> ListRoomMeetingsRequestBuilder<P0, P1> {
        /// The [`ListRoomMeetingsRequest`](super::ListRoomMeetingsRequest).
        ///
        /// Compiles once the required fields `operator_id_type`, `instanceid` are set: a missing one is a compile error naming it ("the required field ... of `ListRoomMeetingsRequest` is not set").
        pub fn build(self) -> super::ListRoomMeetingsRequest
        where
            P0: missing::list_room_meetings_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P1: missing::list_room_meetings_request::InstanceidIsSet<crate::InstanceId>,
        {
            super::ListRoomMeetingsRequest {
                operator_id_type: missing::list_room_meetings_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                target_rooms_id: self.target_rooms_id,
                target_rooms_id_type: self.target_rooms_id_type,
                instanceid: missing::list_room_meetings_request::InstanceidIsSet::into_field(
                    self.instanceid,
                ),
                start_time: self.start_time,
                end_time: self.end_time,
                page: self.page,
                page_size: self.page_size,
            }
        }
    }
    /// Builds a [`ListRoomMeetingsResponse`](super::ListRoomMeetingsResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ListRoomMeetingsResponseBuilder {
        pub(crate) current_page: ::std::option::Option<i64>,
        pub(crate) current_size: ::std::option::Option<i64>,
        pub(crate) total_count: ::std::option::Option<i64>,
        pub(crate) total_page: ::std::option::Option<i64>,
        pub(crate) meeting_info_list: ::std::option::Option<
            ::std::vec::Vec<RoomMeeting>,
        >,
    }
    impl ::std::fmt::Debug for ListRoomMeetingsResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ListRoomMeetingsResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl ListRoomMeetingsResponseBuilder {
        /// Sets [`current_page`](super::ListRoomMeetingsResponse::current_page).
        ///
        /// Optional.
        pub fn current_page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.current_page = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`current_size`](super::ListRoomMeetingsResponse::current_size).
        ///
        /// Optional.
        pub fn current_size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.current_size = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`total_count`](super::ListRoomMeetingsResponse::total_count).
        ///
        /// Optional.
        pub fn total_count(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.total_count = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`total_page`](super::ListRoomMeetingsResponse::total_page).
        ///
        /// Optional.
        pub fn total_page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.total_page = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info_list`](super::ListRoomMeetingsResponse::meeting_info_list).
        ///
        /// Optional.
        pub fn meeting_info_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<RoomMeeting>,
            >,
        ) -> Self {
            self.meeting_info_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl ListRoomMeetingsResponseBuilder {
        /// The [`ListRoomMeetingsResponse`](super::ListRoomMeetingsResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::ListRoomMeetingsResponse {
            super::ListRoomMeetingsResponse {
                current_page: self.current_page,
                current_size: self.current_size,
                total_count: self.total_count,
                total_page: self.total_page,
                meeting_info_list: self.meeting_info_list,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`MeetingRoomAccountInfo`](super::MeetingRoomAccountInfo): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingRoomAccountInfoBuilder {
        pub(crate) account_new_type: ::std::option::Option<
            crate::rooms::RoomAccountNewType,
        >,
        pub(crate) account_type: ::std::option::Option<crate::rooms::RoomAccountType>,
        pub(crate) valid_period: ::std::option::Option<::std::string::String>,
        pub(crate) pro_account_type: ::std::option::Option<i64>,
    }
    impl ::std::fmt::Debug for MeetingRoomAccountInfoBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingRoomAccountInfoBuilder))
                .finish_non_exhaustive()
        }
    }
    impl MeetingRoomAccountInfoBuilder {
        /// Sets [`account_new_type`](super::MeetingRoomAccountInfo::account_new_type).
        ///
        /// Optional.
        pub fn account_new_type(
            mut self,
            value: impl ::std::convert::Into<crate::rooms::RoomAccountNewType>,
        ) -> Self {
            self.account_new_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`account_type`](super::MeetingRoomAccountInfo::account_type).
        ///
        /// Optional.
        pub fn account_type(
            mut self,
            value: impl ::std::convert::Into<crate::rooms::RoomAccountType>,
        ) -> Self {
            self.account_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`valid_period`](super::MeetingRoomAccountInfo::valid_period).
        ///
        /// Optional.
        pub fn valid_period(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.valid_period = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`pro_account_type`](super::MeetingRoomAccountInfo::pro_account_type).
        ///
        /// Optional.
        pub fn pro_account_type(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.pro_account_type = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl MeetingRoomAccountInfoBuilder {
        /// The [`MeetingRoomAccountInfo`](super::MeetingRoomAccountInfo).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingRoomAccountInfo {
            super::MeetingRoomAccountInfo {
                account_new_type: self.account_new_type,
                account_type: self.account_type,
                valid_period: self.valid_period,
                pro_account_type: self.pro_account_type,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`MeetingRoomBasicInfo`](super::MeetingRoomBasicInfo): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingRoomBasicInfoBuilder {
        pub(crate) rooms_id_list: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        pub(crate) meeting_room_name: ::std::option::Option<::std::string::String>,
        pub(crate) city: ::std::option::Option<::std::string::String>,
        pub(crate) building: ::std::option::Option<::std::string::String>,
        pub(crate) floor: ::std::option::Option<::std::string::String>,
        pub(crate) participant_number: ::std::option::Option<i64>,
        pub(crate) device: ::std::option::Option<::std::string::String>,
        pub(crate) desc: ::std::option::Option<::std::string::String>,
        pub(crate) admin_password_enabled: ::std::option::Option<bool>,
        pub(crate) admin_password: ::std::option::Option<::std::string::String>,
        pub(crate) password: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for MeetingRoomBasicInfoBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingRoomBasicInfoBuilder))
                .finish_non_exhaustive()
        }
    }
    impl MeetingRoomBasicInfoBuilder {
        /// Sets [`rooms_id_list`](super::MeetingRoomBasicInfo::rooms_id_list).
        ///
        /// Optional.
        pub fn rooms_id_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<::std::string::String>,
            >,
        ) -> Self {
            self.rooms_id_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`meeting_room_name`](super::MeetingRoomBasicInfo::meeting_room_name).
        ///
        /// Optional.
        pub fn meeting_room_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_room_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`city`](super::MeetingRoomBasicInfo::city).
        ///
        /// Optional.
        pub fn city(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.city = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`building`](super::MeetingRoomBasicInfo::building).
        ///
        /// Optional.
        pub fn building(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.building = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`floor`](super::MeetingRoomBasicInfo::floor).
        ///
        /// Optional.
        pub fn floor(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.floor = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`participant_number`](super::MeetingRoomBasicInfo::participant_number).
        ///
        /// Optional.
        pub fn participant_number(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.participant_number = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`device`](super::MeetingRoomBasicInfo::device).
        ///
        /// Optional.
        pub fn device(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.device = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`desc`](super::MeetingRoomBasicInfo::desc).
        ///
        /// Optional.
        pub fn desc(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.desc = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`admin_password_enabled`](super::MeetingRoomBasicInfo::admin_password_enabled).
        ///
        /// Optional.
        pub fn admin_password_enabled(mut self, value: bool) -> Self {
            self.admin_password_enabled = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`admin_password`](super::MeetingRoomBasicInfo::admin_password).
        ///
        /// Optional.
        pub fn admin_password(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.admin_password = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`password`](super::MeetingRoomBasicInfo::password).
        ///
        /// Optional.
        pub fn password(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.password = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl MeetingRoomBasicInfoBuilder {
        /// The [`MeetingRoomBasicInfo`](super::MeetingRoomBasicInfo).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingRoomBasicInfo {
            super::MeetingRoomBasicInfo {
                rooms_id_list: self.rooms_id_list,
                meeting_room_name: self.meeting_room_name,
                city: self.city,
                building: self.building,
                floor: self.floor,
                participant_number: self.participant_number,
                device: self.device,
                desc: self.desc,
                admin_password_enabled: self.admin_password_enabled,
                admin_password: self.admin_password,
                password: self.password,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`MeetingRoomHardwareInfo`](super::MeetingRoomHardwareInfo): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingRoomHardwareInfoBuilder {
        pub(crate) factory: ::std::option::Option<::std::string::String>,
        pub(crate) device_model: ::std::option::Option<::std::string::String>,
        pub(crate) sn: ::std::option::Option<::std::string::String>,
        pub(crate) ip: ::std::option::Option<::std::string::String>,
        pub(crate) mac: ::std::option::Option<::std::string::String>,
        pub(crate) rooms_version: ::std::option::Option<::std::string::String>,
        pub(crate) firmware_version: ::std::option::Option<::std::string::String>,
        pub(crate) health_status: ::std::option::Option<::std::string::String>,
        pub(crate) system_type: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_room_status: ::std::option::Option<
            crate::rooms::MeetingRoomStatus,
        >,
        pub(crate) active_time: ::std::option::Option<::std::string::String>,
        pub(crate) cpu_info: ::std::option::Option<::std::string::String>,
        pub(crate) cpu_usage: ::std::option::Option<::std::string::String>,
        pub(crate) gpu_info: ::std::option::Option<::std::string::String>,
        pub(crate) net_type: ::std::option::Option<::std::string::String>,
        pub(crate) memory_info: ::std::option::Option<::std::string::String>,
        pub(crate) monitor_frequency: ::std::option::Option<i64>,
        pub(crate) camera_model: ::std::option::Option<::std::string::String>,
        pub(crate) enable_video_mirror: ::std::option::Option<bool>,
        pub(crate) microphone_info: ::std::option::Option<::std::string::String>,
        pub(crate) speaker_info: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for MeetingRoomHardwareInfoBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingRoomHardwareInfoBuilder))
                .finish_non_exhaustive()
        }
    }
    impl MeetingRoomHardwareInfoBuilder {
        /// Sets [`factory`](super::MeetingRoomHardwareInfo::factory).
        ///
        /// Optional.
        pub fn factory(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.factory = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`device_model`](super::MeetingRoomHardwareInfo::device_model).
        ///
        /// Optional.
        pub fn device_model(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.device_model = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`sn`](super::MeetingRoomHardwareInfo::sn).
        ///
        /// Optional.
        pub fn sn(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.sn = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`ip`](super::MeetingRoomHardwareInfo::ip).
        ///
        /// Optional.
        pub fn ip(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.ip = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`mac`](super::MeetingRoomHardwareInfo::mac).
        ///
        /// Optional.
        pub fn mac(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.mac = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`rooms_version`](super::MeetingRoomHardwareInfo::rooms_version).
        ///
        /// Optional.
        pub fn rooms_version(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.rooms_version = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`firmware_version`](super::MeetingRoomHardwareInfo::firmware_version).
        ///
        /// Optional.
        pub fn firmware_version(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.firmware_version = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`health_status`](super::MeetingRoomHardwareInfo::health_status).
        ///
        /// Optional.
        pub fn health_status(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.health_status = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`system_type`](super::MeetingRoomHardwareInfo::system_type).
        ///
        /// Optional.
        pub fn system_type(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.system_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_room_status`](super::MeetingRoomHardwareInfo::meeting_room_status).
        ///
        /// Optional.
        pub fn meeting_room_status(
            mut self,
            value: impl ::std::convert::Into<crate::rooms::MeetingRoomStatus>,
        ) -> Self {
            self.meeting_room_status = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`active_time`](super::MeetingRoomHardwareInfo::active_time).
        ///
        /// Optional.
        pub fn active_time(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.active_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`cpu_info`](super::MeetingRoomHardwareInfo::cpu_info).
        ///
        /// Optional.
        pub fn cpu_info(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.cpu_info = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`cpu_usage`](super::MeetingRoomHardwareInfo::cpu_usage).
        ///
        /// Optional.
        pub fn cpu_usage(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.cpu_usage = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`gpu_info`](super::MeetingRoomHardwareInfo::gpu_info).
        ///
        /// Optional.
        pub fn gpu_info(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.gpu_info = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`net_type`](super::MeetingRoomHardwareInfo::net_type).
        ///
        /// Optional.
        pub fn net_type(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.net_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`memory_info`](super::MeetingRoomHardwareInfo::memory_info).
        ///
        /// Optional.
        pub fn memory_info(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.memory_info = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`monitor_frequency`](super::MeetingRoomHardwareInfo::monitor_frequency).
        ///
        /// Optional.
        pub fn monitor_frequency(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.monitor_frequency = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`camera_model`](super::MeetingRoomHardwareInfo::camera_model).
        ///
        /// Optional.
        pub fn camera_model(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.camera_model = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`enable_video_mirror`](super::MeetingRoomHardwareInfo::enable_video_mirror).
        ///
        /// Optional.
        pub fn enable_video_mirror(mut self, value: bool) -> Self {
            self.enable_video_mirror = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`microphone_info`](super::MeetingRoomHardwareInfo::microphone_info).
        ///
        /// Optional.
        pub fn microphone_info(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.microphone_info = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`speaker_info`](super::MeetingRoomHardwareInfo::speaker_info).
        ///
        /// Optional.
        pub fn speaker_info(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.speaker_info = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl MeetingRoomHardwareInfoBuilder {
        /// The [`MeetingRoomHardwareInfo`](super::MeetingRoomHardwareInfo).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingRoomHardwareInfo {
            super::MeetingRoomHardwareInfo {
                factory: self.factory,
                device_model: self.device_model,
                sn: self.sn,
                ip: self.ip,
                mac: self.mac,
                rooms_version: self.rooms_version,
                firmware_version: self.firmware_version,
                health_status: self.health_status,
                system_type: self.system_type,
                meeting_room_status: self.meeting_room_status,
                active_time: self.active_time,
                cpu_info: self.cpu_info,
                cpu_usage: self.cpu_usage,
                gpu_info: self.gpu_info,
                net_type: self.net_type,
                memory_info: self.memory_info,
                monitor_frequency: self.monitor_frequency,
                camera_model: self.camera_model,
                enable_video_mirror: self.enable_video_mirror,
                microphone_info: self.microphone_info,
                speaker_info: self.speaker_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`MeetingRoomInfoUpdate`](super::MeetingRoomInfoUpdate): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingRoomInfoUpdateBuilder<
        P0 = missing::meeting_room_info_update::meeting_room_name,
        P1 = missing::meeting_room_info_update::meeting_room_type,
    > {
        pub(crate) meeting_room_name: P0,
        pub(crate) meeting_room_type: P1,
        pub(crate) mra_address: ::std::option::Option<::std::string::String>,
        pub(crate) mra_register_account: ::std::option::Option<::std::string::String>,
        pub(crate) city: ::std::option::Option<::std::string::String>,
        pub(crate) building: ::std::option::Option<::std::string::String>,
        pub(crate) floor: ::std::option::Option<::std::string::String>,
        pub(crate) participant_number: ::std::option::Option<i64>,
        pub(crate) device: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        pub(crate) label: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        pub(crate) desc: ::std::option::Option<::std::string::String>,
        pub(crate) admin_password_enabled: ::std::option::Option<bool>,
        pub(crate) admin_password: ::std::option::Option<::std::string::String>,
        pub(crate) password: ::std::option::Option<::std::string::String>,
        pub(crate) use_password: ::std::option::Option<bool>,
    }
    impl<P0, P1> ::std::fmt::Debug for MeetingRoomInfoUpdateBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingRoomInfoUpdateBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > MeetingRoomInfoUpdateBuilder<
        missing::meeting_room_info_update::meeting_room_name,
        P1,
    > {
        /// Sets [`meeting_room_name`](super::MeetingRoomInfoUpdate::meeting_room_name).
        ///
        /// Required.
        pub fn meeting_room_name(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> MeetingRoomInfoUpdateBuilder<::std::string::String, P1> {
            MeetingRoomInfoUpdateBuilder {
                meeting_room_name: value.into(),
                meeting_room_type: self.meeting_room_type,
                mra_address: self.mra_address,
                mra_register_account: self.mra_register_account,
                city: self.city,
                building: self.building,
                floor: self.floor,
                participant_number: self.participant_number,
                device: self.device,
                label: self.label,
                desc: self.desc,
                admin_password_enabled: self.admin_password_enabled,
                admin_password: self.admin_password,
                password: self.password,
                use_password: self.use_password,
            }
        }
    }
    impl<
        P0,
    > MeetingRoomInfoUpdateBuilder<
        P0,
        missing::meeting_room_info_update::meeting_room_type,
    > {
        /// Sets [`meeting_room_type`](super::MeetingRoomInfoUpdate::meeting_room_type).
        ///
        /// Required.
        pub fn meeting_room_type(
            self,
            value: impl ::std::convert::Into<crate::rooms::MeetingRoomType>,
        ) -> MeetingRoomInfoUpdateBuilder<P0, crate::rooms::MeetingRoomType> {
            MeetingRoomInfoUpdateBuilder {
                meeting_room_name: self.meeting_room_name,
                meeting_room_type: value.into(),
                mra_address: self.mra_address,
                mra_register_account: self.mra_register_account,
                city: self.city,
                building: self.building,
                floor: self.floor,
                participant_number: self.participant_number,
                device: self.device,
                label: self.label,
                desc: self.desc,
                admin_password_enabled: self.admin_password_enabled,
                admin_password: self.admin_password,
                password: self.password,
                use_password: self.use_password,
            }
        }
    }
    impl<P0, P1> MeetingRoomInfoUpdateBuilder<P0, P1> {
        /// Sets [`mra_address`](super::MeetingRoomInfoUpdate::mra_address).
        ///
        /// Optional.
        pub fn mra_address(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.mra_address = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`mra_register_account`](super::MeetingRoomInfoUpdate::mra_register_account).
        ///
        /// Optional.
        pub fn mra_register_account(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.mra_register_account = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`city`](super::MeetingRoomInfoUpdate::city).
        ///
        /// Optional.
        pub fn city(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.city = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`building`](super::MeetingRoomInfoUpdate::building).
        ///
        /// Optional.
        pub fn building(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.building = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`floor`](super::MeetingRoomInfoUpdate::floor).
        ///
        /// Optional.
        pub fn floor(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.floor = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`participant_number`](super::MeetingRoomInfoUpdate::participant_number).
        ///
        /// Optional.
        pub fn participant_number(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.participant_number = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`device`](super::MeetingRoomInfoUpdate::device).
        ///
        /// Optional.
        pub fn device(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<::std::string::String>,
            >,
        ) -> Self {
            self.device = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`label`](super::MeetingRoomInfoUpdate::label).
        ///
        /// Optional.
        pub fn label(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<::std::string::String>,
            >,
        ) -> Self {
            self.label = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`desc`](super::MeetingRoomInfoUpdate::desc).
        ///
        /// Optional.
        pub fn desc(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.desc = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`admin_password_enabled`](super::MeetingRoomInfoUpdate::admin_password_enabled).
        ///
        /// Optional.
        pub fn admin_password_enabled(mut self, value: bool) -> Self {
            self.admin_password_enabled = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`admin_password`](super::MeetingRoomInfoUpdate::admin_password).
        ///
        /// Optional.
        pub fn admin_password(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.admin_password = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`password`](super::MeetingRoomInfoUpdate::password).
        ///
        /// Optional.
        pub fn password(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.password = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`use_password`](super::MeetingRoomInfoUpdate::use_password).
        ///
        /// Optional.
        pub fn use_password(mut self, value: bool) -> Self {
            self.use_password = ::std::option::Option::Some(value);
            self
        }
    }
    impl<P0, P1> MeetingRoomInfoUpdateBuilder<P0, P1> {
        /// The [`MeetingRoomInfoUpdate`](super::MeetingRoomInfoUpdate).
        ///
        /// Compiles once the required fields `meeting_room_name`, `meeting_room_type` are set: a missing one is a compile error naming it ("the required field ... of `MeetingRoomInfoUpdate` is not set").
        pub fn build(self) -> super::MeetingRoomInfoUpdate
        where
            P0: missing::meeting_room_info_update::MeetingRoomNameIsSet<
                ::std::string::String,
            >,
            P1: missing::meeting_room_info_update::MeetingRoomTypeIsSet<
                crate::rooms::MeetingRoomType,
            >,
        {
            super::MeetingRoomInfoUpdate {
                meeting_room_name: missing::meeting_room_info_update::MeetingRoomNameIsSet::into_field(
                    self.meeting_room_name,
                ),
                meeting_room_type: missing::meeting_room_info_update::MeetingRoomTypeIsSet::into_field(
                    self.meeting_room_type,
                ),
                mra_address: self.mra_address,
                mra_register_account: self.mra_register_account,
                city: self.city,
                building: self.building,
                floor: self.floor,
                participant_number: self.participant_number,
                device: self.device,
                label: self.label,
                desc: self.desc,
                admin_password_enabled: self.admin_password_enabled,
                admin_password: self.admin_password,
                password: self.password,
                use_password: self.use_password,
            }
        }
    }
    /// Builds a [`MeetingRoomPmiInfo`](super::MeetingRoomPmiInfo): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingRoomPmiInfoBuilder {
        pub(crate) pmi_code: ::std::option::Option<::std::string::String>,
        pub(crate) pmi_pwd: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for MeetingRoomPmiInfoBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingRoomPmiInfoBuilder)).finish_non_exhaustive()
        }
    }
    impl MeetingRoomPmiInfoBuilder {
        /// Sets [`pmi_code`](super::MeetingRoomPmiInfo::pmi_code).
        ///
        /// Optional.
        pub fn pmi_code(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.pmi_code = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`pmi_pwd`](super::MeetingRoomPmiInfo::pmi_pwd).
        ///
        /// Optional.
        pub fn pmi_pwd(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.pmi_pwd = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl MeetingRoomPmiInfoBuilder {
        /// The [`MeetingRoomPmiInfo`](super::MeetingRoomPmiInfo).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingRoomPmiInfo {
            super::MeetingRoomPmiInfo {
                pmi_code: self.pmi_code,
                pmi_pwd: self.pmi_pwd,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`MeetingRoomSummary`](super::MeetingRoomSummary): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingRoomSummaryBuilder {
        pub(crate) meeting_room_id: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_room_name: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_room_location: ::std::option::Option<::std::string::String>,
        pub(crate) account_new_type: ::std::option::Option<
            crate::rooms::RoomAccountNewType,
        >,
        pub(crate) account_type: ::std::option::Option<crate::rooms::RoomAccountType>,
        pub(crate) active_code: ::std::option::Option<::std::string::String>,
        pub(crate) participant_number: ::std::option::Option<i64>,
        pub(crate) meeting_room_status: ::std::option::Option<
            crate::rooms::MeetingRoomStatus,
        >,
        pub(crate) scheduled_status: ::std::option::Option<
            crate::rooms::RoomScheduledStatus,
        >,
        pub(crate) is_allow_call: ::std::option::Option<bool>,
    }
    impl ::std::fmt::Debug for MeetingRoomSummaryBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingRoomSummaryBuilder)).finish_non_exhaustive()
        }
    }
    impl MeetingRoomSummaryBuilder {
        /// Sets [`meeting_room_id`](super::MeetingRoomSummary::meeting_room_id).
        ///
        /// Optional.
        pub fn meeting_room_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_room_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_room_name`](super::MeetingRoomSummary::meeting_room_name).
        ///
        /// Optional.
        pub fn meeting_room_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_room_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_room_location`](super::MeetingRoomSummary::meeting_room_location).
        ///
        /// Optional.
        pub fn meeting_room_location(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_room_location = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`account_new_type`](super::MeetingRoomSummary::account_new_type).
        ///
        /// Optional.
        pub fn account_new_type(
            mut self,
            value: impl ::std::convert::Into<crate::rooms::RoomAccountNewType>,
        ) -> Self {
            self.account_new_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`account_type`](super::MeetingRoomSummary::account_type).
        ///
        /// Optional.
        pub fn account_type(
            mut self,
            value: impl ::std::convert::Into<crate::rooms::RoomAccountType>,
        ) -> Self {
            self.account_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`active_code`](super::MeetingRoomSummary::active_code).
        ///
        /// Optional.
        pub fn active_code(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.active_code = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`participant_number`](super::MeetingRoomSummary::participant_number).
        ///
        /// Optional.
        pub fn participant_number(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.participant_number = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_room_status`](super::MeetingRoomSummary::meeting_room_status).
        ///
        /// Optional.
        pub fn meeting_room_status(
            mut self,
            value: impl ::std::convert::Into<crate::rooms::MeetingRoomStatus>,
        ) -> Self {
            self.meeting_room_status = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`scheduled_status`](super::MeetingRoomSummary::scheduled_status).
        ///
        /// Optional.
        pub fn scheduled_status(
            mut self,
            value: impl ::std::convert::Into<crate::rooms::RoomScheduledStatus>,
        ) -> Self {
            self.scheduled_status = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`is_allow_call`](super::MeetingRoomSummary::is_allow_call).
        ///
        /// Optional.
        pub fn is_allow_call(mut self, value: bool) -> Self {
            self.is_allow_call = ::std::option::Option::Some(value);
            self
        }
    }
    impl MeetingRoomSummaryBuilder {
        /// The [`MeetingRoomSummary`](super::MeetingRoomSummary).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingRoomSummary {
            super::MeetingRoomSummary {
                meeting_room_id: self.meeting_room_id,
                meeting_room_name: self.meeting_room_name,
                meeting_room_location: self.meeting_room_location,
                account_new_type: self.account_new_type,
                account_type: self.account_type,
                active_code: self.active_code,
                participant_number: self.participant_number,
                meeting_room_status: self.meeting_room_status,
                scheduled_status: self.scheduled_status,
                is_allow_call: self.is_allow_call,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`MraAddress`](super::MraAddress): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MraAddressBuilder<
        P0 = missing::mra_address::protocol,
        P1 = missing::mra_address::dial_string,
    > {
        pub(crate) protocol: P0,
        pub(crate) dial_string: P1,
    }
    impl<P0, P1> ::std::fmt::Debug for MraAddressBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MraAddressBuilder)).finish_non_exhaustive()
        }
    }
    impl<P1> MraAddressBuilder<missing::mra_address::protocol, P1> {
        /// Sets [`protocol`](super::MraAddress::protocol).
        ///
        /// Required.
        pub fn protocol(
            self,
            value: impl ::std::convert::Into<crate::MraProtocol>,
        ) -> MraAddressBuilder<crate::MraProtocol, P1> {
            MraAddressBuilder {
                protocol: value.into(),
                dial_string: self.dial_string,
            }
        }
    }
    impl<P0> MraAddressBuilder<P0, missing::mra_address::dial_string> {
        /// Sets [`dial_string`](super::MraAddress::dial_string).
        ///
        /// Required.
        pub fn dial_string(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> MraAddressBuilder<P0, ::std::string::String> {
            MraAddressBuilder {
                protocol: self.protocol,
                dial_string: value.into(),
            }
        }
    }
    impl<P0, P1> MraAddressBuilder<P0, P1> {
        /// The [`MraAddress`](super::MraAddress).
        ///
        /// Compiles once the required fields `protocol`, `dial_string` are set: a missing one is a compile error naming it ("the required field ... of `MraAddress` is not set").
        pub fn build(self) -> super::MraAddress
        where
            P0: missing::mra_address::ProtocolIsSet<crate::MraProtocol>,
            P1: missing::mra_address::DialStringIsSet<::std::string::String>,
        {
            super::MraAddress {
                protocol: missing::mra_address::ProtocolIsSet::into_field(self.protocol),
                dial_string: missing::mra_address::DialStringIsSet::into_field(
                    self.dial_string,
                ),
            }
        }
    }
    /// Builds a [`ReleaseRoomsPath`](super::ReleaseRoomsPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ReleaseRoomsPathBuilder<P0 = missing::release_rooms_path::meeting_id> {
        pub(crate) meeting_id: P0,
    }
    impl<P0> ::std::fmt::Debug for ReleaseRoomsPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ReleaseRoomsPathBuilder)).finish_non_exhaustive()
        }
    }
    impl ReleaseRoomsPathBuilder<missing::release_rooms_path::meeting_id> {
        /// Sets [`meeting_id`](super::ReleaseRoomsPath::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> ReleaseRoomsPathBuilder<::std::string::String> {
            ReleaseRoomsPathBuilder {
                meeting_id: value.into(),
            }
        }
    }
    impl<P0> ReleaseRoomsPathBuilder<P0> {
        /// The [`ReleaseRoomsPath`](super::ReleaseRoomsPath).
        ///
        /// Compiles once the required field `meeting_id` is set: a missing one is a compile error naming it ("the required field ... of `ReleaseRoomsPath` is not set").
        pub fn build(self) -> super::ReleaseRoomsPath
        where
            P0: missing::release_rooms_path::MeetingIdIsSet<::std::string::String>,
        {
            super::ReleaseRoomsPath {
                meeting_id: missing::release_rooms_path::MeetingIdIsSet::into_field(
                    self.meeting_id,
                ),
            }
        }
    }
    /// Builds a [`ReleaseRoomsRequest`](super::ReleaseRoomsRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ReleaseRoomsRequestBuilder<
        P0 = missing::release_rooms_request::meeting_room_id_list,
        P1 = missing::release_rooms_request::operator_id,
        P2 = missing::release_rooms_request::operator_id_type,
    > {
        pub(crate) meeting_room_id_list: P0,
        pub(crate) operator_id: P1,
        pub(crate) operator_id_type: P2,
    }
    impl<P0, P1, P2> ::std::fmt::Debug for ReleaseRoomsRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ReleaseRoomsRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > ReleaseRoomsRequestBuilder<
        missing::release_rooms_request::meeting_room_id_list,
        P1,
        P2,
    > {
        /// Sets [`meeting_room_id_list`](super::ReleaseRoomsRequest::meeting_room_id_list).
        ///
        /// Required.
        pub fn meeting_room_id_list(
            self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<::std::string::String>,
            >,
        ) -> ReleaseRoomsRequestBuilder<::std::vec::Vec<::std::string::String>, P1, P2> {
            ReleaseRoomsRequestBuilder {
                meeting_room_id_list: value
                    .into_iter()
                    .map(::std::convert::Into::into)
                    .collect(),
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
        P2,
    > ReleaseRoomsRequestBuilder<P0, missing::release_rooms_request::operator_id, P2> {
        /// Sets [`operator_id`](super::ReleaseRoomsRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> ReleaseRoomsRequestBuilder<P0, ::std::string::String, P2> {
            ReleaseRoomsRequestBuilder {
                meeting_room_id_list: self.meeting_room_id_list,
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
        P1,
    > ReleaseRoomsRequestBuilder<
        P0,
        P1,
        missing::release_rooms_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::ReleaseRoomsRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> ReleaseRoomsRequestBuilder<P0, P1, crate::OperatorIdType> {
            ReleaseRoomsRequestBuilder {
                meeting_room_id_list: self.meeting_room_id_list,
                operator_id: self.operator_id,
                operator_id_type: value.into(),
            }
        }
    }
    impl<P0, P1, P2> ReleaseRoomsRequestBuilder<P0, P1, P2> {
        /// The [`ReleaseRoomsRequest`](super::ReleaseRoomsRequest).
        ///
        /// Compiles once the required fields `meeting_room_id_list`, `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `ReleaseRoomsRequest` is not set").
        pub fn build(self) -> super::ReleaseRoomsRequest
        where
            P0: missing::release_rooms_request::MeetingRoomIdListIsSet<
                ::std::vec::Vec<::std::string::String>,
            >,
            P1: missing::release_rooms_request::OperatorIdIsSet<::std::string::String>,
            P2: missing::release_rooms_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::ReleaseRoomsRequest {
                meeting_room_id_list: missing::release_rooms_request::MeetingRoomIdListIsSet::into_field(
                    self.meeting_room_id_list,
                ),
                operator_id: missing::release_rooms_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::release_rooms_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
            }
        }
    }
    /// Builds a [`RoomController`](super::RoomController): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RoomControllerBuilder {
        pub(crate) rooms_id: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_room_name: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_room_location: ::std::option::Option<::std::string::String>,
        pub(crate) controller_name: ::std::option::Option<::std::string::String>,
        pub(crate) manufacture_name: ::std::option::Option<::std::string::String>,
        pub(crate) controller_model: ::std::option::Option<::std::string::String>,
        pub(crate) app_version: ::std::option::Option<::std::string::String>,
        pub(crate) status: ::std::option::Option<crate::rooms::RoomControllerStatus>,
        pub(crate) framework_version: ::std::option::Option<::std::string::String>,
        pub(crate) ip_address: ::std::option::Option<::std::string::String>,
        pub(crate) mac_address: ::std::option::Option<::std::string::String>,
        pub(crate) cpu_type: ::std::option::Option<::std::string::String>,
        pub(crate) cpu_usage: ::std::option::Option<::std::string::String>,
        pub(crate) network_type: ::std::option::Option<::std::string::String>,
        pub(crate) mem_usage: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for RoomControllerBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RoomControllerBuilder)).finish_non_exhaustive()
        }
    }
    impl RoomControllerBuilder {
        /// Sets [`rooms_id`](super::RoomController::rooms_id).
        ///
        /// Optional.
        pub fn rooms_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.rooms_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_room_name`](super::RoomController::meeting_room_name).
        ///
        /// Optional.
        pub fn meeting_room_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_room_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_room_location`](super::RoomController::meeting_room_location).
        ///
        /// Optional.
        pub fn meeting_room_location(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_room_location = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`controller_name`](super::RoomController::controller_name).
        ///
        /// Optional.
        pub fn controller_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.controller_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`manufacture_name`](super::RoomController::manufacture_name).
        ///
        /// Optional.
        pub fn manufacture_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.manufacture_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`controller_model`](super::RoomController::controller_model).
        ///
        /// Optional.
        pub fn controller_model(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.controller_model = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`app_version`](super::RoomController::app_version).
        ///
        /// Optional.
        pub fn app_version(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.app_version = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`status`](super::RoomController::status).
        ///
        /// Optional.
        pub fn status(
            mut self,
            value: impl ::std::convert::Into<crate::rooms::RoomControllerStatus>,
        ) -> Self {
            self.status = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`framework_version`](super::RoomController::framework_version).
        ///
        /// Optional.
        pub fn framework_version(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.framework_version = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`ip_address`](super::RoomController::ip_address).
        ///
        /// Optional.
        pub fn ip_address(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.ip_address = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`mac_address`](super::RoomController::mac_address).
        ///
        /// Optional.
        pub fn mac_address(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.mac_address = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`cpu_type`](super::RoomController::cpu_type).
        ///
        /// Optional.
        pub fn cpu_type(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.cpu_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`cpu_usage`](super::RoomController::cpu_usage).
        ///
        /// Optional.
        pub fn cpu_usage(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.cpu_usage = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`network_type`](super::RoomController::network_type).
        ///
        /// Optional.
        pub fn network_type(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.network_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`mem_usage`](super::RoomController::mem_usage).
        ///
        /// Optional.
        pub fn mem_usage(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.mem_usage = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl RoomControllerBuilder {
        /// The [`RoomController`](super::RoomController).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RoomController {
            super::RoomController {
                rooms_id: self.rooms_id,
                meeting_room_name: self.meeting_room_name,
                meeting_room_location: self.meeting_room_location,
                controller_name: self.controller_name,
                manufacture_name: self.manufacture_name,
                controller_model: self.controller_model,
                app_version: self.app_version,
                status: self.status,
                framework_version: self.framework_version,
                ip_address: self.ip_address,
                mac_address: self.mac_address,
                cpu_type: self.cpu_type,
                cpu_usage: self.cpu_usage,
                network_type: self.network_type,
                mem_usage: self.mem_usage,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RoomDevice`](super::RoomDevice): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RoomDeviceBuilder {
        pub(crate) meeting_room_id: ::std::option::Option<::std::string::String>,
        pub(crate) rooms_id: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_room_name: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_room_location: ::std::option::Option<::std::string::String>,
        pub(crate) device_model: ::std::option::Option<::std::string::String>,
        pub(crate) app_version: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_room_status: ::std::option::Option<
            crate::rooms::MeetingRoomStatus,
        >,
        pub(crate) device_monitor_info: ::std::option::Option<RoomDeviceMonitorInfo>,
    }
    impl ::std::fmt::Debug for RoomDeviceBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RoomDeviceBuilder)).finish_non_exhaustive()
        }
    }
    impl RoomDeviceBuilder {
        /// Sets [`meeting_room_id`](super::RoomDevice::meeting_room_id).
        ///
        /// Optional.
        pub fn meeting_room_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_room_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`rooms_id`](super::RoomDevice::rooms_id).
        ///
        /// Optional.
        pub fn rooms_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.rooms_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_room_name`](super::RoomDevice::meeting_room_name).
        ///
        /// Optional.
        pub fn meeting_room_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_room_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_room_location`](super::RoomDevice::meeting_room_location).
        ///
        /// Optional.
        pub fn meeting_room_location(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_room_location = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`device_model`](super::RoomDevice::device_model).
        ///
        /// Optional.
        pub fn device_model(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.device_model = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`app_version`](super::RoomDevice::app_version).
        ///
        /// Optional.
        pub fn app_version(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.app_version = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_room_status`](super::RoomDevice::meeting_room_status).
        ///
        /// Optional.
        pub fn meeting_room_status(
            mut self,
            value: impl ::std::convert::Into<crate::rooms::MeetingRoomStatus>,
        ) -> Self {
            self.meeting_room_status = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`device_monitor_info`](super::RoomDevice::device_monitor_info).
        ///
        /// Optional.
        pub fn device_monitor_info(
            mut self,
            value: impl ::std::convert::Into<RoomDeviceMonitorInfo>,
        ) -> Self {
            self.device_monitor_info = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl RoomDeviceBuilder {
        /// The [`RoomDevice`](super::RoomDevice).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RoomDevice {
            super::RoomDevice {
                meeting_room_id: self.meeting_room_id,
                rooms_id: self.rooms_id,
                meeting_room_name: self.meeting_room_name,
                meeting_room_location: self.meeting_room_location,
                device_model: self.device_model,
                app_version: self.app_version,
                meeting_room_status: self.meeting_room_status,
                device_monitor_info: self.device_monitor_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RoomDeviceMonitorInfo`](super::RoomDeviceMonitorInfo): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RoomDeviceMonitorInfoBuilder {
        pub(crate) camera_status: ::std::option::Option<bool>,
        pub(crate) microphone_status: ::std::option::Option<bool>,
        pub(crate) speaker_status: ::std::option::Option<bool>,
    }
    impl ::std::fmt::Debug for RoomDeviceMonitorInfoBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RoomDeviceMonitorInfoBuilder))
                .finish_non_exhaustive()
        }
    }
    impl RoomDeviceMonitorInfoBuilder {
        /// Sets [`camera_status`](super::RoomDeviceMonitorInfo::camera_status).
        ///
        /// Optional.
        pub fn camera_status(mut self, value: bool) -> Self {
            self.camera_status = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`microphone_status`](super::RoomDeviceMonitorInfo::microphone_status).
        ///
        /// Optional.
        pub fn microphone_status(mut self, value: bool) -> Self {
            self.microphone_status = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`speaker_status`](super::RoomDeviceMonitorInfo::speaker_status).
        ///
        /// Optional.
        pub fn speaker_status(mut self, value: bool) -> Self {
            self.speaker_status = ::std::option::Option::Some(value);
            self
        }
    }
    impl RoomDeviceMonitorInfoBuilder {
        /// The [`RoomDeviceMonitorInfo`](super::RoomDeviceMonitorInfo).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RoomDeviceMonitorInfo {
            super::RoomDeviceMonitorInfo {
                camera_status: self.camera_status,
                microphone_status: self.microphone_status,
                speaker_status: self.speaker_status,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RoomMeeting`](super::RoomMeeting): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RoomMeetingBuilder {
        pub(crate) meeting_id: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_code: ::std::option::Option<::std::string::String>,
        pub(crate) subject: ::std::option::Option<::std::string::String>,
        pub(crate) status: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_type: ::std::option::Option<i64>,
        pub(crate) start_time: ::std::option::Option<i64>,
        pub(crate) end_time: ::std::option::Option<i64>,
    }
    impl ::std::fmt::Debug for RoomMeetingBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RoomMeetingBuilder)).finish_non_exhaustive()
        }
    }
    impl RoomMeetingBuilder {
        /// Sets [`meeting_id`](super::RoomMeeting::meeting_id).
        ///
        /// Optional.
        pub fn meeting_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_code`](super::RoomMeeting::meeting_code).
        ///
        /// Optional.
        pub fn meeting_code(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_code = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`subject`](super::RoomMeeting::subject).
        ///
        /// Optional.
        pub fn subject(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.subject = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`status`](super::RoomMeeting::status).
        ///
        /// Optional.
        pub fn status(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.status = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_type`](super::RoomMeeting::meeting_type).
        ///
        /// Optional.
        pub fn meeting_type(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.meeting_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`start_time`](super::RoomMeeting::start_time).
        ///
        /// Optional.
        pub fn start_time(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.start_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`end_time`](super::RoomMeeting::end_time).
        ///
        /// Optional.
        pub fn end_time(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.end_time = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl RoomMeetingBuilder {
        /// The [`RoomMeeting`](super::RoomMeeting).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RoomMeeting {
            super::RoomMeeting {
                meeting_id: self.meeting_id,
                meeting_code: self.meeting_code,
                subject: self.subject,
                status: self.status,
                meeting_type: self.meeting_type,
                start_time: self.start_time,
                end_time: self.end_time,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RoomMeetingSettings`](super::RoomMeetingSettings): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RoomMeetingSettingsBuilder {
        pub(crate) water_mark: ::std::option::Option<crate::rooms::RoomWatermark>,
        pub(crate) auto_response: ::std::option::Option<crate::rooms::RoomAutoResponse>,
        pub(crate) caption: ::std::option::Option<bool>,
        pub(crate) room_pmi: ::std::option::Option<bool>,
        pub(crate) room_pmi_settings: ::std::option::Option<RoomPmiSettings>,
        pub(crate) room_notification: ::std::option::Option<bool>,
    }
    impl ::std::fmt::Debug for RoomMeetingSettingsBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RoomMeetingSettingsBuilder))
                .finish_non_exhaustive()
        }
    }
    impl RoomMeetingSettingsBuilder {
        /// Sets [`water_mark`](super::RoomMeetingSettings::water_mark).
        ///
        /// Optional.
        pub fn water_mark(
            mut self,
            value: impl ::std::convert::Into<crate::rooms::RoomWatermark>,
        ) -> Self {
            self.water_mark = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`auto_response`](super::RoomMeetingSettings::auto_response).
        ///
        /// Optional.
        pub fn auto_response(
            mut self,
            value: impl ::std::convert::Into<crate::rooms::RoomAutoResponse>,
        ) -> Self {
            self.auto_response = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`caption`](super::RoomMeetingSettings::caption).
        ///
        /// Optional.
        pub fn caption(mut self, value: bool) -> Self {
            self.caption = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`room_pmi`](super::RoomMeetingSettings::room_pmi).
        ///
        /// Optional.
        pub fn room_pmi(mut self, value: bool) -> Self {
            self.room_pmi = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`room_pmi_settings`](super::RoomMeetingSettings::room_pmi_settings).
        ///
        /// Optional.
        pub fn room_pmi_settings(
            mut self,
            value: impl ::std::convert::Into<RoomPmiSettings>,
        ) -> Self {
            self.room_pmi_settings = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`room_notification`](super::RoomMeetingSettings::room_notification).
        ///
        /// Optional.
        pub fn room_notification(mut self, value: bool) -> Self {
            self.room_notification = ::std::option::Option::Some(value);
            self
        }
    }
    impl RoomMeetingSettingsBuilder {
        /// The [`RoomMeetingSettings`](super::RoomMeetingSettings).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RoomMeetingSettings {
            super::RoomMeetingSettings {
                water_mark: self.water_mark,
                auto_response: self.auto_response,
                caption: self.caption,
                room_pmi: self.room_pmi,
                room_pmi_settings: self.room_pmi_settings,
                room_notification: self.room_notification,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RoomMeetingSettingsUpdate`](super::RoomMeetingSettingsUpdate): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RoomMeetingSettingsUpdateBuilder {
        pub(crate) water_mark: ::std::option::Option<crate::rooms::RoomWatermark>,
        pub(crate) auto_response: ::std::option::Option<crate::rooms::RoomAutoResponse>,
        pub(crate) caption: ::std::option::Option<bool>,
        pub(crate) room_pmi: ::std::option::Option<bool>,
        pub(crate) room_pmi_settings: ::std::option::Option<RoomPmiSettingsUpdate>,
        pub(crate) room_notification: ::std::option::Option<bool>,
    }
    impl ::std::fmt::Debug for RoomMeetingSettingsUpdateBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RoomMeetingSettingsUpdateBuilder))
                .finish_non_exhaustive()
        }
    }
    impl RoomMeetingSettingsUpdateBuilder {
        /// Sets [`water_mark`](super::RoomMeetingSettingsUpdate::water_mark).
        ///
        /// Optional.
        pub fn water_mark(
            mut self,
            value: impl ::std::convert::Into<crate::rooms::RoomWatermark>,
        ) -> Self {
            self.water_mark = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`auto_response`](super::RoomMeetingSettingsUpdate::auto_response).
        ///
        /// Optional.
        pub fn auto_response(
            mut self,
            value: impl ::std::convert::Into<crate::rooms::RoomAutoResponse>,
        ) -> Self {
            self.auto_response = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`caption`](super::RoomMeetingSettingsUpdate::caption).
        ///
        /// Optional.
        pub fn caption(mut self, value: bool) -> Self {
            self.caption = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`room_pmi`](super::RoomMeetingSettingsUpdate::room_pmi).
        ///
        /// Optional.
        pub fn room_pmi(mut self, value: bool) -> Self {
            self.room_pmi = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`room_pmi_settings`](super::RoomMeetingSettingsUpdate::room_pmi_settings).
        ///
        /// Optional.
        pub fn room_pmi_settings(
            mut self,
            value: impl ::std::convert::Into<RoomPmiSettingsUpdate>,
        ) -> Self {
            self.room_pmi_settings = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`room_notification`](super::RoomMeetingSettingsUpdate::room_notification).
        ///
        /// Optional.
        pub fn room_notification(mut self, value: bool) -> Self {
            self.room_notification = ::std::option::Option::Some(value);
            self
        }
    }
    impl RoomMeetingSettingsUpdateBuilder {
        /// The [`RoomMeetingSettingsUpdate`](super::RoomMeetingSettingsUpdate).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RoomMeetingSettingsUpdate {
            super::RoomMeetingSettingsUpdate {
                water_mark: self.water_mark,
                auto_response: self.auto_response,
                caption: self.caption,
                room_pmi: self.room_pmi,
                room_pmi_settings: self.room_pmi_settings,
                room_notification: self.room_notification,
            }
        }
    }
    /// Builds a [`RoomPmiSettings`](super::RoomPmiSettings): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RoomPmiSettingsBuilder {
        pub(crate) room_pmi_psw: ::std::option::Option<::std::string::String>,
        pub(crate) waiting_room: ::std::option::Option<bool>,
        pub(crate) allow_in_before_host: ::std::option::Option<bool>,
        pub(crate) mute_enable_type_join: ::std::option::Option<crate::MuteOnJoin>,
        pub(crate) hosts: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        pub(crate) only_enterprise_user_allowed: ::std::option::Option<bool>,
    }
    impl ::std::fmt::Debug for RoomPmiSettingsBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RoomPmiSettingsBuilder)).finish_non_exhaustive()
        }
    }
    impl RoomPmiSettingsBuilder {
        /// Sets [`room_pmi_psw`](super::RoomPmiSettings::room_pmi_psw).
        ///
        /// Optional.
        pub fn room_pmi_psw(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.room_pmi_psw = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`waiting_room`](super::RoomPmiSettings::waiting_room).
        ///
        /// Optional.
        pub fn waiting_room(mut self, value: bool) -> Self {
            self.waiting_room = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`allow_in_before_host`](super::RoomPmiSettings::allow_in_before_host).
        ///
        /// Optional.
        pub fn allow_in_before_host(mut self, value: bool) -> Self {
            self.allow_in_before_host = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`mute_enable_type_join`](super::RoomPmiSettings::mute_enable_type_join).
        ///
        /// Optional.
        pub fn mute_enable_type_join(
            mut self,
            value: impl ::std::convert::Into<crate::MuteOnJoin>,
        ) -> Self {
            self.mute_enable_type_join = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`hosts`](super::RoomPmiSettings::hosts).
        ///
        /// Optional.
        pub fn hosts(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<::std::string::String>,
            >,
        ) -> Self {
            self.hosts = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`only_enterprise_user_allowed`](super::RoomPmiSettings::only_enterprise_user_allowed).
        ///
        /// Optional.
        pub fn only_enterprise_user_allowed(mut self, value: bool) -> Self {
            self.only_enterprise_user_allowed = ::std::option::Option::Some(value);
            self
        }
    }
    impl RoomPmiSettingsBuilder {
        /// The [`RoomPmiSettings`](super::RoomPmiSettings).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RoomPmiSettings {
            super::RoomPmiSettings {
                room_pmi_psw: self.room_pmi_psw,
                waiting_room: self.waiting_room,
                allow_in_before_host: self.allow_in_before_host,
                mute_enable_type_join: self.mute_enable_type_join,
                hosts: self.hosts,
                only_enterprise_user_allowed: self.only_enterprise_user_allowed,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RoomPmiSettingsUpdate`](super::RoomPmiSettingsUpdate): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RoomPmiSettingsUpdateBuilder {
        pub(crate) room_pmi_psw: ::std::option::Option<::std::string::String>,
        pub(crate) waiting_room: ::std::option::Option<bool>,
        pub(crate) allow_in_before_host: ::std::option::Option<bool>,
        pub(crate) mute_enable_type_join: ::std::option::Option<crate::MuteOnJoin>,
        pub(crate) hosts: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        pub(crate) only_enterprise_user_allowed: ::std::option::Option<bool>,
    }
    impl ::std::fmt::Debug for RoomPmiSettingsUpdateBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RoomPmiSettingsUpdateBuilder))
                .finish_non_exhaustive()
        }
    }
    impl RoomPmiSettingsUpdateBuilder {
        /// Sets [`room_pmi_psw`](super::RoomPmiSettingsUpdate::room_pmi_psw).
        ///
        /// Optional.
        pub fn room_pmi_psw(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.room_pmi_psw = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`waiting_room`](super::RoomPmiSettingsUpdate::waiting_room).
        ///
        /// Optional.
        pub fn waiting_room(mut self, value: bool) -> Self {
            self.waiting_room = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`allow_in_before_host`](super::RoomPmiSettingsUpdate::allow_in_before_host).
        ///
        /// Optional.
        pub fn allow_in_before_host(mut self, value: bool) -> Self {
            self.allow_in_before_host = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`mute_enable_type_join`](super::RoomPmiSettingsUpdate::mute_enable_type_join).
        ///
        /// Optional.
        pub fn mute_enable_type_join(
            mut self,
            value: impl ::std::convert::Into<crate::MuteOnJoin>,
        ) -> Self {
            self.mute_enable_type_join = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`hosts`](super::RoomPmiSettingsUpdate::hosts).
        ///
        /// Optional.
        pub fn hosts(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<::std::string::String>,
            >,
        ) -> Self {
            self.hosts = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`only_enterprise_user_allowed`](super::RoomPmiSettingsUpdate::only_enterprise_user_allowed).
        ///
        /// Optional.
        pub fn only_enterprise_user_allowed(mut self, value: bool) -> Self {
            self.only_enterprise_user_allowed = ::std::option::Option::Some(value);
            self
        }
    }
    impl RoomPmiSettingsUpdateBuilder {
        /// The [`RoomPmiSettingsUpdate`](super::RoomPmiSettingsUpdate).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RoomPmiSettingsUpdate {
            super::RoomPmiSettingsUpdate {
                room_pmi_psw: self.room_pmi_psw,
                waiting_room: self.waiting_room,
                allow_in_before_host: self.allow_in_before_host,
                mute_enable_type_join: self.mute_enable_type_join,
                hosts: self.hosts,
                only_enterprise_user_allowed: self.only_enterprise_user_allowed,
            }
        }
    }
    /// Builds a [`RoomRecordSettings`](super::RoomRecordSettings): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RoomRecordSettingsBuilder {
        pub(crate) share_record: ::std::option::Option<crate::rooms::RoomRecordSharing>,
        pub(crate) download_record: ::std::option::Option<bool>,
    }
    impl ::std::fmt::Debug for RoomRecordSettingsBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RoomRecordSettingsBuilder)).finish_non_exhaustive()
        }
    }
    impl RoomRecordSettingsBuilder {
        /// Sets [`share_record`](super::RoomRecordSettings::share_record).
        ///
        /// Optional.
        pub fn share_record(
            mut self,
            value: impl ::std::convert::Into<crate::rooms::RoomRecordSharing>,
        ) -> Self {
            self.share_record = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`download_record`](super::RoomRecordSettings::download_record).
        ///
        /// Optional.
        pub fn download_record(mut self, value: bool) -> Self {
            self.download_record = ::std::option::Option::Some(value);
            self
        }
    }
    impl RoomRecordSettingsBuilder {
        /// The [`RoomRecordSettings`](super::RoomRecordSettings).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RoomRecordSettings {
            super::RoomRecordSettings {
                share_record: self.share_record,
                download_record: self.download_record,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RoomRecordSettingsUpdate`](super::RoomRecordSettingsUpdate): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RoomRecordSettingsUpdateBuilder {
        pub(crate) share_record: ::std::option::Option<crate::rooms::RoomRecordSharing>,
        pub(crate) download_record: ::std::option::Option<bool>,
    }
    impl ::std::fmt::Debug for RoomRecordSettingsUpdateBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RoomRecordSettingsUpdateBuilder))
                .finish_non_exhaustive()
        }
    }
    impl RoomRecordSettingsUpdateBuilder {
        /// Sets [`share_record`](super::RoomRecordSettingsUpdate::share_record).
        ///
        /// Optional.
        pub fn share_record(
            mut self,
            value: impl ::std::convert::Into<crate::rooms::RoomRecordSharing>,
        ) -> Self {
            self.share_record = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`download_record`](super::RoomRecordSettingsUpdate::download_record).
        ///
        /// Optional.
        pub fn download_record(mut self, value: bool) -> Self {
            self.download_record = ::std::option::Option::Some(value);
            self
        }
    }
    impl RoomRecordSettingsUpdateBuilder {
        /// The [`RoomRecordSettingsUpdate`](super::RoomRecordSettingsUpdate).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RoomRecordSettingsUpdate {
            super::RoomRecordSettingsUpdate {
                share_record: self.share_record,
                download_record: self.download_record,
            }
        }
    }
    /// Builds a [`SetRoomBackgroundPath`](super::SetRoomBackgroundPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SetRoomBackgroundPathBuilder<
        P0 = missing::set_room_background_path::meeting_room_id,
    > {
        pub(crate) meeting_room_id: P0,
    }
    impl<P0> ::std::fmt::Debug for SetRoomBackgroundPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SetRoomBackgroundPathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl SetRoomBackgroundPathBuilder<
        missing::set_room_background_path::meeting_room_id,
    > {
        /// Sets [`meeting_room_id`](super::SetRoomBackgroundPath::meeting_room_id).
        ///
        /// Required.
        pub fn meeting_room_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SetRoomBackgroundPathBuilder<::std::string::String> {
            SetRoomBackgroundPathBuilder {
                meeting_room_id: value.into(),
            }
        }
    }
    impl<P0> SetRoomBackgroundPathBuilder<P0> {
        /// The [`SetRoomBackgroundPath`](super::SetRoomBackgroundPath).
        ///
        /// Compiles once the required field `meeting_room_id` is set: a missing one is a compile error naming it ("the required field ... of `SetRoomBackgroundPath` is not set").
        pub fn build(self) -> super::SetRoomBackgroundPath
        where
            P0: missing::set_room_background_path::MeetingRoomIdIsSet<
                ::std::string::String,
            >,
        {
            super::SetRoomBackgroundPath {
                meeting_room_id: missing::set_room_background_path::MeetingRoomIdIsSet::into_field(
                    self.meeting_room_id,
                ),
            }
        }
    }
    /// Builds a [`SetRoomBackgroundRequest`](super::SetRoomBackgroundRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SetRoomBackgroundRequestBuilder<
        P0 = missing::set_room_background_request::operator_id,
        P1 = missing::set_room_background_request::operator_id_type,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) meeting_room_id: ::std::option::Option<::std::string::String>,
        pub(crate) background_image: ::std::option::Option<::std::string::String>,
    }
    impl<P0, P1> ::std::fmt::Debug for SetRoomBackgroundRequestBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SetRoomBackgroundRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > SetRoomBackgroundRequestBuilder<
        missing::set_room_background_request::operator_id,
        P1,
    > {
        /// Sets [`operator_id`](super::SetRoomBackgroundRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SetRoomBackgroundRequestBuilder<::std::string::String, P1> {
            SetRoomBackgroundRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                meeting_room_id: self.meeting_room_id,
                background_image: self.background_image,
            }
        }
    }
    impl<
        P0,
    > SetRoomBackgroundRequestBuilder<
        P0,
        missing::set_room_background_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::SetRoomBackgroundRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> SetRoomBackgroundRequestBuilder<P0, crate::OperatorIdType> {
            SetRoomBackgroundRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                meeting_room_id: self.meeting_room_id,
                background_image: self.background_image,
            }
        }
    }
    impl<P0, P1> SetRoomBackgroundRequestBuilder<P0, P1> {
        /// Sets [`meeting_room_id`](super::SetRoomBackgroundRequest::meeting_room_id).
        ///
        /// Optional.
        pub fn meeting_room_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_room_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`background_image`](super::SetRoomBackgroundRequest::background_image).
        ///
        /// Optional.
        pub fn background_image(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.background_image = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1> SetRoomBackgroundRequestBuilder<P0, P1> {
        /// The [`SetRoomBackgroundRequest`](super::SetRoomBackgroundRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `SetRoomBackgroundRequest` is not set").
        pub fn build(self) -> super::SetRoomBackgroundRequest
        where
            P0: missing::set_room_background_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::set_room_background_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::SetRoomBackgroundRequest {
                operator_id: missing::set_room_background_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::set_room_background_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                meeting_room_id: self.meeting_room_id,
                background_image: self.background_image,
            }
        }
    }
    /// Builds a [`SetRoomBackgroundResponse`](super::SetRoomBackgroundResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SetRoomBackgroundResponseBuilder {
        pub(crate) job_id: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for SetRoomBackgroundResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SetRoomBackgroundResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl SetRoomBackgroundResponseBuilder {
        /// Sets [`job_id`](super::SetRoomBackgroundResponse::job_id).
        ///
        /// Optional.
        pub fn job_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.job_id = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl SetRoomBackgroundResponseBuilder {
        /// The [`SetRoomBackgroundResponse`](super::SetRoomBackgroundResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::SetRoomBackgroundResponse {
            super::SetRoomBackgroundResponse {
                job_id: self.job_id,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`UpdateMeetingRoomRequest`](super::UpdateMeetingRoomRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct UpdateMeetingRoomRequestBuilder<
        P0 = missing::update_meeting_room_request::operator_id,
        P1 = missing::update_meeting_room_request::operator_id_type,
        P2 = missing::update_meeting_room_request::instance_id,
        P3 = missing::update_meeting_room_request::meeting_room_id,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) instance_id: P2,
        pub(crate) meeting_room_id: P3,
        pub(crate) meeting_room_info: ::std::option::Option<MeetingRoomInfoUpdate>,
        pub(crate) scheduled_status: ::std::option::Option<bool>,
        pub(crate) is_allow_call: ::std::option::Option<bool>,
    }
    impl<P0, P1, P2, P3> ::std::fmt::Debug
    for UpdateMeetingRoomRequestBuilder<P0, P1, P2, P3> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(UpdateMeetingRoomRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
        P3,
    > UpdateMeetingRoomRequestBuilder<
        missing::update_meeting_room_request::operator_id,
        P1,
        P2,
        P3,
    > {
        /// Sets [`operator_id`](super::UpdateMeetingRoomRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> UpdateMeetingRoomRequestBuilder<::std::string::String, P1, P2, P3> {
            UpdateMeetingRoomRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                instance_id: self.instance_id,
                meeting_room_id: self.meeting_room_id,
                meeting_room_info: self.meeting_room_info,
                scheduled_status: self.scheduled_status,
                is_allow_call: self.is_allow_call,
            }
        }
    }
    impl<
        P0,
        P2,
        P3,
    > UpdateMeetingRoomRequestBuilder<
        P0,
        missing::update_meeting_room_request::operator_id_type,
        P2,
        P3,
    > {
        /// Sets [`operator_id_type`](super::UpdateMeetingRoomRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> UpdateMeetingRoomRequestBuilder<P0, crate::OperatorIdType, P2, P3> {
            UpdateMeetingRoomRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                instance_id: self.instance_id,
                meeting_room_id: self.meeting_room_id,
                meeting_room_info: self.meeting_room_info,
                scheduled_status: self.scheduled_status,
                is_allow_call: self.is_allow_call,
            }
        }
    }
    impl<
        P0,
        P1,
        P3,
    > UpdateMeetingRoomRequestBuilder<
        P0,
        P1,
        missing::update_meeting_room_request::instance_id,
        P3,
    > {
        /// Sets [`instance_id`](super::UpdateMeetingRoomRequest::instance_id).
        ///
        /// Required.
        pub fn instance_id(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> UpdateMeetingRoomRequestBuilder<P0, P1, crate::InstanceId, P3> {
            UpdateMeetingRoomRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instance_id: value.into(),
                meeting_room_id: self.meeting_room_id,
                meeting_room_info: self.meeting_room_info,
                scheduled_status: self.scheduled_status,
                is_allow_call: self.is_allow_call,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
    > UpdateMeetingRoomRequestBuilder<
        P0,
        P1,
        P2,
        missing::update_meeting_room_request::meeting_room_id,
    > {
        /// Sets [`meeting_room_id`](super::UpdateMeetingRoomRequest::meeting_room_id).
        ///
        /// Required.
        pub fn meeting_room_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> UpdateMeetingRoomRequestBuilder<P0, P1, P2, ::std::string::String> {
            UpdateMeetingRoomRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instance_id: self.instance_id,
                meeting_room_id: value.into(),
                meeting_room_info: self.meeting_room_info,
                scheduled_status: self.scheduled_status,
                is_allow_call: self.is_allow_call,
            }
        }
    }
    impl<P0, P1, P2, P3> UpdateMeetingRoomRequestBuilder<P0, P1, P2, P3> {
        /// Sets [`meeting_room_info`](super::UpdateMeetingRoomRequest::meeting_room_info).
        ///
        /// Optional.
        pub fn meeting_room_info(
            mut self,
            value: impl ::std::convert::Into<MeetingRoomInfoUpdate>,
        ) -> Self {
            self.meeting_room_info = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`scheduled_status`](super::UpdateMeetingRoomRequest::scheduled_status).
        ///
        /// Optional.
        pub fn scheduled_status(mut self, value: bool) -> Self {
            self.scheduled_status = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`is_allow_call`](super::UpdateMeetingRoomRequest::is_allow_call).
        ///
        /// Optional.
        pub fn is_allow_call(mut self, value: bool) -> Self {
            self.is_allow_call = ::std::option::Option::Some(value);
            self
        }
    }
    impl<P0, P1, P2, P3> UpdateMeetingRoomRequestBuilder<P0, P1, P2, P3> {
        /// The [`UpdateMeetingRoomRequest`](super::UpdateMeetingRoomRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `instance_id`, `meeting_room_id` are set: a missing one is a compile error naming it ("the required field ... of `UpdateMeetingRoomRequest` is not set").
        pub fn build(self) -> super::UpdateMeetingRoomRequest
        where
            P0: missing::update_meeting_room_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::update_meeting_room_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::update_meeting_room_request::InstanceIdIsSet<crate::InstanceId>,
            P3: missing::update_meeting_room_request::MeetingRoomIdIsSet<
                ::std::string::String,
            >,
        {
            super::UpdateMeetingRoomRequest {
                operator_id: missing::update_meeting_room_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::update_meeting_room_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                instance_id: missing::update_meeting_room_request::InstanceIdIsSet::into_field(
                    self.instance_id,
                ),
                meeting_room_id: missing::update_meeting_room_request::MeetingRoomIdIsSet::into_field(
                    self.meeting_room_id,
                ),
                meeting_room_info: self.meeting_room_info,
                scheduled_status: self.scheduled_status,
                is_allow_call: self.is_allow_call,
            }
        }
    }
    /// Builds a [`UpdateRoomConfigRequest`](super::UpdateRoomConfigRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct UpdateRoomConfigRequestBuilder<
        P0 = missing::update_room_config_request::operator_id,
        P1 = missing::update_room_config_request::operator_id_type,
        P2 = missing::update_room_config_request::instance_id,
        P3 = missing::update_room_config_request::meeting_room_id,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) instance_id: P2,
        pub(crate) meeting_room_id: P3,
        pub(crate) meeting_settings: ::std::option::Option<RoomMeetingSettingsUpdate>,
        pub(crate) record_settings: ::std::option::Option<RoomRecordSettingsUpdate>,
    }
    impl<P0, P1, P2, P3> ::std::fmt::Debug
    for UpdateRoomConfigRequestBuilder<P0, P1, P2, P3> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(UpdateRoomConfigRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
        P3,
    > UpdateRoomConfigRequestBuilder<
        missing::update_room_config_request::operator_id,
        P1,
        P2,
        P3,
    > {
        /// Sets [`operator_id`](super::UpdateRoomConfigRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> UpdateRoomConfigRequestBuilder<::std::string::String, P1, P2, P3> {
            UpdateRoomConfigRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                instance_id: self.instance_id,
                meeting_room_id: self.meeting_room_id,
                meeting_settings: self.meeting_settings,
                record_settings: self.record_settings,
            }
        }
    }
    impl<
        P0,
        P2,
        P3,
    > UpdateRoomConfigRequestBuilder<
        P0,
        missing::update_room_config_request::operator_id_type,
        P2,
        P3,
    > {
        /// Sets [`operator_id_type`](super::UpdateRoomConfigRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> UpdateRoomConfigRequestBuilder<P0, crate::OperatorIdType, P2, P3> {
            UpdateRoomConfigRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                instance_id: self.instance_id,
                meeting_room_id: self.meeting_room_id,
                meeting_settings: self.meeting_settings,
                record_settings: self.record_settings,
            }
        }
    }
    impl<
        P0,
        P1,
        P3,
    > UpdateRoomConfigRequestBuilder<
        P0,
        P1,
        missing::update_room_config_request::instance_id,
        P3,
    > {
        /// Sets [`instance_id`](super::UpdateRoomConfigRequest::instance_id).
        ///
        /// Required.
        pub fn instance_id(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> UpdateRoomConfigRequestBuilder<P0, P1, crate::InstanceId, P3> {
            UpdateRoomConfigRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instance_id: value.into(),
                meeting_room_id: self.meeting_room_id,
                meeting_settings: self.meeting_settings,
                record_settings: self.record_settings,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
    > UpdateRoomConfigRequestBuilder<
        P0,
        P1,
        P2,
        missing::update_room_config_request::meeting_room_id,
    > {
        /// Sets [`meeting_room_id`](super::UpdateRoomConfigRequest::meeting_room_id).
        ///
        /// Required.
        pub fn meeting_room_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> UpdateRoomConfigRequestBuilder<P0, P1, P2, ::std::string::String> {
            UpdateRoomConfigRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instance_id: self.instance_id,
                meeting_room_id: value.into(),
                meeting_settings: self.meeting_settings,
                record_settings: self.record_settings,
            }
        }
    }
    impl<P0, P1, P2, P3> UpdateRoomConfigRequestBuilder<P0, P1, P2, P3> {
        /// Sets [`meeting_settings`](super::UpdateRoomConfigRequest::meeting_settings).
        ///
        /// Optional.
        pub fn meeting_settings(
            mut self,
            value: impl ::std::convert::Into<RoomMeetingSettingsUpdate>,
        ) -> Self {
            self.meeting_settings = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`record_settings`](super::UpdateRoomConfigRequest::record_settings).
        ///
        /// Optional.
        pub fn record_settings(
            mut self,
            value: impl ::std::convert::Into<RoomRecordSettingsUpdate>,
        ) -> Self {
            self.record_settings = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1, P2, P3> UpdateRoomConfigRequestBuilder<P0, P1, P2, P3> {
        /// The [`UpdateRoomConfigRequest`](super::UpdateRoomConfigRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `instance_id`, `meeting_room_id` are set: a missing one is a compile error naming it ("the required field ... of `UpdateRoomConfigRequest` is not set").
        pub fn build(self) -> super::UpdateRoomConfigRequest
        where
            P0: missing::update_room_config_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::update_room_config_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::update_room_config_request::InstanceIdIsSet<crate::InstanceId>,
            P3: missing::update_room_config_request::MeetingRoomIdIsSet<
                ::std::string::String,
            >,
        {
            super::UpdateRoomConfigRequest {
                operator_id: missing::update_room_config_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::update_room_config_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                instance_id: missing::update_room_config_request::InstanceIdIsSet::into_field(
                    self.instance_id,
                ),
                meeting_room_id: missing::update_room_config_request::MeetingRoomIdIsSet::into_field(
                    self.meeting_room_id,
                ),
                meeting_settings: self.meeting_settings,
                record_settings: self.record_settings,
            }
        }
    }
    /// Code generation's plumbing, not API: the markers of required fields not set yet
    /// (`missing::<model>::<field>`) and the traits `build()` requires of the set ones.
    #[doc(hidden)]
    pub mod missing {
        /// The required fields of [`BookRoomsPath`](super::super::BookRoomsPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod book_rooms_path {
            /// `meeting_id` of [`BookRoomsPath`](super::super::super::BookRoomsPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
            /// What `build()` requires of `meeting_id`: implemented for the field's type alone, never for the marker [`meeting_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_id` of `BookRoomsPath` is not set",
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
        /// The required fields of [`BookRoomsRequest`](super::super::BookRoomsRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod book_rooms_request {
            /// `meeting_room_id_list` of [`BookRoomsRequest`](super::super::super::BookRoomsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_room_id_list;
            /// What `build()` requires of `meeting_room_id_list`: implemented for the field's type alone, never for the marker [`meeting_room_id_list`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_room_id_list` of `BookRoomsRequest` is not set",
                label = "`meeting_room_id_list` is not set",
                note = "call `.meeting_room_id_list(...)` before `.build()`"
            )]
            pub trait MeetingRoomIdListIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingRoomIdListIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `operator_id` of [`BookRoomsRequest`](super::super::super::BookRoomsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `BookRoomsRequest` is not set",
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
            /// `operator_id_type` of [`BookRoomsRequest`](super::super::super::BookRoomsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `BookRoomsRequest` is not set",
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
        }
        /// The required fields of [`BookRoomsResponse`](super::super::BookRoomsResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod book_rooms_response {}
        /// The required fields of [`BookedMeetingRoom`](super::super::BookedMeetingRoom) not set yet.
        #[allow(non_camel_case_types)]
        pub mod booked_meeting_room {}
        /// The required fields of [`CallRoomRequest`](super::super::CallRoomRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod call_room_request {
            /// `operator_id` of [`CallRoomRequest`](super::super::super::CallRoomRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `CallRoomRequest` is not set",
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
            /// `operator_id_type` of [`CallRoomRequest`](super::super::super::CallRoomRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `CallRoomRequest` is not set",
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
            /// `meeting_id` of [`CallRoomRequest`](super::super::super::CallRoomRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
            /// What `build()` requires of `meeting_id`: implemented for the field's type alone, never for the marker [`meeting_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_id` of `CallRoomRequest` is not set",
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
        /// The required fields of [`CallRoomResponse`](super::super::CallRoomResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod call_room_response {}
        /// The required fields of [`CancelRoomCallRequest`](super::super::CancelRoomCallRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod cancel_room_call_request {
            /// `operator_id` of [`CancelRoomCallRequest`](super::super::super::CancelRoomCallRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `CancelRoomCallRequest` is not set",
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
            /// `operator_id_type` of [`CancelRoomCallRequest`](super::super::super::CancelRoomCallRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `CancelRoomCallRequest` is not set",
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
            /// `invite_id` of [`CancelRoomCallRequest`](super::super::super::CancelRoomCallRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct invite_id;
            /// What `build()` requires of `invite_id`: implemented for the field's type alone, never for the marker [`invite_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `invite_id` of `CancelRoomCallRequest` is not set",
                label = "`invite_id` is not set",
                note = "call `.invite_id(...)` before `.build()`"
            )]
            pub trait InviteIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> InviteIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `meeting_id` of [`CancelRoomCallRequest`](super::super::super::CancelRoomCallRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
            /// What `build()` requires of `meeting_id`: implemented for the field's type alone, never for the marker [`meeting_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_id` of `CancelRoomCallRequest` is not set",
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
            /// `instance_id` of [`CancelRoomCallRequest`](super::super::super::CancelRoomCallRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instance_id;
            /// What `build()` requires of `instance_id`: implemented for the field's type alone, never for the marker [`instance_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `instance_id` of `CancelRoomCallRequest` is not set",
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
        }
        /// The required fields of [`CreateRoomActiveCodePath`](super::super::CreateRoomActiveCodePath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod create_room_active_code_path {
            /// `meeting_room_id` of [`CreateRoomActiveCodePath`](super::super::super::CreateRoomActiveCodePath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_room_id;
            /// What `build()` requires of `meeting_room_id`: implemented for the field's type alone, never for the marker [`meeting_room_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_room_id` of `CreateRoomActiveCodePath` is not set",
                label = "`meeting_room_id` is not set",
                note = "call `.meeting_room_id(...)` before `.build()`"
            )]
            pub trait MeetingRoomIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingRoomIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`CreateRoomActiveCodeRequest`](super::super::CreateRoomActiveCodeRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod create_room_active_code_request {
            /// `operator_id` of [`CreateRoomActiveCodeRequest`](super::super::super::CreateRoomActiveCodeRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `CreateRoomActiveCodeRequest` is not set",
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
            /// `operator_id_type` of [`CreateRoomActiveCodeRequest`](super::super::super::CreateRoomActiveCodeRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `CreateRoomActiveCodeRequest` is not set",
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
        }
        /// The required fields of [`CreateRoomActiveCodeResponse`](super::super::CreateRoomActiveCodeResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod create_room_active_code_response {}
        /// The required fields of [`GetMeetingRoomPath`](super::super::GetMeetingRoomPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_meeting_room_path {
            /// `meeting_room_id` of [`GetMeetingRoomPath`](super::super::super::GetMeetingRoomPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_room_id;
            /// What `build()` requires of `meeting_room_id`: implemented for the field's type alone, never for the marker [`meeting_room_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_room_id` of `GetMeetingRoomPath` is not set",
                label = "`meeting_room_id` is not set",
                note = "call `.meeting_room_id(...)` before `.build()`"
            )]
            pub trait MeetingRoomIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingRoomIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`GetMeetingRoomRequest`](super::super::GetMeetingRoomRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_meeting_room_request {
            /// `operator_id` of [`GetMeetingRoomRequest`](super::super::super::GetMeetingRoomRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `GetMeetingRoomRequest` is not set",
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
            /// `operator_id_type` of [`GetMeetingRoomRequest`](super::super::super::GetMeetingRoomRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `GetMeetingRoomRequest` is not set",
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
        }
        /// The required fields of [`GetMeetingRoomResponse`](super::super::GetMeetingRoomResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_meeting_room_response {}
        /// The required fields of [`GetRoomBackgroundPath`](super::super::GetRoomBackgroundPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_room_background_path {
            /// `meeting_room_id` of [`GetRoomBackgroundPath`](super::super::super::GetRoomBackgroundPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_room_id;
            /// What `build()` requires of `meeting_room_id`: implemented for the field's type alone, never for the marker [`meeting_room_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_room_id` of `GetRoomBackgroundPath` is not set",
                label = "`meeting_room_id` is not set",
                note = "call `.meeting_room_id(...)` before `.build()`"
            )]
            pub trait MeetingRoomIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingRoomIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`GetRoomBackgroundRequest`](super::super::GetRoomBackgroundRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_room_background_request {
            /// `operator_id` of [`GetRoomBackgroundRequest`](super::super::super::GetRoomBackgroundRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `GetRoomBackgroundRequest` is not set",
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
            /// `operator_id_type` of [`GetRoomBackgroundRequest`](super::super::super::GetRoomBackgroundRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `GetRoomBackgroundRequest` is not set",
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
        }
        /// The required fields of [`GetRoomBackgroundResponse`](super::super::GetRoomBackgroundResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_room_background_response {}
        /// The required fields of [`GetRoomByScreencastCodePath`](super::super::GetRoomByScreencastCodePath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_room_by_screencast_code_path {
            /// `screencast_code` of [`GetRoomByScreencastCodePath`](super::super::super::GetRoomByScreencastCodePath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct screencast_code;
            /// What `build()` requires of `screencast_code`: implemented for the field's type alone, never for the marker [`screencast_code`].
            #[diagnostic::on_unimplemented(
                message = "the required field `screencast_code` of `GetRoomByScreencastCodePath` is not set",
                label = "`screencast_code` is not set",
                note = "call `.screencast_code(...)` before `.build()`"
            )]
            pub trait ScreencastCodeIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> ScreencastCodeIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`GetRoomByScreencastCodeRequest`](super::super::GetRoomByScreencastCodeRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_room_by_screencast_code_request {
            /// `operator_id` of [`GetRoomByScreencastCodeRequest`](super::super::super::GetRoomByScreencastCodeRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `GetRoomByScreencastCodeRequest` is not set",
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
            /// `operator_id_type` of [`GetRoomByScreencastCodeRequest`](super::super::super::GetRoomByScreencastCodeRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `GetRoomByScreencastCodeRequest` is not set",
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
        }
        /// The required fields of [`GetRoomByScreencastCodeResponse`](super::super::GetRoomByScreencastCodeResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_room_by_screencast_code_response {}
        /// The required fields of [`GetRoomCallStatusRequest`](super::super::GetRoomCallStatusRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_room_call_status_request {
            /// `operator_id` of [`GetRoomCallStatusRequest`](super::super::super::GetRoomCallStatusRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `GetRoomCallStatusRequest` is not set",
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
            /// `operator_id_type` of [`GetRoomCallStatusRequest`](super::super::super::GetRoomCallStatusRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `GetRoomCallStatusRequest` is not set",
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
            /// `instance_id` of [`GetRoomCallStatusRequest`](super::super::super::GetRoomCallStatusRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instance_id;
            /// What `build()` requires of `instance_id`: implemented for the field's type alone, never for the marker [`instance_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `instance_id` of `GetRoomCallStatusRequest` is not set",
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
            /// `meeting_id` of [`GetRoomCallStatusRequest`](super::super::super::GetRoomCallStatusRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
            /// What `build()` requires of `meeting_id`: implemented for the field's type alone, never for the marker [`meeting_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_id` of `GetRoomCallStatusRequest` is not set",
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
        /// The required fields of [`GetRoomCallStatusResponse`](super::super::GetRoomCallStatusResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_room_call_status_response {}
        /// The required fields of [`GetRoomConfigRequest`](super::super::GetRoomConfigRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_room_config_request {
            /// `operator_id` of [`GetRoomConfigRequest`](super::super::super::GetRoomConfigRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `GetRoomConfigRequest` is not set",
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
            /// `operator_id_type` of [`GetRoomConfigRequest`](super::super::super::GetRoomConfigRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `GetRoomConfigRequest` is not set",
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
            /// `instance_id` of [`GetRoomConfigRequest`](super::super::super::GetRoomConfigRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instance_id;
            /// What `build()` requires of `instance_id`: implemented for the field's type alone, never for the marker [`instance_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `instance_id` of `GetRoomConfigRequest` is not set",
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
            /// `meeting_room_id` of [`GetRoomConfigRequest`](super::super::super::GetRoomConfigRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_room_id;
            /// What `build()` requires of `meeting_room_id`: implemented for the field's type alone, never for the marker [`meeting_room_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_room_id` of `GetRoomConfigRequest` is not set",
                label = "`meeting_room_id` is not set",
                note = "call `.meeting_room_id(...)` before `.build()`"
            )]
            pub trait MeetingRoomIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingRoomIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`GetRoomConfigResponse`](super::super::GetRoomConfigResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_room_config_response {}
        /// The required fields of [`GetRoomsAccountStatisticsRequest`](super::super::GetRoomsAccountStatisticsRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_rooms_account_statistics_request {
            /// `operator_id` of [`GetRoomsAccountStatisticsRequest`](super::super::super::GetRoomsAccountStatisticsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `GetRoomsAccountStatisticsRequest` is not set",
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
            /// `operator_id_type` of [`GetRoomsAccountStatisticsRequest`](super::super::super::GetRoomsAccountStatisticsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `GetRoomsAccountStatisticsRequest` is not set",
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
        }
        /// The required fields of [`GetRoomsAccountStatisticsResponse`](super::super::GetRoomsAccountStatisticsResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_rooms_account_statistics_response {}
        /// The required fields of [`GetRoomsInventoryRequest`](super::super::GetRoomsInventoryRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_rooms_inventory_request {
            /// `operator_id` of [`GetRoomsInventoryRequest`](super::super::super::GetRoomsInventoryRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `GetRoomsInventoryRequest` is not set",
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
            /// `operator_id_type` of [`GetRoomsInventoryRequest`](super::super::super::GetRoomsInventoryRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `GetRoomsInventoryRequest` is not set",
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
        }
        /// The required fields of [`GetRoomsInventoryResponse`](super::super::GetRoomsInventoryResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_rooms_inventory_response {}
        /// The required fields of [`ListMeetingRoomsRequest`](super::super::ListMeetingRoomsRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod list_meeting_rooms_request {
            /// `operator_id` of [`ListMeetingRoomsRequest`](super::super::super::ListMeetingRoomsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `ListMeetingRoomsRequest` is not set",
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
            /// `operator_id_type` of [`ListMeetingRoomsRequest`](super::super::super::ListMeetingRoomsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `ListMeetingRoomsRequest` is not set",
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
        }
        /// The required fields of [`ListMeetingRoomsResponse`](super::super::ListMeetingRoomsResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod list_meeting_rooms_response {}
        /// The required fields of [`ListRoomControllersRequest`](super::super::ListRoomControllersRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod list_room_controllers_request {}
        /// The required fields of [`ListRoomControllersResponse`](super::super::ListRoomControllersResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod list_room_controllers_response {}
        /// The required fields of [`ListRoomDevicesRequest`](super::super::ListRoomDevicesRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod list_room_devices_request {
            /// `operator_id` of [`ListRoomDevicesRequest`](super::super::super::ListRoomDevicesRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `ListRoomDevicesRequest` is not set",
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
            /// `operator_id_type` of [`ListRoomDevicesRequest`](super::super::super::ListRoomDevicesRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `ListRoomDevicesRequest` is not set",
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
        }
        /// The required fields of [`ListRoomDevicesResponse`](super::super::ListRoomDevicesResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod list_room_devices_response {}
        /// The required fields of [`ListRoomMeetingsPath`](super::super::ListRoomMeetingsPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod list_room_meetings_path {
            /// `operator_id` of [`ListRoomMeetingsPath`](super::super::super::ListRoomMeetingsPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `ListRoomMeetingsPath` is not set",
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
        }
        /// The required fields of [`ListRoomMeetingsRequest`](super::super::ListRoomMeetingsRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod list_room_meetings_request {
            /// `operator_id_type` of [`ListRoomMeetingsRequest`](super::super::super::ListRoomMeetingsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `ListRoomMeetingsRequest` is not set",
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
            /// `instanceid` of [`ListRoomMeetingsRequest`](super::super::super::ListRoomMeetingsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instanceid;
            /// What `build()` requires of `instanceid`: implemented for the field's type alone, never for the marker [`instanceid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `instanceid` of `ListRoomMeetingsRequest` is not set",
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
        /// The required fields of [`ListRoomMeetingsResponse`](super::super::ListRoomMeetingsResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod list_room_meetings_response {}
        /// The required fields of [`MeetingRoomAccountInfo`](super::super::MeetingRoomAccountInfo) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_room_account_info {}
        /// The required fields of [`MeetingRoomBasicInfo`](super::super::MeetingRoomBasicInfo) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_room_basic_info {}
        /// The required fields of [`MeetingRoomHardwareInfo`](super::super::MeetingRoomHardwareInfo) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_room_hardware_info {}
        /// The required fields of [`MeetingRoomInfoUpdate`](super::super::MeetingRoomInfoUpdate) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_room_info_update {
            /// `meeting_room_name` of [`MeetingRoomInfoUpdate`](super::super::super::MeetingRoomInfoUpdate) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_room_name;
            /// What `build()` requires of `meeting_room_name`: implemented for the field's type alone, never for the marker [`meeting_room_name`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_room_name` of `MeetingRoomInfoUpdate` is not set",
                label = "`meeting_room_name` is not set",
                note = "call `.meeting_room_name(...)` before `.build()`"
            )]
            pub trait MeetingRoomNameIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingRoomNameIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `meeting_room_type` of [`MeetingRoomInfoUpdate`](super::super::super::MeetingRoomInfoUpdate) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_room_type;
            /// What `build()` requires of `meeting_room_type`: implemented for the field's type alone, never for the marker [`meeting_room_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_room_type` of `MeetingRoomInfoUpdate` is not set",
                label = "`meeting_room_type` is not set",
                note = "call `.meeting_room_type(...)` before `.build()`"
            )]
            pub trait MeetingRoomTypeIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingRoomTypeIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`MeetingRoomPmiInfo`](super::super::MeetingRoomPmiInfo) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_room_pmi_info {}
        /// The required fields of [`MeetingRoomSummary`](super::super::MeetingRoomSummary) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_room_summary {}
        /// The required fields of [`MraAddress`](super::super::MraAddress) not set yet.
        #[allow(non_camel_case_types)]
        pub mod mra_address {
            /// `protocol` of [`MraAddress`](super::super::super::MraAddress) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct protocol;
            /// What `build()` requires of `protocol`: implemented for the field's type alone, never for the marker [`protocol`].
            #[diagnostic::on_unimplemented(
                message = "the required field `protocol` of `MraAddress` is not set",
                label = "`protocol` is not set",
                note = "call `.protocol(...)` before `.build()`"
            )]
            pub trait ProtocolIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> ProtocolIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `dial_string` of [`MraAddress`](super::super::super::MraAddress) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct dial_string;
            /// What `build()` requires of `dial_string`: implemented for the field's type alone, never for the marker [`dial_string`].
            #[diagnostic::on_unimplemented(
                message = "the required field `dial_string` of `MraAddress` is not set",
                label = "`dial_string` is not set",
                note = "call `.dial_string(...)` before `.build()`"
            )]
            pub trait DialStringIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> DialStringIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`ReleaseRoomsPath`](super::super::ReleaseRoomsPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod release_rooms_path {
            /// `meeting_id` of [`ReleaseRoomsPath`](super::super::super::ReleaseRoomsPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
            /// What `build()` requires of `meeting_id`: implemented for the field's type alone, never for the marker [`meeting_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_id` of `ReleaseRoomsPath` is not set",
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
        /// The required fields of [`ReleaseRoomsRequest`](super::super::ReleaseRoomsRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod release_rooms_request {
            /// `meeting_room_id_list` of [`ReleaseRoomsRequest`](super::super::super::ReleaseRoomsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_room_id_list;
            /// What `build()` requires of `meeting_room_id_list`: implemented for the field's type alone, never for the marker [`meeting_room_id_list`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_room_id_list` of `ReleaseRoomsRequest` is not set",
                label = "`meeting_room_id_list` is not set",
                note = "call `.meeting_room_id_list(...)` before `.build()`"
            )]
            pub trait MeetingRoomIdListIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingRoomIdListIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `operator_id` of [`ReleaseRoomsRequest`](super::super::super::ReleaseRoomsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `ReleaseRoomsRequest` is not set",
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
            /// `operator_id_type` of [`ReleaseRoomsRequest`](super::super::super::ReleaseRoomsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `ReleaseRoomsRequest` is not set",
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
        }
        /// The required fields of [`RoomController`](super::super::RoomController) not set yet.
        #[allow(non_camel_case_types)]
        pub mod room_controller {}
        /// The required fields of [`RoomDevice`](super::super::RoomDevice) not set yet.
        #[allow(non_camel_case_types)]
        pub mod room_device {}
        /// The required fields of [`RoomDeviceMonitorInfo`](super::super::RoomDeviceMonitorInfo) not set yet.
        #[allow(non_camel_case_types)]
        pub mod room_device_monitor_info {}
        /// The required fields of [`RoomMeeting`](super::super::RoomMeeting) not set yet.
        #[allow(non_camel_case_types)]
        pub mod room_meeting {}
        /// The required fields of [`RoomMeetingSettings`](super::super::RoomMeetingSettings) not set yet.
        #[allow(non_camel_case_types)]
        pub mod room_meeting_settings {}
        /// The required fields of [`RoomMeetingSettingsUpdate`](super::super::RoomMeetingSettingsUpdate) not set yet.
        #[allow(non_camel_case_types)]
        pub mod room_meeting_settings_update {}
        /// The required fields of [`RoomPmiSettings`](super::super::RoomPmiSettings) not set yet.
        #[allow(non_camel_case_types)]
        pub mod room_pmi_settings {}
        /// The required fields of [`RoomPmiSettingsUpdate`](super::super::RoomPmiSettingsUpdate) not set yet.
        #[allow(non_camel_case_types)]
        pub mod room_pmi_settings_update {}
        /// The required fields of [`RoomRecordSettings`](super::super::RoomRecordSettings) not set yet.
        #[allow(non_camel_case_types)]
        pub mod room_record_settings {}
        /// The required fields of [`RoomRecordSettingsUpdate`](super::super::RoomRecordSettingsUpdate) not set yet.
        #[allow(non_camel_case_types)]
        pub mod room_record_settings_update {}
        /// The required fields of [`SetRoomBackgroundPath`](super::super::SetRoomBackgroundPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod set_room_background_path {
            /// `meeting_room_id` of [`SetRoomBackgroundPath`](super::super::super::SetRoomBackgroundPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_room_id;
            /// What `build()` requires of `meeting_room_id`: implemented for the field's type alone, never for the marker [`meeting_room_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_room_id` of `SetRoomBackgroundPath` is not set",
                label = "`meeting_room_id` is not set",
                note = "call `.meeting_room_id(...)` before `.build()`"
            )]
            pub trait MeetingRoomIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingRoomIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`SetRoomBackgroundRequest`](super::super::SetRoomBackgroundRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod set_room_background_request {
            /// `operator_id` of [`SetRoomBackgroundRequest`](super::super::super::SetRoomBackgroundRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `SetRoomBackgroundRequest` is not set",
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
            /// `operator_id_type` of [`SetRoomBackgroundRequest`](super::super::super::SetRoomBackgroundRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `SetRoomBackgroundRequest` is not set",
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
        }
        /// The required fields of [`SetRoomBackgroundResponse`](super::super::SetRoomBackgroundResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod set_room_background_response {}
        /// The required fields of [`UpdateMeetingRoomRequest`](super::super::UpdateMeetingRoomRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod update_meeting_room_request {
            /// `operator_id` of [`UpdateMeetingRoomRequest`](super::super::super::UpdateMeetingRoomRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `UpdateMeetingRoomRequest` is not set",
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
            /// `operator_id_type` of [`UpdateMeetingRoomRequest`](super::super::super::UpdateMeetingRoomRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `UpdateMeetingRoomRequest` is not set",
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
            /// `instance_id` of [`UpdateMeetingRoomRequest`](super::super::super::UpdateMeetingRoomRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instance_id;
            /// What `build()` requires of `instance_id`: implemented for the field's type alone, never for the marker [`instance_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `instance_id` of `UpdateMeetingRoomRequest` is not set",
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
            /// `meeting_room_id` of [`UpdateMeetingRoomRequest`](super::super::super::UpdateMeetingRoomRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_room_id;
            /// What `build()` requires of `meeting_room_id`: implemented for the field's type alone, never for the marker [`meeting_room_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_room_id` of `UpdateMeetingRoomRequest` is not set",
                label = "`meeting_room_id` is not set",
                note = "call `.meeting_room_id(...)` before `.build()`"
            )]
            pub trait MeetingRoomIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingRoomIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`UpdateRoomConfigRequest`](super::super::UpdateRoomConfigRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod update_room_config_request {
            /// `operator_id` of [`UpdateRoomConfigRequest`](super::super::super::UpdateRoomConfigRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `UpdateRoomConfigRequest` is not set",
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
            /// `operator_id_type` of [`UpdateRoomConfigRequest`](super::super::super::UpdateRoomConfigRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `UpdateRoomConfigRequest` is not set",
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
            /// `instance_id` of [`UpdateRoomConfigRequest`](super::super::super::UpdateRoomConfigRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instance_id;
            /// What `build()` requires of `instance_id`: implemented for the field's type alone, never for the marker [`instance_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `instance_id` of `UpdateRoomConfigRequest` is not set",
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
            /// `meeting_room_id` of [`UpdateRoomConfigRequest`](super::super::super::UpdateRoomConfigRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_room_id;
            /// What `build()` requires of `meeting_room_id`: implemented for the field's type alone, never for the marker [`meeting_room_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_room_id` of `UpdateRoomConfigRequest` is not set",
                label = "`meeting_room_id` is not set",
                note = "call `.meeting_room_id(...)` before `.build()`"
            )]
            pub trait MeetingRoomIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingRoomIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
    }
}
/// State of a meeting room (会议室状态). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum MeetingRoomStatus {
    /// Not activated (未激活) (code 0).
    Inactive,
    /// Not bound (未绑定) (code 1).
    Unbound,
    /// Idle (空闲) (code 2).
    Idle,
    /// In use (使用中) (code 3).
    InUse,
    /// Offline (离线) (code 4).
    Offline,
    /// A state the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl MeetingRoomStatus {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::Inactive,
        Self::Unbound,
        Self::Idle,
        Self::InUse,
        Self::Offline,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Inactive => 0u32,
            Self::Unbound => 1u32,
            Self::Idle => 2u32,
            Self::InUse => 3u32,
            Self::Offline => 4u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Inactive,
            1u32 => Self::Unbound,
            2u32 => Self::Idle,
            3u32 => Self::InUse,
            4u32 => Self::Offline,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Inactive => ::std::option::Option::Some("Not activated (未激活)"),
            Self::Unbound => ::std::option::Option::Some("Not bound (未绑定)"),
            Self::Idle => ::std::option::Option::Some("Idle (空闲)"),
            Self::InUse => ::std::option::Option::Some("In use (使用中)"),
            Self::Offline => ::std::option::Option::Some("Offline (离线)"),
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(MeetingRoomStatus);
/// Kind of meeting room (会议室类型). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum MeetingRoomType {
    /// A Tencent Meeting Rooms room (rooms 会议室) (code 0).
    Rooms,
    /// A room without a type (无类型会议室) (code 1).
    Untyped,
    /// A SIP room (SIP 会议室) (code 2).
    Sip,
    /// An H.323 room (H.323会议室) (code 4).
    H323,
    /// A type the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl MeetingRoomType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::Rooms,
        Self::Untyped,
        Self::Sip,
        Self::H323,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Rooms => 0u32,
            Self::Untyped => 1u32,
            Self::Sip => 2u32,
            Self::H323 => 4u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Rooms,
            1u32 => Self::Untyped,
            2u32 => Self::Sip,
            4u32 => Self::H323,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Rooms => {
                ::std::option::Option::Some(
                    "A Tencent Meeting Rooms room (rooms 会议室)",
                )
            }
            Self::Untyped => {
                ::std::option::Option::Some("A room without a type (无类型会议室)")
            }
            Self::Sip => ::std::option::Option::Some("A SIP room (SIP 会议室)"),
            Self::H323 => ::std::option::Option::Some("An H.323 room (H.323会议室)"),
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(MeetingRoomType);
/// Account edition of a meeting room, the newer classification (账号新类型). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum RoomAccountNewType {
    /// Basic account (基础账号) (code 0).
    Basic,
    /// Professional account (专业账号) (code 1).
    Professional,
    /// A type the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl RoomAccountNewType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Basic, Self::Professional];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Basic => 0u32,
            Self::Professional => 1u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Basic,
            1u32 => Self::Professional,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Basic => ::std::option::Option::Some("Basic account (基础账号)"),
            Self::Professional => {
                ::std::option::Option::Some("Professional account (专业账号)")
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(RoomAccountNewType);
/// Account type of a meeting room (账号类型). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum RoomAccountType {
    /// Normal account (普通) (code 0).
    Normal,
    /// Dedicated-purchase account (专款) (code 1).
    Dedicated,
    /// Trial account (试用) (code 2).
    Trial,
    /// A type the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl RoomAccountType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::Normal,
        Self::Dedicated,
        Self::Trial,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Normal => 0u32,
            Self::Dedicated => 1u32,
            Self::Trial => 2u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Normal,
            1u32 => Self::Dedicated,
            2u32 => Self::Trial,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Normal => ::std::option::Option::Some("Normal account (普通)"),
            Self::Dedicated => {
                ::std::option::Option::Some("Dedicated-purchase account (专款)")
            }
            Self::Trial => ::std::option::Option::Some("Trial account (试用)"),
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(RoomAccountType);
/// Whether a meeting room answers calls by itself (自动接听). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum RoomAutoResponse {
    /// Switched on (开启) (code 1).
    On,
    /// Switched off (关闭) (code 2).
    Off,
    /// A setting the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl RoomAutoResponse {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::On, Self::Off];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::On => 1u32,
            Self::Off => 2u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            1u32 => Self::On,
            2u32 => Self::Off,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::On => ::std::option::Option::Some("Switched on (开启)"),
            Self::Off => ::std::option::Option::Some("Switched off (关闭)"),
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(RoomAutoResponse);
/// How a called meeting room answered (应答状态), as the current page labels the codes; an older copy of the page read 0 as no answer within 60 seconds, 2 as joining, 3 as refused and 5 as a cancelled call (Rooms only). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum RoomCallResponseStatus {
    /// The call timed out or no result was found (呼叫超时或未查询到结果) (code 0).
    TimedOut,
    /// Not called (未呼叫) (code 1).
    NotCalled,
    /// Accepted (已接受) (code 2).
    Accepted,
    /// Rejected (已拒绝) (code 3).
    Rejected,
    /// Being called (呼叫中) (code 4).
    Calling,
    /// Joined the meeting (已入会) (code 5).
    Joined,
    /// Left the meeting (已离会) (code 6).
    Left,
    /// A state the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl RoomCallResponseStatus {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::TimedOut,
        Self::NotCalled,
        Self::Accepted,
        Self::Rejected,
        Self::Calling,
        Self::Joined,
        Self::Left,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::TimedOut => 0u32,
            Self::NotCalled => 1u32,
            Self::Accepted => 2u32,
            Self::Rejected => 3u32,
            Self::Calling => 4u32,
            Self::Joined => 5u32,
            Self::Left => 6u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::TimedOut,
            1u32 => Self::NotCalled,
            2u32 => Self::Accepted,
            3u32 => Self::Rejected,
            4u32 => Self::Calling,
            5u32 => Self::Joined,
            6u32 => Self::Left,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::TimedOut => {
                ::std::option::Option::Some(
                    "The call timed out or no result was found (呼叫超时或未查询到结果)",
                )
            }
            Self::NotCalled => ::std::option::Option::Some("Not called (未呼叫)"),
            Self::Accepted => ::std::option::Option::Some("Accepted (已接受)"),
            Self::Rejected => ::std::option::Option::Some("Rejected (已拒绝)"),
            Self::Calling => ::std::option::Option::Some("Being called (呼叫中)"),
            Self::Joined => ::std::option::Option::Some("Joined the meeting (已入会)"),
            Self::Left => ::std::option::Option::Some("Left the meeting (已离会)"),
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(RoomCallResponseStatus);
/// State of a call to a meeting room right after it was placed (呼叫状态). The page lists 2 and 5 while its own example answers 1; any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum RoomCallStatus {
    /// Being invited (邀请中) (code 2).
    Inviting,
    /// Failed (失败) (code 5).
    Failed,
    /// A state the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl RoomCallStatus {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Inviting, Self::Failed];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Inviting => 2u32,
            Self::Failed => 5u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            2u32 => Self::Inviting,
            5u32 => Self::Failed,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Inviting => ::std::option::Option::Some("Being invited (邀请中)"),
            Self::Failed => ::std::option::Option::Some("Failed (失败)"),
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(RoomCallStatus);
/// State of a controller (设备状态), sent as a string of digits. Any other string is accepted.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum RoomControllerStatus {
    /// Offline (离线) (`0`).
    Offline,
    /// Online (在线) (`1`).
    Online,
    /// A state the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(::std::string::String),
}
impl RoomControllerStatus {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Offline, Self::Online];
    /// The code on the wire.
    pub fn code(&self) -> &str {
        match self {
            Self::Offline => "0",
            Self::Online => "1",
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub fn from_code(code: &str) -> Self {
        match code {
            "0" => Self::Offline,
            "1" => Self::Online,
            other => Self::Other(other.to_owned()),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub fn label(&self) -> ::std::option::Option<&'static str> {
        match self.code() {
            "0" => ::std::option::Option::Some("Offline (离线)"),
            "1" => ::std::option::Option::Some("Online (在线)"),
            _ => ::std::option::Option::None,
        }
    }
}
crate::code_list::string_code_list_impls!(RoomControllerStatus);
/// Whether alert notifications are switched on for a meeting room (告警通知状态). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum RoomMonitorStatus {
    /// Not switched on (未开启) (code 0).
    Off,
    /// Switched on (已开启) (code 1).
    On,
    /// A state the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl RoomMonitorStatus {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Off, Self::On];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Off => 0u32,
            Self::On => 1u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Off,
            1u32 => Self::On,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Off => ::std::option::Option::Some("Not switched on (未开启)"),
            Self::On => ::std::option::Option::Some("Switched on (已开启)"),
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(RoomMonitorStatus);
/// Who may see a meeting room's cloud recordings (分享云录制). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum RoomRecordSharing {
    /// Sharing switched off (关闭分享) (code 0).
    Off,
    /// Every member (全部成员可查看) (code 1).
    AllMembers,
    /// Signed-in members only (仅登录成员可查看) (code 2).
    SignedInMembers,
    /// Members of the same enterprise only (仅同企业成员可查看) (code 3).
    SameEnterprise,
    /// Participants of the meeting only (仅参会成员可查看) (code 4).
    Participants,
    /// A setting the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl RoomRecordSharing {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::Off,
        Self::AllMembers,
        Self::SignedInMembers,
        Self::SameEnterprise,
        Self::Participants,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Off => 0u32,
            Self::AllMembers => 1u32,
            Self::SignedInMembers => 2u32,
            Self::SameEnterprise => 3u32,
            Self::Participants => 4u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Off,
            1u32 => Self::AllMembers,
            2u32 => Self::SignedInMembers,
            3u32 => Self::SameEnterprise,
            4u32 => Self::Participants,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Off => {
                ::std::option::Option::Some("Sharing switched off (关闭分享)")
            }
            Self::AllMembers => {
                ::std::option::Option::Some("Every member (全部成员可查看)")
            }
            Self::SignedInMembers => {
                ::std::option::Option::Some(
                    "Signed-in members only (仅登录成员可查看)",
                )
            }
            Self::SameEnterprise => {
                ::std::option::Option::Some(
                    "Members of the same enterprise only (仅同企业成员可查看)",
                )
            }
            Self::Participants => {
                ::std::option::Option::Some(
                    "Participants of the meeting only (仅参会成员可查看)",
                )
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(RoomRecordSharing);
/// Whether a meeting room may be booked (预定状态). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum RoomScheduledStatus {
    /// Not open for booking (未开放预定) (code 0).
    Closed,
    /// Open for booking (开放预定) (code 1).
    Open,
    /// A state the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl RoomScheduledStatus {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Closed, Self::Open];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Closed => 0u32,
            Self::Open => 1u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Closed,
            1u32 => Self::Open,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Closed => {
                ::std::option::Option::Some("Not open for booking (未开放预定)")
            }
            Self::Open => ::std::option::Option::Some("Open for booking (开放预定)"),
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(RoomScheduledStatus);
/// Watermark setting of a meeting room (水印). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum RoomWatermark {
    /// No watermark (关闭) (code 0).
    Off,
    /// A single row of watermark (单排水印) (code 1).
    SingleRow,
    /// Several rows of watermark (多排水印) (code 2).
    MultiRow,
    /// A setting the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl RoomWatermark {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::Off,
        Self::SingleRow,
        Self::MultiRow,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Off => 0u32,
            Self::SingleRow => 1u32,
            Self::MultiRow => 2u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Off,
            1u32 => Self::SingleRow,
            2u32 => Self::MultiRow,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Off => ::std::option::Option::Some("No watermark (关闭)"),
            Self::SingleRow => {
                ::std::option::Option::Some("A single row of watermark (单排水印)")
            }
            Self::MultiRow => {
                ::std::option::Option::Some("Several rows of watermark (多排水印)")
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(RoomWatermark);
/// `GET /v1/meeting-rooms`: List the enterprise's meeting rooms (查询会议室(Rooms)列表).
///
/// - path parameters: none
/// - request: [`ListMeetingRoomsRequest`](crate::rooms::ListMeetingRoomsRequest), in the query string (no body)
/// - response: [`ListMeetingRoomsResponse`](crate::rooms::ListMeetingRoomsResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: by page number (`page`, `page_size`), the items in `meeting_room_list` ([`Paged`](crate::Paged))
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/55309); the official SDKs call it `V1MeetingRoomsGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ListMeetingRooms;
impl crate::Endpoint for ListMeetingRooms {
    const NAME: &'static str = "list_meeting_rooms";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/meeting-rooms";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::rooms::ListMeetingRoomsRequest;
    type Response = crate::rooms::ListMeetingRoomsResponse;
}
impl crate::EncodeRequest for crate::rooms::ListMeetingRoomsRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        if let ::std::option::Option::Some(value) = &self.page {
            query.pair("page", value);
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            query.pair("page_size", value);
        }
        if let ::std::option::Option::Some(value) = &self.meeting_room_name {
            query.pair("meeting_room_name", value);
        }
        ::std::result::Result::Ok(query.finish())
    }
}
impl crate::Paged for ListMeetingRooms {
    type Item = crate::rooms::MeetingRoomSummary;
    fn items(response: Self::Response) -> ::std::vec::Vec<Self::Item> {
        crate::paging::Items::into_items(response.meeting_room_list)
    }
    fn next_request(
        request: &Self::Request,
        response: &Self::Response,
    ) -> ::std::option::Option<Self::Request> {
        let page = crate::paging::page_after(
            crate::paging::Number::number(&request.page),
            crate::paging::Number::number(&request.page_size),
            crate::paging::Items::count(&response.meeting_room_list),
            crate::paging::Number::number(&response.total_page),
            crate::paging::Number::number(&response.total_count),
        )?;
        let mut next = ::std::clone::Clone::clone(request);
        next.page = crate::paging::Number::from_number(page)?;
        ::std::option::Option::Some(next)
    }
}
/// `GET /v1/meeting-rooms/{meeting_room_id}`: Get a meeting room's details (查询会议室(Rooms)详情).
///
/// - path parameters: [`GetMeetingRoomPath`](crate::rooms::GetMeetingRoomPath)
/// - request: [`GetMeetingRoomRequest`](crate::rooms::GetMeetingRoomRequest), in the query string (no body)
/// - response: [`GetMeetingRoomResponse`](crate::rooms::GetMeetingRoomResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/55311); the official SDKs call it `V1MeetingRoomsMeetingRoomIdGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GetMeetingRoom;
impl crate::Endpoint for GetMeetingRoom {
    const NAME: &'static str = "get_meeting_room";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/meeting-rooms/{meeting_room_id}";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = crate::rooms::GetMeetingRoomPath;
    type Request = crate::rooms::GetMeetingRoomRequest;
    type Response = crate::rooms::GetMeetingRoomResponse;
}
impl crate::PathParams for crate::rooms::GetMeetingRoomPath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(
            template,
            &[("meeting_room_id", self.meeting_room_id.as_str())],
        )
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "meeting_room_id" => {
                ::std::option::Option::Some(self.meeting_room_id.as_str())
            }
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::rooms::GetMeetingRoomRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        ::std::result::Result::Ok(query.finish())
    }
}
/// `GET /v1/meeting-rooms/{operator_id}/meetings`: List the meetings of a meeting room (查询会议室(Rooms)下的会议列表).
///
/// - path parameters: [`ListRoomMeetingsPath`](crate::rooms::ListRoomMeetingsPath)
/// - request: [`ListRoomMeetingsRequest`](crate::rooms::ListRoomMeetingsRequest), in the query string (no body)
/// - response: [`ListRoomMeetingsResponse`](crate::rooms::ListRoomMeetingsResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: by page number (`page`, `page_size`), the items in `meeting_info_list` ([`Paged`](crate::Paged))
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/67435); the official SDKs call it `V1MeetingRoomsOperatorIdMeetingsGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ListRoomMeetings;
impl crate::Endpoint for ListRoomMeetings {
    const NAME: &'static str = "list_room_meetings";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/meeting-rooms/{operator_id}/meetings";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = crate::rooms::ListRoomMeetingsPath;
    type Request = crate::rooms::ListRoomMeetingsRequest;
    type Response = crate::rooms::ListRoomMeetingsResponse;
}
impl crate::PathParams for crate::rooms::ListRoomMeetingsPath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(
            template,
            &[("operator_id", self.operator_id.as_str())],
        )
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "operator_id" => ::std::option::Option::Some(self.operator_id.as_str()),
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::rooms::ListRoomMeetingsRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("operator_id_type", &self.operator_id_type);
        if let ::std::option::Option::Some(value) = &self.target_rooms_id {
            query.pair("target_rooms_id", value);
        }
        if let ::std::option::Option::Some(value) = &self.target_rooms_id_type {
            query.pair("target_rooms_id_type", value);
        }
        query.pair("instanceid", &self.instanceid);
        if let ::std::option::Option::Some(value) = &self.start_time {
            query.pair("start_time", value);
        }
        if let ::std::option::Option::Some(value) = &self.end_time {
            query.pair("end_time", value);
        }
        if let ::std::option::Option::Some(value) = &self.page {
            query.pair("page", value);
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            query.pair("page_size", value);
        }
        ::std::result::Result::Ok(query.finish())
    }
}
impl crate::Paged for ListRoomMeetings {
    type Item = crate::rooms::RoomMeeting;
    fn items(response: Self::Response) -> ::std::vec::Vec<Self::Item> {
        crate::paging::Items::into_items(response.meeting_info_list)
    }
    fn next_request(
        request: &Self::Request,
        response: &Self::Response,
    ) -> ::std::option::Option<Self::Request> {
        let page = crate::paging::page_after(
            crate::paging::Number::number(&request.page),
            crate::paging::Number::number(&request.page_size),
            crate::paging::Items::count(&response.meeting_info_list),
            crate::paging::Number::number(&response.total_page),
            crate::paging::Number::number(&response.total_count),
        )?;
        let mut next = ::std::clone::Clone::clone(request);
        next.page = crate::paging::Number::from_number(page)?;
        ::std::option::Option::Some(next)
    }
}
/// `GET /v1/devices`: List the enterprise's meeting-room devices (查询设备列表).
///
/// - path parameters: none
/// - request: [`ListRoomDevicesRequest`](crate::rooms::ListRoomDevicesRequest), in the query string (no body)
/// - response: [`ListRoomDevicesResponse`](crate::rooms::ListRoomDevicesResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: by page number (`page`, `page_size`), the items in `device_info_list` ([`Paged`](crate::Paged))
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/55312); the official SDKs call it `V1DevicesGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ListRoomDevices;
impl crate::Endpoint for ListRoomDevices {
    const NAME: &'static str = "list_room_devices";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/devices";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::rooms::ListRoomDevicesRequest;
    type Response = crate::rooms::ListRoomDevicesResponse;
}
impl crate::EncodeRequest for crate::rooms::ListRoomDevicesRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        if let ::std::option::Option::Some(value) = &self.page {
            query.pair("page", value);
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            query.pair("page_size", value);
        }
        if let ::std::option::Option::Some(value) = &self.meeting_room_name {
            query.pair("meeting_room_name", value);
        }
        ::std::result::Result::Ok(query.finish())
    }
}
impl crate::Paged for ListRoomDevices {
    type Item = crate::rooms::RoomDevice;
    fn items(response: Self::Response) -> ::std::vec::Vec<Self::Item> {
        crate::paging::Items::into_items(response.device_info_list)
    }
    fn next_request(
        request: &Self::Request,
        response: &Self::Response,
    ) -> ::std::option::Option<Self::Request> {
        let page = crate::paging::page_after(
            crate::paging::Number::number(&request.page),
            crate::paging::Number::number(&request.page_size),
            crate::paging::Items::count(&response.device_info_list),
            crate::paging::Number::number(&response.total_page),
            crate::paging::Number::number(&response.total_count),
        )?;
        let mut next = ::std::clone::Clone::clone(request);
        next.page = crate::paging::Number::from_number(page)?;
        ::std::option::Option::Some(next)
    }
}
/// `GET /v1/meeting-rooms-monitor/device-controller-info`: List the enterprise's meeting-room controllers (查询控制器列表).
///
/// - path parameters: none
/// - request: [`ListRoomControllersRequest`](crate::rooms::ListRoomControllersRequest), in the query string (no body)
/// - response: [`ListRoomControllersResponse`](crate::rooms::ListRoomControllersResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: by page number (`page`, `page_size`), the items in `controller_info_list` ([`Paged`](crate::Paged))
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/74890); the official SDKs call it `V1MeetingRoomsMonitorDeviceControllerInfoGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ListRoomControllers;
impl crate::Endpoint for ListRoomControllers {
    const NAME: &'static str = "list_room_controllers";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/meeting-rooms-monitor/device-controller-info";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::rooms::ListRoomControllersRequest;
    type Response = crate::rooms::ListRoomControllersResponse;
}
impl crate::EncodeRequest for crate::rooms::ListRoomControllersRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        if let ::std::option::Option::Some(value) = &self.controller_name {
            query.pair("controller_name", value);
        }
        if let ::std::option::Option::Some(value) = &self.page {
            query.pair("page", value);
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            query.pair("page_size", value);
        }
        ::std::result::Result::Ok(query.finish())
    }
}
impl crate::Paged for ListRoomControllers {
    type Item = crate::rooms::RoomController;
    fn items(response: Self::Response) -> ::std::vec::Vec<Self::Item> {
        crate::paging::Items::into_items(response.controller_info_list)
    }
    fn next_request(
        request: &Self::Request,
        response: &Self::Response,
    ) -> ::std::option::Option<Self::Request> {
        let page = crate::paging::page_after(
            crate::paging::Number::number(&request.page),
            crate::paging::Number::number(&request.page_size),
            crate::paging::Items::count(&response.controller_info_list),
            crate::paging::Number::number(&response.total_page),
            crate::paging::Number::number(&response.total_count),
        )?;
        let mut next = ::std::clone::Clone::clone(request);
        next.page = crate::paging::Number::from_number(page)?;
        ::std::option::Option::Some(next)
    }
}
/// `POST /v1/meeting-rooms/room-config-info`: Get a meeting room's settings (查询会议室配置项).
///
/// - path parameters: none
/// - request: [`GetRoomConfigRequest`](crate::rooms::GetRoomConfigRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: [`GetRoomConfigResponse`](crate::rooms::GetRoomConfigResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/83259); the official SDKs call it `V1MeetingRoomsRoomConfigInfoPost`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GetRoomConfig;
impl crate::Endpoint for GetRoomConfig {
    const NAME: &'static str = "get_room_config";
    const METHOD: crate::Method = crate::Method::Post;
    const PATH_TEMPLATE: &'static str = "/v1/meeting-rooms/room-config-info";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::rooms::GetRoomConfigRequest;
    type Response = crate::rooms::GetRoomConfigResponse;
}
impl crate::EncodeRequest for crate::rooms::GetRoomConfigRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `POST /v1/meeting-rooms/room-call-info`: Get how a called meeting room answered (查询会议室应答状态).
///
/// - path parameters: none
/// - request: [`GetRoomCallStatusRequest`](crate::rooms::GetRoomCallStatusRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: [`GetRoomCallStatusResponse`](crate::rooms::GetRoomCallStatusResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/83263); the official SDKs call it `V1MeetingRoomsRoomCallInfoPost`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GetRoomCallStatus;
impl crate::Endpoint for GetRoomCallStatus {
    const NAME: &'static str = "get_room_call_status";
    const METHOD: crate::Method = crate::Method::Post;
    const PATH_TEMPLATE: &'static str = "/v1/meeting-rooms/room-call-info";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::rooms::GetRoomCallStatusRequest;
    type Response = crate::rooms::GetRoomCallStatusResponse;
}
impl crate::EncodeRequest for crate::rooms::GetRoomCallStatusRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `GET /v1/rooms-inventory/account-statistics`: Get how the enterprise's Rooms accounts are used, by edition (查询账号类型资源使用统计).
///
/// - path parameters: none
/// - request: [`GetRoomsAccountStatisticsRequest`](crate::rooms::GetRoomsAccountStatisticsRequest), in the query string (no body)
/// - response: [`GetRoomsAccountStatisticsResponse`](crate::rooms::GetRoomsAccountStatisticsResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/94208); the official SDKs call it `V1RoomsInventoryAccountStatisticsGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GetRoomsAccountStatistics;
impl crate::Endpoint for GetRoomsAccountStatistics {
    const NAME: &'static str = "get_rooms_account_statistics";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/rooms-inventory/account-statistics";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::rooms::GetRoomsAccountStatisticsRequest;
    type Response = crate::rooms::GetRoomsAccountStatisticsResponse;
}
impl crate::EncodeRequest for crate::rooms::GetRoomsAccountStatisticsRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        ::std::result::Result::Ok(query.finish())
    }
}
/// `GET /v1/rooms-inventory`: Get the Rooms resources the enterprise bought (查询账户下 Rooms 资源).
///
/// - path parameters: none
/// - request: [`GetRoomsInventoryRequest`](crate::rooms::GetRoomsInventoryRequest), in the query string (no body)
/// - response: [`GetRoomsInventoryResponse`](crate::rooms::GetRoomsInventoryResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes: 20201
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/55308); the official SDKs call it `V1RoomsInventoryGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GetRoomsInventory;
impl crate::Endpoint for GetRoomsInventory {
    const NAME: &'static str = "get_rooms_inventory";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/rooms-inventory";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::MEETING_ROOM_QUERY_FAILED,
    ];
    type Path = ();
    type Request = crate::rooms::GetRoomsInventoryRequest;
    type Response = crate::rooms::GetRoomsInventoryResponse;
}
impl crate::EncodeRequest for crate::rooms::GetRoomsInventoryRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        ::std::result::Result::Ok(query.finish())
    }
}
/// `GET /v1/meeting-rooms/{meeting_room_id}/background`: Get a meeting room's background (查询会议室背景).
///
/// - path parameters: [`GetRoomBackgroundPath`](crate::rooms::GetRoomBackgroundPath)
/// - request: [`GetRoomBackgroundRequest`](crate::rooms::GetRoomBackgroundRequest), in the query string (no body)
/// - response: [`GetRoomBackgroundResponse`](crate::rooms::GetRoomBackgroundResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/86416); the official SDKs call it `V1MeetingRoomsMeetingRoomIdBackgroundGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GetRoomBackground;
impl crate::Endpoint for GetRoomBackground {
    const NAME: &'static str = "get_room_background";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/meeting-rooms/{meeting_room_id}/background";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = crate::rooms::GetRoomBackgroundPath;
    type Request = crate::rooms::GetRoomBackgroundRequest;
    type Response = crate::rooms::GetRoomBackgroundResponse;
}
impl crate::PathParams for crate::rooms::GetRoomBackgroundPath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(
            template,
            &[("meeting_room_id", self.meeting_room_id.as_str())],
        )
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "meeting_room_id" => {
                ::std::option::Option::Some(self.meeting_room_id.as_str())
            }
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::rooms::GetRoomBackgroundRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        ::std::result::Result::Ok(query.finish())
    }
}
/// `GET /v1/meeting-rooms/{screencast_code}/rooms-info`: Find a meeting room by its screen-cast code (通过投屏码查询会议室信息).
///
/// - path parameters: [`GetRoomByScreencastCodePath`](crate::rooms::GetRoomByScreencastCodePath)
/// - request: [`GetRoomByScreencastCodeRequest`](crate::rooms::GetRoomByScreencastCodeRequest), in the query string (no body)
/// - response: [`GetRoomByScreencastCodeResponse`](crate::rooms::GetRoomByScreencastCodeResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/101549); the official SDKs call it `V1MeetingRoomsScreencastCodeRoomsInfoGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GetRoomByScreencastCode;
impl crate::Endpoint for GetRoomByScreencastCode {
    const NAME: &'static str = "get_room_by_screencast_code";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/meeting-rooms/{screencast_code}/rooms-info";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = crate::rooms::GetRoomByScreencastCodePath;
    type Request = crate::rooms::GetRoomByScreencastCodeRequest;
    type Response = crate::rooms::GetRoomByScreencastCodeResponse;
}
impl crate::PathParams for crate::rooms::GetRoomByScreencastCodePath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(
            template,
            &[("screencast_code", self.screencast_code.as_str())],
        )
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "screencast_code" => {
                ::std::option::Option::Some(self.screencast_code.as_str())
            }
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::rooms::GetRoomByScreencastCodeRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        ::std::result::Result::Ok(query.finish())
    }
}
/// `POST /v1/meetings/{meeting_id}/book-rooms`: Book meeting rooms for a meeting (预定会议室(Rooms)).
///
/// - path parameters: [`BookRoomsPath`](crate::rooms::BookRoomsPath)
/// - request: [`BookRoomsRequest`](crate::rooms::BookRoomsRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: [`BookRoomsResponse`](crate::rooms::BookRoomsResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes: 9007, 13001, 20000, 20001, 20201, 14151, 21301, 20002, 14152, 20003, 201003, 9102
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/55313); the official SDKs call it `V1MeetingsMeetingIdBookRoomsPost`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BookRooms;
impl crate::Endpoint for BookRooms {
    const NAME: &'static str = "book_rooms";
    const METHOD: crate::Method = crate::Method::Post;
    const PATH_TEMPLATE: &'static str = "/v1/meetings/{meeting_id}/book-rooms";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::MEETING_CANCELLED,
        crate::ErrorCode::MEETING_CACHE_SET_FAILED,
        crate::ErrorCode::PARAMETER_TYPE_MISMATCH,
        crate::ErrorCode::USER_NOT_EXIST_OR_ROOM_BOOKING_TOO_LONG,
        crate::ErrorCode::MEETING_ROOM_QUERY_FAILED,
        crate::ErrorCode::MEETING_STARTED_NOT_MODIFIABLE,
        crate::ErrorCode::MEETING_ROOM_OCCUPIED,
        crate::ErrorCode::USER_EXISTS_OR_ROOM_BOOKING_RECURRING,
        crate::ErrorCode::MEETING_ENDED_NOT_MODIFIABLE,
        crate::ErrorCode::USER_UNAVAILABLE_OR_ROOM_NOT_BOOKABLE,
        crate::ErrorCode::MEETING_INFO_NOT_EXIST,
        crate::ErrorCode::NO_PERMISSION_TO_MODIFY_MEETING,
    ];
    type Path = crate::rooms::BookRoomsPath;
    type Request = crate::rooms::BookRoomsRequest;
    type Response = crate::rooms::BookRoomsResponse;
}
impl crate::PathParams for crate::rooms::BookRoomsPath {
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
impl crate::EncodeRequest for crate::rooms::BookRoomsRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `POST /v1/meetings/{meeting_id}/release-rooms`: Release meeting rooms booked for a meeting (释放会议室(Rooms)).
///
/// - path parameters: [`ReleaseRoomsPath`](crate::rooms::ReleaseRoomsPath)
/// - request: [`ReleaseRoomsRequest`](crate::rooms::ReleaseRoomsRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes: 9002, 9102, 14152, 13703, 20002, 20001, 14151, 9007, 20000, 9003, 20201
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/55314); the official SDKs call it `V1MeetingsMeetingIdReleaseRoomsPost`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ReleaseRooms;
impl crate::Endpoint for ReleaseRooms {
    const NAME: &'static str = "release_rooms";
    const METHOD: crate::Method = crate::Method::Post;
    const PATH_TEMPLATE: &'static str = "/v1/meetings/{meeting_id}/release-rooms";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::ILLEGAL_REQUEST,
        crate::ErrorCode::NO_PERMISSION_TO_MODIFY_MEETING,
        crate::ErrorCode::MEETING_ENDED_NOT_MODIFIABLE,
        crate::ErrorCode::MEETING_QUERY_FAILED,
        crate::ErrorCode::USER_EXISTS_OR_ROOM_BOOKING_RECURRING,
        crate::ErrorCode::USER_NOT_EXIST_OR_ROOM_BOOKING_TOO_LONG,
        crate::ErrorCode::MEETING_STARTED_NOT_MODIFIABLE,
        crate::ErrorCode::MEETING_CANCELLED,
        crate::ErrorCode::PARAMETER_TYPE_MISMATCH,
        crate::ErrorCode::MEETING_NOT_EXIST,
        crate::ErrorCode::MEETING_ROOM_QUERY_FAILED,
    ];
    type Path = crate::rooms::ReleaseRoomsPath;
    type Request = crate::rooms::ReleaseRoomsRequest;
    type Response = ();
}
impl crate::PathParams for crate::rooms::ReleaseRoomsPath {
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
impl crate::EncodeRequest for crate::rooms::ReleaseRoomsRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `PUT /v1/meeting-rooms/modify`: Change a meeting room's facts (修改会议室信息).
///
/// - path parameters: none
/// - request: [`UpdateMeetingRoomRequest`](crate::rooms::UpdateMeetingRoomRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: a JSON object the docs do not describe, kept whole ([`JsonObject`](crate::JsonObject))
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/83258); the official SDKs call it `V1MeetingRoomsModifyPut`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct UpdateMeetingRoom;
impl crate::Endpoint for UpdateMeetingRoom {
    const NAME: &'static str = "update_meeting_room";
    const METHOD: crate::Method = crate::Method::Put;
    const PATH_TEMPLATE: &'static str = "/v1/meeting-rooms/modify";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::rooms::UpdateMeetingRoomRequest;
    type Response = crate::JsonObject;
}
impl crate::EncodeRequest for crate::rooms::UpdateMeetingRoomRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `POST /v1/meeting-rooms/modify-room-config-info`: Change a meeting room's settings (修改会议室配置项).
///
/// - path parameters: none
/// - request: [`UpdateRoomConfigRequest`](crate::rooms::UpdateRoomConfigRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: a JSON object the docs do not describe, kept whole ([`JsonObject`](crate::JsonObject))
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/83260); the official SDKs call it `V1MeetingRoomsModifyRoomConfigInfoPost`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct UpdateRoomConfig;
impl crate::Endpoint for UpdateRoomConfig {
    const NAME: &'static str = "update_room_config";
    const METHOD: crate::Method = crate::Method::Post;
    const PATH_TEMPLATE: &'static str = "/v1/meeting-rooms/modify-room-config-info";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::rooms::UpdateRoomConfigRequest;
    type Response = crate::JsonObject;
}
impl crate::EncodeRequest for crate::rooms::UpdateRoomConfigRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `PUT /v1/meeting-rooms/room-call`: Call a meeting room into a meeting (呼叫会议室).
///
/// - path parameters: none
/// - request: [`CallRoomRequest`](crate::rooms::CallRoomRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: [`CallRoomResponse`](crate::rooms::CallRoomResponse)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes: 10004, 10002, 20000
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/83261); the official SDKs call it `V1MeetingRoomsRoomCallPut`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CallRoom;
impl crate::Endpoint for CallRoom {
    const NAME: &'static str = "call_room";
    const METHOD: crate::Method = crate::Method::Put;
    const PATH_TEMPLATE: &'static str = "/v1/meeting-rooms/room-call";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::ROOM_CALL_FAILED,
        crate::ErrorCode::WEBHOOK_URL_UNAVAILABLE,
        crate::ErrorCode::PARAMETER_TYPE_MISMATCH,
    ];
    type Path = ();
    type Request = crate::rooms::CallRoomRequest;
    type Response = crate::rooms::CallRoomResponse;
}
impl crate::EncodeRequest for crate::rooms::CallRoomRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `PUT /v1/meeting-rooms/cancel-room-call`: Cancel a call to a meeting room (取消呼叫会议室).
///
/// - path parameters: none
/// - request: [`CancelRoomCallRequest`](crate::rooms::CancelRoomCallRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/83262); the official SDKs call it `V1MeetingRoomsCancelRoomCallPut`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CancelRoomCall;
impl crate::Endpoint for CancelRoomCall {
    const NAME: &'static str = "cancel_room_call";
    const METHOD: crate::Method = crate::Method::Put;
    const PATH_TEMPLATE: &'static str = "/v1/meeting-rooms/cancel-room-call";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::rooms::CancelRoomCallRequest;
    type Response = ();
}
impl crate::EncodeRequest for crate::rooms::CancelRoomCallRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `POST /v1/meeting-rooms/{meeting_room_id}/active-code`: Generate an activation code for a meeting room's device (生成设备激活码).
///
/// - path parameters: [`CreateRoomActiveCodePath`](crate::rooms::CreateRoomActiveCodePath)
/// - request: [`CreateRoomActiveCodeRequest`](crate::rooms::CreateRoomActiveCodeRequest), in the query string (no body)
/// - response: [`CreateRoomActiveCodeResponse`](crate::rooms::CreateRoomActiveCodeResponse)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes: 20000, 20201
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/55310); the official SDKs call it `V1MeetingRoomsMeetingRoomIdActiveCodePost`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CreateRoomActiveCode;
impl crate::Endpoint for CreateRoomActiveCode {
    const NAME: &'static str = "create_room_active_code";
    const METHOD: crate::Method = crate::Method::Post;
    const PATH_TEMPLATE: &'static str = "/v1/meeting-rooms/{meeting_room_id}/active-code";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::PARAMETER_TYPE_MISMATCH,
        crate::ErrorCode::MEETING_ROOM_QUERY_FAILED,
    ];
    type Path = crate::rooms::CreateRoomActiveCodePath;
    type Request = crate::rooms::CreateRoomActiveCodeRequest;
    type Response = crate::rooms::CreateRoomActiveCodeResponse;
}
impl crate::PathParams for crate::rooms::CreateRoomActiveCodePath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(
            template,
            &[("meeting_room_id", self.meeting_room_id.as_str())],
        )
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "meeting_room_id" => {
                ::std::option::Option::Some(self.meeting_room_id.as_str())
            }
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::rooms::CreateRoomActiveCodeRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        ::std::result::Result::Ok(query.finish())
    }
}
/// `POST /v1/meeting-rooms/{meeting_room_id}/background`: Set a meeting room's background (设置会议室背景).
///
/// - path parameters: [`SetRoomBackgroundPath`](crate::rooms::SetRoomBackgroundPath)
/// - request: [`SetRoomBackgroundRequest`](crate::rooms::SetRoomBackgroundRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: [`SetRoomBackgroundResponse`](crate::rooms::SetRoomBackgroundResponse)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/86415); the official SDKs call it `V1MeetingRoomsMeetingRoomIdBackgroundPost`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SetRoomBackground;
impl crate::Endpoint for SetRoomBackground {
    const NAME: &'static str = "set_room_background";
    const METHOD: crate::Method = crate::Method::Post;
    const PATH_TEMPLATE: &'static str = "/v1/meeting-rooms/{meeting_room_id}/background";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = crate::rooms::SetRoomBackgroundPath;
    type Request = crate::rooms::SetRoomBackgroundRequest;
    type Response = crate::rooms::SetRoomBackgroundResponse;
}
impl crate::PathParams for crate::rooms::SetRoomBackgroundPath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(
            template,
            &[("meeting_room_id", self.meeting_room_id.as_str())],
        )
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "meeting_room_id" => {
                ::std::option::Option::Some(self.meeting_room_id.as_str())
            }
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::rooms::SetRoomBackgroundRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
impl crate::ResponseBody for crate::rooms::ListMeetingRoomsResponse {
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
impl crate::ResponseBody for crate::rooms::GetMeetingRoomResponse {
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
impl crate::ResponseBody for crate::rooms::ListRoomMeetingsResponse {
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
impl crate::ResponseBody for crate::rooms::ListRoomDevicesResponse {
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
impl crate::ResponseBody for crate::rooms::ListRoomControllersResponse {
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
impl crate::ResponseBody for crate::rooms::GetRoomConfigResponse {
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
impl crate::ResponseBody for crate::rooms::GetRoomCallStatusResponse {
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
impl crate::ResponseBody for crate::rooms::GetRoomsAccountStatisticsResponse {
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
impl crate::ResponseBody for crate::rooms::GetRoomsInventoryResponse {
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
impl crate::ResponseBody for crate::rooms::GetRoomBackgroundResponse {
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
impl crate::ResponseBody for crate::rooms::GetRoomByScreencastCodeResponse {
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
impl crate::ResponseBody for crate::rooms::BookRoomsResponse {
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
impl crate::ResponseBody for crate::rooms::CallRoomResponse {
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
impl crate::ResponseBody for crate::rooms::CreateRoomActiveCodeResponse {
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
impl crate::ResponseBody for crate::rooms::SetRoomBackgroundResponse {
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
    /// JSON Schema (Draft-07, self-contained) of [`BookRoomsPath`](crate::rooms::BookRoomsPath), bundled from `schemas/rooms/book-rooms.path.json`.
    pub const BOOK_ROOMS_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/BookRoomsPath",
  "definitions": {
    "BookRoomsPath": {
      "title": "BookRoomsPath",
      "description": "Path parameters of `POST /v1/meetings/{meeting_id}/book-rooms`.",
      "type": "object",
      "required": [
        "meeting_id"
      ],
      "examples": [
        {
          "meeting_id": "6524541286408448530"
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议 ID); the page spells the placeholder `{meeting_id}`.",
          "type": "string",
          "minLength": 1
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`BookRoomsRequest`](crate::rooms::BookRoomsRequest), bundled from `schemas/rooms/book-rooms.request.json`.
    pub const BOOK_ROOMS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/BookRoomsRequest",
  "definitions": {
    "BookRoomsRequest": {
      "title": "BookRoomsRequest",
      "description": "Body of `POST /v1/meetings/{meeting_id}/book-rooms`: book meeting rooms for a scheduled meeting (预定会议室(Rooms)). The list replaces the rooms booked before (此接口为覆盖型接口). The meeting must last at most 24 hours (会议时长不得大于24小时; 20001 otherwise) and must not be recurring (不支持周期性会议; 20002). The operator is a super administrator, an administrator or the meeting's creator (超级管理员/管理员、会议创建者角色); OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). The page's example is cut inside `operator_id`; it is completed from the release page's example, which has the same shape.",
      "type": "object",
      "required": [
        "meeting_room_id_list",
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "operator_id": "KM4Ss4T******1JiK",
          "operator_id_type": 1,
          "meeting_room_id_list": [
            "100001",
            "100002"
          ]
        }
      ],
      "properties": {
        "meeting_room_id_list": {
          "description": "IDs of the meeting rooms to book for the meeting; they replace the rooms booked before (覆盖型接口) (会议室 ID 列表).",
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
          }
        },
        "operator_id": {
          "description": "ID of the operator (操作者 ID), read according to `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "subject_visible": {
          "description": "Whether the Rooms devices show the meeting's subject during the hour before it starts (在会议开始前的一小时内，在 Room 上显示会议主题); true when absent (默认值为 true). It does not affect meetings more than an hour away, which never show it.",
          "type": "boolean"
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
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`BookRoomsResponse`](crate::rooms::BookRoomsResponse), bundled from `schemas/rooms/book-rooms.response.json`.
    pub const BOOK_ROOMS_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/BookRoomsResponse",
  "definitions": {
    "BookRoomsResponse": {
      "title": "BookRoomsResponse",
      "description": "Body of a successful `POST /v1/meetings/{meeting_id}/book-rooms`: the rooms booked (会议室对象列表). Lenient: nothing is required and unknown fields are kept, not lost. The current page's example was not captured; this is the older page's.",
      "type": "object",
      "examples": [
        {
          "meeting_room_number": 2,
          "meeting_room_list": [
            {
              "meeting_room_id": "100001",
              "meeting_room_name": "会议室测试1",
              "meeting_room_location": "广州-大厦-10"
            },
            {
              "meeting_room_id": "100002",
              "meeting_room_name": "会议室测试2",
              "meeting_room_location": "西安-广场-19"
            }
          ]
        }
      ],
      "properties": {
        "meeting_room_number": {
          "description": "Number of rooms (会议室数量).",
          "type": "integer"
        },
        "meeting_room_list": {
          "description": "The rooms (会议室对象列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/BookedMeetingRoom"
          }
        }
      },
      "x-keep-unknown": true
    },
    "BookedMeetingRoom": {
      "title": "BookedMeetingRoom",
      "description": "A meeting room booked for the meeting (会议室对象).",
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
        "meeting_room_location": {
          "description": "Where the room is (会议室地址).",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`CallRoomRequest`](crate::rooms::CallRoomRequest), bundled from `schemas/rooms/call-room.request.json`.
    pub const CALL_ROOM_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/CallRoomRequest",
  "definitions": {
    "CallRoomRequest": {
      "title": "CallRoomRequest",
      "description": "Body of `PUT /v1/meeting-rooms/room-call`: call a meeting room into a meeting (呼叫会议室), by its room ID or by the signalling address of an MRA device. The administrators of the meeting creator's enterprise and the meeting's participants may call rooms of their own enterprise; calling by MRA address needs the host or a co-host (会议创建者所在企业的管理员和会议参会者可呼叫与自己同企业下的会议室入会，若使用会议室呼叫地址，需主持人或联席主持人身份). OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). The page's example sends `meeting_id` as a string with `x` placeholders; here it is a number, as the table types it.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "meeting_id"
      ],
      "examples": [
        {
          "operator_id": "user1",
          "operator_id_type": 1,
          "meeting_room_id": "xxxxxxxxxxx",
          "meeting_id": 13434000000000927028
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID), read according to `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "meeting_room_id": {
          "description": "ID of the meeting room (会议室 ID); give it or `mra_address` (与 mra_address 二选一).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "mra_address": {
          "description": "The MRA device, given by its signalling address (MRA 对象); give it or `meeting_room_id`.",
          "$ref": "#/definitions/MraAddress"
        },
        "meeting_id": {
          "description": "ID of the meeting the room is invited to (会议 ID). The page types it Integer and advises an int64; meeting IDs run to 20 digits (beyond int64), so it is an unsigned 64-bit number (`x-integer: u64`).",
          "type": "integer",
          "x-integer": "u64"
        }
      }
    },
    "MraAddress": {
      "title": "MraAddress",
      "description": "A meeting-room access (MRA) device to call, given by its signalling address (MRA 对象): the alternative to `meeting_room_id` (与 meeting_room_id 二选一).",
      "type": "object",
      "required": [
        "protocol",
        "dial_string"
      ],
      "properties": {
        "protocol": {
          "description": "Signalling protocol (信令协议).",
          "$ref": "#/definitions/MraProtocol"
        },
        "dial_string": {
          "description": "Signalling address (信令地址): an IP address or an E.164 number for H.323, an IP address or a URI for SIP.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        }
      }
    },
    "MraProtocol": {
      "title": "MraProtocol",
      "description": "Signalling protocol of a meeting-room access (MRA) device (信令协议), as the meeting-room endpoints take it and the room events report it. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Sip",
          "description": "SIP"
        },
        {
          "const": 2,
          "title": "H323",
          "description": "H.323"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A protocol the docs do not list."
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
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`CallRoomResponse`](crate::rooms::CallRoomResponse), bundled from `schemas/rooms/call-room.response.json`.
    pub const CALL_ROOM_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/CallRoomResponse",
  "definitions": {
    "CallRoomResponse": {
      "title": "CallRoomResponse",
      "description": "Body of a successful `PUT /v1/meeting-rooms/room-call`: the call placed (呼叫 ID) and its state. The official SDK knows only `invite_id`. Lenient: nothing is required and unknown fields are kept, not lost.",
      "type": "object",
      "examples": [
        {
          "invite_id": "33faef6b-xxxx-xxxx-xxxx-9d715cc33f95",
          "status": 1
        }
      ],
      "x-accessors": {
        "invite_id": "invite_id"
      },
      "properties": {
        "invite_id": {
          "description": "ID of the call (呼叫 ID): what cancelling the call needs.",
          "type": "string"
        },
        "status": {
          "description": "State of the call (呼叫状态).",
          "$ref": "#/definitions/RoomCallStatus"
        }
      },
      "x-keep-unknown": true
    },
    "RoomCallStatus": {
      "title": "RoomCallStatus",
      "description": "State of a call to a meeting room right after it was placed (呼叫状态). The page lists 2 and 5 while its own example answers 1; any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 2,
          "title": "Inviting",
          "description": "Being invited (邀请中)"
        },
        {
          "const": 5,
          "title": "Failed",
          "description": "Failed (失败)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A state the docs do not list."
        }
      ]
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`CancelRoomCallRequest`](crate::rooms::CancelRoomCallRequest), bundled from `schemas/rooms/cancel-room-call.request.json`.
    pub const CANCEL_ROOM_CALL_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/CancelRoomCallRequest",
  "definitions": {
    "CancelRoomCallRequest": {
      "title": "CancelRoomCallRequest",
      "description": "Body of `PUT /v1/meeting-rooms/cancel-room-call`: cancel a call to a meeting room (取消呼叫会议室), by its room ID or by the signalling address of an MRA device. The caller needs the same rights as for calling the room (同会议室呼叫权限).",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "invite_id",
        "meeting_id",
        "instance_id"
      ],
      "examples": [
        {
          "operator_id": "user1",
          "operator_id_type": 1,
          "instance_id": 1,
          "meeting_room_id": "xxxxxxxxxxxxxxxxx",
          "meeting_id": "13434xxxxxxxxx927028",
          "invite_id": "33faef6b-xxxx-xxxx-xxxx-9d715cc33f95"
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID), read according to `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "meeting_room_id": {
          "description": "ID of the meeting room (会议室 ID); give it or `mra_address` (与 mra_address 二选一).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "mra_address": {
          "description": "The MRA device, given by its signalling address (MRA 对象); give it or `meeting_room_id`.",
          "$ref": "#/definitions/MraAddress"
        },
        "invite_id": {
          "description": "ID of the call to cancel (呼叫 ID), as calling the room answered it.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "meeting_id": {
          "description": "ID of the meeting (会议 ID).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "instance_id": {
          "description": "Device type of the caller (设备类型 ID).",
          "$ref": "#/definitions/InstanceId"
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
    "MraAddress": {
      "title": "MraAddress",
      "description": "A meeting-room access (MRA) device to call, given by its signalling address (MRA 对象): the alternative to `meeting_room_id` (与 meeting_room_id 二选一).",
      "type": "object",
      "required": [
        "protocol",
        "dial_string"
      ],
      "properties": {
        "protocol": {
          "description": "Signalling protocol (信令协议).",
          "$ref": "#/definitions/MraProtocol"
        },
        "dial_string": {
          "description": "Signalling address (信令地址): an IP address or an E.164 number for H.323, an IP address or a URI for SIP.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        }
      }
    },
    "MraProtocol": {
      "title": "MraProtocol",
      "description": "Signalling protocol of a meeting-room access (MRA) device (信令协议), as the meeting-room endpoints take it and the room events report it. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Sip",
          "description": "SIP"
        },
        {
          "const": 2,
          "title": "H323",
          "description": "H.323"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A protocol the docs do not list."
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
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`CreateRoomActiveCodePath`](crate::rooms::CreateRoomActiveCodePath), bundled from `schemas/rooms/create-room-active-code.path.json`.
    pub const CREATE_ROOM_ACTIVE_CODE_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/CreateRoomActiveCodePath",
  "definitions": {
    "CreateRoomActiveCodePath": {
      "title": "CreateRoomActiveCodePath",
      "description": "Path parameters of `POST /v1/meeting-rooms/{meeting_room_id}/active-code`.",
      "type": "object",
      "required": [
        "meeting_room_id"
      ],
      "examples": [
        {
          "meeting_room_id": "100001"
        }
      ],
      "properties": {
        "meeting_room_id": {
          "description": "Meeting room ID (会议室 ID); the page spells the placeholder `{meeting_room_id}`.",
          "type": "string",
          "minLength": 1
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`CreateRoomActiveCodeRequest`](crate::rooms::CreateRoomActiveCodeRequest), bundled from `schemas/rooms/create-room-active-code.request.json`.
    pub const CREATE_ROOM_ACTIVE_CODE_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/CreateRoomActiveCodeRequest",
  "definitions": {
    "CreateRoomActiveCodeRequest": {
      "title": "CreateRoomActiveCodeRequest",
      "description": "Query string of `POST /v1/meeting-rooms/{meeting_room_id}/active-code`: the operator generating an activation code for a meeting room's device (生成设备激活码); the POST has no body. The app needs the permission to manage the enterprise's meeting-room details (管理企业会议室详细信息). OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). The current page requires `operator_id` and `operator_id_type`; the official SDK does not send them (the page wins).",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "operator_id": "14411xxxxxxxxxx002",
          "operator_id_type": 1
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID), read according to `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.",
          "$ref": "#/definitions/OperatorIdType"
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
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`CreateRoomActiveCodeResponse`](crate::rooms::CreateRoomActiveCodeResponse), bundled from `schemas/rooms/create-room-active-code.response.json`.
    pub const CREATE_ROOM_ACTIVE_CODE_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/CreateRoomActiveCodeResponse",
  "definitions": {
    "CreateRoomActiveCodeResponse": {
      "title": "CreateRoomActiveCodeResponse",
      "description": "Body of a successful `POST /v1/meeting-rooms/{meeting_room_id}/active-code`: the new activation code (激活码). Lenient: nothing is required and unknown fields are kept, not lost.",
      "type": "object",
      "examples": [
        {
          "active_code": "1LN3BF2EWX4JYYBY"
        }
      ],
      "x-accessors": {
        "active_code": "active_code"
      },
      "properties": {
        "active_code": {
          "description": "Activation code (激活码): whoever holds it can activate a device as this room.",
          "type": "string",
          "x-sensitive": true
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetMeetingRoomPath`](crate::rooms::GetMeetingRoomPath), bundled from `schemas/rooms/get-meeting-room.path.json`.
    pub const GET_MEETING_ROOM_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetMeetingRoomPath",
  "definitions": {
    "GetMeetingRoomPath": {
      "title": "GetMeetingRoomPath",
      "description": "Path parameters of `GET /v1/meeting-rooms/{meeting_room_id}`.",
      "type": "object",
      "required": [
        "meeting_room_id"
      ],
      "examples": [
        {
          "meeting_room_id": "100001"
        }
      ],
      "properties": {
        "meeting_room_id": {
          "description": "Meeting room ID (会议室 ID); the page spells the placeholder `{meeting_room_id}`.",
          "type": "string",
          "minLength": 1
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetMeetingRoomRequest`](crate::rooms::GetMeetingRoomRequest), bundled from `schemas/rooms/get-meeting-room.request.json`.
    pub const GET_MEETING_ROOM_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetMeetingRoomRequest",
  "definitions": {
    "GetMeetingRoomRequest": {
      "title": "GetMeetingRoomRequest",
      "description": "Query string of `GET /v1/meeting-rooms/{meeting_room_id}`: the operator asking for a meeting room's details (查询会议室(Rooms)详情). The operator needs view permission on meeting-room management (会议室管理的查看权限). OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). The example is made up: the page's example was not captured. The current page requires `operator_id` and `operator_id_type`; the official SDK does not send them (the page wins).",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "operator_id": "tester1",
          "operator_id_type": 1
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID), read according to `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.",
          "$ref": "#/definitions/OperatorIdType"
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
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetMeetingRoomResponse`](crate::rooms::GetMeetingRoomResponse), bundled from `schemas/rooms/get-meeting-room.response.json`.
    pub const GET_MEETING_ROOM_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetMeetingRoomResponse",
  "definitions": {
    "GetMeetingRoomResponse": {
      "title": "GetMeetingRoomResponse",
      "description": "Body of a successful `GET /v1/meeting-rooms/{meeting_room_id}`: the meeting room's details (会议室详细信息). Lenient: nothing is required and unknown fields are kept, not lost. The captured page text ends inside the account table; the hardware and PMI objects follow the older page and the official SDK. The example is the older page's (with `password`, without `is_allow_call` and `scheduled_status`): the current page's example was not captured.",
      "type": "object",
      "examples": [
        {
          "basic_info": {
            "rooms_id_list": [
              "200115200039985708"
            ],
            "meeting_room_name": "会议室测试1",
            "city": "广州",
            "building": "大厦",
            "floor": "10",
            "participant_number": 3,
            "device": "ROOMS",
            "desc": "aGVsbG8=",
            "password": "MzMz"
          },
          "account_info": {
            "account_type": 0,
            "valid_period": "-"
          },
          "hardware_info": {
            "factory": "",
            "device_model": "",
            "sn": "",
            "ip": "10.10.10.69",
            "mac": "a1:ee:27:c1:8a:1a",
            "rooms_version": "2.7.2.420",
            "firmware_version": "",
            "health_status": "ERROR",
            "system_type": "10.13.6",
            "meeting_room_status": 1,
            "active_time": "2021-03-23 15:37:34",
            "cpu_info": "Intel(R) Core(TM) i7-7700K CPU @ 4.20GHz",
            "cpu_usage": "",
            "gpu_info": "",
            "net_type": "ethernet",
            "memory_info": "",
            "monitor_frequency": 0,
            "camera_model": "FaceTime 高清摄像头（内建）",
            "enable_video_mirror": true,
            "microphone_info": "内建麦克风 ",
            "speaker_info": "内建输出"
          },
          "pmi_info": {
            "pmi_code": "12345678",
            "pmi_pwd": "XXXXXXX"
          },
          "monitor_status": 0
        }
      ],
      "properties": {
        "basic_info": {
          "description": "Basic facts (会议室基本信息).",
          "$ref": "#/definitions/MeetingRoomBasicInfo"
        },
        "account_info": {
          "description": "Account (会议室账号信息).",
          "$ref": "#/definitions/MeetingRoomAccountInfo"
        },
        "hardware_info": {
          "description": "Hardware (会议室硬件信息).",
          "$ref": "#/definitions/MeetingRoomHardwareInfo"
        },
        "pmi_info": {
          "description": "Personal meeting ID (会议室 PMI 信息).",
          "$ref": "#/definitions/MeetingRoomPmiInfo"
        },
        "monitor_status": {
          "description": "Whether alert notifications are on (告警通知状态).",
          "$ref": "#/definitions/RoomMonitorStatus"
        },
        "is_allow_call": {
          "description": "Whether the room may be called (是否允许被呼叫).",
          "type": "boolean"
        },
        "scheduled_status": {
          "description": "Whether the room may be booked (预定状态).",
          "$ref": "#/definitions/RoomScheduledStatus"
        }
      },
      "x-keep-unknown": true
    },
    "MeetingRoomAccountInfo": {
      "title": "MeetingRoomAccountInfo",
      "description": "Account of a meeting room (会议室账号信息).",
      "type": "object",
      "properties": {
        "account_new_type": {
          "description": "Account edition (账号新类型).",
          "$ref": "#/definitions/RoomAccountNewType"
        },
        "account_type": {
          "description": "Account type (账号类型).",
          "$ref": "#/definitions/RoomAccountType"
        },
        "valid_period": {
          "description": "Until when the account is valid (有效期限); always `-` for normal accounts, which last as long as the enterprise's account.",
          "type": "string"
        },
        "pro_account_type": {
          "description": "Kind of professional account. Not on the page: the official SDK's field.",
          "type": "integer"
        }
      },
      "x-keep-unknown": true
    },
    "MeetingRoomBasicInfo": {
      "title": "MeetingRoomBasicInfo",
      "description": "Basic facts of a meeting room (会议室基本信息).",
      "type": "object",
      "properties": {
        "rooms_id_list": {
          "description": "IDs of the room's Rooms devices (Rooms ID 列表).",
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "meeting_room_name": {
          "description": "Meeting room name (会议室名称).",
          "type": "string"
        },
        "city": {
          "description": "City (城市).",
          "type": "string"
        },
        "building": {
          "description": "Building (建筑).",
          "type": "string"
        },
        "floor": {
          "description": "Floor (楼层).",
          "type": "string"
        },
        "participant_number": {
          "description": "How many people the room holds (容纳人数).",
          "type": "integer"
        },
        "device": {
          "description": "Equipment of the room (会议室设备).",
          "type": "string"
        },
        "desc": {
          "description": "Description of the room (描述), base64-encoded.",
          "type": "string"
        },
        "admin_password_enabled": {
          "description": "Whether the administrator password is in use (管理员密码启用状态).",
          "type": "boolean"
        },
        "admin_password": {
          "description": "Administrator password (管理员密码), base64-encoded; absent when `admin_password_enabled` is false.",
          "type": "string",
          "x-sensitive": true
        },
        "password": {
          "description": "Administrator password (管理员密码), base64-encoded: the older pages' and the official SDK's name for `admin_password`.",
          "type": "string",
          "x-sensitive": true
        }
      },
      "x-keep-unknown": true
    },
    "MeetingRoomHardwareInfo": {
      "title": "MeetingRoomHardwareInfo",
      "description": "Hardware of a meeting room's device (会议室硬件信息).",
      "type": "object",
      "properties": {
        "factory": {
          "description": "Manufacturer (厂家).",
          "type": "string"
        },
        "device_model": {
          "description": "Device model (设备型号).",
          "type": "string"
        },
        "sn": {
          "description": "Serial number (序列号).",
          "type": "string"
        },
        "ip": {
          "description": "IP address (IP 地址).",
          "type": "string"
        },
        "mac": {
          "description": "MAC address (MAC 地址).",
          "type": "string"
        },
        "rooms_version": {
          "description": "Rooms version (Rooms 版本).",
          "type": "string"
        },
        "firmware_version": {
          "description": "Firmware version (固件版本).",
          "type": "string"
        },
        "health_status": {
          "description": "Health (健康状况), such as `ERROR`.",
          "type": "string"
        },
        "system_type": {
          "description": "Operating system of the device (设备系统).",
          "type": "string"
        },
        "meeting_room_status": {
          "description": "State of the room (会议室状态).",
          "$ref": "#/definitions/MeetingRoomStatus"
        },
        "active_time": {
          "description": "When the device was activated (激活时间), a local date and time such as `2021-03-23 15:37:34`.",
          "type": "string"
        },
        "cpu_info": {
          "description": "CPU (CPU 信息).",
          "type": "string"
        },
        "cpu_usage": {
          "description": "Highest CPU usage (CPU 最大占用率).",
          "type": "string"
        },
        "gpu_info": {
          "description": "GPU (GPU 信息).",
          "type": "string"
        },
        "net_type": {
          "description": "Network type (网络类型).",
          "type": "string"
        },
        "memory_info": {
          "description": "Memory (内存信息).",
          "type": "string"
        },
        "monitor_frequency": {
          "description": "Refresh rate of the display (显示器刷新率).",
          "type": "integer"
        },
        "camera_model": {
          "description": "Camera model (摄像头型号).",
          "type": "string"
        },
        "enable_video_mirror": {
          "description": "Whether the video is mirrored (是否开启视频镜像).",
          "type": "boolean"
        },
        "microphone_info": {
          "description": "Microphone (麦克风信息).",
          "type": "string"
        },
        "speaker_info": {
          "description": "Speaker (扬声器信息).",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    },
    "MeetingRoomPmiInfo": {
      "title": "MeetingRoomPmiInfo",
      "description": "The room's personal meeting ID (会议室 PMI 信息).",
      "type": "object",
      "properties": {
        "pmi_code": {
          "description": "The room's own meeting ID (会议室专属 ID).",
          "type": "string"
        },
        "pmi_pwd": {
          "description": "Password to join it (入会密码), base64-encoded.",
          "type": "string",
          "x-sensitive": true
        }
      },
      "x-keep-unknown": true
    },
    "MeetingRoomStatus": {
      "title": "MeetingRoomStatus",
      "description": "State of a meeting room (会议室状态). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Inactive",
          "description": "Not activated (未激活)"
        },
        {
          "const": 1,
          "title": "Unbound",
          "description": "Not bound (未绑定)"
        },
        {
          "const": 2,
          "title": "Idle",
          "description": "Idle (空闲)"
        },
        {
          "const": 3,
          "title": "InUse",
          "description": "In use (使用中)"
        },
        {
          "const": 4,
          "title": "Offline",
          "description": "Offline (离线)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A state the docs do not list."
        }
      ]
    },
    "RoomAccountNewType": {
      "title": "RoomAccountNewType",
      "description": "Account edition of a meeting room, the newer classification (账号新类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Basic",
          "description": "Basic account (基础账号)"
        },
        {
          "const": 1,
          "title": "Professional",
          "description": "Professional account (专业账号)"
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
    "RoomAccountType": {
      "title": "RoomAccountType",
      "description": "Account type of a meeting room (账号类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Normal",
          "description": "Normal account (普通)"
        },
        {
          "const": 1,
          "title": "Dedicated",
          "description": "Dedicated-purchase account (专款)"
        },
        {
          "const": 2,
          "title": "Trial",
          "description": "Trial account (试用)"
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
    "RoomMonitorStatus": {
      "title": "RoomMonitorStatus",
      "description": "Whether alert notifications are switched on for a meeting room (告警通知状态). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Off",
          "description": "Not switched on (未开启)"
        },
        {
          "const": 1,
          "title": "On",
          "description": "Switched on (已开启)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A state the docs do not list."
        }
      ]
    },
    "RoomScheduledStatus": {
      "title": "RoomScheduledStatus",
      "description": "Whether a meeting room may be booked (预定状态). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Closed",
          "description": "Not open for booking (未开放预定)"
        },
        {
          "const": 1,
          "title": "Open",
          "description": "Open for booking (开放预定)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A state the docs do not list."
        }
      ]
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetRoomBackgroundPath`](crate::rooms::GetRoomBackgroundPath), bundled from `schemas/rooms/get-room-background.path.json`.
    pub const GET_ROOM_BACKGROUND_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetRoomBackgroundPath",
  "definitions": {
    "GetRoomBackgroundPath": {
      "title": "GetRoomBackgroundPath",
      "description": "Path parameters of `GET /v1/meeting-rooms/{meeting_room_id}/background`.",
      "type": "object",
      "required": [
        "meeting_room_id"
      ],
      "examples": [
        {
          "meeting_room_id": "100001"
        }
      ],
      "properties": {
        "meeting_room_id": {
          "description": "Meeting room ID (会议室 ID); the page spells the placeholder `{meeting_room_id}`.",
          "type": "string",
          "minLength": 1
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetRoomBackgroundRequest`](crate::rooms::GetRoomBackgroundRequest), bundled from `schemas/rooms/get-room-background.request.json`.
    pub const GET_ROOM_BACKGROUND_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetRoomBackgroundRequest",
  "definitions": {
    "GetRoomBackgroundRequest": {
      "title": "GetRoomBackgroundRequest",
      "description": "Query string of `GET /v1/meeting-rooms/{meeting_room_id}/background`: the operator asking for a meeting room's current background (查询会议室背景). The operator needs view permission on meeting-room management (会议室管理查看权限); only AK/SK authentication is documented (AK/SK 鉴权). The captured table lost its required marks; both parameters are required, as the official SDK has them and the example sends them.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "operator_id": "user1",
          "operator_id_type": 1
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID), read according to `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.",
          "$ref": "#/definitions/OperatorIdType"
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
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetRoomBackgroundResponse`](crate::rooms::GetRoomBackgroundResponse), bundled from `schemas/rooms/get-room-background.response.json`.
    pub const GET_ROOM_BACKGROUND_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetRoomBackgroundResponse",
  "definitions": {
    "GetRoomBackgroundResponse": {
      "title": "GetRoomBackgroundResponse",
      "description": "Body of a successful `GET /v1/meeting-rooms/{meeting_room_id}/background`: where the background image is. Lenient: nothing is required and unknown fields are kept, not lost.",
      "type": "object",
      "examples": [
        {
          "background_image": "https://xxxx.xxxx.com/xxxx/image.png"
        }
      ],
      "properties": {
        "background_image": {
          "description": "Address of the background image (图片地址), valid for 2 hours (有效期2小时).",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetRoomByScreencastCodePath`](crate::rooms::GetRoomByScreencastCodePath), bundled from `schemas/rooms/get-room-by-screencast-code.path.json`.
    pub const GET_ROOM_BY_SCREENCAST_CODE_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetRoomByScreencastCodePath",
  "definitions": {
    "GetRoomByScreencastCodePath": {
      "title": "GetRoomByScreencastCodePath",
      "description": "Path parameters of `GET /v1/meeting-rooms/{screencast_code}/rooms-info`.",
      "type": "object",
      "required": [
        "screencast_code"
      ],
      "examples": [
        {
          "screencast_code": "ABCDEF"
        }
      ],
      "properties": {
        "screencast_code": {
          "description": "Screen-cast code shown on the Rooms device (Rooms 投屏码); the page spells the placeholder `{screencast_code}`. Not a meeting room ID.",
          "type": "string",
          "minLength": 1
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetRoomByScreencastCodeRequest`](crate::rooms::GetRoomByScreencastCodeRequest), bundled from `schemas/rooms/get-room-by-screencast-code.request.json`.
    pub const GET_ROOM_BY_SCREENCAST_CODE_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetRoomByScreencastCodeRequest",
  "definitions": {
    "GetRoomByScreencastCodeRequest": {
      "title": "GetRoomByScreencastCodeRequest",
      "description": "Query string of `GET /v1/meeting-rooms/{screencast_code}/rooms-info`: the operator looking up a meeting room by the screen-cast code on its Rooms device (通过投屏码查询会议室信息). Only AK/SK authentication (仅支持 AK/SK 方式鉴权); OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). The current page requires `operator_id` and `operator_id_type`; the official SDK does not send them (the page wins).",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "operator_id": "14411xxxxxxxxxx002",
          "operator_id_type": 1
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID), read according to `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.",
          "$ref": "#/definitions/OperatorIdType"
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
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetRoomByScreencastCodeResponse`](crate::rooms::GetRoomByScreencastCodeResponse), bundled from `schemas/rooms/get-room-by-screencast-code.response.json`.
    pub const GET_ROOM_BY_SCREENCAST_CODE_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetRoomByScreencastCodeResponse",
  "definitions": {
    "GetRoomByScreencastCodeResponse": {
      "title": "GetRoomByScreencastCodeResponse",
      "description": "Body of a successful `GET /v1/meeting-rooms/{screencast_code}/rooms-info`: the room the code belongs to, and how to reach its local control API (Rooms 中控 API). Lenient: nothing is required and unknown fields are kept, not lost.",
      "type": "object",
      "examples": [
        {
          "rooms_id": "12345678",
          "meeting_room_id": "11223344",
          "rooms_ip_list": [
            "1.1.1.1",
            "0.0.0.0"
          ],
          "cs_api_enable": true,
          "api_password": "123456"
        }
      ],
      "properties": {
        "rooms_id": {
          "description": "Rooms device ID (Rooms ID), for steering the device through the REST API.",
          "type": "string"
        },
        "meeting_room_id": {
          "description": "Meeting room ID (会议室 ID).",
          "type": "string"
        },
        "rooms_ip_list": {
          "description": "Local IP addresses of the Rooms device (Rooms 本地 IP 列表), all of them when it has several; the local control API listens on them.",
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "cs_api_enable": {
          "description": "Whether the local control API is switched on (Rooms 中控 API 功能打开/关闭状态), a setting of the enterprise admin console.",
          "type": "boolean"
        },
        "api_password": {
          "description": "Password of the local control API (Rooms 中控 API 鉴权口令); an empty string while the API is off.",
          "type": "string",
          "x-sensitive": true
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetRoomCallStatusRequest`](crate::rooms::GetRoomCallStatusRequest), bundled from `schemas/rooms/get-room-call-status.request.json`.
    pub const GET_ROOM_CALL_STATUS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetRoomCallStatusRequest",
  "definitions": {
    "GetRoomCallStatusRequest": {
      "title": "GetRoomCallStatusRequest",
      "description": "Body of `POST /v1/meeting-rooms/room-call-info`: how a meeting room answered a meeting's call (查询会议室应答状态). The caller needs the same rights as for calling the room (同会议室呼叫权限). A read, though sent as a POST. The page's example passes `self.other_userid`, a variable, as `operator_id`: replaced with a user ID.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "instance_id",
        "meeting_id"
      ],
      "examples": [
        {
          "operator_id": "user1",
          "operator_id_type": 1,
          "instance_id": 5,
          "meeting_room_id": "xxxxxxxxxxxxxxxx",
          "meeting_id": "13434xxxxxxxxx927028"
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID), read according to `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "instance_id": {
          "description": "Device type of the caller (设备类型 ID).",
          "$ref": "#/definitions/InstanceId"
        },
        "meeting_room_id": {
          "description": "ID of the meeting room (会议室 ID); give it or `mra_address` (与 mra_address 二选一).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "mra_address": {
          "description": "The MRA device, given by its signalling address (MRA 对象); give it or `meeting_room_id`.",
          "$ref": "#/definitions/MraAddress"
        },
        "meeting_id": {
          "description": "ID of the meeting that called the room (会议 ID).",
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
    "MraAddress": {
      "title": "MraAddress",
      "description": "A meeting-room access (MRA) device to call, given by its signalling address (MRA 对象): the alternative to `meeting_room_id` (与 meeting_room_id 二选一).",
      "type": "object",
      "required": [
        "protocol",
        "dial_string"
      ],
      "properties": {
        "protocol": {
          "description": "Signalling protocol (信令协议).",
          "$ref": "#/definitions/MraProtocol"
        },
        "dial_string": {
          "description": "Signalling address (信令地址): an IP address or an E.164 number for H.323, an IP address or a URI for SIP.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        }
      }
    },
    "MraProtocol": {
      "title": "MraProtocol",
      "description": "Signalling protocol of a meeting-room access (MRA) device (信令协议), as the meeting-room endpoints take it and the room events report it. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Sip",
          "description": "SIP"
        },
        {
          "const": 2,
          "title": "H323",
          "description": "H.323"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A protocol the docs do not list."
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
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetRoomCallStatusResponse`](crate::rooms::GetRoomCallStatusResponse), bundled from `schemas/rooms/get-room-call-status.response.json`.
    pub const GET_ROOM_CALL_STATUS_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetRoomCallStatusResponse",
  "definitions": {
    "GetRoomCallStatusResponse": {
      "title": "GetRoomCallStatusResponse",
      "description": "Body of a successful `POST /v1/meeting-rooms/room-call-info`: the room's answer (应答状态). Lenient: nothing is required and unknown fields are kept, not lost.",
      "type": "object",
      "examples": [
        {
          "status": 1,
          "response_time": "2022/11/22 14:35:26"
        }
      ],
      "properties": {
        "status": {
          "description": "How the room answered (应答状态).",
          "$ref": "#/definitions/RoomCallResponseStatus"
        },
        "response_time": {
          "description": "When the room last answered (最近一次应答时间), a local date and time such as `2022/11/22 14:35:26`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    },
    "RoomCallResponseStatus": {
      "title": "RoomCallResponseStatus",
      "description": "How a called meeting room answered (应答状态), as the current page labels the codes; an older copy of the page read 0 as no answer within 60 seconds, 2 as joining, 3 as refused and 5 as a cancelled call (Rooms only). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "TimedOut",
          "description": "The call timed out or no result was found (呼叫超时或未查询到结果)"
        },
        {
          "const": 1,
          "title": "NotCalled",
          "description": "Not called (未呼叫)"
        },
        {
          "const": 2,
          "title": "Accepted",
          "description": "Accepted (已接受)"
        },
        {
          "const": 3,
          "title": "Rejected",
          "description": "Rejected (已拒绝)"
        },
        {
          "const": 4,
          "title": "Calling",
          "description": "Being called (呼叫中)"
        },
        {
          "const": 5,
          "title": "Joined",
          "description": "Joined the meeting (已入会)"
        },
        {
          "const": 6,
          "title": "Left",
          "description": "Left the meeting (已离会)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A state the docs do not list."
        }
      ]
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetRoomConfigRequest`](crate::rooms::GetRoomConfigRequest), bundled from `schemas/rooms/get-room-config.request.json`.
    pub const GET_ROOM_CONFIG_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetRoomConfigRequest",
  "definitions": {
    "GetRoomConfigRequest": {
      "title": "GetRoomConfigRequest",
      "description": "Body of `POST /v1/meeting-rooms/room-config-info`: read a meeting room's settings (查询会议室配置项). The operator needs view permission on meeting rooms (会议室查看权限); OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). A read, though sent as a POST. The page's example has a trailing comma, removed here.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "instance_id",
        "meeting_room_id"
      ],
      "examples": [
        {
          "operator_id": "user1",
          "operator_id_type": 1,
          "instance_id": 1,
          "meeting_room_id": "xxxxxxxxxxxxxx"
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID), read according to `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "instance_id": {
          "description": "Device type of the caller (设备类型 ID).",
          "$ref": "#/definitions/InstanceId"
        },
        "meeting_room_id": {
          "description": "ID of the meeting room (会议室 ID).",
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
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetRoomConfigResponse`](crate::rooms::GetRoomConfigResponse), bundled from `schemas/rooms/get-room-config.response.json`.
    pub const GET_ROOM_CONFIG_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetRoomConfigResponse",
  "definitions": {
    "GetRoomConfigResponse": {
      "title": "GetRoomConfigResponse",
      "description": "Body of a successful `POST /v1/meeting-rooms/room-config-info`: the room's meeting and recording settings (会议室配置项). Lenient: nothing is required and unknown fields are kept, not lost. The page's example is cut inside `room_notification`; it is completed with a value and a `record_settings` that follow the tables.",
      "type": "object",
      "examples": [
        {
          "meeting_settings": {
            "water_mark": 2,
            "auto_response": 1,
            "caption": true,
            "room_pmi": true,
            "room_notification": true
          },
          "record_settings": {
            "share_record": 0,
            "download_record": true
          }
        }
      ],
      "properties": {
        "meeting_settings": {
          "description": "Meeting settings (会议室会议配置对象).",
          "$ref": "#/definitions/RoomMeetingSettings"
        },
        "record_settings": {
          "description": "Recording settings (会议室录制配置对象).",
          "$ref": "#/definitions/RoomRecordSettings"
        }
      },
      "x-keep-unknown": true
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
    "RoomAutoResponse": {
      "title": "RoomAutoResponse",
      "description": "Whether a meeting room answers calls by itself (自动接听). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "On",
          "description": "Switched on (开启)"
        },
        {
          "const": 2,
          "title": "Off",
          "description": "Switched off (关闭)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A setting the docs do not list."
        }
      ]
    },
    "RoomMeetingSettings": {
      "title": "RoomMeetingSettings",
      "description": "Meeting settings of the room (会议室会议配置对象).",
      "type": "object",
      "properties": {
        "water_mark": {
          "description": "Watermark (水印).",
          "$ref": "#/definitions/RoomWatermark"
        },
        "auto_response": {
          "description": "Whether calls are answered by themselves (自动接听).",
          "$ref": "#/definitions/RoomAutoResponse"
        },
        "caption": {
          "description": "Whether captions are on (字幕).",
          "type": "boolean"
        },
        "room_pmi": {
          "description": "Whether the room's own meeting ID is on (专属 ID).",
          "type": "boolean"
        },
        "room_pmi_settings": {
          "description": "Settings of the room's own meeting ID (会议室专属会议号配置).",
          "$ref": "#/definitions/RoomPmiSettings"
        },
        "room_notification": {
          "description": "Whether the Rooms screen shows notifications (Rooms 屏幕是否展示消息通知).",
          "type": "boolean"
        }
      },
      "x-keep-unknown": true
    },
    "RoomPmiSettings": {
      "title": "RoomPmiSettings",
      "description": "Settings of the room's own meeting ID (会议室专属会议号配置), in effect only while it is switched on (仅专属 ID 开启时有效).",
      "type": "object",
      "properties": {
        "room_pmi_psw": {
          "description": "Password of the room's own meeting ID (专属会议室密码), 4 to 6 digits (4-6位数字).",
          "type": "string",
          "x-sensitive": true
        },
        "waiting_room": {
          "description": "Whether the waiting room is on (是否开启等候室).",
          "type": "boolean"
        },
        "allow_in_before_host": {
          "description": "Whether members may join before the host (是否允许成员在主持人进会前入会).",
          "type": "boolean"
        },
        "mute_enable_type_join": {
          "description": "Whether members are muted when they join (成员入会静音设置).",
          "$ref": "#/definitions/MuteOnJoin"
        },
        "hosts": {
          "description": "User IDs of the designated hosts (会议指定主持人 ID).",
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "only_enterprise_user_allowed": {
          "description": "Whether only users of the enterprise may join (入会成员设置): true enterprise users only (仅企业内部用户可入会), false everybody (所有人可入会).",
          "type": "boolean"
        }
      },
      "x-keep-unknown": true
    },
    "RoomRecordSettings": {
      "title": "RoomRecordSettings",
      "description": "Recording settings of the room (会议室录制配置对象).",
      "type": "object",
      "properties": {
        "share_record": {
          "description": "Who may see the cloud recordings (分享云录制).",
          "$ref": "#/definitions/RoomRecordSharing"
        },
        "download_record": {
          "description": "Whether cloud recordings may be downloaded (是否允许下载云录制).",
          "type": "boolean"
        }
      },
      "x-keep-unknown": true
    },
    "RoomRecordSharing": {
      "title": "RoomRecordSharing",
      "description": "Who may see a meeting room's cloud recordings (分享云录制). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Off",
          "description": "Sharing switched off (关闭分享)"
        },
        {
          "const": 1,
          "title": "AllMembers",
          "description": "Every member (全部成员可查看)"
        },
        {
          "const": 2,
          "title": "SignedInMembers",
          "description": "Signed-in members only (仅登录成员可查看)"
        },
        {
          "const": 3,
          "title": "SameEnterprise",
          "description": "Members of the same enterprise only (仅同企业成员可查看)"
        },
        {
          "const": 4,
          "title": "Participants",
          "description": "Participants of the meeting only (仅参会成员可查看)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A setting the docs do not list."
        }
      ]
    },
    "RoomWatermark": {
      "title": "RoomWatermark",
      "description": "Watermark setting of a meeting room (水印). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Off",
          "description": "No watermark (关闭)"
        },
        {
          "const": 1,
          "title": "SingleRow",
          "description": "A single row of watermark (单排水印)"
        },
        {
          "const": 2,
          "title": "MultiRow",
          "description": "Several rows of watermark (多排水印)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A setting the docs do not list."
        }
      ]
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetRoomsAccountStatisticsRequest`](crate::rooms::GetRoomsAccountStatisticsRequest), bundled from `schemas/rooms/get-rooms-account-statistics.request.json`.
    pub const GET_ROOMS_ACCOUNT_STATISTICS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetRoomsAccountStatisticsRequest",
  "definitions": {
    "GetRoomsAccountStatisticsRequest": {
      "title": "GetRoomsAccountStatisticsRequest",
      "description": "Query string of `GET /v1/rooms-inventory/account-statistics`: the operator asking how the enterprise's Rooms accounts are used, by edition (查询账号类型资源使用统计). The app needs the permissions to manage and to view the enterprise's meeting-room details (管理企业会议室详细信息, 查看企业会议室详细信息). OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). The current page requires `operator_id` and `operator_id_type`; the official SDK does not send them (the page wins).",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "operator_id": "14411xxxxxxxxxx002",
          "operator_id_type": 1
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID), read according to `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.",
          "$ref": "#/definitions/OperatorIdType"
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
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetRoomsAccountStatisticsResponse`](crate::rooms::GetRoomsAccountStatisticsResponse), bundled from `schemas/rooms/get-rooms-account-statistics.response.json`.
    pub const GET_ROOMS_ACCOUNT_STATISTICS_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetRoomsAccountStatisticsResponse",
  "definitions": {
    "GetRoomsAccountStatisticsResponse": {
      "title": "GetRoomsAccountStatisticsResponse",
      "description": "Body of a successful `GET /v1/rooms-inventory/account-statistics`: the Rooms accounts by edition. Lenient: nothing is required and unknown fields are kept, not lost.",
      "type": "object",
      "examples": [
        {
          "pro_count": 10,
          "custom_used_count": 10,
          "pro_used_count": 5
        }
      ],
      "properties": {
        "pro_count": {
          "description": "Professional-edition accounts (专业版账号数).",
          "type": "integer"
        },
        "custom_used_count": {
          "description": "Basic-edition accounts in use (基础版账号使用数).",
          "type": "integer"
        },
        "pro_used_count": {
          "description": "Professional-edition accounts in use (专业版账号使用数).",
          "type": "integer"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetRoomsInventoryRequest`](crate::rooms::GetRoomsInventoryRequest), bundled from `schemas/rooms/get-rooms-inventory.request.json`.
    pub const GET_ROOMS_INVENTORY_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetRoomsInventoryRequest",
  "definitions": {
    "GetRoomsInventoryRequest": {
      "title": "GetRoomsInventoryRequest",
      "description": "Query string of `GET /v1/rooms-inventory`: the operator asking for the Rooms resources the enterprise bought (查询账户下 Rooms 资源). The page announces that this endpoint will be retired (该接口即将废弃) in favour of the account statistics (查询账号类型资源使用统计, `get_rooms_account_statistics`). OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). The current page requires `operator_id` and `operator_id_type`; the official SDK does not send them (the page wins).",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "operator_id": "14411xxxxxxxxxx002",
          "operator_id_type": 1
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID), read according to `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.",
          "$ref": "#/definitions/OperatorIdType"
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
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetRoomsInventoryResponse`](crate::rooms::GetRoomsInventoryResponse), bundled from `schemas/rooms/get-rooms-inventory.response.json`.
    pub const GET_ROOMS_INVENTORY_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetRoomsInventoryResponse",
  "definitions": {
    "GetRoomsInventoryResponse": {
      "title": "GetRoomsInventoryResponse",
      "description": "Body of a successful `GET /v1/rooms-inventory`: the enterprise's Rooms devices by kind (Rooms 资源). Lenient: nothing is required and unknown fields are kept, not lost.",
      "type": "object",
      "examples": [
        {
          "normal_count": 10,
          "special_count": 2,
          "normal_used_count": 2,
          "special_used_count": 1,
          "normal_expired_count": 0,
          "special_expired_count": 0
        }
      ],
      "properties": {
        "normal_count": {
          "description": "Normal devices (普通设备数).",
          "type": "integer"
        },
        "special_count": {
          "description": "Dedicated-purchase devices (专款设备数).",
          "type": "integer"
        },
        "normal_used_count": {
          "description": "Normal devices in use (普通设备使用数).",
          "type": "integer"
        },
        "special_used_count": {
          "description": "Dedicated-purchase devices in use (专款设备使用数).",
          "type": "integer"
        },
        "normal_expired_count": {
          "description": "Normal devices expired (普通设备过期数).",
          "type": "integer"
        },
        "special_expired_count": {
          "description": "Dedicated-purchase devices expired (专款设备过期数).",
          "type": "integer"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`ListMeetingRoomsRequest`](crate::rooms::ListMeetingRoomsRequest), bundled from `schemas/rooms/list-meeting-rooms.request.json`.
    pub const LIST_MEETING_ROOMS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ListMeetingRoomsRequest",
  "definitions": {
    "ListMeetingRoomsRequest": {
      "title": "ListMeetingRoomsRequest",
      "description": "Query string of `GET /v1/meeting-rooms`: list the enterprise's meeting rooms (查询会议室列表), a page at a time. The operator needs view permission on meeting-room management (会议室管理的查看权限). OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). The current page requires `operator_id` and `operator_id_type`; the official SDK does not send them (the page wins). The example is the older page's (`page=1&page_size=2&meeting_room_name=会议室`) with the operator added: the current page's example was not captured.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "operator_id": "tester1",
          "operator_id_type": 1,
          "page": 1,
          "page_size": 2,
          "meeting_room_name": "会议室"
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID), read according to `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "page": {
          "description": "Page number, counting from 1 (页码，从1开始); 1 when absent (默认1).",
          "type": "integer",
          "minimum": 1
        },
        "page_size": {
          "description": "Items per page, from 1 to 50 (分页大小，从1开始，最大50); 20 when absent (默认20).",
          "type": "integer",
          "minimum": 1,
          "maximum": 50
        },
        "meeting_room_name": {
          "description": "Name of the meeting rooms to find (会议室名称); partial names match (支持模糊匹配查找).",
          "type": "string"
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
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`ListMeetingRoomsResponse`](crate::rooms::ListMeetingRoomsResponse), bundled from `schemas/rooms/list-meeting-rooms.response.json`.
    pub const LIST_MEETING_ROOMS_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ListMeetingRoomsResponse",
  "definitions": {
    "ListMeetingRoomsResponse": {
      "title": "ListMeetingRoomsResponse",
      "description": "Body of a successful `GET /v1/meeting-rooms`: one page of the enterprise's meeting rooms (会议室对象列表). Lenient: nothing is required and unknown fields are kept, not lost. The example is the older page's (without `account_new_type` and `is_allow_call`): the current page's example was not captured.",
      "type": "object",
      "examples": [
        {
          "total_count": 200,
          "total_page": 100,
          "current_page": 1,
          "current_size": 2,
          "meeting_room_list": [
            {
              "meeting_room_id": "100001",
              "meeting_room_name": "会议室测试1",
              "meeting_room_location": "广州-大厦-10",
              "account_type": 1,
              "active_code": "69MS********2PKC",
              "participant_number": 12,
              "meeting_room_status": 1,
              "scheduled_status": 0
            },
            {
              "meeting_room_id": "100002",
              "meeting_room_name": "会议室测试2",
              "meeting_room_location": "西安-广场-19",
              "account_type": 0,
              "active_code": "7G36********9Q3H",
              "participant_number": 13,
              "meeting_room_status": 0,
              "scheduled_status": 0
            }
          ]
        }
      ],
      "properties": {
        "total_count": {
          "description": "Number of items across all pages (分页查询返回数据总数).",
          "type": "integer"
        },
        "current_size": {
          "description": "Number of items on this page (分页查询返回单页数据条数).",
          "type": "integer"
        },
        "current_page": {
          "description": "Number of this page (分页查询返回当前页码).",
          "type": "integer"
        },
        "total_page": {
          "description": "Number of pages (分页查询返回分页总数).",
          "type": "integer"
        },
        "meeting_room_list": {
          "description": "The rooms of this page (会议室对象列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/MeetingRoomSummary"
          }
        }
      },
      "x-keep-unknown": true
    },
    "MeetingRoomStatus": {
      "title": "MeetingRoomStatus",
      "description": "State of a meeting room (会议室状态). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Inactive",
          "description": "Not activated (未激活)"
        },
        {
          "const": 1,
          "title": "Unbound",
          "description": "Not bound (未绑定)"
        },
        {
          "const": 2,
          "title": "Idle",
          "description": "Idle (空闲)"
        },
        {
          "const": 3,
          "title": "InUse",
          "description": "In use (使用中)"
        },
        {
          "const": 4,
          "title": "Offline",
          "description": "Offline (离线)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A state the docs do not list."
        }
      ]
    },
    "MeetingRoomSummary": {
      "title": "MeetingRoomSummary",
      "description": "A meeting room in a list (会议室对象).",
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
        "meeting_room_location": {
          "description": "Where the room is (会议室地址), city, building and floor joined by `-`.",
          "type": "string"
        },
        "account_new_type": {
          "description": "Account edition (账号新类型).",
          "$ref": "#/definitions/RoomAccountNewType"
        },
        "account_type": {
          "description": "Account type (账号类型).",
          "$ref": "#/definitions/RoomAccountType"
        },
        "active_code": {
          "description": "Activation code of the room's device (激活码): whoever holds it can activate a device as this room.",
          "type": "string",
          "x-sensitive": true
        },
        "participant_number": {
          "description": "How many people the room holds (容纳人数).",
          "type": "integer"
        },
        "meeting_room_status": {
          "description": "State of the room (会议室状态).",
          "$ref": "#/definitions/MeetingRoomStatus"
        },
        "scheduled_status": {
          "description": "Whether the room may be booked (预定状态).",
          "$ref": "#/definitions/RoomScheduledStatus"
        },
        "is_allow_call": {
          "description": "Whether the room may be called (是否允许被呼叫).",
          "type": "boolean"
        }
      },
      "x-keep-unknown": true
    },
    "RoomAccountNewType": {
      "title": "RoomAccountNewType",
      "description": "Account edition of a meeting room, the newer classification (账号新类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Basic",
          "description": "Basic account (基础账号)"
        },
        {
          "const": 1,
          "title": "Professional",
          "description": "Professional account (专业账号)"
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
    "RoomAccountType": {
      "title": "RoomAccountType",
      "description": "Account type of a meeting room (账号类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Normal",
          "description": "Normal account (普通)"
        },
        {
          "const": 1,
          "title": "Dedicated",
          "description": "Dedicated-purchase account (专款)"
        },
        {
          "const": 2,
          "title": "Trial",
          "description": "Trial account (试用)"
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
    "RoomScheduledStatus": {
      "title": "RoomScheduledStatus",
      "description": "Whether a meeting room may be booked (预定状态). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Closed",
          "description": "Not open for booking (未开放预定)"
        },
        {
          "const": 1,
          "title": "Open",
          "description": "Open for booking (开放预定)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A state the docs do not list."
        }
      ]
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`ListRoomControllersRequest`](crate::rooms::ListRoomControllersRequest), bundled from `schemas/rooms/list-room-controllers.request.json`.
    pub const LIST_ROOM_CONTROLLERS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ListRoomControllersRequest",
  "definitions": {
    "ListRoomControllersRequest": {
      "title": "ListRoomControllersRequest",
      "description": "Query string of `GET /v1/meeting-rooms-monitor/device-controller-info`: list the enterprise's controllers (查询控制器列表), a page at a time. OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). The page names no operator parameter and no defaults for `page` and `page_size`.",
      "type": "object",
      "examples": [
        {
          "controller_name": "igelschen"
        }
      ],
      "properties": {
        "controller_name": {
          "description": "Name of the controllers to find (需要查询的设备名称); partial names match (支持模糊匹配查找). Leave it out to list every controller.",
          "type": "string"
        },
        "page": {
          "description": "Page number, counting from 1 (页码，从1开始).",
          "type": "integer",
          "minimum": 1
        },
        "page_size": {
          "description": "Items per page, from 1 to 50 (分页大小，从1开始，最大50).",
          "type": "integer",
          "minimum": 1,
          "maximum": 50
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`ListRoomControllersResponse`](crate::rooms::ListRoomControllersResponse), bundled from `schemas/rooms/list-room-controllers.response.json`.
    pub const LIST_ROOM_CONTROLLERS_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ListRoomControllersResponse",
  "definitions": {
    "ListRoomControllersResponse": {
      "title": "ListRoomControllersResponse",
      "description": "Body of a successful `GET /v1/meeting-rooms-monitor/device-controller-info`: one page of controllers (控制器信息对象). The page types the counts as Number; they are counts, integers as the SDK has them. Lenient: nothing is required and unknown fields are kept, not lost. The page's example is cut after the first controller's `manufacture_name`; the rest of that entry is made up from the table.",
      "type": "object",
      "examples": [
        {
          "total_count": 6,
          "current_page": 1,
          "current_size": 6,
          "total_page": 1,
          "controller_info_list": [
            {
              "meeting_room_name": "nigxxxxxeng-test123",
              "meeting_room_location": "西安-新长安广场-19",
              "controller_name": "nxxxxxxeng-test123",
              "manufacture_name": "xxxx",
              "controller_model": "xxxx",
              "app_version": "x.x.x.x",
              "status": "1",
              "framework_version": "x.x.x",
              "ip_address": "10.0.0.2",
              "mac_address": "a1:ee:27:c1:8a:1a",
              "cpu_type": "xxxx",
              "cpu_usage": "10%",
              "network_type": "ethernet",
              "mem_usage": "1024MB",
              "rooms_id": "14xxxxxxxxxxxxxxx76"
            }
          ]
        }
      ],
      "properties": {
        "total_count": {
          "description": "Number of items across all pages (分页查询返回数据总数).",
          "type": "integer"
        },
        "current_size": {
          "description": "Number of items on this page (分页查询返回单页数据条数).",
          "type": "integer"
        },
        "current_page": {
          "description": "Number of this page (分页查询返回当前页码).",
          "type": "integer"
        },
        "total_page": {
          "description": "Number of pages (分页查询返回分页总数).",
          "type": "integer"
        },
        "controller_info_list": {
          "description": "The controllers of this page (控制器信息对象).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/RoomController"
          }
        }
      },
      "x-keep-unknown": true
    },
    "RoomController": {
      "title": "RoomController",
      "description": "A controller of a meeting room (控制器信息对象).",
      "type": "object",
      "properties": {
        "rooms_id": {
          "description": "Rooms device ID (Rooms ID).",
          "type": "string"
        },
        "meeting_room_name": {
          "description": "Meeting room name (会议室名称).",
          "type": "string"
        },
        "meeting_room_location": {
          "description": "Where the room is (会议室地址).",
          "type": "string"
        },
        "controller_name": {
          "description": "Controller name (控制器名称).",
          "type": "string"
        },
        "manufacture_name": {
          "description": "Manufacturer (厂商).",
          "type": "string"
        },
        "controller_model": {
          "description": "Controller model (控制器型号).",
          "type": "string"
        },
        "app_version": {
          "description": "Application version (应用程序版本).",
          "type": "string"
        },
        "status": {
          "description": "Whether the controller is online (设备状态).",
          "$ref": "#/definitions/RoomControllerStatus"
        },
        "framework_version": {
          "description": "Firmware version (固件版本).",
          "type": "string"
        },
        "ip_address": {
          "description": "IP address (IP 地址).",
          "type": "string"
        },
        "mac_address": {
          "description": "MAC address (MAC 地址).",
          "type": "string"
        },
        "cpu_type": {
          "description": "CPU type (CPU 类型).",
          "type": "string"
        },
        "cpu_usage": {
          "description": "Current CPU usage (CPU 当前占有率).",
          "type": "string"
        },
        "network_type": {
          "description": "Network type (网络类型).",
          "type": "string"
        },
        "mem_usage": {
          "description": "Memory in use (内存使用大小).",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    },
    "RoomControllerStatus": {
      "title": "RoomControllerStatus",
      "description": "State of a controller (设备状态), sent as a string of digits. Any other string is accepted.",
      "type": "string",
      "anyOf": [
        {
          "const": "0",
          "title": "Offline",
          "description": "Offline (离线)"
        },
        {
          "const": "1",
          "title": "Online",
          "description": "Online (在线)"
        },
        {
          "type": "string",
          "title": "Other",
          "description": "A state the docs do not list."
        }
      ]
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`ListRoomDevicesRequest`](crate::rooms::ListRoomDevicesRequest), bundled from `schemas/rooms/list-room-devices.request.json`.
    pub const LIST_ROOM_DEVICES_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ListRoomDevicesRequest",
  "definitions": {
    "ListRoomDevicesRequest": {
      "title": "ListRoomDevicesRequest",
      "description": "Query string of `GET /v1/devices`: list the enterprise's usable meeting-room devices (查询设备列表), a page at a time. The operator needs view permission on meeting-room management (会议室管理的查看权限). OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). The current page requires `operator_id` and `operator_id_type`; the official SDK does not send them (the page wins). The example is the older page's (`page=1&page_size=2&meeting_room_name=会议室`) with the operator added: the current page's example was not captured.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "operator_id": "tester1",
          "operator_id_type": 1,
          "page": 1,
          "page_size": 2,
          "meeting_room_name": "会议室"
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID), read according to `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "page": {
          "description": "Page number, counting from 1 (页码，从1开始); 1 when absent (默认1).",
          "type": "integer",
          "minimum": 1
        },
        "page_size": {
          "description": "Items per page, from 1 to 50 (分页大小，从1开始，最大50); 20 when absent (默认20).",
          "type": "integer",
          "minimum": 1,
          "maximum": 50
        },
        "meeting_room_name": {
          "description": "Name of the meeting rooms whose devices to find (会议室名称); partial names match (支持模糊匹配查找).",
          "type": "string"
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
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`ListRoomDevicesResponse`](crate::rooms::ListRoomDevicesResponse), bundled from `schemas/rooms/list-room-devices.response.json`.
    pub const LIST_ROOM_DEVICES_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ListRoomDevicesResponse",
  "definitions": {
    "ListRoomDevicesResponse": {
      "title": "ListRoomDevicesResponse",
      "description": "Body of a successful `GET /v1/devices`: one page of the enterprise's meeting-room devices (设备信息对象列表). Lenient: nothing is required and unknown fields are kept, not lost. The example is the older page's (without `rooms_id` and `device_monitor_info`): the current page's example was not captured.",
      "type": "object",
      "examples": [
        {
          "total_count": 200,
          "total_page": 100,
          "current_page": 1,
          "current_size": 2,
          "device_info_list": [
            {
              "meeting_room_id": "100001",
              "meeting_room_name": "会议室测试1",
              "meeting_room_location": "广州-大厦-10",
              "device_model": "TT-IP65T",
              "app_version": "999.999.999.999",
              "meeting_room_status": 4
            },
            {
              "meeting_room_id": "100002",
              "meeting_room_name": "会议室测试2",
              "meeting_room_location": "西安-广场-19",
              "device_model": "",
              "app_version": "2.7.4.14",
              "meeting_room_status": 4
            }
          ]
        }
      ],
      "properties": {
        "total_count": {
          "description": "Number of items across all pages (分页查询返回数据总数).",
          "type": "integer"
        },
        "current_size": {
          "description": "Number of items on this page (分页查询返回单页数据条数).",
          "type": "integer"
        },
        "current_page": {
          "description": "Number of this page (分页查询返回当前页码).",
          "type": "integer"
        },
        "total_page": {
          "description": "Number of pages (分页查询返回分页总数).",
          "type": "integer"
        },
        "device_info_list": {
          "description": "The devices of this page (设备信息对象列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/RoomDevice"
          }
        }
      },
      "x-keep-unknown": true
    },
    "MeetingRoomStatus": {
      "title": "MeetingRoomStatus",
      "description": "State of a meeting room (会议室状态). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Inactive",
          "description": "Not activated (未激活)"
        },
        {
          "const": 1,
          "title": "Unbound",
          "description": "Not bound (未绑定)"
        },
        {
          "const": 2,
          "title": "Idle",
          "description": "Idle (空闲)"
        },
        {
          "const": 3,
          "title": "InUse",
          "description": "In use (使用中)"
        },
        {
          "const": 4,
          "title": "Offline",
          "description": "Offline (离线)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A state the docs do not list."
        }
      ]
    },
    "RoomDevice": {
      "title": "RoomDevice",
      "description": "A meeting-room device (设备信息对象).",
      "type": "object",
      "properties": {
        "meeting_room_id": {
          "description": "Meeting room ID (会议室 ID).",
          "type": "string"
        },
        "rooms_id": {
          "description": "Rooms device ID (Rooms ID).",
          "type": "string"
        },
        "meeting_room_name": {
          "description": "Meeting room name (会议室名称).",
          "type": "string"
        },
        "meeting_room_location": {
          "description": "Where the room is (会议室地址).",
          "type": "string"
        },
        "device_model": {
          "description": "Device model (设备型号).",
          "type": "string"
        },
        "app_version": {
          "description": "Version of the Rooms application (应用程序版本).",
          "type": "string"
        },
        "meeting_room_status": {
          "description": "State of the room (会议室状态).",
          "$ref": "#/definitions/MeetingRoomStatus"
        },
        "device_monitor_info": {
          "description": "Health of the device's peripherals (设备健康列表).",
          "$ref": "#/definitions/RoomDeviceMonitorInfo"
        }
      },
      "x-keep-unknown": true
    },
    "RoomDeviceMonitorInfo": {
      "title": "RoomDeviceMonitorInfo",
      "description": "Health of a device's peripherals (设备健康列表).",
      "type": "object",
      "properties": {
        "camera_status": {
          "description": "Whether the camera is healthy (摄像头健康状态).",
          "type": "boolean"
        },
        "microphone_status": {
          "description": "Whether the microphone is healthy (麦克风健康状态).",
          "type": "boolean"
        },
        "speaker_status": {
          "description": "Whether the speaker is healthy (扬声器健康状态).",
          "type": "boolean"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`ListRoomMeetingsPath`](crate::rooms::ListRoomMeetingsPath), bundled from `schemas/rooms/list-room-meetings.path.json`.
    pub const LIST_ROOM_MEETINGS_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ListRoomMeetingsPath",
  "definitions": {
    "ListRoomMeetingsPath": {
      "title": "ListRoomMeetingsPath",
      "description": "Path parameters of `GET /v1/meeting-rooms/{operator_id}/meetings`.",
      "type": "object",
      "required": [
        "operator_id"
      ],
      "examples": [
        {
          "operator_id": "tester1"
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID), read according to the query's `operator_id_type`; the page spells the placeholder `{operator_id}`. Not a meeting room ID: the room is named by `target_rooms_id`.",
          "type": "string",
          "minLength": 1
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`ListRoomMeetingsRequest`](crate::rooms::ListRoomMeetingsRequest), bundled from `schemas/rooms/list-room-meetings.request.json`.
    pub const LIST_ROOM_MEETINGS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ListRoomMeetingsRequest",
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
    "ListRoomMeetingsRequest": {
      "title": "ListRoomMeetingsRequest",
      "description": "Query string of `GET /v1/meeting-rooms/{operator_id}/meetings`: list the meetings of a meeting room (查询会议室(Rooms)下的会议列表), a page at a time. The operator is the path's `operator_id`; the room is `target_rooms_id`. The operator needs view permission on meeting-room management (会议室管理的查看权限). OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). The page's example was not captured: this one follows the table.",
      "type": "object",
      "required": [
        "operator_id_type",
        "instanceid"
      ],
      "examples": [
        {
          "operator_id_type": 1,
          "instanceid": 1,
          "target_rooms_id": 14411234567890002,
          "target_rooms_id_type": 3,
          "start_time": "1661961600",
          "end_time": "1664553600",
          "page": 1,
          "page_size": 20
        }
      ],
      "properties": {
        "operator_id_type": {
          "description": "Type of the path's `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "target_rooms_id": {
          "description": "ID of the room whose meetings to list (目标查询 roomsid), read according to `target_rooms_id_type`. The page types it Integer and optional; the official SDK requires it (the page wins).",
          "type": "integer"
        },
        "target_rooms_id_type": {
          "description": "Type of `target_rooms_id` (目标查询 roomsid 的类型): 3 a Rooms device ID, 5 a meeting room ID. Optional on the page, required by the official SDK (the page wins).",
          "$ref": "#/definitions/TargetRoomsIdType"
        },
        "instanceid": {
          "description": "Device type of the caller (用户的终端设备类型).",
          "$ref": "#/definitions/InstanceId"
        },
        "start_time": {
          "description": "Start of the time range (查询起始时间), Unix seconds; the range spans at most 90 days (时间区间不超过90天).",
          "$ref": "#/definitions/UnixSeconds"
        },
        "end_time": {
          "description": "End of the time range (查询结束时间), Unix seconds; the range spans at most 90 days (时间区间不超过90天).",
          "$ref": "#/definitions/UnixSeconds"
        },
        "page": {
          "description": "Page number, counting from 1 (当前页，页码起始值为1); 1 when absent (默认为1).",
          "type": "integer",
          "minimum": 1
        },
        "page_size": {
          "description": "Items per page, at most 20 (分页大小，最大20条); 20 when absent (默认20条).",
          "type": "integer",
          "minimum": 1,
          "maximum": 20
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
    },
    "UnixSeconds": {
      "title": "UnixSeconds",
      "description": "A timestamp in Unix seconds (时间戳，单位秒), travelling as a string of decimal digits.",
      "type": "string",
      "pattern": "^[0-9]{1,20}$",
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::UnixSeconds"
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`ListRoomMeetingsResponse`](crate::rooms::ListRoomMeetingsResponse), bundled from `schemas/rooms/list-room-meetings.response.json`.
    pub const LIST_ROOM_MEETINGS_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ListRoomMeetingsResponse",
  "definitions": {
    "ListRoomMeetingsResponse": {
      "title": "ListRoomMeetingsResponse",
      "description": "Body of a successful `GET /v1/meeting-rooms/{operator_id}/meetings`: one page of the room's meetings (会议对象列表). Lenient: nothing is required and unknown fields are kept, not lost. The captured page text ends inside the meeting object's table; its other fields are the SDK's, and the example, which was not captured, follows the tables.",
      "type": "object",
      "examples": [
        {
          "current_page": 1,
          "current_size": 1,
          "total_count": 1,
          "total_page": 1,
          "meeting_info_list": [
            {
              "meeting_id": "13339451618278424869",
              "meeting_code": "445999969",
              "subject": "tester的会议",
              "status": "MEETING_STATE_INIT",
              "meeting_type": 0,
              "start_time": 1662000000,
              "end_time": 1662003600
            }
          ]
        }
      ],
      "properties": {
        "current_page": {
          "description": "Number of this page (当前页).",
          "type": "integer"
        },
        "current_size": {
          "description": "Number of items on this page (当前实际页大小).",
          "type": "integer"
        },
        "total_count": {
          "description": "Number of items across all pages (数据总条数).",
          "type": "integer"
        },
        "total_page": {
          "description": "Number of pages (数据总页数).",
          "type": "integer"
        },
        "meeting_info_list": {
          "description": "The meetings of this page (会议对象列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/RoomMeeting"
          }
        }
      },
      "x-keep-unknown": true
    },
    "RoomMeeting": {
      "title": "RoomMeeting",
      "description": "A meeting of a meeting room (会议对象).",
      "type": "object",
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议 ID).",
          "type": "string"
        },
        "meeting_code": {
          "description": "Meeting code (有效会议 Code).",
          "type": "string"
        },
        "subject": {
          "description": "Meeting subject (会议主题).",
          "type": "string"
        },
        "status": {
          "description": "State of the meeting (会议状态).",
          "type": "string"
        },
        "meeting_type": {
          "description": "Meeting type (会议类型): 0 one-off (一次性会议), 1 recurring (周期性会议), 2 WeChat-exclusive (微信专属会议), 4 Rooms screen-cast (rooms 投屏会议); the captured page text ends there, so it is kept as an open integer.",
          "type": "integer"
        },
        "start_time": {
          "description": "Start of the meeting (会议开始时间), Unix seconds.",
          "type": "integer"
        },
        "end_time": {
          "description": "End of the meeting (会议结束时间), Unix seconds.",
          "type": "integer"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`ReleaseRoomsPath`](crate::rooms::ReleaseRoomsPath), bundled from `schemas/rooms/release-rooms.path.json`.
    pub const RELEASE_ROOMS_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ReleaseRoomsPath",
  "definitions": {
    "ReleaseRoomsPath": {
      "title": "ReleaseRoomsPath",
      "description": "Path parameters of `POST /v1/meetings/{meeting_id}/release-rooms`.",
      "type": "object",
      "required": [
        "meeting_id"
      ],
      "examples": [
        {
          "meeting_id": "6524541286408448530"
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议 ID); the page spells the placeholder `{meeting_id}`.",
          "type": "string",
          "minLength": 1
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`ReleaseRoomsRequest`](crate::rooms::ReleaseRoomsRequest), bundled from `schemas/rooms/release-rooms.request.json`.
    pub const RELEASE_ROOMS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ReleaseRoomsRequest",
  "definitions": {
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
    "ReleaseRoomsRequest": {
      "title": "ReleaseRoomsRequest",
      "description": "Body of `POST /v1/meetings/{meeting_id}/release-rooms`: release meeting rooms booked for a meeting (释放会议室(Rooms)). Ending a meeting does not release its rooms. The operator is a super administrator, an administrator or the meeting's creator (超级管理员、管理员、会议创建者角色); OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). The official SDK sends no typed body; the page's table and example have one.",
      "type": "object",
      "required": [
        "meeting_room_id_list",
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "operator_id": "KM4Ss4T******1JiK",
          "operator_id_type": 1,
          "meeting_room_id_list": [
            "100001",
            "100002"
          ]
        }
      ],
      "properties": {
        "meeting_room_id_list": {
          "description": "IDs of the meeting rooms to release from the meeting (会议室 ID 列表).",
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
          }
        },
        "operator_id": {
          "description": "ID of the operator (操作者 ID), read according to `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.",
          "$ref": "#/definitions/OperatorIdType"
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`SetRoomBackgroundPath`](crate::rooms::SetRoomBackgroundPath), bundled from `schemas/rooms/set-room-background.path.json`.
    pub const SET_ROOM_BACKGROUND_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SetRoomBackgroundPath",
  "definitions": {
    "SetRoomBackgroundPath": {
      "title": "SetRoomBackgroundPath",
      "description": "Path parameters of `POST /v1/meeting-rooms/{meeting_room_id}/background`.",
      "type": "object",
      "required": [
        "meeting_room_id"
      ],
      "examples": [
        {
          "meeting_room_id": "100001"
        }
      ],
      "properties": {
        "meeting_room_id": {
          "description": "Meeting room ID (会议室 ID); the page spells the placeholder `{meeting_room_id}`.",
          "type": "string",
          "minLength": 1
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`SetRoomBackgroundRequest`](crate::rooms::SetRoomBackgroundRequest), bundled from `schemas/rooms/set-room-background.request.json`.
    pub const SET_ROOM_BACKGROUND_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SetRoomBackgroundRequest",
  "definitions": {
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
    "SetRoomBackgroundRequest": {
      "title": "SetRoomBackgroundRequest",
      "description": "Body of `POST /v1/meeting-rooms/{meeting_room_id}/background`: set a meeting room's background (设置会议室背景). The image is uploaded and applied asynchronously: the answer is a job ID, and the outcome arrives as the event `meeting.job-results` (异步任务结果). The operator needs edit permission on meeting-room management (会议室管理编辑权限); only AK/SK authentication is documented (AK/SK 鉴权). The captured table lost its required marks: `operator_id` and `operator_id_type` are required as the official SDK has them; `meeting_room_id` and `background_image` are optional, as the SDK has them. The page's example posts to `/v1/meetings/100001/background`, a slip for this path.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "operator_id": "user1",
          "operator_id_type": 1,
          "meeting_room_id": "100001",
          "background_image": "https://xxxx.xxxx.com/xxxx/image.png"
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID), read according to `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "meeting_room_id": {
          "description": "Meeting room ID (会议室 ID), the path's again: the page lists it among the parameters and its example sends it in the body. Not in the official SDK's body.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "background_image": {
          "description": "URL of the background image (背景图片 url): 1920*1080 pixels (尺寸大小为1920*1080), under 10 MB (小于10M), jpg, png or jpeg. Leave it out to restore the room's default background (如果不传入则使用会议室默认背景).",
          "type": "string",
          "format": "uri",
          "minLength": 1
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`SetRoomBackgroundResponse`](crate::rooms::SetRoomBackgroundResponse), bundled from `schemas/rooms/set-room-background.response.json`.
    pub const SET_ROOM_BACKGROUND_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SetRoomBackgroundResponse",
  "definitions": {
    "SetRoomBackgroundResponse": {
      "title": "SetRoomBackgroundResponse",
      "description": "Body of a successful `POST /v1/meeting-rooms/{meeting_room_id}/background`: the job that applies the background (任务 ID). Lenient: nothing is required and unknown fields are kept, not lost.",
      "type": "object",
      "examples": [
        {
          "job_id": "16759xxxxxxxx0210"
        }
      ],
      "x-accessors": {
        "job_id": "job_id"
      },
      "properties": {
        "job_id": {
          "description": "ID of the asynchronous job (任务 ID), as the event `meeting.job-results` reports it.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`UpdateMeetingRoomRequest`](crate::rooms::UpdateMeetingRoomRequest), bundled from `schemas/rooms/update-meeting-room.request.json`.
    pub const UPDATE_MEETING_ROOM_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/UpdateMeetingRoomRequest",
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
    "MeetingRoomInfoUpdate": {
      "title": "MeetingRoomInfoUpdate",
      "description": "New basic facts of a meeting room (编辑会议室基本信息). `city`, `building` and `floor` go together or not at all (需同时传入或都不传入); places that do not exist yet are created.",
      "type": "object",
      "required": [
        "meeting_room_name",
        "meeting_room_type"
      ],
      "properties": {
        "meeting_room_name": {
          "description": "Meeting room name (会议室名称): at most 36 characters, or 18 Chinese characters (长度不超过36个字符或18个汉字). Read as at most 36 characters whatever they are, the more generous reading; the service has the last word on wide characters.",
          "type": "string",
          "minLength": 1,
          "maxLength": 36,
          "x-non-blank": true
        },
        "meeting_room_type": {
          "description": "Kind of room (会议室类型).",
          "$ref": "#/definitions/MeetingRoomType"
        },
        "mra_address": {
          "description": "Signalling address of the room (会议室信令地址): for SIP (2) and H.323 (4) rooms, this or `mra_register_account` (与 mra_register_account 二选一).",
          "type": "string"
        },
        "mra_register_account": {
          "description": "SIP or H.323 registration account (SIP/H.323注册账号), for SIP (2) and H.323 (4) rooms.",
          "type": "string"
        },
        "city": {
          "description": "City (城市), at most 36 characters (长度不超过36个字符); created when new.",
          "type": "string",
          "maxLength": 36
        },
        "building": {
          "description": "Building (建筑), at most 36 characters (长度不超过36个字符); created in the city when new.",
          "type": "string",
          "maxLength": 36
        },
        "floor": {
          "description": "Floor (楼层): digits or letters (输入应为数字或字母), at most 36 (长度不超过36个字符); created in the building when new.",
          "type": "string",
          "maxLength": 36,
          "x-chars": "alphanumeric"
        },
        "participant_number": {
          "description": "How many people the room holds (容纳人数), at most 9 digits (不超过9位数).",
          "type": "integer",
          "minimum": 0,
          "maximum": 999999999
        },
        "device": {
          "description": "Equipment of the room (会议室设备); values other than the known kinds are ignored (输入非现有类型内容则无效): TV, 投影, 会议电话机, MIC, 视频电视, PC, 无线投屏.",
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "label": {
          "description": "Labels (标签), at most 10 (最多设置10个标签), each at most 40 characters (每个标签不超过40个字); new labels are created. Not in the official SDK's model.",
          "type": "array",
          "items": {
            "type": "string",
            "maxLength": 40
          },
          "maxItems": 10
        },
        "desc": {
          "description": "Description (描述), at most 1000 characters (长度不超过1000个字符).",
          "type": "string",
          "maxLength": 1000
        },
        "admin_password_enabled": {
          "description": "Whether the administrator password is used (是否启用管理员密码), for untyped rooms (会议室类型为1时); false when absent (默认值). Not in the official SDK's model, which has `use_password`.",
          "type": "boolean"
        },
        "admin_password": {
          "description": "Administrator password (管理员密码). The captured page text ends at `admin_`: the name is read from the room details' `admin_password`; the official SDK's model has `password`.",
          "type": "string",
          "x-sensitive": true
        },
        "password": {
          "description": "Administrator password (管理员密码): the official SDK's name; not on the current page, which names it `admin_password`.",
          "type": "string",
          "x-sensitive": true
        },
        "use_password": {
          "description": "Whether the administrator password is used (是否启用管理员密码): the official SDK's name; not on the current page, which names it `admin_password_enabled`.",
          "type": "boolean"
        }
      }
    },
    "MeetingRoomType": {
      "title": "MeetingRoomType",
      "description": "Kind of meeting room (会议室类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Rooms",
          "description": "A Tencent Meeting Rooms room (rooms 会议室)"
        },
        {
          "const": 1,
          "title": "Untyped",
          "description": "A room without a type (无类型会议室)"
        },
        {
          "const": 2,
          "title": "Sip",
          "description": "A SIP room (SIP 会议室)"
        },
        {
          "const": 4,
          "title": "H323",
          "description": "An H.323 room (H.323会议室)"
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
    "UpdateMeetingRoomRequest": {
      "title": "UpdateMeetingRoomRequest",
      "description": "Body of `PUT /v1/meeting-rooms/modify`: change a meeting room's facts (修改会议室信息). The operator needs edit permission on meeting-room management (会议室管理编辑权限); OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). The captured page text ends inside the room-info table; the example, which was not captured, follows the tables.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "instance_id",
        "meeting_room_id"
      ],
      "examples": [
        {
          "operator_id": "user1",
          "operator_id_type": 1,
          "instance_id": 1,
          "meeting_room_id": "100001",
          "meeting_room_info": {
            "meeting_room_name": "会议室测试1",
            "meeting_room_type": 0,
            "city": "广州",
            "building": "大厦",
            "floor": "10",
            "participant_number": 12,
            "device": [
              "TV",
              "PC"
            ],
            "desc": "hello"
          },
          "scheduled_status": true,
          "is_allow_call": true
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID), read according to `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "instance_id": {
          "description": "Device type of the caller (设备类型 ID).",
          "$ref": "#/definitions/InstanceId"
        },
        "meeting_room_id": {
          "description": "ID of the meeting room to change (要设置的会议室 ID).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "meeting_room_info": {
          "description": "New basic facts of the room (编辑会议室基本信息).",
          "$ref": "#/definitions/MeetingRoomInfoUpdate"
        },
        "scheduled_status": {
          "description": "Whether the room may be booked (是否开放预定); initially false (初始值为 false).",
          "type": "boolean"
        },
        "is_allow_call": {
          "description": "Whether the room may be called (是否允许被呼叫); initially true (初始值为 true).",
          "type": "boolean"
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`UpdateRoomConfigRequest`](crate::rooms::UpdateRoomConfigRequest), bundled from `schemas/rooms/update-room-config.request.json`.
    pub const UPDATE_ROOM_CONFIG_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/UpdateRoomConfigRequest",
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
    "RoomAutoResponse": {
      "title": "RoomAutoResponse",
      "description": "Whether a meeting room answers calls by itself (自动接听). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "On",
          "description": "Switched on (开启)"
        },
        {
          "const": 2,
          "title": "Off",
          "description": "Switched off (关闭)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A setting the docs do not list."
        }
      ]
    },
    "RoomMeetingSettingsUpdate": {
      "title": "RoomMeetingSettingsUpdate",
      "description": "New meeting settings of the room (会议室会议配置对象); what is left out stays as it is.",
      "type": "object",
      "properties": {
        "water_mark": {
          "description": "Watermark (水印). Initially 2 (初始值为2).",
          "$ref": "#/definitions/RoomWatermark"
        },
        "auto_response": {
          "description": "Whether calls are answered by themselves (自动接听). Initially 2 (初始值为2).",
          "$ref": "#/definitions/RoomAutoResponse"
        },
        "caption": {
          "description": "Whether captions are on (字幕). Initially true (初始值为true).",
          "type": "boolean"
        },
        "room_pmi": {
          "description": "Whether the room's own meeting ID is on (专属 ID). Initially true (初始值为true).",
          "type": "boolean"
        },
        "room_pmi_settings": {
          "description": "Settings of the room's own meeting ID (会议室专属会议号配置).",
          "$ref": "#/definitions/RoomPmiSettingsUpdate"
        },
        "room_notification": {
          "description": "Whether the Rooms screen shows notifications (Rooms 屏幕是否展示消息通知). Initially false (初始值为false).",
          "type": "boolean"
        }
      }
    },
    "RoomPmiSettingsUpdate": {
      "title": "RoomPmiSettingsUpdate",
      "description": "New settings of the room's own meeting ID (会议室专属会议号配置), applied only while it is switched on (仅专属 ID 开启时有效).",
      "type": "object",
      "properties": {
        "room_pmi_psw": {
          "description": "Password of the room's own meeting ID (专属会议室密码), 4 to 6 digits (4-6位数字).",
          "type": "string",
          "minLength": 4,
          "maxLength": 6,
          "x-chars": "digits",
          "x-sensitive": true
        },
        "waiting_room": {
          "description": "Whether the waiting room is on (是否开启等候室).",
          "type": "boolean"
        },
        "allow_in_before_host": {
          "description": "Whether members may join before the host (是否允许成员在主持人进会前入会).",
          "type": "boolean"
        },
        "mute_enable_type_join": {
          "description": "Whether members are muted when they join (成员入会静音设置).",
          "$ref": "#/definitions/MuteOnJoin"
        },
        "hosts": {
          "description": "User IDs of the designated hosts (会议指定主持人 ID). Not in the official SDK's request model.",
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "only_enterprise_user_allowed": {
          "description": "Whether only users of the enterprise may join (入会成员设置): true enterprise users only (仅企业内部用户可入会), false everybody (所有人可入会).",
          "type": "boolean"
        }
      }
    },
    "RoomRecordSettingsUpdate": {
      "title": "RoomRecordSettingsUpdate",
      "description": "New recording settings of the room (会议室录制配置对象); what is left out stays as it is.",
      "type": "object",
      "properties": {
        "share_record": {
          "description": "Who may see the cloud recordings (分享云录制). Initially 1 (初始值为1).",
          "$ref": "#/definitions/RoomRecordSharing"
        },
        "download_record": {
          "description": "Whether cloud recordings may be downloaded (是否允许下载云录制). The captured page text ends before this row; the older page and the official SDK have it.",
          "type": "boolean"
        }
      }
    },
    "RoomRecordSharing": {
      "title": "RoomRecordSharing",
      "description": "Who may see a meeting room's cloud recordings (分享云录制). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Off",
          "description": "Sharing switched off (关闭分享)"
        },
        {
          "const": 1,
          "title": "AllMembers",
          "description": "Every member (全部成员可查看)"
        },
        {
          "const": 2,
          "title": "SignedInMembers",
          "description": "Signed-in members only (仅登录成员可查看)"
        },
        {
          "const": 3,
          "title": "SameEnterprise",
          "description": "Members of the same enterprise only (仅同企业成员可查看)"
        },
        {
          "const": 4,
          "title": "Participants",
          "description": "Participants of the meeting only (仅参会成员可查看)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A setting the docs do not list."
        }
      ]
    },
    "RoomWatermark": {
      "title": "RoomWatermark",
      "description": "Watermark setting of a meeting room (水印). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Off",
          "description": "No watermark (关闭)"
        },
        {
          "const": 1,
          "title": "SingleRow",
          "description": "A single row of watermark (单排水印)"
        },
        {
          "const": 2,
          "title": "MultiRow",
          "description": "Several rows of watermark (多排水印)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A setting the docs do not list."
        }
      ]
    },
    "UpdateRoomConfigRequest": {
      "title": "UpdateRoomConfigRequest",
      "description": "Body of `POST /v1/meeting-rooms/modify-room-config-info`: change a meeting room's settings (修改会议室配置项). The operator needs edit permission on meeting-room management (会议室管理编辑权限); OAuth 2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). The captured page text ends inside the recording settings; the example, which was not captured, follows the tables.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "instance_id",
        "meeting_room_id"
      ],
      "examples": [
        {
          "operator_id": "user1",
          "operator_id_type": 1,
          "instance_id": 1,
          "meeting_room_id": "xxxxxxxxxxxxxx",
          "meeting_settings": {
            "water_mark": 1,
            "auto_response": 1,
            "caption": true,
            "room_pmi": true,
            "room_pmi_settings": {
              "room_pmi_psw": "1234",
              "waiting_room": false
            },
            "room_notification": false
          },
          "record_settings": {
            "share_record": 3,
            "download_record": false
          }
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID), read according to `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型); the page documents 1 (userid) only.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "instance_id": {
          "description": "Device type of the caller (设备类型 ID).",
          "$ref": "#/definitions/InstanceId"
        },
        "meeting_room_id": {
          "description": "ID of the meeting room to configure (要配置的会议室 ID).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "meeting_settings": {
          "description": "New meeting settings (会议室会议配置对象).",
          "$ref": "#/definitions/RoomMeetingSettingsUpdate"
        },
        "record_settings": {
          "description": "New recording settings (会议室录制配置对象).",
          "$ref": "#/definitions/RoomRecordSettingsUpdate"
        }
      }
    }
  }
}"##;
}

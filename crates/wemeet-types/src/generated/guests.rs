// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! Meeting guests (会议嘉宾): read and replace the guest list of a meeting.
//!
//! The `meeting_guest` service of the official SDKs: its endpoints' marker types, requests, responses and code lists, from `schemas/guests/`. Compiled with the cargo feature `guests`.
//!
//! The meeting guest service (会议嘉宾, SDK service meeting_guest): read and replace the guest list of a meeting by its ID. The by-code variants of the docs are not in the SDKs.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
#[allow(unused_imports)]
use super::root::*;
/// Path parameters of `GET /v1/guests/{meeting_id}` (the docs spell the parameter `{meeting_id}`).
///
/// Generated from `schemas/guests/get-meeting-guests.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetMeetingGuestsPath {
    /// ID of the meeting (会议 ID), `{meeting_id}` in the docs' URL.
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty.
    pub meeting_id: ::std::string::String,
}
impl GetMeetingGuestsPath {
    /// A builder of [`GetMeetingGuestsPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetMeetingGuestsPathBuilder {
        builders::GetMeetingGuestsPathBuilder {
            meeting_id: builders::missing::get_meeting_guests_path::meeting_id,
        }
    }
    /// A `GetMeetingGuestsPath` with [`meeting_id`](Self::meeting_id) set and every optional field absent.
    pub fn new(meeting_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().meeting_id(meeting_id).build()
    }
}
impl GetMeetingGuestsPath {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetMeetingGuestsPath {
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
impl crate::Validate for GetMeetingGuestsPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Query string of `GET /v1/guests/{meeting_id}`: the guests of a meeting (通过会议 ID 查询会议嘉宾列表). Only the meeting's creator may query them (只有会议创建人才有权限查询); guests are a feature of the business, enterprise and education editions (免费版尚无此功能).
///
/// Generated from `schemas/guests/get-meeting-guests.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetMeetingGuestsRequest {
    /// ID of the caller (用户的 ID): the enterprise's unique user ID, or the openId for OAuth 2.0 callers.
    ///
    /// Wire name `userid`, required.
    /// Rules: not empty; not only whitespace.
    pub userid: ::std::string::String,
    /// Device type of the caller (用户的终端设备类型).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
}
impl GetMeetingGuestsRequest {
    /// A builder of [`GetMeetingGuestsRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetMeetingGuestsRequestBuilder {
        builders::GetMeetingGuestsRequestBuilder {
            userid: builders::missing::get_meeting_guests_request::userid,
            instanceid: builders::missing::get_meeting_guests_request::instanceid,
        }
    }
}
impl GetMeetingGuestsRequest {
    /// `userid`: fewest characters (1).
    pub const USERID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetMeetingGuestsRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.userid;
            let path = crate::validate::FieldPath::child_of(
                at,
                "userid",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for GetMeetingGuestsRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/guests/{meeting_id}`: the meeting and its guests (会议嘉宾列表). Lenient: nothing required, unknown fields kept.
///
/// Generated from `schemas/guests/get-meeting-guests.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetMeetingGuestsResponse {
    /// Meeting ID (会议 ID).
    ///
    /// Wire name `meeting_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_id: ::std::option::Option<::std::string::String>,
    /// Meeting code (会议 Code).
    ///
    /// Wire name `meeting_code`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_code: ::std::option::Option<::std::string::String>,
    /// Meeting subject (会议主题).
    ///
    /// Wire name `subject`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub subject: ::std::option::Option<::std::string::String>,
    /// The guests (会议嘉宾列表).
    ///
    /// Wire name `guests`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub guests: ::std::option::Option<::std::vec::Vec<Guest>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl GetMeetingGuestsResponse {
    /// A builder of [`GetMeetingGuestsResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetMeetingGuestsResponseBuilder {
        builders::GetMeetingGuestsResponseBuilder {
            meeting_id: ::std::option::Option::None,
            meeting_code: ::std::option::Option::None,
            subject: ::std::option::Option::None,
            guests: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for GetMeetingGuestsResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetMeetingGuestsResponse")
            .field("meeting_id", &self.meeting_id)
            .field("meeting_code", &self.meeting_code)
            .field("subject", &self.subject)
            .field("guests", &self.guests)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Path parameters of `PUT /v1/guests/{meeting_id}` (the docs spell the parameter `{meeting_id}`).
///
/// Generated from `schemas/guests/set-meeting-guests.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SetMeetingGuestsPath {
    /// ID of the meeting (会议 ID), `{meeting_id}` in the docs' URL.
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty.
    pub meeting_id: ::std::string::String,
}
impl SetMeetingGuestsPath {
    /// A builder of [`SetMeetingGuestsPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SetMeetingGuestsPathBuilder {
        builders::SetMeetingGuestsPathBuilder {
            meeting_id: builders::missing::set_meeting_guests_path::meeting_id,
        }
    }
    /// A `SetMeetingGuestsPath` with [`meeting_id`](Self::meeting_id) set and every optional field absent.
    pub fn new(meeting_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().meeting_id(meeting_id).build()
    }
}
impl SetMeetingGuestsPath {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SetMeetingGuestsPath {
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
impl crate::Validate for SetMeetingGuestsPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `PUT /v1/guests/{meeting_id}`: replace the guest list of a meeting (修改会议嘉宾列表); an empty list clears it (传空数组会清空嘉宾列表). Only the meeting's creator may change it. Guests may be set at most 10 times a day, and one user made a guest at most 10 times; past that the meeting does not appear in the guest's meeting list (一天最多可设置嘉宾10次,且同一用户最多被设置为嘉宾10次). A feature of the business, enterprise and education editions. The retrieved page lost its 必选 column: requiredness follows the SDK and the page's example. The page's example also sends `meeting_id` in the body, which neither the table nor the SDK lists: left out of the fixture. Success is an empty body (返回 body 为空).
///
/// Generated from `schemas/guests/set-meeting-guests.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SetMeetingGuestsRequest {
    /// ID of the caller, the meeting's creator (用户的 ID): the enterprise's unique user ID, or the openId for OAuth 2.0 callers.
    ///
    /// Wire name `userid`, required.
    /// Rules: not empty; not only whitespace.
    pub userid: ::std::string::String,
    /// Device type of the caller (用户的终端设备类型).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
    /// The new guest list (会议嘉宾列表); an empty list clears it.
    ///
    /// Wire name `guests`, required.
    pub guests: ::std::vec::Vec<GuestSpec>,
}
impl SetMeetingGuestsRequest {
    /// A builder of [`SetMeetingGuestsRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SetMeetingGuestsRequestBuilder {
        builders::SetMeetingGuestsRequestBuilder {
            userid: builders::missing::set_meeting_guests_request::userid,
            instanceid: builders::missing::set_meeting_guests_request::instanceid,
            guests: builders::missing::set_meeting_guests_request::guests,
        }
    }
}
impl SetMeetingGuestsRequest {
    /// `userid`: fewest characters (1).
    pub const USERID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SetMeetingGuestsRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.userid;
            let path = crate::validate::FieldPath::child_of(
                at,
                "userid",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        {
            let value = &self.guests;
            let path = crate::validate::FieldPath::child_of(
                at,
                "guests",
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
impl crate::Validate for SetMeetingGuestsRequest {
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
    /// Builds a [`GetMeetingGuestsPath`](super::GetMeetingGuestsPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetMeetingGuestsPathBuilder<
        P0 = missing::get_meeting_guests_path::meeting_id,
    > {
        pub(crate) meeting_id: P0,
    }
    impl<P0> ::std::fmt::Debug for GetMeetingGuestsPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetMeetingGuestsPathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetMeetingGuestsPathBuilder<missing::get_meeting_guests_path::meeting_id> {
        /// Sets [`meeting_id`](super::GetMeetingGuestsPath::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetMeetingGuestsPathBuilder<::std::string::String> {
            GetMeetingGuestsPathBuilder {
                meeting_id: value.into(),
            }
        }
    }
    impl<P0> GetMeetingGuestsPathBuilder<P0> {
        /// The [`GetMeetingGuestsPath`](super::GetMeetingGuestsPath).
        ///
        /// Compiles once the required field `meeting_id` is set: a missing one is a compile error naming it ("the required field ... of `GetMeetingGuestsPath` is not set").
        pub fn build(self) -> super::GetMeetingGuestsPath
        where
            P0: missing::get_meeting_guests_path::MeetingIdIsSet<::std::string::String>,
        {
            super::GetMeetingGuestsPath {
                meeting_id: missing::get_meeting_guests_path::MeetingIdIsSet::into_field(
                    self.meeting_id,
                ),
            }
        }
    }
    /// Builds a [`GetMeetingGuestsRequest`](super::GetMeetingGuestsRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetMeetingGuestsRequestBuilder<
        P0 = missing::get_meeting_guests_request::userid,
        P1 = missing::get_meeting_guests_request::instanceid,
    > {
        pub(crate) userid: P0,
        pub(crate) instanceid: P1,
    }
    impl<P0, P1> ::std::fmt::Debug for GetMeetingGuestsRequestBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetMeetingGuestsRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > GetMeetingGuestsRequestBuilder<missing::get_meeting_guests_request::userid, P1> {
        /// Sets [`userid`](super::GetMeetingGuestsRequest::userid).
        ///
        /// Required.
        pub fn userid(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetMeetingGuestsRequestBuilder<::std::string::String, P1> {
            GetMeetingGuestsRequestBuilder {
                userid: value.into(),
                instanceid: self.instanceid,
            }
        }
    }
    impl<
        P0,
    > GetMeetingGuestsRequestBuilder<
        P0,
        missing::get_meeting_guests_request::instanceid,
    > {
        /// Sets [`instanceid`](super::GetMeetingGuestsRequest::instanceid).
        ///
        /// Required.
        pub fn instanceid(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> GetMeetingGuestsRequestBuilder<P0, crate::InstanceId> {
            GetMeetingGuestsRequestBuilder {
                userid: self.userid,
                instanceid: value.into(),
            }
        }
    }
    impl<P0, P1> GetMeetingGuestsRequestBuilder<P0, P1> {
        /// The [`GetMeetingGuestsRequest`](super::GetMeetingGuestsRequest).
        ///
        /// Compiles once the required fields `userid`, `instanceid` are set: a missing one is a compile error naming it ("the required field ... of `GetMeetingGuestsRequest` is not set").
        pub fn build(self) -> super::GetMeetingGuestsRequest
        where
            P0: missing::get_meeting_guests_request::UseridIsSet<::std::string::String>,
            P1: missing::get_meeting_guests_request::InstanceidIsSet<crate::InstanceId>,
        {
            super::GetMeetingGuestsRequest {
                userid: missing::get_meeting_guests_request::UseridIsSet::into_field(
                    self.userid,
                ),
                instanceid: missing::get_meeting_guests_request::InstanceidIsSet::into_field(
                    self.instanceid,
                ),
            }
        }
    }
    /// Builds a [`GetMeetingGuestsResponse`](super::GetMeetingGuestsResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetMeetingGuestsResponseBuilder {
        pub(crate) meeting_id: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_code: ::std::option::Option<::std::string::String>,
        pub(crate) subject: ::std::option::Option<::std::string::String>,
        pub(crate) guests: ::std::option::Option<::std::vec::Vec<Guest>>,
    }
    impl ::std::fmt::Debug for GetMeetingGuestsResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetMeetingGuestsResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetMeetingGuestsResponseBuilder {
        /// Sets [`meeting_id`](super::GetMeetingGuestsResponse::meeting_id).
        ///
        /// Optional.
        pub fn meeting_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_code`](super::GetMeetingGuestsResponse::meeting_code).
        ///
        /// Optional.
        pub fn meeting_code(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_code = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`subject`](super::GetMeetingGuestsResponse::subject).
        ///
        /// Optional.
        pub fn subject(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.subject = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`guests`](super::GetMeetingGuestsResponse::guests).
        ///
        /// Optional.
        pub fn guests(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<Guest>,
            >,
        ) -> Self {
            self.guests = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl GetMeetingGuestsResponseBuilder {
        /// The [`GetMeetingGuestsResponse`](super::GetMeetingGuestsResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::GetMeetingGuestsResponse {
            super::GetMeetingGuestsResponse {
                meeting_id: self.meeting_id,
                meeting_code: self.meeting_code,
                subject: self.subject,
                guests: self.guests,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`SetMeetingGuestsPath`](super::SetMeetingGuestsPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SetMeetingGuestsPathBuilder<
        P0 = missing::set_meeting_guests_path::meeting_id,
    > {
        pub(crate) meeting_id: P0,
    }
    impl<P0> ::std::fmt::Debug for SetMeetingGuestsPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SetMeetingGuestsPathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl SetMeetingGuestsPathBuilder<missing::set_meeting_guests_path::meeting_id> {
        /// Sets [`meeting_id`](super::SetMeetingGuestsPath::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SetMeetingGuestsPathBuilder<::std::string::String> {
            SetMeetingGuestsPathBuilder {
                meeting_id: value.into(),
            }
        }
    }
    impl<P0> SetMeetingGuestsPathBuilder<P0> {
        /// The [`SetMeetingGuestsPath`](super::SetMeetingGuestsPath).
        ///
        /// Compiles once the required field `meeting_id` is set: a missing one is a compile error naming it ("the required field ... of `SetMeetingGuestsPath` is not set").
        pub fn build(self) -> super::SetMeetingGuestsPath
        where
            P0: missing::set_meeting_guests_path::MeetingIdIsSet<::std::string::String>,
        {
            super::SetMeetingGuestsPath {
                meeting_id: missing::set_meeting_guests_path::MeetingIdIsSet::into_field(
                    self.meeting_id,
                ),
            }
        }
    }
    /// Builds a [`SetMeetingGuestsRequest`](super::SetMeetingGuestsRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SetMeetingGuestsRequestBuilder<
        P0 = missing::set_meeting_guests_request::userid,
        P1 = missing::set_meeting_guests_request::instanceid,
        P2 = missing::set_meeting_guests_request::guests,
    > {
        pub(crate) userid: P0,
        pub(crate) instanceid: P1,
        pub(crate) guests: P2,
    }
    impl<P0, P1, P2> ::std::fmt::Debug for SetMeetingGuestsRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SetMeetingGuestsRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > SetMeetingGuestsRequestBuilder<
        missing::set_meeting_guests_request::userid,
        P1,
        P2,
    > {
        /// Sets [`userid`](super::SetMeetingGuestsRequest::userid).
        ///
        /// Required.
        pub fn userid(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SetMeetingGuestsRequestBuilder<::std::string::String, P1, P2> {
            SetMeetingGuestsRequestBuilder {
                userid: value.into(),
                instanceid: self.instanceid,
                guests: self.guests,
            }
        }
    }
    impl<
        P0,
        P2,
    > SetMeetingGuestsRequestBuilder<
        P0,
        missing::set_meeting_guests_request::instanceid,
        P2,
    > {
        /// Sets [`instanceid`](super::SetMeetingGuestsRequest::instanceid).
        ///
        /// Required.
        pub fn instanceid(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> SetMeetingGuestsRequestBuilder<P0, crate::InstanceId, P2> {
            SetMeetingGuestsRequestBuilder {
                userid: self.userid,
                instanceid: value.into(),
                guests: self.guests,
            }
        }
    }
    impl<
        P0,
        P1,
    > SetMeetingGuestsRequestBuilder<
        P0,
        P1,
        missing::set_meeting_guests_request::guests,
    > {
        /// Sets [`guests`](super::SetMeetingGuestsRequest::guests).
        ///
        /// Required.
        pub fn guests(
            self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<GuestSpec>,
            >,
        ) -> SetMeetingGuestsRequestBuilder<P0, P1, ::std::vec::Vec<GuestSpec>> {
            SetMeetingGuestsRequestBuilder {
                userid: self.userid,
                instanceid: self.instanceid,
                guests: value.into_iter().map(::std::convert::Into::into).collect(),
            }
        }
    }
    impl<P0, P1, P2> SetMeetingGuestsRequestBuilder<P0, P1, P2> {
        /// The [`SetMeetingGuestsRequest`](super::SetMeetingGuestsRequest).
        ///
        /// Compiles once the required fields `userid`, `instanceid`, `guests` are set: a missing one is a compile error naming it ("the required field ... of `SetMeetingGuestsRequest` is not set").
        pub fn build(self) -> super::SetMeetingGuestsRequest
        where
            P0: missing::set_meeting_guests_request::UseridIsSet<::std::string::String>,
            P1: missing::set_meeting_guests_request::InstanceidIsSet<crate::InstanceId>,
            P2: missing::set_meeting_guests_request::GuestsIsSet<
                ::std::vec::Vec<GuestSpec>,
            >,
        {
            super::SetMeetingGuestsRequest {
                userid: missing::set_meeting_guests_request::UseridIsSet::into_field(
                    self.userid,
                ),
                instanceid: missing::set_meeting_guests_request::InstanceidIsSet::into_field(
                    self.instanceid,
                ),
                guests: missing::set_meeting_guests_request::GuestsIsSet::into_field(
                    self.guests,
                ),
            }
        }
    }
    /// Code generation's plumbing, not API: the markers of required fields not set yet
    /// (`missing::<model>::<field>`) and the traits `build()` requires of the set ones.
    #[doc(hidden)]
    pub mod missing {
        /// The required fields of [`GetMeetingGuestsPath`](super::super::GetMeetingGuestsPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_meeting_guests_path {
            /// `meeting_id` of [`GetMeetingGuestsPath`](super::super::super::GetMeetingGuestsPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
            /// What `build()` requires of `meeting_id`: implemented for the field's type alone, never for the marker [`meeting_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_id` of `GetMeetingGuestsPath` is not set",
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
        /// The required fields of [`GetMeetingGuestsRequest`](super::super::GetMeetingGuestsRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_meeting_guests_request {
            /// `userid` of [`GetMeetingGuestsRequest`](super::super::super::GetMeetingGuestsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct userid;
            /// What `build()` requires of `userid`: implemented for the field's type alone, never for the marker [`userid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `userid` of `GetMeetingGuestsRequest` is not set",
                label = "`userid` is not set",
                note = "call `.userid(...)` before `.build()`"
            )]
            pub trait UseridIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> UseridIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `instanceid` of [`GetMeetingGuestsRequest`](super::super::super::GetMeetingGuestsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instanceid;
            /// What `build()` requires of `instanceid`: implemented for the field's type alone, never for the marker [`instanceid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `instanceid` of `GetMeetingGuestsRequest` is not set",
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
        /// The required fields of [`GetMeetingGuestsResponse`](super::super::GetMeetingGuestsResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_meeting_guests_response {}
        /// The required fields of [`SetMeetingGuestsPath`](super::super::SetMeetingGuestsPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod set_meeting_guests_path {
            /// `meeting_id` of [`SetMeetingGuestsPath`](super::super::super::SetMeetingGuestsPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
            /// What `build()` requires of `meeting_id`: implemented for the field's type alone, never for the marker [`meeting_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_id` of `SetMeetingGuestsPath` is not set",
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
        /// The required fields of [`SetMeetingGuestsRequest`](super::super::SetMeetingGuestsRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod set_meeting_guests_request {
            /// `userid` of [`SetMeetingGuestsRequest`](super::super::super::SetMeetingGuestsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct userid;
            /// What `build()` requires of `userid`: implemented for the field's type alone, never for the marker [`userid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `userid` of `SetMeetingGuestsRequest` is not set",
                label = "`userid` is not set",
                note = "call `.userid(...)` before `.build()`"
            )]
            pub trait UseridIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> UseridIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `instanceid` of [`SetMeetingGuestsRequest`](super::super::super::SetMeetingGuestsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instanceid;
            /// What `build()` requires of `instanceid`: implemented for the field's type alone, never for the marker [`instanceid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `instanceid` of `SetMeetingGuestsRequest` is not set",
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
            /// `guests` of [`SetMeetingGuestsRequest`](super::super::super::SetMeetingGuestsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct guests;
            /// What `build()` requires of `guests`: implemented for the field's type alone, never for the marker [`guests`].
            #[diagnostic::on_unimplemented(
                message = "the required field `guests` of `SetMeetingGuestsRequest` is not set",
                label = "`guests` is not set",
                note = "call `.guests(...)` before `.build()`"
            )]
            pub trait GuestsIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> GuestsIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
    }
}
/// `GET /v1/guests/{meeting_id}`: Get the guests of a meeting (通过会议 ID 查询会议嘉宾列表).
///
/// - path parameters: [`GetMeetingGuestsPath`](crate::guests::GetMeetingGuestsPath)
/// - request: [`GetMeetingGuestsRequest`](crate::guests::GetMeetingGuestsRequest), in the query string (no body)
/// - response: [`GetMeetingGuestsResponse`](crate::guests::GetMeetingGuestsResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes: 9042, 13703, 9003, 190001
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/54308); the official SDKs call it `V1GuestsMeetingIdGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GetMeetingGuests;
impl crate::Endpoint for GetMeetingGuests {
    const NAME: &'static str = "get_meeting_guests";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/guests/{meeting_id}";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::NO_PERMISSION,
        crate::ErrorCode::MEETING_QUERY_FAILED,
        crate::ErrorCode::MEETING_NOT_EXIST,
        crate::ErrorCode::USER_NOT_REGISTERED,
    ];
    type Path = crate::guests::GetMeetingGuestsPath;
    type Request = crate::guests::GetMeetingGuestsRequest;
    type Response = crate::guests::GetMeetingGuestsResponse;
}
impl crate::PathParams for crate::guests::GetMeetingGuestsPath {
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
impl crate::EncodeRequest for crate::guests::GetMeetingGuestsRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("userid", &self.userid);
        query.pair("instanceid", &self.instanceid);
        ::std::result::Result::Ok(query.finish())
    }
}
/// `PUT /v1/guests/{meeting_id}`: Replace the guests of a meeting (修改会议嘉宾列表).
///
/// - path parameters: [`SetMeetingGuestsPath`](crate::guests::SetMeetingGuestsPath)
/// - request: [`SetMeetingGuestsRequest`](crate::guests::SetMeetingGuestsRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes: 9002, 9042, 190001, 13703, 190431
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/93438); the official SDKs call it `V1GuestsMeetingIdPut`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SetMeetingGuests;
impl crate::Endpoint for SetMeetingGuests {
    const NAME: &'static str = "set_meeting_guests";
    const METHOD: crate::Method = crate::Method::Put;
    const PATH_TEMPLATE: &'static str = "/v1/guests/{meeting_id}";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::ILLEGAL_REQUEST,
        crate::ErrorCode::NO_PERMISSION,
        crate::ErrorCode::USER_NOT_REGISTERED,
        crate::ErrorCode::MEETING_QUERY_FAILED,
        crate::ErrorCode::GUEST_CREATE_FAILED,
    ];
    type Path = crate::guests::SetMeetingGuestsPath;
    type Request = crate::guests::SetMeetingGuestsRequest;
    type Response = ();
}
impl crate::PathParams for crate::guests::SetMeetingGuestsPath {
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
impl crate::EncodeRequest for crate::guests::SetMeetingGuestsRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
impl crate::ResponseBody for crate::guests::GetMeetingGuestsResponse {
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
    /// JSON Schema (Draft-07, self-contained) of [`GetMeetingGuestsPath`](crate::guests::GetMeetingGuestsPath), bundled from `schemas/guests/get-meeting-guests.path.json`.
    pub const GET_MEETING_GUESTS_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetMeetingGuestsPath",
  "definitions": {
    "GetMeetingGuestsPath": {
      "title": "GetMeetingGuestsPath",
      "description": "Path parameters of `GET /v1/guests/{meeting_id}` (the docs spell the parameter `{meeting_id}`).",
      "type": "object",
      "required": [
        "meeting_id"
      ],
      "examples": [
        {
          "meeting_id": "15923312864334416762"
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
    /// JSON Schema (Draft-07, self-contained) of [`GetMeetingGuestsRequest`](crate::guests::GetMeetingGuestsRequest), bundled from `schemas/guests/get-meeting-guests.request.json`.
    pub const GET_MEETING_GUESTS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetMeetingGuestsRequest",
  "definitions": {
    "GetMeetingGuestsRequest": {
      "title": "GetMeetingGuestsRequest",
      "description": "Query string of `GET /v1/guests/{meeting_id}`: the guests of a meeting (通过会议 ID 查询会议嘉宾列表). Only the meeting's creator may query them (只有会议创建人才有权限查询); guests are a feature of the business, enterprise and education editions (免费版尚无此功能).",
      "type": "object",
      "required": [
        "userid",
        "instanceid"
      ],
      "examples": [
        {
          "userid": "leonxsun",
          "instanceid": 1
        }
      ],
      "properties": {
        "userid": {
          "description": "ID of the caller (用户的 ID): the enterprise's unique user ID, or the openId for OAuth 2.0 callers.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "instanceid": {
          "description": "Device type of the caller (用户的终端设备类型).",
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
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetMeetingGuestsResponse`](crate::guests::GetMeetingGuestsResponse), bundled from `schemas/guests/get-meeting-guests.response.json`.
    pub const GET_MEETING_GUESTS_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetMeetingGuestsResponse",
  "definitions": {
    "GetMeetingGuestsResponse": {
      "title": "GetMeetingGuestsResponse",
      "description": "Body of a successful `GET /v1/guests/{meeting_id}`: the meeting and its guests (会议嘉宾列表). Lenient: nothing required, unknown fields kept.",
      "type": "object",
      "examples": [
        {
          "meeting_id": "15923312864334416762",
          "meeting_code": "653202434",
          "subject": "jiabin",
          "guests": [
            {
              "area": "86",
              "phone_number": "xxxxxx",
              "guest_name": "test"
            }
          ]
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议 ID).",
          "type": "string"
        },
        "meeting_code": {
          "description": "Meeting code (会议 Code).",
          "type": "string"
        },
        "subject": {
          "description": "Meeting subject (会议主题).",
          "type": "string"
        },
        "guests": {
          "description": "The guests (会议嘉宾列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/Guest"
          }
        }
      },
      "x-keep-unknown": true
    },
    "Guest": {
      "title": "Guest",
      "description": "A guest of a meeting (会议嘉宾), as get meeting and the guest list answer it.",
      "type": "object",
      "properties": {
        "area": {
          "description": "Country or area code (国家/地区代码) without `+` or `00`, e.g. `86` for the Chinese mainland.",
          "type": "string"
        },
        "phone_number": {
          "description": "Mobile phone number (手机号).",
          "type": "string"
        },
        "guest_name": {
          "description": "Name of the guest (嘉宾名称).",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`SetMeetingGuestsPath`](crate::guests::SetMeetingGuestsPath), bundled from `schemas/guests/set-meeting-guests.path.json`.
    pub const SET_MEETING_GUESTS_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SetMeetingGuestsPath",
  "definitions": {
    "SetMeetingGuestsPath": {
      "title": "SetMeetingGuestsPath",
      "description": "Path parameters of `PUT /v1/guests/{meeting_id}` (the docs spell the parameter `{meeting_id}`).",
      "type": "object",
      "required": [
        "meeting_id"
      ],
      "examples": [
        {
          "meeting_id": "15923312864334416762"
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
    /// JSON Schema (Draft-07, self-contained) of [`SetMeetingGuestsRequest`](crate::guests::SetMeetingGuestsRequest), bundled from `schemas/guests/set-meeting-guests.request.json`.
    pub const SET_MEETING_GUESTS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SetMeetingGuestsRequest",
  "definitions": {
    "GuestSpec": {
      "title": "GuestSpec",
      "description": "A guest of a meeting to set (会议嘉宾 Guest 对象), in create and update meeting and in the guest list's replacement; guests are not held by the meeting password or the waiting room.",
      "type": "object",
      "required": [
        "area",
        "phone_number"
      ],
      "properties": {
        "area": {
          "description": "Country or area code (国家/地区代码) without `+` or `00`, e.g. `86` for the Chinese mainland (中国内地默认86).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "phone_number": {
          "description": "Mobile phone number (手机号); landlines are not supported (暂不支持固定电话号).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "guest_name": {
          "description": "Name of the guest (嘉宾名称).",
          "type": "string"
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
    "SetMeetingGuestsRequest": {
      "title": "SetMeetingGuestsRequest",
      "description": "Body of `PUT /v1/guests/{meeting_id}`: replace the guest list of a meeting (修改会议嘉宾列表); an empty list clears it (传空数组会清空嘉宾列表). Only the meeting's creator may change it. Guests may be set at most 10 times a day, and one user made a guest at most 10 times; past that the meeting does not appear in the guest's meeting list (一天最多可设置嘉宾10次,且同一用户最多被设置为嘉宾10次). A feature of the business, enterprise and education editions. The retrieved page lost its 必选 column: requiredness follows the SDK and the page's example. The page's example also sends `meeting_id` in the body, which neither the table nor the SDK lists: left out of the fixture. Success is an empty body (返回 body 为空).",
      "type": "object",
      "required": [
        "userid",
        "instanceid",
        "guests"
      ],
      "examples": [
        {
          "userid": "xxx",
          "instanceid": 1,
          "guests": [
            {
              "area": "86",
              "phone_number": "xxxxxxxxx",
              "guest_name": "xxxx"
            }
          ]
        }
      ],
      "properties": {
        "userid": {
          "description": "ID of the caller, the meeting's creator (用户的 ID): the enterprise's unique user ID, or the openId for OAuth 2.0 callers.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "instanceid": {
          "description": "Device type of the caller (用户的终端设备类型).",
          "$ref": "#/definitions/InstanceId"
        },
        "guests": {
          "description": "The new guest list (会议嘉宾列表); an empty list clears it.",
          "type": "array",
          "items": {
            "$ref": "#/definitions/GuestSpec"
          }
        }
      }
    }
  }
}"##;
}

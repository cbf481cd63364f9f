// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! Meeting extension apps (应用工具箱): bind extension apps to a meeting.
//!
//! The `application_group` service of the official SDKs: its endpoints' marker types, requests, responses and code lists, from `schemas/toolkit/`. Compiled with the cargo feature `toolkit`.
//!
//! The extension-app service (应用工具箱, SDK service application_group): bind extension apps to a meeting. The SDK leaves the answer untyped and the page's output part was not retrievable: a lenient object. The query page (GET /v1/app/toolkit, 84399) is not in the SDKs.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
#[allow(unused_imports)]
use super::root::*;
/// Body of `POST /v1/app/toolkit`: bind extension apps to a meeting (绑定扩展应用); a later call replaces the bindings of an earlier one (重复调用时后面的调用会覆盖前面的绑定信息). Enterprise-secret callers may bind meetings of their enterprise, OAuth 2.0 callers only meetings of the enterprise's OAuth 2.0 apps. The retrieved page is cut off inside the app object: `unique_code`, `enable_customer_data`, `enable_add_robot` and the visible-user fields follow the query page (84399) and the SDK. The example follows the tables (the page's was not retrievable).
///
/// Generated from `schemas/toolkit/set-meeting-toolkit.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SetMeetingToolkitRequest {
    /// ID of the caller (调用方用于标识用户的唯一 ID), which must be the meeting's creator (必须和会议创建者一致): the enterprise's unique user ID, or the openId for OAuth 2.0 callers.
    ///
    /// Wire name `userid`, required.
    /// Rules: not empty; not only whitespace.
    pub userid: ::std::string::String,
    /// Device type of the caller (用户的终端设备类型); it does not affect the device used to join, 1 may be given by default (缺省可填1).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
    /// Meeting ID (会议 ID), not the meeting code (不是 meeting_code).
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty; not only whitespace.
    pub meeting_id: ::std::string::String,
    /// The extension apps to bind (扩展应用列表).
    ///
    /// Wire name `tool_list`, required.
    pub tool_list: ::std::vec::Vec<ToolkitApp>,
    /// ID of the app opened automatically (自动打开应用的 ID); empty for none. The service checks that the app exists and has web configuration on.
    ///
    /// Wire name `auto_open_sdkid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub auto_open_sdkid: ::std::option::Option<::std::string::String>,
    /// ID of the app shown in the in-meeting toolbar (外显在会中工具栏的应用 ID); it must be in `tool_list`, whose visibility applies to it.
    ///
    /// Wire name `toolbar_sdkid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub toolbar_sdkid: ::std::option::Option<::std::string::String>,
}
impl SetMeetingToolkitRequest {
    /// A builder of [`SetMeetingToolkitRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SetMeetingToolkitRequestBuilder {
        builders::SetMeetingToolkitRequestBuilder {
            userid: builders::missing::set_meeting_toolkit_request::userid,
            instanceid: builders::missing::set_meeting_toolkit_request::instanceid,
            meeting_id: builders::missing::set_meeting_toolkit_request::meeting_id,
            tool_list: builders::missing::set_meeting_toolkit_request::tool_list,
            auto_open_sdkid: ::std::option::Option::None,
            toolbar_sdkid: ::std::option::Option::None,
        }
    }
}
impl SetMeetingToolkitRequest {
    /// `userid`: fewest characters (1).
    pub const USERID_MIN_LENGTH: usize = 1usize;
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SetMeetingToolkitRequest {
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
            let value = &self.meeting_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        {
            let value = &self.tool_list;
            let path = crate::validate::FieldPath::child_of(
                at,
                "tool_list",
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
impl crate::Validate for SetMeetingToolkitRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// An extension app bound to the meeting (Tool 对象).
///
/// Generated from `schemas/toolkit/set-meeting-toolkit.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct ToolkitApp {
    /// Enterprise app ID of the extension app (扩展应用的企业 appid).
    ///
    /// Wire name `tool_appid`, required.
    /// Rules: not empty; not only whitespace.
    pub tool_appid: ::std::string::String,
    /// Extension app ID (扩展应用 ID).
    ///
    /// Wire name `tool_sdkid`, required.
    /// Rules: not empty; not only whitespace.
    pub tool_sdkid: ::std::string::String,
    /// Who sees the app (扩展应用可见类型); the service's default is 0 (everyone).
    ///
    /// Wire name `visible_type`, optional.
    /// Documented default: `0`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub visible_type: ::std::option::Option<crate::toolkit::ToolkitVisibleType>,
    /// The users who see the app (可见用户列表), only with `visible_type` 2; the meeting's creator sees it by default.
    ///
    /// Wire name `visible_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub visible_list: ::std::option::Option<::std::vec::Vec<ToolkitVisibleUser>>,
    /// Whether to hide the app from the meeting's creator (是否屏蔽会议创建者), only with `visible_type` 2; ignored when `visible_list` names the creator.
    ///
    /// Wire name `is_shield_creator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub is_shield_creator: ::std::option::Option<bool>,
    /// A field for the caller's own business (调用方业务相关字段), at most 128 characters (最大128个字符).
    ///
    /// Wire name `unique_code`, optional.
    /// Rules: at most 128 characters.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub unique_code: ::std::option::Option<::std::string::String>,
    /// Whether the app may query customerData (应用是否可以查询 customerData); the service's default is 0.
    ///
    /// Wire name `enable_customer_data`, optional.
    /// Documented default: `0`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_customer_data: ::std::option::Option<crate::toolkit::ToolkitSwitch>,
    /// Whether the app may bring in robots (应用是否可以拉取机器人); the service's default is 0.
    ///
    /// Wire name `enable_add_robot`, optional.
    /// Documented default: `0`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_add_robot: ::std::option::Option<crate::toolkit::ToolkitSwitch>,
}
impl ToolkitApp {
    /// A builder of [`ToolkitApp`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ToolkitAppBuilder {
        builders::ToolkitAppBuilder {
            tool_appid: builders::missing::toolkit_app::tool_appid,
            tool_sdkid: builders::missing::toolkit_app::tool_sdkid,
            visible_type: ::std::option::Option::None,
            visible_list: ::std::option::Option::None,
            is_shield_creator: ::std::option::Option::None,
            unique_code: ::std::option::Option::None,
            enable_customer_data: ::std::option::Option::None,
            enable_add_robot: ::std::option::Option::None,
        }
    }
}
impl ToolkitApp {
    /// `tool_appid`: fewest characters (1).
    pub const TOOL_APPID_MIN_LENGTH: usize = 1usize;
    /// `tool_sdkid`: fewest characters (1).
    pub const TOOL_SDKID_MIN_LENGTH: usize = 1usize;
    /// `unique_code`: most characters (128).
    pub const UNIQUE_CODE_MAX_LENGTH: usize = 128usize;
}
impl crate::validate::ValidateAt for ToolkitApp {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.tool_appid;
            let path = crate::validate::FieldPath::child_of(
                at,
                "tool_appid",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        {
            let value = &self.tool_sdkid;
            let path = crate::validate::FieldPath::child_of(
                at,
                "tool_sdkid",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        if let ::std::option::Option::Some(value) = &self.visible_list {
            let path = crate::validate::FieldPath::child_of(
                at,
                "visible_list",
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
        if let ::std::option::Option::Some(value) = &self.unique_code {
            let path = crate::validate::FieldPath::child_of(
                at,
                "unique_code",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::char_count(value, 0usize, 128usize))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for ToolkitApp {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Who may see an extension app (Visible 对象).
///
/// Generated from `schemas/toolkit/set-meeting-toolkit.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct ToolkitVisibleUser {
    /// The enterprise whose users see the app (对哪个企业的用户可见); required by the service for callers other than OAuth 2.0.
    ///
    /// Wire name `visible_appid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub visible_appid: ::std::option::Option<::std::string::String>,
    /// A user who sees the app (可见用户 userid); without it, every user of the enterprise.
    ///
    /// Wire name `visible_userid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub visible_userid: ::std::option::Option<::std::string::String>,
    /// A user who sees the app by openid (可见用户 openid), for OAuth 2.0 callers; give either this or `visible_userid`.
    ///
    /// Wire name `visible_openid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub visible_openid: ::std::option::Option<::std::string::String>,
}
impl ToolkitVisibleUser {
    /// A builder of [`ToolkitVisibleUser`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ToolkitVisibleUserBuilder {
        builders::ToolkitVisibleUserBuilder {
            visible_appid: ::std::option::Option::None,
            visible_userid: ::std::option::Option::None,
            visible_openid: ::std::option::Option::None,
        }
    }
}
impl crate::validate::ValidateAt for ToolkitVisibleUser {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        let _ = at;
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for ToolkitVisibleUser {
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
    /// Builds a [`SetMeetingToolkitRequest`](super::SetMeetingToolkitRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SetMeetingToolkitRequestBuilder<
        P0 = missing::set_meeting_toolkit_request::userid,
        P1 = missing::set_meeting_toolkit_request::instanceid,
        P2 = missing::set_meeting_toolkit_request::meeting_id,
        P3 = missing::set_meeting_toolkit_request::tool_list,
    > {
        pub(crate) userid: P0,
        pub(crate) instanceid: P1,
        pub(crate) meeting_id: P2,
        pub(crate) tool_list: P3,
        pub(crate) auto_open_sdkid: ::std::option::Option<::std::string::String>,
        pub(crate) toolbar_sdkid: ::std::option::Option<::std::string::String>,
    }
    impl<P0, P1, P2, P3> ::std::fmt::Debug
    for SetMeetingToolkitRequestBuilder<P0, P1, P2, P3> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SetMeetingToolkitRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
        P3,
    > SetMeetingToolkitRequestBuilder<
        missing::set_meeting_toolkit_request::userid,
        P1,
        P2,
        P3,
    > {
        /// Sets [`userid`](super::SetMeetingToolkitRequest::userid).
        ///
        /// Required.
        pub fn userid(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SetMeetingToolkitRequestBuilder<::std::string::String, P1, P2, P3> {
            SetMeetingToolkitRequestBuilder {
                userid: value.into(),
                instanceid: self.instanceid,
                meeting_id: self.meeting_id,
                tool_list: self.tool_list,
                auto_open_sdkid: self.auto_open_sdkid,
                toolbar_sdkid: self.toolbar_sdkid,
            }
        }
    }
    impl<
        P0,
        P2,
        P3,
    > SetMeetingToolkitRequestBuilder<
        P0,
        missing::set_meeting_toolkit_request::instanceid,
        P2,
        P3,
    > {
        /// Sets [`instanceid`](super::SetMeetingToolkitRequest::instanceid).
        ///
        /// Required.
        pub fn instanceid(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> SetMeetingToolkitRequestBuilder<P0, crate::InstanceId, P2, P3> {
            SetMeetingToolkitRequestBuilder {
                userid: self.userid,
                instanceid: value.into(),
                meeting_id: self.meeting_id,
                tool_list: self.tool_list,
                auto_open_sdkid: self.auto_open_sdkid,
                toolbar_sdkid: self.toolbar_sdkid,
            }
        }
    }
    impl<
        P0,
        P1,
        P3,
    > SetMeetingToolkitRequestBuilder<
        P0,
        P1,
        missing::set_meeting_toolkit_request::meeting_id,
        P3,
    > {
        /// Sets [`meeting_id`](super::SetMeetingToolkitRequest::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SetMeetingToolkitRequestBuilder<P0, P1, ::std::string::String, P3> {
            SetMeetingToolkitRequestBuilder {
                userid: self.userid,
                instanceid: self.instanceid,
                meeting_id: value.into(),
                tool_list: self.tool_list,
                auto_open_sdkid: self.auto_open_sdkid,
                toolbar_sdkid: self.toolbar_sdkid,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
    > SetMeetingToolkitRequestBuilder<
        P0,
        P1,
        P2,
        missing::set_meeting_toolkit_request::tool_list,
    > {
        /// Sets [`tool_list`](super::SetMeetingToolkitRequest::tool_list).
        ///
        /// Required.
        pub fn tool_list(
            self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<ToolkitApp>,
            >,
        ) -> SetMeetingToolkitRequestBuilder<P0, P1, P2, ::std::vec::Vec<ToolkitApp>> {
            SetMeetingToolkitRequestBuilder {
                userid: self.userid,
                instanceid: self.instanceid,
                meeting_id: self.meeting_id,
                tool_list: value.into_iter().map(::std::convert::Into::into).collect(),
                auto_open_sdkid: self.auto_open_sdkid,
                toolbar_sdkid: self.toolbar_sdkid,
            }
        }
    }
    impl<P0, P1, P2, P3> SetMeetingToolkitRequestBuilder<P0, P1, P2, P3> {
        /// Sets [`auto_open_sdkid`](super::SetMeetingToolkitRequest::auto_open_sdkid).
        ///
        /// Optional.
        pub fn auto_open_sdkid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.auto_open_sdkid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`toolbar_sdkid`](super::SetMeetingToolkitRequest::toolbar_sdkid).
        ///
        /// Optional.
        pub fn toolbar_sdkid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.toolbar_sdkid = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1, P2, P3> SetMeetingToolkitRequestBuilder<P0, P1, P2, P3> {
        /// The [`SetMeetingToolkitRequest`](super::SetMeetingToolkitRequest).
        ///
        /// Compiles once the required fields `userid`, `instanceid`, `meeting_id`, `tool_list` are set: a missing one is a compile error naming it ("the required field ... of `SetMeetingToolkitRequest` is not set").
        pub fn build(self) -> super::SetMeetingToolkitRequest
        where
            P0: missing::set_meeting_toolkit_request::UseridIsSet<::std::string::String>,
            P1: missing::set_meeting_toolkit_request::InstanceidIsSet<crate::InstanceId>,
            P2: missing::set_meeting_toolkit_request::MeetingIdIsSet<
                ::std::string::String,
            >,
            P3: missing::set_meeting_toolkit_request::ToolListIsSet<
                ::std::vec::Vec<ToolkitApp>,
            >,
        {
            super::SetMeetingToolkitRequest {
                userid: missing::set_meeting_toolkit_request::UseridIsSet::into_field(
                    self.userid,
                ),
                instanceid: missing::set_meeting_toolkit_request::InstanceidIsSet::into_field(
                    self.instanceid,
                ),
                meeting_id: missing::set_meeting_toolkit_request::MeetingIdIsSet::into_field(
                    self.meeting_id,
                ),
                tool_list: missing::set_meeting_toolkit_request::ToolListIsSet::into_field(
                    self.tool_list,
                ),
                auto_open_sdkid: self.auto_open_sdkid,
                toolbar_sdkid: self.toolbar_sdkid,
            }
        }
    }
    /// Builds a [`ToolkitApp`](super::ToolkitApp): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ToolkitAppBuilder<
        P0 = missing::toolkit_app::tool_appid,
        P1 = missing::toolkit_app::tool_sdkid,
    > {
        pub(crate) tool_appid: P0,
        pub(crate) tool_sdkid: P1,
        pub(crate) visible_type: ::std::option::Option<
            crate::toolkit::ToolkitVisibleType,
        >,
        pub(crate) visible_list: ::std::option::Option<
            ::std::vec::Vec<ToolkitVisibleUser>,
        >,
        pub(crate) is_shield_creator: ::std::option::Option<bool>,
        pub(crate) unique_code: ::std::option::Option<::std::string::String>,
        pub(crate) enable_customer_data: ::std::option::Option<
            crate::toolkit::ToolkitSwitch,
        >,
        pub(crate) enable_add_robot: ::std::option::Option<
            crate::toolkit::ToolkitSwitch,
        >,
    }
    impl<P0, P1> ::std::fmt::Debug for ToolkitAppBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ToolkitAppBuilder)).finish_non_exhaustive()
        }
    }
    impl<P1> ToolkitAppBuilder<missing::toolkit_app::tool_appid, P1> {
        /// Sets [`tool_appid`](super::ToolkitApp::tool_appid).
        ///
        /// Required.
        pub fn tool_appid(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> ToolkitAppBuilder<::std::string::String, P1> {
            ToolkitAppBuilder {
                tool_appid: value.into(),
                tool_sdkid: self.tool_sdkid,
                visible_type: self.visible_type,
                visible_list: self.visible_list,
                is_shield_creator: self.is_shield_creator,
                unique_code: self.unique_code,
                enable_customer_data: self.enable_customer_data,
                enable_add_robot: self.enable_add_robot,
            }
        }
    }
    impl<P0> ToolkitAppBuilder<P0, missing::toolkit_app::tool_sdkid> {
        /// Sets [`tool_sdkid`](super::ToolkitApp::tool_sdkid).
        ///
        /// Required.
        pub fn tool_sdkid(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> ToolkitAppBuilder<P0, ::std::string::String> {
            ToolkitAppBuilder {
                tool_appid: self.tool_appid,
                tool_sdkid: value.into(),
                visible_type: self.visible_type,
                visible_list: self.visible_list,
                is_shield_creator: self.is_shield_creator,
                unique_code: self.unique_code,
                enable_customer_data: self.enable_customer_data,
                enable_add_robot: self.enable_add_robot,
            }
        }
    }
    impl<P0, P1> ToolkitAppBuilder<P0, P1> {
        /// Sets [`visible_type`](super::ToolkitApp::visible_type).
        ///
        /// Optional.
        pub fn visible_type(
            mut self,
            value: impl ::std::convert::Into<crate::toolkit::ToolkitVisibleType>,
        ) -> Self {
            self.visible_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`visible_list`](super::ToolkitApp::visible_list).
        ///
        /// Optional.
        pub fn visible_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<ToolkitVisibleUser>,
            >,
        ) -> Self {
            self.visible_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`is_shield_creator`](super::ToolkitApp::is_shield_creator).
        ///
        /// Optional.
        pub fn is_shield_creator(mut self, value: bool) -> Self {
            self.is_shield_creator = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`unique_code`](super::ToolkitApp::unique_code).
        ///
        /// Optional.
        pub fn unique_code(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.unique_code = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`enable_customer_data`](super::ToolkitApp::enable_customer_data).
        ///
        /// Optional.
        pub fn enable_customer_data(
            mut self,
            value: impl ::std::convert::Into<crate::toolkit::ToolkitSwitch>,
        ) -> Self {
            self.enable_customer_data = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`enable_add_robot`](super::ToolkitApp::enable_add_robot).
        ///
        /// Optional.
        pub fn enable_add_robot(
            mut self,
            value: impl ::std::convert::Into<crate::toolkit::ToolkitSwitch>,
        ) -> Self {
            self.enable_add_robot = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1> ToolkitAppBuilder<P0, P1> {
        /// The [`ToolkitApp`](super::ToolkitApp).
        ///
        /// Compiles once the required fields `tool_appid`, `tool_sdkid` are set: a missing one is a compile error naming it ("the required field ... of `ToolkitApp` is not set").
        pub fn build(self) -> super::ToolkitApp
        where
            P0: missing::toolkit_app::ToolAppidIsSet<::std::string::String>,
            P1: missing::toolkit_app::ToolSdkidIsSet<::std::string::String>,
        {
            super::ToolkitApp {
                tool_appid: missing::toolkit_app::ToolAppidIsSet::into_field(
                    self.tool_appid,
                ),
                tool_sdkid: missing::toolkit_app::ToolSdkidIsSet::into_field(
                    self.tool_sdkid,
                ),
                visible_type: self.visible_type,
                visible_list: self.visible_list,
                is_shield_creator: self.is_shield_creator,
                unique_code: self.unique_code,
                enable_customer_data: self.enable_customer_data,
                enable_add_robot: self.enable_add_robot,
            }
        }
    }
    /// Builds a [`ToolkitVisibleUser`](super::ToolkitVisibleUser): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ToolkitVisibleUserBuilder {
        pub(crate) visible_appid: ::std::option::Option<::std::string::String>,
        pub(crate) visible_userid: ::std::option::Option<::std::string::String>,
        pub(crate) visible_openid: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for ToolkitVisibleUserBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ToolkitVisibleUserBuilder)).finish_non_exhaustive()
        }
    }
    impl ToolkitVisibleUserBuilder {
        /// Sets [`visible_appid`](super::ToolkitVisibleUser::visible_appid).
        ///
        /// Optional.
        pub fn visible_appid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.visible_appid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`visible_userid`](super::ToolkitVisibleUser::visible_userid).
        ///
        /// Optional.
        pub fn visible_userid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.visible_userid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`visible_openid`](super::ToolkitVisibleUser::visible_openid).
        ///
        /// Optional.
        pub fn visible_openid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.visible_openid = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl ToolkitVisibleUserBuilder {
        /// The [`ToolkitVisibleUser`](super::ToolkitVisibleUser).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::ToolkitVisibleUser {
            super::ToolkitVisibleUser {
                visible_appid: self.visible_appid,
                visible_userid: self.visible_userid,
                visible_openid: self.visible_openid,
            }
        }
    }
    /// Code generation's plumbing, not API: the markers of required fields not set yet
    /// (`missing::<model>::<field>`) and the traits `build()` requires of the set ones.
    #[doc(hidden)]
    pub mod missing {
        /// The required fields of [`SetMeetingToolkitRequest`](super::super::SetMeetingToolkitRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod set_meeting_toolkit_request {
            /// `userid` of [`SetMeetingToolkitRequest`](super::super::super::SetMeetingToolkitRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct userid;
            /// What `build()` requires of `userid`: implemented for the field's type alone, never for the marker [`userid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `userid` of `SetMeetingToolkitRequest` is not set",
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
            /// `instanceid` of [`SetMeetingToolkitRequest`](super::super::super::SetMeetingToolkitRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instanceid;
            /// What `build()` requires of `instanceid`: implemented for the field's type alone, never for the marker [`instanceid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `instanceid` of `SetMeetingToolkitRequest` is not set",
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
            /// `meeting_id` of [`SetMeetingToolkitRequest`](super::super::super::SetMeetingToolkitRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
            /// What `build()` requires of `meeting_id`: implemented for the field's type alone, never for the marker [`meeting_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_id` of `SetMeetingToolkitRequest` is not set",
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
            /// `tool_list` of [`SetMeetingToolkitRequest`](super::super::super::SetMeetingToolkitRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct tool_list;
            /// What `build()` requires of `tool_list`: implemented for the field's type alone, never for the marker [`tool_list`].
            #[diagnostic::on_unimplemented(
                message = "the required field `tool_list` of `SetMeetingToolkitRequest` is not set",
                label = "`tool_list` is not set",
                note = "call `.tool_list(...)` before `.build()`"
            )]
            pub trait ToolListIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> ToolListIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`ToolkitApp`](super::super::ToolkitApp) not set yet.
        #[allow(non_camel_case_types)]
        pub mod toolkit_app {
            /// `tool_appid` of [`ToolkitApp`](super::super::super::ToolkitApp) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct tool_appid;
            /// What `build()` requires of `tool_appid`: implemented for the field's type alone, never for the marker [`tool_appid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `tool_appid` of `ToolkitApp` is not set",
                label = "`tool_appid` is not set",
                note = "call `.tool_appid(...)` before `.build()`"
            )]
            pub trait ToolAppidIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> ToolAppidIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `tool_sdkid` of [`ToolkitApp`](super::super::super::ToolkitApp) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct tool_sdkid;
            /// What `build()` requires of `tool_sdkid`: implemented for the field's type alone, never for the marker [`tool_sdkid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `tool_sdkid` of `ToolkitApp` is not set",
                label = "`tool_sdkid` is not set",
                note = "call `.tool_sdkid(...)` before `.build()`"
            )]
            pub trait ToolSdkidIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> ToolSdkidIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`ToolkitVisibleUser`](super::super::ToolkitVisibleUser) not set yet.
        #[allow(non_camel_case_types)]
        pub mod toolkit_visible_user {}
    }
}
/// A yes/no setting of an extension app given as 0 or 1 (0:否 1:是). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum ToolkitSwitch {
    /// No (否) (code 0).
    No,
    /// Yes (是) (code 1).
    Yes,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl ToolkitSwitch {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::No, Self::Yes];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::No => 0u32,
            Self::Yes => 1u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::No,
            1u32 => Self::Yes,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::No => ::std::option::Option::Some("No (否)"),
            Self::Yes => ::std::option::Option::Some("Yes (是)"),
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(ToolkitSwitch);
/// Who sees an extension app in the meeting (扩展应用可见类型). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum ToolkitVisibleType {
    /// Everyone (所有人可见) (code 0).
    Everyone,
    /// Members of the enterprise (本企业可见) (code 1).
    Enterprise,
    /// The users listed in `visible_list` (指定用户可见) (code 2).
    Listed,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl ToolkitVisibleType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::Everyone,
        Self::Enterprise,
        Self::Listed,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Everyone => 0u32,
            Self::Enterprise => 1u32,
            Self::Listed => 2u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Everyone,
            1u32 => Self::Enterprise,
            2u32 => Self::Listed,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Everyone => ::std::option::Option::Some("Everyone (所有人可见)"),
            Self::Enterprise => {
                ::std::option::Option::Some(
                    "Members of the enterprise (本企业可见)",
                )
            }
            Self::Listed => {
                ::std::option::Option::Some(
                    "The users listed in `visible_list` (指定用户可见)",
                )
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(ToolkitVisibleType);
/// `POST /v1/app/toolkit`: Bind extension apps to a meeting (绑定扩展应用).
///
/// - path parameters: none
/// - request: [`SetMeetingToolkitRequest`](crate::toolkit::SetMeetingToolkitRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: a JSON object the docs do not describe, kept whole ([`JsonObject`](crate::JsonObject))
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/84398); the official SDKs call it `V1AppToolkitPost`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SetMeetingToolkit;
impl crate::Endpoint for SetMeetingToolkit {
    const NAME: &'static str = "set_meeting_toolkit";
    const METHOD: crate::Method = crate::Method::Post;
    const PATH_TEMPLATE: &'static str = "/v1/app/toolkit";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::toolkit::SetMeetingToolkitRequest;
    type Response = crate::JsonObject;
}
impl crate::EncodeRequest for crate::toolkit::SetMeetingToolkitRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// The JSON Schemas (Draft-07, self-contained) of the types whose schema file roots them.
pub mod schemas {
    /// JSON Schema (Draft-07, self-contained) of [`SetMeetingToolkitRequest`](crate::toolkit::SetMeetingToolkitRequest), bundled from `schemas/toolkit/set-meeting-toolkit.request.json`.
    pub const SET_MEETING_TOOLKIT_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SetMeetingToolkitRequest",
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
    "SetMeetingToolkitRequest": {
      "title": "SetMeetingToolkitRequest",
      "description": "Body of `POST /v1/app/toolkit`: bind extension apps to a meeting (绑定扩展应用); a later call replaces the bindings of an earlier one (重复调用时后面的调用会覆盖前面的绑定信息). Enterprise-secret callers may bind meetings of their enterprise, OAuth 2.0 callers only meetings of the enterprise's OAuth 2.0 apps. The retrieved page is cut off inside the app object: `unique_code`, `enable_customer_data`, `enable_add_robot` and the visible-user fields follow the query page (84399) and the SDK. The example follows the tables (the page's was not retrievable).",
      "type": "object",
      "required": [
        "userid",
        "instanceid",
        "meeting_id",
        "tool_list"
      ],
      "examples": [
        {
          "userid": "tester1",
          "instanceid": 1,
          "meeting_id": "7567173273889276131",
          "tool_list": [
            {
              "tool_appid": "2xxxxxxx",
              "tool_sdkid": "1xxxxxxx",
              "visible_type": 2,
              "visible_list": [
                {
                  "visible_appid": "2xxxxxxx",
                  "visible_userid": "tester2"
                }
              ]
            }
          ],
          "auto_open_sdkid": "1xxxxxxx",
          "toolbar_sdkid": "1xxxxxxx"
        }
      ],
      "properties": {
        "userid": {
          "description": "ID of the caller (调用方用于标识用户的唯一 ID), which must be the meeting's creator (必须和会议创建者一致): the enterprise's unique user ID, or the openId for OAuth 2.0 callers.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "instanceid": {
          "description": "Device type of the caller (用户的终端设备类型); it does not affect the device used to join, 1 may be given by default (缺省可填1).",
          "$ref": "#/definitions/InstanceId"
        },
        "meeting_id": {
          "description": "Meeting ID (会议 ID), not the meeting code (不是 meeting_code).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "tool_list": {
          "description": "The extension apps to bind (扩展应用列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/ToolkitApp"
          }
        },
        "auto_open_sdkid": {
          "description": "ID of the app opened automatically (自动打开应用的 ID); empty for none. The service checks that the app exists and has web configuration on.",
          "type": "string"
        },
        "toolbar_sdkid": {
          "description": "ID of the app shown in the in-meeting toolbar (外显在会中工具栏的应用 ID); it must be in `tool_list`, whose visibility applies to it.",
          "type": "string"
        }
      }
    },
    "ToolkitApp": {
      "title": "ToolkitApp",
      "description": "An extension app bound to the meeting (Tool 对象).",
      "type": "object",
      "required": [
        "tool_appid",
        "tool_sdkid"
      ],
      "properties": {
        "tool_appid": {
          "description": "Enterprise app ID of the extension app (扩展应用的企业 appid).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "tool_sdkid": {
          "description": "Extension app ID (扩展应用 ID).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "visible_type": {
          "description": "Who sees the app (扩展应用可见类型); the service's default is 0 (everyone).",
          "$ref": "#/definitions/ToolkitVisibleType",
          "default": 0
        },
        "visible_list": {
          "description": "The users who see the app (可见用户列表), only with `visible_type` 2; the meeting's creator sees it by default.",
          "type": "array",
          "items": {
            "$ref": "#/definitions/ToolkitVisibleUser"
          }
        },
        "is_shield_creator": {
          "description": "Whether to hide the app from the meeting's creator (是否屏蔽会议创建者), only with `visible_type` 2; ignored when `visible_list` names the creator.",
          "type": "boolean"
        },
        "unique_code": {
          "description": "A field for the caller's own business (调用方业务相关字段), at most 128 characters (最大128个字符).",
          "type": "string",
          "maxLength": 128
        },
        "enable_customer_data": {
          "description": "Whether the app may query customerData (应用是否可以查询 customerData); the service's default is 0.",
          "$ref": "#/definitions/ToolkitSwitch",
          "default": 0
        },
        "enable_add_robot": {
          "description": "Whether the app may bring in robots (应用是否可以拉取机器人); the service's default is 0.",
          "$ref": "#/definitions/ToolkitSwitch",
          "default": 0
        }
      }
    },
    "ToolkitSwitch": {
      "title": "ToolkitSwitch",
      "description": "A yes/no setting of an extension app given as 0 or 1 (0:否 1:是). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "No",
          "description": "No (否)"
        },
        {
          "const": 1,
          "title": "Yes",
          "description": "Yes (是)"
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
    "ToolkitVisibleType": {
      "title": "ToolkitVisibleType",
      "description": "Who sees an extension app in the meeting (扩展应用可见类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Everyone",
          "description": "Everyone (所有人可见)"
        },
        {
          "const": 1,
          "title": "Enterprise",
          "description": "Members of the enterprise (本企业可见)"
        },
        {
          "const": 2,
          "title": "Listed",
          "description": "The users listed in `visible_list` (指定用户可见)"
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
    "ToolkitVisibleUser": {
      "title": "ToolkitVisibleUser",
      "description": "Who may see an extension app (Visible 对象).",
      "type": "object",
      "properties": {
        "visible_appid": {
          "description": "The enterprise whose users see the app (对哪个企业的用户可见); required by the service for callers other than OAuth 2.0.",
          "type": "string"
        },
        "visible_userid": {
          "description": "A user who sees the app (可见用户 userid); without it, every user of the enterprise.",
          "type": "string"
        },
        "visible_openid": {
          "description": "A user who sees the app by openid (可见用户 openid), for OAuth 2.0 callers; give either this or `visible_userid`.",
          "type": "string"
        }
      }
    }
  }
}"##;
}

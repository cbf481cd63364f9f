// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! Meeting layouts (会议布局): add basic and advanced custom layouts to a meeting and apply one to the meeting or to participants.
//!
//! The `layout` service of the official SDKs: its endpoints' marker types, requests, responses and code lists, from `schemas/layouts/`. Compiled with the cargo feature `layouts`.
//!
//! The meeting layout service (会议布局, SDK service layout): add basic and advanced custom layouts to a meeting and choose the layout applied. None of these pages supports OAuth 2.0. The other layout operations of the docs (modify, delete, list, templates) are not in the SDKs and not transcribed here.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
#[allow(unused_imports)]
use super::root::*;
/// Path parameters of `POST /v1/meetings/{meeting_id}/advanced-layouts` (the docs spell the parameter `{meeting_id}`).
///
/// Generated from `schemas/layouts/add-advanced-layouts.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct AddAdvancedLayoutsPath {
    /// ID of the meeting (会议 ID), `{meeting_id}` in the docs' URL.
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty.
    pub meeting_id: ::std::string::String,
}
impl AddAdvancedLayoutsPath {
    /// A builder of [`AddAdvancedLayoutsPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::AddAdvancedLayoutsPathBuilder {
        builders::AddAdvancedLayoutsPathBuilder {
            meeting_id: builders::missing::add_advanced_layouts_path::meeting_id,
        }
    }
    /// A `AddAdvancedLayoutsPath` with [`meeting_id`](Self::meeting_id) set and every optional field absent.
    pub fn new(meeting_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().meeting_id(meeting_id).build()
    }
}
impl AddAdvancedLayoutsPath {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for AddAdvancedLayoutsPath {
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
impl crate::Validate for AddAdvancedLayoutsPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `POST /v1/meetings/{meeting_id}/advanced-layouts`: add advanced custom layouts to the current meeting (添加会议高级布局), several at once; seats take participants (用户座次设置需设置参会成员). A meeting holds at most 20 layouts (单个会议最多允许添加20个布局). OAuth 2.0 is not supported. The retrieved page is cut off inside the seat object: `user_list` and its user fields are transcribed from the SDK. The example follows the tables (the page's was not retrievable).
///
/// Generated from `schemas/layouts/add-advanced-layouts.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct AddAdvancedLayoutsRequest {
    /// ID of the operator (操作人 ID).
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作人 ID 类型): 1 userid, 4 ms_open_id.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// Device type of the caller (用户的终端设备类型).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
    /// The layouts to add (布局对象列表); a meeting holds at most 20.
    ///
    /// Wire name `layout_list`, required.
    /// Rules: at most 20 entries.
    pub layout_list: ::std::vec::Vec<AdvancedLayoutSpec>,
}
impl AddAdvancedLayoutsRequest {
    /// A builder of [`AddAdvancedLayoutsRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::AddAdvancedLayoutsRequestBuilder {
        builders::AddAdvancedLayoutsRequestBuilder {
            operator_id: builders::missing::add_advanced_layouts_request::operator_id,
            operator_id_type: builders::missing::add_advanced_layouts_request::operator_id_type,
            instanceid: builders::missing::add_advanced_layouts_request::instanceid,
            layout_list: builders::missing::add_advanced_layouts_request::layout_list,
        }
    }
}
impl AddAdvancedLayoutsRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `layout_list`: most entries (20).
    pub const LAYOUT_LIST_MAX_ITEMS: usize = 20usize;
}
impl crate::validate::ValidateAt for AddAdvancedLayoutsRequest {
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
            let value = &self.layout_list;
            let path = crate::validate::FieldPath::child_of(
                at,
                "layout_list",
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
impl crate::Validate for AddAdvancedLayoutsRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `POST /v1/meetings/{meeting_id}/advanced-layouts`: the layouts added, with their IDs. The page's output part was not retrievable: the fields are the SDK's, shaped like the list-advanced-layouts page's output; the example is written from them. Lenient: nothing required, unknown fields kept.
///
/// Generated from `schemas/layouts/add-advanced-layouts.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct AddAdvancedLayoutsResponse {
    /// The layouts added (布局对象列表).
    ///
    /// Wire name `layout_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub layout_list: ::std::option::Option<::std::vec::Vec<AdvancedLayout>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl AddAdvancedLayoutsResponse {
    /// A builder of [`AddAdvancedLayoutsResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::AddAdvancedLayoutsResponseBuilder {
        builders::AddAdvancedLayoutsResponseBuilder {
            layout_list: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for AddAdvancedLayoutsResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AddAdvancedLayoutsResponse")
            .field("layout_list", &self.layout_list)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
impl AddAdvancedLayoutsResponse {
    /// `layout_list[0].layout_id` of the answer, or `None` where the service left it out: Layout ID (布局 ID).
    ///
    /// (Declared in the schema of `AddAdvancedLayoutsResponse`, `x-accessors`.)
    pub fn layout_id(&self) -> ::std::option::Option<&str> {
        let value = self;
        let value = value.layout_list.as_ref()?;
        let value = value.first()?;
        let value = value.layout_id.as_ref()?;
        ::std::option::Option::Some(value.as_str())
    }
}
/// Path parameters of `POST /v1/meetings/{meeting_id}/layouts` (the docs spell the parameter `{meeting_id}`).
///
/// Generated from `schemas/layouts/add-meeting-layouts.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct AddMeetingLayoutsPath {
    /// ID of the meeting (会议 ID), `{meeting_id}` in the docs' URL.
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty.
    pub meeting_id: ::std::string::String,
}
impl AddMeetingLayoutsPath {
    /// A builder of [`AddMeetingLayoutsPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::AddMeetingLayoutsPathBuilder {
        builders::AddMeetingLayoutsPathBuilder {
            meeting_id: builders::missing::add_meeting_layouts_path::meeting_id,
        }
    }
    /// A `AddMeetingLayoutsPath` with [`meeting_id`](Self::meeting_id) set and every optional field absent.
    pub fn new(meeting_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().meeting_id(meeting_id).build()
    }
}
impl AddMeetingLayoutsPath {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for AddMeetingLayoutsPath {
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
impl crate::Validate for AddMeetingLayoutsPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `POST /v1/meetings/{meeting_id}/layouts`: add basic layouts to a scheduled meeting (添加会议布局); each layout has one or more pages built from templates, the first page shows first. Seats are set before the meeting from invitees and during it from participants (会前只允许设置邀请者成员,会中只允许设置参会成员). A meeting holds at most 20 layouts (一场会议最多添加20个布局; older pages said 10); OAuth 2.0 is not supported (目前暂不支持 OAuth2.0 鉴权访问). The retrieved copy of the page identifies the caller by `userid` (会议创建者 ID, required there) and has no `operator_id`; the SDK and the current sibling pages (modify and list layouts) use `operator_id` + `operator_id_type` (1 userid), required: the current form is required here and `userid` is an optional addition. The SDK also requires a `layout_id` in each layout, which the page does not list: an optional property. Examples: the older page's, in the current form.
///
/// Generated from `schemas/layouts/add-meeting-layouts.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct AddMeetingLayoutsRequest {
    /// ID of the operator (操作者 ID): the meeting's creator, a host, a co-host or an enterprise administrator (per the sibling pages).
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 类型): 1 userid, the only type the basic-layout pages list.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// ID of the meeting's creator (会议创建者 ID): the retrieved page's caller identification, required there; the SDK and the current sibling pages use `operator_id` + `operator_id_type` instead. Offered as an optional addition.
    ///
    /// Wire name `userid`, optional.
    /// Rules: not empty; not only whitespace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userid: ::std::option::Option<::std::string::String>,
    /// Device type of the caller (用户的终端设备类型).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
    /// Position in `layout_list` of the layout the meeting applies (布局列表中会议需要应用的布局序号), counting from 1; on the first addition, without it the first layout is applied.
    ///
    /// Wire name `default_layout_order`, optional.
    /// Rules: from 1 to 20; at most the number of entries of `layout_list`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub default_layout_order: ::std::option::Option<i64>,
    /// The layouts to add (布局对象列表); a meeting holds at most 20.
    ///
    /// Wire name `layout_list`, required.
    /// Rules: at most 20 entries.
    pub layout_list: ::std::vec::Vec<LayoutSpec>,
}
impl AddMeetingLayoutsRequest {
    /// A builder of [`AddMeetingLayoutsRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::AddMeetingLayoutsRequestBuilder {
        builders::AddMeetingLayoutsRequestBuilder {
            operator_id: builders::missing::add_meeting_layouts_request::operator_id,
            operator_id_type: builders::missing::add_meeting_layouts_request::operator_id_type,
            userid: ::std::option::Option::None,
            instanceid: builders::missing::add_meeting_layouts_request::instanceid,
            default_layout_order: ::std::option::Option::None,
            layout_list: builders::missing::add_meeting_layouts_request::layout_list,
        }
    }
}
impl AddMeetingLayoutsRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `userid`: fewest characters (1).
    pub const USERID_MIN_LENGTH: usize = 1usize;
    /// `default_layout_order`: the smallest value (1).
    pub const DEFAULT_LAYOUT_ORDER_MINIMUM: i64 = 1i64;
    /// `default_layout_order`: the largest value (20).
    pub const DEFAULT_LAYOUT_ORDER_MAXIMUM: i64 = 20i64;
    /// `layout_list`: most entries (20).
    pub const LAYOUT_LIST_MAX_ITEMS: usize = 20usize;
}
impl crate::validate::ValidateAt for AddMeetingLayoutsRequest {
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
        if let ::std::option::Option::Some(value) = &self.userid {
            let path = crate::validate::FieldPath::child_of(
                at,
                "userid",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        if let ::std::option::Option::Some(value) = &self.default_layout_order {
            let path = crate::validate::FieldPath::child_of(
                at,
                "default_layout_order",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(
                crate::validate::rules::range(
                    *value,
                    1i64,
                    ::std::cmp::min(
                        20i64,
                        i64::try_from(self.layout_list.len()).unwrap_or(i64::MAX),
                    ),
                ),
            )?;
        }
        {
            let value = &self.layout_list;
            let path = crate::validate::FieldPath::child_of(
                at,
                "layout_list",
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
impl crate::Validate for AddMeetingLayoutsRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `POST /v1/meetings/{meeting_id}/layouts`: the layouts added (新增的会议布局信息). The page's example (older version) is the fixture. Lenient: nothing required, unknown fields kept.
///
/// Generated from `schemas/layouts/add-meeting-layouts.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct AddMeetingLayoutsResponse {
    /// Number of layouts (布局数量).
    ///
    /// Wire name `layout_number`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub layout_number: ::std::option::Option<i64>,
    /// ID of the layout the meeting applies (会议应用的布局 ID).
    ///
    /// Wire name `selected_layout_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub selected_layout_id: ::std::option::Option<::std::string::String>,
    /// The layouts (布局对象列表).
    ///
    /// Wire name `layout_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub layout_list: ::std::option::Option<::std::vec::Vec<MeetingLayout>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl AddMeetingLayoutsResponse {
    /// A builder of [`AddMeetingLayoutsResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::AddMeetingLayoutsResponseBuilder {
        builders::AddMeetingLayoutsResponseBuilder {
            layout_number: ::std::option::Option::None,
            selected_layout_id: ::std::option::Option::None,
            layout_list: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for AddMeetingLayoutsResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AddMeetingLayoutsResponse")
            .field("layout_number", &self.layout_number)
            .field("selected_layout_id", &self.selected_layout_id)
            .field("layout_list", &self.layout_list)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
impl AddMeetingLayoutsResponse {
    /// `layout_list[0].layout_id` of the answer, or `None` where the service left it out: Layout ID (布局 ID).
    ///
    /// (Declared in the schema of `AddMeetingLayoutsResponse`, `x-accessors`.)
    pub fn layout_id(&self) -> ::std::option::Option<&str> {
        let value = self;
        let value = value.layout_list.as_ref()?;
        let value = value.first()?;
        let value = value.layout_id.as_ref()?;
        ::std::option::Option::Some(value.as_str())
    }
    /// `selected_layout_id` of the answer, or `None` where the service left it out: ID of the layout the meeting applies (会议应用的布局 ID).
    ///
    /// (Declared in the schema of `AddMeetingLayoutsResponse`, `x-accessors`.)
    pub fn selected_layout_id(&self) -> ::std::option::Option<&str> {
        let value = self;
        let value = value.selected_layout_id.as_ref()?;
        ::std::option::Option::Some(value.as_str())
    }
}
/// An advanced layout of a meeting (布局对象).
///
/// Generated from `schemas/layouts/add-advanced-layouts.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct AdvancedLayout {
    /// Layout ID (布局 ID).
    ///
    /// Wire name `layout_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub layout_id: ::std::option::Option<::std::string::String>,
    /// Layout name (布局名称).
    ///
    /// Wire name `layout_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub layout_name: ::std::option::Option<::std::string::String>,
    /// The pages of the layout (布局单页对象列表).
    ///
    /// Wire name `page_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page_list: ::std::option::Option<::std::vec::Vec<AdvancedLayoutPage>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl AdvancedLayout {
    /// A builder of [`AdvancedLayout`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::AdvancedLayoutBuilder {
        builders::AdvancedLayoutBuilder {
            layout_id: ::std::option::Option::None,
            layout_name: ::std::option::Option::None,
            page_list: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for AdvancedLayout {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AdvancedLayout")
            .field("layout_id", &self.layout_id)
            .field("layout_name", &self.layout_name)
            .field("page_list", &self.page_list)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A page of an advanced layout (布局单页对象).
///
/// Generated from `schemas/layouts/add-advanced-layouts.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct AdvancedLayoutPage {
    /// Layout template ID (布局模板 ID).
    ///
    /// Wire name `layout_template_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub layout_template_id: ::std::option::Option<::std::string::String>,
    /// Whether polling is on (开启或关闭轮询).
    ///
    /// Wire name `enable_polling`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_polling: ::std::option::Option<bool>,
    /// Polling settings (轮询参数设置对象).
    ///
    /// Wire name `polling_setting`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub polling_setting: ::std::option::Option<LayoutPollingSetting>,
    /// Who sits in which grid (用户座次对象列表).
    ///
    /// Wire name `user_seat_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user_seat_list: ::std::option::Option<::std::vec::Vec<AdvancedLayoutSeat>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl AdvancedLayoutPage {
    /// A builder of [`AdvancedLayoutPage`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::AdvancedLayoutPageBuilder {
        builders::AdvancedLayoutPageBuilder {
            layout_template_id: ::std::option::Option::None,
            enable_polling: ::std::option::Option::None,
            polling_setting: ::std::option::Option::None,
            user_seat_list: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for AdvancedLayoutPage {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AdvancedLayoutPage")
            .field("layout_template_id", &self.layout_template_id)
            .field("enable_polling", &self.enable_polling)
            .field("polling_setting", &self.polling_setting)
            .field("user_seat_list", &self.user_seat_list)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A page of an advanced layout (布局单页对象 PageList).
///
/// Generated from `schemas/layouts/add-advanced-layouts.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct AdvancedLayoutPageSpec {
    /// Layout template ID (布局模板 ID).
    ///
    /// Wire name `layout_template_id`, required.
    /// Rules: not empty.
    pub layout_template_id: ::std::string::String,
    /// Whether polling is on (开启或关闭轮询); off by default (默认关闭).
    ///
    /// Wire name `enable_polling`, optional.
    /// Documented default: `false`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_polling: ::std::option::Option<bool>,
    /// Polling settings (轮询参数设置对象), used when polling is on.
    ///
    /// Wire name `polling_setting`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub polling_setting: ::std::option::Option<LayoutPollingSettingSpec>,
    /// Who sits in which grid (用户座次对象列表).
    ///
    /// Wire name `user_seat_list`, required.
    pub user_seat_list: ::std::vec::Vec<AdvancedLayoutSeatSpec>,
}
impl AdvancedLayoutPageSpec {
    /// A builder of [`AdvancedLayoutPageSpec`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::AdvancedLayoutPageSpecBuilder {
        builders::AdvancedLayoutPageSpecBuilder {
            layout_template_id: builders::missing::advanced_layout_page_spec::layout_template_id,
            enable_polling: ::std::option::Option::None,
            polling_setting: ::std::option::Option::None,
            user_seat_list: builders::missing::advanced_layout_page_spec::user_seat_list,
        }
    }
}
impl AdvancedLayoutPageSpec {
    /// `layout_template_id`: fewest characters (1).
    pub const LAYOUT_TEMPLATE_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for AdvancedLayoutPageSpec {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.layout_template_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "layout_template_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        if let ::std::option::Option::Some(value) = &self.polling_setting {
            let path = crate::validate::FieldPath::child_of(
                at,
                "polling_setting",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            crate::validate::ValidateAt::validate_at(
                value,
                ::std::option::Option::Some(&path),
            )?;
        }
        {
            let value = &self.user_seat_list;
            let path = crate::validate::FieldPath::child_of(
                at,
                "user_seat_list",
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
impl crate::Validate for AdvancedLayoutPageSpec {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// A seat of an advanced layout page (用户座次对象).
///
/// Generated from `schemas/layouts/add-advanced-layouts.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct AdvancedLayoutSeat {
    /// Grid ID (宫格 ID).
    ///
    /// Wire name `grid_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub grid_id: ::std::option::Option<::std::string::String>,
    /// What the grid shows (宫格类型): 1 video, 2 shared screen.
    ///
    /// Wire name `grid_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub grid_type: ::std::option::Option<crate::layouts::LayoutGridType>,
    /// Where the video comes from (视频画面来源).
    ///
    /// Wire name `video_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub video_type: ::std::option::Option<crate::layouts::LayoutVideoType>,
    /// The designated participants (指定人员).
    ///
    /// Wire name `user_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user_list: ::std::option::Option<::std::vec::Vec<AdvancedLayoutSeatUser>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl AdvancedLayoutSeat {
    /// A builder of [`AdvancedLayoutSeat`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::AdvancedLayoutSeatBuilder {
        builders::AdvancedLayoutSeatBuilder {
            grid_id: ::std::option::Option::None,
            grid_type: ::std::option::Option::None,
            video_type: ::std::option::Option::None,
            user_list: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for AdvancedLayoutSeat {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AdvancedLayoutSeat")
            .field("grid_id", &self.grid_id)
            .field("grid_type", &self.grid_type)
            .field("video_type", &self.video_type)
            .field("user_list", &self.user_list)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A seat of an advanced layout page (用户座次对象 UserSeatList).
///
/// Generated from `schemas/layouts/add-advanced-layouts.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct AdvancedLayoutSeatSpec {
    /// Grid ID (宫格 ID).
    ///
    /// Wire name `grid_id`, required.
    /// Rules: not empty.
    pub grid_id: ::std::string::String,
    /// What the grid shows (宫格类型): 1 video, 2 shared screen.
    ///
    /// Wire name `grid_type`, required.
    pub grid_type: crate::layouts::LayoutGridType,
    /// Where the video comes from (视频画面来源): 1 speaker, 2 filled automatically, 3 designated participants (`user_list`).
    ///
    /// Wire name `video_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub video_type: ::std::option::Option<crate::layouts::LayoutVideoType>,
    /// The designated participants (指定人员), for video source 3. From the SDK (the page is cut off here).
    ///
    /// Wire name `user_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user_list: ::std::option::Option<::std::vec::Vec<AdvancedLayoutSeatUserSpec>>,
}
impl AdvancedLayoutSeatSpec {
    /// A builder of [`AdvancedLayoutSeatSpec`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::AdvancedLayoutSeatSpecBuilder {
        builders::AdvancedLayoutSeatSpecBuilder {
            grid_id: builders::missing::advanced_layout_seat_spec::grid_id,
            grid_type: builders::missing::advanced_layout_seat_spec::grid_type,
            video_type: ::std::option::Option::None,
            user_list: ::std::option::Option::None,
        }
    }
}
impl AdvancedLayoutSeatSpec {
    /// `grid_id`: fewest characters (1).
    pub const GRID_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for AdvancedLayoutSeatSpec {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.grid_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "grid_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        if let ::std::option::Option::Some(value) = &self.user_list {
            let path = crate::validate::FieldPath::child_of(
                at,
                "user_list",
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
impl crate::Validate for AdvancedLayoutSeatSpec {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// A participant designated for a video grid.
///
/// Generated from `schemas/layouts/add-advanced-layouts.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct AdvancedLayoutSeatUser {
    /// User ID (用户 ID).
    ///
    /// Wire name `userid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userid: ::std::option::Option<::std::string::String>,
    /// Temporary ID of the participant in this meeting (当场会议的用户临时 ID).
    ///
    /// Wire name `ms_open_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ms_open_id: ::std::option::Option<::std::string::String>,
    /// Display name (用户昵称).
    ///
    /// Wire name `username`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl AdvancedLayoutSeatUser {
    /// A builder of [`AdvancedLayoutSeatUser`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::AdvancedLayoutSeatUserBuilder {
        builders::AdvancedLayoutSeatUserBuilder {
            userid: ::std::option::Option::None,
            ms_open_id: ::std::option::Option::None,
            username: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for AdvancedLayoutSeatUser {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AdvancedLayoutSeatUser")
            .field("userid", &self.userid)
            .field("ms_open_id", &self.ms_open_id)
            .field("username", &self.username)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A participant designated for a video grid (from the SDK; the page is cut off before it).
///
/// Generated from `schemas/layouts/add-advanced-layouts.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct AdvancedLayoutSeatUserSpec {
    /// User ID (用户 ID).
    ///
    /// Wire name `userid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userid: ::std::option::Option<::std::string::String>,
    /// Temporary ID of the participant in this meeting (当场会议的用户临时 ID).
    ///
    /// Wire name `ms_open_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ms_open_id: ::std::option::Option<::std::string::String>,
    /// Display name (用户昵称).
    ///
    /// Wire name `username`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
}
impl AdvancedLayoutSeatUserSpec {
    /// A builder of [`AdvancedLayoutSeatUserSpec`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::AdvancedLayoutSeatUserSpecBuilder {
        builders::AdvancedLayoutSeatUserSpecBuilder {
            userid: ::std::option::Option::None,
            ms_open_id: ::std::option::Option::None,
            username: ::std::option::Option::None,
        }
    }
}
impl crate::validate::ValidateAt for AdvancedLayoutSeatUserSpec {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        let _ = at;
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for AdvancedLayoutSeatUserSpec {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// An advanced layout to add (布局对象 layout_list).
///
/// Generated from `schemas/layouts/add-advanced-layouts.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct AdvancedLayoutSpec {
    /// Layout name (布局名称).
    ///
    /// Wire name `layout_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub layout_name: ::std::option::Option<::std::string::String>,
    /// The pages of the layout (布局单页对象列表).
    ///
    /// Wire name `page_list`, required.
    pub page_list: ::std::vec::Vec<AdvancedLayoutPageSpec>,
}
impl AdvancedLayoutSpec {
    /// A builder of [`AdvancedLayoutSpec`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::AdvancedLayoutSpecBuilder {
        builders::AdvancedLayoutSpecBuilder {
            layout_name: ::std::option::Option::None,
            page_list: builders::missing::advanced_layout_spec::page_list,
        }
    }
    /// A `AdvancedLayoutSpec` with [`page_list`](Self::page_list) set and every optional field absent.
    pub fn new(
        page_list: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<AdvancedLayoutPageSpec>,
        >,
    ) -> Self {
        Self::builder().page_list(page_list).build()
    }
}
impl crate::validate::ValidateAt for AdvancedLayoutSpec {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.page_list;
            let path = crate::validate::FieldPath::child_of(
                at,
                "page_list",
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
impl crate::Validate for AdvancedLayoutSpec {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Path parameters of `PUT /v1/meetings/{meeting_id}/applying-layout` (the docs spell the parameter `{meeting_id}`).
///
/// Generated from `schemas/layouts/apply-meeting-layout.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct ApplyMeetingLayoutPath {
    /// ID of the meeting (会议 ID), `{meeting_id}` in the docs' URL.
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty.
    pub meeting_id: ::std::string::String,
}
impl ApplyMeetingLayoutPath {
    /// A builder of [`ApplyMeetingLayoutPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ApplyMeetingLayoutPathBuilder {
        builders::ApplyMeetingLayoutPathBuilder {
            meeting_id: builders::missing::apply_meeting_layout_path::meeting_id,
        }
    }
    /// A `ApplyMeetingLayoutPath` with [`meeting_id`](Self::meeting_id) set and every optional field absent.
    pub fn new(meeting_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().meeting_id(meeting_id).build()
    }
}
impl ApplyMeetingLayoutPath {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for ApplyMeetingLayoutPath {
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
impl crate::Validate for ApplyMeetingLayoutPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `PUT /v1/meetings/{meeting_id}/applying-layout`: apply an advanced custom layout to the whole meeting or to given participants, or restore the default layout (设置会议应用布局). Without `user_list` the layout applies to the meeting; with it, only to those participants (a personal layout, 个性布局), at most 20 per call. An empty `layout_id` restores the meeting's default layout. Precedence: personal layout, then custom layout, then default layout (MRA devices do not support the same-frame mode and get the default layout in it). OAuth 2.0 is not supported. Success answers `{}` (the page's output example): treated as an empty body.
///
/// Generated from `schemas/layouts/apply-meeting-layout.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct ApplyMeetingLayoutRequest {
    /// ID of the operator (操作人 ID).
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作人 ID 类型): 1 userid, 4 ms_open_id.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// Device type of the caller (用户的终端设备类型).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
    /// Participants to give a personal layout (用户列表对象数组); without it the layout applies to the whole meeting. At most 20 per call (单次最多支持20个用户).
    ///
    /// Wire name `user_list`, optional.
    /// Rules: at most 20 entries.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user_list: ::std::option::Option<::std::vec::Vec<LayoutTargetUser>>,
    /// ID of the layout to apply (选择应用的布局 ID); the empty string restores the meeting's default layout (若送空"",表示恢复成当前会议的默认布局), so no length rule applies.
    ///
    /// Wire name `layout_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub layout_id: ::std::option::Option<::std::string::String>,
}
impl ApplyMeetingLayoutRequest {
    /// A builder of [`ApplyMeetingLayoutRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ApplyMeetingLayoutRequestBuilder {
        builders::ApplyMeetingLayoutRequestBuilder {
            operator_id: builders::missing::apply_meeting_layout_request::operator_id,
            operator_id_type: builders::missing::apply_meeting_layout_request::operator_id_type,
            instanceid: builders::missing::apply_meeting_layout_request::instanceid,
            user_list: ::std::option::Option::None,
            layout_id: ::std::option::Option::None,
        }
    }
}
impl ApplyMeetingLayoutRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `user_list`: most entries (20).
    pub const USER_LIST_MAX_ITEMS: usize = 20usize;
}
impl crate::validate::ValidateAt for ApplyMeetingLayoutRequest {
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
        if let ::std::option::Option::Some(value) = &self.user_list {
            let path = crate::validate::FieldPath::child_of(
                at,
                "user_list",
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
impl crate::Validate for ApplyMeetingLayoutRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// A page of a basic layout (布局单页对象 PageList).
///
/// Generated from `schemas/layouts/add-meeting-layouts.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct LayoutPageSpec {
    /// Layout template ID (布局模板 ID).
    ///
    /// Wire name `layout_template_id`, required.
    /// Rules: not empty.
    pub layout_template_id: ::std::string::String,
    /// Who sits in which grid (用户座次对象列表).
    ///
    /// Wire name `user_seat_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user_seat_list: ::std::option::Option<::std::vec::Vec<LayoutSeatSpec>>,
}
impl LayoutPageSpec {
    /// A builder of [`LayoutPageSpec`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::LayoutPageSpecBuilder {
        builders::LayoutPageSpecBuilder {
            layout_template_id: builders::missing::layout_page_spec::layout_template_id,
            user_seat_list: ::std::option::Option::None,
        }
    }
    /// A `LayoutPageSpec` with [`layout_template_id`](Self::layout_template_id) set and every optional field absent.
    pub fn new(
        layout_template_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self::builder().layout_template_id(layout_template_id).build()
    }
}
impl LayoutPageSpec {
    /// `layout_template_id`: fewest characters (1).
    pub const LAYOUT_TEMPLATE_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for LayoutPageSpec {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.layout_template_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "layout_template_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        if let ::std::option::Option::Some(value) = &self.user_seat_list {
            let path = crate::validate::FieldPath::child_of(
                at,
                "user_seat_list",
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
impl crate::Validate for LayoutPageSpec {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Polling settings of a layout page (轮询参数设置对象).
///
/// Generated from `schemas/layouts/add-advanced-layouts.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct LayoutPollingSetting {
    /// Unit of the polling interval (轮询间隔时间类型): 1 seconds, 2 minutes.
    ///
    /// Wire name `polling_interval_unit`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub polling_interval_unit: ::std::option::Option<
        crate::layouts::PollingIntervalUnit,
    >,
    /// Polling interval (轮询间隔时长).
    ///
    /// Wire name `polling_interval`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub polling_interval: ::std::option::Option<i64>,
    /// Whether polling skips members without video (是否忽略没开启视频成员).
    ///
    /// Wire name `ignore_user_novideo`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ignore_user_novideo: ::std::option::Option<bool>,
    /// Whether polling skips members not in the meeting (是否忽略未入会成员).
    ///
    /// Wire name `ignore_user_absence`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ignore_user_absence: ::std::option::Option<bool>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl LayoutPollingSetting {
    /// A builder of [`LayoutPollingSetting`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::LayoutPollingSettingBuilder {
        builders::LayoutPollingSettingBuilder {
            polling_interval_unit: ::std::option::Option::None,
            polling_interval: ::std::option::Option::None,
            ignore_user_novideo: ::std::option::Option::None,
            ignore_user_absence: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for LayoutPollingSetting {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LayoutPollingSetting")
            .field("polling_interval_unit", &self.polling_interval_unit)
            .field("polling_interval", &self.polling_interval)
            .field("ignore_user_novideo", &self.ignore_user_novideo)
            .field("ignore_user_absence", &self.ignore_user_absence)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Polling settings of a layout page (轮询参数设置对象 PollingSetting).
///
/// Generated from `schemas/layouts/add-advanced-layouts.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct LayoutPollingSettingSpec {
    /// Unit of the polling interval (轮询间隔时间类型): 1 seconds, 2 minutes.
    ///
    /// Wire name `polling_interval_unit`, required.
    pub polling_interval_unit: crate::layouts::PollingIntervalUnit,
    /// Polling interval (轮询间隔时长), from 1 to 999999 (允许取值范围1\~999999).
    ///
    /// Wire name `polling_interval`, required.
    /// Rules: from 1 to 999999.
    pub polling_interval: i64,
    /// Whether polling skips members without video (设置是否忽略没开启视频成员).
    ///
    /// Wire name `ignore_user_novideo`, required.
    pub ignore_user_novideo: bool,
    /// Whether polling skips members not in the meeting (设置是否忽略未入会成员). This page types it String, the SDK and the sibling pages (modify and list advanced layouts) Boolean: boolean.
    ///
    /// Wire name `ignore_user_absence`, required.
    pub ignore_user_absence: bool,
}
impl LayoutPollingSettingSpec {
    /// A builder of [`LayoutPollingSettingSpec`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::LayoutPollingSettingSpecBuilder {
        builders::LayoutPollingSettingSpecBuilder {
            polling_interval_unit: builders::missing::layout_polling_setting_spec::polling_interval_unit,
            polling_interval: builders::missing::layout_polling_setting_spec::polling_interval,
            ignore_user_novideo: builders::missing::layout_polling_setting_spec::ignore_user_novideo,
            ignore_user_absence: builders::missing::layout_polling_setting_spec::ignore_user_absence,
        }
    }
}
impl LayoutPollingSettingSpec {
    /// `polling_interval`: the smallest value (1).
    pub const POLLING_INTERVAL_MINIMUM: i64 = 1i64;
    /// `polling_interval`: the largest value (999999).
    pub const POLLING_INTERVAL_MAXIMUM: i64 = 999999i64;
}
impl crate::validate::ValidateAt for LayoutPollingSettingSpec {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.polling_interval;
            let path = crate::validate::FieldPath::child_of(
                at,
                "polling_interval",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 1i64, 999999i64))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for LayoutPollingSettingSpec {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// A seat of a layout page (用户座次对象 UserSeatList).
///
/// Generated from `schemas/layouts/add-meeting-layouts.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct LayoutSeatSpec {
    /// Grid ID (宫格 ID). When several seats name the same grid, only the first counts (多次传入同一宫格 ID 的对象,仅第一次出现的对象生效).
    ///
    /// Wire name `grid_id`, required.
    /// Rules: not empty.
    pub grid_id: ::std::string::String,
    /// What the grid shows (宫格类型): 1 video (give `userid` or `uuid`, and `username`; an external participant needs its `uuid`; `uuid` wins over `userid`), 2 shared screen, 3 extension app (bound to the meeting, with web service on, visible in the enterprise or to external enterprises).
    ///
    /// Wire name `grid_type`, required.
    pub grid_type: crate::layouts::LayoutGridType,
    /// User ID (用户 ID) of the participant shown.
    ///
    /// Wire name `userid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userid: ::std::option::Option<::std::string::String>,
    /// User identity ID (用户身份 ID, the open-platform unique user ID Tencent Meeting issues).
    ///
    /// Wire name `uuid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub uuid: ::std::option::Option<::std::string::String>,
    /// Display name of the participant shown (用户昵称).
    ///
    /// Wire name `username`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
    /// Temporary ID of the participant in this meeting (当场会议的用户临时 ID).
    ///
    /// Wire name `ms_open_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ms_open_id: ::std::option::Option<::std::string::String>,
    /// ID of the extension app shown (拓展应用 ID), for grid type 3.
    ///
    /// Wire name `tool_sdkid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tool_sdkid: ::std::option::Option<::std::string::String>,
}
impl LayoutSeatSpec {
    /// A builder of [`LayoutSeatSpec`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::LayoutSeatSpecBuilder {
        builders::LayoutSeatSpecBuilder {
            grid_id: builders::missing::layout_seat_spec::grid_id,
            grid_type: builders::missing::layout_seat_spec::grid_type,
            userid: ::std::option::Option::None,
            uuid: ::std::option::Option::None,
            username: ::std::option::Option::None,
            ms_open_id: ::std::option::Option::None,
            tool_sdkid: ::std::option::Option::None,
        }
    }
}
impl LayoutSeatSpec {
    /// `grid_id`: fewest characters (1).
    pub const GRID_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for LayoutSeatSpec {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.grid_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "grid_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for LayoutSeatSpec {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// A basic layout to add (布局对象 LayoutList).
///
/// Generated from `schemas/layouts/add-meeting-layouts.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct LayoutSpec {
    /// Layout ID (布局 ID). Not in the page's table; the SDK marks it required. Offered as an optional property.
    ///
    /// Wire name `layout_id`, optional.
    /// Rules: not empty.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub layout_id: ::std::option::Option<::std::string::String>,
    /// The pages of the layout (布局单页对象列表); the first shows first.
    ///
    /// Wire name `page_list`, required.
    pub page_list: ::std::vec::Vec<LayoutPageSpec>,
}
impl LayoutSpec {
    /// A builder of [`LayoutSpec`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::LayoutSpecBuilder {
        builders::LayoutSpecBuilder {
            layout_id: ::std::option::Option::None,
            page_list: builders::missing::layout_spec::page_list,
        }
    }
    /// A `LayoutSpec` with [`page_list`](Self::page_list) set and every optional field absent.
    pub fn new(
        page_list: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<LayoutPageSpec>,
        >,
    ) -> Self {
        Self::builder().page_list(page_list).build()
    }
}
impl LayoutSpec {
    /// `layout_id`: fewest characters (1).
    pub const LAYOUT_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for LayoutSpec {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.layout_id {
            let path = crate::validate::FieldPath::child_of(
                at,
                "layout_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        {
            let value = &self.page_list;
            let path = crate::validate::FieldPath::child_of(
                at,
                "page_list",
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
impl crate::Validate for LayoutSpec {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// A participant given a personal layout (UserList 对象).
///
/// Generated from `schemas/layouts/apply-meeting-layout.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct LayoutTargetUser {
    /// Temporary ID of the participant in the current meeting (被操作者用户当前会议中的临时身份 ID).
    ///
    /// Wire name `ms_open_id`, required.
    /// Rules: not empty; not only whitespace.
    pub ms_open_id: ::std::string::String,
    /// Device type of the participant (用户的终端设备类型); the page lists 1-4, 6, 7, 9 and 20-22 (22 needs Android layouts enabled); it must match the participant's device.
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
}
impl LayoutTargetUser {
    /// A builder of [`LayoutTargetUser`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::LayoutTargetUserBuilder {
        builders::LayoutTargetUserBuilder {
            ms_open_id: builders::missing::layout_target_user::ms_open_id,
            instanceid: builders::missing::layout_target_user::instanceid,
        }
    }
}
impl LayoutTargetUser {
    /// `ms_open_id`: fewest characters (1).
    pub const MS_OPEN_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for LayoutTargetUser {
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
impl crate::Validate for LayoutTargetUser {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// A basic layout of a meeting (布局对象).
///
/// Generated from `schemas/layouts/add-meeting-layouts.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingLayout {
    /// Layout ID (布局 ID).
    ///
    /// Wire name `layout_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub layout_id: ::std::option::Option<::std::string::String>,
    /// The pages of the layout (布局单页对象列表).
    ///
    /// Wire name `page_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page_list: ::std::option::Option<::std::vec::Vec<MeetingLayoutPage>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl MeetingLayout {
    /// A builder of [`MeetingLayout`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingLayoutBuilder {
        builders::MeetingLayoutBuilder {
            layout_id: ::std::option::Option::None,
            page_list: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingLayout {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingLayout")
            .field("layout_id", &self.layout_id)
            .field("page_list", &self.page_list)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A page of a basic layout (布局单页对象), as the request gave it.
///
/// Generated from `schemas/layouts/add-meeting-layouts.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingLayoutPage {
    /// Layout template ID (布局模板 ID).
    ///
    /// Wire name `layout_template_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub layout_template_id: ::std::option::Option<::std::string::String>,
    /// Who sits in which grid (用户座次对象列表).
    ///
    /// Wire name `user_seat_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user_seat_list: ::std::option::Option<::std::vec::Vec<MeetingLayoutSeat>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl MeetingLayoutPage {
    /// A builder of [`MeetingLayoutPage`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingLayoutPageBuilder {
        builders::MeetingLayoutPageBuilder {
            layout_template_id: ::std::option::Option::None,
            user_seat_list: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingLayoutPage {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingLayoutPage")
            .field("layout_template_id", &self.layout_template_id)
            .field("user_seat_list", &self.user_seat_list)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A seat of a layout page (用户座次对象).
///
/// Generated from `schemas/layouts/add-meeting-layouts.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingLayoutSeat {
    /// Grid ID (宫格 ID).
    ///
    /// Wire name `grid_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub grid_id: ::std::option::Option<::std::string::String>,
    /// What the grid shows (宫格类型): 1 video, 2 shared screen, 3 extension app.
    ///
    /// Wire name `grid_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub grid_type: ::std::option::Option<crate::layouts::LayoutGridType>,
    /// User ID (用户 ID) of the participant shown.
    ///
    /// Wire name `userid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userid: ::std::option::Option<::std::string::String>,
    /// User identity ID (用户身份 ID, the open-platform unique user ID Tencent Meeting issues).
    ///
    /// Wire name `uuid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub uuid: ::std::option::Option<::std::string::String>,
    /// Display name of the participant shown (用户昵称).
    ///
    /// Wire name `username`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
    /// Temporary ID of the participant in this meeting (当场会议的用户临时 ID).
    ///
    /// Wire name `ms_open_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ms_open_id: ::std::option::Option<::std::string::String>,
    /// ID of the extension app shown (拓展应用 ID), for grid type 3.
    ///
    /// Wire name `tool_sdkid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tool_sdkid: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl MeetingLayoutSeat {
    /// A builder of [`MeetingLayoutSeat`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingLayoutSeatBuilder {
        builders::MeetingLayoutSeatBuilder {
            grid_id: ::std::option::Option::None,
            grid_type: ::std::option::Option::None,
            userid: ::std::option::Option::None,
            uuid: ::std::option::Option::None,
            username: ::std::option::Option::None,
            ms_open_id: ::std::option::Option::None,
            tool_sdkid: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingLayoutSeat {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingLayoutSeat")
            .field("grid_id", &self.grid_id)
            .field("grid_type", &self.grid_type)
            .field("userid", &self.userid)
            .field("uuid", &self.uuid)
            .field("username", &self.username)
            .field("ms_open_id", &self.ms_open_id)
            .field("tool_sdkid", &self.tool_sdkid)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Builders of the models, one per model: `Model::builder()`, a setter per field, `build()` once every
/// required field is set (a missing one is a compile error naming it: "the required field `subject` of
/// `CreateMeetingRequest` is not set").
pub mod builders {
    use super::*;
    /// Builds a [`AddAdvancedLayoutsPath`](super::AddAdvancedLayoutsPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct AddAdvancedLayoutsPathBuilder<
        P0 = missing::add_advanced_layouts_path::meeting_id,
    > {
        pub(crate) meeting_id: P0,
    }
    impl<P0> ::std::fmt::Debug for AddAdvancedLayoutsPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(AddAdvancedLayoutsPathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl AddAdvancedLayoutsPathBuilder<missing::add_advanced_layouts_path::meeting_id> {
        /// Sets [`meeting_id`](super::AddAdvancedLayoutsPath::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> AddAdvancedLayoutsPathBuilder<::std::string::String> {
            AddAdvancedLayoutsPathBuilder {
                meeting_id: value.into(),
            }
        }
    }
    impl<P0> AddAdvancedLayoutsPathBuilder<P0> {
        /// The [`AddAdvancedLayoutsPath`](super::AddAdvancedLayoutsPath).
        ///
        /// Compiles once the required field `meeting_id` is set: a missing one is a compile error naming it ("the required field ... of `AddAdvancedLayoutsPath` is not set").
        pub fn build(self) -> super::AddAdvancedLayoutsPath
        where
            P0: missing::add_advanced_layouts_path::MeetingIdIsSet<
                ::std::string::String,
            >,
        {
            super::AddAdvancedLayoutsPath {
                meeting_id: missing::add_advanced_layouts_path::MeetingIdIsSet::into_field(
                    self.meeting_id,
                ),
            }
        }
    }
    /// Builds a [`AddAdvancedLayoutsRequest`](super::AddAdvancedLayoutsRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct AddAdvancedLayoutsRequestBuilder<
        P0 = missing::add_advanced_layouts_request::operator_id,
        P1 = missing::add_advanced_layouts_request::operator_id_type,
        P2 = missing::add_advanced_layouts_request::instanceid,
        P3 = missing::add_advanced_layouts_request::layout_list,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) instanceid: P2,
        pub(crate) layout_list: P3,
    }
    impl<P0, P1, P2, P3> ::std::fmt::Debug
    for AddAdvancedLayoutsRequestBuilder<P0, P1, P2, P3> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(AddAdvancedLayoutsRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
        P3,
    > AddAdvancedLayoutsRequestBuilder<
        missing::add_advanced_layouts_request::operator_id,
        P1,
        P2,
        P3,
    > {
        /// Sets [`operator_id`](super::AddAdvancedLayoutsRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> AddAdvancedLayoutsRequestBuilder<::std::string::String, P1, P2, P3> {
            AddAdvancedLayoutsRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                instanceid: self.instanceid,
                layout_list: self.layout_list,
            }
        }
    }
    impl<
        P0,
        P2,
        P3,
    > AddAdvancedLayoutsRequestBuilder<
        P0,
        missing::add_advanced_layouts_request::operator_id_type,
        P2,
        P3,
    > {
        /// Sets [`operator_id_type`](super::AddAdvancedLayoutsRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> AddAdvancedLayoutsRequestBuilder<P0, crate::OperatorIdType, P2, P3> {
            AddAdvancedLayoutsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                instanceid: self.instanceid,
                layout_list: self.layout_list,
            }
        }
    }
    impl<
        P0,
        P1,
        P3,
    > AddAdvancedLayoutsRequestBuilder<
        P0,
        P1,
        missing::add_advanced_layouts_request::instanceid,
        P3,
    > {
        /// Sets [`instanceid`](super::AddAdvancedLayoutsRequest::instanceid).
        ///
        /// Required.
        pub fn instanceid(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> AddAdvancedLayoutsRequestBuilder<P0, P1, crate::InstanceId, P3> {
            AddAdvancedLayoutsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: value.into(),
                layout_list: self.layout_list,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
    > AddAdvancedLayoutsRequestBuilder<
        P0,
        P1,
        P2,
        missing::add_advanced_layouts_request::layout_list,
    > {
        /// Sets [`layout_list`](super::AddAdvancedLayoutsRequest::layout_list).
        ///
        /// Required.
        pub fn layout_list(
            self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<AdvancedLayoutSpec>,
            >,
        ) -> AddAdvancedLayoutsRequestBuilder<
            P0,
            P1,
            P2,
            ::std::vec::Vec<AdvancedLayoutSpec>,
        > {
            AddAdvancedLayoutsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: self.instanceid,
                layout_list: value.into_iter().map(::std::convert::Into::into).collect(),
            }
        }
    }
    impl<P0, P1, P2, P3> AddAdvancedLayoutsRequestBuilder<P0, P1, P2, P3> {
        /// The [`AddAdvancedLayoutsRequest`](super::AddAdvancedLayoutsRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `instanceid`, `layout_list` are set: a missing one is a compile error naming it ("the required field ... of `AddAdvancedLayoutsRequest` is not set").
        pub fn build(self) -> super::AddAdvancedLayoutsRequest
        where
            P0: missing::add_advanced_layouts_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::add_advanced_layouts_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::add_advanced_layouts_request::InstanceidIsSet<
                crate::InstanceId,
            >,
            P3: missing::add_advanced_layouts_request::LayoutListIsSet<
                ::std::vec::Vec<AdvancedLayoutSpec>,
            >,
        {
            super::AddAdvancedLayoutsRequest {
                operator_id: missing::add_advanced_layouts_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::add_advanced_layouts_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                instanceid: missing::add_advanced_layouts_request::InstanceidIsSet::into_field(
                    self.instanceid,
                ),
                layout_list: missing::add_advanced_layouts_request::LayoutListIsSet::into_field(
                    self.layout_list,
                ),
            }
        }
    }
    /// Builds a [`AddAdvancedLayoutsResponse`](super::AddAdvancedLayoutsResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct AddAdvancedLayoutsResponseBuilder {
        pub(crate) layout_list: ::std::option::Option<::std::vec::Vec<AdvancedLayout>>,
    }
    impl ::std::fmt::Debug for AddAdvancedLayoutsResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(AddAdvancedLayoutsResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl AddAdvancedLayoutsResponseBuilder {
        /// Sets [`layout_list`](super::AddAdvancedLayoutsResponse::layout_list).
        ///
        /// Optional.
        pub fn layout_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<AdvancedLayout>,
            >,
        ) -> Self {
            self.layout_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl AddAdvancedLayoutsResponseBuilder {
        /// The [`AddAdvancedLayoutsResponse`](super::AddAdvancedLayoutsResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::AddAdvancedLayoutsResponse {
            super::AddAdvancedLayoutsResponse {
                layout_list: self.layout_list,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`AddMeetingLayoutsPath`](super::AddMeetingLayoutsPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct AddMeetingLayoutsPathBuilder<
        P0 = missing::add_meeting_layouts_path::meeting_id,
    > {
        pub(crate) meeting_id: P0,
    }
    impl<P0> ::std::fmt::Debug for AddMeetingLayoutsPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(AddMeetingLayoutsPathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl AddMeetingLayoutsPathBuilder<missing::add_meeting_layouts_path::meeting_id> {
        /// Sets [`meeting_id`](super::AddMeetingLayoutsPath::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> AddMeetingLayoutsPathBuilder<::std::string::String> {
            AddMeetingLayoutsPathBuilder {
                meeting_id: value.into(),
            }
        }
    }
    impl<P0> AddMeetingLayoutsPathBuilder<P0> {
        /// The [`AddMeetingLayoutsPath`](super::AddMeetingLayoutsPath).
        ///
        /// Compiles once the required field `meeting_id` is set: a missing one is a compile error naming it ("the required field ... of `AddMeetingLayoutsPath` is not set").
        pub fn build(self) -> super::AddMeetingLayoutsPath
        where
            P0: missing::add_meeting_layouts_path::MeetingIdIsSet<::std::string::String>,
        {
            super::AddMeetingLayoutsPath {
                meeting_id: missing::add_meeting_layouts_path::MeetingIdIsSet::into_field(
                    self.meeting_id,
                ),
            }
        }
    }
    /// Builds a [`AddMeetingLayoutsRequest`](super::AddMeetingLayoutsRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct AddMeetingLayoutsRequestBuilder<
        P0 = missing::add_meeting_layouts_request::operator_id,
        P1 = missing::add_meeting_layouts_request::operator_id_type,
        P2 = missing::add_meeting_layouts_request::instanceid,
        P3 = missing::add_meeting_layouts_request::layout_list,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) userid: ::std::option::Option<::std::string::String>,
        pub(crate) instanceid: P2,
        pub(crate) default_layout_order: ::std::option::Option<i64>,
        pub(crate) layout_list: P3,
    }
    impl<P0, P1, P2, P3> ::std::fmt::Debug
    for AddMeetingLayoutsRequestBuilder<P0, P1, P2, P3> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(AddMeetingLayoutsRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
        P3,
    > AddMeetingLayoutsRequestBuilder<
        missing::add_meeting_layouts_request::operator_id,
        P1,
        P2,
        P3,
    > {
        /// Sets [`operator_id`](super::AddMeetingLayoutsRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> AddMeetingLayoutsRequestBuilder<::std::string::String, P1, P2, P3> {
            AddMeetingLayoutsRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                userid: self.userid,
                instanceid: self.instanceid,
                default_layout_order: self.default_layout_order,
                layout_list: self.layout_list,
            }
        }
    }
    impl<
        P0,
        P2,
        P3,
    > AddMeetingLayoutsRequestBuilder<
        P0,
        missing::add_meeting_layouts_request::operator_id_type,
        P2,
        P3,
    > {
        /// Sets [`operator_id_type`](super::AddMeetingLayoutsRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> AddMeetingLayoutsRequestBuilder<P0, crate::OperatorIdType, P2, P3> {
            AddMeetingLayoutsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                userid: self.userid,
                instanceid: self.instanceid,
                default_layout_order: self.default_layout_order,
                layout_list: self.layout_list,
            }
        }
    }
    impl<
        P0,
        P1,
        P3,
    > AddMeetingLayoutsRequestBuilder<
        P0,
        P1,
        missing::add_meeting_layouts_request::instanceid,
        P3,
    > {
        /// Sets [`instanceid`](super::AddMeetingLayoutsRequest::instanceid).
        ///
        /// Required.
        pub fn instanceid(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> AddMeetingLayoutsRequestBuilder<P0, P1, crate::InstanceId, P3> {
            AddMeetingLayoutsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                userid: self.userid,
                instanceid: value.into(),
                default_layout_order: self.default_layout_order,
                layout_list: self.layout_list,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
    > AddMeetingLayoutsRequestBuilder<
        P0,
        P1,
        P2,
        missing::add_meeting_layouts_request::layout_list,
    > {
        /// Sets [`layout_list`](super::AddMeetingLayoutsRequest::layout_list).
        ///
        /// Required.
        pub fn layout_list(
            self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<LayoutSpec>,
            >,
        ) -> AddMeetingLayoutsRequestBuilder<P0, P1, P2, ::std::vec::Vec<LayoutSpec>> {
            AddMeetingLayoutsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                userid: self.userid,
                instanceid: self.instanceid,
                default_layout_order: self.default_layout_order,
                layout_list: value.into_iter().map(::std::convert::Into::into).collect(),
            }
        }
    }
    impl<P0, P1, P2, P3> AddMeetingLayoutsRequestBuilder<P0, P1, P2, P3> {
        /// Sets [`userid`](super::AddMeetingLayoutsRequest::userid).
        ///
        /// Optional.
        pub fn userid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.userid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`default_layout_order`](super::AddMeetingLayoutsRequest::default_layout_order).
        ///
        /// Optional.
        pub fn default_layout_order(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.default_layout_order = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1, P2, P3> AddMeetingLayoutsRequestBuilder<P0, P1, P2, P3> {
        /// The [`AddMeetingLayoutsRequest`](super::AddMeetingLayoutsRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `instanceid`, `layout_list` are set: a missing one is a compile error naming it ("the required field ... of `AddMeetingLayoutsRequest` is not set").
        pub fn build(self) -> super::AddMeetingLayoutsRequest
        where
            P0: missing::add_meeting_layouts_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::add_meeting_layouts_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::add_meeting_layouts_request::InstanceidIsSet<crate::InstanceId>,
            P3: missing::add_meeting_layouts_request::LayoutListIsSet<
                ::std::vec::Vec<LayoutSpec>,
            >,
        {
            super::AddMeetingLayoutsRequest {
                operator_id: missing::add_meeting_layouts_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::add_meeting_layouts_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                userid: self.userid,
                instanceid: missing::add_meeting_layouts_request::InstanceidIsSet::into_field(
                    self.instanceid,
                ),
                default_layout_order: self.default_layout_order,
                layout_list: missing::add_meeting_layouts_request::LayoutListIsSet::into_field(
                    self.layout_list,
                ),
            }
        }
    }
    /// Builds a [`AddMeetingLayoutsResponse`](super::AddMeetingLayoutsResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct AddMeetingLayoutsResponseBuilder {
        pub(crate) layout_number: ::std::option::Option<i64>,
        pub(crate) selected_layout_id: ::std::option::Option<::std::string::String>,
        pub(crate) layout_list: ::std::option::Option<::std::vec::Vec<MeetingLayout>>,
    }
    impl ::std::fmt::Debug for AddMeetingLayoutsResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(AddMeetingLayoutsResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl AddMeetingLayoutsResponseBuilder {
        /// Sets [`layout_number`](super::AddMeetingLayoutsResponse::layout_number).
        ///
        /// Optional.
        pub fn layout_number(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.layout_number = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`selected_layout_id`](super::AddMeetingLayoutsResponse::selected_layout_id).
        ///
        /// Optional.
        pub fn selected_layout_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.selected_layout_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`layout_list`](super::AddMeetingLayoutsResponse::layout_list).
        ///
        /// Optional.
        pub fn layout_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<MeetingLayout>,
            >,
        ) -> Self {
            self.layout_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl AddMeetingLayoutsResponseBuilder {
        /// The [`AddMeetingLayoutsResponse`](super::AddMeetingLayoutsResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::AddMeetingLayoutsResponse {
            super::AddMeetingLayoutsResponse {
                layout_number: self.layout_number,
                selected_layout_id: self.selected_layout_id,
                layout_list: self.layout_list,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`AdvancedLayout`](super::AdvancedLayout): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct AdvancedLayoutBuilder {
        pub(crate) layout_id: ::std::option::Option<::std::string::String>,
        pub(crate) layout_name: ::std::option::Option<::std::string::String>,
        pub(crate) page_list: ::std::option::Option<::std::vec::Vec<AdvancedLayoutPage>>,
    }
    impl ::std::fmt::Debug for AdvancedLayoutBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(AdvancedLayoutBuilder)).finish_non_exhaustive()
        }
    }
    impl AdvancedLayoutBuilder {
        /// Sets [`layout_id`](super::AdvancedLayout::layout_id).
        ///
        /// Optional.
        pub fn layout_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.layout_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`layout_name`](super::AdvancedLayout::layout_name).
        ///
        /// Optional.
        pub fn layout_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.layout_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`page_list`](super::AdvancedLayout::page_list).
        ///
        /// Optional.
        pub fn page_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<AdvancedLayoutPage>,
            >,
        ) -> Self {
            self.page_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl AdvancedLayoutBuilder {
        /// The [`AdvancedLayout`](super::AdvancedLayout).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::AdvancedLayout {
            super::AdvancedLayout {
                layout_id: self.layout_id,
                layout_name: self.layout_name,
                page_list: self.page_list,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`AdvancedLayoutPage`](super::AdvancedLayoutPage): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct AdvancedLayoutPageBuilder {
        pub(crate) layout_template_id: ::std::option::Option<::std::string::String>,
        pub(crate) enable_polling: ::std::option::Option<bool>,
        pub(crate) polling_setting: ::std::option::Option<LayoutPollingSetting>,
        pub(crate) user_seat_list: ::std::option::Option<
            ::std::vec::Vec<AdvancedLayoutSeat>,
        >,
    }
    impl ::std::fmt::Debug for AdvancedLayoutPageBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(AdvancedLayoutPageBuilder)).finish_non_exhaustive()
        }
    }
    impl AdvancedLayoutPageBuilder {
        /// Sets [`layout_template_id`](super::AdvancedLayoutPage::layout_template_id).
        ///
        /// Optional.
        pub fn layout_template_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.layout_template_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`enable_polling`](super::AdvancedLayoutPage::enable_polling).
        ///
        /// Optional.
        pub fn enable_polling(mut self, value: bool) -> Self {
            self.enable_polling = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`polling_setting`](super::AdvancedLayoutPage::polling_setting).
        ///
        /// Optional.
        pub fn polling_setting(
            mut self,
            value: impl ::std::convert::Into<LayoutPollingSetting>,
        ) -> Self {
            self.polling_setting = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`user_seat_list`](super::AdvancedLayoutPage::user_seat_list).
        ///
        /// Optional.
        pub fn user_seat_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<AdvancedLayoutSeat>,
            >,
        ) -> Self {
            self.user_seat_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl AdvancedLayoutPageBuilder {
        /// The [`AdvancedLayoutPage`](super::AdvancedLayoutPage).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::AdvancedLayoutPage {
            super::AdvancedLayoutPage {
                layout_template_id: self.layout_template_id,
                enable_polling: self.enable_polling,
                polling_setting: self.polling_setting,
                user_seat_list: self.user_seat_list,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`AdvancedLayoutPageSpec`](super::AdvancedLayoutPageSpec): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct AdvancedLayoutPageSpecBuilder<
        P0 = missing::advanced_layout_page_spec::layout_template_id,
        P1 = missing::advanced_layout_page_spec::user_seat_list,
    > {
        pub(crate) layout_template_id: P0,
        pub(crate) enable_polling: ::std::option::Option<bool>,
        pub(crate) polling_setting: ::std::option::Option<LayoutPollingSettingSpec>,
        pub(crate) user_seat_list: P1,
    }
    impl<P0, P1> ::std::fmt::Debug for AdvancedLayoutPageSpecBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(AdvancedLayoutPageSpecBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > AdvancedLayoutPageSpecBuilder<
        missing::advanced_layout_page_spec::layout_template_id,
        P1,
    > {
        /// Sets [`layout_template_id`](super::AdvancedLayoutPageSpec::layout_template_id).
        ///
        /// Required.
        pub fn layout_template_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> AdvancedLayoutPageSpecBuilder<::std::string::String, P1> {
            AdvancedLayoutPageSpecBuilder {
                layout_template_id: value.into(),
                enable_polling: self.enable_polling,
                polling_setting: self.polling_setting,
                user_seat_list: self.user_seat_list,
            }
        }
    }
    impl<
        P0,
    > AdvancedLayoutPageSpecBuilder<
        P0,
        missing::advanced_layout_page_spec::user_seat_list,
    > {
        /// Sets [`user_seat_list`](super::AdvancedLayoutPageSpec::user_seat_list).
        ///
        /// Required.
        pub fn user_seat_list(
            self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<AdvancedLayoutSeatSpec>,
            >,
        ) -> AdvancedLayoutPageSpecBuilder<P0, ::std::vec::Vec<AdvancedLayoutSeatSpec>> {
            AdvancedLayoutPageSpecBuilder {
                layout_template_id: self.layout_template_id,
                enable_polling: self.enable_polling,
                polling_setting: self.polling_setting,
                user_seat_list: value
                    .into_iter()
                    .map(::std::convert::Into::into)
                    .collect(),
            }
        }
    }
    impl<P0, P1> AdvancedLayoutPageSpecBuilder<P0, P1> {
        /// Sets [`enable_polling`](super::AdvancedLayoutPageSpec::enable_polling).
        ///
        /// Optional.
        pub fn enable_polling(mut self, value: bool) -> Self {
            self.enable_polling = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`polling_setting`](super::AdvancedLayoutPageSpec::polling_setting).
        ///
        /// Optional.
        pub fn polling_setting(
            mut self,
            value: impl ::std::convert::Into<LayoutPollingSettingSpec>,
        ) -> Self {
            self.polling_setting = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1> AdvancedLayoutPageSpecBuilder<P0, P1> {
        /// The [`AdvancedLayoutPageSpec`](super::AdvancedLayoutPageSpec).
        ///
        /// Compiles once the required fields `layout_template_id`, `user_seat_list` are set: a missing one is a compile error naming it ("the required field ... of `AdvancedLayoutPageSpec` is not set").
        pub fn build(self) -> super::AdvancedLayoutPageSpec
        where
            P0: missing::advanced_layout_page_spec::LayoutTemplateIdIsSet<
                ::std::string::String,
            >,
            P1: missing::advanced_layout_page_spec::UserSeatListIsSet<
                ::std::vec::Vec<AdvancedLayoutSeatSpec>,
            >,
        {
            super::AdvancedLayoutPageSpec {
                layout_template_id: missing::advanced_layout_page_spec::LayoutTemplateIdIsSet::into_field(
                    self.layout_template_id,
                ),
                enable_polling: self.enable_polling,
                polling_setting: self.polling_setting,
                user_seat_list: missing::advanced_layout_page_spec::UserSeatListIsSet::into_field(
                    self.user_seat_list,
                ),
            }
        }
    }
    /// Builds a [`AdvancedLayoutSeat`](super::AdvancedLayoutSeat): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct AdvancedLayoutSeatBuilder {
        pub(crate) grid_id: ::std::option::Option<::std::string::String>,
        pub(crate) grid_type: ::std::option::Option<crate::layouts::LayoutGridType>,
        pub(crate) video_type: ::std::option::Option<crate::layouts::LayoutVideoType>,
        pub(crate) user_list: ::std::option::Option<
            ::std::vec::Vec<AdvancedLayoutSeatUser>,
        >,
    }
    impl ::std::fmt::Debug for AdvancedLayoutSeatBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(AdvancedLayoutSeatBuilder)).finish_non_exhaustive()
        }
    }
    impl AdvancedLayoutSeatBuilder {
        /// Sets [`grid_id`](super::AdvancedLayoutSeat::grid_id).
        ///
        /// Optional.
        pub fn grid_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.grid_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`grid_type`](super::AdvancedLayoutSeat::grid_type).
        ///
        /// Optional.
        pub fn grid_type(
            mut self,
            value: impl ::std::convert::Into<crate::layouts::LayoutGridType>,
        ) -> Self {
            self.grid_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`video_type`](super::AdvancedLayoutSeat::video_type).
        ///
        /// Optional.
        pub fn video_type(
            mut self,
            value: impl ::std::convert::Into<crate::layouts::LayoutVideoType>,
        ) -> Self {
            self.video_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`user_list`](super::AdvancedLayoutSeat::user_list).
        ///
        /// Optional.
        pub fn user_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<AdvancedLayoutSeatUser>,
            >,
        ) -> Self {
            self.user_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl AdvancedLayoutSeatBuilder {
        /// The [`AdvancedLayoutSeat`](super::AdvancedLayoutSeat).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::AdvancedLayoutSeat {
            super::AdvancedLayoutSeat {
                grid_id: self.grid_id,
                grid_type: self.grid_type,
                video_type: self.video_type,
                user_list: self.user_list,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`AdvancedLayoutSeatSpec`](super::AdvancedLayoutSeatSpec): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct AdvancedLayoutSeatSpecBuilder<
        P0 = missing::advanced_layout_seat_spec::grid_id,
        P1 = missing::advanced_layout_seat_spec::grid_type,
    > {
        pub(crate) grid_id: P0,
        pub(crate) grid_type: P1,
        pub(crate) video_type: ::std::option::Option<crate::layouts::LayoutVideoType>,
        pub(crate) user_list: ::std::option::Option<
            ::std::vec::Vec<AdvancedLayoutSeatUserSpec>,
        >,
    }
    impl<P0, P1> ::std::fmt::Debug for AdvancedLayoutSeatSpecBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(AdvancedLayoutSeatSpecBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > AdvancedLayoutSeatSpecBuilder<missing::advanced_layout_seat_spec::grid_id, P1> {
        /// Sets [`grid_id`](super::AdvancedLayoutSeatSpec::grid_id).
        ///
        /// Required.
        pub fn grid_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> AdvancedLayoutSeatSpecBuilder<::std::string::String, P1> {
            AdvancedLayoutSeatSpecBuilder {
                grid_id: value.into(),
                grid_type: self.grid_type,
                video_type: self.video_type,
                user_list: self.user_list,
            }
        }
    }
    impl<
        P0,
    > AdvancedLayoutSeatSpecBuilder<P0, missing::advanced_layout_seat_spec::grid_type> {
        /// Sets [`grid_type`](super::AdvancedLayoutSeatSpec::grid_type).
        ///
        /// Required.
        pub fn grid_type(
            self,
            value: impl ::std::convert::Into<crate::layouts::LayoutGridType>,
        ) -> AdvancedLayoutSeatSpecBuilder<P0, crate::layouts::LayoutGridType> {
            AdvancedLayoutSeatSpecBuilder {
                grid_id: self.grid_id,
                grid_type: value.into(),
                video_type: self.video_type,
                user_list: self.user_list,
            }
        }
    }
    impl<P0, P1> AdvancedLayoutSeatSpecBuilder<P0, P1> {
        /// Sets [`video_type`](super::AdvancedLayoutSeatSpec::video_type).
        ///
        /// Optional.
        pub fn video_type(
            mut self,
            value: impl ::std::convert::Into<crate::layouts::LayoutVideoType>,
        ) -> Self {
            self.video_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`user_list`](super::AdvancedLayoutSeatSpec::user_list).
        ///
        /// Optional.
        pub fn user_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<AdvancedLayoutSeatUserSpec>,
            >,
        ) -> Self {
            self.user_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl<P0, P1> AdvancedLayoutSeatSpecBuilder<P0, P1> {
        /// The [`AdvancedLayoutSeatSpec`](super::AdvancedLayoutSeatSpec).
        ///
        /// Compiles once the required fields `grid_id`, `grid_type` are set: a missing one is a compile error naming it ("the required field ... of `AdvancedLayoutSeatSpec` is not set").
        pub fn build(self) -> super::AdvancedLayoutSeatSpec
        where
            P0: missing::advanced_layout_seat_spec::GridIdIsSet<::std::string::String>,
            P1: missing::advanced_layout_seat_spec::GridTypeIsSet<
                crate::layouts::LayoutGridType,
            >,
        {
            super::AdvancedLayoutSeatSpec {
                grid_id: missing::advanced_layout_seat_spec::GridIdIsSet::into_field(
                    self.grid_id,
                ),
                grid_type: missing::advanced_layout_seat_spec::GridTypeIsSet::into_field(
                    self.grid_type,
                ),
                video_type: self.video_type,
                user_list: self.user_list,
            }
        }
    }
    /// Builds a [`AdvancedLayoutSeatUser`](super::AdvancedLayoutSeatUser): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct AdvancedLayoutSeatUserBuilder {
        pub(crate) userid: ::std::option::Option<::std::string::String>,
        pub(crate) ms_open_id: ::std::option::Option<::std::string::String>,
        pub(crate) username: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for AdvancedLayoutSeatUserBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(AdvancedLayoutSeatUserBuilder))
                .finish_non_exhaustive()
        }
    }
    impl AdvancedLayoutSeatUserBuilder {
        /// Sets [`userid`](super::AdvancedLayoutSeatUser::userid).
        ///
        /// Optional.
        pub fn userid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.userid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`ms_open_id`](super::AdvancedLayoutSeatUser::ms_open_id).
        ///
        /// Optional.
        pub fn ms_open_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.ms_open_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`username`](super::AdvancedLayoutSeatUser::username).
        ///
        /// Optional.
        pub fn username(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.username = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl AdvancedLayoutSeatUserBuilder {
        /// The [`AdvancedLayoutSeatUser`](super::AdvancedLayoutSeatUser).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::AdvancedLayoutSeatUser {
            super::AdvancedLayoutSeatUser {
                userid: self.userid,
                ms_open_id: self.ms_open_id,
                username: self.username,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`AdvancedLayoutSeatUserSpec`](super::AdvancedLayoutSeatUserSpec): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct AdvancedLayoutSeatUserSpecBuilder {
        pub(crate) userid: ::std::option::Option<::std::string::String>,
        pub(crate) ms_open_id: ::std::option::Option<::std::string::String>,
        pub(crate) username: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for AdvancedLayoutSeatUserSpecBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(AdvancedLayoutSeatUserSpecBuilder))
                .finish_non_exhaustive()
        }
    }
    impl AdvancedLayoutSeatUserSpecBuilder {
        /// Sets [`userid`](super::AdvancedLayoutSeatUserSpec::userid).
        ///
        /// Optional.
        pub fn userid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.userid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`ms_open_id`](super::AdvancedLayoutSeatUserSpec::ms_open_id).
        ///
        /// Optional.
        pub fn ms_open_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.ms_open_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`username`](super::AdvancedLayoutSeatUserSpec::username).
        ///
        /// Optional.
        pub fn username(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.username = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl AdvancedLayoutSeatUserSpecBuilder {
        /// The [`AdvancedLayoutSeatUserSpec`](super::AdvancedLayoutSeatUserSpec).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::AdvancedLayoutSeatUserSpec {
            super::AdvancedLayoutSeatUserSpec {
                userid: self.userid,
                ms_open_id: self.ms_open_id,
                username: self.username,
            }
        }
    }
    /// Builds a [`AdvancedLayoutSpec`](super::AdvancedLayoutSpec): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct AdvancedLayoutSpecBuilder<P0 = missing::advanced_layout_spec::page_list> {
        pub(crate) layout_name: ::std::option::Option<::std::string::String>,
        pub(crate) page_list: P0,
    }
    impl<P0> ::std::fmt::Debug for AdvancedLayoutSpecBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(AdvancedLayoutSpecBuilder)).finish_non_exhaustive()
        }
    }
    impl AdvancedLayoutSpecBuilder<missing::advanced_layout_spec::page_list> {
        /// Sets [`page_list`](super::AdvancedLayoutSpec::page_list).
        ///
        /// Required.
        pub fn page_list(
            self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<AdvancedLayoutPageSpec>,
            >,
        ) -> AdvancedLayoutSpecBuilder<::std::vec::Vec<AdvancedLayoutPageSpec>> {
            AdvancedLayoutSpecBuilder {
                layout_name: self.layout_name,
                page_list: value.into_iter().map(::std::convert::Into::into).collect(),
            }
        }
    }
    impl<P0> AdvancedLayoutSpecBuilder<P0> {
        /// Sets [`layout_name`](super::AdvancedLayoutSpec::layout_name).
        ///
        /// Optional.
        pub fn layout_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.layout_name = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0> AdvancedLayoutSpecBuilder<P0> {
        /// The [`AdvancedLayoutSpec`](super::AdvancedLayoutSpec).
        ///
        /// Compiles once the required field `page_list` is set: a missing one is a compile error naming it ("the required field ... of `AdvancedLayoutSpec` is not set").
        pub fn build(self) -> super::AdvancedLayoutSpec
        where
            P0: missing::advanced_layout_spec::PageListIsSet<
                ::std::vec::Vec<AdvancedLayoutPageSpec>,
            >,
        {
            super::AdvancedLayoutSpec {
                layout_name: self.layout_name,
                page_list: missing::advanced_layout_spec::PageListIsSet::into_field(
                    self.page_list,
                ),
            }
        }
    }
    /// Builds a [`ApplyMeetingLayoutPath`](super::ApplyMeetingLayoutPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ApplyMeetingLayoutPathBuilder<
        P0 = missing::apply_meeting_layout_path::meeting_id,
    > {
        pub(crate) meeting_id: P0,
    }
    impl<P0> ::std::fmt::Debug for ApplyMeetingLayoutPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ApplyMeetingLayoutPathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl ApplyMeetingLayoutPathBuilder<missing::apply_meeting_layout_path::meeting_id> {
        /// Sets [`meeting_id`](super::ApplyMeetingLayoutPath::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> ApplyMeetingLayoutPathBuilder<::std::string::String> {
            ApplyMeetingLayoutPathBuilder {
                meeting_id: value.into(),
            }
        }
    }
    impl<P0> ApplyMeetingLayoutPathBuilder<P0> {
        /// The [`ApplyMeetingLayoutPath`](super::ApplyMeetingLayoutPath).
        ///
        /// Compiles once the required field `meeting_id` is set: a missing one is a compile error naming it ("the required field ... of `ApplyMeetingLayoutPath` is not set").
        pub fn build(self) -> super::ApplyMeetingLayoutPath
        where
            P0: missing::apply_meeting_layout_path::MeetingIdIsSet<
                ::std::string::String,
            >,
        {
            super::ApplyMeetingLayoutPath {
                meeting_id: missing::apply_meeting_layout_path::MeetingIdIsSet::into_field(
                    self.meeting_id,
                ),
            }
        }
    }
    /// Builds a [`ApplyMeetingLayoutRequest`](super::ApplyMeetingLayoutRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ApplyMeetingLayoutRequestBuilder<
        P0 = missing::apply_meeting_layout_request::operator_id,
        P1 = missing::apply_meeting_layout_request::operator_id_type,
        P2 = missing::apply_meeting_layout_request::instanceid,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) instanceid: P2,
        pub(crate) user_list: ::std::option::Option<::std::vec::Vec<LayoutTargetUser>>,
        pub(crate) layout_id: ::std::option::Option<::std::string::String>,
    }
    impl<P0, P1, P2> ::std::fmt::Debug for ApplyMeetingLayoutRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ApplyMeetingLayoutRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > ApplyMeetingLayoutRequestBuilder<
        missing::apply_meeting_layout_request::operator_id,
        P1,
        P2,
    > {
        /// Sets [`operator_id`](super::ApplyMeetingLayoutRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> ApplyMeetingLayoutRequestBuilder<::std::string::String, P1, P2> {
            ApplyMeetingLayoutRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                instanceid: self.instanceid,
                user_list: self.user_list,
                layout_id: self.layout_id,
            }
        }
    }
    impl<
        P0,
        P2,
    > ApplyMeetingLayoutRequestBuilder<
        P0,
        missing::apply_meeting_layout_request::operator_id_type,
        P2,
    > {
        /// Sets [`operator_id_type`](super::ApplyMeetingLayoutRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> ApplyMeetingLayoutRequestBuilder<P0, crate::OperatorIdType, P2> {
            ApplyMeetingLayoutRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                instanceid: self.instanceid,
                user_list: self.user_list,
                layout_id: self.layout_id,
            }
        }
    }
    impl<
        P0,
        P1,
    > ApplyMeetingLayoutRequestBuilder<
        P0,
        P1,
        missing::apply_meeting_layout_request::instanceid,
    > {
        /// Sets [`instanceid`](super::ApplyMeetingLayoutRequest::instanceid).
        ///
        /// Required.
        pub fn instanceid(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> ApplyMeetingLayoutRequestBuilder<P0, P1, crate::InstanceId> {
            ApplyMeetingLayoutRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: value.into(),
                user_list: self.user_list,
                layout_id: self.layout_id,
            }
        }
    }
    impl<P0, P1, P2> ApplyMeetingLayoutRequestBuilder<P0, P1, P2> {
        /// Sets [`user_list`](super::ApplyMeetingLayoutRequest::user_list).
        ///
        /// Optional.
        pub fn user_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<LayoutTargetUser>,
            >,
        ) -> Self {
            self.user_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`layout_id`](super::ApplyMeetingLayoutRequest::layout_id).
        ///
        /// Optional.
        pub fn layout_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.layout_id = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1, P2> ApplyMeetingLayoutRequestBuilder<P0, P1, P2> {
        /// The [`ApplyMeetingLayoutRequest`](super::ApplyMeetingLayoutRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `instanceid` are set: a missing one is a compile error naming it ("the required field ... of `ApplyMeetingLayoutRequest` is not set").
        pub fn build(self) -> super::ApplyMeetingLayoutRequest
        where
            P0: missing::apply_meeting_layout_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::apply_meeting_layout_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::apply_meeting_layout_request::InstanceidIsSet<
                crate::InstanceId,
            >,
        {
            super::ApplyMeetingLayoutRequest {
                operator_id: missing::apply_meeting_layout_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::apply_meeting_layout_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                instanceid: missing::apply_meeting_layout_request::InstanceidIsSet::into_field(
                    self.instanceid,
                ),
                user_list: self.user_list,
                layout_id: self.layout_id,
            }
        }
    }
    /// Builds a [`LayoutPageSpec`](super::LayoutPageSpec): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct LayoutPageSpecBuilder<
        P0 = missing::layout_page_spec::layout_template_id,
    > {
        pub(crate) layout_template_id: P0,
        pub(crate) user_seat_list: ::std::option::Option<
            ::std::vec::Vec<LayoutSeatSpec>,
        >,
    }
    impl<P0> ::std::fmt::Debug for LayoutPageSpecBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(LayoutPageSpecBuilder)).finish_non_exhaustive()
        }
    }
    impl LayoutPageSpecBuilder<missing::layout_page_spec::layout_template_id> {
        /// Sets [`layout_template_id`](super::LayoutPageSpec::layout_template_id).
        ///
        /// Required.
        pub fn layout_template_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> LayoutPageSpecBuilder<::std::string::String> {
            LayoutPageSpecBuilder {
                layout_template_id: value.into(),
                user_seat_list: self.user_seat_list,
            }
        }
    }
    impl<P0> LayoutPageSpecBuilder<P0> {
        /// Sets [`user_seat_list`](super::LayoutPageSpec::user_seat_list).
        ///
        /// Optional.
        pub fn user_seat_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<LayoutSeatSpec>,
            >,
        ) -> Self {
            self.user_seat_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl<P0> LayoutPageSpecBuilder<P0> {
        /// The [`LayoutPageSpec`](super::LayoutPageSpec).
        ///
        /// Compiles once the required field `layout_template_id` is set: a missing one is a compile error naming it ("the required field ... of `LayoutPageSpec` is not set").
        pub fn build(self) -> super::LayoutPageSpec
        where
            P0: missing::layout_page_spec::LayoutTemplateIdIsSet<::std::string::String>,
        {
            super::LayoutPageSpec {
                layout_template_id: missing::layout_page_spec::LayoutTemplateIdIsSet::into_field(
                    self.layout_template_id,
                ),
                user_seat_list: self.user_seat_list,
            }
        }
    }
    /// Builds a [`LayoutPollingSetting`](super::LayoutPollingSetting): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct LayoutPollingSettingBuilder {
        pub(crate) polling_interval_unit: ::std::option::Option<
            crate::layouts::PollingIntervalUnit,
        >,
        pub(crate) polling_interval: ::std::option::Option<i64>,
        pub(crate) ignore_user_novideo: ::std::option::Option<bool>,
        pub(crate) ignore_user_absence: ::std::option::Option<bool>,
    }
    impl ::std::fmt::Debug for LayoutPollingSettingBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(LayoutPollingSettingBuilder))
                .finish_non_exhaustive()
        }
    }
    impl LayoutPollingSettingBuilder {
        /// Sets [`polling_interval_unit`](super::LayoutPollingSetting::polling_interval_unit).
        ///
        /// Optional.
        pub fn polling_interval_unit(
            mut self,
            value: impl ::std::convert::Into<crate::layouts::PollingIntervalUnit>,
        ) -> Self {
            self.polling_interval_unit = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`polling_interval`](super::LayoutPollingSetting::polling_interval).
        ///
        /// Optional.
        pub fn polling_interval(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.polling_interval = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`ignore_user_novideo`](super::LayoutPollingSetting::ignore_user_novideo).
        ///
        /// Optional.
        pub fn ignore_user_novideo(mut self, value: bool) -> Self {
            self.ignore_user_novideo = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`ignore_user_absence`](super::LayoutPollingSetting::ignore_user_absence).
        ///
        /// Optional.
        pub fn ignore_user_absence(mut self, value: bool) -> Self {
            self.ignore_user_absence = ::std::option::Option::Some(value);
            self
        }
    }
    impl LayoutPollingSettingBuilder {
        /// The [`LayoutPollingSetting`](super::LayoutPollingSetting).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::LayoutPollingSetting {
            super::LayoutPollingSetting {
                polling_interval_unit: self.polling_interval_unit,
                polling_interval: self.polling_interval,
                ignore_user_novideo: self.ignore_user_novideo,
                ignore_user_absence: self.ignore_user_absence,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`LayoutPollingSettingSpec`](super::LayoutPollingSettingSpec): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct LayoutPollingSettingSpecBuilder<
        P0 = missing::layout_polling_setting_spec::polling_interval_unit,
        P1 = missing::layout_polling_setting_spec::polling_interval,
        P2 = missing::layout_polling_setting_spec::ignore_user_novideo,
        P3 = missing::layout_polling_setting_spec::ignore_user_absence,
    > {
        pub(crate) polling_interval_unit: P0,
        pub(crate) polling_interval: P1,
        pub(crate) ignore_user_novideo: P2,
        pub(crate) ignore_user_absence: P3,
    }
    impl<P0, P1, P2, P3> ::std::fmt::Debug
    for LayoutPollingSettingSpecBuilder<P0, P1, P2, P3> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(LayoutPollingSettingSpecBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
        P3,
    > LayoutPollingSettingSpecBuilder<
        missing::layout_polling_setting_spec::polling_interval_unit,
        P1,
        P2,
        P3,
    > {
        /// Sets [`polling_interval_unit`](super::LayoutPollingSettingSpec::polling_interval_unit).
        ///
        /// Required.
        pub fn polling_interval_unit(
            self,
            value: impl ::std::convert::Into<crate::layouts::PollingIntervalUnit>,
        ) -> LayoutPollingSettingSpecBuilder<
            crate::layouts::PollingIntervalUnit,
            P1,
            P2,
            P3,
        > {
            LayoutPollingSettingSpecBuilder {
                polling_interval_unit: value.into(),
                polling_interval: self.polling_interval,
                ignore_user_novideo: self.ignore_user_novideo,
                ignore_user_absence: self.ignore_user_absence,
            }
        }
    }
    impl<
        P0,
        P2,
        P3,
    > LayoutPollingSettingSpecBuilder<
        P0,
        missing::layout_polling_setting_spec::polling_interval,
        P2,
        P3,
    > {
        /// Sets [`polling_interval`](super::LayoutPollingSettingSpec::polling_interval).
        ///
        /// Required.
        pub fn polling_interval(
            self,
            value: impl ::std::convert::Into<i64>,
        ) -> LayoutPollingSettingSpecBuilder<P0, i64, P2, P3> {
            LayoutPollingSettingSpecBuilder {
                polling_interval_unit: self.polling_interval_unit,
                polling_interval: value.into(),
                ignore_user_novideo: self.ignore_user_novideo,
                ignore_user_absence: self.ignore_user_absence,
            }
        }
    }
    impl<
        P0,
        P1,
        P3,
    > LayoutPollingSettingSpecBuilder<
        P0,
        P1,
        missing::layout_polling_setting_spec::ignore_user_novideo,
        P3,
    > {
        /// Sets [`ignore_user_novideo`](super::LayoutPollingSettingSpec::ignore_user_novideo).
        ///
        /// Required.
        pub fn ignore_user_novideo(
            self,
            value: bool,
        ) -> LayoutPollingSettingSpecBuilder<P0, P1, bool, P3> {
            LayoutPollingSettingSpecBuilder {
                polling_interval_unit: self.polling_interval_unit,
                polling_interval: self.polling_interval,
                ignore_user_novideo: value,
                ignore_user_absence: self.ignore_user_absence,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
    > LayoutPollingSettingSpecBuilder<
        P0,
        P1,
        P2,
        missing::layout_polling_setting_spec::ignore_user_absence,
    > {
        /// Sets [`ignore_user_absence`](super::LayoutPollingSettingSpec::ignore_user_absence).
        ///
        /// Required.
        pub fn ignore_user_absence(
            self,
            value: bool,
        ) -> LayoutPollingSettingSpecBuilder<P0, P1, P2, bool> {
            LayoutPollingSettingSpecBuilder {
                polling_interval_unit: self.polling_interval_unit,
                polling_interval: self.polling_interval,
                ignore_user_novideo: self.ignore_user_novideo,
                ignore_user_absence: value,
            }
        }
    }
    impl<P0, P1, P2, P3> LayoutPollingSettingSpecBuilder<P0, P1, P2, P3> {
        /// The [`LayoutPollingSettingSpec`](super::LayoutPollingSettingSpec).
        ///
        /// Compiles once the required fields `polling_interval_unit`, `polling_interval`, `ignore_user_novideo`, `ignore_user_absence` are set: a missing one is a compile error naming it ("the required field ... of `LayoutPollingSettingSpec` is not set").
        pub fn build(self) -> super::LayoutPollingSettingSpec
        where
            P0: missing::layout_polling_setting_spec::PollingIntervalUnitIsSet<
                crate::layouts::PollingIntervalUnit,
            >,
            P1: missing::layout_polling_setting_spec::PollingIntervalIsSet<i64>,
            P2: missing::layout_polling_setting_spec::IgnoreUserNovideoIsSet<bool>,
            P3: missing::layout_polling_setting_spec::IgnoreUserAbsenceIsSet<bool>,
        {
            super::LayoutPollingSettingSpec {
                polling_interval_unit: missing::layout_polling_setting_spec::PollingIntervalUnitIsSet::into_field(
                    self.polling_interval_unit,
                ),
                polling_interval: missing::layout_polling_setting_spec::PollingIntervalIsSet::into_field(
                    self.polling_interval,
                ),
                ignore_user_novideo: missing::layout_polling_setting_spec::IgnoreUserNovideoIsSet::into_field(
                    self.ignore_user_novideo,
                ),
                ignore_user_absence: missing::layout_polling_setting_spec::IgnoreUserAbsenceIsSet::into_field(
                    self.ignore_user_absence,
                ),
            }
        }
    }
    /// Builds a [`LayoutSeatSpec`](super::LayoutSeatSpec): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct LayoutSeatSpecBuilder<
        P0 = missing::layout_seat_spec::grid_id,
        P1 = missing::layout_seat_spec::grid_type,
    > {
        pub(crate) grid_id: P0,
        pub(crate) grid_type: P1,
        pub(crate) userid: ::std::option::Option<::std::string::String>,
        pub(crate) uuid: ::std::option::Option<::std::string::String>,
        pub(crate) username: ::std::option::Option<::std::string::String>,
        pub(crate) ms_open_id: ::std::option::Option<::std::string::String>,
        pub(crate) tool_sdkid: ::std::option::Option<::std::string::String>,
    }
    impl<P0, P1> ::std::fmt::Debug for LayoutSeatSpecBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(LayoutSeatSpecBuilder)).finish_non_exhaustive()
        }
    }
    impl<P1> LayoutSeatSpecBuilder<missing::layout_seat_spec::grid_id, P1> {
        /// Sets [`grid_id`](super::LayoutSeatSpec::grid_id).
        ///
        /// Required.
        pub fn grid_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> LayoutSeatSpecBuilder<::std::string::String, P1> {
            LayoutSeatSpecBuilder {
                grid_id: value.into(),
                grid_type: self.grid_type,
                userid: self.userid,
                uuid: self.uuid,
                username: self.username,
                ms_open_id: self.ms_open_id,
                tool_sdkid: self.tool_sdkid,
            }
        }
    }
    impl<P0> LayoutSeatSpecBuilder<P0, missing::layout_seat_spec::grid_type> {
        /// Sets [`grid_type`](super::LayoutSeatSpec::grid_type).
        ///
        /// Required.
        pub fn grid_type(
            self,
            value: impl ::std::convert::Into<crate::layouts::LayoutGridType>,
        ) -> LayoutSeatSpecBuilder<P0, crate::layouts::LayoutGridType> {
            LayoutSeatSpecBuilder {
                grid_id: self.grid_id,
                grid_type: value.into(),
                userid: self.userid,
                uuid: self.uuid,
                username: self.username,
                ms_open_id: self.ms_open_id,
                tool_sdkid: self.tool_sdkid,
            }
        }
    }
    impl<P0, P1> LayoutSeatSpecBuilder<P0, P1> {
        /// Sets [`userid`](super::LayoutSeatSpec::userid).
        ///
        /// Optional.
        pub fn userid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.userid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`uuid`](super::LayoutSeatSpec::uuid).
        ///
        /// Optional.
        pub fn uuid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.uuid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`username`](super::LayoutSeatSpec::username).
        ///
        /// Optional.
        pub fn username(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.username = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`ms_open_id`](super::LayoutSeatSpec::ms_open_id).
        ///
        /// Optional.
        pub fn ms_open_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.ms_open_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`tool_sdkid`](super::LayoutSeatSpec::tool_sdkid).
        ///
        /// Optional.
        pub fn tool_sdkid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.tool_sdkid = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1> LayoutSeatSpecBuilder<P0, P1> {
        /// The [`LayoutSeatSpec`](super::LayoutSeatSpec).
        ///
        /// Compiles once the required fields `grid_id`, `grid_type` are set: a missing one is a compile error naming it ("the required field ... of `LayoutSeatSpec` is not set").
        pub fn build(self) -> super::LayoutSeatSpec
        where
            P0: missing::layout_seat_spec::GridIdIsSet<::std::string::String>,
            P1: missing::layout_seat_spec::GridTypeIsSet<crate::layouts::LayoutGridType>,
        {
            super::LayoutSeatSpec {
                grid_id: missing::layout_seat_spec::GridIdIsSet::into_field(
                    self.grid_id,
                ),
                grid_type: missing::layout_seat_spec::GridTypeIsSet::into_field(
                    self.grid_type,
                ),
                userid: self.userid,
                uuid: self.uuid,
                username: self.username,
                ms_open_id: self.ms_open_id,
                tool_sdkid: self.tool_sdkid,
            }
        }
    }
    /// Builds a [`LayoutSpec`](super::LayoutSpec): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct LayoutSpecBuilder<P0 = missing::layout_spec::page_list> {
        pub(crate) layout_id: ::std::option::Option<::std::string::String>,
        pub(crate) page_list: P0,
    }
    impl<P0> ::std::fmt::Debug for LayoutSpecBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(LayoutSpecBuilder)).finish_non_exhaustive()
        }
    }
    impl LayoutSpecBuilder<missing::layout_spec::page_list> {
        /// Sets [`page_list`](super::LayoutSpec::page_list).
        ///
        /// Required.
        pub fn page_list(
            self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<LayoutPageSpec>,
            >,
        ) -> LayoutSpecBuilder<::std::vec::Vec<LayoutPageSpec>> {
            LayoutSpecBuilder {
                layout_id: self.layout_id,
                page_list: value.into_iter().map(::std::convert::Into::into).collect(),
            }
        }
    }
    impl<P0> LayoutSpecBuilder<P0> {
        /// Sets [`layout_id`](super::LayoutSpec::layout_id).
        ///
        /// Optional.
        pub fn layout_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.layout_id = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0> LayoutSpecBuilder<P0> {
        /// The [`LayoutSpec`](super::LayoutSpec).
        ///
        /// Compiles once the required field `page_list` is set: a missing one is a compile error naming it ("the required field ... of `LayoutSpec` is not set").
        pub fn build(self) -> super::LayoutSpec
        where
            P0: missing::layout_spec::PageListIsSet<::std::vec::Vec<LayoutPageSpec>>,
        {
            super::LayoutSpec {
                layout_id: self.layout_id,
                page_list: missing::layout_spec::PageListIsSet::into_field(
                    self.page_list,
                ),
            }
        }
    }
    /// Builds a [`LayoutTargetUser`](super::LayoutTargetUser): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct LayoutTargetUserBuilder<
        P0 = missing::layout_target_user::ms_open_id,
        P1 = missing::layout_target_user::instanceid,
    > {
        pub(crate) ms_open_id: P0,
        pub(crate) instanceid: P1,
    }
    impl<P0, P1> ::std::fmt::Debug for LayoutTargetUserBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(LayoutTargetUserBuilder)).finish_non_exhaustive()
        }
    }
    impl<P1> LayoutTargetUserBuilder<missing::layout_target_user::ms_open_id, P1> {
        /// Sets [`ms_open_id`](super::LayoutTargetUser::ms_open_id).
        ///
        /// Required.
        pub fn ms_open_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> LayoutTargetUserBuilder<::std::string::String, P1> {
            LayoutTargetUserBuilder {
                ms_open_id: value.into(),
                instanceid: self.instanceid,
            }
        }
    }
    impl<P0> LayoutTargetUserBuilder<P0, missing::layout_target_user::instanceid> {
        /// Sets [`instanceid`](super::LayoutTargetUser::instanceid).
        ///
        /// Required.
        pub fn instanceid(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> LayoutTargetUserBuilder<P0, crate::InstanceId> {
            LayoutTargetUserBuilder {
                ms_open_id: self.ms_open_id,
                instanceid: value.into(),
            }
        }
    }
    impl<P0, P1> LayoutTargetUserBuilder<P0, P1> {
        /// The [`LayoutTargetUser`](super::LayoutTargetUser).
        ///
        /// Compiles once the required fields `ms_open_id`, `instanceid` are set: a missing one is a compile error naming it ("the required field ... of `LayoutTargetUser` is not set").
        pub fn build(self) -> super::LayoutTargetUser
        where
            P0: missing::layout_target_user::MsOpenIdIsSet<::std::string::String>,
            P1: missing::layout_target_user::InstanceidIsSet<crate::InstanceId>,
        {
            super::LayoutTargetUser {
                ms_open_id: missing::layout_target_user::MsOpenIdIsSet::into_field(
                    self.ms_open_id,
                ),
                instanceid: missing::layout_target_user::InstanceidIsSet::into_field(
                    self.instanceid,
                ),
            }
        }
    }
    /// Builds a [`MeetingLayout`](super::MeetingLayout): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingLayoutBuilder {
        pub(crate) layout_id: ::std::option::Option<::std::string::String>,
        pub(crate) page_list: ::std::option::Option<::std::vec::Vec<MeetingLayoutPage>>,
    }
    impl ::std::fmt::Debug for MeetingLayoutBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingLayoutBuilder)).finish_non_exhaustive()
        }
    }
    impl MeetingLayoutBuilder {
        /// Sets [`layout_id`](super::MeetingLayout::layout_id).
        ///
        /// Optional.
        pub fn layout_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.layout_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`page_list`](super::MeetingLayout::page_list).
        ///
        /// Optional.
        pub fn page_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<MeetingLayoutPage>,
            >,
        ) -> Self {
            self.page_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl MeetingLayoutBuilder {
        /// The [`MeetingLayout`](super::MeetingLayout).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingLayout {
            super::MeetingLayout {
                layout_id: self.layout_id,
                page_list: self.page_list,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`MeetingLayoutPage`](super::MeetingLayoutPage): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingLayoutPageBuilder {
        pub(crate) layout_template_id: ::std::option::Option<::std::string::String>,
        pub(crate) user_seat_list: ::std::option::Option<
            ::std::vec::Vec<MeetingLayoutSeat>,
        >,
    }
    impl ::std::fmt::Debug for MeetingLayoutPageBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingLayoutPageBuilder)).finish_non_exhaustive()
        }
    }
    impl MeetingLayoutPageBuilder {
        /// Sets [`layout_template_id`](super::MeetingLayoutPage::layout_template_id).
        ///
        /// Optional.
        pub fn layout_template_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.layout_template_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`user_seat_list`](super::MeetingLayoutPage::user_seat_list).
        ///
        /// Optional.
        pub fn user_seat_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<MeetingLayoutSeat>,
            >,
        ) -> Self {
            self.user_seat_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl MeetingLayoutPageBuilder {
        /// The [`MeetingLayoutPage`](super::MeetingLayoutPage).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingLayoutPage {
            super::MeetingLayoutPage {
                layout_template_id: self.layout_template_id,
                user_seat_list: self.user_seat_list,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`MeetingLayoutSeat`](super::MeetingLayoutSeat): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingLayoutSeatBuilder {
        pub(crate) grid_id: ::std::option::Option<::std::string::String>,
        pub(crate) grid_type: ::std::option::Option<crate::layouts::LayoutGridType>,
        pub(crate) userid: ::std::option::Option<::std::string::String>,
        pub(crate) uuid: ::std::option::Option<::std::string::String>,
        pub(crate) username: ::std::option::Option<::std::string::String>,
        pub(crate) ms_open_id: ::std::option::Option<::std::string::String>,
        pub(crate) tool_sdkid: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for MeetingLayoutSeatBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingLayoutSeatBuilder)).finish_non_exhaustive()
        }
    }
    impl MeetingLayoutSeatBuilder {
        /// Sets [`grid_id`](super::MeetingLayoutSeat::grid_id).
        ///
        /// Optional.
        pub fn grid_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.grid_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`grid_type`](super::MeetingLayoutSeat::grid_type).
        ///
        /// Optional.
        pub fn grid_type(
            mut self,
            value: impl ::std::convert::Into<crate::layouts::LayoutGridType>,
        ) -> Self {
            self.grid_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`userid`](super::MeetingLayoutSeat::userid).
        ///
        /// Optional.
        pub fn userid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.userid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`uuid`](super::MeetingLayoutSeat::uuid).
        ///
        /// Optional.
        pub fn uuid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.uuid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`username`](super::MeetingLayoutSeat::username).
        ///
        /// Optional.
        pub fn username(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.username = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`ms_open_id`](super::MeetingLayoutSeat::ms_open_id).
        ///
        /// Optional.
        pub fn ms_open_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.ms_open_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`tool_sdkid`](super::MeetingLayoutSeat::tool_sdkid).
        ///
        /// Optional.
        pub fn tool_sdkid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.tool_sdkid = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl MeetingLayoutSeatBuilder {
        /// The [`MeetingLayoutSeat`](super::MeetingLayoutSeat).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingLayoutSeat {
            super::MeetingLayoutSeat {
                grid_id: self.grid_id,
                grid_type: self.grid_type,
                userid: self.userid,
                uuid: self.uuid,
                username: self.username,
                ms_open_id: self.ms_open_id,
                tool_sdkid: self.tool_sdkid,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Code generation's plumbing, not API: the markers of required fields not set yet
    /// (`missing::<model>::<field>`) and the traits `build()` requires of the set ones.
    #[doc(hidden)]
    pub mod missing {
        /// The required fields of [`AddAdvancedLayoutsPath`](super::super::AddAdvancedLayoutsPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod add_advanced_layouts_path {
            /// `meeting_id` of [`AddAdvancedLayoutsPath`](super::super::super::AddAdvancedLayoutsPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
            /// What `build()` requires of `meeting_id`: implemented for the field's type alone, never for the marker [`meeting_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_id` of `AddAdvancedLayoutsPath` is not set",
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
        /// The required fields of [`AddAdvancedLayoutsRequest`](super::super::AddAdvancedLayoutsRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod add_advanced_layouts_request {
            /// `operator_id` of [`AddAdvancedLayoutsRequest`](super::super::super::AddAdvancedLayoutsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `AddAdvancedLayoutsRequest` is not set",
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
            /// `operator_id_type` of [`AddAdvancedLayoutsRequest`](super::super::super::AddAdvancedLayoutsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `AddAdvancedLayoutsRequest` is not set",
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
            /// `instanceid` of [`AddAdvancedLayoutsRequest`](super::super::super::AddAdvancedLayoutsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instanceid;
            /// What `build()` requires of `instanceid`: implemented for the field's type alone, never for the marker [`instanceid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `instanceid` of `AddAdvancedLayoutsRequest` is not set",
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
            /// `layout_list` of [`AddAdvancedLayoutsRequest`](super::super::super::AddAdvancedLayoutsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct layout_list;
            /// What `build()` requires of `layout_list`: implemented for the field's type alone, never for the marker [`layout_list`].
            #[diagnostic::on_unimplemented(
                message = "the required field `layout_list` of `AddAdvancedLayoutsRequest` is not set",
                label = "`layout_list` is not set",
                note = "call `.layout_list(...)` before `.build()`"
            )]
            pub trait LayoutListIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> LayoutListIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`AddAdvancedLayoutsResponse`](super::super::AddAdvancedLayoutsResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod add_advanced_layouts_response {}
        /// The required fields of [`AddMeetingLayoutsPath`](super::super::AddMeetingLayoutsPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod add_meeting_layouts_path {
            /// `meeting_id` of [`AddMeetingLayoutsPath`](super::super::super::AddMeetingLayoutsPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
            /// What `build()` requires of `meeting_id`: implemented for the field's type alone, never for the marker [`meeting_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_id` of `AddMeetingLayoutsPath` is not set",
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
        /// The required fields of [`AddMeetingLayoutsRequest`](super::super::AddMeetingLayoutsRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod add_meeting_layouts_request {
            /// `operator_id` of [`AddMeetingLayoutsRequest`](super::super::super::AddMeetingLayoutsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `AddMeetingLayoutsRequest` is not set",
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
            /// `operator_id_type` of [`AddMeetingLayoutsRequest`](super::super::super::AddMeetingLayoutsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `AddMeetingLayoutsRequest` is not set",
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
            /// `instanceid` of [`AddMeetingLayoutsRequest`](super::super::super::AddMeetingLayoutsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instanceid;
            /// What `build()` requires of `instanceid`: implemented for the field's type alone, never for the marker [`instanceid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `instanceid` of `AddMeetingLayoutsRequest` is not set",
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
            /// `layout_list` of [`AddMeetingLayoutsRequest`](super::super::super::AddMeetingLayoutsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct layout_list;
            /// What `build()` requires of `layout_list`: implemented for the field's type alone, never for the marker [`layout_list`].
            #[diagnostic::on_unimplemented(
                message = "the required field `layout_list` of `AddMeetingLayoutsRequest` is not set",
                label = "`layout_list` is not set",
                note = "call `.layout_list(...)` before `.build()`"
            )]
            pub trait LayoutListIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> LayoutListIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`AddMeetingLayoutsResponse`](super::super::AddMeetingLayoutsResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod add_meeting_layouts_response {}
        /// The required fields of [`AdvancedLayout`](super::super::AdvancedLayout) not set yet.
        #[allow(non_camel_case_types)]
        pub mod advanced_layout {}
        /// The required fields of [`AdvancedLayoutPage`](super::super::AdvancedLayoutPage) not set yet.
        #[allow(non_camel_case_types)]
        pub mod advanced_layout_page {}
        /// The required fields of [`AdvancedLayoutPageSpec`](super::super::AdvancedLayoutPageSpec) not set yet.
        #[allow(non_camel_case_types)]
        pub mod advanced_layout_page_spec {
            /// `layout_template_id` of [`AdvancedLayoutPageSpec`](super::super::super::AdvancedLayoutPageSpec) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct layout_template_id;
            /// What `build()` requires of `layout_template_id`: implemented for the field's type alone, never for the marker [`layout_template_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `layout_template_id` of `AdvancedLayoutPageSpec` is not set",
                label = "`layout_template_id` is not set",
                note = "call `.layout_template_id(...)` before `.build()`"
            )]
            pub trait LayoutTemplateIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> LayoutTemplateIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `user_seat_list` of [`AdvancedLayoutPageSpec`](super::super::super::AdvancedLayoutPageSpec) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct user_seat_list;
            /// What `build()` requires of `user_seat_list`: implemented for the field's type alone, never for the marker [`user_seat_list`].
            #[diagnostic::on_unimplemented(
                message = "the required field `user_seat_list` of `AdvancedLayoutPageSpec` is not set",
                label = "`user_seat_list` is not set",
                note = "call `.user_seat_list(...)` before `.build()`"
            )]
            pub trait UserSeatListIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> UserSeatListIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`AdvancedLayoutSeat`](super::super::AdvancedLayoutSeat) not set yet.
        #[allow(non_camel_case_types)]
        pub mod advanced_layout_seat {}
        /// The required fields of [`AdvancedLayoutSeatSpec`](super::super::AdvancedLayoutSeatSpec) not set yet.
        #[allow(non_camel_case_types)]
        pub mod advanced_layout_seat_spec {
            /// `grid_id` of [`AdvancedLayoutSeatSpec`](super::super::super::AdvancedLayoutSeatSpec) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct grid_id;
            /// What `build()` requires of `grid_id`: implemented for the field's type alone, never for the marker [`grid_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `grid_id` of `AdvancedLayoutSeatSpec` is not set",
                label = "`grid_id` is not set",
                note = "call `.grid_id(...)` before `.build()`"
            )]
            pub trait GridIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> GridIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `grid_type` of [`AdvancedLayoutSeatSpec`](super::super::super::AdvancedLayoutSeatSpec) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct grid_type;
            /// What `build()` requires of `grid_type`: implemented for the field's type alone, never for the marker [`grid_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `grid_type` of `AdvancedLayoutSeatSpec` is not set",
                label = "`grid_type` is not set",
                note = "call `.grid_type(...)` before `.build()`"
            )]
            pub trait GridTypeIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> GridTypeIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`AdvancedLayoutSeatUser`](super::super::AdvancedLayoutSeatUser) not set yet.
        #[allow(non_camel_case_types)]
        pub mod advanced_layout_seat_user {}
        /// The required fields of [`AdvancedLayoutSeatUserSpec`](super::super::AdvancedLayoutSeatUserSpec) not set yet.
        #[allow(non_camel_case_types)]
        pub mod advanced_layout_seat_user_spec {}
        /// The required fields of [`AdvancedLayoutSpec`](super::super::AdvancedLayoutSpec) not set yet.
        #[allow(non_camel_case_types)]
        pub mod advanced_layout_spec {
            /// `page_list` of [`AdvancedLayoutSpec`](super::super::super::AdvancedLayoutSpec) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct page_list;
            /// What `build()` requires of `page_list`: implemented for the field's type alone, never for the marker [`page_list`].
            #[diagnostic::on_unimplemented(
                message = "the required field `page_list` of `AdvancedLayoutSpec` is not set",
                label = "`page_list` is not set",
                note = "call `.page_list(...)` before `.build()`"
            )]
            pub trait PageListIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> PageListIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`ApplyMeetingLayoutPath`](super::super::ApplyMeetingLayoutPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod apply_meeting_layout_path {
            /// `meeting_id` of [`ApplyMeetingLayoutPath`](super::super::super::ApplyMeetingLayoutPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
            /// What `build()` requires of `meeting_id`: implemented for the field's type alone, never for the marker [`meeting_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_id` of `ApplyMeetingLayoutPath` is not set",
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
        /// The required fields of [`ApplyMeetingLayoutRequest`](super::super::ApplyMeetingLayoutRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod apply_meeting_layout_request {
            /// `operator_id` of [`ApplyMeetingLayoutRequest`](super::super::super::ApplyMeetingLayoutRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `ApplyMeetingLayoutRequest` is not set",
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
            /// `operator_id_type` of [`ApplyMeetingLayoutRequest`](super::super::super::ApplyMeetingLayoutRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `ApplyMeetingLayoutRequest` is not set",
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
            /// `instanceid` of [`ApplyMeetingLayoutRequest`](super::super::super::ApplyMeetingLayoutRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instanceid;
            /// What `build()` requires of `instanceid`: implemented for the field's type alone, never for the marker [`instanceid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `instanceid` of `ApplyMeetingLayoutRequest` is not set",
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
        /// The required fields of [`LayoutPageSpec`](super::super::LayoutPageSpec) not set yet.
        #[allow(non_camel_case_types)]
        pub mod layout_page_spec {
            /// `layout_template_id` of [`LayoutPageSpec`](super::super::super::LayoutPageSpec) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct layout_template_id;
            /// What `build()` requires of `layout_template_id`: implemented for the field's type alone, never for the marker [`layout_template_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `layout_template_id` of `LayoutPageSpec` is not set",
                label = "`layout_template_id` is not set",
                note = "call `.layout_template_id(...)` before `.build()`"
            )]
            pub trait LayoutTemplateIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> LayoutTemplateIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`LayoutPollingSetting`](super::super::LayoutPollingSetting) not set yet.
        #[allow(non_camel_case_types)]
        pub mod layout_polling_setting {}
        /// The required fields of [`LayoutPollingSettingSpec`](super::super::LayoutPollingSettingSpec) not set yet.
        #[allow(non_camel_case_types)]
        pub mod layout_polling_setting_spec {
            /// `polling_interval_unit` of [`LayoutPollingSettingSpec`](super::super::super::LayoutPollingSettingSpec) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct polling_interval_unit;
            /// What `build()` requires of `polling_interval_unit`: implemented for the field's type alone, never for the marker [`polling_interval_unit`].
            #[diagnostic::on_unimplemented(
                message = "the required field `polling_interval_unit` of `LayoutPollingSettingSpec` is not set",
                label = "`polling_interval_unit` is not set",
                note = "call `.polling_interval_unit(...)` before `.build()`"
            )]
            pub trait PollingIntervalUnitIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> PollingIntervalUnitIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `polling_interval` of [`LayoutPollingSettingSpec`](super::super::super::LayoutPollingSettingSpec) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct polling_interval;
            /// What `build()` requires of `polling_interval`: implemented for the field's type alone, never for the marker [`polling_interval`].
            #[diagnostic::on_unimplemented(
                message = "the required field `polling_interval` of `LayoutPollingSettingSpec` is not set",
                label = "`polling_interval` is not set",
                note = "call `.polling_interval(...)` before `.build()`"
            )]
            pub trait PollingIntervalIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> PollingIntervalIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `ignore_user_novideo` of [`LayoutPollingSettingSpec`](super::super::super::LayoutPollingSettingSpec) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct ignore_user_novideo;
            /// What `build()` requires of `ignore_user_novideo`: implemented for the field's type alone, never for the marker [`ignore_user_novideo`].
            #[diagnostic::on_unimplemented(
                message = "the required field `ignore_user_novideo` of `LayoutPollingSettingSpec` is not set",
                label = "`ignore_user_novideo` is not set",
                note = "call `.ignore_user_novideo(...)` before `.build()`"
            )]
            pub trait IgnoreUserNovideoIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> IgnoreUserNovideoIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `ignore_user_absence` of [`LayoutPollingSettingSpec`](super::super::super::LayoutPollingSettingSpec) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct ignore_user_absence;
            /// What `build()` requires of `ignore_user_absence`: implemented for the field's type alone, never for the marker [`ignore_user_absence`].
            #[diagnostic::on_unimplemented(
                message = "the required field `ignore_user_absence` of `LayoutPollingSettingSpec` is not set",
                label = "`ignore_user_absence` is not set",
                note = "call `.ignore_user_absence(...)` before `.build()`"
            )]
            pub trait IgnoreUserAbsenceIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> IgnoreUserAbsenceIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`LayoutSeatSpec`](super::super::LayoutSeatSpec) not set yet.
        #[allow(non_camel_case_types)]
        pub mod layout_seat_spec {
            /// `grid_id` of [`LayoutSeatSpec`](super::super::super::LayoutSeatSpec) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct grid_id;
            /// What `build()` requires of `grid_id`: implemented for the field's type alone, never for the marker [`grid_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `grid_id` of `LayoutSeatSpec` is not set",
                label = "`grid_id` is not set",
                note = "call `.grid_id(...)` before `.build()`"
            )]
            pub trait GridIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> GridIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `grid_type` of [`LayoutSeatSpec`](super::super::super::LayoutSeatSpec) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct grid_type;
            /// What `build()` requires of `grid_type`: implemented for the field's type alone, never for the marker [`grid_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `grid_type` of `LayoutSeatSpec` is not set",
                label = "`grid_type` is not set",
                note = "call `.grid_type(...)` before `.build()`"
            )]
            pub trait GridTypeIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> GridTypeIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`LayoutSpec`](super::super::LayoutSpec) not set yet.
        #[allow(non_camel_case_types)]
        pub mod layout_spec {
            /// `page_list` of [`LayoutSpec`](super::super::super::LayoutSpec) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct page_list;
            /// What `build()` requires of `page_list`: implemented for the field's type alone, never for the marker [`page_list`].
            #[diagnostic::on_unimplemented(
                message = "the required field `page_list` of `LayoutSpec` is not set",
                label = "`page_list` is not set",
                note = "call `.page_list(...)` before `.build()`"
            )]
            pub trait PageListIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> PageListIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`LayoutTargetUser`](super::super::LayoutTargetUser) not set yet.
        #[allow(non_camel_case_types)]
        pub mod layout_target_user {
            /// `ms_open_id` of [`LayoutTargetUser`](super::super::super::LayoutTargetUser) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct ms_open_id;
            /// What `build()` requires of `ms_open_id`: implemented for the field's type alone, never for the marker [`ms_open_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `ms_open_id` of `LayoutTargetUser` is not set",
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
            /// `instanceid` of [`LayoutTargetUser`](super::super::super::LayoutTargetUser) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instanceid;
            /// What `build()` requires of `instanceid`: implemented for the field's type alone, never for the marker [`instanceid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `instanceid` of `LayoutTargetUser` is not set",
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
        /// The required fields of [`MeetingLayout`](super::super::MeetingLayout) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_layout {}
        /// The required fields of [`MeetingLayoutPage`](super::super::MeetingLayoutPage) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_layout_page {}
        /// The required fields of [`MeetingLayoutSeat`](super::super::MeetingLayoutSeat) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_layout_seat {}
    }
}
/// What a grid of a layout page shows (宫格类型). Advanced layouts use only 1 and 2. Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum LayoutGridType {
    /// A participant's video (视频画面) (code 1).
    Video,
    /// The shared screen (共享画面) (code 2).
    Share,
    /// An extension app (拓展应用), at most one per page (目前一页仅可添加一个应用) (code 3).
    App,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl LayoutGridType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Video, Self::Share, Self::App];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Video => 1u32,
            Self::Share => 2u32,
            Self::App => 3u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            1u32 => Self::Video,
            2u32 => Self::Share,
            3u32 => Self::App,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Video => {
                ::std::option::Option::Some("A participant's video (视频画面)")
            }
            Self::Share => {
                ::std::option::Option::Some("The shared screen (共享画面)")
            }
            Self::App => {
                ::std::option::Option::Some(
                    "An extension app (拓展应用), at most one per page (目前一页仅可添加一个应用)",
                )
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(LayoutGridType);
/// Where a video grid's picture comes from (视频画面来源). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum LayoutVideoType {
    /// The current speaker (演讲者) (code 1).
    Speaker,
    /// Filled automatically (自动填充) (code 2).
    AutoFill,
    /// Designated participants (指定人员) (code 3).
    Designated,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl LayoutVideoType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::Speaker,
        Self::AutoFill,
        Self::Designated,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Speaker => 1u32,
            Self::AutoFill => 2u32,
            Self::Designated => 3u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            1u32 => Self::Speaker,
            2u32 => Self::AutoFill,
            3u32 => Self::Designated,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Speaker => {
                ::std::option::Option::Some("The current speaker (演讲者)")
            }
            Self::AutoFill => {
                ::std::option::Option::Some("Filled automatically (自动填充)")
            }
            Self::Designated => {
                ::std::option::Option::Some("Designated participants (指定人员)")
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(LayoutVideoType);
/// Unit of a polling interval (轮询间隔时间类型). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum PollingIntervalUnit {
    /// Seconds (秒) (code 1).
    Seconds,
    /// Minutes (分钟) (code 2).
    Minutes,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl PollingIntervalUnit {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Seconds, Self::Minutes];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Seconds => 1u32,
            Self::Minutes => 2u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            1u32 => Self::Seconds,
            2u32 => Self::Minutes,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Seconds => ::std::option::Option::Some("Seconds (秒)"),
            Self::Minutes => ::std::option::Option::Some("Minutes (分钟)"),
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(PollingIntervalUnit);
/// `POST /v1/meetings/{meeting_id}/layouts`: Add basic layouts to a meeting (添加会议布局).
///
/// - path parameters: [`AddMeetingLayoutsPath`](crate::layouts::AddMeetingLayoutsPath)
/// - request: [`AddMeetingLayoutsRequest`](crate::layouts::AddMeetingLayoutsRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: [`AddMeetingLayoutsResponse`](crate::layouts::AddMeetingLayoutsResponse)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/56323); the official SDKs call it `V1MeetingsMeetingIdLayoutsPost`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct AddMeetingLayouts;
impl crate::Endpoint for AddMeetingLayouts {
    const NAME: &'static str = "add_meeting_layouts";
    const METHOD: crate::Method = crate::Method::Post;
    const PATH_TEMPLATE: &'static str = "/v1/meetings/{meeting_id}/layouts";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = crate::layouts::AddMeetingLayoutsPath;
    type Request = crate::layouts::AddMeetingLayoutsRequest;
    type Response = crate::layouts::AddMeetingLayoutsResponse;
}
impl crate::PathParams for crate::layouts::AddMeetingLayoutsPath {
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
impl crate::EncodeRequest for crate::layouts::AddMeetingLayoutsRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `POST /v1/meetings/{meeting_id}/advanced-layouts`: Add advanced custom layouts to a meeting (添加会议高级布局).
///
/// - path parameters: [`AddAdvancedLayoutsPath`](crate::layouts::AddAdvancedLayoutsPath)
/// - request: [`AddAdvancedLayoutsRequest`](crate::layouts::AddAdvancedLayoutsRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: [`AddAdvancedLayoutsResponse`](crate::layouts::AddAdvancedLayoutsResponse)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/75665); the official SDKs call it `V1MeetingsMeetingIdAdvancedLayoutsPost`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct AddAdvancedLayouts;
impl crate::Endpoint for AddAdvancedLayouts {
    const NAME: &'static str = "add_advanced_layouts";
    const METHOD: crate::Method = crate::Method::Post;
    const PATH_TEMPLATE: &'static str = "/v1/meetings/{meeting_id}/advanced-layouts";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = crate::layouts::AddAdvancedLayoutsPath;
    type Request = crate::layouts::AddAdvancedLayoutsRequest;
    type Response = crate::layouts::AddAdvancedLayoutsResponse;
}
impl crate::PathParams for crate::layouts::AddAdvancedLayoutsPath {
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
impl crate::EncodeRequest for crate::layouts::AddAdvancedLayoutsRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `PUT /v1/meetings/{meeting_id}/applying-layout`: Apply a layout to a meeting or to participants, or restore the default (设置会议应用布局).
///
/// - path parameters: [`ApplyMeetingLayoutPath`](crate::layouts::ApplyMeetingLayoutPath)
/// - request: [`ApplyMeetingLayoutRequest`](crate::layouts::ApplyMeetingLayoutRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes: 9042, 202001, 190001
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/75670); the official SDKs call it `V1MeetingsMeetingIdApplyingLayoutPut`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ApplyMeetingLayout;
impl crate::Endpoint for ApplyMeetingLayout {
    const NAME: &'static str = "apply_meeting_layout";
    const METHOD: crate::Method = crate::Method::Put;
    const PATH_TEMPLATE: &'static str = "/v1/meetings/{meeting_id}/applying-layout";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::NO_PERMISSION,
        crate::ErrorCode::MEETING_LOOKUP_FAILED,
        crate::ErrorCode::USER_NOT_REGISTERED,
    ];
    type Path = crate::layouts::ApplyMeetingLayoutPath;
    type Request = crate::layouts::ApplyMeetingLayoutRequest;
    type Response = ();
}
impl crate::PathParams for crate::layouts::ApplyMeetingLayoutPath {
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
impl crate::EncodeRequest for crate::layouts::ApplyMeetingLayoutRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
impl crate::ResponseBody for crate::layouts::AddMeetingLayoutsResponse {
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
impl crate::ResponseBody for crate::layouts::AddAdvancedLayoutsResponse {
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
    /// JSON Schema (Draft-07, self-contained) of [`AddAdvancedLayoutsPath`](crate::layouts::AddAdvancedLayoutsPath), bundled from `schemas/layouts/add-advanced-layouts.path.json`.
    pub const ADD_ADVANCED_LAYOUTS_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/AddAdvancedLayoutsPath",
  "definitions": {
    "AddAdvancedLayoutsPath": {
      "title": "AddAdvancedLayoutsPath",
      "description": "Path parameters of `POST /v1/meetings/{meeting_id}/advanced-layouts` (the docs spell the parameter `{meeting_id}`).",
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
    /// JSON Schema (Draft-07, self-contained) of [`AddAdvancedLayoutsRequest`](crate::layouts::AddAdvancedLayoutsRequest), bundled from `schemas/layouts/add-advanced-layouts.request.json`.
    pub const ADD_ADVANCED_LAYOUTS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/AddAdvancedLayoutsRequest",
  "definitions": {
    "AddAdvancedLayoutsRequest": {
      "title": "AddAdvancedLayoutsRequest",
      "description": "Body of `POST /v1/meetings/{meeting_id}/advanced-layouts`: add advanced custom layouts to the current meeting (添加会议高级布局), several at once; seats take participants (用户座次设置需设置参会成员). A meeting holds at most 20 layouts (单个会议最多允许添加20个布局). OAuth 2.0 is not supported. The retrieved page is cut off inside the seat object: `user_list` and its user fields are transcribed from the SDK. The example follows the tables (the page's was not retrievable).",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "instanceid",
        "layout_list"
      ],
      "examples": [
        {
          "operator_id": "tester1",
          "operator_id_type": 1,
          "instanceid": 1,
          "layout_list": [
            {
              "layout_name": "panel",
              "page_list": [
                {
                  "layout_template_id": "3",
                  "enable_polling": true,
                  "polling_setting": {
                    "polling_interval_unit": 1,
                    "polling_interval": 10,
                    "ignore_user_novideo": false,
                    "ignore_user_absence": false
                  },
                  "user_seat_list": [
                    {
                      "grid_id": "1",
                      "grid_type": 1,
                      "video_type": 3,
                      "user_list": [
                        {
                          "userid": "tester2",
                          "ms_open_id": "WMfgHRYj6m36mcDGtK",
                          "username": "tester2"
                        }
                      ]
                    }
                  ]
                }
              ]
            }
          ]
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作人 ID).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作人 ID 类型): 1 userid, 4 ms_open_id.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "instanceid": {
          "description": "Device type of the caller (用户的终端设备类型).",
          "$ref": "#/definitions/InstanceId"
        },
        "layout_list": {
          "description": "The layouts to add (布局对象列表); a meeting holds at most 20.",
          "type": "array",
          "maxItems": 20,
          "items": {
            "$ref": "#/definitions/AdvancedLayoutSpec"
          }
        }
      }
    },
    "AdvancedLayoutPageSpec": {
      "title": "AdvancedLayoutPageSpec",
      "description": "A page of an advanced layout (布局单页对象 PageList).",
      "type": "object",
      "required": [
        "layout_template_id",
        "user_seat_list"
      ],
      "properties": {
        "layout_template_id": {
          "description": "Layout template ID (布局模板 ID).",
          "type": "string",
          "minLength": 1
        },
        "enable_polling": {
          "description": "Whether polling is on (开启或关闭轮询); off by default (默认关闭).",
          "type": "boolean",
          "default": false
        },
        "polling_setting": {
          "description": "Polling settings (轮询参数设置对象), used when polling is on.",
          "$ref": "#/definitions/LayoutPollingSettingSpec"
        },
        "user_seat_list": {
          "description": "Who sits in which grid (用户座次对象列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/AdvancedLayoutSeatSpec"
          }
        }
      }
    },
    "AdvancedLayoutSeatSpec": {
      "title": "AdvancedLayoutSeatSpec",
      "description": "A seat of an advanced layout page (用户座次对象 UserSeatList).",
      "type": "object",
      "required": [
        "grid_id",
        "grid_type"
      ],
      "properties": {
        "grid_id": {
          "description": "Grid ID (宫格 ID).",
          "type": "string",
          "minLength": 1
        },
        "grid_type": {
          "description": "What the grid shows (宫格类型): 1 video, 2 shared screen.",
          "$ref": "#/definitions/LayoutGridType"
        },
        "video_type": {
          "description": "Where the video comes from (视频画面来源): 1 speaker, 2 filled automatically, 3 designated participants (`user_list`).",
          "$ref": "#/definitions/LayoutVideoType"
        },
        "user_list": {
          "description": "The designated participants (指定人员), for video source 3. From the SDK (the page is cut off here).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/AdvancedLayoutSeatUserSpec"
          }
        }
      }
    },
    "AdvancedLayoutSeatUserSpec": {
      "title": "AdvancedLayoutSeatUserSpec",
      "description": "A participant designated for a video grid (from the SDK; the page is cut off before it).",
      "type": "object",
      "properties": {
        "userid": {
          "description": "User ID (用户 ID).",
          "type": "string"
        },
        "ms_open_id": {
          "description": "Temporary ID of the participant in this meeting (当场会议的用户临时 ID).",
          "type": "string"
        },
        "username": {
          "description": "Display name (用户昵称).",
          "type": "string"
        }
      }
    },
    "AdvancedLayoutSpec": {
      "title": "AdvancedLayoutSpec",
      "description": "An advanced layout to add (布局对象 layout_list).",
      "type": "object",
      "required": [
        "page_list"
      ],
      "properties": {
        "layout_name": {
          "description": "Layout name (布局名称).",
          "type": "string"
        },
        "page_list": {
          "description": "The pages of the layout (布局单页对象列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/AdvancedLayoutPageSpec"
          }
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
    "LayoutGridType": {
      "title": "LayoutGridType",
      "description": "What a grid of a layout page shows (宫格类型). Advanced layouts use only 1 and 2. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Video",
          "description": "A participant's video (视频画面)"
        },
        {
          "const": 2,
          "title": "Share",
          "description": "The shared screen (共享画面)"
        },
        {
          "const": 3,
          "title": "App",
          "description": "An extension app (拓展应用), at most one per page (目前一页仅可添加一个应用)"
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
    "LayoutPollingSettingSpec": {
      "title": "LayoutPollingSettingSpec",
      "description": "Polling settings of a layout page (轮询参数设置对象 PollingSetting).",
      "type": "object",
      "required": [
        "polling_interval_unit",
        "polling_interval",
        "ignore_user_novideo",
        "ignore_user_absence"
      ],
      "properties": {
        "polling_interval_unit": {
          "description": "Unit of the polling interval (轮询间隔时间类型): 1 seconds, 2 minutes.",
          "$ref": "#/definitions/PollingIntervalUnit"
        },
        "polling_interval": {
          "description": "Polling interval (轮询间隔时长), from 1 to 999999 (允许取值范围1~999999).",
          "type": "integer",
          "minimum": 1,
          "maximum": 999999
        },
        "ignore_user_novideo": {
          "description": "Whether polling skips members without video (设置是否忽略没开启视频成员).",
          "type": "boolean"
        },
        "ignore_user_absence": {
          "description": "Whether polling skips members not in the meeting (设置是否忽略未入会成员). This page types it String, the SDK and the sibling pages (modify and list advanced layouts) Boolean: boolean.",
          "type": "boolean"
        }
      }
    },
    "LayoutVideoType": {
      "title": "LayoutVideoType",
      "description": "Where a video grid's picture comes from (视频画面来源). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Speaker",
          "description": "The current speaker (演讲者)"
        },
        {
          "const": 2,
          "title": "AutoFill",
          "description": "Filled automatically (自动填充)"
        },
        {
          "const": 3,
          "title": "Designated",
          "description": "Designated participants (指定人员)"
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
    "PollingIntervalUnit": {
      "title": "PollingIntervalUnit",
      "description": "Unit of a polling interval (轮询间隔时间类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Seconds",
          "description": "Seconds (秒)"
        },
        {
          "const": 2,
          "title": "Minutes",
          "description": "Minutes (分钟)"
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
    /// JSON Schema (Draft-07, self-contained) of [`AddAdvancedLayoutsResponse`](crate::layouts::AddAdvancedLayoutsResponse), bundled from `schemas/layouts/add-advanced-layouts.response.json`.
    pub const ADD_ADVANCED_LAYOUTS_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/AddAdvancedLayoutsResponse",
  "definitions": {
    "AddAdvancedLayoutsResponse": {
      "title": "AddAdvancedLayoutsResponse",
      "description": "Body of a successful `POST /v1/meetings/{meeting_id}/advanced-layouts`: the layouts added, with their IDs. The page's output part was not retrievable: the fields are the SDK's, shaped like the list-advanced-layouts page's output; the example is written from them. Lenient: nothing required, unknown fields kept.",
      "type": "object",
      "examples": [
        {
          "layout_list": [
            {
              "layout_id": "531axxxx-xxxx-xxxx-xxxx-xxxx2d8d3ebb",
              "layout_name": "panel",
              "page_list": [
                {
                  "layout_template_id": "3",
                  "enable_polling": true,
                  "polling_setting": {
                    "polling_interval_unit": 1,
                    "polling_interval": 10,
                    "ignore_user_novideo": false,
                    "ignore_user_absence": false
                  },
                  "user_seat_list": [
                    {
                      "grid_id": "1",
                      "grid_type": 1,
                      "video_type": 3,
                      "user_list": [
                        {
                          "userid": "tester2",
                          "ms_open_id": "WMfgHRYj6m36mcDGtK",
                          "username": "tester2"
                        }
                      ]
                    }
                  ]
                }
              ]
            }
          ]
        }
      ],
      "properties": {
        "layout_list": {
          "description": "The layouts added (布局对象列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/AdvancedLayout"
          }
        }
      },
      "x-accessors": {
        "layout_id": "layout_list[0].layout_id"
      },
      "x-keep-unknown": true
    },
    "AdvancedLayout": {
      "title": "AdvancedLayout",
      "description": "An advanced layout of a meeting (布局对象).",
      "type": "object",
      "properties": {
        "layout_id": {
          "description": "Layout ID (布局 ID).",
          "type": "string"
        },
        "layout_name": {
          "description": "Layout name (布局名称).",
          "type": "string"
        },
        "page_list": {
          "description": "The pages of the layout (布局单页对象列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/AdvancedLayoutPage"
          }
        }
      },
      "x-keep-unknown": true
    },
    "AdvancedLayoutPage": {
      "title": "AdvancedLayoutPage",
      "description": "A page of an advanced layout (布局单页对象).",
      "type": "object",
      "properties": {
        "layout_template_id": {
          "description": "Layout template ID (布局模板 ID).",
          "type": "string"
        },
        "enable_polling": {
          "description": "Whether polling is on (开启或关闭轮询).",
          "type": "boolean"
        },
        "polling_setting": {
          "description": "Polling settings (轮询参数设置对象).",
          "$ref": "#/definitions/LayoutPollingSetting"
        },
        "user_seat_list": {
          "description": "Who sits in which grid (用户座次对象列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/AdvancedLayoutSeat"
          }
        }
      },
      "x-keep-unknown": true
    },
    "AdvancedLayoutSeat": {
      "title": "AdvancedLayoutSeat",
      "description": "A seat of an advanced layout page (用户座次对象).",
      "type": "object",
      "properties": {
        "grid_id": {
          "description": "Grid ID (宫格 ID).",
          "type": "string"
        },
        "grid_type": {
          "description": "What the grid shows (宫格类型): 1 video, 2 shared screen.",
          "$ref": "#/definitions/LayoutGridType"
        },
        "video_type": {
          "description": "Where the video comes from (视频画面来源).",
          "$ref": "#/definitions/LayoutVideoType"
        },
        "user_list": {
          "description": "The designated participants (指定人员).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/AdvancedLayoutSeatUser"
          }
        }
      },
      "x-keep-unknown": true
    },
    "AdvancedLayoutSeatUser": {
      "title": "AdvancedLayoutSeatUser",
      "description": "A participant designated for a video grid.",
      "type": "object",
      "properties": {
        "userid": {
          "description": "User ID (用户 ID).",
          "type": "string"
        },
        "ms_open_id": {
          "description": "Temporary ID of the participant in this meeting (当场会议的用户临时 ID).",
          "type": "string"
        },
        "username": {
          "description": "Display name (用户昵称).",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    },
    "LayoutGridType": {
      "title": "LayoutGridType",
      "description": "What a grid of a layout page shows (宫格类型). Advanced layouts use only 1 and 2. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Video",
          "description": "A participant's video (视频画面)"
        },
        {
          "const": 2,
          "title": "Share",
          "description": "The shared screen (共享画面)"
        },
        {
          "const": 3,
          "title": "App",
          "description": "An extension app (拓展应用), at most one per page (目前一页仅可添加一个应用)"
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
    "LayoutPollingSetting": {
      "title": "LayoutPollingSetting",
      "description": "Polling settings of a layout page (轮询参数设置对象).",
      "type": "object",
      "properties": {
        "polling_interval_unit": {
          "description": "Unit of the polling interval (轮询间隔时间类型): 1 seconds, 2 minutes.",
          "$ref": "#/definitions/PollingIntervalUnit"
        },
        "polling_interval": {
          "description": "Polling interval (轮询间隔时长).",
          "type": "integer"
        },
        "ignore_user_novideo": {
          "description": "Whether polling skips members without video (是否忽略没开启视频成员).",
          "type": "boolean"
        },
        "ignore_user_absence": {
          "description": "Whether polling skips members not in the meeting (是否忽略未入会成员).",
          "type": "boolean"
        }
      },
      "x-keep-unknown": true
    },
    "LayoutVideoType": {
      "title": "LayoutVideoType",
      "description": "Where a video grid's picture comes from (视频画面来源). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Speaker",
          "description": "The current speaker (演讲者)"
        },
        {
          "const": 2,
          "title": "AutoFill",
          "description": "Filled automatically (自动填充)"
        },
        {
          "const": 3,
          "title": "Designated",
          "description": "Designated participants (指定人员)"
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
    "PollingIntervalUnit": {
      "title": "PollingIntervalUnit",
      "description": "Unit of a polling interval (轮询间隔时间类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Seconds",
          "description": "Seconds (秒)"
        },
        {
          "const": 2,
          "title": "Minutes",
          "description": "Minutes (分钟)"
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
    /// JSON Schema (Draft-07, self-contained) of [`AddMeetingLayoutsPath`](crate::layouts::AddMeetingLayoutsPath), bundled from `schemas/layouts/add-meeting-layouts.path.json`.
    pub const ADD_MEETING_LAYOUTS_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/AddMeetingLayoutsPath",
  "definitions": {
    "AddMeetingLayoutsPath": {
      "title": "AddMeetingLayoutsPath",
      "description": "Path parameters of `POST /v1/meetings/{meeting_id}/layouts` (the docs spell the parameter `{meeting_id}`).",
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
    /// JSON Schema (Draft-07, self-contained) of [`AddMeetingLayoutsRequest`](crate::layouts::AddMeetingLayoutsRequest), bundled from `schemas/layouts/add-meeting-layouts.request.json`.
    pub const ADD_MEETING_LAYOUTS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/AddMeetingLayoutsRequest",
  "definitions": {
    "AddMeetingLayoutsRequest": {
      "title": "AddMeetingLayoutsRequest",
      "description": "Body of `POST /v1/meetings/{meeting_id}/layouts`: add basic layouts to a scheduled meeting (添加会议布局); each layout has one or more pages built from templates, the first page shows first. Seats are set before the meeting from invitees and during it from participants (会前只允许设置邀请者成员,会中只允许设置参会成员). A meeting holds at most 20 layouts (一场会议最多添加20个布局; older pages said 10); OAuth 2.0 is not supported (目前暂不支持 OAuth2.0 鉴权访问). The retrieved copy of the page identifies the caller by `userid` (会议创建者 ID, required there) and has no `operator_id`; the SDK and the current sibling pages (modify and list layouts) use `operator_id` + `operator_id_type` (1 userid), required: the current form is required here and `userid` is an optional addition. The SDK also requires a `layout_id` in each layout, which the page does not list: an optional property. Examples: the older page's, in the current form.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "instanceid",
        "layout_list"
      ],
      "examples": [
        {
          "operator_id": "creator1",
          "operator_id_type": 1,
          "instanceid": 1,
          "layout_list": [
            {
              "page_list": [
                {
                  "layout_template_id": "1",
                  "user_seat_list": [
                    {
                      "grid_id": "10",
                      "grid_type": 1,
                      "userid": "invitee1",
                      "username": "joker"
                    }
                  ]
                }
              ]
            }
          ]
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID): the meeting's creator, a host, a co-host or an enterprise administrator (per the sibling pages).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 类型): 1 userid, the only type the basic-layout pages list.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "userid": {
          "description": "ID of the meeting's creator (会议创建者 ID): the retrieved page's caller identification, required there; the SDK and the current sibling pages use `operator_id` + `operator_id_type` instead. Offered as an optional addition.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "instanceid": {
          "description": "Device type of the caller (用户的终端设备类型).",
          "$ref": "#/definitions/InstanceId"
        },
        "default_layout_order": {
          "description": "Position in `layout_list` of the layout the meeting applies (布局列表中会议需要应用的布局序号), counting from 1; on the first addition, without it the first layout is applied.",
          "type": "integer",
          "minimum": 1,
          "maximum": 20,
          "x-max-is-count-of": "layout_list"
        },
        "layout_list": {
          "description": "The layouts to add (布局对象列表); a meeting holds at most 20.",
          "type": "array",
          "maxItems": 20,
          "items": {
            "$ref": "#/definitions/LayoutSpec"
          }
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
    "LayoutGridType": {
      "title": "LayoutGridType",
      "description": "What a grid of a layout page shows (宫格类型). Advanced layouts use only 1 and 2. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Video",
          "description": "A participant's video (视频画面)"
        },
        {
          "const": 2,
          "title": "Share",
          "description": "The shared screen (共享画面)"
        },
        {
          "const": 3,
          "title": "App",
          "description": "An extension app (拓展应用), at most one per page (目前一页仅可添加一个应用)"
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
    "LayoutPageSpec": {
      "title": "LayoutPageSpec",
      "description": "A page of a basic layout (布局单页对象 PageList).",
      "type": "object",
      "required": [
        "layout_template_id"
      ],
      "properties": {
        "layout_template_id": {
          "description": "Layout template ID (布局模板 ID).",
          "type": "string",
          "minLength": 1
        },
        "user_seat_list": {
          "description": "Who sits in which grid (用户座次对象列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/LayoutSeatSpec"
          }
        }
      }
    },
    "LayoutSeatSpec": {
      "title": "LayoutSeatSpec",
      "description": "A seat of a layout page (用户座次对象 UserSeatList).",
      "type": "object",
      "required": [
        "grid_id",
        "grid_type"
      ],
      "properties": {
        "grid_id": {
          "description": "Grid ID (宫格 ID). When several seats name the same grid, only the first counts (多次传入同一宫格 ID 的对象,仅第一次出现的对象生效).",
          "type": "string",
          "minLength": 1
        },
        "grid_type": {
          "description": "What the grid shows (宫格类型): 1 video (give `userid` or `uuid`, and `username`; an external participant needs its `uuid`; `uuid` wins over `userid`), 2 shared screen, 3 extension app (bound to the meeting, with web service on, visible in the enterprise or to external enterprises).",
          "$ref": "#/definitions/LayoutGridType"
        },
        "userid": {
          "description": "User ID (用户 ID) of the participant shown.",
          "type": "string"
        },
        "uuid": {
          "description": "User identity ID (用户身份 ID, the open-platform unique user ID Tencent Meeting issues).",
          "type": "string"
        },
        "username": {
          "description": "Display name of the participant shown (用户昵称).",
          "type": "string"
        },
        "ms_open_id": {
          "description": "Temporary ID of the participant in this meeting (当场会议的用户临时 ID).",
          "type": "string"
        },
        "tool_sdkid": {
          "description": "ID of the extension app shown (拓展应用 ID), for grid type 3.",
          "type": "string"
        }
      }
    },
    "LayoutSpec": {
      "title": "LayoutSpec",
      "description": "A basic layout to add (布局对象 LayoutList).",
      "type": "object",
      "required": [
        "page_list"
      ],
      "properties": {
        "layout_id": {
          "description": "Layout ID (布局 ID). Not in the page's table; the SDK marks it required. Offered as an optional property.",
          "type": "string",
          "minLength": 1
        },
        "page_list": {
          "description": "The pages of the layout (布局单页对象列表); the first shows first.",
          "type": "array",
          "items": {
            "$ref": "#/definitions/LayoutPageSpec"
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
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`AddMeetingLayoutsResponse`](crate::layouts::AddMeetingLayoutsResponse), bundled from `schemas/layouts/add-meeting-layouts.response.json`.
    pub const ADD_MEETING_LAYOUTS_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/AddMeetingLayoutsResponse",
  "definitions": {
    "AddMeetingLayoutsResponse": {
      "title": "AddMeetingLayoutsResponse",
      "description": "Body of a successful `POST /v1/meetings/{meeting_id}/layouts`: the layouts added (新增的会议布局信息). The page's example (older version) is the fixture. Lenient: nothing required, unknown fields kept.",
      "type": "object",
      "examples": [
        {
          "layout_number": 1,
          "selected_layout_id": "03acdd90-b0b2-41dd-8484-648f3d284070",
          "layout_list": [
            {
              "layout_id": "03acdd90-b0b2-41dd-8484-648f3d284070",
              "page_list": [
                {
                  "layout_template_id": "1",
                  "user_seat_list": [
                    {
                      "grid_id": "10",
                      "grid_type": 1,
                      "userid": "invitee1",
                      "username": "joker"
                    }
                  ]
                }
              ]
            }
          ]
        }
      ],
      "properties": {
        "layout_number": {
          "description": "Number of layouts (布局数量).",
          "type": "integer"
        },
        "selected_layout_id": {
          "description": "ID of the layout the meeting applies (会议应用的布局 ID).",
          "type": "string"
        },
        "layout_list": {
          "description": "The layouts (布局对象列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/MeetingLayout"
          }
        }
      },
      "x-accessors": {
        "layout_id": "layout_list[0].layout_id",
        "selected_layout_id": "selected_layout_id"
      },
      "x-keep-unknown": true
    },
    "LayoutGridType": {
      "title": "LayoutGridType",
      "description": "What a grid of a layout page shows (宫格类型). Advanced layouts use only 1 and 2. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Video",
          "description": "A participant's video (视频画面)"
        },
        {
          "const": 2,
          "title": "Share",
          "description": "The shared screen (共享画面)"
        },
        {
          "const": 3,
          "title": "App",
          "description": "An extension app (拓展应用), at most one per page (目前一页仅可添加一个应用)"
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
    "MeetingLayout": {
      "title": "MeetingLayout",
      "description": "A basic layout of a meeting (布局对象).",
      "type": "object",
      "properties": {
        "layout_id": {
          "description": "Layout ID (布局 ID).",
          "type": "string"
        },
        "page_list": {
          "description": "The pages of the layout (布局单页对象列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/MeetingLayoutPage"
          }
        }
      },
      "x-keep-unknown": true
    },
    "MeetingLayoutPage": {
      "title": "MeetingLayoutPage",
      "description": "A page of a basic layout (布局单页对象), as the request gave it.",
      "type": "object",
      "properties": {
        "layout_template_id": {
          "description": "Layout template ID (布局模板 ID).",
          "type": "string"
        },
        "user_seat_list": {
          "description": "Who sits in which grid (用户座次对象列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/MeetingLayoutSeat"
          }
        }
      },
      "x-keep-unknown": true
    },
    "MeetingLayoutSeat": {
      "title": "MeetingLayoutSeat",
      "description": "A seat of a layout page (用户座次对象).",
      "type": "object",
      "properties": {
        "grid_id": {
          "description": "Grid ID (宫格 ID).",
          "type": "string"
        },
        "grid_type": {
          "description": "What the grid shows (宫格类型): 1 video, 2 shared screen, 3 extension app.",
          "$ref": "#/definitions/LayoutGridType"
        },
        "userid": {
          "description": "User ID (用户 ID) of the participant shown.",
          "type": "string"
        },
        "uuid": {
          "description": "User identity ID (用户身份 ID, the open-platform unique user ID Tencent Meeting issues).",
          "type": "string"
        },
        "username": {
          "description": "Display name of the participant shown (用户昵称).",
          "type": "string"
        },
        "ms_open_id": {
          "description": "Temporary ID of the participant in this meeting (当场会议的用户临时 ID).",
          "type": "string"
        },
        "tool_sdkid": {
          "description": "ID of the extension app shown (拓展应用 ID), for grid type 3.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`ApplyMeetingLayoutPath`](crate::layouts::ApplyMeetingLayoutPath), bundled from `schemas/layouts/apply-meeting-layout.path.json`.
    pub const APPLY_MEETING_LAYOUT_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ApplyMeetingLayoutPath",
  "definitions": {
    "ApplyMeetingLayoutPath": {
      "title": "ApplyMeetingLayoutPath",
      "description": "Path parameters of `PUT /v1/meetings/{meeting_id}/applying-layout` (the docs spell the parameter `{meeting_id}`).",
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
    /// JSON Schema (Draft-07, self-contained) of [`ApplyMeetingLayoutRequest`](crate::layouts::ApplyMeetingLayoutRequest), bundled from `schemas/layouts/apply-meeting-layout.request.json`.
    pub const APPLY_MEETING_LAYOUT_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ApplyMeetingLayoutRequest",
  "definitions": {
    "ApplyMeetingLayoutRequest": {
      "title": "ApplyMeetingLayoutRequest",
      "description": "Body of `PUT /v1/meetings/{meeting_id}/applying-layout`: apply an advanced custom layout to the whole meeting or to given participants, or restore the default layout (设置会议应用布局). Without `user_list` the layout applies to the meeting; with it, only to those participants (a personal layout, 个性布局), at most 20 per call. An empty `layout_id` restores the meeting's default layout. Precedence: personal layout, then custom layout, then default layout (MRA devices do not support the same-frame mode and get the default layout in it). OAuth 2.0 is not supported. Success answers `{}` (the page's output example): treated as an empty body.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "instanceid"
      ],
      "examples": [
        {
          "operator_id": "test_restapi_user_401",
          "operator_id_type": 1,
          "instanceid": 1,
          "layout_id": "531axxxx-xxxx-xxxx-xxxx-xxxx2d8d3ebb"
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作人 ID).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作人 ID 类型): 1 userid, 4 ms_open_id.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "instanceid": {
          "description": "Device type of the caller (用户的终端设备类型).",
          "$ref": "#/definitions/InstanceId"
        },
        "user_list": {
          "description": "Participants to give a personal layout (用户列表对象数组); without it the layout applies to the whole meeting. At most 20 per call (单次最多支持20个用户).",
          "type": "array",
          "maxItems": 20,
          "items": {
            "$ref": "#/definitions/LayoutTargetUser"
          }
        },
        "layout_id": {
          "description": "ID of the layout to apply (选择应用的布局 ID); the empty string restores the meeting's default layout (若送空\"\",表示恢复成当前会议的默认布局), so no length rule applies.",
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
    "LayoutTargetUser": {
      "title": "LayoutTargetUser",
      "description": "A participant given a personal layout (UserList 对象).",
      "type": "object",
      "required": [
        "ms_open_id",
        "instanceid"
      ],
      "properties": {
        "ms_open_id": {
          "description": "Temporary ID of the participant in the current meeting (被操作者用户当前会议中的临时身份 ID).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "instanceid": {
          "description": "Device type of the participant (用户的终端设备类型); the page lists 1-4, 6, 7, 9 and 20-22 (22 needs Android layouts enabled); it must match the participant's device.",
          "$ref": "#/definitions/InstanceId"
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
}

// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! Enterprise users (企业用户管理): create, read, list, update, enable, delete and transfer users, their activation and verification, AI accounts, personal meeting ID settings and OAuth authorization.
//!
//! The `user_manager` service of the official SDKs: its endpoints' marker types, requests, responses and code lists, from `schemas/users/`. Compiled with the cargo feature `users`.
//!
//! The user management service (企业用户管理, the SDKs' user_manager): enterprise users and their accounts, activation and verification, AI accounts, personal meeting ID settings, the OAuth user's own information and authorization, and the ms_open_id of a meeting (the SDKs file it here). Endpoints addressing a user by uuid instead of userid are separate entries (`*_by_uuid`): the current pages merge both forms, only older copies of the uuid form were found. Several PUT and DELETE entries carry only query parameters (`in: query`); `update_user_by_uuid` sends `uuid` in the query and the rest as a body; `delete_user_ai_account` is a DELETE with a JSON body.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
#[allow(unused_imports)]
use super::root::*;
/// An account not activated yet and its link (InactivateUser 对象).
///
/// Generated from `schemas/users/get-activation-links.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct ActivationLink {
    /// The account's userid (账号 ID).
    ///
    /// Wire name `userid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userid: ::std::option::Option<::std::string::String>,
    /// Activation link (激活链接), valid 48 hours; it carries a one-time code.
    ///
    /// Wire name `activate_url`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub activate_url: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl ActivationLink {
    /// A builder of [`ActivationLink`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ActivationLinkBuilder {
        builders::ActivationLinkBuilder {
            userid: ::std::option::Option::None,
            activate_url: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for ActivationLink {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ActivationLink")
            .field("userid", &self.userid)
            .field(
                "activate_url",
                &self.activate_url.as_ref().map(|_| crate::redacted::Redacted),
            )
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Use of one kind of AI account (AI 账号类型使用对象).
///
/// Generated from `schemas/users/get-user-account-statistics.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct AiAccountUsage {
    /// Kind of AI account (AI 账号类型).
    ///
    /// Wire name `ai_account_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ai_account_type: ::std::option::Option<crate::users::AiAccountType>,
    /// AI accounts of this kind (账号数).
    ///
    /// Wire name `ai_account_count`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ai_account_count: ::std::option::Option<i64>,
    /// AI accounts of this kind given to users (已分配的账号数).
    ///
    /// Wire name `ai_account_used_count`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ai_account_used_count: ::std::option::Option<i64>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl AiAccountUsage {
    /// A builder of [`AiAccountUsage`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::AiAccountUsageBuilder {
        builders::AiAccountUsageBuilder {
            ai_account_type: ::std::option::Option::None,
            ai_account_count: ::std::option::Option::None,
            ai_account_used_count: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for AiAccountUsage {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AiAccountUsage")
            .field("ai_account_type", &self.ai_account_type)
            .field("ai_account_count", &self.ai_account_count)
            .field("ai_account_used_count", &self.ai_account_used_count)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Query string of `PUT /v1/auth-users/cancel-auth` (a PUT with no body): a third-party app withdraws the user's authorization (取消用户授权). Only OAuth 2.0 callers (仅支持 OAuth 2.0 鉴权方式调用), third-party apps. For business and enterprise editions only when the enterprise lets members authorize apps themselves; apps opened by the enterprise administrator cannot be withdrawn this way. The page's example says GET, a slip for the PUT it documents.
///
/// Generated from `schemas/users/cancel-user-auth.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct CancelUserAuthRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`. The openid of the user.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 2 openId, the only type the page documents.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
}
impl CancelUserAuthRequest {
    /// A builder of [`CancelUserAuthRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::CancelUserAuthRequestBuilder {
        builders::CancelUserAuthRequestBuilder {
            operator_id: builders::missing::cancel_user_auth_request::operator_id,
            operator_id_type: builders::missing::cancel_user_auth_request::operator_id_type,
        }
    }
}
impl CancelUserAuthRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for CancelUserAuthRequest {
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
impl crate::Validate for CancelUserAuthRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `POST /v1/users/open-id-to-userid`: turn the open_ids a third-party app got into the userids of the caller's enterprise (自建应用与三方应用 ID 转换接口). JWT (self-built app) authentication only. From a mirror of the page (no cloud.tencent.com id found) and the SDK: the page lists `open_id_list` and `sdkid`, the SDK `operator_id`, `operator_id_type` and `sdkid` (it lacks `open_id_list`); all are properties. The example is the page's, with the operator added.
///
/// Generated from `schemas/users/convert-open-ids.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct ConvertOpenIdsRequest {
    /// The open_ids to convert (需要转换的 open_id 列表), at most 1000 per call (一次最多1000个). Required by the page; the SDK lacks it.
    ///
    /// Wire name `open_id_list`, required.
    /// Rules: 1 to 1000 entries; each entry not empty.
    pub open_id_list: ::std::vec::Vec<::std::string::String>,
    /// sdkid of the third-party app (第三方应用的 sdkid): the open_ids must be the ones Tencent Meeting gave that app.
    ///
    /// Wire name `sdkid`, required.
    /// Rules: not empty; not only whitespace.
    pub sdkid: ::std::string::String,
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 类型); not on the page, required by the SDK.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
}
impl ConvertOpenIdsRequest {
    /// A builder of [`ConvertOpenIdsRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ConvertOpenIdsRequestBuilder {
        builders::ConvertOpenIdsRequestBuilder {
            open_id_list: builders::missing::convert_open_ids_request::open_id_list,
            sdkid: builders::missing::convert_open_ids_request::sdkid,
            operator_id: builders::missing::convert_open_ids_request::operator_id,
            operator_id_type: builders::missing::convert_open_ids_request::operator_id_type,
        }
    }
}
impl ConvertOpenIdsRequest {
    /// `open_id_list`: fewest entries (1).
    pub const OPEN_ID_LIST_MIN_ITEMS: usize = 1usize;
    /// `open_id_list`: most entries (1000).
    pub const OPEN_ID_LIST_MAX_ITEMS: usize = 1000usize;
    /// `sdkid`: fewest characters (1).
    pub const SDKID_MIN_LENGTH: usize = 1usize;
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for ConvertOpenIdsRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.open_id_list;
            let path = crate::validate::FieldPath::child_of(
                at,
                "open_id_list",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::count(value.len(), 1usize, 1000usize))?;
            for (index, item) in value.iter().enumerate() {
                let path = path.index(index);
                path.check(crate::validate::rules::non_empty(item))?;
            }
        }
        {
            let value = &self.sdkid;
            let path = crate::validate::FieldPath::child_of(
                at,
                "sdkid",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
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
impl crate::Validate for ConvertOpenIdsRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `POST /v1/users/open-id-to-userid`: the open_ids converted and those that could not be (自建应用与三方应用 ID 转换接口). The page's example misses a comma after `userid_list`: fixed here. Lenient: nothing is required and unknown fields are kept.
///
/// Generated from `schemas/users/convert-open-ids.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct ConvertOpenIdsResponse {
    /// The open_ids converted and their userids in the caller's enterprise (转换成功的 userid、open_id 对应关系列表).
    ///
    /// Wire name `userid_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userid_list: ::std::option::Option<::std::vec::Vec<OpenIdUserid>>,
    /// The open_ids that could not be converted (所有没有转换成功的 open_id 列表): wrong sdkid, another enterprise, invalid. Not in the SDK; the page types it String but its example sends a list.
    ///
    /// Wire name `invalid_open_id_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub invalid_open_id_list: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl ConvertOpenIdsResponse {
    /// A builder of [`ConvertOpenIdsResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ConvertOpenIdsResponseBuilder {
        builders::ConvertOpenIdsResponseBuilder {
            userid_list: ::std::option::Option::None,
            invalid_open_id_list: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for ConvertOpenIdsResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ConvertOpenIdsResponse")
            .field("userid_list", &self.userid_list)
            .field("invalid_open_id_list", &self.invalid_open_id_list)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Body of `POST /v1/users`: create an enterprise user (创建用户). Only for enterprises that manage their address book by hand (仅适用于手动管理企业通讯录的方式): not with SSO login, not for WeCom enterprises (不支持企微企业). The new user starts inactive (未激活) and must be activated before logging in. A premium seat given to a user may be taken back and given again within 7 days, after which the binding is locked. OAuth 2.0 is not supported (暂不支持 OAuth 2.0鉴权访问). The current page's tail (after `add_on_webinar`) was not retrieved: `operator_id` and `operator_id_type` are required as in the SDK and the sibling update page; the example is the older page's, with the operator added.
///
/// Generated from `schemas/users/create-user.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct CreateUserRequest {
    /// Email address (邮箱地址), unique within the enterprise (同企业内须保证唯一); an alternative to the phone number: when both are given the email is ignored (与手机号二选一,若同时传入手机号和邮箱,则邮箱字段忽略).
    ///
    /// Wire name `email`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    /// Area code of the phone number (地区编码), 86 when absent (默认值为86).
    ///
    /// Wire name `area`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub area: ::std::option::Option<::std::string::String>,
    /// Phone number (手机号码): required by the page; an enterprise that has not enabled email login must give it (若企业未开通邮箱登录方式,手机号必填).
    ///
    /// Wire name `phone`, required.
    /// Rules: not empty; not only whitespace.
    pub phone: ::std::string::String,
    /// User name (用户昵称).
    ///
    /// Wire name `username`, required.
    /// Rules: not empty; not only whitespace.
    pub username: ::std::string::String,
    /// The unique ID the caller gives the user (调用方用于标识用户的唯一 ID): at most 40 bytes (最大支持传入40字节), no Chinese (暂不支持中文), none of ! \* ' ( ) ; : @ \& = + $ , / ? \# \[ \] or spaces. Use an account name, staff number or email, never a phone number or other personal data.
    ///
    /// Wire name `userid`, required.
    /// Rules: not empty; not only whitespace; at most 40 bytes (UTF-8, as sent); none of `!` `*` `'` `(` `)` `;` `:` `@` `&` `=` `+` `$` `,` `/` `?` `#` `[` `]` space or CJK characters.
    pub userid: ::std::string::String,
    /// Employee number (员工工号).
    ///
    /// Wire name `staff_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub staff_id: ::std::option::Option<::std::string::String>,
    /// Job title (员工职位), 0 to 96 characters (长度范围为\[0,96\]个字符).
    ///
    /// Wire name `job_title`, optional.
    /// Rules: at most 96 characters.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub job_title: ::std::option::Option<::std::string::String>,
    /// When the employee joined (入职时间); the page types it Integer (the example sends Unix seconds).
    ///
    /// Wire name `entry_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub entry_time: ::std::option::Option<i64>,
    /// Department IDs of the employee (员工部门 ID): for now one department at most (暂只支持为用户分配1个部门).
    ///
    /// Wire name `department_list`, optional.
    /// Rules: at most 1 entries; each entry not empty.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub department_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Whether the activation invitation is sent at once (自动发送邀请): `true` by default (默认开启).
    ///
    /// Wire name `auto_invite`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub auto_invite: ::std::option::Option<bool>,
    /// Kind of seat to give the user (指定账号类型). 2.0 editions take only 2 and 9. When absent, a premium seat is given first; without one, 2.0 editions refuse to create the user and the original SaaS enterprise and education editions create a free account.
    ///
    /// Wire name `user_account_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user_account_type: ::std::option::Option<crate::users::UserAccountType>,
    /// Room-size upgrade licence to give (增强会议体验:房间规模升级许可); only a premium account can hold one, and unbinding the premium seat takes it back.
    ///
    /// Wire name `add_on_largemeeting`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub add_on_largemeeting: ::std::option::Option<crate::users::LargeMeetingAddOn>,
    /// Webinar audience-size upgrade licence to give (增强会议体验:网络研讨会观众规模升级许可).
    ///
    /// Wire name `add_on_webinar`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub add_on_webinar: ::std::option::Option<crate::users::WebinarAddOn>,
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
}
impl CreateUserRequest {
    /// A builder of [`CreateUserRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::CreateUserRequestBuilder {
        builders::CreateUserRequestBuilder {
            email: ::std::option::Option::None,
            area: ::std::option::Option::None,
            phone: builders::missing::create_user_request::phone,
            username: builders::missing::create_user_request::username,
            userid: builders::missing::create_user_request::userid,
            staff_id: ::std::option::Option::None,
            job_title: ::std::option::Option::None,
            entry_time: ::std::option::Option::None,
            department_list: ::std::option::Option::None,
            auto_invite: ::std::option::Option::None,
            user_account_type: ::std::option::Option::None,
            add_on_largemeeting: ::std::option::Option::None,
            add_on_webinar: ::std::option::Option::None,
            operator_id: builders::missing::create_user_request::operator_id,
            operator_id_type: builders::missing::create_user_request::operator_id_type,
        }
    }
}
impl CreateUserRequest {
    /// `phone`: fewest characters (1).
    pub const PHONE_MIN_LENGTH: usize = 1usize;
    /// `username`: fewest characters (1).
    pub const USERNAME_MIN_LENGTH: usize = 1usize;
    /// `userid`: fewest characters (1).
    pub const USERID_MIN_LENGTH: usize = 1usize;
    /// `userid`: most bytes of UTF-8, as sent (40).
    pub const USERID_MAX_BYTES: usize = 40usize;
    /// `job_title`: most characters (96).
    pub const JOB_TITLE_MAX_LENGTH: usize = 96usize;
    /// `department_list`: most entries (1).
    pub const DEPARTMENT_LIST_MAX_ITEMS: usize = 1usize;
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for CreateUserRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.phone;
            let path = crate::validate::FieldPath::child_of(
                at,
                "phone",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        {
            let value = &self.username;
            let path = crate::validate::FieldPath::child_of(
                at,
                "username",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        {
            let value = &self.userid;
            let path = crate::validate::FieldPath::child_of(
                at,
                "userid",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
            path.check(crate::validate::rules::max_bytes(value, 40usize))?;
            path.check(
                crate::validate::rules::chars(
                    value,
                    crate::CharSet::Except {
                        refused: "!*'();:@&=+$,/?#[] ",
                        cjk: false,
                    },
                ),
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.job_title {
            let path = crate::validate::FieldPath::child_of(
                at,
                "job_title",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::char_count(value, 0usize, 96usize))?;
        }
        if let ::std::option::Option::Some(value) = &self.department_list {
            let path = crate::validate::FieldPath::child_of(
                at,
                "department_list",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::count(value.len(), 0usize, 1usize))?;
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
impl crate::Validate for CreateUserRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `POST /v1/users`: the user created (创建用户). The current page's output table was not retrieved; the fields are the SDK's and the older page's example. Lenient: nothing is required and unknown fields are kept.
///
/// Generated from `schemas/users/create-user.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct CreateUserResponse {
    /// The user's userid (调用方用于标识用户的唯一 ID).
    ///
    /// Wire name `userid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userid: ::std::option::Option<::std::string::String>,
    /// User identity ID issued by Tencent Meeting (用户身份 ID).
    ///
    /// Wire name `uuid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub uuid: ::std::option::Option<::std::string::String>,
    /// User name (用户昵称).
    ///
    /// Wire name `username`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
    /// Phone number (手机号码).
    ///
    /// Wire name `phone`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone: ::std::option::Option<::std::string::String>,
    /// Email address (邮箱地址).
    ///
    /// Wire name `email`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl CreateUserResponse {
    /// A builder of [`CreateUserResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::CreateUserResponseBuilder {
        builders::CreateUserResponseBuilder {
            userid: ::std::option::Option::None,
            uuid: ::std::option::Option::None,
            username: ::std::option::Option::None,
            phone: ::std::option::Option::None,
            email: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for CreateUserResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateUserResponse")
            .field("userid", &self.userid)
            .field("uuid", &self.uuid)
            .field("username", &self.username)
            .field("phone", &self.phone)
            .field("email", &self.email)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
impl CreateUserResponse {
    /// `userid` of the answer, or `None` where the service left it out: The user's userid (调用方用于标识用户的唯一 ID).
    ///
    /// (Declared in the schema of `CreateUserResponse`, `x-accessors`.)
    pub fn userid(&self) -> ::std::option::Option<&str> {
        let value = self;
        let value = value.userid.as_ref()?;
        ::std::option::Option::Some(value.as_str())
    }
    /// `uuid` of the answer, or `None` where the service left it out: User identity ID issued by Tencent Meeting (用户身份 ID).
    ///
    /// (Declared in the schema of `CreateUserResponse`, `x-accessors`.)
    pub fn uuid(&self) -> ::std::option::Option<&str> {
        let value = self;
        let value = value.uuid.as_ref()?;
        ::std::option::Option::Some(value.as_str())
    }
}
/// Body of `DELETE /v1/users/account/ai-account` (a DELETE with a JSON body): take the AI account capability away from a user (移除 AI 账号能力). Transcribed from the SDK's facts only (no page retrieved); the example follows the fields.
///
/// Generated from `schemas/users/delete-user-ai-account.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct DeleteUserAiAccountRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`. The operator needs the right to manage enterprise users (企管用户管理权限).
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the SDK names).
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// ID of the user whose AI capability is removed (被操作者 ID).
    ///
    /// Wire name `to_operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub to_operator_id: ::std::string::String,
    /// Type of `to_operator_id` (被操作者 ID 类型): 1 userid, the only type documented.
    ///
    /// Wire name `to_operator_id_type`, required.
    pub to_operator_id_type: crate::OperatorIdType,
}
impl DeleteUserAiAccountRequest {
    /// A builder of [`DeleteUserAiAccountRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::DeleteUserAiAccountRequestBuilder {
        builders::DeleteUserAiAccountRequestBuilder {
            operator_id: builders::missing::delete_user_ai_account_request::operator_id,
            operator_id_type: builders::missing::delete_user_ai_account_request::operator_id_type,
            to_operator_id: builders::missing::delete_user_ai_account_request::to_operator_id,
            to_operator_id_type: builders::missing::delete_user_ai_account_request::to_operator_id_type,
        }
    }
}
impl DeleteUserAiAccountRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `to_operator_id`: fewest characters (1).
    pub const TO_OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for DeleteUserAiAccountRequest {
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
            let value = &self.to_operator_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "to_operator_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for DeleteUserAiAccountRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Query string of `DELETE /v1/users?uuid=`: delete an enterprise user by uuid (通过 uuid 删除用户). OAuth 2.0 is not supported. Only an older copy of the uuid form was found; `operator_id` and `operator_id_type` are required as the SDK and the userid form of the current page require them.
///
/// Generated from `schemas/users/delete-user-by-uuid.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct DeleteUserByUuidRequest {
    /// User identity ID issued by Tencent Meeting for the open platform (用户身份 ID,腾讯会议颁发的用于开放平台的唯一用户 ID).
    ///
    /// Wire name `uuid`, required.
    /// Rules: not empty; not only whitespace.
    pub uuid: ::std::string::String,
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
}
impl DeleteUserByUuidRequest {
    /// A builder of [`DeleteUserByUuidRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::DeleteUserByUuidRequestBuilder {
        builders::DeleteUserByUuidRequestBuilder {
            uuid: builders::missing::delete_user_by_uuid_request::uuid,
            operator_id: builders::missing::delete_user_by_uuid_request::operator_id,
            operator_id_type: builders::missing::delete_user_by_uuid_request::operator_id_type,
        }
    }
}
impl DeleteUserByUuidRequest {
    /// `uuid`: fewest characters (1).
    pub const UUID_MIN_LENGTH: usize = 1usize;
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for DeleteUserByUuidRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.uuid;
            let path = crate::validate::FieldPath::child_of(
                at,
                "uuid",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
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
impl crate::Validate for DeleteUserByUuidRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Path of `DELETE /v1/users/{userid}`: the user's userid (调用方用于标示用户的唯一 ID), spelt `{userid}` by the page.
///
/// Generated from `schemas/users/delete-user.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct DeleteUserPath {
    /// The user's userid (调用方用于标示用户的唯一 ID): the enterprise's own unique ID of the user, such as an account name; Chinese is not supported (暂不支持中文).
    ///
    /// Wire name `userid`, required.
    /// Rules: not empty; not only whitespace.
    pub userid: ::std::string::String,
}
impl DeleteUserPath {
    /// A builder of [`DeleteUserPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::DeleteUserPathBuilder {
        builders::DeleteUserPathBuilder {
            userid: builders::missing::delete_user_path::userid,
        }
    }
    /// A `DeleteUserPath` with [`userid`](Self::userid) set and every optional field absent.
    pub fn new(userid: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().userid(userid).build()
    }
}
impl DeleteUserPath {
    /// `userid`: fewest characters (1).
    pub const USERID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for DeleteUserPath {
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
impl crate::Validate for DeleteUserPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Query string of `DELETE /v1/users/{userid}`: delete an enterprise user by userid (通过 userid 删除用户). The super administrator cannot be deleted (不允许删除超级管理员, 20004): transfer the role in the admin console first. OAuth 2.0 is not supported.
///
/// Generated from `schemas/users/delete-user.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct DeleteUserRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
}
impl DeleteUserRequest {
    /// A builder of [`DeleteUserRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::DeleteUserRequestBuilder {
        builders::DeleteUserRequestBuilder {
            operator_id: builders::missing::delete_user_request::operator_id,
            operator_id_type: builders::missing::delete_user_request::operator_id_type,
        }
    }
}
impl DeleteUserRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for DeleteUserRequest {
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
impl crate::Validate for DeleteUserRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `POST /v1/users/invite-activate`: activation links for accounts not activated yet (获取账号激活链接). A link is valid 48 hours (有效期是48h); each call makes new links and the old ones stay valid. AK/SK authentication.
///
/// Generated from `schemas/users/get-activation-links.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetActivationLinksRequest {
    /// userids of accounts not activated yet (未激活 userid 列表), at most 100 per call (最多一次支持传100个).
    ///
    /// Wire name `userid_list`, required.
    /// Rules: 1 to 100 entries; each entry not empty, not only whitespace.
    pub userid_list: ::std::vec::Vec<::std::string::String>,
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
}
impl GetActivationLinksRequest {
    /// A builder of [`GetActivationLinksRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetActivationLinksRequestBuilder {
        builders::GetActivationLinksRequestBuilder {
            userid_list: builders::missing::get_activation_links_request::userid_list,
            operator_id: builders::missing::get_activation_links_request::operator_id,
            operator_id_type: builders::missing::get_activation_links_request::operator_id_type,
        }
    }
}
impl GetActivationLinksRequest {
    /// `userid_list`: fewest entries (1).
    pub const USERID_LIST_MIN_ITEMS: usize = 1usize;
    /// `userid_list`: most entries (100).
    pub const USERID_LIST_MAX_ITEMS: usize = 100usize;
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetActivationLinksRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.userid_list;
            let path = crate::validate::FieldPath::child_of(
                at,
                "userid_list",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::count(value.len(), 1usize, 100usize))?;
            for (index, item) in value.iter().enumerate() {
                let path = path.index(index);
                path.check(crate::validate::rules::non_empty(item))?;
                path.check(crate::validate::rules::not_blank(item))?;
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
impl crate::Validate for GetActivationLinksRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `POST /v1/users/invite-activate`: the activation links (获取账号激活链接). Lenient: nothing is required and unknown fields are kept.
///
/// Generated from `schemas/users/get-activation-links.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetActivationLinksResponse {
    /// The accounts not activated and their links (未激活用户对象列表).
    ///
    /// Wire name `inactivate_user_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub inactivate_user_list: ::std::option::Option<::std::vec::Vec<ActivationLink>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl GetActivationLinksResponse {
    /// A builder of [`GetActivationLinksResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetActivationLinksResponseBuilder {
        builders::GetActivationLinksResponseBuilder {
            inactivate_user_list: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for GetActivationLinksResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetActivationLinksResponse")
            .field("inactivate_user_list", &self.inactivate_user_list)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Path of `GET /v1/meetings/{meeting_id}/ms-open-id`: the meeting (会议唯一 ID), spelt `{meeting_id}` by the page.
///
/// Generated from `schemas/users/get-meeting-ms-open-id.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetMeetingMsOpenIdPath {
    /// Unique ID of the meeting (会议唯一 ID).
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty; not only whitespace.
    pub meeting_id: ::std::string::String,
}
impl GetMeetingMsOpenIdPath {
    /// A builder of [`GetMeetingMsOpenIdPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetMeetingMsOpenIdPathBuilder {
        builders::GetMeetingMsOpenIdPathBuilder {
            meeting_id: builders::missing::get_meeting_ms_open_id_path::meeting_id,
        }
    }
    /// A `GetMeetingMsOpenIdPath` with [`meeting_id`](Self::meeting_id) set and every optional field absent.
    pub fn new(meeting_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().meeting_id(meeting_id).build()
    }
}
impl GetMeetingMsOpenIdPath {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetMeetingMsOpenIdPath {
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
            path.check(crate::validate::rules::not_blank(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for GetMeetingMsOpenIdPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Query string of `GET /v1/meetings/{meeting_id}/ms-open-id`: the operator's temporary ID in a meeting (查询 ms_open_id), before, during or after the meeting. Self-built apps (AK/SK) only for meetings of their enterprise; OAuth 2.0 apps only for meetings the app created.
///
/// Generated from `schemas/users/get-meeting-ms-open-id.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetMeetingMsOpenIdRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 open_id, 3 rooms_id.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
}
impl GetMeetingMsOpenIdRequest {
    /// A builder of [`GetMeetingMsOpenIdRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetMeetingMsOpenIdRequestBuilder {
        builders::GetMeetingMsOpenIdRequestBuilder {
            operator_id: builders::missing::get_meeting_ms_open_id_request::operator_id,
            operator_id_type: builders::missing::get_meeting_ms_open_id_request::operator_id_type,
        }
    }
}
impl GetMeetingMsOpenIdRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetMeetingMsOpenIdRequest {
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
impl crate::Validate for GetMeetingMsOpenIdRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/meetings/{meeting_id}/ms-open-id`: the operator's temporary ID in the meeting (查询 ms_open_id). Lenient: nothing is required and unknown fields are kept.
///
/// Generated from `schemas/users/get-meeting-ms-open-id.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetMeetingMsOpenIdResponse {
    /// Unique ID of the meeting (会议唯一 ID).
    ///
    /// Wire name `meeting_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_id: ::std::option::Option<::std::string::String>,
    /// The user's temporary ID in this meeting (当场会议的用户临时 ID), usable in meeting-control calls, for every kind of user.
    ///
    /// Wire name `ms_open_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ms_open_id: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl GetMeetingMsOpenIdResponse {
    /// A builder of [`GetMeetingMsOpenIdResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetMeetingMsOpenIdResponseBuilder {
        builders::GetMeetingMsOpenIdResponseBuilder {
            meeting_id: ::std::option::Option::None,
            ms_open_id: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for GetMeetingMsOpenIdResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetMeetingMsOpenIdResponse")
            .field("meeting_id", &self.meeting_id)
            .field("ms_open_id", &self.ms_open_id)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
impl GetMeetingMsOpenIdResponse {
    /// `ms_open_id` of the answer, or `None` where the service left it out: The user's temporary ID in this meeting (当场会议的用户临时 ID), usable in meeting-control calls, for every kind of user.
    ///
    /// (Declared in the schema of `GetMeetingMsOpenIdResponse`, `x-accessors`.)
    pub fn ms_open_id(&self) -> ::std::option::Option<&str> {
        let value = self;
        let value = value.ms_open_id.as_ref()?;
        ::std::option::Option::Some(value.as_str())
    }
}
/// Query string of `GET /v1/pmi-meetings/pmi-config`: the personal meeting ID settings of a user (查询个人会议号配置信息). Only enterprise-secret callers (仅企业下 secret 鉴权用户); OAuth 2.0 is not supported. The page's example was not retrieved; this one follows the table.
///
/// Generated from `schemas/users/get-pmi-config.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetPmiConfigRequest {
    /// The user's ID (用户的 ID): the enterprise's unique user ID (企业内部请使用企业唯一用户标识).
    ///
    /// Wire name `userid`, required.
    /// Rules: not empty; not only whitespace.
    pub userid: ::std::string::String,
    /// Device type of the user (用户的终端设备类型).
    ///
    /// Wire name `instanceid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub instanceid: ::std::option::Option<crate::InstanceId>,
}
impl GetPmiConfigRequest {
    /// A builder of [`GetPmiConfigRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetPmiConfigRequestBuilder {
        builders::GetPmiConfigRequestBuilder {
            userid: builders::missing::get_pmi_config_request::userid,
            instanceid: ::std::option::Option::None,
        }
    }
    /// A `GetPmiConfigRequest` with [`userid`](Self::userid) set and every optional field absent.
    pub fn new(userid: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().userid(userid).build()
    }
}
impl GetPmiConfigRequest {
    /// `userid`: fewest characters (1).
    pub const USERID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetPmiConfigRequest {
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
impl crate::Validate for GetPmiConfigRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/pmi-meetings/pmi-config`: the user's personal meeting ID settings (查询个人会议号配置信息). The page's example was not retrieved; this one follows the table. Lenient: nothing is required and unknown fields are kept.
///
/// Generated from `schemas/users/get-pmi-config.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetPmiConfigResponse {
    /// Personal meeting ID (个人会议号).
    ///
    /// Wire name `pmi_code`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pmi_code: ::std::option::Option<::std::string::String>,
    /// Password of the personal meeting ID, base64-encoded (个人会议号密码,经过 base64 编码处理).
    ///
    /// Wire name `pmi_password`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pmi_password: ::std::option::Option<::std::string::String>,
    /// Name of the personal meeting room (个人会议室名称).
    ///
    /// Wire name `pmi_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pmi_name: ::std::option::Option<::std::string::String>,
    /// Whether the waiting room is on (是否开启等候室).
    ///
    /// Wire name `allow_in_waiting_room`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_in_waiting_room: ::std::option::Option<bool>,
    /// Whether only members of the enterprise may join (是否仅企业内部成员可入会).
    ///
    /// Wire name `only_enterprise_user_allowed`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub only_enterprise_user_allowed: ::std::option::Option<bool>,
    /// Whether members may join before the host (是否允许成员在主持人前入会).
    ///
    /// Wire name `allow_in_before_host`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_in_before_host: ::std::option::Option<bool>,
    /// Whether the meeting watermark is on (是否开启会议水印).
    ///
    /// Wire name `watermark`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub watermark: ::std::option::Option<bool>,
    /// Watermark style (水印样式).
    ///
    /// Wire name `water_mark_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub water_mark_type: ::std::option::Option<crate::WaterMarkType>,
    /// Whether screenshots of notes are forbidden (是否禁止笔记截屏).
    ///
    /// Wire name `disable_note_capture`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub disable_note_capture: ::std::option::Option<bool>,
    /// Muting on entry (成员入会静音设置).
    ///
    /// Wire name `mute_enable_type_join`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mute_enable_type_join: ::std::option::Option<crate::MuteOnJoin>,
    /// Designated hosts (指定主持人 userid 列表).
    ///
    /// Wire name `hosts`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub hosts: ::std::option::Option<::std::vec::Vec<PmiHost>>,
    /// Whether members may join from several devices (是否允许成员多端入会).
    ///
    /// Wire name `allow_multi_device`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_multi_device: ::std::option::Option<bool>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl GetPmiConfigResponse {
    /// A builder of [`GetPmiConfigResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetPmiConfigResponseBuilder {
        builders::GetPmiConfigResponseBuilder {
            pmi_code: ::std::option::Option::None,
            pmi_password: ::std::option::Option::None,
            pmi_name: ::std::option::Option::None,
            allow_in_waiting_room: ::std::option::Option::None,
            only_enterprise_user_allowed: ::std::option::Option::None,
            allow_in_before_host: ::std::option::Option::None,
            watermark: ::std::option::Option::None,
            water_mark_type: ::std::option::Option::None,
            disable_note_capture: ::std::option::Option::None,
            mute_enable_type_join: ::std::option::Option::None,
            hosts: ::std::option::Option::None,
            allow_multi_device: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for GetPmiConfigResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetPmiConfigResponse")
            .field("pmi_code", &self.pmi_code)
            .field(
                "pmi_password",
                &self.pmi_password.as_ref().map(|_| crate::redacted::Redacted),
            )
            .field("pmi_name", &self.pmi_name)
            .field("allow_in_waiting_room", &self.allow_in_waiting_room)
            .field("only_enterprise_user_allowed", &self.only_enterprise_user_allowed)
            .field("allow_in_before_host", &self.allow_in_before_host)
            .field("watermark", &self.watermark)
            .field("water_mark_type", &self.water_mark_type)
            .field("disable_note_capture", &self.disable_note_capture)
            .field("mute_enable_type_join", &self.mute_enable_type_join)
            .field("hosts", &self.hosts)
            .field("allow_multi_device", &self.allow_multi_device)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Query string of `GET /v1/users/account/statistics`: how the enterprise's account resources are used (获取账号资源统计). Transcribed from the SDK's facts only (no page retrieved): the operator needs the right to view enterprise users (企管用户查看权限). The example follows the fields.
///
/// Generated from `schemas/users/get-user-account-statistics.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetUserAccountStatisticsRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`. The operator needs the right to view enterprise users (用户拥有企管用户查看权限).
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the SDK names).
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
}
impl GetUserAccountStatisticsRequest {
    /// A builder of [`GetUserAccountStatisticsRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetUserAccountStatisticsRequestBuilder {
        builders::GetUserAccountStatisticsRequestBuilder {
            operator_id: builders::missing::get_user_account_statistics_request::operator_id,
            operator_id_type: builders::missing::get_user_account_statistics_request::operator_id_type,
        }
    }
}
impl GetUserAccountStatisticsRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetUserAccountStatisticsRequest {
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
impl crate::Validate for GetUserAccountStatisticsRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/users/account/statistics`: seats and AI accounts, bought and used (获取账号资源统计). Transcribed from the SDK's facts only; the example follows the fields. Lenient: nothing is required and unknown fields are kept.
///
/// Generated from `schemas/users/get-user-account-statistics.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetUserAccountStatisticsResponse {
    /// Number of users now (当前用户数).
    ///
    /// Wire name `user_count`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user_count: ::std::option::Option<i64>,
    /// Seats by kind (账号类型使用对象).
    ///
    /// Wire name `user_account_details`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user_account_details: ::std::option::Option<::std::vec::Vec<UserAccountUsage>>,
    /// AI accounts by kind (AI 账号类型使用对象); business editions do not return it (商业版不返回).
    ///
    /// Wire name `ai_account_details`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ai_account_details: ::std::option::Option<::std::vec::Vec<AiAccountUsage>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl GetUserAccountStatisticsResponse {
    /// A builder of [`GetUserAccountStatisticsResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetUserAccountStatisticsResponseBuilder {
        builders::GetUserAccountStatisticsResponseBuilder {
            user_count: ::std::option::Option::None,
            user_account_details: ::std::option::Option::None,
            ai_account_details: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for GetUserAccountStatisticsResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetUserAccountStatisticsResponse")
            .field("user_count", &self.user_count)
            .field("user_account_details", &self.user_account_details)
            .field("ai_account_details", &self.ai_account_details)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Query string of `GET /v1/users/info/basic`: the basic information of the OAuth 2.0 user calling (获取用户基本信息). Only OAuth 2.0 callers (仅支持 OAuth 2.0鉴权用户), with one of the permissions to view the user's (basic) information. MRA, Rooms and mini-program accounts are not supported (该接口不支持获取 MRA、Rooms、小程序的账号).
///
/// Generated from `schemas/users/get-user-basic-info.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetUserBasicInfoRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`. Must be the openid of the OAuth 2.0 user.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 2 openid, the only type the page documents.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
}
impl GetUserBasicInfoRequest {
    /// A builder of [`GetUserBasicInfoRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetUserBasicInfoRequestBuilder {
        builders::GetUserBasicInfoRequestBuilder {
            operator_id: builders::missing::get_user_basic_info_request::operator_id,
            operator_id_type: builders::missing::get_user_basic_info_request::operator_id_type,
        }
    }
}
impl GetUserBasicInfoRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetUserBasicInfoRequest {
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
impl crate::Validate for GetUserBasicInfoRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/users/info/basic`: the user's basic information (获取用户基本信息). The retrieved page is cut off after `add_on_webinar`; `enable_ai_account`, `ai_account_type` and `phone_status` are the SDK's. The page's example was not retrieved; this one follows the tables. Lenient: nothing is required and unknown fields are kept.
///
/// Generated from `schemas/users/get-user-basic-info.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetUserBasicInfoResponse {
    /// User name (用户昵称).
    ///
    /// Wire name `username`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
    /// Open ID of the enterprise (企业 Open ID); empty for a personal user.
    ///
    /// Wire name `open_corp_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub open_corp_id: ::std::option::Option<::std::string::String>,
    /// Name of the enterprise (企业名称); empty for a personal user.
    ///
    /// Wire name `open_corp_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub open_corp_name: ::std::option::Option<::std::string::String>,
    /// Account state (用户账号状态).
    ///
    /// Wire name `status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<crate::users::UserStatus>,
    /// Address of the avatar (头像地址).
    ///
    /// Wire name `avatar_url`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub avatar_url: ::std::option::Option<::std::string::String>,
    /// Legacy kind of account (账号类型), about to be retired (即将废弃,不建议使用).
    ///
    /// Wire name `account_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub account_type: ::std::option::Option<crate::users::AccountType>,
    /// Edition of the account (账号版本).
    ///
    /// Wire name `account_version`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub account_version: ::std::option::Option<crate::users::AccountVersion>,
    /// Kind of seat the account holds (指定账号类型).
    ///
    /// Wire name `user_account_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user_account_type: ::std::option::Option<crate::users::UserAccountType>,
    /// Room-size upgrade licence held (增强会议体验:房间规模升级许可).
    ///
    /// Wire name `add_on_largemeeting`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub add_on_largemeeting: ::std::option::Option<crate::users::LargeMeetingAddOn>,
    /// Webinar audience-size upgrade licence held (增强会议体验:网络研讨会观众规模升级许可).
    ///
    /// Wire name `add_on_webinar`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub add_on_webinar: ::std::option::Option<crate::users::WebinarAddOn>,
    /// Whether the user has the AI account capability (是否有 AI 账号能力).
    ///
    /// Wire name `enable_ai_account`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_ai_account: ::std::option::Option<bool>,
    /// Kind of AI account held (AI 账号类型).
    ///
    /// Wire name `ai_account_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ai_account_type: ::std::option::Option<crate::users::AiAccountType>,
    /// Whether the phone number is verified (手机号验证状态).
    ///
    /// Wire name `phone_status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone_status: ::std::option::Option<crate::users::PhoneStatus>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl GetUserBasicInfoResponse {
    /// A builder of [`GetUserBasicInfoResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetUserBasicInfoResponseBuilder {
        builders::GetUserBasicInfoResponseBuilder {
            username: ::std::option::Option::None,
            open_corp_id: ::std::option::Option::None,
            open_corp_name: ::std::option::Option::None,
            status: ::std::option::Option::None,
            avatar_url: ::std::option::Option::None,
            account_type: ::std::option::Option::None,
            account_version: ::std::option::Option::None,
            user_account_type: ::std::option::Option::None,
            add_on_largemeeting: ::std::option::Option::None,
            add_on_webinar: ::std::option::Option::None,
            enable_ai_account: ::std::option::Option::None,
            ai_account_type: ::std::option::Option::None,
            phone_status: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for GetUserBasicInfoResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetUserBasicInfoResponse")
            .field("username", &self.username)
            .field("open_corp_id", &self.open_corp_id)
            .field("open_corp_name", &self.open_corp_name)
            .field("status", &self.status)
            .field("avatar_url", &self.avatar_url)
            .field("account_type", &self.account_type)
            .field("account_version", &self.account_version)
            .field("user_account_type", &self.user_account_type)
            .field("add_on_largemeeting", &self.add_on_largemeeting)
            .field("add_on_webinar", &self.add_on_webinar)
            .field("enable_ai_account", &self.enable_ai_account)
            .field("ai_account_type", &self.ai_account_type)
            .field("phone_status", &self.phone_status)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Query string of `GET /v1/users?uuid=`: get an enterprise user by uuid (通过 uuid 获取用户详情). Enterprise-secret callers see the users of their enterprise; OAuth 2.0 is not supported. Only an older copy of the page was found (it names `uuid` alone); `operator_id` and `operator_id_type` are required as the SDK requires them and as the userid form of the current page does. The example is written from the older page's.
///
/// Generated from `schemas/users/get-user-by-uuid.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetUserByUuidRequest {
    /// User identity ID issued by Tencent Meeting for the open platform (用户身份 ID,腾讯会议颁发的用于开放平台的唯一用户 ID).
    ///
    /// Wire name `uuid`, required.
    /// Rules: not empty; not only whitespace.
    pub uuid: ::std::string::String,
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
}
impl GetUserByUuidRequest {
    /// A builder of [`GetUserByUuidRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetUserByUuidRequestBuilder {
        builders::GetUserByUuidRequestBuilder {
            uuid: builders::missing::get_user_by_uuid_request::uuid,
            operator_id: builders::missing::get_user_by_uuid_request::operator_id,
            operator_id_type: builders::missing::get_user_by_uuid_request::operator_id_type,
        }
    }
}
impl GetUserByUuidRequest {
    /// `uuid`: fewest characters (1).
    pub const UUID_MIN_LENGTH: usize = 1usize;
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetUserByUuidRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.uuid;
            let path = crate::validate::FieldPath::child_of(
                at,
                "uuid",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
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
impl crate::Validate for GetUserByUuidRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Path of `GET /v1/users/{userid}`: the user's userid (调用方用于标示用户的唯一 ID), spelt `{userid}` by the page.
///
/// Generated from `schemas/users/get-user.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetUserPath {
    /// The user's userid (调用方用于标示用户的唯一 ID): the enterprise's own unique ID of the user, such as an account name; Chinese is not supported (暂不支持中文).
    ///
    /// Wire name `userid`, required.
    /// Rules: not empty; not only whitespace.
    pub userid: ::std::string::String,
}
impl GetUserPath {
    /// A builder of [`GetUserPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetUserPathBuilder {
        builders::GetUserPathBuilder {
            userid: builders::missing::get_user_path::userid,
        }
    }
    /// A `GetUserPath` with [`userid`](Self::userid) set and every optional field absent.
    pub fn new(userid: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().userid(userid).build()
    }
}
impl GetUserPath {
    /// `userid`: fewest characters (1).
    pub const USERID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetUserPath {
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
impl crate::Validate for GetUserPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Query string of `GET /v1/users/{userid}`: get an enterprise user by userid (通过 userid 获取用户详情). Enterprise-secret callers see the users of their enterprise; OAuth 2.0 callers may not query by userid (暂不支持 OAuth 2.0鉴权用户通过 userid 查询).
///
/// Generated from `schemas/users/get-user.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetUserRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
}
impl GetUserRequest {
    /// A builder of [`GetUserRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetUserRequestBuilder {
        builders::GetUserRequestBuilder {
            operator_id: builders::missing::get_user_request::operator_id,
            operator_id_type: builders::missing::get_user_request::operator_id_type,
        }
    }
}
impl GetUserRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetUserRequest {
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
impl crate::Validate for GetUserRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/users/{userid}` or `GET /v1/users?uuid=`: the details of an enterprise user (获取用户详情). The retrieved page is cut off after `user_account_type`: `add_on_largemeeting` and `add_on_webinar` are typed as on the sibling pages, `enable_ai_account`, `ai_account_type` and `phone_status` come from the SDK. The example is the older page's, with a full-width comma fixed. Lenient: nothing is required and unknown fields are kept.
///
/// Generated from `schemas/users/get-user.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetUserResponse {
    /// The unique ID the caller gives the user (调用方用于标识用户的唯一 ID).
    ///
    /// Wire name `userid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userid: ::std::option::Option<::std::string::String>,
    /// User identity ID issued by Tencent Meeting for the open platform (用户身份 ID).
    ///
    /// Wire name `uuid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub uuid: ::std::option::Option<::std::string::String>,
    /// User name (用户昵称).
    ///
    /// Wire name `username`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
    /// When the user was last updated (更新时间), `yyyy-MM-dd HH:mm:ss`.
    ///
    /// Wire name `update_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub update_time: ::std::option::Option<::std::string::String>,
    /// User state (用户状态).
    ///
    /// Wire name `status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<crate::users::UserStatus>,
    /// Email address (邮箱地址).
    ///
    /// Wire name `email`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    /// Address of the avatar (头像地址).
    ///
    /// Wire name `avatar_url`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub avatar_url: ::std::option::Option<::std::string::String>,
    /// Legacy kind of account (账号类型): 0 personal free, 5 created through WeCom, other values paid editions.
    ///
    /// Wire name `account_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub account_type: ::std::option::Option<crate::users::AccountType>,
    /// The employee's phone number (企业员工手机号码).
    ///
    /// Wire name `phone`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone: ::std::option::Option<::std::string::String>,
    /// Area code (地区编码), 86 for mainland China (中国内地默认86).
    ///
    /// Wire name `area`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub area: ::std::option::Option<::std::string::String>,
    /// Employee number (员工工号).
    ///
    /// Wire name `staff_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub staff_id: ::std::option::Option<::std::string::String>,
    /// Job title (员工职位).
    ///
    /// Wire name `job_title`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub job_title: ::std::option::Option<::std::string::String>,
    /// Date the employee joined (入职时间), as text.
    ///
    /// Wire name `entry_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub entry_time: ::std::option::Option<::std::string::String>,
    /// Name of the user's role (角色名称).
    ///
    /// Wire name `role_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub role_name: ::std::option::Option<::std::string::String>,
    /// Code of the user's role (角色类型).
    ///
    /// Wire name `role_code`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub role_code: ::std::option::Option<::std::string::String>,
    /// The user's departments (用户部门信息).
    ///
    /// Wire name `department_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub department_list: ::std::option::Option<::std::vec::Vec<UserDepartment>>,
    /// Edition of the account (账号版本).
    ///
    /// Wire name `account_version`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub account_version: ::std::option::Option<crate::users::AccountVersion>,
    /// Kind of seat the account holds (账号类型); 2.0 editions only return 2 and 9.
    ///
    /// Wire name `user_account_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user_account_type: ::std::option::Option<crate::users::UserAccountType>,
    /// Room-size upgrade licence held (增强会议体验:房间规模升级许可).
    ///
    /// Wire name `add_on_largemeeting`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub add_on_largemeeting: ::std::option::Option<crate::users::LargeMeetingAddOn>,
    /// Webinar audience-size upgrade licence held (增强会议体验:网络研讨会观众规模升级许可).
    ///
    /// Wire name `add_on_webinar`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub add_on_webinar: ::std::option::Option<crate::users::WebinarAddOn>,
    /// Whether the user has the AI account capability (是否有 AI 账号能力).
    ///
    /// Wire name `enable_ai_account`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_ai_account: ::std::option::Option<bool>,
    /// Kind of AI account held (AI 账号类型).
    ///
    /// Wire name `ai_account_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ai_account_type: ::std::option::Option<crate::users::AiAccountType>,
    /// Whether the phone number is verified (手机号验证状态).
    ///
    /// Wire name `phone_status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone_status: ::std::option::Option<crate::users::PhoneStatus>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl GetUserResponse {
    /// A builder of [`GetUserResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetUserResponseBuilder {
        builders::GetUserResponseBuilder {
            userid: ::std::option::Option::None,
            uuid: ::std::option::Option::None,
            username: ::std::option::Option::None,
            update_time: ::std::option::Option::None,
            status: ::std::option::Option::None,
            email: ::std::option::Option::None,
            avatar_url: ::std::option::Option::None,
            account_type: ::std::option::Option::None,
            phone: ::std::option::Option::None,
            area: ::std::option::Option::None,
            staff_id: ::std::option::Option::None,
            job_title: ::std::option::Option::None,
            entry_time: ::std::option::Option::None,
            role_name: ::std::option::Option::None,
            role_code: ::std::option::Option::None,
            department_list: ::std::option::Option::None,
            account_version: ::std::option::Option::None,
            user_account_type: ::std::option::Option::None,
            add_on_largemeeting: ::std::option::Option::None,
            add_on_webinar: ::std::option::Option::None,
            enable_ai_account: ::std::option::Option::None,
            ai_account_type: ::std::option::Option::None,
            phone_status: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for GetUserResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetUserResponse")
            .field("userid", &self.userid)
            .field("uuid", &self.uuid)
            .field("username", &self.username)
            .field("update_time", &self.update_time)
            .field("status", &self.status)
            .field("email", &self.email)
            .field("avatar_url", &self.avatar_url)
            .field("account_type", &self.account_type)
            .field("phone", &self.phone)
            .field("area", &self.area)
            .field("staff_id", &self.staff_id)
            .field("job_title", &self.job_title)
            .field("entry_time", &self.entry_time)
            .field("role_name", &self.role_name)
            .field("role_code", &self.role_code)
            .field("department_list", &self.department_list)
            .field("account_version", &self.account_version)
            .field("user_account_type", &self.user_account_type)
            .field("add_on_largemeeting", &self.add_on_largemeeting)
            .field("add_on_webinar", &self.add_on_webinar)
            .field("enable_ai_account", &self.enable_ai_account)
            .field("ai_account_type", &self.ai_account_type)
            .field("phone_status", &self.phone_status)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Body of `POST /v1/users/invite-auth`: verification links for accounts not verified yet (获取用户验证链接). A link is valid 48 hours; each call makes new links and the old ones stay valid. Accounts without a bound phone number cannot (如果没有绑定手机号,不支持调用); each userid may get 10 links a day (每个 userid 每天可获取10次验证链接). AK/SK authentication. The page's example misses a comma after `operator_id_type`: fixed here.
///
/// Generated from `schemas/users/get-verification-links.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetVerificationLinksRequest {
    /// userids of accounts not verified yet (未验证 userid 列表), at most 20 per call (最多一次支持传20个; the SDK says 100: the page wins).
    ///
    /// Wire name `userid_list`, required.
    /// Rules: 1 to 20 entries; each entry not empty, not only whitespace.
    pub userid_list: ::std::vec::Vec<::std::string::String>,
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
}
impl GetVerificationLinksRequest {
    /// A builder of [`GetVerificationLinksRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetVerificationLinksRequestBuilder {
        builders::GetVerificationLinksRequestBuilder {
            userid_list: builders::missing::get_verification_links_request::userid_list,
            operator_id: builders::missing::get_verification_links_request::operator_id,
            operator_id_type: builders::missing::get_verification_links_request::operator_id_type,
        }
    }
}
impl GetVerificationLinksRequest {
    /// `userid_list`: fewest entries (1).
    pub const USERID_LIST_MIN_ITEMS: usize = 1usize;
    /// `userid_list`: most entries (20).
    pub const USERID_LIST_MAX_ITEMS: usize = 20usize;
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetVerificationLinksRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.userid_list;
            let path = crate::validate::FieldPath::child_of(
                at,
                "userid_list",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::count(value.len(), 1usize, 20usize))?;
            for (index, item) in value.iter().enumerate() {
                let path = path.index(index);
                path.check(crate::validate::rules::non_empty(item))?;
                path.check(crate::validate::rules::not_blank(item))?;
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
impl crate::Validate for GetVerificationLinksRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `POST /v1/users/invite-auth`: the verification links, and the accounts for which none could be made (获取用户验证链接). Lenient: nothing is required and unknown fields are kept.
///
/// Generated from `schemas/users/get-verification-links.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetVerificationLinksResponse {
    /// The accounts not verified and their links (未验证用户对象列表).
    ///
    /// Wire name `auth_user_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub auth_user_list: ::std::option::Option<::std::vec::Vec<VerificationLink>>,
    /// The accounts for which no link could be made (获取验证链接失败的列表).
    ///
    /// Wire name `error_user_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error_user_list: ::std::option::Option<::std::vec::Vec<VerificationLinkFailure>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl GetVerificationLinksResponse {
    /// A builder of [`GetVerificationLinksResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetVerificationLinksResponseBuilder {
        builders::GetVerificationLinksResponseBuilder {
            auth_user_list: ::std::option::Option::None,
            error_user_list: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for GetVerificationLinksResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetVerificationLinksResponse")
            .field("auth_user_list", &self.auth_user_list)
            .field("error_user_list", &self.error_user_list)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Query string of `GET /v1/users/advance/list`: list the enterprise's users with filters (获取用户列表(新)), by cursor: pass the answer's `next_pos` as `pos` until `has_remaining` is false. Not for WeCom enterprises (企微企业不支持). OAuth 2.0 is not supported. The page has no example; this one follows the tables.
///
/// Generated from `schemas/users/list-users-advanced.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct ListUsersAdvancedRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 类型); the page lists no values.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// Where the page starts (分页获取用户列表的查询起始位置值): empty or absent starts from the beginning; then the previous answer's `next_pos`.
    ///
    /// Wire name `pos`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pos: ::std::option::Option<::std::string::String>,
    /// Users per page (每页数量), at most 100 (目前每页支持最大100条).
    ///
    /// Wire name `size`, optional.
    /// Rules: at most 100.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub size: ::std::option::Option<i64>,
    /// Only users in this state (账号状态): 1 normal, 3 not activated, 4 disabled.
    ///
    /// Wire name `status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<crate::users::UserStatusFilter>,
    /// Only users with this kind of seat (账号类型): 1 premium, 2 free.
    ///
    /// Wire name `user_account_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user_account_type: ::std::option::Option<crate::users::UserAccountTypeFilter>,
    /// Only users with (`true`) or without (`false`) the AI account capability (是否有 AI 账号能力).
    ///
    /// Wire name `enable_ai_account`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_ai_account: ::std::option::Option<bool>,
    /// Only users of this department (指定拉取的部门); absent: the whole enterprise. The caller needs management rights over that scope.
    ///
    /// Wire name `department_id`, optional.
    /// Rules: not empty.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub department_id: ::std::option::Option<::std::string::String>,
}
impl ListUsersAdvancedRequest {
    /// A builder of [`ListUsersAdvancedRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ListUsersAdvancedRequestBuilder {
        builders::ListUsersAdvancedRequestBuilder {
            operator_id: builders::missing::list_users_advanced_request::operator_id,
            operator_id_type: builders::missing::list_users_advanced_request::operator_id_type,
            pos: ::std::option::Option::None,
            size: ::std::option::Option::None,
            status: ::std::option::Option::None,
            user_account_type: ::std::option::Option::None,
            enable_ai_account: ::std::option::Option::None,
            department_id: ::std::option::Option::None,
        }
    }
}
impl ListUsersAdvancedRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `size`: the largest value (100).
    pub const SIZE_MAXIMUM: i64 = 100i64;
    /// `department_id`: fewest characters (1).
    pub const DEPARTMENT_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for ListUsersAdvancedRequest {
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
        if let ::std::option::Option::Some(value) = &self.size {
            let path = crate::validate::FieldPath::child_of(
                at,
                "size",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, i64::MIN, 100i64))?;
        }
        if let ::std::option::Option::Some(value) = &self.department_id {
            let path = crate::validate::FieldPath::child_of(
                at,
                "department_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for ListUsersAdvancedRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/users/advance/list`: one page of the enterprise's users (获取用户列表(新)). The retrieved page is cut off inside the user object's table; the rest of its fields are the SDK's. The page has no example; this one follows the tables. Lenient: nothing is required and unknown fields are kept.
///
/// Generated from `schemas/users/list-users-advanced.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct ListUsersAdvancedResponse {
    /// Whether more users remain to fetch (是否还需要继续拉取).
    ///
    /// Wire name `has_remaining`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub has_remaining: ::std::option::Option<bool>,
    /// The `pos` of the next call (下一次查询 pos 位置).
    ///
    /// Wire name `next_pos`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub next_pos: ::std::option::Option<::std::string::String>,
    /// The users of this page (用户列表).
    ///
    /// Wire name `users`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub users: ::std::option::Option<::std::vec::Vec<UserInfo>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl ListUsersAdvancedResponse {
    /// A builder of [`ListUsersAdvancedResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ListUsersAdvancedResponseBuilder {
        builders::ListUsersAdvancedResponseBuilder {
            has_remaining: ::std::option::Option::None,
            next_pos: ::std::option::Option::None,
            users: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for ListUsersAdvancedResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListUsersAdvancedResponse")
            .field("has_remaining", &self.has_remaining)
            .field("next_pos", &self.next_pos)
            .field("users", &self.users)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Query string of `GET /v1/users/list`: list the enterprise's users page by page (获取用户列表). OAuth 2.0 is not supported.
///
/// Generated from `schemas/users/list-users.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct ListUsersRequest {
    /// Page number (当前页), from 1 (大于等于1).
    ///
    /// Wire name `page`, required.
    /// Rules: at least 1.
    pub page: i64,
    /// Users per page (分页大小), at most 20 (最大为20).
    ///
    /// Wire name `page_size`, required.
    /// Rules: at most 20.
    pub page_size: i64,
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
}
impl ListUsersRequest {
    /// A builder of [`ListUsersRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ListUsersRequestBuilder {
        builders::ListUsersRequestBuilder {
            page: builders::missing::list_users_request::page,
            page_size: builders::missing::list_users_request::page_size,
            operator_id: builders::missing::list_users_request::operator_id,
            operator_id_type: builders::missing::list_users_request::operator_id_type,
        }
    }
}
impl ListUsersRequest {
    /// `page`: the smallest value (1).
    pub const PAGE_MINIMUM: i64 = 1i64;
    /// `page_size`: the largest value (20).
    pub const PAGE_SIZE_MAXIMUM: i64 = 20i64;
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for ListUsersRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.page;
            let path = crate::validate::FieldPath::child_of(
                at,
                "page",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 1i64, i64::MAX))?;
        }
        {
            let value = &self.page_size;
            let path = crate::validate::FieldPath::child_of(
                at,
                "page_size",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, i64::MIN, 20i64))?;
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
impl crate::Validate for ListUsersRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/users/list`: one page of the enterprise's users (获取用户列表). It has no `total_page`: the pages end when `current_page` \* `page_size` reaches `total_count`. The example is the older page's. Lenient: nothing is required and unknown fields are kept.
///
/// Generated from `schemas/users/list-users.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct ListUsersResponse {
    /// Number of users in all pages (总数).
    ///
    /// Wire name `total_count`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total_count: ::std::option::Option<i64>,
    /// Number of users on this page (当前页实际大小).
    ///
    /// Wire name `current_size`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub current_size: ::std::option::Option<i64>,
    /// This page's number (当前页数).
    ///
    /// Wire name `current_page`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub current_page: ::std::option::Option<i64>,
    /// Page size (分页大小).
    ///
    /// Wire name `page_size`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page_size: ::std::option::Option<i64>,
    /// The users of this page (用户对象列表).
    ///
    /// Wire name `users`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub users: ::std::option::Option<::std::vec::Vec<UserInfo>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl ListUsersResponse {
    /// A builder of [`ListUsersResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ListUsersResponseBuilder {
        builders::ListUsersResponseBuilder {
            total_count: ::std::option::Option::None,
            current_size: ::std::option::Option::None,
            current_page: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            users: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for ListUsersResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListUsersResponse")
            .field("total_count", &self.total_count)
            .field("current_size", &self.current_size)
            .field("current_page", &self.current_page)
            .field("page_size", &self.page_size)
            .field("users", &self.users)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// An open_id and the userid it converts to (Userid 对象).
///
/// Generated from `schemas/users/convert-open-ids.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct OpenIdUserid {
    /// The open_id converted (需要转换的 open_id).
    ///
    /// Wire name `open_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub open_id: ::std::option::Option<::std::string::String>,
    /// The userid of the same user in the caller's enterprise (该 open_id 所对应的本企业下用户的 userid).
    ///
    /// Wire name `userid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userid: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl OpenIdUserid {
    /// A builder of [`OpenIdUserid`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::OpenIdUseridBuilder {
        builders::OpenIdUseridBuilder {
            open_id: ::std::option::Option::None,
            userid: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for OpenIdUserid {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OpenIdUserid")
            .field("open_id", &self.open_id)
            .field("userid", &self.userid)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
///A designated host of the personal meeting ID (指定主持人) as read back: the page lists userid strings (String[]), the SDK objects with a `userid`; both are accepted.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[serde(untagged)]
pub enum PmiHost {
    /// A host's userid (指定主持人 userid).
    Userid(::std::string::String),
    /// The `PmiHostInfo` form.
    PmiHostInfo(PmiHostInfo),
}
impl ::std::convert::From<PmiHostInfo> for PmiHost {
    fn from(value: PmiHostInfo) -> Self {
        Self::PmiHostInfo(value)
    }
}
/// A designated host as an object (the SDK's form).
///
/// Generated from `schemas/users/get-pmi-config.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct PmiHostInfo {
    /// The host's userid (主持人 userid).
    ///
    /// Wire name `userid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userid: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl PmiHostInfo {
    /// A builder of [`PmiHostInfo`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::PmiHostInfoBuilder {
        builders::PmiHostInfoBuilder {
            userid: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for PmiHostInfo {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PmiHostInfo")
            .field("userid", &self.userid)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
///A designated host to set (指定主持人): a userid string (the page) or an object (the SDK).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[serde(untagged)]
pub enum PmiHostSetting {
    /// A host's userid (指定主持人 userid).
    Userid(::std::string::String),
    /// The `PmiHostUser` form.
    PmiHostUser(PmiHostUser),
}
impl crate::validate::ValidateAt for PmiHostSetting {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        match self {
            Self::Userid(value) => {
                match at {
                    ::std::option::Option::Some(path) => {
                        path.check(crate::validate::rules::non_empty(value))
                    }
                    ::std::option::Option::None => ::std::result::Result::Ok(()),
                }
            }
            Self::PmiHostUser(value) => {
                crate::validate::ValidateAt::validate_at(value, at)
            }
        }
    }
}
impl ::std::convert::From<PmiHostUser> for PmiHostSetting {
    fn from(value: PmiHostUser) -> Self {
        Self::PmiHostUser(value)
    }
}
/// A designated host as an object: the SDK's form, not on the page.
///
/// Generated from `schemas/users/update-pmi-config.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct PmiHostUser {
    /// The host's userid (用户 ID).
    ///
    /// Wire name `userid`, optional.
    /// Rules: not empty.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userid: ::std::option::Option<::std::string::String>,
    /// ID of the host (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, optional.
    /// Rules: not empty.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator_id: ::std::option::Option<::std::string::String>,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, 3 rooms_id, 4 ms_open_id.
    ///
    /// Wire name `operator_id_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator_id_type: ::std::option::Option<crate::OperatorIdType>,
    /// Whether the host joins anonymously (用户是否匿名入会), false when absent.
    ///
    /// Wire name `is_anonymous`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub is_anonymous: ::std::option::Option<bool>,
    /// Anonymous display name (用户匿名字符串); without one the service gives a default such as 会议用户xxxx.
    ///
    /// Wire name `nick_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub nick_name: ::std::option::Option<::std::string::String>,
    /// Address of the avatar (头像地址).
    ///
    /// Wire name `profile_photo`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub profile_photo: ::std::option::Option<::std::string::String>,
}
impl PmiHostUser {
    /// A builder of [`PmiHostUser`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::PmiHostUserBuilder {
        builders::PmiHostUserBuilder {
            userid: ::std::option::Option::None,
            operator_id: ::std::option::Option::None,
            operator_id_type: ::std::option::Option::None,
            is_anonymous: ::std::option::Option::None,
            nick_name: ::std::option::Option::None,
            profile_photo: ::std::option::Option::None,
        }
    }
}
impl PmiHostUser {
    /// `userid`: fewest characters (1).
    pub const USERID_MIN_LENGTH: usize = 1usize;
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for PmiHostUser {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.userid {
            let path = crate::validate::FieldPath::child_of(
                at,
                "userid",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        if let ::std::option::Option::Some(value) = &self.operator_id {
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
impl crate::Validate for PmiHostUser {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Path of `PUT /v1/users/{userid}/invite-activate`: the user's userid (调用方用于标示用户的唯一 ID), spelt `{userid}` by the page.
///
/// Generated from `schemas/users/send-activation-invite.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SendActivationInvitePath {
    /// The user's userid (调用方用于标示用户的唯一 ID): the enterprise's own unique ID of the user, such as an account name; Chinese is not supported (暂不支持中文).
    ///
    /// Wire name `userid`, required.
    /// Rules: not empty; not only whitespace.
    pub userid: ::std::string::String,
}
impl SendActivationInvitePath {
    /// A builder of [`SendActivationInvitePath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SendActivationInvitePathBuilder {
        builders::SendActivationInvitePathBuilder {
            userid: builders::missing::send_activation_invite_path::userid,
        }
    }
    /// A `SendActivationInvitePath` with [`userid`](Self::userid) set and every optional field absent.
    pub fn new(userid: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().userid(userid).build()
    }
}
impl SendActivationInvitePath {
    /// `userid`: fewest characters (1).
    pub const USERID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SendActivationInvitePath {
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
impl crate::Validate for SendActivationInvitePath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Query string of `PUT /v1/users/{userid}/invite-activate` (a PUT with no body): send the user an activation SMS or email (发送用户激活邀请): SMS for users created with a phone number, email for users created with an email. Only users not activated yet (仅未激活的用户); one invitation a day per phone number or email (每个手机号或邮箱一天只能发送一次邀请, 15101). AK/SK authentication.
///
/// Generated from `schemas/users/send-activation-invite.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SendActivationInviteRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
}
impl SendActivationInviteRequest {
    /// A builder of [`SendActivationInviteRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SendActivationInviteRequestBuilder {
        builders::SendActivationInviteRequestBuilder {
            operator_id: builders::missing::send_activation_invite_request::operator_id,
            operator_id_type: builders::missing::send_activation_invite_request::operator_id_type,
        }
    }
}
impl SendActivationInviteRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SendActivationInviteRequest {
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
impl crate::Validate for SendActivationInviteRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Path of `PUT /v1/users/{userid}/invite-auth`: the user's userid (调用方用于标示用户的唯一 ID), spelt `{userid}` by the page.
///
/// Generated from `schemas/users/send-verification-sms.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SendVerificationSmsPath {
    /// The user's userid (调用方用于标示用户的唯一 ID): the enterprise's own unique ID of the user, such as an account name; Chinese is not supported (暂不支持中文).
    ///
    /// Wire name `userid`, required.
    /// Rules: not empty; not only whitespace.
    pub userid: ::std::string::String,
}
impl SendVerificationSmsPath {
    /// A builder of [`SendVerificationSmsPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SendVerificationSmsPathBuilder {
        builders::SendVerificationSmsPathBuilder {
            userid: builders::missing::send_verification_sms_path::userid,
        }
    }
    /// A `SendVerificationSmsPath` with [`userid`](Self::userid) set and every optional field absent.
    pub fn new(userid: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().userid(userid).build()
    }
}
impl SendVerificationSmsPath {
    /// `userid`: fewest characters (1).
    pub const USERID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SendVerificationSmsPath {
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
impl crate::Validate for SendVerificationSmsPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `PUT /v1/users/{userid}/invite-auth`: send the user a verification SMS (发送用户验证短信); once the member confirms, the account is verified. Only activated users (仅已激活的用户); one invitation a day per phone number (每个手机号一天只能发送一次邀请验证, 500119). AK/SK authentication.
///
/// Generated from `schemas/users/send-verification-sms.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SendVerificationSmsRequest {
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
}
impl SendVerificationSmsRequest {
    /// A builder of [`SendVerificationSmsRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SendVerificationSmsRequestBuilder {
        builders::SendVerificationSmsRequestBuilder {
            operator_id_type: builders::missing::send_verification_sms_request::operator_id_type,
            operator_id: builders::missing::send_verification_sms_request::operator_id,
        }
    }
}
impl SendVerificationSmsRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SendVerificationSmsRequest {
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
impl crate::Validate for SendVerificationSmsRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `POST /v1/users/account/ai-account`: give a user of the enterprise the AI account capability (设置 AI 账号能力). AK/SK authentication (鉴权方式:AK/SK 鉴权). The page's example posts to `/v1/users/ai-account`, a slip for the path it documents.
///
/// Generated from `schemas/users/set-user-ai-account.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SetUserAiAccountRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`. The operator needs the right to manage enterprise users (企管用户管理权限).
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// ID of the user whose AI capability changes (被操作者 ID); only premium accounts of the enterprise and education editions may be given one (仅支持企业版/教育版高级账号被设置).
    ///
    /// Wire name `to_operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub to_operator_id: ::std::string::String,
    /// Type of `to_operator_id` (被操作者 ID 类型): 1 userid, the only type documented.
    ///
    /// Wire name `to_operator_id_type`, required.
    pub to_operator_id_type: crate::OperatorIdType,
    /// Kind of AI account to give (AI 账号类型): 1 purchased, 2 gifted; absent: gifted first, then purchased (按拥有的赠送版,购买版顺序分配). 0 (no account) is not a value to send.
    ///
    /// Wire name `ai_account_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ai_account_type: ::std::option::Option<crate::users::AiAccountType>,
}
impl SetUserAiAccountRequest {
    /// A builder of [`SetUserAiAccountRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SetUserAiAccountRequestBuilder {
        builders::SetUserAiAccountRequestBuilder {
            operator_id: builders::missing::set_user_ai_account_request::operator_id,
            operator_id_type: builders::missing::set_user_ai_account_request::operator_id_type,
            to_operator_id: builders::missing::set_user_ai_account_request::to_operator_id,
            to_operator_id_type: builders::missing::set_user_ai_account_request::to_operator_id_type,
            ai_account_type: ::std::option::Option::None,
        }
    }
}
impl SetUserAiAccountRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `to_operator_id`: fewest characters (1).
    pub const TO_OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SetUserAiAccountRequest {
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
            let value = &self.to_operator_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "to_operator_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for SetUserAiAccountRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Path of `PUT /v1/users/{userid}/enable`: the user's userid (调用方用于标示用户的唯一 ID), spelt `{userid}` by the page.
///
/// Generated from `schemas/users/set-user-enabled.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SetUserEnabledPath {
    /// The user's userid (调用方用于标示用户的唯一 ID): the enterprise's own unique ID of the user, such as an account name; Chinese is not supported (暂不支持中文).
    ///
    /// Wire name `userid`, required.
    /// Rules: not empty; not only whitespace.
    pub userid: ::std::string::String,
}
impl SetUserEnabledPath {
    /// A builder of [`SetUserEnabledPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SetUserEnabledPathBuilder {
        builders::SetUserEnabledPathBuilder {
            userid: builders::missing::set_user_enabled_path::userid,
        }
    }
    /// A `SetUserEnabledPath` with [`userid`](Self::userid) set and every optional field absent.
    pub fn new(userid: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().userid(userid).build()
    }
}
impl SetUserEnabledPath {
    /// `userid`: fewest characters (1).
    pub const USERID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SetUserEnabledPath {
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
impl crate::Validate for SetUserEnabledPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `PUT /v1/users/{userid}/enable`: enable or disable a user of the enterprise (启用与禁用用户). Users missing or not activated cannot be (60005). AK/SK authentication. The page lists `operator_id` and `operator_id_type` in its path-parameter table and `enable` in a Body table; the SDK and the page's example send all three in the body.
///
/// Generated from `schemas/users/set-user-enabled.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SetUserEnabledRequest {
    /// `true` to enable the user, `false` to disable (是否启用用户).
    ///
    /// Wire name `enable`, required.
    pub enable: bool,
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
}
impl SetUserEnabledRequest {
    /// A builder of [`SetUserEnabledRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SetUserEnabledRequestBuilder {
        builders::SetUserEnabledRequestBuilder {
            enable: builders::missing::set_user_enabled_request::enable,
            operator_id: builders::missing::set_user_enabled_request::operator_id,
            operator_id_type: builders::missing::set_user_enabled_request::operator_id_type,
        }
    }
}
impl SetUserEnabledRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SetUserEnabledRequest {
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
impl crate::Validate for SetUserEnabledRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `POST /v1/users/delete-transfer`: hand a deleted user's assets (past cloud recordings, upcoming meetings) to a member still in the enterprise, or delete them for good (用户资产转移). Only users already deleted (仅支持操作已经被删除的用户). OAuth 2.0 is not supported. The page's example misses a comma after `transfer_data` and has one after the last field: fixed here.
///
/// Generated from `schemas/users/transfer-deleted-user-assets.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct TransferDeletedUserAssetsRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`. With `operator_id_type` 2 it must equal the openid of the common parameters.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// ID of the deleted user (被操作者 ID,这里指被删除的用户).
    ///
    /// Wire name `to_operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub to_operator_id: ::std::string::String,
    /// Type of `to_operator_id` (被操作者 ID 的类型): 1 userid, the only type the page documents.
    ///
    /// Wire name `to_operator_id_type`, required.
    pub to_operator_id_type: crate::OperatorIdType,
    /// What to do with the data (删除用户的数据处理方式): "1" delete for good, "2" transfer; "1" when absent (不传时默认为1).
    ///
    /// Wire name `data_process`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data_process: ::std::option::Option<crate::users::UserDataProcess>,
    /// Which data to transfer (转移的具体数据), when `data_process` is "2": "0" all, "1" cloud recordings, "2" meetings; "0" when absent.
    ///
    /// Wire name `transfer_data`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub transfer_data: ::std::option::Option<crate::users::TransferDataScope>,
    /// Type of `receiver_id` (数据接收者 ID 的类型): 1 userid, the only type the page documents.
    ///
    /// Wire name `receiver_id_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub receiver_id_type: ::std::option::Option<crate::OperatorIdType>,
    /// ID of the member receiving the data (数据接收者的 ID), when `data_process` is "2"; an unknown userid is an error.
    ///
    /// Wire name `receiver_id`, optional.
    /// Rules: not empty; not only whitespace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub receiver_id: ::std::option::Option<::std::string::String>,
}
impl TransferDeletedUserAssetsRequest {
    /// A builder of [`TransferDeletedUserAssetsRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::TransferDeletedUserAssetsRequestBuilder {
        builders::TransferDeletedUserAssetsRequestBuilder {
            operator_id: builders::missing::transfer_deleted_user_assets_request::operator_id,
            operator_id_type: builders::missing::transfer_deleted_user_assets_request::operator_id_type,
            to_operator_id: builders::missing::transfer_deleted_user_assets_request::to_operator_id,
            to_operator_id_type: builders::missing::transfer_deleted_user_assets_request::to_operator_id_type,
            data_process: ::std::option::Option::None,
            transfer_data: ::std::option::Option::None,
            receiver_id_type: ::std::option::Option::None,
            receiver_id: ::std::option::Option::None,
        }
    }
}
impl TransferDeletedUserAssetsRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `to_operator_id`: fewest characters (1).
    pub const TO_OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `receiver_id`: fewest characters (1).
    pub const RECEIVER_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for TransferDeletedUserAssetsRequest {
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
            let value = &self.to_operator_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "to_operator_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        if let ::std::option::Option::Some(value) = &self.receiver_id {
            let path = crate::validate::FieldPath::child_of(
                at,
                "receiver_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for TransferDeletedUserAssetsRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `PUT /v1/pmi-meetings/pmi-config`: change the personal meeting ID settings of a user (修改个人会议号配置信息). Only enterprise-secret callers; OAuth 2.0 is not supported. The page's example was not retrieved; this one follows the table.
///
/// Generated from `schemas/users/update-pmi-config.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Eq, PartialEq)]
#[non_exhaustive]
pub struct UpdatePmiConfigRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`. The user whose settings change (用户的 ID).
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// Device type of the user (用户的终端设备类型).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
    /// Name of the personal meeting room (个人会议室名称): at most 18 Chinese characters or 36 letters (最大支持18个汉字或36个英文字母); 36 characters are checked, the service applies the rest.
    ///
    /// Wire name `pmi_name`, optional.
    /// Rules: at most 36 characters.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pmi_name: ::std::option::Option<::std::string::String>,
    /// Whether a password is needed (是否需要密码).
    ///
    /// Wire name `enable_password`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_password: ::std::option::Option<bool>,
    /// Password to join (入会密码), used when `enable_password` is true.
    ///
    /// Wire name `pmi_password`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pmi_password: ::std::option::Option<::std::string::String>,
    /// Whether the waiting room is on (是否开启等候室).
    ///
    /// Wire name `auto_in_waiting_room`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub auto_in_waiting_room: ::std::option::Option<bool>,
    /// Whether the meeting watermark is on (是否开启会议水印).
    ///
    /// Wire name `watermark`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub watermark: ::std::option::Option<bool>,
    /// Watermark style (水印样式), used when `watermark` is true.
    ///
    /// Wire name `water_mark_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub water_mark_type: ::std::option::Option<crate::WaterMarkType>,
    /// Whether screenshots of notes are forbidden (禁止笔记截屏), used when `watermark` is true.
    ///
    /// Wire name `disable_note_capture`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub disable_note_capture: ::std::option::Option<bool>,
    /// Whether only members of the enterprise may join (是否仅企业内部成员可入会).
    ///
    /// Wire name `only_enterprise_user_allowed`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub only_enterprise_user_allowed: ::std::option::Option<bool>,
    /// Whether members may join before the host (是否允许成员在主持人进会前加入会议).
    ///
    /// Wire name `allow_in_before_host`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_in_before_host: ::std::option::Option<bool>,
    /// Muting on entry (成员入会静音选项).
    ///
    /// Wire name `mute_enable_type_join`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mute_enable_type_join: ::std::option::Option<crate::MuteOnJoin>,
    /// Designated hosts (指定主持人 userid 列表): the page types them as userid strings, the SDK as objects; both are accepted.
    ///
    /// Wire name `hosts`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub hosts: ::std::option::Option<::std::vec::Vec<PmiHostSetting>>,
    /// Whether members may join from several devices (是否允许成员多端入会).
    ///
    /// Wire name `allow_multi_device`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_multi_device: ::std::option::Option<bool>,
}
impl UpdatePmiConfigRequest {
    /// A builder of [`UpdatePmiConfigRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::UpdatePmiConfigRequestBuilder {
        builders::UpdatePmiConfigRequestBuilder {
            operator_id: builders::missing::update_pmi_config_request::operator_id,
            operator_id_type: builders::missing::update_pmi_config_request::operator_id_type,
            instanceid: builders::missing::update_pmi_config_request::instanceid,
            pmi_name: ::std::option::Option::None,
            enable_password: ::std::option::Option::None,
            pmi_password: ::std::option::Option::None,
            auto_in_waiting_room: ::std::option::Option::None,
            watermark: ::std::option::Option::None,
            water_mark_type: ::std::option::Option::None,
            disable_note_capture: ::std::option::Option::None,
            only_enterprise_user_allowed: ::std::option::Option::None,
            allow_in_before_host: ::std::option::Option::None,
            mute_enable_type_join: ::std::option::Option::None,
            hosts: ::std::option::Option::None,
            allow_multi_device: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for UpdatePmiConfigRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdatePmiConfigRequest")
            .field("operator_id", &self.operator_id)
            .field("operator_id_type", &self.operator_id_type)
            .field("instanceid", &self.instanceid)
            .field("pmi_name", &self.pmi_name)
            .field("enable_password", &self.enable_password)
            .field(
                "pmi_password",
                &self.pmi_password.as_ref().map(|_| crate::redacted::Redacted),
            )
            .field("auto_in_waiting_room", &self.auto_in_waiting_room)
            .field("watermark", &self.watermark)
            .field("water_mark_type", &self.water_mark_type)
            .field("disable_note_capture", &self.disable_note_capture)
            .field("only_enterprise_user_allowed", &self.only_enterprise_user_allowed)
            .field("allow_in_before_host", &self.allow_in_before_host)
            .field("mute_enable_type_join", &self.mute_enable_type_join)
            .field("hosts", &self.hosts)
            .field("allow_multi_device", &self.allow_multi_device)
            .finish()
    }
}
impl UpdatePmiConfigRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `pmi_name`: most characters (36).
    pub const PMI_NAME_MAX_LENGTH: usize = 36usize;
}
impl crate::validate::ValidateAt for UpdatePmiConfigRequest {
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
        if let ::std::option::Option::Some(value) = &self.pmi_name {
            let path = crate::validate::FieldPath::child_of(
                at,
                "pmi_name",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::char_count(value, 0usize, 36usize))?;
        }
        if let ::std::option::Option::Some(value) = &self.hosts {
            let path = crate::validate::FieldPath::child_of(
                at,
                "hosts",
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
impl crate::Validate for UpdatePmiConfigRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Request of `PUT /v1/users?uuid=`: update an enterprise user by uuid (通过 uuid 更新用户): `uuid` in the query string, the rest as a JSON body. OAuth 2.0 is not supported. Only an older copy of the page was found; `operator_id` and `operator_id_type` are required as the SDK requires them. The example is the older page's, with the operator added.
///
/// Generated from `schemas/users/update-user-by-uuid.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct UpdateUserByUuidRequest {
    /// User identity ID issued by Tencent Meeting for the open platform (用户身份 ID,腾讯会议颁发的用于开放平台的唯一用户 ID). Travels in the query string.
    ///
    /// Wire name `uuid`, required.
    /// Travels in the query string, not the JSON body (`x-in: query`).
    /// Rules: not empty; not only whitespace.
    pub uuid: ::std::string::String,
    /// Email address (邮箱地址), unique within the enterprise (同企业内须保证唯一); an activated user's email cannot be changed (已激活的用户邮箱不可修改).
    ///
    /// Wire name `email`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    /// New user name (新的用户昵称).
    ///
    /// Wire name `username`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
    /// Phone number (手机号码); an activated user's phone number cannot be changed (已激活的用户手机号码不可修改).
    ///
    /// Wire name `phone`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone: ::std::option::Option<::std::string::String>,
    /// Address of the avatar (头像地址).
    ///
    /// Wire name `avatar_url`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub avatar_url: ::std::option::Option<::std::string::String>,
    /// Employee number (员工工号).
    ///
    /// Wire name `staff_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub staff_id: ::std::option::Option<::std::string::String>,
    /// Job title (员工职位). The older page says 1 to 32 characters; the current userid form allows 0 to 96 (长度范围为\[0,96\]个字符): the more generous, current limit is checked.
    ///
    /// Wire name `job_title`, optional.
    /// Rules: at most 96 characters.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub job_title: ::std::option::Option<::std::string::String>,
    /// When the employee joined (入职时间); the page types it Integer (the example sends Unix seconds).
    ///
    /// Wire name `entry_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub entry_time: ::std::option::Option<i64>,
    /// Department IDs of the employee (员工部门 ID): for now one department at most (暂只支持为用户分配1个部门).
    ///
    /// Wire name `department_list`, optional.
    /// Rules: at most 1 entries; each entry not empty.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub department_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
}
impl UpdateUserByUuidRequest {
    /// A builder of [`UpdateUserByUuidRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::UpdateUserByUuidRequestBuilder {
        builders::UpdateUserByUuidRequestBuilder {
            uuid: builders::missing::update_user_by_uuid_request::uuid,
            email: ::std::option::Option::None,
            username: ::std::option::Option::None,
            phone: ::std::option::Option::None,
            avatar_url: ::std::option::Option::None,
            staff_id: ::std::option::Option::None,
            job_title: ::std::option::Option::None,
            entry_time: ::std::option::Option::None,
            department_list: ::std::option::Option::None,
            operator_id: builders::missing::update_user_by_uuid_request::operator_id,
            operator_id_type: builders::missing::update_user_by_uuid_request::operator_id_type,
        }
    }
}
impl UpdateUserByUuidRequest {
    /// `uuid`: fewest characters (1).
    pub const UUID_MIN_LENGTH: usize = 1usize;
    /// `job_title`: most characters (96).
    pub const JOB_TITLE_MAX_LENGTH: usize = 96usize;
    /// `department_list`: most entries (1).
    pub const DEPARTMENT_LIST_MAX_ITEMS: usize = 1usize;
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for UpdateUserByUuidRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.uuid;
            let path = crate::validate::FieldPath::child_of(
                at,
                "uuid",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        if let ::std::option::Option::Some(value) = &self.job_title {
            let path = crate::validate::FieldPath::child_of(
                at,
                "job_title",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::char_count(value, 0usize, 96usize))?;
        }
        if let ::std::option::Option::Some(value) = &self.department_list {
            let path = crate::validate::FieldPath::child_of(
                at,
                "department_list",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::count(value.len(), 0usize, 1usize))?;
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
impl crate::Validate for UpdateUserByUuidRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Path of `PUT /v1/users/{userid}`: the user's userid (调用方用于标示用户的唯一 ID), spelt `{userid}` by the page.
///
/// Generated from `schemas/users/update-user.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct UpdateUserPath {
    /// The user's userid (调用方用于标示用户的唯一 ID): the enterprise's own unique ID of the user, such as an account name; Chinese is not supported (暂不支持中文).
    ///
    /// Wire name `userid`, required.
    /// Rules: not empty; not only whitespace.
    pub userid: ::std::string::String,
}
impl UpdateUserPath {
    /// A builder of [`UpdateUserPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::UpdateUserPathBuilder {
        builders::UpdateUserPathBuilder {
            userid: builders::missing::update_user_path::userid,
        }
    }
    /// A `UpdateUserPath` with [`userid`](Self::userid) set and every optional field absent.
    pub fn new(userid: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().userid(userid).build()
    }
}
impl UpdateUserPath {
    /// `userid`: fewest characters (1).
    pub const USERID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for UpdateUserPath {
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
impl crate::Validate for UpdateUserPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `PUT /v1/users/{userid}`: update an enterprise user by userid (通过 userid 更新用户). A deleted or disabled user cannot be updated (用户已删除或被禁用则不能更新); WeCom enterprises' users neither (不支持企微企业用户的更新). OAuth 2.0 is not supported. The example is the older page's, with the operator added.
///
/// Generated from `schemas/users/update-user.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct UpdateUserRequest {
    /// Email address (邮箱地址), unique within the enterprise (同企业内须保证唯一); an activated user's email cannot be changed (已激活的用户邮箱不可修改).
    ///
    /// Wire name `email`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    /// Area code of the phone number (地区编码), 86 when absent (默认值为86).
    ///
    /// Wire name `area`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub area: ::std::option::Option<::std::string::String>,
    /// New user name (新的用户昵称).
    ///
    /// Wire name `username`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
    /// Phone number (手机号码); an activated user's phone number cannot be changed (已激活的用户手机号码不可修改).
    ///
    /// Wire name `phone`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone: ::std::option::Option<::std::string::String>,
    /// Address of the avatar (头像地址).
    ///
    /// Wire name `avatar_url`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub avatar_url: ::std::option::Option<::std::string::String>,
    /// Employee number (员工工号).
    ///
    /// Wire name `staff_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub staff_id: ::std::option::Option<::std::string::String>,
    /// Job title (员工职位), 0 to 96 characters (长度范围为\[0,96\]个字符).
    ///
    /// Wire name `job_title`, optional.
    /// Rules: at most 96 characters.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub job_title: ::std::option::Option<::std::string::String>,
    /// When the employee joined (入职时间); the page types it Integer (the example sends Unix seconds).
    ///
    /// Wire name `entry_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub entry_time: ::std::option::Option<i64>,
    /// Department IDs of the employee (员工部门 ID): for now one department at most (暂只支持为用户分配1个部门).
    ///
    /// Wire name `department_list`, optional.
    /// Rules: at most 1 entries; each entry not empty.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub department_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Kind of seat to give the user (指定账号类型). 2.0 editions take only 2 and 9. The service refuses a type the enterprise has none of; the user's previous seat is released.
    ///
    /// Wire name `user_account_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user_account_type: ::std::option::Option<crate::users::UserAccountType>,
    /// Room-size upgrade licence to give (增强会议体验:房间规模升级许可); only a premium account can hold one, and unbinding the premium seat takes it back.
    ///
    /// Wire name `add_on_largemeeting`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub add_on_largemeeting: ::std::option::Option<crate::users::LargeMeetingAddOn>,
    /// Webinar audience-size upgrade licence to give (增强会议体验:网络研讨会观众规模升级许可).
    ///
    /// Wire name `add_on_webinar`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub add_on_webinar: ::std::option::Option<crate::users::WebinarAddOn>,
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// Not on the page: the SDK sends a `userid` (用户 ID) in the body as well; the path names the user. Optional.
    ///
    /// Wire name `userid`, optional.
    /// Rules: not empty; not only whitespace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userid: ::std::option::Option<::std::string::String>,
}
impl UpdateUserRequest {
    /// A builder of [`UpdateUserRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::UpdateUserRequestBuilder {
        builders::UpdateUserRequestBuilder {
            email: ::std::option::Option::None,
            area: ::std::option::Option::None,
            username: ::std::option::Option::None,
            phone: ::std::option::Option::None,
            avatar_url: ::std::option::Option::None,
            staff_id: ::std::option::Option::None,
            job_title: ::std::option::Option::None,
            entry_time: ::std::option::Option::None,
            department_list: ::std::option::Option::None,
            user_account_type: ::std::option::Option::None,
            add_on_largemeeting: ::std::option::Option::None,
            add_on_webinar: ::std::option::Option::None,
            operator_id: builders::missing::update_user_request::operator_id,
            operator_id_type: builders::missing::update_user_request::operator_id_type,
            userid: ::std::option::Option::None,
        }
    }
}
impl UpdateUserRequest {
    /// `job_title`: most characters (96).
    pub const JOB_TITLE_MAX_LENGTH: usize = 96usize;
    /// `department_list`: most entries (1).
    pub const DEPARTMENT_LIST_MAX_ITEMS: usize = 1usize;
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `userid`: fewest characters (1).
    pub const USERID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for UpdateUserRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.job_title {
            let path = crate::validate::FieldPath::child_of(
                at,
                "job_title",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::char_count(value, 0usize, 96usize))?;
        }
        if let ::std::option::Option::Some(value) = &self.department_list {
            let path = crate::validate::FieldPath::child_of(
                at,
                "department_list",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::count(value.len(), 0usize, 1usize))?;
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
        if let ::std::option::Option::Some(value) = &self.userid {
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
impl crate::Validate for UpdateUserRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Use of one kind of seat (账号类型使用对象).
///
/// Generated from `schemas/users/get-user-account-statistics.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct UserAccountUsage {
    /// Kind of seat (账号类型).
    ///
    /// Wire name `user_account_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user_account_type: ::std::option::Option<crate::users::UserAccountType>,
    /// Seats of this kind (账号数).
    ///
    /// Wire name `user_account_count`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user_account_count: ::std::option::Option<i64>,
    /// Seats of this kind given to users (已分配账号数).
    ///
    /// Wire name `user_account_used_count`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user_account_used_count: ::std::option::Option<i64>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl UserAccountUsage {
    /// A builder of [`UserAccountUsage`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::UserAccountUsageBuilder {
        builders::UserAccountUsageBuilder {
            user_account_type: ::std::option::Option::None,
            user_account_count: ::std::option::Option::None,
            user_account_used_count: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for UserAccountUsage {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UserAccountUsage")
            .field("user_account_type", &self.user_account_type)
            .field("user_account_count", &self.user_account_count)
            .field("user_account_used_count", &self.user_account_used_count)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A department the user belongs to (部门对象 / DepartmentInfo 对象).
///
/// Generated from `schemas/users/definitions.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct UserDepartment {
    /// Department ID (部门 ID).
    ///
    /// Wire name `department_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub department_id: ::std::option::Option<::std::string::String>,
    /// Department name (部门名称).
    ///
    /// Wire name `department_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub department_name: ::std::option::Option<::std::string::String>,
    /// Full path of the department (部门全路径): returned by the new user list (获取用户列表(新)).
    ///
    /// Wire name `department_full_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub department_full_name: ::std::option::Option<::std::string::String>,
    /// Whether this is the user's main department (是否主部门): returned by the new user list.
    ///
    /// Wire name `is_main`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub is_main: ::std::option::Option<bool>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl UserDepartment {
    /// A builder of [`UserDepartment`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::UserDepartmentBuilder {
        builders::UserDepartmentBuilder {
            department_id: ::std::option::Option::None,
            department_name: ::std::option::Option::None,
            department_full_name: ::std::option::Option::None,
            is_main: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for UserDepartment {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UserDepartment")
            .field("department_id", &self.department_id)
            .field("department_name", &self.department_name)
            .field("department_full_name", &self.department_full_name)
            .field("is_main", &self.is_main)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// An enterprise user as the user lists return it (用户对象 / UserInfo 对象). Lenient: nothing is required and unknown fields are kept.
///
/// Generated from `schemas/users/definitions.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct UserInfo {
    /// The user's userid (用户 userid): the unique ID the enterprise gives the user.
    ///
    /// Wire name `userid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userid: ::std::option::Option<::std::string::String>,
    /// User identity ID issued by Tencent Meeting for the open platform (用户身份 ID).
    ///
    /// Wire name `uuid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub uuid: ::std::option::Option<::std::string::String>,
    /// User name (用户 name / 用户昵称).
    ///
    /// Wire name `username`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
    /// Phone area code (手机区号), 86 for mainland China.
    ///
    /// Wire name `area`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub area: ::std::option::Option<::std::string::String>,
    /// When the user was last updated (更新时间), a `yyyy-MM-dd HH:mm:ss` text.
    ///
    /// Wire name `update_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub update_time: ::std::option::Option<::std::string::String>,
    /// Address of the user's avatar (用户图像地址).
    ///
    /// Wire name `avatar_url`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub avatar_url: ::std::option::Option<::std::string::String>,
    /// Phone number (手机号).
    ///
    /// Wire name `phone`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone: ::std::option::Option<::std::string::String>,
    /// Email address (邮箱).
    ///
    /// Wire name `email`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    /// Account state (账号状态).
    ///
    /// Wire name `status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<crate::users::UserStatus>,
    /// Employee number (员工工号).
    ///
    /// Wire name `staff_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub staff_id: ::std::option::Option<::std::string::String>,
    /// Job title (员工职位).
    ///
    /// Wire name `job_title`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub job_title: ::std::option::Option<::std::string::String>,
    /// Date the employee joined (入职时间), as text.
    ///
    /// Wire name `entry_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub entry_time: ::std::option::Option<::std::string::String>,
    /// Name of the user's role (角色名称).
    ///
    /// Wire name `role_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub role_name: ::std::option::Option<::std::string::String>,
    /// Code of the user's role (角色类型), such as `NORMAL_ROLE`.
    ///
    /// Wire name `role_code`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub role_code: ::std::option::Option<::std::string::String>,
    /// The user's departments (用户部门信息).
    ///
    /// Wire name `department_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub department_list: ::std::option::Option<::std::vec::Vec<UserDepartment>>,
    /// Edition of the account (账号版本).
    ///
    /// Wire name `account_version`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub account_version: ::std::option::Option<crate::users::AccountVersion>,
    /// Kind of seat the account holds (账号类型).
    ///
    /// Wire name `user_account_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user_account_type: ::std::option::Option<crate::users::UserAccountType>,
    /// Room-size upgrade licence held (增强会议体验:房间规模升级许可).
    ///
    /// Wire name `add_on_largemeeting`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub add_on_largemeeting: ::std::option::Option<crate::users::LargeMeetingAddOn>,
    /// Webinar audience-size upgrade licence held (增强会议体验:网络研讨会观众规模升级许可).
    ///
    /// Wire name `add_on_webinar`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub add_on_webinar: ::std::option::Option<crate::users::WebinarAddOn>,
    /// Whether the user has the AI account capability (是否有 AI 账号能力). Enterprise and education editions grant it per user; business editions always have it.
    ///
    /// Wire name `enable_ai_account`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_ai_account: ::std::option::Option<bool>,
    /// Kind of AI account held (AI 账号类型).
    ///
    /// Wire name `ai_account_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ai_account_type: ::std::option::Option<crate::users::AiAccountType>,
    /// Whether the phone number is verified (手机号验证状态).
    ///
    /// Wire name `phone_status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone_status: ::std::option::Option<crate::users::PhoneStatus>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl UserInfo {
    /// A builder of [`UserInfo`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::UserInfoBuilder {
        builders::UserInfoBuilder {
            userid: ::std::option::Option::None,
            uuid: ::std::option::Option::None,
            username: ::std::option::Option::None,
            area: ::std::option::Option::None,
            update_time: ::std::option::Option::None,
            avatar_url: ::std::option::Option::None,
            phone: ::std::option::Option::None,
            email: ::std::option::Option::None,
            status: ::std::option::Option::None,
            staff_id: ::std::option::Option::None,
            job_title: ::std::option::Option::None,
            entry_time: ::std::option::Option::None,
            role_name: ::std::option::Option::None,
            role_code: ::std::option::Option::None,
            department_list: ::std::option::Option::None,
            account_version: ::std::option::Option::None,
            user_account_type: ::std::option::Option::None,
            add_on_largemeeting: ::std::option::Option::None,
            add_on_webinar: ::std::option::Option::None,
            enable_ai_account: ::std::option::Option::None,
            ai_account_type: ::std::option::Option::None,
            phone_status: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for UserInfo {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UserInfo")
            .field("userid", &self.userid)
            .field("uuid", &self.uuid)
            .field("username", &self.username)
            .field("area", &self.area)
            .field("update_time", &self.update_time)
            .field("avatar_url", &self.avatar_url)
            .field("phone", &self.phone)
            .field("email", &self.email)
            .field("status", &self.status)
            .field("staff_id", &self.staff_id)
            .field("job_title", &self.job_title)
            .field("entry_time", &self.entry_time)
            .field("role_name", &self.role_name)
            .field("role_code", &self.role_code)
            .field("department_list", &self.department_list)
            .field("account_version", &self.account_version)
            .field("user_account_type", &self.user_account_type)
            .field("add_on_largemeeting", &self.add_on_largemeeting)
            .field("add_on_webinar", &self.add_on_webinar)
            .field("enable_ai_account", &self.enable_ai_account)
            .field("ai_account_type", &self.ai_account_type)
            .field("phone_status", &self.phone_status)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// An account not verified yet and its link (AuthUser 对象).
///
/// Generated from `schemas/users/get-verification-links.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct VerificationLink {
    /// The account's userid (账号 ID).
    ///
    /// Wire name `userid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userid: ::std::option::Option<::std::string::String>,
    /// Verification link (验证链接), valid 48 hours; it carries a one-time code.
    ///
    /// Wire name `auth_url`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub auth_url: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl VerificationLink {
    /// A builder of [`VerificationLink`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::VerificationLinkBuilder {
        builders::VerificationLinkBuilder {
            userid: ::std::option::Option::None,
            auth_url: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for VerificationLink {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("VerificationLink")
            .field("userid", &self.userid)
            .field(
                "auth_url",
                &self.auth_url.as_ref().map(|_| crate::redacted::Redacted),
            )
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// An account for which no link could be made (ErrorUser 对象).
///
/// Generated from `schemas/users/get-verification-links.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct VerificationLinkFailure {
    /// The account's userid (账号 ID).
    ///
    /// Wire name `userid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userid: ::std::option::Option<::std::string::String>,
    /// Error code (错误码): the page types it String and its example sends "20001"; the SDK types it as an integer (the page wins).
    ///
    /// Wire name `error_code`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error_code: ::std::option::Option<::std::string::String>,
    /// What went wrong (错误描述).
    ///
    /// Wire name `error_msg`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error_msg: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl VerificationLinkFailure {
    /// A builder of [`VerificationLinkFailure`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::VerificationLinkFailureBuilder {
        builders::VerificationLinkFailureBuilder {
            userid: ::std::option::Option::None,
            error_code: ::std::option::Option::None,
            error_msg: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for VerificationLinkFailure {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("VerificationLinkFailure")
            .field("userid", &self.userid)
            .field("error_code", &self.error_code)
            .field("error_msg", &self.error_msg)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Builders of the models, one per model: `Model::builder()`, a setter per field, `build()` once every
/// required field is set (a missing one is a compile error naming it: "the required field `subject` of
/// `CreateMeetingRequest` is not set").
pub mod builders {
    use super::*;
    /// Builds a [`ActivationLink`](super::ActivationLink): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ActivationLinkBuilder {
        pub(crate) userid: ::std::option::Option<::std::string::String>,
        pub(crate) activate_url: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for ActivationLinkBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ActivationLinkBuilder)).finish_non_exhaustive()
        }
    }
    impl ActivationLinkBuilder {
        /// Sets [`userid`](super::ActivationLink::userid).
        ///
        /// Optional.
        pub fn userid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.userid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`activate_url`](super::ActivationLink::activate_url).
        ///
        /// Optional.
        pub fn activate_url(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.activate_url = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl ActivationLinkBuilder {
        /// The [`ActivationLink`](super::ActivationLink).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::ActivationLink {
            super::ActivationLink {
                userid: self.userid,
                activate_url: self.activate_url,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`AiAccountUsage`](super::AiAccountUsage): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct AiAccountUsageBuilder {
        pub(crate) ai_account_type: ::std::option::Option<crate::users::AiAccountType>,
        pub(crate) ai_account_count: ::std::option::Option<i64>,
        pub(crate) ai_account_used_count: ::std::option::Option<i64>,
    }
    impl ::std::fmt::Debug for AiAccountUsageBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(AiAccountUsageBuilder)).finish_non_exhaustive()
        }
    }
    impl AiAccountUsageBuilder {
        /// Sets [`ai_account_type`](super::AiAccountUsage::ai_account_type).
        ///
        /// Optional.
        pub fn ai_account_type(
            mut self,
            value: impl ::std::convert::Into<crate::users::AiAccountType>,
        ) -> Self {
            self.ai_account_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`ai_account_count`](super::AiAccountUsage::ai_account_count).
        ///
        /// Optional.
        pub fn ai_account_count(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.ai_account_count = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`ai_account_used_count`](super::AiAccountUsage::ai_account_used_count).
        ///
        /// Optional.
        pub fn ai_account_used_count(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.ai_account_used_count = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl AiAccountUsageBuilder {
        /// The [`AiAccountUsage`](super::AiAccountUsage).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::AiAccountUsage {
            super::AiAccountUsage {
                ai_account_type: self.ai_account_type,
                ai_account_count: self.ai_account_count,
                ai_account_used_count: self.ai_account_used_count,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`CancelUserAuthRequest`](super::CancelUserAuthRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct CancelUserAuthRequestBuilder<
        P0 = missing::cancel_user_auth_request::operator_id,
        P1 = missing::cancel_user_auth_request::operator_id_type,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
    }
    impl<P0, P1> ::std::fmt::Debug for CancelUserAuthRequestBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(CancelUserAuthRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > CancelUserAuthRequestBuilder<missing::cancel_user_auth_request::operator_id, P1> {
        /// Sets [`operator_id`](super::CancelUserAuthRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> CancelUserAuthRequestBuilder<::std::string::String, P1> {
            CancelUserAuthRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
    > CancelUserAuthRequestBuilder<
        P0,
        missing::cancel_user_auth_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::CancelUserAuthRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> CancelUserAuthRequestBuilder<P0, crate::OperatorIdType> {
            CancelUserAuthRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
            }
        }
    }
    impl<P0, P1> CancelUserAuthRequestBuilder<P0, P1> {
        /// The [`CancelUserAuthRequest`](super::CancelUserAuthRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `CancelUserAuthRequest` is not set").
        pub fn build(self) -> super::CancelUserAuthRequest
        where
            P0: missing::cancel_user_auth_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::cancel_user_auth_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::CancelUserAuthRequest {
                operator_id: missing::cancel_user_auth_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::cancel_user_auth_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
            }
        }
    }
    /// Builds a [`ConvertOpenIdsRequest`](super::ConvertOpenIdsRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ConvertOpenIdsRequestBuilder<
        P0 = missing::convert_open_ids_request::open_id_list,
        P1 = missing::convert_open_ids_request::sdkid,
        P2 = missing::convert_open_ids_request::operator_id,
        P3 = missing::convert_open_ids_request::operator_id_type,
    > {
        pub(crate) open_id_list: P0,
        pub(crate) sdkid: P1,
        pub(crate) operator_id: P2,
        pub(crate) operator_id_type: P3,
    }
    impl<P0, P1, P2, P3> ::std::fmt::Debug
    for ConvertOpenIdsRequestBuilder<P0, P1, P2, P3> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ConvertOpenIdsRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
        P3,
    > ConvertOpenIdsRequestBuilder<
        missing::convert_open_ids_request::open_id_list,
        P1,
        P2,
        P3,
    > {
        /// Sets [`open_id_list`](super::ConvertOpenIdsRequest::open_id_list).
        ///
        /// Required.
        pub fn open_id_list(
            self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<::std::string::String>,
            >,
        ) -> ConvertOpenIdsRequestBuilder<
            ::std::vec::Vec<::std::string::String>,
            P1,
            P2,
            P3,
        > {
            ConvertOpenIdsRequestBuilder {
                open_id_list: value
                    .into_iter()
                    .map(::std::convert::Into::into)
                    .collect(),
                sdkid: self.sdkid,
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
        P2,
        P3,
    > ConvertOpenIdsRequestBuilder<
        P0,
        missing::convert_open_ids_request::sdkid,
        P2,
        P3,
    > {
        /// Sets [`sdkid`](super::ConvertOpenIdsRequest::sdkid).
        ///
        /// Required.
        pub fn sdkid(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> ConvertOpenIdsRequestBuilder<P0, ::std::string::String, P2, P3> {
            ConvertOpenIdsRequestBuilder {
                open_id_list: self.open_id_list,
                sdkid: value.into(),
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
        P1,
        P3,
    > ConvertOpenIdsRequestBuilder<
        P0,
        P1,
        missing::convert_open_ids_request::operator_id,
        P3,
    > {
        /// Sets [`operator_id`](super::ConvertOpenIdsRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> ConvertOpenIdsRequestBuilder<P0, P1, ::std::string::String, P3> {
            ConvertOpenIdsRequestBuilder {
                open_id_list: self.open_id_list,
                sdkid: self.sdkid,
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
    > ConvertOpenIdsRequestBuilder<
        P0,
        P1,
        P2,
        missing::convert_open_ids_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::ConvertOpenIdsRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> ConvertOpenIdsRequestBuilder<P0, P1, P2, crate::OperatorIdType> {
            ConvertOpenIdsRequestBuilder {
                open_id_list: self.open_id_list,
                sdkid: self.sdkid,
                operator_id: self.operator_id,
                operator_id_type: value.into(),
            }
        }
    }
    impl<P0, P1, P2, P3> ConvertOpenIdsRequestBuilder<P0, P1, P2, P3> {
        /// The [`ConvertOpenIdsRequest`](super::ConvertOpenIdsRequest).
        ///
        /// Compiles once the required fields `open_id_list`, `sdkid`, `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `ConvertOpenIdsRequest` is not set").
        pub fn build(self) -> super::ConvertOpenIdsRequest
        where
            P0: missing::convert_open_ids_request::OpenIdListIsSet<
                ::std::vec::Vec<::std::string::String>,
            >,
            P1: missing::convert_open_ids_request::SdkidIsSet<::std::string::String>,
            P2: missing::convert_open_ids_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P3: missing::convert_open_ids_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::ConvertOpenIdsRequest {
                open_id_list: missing::convert_open_ids_request::OpenIdListIsSet::into_field(
                    self.open_id_list,
                ),
                sdkid: missing::convert_open_ids_request::SdkidIsSet::into_field(
                    self.sdkid,
                ),
                operator_id: missing::convert_open_ids_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::convert_open_ids_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
            }
        }
    }
    /// Builds a [`ConvertOpenIdsResponse`](super::ConvertOpenIdsResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ConvertOpenIdsResponseBuilder {
        pub(crate) userid_list: ::std::option::Option<::std::vec::Vec<OpenIdUserid>>,
        pub(crate) invalid_open_id_list: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
    }
    impl ::std::fmt::Debug for ConvertOpenIdsResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ConvertOpenIdsResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl ConvertOpenIdsResponseBuilder {
        /// Sets [`userid_list`](super::ConvertOpenIdsResponse::userid_list).
        ///
        /// Optional.
        pub fn userid_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<OpenIdUserid>,
            >,
        ) -> Self {
            self.userid_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`invalid_open_id_list`](super::ConvertOpenIdsResponse::invalid_open_id_list).
        ///
        /// Optional.
        pub fn invalid_open_id_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<::std::string::String>,
            >,
        ) -> Self {
            self.invalid_open_id_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl ConvertOpenIdsResponseBuilder {
        /// The [`ConvertOpenIdsResponse`](super::ConvertOpenIdsResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::ConvertOpenIdsResponse {
            super::ConvertOpenIdsResponse {
                userid_list: self.userid_list,
                invalid_open_id_list: self.invalid_open_id_list,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`CreateUserRequest`](super::CreateUserRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct CreateUserRequestBuilder<
        P0 = missing::create_user_request::phone,
        P1 = missing::create_user_request::username,
        P2 = missing::create_user_request::userid,
        P3 = missing::create_user_request::operator_id,
        P4 = missing::create_user_request::operator_id_type,
    > {
        pub(crate) email: ::std::option::Option<::std::string::String>,
        pub(crate) area: ::std::option::Option<::std::string::String>,
        pub(crate) phone: P0,
        pub(crate) username: P1,
        pub(crate) userid: P2,
        pub(crate) staff_id: ::std::option::Option<::std::string::String>,
        pub(crate) job_title: ::std::option::Option<::std::string::String>,
        pub(crate) entry_time: ::std::option::Option<i64>,
        pub(crate) department_list: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        pub(crate) auto_invite: ::std::option::Option<bool>,
        pub(crate) user_account_type: ::std::option::Option<
            crate::users::UserAccountType,
        >,
        pub(crate) add_on_largemeeting: ::std::option::Option<
            crate::users::LargeMeetingAddOn,
        >,
        pub(crate) add_on_webinar: ::std::option::Option<crate::users::WebinarAddOn>,
        pub(crate) operator_id: P3,
        pub(crate) operator_id_type: P4,
    }
    impl<P0, P1, P2, P3, P4> ::std::fmt::Debug
    for CreateUserRequestBuilder<P0, P1, P2, P3, P4> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(CreateUserRequestBuilder)).finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
        P3,
        P4,
    > CreateUserRequestBuilder<missing::create_user_request::phone, P1, P2, P3, P4> {
        /// Sets [`phone`](super::CreateUserRequest::phone).
        ///
        /// Required.
        pub fn phone(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> CreateUserRequestBuilder<::std::string::String, P1, P2, P3, P4> {
            CreateUserRequestBuilder {
                email: self.email,
                area: self.area,
                phone: value.into(),
                username: self.username,
                userid: self.userid,
                staff_id: self.staff_id,
                job_title: self.job_title,
                entry_time: self.entry_time,
                department_list: self.department_list,
                auto_invite: self.auto_invite,
                user_account_type: self.user_account_type,
                add_on_largemeeting: self.add_on_largemeeting,
                add_on_webinar: self.add_on_webinar,
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
        P2,
        P3,
        P4,
    > CreateUserRequestBuilder<P0, missing::create_user_request::username, P2, P3, P4> {
        /// Sets [`username`](super::CreateUserRequest::username).
        ///
        /// Required.
        pub fn username(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> CreateUserRequestBuilder<P0, ::std::string::String, P2, P3, P4> {
            CreateUserRequestBuilder {
                email: self.email,
                area: self.area,
                phone: self.phone,
                username: value.into(),
                userid: self.userid,
                staff_id: self.staff_id,
                job_title: self.job_title,
                entry_time: self.entry_time,
                department_list: self.department_list,
                auto_invite: self.auto_invite,
                user_account_type: self.user_account_type,
                add_on_largemeeting: self.add_on_largemeeting,
                add_on_webinar: self.add_on_webinar,
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
        P1,
        P3,
        P4,
    > CreateUserRequestBuilder<P0, P1, missing::create_user_request::userid, P3, P4> {
        /// Sets [`userid`](super::CreateUserRequest::userid).
        ///
        /// Required.
        pub fn userid(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> CreateUserRequestBuilder<P0, P1, ::std::string::String, P3, P4> {
            CreateUserRequestBuilder {
                email: self.email,
                area: self.area,
                phone: self.phone,
                username: self.username,
                userid: value.into(),
                staff_id: self.staff_id,
                job_title: self.job_title,
                entry_time: self.entry_time,
                department_list: self.department_list,
                auto_invite: self.auto_invite,
                user_account_type: self.user_account_type,
                add_on_largemeeting: self.add_on_largemeeting,
                add_on_webinar: self.add_on_webinar,
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
        P4,
    > CreateUserRequestBuilder<
        P0,
        P1,
        P2,
        missing::create_user_request::operator_id,
        P4,
    > {
        /// Sets [`operator_id`](super::CreateUserRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> CreateUserRequestBuilder<P0, P1, P2, ::std::string::String, P4> {
            CreateUserRequestBuilder {
                email: self.email,
                area: self.area,
                phone: self.phone,
                username: self.username,
                userid: self.userid,
                staff_id: self.staff_id,
                job_title: self.job_title,
                entry_time: self.entry_time,
                department_list: self.department_list,
                auto_invite: self.auto_invite,
                user_account_type: self.user_account_type,
                add_on_largemeeting: self.add_on_largemeeting,
                add_on_webinar: self.add_on_webinar,
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
        P3,
    > CreateUserRequestBuilder<
        P0,
        P1,
        P2,
        P3,
        missing::create_user_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::CreateUserRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> CreateUserRequestBuilder<P0, P1, P2, P3, crate::OperatorIdType> {
            CreateUserRequestBuilder {
                email: self.email,
                area: self.area,
                phone: self.phone,
                username: self.username,
                userid: self.userid,
                staff_id: self.staff_id,
                job_title: self.job_title,
                entry_time: self.entry_time,
                department_list: self.department_list,
                auto_invite: self.auto_invite,
                user_account_type: self.user_account_type,
                add_on_largemeeting: self.add_on_largemeeting,
                add_on_webinar: self.add_on_webinar,
                operator_id: self.operator_id,
                operator_id_type: value.into(),
            }
        }
    }
    impl<P0, P1, P2, P3, P4> CreateUserRequestBuilder<P0, P1, P2, P3, P4> {
        /// Sets [`email`](super::CreateUserRequest::email).
        ///
        /// Optional.
        pub fn email(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.email = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`area`](super::CreateUserRequest::area).
        ///
        /// Optional.
        pub fn area(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.area = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`staff_id`](super::CreateUserRequest::staff_id).
        ///
        /// Optional.
        pub fn staff_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.staff_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`job_title`](super::CreateUserRequest::job_title).
        ///
        /// Optional.
        pub fn job_title(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.job_title = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`entry_time`](super::CreateUserRequest::entry_time).
        ///
        /// Optional.
        pub fn entry_time(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.entry_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`department_list`](super::CreateUserRequest::department_list).
        ///
        /// Optional.
        pub fn department_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<::std::string::String>,
            >,
        ) -> Self {
            self.department_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`auto_invite`](super::CreateUserRequest::auto_invite).
        ///
        /// Optional.
        pub fn auto_invite(mut self, value: bool) -> Self {
            self.auto_invite = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`user_account_type`](super::CreateUserRequest::user_account_type).
        ///
        /// Optional.
        pub fn user_account_type(
            mut self,
            value: impl ::std::convert::Into<crate::users::UserAccountType>,
        ) -> Self {
            self.user_account_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`add_on_largemeeting`](super::CreateUserRequest::add_on_largemeeting).
        ///
        /// Optional.
        pub fn add_on_largemeeting(
            mut self,
            value: impl ::std::convert::Into<crate::users::LargeMeetingAddOn>,
        ) -> Self {
            self.add_on_largemeeting = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`add_on_webinar`](super::CreateUserRequest::add_on_webinar).
        ///
        /// Optional.
        pub fn add_on_webinar(
            mut self,
            value: impl ::std::convert::Into<crate::users::WebinarAddOn>,
        ) -> Self {
            self.add_on_webinar = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1, P2, P3, P4> CreateUserRequestBuilder<P0, P1, P2, P3, P4> {
        /// The [`CreateUserRequest`](super::CreateUserRequest).
        ///
        /// Compiles once the required fields `phone`, `username`, `userid`, `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `CreateUserRequest` is not set").
        pub fn build(self) -> super::CreateUserRequest
        where
            P0: missing::create_user_request::PhoneIsSet<::std::string::String>,
            P1: missing::create_user_request::UsernameIsSet<::std::string::String>,
            P2: missing::create_user_request::UseridIsSet<::std::string::String>,
            P3: missing::create_user_request::OperatorIdIsSet<::std::string::String>,
            P4: missing::create_user_request::OperatorIdTypeIsSet<crate::OperatorIdType>,
        {
            super::CreateUserRequest {
                email: self.email,
                area: self.area,
                phone: missing::create_user_request::PhoneIsSet::into_field(self.phone),
                username: missing::create_user_request::UsernameIsSet::into_field(
                    self.username,
                ),
                userid: missing::create_user_request::UseridIsSet::into_field(
                    self.userid,
                ),
                staff_id: self.staff_id,
                job_title: self.job_title,
                entry_time: self.entry_time,
                department_list: self.department_list,
                auto_invite: self.auto_invite,
                user_account_type: self.user_account_type,
                add_on_largemeeting: self.add_on_largemeeting,
                add_on_webinar: self.add_on_webinar,
                operator_id: missing::create_user_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::create_user_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
            }
        }
    }
    /// Builds a [`CreateUserResponse`](super::CreateUserResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct CreateUserResponseBuilder {
        pub(crate) userid: ::std::option::Option<::std::string::String>,
        pub(crate) uuid: ::std::option::Option<::std::string::String>,
        pub(crate) username: ::std::option::Option<::std::string::String>,
        pub(crate) phone: ::std::option::Option<::std::string::String>,
        pub(crate) email: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for CreateUserResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(CreateUserResponseBuilder)).finish_non_exhaustive()
        }
    }
    impl CreateUserResponseBuilder {
        /// Sets [`userid`](super::CreateUserResponse::userid).
        ///
        /// Optional.
        pub fn userid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.userid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`uuid`](super::CreateUserResponse::uuid).
        ///
        /// Optional.
        pub fn uuid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.uuid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`username`](super::CreateUserResponse::username).
        ///
        /// Optional.
        pub fn username(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.username = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`phone`](super::CreateUserResponse::phone).
        ///
        /// Optional.
        pub fn phone(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.phone = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`email`](super::CreateUserResponse::email).
        ///
        /// Optional.
        pub fn email(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.email = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl CreateUserResponseBuilder {
        /// The [`CreateUserResponse`](super::CreateUserResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::CreateUserResponse {
            super::CreateUserResponse {
                userid: self.userid,
                uuid: self.uuid,
                username: self.username,
                phone: self.phone,
                email: self.email,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`DeleteUserAiAccountRequest`](super::DeleteUserAiAccountRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct DeleteUserAiAccountRequestBuilder<
        P0 = missing::delete_user_ai_account_request::operator_id,
        P1 = missing::delete_user_ai_account_request::operator_id_type,
        P2 = missing::delete_user_ai_account_request::to_operator_id,
        P3 = missing::delete_user_ai_account_request::to_operator_id_type,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) to_operator_id: P2,
        pub(crate) to_operator_id_type: P3,
    }
    impl<P0, P1, P2, P3> ::std::fmt::Debug
    for DeleteUserAiAccountRequestBuilder<P0, P1, P2, P3> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(DeleteUserAiAccountRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
        P3,
    > DeleteUserAiAccountRequestBuilder<
        missing::delete_user_ai_account_request::operator_id,
        P1,
        P2,
        P3,
    > {
        /// Sets [`operator_id`](super::DeleteUserAiAccountRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> DeleteUserAiAccountRequestBuilder<::std::string::String, P1, P2, P3> {
            DeleteUserAiAccountRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                to_operator_id: self.to_operator_id,
                to_operator_id_type: self.to_operator_id_type,
            }
        }
    }
    impl<
        P0,
        P2,
        P3,
    > DeleteUserAiAccountRequestBuilder<
        P0,
        missing::delete_user_ai_account_request::operator_id_type,
        P2,
        P3,
    > {
        /// Sets [`operator_id_type`](super::DeleteUserAiAccountRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> DeleteUserAiAccountRequestBuilder<P0, crate::OperatorIdType, P2, P3> {
            DeleteUserAiAccountRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                to_operator_id: self.to_operator_id,
                to_operator_id_type: self.to_operator_id_type,
            }
        }
    }
    impl<
        P0,
        P1,
        P3,
    > DeleteUserAiAccountRequestBuilder<
        P0,
        P1,
        missing::delete_user_ai_account_request::to_operator_id,
        P3,
    > {
        /// Sets [`to_operator_id`](super::DeleteUserAiAccountRequest::to_operator_id).
        ///
        /// Required.
        pub fn to_operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> DeleteUserAiAccountRequestBuilder<P0, P1, ::std::string::String, P3> {
            DeleteUserAiAccountRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                to_operator_id: value.into(),
                to_operator_id_type: self.to_operator_id_type,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
    > DeleteUserAiAccountRequestBuilder<
        P0,
        P1,
        P2,
        missing::delete_user_ai_account_request::to_operator_id_type,
    > {
        /// Sets [`to_operator_id_type`](super::DeleteUserAiAccountRequest::to_operator_id_type).
        ///
        /// Required.
        pub fn to_operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> DeleteUserAiAccountRequestBuilder<P0, P1, P2, crate::OperatorIdType> {
            DeleteUserAiAccountRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                to_operator_id: self.to_operator_id,
                to_operator_id_type: value.into(),
            }
        }
    }
    impl<P0, P1, P2, P3> DeleteUserAiAccountRequestBuilder<P0, P1, P2, P3> {
        /// The [`DeleteUserAiAccountRequest`](super::DeleteUserAiAccountRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `to_operator_id`, `to_operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `DeleteUserAiAccountRequest` is not set").
        pub fn build(self) -> super::DeleteUserAiAccountRequest
        where
            P0: missing::delete_user_ai_account_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::delete_user_ai_account_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::delete_user_ai_account_request::ToOperatorIdIsSet<
                ::std::string::String,
            >,
            P3: missing::delete_user_ai_account_request::ToOperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::DeleteUserAiAccountRequest {
                operator_id: missing::delete_user_ai_account_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::delete_user_ai_account_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                to_operator_id: missing::delete_user_ai_account_request::ToOperatorIdIsSet::into_field(
                    self.to_operator_id,
                ),
                to_operator_id_type: missing::delete_user_ai_account_request::ToOperatorIdTypeIsSet::into_field(
                    self.to_operator_id_type,
                ),
            }
        }
    }
    /// Builds a [`DeleteUserByUuidRequest`](super::DeleteUserByUuidRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct DeleteUserByUuidRequestBuilder<
        P0 = missing::delete_user_by_uuid_request::uuid,
        P1 = missing::delete_user_by_uuid_request::operator_id,
        P2 = missing::delete_user_by_uuid_request::operator_id_type,
    > {
        pub(crate) uuid: P0,
        pub(crate) operator_id: P1,
        pub(crate) operator_id_type: P2,
    }
    impl<P0, P1, P2> ::std::fmt::Debug for DeleteUserByUuidRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(DeleteUserByUuidRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > DeleteUserByUuidRequestBuilder<
        missing::delete_user_by_uuid_request::uuid,
        P1,
        P2,
    > {
        /// Sets [`uuid`](super::DeleteUserByUuidRequest::uuid).
        ///
        /// Required.
        pub fn uuid(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> DeleteUserByUuidRequestBuilder<::std::string::String, P1, P2> {
            DeleteUserByUuidRequestBuilder {
                uuid: value.into(),
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
        P2,
    > DeleteUserByUuidRequestBuilder<
        P0,
        missing::delete_user_by_uuid_request::operator_id,
        P2,
    > {
        /// Sets [`operator_id`](super::DeleteUserByUuidRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> DeleteUserByUuidRequestBuilder<P0, ::std::string::String, P2> {
            DeleteUserByUuidRequestBuilder {
                uuid: self.uuid,
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
        P1,
    > DeleteUserByUuidRequestBuilder<
        P0,
        P1,
        missing::delete_user_by_uuid_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::DeleteUserByUuidRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> DeleteUserByUuidRequestBuilder<P0, P1, crate::OperatorIdType> {
            DeleteUserByUuidRequestBuilder {
                uuid: self.uuid,
                operator_id: self.operator_id,
                operator_id_type: value.into(),
            }
        }
    }
    impl<P0, P1, P2> DeleteUserByUuidRequestBuilder<P0, P1, P2> {
        /// The [`DeleteUserByUuidRequest`](super::DeleteUserByUuidRequest).
        ///
        /// Compiles once the required fields `uuid`, `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `DeleteUserByUuidRequest` is not set").
        pub fn build(self) -> super::DeleteUserByUuidRequest
        where
            P0: missing::delete_user_by_uuid_request::UuidIsSet<::std::string::String>,
            P1: missing::delete_user_by_uuid_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P2: missing::delete_user_by_uuid_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::DeleteUserByUuidRequest {
                uuid: missing::delete_user_by_uuid_request::UuidIsSet::into_field(
                    self.uuid,
                ),
                operator_id: missing::delete_user_by_uuid_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::delete_user_by_uuid_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
            }
        }
    }
    /// Builds a [`DeleteUserPath`](super::DeleteUserPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct DeleteUserPathBuilder<P0 = missing::delete_user_path::userid> {
        pub(crate) userid: P0,
    }
    impl<P0> ::std::fmt::Debug for DeleteUserPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(DeleteUserPathBuilder)).finish_non_exhaustive()
        }
    }
    impl DeleteUserPathBuilder<missing::delete_user_path::userid> {
        /// Sets [`userid`](super::DeleteUserPath::userid).
        ///
        /// Required.
        pub fn userid(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> DeleteUserPathBuilder<::std::string::String> {
            DeleteUserPathBuilder {
                userid: value.into(),
            }
        }
    }
    impl<P0> DeleteUserPathBuilder<P0> {
        /// The [`DeleteUserPath`](super::DeleteUserPath).
        ///
        /// Compiles once the required field `userid` is set: a missing one is a compile error naming it ("the required field ... of `DeleteUserPath` is not set").
        pub fn build(self) -> super::DeleteUserPath
        where
            P0: missing::delete_user_path::UseridIsSet<::std::string::String>,
        {
            super::DeleteUserPath {
                userid: missing::delete_user_path::UseridIsSet::into_field(self.userid),
            }
        }
    }
    /// Builds a [`DeleteUserRequest`](super::DeleteUserRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct DeleteUserRequestBuilder<
        P0 = missing::delete_user_request::operator_id,
        P1 = missing::delete_user_request::operator_id_type,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
    }
    impl<P0, P1> ::std::fmt::Debug for DeleteUserRequestBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(DeleteUserRequestBuilder)).finish_non_exhaustive()
        }
    }
    impl<P1> DeleteUserRequestBuilder<missing::delete_user_request::operator_id, P1> {
        /// Sets [`operator_id`](super::DeleteUserRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> DeleteUserRequestBuilder<::std::string::String, P1> {
            DeleteUserRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
    > DeleteUserRequestBuilder<P0, missing::delete_user_request::operator_id_type> {
        /// Sets [`operator_id_type`](super::DeleteUserRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> DeleteUserRequestBuilder<P0, crate::OperatorIdType> {
            DeleteUserRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
            }
        }
    }
    impl<P0, P1> DeleteUserRequestBuilder<P0, P1> {
        /// The [`DeleteUserRequest`](super::DeleteUserRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `DeleteUserRequest` is not set").
        pub fn build(self) -> super::DeleteUserRequest
        where
            P0: missing::delete_user_request::OperatorIdIsSet<::std::string::String>,
            P1: missing::delete_user_request::OperatorIdTypeIsSet<crate::OperatorIdType>,
        {
            super::DeleteUserRequest {
                operator_id: missing::delete_user_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::delete_user_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
            }
        }
    }
    /// Builds a [`GetActivationLinksRequest`](super::GetActivationLinksRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetActivationLinksRequestBuilder<
        P0 = missing::get_activation_links_request::userid_list,
        P1 = missing::get_activation_links_request::operator_id,
        P2 = missing::get_activation_links_request::operator_id_type,
    > {
        pub(crate) userid_list: P0,
        pub(crate) operator_id: P1,
        pub(crate) operator_id_type: P2,
    }
    impl<P0, P1, P2> ::std::fmt::Debug for GetActivationLinksRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetActivationLinksRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > GetActivationLinksRequestBuilder<
        missing::get_activation_links_request::userid_list,
        P1,
        P2,
    > {
        /// Sets [`userid_list`](super::GetActivationLinksRequest::userid_list).
        ///
        /// Required.
        pub fn userid_list(
            self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<::std::string::String>,
            >,
        ) -> GetActivationLinksRequestBuilder<
            ::std::vec::Vec<::std::string::String>,
            P1,
            P2,
        > {
            GetActivationLinksRequestBuilder {
                userid_list: value.into_iter().map(::std::convert::Into::into).collect(),
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
        P2,
    > GetActivationLinksRequestBuilder<
        P0,
        missing::get_activation_links_request::operator_id,
        P2,
    > {
        /// Sets [`operator_id`](super::GetActivationLinksRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetActivationLinksRequestBuilder<P0, ::std::string::String, P2> {
            GetActivationLinksRequestBuilder {
                userid_list: self.userid_list,
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
        P1,
    > GetActivationLinksRequestBuilder<
        P0,
        P1,
        missing::get_activation_links_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::GetActivationLinksRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> GetActivationLinksRequestBuilder<P0, P1, crate::OperatorIdType> {
            GetActivationLinksRequestBuilder {
                userid_list: self.userid_list,
                operator_id: self.operator_id,
                operator_id_type: value.into(),
            }
        }
    }
    impl<P0, P1, P2> GetActivationLinksRequestBuilder<P0, P1, P2> {
        /// The [`GetActivationLinksRequest`](super::GetActivationLinksRequest).
        ///
        /// Compiles once the required fields `userid_list`, `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `GetActivationLinksRequest` is not set").
        pub fn build(self) -> super::GetActivationLinksRequest
        where
            P0: missing::get_activation_links_request::UseridListIsSet<
                ::std::vec::Vec<::std::string::String>,
            >,
            P1: missing::get_activation_links_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P2: missing::get_activation_links_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::GetActivationLinksRequest {
                userid_list: missing::get_activation_links_request::UseridListIsSet::into_field(
                    self.userid_list,
                ),
                operator_id: missing::get_activation_links_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::get_activation_links_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
            }
        }
    }
    /// Builds a [`GetActivationLinksResponse`](super::GetActivationLinksResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetActivationLinksResponseBuilder {
        pub(crate) inactivate_user_list: ::std::option::Option<
            ::std::vec::Vec<ActivationLink>,
        >,
    }
    impl ::std::fmt::Debug for GetActivationLinksResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetActivationLinksResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetActivationLinksResponseBuilder {
        /// Sets [`inactivate_user_list`](super::GetActivationLinksResponse::inactivate_user_list).
        ///
        /// Optional.
        pub fn inactivate_user_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<ActivationLink>,
            >,
        ) -> Self {
            self.inactivate_user_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl GetActivationLinksResponseBuilder {
        /// The [`GetActivationLinksResponse`](super::GetActivationLinksResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::GetActivationLinksResponse {
            super::GetActivationLinksResponse {
                inactivate_user_list: self.inactivate_user_list,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`GetMeetingMsOpenIdPath`](super::GetMeetingMsOpenIdPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetMeetingMsOpenIdPathBuilder<
        P0 = missing::get_meeting_ms_open_id_path::meeting_id,
    > {
        pub(crate) meeting_id: P0,
    }
    impl<P0> ::std::fmt::Debug for GetMeetingMsOpenIdPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetMeetingMsOpenIdPathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetMeetingMsOpenIdPathBuilder<
        missing::get_meeting_ms_open_id_path::meeting_id,
    > {
        /// Sets [`meeting_id`](super::GetMeetingMsOpenIdPath::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetMeetingMsOpenIdPathBuilder<::std::string::String> {
            GetMeetingMsOpenIdPathBuilder {
                meeting_id: value.into(),
            }
        }
    }
    impl<P0> GetMeetingMsOpenIdPathBuilder<P0> {
        /// The [`GetMeetingMsOpenIdPath`](super::GetMeetingMsOpenIdPath).
        ///
        /// Compiles once the required field `meeting_id` is set: a missing one is a compile error naming it ("the required field ... of `GetMeetingMsOpenIdPath` is not set").
        pub fn build(self) -> super::GetMeetingMsOpenIdPath
        where
            P0: missing::get_meeting_ms_open_id_path::MeetingIdIsSet<
                ::std::string::String,
            >,
        {
            super::GetMeetingMsOpenIdPath {
                meeting_id: missing::get_meeting_ms_open_id_path::MeetingIdIsSet::into_field(
                    self.meeting_id,
                ),
            }
        }
    }
    /// Builds a [`GetMeetingMsOpenIdRequest`](super::GetMeetingMsOpenIdRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetMeetingMsOpenIdRequestBuilder<
        P0 = missing::get_meeting_ms_open_id_request::operator_id,
        P1 = missing::get_meeting_ms_open_id_request::operator_id_type,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
    }
    impl<P0, P1> ::std::fmt::Debug for GetMeetingMsOpenIdRequestBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetMeetingMsOpenIdRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > GetMeetingMsOpenIdRequestBuilder<
        missing::get_meeting_ms_open_id_request::operator_id,
        P1,
    > {
        /// Sets [`operator_id`](super::GetMeetingMsOpenIdRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetMeetingMsOpenIdRequestBuilder<::std::string::String, P1> {
            GetMeetingMsOpenIdRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
    > GetMeetingMsOpenIdRequestBuilder<
        P0,
        missing::get_meeting_ms_open_id_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::GetMeetingMsOpenIdRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> GetMeetingMsOpenIdRequestBuilder<P0, crate::OperatorIdType> {
            GetMeetingMsOpenIdRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
            }
        }
    }
    impl<P0, P1> GetMeetingMsOpenIdRequestBuilder<P0, P1> {
        /// The [`GetMeetingMsOpenIdRequest`](super::GetMeetingMsOpenIdRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `GetMeetingMsOpenIdRequest` is not set").
        pub fn build(self) -> super::GetMeetingMsOpenIdRequest
        where
            P0: missing::get_meeting_ms_open_id_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::get_meeting_ms_open_id_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::GetMeetingMsOpenIdRequest {
                operator_id: missing::get_meeting_ms_open_id_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::get_meeting_ms_open_id_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
            }
        }
    }
    /// Builds a [`GetMeetingMsOpenIdResponse`](super::GetMeetingMsOpenIdResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetMeetingMsOpenIdResponseBuilder {
        pub(crate) meeting_id: ::std::option::Option<::std::string::String>,
        pub(crate) ms_open_id: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for GetMeetingMsOpenIdResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetMeetingMsOpenIdResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetMeetingMsOpenIdResponseBuilder {
        /// Sets [`meeting_id`](super::GetMeetingMsOpenIdResponse::meeting_id).
        ///
        /// Optional.
        pub fn meeting_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`ms_open_id`](super::GetMeetingMsOpenIdResponse::ms_open_id).
        ///
        /// Optional.
        pub fn ms_open_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.ms_open_id = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl GetMeetingMsOpenIdResponseBuilder {
        /// The [`GetMeetingMsOpenIdResponse`](super::GetMeetingMsOpenIdResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::GetMeetingMsOpenIdResponse {
            super::GetMeetingMsOpenIdResponse {
                meeting_id: self.meeting_id,
                ms_open_id: self.ms_open_id,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`GetPmiConfigRequest`](super::GetPmiConfigRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetPmiConfigRequestBuilder<P0 = missing::get_pmi_config_request::userid> {
        pub(crate) userid: P0,
        pub(crate) instanceid: ::std::option::Option<crate::InstanceId>,
    }
    impl<P0> ::std::fmt::Debug for GetPmiConfigRequestBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetPmiConfigRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetPmiConfigRequestBuilder<missing::get_pmi_config_request::userid> {
        /// Sets [`userid`](super::GetPmiConfigRequest::userid).
        ///
        /// Required.
        pub fn userid(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetPmiConfigRequestBuilder<::std::string::String> {
            GetPmiConfigRequestBuilder {
                userid: value.into(),
                instanceid: self.instanceid,
            }
        }
    }
    impl<P0> GetPmiConfigRequestBuilder<P0> {
        /// Sets [`instanceid`](super::GetPmiConfigRequest::instanceid).
        ///
        /// Optional.
        pub fn instanceid(
            mut self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> Self {
            self.instanceid = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0> GetPmiConfigRequestBuilder<P0> {
        /// The [`GetPmiConfigRequest`](super::GetPmiConfigRequest).
        ///
        /// Compiles once the required field `userid` is set: a missing one is a compile error naming it ("the required field ... of `GetPmiConfigRequest` is not set").
        pub fn build(self) -> super::GetPmiConfigRequest
        where
            P0: missing::get_pmi_config_request::UseridIsSet<::std::string::String>,
        {
            super::GetPmiConfigRequest {
                userid: missing::get_pmi_config_request::UseridIsSet::into_field(
                    self.userid,
                ),
                instanceid: self.instanceid,
            }
        }
    }
    /// Builds a [`GetPmiConfigResponse`](super::GetPmiConfigResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetPmiConfigResponseBuilder {
        pub(crate) pmi_code: ::std::option::Option<::std::string::String>,
        pub(crate) pmi_password: ::std::option::Option<::std::string::String>,
        pub(crate) pmi_name: ::std::option::Option<::std::string::String>,
        pub(crate) allow_in_waiting_room: ::std::option::Option<bool>,
        pub(crate) only_enterprise_user_allowed: ::std::option::Option<bool>,
        pub(crate) allow_in_before_host: ::std::option::Option<bool>,
        pub(crate) watermark: ::std::option::Option<bool>,
        pub(crate) water_mark_type: ::std::option::Option<crate::WaterMarkType>,
        pub(crate) disable_note_capture: ::std::option::Option<bool>,
        pub(crate) mute_enable_type_join: ::std::option::Option<crate::MuteOnJoin>,
        pub(crate) hosts: ::std::option::Option<::std::vec::Vec<PmiHost>>,
        pub(crate) allow_multi_device: ::std::option::Option<bool>,
    }
    impl ::std::fmt::Debug for GetPmiConfigResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetPmiConfigResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetPmiConfigResponseBuilder {
        /// Sets [`pmi_code`](super::GetPmiConfigResponse::pmi_code).
        ///
        /// Optional.
        pub fn pmi_code(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.pmi_code = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`pmi_password`](super::GetPmiConfigResponse::pmi_password).
        ///
        /// Optional.
        pub fn pmi_password(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.pmi_password = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`pmi_name`](super::GetPmiConfigResponse::pmi_name).
        ///
        /// Optional.
        pub fn pmi_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.pmi_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`allow_in_waiting_room`](super::GetPmiConfigResponse::allow_in_waiting_room).
        ///
        /// Optional.
        pub fn allow_in_waiting_room(mut self, value: bool) -> Self {
            self.allow_in_waiting_room = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`only_enterprise_user_allowed`](super::GetPmiConfigResponse::only_enterprise_user_allowed).
        ///
        /// Optional.
        pub fn only_enterprise_user_allowed(mut self, value: bool) -> Self {
            self.only_enterprise_user_allowed = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`allow_in_before_host`](super::GetPmiConfigResponse::allow_in_before_host).
        ///
        /// Optional.
        pub fn allow_in_before_host(mut self, value: bool) -> Self {
            self.allow_in_before_host = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`watermark`](super::GetPmiConfigResponse::watermark).
        ///
        /// Optional.
        pub fn watermark(mut self, value: bool) -> Self {
            self.watermark = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`water_mark_type`](super::GetPmiConfigResponse::water_mark_type).
        ///
        /// Optional.
        pub fn water_mark_type(
            mut self,
            value: impl ::std::convert::Into<crate::WaterMarkType>,
        ) -> Self {
            self.water_mark_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`disable_note_capture`](super::GetPmiConfigResponse::disable_note_capture).
        ///
        /// Optional.
        pub fn disable_note_capture(mut self, value: bool) -> Self {
            self.disable_note_capture = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`mute_enable_type_join`](super::GetPmiConfigResponse::mute_enable_type_join).
        ///
        /// Optional.
        pub fn mute_enable_type_join(
            mut self,
            value: impl ::std::convert::Into<crate::MuteOnJoin>,
        ) -> Self {
            self.mute_enable_type_join = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`hosts`](super::GetPmiConfigResponse::hosts).
        ///
        /// Optional.
        pub fn hosts(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<PmiHost>,
            >,
        ) -> Self {
            self.hosts = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`allow_multi_device`](super::GetPmiConfigResponse::allow_multi_device).
        ///
        /// Optional.
        pub fn allow_multi_device(mut self, value: bool) -> Self {
            self.allow_multi_device = ::std::option::Option::Some(value);
            self
        }
    }
    impl GetPmiConfigResponseBuilder {
        /// The [`GetPmiConfigResponse`](super::GetPmiConfigResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::GetPmiConfigResponse {
            super::GetPmiConfigResponse {
                pmi_code: self.pmi_code,
                pmi_password: self.pmi_password,
                pmi_name: self.pmi_name,
                allow_in_waiting_room: self.allow_in_waiting_room,
                only_enterprise_user_allowed: self.only_enterprise_user_allowed,
                allow_in_before_host: self.allow_in_before_host,
                watermark: self.watermark,
                water_mark_type: self.water_mark_type,
                disable_note_capture: self.disable_note_capture,
                mute_enable_type_join: self.mute_enable_type_join,
                hosts: self.hosts,
                allow_multi_device: self.allow_multi_device,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`GetUserAccountStatisticsRequest`](super::GetUserAccountStatisticsRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetUserAccountStatisticsRequestBuilder<
        P0 = missing::get_user_account_statistics_request::operator_id,
        P1 = missing::get_user_account_statistics_request::operator_id_type,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
    }
    impl<P0, P1> ::std::fmt::Debug for GetUserAccountStatisticsRequestBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetUserAccountStatisticsRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > GetUserAccountStatisticsRequestBuilder<
        missing::get_user_account_statistics_request::operator_id,
        P1,
    > {
        /// Sets [`operator_id`](super::GetUserAccountStatisticsRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetUserAccountStatisticsRequestBuilder<::std::string::String, P1> {
            GetUserAccountStatisticsRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
    > GetUserAccountStatisticsRequestBuilder<
        P0,
        missing::get_user_account_statistics_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::GetUserAccountStatisticsRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> GetUserAccountStatisticsRequestBuilder<P0, crate::OperatorIdType> {
            GetUserAccountStatisticsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
            }
        }
    }
    impl<P0, P1> GetUserAccountStatisticsRequestBuilder<P0, P1> {
        /// The [`GetUserAccountStatisticsRequest`](super::GetUserAccountStatisticsRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `GetUserAccountStatisticsRequest` is not set").
        pub fn build(self) -> super::GetUserAccountStatisticsRequest
        where
            P0: missing::get_user_account_statistics_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::get_user_account_statistics_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::GetUserAccountStatisticsRequest {
                operator_id: missing::get_user_account_statistics_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::get_user_account_statistics_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
            }
        }
    }
    /// Builds a [`GetUserAccountStatisticsResponse`](super::GetUserAccountStatisticsResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetUserAccountStatisticsResponseBuilder {
        pub(crate) user_count: ::std::option::Option<i64>,
        pub(crate) user_account_details: ::std::option::Option<
            ::std::vec::Vec<UserAccountUsage>,
        >,
        pub(crate) ai_account_details: ::std::option::Option<
            ::std::vec::Vec<AiAccountUsage>,
        >,
    }
    impl ::std::fmt::Debug for GetUserAccountStatisticsResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetUserAccountStatisticsResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetUserAccountStatisticsResponseBuilder {
        /// Sets [`user_count`](super::GetUserAccountStatisticsResponse::user_count).
        ///
        /// Optional.
        pub fn user_count(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.user_count = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`user_account_details`](super::GetUserAccountStatisticsResponse::user_account_details).
        ///
        /// Optional.
        pub fn user_account_details(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<UserAccountUsage>,
            >,
        ) -> Self {
            self.user_account_details = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`ai_account_details`](super::GetUserAccountStatisticsResponse::ai_account_details).
        ///
        /// Optional.
        pub fn ai_account_details(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<AiAccountUsage>,
            >,
        ) -> Self {
            self.ai_account_details = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl GetUserAccountStatisticsResponseBuilder {
        /// The [`GetUserAccountStatisticsResponse`](super::GetUserAccountStatisticsResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::GetUserAccountStatisticsResponse {
            super::GetUserAccountStatisticsResponse {
                user_count: self.user_count,
                user_account_details: self.user_account_details,
                ai_account_details: self.ai_account_details,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`GetUserBasicInfoRequest`](super::GetUserBasicInfoRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetUserBasicInfoRequestBuilder<
        P0 = missing::get_user_basic_info_request::operator_id,
        P1 = missing::get_user_basic_info_request::operator_id_type,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
    }
    impl<P0, P1> ::std::fmt::Debug for GetUserBasicInfoRequestBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetUserBasicInfoRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > GetUserBasicInfoRequestBuilder<
        missing::get_user_basic_info_request::operator_id,
        P1,
    > {
        /// Sets [`operator_id`](super::GetUserBasicInfoRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetUserBasicInfoRequestBuilder<::std::string::String, P1> {
            GetUserBasicInfoRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
    > GetUserBasicInfoRequestBuilder<
        P0,
        missing::get_user_basic_info_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::GetUserBasicInfoRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> GetUserBasicInfoRequestBuilder<P0, crate::OperatorIdType> {
            GetUserBasicInfoRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
            }
        }
    }
    impl<P0, P1> GetUserBasicInfoRequestBuilder<P0, P1> {
        /// The [`GetUserBasicInfoRequest`](super::GetUserBasicInfoRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `GetUserBasicInfoRequest` is not set").
        pub fn build(self) -> super::GetUserBasicInfoRequest
        where
            P0: missing::get_user_basic_info_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::get_user_basic_info_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::GetUserBasicInfoRequest {
                operator_id: missing::get_user_basic_info_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::get_user_basic_info_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
            }
        }
    }
    /// Builds a [`GetUserBasicInfoResponse`](super::GetUserBasicInfoResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetUserBasicInfoResponseBuilder {
        pub(crate) username: ::std::option::Option<::std::string::String>,
        pub(crate) open_corp_id: ::std::option::Option<::std::string::String>,
        pub(crate) open_corp_name: ::std::option::Option<::std::string::String>,
        pub(crate) status: ::std::option::Option<crate::users::UserStatus>,
        pub(crate) avatar_url: ::std::option::Option<::std::string::String>,
        pub(crate) account_type: ::std::option::Option<crate::users::AccountType>,
        pub(crate) account_version: ::std::option::Option<crate::users::AccountVersion>,
        pub(crate) user_account_type: ::std::option::Option<
            crate::users::UserAccountType,
        >,
        pub(crate) add_on_largemeeting: ::std::option::Option<
            crate::users::LargeMeetingAddOn,
        >,
        pub(crate) add_on_webinar: ::std::option::Option<crate::users::WebinarAddOn>,
        pub(crate) enable_ai_account: ::std::option::Option<bool>,
        pub(crate) ai_account_type: ::std::option::Option<crate::users::AiAccountType>,
        pub(crate) phone_status: ::std::option::Option<crate::users::PhoneStatus>,
    }
    impl ::std::fmt::Debug for GetUserBasicInfoResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetUserBasicInfoResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetUserBasicInfoResponseBuilder {
        /// Sets [`username`](super::GetUserBasicInfoResponse::username).
        ///
        /// Optional.
        pub fn username(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.username = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`open_corp_id`](super::GetUserBasicInfoResponse::open_corp_id).
        ///
        /// Optional.
        pub fn open_corp_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.open_corp_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`open_corp_name`](super::GetUserBasicInfoResponse::open_corp_name).
        ///
        /// Optional.
        pub fn open_corp_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.open_corp_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`status`](super::GetUserBasicInfoResponse::status).
        ///
        /// Optional.
        pub fn status(
            mut self,
            value: impl ::std::convert::Into<crate::users::UserStatus>,
        ) -> Self {
            self.status = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`avatar_url`](super::GetUserBasicInfoResponse::avatar_url).
        ///
        /// Optional.
        pub fn avatar_url(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.avatar_url = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`account_type`](super::GetUserBasicInfoResponse::account_type).
        ///
        /// Optional.
        pub fn account_type(
            mut self,
            value: impl ::std::convert::Into<crate::users::AccountType>,
        ) -> Self {
            self.account_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`account_version`](super::GetUserBasicInfoResponse::account_version).
        ///
        /// Optional.
        pub fn account_version(
            mut self,
            value: impl ::std::convert::Into<crate::users::AccountVersion>,
        ) -> Self {
            self.account_version = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`user_account_type`](super::GetUserBasicInfoResponse::user_account_type).
        ///
        /// Optional.
        pub fn user_account_type(
            mut self,
            value: impl ::std::convert::Into<crate::users::UserAccountType>,
        ) -> Self {
            self.user_account_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`add_on_largemeeting`](super::GetUserBasicInfoResponse::add_on_largemeeting).
        ///
        /// Optional.
        pub fn add_on_largemeeting(
            mut self,
            value: impl ::std::convert::Into<crate::users::LargeMeetingAddOn>,
        ) -> Self {
            self.add_on_largemeeting = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`add_on_webinar`](super::GetUserBasicInfoResponse::add_on_webinar).
        ///
        /// Optional.
        pub fn add_on_webinar(
            mut self,
            value: impl ::std::convert::Into<crate::users::WebinarAddOn>,
        ) -> Self {
            self.add_on_webinar = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`enable_ai_account`](super::GetUserBasicInfoResponse::enable_ai_account).
        ///
        /// Optional.
        pub fn enable_ai_account(mut self, value: bool) -> Self {
            self.enable_ai_account = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`ai_account_type`](super::GetUserBasicInfoResponse::ai_account_type).
        ///
        /// Optional.
        pub fn ai_account_type(
            mut self,
            value: impl ::std::convert::Into<crate::users::AiAccountType>,
        ) -> Self {
            self.ai_account_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`phone_status`](super::GetUserBasicInfoResponse::phone_status).
        ///
        /// Optional.
        pub fn phone_status(
            mut self,
            value: impl ::std::convert::Into<crate::users::PhoneStatus>,
        ) -> Self {
            self.phone_status = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl GetUserBasicInfoResponseBuilder {
        /// The [`GetUserBasicInfoResponse`](super::GetUserBasicInfoResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::GetUserBasicInfoResponse {
            super::GetUserBasicInfoResponse {
                username: self.username,
                open_corp_id: self.open_corp_id,
                open_corp_name: self.open_corp_name,
                status: self.status,
                avatar_url: self.avatar_url,
                account_type: self.account_type,
                account_version: self.account_version,
                user_account_type: self.user_account_type,
                add_on_largemeeting: self.add_on_largemeeting,
                add_on_webinar: self.add_on_webinar,
                enable_ai_account: self.enable_ai_account,
                ai_account_type: self.ai_account_type,
                phone_status: self.phone_status,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`GetUserByUuidRequest`](super::GetUserByUuidRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetUserByUuidRequestBuilder<
        P0 = missing::get_user_by_uuid_request::uuid,
        P1 = missing::get_user_by_uuid_request::operator_id,
        P2 = missing::get_user_by_uuid_request::operator_id_type,
    > {
        pub(crate) uuid: P0,
        pub(crate) operator_id: P1,
        pub(crate) operator_id_type: P2,
    }
    impl<P0, P1, P2> ::std::fmt::Debug for GetUserByUuidRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetUserByUuidRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > GetUserByUuidRequestBuilder<missing::get_user_by_uuid_request::uuid, P1, P2> {
        /// Sets [`uuid`](super::GetUserByUuidRequest::uuid).
        ///
        /// Required.
        pub fn uuid(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetUserByUuidRequestBuilder<::std::string::String, P1, P2> {
            GetUserByUuidRequestBuilder {
                uuid: value.into(),
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
        P2,
    > GetUserByUuidRequestBuilder<
        P0,
        missing::get_user_by_uuid_request::operator_id,
        P2,
    > {
        /// Sets [`operator_id`](super::GetUserByUuidRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetUserByUuidRequestBuilder<P0, ::std::string::String, P2> {
            GetUserByUuidRequestBuilder {
                uuid: self.uuid,
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
        P1,
    > GetUserByUuidRequestBuilder<
        P0,
        P1,
        missing::get_user_by_uuid_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::GetUserByUuidRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> GetUserByUuidRequestBuilder<P0, P1, crate::OperatorIdType> {
            GetUserByUuidRequestBuilder {
                uuid: self.uuid,
                operator_id: self.operator_id,
                operator_id_type: value.into(),
            }
        }
    }
    impl<P0, P1, P2> GetUserByUuidRequestBuilder<P0, P1, P2> {
        /// The [`GetUserByUuidRequest`](super::GetUserByUuidRequest).
        ///
        /// Compiles once the required fields `uuid`, `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `GetUserByUuidRequest` is not set").
        pub fn build(self) -> super::GetUserByUuidRequest
        where
            P0: missing::get_user_by_uuid_request::UuidIsSet<::std::string::String>,
            P1: missing::get_user_by_uuid_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P2: missing::get_user_by_uuid_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::GetUserByUuidRequest {
                uuid: missing::get_user_by_uuid_request::UuidIsSet::into_field(
                    self.uuid,
                ),
                operator_id: missing::get_user_by_uuid_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::get_user_by_uuid_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
            }
        }
    }
    /// Builds a [`GetUserPath`](super::GetUserPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetUserPathBuilder<P0 = missing::get_user_path::userid> {
        pub(crate) userid: P0,
    }
    impl<P0> ::std::fmt::Debug for GetUserPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetUserPathBuilder)).finish_non_exhaustive()
        }
    }
    impl GetUserPathBuilder<missing::get_user_path::userid> {
        /// Sets [`userid`](super::GetUserPath::userid).
        ///
        /// Required.
        pub fn userid(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetUserPathBuilder<::std::string::String> {
            GetUserPathBuilder {
                userid: value.into(),
            }
        }
    }
    impl<P0> GetUserPathBuilder<P0> {
        /// The [`GetUserPath`](super::GetUserPath).
        ///
        /// Compiles once the required field `userid` is set: a missing one is a compile error naming it ("the required field ... of `GetUserPath` is not set").
        pub fn build(self) -> super::GetUserPath
        where
            P0: missing::get_user_path::UseridIsSet<::std::string::String>,
        {
            super::GetUserPath {
                userid: missing::get_user_path::UseridIsSet::into_field(self.userid),
            }
        }
    }
    /// Builds a [`GetUserRequest`](super::GetUserRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetUserRequestBuilder<
        P0 = missing::get_user_request::operator_id,
        P1 = missing::get_user_request::operator_id_type,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
    }
    impl<P0, P1> ::std::fmt::Debug for GetUserRequestBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetUserRequestBuilder)).finish_non_exhaustive()
        }
    }
    impl<P1> GetUserRequestBuilder<missing::get_user_request::operator_id, P1> {
        /// Sets [`operator_id`](super::GetUserRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetUserRequestBuilder<::std::string::String, P1> {
            GetUserRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<P0> GetUserRequestBuilder<P0, missing::get_user_request::operator_id_type> {
        /// Sets [`operator_id_type`](super::GetUserRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> GetUserRequestBuilder<P0, crate::OperatorIdType> {
            GetUserRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
            }
        }
    }
    impl<P0, P1> GetUserRequestBuilder<P0, P1> {
        /// The [`GetUserRequest`](super::GetUserRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `GetUserRequest` is not set").
        pub fn build(self) -> super::GetUserRequest
        where
            P0: missing::get_user_request::OperatorIdIsSet<::std::string::String>,
            P1: missing::get_user_request::OperatorIdTypeIsSet<crate::OperatorIdType>,
        {
            super::GetUserRequest {
                operator_id: missing::get_user_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::get_user_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
            }
        }
    }
    /// Builds a [`GetUserResponse`](super::GetUserResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetUserResponseBuilder {
        pub(crate) userid: ::std::option::Option<::std::string::String>,
        pub(crate) uuid: ::std::option::Option<::std::string::String>,
        pub(crate) username: ::std::option::Option<::std::string::String>,
        pub(crate) update_time: ::std::option::Option<::std::string::String>,
        pub(crate) status: ::std::option::Option<crate::users::UserStatus>,
        pub(crate) email: ::std::option::Option<::std::string::String>,
        pub(crate) avatar_url: ::std::option::Option<::std::string::String>,
        pub(crate) account_type: ::std::option::Option<crate::users::AccountType>,
        pub(crate) phone: ::std::option::Option<::std::string::String>,
        pub(crate) area: ::std::option::Option<::std::string::String>,
        pub(crate) staff_id: ::std::option::Option<::std::string::String>,
        pub(crate) job_title: ::std::option::Option<::std::string::String>,
        pub(crate) entry_time: ::std::option::Option<::std::string::String>,
        pub(crate) role_name: ::std::option::Option<::std::string::String>,
        pub(crate) role_code: ::std::option::Option<::std::string::String>,
        pub(crate) department_list: ::std::option::Option<
            ::std::vec::Vec<UserDepartment>,
        >,
        pub(crate) account_version: ::std::option::Option<crate::users::AccountVersion>,
        pub(crate) user_account_type: ::std::option::Option<
            crate::users::UserAccountType,
        >,
        pub(crate) add_on_largemeeting: ::std::option::Option<
            crate::users::LargeMeetingAddOn,
        >,
        pub(crate) add_on_webinar: ::std::option::Option<crate::users::WebinarAddOn>,
        pub(crate) enable_ai_account: ::std::option::Option<bool>,
        pub(crate) ai_account_type: ::std::option::Option<crate::users::AiAccountType>,
        pub(crate) phone_status: ::std::option::Option<crate::users::PhoneStatus>,
    }
    impl ::std::fmt::Debug for GetUserResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetUserResponseBuilder)).finish_non_exhaustive()
        }
    }
    impl GetUserResponseBuilder {
        /// Sets [`userid`](super::GetUserResponse::userid).
        ///
        /// Optional.
        pub fn userid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.userid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`uuid`](super::GetUserResponse::uuid).
        ///
        /// Optional.
        pub fn uuid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.uuid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`username`](super::GetUserResponse::username).
        ///
        /// Optional.
        pub fn username(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.username = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`update_time`](super::GetUserResponse::update_time).
        ///
        /// Optional.
        pub fn update_time(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.update_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`status`](super::GetUserResponse::status).
        ///
        /// Optional.
        pub fn status(
            mut self,
            value: impl ::std::convert::Into<crate::users::UserStatus>,
        ) -> Self {
            self.status = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`email`](super::GetUserResponse::email).
        ///
        /// Optional.
        pub fn email(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.email = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`avatar_url`](super::GetUserResponse::avatar_url).
        ///
        /// Optional.
        pub fn avatar_url(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.avatar_url = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`account_type`](super::GetUserResponse::account_type).
        ///
        /// Optional.
        pub fn account_type(
            mut self,
            value: impl ::std::convert::Into<crate::users::AccountType>,
        ) -> Self {
            self.account_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`phone`](super::GetUserResponse::phone).
        ///
        /// Optional.
        pub fn phone(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.phone = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`area`](super::GetUserResponse::area).
        ///
        /// Optional.
        pub fn area(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.area = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`staff_id`](super::GetUserResponse::staff_id).
        ///
        /// Optional.
        pub fn staff_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.staff_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`job_title`](super::GetUserResponse::job_title).
        ///
        /// Optional.
        pub fn job_title(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.job_title = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`entry_time`](super::GetUserResponse::entry_time).
        ///
        /// Optional.
        pub fn entry_time(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.entry_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`role_name`](super::GetUserResponse::role_name).
        ///
        /// Optional.
        pub fn role_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.role_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`role_code`](super::GetUserResponse::role_code).
        ///
        /// Optional.
        pub fn role_code(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.role_code = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`department_list`](super::GetUserResponse::department_list).
        ///
        /// Optional.
        pub fn department_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<UserDepartment>,
            >,
        ) -> Self {
            self.department_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`account_version`](super::GetUserResponse::account_version).
        ///
        /// Optional.
        pub fn account_version(
            mut self,
            value: impl ::std::convert::Into<crate::users::AccountVersion>,
        ) -> Self {
            self.account_version = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`user_account_type`](super::GetUserResponse::user_account_type).
        ///
        /// Optional.
        pub fn user_account_type(
            mut self,
            value: impl ::std::convert::Into<crate::users::UserAccountType>,
        ) -> Self {
            self.user_account_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`add_on_largemeeting`](super::GetUserResponse::add_on_largemeeting).
        ///
        /// Optional.
        pub fn add_on_largemeeting(
            mut self,
            value: impl ::std::convert::Into<crate::users::LargeMeetingAddOn>,
        ) -> Self {
            self.add_on_largemeeting = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`add_on_webinar`](super::GetUserResponse::add_on_webinar).
        ///
        /// Optional.
        pub fn add_on_webinar(
            mut self,
            value: impl ::std::convert::Into<crate::users::WebinarAddOn>,
        ) -> Self {
            self.add_on_webinar = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`enable_ai_account`](super::GetUserResponse::enable_ai_account).
        ///
        /// Optional.
        pub fn enable_ai_account(mut self, value: bool) -> Self {
            self.enable_ai_account = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`ai_account_type`](super::GetUserResponse::ai_account_type).
        ///
        /// Optional.
        pub fn ai_account_type(
            mut self,
            value: impl ::std::convert::Into<crate::users::AiAccountType>,
        ) -> Self {
            self.ai_account_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`phone_status`](super::GetUserResponse::phone_status).
        ///
        /// Optional.
        pub fn phone_status(
            mut self,
            value: impl ::std::convert::Into<crate::users::PhoneStatus>,
        ) -> Self {
            self.phone_status = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl GetUserResponseBuilder {
        /// The [`GetUserResponse`](super::GetUserResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::GetUserResponse {
            super::GetUserResponse {
                userid: self.userid,
                uuid: self.uuid,
                username: self.username,
                update_time: self.update_time,
                status: self.status,
                email: self.email,
                avatar_url: self.avatar_url,
                account_type: self.account_type,
                phone: self.phone,
                area: self.area,
                staff_id: self.staff_id,
                job_title: self.job_title,
                entry_time: self.entry_time,
                role_name: self.role_name,
                role_code: self.role_code,
                department_list: self.department_list,
                account_version: self.account_version,
                user_account_type: self.user_account_type,
                add_on_largemeeting: self.add_on_largemeeting,
                add_on_webinar: self.add_on_webinar,
                enable_ai_account: self.enable_ai_account,
                ai_account_type: self.ai_account_type,
                phone_status: self.phone_status,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`GetVerificationLinksRequest`](super::GetVerificationLinksRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetVerificationLinksRequestBuilder<
        P0 = missing::get_verification_links_request::userid_list,
        P1 = missing::get_verification_links_request::operator_id,
        P2 = missing::get_verification_links_request::operator_id_type,
    > {
        pub(crate) userid_list: P0,
        pub(crate) operator_id: P1,
        pub(crate) operator_id_type: P2,
    }
    impl<P0, P1, P2> ::std::fmt::Debug
    for GetVerificationLinksRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetVerificationLinksRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > GetVerificationLinksRequestBuilder<
        missing::get_verification_links_request::userid_list,
        P1,
        P2,
    > {
        /// Sets [`userid_list`](super::GetVerificationLinksRequest::userid_list).
        ///
        /// Required.
        pub fn userid_list(
            self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<::std::string::String>,
            >,
        ) -> GetVerificationLinksRequestBuilder<
            ::std::vec::Vec<::std::string::String>,
            P1,
            P2,
        > {
            GetVerificationLinksRequestBuilder {
                userid_list: value.into_iter().map(::std::convert::Into::into).collect(),
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
        P2,
    > GetVerificationLinksRequestBuilder<
        P0,
        missing::get_verification_links_request::operator_id,
        P2,
    > {
        /// Sets [`operator_id`](super::GetVerificationLinksRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetVerificationLinksRequestBuilder<P0, ::std::string::String, P2> {
            GetVerificationLinksRequestBuilder {
                userid_list: self.userid_list,
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
        P1,
    > GetVerificationLinksRequestBuilder<
        P0,
        P1,
        missing::get_verification_links_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::GetVerificationLinksRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> GetVerificationLinksRequestBuilder<P0, P1, crate::OperatorIdType> {
            GetVerificationLinksRequestBuilder {
                userid_list: self.userid_list,
                operator_id: self.operator_id,
                operator_id_type: value.into(),
            }
        }
    }
    impl<P0, P1, P2> GetVerificationLinksRequestBuilder<P0, P1, P2> {
        /// The [`GetVerificationLinksRequest`](super::GetVerificationLinksRequest).
        ///
        /// Compiles once the required fields `userid_list`, `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `GetVerificationLinksRequest` is not set").
        pub fn build(self) -> super::GetVerificationLinksRequest
        where
            P0: missing::get_verification_links_request::UseridListIsSet<
                ::std::vec::Vec<::std::string::String>,
            >,
            P1: missing::get_verification_links_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P2: missing::get_verification_links_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::GetVerificationLinksRequest {
                userid_list: missing::get_verification_links_request::UseridListIsSet::into_field(
                    self.userid_list,
                ),
                operator_id: missing::get_verification_links_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::get_verification_links_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
            }
        }
    }
    /// Builds a [`GetVerificationLinksResponse`](super::GetVerificationLinksResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetVerificationLinksResponseBuilder {
        pub(crate) auth_user_list: ::std::option::Option<
            ::std::vec::Vec<VerificationLink>,
        >,
        pub(crate) error_user_list: ::std::option::Option<
            ::std::vec::Vec<VerificationLinkFailure>,
        >,
    }
    impl ::std::fmt::Debug for GetVerificationLinksResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetVerificationLinksResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetVerificationLinksResponseBuilder {
        /// Sets [`auth_user_list`](super::GetVerificationLinksResponse::auth_user_list).
        ///
        /// Optional.
        pub fn auth_user_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<VerificationLink>,
            >,
        ) -> Self {
            self.auth_user_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`error_user_list`](super::GetVerificationLinksResponse::error_user_list).
        ///
        /// Optional.
        pub fn error_user_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<VerificationLinkFailure>,
            >,
        ) -> Self {
            self.error_user_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl GetVerificationLinksResponseBuilder {
        /// The [`GetVerificationLinksResponse`](super::GetVerificationLinksResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::GetVerificationLinksResponse {
            super::GetVerificationLinksResponse {
                auth_user_list: self.auth_user_list,
                error_user_list: self.error_user_list,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`ListUsersAdvancedRequest`](super::ListUsersAdvancedRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ListUsersAdvancedRequestBuilder<
        P0 = missing::list_users_advanced_request::operator_id,
        P1 = missing::list_users_advanced_request::operator_id_type,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) pos: ::std::option::Option<::std::string::String>,
        pub(crate) size: ::std::option::Option<i64>,
        pub(crate) status: ::std::option::Option<crate::users::UserStatusFilter>,
        pub(crate) user_account_type: ::std::option::Option<
            crate::users::UserAccountTypeFilter,
        >,
        pub(crate) enable_ai_account: ::std::option::Option<bool>,
        pub(crate) department_id: ::std::option::Option<::std::string::String>,
    }
    impl<P0, P1> ::std::fmt::Debug for ListUsersAdvancedRequestBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ListUsersAdvancedRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > ListUsersAdvancedRequestBuilder<
        missing::list_users_advanced_request::operator_id,
        P1,
    > {
        /// Sets [`operator_id`](super::ListUsersAdvancedRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> ListUsersAdvancedRequestBuilder<::std::string::String, P1> {
            ListUsersAdvancedRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                pos: self.pos,
                size: self.size,
                status: self.status,
                user_account_type: self.user_account_type,
                enable_ai_account: self.enable_ai_account,
                department_id: self.department_id,
            }
        }
    }
    impl<
        P0,
    > ListUsersAdvancedRequestBuilder<
        P0,
        missing::list_users_advanced_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::ListUsersAdvancedRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> ListUsersAdvancedRequestBuilder<P0, crate::OperatorIdType> {
            ListUsersAdvancedRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                pos: self.pos,
                size: self.size,
                status: self.status,
                user_account_type: self.user_account_type,
                enable_ai_account: self.enable_ai_account,
                department_id: self.department_id,
            }
        }
    }
    impl<P0, P1> ListUsersAdvancedRequestBuilder<P0, P1> {
        /// Sets [`pos`](super::ListUsersAdvancedRequest::pos).
        ///
        /// Optional.
        pub fn pos(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.pos = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`size`](super::ListUsersAdvancedRequest::size).
        ///
        /// Optional.
        pub fn size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.size = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`status`](super::ListUsersAdvancedRequest::status).
        ///
        /// Optional.
        pub fn status(
            mut self,
            value: impl ::std::convert::Into<crate::users::UserStatusFilter>,
        ) -> Self {
            self.status = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`user_account_type`](super::ListUsersAdvancedRequest::user_account_type).
        ///
        /// Optional.
        pub fn user_account_type(
            mut self,
            value: impl ::std::convert::Into<crate::users::UserAccountTypeFilter>,
        ) -> Self {
            self.user_account_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`enable_ai_account`](super::ListUsersAdvancedRequest::enable_ai_account).
        ///
        /// Optional.
        pub fn enable_ai_account(mut self, value: bool) -> Self {
            self.enable_ai_account = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`department_id`](super::ListUsersAdvancedRequest::department_id).
        ///
        /// Optional.
        pub fn department_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.department_id = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1> ListUsersAdvancedRequestBuilder<P0, P1> {
        /// The [`ListUsersAdvancedRequest`](super::ListUsersAdvancedRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `ListUsersAdvancedRequest` is not set").
        pub fn build(self) -> super::ListUsersAdvancedRequest
        where
            P0: missing::list_users_advanced_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::list_users_advanced_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::ListUsersAdvancedRequest {
                operator_id: missing::list_users_advanced_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::list_users_advanced_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                pos: self.pos,
                size: self.size,
                status: self.status,
                user_account_type: self.user_account_type,
                enable_ai_account: self.enable_ai_account,
                department_id: self.department_id,
            }
        }
    }
    /// Builds a [`ListUsersAdvancedResponse`](super::ListUsersAdvancedResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ListUsersAdvancedResponseBuilder {
        pub(crate) has_remaining: ::std::option::Option<bool>,
        pub(crate) next_pos: ::std::option::Option<::std::string::String>,
        pub(crate) users: ::std::option::Option<::std::vec::Vec<UserInfo>>,
    }
    impl ::std::fmt::Debug for ListUsersAdvancedResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ListUsersAdvancedResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl ListUsersAdvancedResponseBuilder {
        /// Sets [`has_remaining`](super::ListUsersAdvancedResponse::has_remaining).
        ///
        /// Optional.
        pub fn has_remaining(mut self, value: bool) -> Self {
            self.has_remaining = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`next_pos`](super::ListUsersAdvancedResponse::next_pos).
        ///
        /// Optional.
        pub fn next_pos(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.next_pos = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`users`](super::ListUsersAdvancedResponse::users).
        ///
        /// Optional.
        pub fn users(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<UserInfo>,
            >,
        ) -> Self {
            self.users = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl ListUsersAdvancedResponseBuilder {
        /// The [`ListUsersAdvancedResponse`](super::ListUsersAdvancedResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::ListUsersAdvancedResponse {
            super::ListUsersAdvancedResponse {
                has_remaining: self.has_remaining,
                next_pos: self.next_pos,
                users: self.users,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`ListUsersRequest`](super::ListUsersRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ListUsersRequestBuilder<
        P0 = missing::list_users_request::page,
        P1 = missing::list_users_request::page_size,
        P2 = missing::list_users_request::operator_id,
        P3 = missing::list_users_request::operator_id_type,
    > {
        pub(crate) page: P0,
        pub(crate) page_size: P1,
        pub(crate) operator_id: P2,
        pub(crate) operator_id_type: P3,
    }
    impl<P0, P1, P2, P3> ::std::fmt::Debug for ListUsersRequestBuilder<P0, P1, P2, P3> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ListUsersRequestBuilder)).finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
        P3,
    > ListUsersRequestBuilder<missing::list_users_request::page, P1, P2, P3> {
        /// Sets [`page`](super::ListUsersRequest::page).
        ///
        /// Required.
        pub fn page(
            self,
            value: impl ::std::convert::Into<i64>,
        ) -> ListUsersRequestBuilder<i64, P1, P2, P3> {
            ListUsersRequestBuilder {
                page: value.into(),
                page_size: self.page_size,
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
        P2,
        P3,
    > ListUsersRequestBuilder<P0, missing::list_users_request::page_size, P2, P3> {
        /// Sets [`page_size`](super::ListUsersRequest::page_size).
        ///
        /// Required.
        pub fn page_size(
            self,
            value: impl ::std::convert::Into<i64>,
        ) -> ListUsersRequestBuilder<P0, i64, P2, P3> {
            ListUsersRequestBuilder {
                page: self.page,
                page_size: value.into(),
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
        P1,
        P3,
    > ListUsersRequestBuilder<P0, P1, missing::list_users_request::operator_id, P3> {
        /// Sets [`operator_id`](super::ListUsersRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> ListUsersRequestBuilder<P0, P1, ::std::string::String, P3> {
            ListUsersRequestBuilder {
                page: self.page,
                page_size: self.page_size,
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
    > ListUsersRequestBuilder<
        P0,
        P1,
        P2,
        missing::list_users_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::ListUsersRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> ListUsersRequestBuilder<P0, P1, P2, crate::OperatorIdType> {
            ListUsersRequestBuilder {
                page: self.page,
                page_size: self.page_size,
                operator_id: self.operator_id,
                operator_id_type: value.into(),
            }
        }
    }
    impl<P0, P1, P2, P3> ListUsersRequestBuilder<P0, P1, P2, P3> {
        /// The [`ListUsersRequest`](super::ListUsersRequest).
        ///
        /// Compiles once the required fields `page`, `page_size`, `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `ListUsersRequest` is not set").
        pub fn build(self) -> super::ListUsersRequest
        where
            P0: missing::list_users_request::PageIsSet<i64>,
            P1: missing::list_users_request::PageSizeIsSet<i64>,
            P2: missing::list_users_request::OperatorIdIsSet<::std::string::String>,
            P3: missing::list_users_request::OperatorIdTypeIsSet<crate::OperatorIdType>,
        {
            super::ListUsersRequest {
                page: missing::list_users_request::PageIsSet::into_field(self.page),
                page_size: missing::list_users_request::PageSizeIsSet::into_field(
                    self.page_size,
                ),
                operator_id: missing::list_users_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::list_users_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
            }
        }
    }
    /// Builds a [`ListUsersResponse`](super::ListUsersResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ListUsersResponseBuilder {
        pub(crate) total_count: ::std::option::Option<i64>,
        pub(crate) current_size: ::std::option::Option<i64>,
        pub(crate) current_page: ::std::option::Option<i64>,
        pub(crate) page_size: ::std::option::Option<i64>,
        pub(crate) users: ::std::option::Option<::std::vec::Vec<UserInfo>>,
    }
    impl ::std::fmt::Debug for ListUsersResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ListUsersResponseBuilder)).finish_non_exhaustive()
        }
    }
    impl ListUsersResponseBuilder {
        /// Sets [`total_count`](super::ListUsersResponse::total_count).
        ///
        /// Optional.
        pub fn total_count(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.total_count = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`current_size`](super::ListUsersResponse::current_size).
        ///
        /// Optional.
        pub fn current_size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.current_size = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`current_page`](super::ListUsersResponse::current_page).
        ///
        /// Optional.
        pub fn current_page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.current_page = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`page_size`](super::ListUsersResponse::page_size).
        ///
        /// Optional.
        pub fn page_size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.page_size = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`users`](super::ListUsersResponse::users).
        ///
        /// Optional.
        pub fn users(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<UserInfo>,
            >,
        ) -> Self {
            self.users = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl ListUsersResponseBuilder {
        /// The [`ListUsersResponse`](super::ListUsersResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::ListUsersResponse {
            super::ListUsersResponse {
                total_count: self.total_count,
                current_size: self.current_size,
                current_page: self.current_page,
                page_size: self.page_size,
                users: self.users,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`OpenIdUserid`](super::OpenIdUserid): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct OpenIdUseridBuilder {
        pub(crate) open_id: ::std::option::Option<::std::string::String>,
        pub(crate) userid: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for OpenIdUseridBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(OpenIdUseridBuilder)).finish_non_exhaustive()
        }
    }
    impl OpenIdUseridBuilder {
        /// Sets [`open_id`](super::OpenIdUserid::open_id).
        ///
        /// Optional.
        pub fn open_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.open_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`userid`](super::OpenIdUserid::userid).
        ///
        /// Optional.
        pub fn userid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.userid = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl OpenIdUseridBuilder {
        /// The [`OpenIdUserid`](super::OpenIdUserid).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::OpenIdUserid {
            super::OpenIdUserid {
                open_id: self.open_id,
                userid: self.userid,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`PmiHostInfo`](super::PmiHostInfo): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct PmiHostInfoBuilder {
        pub(crate) userid: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for PmiHostInfoBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(PmiHostInfoBuilder)).finish_non_exhaustive()
        }
    }
    impl PmiHostInfoBuilder {
        /// Sets [`userid`](super::PmiHostInfo::userid).
        ///
        /// Optional.
        pub fn userid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.userid = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl PmiHostInfoBuilder {
        /// The [`PmiHostInfo`](super::PmiHostInfo).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::PmiHostInfo {
            super::PmiHostInfo {
                userid: self.userid,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`PmiHostUser`](super::PmiHostUser): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct PmiHostUserBuilder {
        pub(crate) userid: ::std::option::Option<::std::string::String>,
        pub(crate) operator_id: ::std::option::Option<::std::string::String>,
        pub(crate) operator_id_type: ::std::option::Option<crate::OperatorIdType>,
        pub(crate) is_anonymous: ::std::option::Option<bool>,
        pub(crate) nick_name: ::std::option::Option<::std::string::String>,
        pub(crate) profile_photo: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for PmiHostUserBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(PmiHostUserBuilder)).finish_non_exhaustive()
        }
    }
    impl PmiHostUserBuilder {
        /// Sets [`userid`](super::PmiHostUser::userid).
        ///
        /// Optional.
        pub fn userid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.userid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator_id`](super::PmiHostUser::operator_id).
        ///
        /// Optional.
        pub fn operator_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.operator_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator_id_type`](super::PmiHostUser::operator_id_type).
        ///
        /// Optional.
        pub fn operator_id_type(
            mut self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> Self {
            self.operator_id_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`is_anonymous`](super::PmiHostUser::is_anonymous).
        ///
        /// Optional.
        pub fn is_anonymous(mut self, value: bool) -> Self {
            self.is_anonymous = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`nick_name`](super::PmiHostUser::nick_name).
        ///
        /// Optional.
        pub fn nick_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.nick_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`profile_photo`](super::PmiHostUser::profile_photo).
        ///
        /// Optional.
        pub fn profile_photo(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.profile_photo = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl PmiHostUserBuilder {
        /// The [`PmiHostUser`](super::PmiHostUser).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::PmiHostUser {
            super::PmiHostUser {
                userid: self.userid,
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                is_anonymous: self.is_anonymous,
                nick_name: self.nick_name,
                profile_photo: self.profile_photo,
            }
        }
    }
    /// Builds a [`SendActivationInvitePath`](super::SendActivationInvitePath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SendActivationInvitePathBuilder<
        P0 = missing::send_activation_invite_path::userid,
    > {
        pub(crate) userid: P0,
    }
    impl<P0> ::std::fmt::Debug for SendActivationInvitePathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SendActivationInvitePathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl SendActivationInvitePathBuilder<missing::send_activation_invite_path::userid> {
        /// Sets [`userid`](super::SendActivationInvitePath::userid).
        ///
        /// Required.
        pub fn userid(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SendActivationInvitePathBuilder<::std::string::String> {
            SendActivationInvitePathBuilder {
                userid: value.into(),
            }
        }
    }
    impl<P0> SendActivationInvitePathBuilder<P0> {
        /// The [`SendActivationInvitePath`](super::SendActivationInvitePath).
        ///
        /// Compiles once the required field `userid` is set: a missing one is a compile error naming it ("the required field ... of `SendActivationInvitePath` is not set").
        pub fn build(self) -> super::SendActivationInvitePath
        where
            P0: missing::send_activation_invite_path::UseridIsSet<::std::string::String>,
        {
            super::SendActivationInvitePath {
                userid: missing::send_activation_invite_path::UseridIsSet::into_field(
                    self.userid,
                ),
            }
        }
    }
    /// Builds a [`SendActivationInviteRequest`](super::SendActivationInviteRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SendActivationInviteRequestBuilder<
        P0 = missing::send_activation_invite_request::operator_id,
        P1 = missing::send_activation_invite_request::operator_id_type,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
    }
    impl<P0, P1> ::std::fmt::Debug for SendActivationInviteRequestBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SendActivationInviteRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > SendActivationInviteRequestBuilder<
        missing::send_activation_invite_request::operator_id,
        P1,
    > {
        /// Sets [`operator_id`](super::SendActivationInviteRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SendActivationInviteRequestBuilder<::std::string::String, P1> {
            SendActivationInviteRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
    > SendActivationInviteRequestBuilder<
        P0,
        missing::send_activation_invite_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::SendActivationInviteRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> SendActivationInviteRequestBuilder<P0, crate::OperatorIdType> {
            SendActivationInviteRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
            }
        }
    }
    impl<P0, P1> SendActivationInviteRequestBuilder<P0, P1> {
        /// The [`SendActivationInviteRequest`](super::SendActivationInviteRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `SendActivationInviteRequest` is not set").
        pub fn build(self) -> super::SendActivationInviteRequest
        where
            P0: missing::send_activation_invite_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::send_activation_invite_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::SendActivationInviteRequest {
                operator_id: missing::send_activation_invite_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::send_activation_invite_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
            }
        }
    }
    /// Builds a [`SendVerificationSmsPath`](super::SendVerificationSmsPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SendVerificationSmsPathBuilder<
        P0 = missing::send_verification_sms_path::userid,
    > {
        pub(crate) userid: P0,
    }
    impl<P0> ::std::fmt::Debug for SendVerificationSmsPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SendVerificationSmsPathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl SendVerificationSmsPathBuilder<missing::send_verification_sms_path::userid> {
        /// Sets [`userid`](super::SendVerificationSmsPath::userid).
        ///
        /// Required.
        pub fn userid(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SendVerificationSmsPathBuilder<::std::string::String> {
            SendVerificationSmsPathBuilder {
                userid: value.into(),
            }
        }
    }
    impl<P0> SendVerificationSmsPathBuilder<P0> {
        /// The [`SendVerificationSmsPath`](super::SendVerificationSmsPath).
        ///
        /// Compiles once the required field `userid` is set: a missing one is a compile error naming it ("the required field ... of `SendVerificationSmsPath` is not set").
        pub fn build(self) -> super::SendVerificationSmsPath
        where
            P0: missing::send_verification_sms_path::UseridIsSet<::std::string::String>,
        {
            super::SendVerificationSmsPath {
                userid: missing::send_verification_sms_path::UseridIsSet::into_field(
                    self.userid,
                ),
            }
        }
    }
    /// Builds a [`SendVerificationSmsRequest`](super::SendVerificationSmsRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SendVerificationSmsRequestBuilder<
        P0 = missing::send_verification_sms_request::operator_id_type,
        P1 = missing::send_verification_sms_request::operator_id,
    > {
        pub(crate) operator_id_type: P0,
        pub(crate) operator_id: P1,
    }
    impl<P0, P1> ::std::fmt::Debug for SendVerificationSmsRequestBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SendVerificationSmsRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > SendVerificationSmsRequestBuilder<
        missing::send_verification_sms_request::operator_id_type,
        P1,
    > {
        /// Sets [`operator_id_type`](super::SendVerificationSmsRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> SendVerificationSmsRequestBuilder<crate::OperatorIdType, P1> {
            SendVerificationSmsRequestBuilder {
                operator_id_type: value.into(),
                operator_id: self.operator_id,
            }
        }
    }
    impl<
        P0,
    > SendVerificationSmsRequestBuilder<
        P0,
        missing::send_verification_sms_request::operator_id,
    > {
        /// Sets [`operator_id`](super::SendVerificationSmsRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SendVerificationSmsRequestBuilder<P0, ::std::string::String> {
            SendVerificationSmsRequestBuilder {
                operator_id_type: self.operator_id_type,
                operator_id: value.into(),
            }
        }
    }
    impl<P0, P1> SendVerificationSmsRequestBuilder<P0, P1> {
        /// The [`SendVerificationSmsRequest`](super::SendVerificationSmsRequest).
        ///
        /// Compiles once the required fields `operator_id_type`, `operator_id` are set: a missing one is a compile error naming it ("the required field ... of `SendVerificationSmsRequest` is not set").
        pub fn build(self) -> super::SendVerificationSmsRequest
        where
            P0: missing::send_verification_sms_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P1: missing::send_verification_sms_request::OperatorIdIsSet<
                ::std::string::String,
            >,
        {
            super::SendVerificationSmsRequest {
                operator_id_type: missing::send_verification_sms_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                operator_id: missing::send_verification_sms_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
            }
        }
    }
    /// Builds a [`SetUserAiAccountRequest`](super::SetUserAiAccountRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SetUserAiAccountRequestBuilder<
        P0 = missing::set_user_ai_account_request::operator_id,
        P1 = missing::set_user_ai_account_request::operator_id_type,
        P2 = missing::set_user_ai_account_request::to_operator_id,
        P3 = missing::set_user_ai_account_request::to_operator_id_type,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) to_operator_id: P2,
        pub(crate) to_operator_id_type: P3,
        pub(crate) ai_account_type: ::std::option::Option<crate::users::AiAccountType>,
    }
    impl<P0, P1, P2, P3> ::std::fmt::Debug
    for SetUserAiAccountRequestBuilder<P0, P1, P2, P3> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SetUserAiAccountRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
        P3,
    > SetUserAiAccountRequestBuilder<
        missing::set_user_ai_account_request::operator_id,
        P1,
        P2,
        P3,
    > {
        /// Sets [`operator_id`](super::SetUserAiAccountRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SetUserAiAccountRequestBuilder<::std::string::String, P1, P2, P3> {
            SetUserAiAccountRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                to_operator_id: self.to_operator_id,
                to_operator_id_type: self.to_operator_id_type,
                ai_account_type: self.ai_account_type,
            }
        }
    }
    impl<
        P0,
        P2,
        P3,
    > SetUserAiAccountRequestBuilder<
        P0,
        missing::set_user_ai_account_request::operator_id_type,
        P2,
        P3,
    > {
        /// Sets [`operator_id_type`](super::SetUserAiAccountRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> SetUserAiAccountRequestBuilder<P0, crate::OperatorIdType, P2, P3> {
            SetUserAiAccountRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                to_operator_id: self.to_operator_id,
                to_operator_id_type: self.to_operator_id_type,
                ai_account_type: self.ai_account_type,
            }
        }
    }
    impl<
        P0,
        P1,
        P3,
    > SetUserAiAccountRequestBuilder<
        P0,
        P1,
        missing::set_user_ai_account_request::to_operator_id,
        P3,
    > {
        /// Sets [`to_operator_id`](super::SetUserAiAccountRequest::to_operator_id).
        ///
        /// Required.
        pub fn to_operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SetUserAiAccountRequestBuilder<P0, P1, ::std::string::String, P3> {
            SetUserAiAccountRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                to_operator_id: value.into(),
                to_operator_id_type: self.to_operator_id_type,
                ai_account_type: self.ai_account_type,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
    > SetUserAiAccountRequestBuilder<
        P0,
        P1,
        P2,
        missing::set_user_ai_account_request::to_operator_id_type,
    > {
        /// Sets [`to_operator_id_type`](super::SetUserAiAccountRequest::to_operator_id_type).
        ///
        /// Required.
        pub fn to_operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> SetUserAiAccountRequestBuilder<P0, P1, P2, crate::OperatorIdType> {
            SetUserAiAccountRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                to_operator_id: self.to_operator_id,
                to_operator_id_type: value.into(),
                ai_account_type: self.ai_account_type,
            }
        }
    }
    impl<P0, P1, P2, P3> SetUserAiAccountRequestBuilder<P0, P1, P2, P3> {
        /// Sets [`ai_account_type`](super::SetUserAiAccountRequest::ai_account_type).
        ///
        /// Optional.
        pub fn ai_account_type(
            mut self,
            value: impl ::std::convert::Into<crate::users::AiAccountType>,
        ) -> Self {
            self.ai_account_type = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1, P2, P3> SetUserAiAccountRequestBuilder<P0, P1, P2, P3> {
        /// The [`SetUserAiAccountRequest`](super::SetUserAiAccountRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `to_operator_id`, `to_operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `SetUserAiAccountRequest` is not set").
        pub fn build(self) -> super::SetUserAiAccountRequest
        where
            P0: missing::set_user_ai_account_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::set_user_ai_account_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::set_user_ai_account_request::ToOperatorIdIsSet<
                ::std::string::String,
            >,
            P3: missing::set_user_ai_account_request::ToOperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::SetUserAiAccountRequest {
                operator_id: missing::set_user_ai_account_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::set_user_ai_account_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                to_operator_id: missing::set_user_ai_account_request::ToOperatorIdIsSet::into_field(
                    self.to_operator_id,
                ),
                to_operator_id_type: missing::set_user_ai_account_request::ToOperatorIdTypeIsSet::into_field(
                    self.to_operator_id_type,
                ),
                ai_account_type: self.ai_account_type,
            }
        }
    }
    /// Builds a [`SetUserEnabledPath`](super::SetUserEnabledPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SetUserEnabledPathBuilder<P0 = missing::set_user_enabled_path::userid> {
        pub(crate) userid: P0,
    }
    impl<P0> ::std::fmt::Debug for SetUserEnabledPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SetUserEnabledPathBuilder)).finish_non_exhaustive()
        }
    }
    impl SetUserEnabledPathBuilder<missing::set_user_enabled_path::userid> {
        /// Sets [`userid`](super::SetUserEnabledPath::userid).
        ///
        /// Required.
        pub fn userid(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SetUserEnabledPathBuilder<::std::string::String> {
            SetUserEnabledPathBuilder {
                userid: value.into(),
            }
        }
    }
    impl<P0> SetUserEnabledPathBuilder<P0> {
        /// The [`SetUserEnabledPath`](super::SetUserEnabledPath).
        ///
        /// Compiles once the required field `userid` is set: a missing one is a compile error naming it ("the required field ... of `SetUserEnabledPath` is not set").
        pub fn build(self) -> super::SetUserEnabledPath
        where
            P0: missing::set_user_enabled_path::UseridIsSet<::std::string::String>,
        {
            super::SetUserEnabledPath {
                userid: missing::set_user_enabled_path::UseridIsSet::into_field(
                    self.userid,
                ),
            }
        }
    }
    /// Builds a [`SetUserEnabledRequest`](super::SetUserEnabledRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SetUserEnabledRequestBuilder<
        P0 = missing::set_user_enabled_request::enable,
        P1 = missing::set_user_enabled_request::operator_id,
        P2 = missing::set_user_enabled_request::operator_id_type,
    > {
        pub(crate) enable: P0,
        pub(crate) operator_id: P1,
        pub(crate) operator_id_type: P2,
    }
    impl<P0, P1, P2> ::std::fmt::Debug for SetUserEnabledRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SetUserEnabledRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > SetUserEnabledRequestBuilder<missing::set_user_enabled_request::enable, P1, P2> {
        /// Sets [`enable`](super::SetUserEnabledRequest::enable).
        ///
        /// Required.
        pub fn enable(self, value: bool) -> SetUserEnabledRequestBuilder<bool, P1, P2> {
            SetUserEnabledRequestBuilder {
                enable: value,
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
        P2,
    > SetUserEnabledRequestBuilder<
        P0,
        missing::set_user_enabled_request::operator_id,
        P2,
    > {
        /// Sets [`operator_id`](super::SetUserEnabledRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SetUserEnabledRequestBuilder<P0, ::std::string::String, P2> {
            SetUserEnabledRequestBuilder {
                enable: self.enable,
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
        P1,
    > SetUserEnabledRequestBuilder<
        P0,
        P1,
        missing::set_user_enabled_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::SetUserEnabledRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> SetUserEnabledRequestBuilder<P0, P1, crate::OperatorIdType> {
            SetUserEnabledRequestBuilder {
                enable: self.enable,
                operator_id: self.operator_id,
                operator_id_type: value.into(),
            }
        }
    }
    impl<P0, P1, P2> SetUserEnabledRequestBuilder<P0, P1, P2> {
        /// The [`SetUserEnabledRequest`](super::SetUserEnabledRequest).
        ///
        /// Compiles once the required fields `enable`, `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `SetUserEnabledRequest` is not set").
        pub fn build(self) -> super::SetUserEnabledRequest
        where
            P0: missing::set_user_enabled_request::EnableIsSet<bool>,
            P1: missing::set_user_enabled_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P2: missing::set_user_enabled_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::SetUserEnabledRequest {
                enable: missing::set_user_enabled_request::EnableIsSet::into_field(
                    self.enable,
                ),
                operator_id: missing::set_user_enabled_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::set_user_enabled_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
            }
        }
    }
    /// Builds a [`TransferDeletedUserAssetsRequest`](super::TransferDeletedUserAssetsRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct TransferDeletedUserAssetsRequestBuilder<
        P0 = missing::transfer_deleted_user_assets_request::operator_id,
        P1 = missing::transfer_deleted_user_assets_request::operator_id_type,
        P2 = missing::transfer_deleted_user_assets_request::to_operator_id,
        P3 = missing::transfer_deleted_user_assets_request::to_operator_id_type,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) to_operator_id: P2,
        pub(crate) to_operator_id_type: P3,
        pub(crate) data_process: ::std::option::Option<crate::users::UserDataProcess>,
        pub(crate) transfer_data: ::std::option::Option<crate::users::TransferDataScope>,
        pub(crate) receiver_id_type: ::std::option::Option<crate::OperatorIdType>,
        pub(crate) receiver_id: ::std::option::Option<::std::string::String>,
    }
    impl<P0, P1, P2, P3> ::std::fmt::Debug
    for TransferDeletedUserAssetsRequestBuilder<P0, P1, P2, P3> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(TransferDeletedUserAssetsRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
        P3,
    > TransferDeletedUserAssetsRequestBuilder<
        missing::transfer_deleted_user_assets_request::operator_id,
        P1,
        P2,
        P3,
    > {
        /// Sets [`operator_id`](super::TransferDeletedUserAssetsRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> TransferDeletedUserAssetsRequestBuilder<::std::string::String, P1, P2, P3> {
            TransferDeletedUserAssetsRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                to_operator_id: self.to_operator_id,
                to_operator_id_type: self.to_operator_id_type,
                data_process: self.data_process,
                transfer_data: self.transfer_data,
                receiver_id_type: self.receiver_id_type,
                receiver_id: self.receiver_id,
            }
        }
    }
    impl<
        P0,
        P2,
        P3,
    > TransferDeletedUserAssetsRequestBuilder<
        P0,
        missing::transfer_deleted_user_assets_request::operator_id_type,
        P2,
        P3,
    > {
        /// Sets [`operator_id_type`](super::TransferDeletedUserAssetsRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> TransferDeletedUserAssetsRequestBuilder<P0, crate::OperatorIdType, P2, P3> {
            TransferDeletedUserAssetsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                to_operator_id: self.to_operator_id,
                to_operator_id_type: self.to_operator_id_type,
                data_process: self.data_process,
                transfer_data: self.transfer_data,
                receiver_id_type: self.receiver_id_type,
                receiver_id: self.receiver_id,
            }
        }
    }
    impl<
        P0,
        P1,
        P3,
    > TransferDeletedUserAssetsRequestBuilder<
        P0,
        P1,
        missing::transfer_deleted_user_assets_request::to_operator_id,
        P3,
    > {
        /// Sets [`to_operator_id`](super::TransferDeletedUserAssetsRequest::to_operator_id).
        ///
        /// Required.
        pub fn to_operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> TransferDeletedUserAssetsRequestBuilder<P0, P1, ::std::string::String, P3> {
            TransferDeletedUserAssetsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                to_operator_id: value.into(),
                to_operator_id_type: self.to_operator_id_type,
                data_process: self.data_process,
                transfer_data: self.transfer_data,
                receiver_id_type: self.receiver_id_type,
                receiver_id: self.receiver_id,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
    > TransferDeletedUserAssetsRequestBuilder<
        P0,
        P1,
        P2,
        missing::transfer_deleted_user_assets_request::to_operator_id_type,
    > {
        /// Sets [`to_operator_id_type`](super::TransferDeletedUserAssetsRequest::to_operator_id_type).
        ///
        /// Required.
        pub fn to_operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> TransferDeletedUserAssetsRequestBuilder<P0, P1, P2, crate::OperatorIdType> {
            TransferDeletedUserAssetsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                to_operator_id: self.to_operator_id,
                to_operator_id_type: value.into(),
                data_process: self.data_process,
                transfer_data: self.transfer_data,
                receiver_id_type: self.receiver_id_type,
                receiver_id: self.receiver_id,
            }
        }
    }
    impl<P0, P1, P2, P3> TransferDeletedUserAssetsRequestBuilder<P0, P1, P2, P3> {
        /// Sets [`data_process`](super::TransferDeletedUserAssetsRequest::data_process).
        ///
        /// Optional.
        pub fn data_process(
            mut self,
            value: impl ::std::convert::Into<crate::users::UserDataProcess>,
        ) -> Self {
            self.data_process = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`transfer_data`](super::TransferDeletedUserAssetsRequest::transfer_data).
        ///
        /// Optional.
        pub fn transfer_data(
            mut self,
            value: impl ::std::convert::Into<crate::users::TransferDataScope>,
        ) -> Self {
            self.transfer_data = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`receiver_id_type`](super::TransferDeletedUserAssetsRequest::receiver_id_type).
        ///
        /// Optional.
        pub fn receiver_id_type(
            mut self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> Self {
            self.receiver_id_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`receiver_id`](super::TransferDeletedUserAssetsRequest::receiver_id).
        ///
        /// Optional.
        pub fn receiver_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.receiver_id = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1, P2, P3> TransferDeletedUserAssetsRequestBuilder<P0, P1, P2, P3> {
        /// The [`TransferDeletedUserAssetsRequest`](super::TransferDeletedUserAssetsRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `to_operator_id`, `to_operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `TransferDeletedUserAssetsRequest` is not set").
        pub fn build(self) -> super::TransferDeletedUserAssetsRequest
        where
            P0: missing::transfer_deleted_user_assets_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::transfer_deleted_user_assets_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::transfer_deleted_user_assets_request::ToOperatorIdIsSet<
                ::std::string::String,
            >,
            P3: missing::transfer_deleted_user_assets_request::ToOperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::TransferDeletedUserAssetsRequest {
                operator_id: missing::transfer_deleted_user_assets_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::transfer_deleted_user_assets_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                to_operator_id: missing::transfer_deleted_user_assets_request::ToOperatorIdIsSet::into_field(
                    self.to_operator_id,
                ),
                to_operator_id_type: missing::transfer_deleted_user_assets_request::ToOperatorIdTypeIsSet::into_field(
                    self.to_operator_id_type,
                ),
                data_process: self.data_process,
                transfer_data: self.transfer_data,
                receiver_id_type: self.receiver_id_type,
                receiver_id: self.receiver_id,
            }
        }
    }
    /// Builds a [`UpdatePmiConfigRequest`](super::UpdatePmiConfigRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct UpdatePmiConfigRequestBuilder<
        P0 = missing::update_pmi_config_request::operator_id,
        P1 = missing::update_pmi_config_request::operator_id_type,
        P2 = missing::update_pmi_config_request::instanceid,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) instanceid: P2,
        pub(crate) pmi_name: ::std::option::Option<::std::string::String>,
        pub(crate) enable_password: ::std::option::Option<bool>,
        pub(crate) pmi_password: ::std::option::Option<::std::string::String>,
        pub(crate) auto_in_waiting_room: ::std::option::Option<bool>,
        pub(crate) watermark: ::std::option::Option<bool>,
        pub(crate) water_mark_type: ::std::option::Option<crate::WaterMarkType>,
        pub(crate) disable_note_capture: ::std::option::Option<bool>,
        pub(crate) only_enterprise_user_allowed: ::std::option::Option<bool>,
        pub(crate) allow_in_before_host: ::std::option::Option<bool>,
        pub(crate) mute_enable_type_join: ::std::option::Option<crate::MuteOnJoin>,
        pub(crate) hosts: ::std::option::Option<::std::vec::Vec<PmiHostSetting>>,
        pub(crate) allow_multi_device: ::std::option::Option<bool>,
    }
    impl<P0, P1, P2> ::std::fmt::Debug for UpdatePmiConfigRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(UpdatePmiConfigRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > UpdatePmiConfigRequestBuilder<
        missing::update_pmi_config_request::operator_id,
        P1,
        P2,
    > {
        /// Sets [`operator_id`](super::UpdatePmiConfigRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> UpdatePmiConfigRequestBuilder<::std::string::String, P1, P2> {
            UpdatePmiConfigRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                instanceid: self.instanceid,
                pmi_name: self.pmi_name,
                enable_password: self.enable_password,
                pmi_password: self.pmi_password,
                auto_in_waiting_room: self.auto_in_waiting_room,
                watermark: self.watermark,
                water_mark_type: self.water_mark_type,
                disable_note_capture: self.disable_note_capture,
                only_enterprise_user_allowed: self.only_enterprise_user_allowed,
                allow_in_before_host: self.allow_in_before_host,
                mute_enable_type_join: self.mute_enable_type_join,
                hosts: self.hosts,
                allow_multi_device: self.allow_multi_device,
            }
        }
    }
    impl<
        P0,
        P2,
    > UpdatePmiConfigRequestBuilder<
        P0,
        missing::update_pmi_config_request::operator_id_type,
        P2,
    > {
        /// Sets [`operator_id_type`](super::UpdatePmiConfigRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> UpdatePmiConfigRequestBuilder<P0, crate::OperatorIdType, P2> {
            UpdatePmiConfigRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                instanceid: self.instanceid,
                pmi_name: self.pmi_name,
                enable_password: self.enable_password,
                pmi_password: self.pmi_password,
                auto_in_waiting_room: self.auto_in_waiting_room,
                watermark: self.watermark,
                water_mark_type: self.water_mark_type,
                disable_note_capture: self.disable_note_capture,
                only_enterprise_user_allowed: self.only_enterprise_user_allowed,
                allow_in_before_host: self.allow_in_before_host,
                mute_enable_type_join: self.mute_enable_type_join,
                hosts: self.hosts,
                allow_multi_device: self.allow_multi_device,
            }
        }
    }
    impl<
        P0,
        P1,
    > UpdatePmiConfigRequestBuilder<
        P0,
        P1,
        missing::update_pmi_config_request::instanceid,
    > {
        /// Sets [`instanceid`](super::UpdatePmiConfigRequest::instanceid).
        ///
        /// Required.
        pub fn instanceid(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> UpdatePmiConfigRequestBuilder<P0, P1, crate::InstanceId> {
            UpdatePmiConfigRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: value.into(),
                pmi_name: self.pmi_name,
                enable_password: self.enable_password,
                pmi_password: self.pmi_password,
                auto_in_waiting_room: self.auto_in_waiting_room,
                watermark: self.watermark,
                water_mark_type: self.water_mark_type,
                disable_note_capture: self.disable_note_capture,
                only_enterprise_user_allowed: self.only_enterprise_user_allowed,
                allow_in_before_host: self.allow_in_before_host,
                mute_enable_type_join: self.mute_enable_type_join,
                hosts: self.hosts,
                allow_multi_device: self.allow_multi_device,
            }
        }
    }
    impl<P0, P1, P2> UpdatePmiConfigRequestBuilder<P0, P1, P2> {
        /// Sets [`pmi_name`](super::UpdatePmiConfigRequest::pmi_name).
        ///
        /// Optional.
        pub fn pmi_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.pmi_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`enable_password`](super::UpdatePmiConfigRequest::enable_password).
        ///
        /// Optional.
        pub fn enable_password(mut self, value: bool) -> Self {
            self.enable_password = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`pmi_password`](super::UpdatePmiConfigRequest::pmi_password).
        ///
        /// Optional.
        pub fn pmi_password(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.pmi_password = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`auto_in_waiting_room`](super::UpdatePmiConfigRequest::auto_in_waiting_room).
        ///
        /// Optional.
        pub fn auto_in_waiting_room(mut self, value: bool) -> Self {
            self.auto_in_waiting_room = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`watermark`](super::UpdatePmiConfigRequest::watermark).
        ///
        /// Optional.
        pub fn watermark(mut self, value: bool) -> Self {
            self.watermark = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`water_mark_type`](super::UpdatePmiConfigRequest::water_mark_type).
        ///
        /// Optional.
        pub fn water_mark_type(
            mut self,
            value: impl ::std::convert::Into<crate::WaterMarkType>,
        ) -> Self {
            self.water_mark_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`disable_note_capture`](super::UpdatePmiConfigRequest::disable_note_capture).
        ///
        /// Optional.
        pub fn disable_note_capture(mut self, value: bool) -> Self {
            self.disable_note_capture = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`only_enterprise_user_allowed`](super::UpdatePmiConfigRequest::only_enterprise_user_allowed).
        ///
        /// Optional.
        pub fn only_enterprise_user_allowed(mut self, value: bool) -> Self {
            self.only_enterprise_user_allowed = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`allow_in_before_host`](super::UpdatePmiConfigRequest::allow_in_before_host).
        ///
        /// Optional.
        pub fn allow_in_before_host(mut self, value: bool) -> Self {
            self.allow_in_before_host = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`mute_enable_type_join`](super::UpdatePmiConfigRequest::mute_enable_type_join).
        ///
        /// Optional.
        pub fn mute_enable_type_join(
            mut self,
            value: impl ::std::convert::Into<crate::MuteOnJoin>,
        ) -> Self {
            self.mute_enable_type_join = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`hosts`](super::UpdatePmiConfigRequest::hosts).
        ///
        /// Optional.
        pub fn hosts(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<PmiHostSetting>,
            >,
        ) -> Self {
            self.hosts = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`allow_multi_device`](super::UpdatePmiConfigRequest::allow_multi_device).
        ///
        /// Optional.
        pub fn allow_multi_device(mut self, value: bool) -> Self {
            self.allow_multi_device = ::std::option::Option::Some(value);
            self
        }
    }
    impl<P0, P1, P2> UpdatePmiConfigRequestBuilder<P0, P1, P2> {
        /// The [`UpdatePmiConfigRequest`](super::UpdatePmiConfigRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `instanceid` are set: a missing one is a compile error naming it ("the required field ... of `UpdatePmiConfigRequest` is not set").
        pub fn build(self) -> super::UpdatePmiConfigRequest
        where
            P0: missing::update_pmi_config_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::update_pmi_config_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::update_pmi_config_request::InstanceidIsSet<crate::InstanceId>,
        {
            super::UpdatePmiConfigRequest {
                operator_id: missing::update_pmi_config_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::update_pmi_config_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                instanceid: missing::update_pmi_config_request::InstanceidIsSet::into_field(
                    self.instanceid,
                ),
                pmi_name: self.pmi_name,
                enable_password: self.enable_password,
                pmi_password: self.pmi_password,
                auto_in_waiting_room: self.auto_in_waiting_room,
                watermark: self.watermark,
                water_mark_type: self.water_mark_type,
                disable_note_capture: self.disable_note_capture,
                only_enterprise_user_allowed: self.only_enterprise_user_allowed,
                allow_in_before_host: self.allow_in_before_host,
                mute_enable_type_join: self.mute_enable_type_join,
                hosts: self.hosts,
                allow_multi_device: self.allow_multi_device,
            }
        }
    }
    /// Builds a [`UpdateUserByUuidRequest`](super::UpdateUserByUuidRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct UpdateUserByUuidRequestBuilder<
        P0 = missing::update_user_by_uuid_request::uuid,
        P1 = missing::update_user_by_uuid_request::operator_id,
        P2 = missing::update_user_by_uuid_request::operator_id_type,
    > {
        pub(crate) uuid: P0,
        pub(crate) email: ::std::option::Option<::std::string::String>,
        pub(crate) username: ::std::option::Option<::std::string::String>,
        pub(crate) phone: ::std::option::Option<::std::string::String>,
        pub(crate) avatar_url: ::std::option::Option<::std::string::String>,
        pub(crate) staff_id: ::std::option::Option<::std::string::String>,
        pub(crate) job_title: ::std::option::Option<::std::string::String>,
        pub(crate) entry_time: ::std::option::Option<i64>,
        pub(crate) department_list: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        pub(crate) operator_id: P1,
        pub(crate) operator_id_type: P2,
    }
    impl<P0, P1, P2> ::std::fmt::Debug for UpdateUserByUuidRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(UpdateUserByUuidRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > UpdateUserByUuidRequestBuilder<
        missing::update_user_by_uuid_request::uuid,
        P1,
        P2,
    > {
        /// Sets [`uuid`](super::UpdateUserByUuidRequest::uuid).
        ///
        /// Required.
        pub fn uuid(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> UpdateUserByUuidRequestBuilder<::std::string::String, P1, P2> {
            UpdateUserByUuidRequestBuilder {
                uuid: value.into(),
                email: self.email,
                username: self.username,
                phone: self.phone,
                avatar_url: self.avatar_url,
                staff_id: self.staff_id,
                job_title: self.job_title,
                entry_time: self.entry_time,
                department_list: self.department_list,
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
        P2,
    > UpdateUserByUuidRequestBuilder<
        P0,
        missing::update_user_by_uuid_request::operator_id,
        P2,
    > {
        /// Sets [`operator_id`](super::UpdateUserByUuidRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> UpdateUserByUuidRequestBuilder<P0, ::std::string::String, P2> {
            UpdateUserByUuidRequestBuilder {
                uuid: self.uuid,
                email: self.email,
                username: self.username,
                phone: self.phone,
                avatar_url: self.avatar_url,
                staff_id: self.staff_id,
                job_title: self.job_title,
                entry_time: self.entry_time,
                department_list: self.department_list,
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
        P1,
    > UpdateUserByUuidRequestBuilder<
        P0,
        P1,
        missing::update_user_by_uuid_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::UpdateUserByUuidRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> UpdateUserByUuidRequestBuilder<P0, P1, crate::OperatorIdType> {
            UpdateUserByUuidRequestBuilder {
                uuid: self.uuid,
                email: self.email,
                username: self.username,
                phone: self.phone,
                avatar_url: self.avatar_url,
                staff_id: self.staff_id,
                job_title: self.job_title,
                entry_time: self.entry_time,
                department_list: self.department_list,
                operator_id: self.operator_id,
                operator_id_type: value.into(),
            }
        }
    }
    impl<P0, P1, P2> UpdateUserByUuidRequestBuilder<P0, P1, P2> {
        /// Sets [`email`](super::UpdateUserByUuidRequest::email).
        ///
        /// Optional.
        pub fn email(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.email = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`username`](super::UpdateUserByUuidRequest::username).
        ///
        /// Optional.
        pub fn username(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.username = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`phone`](super::UpdateUserByUuidRequest::phone).
        ///
        /// Optional.
        pub fn phone(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.phone = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`avatar_url`](super::UpdateUserByUuidRequest::avatar_url).
        ///
        /// Optional.
        pub fn avatar_url(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.avatar_url = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`staff_id`](super::UpdateUserByUuidRequest::staff_id).
        ///
        /// Optional.
        pub fn staff_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.staff_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`job_title`](super::UpdateUserByUuidRequest::job_title).
        ///
        /// Optional.
        pub fn job_title(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.job_title = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`entry_time`](super::UpdateUserByUuidRequest::entry_time).
        ///
        /// Optional.
        pub fn entry_time(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.entry_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`department_list`](super::UpdateUserByUuidRequest::department_list).
        ///
        /// Optional.
        pub fn department_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<::std::string::String>,
            >,
        ) -> Self {
            self.department_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl<P0, P1, P2> UpdateUserByUuidRequestBuilder<P0, P1, P2> {
        /// The [`UpdateUserByUuidRequest`](super::UpdateUserByUuidRequest).
        ///
        /// Compiles once the required fields `uuid`, `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `UpdateUserByUuidRequest` is not set").
        pub fn build(self) -> super::UpdateUserByUuidRequest
        where
            P0: missing::update_user_by_uuid_request::UuidIsSet<::std::string::String>,
            P1: missing::update_user_by_uuid_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P2: missing::update_user_by_uuid_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::UpdateUserByUuidRequest {
                uuid: missing::update_user_by_uuid_request::UuidIsSet::into_field(
                    self.uuid,
                ),
                email: self.email,
                username: self.username,
                phone: self.phone,
                avatar_url: self.avatar_url,
                staff_id: self.staff_id,
                job_title: self.job_title,
                entry_time: self.entry_time,
                department_list: self.department_list,
                operator_id: missing::update_user_by_uuid_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::update_user_by_uuid_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
            }
        }
    }
    /// Builds a [`UpdateUserPath`](super::UpdateUserPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct UpdateUserPathBuilder<P0 = missing::update_user_path::userid> {
        pub(crate) userid: P0,
    }
    impl<P0> ::std::fmt::Debug for UpdateUserPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(UpdateUserPathBuilder)).finish_non_exhaustive()
        }
    }
    impl UpdateUserPathBuilder<missing::update_user_path::userid> {
        /// Sets [`userid`](super::UpdateUserPath::userid).
        ///
        /// Required.
        pub fn userid(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> UpdateUserPathBuilder<::std::string::String> {
            UpdateUserPathBuilder {
                userid: value.into(),
            }
        }
    }
    impl<P0> UpdateUserPathBuilder<P0> {
        /// The [`UpdateUserPath`](super::UpdateUserPath).
        ///
        /// Compiles once the required field `userid` is set: a missing one is a compile error naming it ("the required field ... of `UpdateUserPath` is not set").
        pub fn build(self) -> super::UpdateUserPath
        where
            P0: missing::update_user_path::UseridIsSet<::std::string::String>,
        {
            super::UpdateUserPath {
                userid: missing::update_user_path::UseridIsSet::into_field(self.userid),
            }
        }
    }
    /// Builds a [`UpdateUserRequest`](super::UpdateUserRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct UpdateUserRequestBuilder<
        P0 = missing::update_user_request::operator_id,
        P1 = missing::update_user_request::operator_id_type,
    > {
        pub(crate) email: ::std::option::Option<::std::string::String>,
        pub(crate) area: ::std::option::Option<::std::string::String>,
        pub(crate) username: ::std::option::Option<::std::string::String>,
        pub(crate) phone: ::std::option::Option<::std::string::String>,
        pub(crate) avatar_url: ::std::option::Option<::std::string::String>,
        pub(crate) staff_id: ::std::option::Option<::std::string::String>,
        pub(crate) job_title: ::std::option::Option<::std::string::String>,
        pub(crate) entry_time: ::std::option::Option<i64>,
        pub(crate) department_list: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        pub(crate) user_account_type: ::std::option::Option<
            crate::users::UserAccountType,
        >,
        pub(crate) add_on_largemeeting: ::std::option::Option<
            crate::users::LargeMeetingAddOn,
        >,
        pub(crate) add_on_webinar: ::std::option::Option<crate::users::WebinarAddOn>,
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) userid: ::std::option::Option<::std::string::String>,
    }
    impl<P0, P1> ::std::fmt::Debug for UpdateUserRequestBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(UpdateUserRequestBuilder)).finish_non_exhaustive()
        }
    }
    impl<P1> UpdateUserRequestBuilder<missing::update_user_request::operator_id, P1> {
        /// Sets [`operator_id`](super::UpdateUserRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> UpdateUserRequestBuilder<::std::string::String, P1> {
            UpdateUserRequestBuilder {
                email: self.email,
                area: self.area,
                username: self.username,
                phone: self.phone,
                avatar_url: self.avatar_url,
                staff_id: self.staff_id,
                job_title: self.job_title,
                entry_time: self.entry_time,
                department_list: self.department_list,
                user_account_type: self.user_account_type,
                add_on_largemeeting: self.add_on_largemeeting,
                add_on_webinar: self.add_on_webinar,
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                userid: self.userid,
            }
        }
    }
    impl<
        P0,
    > UpdateUserRequestBuilder<P0, missing::update_user_request::operator_id_type> {
        /// Sets [`operator_id_type`](super::UpdateUserRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> UpdateUserRequestBuilder<P0, crate::OperatorIdType> {
            UpdateUserRequestBuilder {
                email: self.email,
                area: self.area,
                username: self.username,
                phone: self.phone,
                avatar_url: self.avatar_url,
                staff_id: self.staff_id,
                job_title: self.job_title,
                entry_time: self.entry_time,
                department_list: self.department_list,
                user_account_type: self.user_account_type,
                add_on_largemeeting: self.add_on_largemeeting,
                add_on_webinar: self.add_on_webinar,
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                userid: self.userid,
            }
        }
    }
    impl<P0, P1> UpdateUserRequestBuilder<P0, P1> {
        /// Sets [`email`](super::UpdateUserRequest::email).
        ///
        /// Optional.
        pub fn email(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.email = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`area`](super::UpdateUserRequest::area).
        ///
        /// Optional.
        pub fn area(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.area = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`username`](super::UpdateUserRequest::username).
        ///
        /// Optional.
        pub fn username(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.username = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`phone`](super::UpdateUserRequest::phone).
        ///
        /// Optional.
        pub fn phone(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.phone = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`avatar_url`](super::UpdateUserRequest::avatar_url).
        ///
        /// Optional.
        pub fn avatar_url(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.avatar_url = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`staff_id`](super::UpdateUserRequest::staff_id).
        ///
        /// Optional.
        pub fn staff_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.staff_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`job_title`](super::UpdateUserRequest::job_title).
        ///
        /// Optional.
        pub fn job_title(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.job_title = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`entry_time`](super::UpdateUserRequest::entry_time).
        ///
        /// Optional.
        pub fn entry_time(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.entry_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`department_list`](super::UpdateUserRequest::department_list).
        ///
        /// Optional.
        pub fn department_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<::std::string::String>,
            >,
        ) -> Self {
            self.department_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`user_account_type`](super::UpdateUserRequest::user_account_type).
        ///
        /// Optional.
        pub fn user_account_type(
            mut self,
            value: impl ::std::convert::Into<crate::users::UserAccountType>,
        ) -> Self {
            self.user_account_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`add_on_largemeeting`](super::UpdateUserRequest::add_on_largemeeting).
        ///
        /// Optional.
        pub fn add_on_largemeeting(
            mut self,
            value: impl ::std::convert::Into<crate::users::LargeMeetingAddOn>,
        ) -> Self {
            self.add_on_largemeeting = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`add_on_webinar`](super::UpdateUserRequest::add_on_webinar).
        ///
        /// Optional.
        pub fn add_on_webinar(
            mut self,
            value: impl ::std::convert::Into<crate::users::WebinarAddOn>,
        ) -> Self {
            self.add_on_webinar = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`userid`](super::UpdateUserRequest::userid).
        ///
        /// Optional.
        pub fn userid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.userid = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1> UpdateUserRequestBuilder<P0, P1> {
        /// The [`UpdateUserRequest`](super::UpdateUserRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `UpdateUserRequest` is not set").
        pub fn build(self) -> super::UpdateUserRequest
        where
            P0: missing::update_user_request::OperatorIdIsSet<::std::string::String>,
            P1: missing::update_user_request::OperatorIdTypeIsSet<crate::OperatorIdType>,
        {
            super::UpdateUserRequest {
                email: self.email,
                area: self.area,
                username: self.username,
                phone: self.phone,
                avatar_url: self.avatar_url,
                staff_id: self.staff_id,
                job_title: self.job_title,
                entry_time: self.entry_time,
                department_list: self.department_list,
                user_account_type: self.user_account_type,
                add_on_largemeeting: self.add_on_largemeeting,
                add_on_webinar: self.add_on_webinar,
                operator_id: missing::update_user_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::update_user_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                userid: self.userid,
            }
        }
    }
    /// Builds a [`UserAccountUsage`](super::UserAccountUsage): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct UserAccountUsageBuilder {
        pub(crate) user_account_type: ::std::option::Option<
            crate::users::UserAccountType,
        >,
        pub(crate) user_account_count: ::std::option::Option<i64>,
        pub(crate) user_account_used_count: ::std::option::Option<i64>,
    }
    impl ::std::fmt::Debug for UserAccountUsageBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(UserAccountUsageBuilder)).finish_non_exhaustive()
        }
    }
    impl UserAccountUsageBuilder {
        /// Sets [`user_account_type`](super::UserAccountUsage::user_account_type).
        ///
        /// Optional.
        pub fn user_account_type(
            mut self,
            value: impl ::std::convert::Into<crate::users::UserAccountType>,
        ) -> Self {
            self.user_account_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`user_account_count`](super::UserAccountUsage::user_account_count).
        ///
        /// Optional.
        pub fn user_account_count(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.user_account_count = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`user_account_used_count`](super::UserAccountUsage::user_account_used_count).
        ///
        /// Optional.
        pub fn user_account_used_count(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.user_account_used_count = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl UserAccountUsageBuilder {
        /// The [`UserAccountUsage`](super::UserAccountUsage).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::UserAccountUsage {
            super::UserAccountUsage {
                user_account_type: self.user_account_type,
                user_account_count: self.user_account_count,
                user_account_used_count: self.user_account_used_count,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`UserDepartment`](super::UserDepartment): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct UserDepartmentBuilder {
        pub(crate) department_id: ::std::option::Option<::std::string::String>,
        pub(crate) department_name: ::std::option::Option<::std::string::String>,
        pub(crate) department_full_name: ::std::option::Option<::std::string::String>,
        pub(crate) is_main: ::std::option::Option<bool>,
    }
    impl ::std::fmt::Debug for UserDepartmentBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(UserDepartmentBuilder)).finish_non_exhaustive()
        }
    }
    impl UserDepartmentBuilder {
        /// Sets [`department_id`](super::UserDepartment::department_id).
        ///
        /// Optional.
        pub fn department_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.department_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`department_name`](super::UserDepartment::department_name).
        ///
        /// Optional.
        pub fn department_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.department_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`department_full_name`](super::UserDepartment::department_full_name).
        ///
        /// Optional.
        pub fn department_full_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.department_full_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`is_main`](super::UserDepartment::is_main).
        ///
        /// Optional.
        pub fn is_main(mut self, value: bool) -> Self {
            self.is_main = ::std::option::Option::Some(value);
            self
        }
    }
    impl UserDepartmentBuilder {
        /// The [`UserDepartment`](super::UserDepartment).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::UserDepartment {
            super::UserDepartment {
                department_id: self.department_id,
                department_name: self.department_name,
                department_full_name: self.department_full_name,
                is_main: self.is_main,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`UserInfo`](super::UserInfo): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct UserInfoBuilder {
        pub(crate) userid: ::std::option::Option<::std::string::String>,
        pub(crate) uuid: ::std::option::Option<::std::string::String>,
        pub(crate) username: ::std::option::Option<::std::string::String>,
        pub(crate) area: ::std::option::Option<::std::string::String>,
        pub(crate) update_time: ::std::option::Option<::std::string::String>,
        pub(crate) avatar_url: ::std::option::Option<::std::string::String>,
        pub(crate) phone: ::std::option::Option<::std::string::String>,
        pub(crate) email: ::std::option::Option<::std::string::String>,
        pub(crate) status: ::std::option::Option<crate::users::UserStatus>,
        pub(crate) staff_id: ::std::option::Option<::std::string::String>,
        pub(crate) job_title: ::std::option::Option<::std::string::String>,
        pub(crate) entry_time: ::std::option::Option<::std::string::String>,
        pub(crate) role_name: ::std::option::Option<::std::string::String>,
        pub(crate) role_code: ::std::option::Option<::std::string::String>,
        pub(crate) department_list: ::std::option::Option<
            ::std::vec::Vec<UserDepartment>,
        >,
        pub(crate) account_version: ::std::option::Option<crate::users::AccountVersion>,
        pub(crate) user_account_type: ::std::option::Option<
            crate::users::UserAccountType,
        >,
        pub(crate) add_on_largemeeting: ::std::option::Option<
            crate::users::LargeMeetingAddOn,
        >,
        pub(crate) add_on_webinar: ::std::option::Option<crate::users::WebinarAddOn>,
        pub(crate) enable_ai_account: ::std::option::Option<bool>,
        pub(crate) ai_account_type: ::std::option::Option<crate::users::AiAccountType>,
        pub(crate) phone_status: ::std::option::Option<crate::users::PhoneStatus>,
    }
    impl ::std::fmt::Debug for UserInfoBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(UserInfoBuilder)).finish_non_exhaustive()
        }
    }
    impl UserInfoBuilder {
        /// Sets [`userid`](super::UserInfo::userid).
        ///
        /// Optional.
        pub fn userid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.userid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`uuid`](super::UserInfo::uuid).
        ///
        /// Optional.
        pub fn uuid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.uuid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`username`](super::UserInfo::username).
        ///
        /// Optional.
        pub fn username(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.username = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`area`](super::UserInfo::area).
        ///
        /// Optional.
        pub fn area(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.area = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`update_time`](super::UserInfo::update_time).
        ///
        /// Optional.
        pub fn update_time(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.update_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`avatar_url`](super::UserInfo::avatar_url).
        ///
        /// Optional.
        pub fn avatar_url(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.avatar_url = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`phone`](super::UserInfo::phone).
        ///
        /// Optional.
        pub fn phone(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.phone = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`email`](super::UserInfo::email).
        ///
        /// Optional.
        pub fn email(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.email = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`status`](super::UserInfo::status).
        ///
        /// Optional.
        pub fn status(
            mut self,
            value: impl ::std::convert::Into<crate::users::UserStatus>,
        ) -> Self {
            self.status = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`staff_id`](super::UserInfo::staff_id).
        ///
        /// Optional.
        pub fn staff_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.staff_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`job_title`](super::UserInfo::job_title).
        ///
        /// Optional.
        pub fn job_title(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.job_title = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`entry_time`](super::UserInfo::entry_time).
        ///
        /// Optional.
        pub fn entry_time(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.entry_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`role_name`](super::UserInfo::role_name).
        ///
        /// Optional.
        pub fn role_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.role_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`role_code`](super::UserInfo::role_code).
        ///
        /// Optional.
        pub fn role_code(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.role_code = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`department_list`](super::UserInfo::department_list).
        ///
        /// Optional.
        pub fn department_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<UserDepartment>,
            >,
        ) -> Self {
            self.department_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`account_version`](super::UserInfo::account_version).
        ///
        /// Optional.
        pub fn account_version(
            mut self,
            value: impl ::std::convert::Into<crate::users::AccountVersion>,
        ) -> Self {
            self.account_version = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`user_account_type`](super::UserInfo::user_account_type).
        ///
        /// Optional.
        pub fn user_account_type(
            mut self,
            value: impl ::std::convert::Into<crate::users::UserAccountType>,
        ) -> Self {
            self.user_account_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`add_on_largemeeting`](super::UserInfo::add_on_largemeeting).
        ///
        /// Optional.
        pub fn add_on_largemeeting(
            mut self,
            value: impl ::std::convert::Into<crate::users::LargeMeetingAddOn>,
        ) -> Self {
            self.add_on_largemeeting = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`add_on_webinar`](super::UserInfo::add_on_webinar).
        ///
        /// Optional.
        pub fn add_on_webinar(
            mut self,
            value: impl ::std::convert::Into<crate::users::WebinarAddOn>,
        ) -> Self {
            self.add_on_webinar = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`enable_ai_account`](super::UserInfo::enable_ai_account).
        ///
        /// Optional.
        pub fn enable_ai_account(mut self, value: bool) -> Self {
            self.enable_ai_account = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`ai_account_type`](super::UserInfo::ai_account_type).
        ///
        /// Optional.
        pub fn ai_account_type(
            mut self,
            value: impl ::std::convert::Into<crate::users::AiAccountType>,
        ) -> Self {
            self.ai_account_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`phone_status`](super::UserInfo::phone_status).
        ///
        /// Optional.
        pub fn phone_status(
            mut self,
            value: impl ::std::convert::Into<crate::users::PhoneStatus>,
        ) -> Self {
            self.phone_status = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl UserInfoBuilder {
        /// The [`UserInfo`](super::UserInfo).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::UserInfo {
            super::UserInfo {
                userid: self.userid,
                uuid: self.uuid,
                username: self.username,
                area: self.area,
                update_time: self.update_time,
                avatar_url: self.avatar_url,
                phone: self.phone,
                email: self.email,
                status: self.status,
                staff_id: self.staff_id,
                job_title: self.job_title,
                entry_time: self.entry_time,
                role_name: self.role_name,
                role_code: self.role_code,
                department_list: self.department_list,
                account_version: self.account_version,
                user_account_type: self.user_account_type,
                add_on_largemeeting: self.add_on_largemeeting,
                add_on_webinar: self.add_on_webinar,
                enable_ai_account: self.enable_ai_account,
                ai_account_type: self.ai_account_type,
                phone_status: self.phone_status,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`VerificationLink`](super::VerificationLink): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct VerificationLinkBuilder {
        pub(crate) userid: ::std::option::Option<::std::string::String>,
        pub(crate) auth_url: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for VerificationLinkBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(VerificationLinkBuilder)).finish_non_exhaustive()
        }
    }
    impl VerificationLinkBuilder {
        /// Sets [`userid`](super::VerificationLink::userid).
        ///
        /// Optional.
        pub fn userid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.userid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`auth_url`](super::VerificationLink::auth_url).
        ///
        /// Optional.
        pub fn auth_url(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.auth_url = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl VerificationLinkBuilder {
        /// The [`VerificationLink`](super::VerificationLink).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::VerificationLink {
            super::VerificationLink {
                userid: self.userid,
                auth_url: self.auth_url,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`VerificationLinkFailure`](super::VerificationLinkFailure): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct VerificationLinkFailureBuilder {
        pub(crate) userid: ::std::option::Option<::std::string::String>,
        pub(crate) error_code: ::std::option::Option<::std::string::String>,
        pub(crate) error_msg: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for VerificationLinkFailureBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(VerificationLinkFailureBuilder))
                .finish_non_exhaustive()
        }
    }
    impl VerificationLinkFailureBuilder {
        /// Sets [`userid`](super::VerificationLinkFailure::userid).
        ///
        /// Optional.
        pub fn userid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.userid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`error_code`](super::VerificationLinkFailure::error_code).
        ///
        /// Optional.
        pub fn error_code(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.error_code = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`error_msg`](super::VerificationLinkFailure::error_msg).
        ///
        /// Optional.
        pub fn error_msg(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.error_msg = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl VerificationLinkFailureBuilder {
        /// The [`VerificationLinkFailure`](super::VerificationLinkFailure).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::VerificationLinkFailure {
            super::VerificationLinkFailure {
                userid: self.userid,
                error_code: self.error_code,
                error_msg: self.error_msg,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Code generation's plumbing, not API: the markers of required fields not set yet
    /// (`missing::<model>::<field>`) and the traits `build()` requires of the set ones.
    #[doc(hidden)]
    pub mod missing {
        /// The required fields of [`ActivationLink`](super::super::ActivationLink) not set yet.
        #[allow(non_camel_case_types)]
        pub mod activation_link {}
        /// The required fields of [`AiAccountUsage`](super::super::AiAccountUsage) not set yet.
        #[allow(non_camel_case_types)]
        pub mod ai_account_usage {}
        /// The required fields of [`CancelUserAuthRequest`](super::super::CancelUserAuthRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod cancel_user_auth_request {
            /// `operator_id` of [`CancelUserAuthRequest`](super::super::super::CancelUserAuthRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `CancelUserAuthRequest` is not set",
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
            /// `operator_id_type` of [`CancelUserAuthRequest`](super::super::super::CancelUserAuthRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `CancelUserAuthRequest` is not set",
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
        /// The required fields of [`ConvertOpenIdsRequest`](super::super::ConvertOpenIdsRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod convert_open_ids_request {
            /// `open_id_list` of [`ConvertOpenIdsRequest`](super::super::super::ConvertOpenIdsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct open_id_list;
            /// What `build()` requires of `open_id_list`: implemented for the field's type alone, never for the marker [`open_id_list`].
            #[diagnostic::on_unimplemented(
                message = "the required field `open_id_list` of `ConvertOpenIdsRequest` is not set",
                label = "`open_id_list` is not set",
                note = "call `.open_id_list(...)` before `.build()`"
            )]
            pub trait OpenIdListIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> OpenIdListIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `sdkid` of [`ConvertOpenIdsRequest`](super::super::super::ConvertOpenIdsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct sdkid;
            /// What `build()` requires of `sdkid`: implemented for the field's type alone, never for the marker [`sdkid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `sdkid` of `ConvertOpenIdsRequest` is not set",
                label = "`sdkid` is not set",
                note = "call `.sdkid(...)` before `.build()`"
            )]
            pub trait SdkidIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> SdkidIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `operator_id` of [`ConvertOpenIdsRequest`](super::super::super::ConvertOpenIdsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `ConvertOpenIdsRequest` is not set",
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
            /// `operator_id_type` of [`ConvertOpenIdsRequest`](super::super::super::ConvertOpenIdsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `ConvertOpenIdsRequest` is not set",
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
        /// The required fields of [`ConvertOpenIdsResponse`](super::super::ConvertOpenIdsResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod convert_open_ids_response {}
        /// The required fields of [`CreateUserRequest`](super::super::CreateUserRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod create_user_request {
            /// `phone` of [`CreateUserRequest`](super::super::super::CreateUserRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct phone;
            /// What `build()` requires of `phone`: implemented for the field's type alone, never for the marker [`phone`].
            #[diagnostic::on_unimplemented(
                message = "the required field `phone` of `CreateUserRequest` is not set",
                label = "`phone` is not set",
                note = "call `.phone(...)` before `.build()`"
            )]
            pub trait PhoneIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> PhoneIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `username` of [`CreateUserRequest`](super::super::super::CreateUserRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct username;
            /// What `build()` requires of `username`: implemented for the field's type alone, never for the marker [`username`].
            #[diagnostic::on_unimplemented(
                message = "the required field `username` of `CreateUserRequest` is not set",
                label = "`username` is not set",
                note = "call `.username(...)` before `.build()`"
            )]
            pub trait UsernameIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> UsernameIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `userid` of [`CreateUserRequest`](super::super::super::CreateUserRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct userid;
            /// What `build()` requires of `userid`: implemented for the field's type alone, never for the marker [`userid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `userid` of `CreateUserRequest` is not set",
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
            /// `operator_id` of [`CreateUserRequest`](super::super::super::CreateUserRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `CreateUserRequest` is not set",
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
            /// `operator_id_type` of [`CreateUserRequest`](super::super::super::CreateUserRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `CreateUserRequest` is not set",
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
        /// The required fields of [`CreateUserResponse`](super::super::CreateUserResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod create_user_response {}
        /// The required fields of [`DeleteUserAiAccountRequest`](super::super::DeleteUserAiAccountRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod delete_user_ai_account_request {
            /// `operator_id` of [`DeleteUserAiAccountRequest`](super::super::super::DeleteUserAiAccountRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `DeleteUserAiAccountRequest` is not set",
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
            /// `operator_id_type` of [`DeleteUserAiAccountRequest`](super::super::super::DeleteUserAiAccountRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `DeleteUserAiAccountRequest` is not set",
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
            /// `to_operator_id` of [`DeleteUserAiAccountRequest`](super::super::super::DeleteUserAiAccountRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct to_operator_id;
            /// What `build()` requires of `to_operator_id`: implemented for the field's type alone, never for the marker [`to_operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `to_operator_id` of `DeleteUserAiAccountRequest` is not set",
                label = "`to_operator_id` is not set",
                note = "call `.to_operator_id(...)` before `.build()`"
            )]
            pub trait ToOperatorIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> ToOperatorIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `to_operator_id_type` of [`DeleteUserAiAccountRequest`](super::super::super::DeleteUserAiAccountRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct to_operator_id_type;
            /// What `build()` requires of `to_operator_id_type`: implemented for the field's type alone, never for the marker [`to_operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `to_operator_id_type` of `DeleteUserAiAccountRequest` is not set",
                label = "`to_operator_id_type` is not set",
                note = "call `.to_operator_id_type(...)` before `.build()`"
            )]
            pub trait ToOperatorIdTypeIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> ToOperatorIdTypeIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`DeleteUserByUuidRequest`](super::super::DeleteUserByUuidRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod delete_user_by_uuid_request {
            /// `uuid` of [`DeleteUserByUuidRequest`](super::super::super::DeleteUserByUuidRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct uuid;
            /// What `build()` requires of `uuid`: implemented for the field's type alone, never for the marker [`uuid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `uuid` of `DeleteUserByUuidRequest` is not set",
                label = "`uuid` is not set",
                note = "call `.uuid(...)` before `.build()`"
            )]
            pub trait UuidIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> UuidIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `operator_id` of [`DeleteUserByUuidRequest`](super::super::super::DeleteUserByUuidRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `DeleteUserByUuidRequest` is not set",
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
            /// `operator_id_type` of [`DeleteUserByUuidRequest`](super::super::super::DeleteUserByUuidRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `DeleteUserByUuidRequest` is not set",
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
        /// The required fields of [`DeleteUserPath`](super::super::DeleteUserPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod delete_user_path {
            /// `userid` of [`DeleteUserPath`](super::super::super::DeleteUserPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct userid;
            /// What `build()` requires of `userid`: implemented for the field's type alone, never for the marker [`userid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `userid` of `DeleteUserPath` is not set",
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
        }
        /// The required fields of [`DeleteUserRequest`](super::super::DeleteUserRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod delete_user_request {
            /// `operator_id` of [`DeleteUserRequest`](super::super::super::DeleteUserRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `DeleteUserRequest` is not set",
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
            /// `operator_id_type` of [`DeleteUserRequest`](super::super::super::DeleteUserRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `DeleteUserRequest` is not set",
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
        /// The required fields of [`GetActivationLinksRequest`](super::super::GetActivationLinksRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_activation_links_request {
            /// `userid_list` of [`GetActivationLinksRequest`](super::super::super::GetActivationLinksRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct userid_list;
            /// What `build()` requires of `userid_list`: implemented for the field's type alone, never for the marker [`userid_list`].
            #[diagnostic::on_unimplemented(
                message = "the required field `userid_list` of `GetActivationLinksRequest` is not set",
                label = "`userid_list` is not set",
                note = "call `.userid_list(...)` before `.build()`"
            )]
            pub trait UseridListIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> UseridListIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `operator_id` of [`GetActivationLinksRequest`](super::super::super::GetActivationLinksRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `GetActivationLinksRequest` is not set",
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
            /// `operator_id_type` of [`GetActivationLinksRequest`](super::super::super::GetActivationLinksRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `GetActivationLinksRequest` is not set",
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
        /// The required fields of [`GetActivationLinksResponse`](super::super::GetActivationLinksResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_activation_links_response {}
        /// The required fields of [`GetMeetingMsOpenIdPath`](super::super::GetMeetingMsOpenIdPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_meeting_ms_open_id_path {
            /// `meeting_id` of [`GetMeetingMsOpenIdPath`](super::super::super::GetMeetingMsOpenIdPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
            /// What `build()` requires of `meeting_id`: implemented for the field's type alone, never for the marker [`meeting_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_id` of `GetMeetingMsOpenIdPath` is not set",
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
        /// The required fields of [`GetMeetingMsOpenIdRequest`](super::super::GetMeetingMsOpenIdRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_meeting_ms_open_id_request {
            /// `operator_id` of [`GetMeetingMsOpenIdRequest`](super::super::super::GetMeetingMsOpenIdRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `GetMeetingMsOpenIdRequest` is not set",
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
            /// `operator_id_type` of [`GetMeetingMsOpenIdRequest`](super::super::super::GetMeetingMsOpenIdRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `GetMeetingMsOpenIdRequest` is not set",
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
        /// The required fields of [`GetMeetingMsOpenIdResponse`](super::super::GetMeetingMsOpenIdResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_meeting_ms_open_id_response {}
        /// The required fields of [`GetPmiConfigRequest`](super::super::GetPmiConfigRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_pmi_config_request {
            /// `userid` of [`GetPmiConfigRequest`](super::super::super::GetPmiConfigRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct userid;
            /// What `build()` requires of `userid`: implemented for the field's type alone, never for the marker [`userid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `userid` of `GetPmiConfigRequest` is not set",
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
        }
        /// The required fields of [`GetPmiConfigResponse`](super::super::GetPmiConfigResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_pmi_config_response {}
        /// The required fields of [`GetUserAccountStatisticsRequest`](super::super::GetUserAccountStatisticsRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_user_account_statistics_request {
            /// `operator_id` of [`GetUserAccountStatisticsRequest`](super::super::super::GetUserAccountStatisticsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `GetUserAccountStatisticsRequest` is not set",
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
            /// `operator_id_type` of [`GetUserAccountStatisticsRequest`](super::super::super::GetUserAccountStatisticsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `GetUserAccountStatisticsRequest` is not set",
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
        /// The required fields of [`GetUserAccountStatisticsResponse`](super::super::GetUserAccountStatisticsResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_user_account_statistics_response {}
        /// The required fields of [`GetUserBasicInfoRequest`](super::super::GetUserBasicInfoRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_user_basic_info_request {
            /// `operator_id` of [`GetUserBasicInfoRequest`](super::super::super::GetUserBasicInfoRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `GetUserBasicInfoRequest` is not set",
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
            /// `operator_id_type` of [`GetUserBasicInfoRequest`](super::super::super::GetUserBasicInfoRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `GetUserBasicInfoRequest` is not set",
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
        /// The required fields of [`GetUserBasicInfoResponse`](super::super::GetUserBasicInfoResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_user_basic_info_response {}
        /// The required fields of [`GetUserByUuidRequest`](super::super::GetUserByUuidRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_user_by_uuid_request {
            /// `uuid` of [`GetUserByUuidRequest`](super::super::super::GetUserByUuidRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct uuid;
            /// What `build()` requires of `uuid`: implemented for the field's type alone, never for the marker [`uuid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `uuid` of `GetUserByUuidRequest` is not set",
                label = "`uuid` is not set",
                note = "call `.uuid(...)` before `.build()`"
            )]
            pub trait UuidIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> UuidIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `operator_id` of [`GetUserByUuidRequest`](super::super::super::GetUserByUuidRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `GetUserByUuidRequest` is not set",
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
            /// `operator_id_type` of [`GetUserByUuidRequest`](super::super::super::GetUserByUuidRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `GetUserByUuidRequest` is not set",
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
        /// The required fields of [`GetUserPath`](super::super::GetUserPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_user_path {
            /// `userid` of [`GetUserPath`](super::super::super::GetUserPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct userid;
            /// What `build()` requires of `userid`: implemented for the field's type alone, never for the marker [`userid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `userid` of `GetUserPath` is not set",
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
        }
        /// The required fields of [`GetUserRequest`](super::super::GetUserRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_user_request {
            /// `operator_id` of [`GetUserRequest`](super::super::super::GetUserRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `GetUserRequest` is not set",
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
            /// `operator_id_type` of [`GetUserRequest`](super::super::super::GetUserRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `GetUserRequest` is not set",
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
        /// The required fields of [`GetUserResponse`](super::super::GetUserResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_user_response {}
        /// The required fields of [`GetVerificationLinksRequest`](super::super::GetVerificationLinksRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_verification_links_request {
            /// `userid_list` of [`GetVerificationLinksRequest`](super::super::super::GetVerificationLinksRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct userid_list;
            /// What `build()` requires of `userid_list`: implemented for the field's type alone, never for the marker [`userid_list`].
            #[diagnostic::on_unimplemented(
                message = "the required field `userid_list` of `GetVerificationLinksRequest` is not set",
                label = "`userid_list` is not set",
                note = "call `.userid_list(...)` before `.build()`"
            )]
            pub trait UseridListIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> UseridListIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `operator_id` of [`GetVerificationLinksRequest`](super::super::super::GetVerificationLinksRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `GetVerificationLinksRequest` is not set",
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
            /// `operator_id_type` of [`GetVerificationLinksRequest`](super::super::super::GetVerificationLinksRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `GetVerificationLinksRequest` is not set",
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
        /// The required fields of [`GetVerificationLinksResponse`](super::super::GetVerificationLinksResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_verification_links_response {}
        /// The required fields of [`ListUsersAdvancedRequest`](super::super::ListUsersAdvancedRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod list_users_advanced_request {
            /// `operator_id` of [`ListUsersAdvancedRequest`](super::super::super::ListUsersAdvancedRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `ListUsersAdvancedRequest` is not set",
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
            /// `operator_id_type` of [`ListUsersAdvancedRequest`](super::super::super::ListUsersAdvancedRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `ListUsersAdvancedRequest` is not set",
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
        /// The required fields of [`ListUsersAdvancedResponse`](super::super::ListUsersAdvancedResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod list_users_advanced_response {}
        /// The required fields of [`ListUsersRequest`](super::super::ListUsersRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod list_users_request {
            /// `page` of [`ListUsersRequest`](super::super::super::ListUsersRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct page;
            /// What `build()` requires of `page`: implemented for the field's type alone, never for the marker [`page`].
            #[diagnostic::on_unimplemented(
                message = "the required field `page` of `ListUsersRequest` is not set",
                label = "`page` is not set",
                note = "call `.page(...)` before `.build()`"
            )]
            pub trait PageIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> PageIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `page_size` of [`ListUsersRequest`](super::super::super::ListUsersRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct page_size;
            /// What `build()` requires of `page_size`: implemented for the field's type alone, never for the marker [`page_size`].
            #[diagnostic::on_unimplemented(
                message = "the required field `page_size` of `ListUsersRequest` is not set",
                label = "`page_size` is not set",
                note = "call `.page_size(...)` before `.build()`"
            )]
            pub trait PageSizeIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> PageSizeIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `operator_id` of [`ListUsersRequest`](super::super::super::ListUsersRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `ListUsersRequest` is not set",
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
            /// `operator_id_type` of [`ListUsersRequest`](super::super::super::ListUsersRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `ListUsersRequest` is not set",
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
        /// The required fields of [`ListUsersResponse`](super::super::ListUsersResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod list_users_response {}
        /// The required fields of [`OpenIdUserid`](super::super::OpenIdUserid) not set yet.
        #[allow(non_camel_case_types)]
        pub mod open_id_userid {}
        /// The required fields of [`PmiHostInfo`](super::super::PmiHostInfo) not set yet.
        #[allow(non_camel_case_types)]
        pub mod pmi_host_info {}
        /// The required fields of [`PmiHostUser`](super::super::PmiHostUser) not set yet.
        #[allow(non_camel_case_types)]
        pub mod pmi_host_user {}
        /// The required fields of [`SendActivationInvitePath`](super::super::SendActivationInvitePath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod send_activation_invite_path {
            /// `userid` of [`SendActivationInvitePath`](super::super::super::SendActivationInvitePath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct userid;
            /// What `build()` requires of `userid`: implemented for the field's type alone, never for the marker [`userid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `userid` of `SendActivationInvitePath` is not set",
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
        }
        /// The required fields of [`SendActivationInviteRequest`](super::super::SendActivationInviteRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod send_activation_invite_request {
            /// `operator_id` of [`SendActivationInviteRequest`](super::super::super::SendActivationInviteRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `SendActivationInviteRequest` is not set",
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
            /// `operator_id_type` of [`SendActivationInviteRequest`](super::super::super::SendActivationInviteRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `SendActivationInviteRequest` is not set",
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
        /// The required fields of [`SendVerificationSmsPath`](super::super::SendVerificationSmsPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod send_verification_sms_path {
            /// `userid` of [`SendVerificationSmsPath`](super::super::super::SendVerificationSmsPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct userid;
            /// What `build()` requires of `userid`: implemented for the field's type alone, never for the marker [`userid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `userid` of `SendVerificationSmsPath` is not set",
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
        }
        /// The required fields of [`SendVerificationSmsRequest`](super::super::SendVerificationSmsRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod send_verification_sms_request {
            /// `operator_id_type` of [`SendVerificationSmsRequest`](super::super::super::SendVerificationSmsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `SendVerificationSmsRequest` is not set",
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
            /// `operator_id` of [`SendVerificationSmsRequest`](super::super::super::SendVerificationSmsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `SendVerificationSmsRequest` is not set",
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
        /// The required fields of [`SetUserAiAccountRequest`](super::super::SetUserAiAccountRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod set_user_ai_account_request {
            /// `operator_id` of [`SetUserAiAccountRequest`](super::super::super::SetUserAiAccountRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `SetUserAiAccountRequest` is not set",
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
            /// `operator_id_type` of [`SetUserAiAccountRequest`](super::super::super::SetUserAiAccountRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `SetUserAiAccountRequest` is not set",
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
            /// `to_operator_id` of [`SetUserAiAccountRequest`](super::super::super::SetUserAiAccountRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct to_operator_id;
            /// What `build()` requires of `to_operator_id`: implemented for the field's type alone, never for the marker [`to_operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `to_operator_id` of `SetUserAiAccountRequest` is not set",
                label = "`to_operator_id` is not set",
                note = "call `.to_operator_id(...)` before `.build()`"
            )]
            pub trait ToOperatorIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> ToOperatorIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `to_operator_id_type` of [`SetUserAiAccountRequest`](super::super::super::SetUserAiAccountRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct to_operator_id_type;
            /// What `build()` requires of `to_operator_id_type`: implemented for the field's type alone, never for the marker [`to_operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `to_operator_id_type` of `SetUserAiAccountRequest` is not set",
                label = "`to_operator_id_type` is not set",
                note = "call `.to_operator_id_type(...)` before `.build()`"
            )]
            pub trait ToOperatorIdTypeIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> ToOperatorIdTypeIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`SetUserEnabledPath`](super::super::SetUserEnabledPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod set_user_enabled_path {
            /// `userid` of [`SetUserEnabledPath`](super::super::super::SetUserEnabledPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct userid;
            /// What `build()` requires of `userid`: implemented for the field's type alone, never for the marker [`userid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `userid` of `SetUserEnabledPath` is not set",
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
        }
        /// The required fields of [`SetUserEnabledRequest`](super::super::SetUserEnabledRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod set_user_enabled_request {
            /// `enable` of [`SetUserEnabledRequest`](super::super::super::SetUserEnabledRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct enable;
            /// What `build()` requires of `enable`: implemented for the field's type alone, never for the marker [`enable`].
            #[diagnostic::on_unimplemented(
                message = "the required field `enable` of `SetUserEnabledRequest` is not set",
                label = "`enable` is not set",
                note = "call `.enable(...)` before `.build()`"
            )]
            pub trait EnableIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> EnableIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `operator_id` of [`SetUserEnabledRequest`](super::super::super::SetUserEnabledRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `SetUserEnabledRequest` is not set",
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
            /// `operator_id_type` of [`SetUserEnabledRequest`](super::super::super::SetUserEnabledRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `SetUserEnabledRequest` is not set",
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
        /// The required fields of [`TransferDeletedUserAssetsRequest`](super::super::TransferDeletedUserAssetsRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod transfer_deleted_user_assets_request {
            /// `operator_id` of [`TransferDeletedUserAssetsRequest`](super::super::super::TransferDeletedUserAssetsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `TransferDeletedUserAssetsRequest` is not set",
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
            /// `operator_id_type` of [`TransferDeletedUserAssetsRequest`](super::super::super::TransferDeletedUserAssetsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `TransferDeletedUserAssetsRequest` is not set",
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
            /// `to_operator_id` of [`TransferDeletedUserAssetsRequest`](super::super::super::TransferDeletedUserAssetsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct to_operator_id;
            /// What `build()` requires of `to_operator_id`: implemented for the field's type alone, never for the marker [`to_operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `to_operator_id` of `TransferDeletedUserAssetsRequest` is not set",
                label = "`to_operator_id` is not set",
                note = "call `.to_operator_id(...)` before `.build()`"
            )]
            pub trait ToOperatorIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> ToOperatorIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `to_operator_id_type` of [`TransferDeletedUserAssetsRequest`](super::super::super::TransferDeletedUserAssetsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct to_operator_id_type;
            /// What `build()` requires of `to_operator_id_type`: implemented for the field's type alone, never for the marker [`to_operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `to_operator_id_type` of `TransferDeletedUserAssetsRequest` is not set",
                label = "`to_operator_id_type` is not set",
                note = "call `.to_operator_id_type(...)` before `.build()`"
            )]
            pub trait ToOperatorIdTypeIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> ToOperatorIdTypeIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`UpdatePmiConfigRequest`](super::super::UpdatePmiConfigRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod update_pmi_config_request {
            /// `operator_id` of [`UpdatePmiConfigRequest`](super::super::super::UpdatePmiConfigRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `UpdatePmiConfigRequest` is not set",
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
            /// `operator_id_type` of [`UpdatePmiConfigRequest`](super::super::super::UpdatePmiConfigRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `UpdatePmiConfigRequest` is not set",
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
            /// `instanceid` of [`UpdatePmiConfigRequest`](super::super::super::UpdatePmiConfigRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instanceid;
            /// What `build()` requires of `instanceid`: implemented for the field's type alone, never for the marker [`instanceid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `instanceid` of `UpdatePmiConfigRequest` is not set",
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
        /// The required fields of [`UpdateUserByUuidRequest`](super::super::UpdateUserByUuidRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod update_user_by_uuid_request {
            /// `uuid` of [`UpdateUserByUuidRequest`](super::super::super::UpdateUserByUuidRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct uuid;
            /// What `build()` requires of `uuid`: implemented for the field's type alone, never for the marker [`uuid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `uuid` of `UpdateUserByUuidRequest` is not set",
                label = "`uuid` is not set",
                note = "call `.uuid(...)` before `.build()`"
            )]
            pub trait UuidIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> UuidIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `operator_id` of [`UpdateUserByUuidRequest`](super::super::super::UpdateUserByUuidRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `UpdateUserByUuidRequest` is not set",
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
            /// `operator_id_type` of [`UpdateUserByUuidRequest`](super::super::super::UpdateUserByUuidRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `UpdateUserByUuidRequest` is not set",
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
        /// The required fields of [`UpdateUserPath`](super::super::UpdateUserPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod update_user_path {
            /// `userid` of [`UpdateUserPath`](super::super::super::UpdateUserPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct userid;
            /// What `build()` requires of `userid`: implemented for the field's type alone, never for the marker [`userid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `userid` of `UpdateUserPath` is not set",
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
        }
        /// The required fields of [`UpdateUserRequest`](super::super::UpdateUserRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod update_user_request {
            /// `operator_id` of [`UpdateUserRequest`](super::super::super::UpdateUserRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `UpdateUserRequest` is not set",
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
            /// `operator_id_type` of [`UpdateUserRequest`](super::super::super::UpdateUserRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `UpdateUserRequest` is not set",
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
        /// The required fields of [`UserAccountUsage`](super::super::UserAccountUsage) not set yet.
        #[allow(non_camel_case_types)]
        pub mod user_account_usage {}
        /// The required fields of [`UserDepartment`](super::super::UserDepartment) not set yet.
        #[allow(non_camel_case_types)]
        pub mod user_department {}
        /// The required fields of [`UserInfo`](super::super::UserInfo) not set yet.
        #[allow(non_camel_case_types)]
        pub mod user_info {}
        /// The required fields of [`VerificationLink`](super::super::VerificationLink) not set yet.
        #[allow(non_camel_case_types)]
        pub mod verification_link {}
        /// The required fields of [`VerificationLinkFailure`](super::super::VerificationLinkFailure) not set yet.
        #[allow(non_camel_case_types)]
        pub mod verification_link_failure {}
    }
}
/// Legacy kind of account (账号类型), about to be retired by the docs (即将废弃): 0 and 5 are named, every other value is a paid meeting edition (其他值均为会议付费版本). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum AccountType {
    /// Personal free edition (个人免费版) (code 0).
    PersonalFree,
    /// Enterprise created through WeCom (由企业微信创建的企业) (code 5).
    WeComCorp,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl AccountType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::PersonalFree, Self::WeComCorp];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::PersonalFree => 0u32,
            Self::WeComCorp => 5u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::PersonalFree,
            5u32 => Self::WeComCorp,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::PersonalFree => {
                ::std::option::Option::Some("Personal free edition (个人免费版)")
            }
            Self::WeComCorp => {
                ::std::option::Option::Some(
                    "Enterprise created through WeCom (由企业微信创建的企业)",
                )
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(AccountType);
/// Edition the account belongs to (账号版本). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum AccountVersion {
    /// Other editions (其他) (code 0).
    Unclassified,
    /// Business edition (商业版) (code 1).
    Business,
    /// Enterprise edition (企业版) (code 2).
    Enterprise,
    /// Education edition (教育版) (code 3).
    Education,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl AccountVersion {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::Unclassified,
        Self::Business,
        Self::Enterprise,
        Self::Education,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Unclassified => 0u32,
            Self::Business => 1u32,
            Self::Enterprise => 2u32,
            Self::Education => 3u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Unclassified,
            1u32 => Self::Business,
            2u32 => Self::Enterprise,
            3u32 => Self::Education,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Unclassified => ::std::option::Option::Some("Other editions (其他)"),
            Self::Business => ::std::option::Option::Some("Business edition (商业版)"),
            Self::Enterprise => {
                ::std::option::Option::Some("Enterprise edition (企业版)")
            }
            Self::Education => {
                ::std::option::Option::Some("Education edition (教育版)")
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(AccountVersion);
/// Kind of AI account a user holds (AI 账号类型). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum AiAccountType {
    /// No AI account (无账号) (code 0).
    NoAccount,
    /// Purchased edition (购买版) (code 1).
    Purchased,
    /// Gifted edition (赠送版) (code 2).
    Gifted,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl AiAccountType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::NoAccount,
        Self::Purchased,
        Self::Gifted,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::NoAccount => 0u32,
            Self::Purchased => 1u32,
            Self::Gifted => 2u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::NoAccount,
            1u32 => Self::Purchased,
            2u32 => Self::Gifted,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::NoAccount => ::std::option::Option::Some("No AI account (无账号)"),
            Self::Purchased => {
                ::std::option::Option::Some("Purchased edition (购买版)")
            }
            Self::Gifted => ::std::option::Option::Some("Gifted edition (赠送版)"),
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(AiAccountType);
/// Room-size upgrade licence of the enhanced meeting experience (增强会议体验:房间规模升级许可); 0 takes the licence back (回收). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum LargeMeetingAddOn {
    /// Take the licence back (回收房间规模升级许可) (code 0).
    Revoke,
    /// 500-participant rooms (500方房间规模升级许可) (code 1).
    Participants500,
    /// 1000-participant rooms (1000方房间规模升级许可) (code 2).
    Participants1000,
    /// 2000-participant rooms (2000方房间规模升级许可) (code 3).
    Participants2000,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl LargeMeetingAddOn {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::Revoke,
        Self::Participants500,
        Self::Participants1000,
        Self::Participants2000,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Revoke => 0u32,
            Self::Participants500 => 1u32,
            Self::Participants1000 => 2u32,
            Self::Participants2000 => 3u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Revoke,
            1u32 => Self::Participants500,
            2u32 => Self::Participants1000,
            3u32 => Self::Participants2000,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Revoke => {
                ::std::option::Option::Some(
                    "Take the licence back (回收房间规模升级许可)",
                )
            }
            Self::Participants500 => {
                ::std::option::Option::Some(
                    "500-participant rooms (500方房间规模升级许可)",
                )
            }
            Self::Participants1000 => {
                ::std::option::Option::Some(
                    "1000-participant rooms (1000方房间规模升级许可)",
                )
            }
            Self::Participants2000 => {
                ::std::option::Option::Some(
                    "2000-participant rooms (2000方房间规模升级许可)",
                )
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(LargeMeetingAddOn);
/// Whether the user's phone number is verified (手机号验证状态). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum PhoneStatus {
    /// Unknown (未知) (code 0).
    Unknown,
    /// Verified (已验证) (code 1).
    Verified,
    /// Not verified (未验证) (code 2).
    Unverified,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl PhoneStatus {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::Unknown,
        Self::Verified,
        Self::Unverified,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Unknown => 0u32,
            Self::Verified => 1u32,
            Self::Unverified => 2u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Unknown,
            1u32 => Self::Verified,
            2u32 => Self::Unverified,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Unknown => ::std::option::Option::Some("Unknown (未知)"),
            Self::Verified => ::std::option::Option::Some("Verified (已验证)"),
            Self::Unverified => ::std::option::Option::Some("Not verified (未验证)"),
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(PhoneStatus);
/// Which data is transferred (转移的具体数据), sent as a string. Any other string is accepted.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum TransferDataScope {
    /// All of it (全部) (`0`).
    All,
    /// Cloud recordings (云录制) (`1`).
    CloudRecordings,
    /// The meeting list (会议列表) (`2`).
    Meetings,
    /// A value the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(::std::string::String),
}
impl TransferDataScope {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::All,
        Self::CloudRecordings,
        Self::Meetings,
    ];
    /// The code on the wire.
    pub fn code(&self) -> &str {
        match self {
            Self::All => "0",
            Self::CloudRecordings => "1",
            Self::Meetings => "2",
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub fn from_code(code: &str) -> Self {
        match code {
            "0" => Self::All,
            "1" => Self::CloudRecordings,
            "2" => Self::Meetings,
            other => Self::Other(other.to_owned()),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub fn label(&self) -> ::std::option::Option<&'static str> {
        match self.code() {
            "0" => ::std::option::Option::Some("All of it (全部)"),
            "1" => ::std::option::Option::Some("Cloud recordings (云录制)"),
            "2" => ::std::option::Option::Some("The meeting list (会议列表)"),
            _ => ::std::option::Option::None,
        }
    }
}
crate::code_list::string_code_list_impls!(TransferDataScope);
/// Kind of seat a user account holds (账号类型 / 指定账号类型). Accounts of the 2.0 editions (商业版2.0, 企业版2.0, 教育版2.0) only know 2 and 9. Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum UserAccountType {
    /// Premium account, enterprise or education edition (高级账号,企业版/教育版) (code 1).
    PremiumEnterprise,
    /// Free account, enterprise or education edition (免费账号,企业版/教育版) (code 2).
    Free,
    /// Free 100-participant account, business edition (免费账号100方,商业版) (code 3).
    Free100Business,
    /// Premium 300-participant account, business edition (高级账号300方,商业版) (code 4).
    Premium300Business,
    /// Premium 500-participant account, business edition (高级账号500方,商业版) (code 5).
    Premium500Business,
    /// Premium 1000-participant account, business edition (高级账号1000方,商业版) (code 6).
    Premium1000Business,
    /// Premium 2000-participant account, business edition (高级账号2000方,商业版) (code 7).
    Premium2000Business,
    /// Premium 100-participant account, business edition (高级账号100方,商业版) (code 8).
    Premium100Business,
    /// Premium account, enterprise, education or business edition (高级账号,企业版/教育版/商业版) (code 9).
    Premium,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl UserAccountType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::PremiumEnterprise,
        Self::Free,
        Self::Free100Business,
        Self::Premium300Business,
        Self::Premium500Business,
        Self::Premium1000Business,
        Self::Premium2000Business,
        Self::Premium100Business,
        Self::Premium,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::PremiumEnterprise => 1u32,
            Self::Free => 2u32,
            Self::Free100Business => 3u32,
            Self::Premium300Business => 4u32,
            Self::Premium500Business => 5u32,
            Self::Premium1000Business => 6u32,
            Self::Premium2000Business => 7u32,
            Self::Premium100Business => 8u32,
            Self::Premium => 9u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            1u32 => Self::PremiumEnterprise,
            2u32 => Self::Free,
            3u32 => Self::Free100Business,
            4u32 => Self::Premium300Business,
            5u32 => Self::Premium500Business,
            6u32 => Self::Premium1000Business,
            7u32 => Self::Premium2000Business,
            8u32 => Self::Premium100Business,
            9u32 => Self::Premium,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::PremiumEnterprise => {
                ::std::option::Option::Some(
                    "Premium account, enterprise or education edition (高级账号,企业版/教育版)",
                )
            }
            Self::Free => {
                ::std::option::Option::Some(
                    "Free account, enterprise or education edition (免费账号,企业版/教育版)",
                )
            }
            Self::Free100Business => {
                ::std::option::Option::Some(
                    "Free 100-participant account, business edition (免费账号100方,商业版)",
                )
            }
            Self::Premium300Business => {
                ::std::option::Option::Some(
                    "Premium 300-participant account, business edition (高级账号300方,商业版)",
                )
            }
            Self::Premium500Business => {
                ::std::option::Option::Some(
                    "Premium 500-participant account, business edition (高级账号500方,商业版)",
                )
            }
            Self::Premium1000Business => {
                ::std::option::Option::Some(
                    "Premium 1000-participant account, business edition (高级账号1000方,商业版)",
                )
            }
            Self::Premium2000Business => {
                ::std::option::Option::Some(
                    "Premium 2000-participant account, business edition (高级账号2000方,商业版)",
                )
            }
            Self::Premium100Business => {
                ::std::option::Option::Some(
                    "Premium 100-participant account, business edition (高级账号100方,商业版)",
                )
            }
            Self::Premium => {
                ::std::option::Option::Some(
                    "Premium account, enterprise, education or business edition (高级账号,企业版/教育版/商业版)",
                )
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(UserAccountType);
/// Kind of seat to filter the new user list by (账号类型). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum UserAccountTypeFilter {
    /// Premium (高级) (code 1).
    Premium,
    /// Free (免费) (code 2).
    Free,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl UserAccountTypeFilter {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Premium, Self::Free];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Premium => 1u32,
            Self::Free => 2u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            1u32 => Self::Premium,
            2u32 => Self::Free,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Premium => ::std::option::Option::Some("Premium (高级)"),
            Self::Free => ::std::option::Option::Some("Free (免费)"),
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(UserAccountTypeFilter);
/// What happens to a deleted user's data (删除用户的数据处理方式), sent as a string. Any other string is accepted.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum UserDataProcess {
    /// Delete it for good (彻底删除) (`1`).
    Delete,
    /// Transfer it to a given member (转移给指定成员) (`2`).
    Transfer,
    /// A value the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(::std::string::String),
}
impl UserDataProcess {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Delete, Self::Transfer];
    /// The code on the wire.
    pub fn code(&self) -> &str {
        match self {
            Self::Delete => "1",
            Self::Transfer => "2",
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub fn from_code(code: &str) -> Self {
        match code {
            "1" => Self::Delete,
            "2" => Self::Transfer,
            other => Self::Other(other.to_owned()),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub fn label(&self) -> ::std::option::Option<&'static str> {
        match self.code() {
            "1" => ::std::option::Option::Some("Delete it for good (彻底删除)"),
            "2" => {
                ::std::option::Option::Some(
                    "Transfer it to a given member (转移给指定成员)",
                )
            }
            _ => ::std::option::Option::None,
        }
    }
}
crate::code_list::string_code_list_impls!(UserDataProcess);
/// State of an enterprise user account (账号状态 / 用户状态), sent as a string of one digit. Any other string is accepted.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum UserStatus {
    /// Normal (正常) (`1`).
    Normal,
    /// Deregistered (注销) (`2`).
    Deregistered,
    /// Not activated yet (未激活) (`3`).
    Inactive,
    /// Disabled (禁用) (`4`).
    Disabled,
    /// Pre-registered (预注册) (`5`).
    PreRegistered,
    /// A value the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(::std::string::String),
}
impl UserStatus {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::Normal,
        Self::Deregistered,
        Self::Inactive,
        Self::Disabled,
        Self::PreRegistered,
    ];
    /// The code on the wire.
    pub fn code(&self) -> &str {
        match self {
            Self::Normal => "1",
            Self::Deregistered => "2",
            Self::Inactive => "3",
            Self::Disabled => "4",
            Self::PreRegistered => "5",
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub fn from_code(code: &str) -> Self {
        match code {
            "1" => Self::Normal,
            "2" => Self::Deregistered,
            "3" => Self::Inactive,
            "4" => Self::Disabled,
            "5" => Self::PreRegistered,
            other => Self::Other(other.to_owned()),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub fn label(&self) -> ::std::option::Option<&'static str> {
        match self.code() {
            "1" => ::std::option::Option::Some("Normal (正常)"),
            "2" => ::std::option::Option::Some("Deregistered (注销)"),
            "3" => ::std::option::Option::Some("Not activated yet (未激活)"),
            "4" => ::std::option::Option::Some("Disabled (禁用)"),
            "5" => ::std::option::Option::Some("Pre-registered (预注册)"),
            _ => ::std::option::Option::None,
        }
    }
}
crate::code_list::string_code_list_impls!(UserStatus);
/// Account state to filter the new user list by (账号状态). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum UserStatusFilter {
    /// Normal (正常) (code 1).
    Normal,
    /// Not activated (未激活) (code 3).
    Inactive,
    /// Disabled (禁用) (code 4).
    Disabled,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl UserStatusFilter {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::Normal,
        Self::Inactive,
        Self::Disabled,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Normal => 1u32,
            Self::Inactive => 3u32,
            Self::Disabled => 4u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            1u32 => Self::Normal,
            3u32 => Self::Inactive,
            4u32 => Self::Disabled,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Normal => ::std::option::Option::Some("Normal (正常)"),
            Self::Inactive => ::std::option::Option::Some("Not activated (未激活)"),
            Self::Disabled => ::std::option::Option::Some("Disabled (禁用)"),
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(UserStatusFilter);
/// Webinar audience-size upgrade licence of the enhanced meeting experience (增强会议体验:网络研讨会观众规模升级许可); 0 takes the licence back (回收). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum WebinarAddOn {
    /// Take the licence back (回收 Webinar 观众规模升级许可) (code 0).
    Revoke,
    /// Up to 300 viewers (300观众) (code 1).
    Audience300,
    /// Up to 500 viewers (500观众) (code 2).
    Audience500,
    /// Up to 1000 viewers (1000观众) (code 3).
    Audience1000,
    /// Up to 2000 viewers (2000观众) (code 4).
    Audience2000,
    /// Up to 3000 viewers (3000观众) (code 5).
    Audience3000,
    /// Up to 5000 viewers (5000观众) (code 6).
    Audience5000,
    /// Up to 8000 viewers (8000观众) (code 7).
    Audience8000,
    /// Up to 10000 viewers (10000观众) (code 8).
    Audience10000,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl WebinarAddOn {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::Revoke,
        Self::Audience300,
        Self::Audience500,
        Self::Audience1000,
        Self::Audience2000,
        Self::Audience3000,
        Self::Audience5000,
        Self::Audience8000,
        Self::Audience10000,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Revoke => 0u32,
            Self::Audience300 => 1u32,
            Self::Audience500 => 2u32,
            Self::Audience1000 => 3u32,
            Self::Audience2000 => 4u32,
            Self::Audience3000 => 5u32,
            Self::Audience5000 => 6u32,
            Self::Audience8000 => 7u32,
            Self::Audience10000 => 8u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Revoke,
            1u32 => Self::Audience300,
            2u32 => Self::Audience500,
            3u32 => Self::Audience1000,
            4u32 => Self::Audience2000,
            5u32 => Self::Audience3000,
            6u32 => Self::Audience5000,
            7u32 => Self::Audience8000,
            8u32 => Self::Audience10000,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Revoke => {
                ::std::option::Option::Some(
                    "Take the licence back (回收 Webinar 观众规模升级许可)",
                )
            }
            Self::Audience300 => {
                ::std::option::Option::Some("Up to 300 viewers (300观众)")
            }
            Self::Audience500 => {
                ::std::option::Option::Some("Up to 500 viewers (500观众)")
            }
            Self::Audience1000 => {
                ::std::option::Option::Some("Up to 1000 viewers (1000观众)")
            }
            Self::Audience2000 => {
                ::std::option::Option::Some("Up to 2000 viewers (2000观众)")
            }
            Self::Audience3000 => {
                ::std::option::Option::Some("Up to 3000 viewers (3000观众)")
            }
            Self::Audience5000 => {
                ::std::option::Option::Some("Up to 5000 viewers (5000观众)")
            }
            Self::Audience8000 => {
                ::std::option::Option::Some("Up to 8000 viewers (8000观众)")
            }
            Self::Audience10000 => {
                ::std::option::Option::Some("Up to 10000 viewers (10000观众)")
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(WebinarAddOn);
/// `POST /v1/users`: Create an enterprise user (创建用户).
///
/// - path parameters: none
/// - request: [`CreateUserRequest`](crate::users::CreateUserRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: [`CreateUserResponse`](crate::users::CreateUserResponse)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/43675); the official SDKs call it `V1UsersPost`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CreateUser;
impl crate::Endpoint for CreateUser {
    const NAME: &'static str = "create_user";
    const METHOD: crate::Method = crate::Method::Post;
    const PATH_TEMPLATE: &'static str = "/v1/users";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::users::CreateUserRequest;
    type Response = crate::users::CreateUserResponse;
}
impl crate::EncodeRequest for crate::users::CreateUserRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `GET /v1/users/{userid}`: Get an enterprise user by userid (获取用户详情).
///
/// - path parameters: [`GetUserPath`](crate::users::GetUserPath)
/// - request: [`GetUserRequest`](crate::users::GetUserRequest), in the query string (no body)
/// - response: [`GetUserResponse`](crate::users::GetUserResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/57959); the official SDKs call it `V1UsersUseridGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GetUser;
impl crate::Endpoint for GetUser {
    const NAME: &'static str = "get_user";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/users/{userid}";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = crate::users::GetUserPath;
    type Request = crate::users::GetUserRequest;
    type Response = crate::users::GetUserResponse;
}
impl crate::PathParams for crate::users::GetUserPath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(template, &[("userid", self.userid.as_str())])
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "userid" => ::std::option::Option::Some(self.userid.as_str()),
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::users::GetUserRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        ::std::result::Result::Ok(query.finish())
    }
}
/// `GET /v1/users`: Get an enterprise user by uuid (通过 uuid 获取用户详情).
///
/// - path parameters: none
/// - request: [`GetUserByUuidRequest`](crate::users::GetUserByUuidRequest), in the query string (no body)
/// - response: [`GetUserResponse`](crate::users::GetUserResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: the official SDKs' `V1UsersGet` (no doc page found)
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GetUserByUuid;
impl crate::Endpoint for GetUserByUuid {
    const NAME: &'static str = "get_user_by_uuid";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/users";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::users::GetUserByUuidRequest;
    type Response = crate::users::GetUserResponse;
}
impl crate::EncodeRequest for crate::users::GetUserByUuidRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("uuid", &self.uuid);
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        ::std::result::Result::Ok(query.finish())
    }
}
/// `PUT /v1/users/{userid}`: Update an enterprise user by userid (更新用户).
///
/// - path parameters: [`UpdateUserPath`](crate::users::UpdateUserPath)
/// - request: [`UpdateUserRequest`](crate::users::UpdateUserRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/43676); the official SDKs call it `V1UsersUseridPut`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct UpdateUser;
impl crate::Endpoint for UpdateUser {
    const NAME: &'static str = "update_user";
    const METHOD: crate::Method = crate::Method::Put;
    const PATH_TEMPLATE: &'static str = "/v1/users/{userid}";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = crate::users::UpdateUserPath;
    type Request = crate::users::UpdateUserRequest;
    type Response = ();
}
impl crate::PathParams for crate::users::UpdateUserPath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(template, &[("userid", self.userid.as_str())])
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "userid" => ::std::option::Option::Some(self.userid.as_str()),
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::users::UpdateUserRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `PUT /v1/users`: Update an enterprise user by uuid (通过 uuid 更新用户).
///
/// - path parameters: none
/// - request: [`UpdateUserByUuidRequest`](crate::users::UpdateUserByUuidRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: the official SDKs' `V1UsersPut` (no doc page found)
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct UpdateUserByUuid;
impl crate::Endpoint for UpdateUserByUuid {
    const NAME: &'static str = "update_user_by_uuid";
    const METHOD: crate::Method = crate::Method::Put;
    const PATH_TEMPLATE: &'static str = "/v1/users";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::users::UpdateUserByUuidRequest;
    type Response = ();
}
impl crate::EncodeRequest for crate::users::UpdateUserByUuidRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("uuid", &self.uuid);
        crate::request::Encoded::json_with_query(self, &["uuid"], query)
    }
}
/// `DELETE /v1/users/{userid}`: Delete an enterprise user by userid (删除用户).
///
/// - path parameters: [`DeleteUserPath`](crate::users::DeleteUserPath)
/// - request: [`DeleteUserRequest`](crate::users::DeleteUserRequest), in the query string (no body)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes: 500014, 10000, 20001, 20004, 41
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/43679); the official SDKs call it `V1UsersUseridDelete`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct DeleteUser;
impl crate::Endpoint for DeleteUser {
    const NAME: &'static str = "delete_user";
    const METHOD: crate::Method = crate::Method::Delete;
    const PATH_TEMPLATE: &'static str = "/v1/users/{userid}";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::ACCOUNT_NO_PERMISSION,
        crate::ErrorCode::USER_INFO_API_ERROR,
        crate::ErrorCode::USER_NOT_EXIST_OR_ROOM_BOOKING_TOO_LONG,
        crate::ErrorCode::CANNOT_DELETE_SUPER_ADMIN,
        crate::ErrorCode::SERVICE_NETWORK_ERROR,
    ];
    type Path = crate::users::DeleteUserPath;
    type Request = crate::users::DeleteUserRequest;
    type Response = ();
}
impl crate::PathParams for crate::users::DeleteUserPath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(template, &[("userid", self.userid.as_str())])
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "userid" => ::std::option::Option::Some(self.userid.as_str()),
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::users::DeleteUserRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        ::std::result::Result::Ok(query.finish())
    }
}
/// `DELETE /v1/users`: Delete an enterprise user by uuid (通过 uuid 删除用户).
///
/// - path parameters: none
/// - request: [`DeleteUserByUuidRequest`](crate::users::DeleteUserByUuidRequest), in the query string (no body)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: the official SDKs' `V1UsersDelete` (no doc page found)
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct DeleteUserByUuid;
impl crate::Endpoint for DeleteUserByUuid {
    const NAME: &'static str = "delete_user_by_uuid";
    const METHOD: crate::Method = crate::Method::Delete;
    const PATH_TEMPLATE: &'static str = "/v1/users";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::users::DeleteUserByUuidRequest;
    type Response = ();
}
impl crate::EncodeRequest for crate::users::DeleteUserByUuidRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("uuid", &self.uuid);
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        ::std::result::Result::Ok(query.finish())
    }
}
/// `GET /v1/users/list`: List the enterprise's users page by page (获取用户列表).
///
/// - path parameters: none
/// - request: [`ListUsersRequest`](crate::users::ListUsersRequest), in the query string (no body)
/// - response: [`ListUsersResponse`](crate::users::ListUsersResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: by page number (`page`, `page_size`), the items in `users` ([`Paged`](crate::Paged))
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/43678); the official SDKs call it `V1UsersListGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ListUsers;
impl crate::Endpoint for ListUsers {
    const NAME: &'static str = "list_users";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/users/list";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::users::ListUsersRequest;
    type Response = crate::users::ListUsersResponse;
}
impl crate::EncodeRequest for crate::users::ListUsersRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("page", &self.page);
        query.pair("page_size", &self.page_size);
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        ::std::result::Result::Ok(query.finish())
    }
}
impl crate::Paged for ListUsers {
    type Item = crate::users::UserInfo;
    fn items(response: Self::Response) -> ::std::vec::Vec<Self::Item> {
        crate::paging::Items::into_items(response.users)
    }
    fn next_request(
        request: &Self::Request,
        response: &Self::Response,
    ) -> ::std::option::Option<Self::Request> {
        let page = crate::paging::page_after(
            crate::paging::Number::number(&request.page),
            crate::paging::Number::number(&request.page_size),
            crate::paging::Items::count(&response.users),
            ::std::option::Option::None,
            crate::paging::Number::number(&response.total_count),
        )?;
        let mut next = ::std::clone::Clone::clone(request);
        next.page = crate::paging::Number::from_number(page)?;
        ::std::option::Option::Some(next)
    }
}
/// `GET /v1/users/advance/list`: List the enterprise's users with filters, by cursor (获取用户列表(新)).
///
/// - path parameters: none
/// - request: [`ListUsersAdvancedRequest`](crate::users::ListUsersAdvancedRequest), in the query string (no body)
/// - response: [`ListUsersAdvancedResponse`](crate::users::ListUsersAdvancedResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: by cursor (`pos` from `next_pos`) while `has_remaining` says more follow, the items in `users` ([`Paged`](crate::Paged))
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/111210); the official SDKs call it `V1UsersAdvanceListGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ListUsersAdvanced;
impl crate::Endpoint for ListUsersAdvanced {
    const NAME: &'static str = "list_users_advanced";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/users/advance/list";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::users::ListUsersAdvancedRequest;
    type Response = crate::users::ListUsersAdvancedResponse;
}
impl crate::EncodeRequest for crate::users::ListUsersAdvancedRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        if let ::std::option::Option::Some(value) = &self.pos {
            query.pair("pos", value);
        }
        if let ::std::option::Option::Some(value) = &self.size {
            query.pair("size", value);
        }
        if let ::std::option::Option::Some(value) = &self.status {
            query.pair("status", value);
        }
        if let ::std::option::Option::Some(value) = &self.user_account_type {
            query.pair("user_account_type", value);
        }
        if let ::std::option::Option::Some(value) = &self.enable_ai_account {
            query.pair("enable_ai_account", value);
        }
        if let ::std::option::Option::Some(value) = &self.department_id {
            query.pair("department_id", value);
        }
        ::std::result::Result::Ok(query.finish())
    }
}
impl crate::Paged for ListUsersAdvanced {
    type Item = crate::users::UserInfo;
    fn items(response: Self::Response) -> ::std::vec::Vec<Self::Item> {
        crate::paging::Items::into_items(response.users)
    }
    fn next_request(
        request: &Self::Request,
        response: &Self::Response,
    ) -> ::std::option::Option<Self::Request> {
        if !crate::paging::More::more(&response.has_remaining) {
            return ::std::option::Option::None;
        }
        let mut next = ::std::clone::Clone::clone(request);
        next.pos = crate::paging::Cursor::from_cursor(
            crate::paging::Cursor::cursor(&response.next_pos)?.as_ref(),
        )?;
        (next != *request).then_some(next)
    }
}
/// `GET /v1/users/info/basic`: Get the basic information of the OAuth 2.0 user calling (获取用户基本信息).
///
/// - path parameters: none
/// - request: [`GetUserBasicInfoRequest`](crate::users::GetUserBasicInfoRequest), in the query string (no body)
/// - response: [`GetUserBasicInfoResponse`](crate::users::GetUserBasicInfoResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/67432); the official SDKs call it `V1UsersInfoBasicGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GetUserBasicInfo;
impl crate::Endpoint for GetUserBasicInfo {
    const NAME: &'static str = "get_user_basic_info";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/users/info/basic";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::users::GetUserBasicInfoRequest;
    type Response = crate::users::GetUserBasicInfoResponse;
}
impl crate::EncodeRequest for crate::users::GetUserBasicInfoRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        ::std::result::Result::Ok(query.finish())
    }
}
/// `GET /v1/users/account/statistics`: Get how the enterprise's seats and AI accounts are used (获取账号资源统计).
///
/// - path parameters: none
/// - request: [`GetUserAccountStatisticsRequest`](crate::users::GetUserAccountStatisticsRequest), in the query string (no body)
/// - response: [`GetUserAccountStatisticsResponse`](crate::users::GetUserAccountStatisticsResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: the official SDKs' `V1UsersAccountStatisticsGet` (no doc page found)
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GetUserAccountStatistics;
impl crate::Endpoint for GetUserAccountStatistics {
    const NAME: &'static str = "get_user_account_statistics";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/users/account/statistics";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::users::GetUserAccountStatisticsRequest;
    type Response = crate::users::GetUserAccountStatisticsResponse;
}
impl crate::EncodeRequest for crate::users::GetUserAccountStatisticsRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        ::std::result::Result::Ok(query.finish())
    }
}
/// `POST /v1/users/account/ai-account`: Give a user the AI account capability (设置 AI 账号能力).
///
/// - path parameters: none
/// - request: [`SetUserAiAccountRequest`](crate::users::SetUserAiAccountRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes: 500111, 500112, 500058, 500059, 500035, 500052, 500053, 500055, 500054, 500057, 500028, 500026, 500056, 500032
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/108996); the official SDKs call it `V1UsersAccountAiAccountPost`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SetUserAiAccount;
impl crate::Endpoint for SetUserAiAccount {
    const NAME: &'static str = "set_user_ai_account";
    const METHOD: crate::Method = crate::Method::Post;
    const PATH_TEMPLATE: &'static str = "/v1/users/account/ai-account";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::ALREADY_GIFTED_AI_ACCOUNT,
        crate::ErrorCode::ALREADY_PURCHASED_AI_ACCOUNT,
        crate::ErrorCode::ALREADY_HAS_AI_ACCOUNT,
        crate::ErrorCode::NO_AI_ACCOUNT,
        crate::ErrorCode::DAILY_LIMIT_REACHED,
        crate::ErrorCode::AI_ACCOUNT_NOT_SUPPORTED,
        crate::ErrorCode::USER_INFO_QUERY_FAILED,
        crate::ErrorCode::AI_ACCOUNT_INVALID_PARAMETER,
        crate::ErrorCode::AI_ACCOUNT_NO_PERMISSION,
        crate::ErrorCode::RESOURCE_QUERY_FAILED,
        crate::ErrorCode::ACCOUNT_RESOURCE_INSUFFICIENT,
        crate::ErrorCode::ACCOUNT_TYPE_NOT_PURCHASED,
        crate::ErrorCode::AI_ACCOUNT_RESOURCE_INSUFFICIENT,
        crate::ErrorCode::INTERNAL_SERVICE_FAILURE,
    ];
    type Path = ();
    type Request = crate::users::SetUserAiAccountRequest;
    type Response = ();
}
impl crate::EncodeRequest for crate::users::SetUserAiAccountRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `DELETE /v1/users/account/ai-account`: Take the AI account capability away from a user (移除 AI 账号能力).
///
/// - path parameters: none
/// - request: [`DeleteUserAiAccountRequest`](crate::users::DeleteUserAiAccountRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: a JSON object the docs do not describe, kept whole ([`JsonObject`](crate::JsonObject))
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: the official SDKs' `V1UsersAccountAiAccountDelete` (no doc page found)
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct DeleteUserAiAccount;
impl crate::Endpoint for DeleteUserAiAccount {
    const NAME: &'static str = "delete_user_ai_account";
    const METHOD: crate::Method = crate::Method::Delete;
    const PATH_TEMPLATE: &'static str = "/v1/users/account/ai-account";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::users::DeleteUserAiAccountRequest;
    type Response = crate::JsonObject;
}
impl crate::EncodeRequest for crate::users::DeleteUserAiAccountRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `POST /v1/users/delete-transfer`: Transfer or delete a deleted user's assets (用户资产转移).
///
/// - path parameters: none
/// - request: [`TransferDeletedUserAssetsRequest`](crate::users::TransferDeletedUserAssetsRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/104847); the official SDKs call it `V1UsersDeleteTransferPost`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct TransferDeletedUserAssets;
impl crate::Endpoint for TransferDeletedUserAssets {
    const NAME: &'static str = "transfer_deleted_user_assets";
    const METHOD: crate::Method = crate::Method::Post;
    const PATH_TEMPLATE: &'static str = "/v1/users/delete-transfer";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::users::TransferDeletedUserAssetsRequest;
    type Response = ();
}
impl crate::EncodeRequest for crate::users::TransferDeletedUserAssetsRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `POST /v1/users/invite-activate`: Get activation links for accounts not activated yet (获取账号激活链接).
///
/// - path parameters: none
/// - request: [`GetActivationLinksRequest`](crate::users::GetActivationLinksRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: [`GetActivationLinksResponse`](crate::users::GetActivationLinksResponse)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/98642); the official SDKs call it `V1UsersInviteActivatePost`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GetActivationLinks;
impl crate::Endpoint for GetActivationLinks {
    const NAME: &'static str = "get_activation_links";
    const METHOD: crate::Method = crate::Method::Post;
    const PATH_TEMPLATE: &'static str = "/v1/users/invite-activate";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::users::GetActivationLinksRequest;
    type Response = crate::users::GetActivationLinksResponse;
}
impl crate::EncodeRequest for crate::users::GetActivationLinksRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `POST /v1/users/invite-auth`: Get verification links for accounts not verified yet (获取用户验证链接).
///
/// - path parameters: none
/// - request: [`GetVerificationLinksRequest`](crate::users::GetVerificationLinksRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: [`GetVerificationLinksResponse`](crate::users::GetVerificationLinksResponse)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes: 20001, 500120, 500091, 500121, 500035
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/109024); the official SDKs call it `V1UsersInviteAuthPost`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GetVerificationLinks;
impl crate::Endpoint for GetVerificationLinks {
    const NAME: &'static str = "get_verification_links";
    const METHOD: crate::Method = crate::Method::Post;
    const PATH_TEMPLATE: &'static str = "/v1/users/invite-auth";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::USER_NOT_EXIST_OR_ROOM_BOOKING_TOO_LONG,
        crate::ErrorCode::USER_NOT_ACTIVATED,
        crate::ErrorCode::OPERATION_NOT_PERMITTED,
        crate::ErrorCode::USER_PHONE_NOT_BOUND,
        crate::ErrorCode::DAILY_LIMIT_REACHED,
    ];
    type Path = ();
    type Request = crate::users::GetVerificationLinksRequest;
    type Response = crate::users::GetVerificationLinksResponse;
}
impl crate::EncodeRequest for crate::users::GetVerificationLinksRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `PUT /v1/users/{userid}/invite-activate`: Send a user an activation SMS or email (发送用户激活邀请).
///
/// - path parameters: [`SendActivationInvitePath`](crate::users::SendActivationInvitePath)
/// - request: [`SendActivationInviteRequest`](crate::users::SendActivationInviteRequest), in the query string (no body)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes: 20001, 15101
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/88673); the official SDKs call it `V1UsersUseridInviteActivatePut`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SendActivationInvite;
impl crate::Endpoint for SendActivationInvite {
    const NAME: &'static str = "send_activation_invite";
    const METHOD: crate::Method = crate::Method::Put;
    const PATH_TEMPLATE: &'static str = "/v1/users/{userid}/invite-activate";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::USER_NOT_EXIST_OR_ROOM_BOOKING_TOO_LONG,
        crate::ErrorCode::ACTIVATION_INVITE_SENT_TODAY,
    ];
    type Path = crate::users::SendActivationInvitePath;
    type Request = crate::users::SendActivationInviteRequest;
    type Response = ();
}
impl crate::PathParams for crate::users::SendActivationInvitePath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(template, &[("userid", self.userid.as_str())])
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "userid" => ::std::option::Option::Some(self.userid.as_str()),
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::users::SendActivationInviteRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        ::std::result::Result::Ok(query.finish())
    }
}
/// `PUT /v1/users/{userid}/invite-auth`: Send a user a verification SMS (发送用户验证短信).
///
/// - path parameters: [`SendVerificationSmsPath`](crate::users::SendVerificationSmsPath)
/// - request: [`SendVerificationSmsRequest`](crate::users::SendVerificationSmsRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes: 20001, 500119, 500120, 500091, 500121
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/109023); the official SDKs call it `V1UsersUseridInviteAuthPut`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SendVerificationSms;
impl crate::Endpoint for SendVerificationSms {
    const NAME: &'static str = "send_verification_sms";
    const METHOD: crate::Method = crate::Method::Put;
    const PATH_TEMPLATE: &'static str = "/v1/users/{userid}/invite-auth";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::USER_NOT_EXIST_OR_ROOM_BOOKING_TOO_LONG,
        crate::ErrorCode::VERIFICATION_SENT_TODAY,
        crate::ErrorCode::USER_NOT_ACTIVATED,
        crate::ErrorCode::OPERATION_NOT_PERMITTED,
        crate::ErrorCode::USER_PHONE_NOT_BOUND,
    ];
    type Path = crate::users::SendVerificationSmsPath;
    type Request = crate::users::SendVerificationSmsRequest;
    type Response = ();
}
impl crate::PathParams for crate::users::SendVerificationSmsPath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(template, &[("userid", self.userid.as_str())])
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "userid" => ::std::option::Option::Some(self.userid.as_str()),
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::users::SendVerificationSmsRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `PUT /v1/users/{userid}/enable`: Enable or disable a user (启用与禁用用户).
///
/// - path parameters: [`SetUserEnabledPath`](crate::users::SetUserEnabledPath)
/// - request: [`SetUserEnabledRequest`](crate::users::SetUserEnabledRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes: 20001, 60005, 20005
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/82599); the official SDKs call it `V1UsersUseridEnablePut`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SetUserEnabled;
impl crate::Endpoint for SetUserEnabled {
    const NAME: &'static str = "set_user_enabled";
    const METHOD: crate::Method = crate::Method::Put;
    const PATH_TEMPLATE: &'static str = "/v1/users/{userid}/enable";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::USER_NOT_EXIST_OR_ROOM_BOOKING_TOO_LONG,
        crate::ErrorCode::USER_MISSING_OR_INACTIVE,
        crate::ErrorCode::ADMIN_ACCOUNT_PROTECTED,
    ];
    type Path = crate::users::SetUserEnabledPath;
    type Request = crate::users::SetUserEnabledRequest;
    type Response = ();
}
impl crate::PathParams for crate::users::SetUserEnabledPath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(template, &[("userid", self.userid.as_str())])
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "userid" => ::std::option::Option::Some(self.userid.as_str()),
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::users::SetUserEnabledRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `GET /v1/meetings/{meeting_id}/ms-open-id`: Get the operator's temporary ID in a meeting (查询 ms_open_id).
///
/// - path parameters: [`GetMeetingMsOpenIdPath`](crate::users::GetMeetingMsOpenIdPath)
/// - request: [`GetMeetingMsOpenIdRequest`](crate::users::GetMeetingMsOpenIdRequest), in the query string (no body)
/// - response: [`GetMeetingMsOpenIdResponse`](crate::users::GetMeetingMsOpenIdResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes: 202801, 190001
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/74998); the official SDKs call it `V1MeetingsMeetingIdMsOpenIdGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GetMeetingMsOpenId;
impl crate::Endpoint for GetMeetingMsOpenId {
    const NAME: &'static str = "get_meeting_ms_open_id";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/meetings/{meeting_id}/ms-open-id";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::NO_MEETING_QUERY_PERMISSION,
        crate::ErrorCode::USER_NOT_REGISTERED,
    ];
    type Path = crate::users::GetMeetingMsOpenIdPath;
    type Request = crate::users::GetMeetingMsOpenIdRequest;
    type Response = crate::users::GetMeetingMsOpenIdResponse;
}
impl crate::PathParams for crate::users::GetMeetingMsOpenIdPath {
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
impl crate::EncodeRequest for crate::users::GetMeetingMsOpenIdRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        ::std::result::Result::Ok(query.finish())
    }
}
/// `GET /v1/pmi-meetings/pmi-config`: Get a user's personal meeting ID settings (查询个人会议号配置信息).
///
/// - path parameters: none
/// - request: [`GetPmiConfigRequest`](crate::users::GetPmiConfigRequest), in the query string (no body)
/// - response: [`GetPmiConfigResponse`](crate::users::GetPmiConfigResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes: 190001, 550000, 500122
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/61767); the official SDKs call it `V1PmiMeetingsPmiConfigGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GetPmiConfig;
impl crate::Endpoint for GetPmiConfig {
    const NAME: &'static str = "get_pmi_config";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/pmi-meetings/pmi-config";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::USER_NOT_REGISTERED,
        crate::ErrorCode::REQUEST_TIMEOUT,
        crate::ErrorCode::OPERATOR_NO_PERMISSION,
    ];
    type Path = ();
    type Request = crate::users::GetPmiConfigRequest;
    type Response = crate::users::GetPmiConfigResponse;
}
impl crate::EncodeRequest for crate::users::GetPmiConfigRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("userid", &self.userid);
        if let ::std::option::Option::Some(value) = &self.instanceid {
            query.pair("instanceid", value);
        }
        ::std::result::Result::Ok(query.finish())
    }
}
/// `PUT /v1/pmi-meetings/pmi-config`: Change a user's personal meeting ID settings (修改个人会议号配置信息).
///
/// - path parameters: none
/// - request: [`UpdatePmiConfigRequest`](crate::users::UpdatePmiConfigRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes: 550000, 500122
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/101096); the official SDKs call it `V1PmiMeetingsPmiConfigPut`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct UpdatePmiConfig;
impl crate::Endpoint for UpdatePmiConfig {
    const NAME: &'static str = "update_pmi_config";
    const METHOD: crate::Method = crate::Method::Put;
    const PATH_TEMPLATE: &'static str = "/v1/pmi-meetings/pmi-config";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::REQUEST_TIMEOUT,
        crate::ErrorCode::OPERATOR_NO_PERMISSION,
    ];
    type Path = ();
    type Request = crate::users::UpdatePmiConfigRequest;
    type Response = ();
}
impl crate::EncodeRequest for crate::users::UpdatePmiConfigRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `PUT /v1/auth-users/cancel-auth`: Withdraw the OAuth 2.0 user's authorization of the app (取消用户授权).
///
/// - path parameters: none
/// - request: [`CancelUserAuthRequest`](crate::users::CancelUserAuthRequest), in the query string (no body)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes: 40
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/73364); the official SDKs call it `V1AuthUsersCancelAuthPut`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CancelUserAuth;
impl crate::Endpoint for CancelUserAuth {
    const NAME: &'static str = "cancel_user_auth";
    const METHOD: crate::Method = crate::Method::Put;
    const PATH_TEMPLATE: &'static str = "/v1/auth-users/cancel-auth";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::NO_OPERATION_PERMISSION,
    ];
    type Path = ();
    type Request = crate::users::CancelUserAuthRequest;
    type Response = ();
}
impl crate::EncodeRequest for crate::users::CancelUserAuthRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        ::std::result::Result::Ok(query.finish())
    }
}
/// `POST /v1/users/open-id-to-userid`: Convert a third-party app's open_ids into the enterprise's userids (自建应用与三方应用 ID 转换接口).
///
/// - path parameters: none
/// - request: [`ConvertOpenIdsRequest`](crate::users::ConvertOpenIdsRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: [`ConvertOpenIdsResponse`](crate::users::ConvertOpenIdsResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: the official SDKs' `V1UsersOpenIdToUseridPost` (no doc page found)
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ConvertOpenIds;
impl crate::Endpoint for ConvertOpenIds {
    const NAME: &'static str = "convert_open_ids";
    const METHOD: crate::Method = crate::Method::Post;
    const PATH_TEMPLATE: &'static str = "/v1/users/open-id-to-userid";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::users::ConvertOpenIdsRequest;
    type Response = crate::users::ConvertOpenIdsResponse;
}
impl crate::EncodeRequest for crate::users::ConvertOpenIdsRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
impl crate::ResponseBody for crate::users::CreateUserResponse {
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
impl crate::ResponseBody for crate::users::GetUserResponse {
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
impl crate::ResponseBody for crate::users::ListUsersResponse {
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
impl crate::ResponseBody for crate::users::ListUsersAdvancedResponse {
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
impl crate::ResponseBody for crate::users::GetUserBasicInfoResponse {
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
impl crate::ResponseBody for crate::users::GetUserAccountStatisticsResponse {
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
impl crate::ResponseBody for crate::users::GetActivationLinksResponse {
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
impl crate::ResponseBody for crate::users::GetVerificationLinksResponse {
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
impl crate::ResponseBody for crate::users::GetMeetingMsOpenIdResponse {
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
impl crate::ResponseBody for crate::users::GetPmiConfigResponse {
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
impl crate::ResponseBody for crate::users::ConvertOpenIdsResponse {
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
    /// JSON Schema (Draft-07, self-contained) of [`CancelUserAuthRequest`](crate::users::CancelUserAuthRequest), bundled from `schemas/users/cancel-user-auth.request.json`.
    pub const CANCEL_USER_AUTH_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/CancelUserAuthRequest",
  "definitions": {
    "CancelUserAuthRequest": {
      "title": "CancelUserAuthRequest",
      "description": "Query string of `PUT /v1/auth-users/cancel-auth` (a PUT with no body): a third-party app withdraws the user's authorization (取消用户授权). Only OAuth 2.0 callers (仅支持 OAuth 2.0 鉴权方式调用), third-party apps. For business and enterprise editions only when the enterprise lets members authorize apps themselves; apps opened by the enterprise administrator cannot be withdrawn this way. The page's example says GET, a slip for the PUT it documents.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "operator_id": "KM4Ss4Th09ogUw1JiK",
          "operator_id_type": 2
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`. The openid of the user.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 2 openId, the only type the page documents.",
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
    /// JSON Schema (Draft-07, self-contained) of [`ConvertOpenIdsRequest`](crate::users::ConvertOpenIdsRequest), bundled from `schemas/users/convert-open-ids.request.json`.
    pub const CONVERT_OPEN_IDS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ConvertOpenIdsRequest",
  "definitions": {
    "ConvertOpenIdsRequest": {
      "title": "ConvertOpenIdsRequest",
      "description": "Body of `POST /v1/users/open-id-to-userid`: turn the open_ids a third-party app got into the userids of the caller's enterprise (自建应用与三方应用 ID 转换接口). JWT (self-built app) authentication only. From a mirror of the page (no cloud.tencent.com id found) and the SDK: the page lists `open_id_list` and `sdkid`, the SDK `operator_id`, `operator_id_type` and `sdkid` (it lacks `open_id_list`); all are properties. The example is the page's, with the operator added.",
      "type": "object",
      "required": [
        "open_id_list",
        "sdkid",
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "open_id_list": [
            "123456"
          ],
          "sdkid": "120001",
          "operator_id": "admin1",
          "operator_id_type": 1
        }
      ],
      "properties": {
        "open_id_list": {
          "description": "The open_ids to convert (需要转换的 open_id 列表), at most 1000 per call (一次最多1000个). Required by the page; the SDK lacks it.",
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
          },
          "minItems": 1,
          "maxItems": 1000
        },
        "sdkid": {
          "description": "sdkid of the third-party app (第三方应用的 sdkid): the open_ids must be the ones Tencent Meeting gave that app.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 类型); not on the page, required by the SDK.",
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
    /// JSON Schema (Draft-07, self-contained) of [`ConvertOpenIdsResponse`](crate::users::ConvertOpenIdsResponse), bundled from `schemas/users/convert-open-ids.response.json`.
    pub const CONVERT_OPEN_IDS_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ConvertOpenIdsResponse",
  "definitions": {
    "ConvertOpenIdsResponse": {
      "title": "ConvertOpenIdsResponse",
      "description": "Body of a successful `POST /v1/users/open-id-to-userid`: the open_ids converted and those that could not be (自建应用与三方应用 ID 转换接口). The page's example misses a comma after `userid_list`: fixed here. Lenient: nothing is required and unknown fields are kept.",
      "type": "object",
      "examples": [
        {
          "userid_list": [
            {
              "open_id": "123456",
              "userid": "user1"
            }
          ],
          "invalid_open_id_list": []
        }
      ],
      "properties": {
        "userid_list": {
          "description": "The open_ids converted and their userids in the caller's enterprise (转换成功的 userid、open_id 对应关系列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/OpenIdUserid"
          }
        },
        "invalid_open_id_list": {
          "description": "The open_ids that could not be converted (所有没有转换成功的 open_id 列表): wrong sdkid, another enterprise, invalid. Not in the SDK; the page types it String but its example sends a list.",
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      "x-keep-unknown": true
    },
    "OpenIdUserid": {
      "title": "OpenIdUserid",
      "description": "An open_id and the userid it converts to (Userid 对象).",
      "type": "object",
      "properties": {
        "open_id": {
          "description": "The open_id converted (需要转换的 open_id).",
          "type": "string"
        },
        "userid": {
          "description": "The userid of the same user in the caller's enterprise (该 open_id 所对应的本企业下用户的 userid).",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`CreateUserRequest`](crate::users::CreateUserRequest), bundled from `schemas/users/create-user.request.json`.
    pub const CREATE_USER_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/CreateUserRequest",
  "definitions": {
    "CreateUserRequest": {
      "title": "CreateUserRequest",
      "description": "Body of `POST /v1/users`: create an enterprise user (创建用户). Only for enterprises that manage their address book by hand (仅适用于手动管理企业通讯录的方式): not with SSO login, not for WeCom enterprises (不支持企微企业). The new user starts inactive (未激活) and must be activated before logging in. A premium seat given to a user may be taken back and given again within 7 days, after which the binding is locked. OAuth 2.0 is not supported (暂不支持 OAuth 2.0鉴权访问). The current page's tail (after `add_on_webinar`) was not retrieved: `operator_id` and `operator_id_type` are required as in the SDK and the sibling update page; the example is the older page's, with the operator added.",
      "type": "object",
      "required": [
        "phone",
        "username",
        "userid",
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "username": "testusername",
          "phone": "18888888888",
          "userid": "testuserid",
          "email": "123456@qq.com",
          "staff_id": "6666",
          "job_title": "develop",
          "entry_time": 1628495795,
          "department_list": [
            "07f4c****************1966815d251"
          ],
          "operator_id": "admin1",
          "operator_id_type": 1
        }
      ],
      "properties": {
        "email": {
          "description": "Email address (邮箱地址), unique within the enterprise (同企业内须保证唯一); an alternative to the phone number: when both are given the email is ignored (与手机号二选一,若同时传入手机号和邮箱,则邮箱字段忽略).",
          "type": "string"
        },
        "area": {
          "description": "Area code of the phone number (地区编码), 86 when absent (默认值为86).",
          "type": "string"
        },
        "phone": {
          "description": "Phone number (手机号码): required by the page; an enterprise that has not enabled email login must give it (若企业未开通邮箱登录方式,手机号必填).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "username": {
          "description": "User name (用户昵称).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "userid": {
          "description": "The unique ID the caller gives the user (调用方用于标识用户的唯一 ID): at most 40 bytes (最大支持传入40字节), no Chinese (暂不支持中文), none of ! * ' ( ) ; : @ & = + $ , / ? # [ ] or spaces. Use an account name, staff number or email, never a phone number or other personal data.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true,
          "x-max-bytes": 40,
          "x-chars": {
            "not": "!*'();:@&=+$,/?#[] ",
            "cjk": false
          }
        },
        "staff_id": {
          "description": "Employee number (员工工号).",
          "type": "string"
        },
        "job_title": {
          "description": "Job title (员工职位), 0 to 96 characters (长度范围为[0,96]个字符).",
          "type": "string",
          "maxLength": 96
        },
        "entry_time": {
          "description": "When the employee joined (入职时间); the page types it Integer (the example sends Unix seconds).",
          "type": "integer"
        },
        "department_list": {
          "description": "Department IDs of the employee (员工部门 ID): for now one department at most (暂只支持为用户分配1个部门).",
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
          },
          "maxItems": 1
        },
        "auto_invite": {
          "description": "Whether the activation invitation is sent at once (自动发送邀请): `true` by default (默认开启).",
          "type": "boolean"
        },
        "user_account_type": {
          "description": "Kind of seat to give the user (指定账号类型). 2.0 editions take only 2 and 9. When absent, a premium seat is given first; without one, 2.0 editions refuse to create the user and the original SaaS enterprise and education editions create a free account.",
          "$ref": "#/definitions/UserAccountType"
        },
        "add_on_largemeeting": {
          "description": "Room-size upgrade licence to give (增强会议体验:房间规模升级许可); only a premium account can hold one, and unbinding the premium seat takes it back.",
          "$ref": "#/definitions/LargeMeetingAddOn"
        },
        "add_on_webinar": {
          "description": "Webinar audience-size upgrade licence to give (增强会议体验:网络研讨会观众规模升级许可).",
          "$ref": "#/definitions/WebinarAddOn"
        },
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).",
          "$ref": "#/definitions/OperatorIdType"
        }
      }
    },
    "LargeMeetingAddOn": {
      "title": "LargeMeetingAddOn",
      "description": "Room-size upgrade licence of the enhanced meeting experience (增强会议体验:房间规模升级许可); 0 takes the licence back (回收). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Revoke",
          "description": "Take the licence back (回收房间规模升级许可)"
        },
        {
          "const": 1,
          "title": "Participants500",
          "description": "500-participant rooms (500方房间规模升级许可)"
        },
        {
          "const": 2,
          "title": "Participants1000",
          "description": "1000-participant rooms (1000方房间规模升级许可)"
        },
        {
          "const": 3,
          "title": "Participants2000",
          "description": "2000-participant rooms (2000方房间规模升级许可)"
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
    "UserAccountType": {
      "title": "UserAccountType",
      "description": "Kind of seat a user account holds (账号类型 / 指定账号类型). Accounts of the 2.0 editions (商业版2.0, 企业版2.0, 教育版2.0) only know 2 and 9. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "PremiumEnterprise",
          "description": "Premium account, enterprise or education edition (高级账号,企业版/教育版)"
        },
        {
          "const": 2,
          "title": "Free",
          "description": "Free account, enterprise or education edition (免费账号,企业版/教育版)"
        },
        {
          "const": 3,
          "title": "Free100Business",
          "description": "Free 100-participant account, business edition (免费账号100方,商业版)"
        },
        {
          "const": 4,
          "title": "Premium300Business",
          "description": "Premium 300-participant account, business edition (高级账号300方,商业版)"
        },
        {
          "const": 5,
          "title": "Premium500Business",
          "description": "Premium 500-participant account, business edition (高级账号500方,商业版)"
        },
        {
          "const": 6,
          "title": "Premium1000Business",
          "description": "Premium 1000-participant account, business edition (高级账号1000方,商业版)"
        },
        {
          "const": 7,
          "title": "Premium2000Business",
          "description": "Premium 2000-participant account, business edition (高级账号2000方,商业版)"
        },
        {
          "const": 8,
          "title": "Premium100Business",
          "description": "Premium 100-participant account, business edition (高级账号100方,商业版)"
        },
        {
          "const": 9,
          "title": "Premium",
          "description": "Premium account, enterprise, education or business edition (高级账号,企业版/教育版/商业版)"
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
    "WebinarAddOn": {
      "title": "WebinarAddOn",
      "description": "Webinar audience-size upgrade licence of the enhanced meeting experience (增强会议体验:网络研讨会观众规模升级许可); 0 takes the licence back (回收). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Revoke",
          "description": "Take the licence back (回收 Webinar 观众规模升级许可)"
        },
        {
          "const": 1,
          "title": "Audience300",
          "description": "Up to 300 viewers (300观众)"
        },
        {
          "const": 2,
          "title": "Audience500",
          "description": "Up to 500 viewers (500观众)"
        },
        {
          "const": 3,
          "title": "Audience1000",
          "description": "Up to 1000 viewers (1000观众)"
        },
        {
          "const": 4,
          "title": "Audience2000",
          "description": "Up to 2000 viewers (2000观众)"
        },
        {
          "const": 5,
          "title": "Audience3000",
          "description": "Up to 3000 viewers (3000观众)"
        },
        {
          "const": 6,
          "title": "Audience5000",
          "description": "Up to 5000 viewers (5000观众)"
        },
        {
          "const": 7,
          "title": "Audience8000",
          "description": "Up to 8000 viewers (8000观众)"
        },
        {
          "const": 8,
          "title": "Audience10000",
          "description": "Up to 10000 viewers (10000观众)"
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
    /// JSON Schema (Draft-07, self-contained) of [`CreateUserResponse`](crate::users::CreateUserResponse), bundled from `schemas/users/create-user.response.json`.
    pub const CREATE_USER_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/CreateUserResponse",
  "definitions": {
    "CreateUserResponse": {
      "title": "CreateUserResponse",
      "description": "Body of a successful `POST /v1/users`: the user created (创建用户). The current page's output table was not retrieved; the fields are the SDK's and the older page's example. Lenient: nothing is required and unknown fields are kept.",
      "type": "object",
      "examples": [
        {
          "username": "testusername",
          "phone": "18888888888",
          "userid": "testuserid",
          "email": "123456@qq.com",
          "uuid": "WM4Fs4Th56ogU13JiK"
        }
      ],
      "properties": {
        "userid": {
          "description": "The user's userid (调用方用于标识用户的唯一 ID).",
          "type": "string"
        },
        "uuid": {
          "description": "User identity ID issued by Tencent Meeting (用户身份 ID).",
          "type": "string"
        },
        "username": {
          "description": "User name (用户昵称).",
          "type": "string"
        },
        "phone": {
          "description": "Phone number (手机号码).",
          "type": "string"
        },
        "email": {
          "description": "Email address (邮箱地址).",
          "type": "string"
        }
      },
      "x-accessors": {
        "userid": "userid",
        "uuid": "uuid"
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`DeleteUserAiAccountRequest`](crate::users::DeleteUserAiAccountRequest), bundled from `schemas/users/delete-user-ai-account.request.json`.
    pub const DELETE_USER_AI_ACCOUNT_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/DeleteUserAiAccountRequest",
  "definitions": {
    "DeleteUserAiAccountRequest": {
      "title": "DeleteUserAiAccountRequest",
      "description": "Body of `DELETE /v1/users/account/ai-account` (a DELETE with a JSON body): take the AI account capability away from a user (移除 AI 账号能力). Transcribed from the SDK's facts only (no page retrieved); the example follows the fields.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "to_operator_id",
        "to_operator_id_type"
      ],
      "examples": [
        {
          "operator_id": "user1",
          "operator_id_type": 1,
          "to_operator_id": "user2",
          "to_operator_id_type": 1
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`. The operator needs the right to manage enterprise users (企管用户管理权限).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the SDK names).",
          "$ref": "#/definitions/OperatorIdType"
        },
        "to_operator_id": {
          "description": "ID of the user whose AI capability is removed (被操作者 ID).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "to_operator_id_type": {
          "description": "Type of `to_operator_id` (被操作者 ID 类型): 1 userid, the only type documented.",
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
    /// JSON Schema (Draft-07, self-contained) of [`DeleteUserByUuidRequest`](crate::users::DeleteUserByUuidRequest), bundled from `schemas/users/delete-user-by-uuid.request.json`.
    pub const DELETE_USER_BY_UUID_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/DeleteUserByUuidRequest",
  "definitions": {
    "DeleteUserByUuidRequest": {
      "title": "DeleteUserByUuidRequest",
      "description": "Query string of `DELETE /v1/users?uuid=`: delete an enterprise user by uuid (通过 uuid 删除用户). OAuth 2.0 is not supported. Only an older copy of the uuid form was found; `operator_id` and `operator_id_type` are required as the SDK and the userid form of the current page require them.",
      "type": "object",
      "required": [
        "uuid",
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "uuid": "WM4Fs4Th56ogU13JiK",
          "operator_id": "KM4Ss4Th09ogUw1JiK",
          "operator_id_type": 1
        }
      ],
      "properties": {
        "uuid": {
          "description": "User identity ID issued by Tencent Meeting for the open platform (用户身份 ID,腾讯会议颁发的用于开放平台的唯一用户 ID).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).",
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
    /// JSON Schema (Draft-07, self-contained) of [`DeleteUserPath`](crate::users::DeleteUserPath), bundled from `schemas/users/delete-user.path.json`.
    pub const DELETE_USER_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/DeleteUserPath",
  "definitions": {
    "DeleteUserPath": {
      "title": "DeleteUserPath",
      "description": "Path of `DELETE /v1/users/{userid}`: the user's userid (调用方用于标示用户的唯一 ID), spelt `{userid}` by the page.",
      "type": "object",
      "required": [
        "userid"
      ],
      "examples": [
        {
          "userid": "user1"
        }
      ],
      "properties": {
        "userid": {
          "description": "The user's userid (调用方用于标示用户的唯一 ID): the enterprise's own unique ID of the user, such as an account name; Chinese is not supported (暂不支持中文).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`DeleteUserRequest`](crate::users::DeleteUserRequest), bundled from `schemas/users/delete-user.request.json`.
    pub const DELETE_USER_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/DeleteUserRequest",
  "definitions": {
    "DeleteUserRequest": {
      "title": "DeleteUserRequest",
      "description": "Query string of `DELETE /v1/users/{userid}`: delete an enterprise user by userid (通过 userid 删除用户). The super administrator cannot be deleted (不允许删除超级管理员, 20004): transfer the role in the admin console first. OAuth 2.0 is not supported.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "operator_id": "KM4Ss4Th09ogUw1JiK",
          "operator_id_type": 1
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
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).",
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
    /// JSON Schema (Draft-07, self-contained) of [`GetActivationLinksRequest`](crate::users::GetActivationLinksRequest), bundled from `schemas/users/get-activation-links.request.json`.
    pub const GET_ACTIVATION_LINKS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetActivationLinksRequest",
  "definitions": {
    "GetActivationLinksRequest": {
      "title": "GetActivationLinksRequest",
      "description": "Body of `POST /v1/users/invite-activate`: activation links for accounts not activated yet (获取账号激活链接). A link is valid 48 hours (有效期是48h); each call makes new links and the old ones stay valid. AK/SK authentication.",
      "type": "object",
      "required": [
        "userid_list",
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "userid_list": [
            "user1",
            "user2",
            "user3"
          ],
          "operator_id": "KM4Ss4Th09ogUw1JiK",
          "operator_id_type": 1
        }
      ],
      "properties": {
        "userid_list": {
          "description": "userids of accounts not activated yet (未激活 userid 列表), at most 100 per call (最多一次支持传100个).",
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1,
            "x-non-blank": true
          },
          "minItems": 1,
          "maxItems": 100
        },
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).",
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
    /// JSON Schema (Draft-07, self-contained) of [`GetActivationLinksResponse`](crate::users::GetActivationLinksResponse), bundled from `schemas/users/get-activation-links.response.json`.
    pub const GET_ACTIVATION_LINKS_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetActivationLinksResponse",
  "definitions": {
    "ActivationLink": {
      "title": "ActivationLink",
      "description": "An account not activated yet and its link (InactivateUser 对象).",
      "type": "object",
      "properties": {
        "userid": {
          "description": "The account's userid (账号 ID).",
          "type": "string"
        },
        "activate_url": {
          "description": "Activation link (激活链接), valid 48 hours; it carries a one-time code.",
          "type": "string",
          "x-sensitive": true
        }
      },
      "x-keep-unknown": true
    },
    "GetActivationLinksResponse": {
      "title": "GetActivationLinksResponse",
      "description": "Body of a successful `POST /v1/users/invite-activate`: the activation links (获取账号激活链接). Lenient: nothing is required and unknown fields are kept.",
      "type": "object",
      "examples": [
        {
          "inactivate_user_list": [
            {
              "userid": "user1",
              "activate_url": "https://meeting.tencent.com/corporate-invitation/activation.html?code=12345678"
            },
            {
              "userid": "user2",
              "activate_url": "https://meeting.tencent.com/corporate-invitation/activation.html?code=12345678"
            }
          ]
        }
      ],
      "properties": {
        "inactivate_user_list": {
          "description": "The accounts not activated and their links (未激活用户对象列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/ActivationLink"
          }
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetMeetingMsOpenIdPath`](crate::users::GetMeetingMsOpenIdPath), bundled from `schemas/users/get-meeting-ms-open-id.path.json`.
    pub const GET_MEETING_MS_OPEN_ID_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetMeetingMsOpenIdPath",
  "definitions": {
    "GetMeetingMsOpenIdPath": {
      "title": "GetMeetingMsOpenIdPath",
      "description": "Path of `GET /v1/meetings/{meeting_id}/ms-open-id`: the meeting (会议唯一 ID), spelt `{meeting_id}` by the page.",
      "type": "object",
      "required": [
        "meeting_id"
      ],
      "examples": [
        {
          "meeting_id": "100001"
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "Unique ID of the meeting (会议唯一 ID).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetMeetingMsOpenIdRequest`](crate::users::GetMeetingMsOpenIdRequest), bundled from `schemas/users/get-meeting-ms-open-id.request.json`.
    pub const GET_MEETING_MS_OPEN_ID_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetMeetingMsOpenIdRequest",
  "definitions": {
    "GetMeetingMsOpenIdRequest": {
      "title": "GetMeetingMsOpenIdRequest",
      "description": "Query string of `GET /v1/meetings/{meeting_id}/ms-open-id`: the operator's temporary ID in a meeting (查询 ms_open_id), before, during or after the meeting. Self-built apps (AK/SK) only for meetings of their enterprise; OAuth 2.0 apps only for meetings the app created.",
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
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 open_id, 3 rooms_id.",
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
    /// JSON Schema (Draft-07, self-contained) of [`GetMeetingMsOpenIdResponse`](crate::users::GetMeetingMsOpenIdResponse), bundled from `schemas/users/get-meeting-ms-open-id.response.json`.
    pub const GET_MEETING_MS_OPEN_ID_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetMeetingMsOpenIdResponse",
  "definitions": {
    "GetMeetingMsOpenIdResponse": {
      "title": "GetMeetingMsOpenIdResponse",
      "description": "Body of a successful `GET /v1/meetings/{meeting_id}/ms-open-id`: the operator's temporary ID in the meeting (查询 ms_open_id). Lenient: nothing is required and unknown fields are kept.",
      "type": "object",
      "examples": [
        {
          "meeting_id": "100001",
          "ms_open_id": "12345678"
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "Unique ID of the meeting (会议唯一 ID).",
          "type": "string"
        },
        "ms_open_id": {
          "description": "The user's temporary ID in this meeting (当场会议的用户临时 ID), usable in meeting-control calls, for every kind of user.",
          "type": "string"
        }
      },
      "x-accessors": {
        "ms_open_id": "ms_open_id"
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetPmiConfigRequest`](crate::users::GetPmiConfigRequest), bundled from `schemas/users/get-pmi-config.request.json`.
    pub const GET_PMI_CONFIG_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetPmiConfigRequest",
  "definitions": {
    "GetPmiConfigRequest": {
      "title": "GetPmiConfigRequest",
      "description": "Query string of `GET /v1/pmi-meetings/pmi-config`: the personal meeting ID settings of a user (查询个人会议号配置信息). Only enterprise-secret callers (仅企业下 secret 鉴权用户); OAuth 2.0 is not supported. The page's example was not retrieved; this one follows the table.",
      "type": "object",
      "required": [
        "userid"
      ],
      "examples": [
        {
          "userid": "user1",
          "instanceid": 1
        }
      ],
      "properties": {
        "userid": {
          "description": "The user's ID (用户的 ID): the enterprise's unique user ID (企业内部请使用企业唯一用户标识).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "instanceid": {
          "description": "Device type of the user (用户的终端设备类型).",
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
    /// JSON Schema (Draft-07, self-contained) of [`GetPmiConfigResponse`](crate::users::GetPmiConfigResponse), bundled from `schemas/users/get-pmi-config.response.json`.
    pub const GET_PMI_CONFIG_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetPmiConfigResponse",
  "definitions": {
    "GetPmiConfigResponse": {
      "title": "GetPmiConfigResponse",
      "description": "Body of a successful `GET /v1/pmi-meetings/pmi-config`: the user's personal meeting ID settings (查询个人会议号配置信息). The page's example was not retrieved; this one follows the table. Lenient: nothing is required and unknown fields are kept.",
      "type": "object",
      "examples": [
        {
          "pmi_code": "1234567890",
          "pmi_password": "MTIzNDU2",
          "pmi_name": "tester的个人会议室",
          "allow_in_waiting_room": false,
          "only_enterprise_user_allowed": false,
          "allow_in_before_host": true,
          "watermark": false,
          "water_mark_type": 0,
          "disable_note_capture": false,
          "mute_enable_type_join": 2,
          "hosts": [
            "user2"
          ],
          "allow_multi_device": true
        }
      ],
      "properties": {
        "pmi_code": {
          "description": "Personal meeting ID (个人会议号).",
          "type": "string"
        },
        "pmi_password": {
          "description": "Password of the personal meeting ID, base64-encoded (个人会议号密码,经过 base64 编码处理).",
          "type": "string",
          "x-sensitive": true
        },
        "pmi_name": {
          "description": "Name of the personal meeting room (个人会议室名称).",
          "type": "string"
        },
        "allow_in_waiting_room": {
          "description": "Whether the waiting room is on (是否开启等候室).",
          "type": "boolean"
        },
        "only_enterprise_user_allowed": {
          "description": "Whether only members of the enterprise may join (是否仅企业内部成员可入会).",
          "type": "boolean"
        },
        "allow_in_before_host": {
          "description": "Whether members may join before the host (是否允许成员在主持人前入会).",
          "type": "boolean"
        },
        "watermark": {
          "description": "Whether the meeting watermark is on (是否开启会议水印).",
          "type": "boolean"
        },
        "water_mark_type": {
          "description": "Watermark style (水印样式).",
          "$ref": "#/definitions/WaterMarkType"
        },
        "disable_note_capture": {
          "description": "Whether screenshots of notes are forbidden (是否禁止笔记截屏).",
          "type": "boolean"
        },
        "mute_enable_type_join": {
          "description": "Muting on entry (成员入会静音设置).",
          "$ref": "#/definitions/MuteOnJoin"
        },
        "hosts": {
          "description": "Designated hosts (指定主持人 userid 列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/PmiHost"
          }
        },
        "allow_multi_device": {
          "description": "Whether members may join from several devices (是否允许成员多端入会).",
          "type": "boolean"
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
    "PmiHost": {
      "title": "PmiHost",
      "description": "A designated host of the personal meeting ID (指定主持人) as read back: the page lists userid strings (String[]), the SDK objects with a `userid`; both are accepted.",
      "oneOf": [
        {
          "type": "string",
          "title": "Userid",
          "description": "A host's userid (指定主持人 userid)."
        },
        {
          "$ref": "#/definitions/PmiHostInfo"
        }
      ]
    },
    "PmiHostInfo": {
      "title": "PmiHostInfo",
      "description": "A designated host as an object (the SDK's form).",
      "type": "object",
      "properties": {
        "userid": {
          "description": "The host's userid (主持人 userid).",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    },
    "WaterMarkType": {
      "title": "WaterMarkType",
      "description": "Style of the screen-share watermark (水印样式), of a meeting or a personal meeting ID. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "SingleLine",
          "description": "A single line, the default (单排)"
        },
        {
          "const": 1,
          "title": "MultiLine",
          "description": "Several lines (多排)"
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
    /// JSON Schema (Draft-07, self-contained) of [`GetUserAccountStatisticsRequest`](crate::users::GetUserAccountStatisticsRequest), bundled from `schemas/users/get-user-account-statistics.request.json`.
    pub const GET_USER_ACCOUNT_STATISTICS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetUserAccountStatisticsRequest",
  "definitions": {
    "GetUserAccountStatisticsRequest": {
      "title": "GetUserAccountStatisticsRequest",
      "description": "Query string of `GET /v1/users/account/statistics`: how the enterprise's account resources are used (获取账号资源统计). Transcribed from the SDK's facts only (no page retrieved): the operator needs the right to view enterprise users (企管用户查看权限). The example follows the fields.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "operator_id": "admin1",
          "operator_id_type": 1
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`. The operator needs the right to view enterprise users (用户拥有企管用户查看权限).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the SDK names).",
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
    /// JSON Schema (Draft-07, self-contained) of [`GetUserAccountStatisticsResponse`](crate::users::GetUserAccountStatisticsResponse), bundled from `schemas/users/get-user-account-statistics.response.json`.
    pub const GET_USER_ACCOUNT_STATISTICS_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetUserAccountStatisticsResponse",
  "definitions": {
    "AiAccountType": {
      "title": "AiAccountType",
      "description": "Kind of AI account a user holds (AI 账号类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "NoAccount",
          "description": "No AI account (无账号)"
        },
        {
          "const": 1,
          "title": "Purchased",
          "description": "Purchased edition (购买版)"
        },
        {
          "const": 2,
          "title": "Gifted",
          "description": "Gifted edition (赠送版)"
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
    "AiAccountUsage": {
      "title": "AiAccountUsage",
      "description": "Use of one kind of AI account (AI 账号类型使用对象).",
      "type": "object",
      "properties": {
        "ai_account_type": {
          "description": "Kind of AI account (AI 账号类型).",
          "$ref": "#/definitions/AiAccountType"
        },
        "ai_account_count": {
          "description": "AI accounts of this kind (账号数).",
          "type": "integer"
        },
        "ai_account_used_count": {
          "description": "AI accounts of this kind given to users (已分配的账号数).",
          "type": "integer"
        }
      },
      "x-keep-unknown": true
    },
    "GetUserAccountStatisticsResponse": {
      "title": "GetUserAccountStatisticsResponse",
      "description": "Body of a successful `GET /v1/users/account/statistics`: seats and AI accounts, bought and used (获取账号资源统计). Transcribed from the SDK's facts only; the example follows the fields. Lenient: nothing is required and unknown fields are kept.",
      "type": "object",
      "examples": [
        {
          "user_count": 120,
          "user_account_details": [
            {
              "user_account_type": 1,
              "user_account_count": 100,
              "user_account_used_count": 80
            }
          ],
          "ai_account_details": [
            {
              "ai_account_type": 2,
              "ai_account_count": 10,
              "ai_account_used_count": 3
            }
          ]
        }
      ],
      "properties": {
        "user_count": {
          "description": "Number of users now (当前用户数).",
          "type": "integer"
        },
        "user_account_details": {
          "description": "Seats by kind (账号类型使用对象).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/UserAccountUsage"
          }
        },
        "ai_account_details": {
          "description": "AI accounts by kind (AI 账号类型使用对象); business editions do not return it (商业版不返回).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/AiAccountUsage"
          }
        }
      },
      "x-keep-unknown": true
    },
    "UserAccountType": {
      "title": "UserAccountType",
      "description": "Kind of seat a user account holds (账号类型 / 指定账号类型). Accounts of the 2.0 editions (商业版2.0, 企业版2.0, 教育版2.0) only know 2 and 9. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "PremiumEnterprise",
          "description": "Premium account, enterprise or education edition (高级账号,企业版/教育版)"
        },
        {
          "const": 2,
          "title": "Free",
          "description": "Free account, enterprise or education edition (免费账号,企业版/教育版)"
        },
        {
          "const": 3,
          "title": "Free100Business",
          "description": "Free 100-participant account, business edition (免费账号100方,商业版)"
        },
        {
          "const": 4,
          "title": "Premium300Business",
          "description": "Premium 300-participant account, business edition (高级账号300方,商业版)"
        },
        {
          "const": 5,
          "title": "Premium500Business",
          "description": "Premium 500-participant account, business edition (高级账号500方,商业版)"
        },
        {
          "const": 6,
          "title": "Premium1000Business",
          "description": "Premium 1000-participant account, business edition (高级账号1000方,商业版)"
        },
        {
          "const": 7,
          "title": "Premium2000Business",
          "description": "Premium 2000-participant account, business edition (高级账号2000方,商业版)"
        },
        {
          "const": 8,
          "title": "Premium100Business",
          "description": "Premium 100-participant account, business edition (高级账号100方,商业版)"
        },
        {
          "const": 9,
          "title": "Premium",
          "description": "Premium account, enterprise, education or business edition (高级账号,企业版/教育版/商业版)"
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
    "UserAccountUsage": {
      "title": "UserAccountUsage",
      "description": "Use of one kind of seat (账号类型使用对象).",
      "type": "object",
      "properties": {
        "user_account_type": {
          "description": "Kind of seat (账号类型).",
          "$ref": "#/definitions/UserAccountType"
        },
        "user_account_count": {
          "description": "Seats of this kind (账号数).",
          "type": "integer"
        },
        "user_account_used_count": {
          "description": "Seats of this kind given to users (已分配账号数).",
          "type": "integer"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetUserBasicInfoRequest`](crate::users::GetUserBasicInfoRequest), bundled from `schemas/users/get-user-basic-info.request.json`.
    pub const GET_USER_BASIC_INFO_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetUserBasicInfoRequest",
  "definitions": {
    "GetUserBasicInfoRequest": {
      "title": "GetUserBasicInfoRequest",
      "description": "Query string of `GET /v1/users/info/basic`: the basic information of the OAuth 2.0 user calling (获取用户基本信息). Only OAuth 2.0 callers (仅支持 OAuth 2.0鉴权用户), with one of the permissions to view the user's (basic) information. MRA, Rooms and mini-program accounts are not supported (该接口不支持获取 MRA、Rooms、小程序的账号).",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "operator_id": "KM4Ss4Th09ogUw1JiK",
          "operator_id_type": 2
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`. Must be the openid of the OAuth 2.0 user.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 2 openid, the only type the page documents.",
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
    /// JSON Schema (Draft-07, self-contained) of [`GetUserBasicInfoResponse`](crate::users::GetUserBasicInfoResponse), bundled from `schemas/users/get-user-basic-info.response.json`.
    pub const GET_USER_BASIC_INFO_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetUserBasicInfoResponse",
  "definitions": {
    "AccountType": {
      "title": "AccountType",
      "description": "Legacy kind of account (账号类型), about to be retired by the docs (即将废弃): 0 and 5 are named, every other value is a paid meeting edition (其他值均为会议付费版本). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "PersonalFree",
          "description": "Personal free edition (个人免费版)"
        },
        {
          "const": 5,
          "title": "WeComCorp",
          "description": "Enterprise created through WeCom (由企业微信创建的企业)"
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
    "AccountVersion": {
      "title": "AccountVersion",
      "description": "Edition the account belongs to (账号版本). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Unclassified",
          "description": "Other editions (其他)"
        },
        {
          "const": 1,
          "title": "Business",
          "description": "Business edition (商业版)"
        },
        {
          "const": 2,
          "title": "Enterprise",
          "description": "Enterprise edition (企业版)"
        },
        {
          "const": 3,
          "title": "Education",
          "description": "Education edition (教育版)"
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
    "AiAccountType": {
      "title": "AiAccountType",
      "description": "Kind of AI account a user holds (AI 账号类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "NoAccount",
          "description": "No AI account (无账号)"
        },
        {
          "const": 1,
          "title": "Purchased",
          "description": "Purchased edition (购买版)"
        },
        {
          "const": 2,
          "title": "Gifted",
          "description": "Gifted edition (赠送版)"
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
    "GetUserBasicInfoResponse": {
      "title": "GetUserBasicInfoResponse",
      "description": "Body of a successful `GET /v1/users/info/basic`: the user's basic information (获取用户基本信息). The retrieved page is cut off after `add_on_webinar`; `enable_ai_account`, `ai_account_type` and `phone_status` are the SDK's. The page's example was not retrieved; this one follows the tables. Lenient: nothing is required and unknown fields are kept.",
      "type": "object",
      "examples": [
        {
          "username": "tester",
          "open_corp_id": "corp_xxxx",
          "open_corp_name": "测试企业",
          "status": "1",
          "avatar_url": "",
          "account_version": 2,
          "user_account_type": 9,
          "enable_ai_account": true,
          "ai_account_type": 2,
          "phone_status": 1
        }
      ],
      "properties": {
        "username": {
          "description": "User name (用户昵称).",
          "type": "string"
        },
        "open_corp_id": {
          "description": "Open ID of the enterprise (企业 Open ID); empty for a personal user.",
          "type": "string"
        },
        "open_corp_name": {
          "description": "Name of the enterprise (企业名称); empty for a personal user.",
          "type": "string"
        },
        "status": {
          "description": "Account state (用户账号状态).",
          "$ref": "#/definitions/UserStatus"
        },
        "avatar_url": {
          "description": "Address of the avatar (头像地址).",
          "type": "string"
        },
        "account_type": {
          "description": "Legacy kind of account (账号类型), about to be retired (即将废弃,不建议使用).",
          "$ref": "#/definitions/AccountType"
        },
        "account_version": {
          "description": "Edition of the account (账号版本).",
          "$ref": "#/definitions/AccountVersion"
        },
        "user_account_type": {
          "description": "Kind of seat the account holds (指定账号类型).",
          "$ref": "#/definitions/UserAccountType"
        },
        "add_on_largemeeting": {
          "description": "Room-size upgrade licence held (增强会议体验:房间规模升级许可).",
          "$ref": "#/definitions/LargeMeetingAddOn"
        },
        "add_on_webinar": {
          "description": "Webinar audience-size upgrade licence held (增强会议体验:网络研讨会观众规模升级许可).",
          "$ref": "#/definitions/WebinarAddOn"
        },
        "enable_ai_account": {
          "description": "Whether the user has the AI account capability (是否有 AI 账号能力).",
          "type": "boolean"
        },
        "ai_account_type": {
          "description": "Kind of AI account held (AI 账号类型).",
          "$ref": "#/definitions/AiAccountType"
        },
        "phone_status": {
          "description": "Whether the phone number is verified (手机号验证状态).",
          "$ref": "#/definitions/PhoneStatus"
        }
      },
      "x-keep-unknown": true
    },
    "LargeMeetingAddOn": {
      "title": "LargeMeetingAddOn",
      "description": "Room-size upgrade licence of the enhanced meeting experience (增强会议体验:房间规模升级许可); 0 takes the licence back (回收). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Revoke",
          "description": "Take the licence back (回收房间规模升级许可)"
        },
        {
          "const": 1,
          "title": "Participants500",
          "description": "500-participant rooms (500方房间规模升级许可)"
        },
        {
          "const": 2,
          "title": "Participants1000",
          "description": "1000-participant rooms (1000方房间规模升级许可)"
        },
        {
          "const": 3,
          "title": "Participants2000",
          "description": "2000-participant rooms (2000方房间规模升级许可)"
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
    "PhoneStatus": {
      "title": "PhoneStatus",
      "description": "Whether the user's phone number is verified (手机号验证状态). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Unknown",
          "description": "Unknown (未知)"
        },
        {
          "const": 1,
          "title": "Verified",
          "description": "Verified (已验证)"
        },
        {
          "const": 2,
          "title": "Unverified",
          "description": "Not verified (未验证)"
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
    "UserAccountType": {
      "title": "UserAccountType",
      "description": "Kind of seat a user account holds (账号类型 / 指定账号类型). Accounts of the 2.0 editions (商业版2.0, 企业版2.0, 教育版2.0) only know 2 and 9. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "PremiumEnterprise",
          "description": "Premium account, enterprise or education edition (高级账号,企业版/教育版)"
        },
        {
          "const": 2,
          "title": "Free",
          "description": "Free account, enterprise or education edition (免费账号,企业版/教育版)"
        },
        {
          "const": 3,
          "title": "Free100Business",
          "description": "Free 100-participant account, business edition (免费账号100方,商业版)"
        },
        {
          "const": 4,
          "title": "Premium300Business",
          "description": "Premium 300-participant account, business edition (高级账号300方,商业版)"
        },
        {
          "const": 5,
          "title": "Premium500Business",
          "description": "Premium 500-participant account, business edition (高级账号500方,商业版)"
        },
        {
          "const": 6,
          "title": "Premium1000Business",
          "description": "Premium 1000-participant account, business edition (高级账号1000方,商业版)"
        },
        {
          "const": 7,
          "title": "Premium2000Business",
          "description": "Premium 2000-participant account, business edition (高级账号2000方,商业版)"
        },
        {
          "const": 8,
          "title": "Premium100Business",
          "description": "Premium 100-participant account, business edition (高级账号100方,商业版)"
        },
        {
          "const": 9,
          "title": "Premium",
          "description": "Premium account, enterprise, education or business edition (高级账号,企业版/教育版/商业版)"
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
    "UserStatus": {
      "title": "UserStatus",
      "description": "State of an enterprise user account (账号状态 / 用户状态), sent as a string of one digit. Any other string is accepted.",
      "type": "string",
      "anyOf": [
        {
          "const": "1",
          "title": "Normal",
          "description": "Normal (正常)"
        },
        {
          "const": "2",
          "title": "Deregistered",
          "description": "Deregistered (注销)"
        },
        {
          "const": "3",
          "title": "Inactive",
          "description": "Not activated yet (未激活)"
        },
        {
          "const": "4",
          "title": "Disabled",
          "description": "Disabled (禁用)"
        },
        {
          "const": "5",
          "title": "PreRegistered",
          "description": "Pre-registered (预注册)"
        },
        {
          "type": "string",
          "title": "Other",
          "description": "A value the docs do not list."
        }
      ]
    },
    "WebinarAddOn": {
      "title": "WebinarAddOn",
      "description": "Webinar audience-size upgrade licence of the enhanced meeting experience (增强会议体验:网络研讨会观众规模升级许可); 0 takes the licence back (回收). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Revoke",
          "description": "Take the licence back (回收 Webinar 观众规模升级许可)"
        },
        {
          "const": 1,
          "title": "Audience300",
          "description": "Up to 300 viewers (300观众)"
        },
        {
          "const": 2,
          "title": "Audience500",
          "description": "Up to 500 viewers (500观众)"
        },
        {
          "const": 3,
          "title": "Audience1000",
          "description": "Up to 1000 viewers (1000观众)"
        },
        {
          "const": 4,
          "title": "Audience2000",
          "description": "Up to 2000 viewers (2000观众)"
        },
        {
          "const": 5,
          "title": "Audience3000",
          "description": "Up to 3000 viewers (3000观众)"
        },
        {
          "const": 6,
          "title": "Audience5000",
          "description": "Up to 5000 viewers (5000观众)"
        },
        {
          "const": 7,
          "title": "Audience8000",
          "description": "Up to 8000 viewers (8000观众)"
        },
        {
          "const": 8,
          "title": "Audience10000",
          "description": "Up to 10000 viewers (10000观众)"
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
    /// JSON Schema (Draft-07, self-contained) of [`GetUserByUuidRequest`](crate::users::GetUserByUuidRequest), bundled from `schemas/users/get-user-by-uuid.request.json`.
    pub const GET_USER_BY_UUID_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetUserByUuidRequest",
  "definitions": {
    "GetUserByUuidRequest": {
      "title": "GetUserByUuidRequest",
      "description": "Query string of `GET /v1/users?uuid=`: get an enterprise user by uuid (通过 uuid 获取用户详情). Enterprise-secret callers see the users of their enterprise; OAuth 2.0 is not supported. Only an older copy of the page was found (it names `uuid` alone); `operator_id` and `operator_id_type` are required as the SDK requires them and as the userid form of the current page does. The example is written from the older page's.",
      "type": "object",
      "required": [
        "uuid",
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "uuid": "WM4Fs4Th56ogU13JiK",
          "operator_id": "admin1",
          "operator_id_type": 1
        }
      ],
      "properties": {
        "uuid": {
          "description": "User identity ID issued by Tencent Meeting for the open platform (用户身份 ID,腾讯会议颁发的用于开放平台的唯一用户 ID).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).",
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
    /// JSON Schema (Draft-07, self-contained) of [`GetUserPath`](crate::users::GetUserPath), bundled from `schemas/users/get-user.path.json`.
    pub const GET_USER_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetUserPath",
  "definitions": {
    "GetUserPath": {
      "title": "GetUserPath",
      "description": "Path of `GET /v1/users/{userid}`: the user's userid (调用方用于标示用户的唯一 ID), spelt `{userid}` by the page.",
      "type": "object",
      "required": [
        "userid"
      ],
      "examples": [
        {
          "userid": "user1"
        }
      ],
      "properties": {
        "userid": {
          "description": "The user's userid (调用方用于标示用户的唯一 ID): the enterprise's own unique ID of the user, such as an account name; Chinese is not supported (暂不支持中文).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetUserRequest`](crate::users::GetUserRequest), bundled from `schemas/users/get-user.request.json`.
    pub const GET_USER_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetUserRequest",
  "definitions": {
    "GetUserRequest": {
      "title": "GetUserRequest",
      "description": "Query string of `GET /v1/users/{userid}`: get an enterprise user by userid (通过 userid 获取用户详情). Enterprise-secret callers see the users of their enterprise; OAuth 2.0 callers may not query by userid (暂不支持 OAuth 2.0鉴权用户通过 userid 查询).",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "operator_id": "admin1",
          "operator_id_type": 1
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
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).",
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
    /// JSON Schema (Draft-07, self-contained) of [`GetUserResponse`](crate::users::GetUserResponse), bundled from `schemas/users/get-user.response.json`.
    pub const GET_USER_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetUserResponse",
  "definitions": {
    "AccountType": {
      "title": "AccountType",
      "description": "Legacy kind of account (账号类型), about to be retired by the docs (即将废弃): 0 and 5 are named, every other value is a paid meeting edition (其他值均为会议付费版本). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "PersonalFree",
          "description": "Personal free edition (个人免费版)"
        },
        {
          "const": 5,
          "title": "WeComCorp",
          "description": "Enterprise created through WeCom (由企业微信创建的企业)"
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
    "AccountVersion": {
      "title": "AccountVersion",
      "description": "Edition the account belongs to (账号版本). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Unclassified",
          "description": "Other editions (其他)"
        },
        {
          "const": 1,
          "title": "Business",
          "description": "Business edition (商业版)"
        },
        {
          "const": 2,
          "title": "Enterprise",
          "description": "Enterprise edition (企业版)"
        },
        {
          "const": 3,
          "title": "Education",
          "description": "Education edition (教育版)"
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
    "AiAccountType": {
      "title": "AiAccountType",
      "description": "Kind of AI account a user holds (AI 账号类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "NoAccount",
          "description": "No AI account (无账号)"
        },
        {
          "const": 1,
          "title": "Purchased",
          "description": "Purchased edition (购买版)"
        },
        {
          "const": 2,
          "title": "Gifted",
          "description": "Gifted edition (赠送版)"
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
    "GetUserResponse": {
      "title": "GetUserResponse",
      "description": "Body of a successful `GET /v1/users/{userid}` or `GET /v1/users?uuid=`: the details of an enterprise user (获取用户详情). The retrieved page is cut off after `user_account_type`: `add_on_largemeeting` and `add_on_webinar` are typed as on the sibling pages, `enable_ai_account`, `ai_account_type` and `phone_status` come from the SDK. The example is the older page's, with a full-width comma fixed. Lenient: nothing is required and unknown fields are kept.",
      "type": "object",
      "examples": [
        {
          "area": "86",
          "update_time": "2020-04-21 18:01:29",
          "phone": "13000000000",
          "userid": "9527",
          "email": "",
          "username": "testusername",
          "status": "1",
          "uuid": "WM4Fs4Th56ogU13JiK",
          "job_title": "developer",
          "staff_id": "6666",
          "entry_time": "2021-08-09",
          "role_name": "普通成员",
          "role_code": "NORMAL_ROLE",
          "department_list": [
            {
              "department_id": "e3ce****************4de921fc2c2d",
              "department_name": "主部门"
            }
          ]
        }
      ],
      "properties": {
        "userid": {
          "description": "The unique ID the caller gives the user (调用方用于标识用户的唯一 ID).",
          "type": "string"
        },
        "uuid": {
          "description": "User identity ID issued by Tencent Meeting for the open platform (用户身份 ID).",
          "type": "string"
        },
        "username": {
          "description": "User name (用户昵称).",
          "type": "string"
        },
        "update_time": {
          "description": "When the user was last updated (更新时间), `yyyy-MM-dd HH:mm:ss`.",
          "type": "string"
        },
        "status": {
          "description": "User state (用户状态).",
          "$ref": "#/definitions/UserStatus"
        },
        "email": {
          "description": "Email address (邮箱地址).",
          "type": "string"
        },
        "avatar_url": {
          "description": "Address of the avatar (头像地址).",
          "type": "string"
        },
        "account_type": {
          "description": "Legacy kind of account (账号类型): 0 personal free, 5 created through WeCom, other values paid editions.",
          "$ref": "#/definitions/AccountType"
        },
        "phone": {
          "description": "The employee's phone number (企业员工手机号码).",
          "type": "string"
        },
        "area": {
          "description": "Area code (地区编码), 86 for mainland China (中国内地默认86).",
          "type": "string"
        },
        "staff_id": {
          "description": "Employee number (员工工号).",
          "type": "string"
        },
        "job_title": {
          "description": "Job title (员工职位).",
          "type": "string"
        },
        "entry_time": {
          "description": "Date the employee joined (入职时间), as text.",
          "type": "string"
        },
        "role_name": {
          "description": "Name of the user's role (角色名称).",
          "type": "string"
        },
        "role_code": {
          "description": "Code of the user's role (角色类型).",
          "type": "string"
        },
        "department_list": {
          "description": "The user's departments (用户部门信息).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/UserDepartment"
          }
        },
        "account_version": {
          "description": "Edition of the account (账号版本).",
          "$ref": "#/definitions/AccountVersion"
        },
        "user_account_type": {
          "description": "Kind of seat the account holds (账号类型); 2.0 editions only return 2 and 9.",
          "$ref": "#/definitions/UserAccountType"
        },
        "add_on_largemeeting": {
          "description": "Room-size upgrade licence held (增强会议体验:房间规模升级许可).",
          "$ref": "#/definitions/LargeMeetingAddOn"
        },
        "add_on_webinar": {
          "description": "Webinar audience-size upgrade licence held (增强会议体验:网络研讨会观众规模升级许可).",
          "$ref": "#/definitions/WebinarAddOn"
        },
        "enable_ai_account": {
          "description": "Whether the user has the AI account capability (是否有 AI 账号能力).",
          "type": "boolean"
        },
        "ai_account_type": {
          "description": "Kind of AI account held (AI 账号类型).",
          "$ref": "#/definitions/AiAccountType"
        },
        "phone_status": {
          "description": "Whether the phone number is verified (手机号验证状态).",
          "$ref": "#/definitions/PhoneStatus"
        }
      },
      "x-keep-unknown": true
    },
    "LargeMeetingAddOn": {
      "title": "LargeMeetingAddOn",
      "description": "Room-size upgrade licence of the enhanced meeting experience (增强会议体验:房间规模升级许可); 0 takes the licence back (回收). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Revoke",
          "description": "Take the licence back (回收房间规模升级许可)"
        },
        {
          "const": 1,
          "title": "Participants500",
          "description": "500-participant rooms (500方房间规模升级许可)"
        },
        {
          "const": 2,
          "title": "Participants1000",
          "description": "1000-participant rooms (1000方房间规模升级许可)"
        },
        {
          "const": 3,
          "title": "Participants2000",
          "description": "2000-participant rooms (2000方房间规模升级许可)"
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
    "PhoneStatus": {
      "title": "PhoneStatus",
      "description": "Whether the user's phone number is verified (手机号验证状态). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Unknown",
          "description": "Unknown (未知)"
        },
        {
          "const": 1,
          "title": "Verified",
          "description": "Verified (已验证)"
        },
        {
          "const": 2,
          "title": "Unverified",
          "description": "Not verified (未验证)"
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
    "UserAccountType": {
      "title": "UserAccountType",
      "description": "Kind of seat a user account holds (账号类型 / 指定账号类型). Accounts of the 2.0 editions (商业版2.0, 企业版2.0, 教育版2.0) only know 2 and 9. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "PremiumEnterprise",
          "description": "Premium account, enterprise or education edition (高级账号,企业版/教育版)"
        },
        {
          "const": 2,
          "title": "Free",
          "description": "Free account, enterprise or education edition (免费账号,企业版/教育版)"
        },
        {
          "const": 3,
          "title": "Free100Business",
          "description": "Free 100-participant account, business edition (免费账号100方,商业版)"
        },
        {
          "const": 4,
          "title": "Premium300Business",
          "description": "Premium 300-participant account, business edition (高级账号300方,商业版)"
        },
        {
          "const": 5,
          "title": "Premium500Business",
          "description": "Premium 500-participant account, business edition (高级账号500方,商业版)"
        },
        {
          "const": 6,
          "title": "Premium1000Business",
          "description": "Premium 1000-participant account, business edition (高级账号1000方,商业版)"
        },
        {
          "const": 7,
          "title": "Premium2000Business",
          "description": "Premium 2000-participant account, business edition (高级账号2000方,商业版)"
        },
        {
          "const": 8,
          "title": "Premium100Business",
          "description": "Premium 100-participant account, business edition (高级账号100方,商业版)"
        },
        {
          "const": 9,
          "title": "Premium",
          "description": "Premium account, enterprise, education or business edition (高级账号,企业版/教育版/商业版)"
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
    "UserDepartment": {
      "title": "UserDepartment",
      "description": "A department the user belongs to (部门对象 / DepartmentInfo 对象).",
      "type": "object",
      "properties": {
        "department_id": {
          "description": "Department ID (部门 ID).",
          "type": "string"
        },
        "department_name": {
          "description": "Department name (部门名称).",
          "type": "string"
        },
        "department_full_name": {
          "description": "Full path of the department (部门全路径): returned by the new user list (获取用户列表(新)).",
          "type": "string"
        },
        "is_main": {
          "description": "Whether this is the user's main department (是否主部门): returned by the new user list.",
          "type": "boolean"
        }
      },
      "x-keep-unknown": true
    },
    "UserStatus": {
      "title": "UserStatus",
      "description": "State of an enterprise user account (账号状态 / 用户状态), sent as a string of one digit. Any other string is accepted.",
      "type": "string",
      "anyOf": [
        {
          "const": "1",
          "title": "Normal",
          "description": "Normal (正常)"
        },
        {
          "const": "2",
          "title": "Deregistered",
          "description": "Deregistered (注销)"
        },
        {
          "const": "3",
          "title": "Inactive",
          "description": "Not activated yet (未激活)"
        },
        {
          "const": "4",
          "title": "Disabled",
          "description": "Disabled (禁用)"
        },
        {
          "const": "5",
          "title": "PreRegistered",
          "description": "Pre-registered (预注册)"
        },
        {
          "type": "string",
          "title": "Other",
          "description": "A value the docs do not list."
        }
      ]
    },
    "WebinarAddOn": {
      "title": "WebinarAddOn",
      "description": "Webinar audience-size upgrade licence of the enhanced meeting experience (增强会议体验:网络研讨会观众规模升级许可); 0 takes the licence back (回收). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Revoke",
          "description": "Take the licence back (回收 Webinar 观众规模升级许可)"
        },
        {
          "const": 1,
          "title": "Audience300",
          "description": "Up to 300 viewers (300观众)"
        },
        {
          "const": 2,
          "title": "Audience500",
          "description": "Up to 500 viewers (500观众)"
        },
        {
          "const": 3,
          "title": "Audience1000",
          "description": "Up to 1000 viewers (1000观众)"
        },
        {
          "const": 4,
          "title": "Audience2000",
          "description": "Up to 2000 viewers (2000观众)"
        },
        {
          "const": 5,
          "title": "Audience3000",
          "description": "Up to 3000 viewers (3000观众)"
        },
        {
          "const": 6,
          "title": "Audience5000",
          "description": "Up to 5000 viewers (5000观众)"
        },
        {
          "const": 7,
          "title": "Audience8000",
          "description": "Up to 8000 viewers (8000观众)"
        },
        {
          "const": 8,
          "title": "Audience10000",
          "description": "Up to 10000 viewers (10000观众)"
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
    /// JSON Schema (Draft-07, self-contained) of [`GetVerificationLinksRequest`](crate::users::GetVerificationLinksRequest), bundled from `schemas/users/get-verification-links.request.json`.
    pub const GET_VERIFICATION_LINKS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetVerificationLinksRequest",
  "definitions": {
    "GetVerificationLinksRequest": {
      "title": "GetVerificationLinksRequest",
      "description": "Body of `POST /v1/users/invite-auth`: verification links for accounts not verified yet (获取用户验证链接). A link is valid 48 hours; each call makes new links and the old ones stay valid. Accounts without a bound phone number cannot (如果没有绑定手机号,不支持调用); each userid may get 10 links a day (每个 userid 每天可获取10次验证链接). AK/SK authentication. The page's example misses a comma after `operator_id_type`: fixed here.",
      "type": "object",
      "required": [
        "userid_list",
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "operator_id_type": 1,
          "operator_id": "xxxxxxxx",
          "userid_list": [
            "user1",
            "user2",
            "user3"
          ]
        }
      ],
      "properties": {
        "userid_list": {
          "description": "userids of accounts not verified yet (未验证 userid 列表), at most 20 per call (最多一次支持传20个; the SDK says 100: the page wins).",
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1,
            "x-non-blank": true
          },
          "minItems": 1,
          "maxItems": 20
        },
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).",
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
    /// JSON Schema (Draft-07, self-contained) of [`GetVerificationLinksResponse`](crate::users::GetVerificationLinksResponse), bundled from `schemas/users/get-verification-links.response.json`.
    pub const GET_VERIFICATION_LINKS_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetVerificationLinksResponse",
  "definitions": {
    "GetVerificationLinksResponse": {
      "title": "GetVerificationLinksResponse",
      "description": "Body of a successful `POST /v1/users/invite-auth`: the verification links, and the accounts for which none could be made (获取用户验证链接). Lenient: nothing is required and unknown fields are kept.",
      "type": "object",
      "examples": [
        {
          "auth_user_list": [
            {
              "userid": "user1",
              "auth_url": "https://meeting.tencent.com/corporate-invitation/activation.html?code=12345678"
            },
            {
              "userid": "user2",
              "auth_url": "https://meeting.tencent.com/corporate-invitation/activation.html?code=12345678"
            }
          ],
          "error_user_list": [
            {
              "userid": "user3",
              "error_code": "20001",
              "error_msg": "用户不存在"
            }
          ]
        }
      ],
      "properties": {
        "auth_user_list": {
          "description": "The accounts not verified and their links (未验证用户对象列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/VerificationLink"
          }
        },
        "error_user_list": {
          "description": "The accounts for which no link could be made (获取验证链接失败的列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/VerificationLinkFailure"
          }
        }
      },
      "x-keep-unknown": true
    },
    "VerificationLink": {
      "title": "VerificationLink",
      "description": "An account not verified yet and its link (AuthUser 对象).",
      "type": "object",
      "properties": {
        "userid": {
          "description": "The account's userid (账号 ID).",
          "type": "string"
        },
        "auth_url": {
          "description": "Verification link (验证链接), valid 48 hours; it carries a one-time code.",
          "type": "string",
          "x-sensitive": true
        }
      },
      "x-keep-unknown": true
    },
    "VerificationLinkFailure": {
      "title": "VerificationLinkFailure",
      "description": "An account for which no link could be made (ErrorUser 对象).",
      "type": "object",
      "properties": {
        "userid": {
          "description": "The account's userid (账号 ID).",
          "type": "string"
        },
        "error_code": {
          "description": "Error code (错误码): the page types it String and its example sends \"20001\"; the SDK types it as an integer (the page wins).",
          "type": "string"
        },
        "error_msg": {
          "description": "What went wrong (错误描述).",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`ListUsersAdvancedRequest`](crate::users::ListUsersAdvancedRequest), bundled from `schemas/users/list-users-advanced.request.json`.
    pub const LIST_USERS_ADVANCED_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ListUsersAdvancedRequest",
  "definitions": {
    "ListUsersAdvancedRequest": {
      "title": "ListUsersAdvancedRequest",
      "description": "Query string of `GET /v1/users/advance/list`: list the enterprise's users with filters (获取用户列表(新)), by cursor: pass the answer's `next_pos` as `pos` until `has_remaining` is false. Not for WeCom enterprises (企微企业不支持). OAuth 2.0 is not supported. The page has no example; this one follows the tables.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "operator_id": "admin1",
          "operator_id_type": 1,
          "size": 100,
          "status": 1
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
          "description": "Type of `operator_id` (操作者 ID 类型); the page lists no values.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "pos": {
          "description": "Where the page starts (分页获取用户列表的查询起始位置值): empty or absent starts from the beginning; then the previous answer's `next_pos`.",
          "type": "string"
        },
        "size": {
          "description": "Users per page (每页数量), at most 100 (目前每页支持最大100条).",
          "type": "integer",
          "maximum": 100
        },
        "status": {
          "description": "Only users in this state (账号状态): 1 normal, 3 not activated, 4 disabled.",
          "$ref": "#/definitions/UserStatusFilter"
        },
        "user_account_type": {
          "description": "Only users with this kind of seat (账号类型): 1 premium, 2 free.",
          "$ref": "#/definitions/UserAccountTypeFilter"
        },
        "enable_ai_account": {
          "description": "Only users with (`true`) or without (`false`) the AI account capability (是否有 AI 账号能力).",
          "type": "boolean"
        },
        "department_id": {
          "description": "Only users of this department (指定拉取的部门); absent: the whole enterprise. The caller needs management rights over that scope.",
          "type": "string",
          "minLength": 1
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
    "UserAccountTypeFilter": {
      "title": "UserAccountTypeFilter",
      "description": "Kind of seat to filter the new user list by (账号类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Premium",
          "description": "Premium (高级)"
        },
        {
          "const": 2,
          "title": "Free",
          "description": "Free (免费)"
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
    "UserStatusFilter": {
      "title": "UserStatusFilter",
      "description": "Account state to filter the new user list by (账号状态). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Normal",
          "description": "Normal (正常)"
        },
        {
          "const": 3,
          "title": "Inactive",
          "description": "Not activated (未激活)"
        },
        {
          "const": 4,
          "title": "Disabled",
          "description": "Disabled (禁用)"
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
    /// JSON Schema (Draft-07, self-contained) of [`ListUsersAdvancedResponse`](crate::users::ListUsersAdvancedResponse), bundled from `schemas/users/list-users-advanced.response.json`.
    pub const LIST_USERS_ADVANCED_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ListUsersAdvancedResponse",
  "definitions": {
    "AccountVersion": {
      "title": "AccountVersion",
      "description": "Edition the account belongs to (账号版本). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Unclassified",
          "description": "Other editions (其他)"
        },
        {
          "const": 1,
          "title": "Business",
          "description": "Business edition (商业版)"
        },
        {
          "const": 2,
          "title": "Enterprise",
          "description": "Enterprise edition (企业版)"
        },
        {
          "const": 3,
          "title": "Education",
          "description": "Education edition (教育版)"
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
    "AiAccountType": {
      "title": "AiAccountType",
      "description": "Kind of AI account a user holds (AI 账号类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "NoAccount",
          "description": "No AI account (无账号)"
        },
        {
          "const": 1,
          "title": "Purchased",
          "description": "Purchased edition (购买版)"
        },
        {
          "const": 2,
          "title": "Gifted",
          "description": "Gifted edition (赠送版)"
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
    "LargeMeetingAddOn": {
      "title": "LargeMeetingAddOn",
      "description": "Room-size upgrade licence of the enhanced meeting experience (增强会议体验:房间规模升级许可); 0 takes the licence back (回收). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Revoke",
          "description": "Take the licence back (回收房间规模升级许可)"
        },
        {
          "const": 1,
          "title": "Participants500",
          "description": "500-participant rooms (500方房间规模升级许可)"
        },
        {
          "const": 2,
          "title": "Participants1000",
          "description": "1000-participant rooms (1000方房间规模升级许可)"
        },
        {
          "const": 3,
          "title": "Participants2000",
          "description": "2000-participant rooms (2000方房间规模升级许可)"
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
    "ListUsersAdvancedResponse": {
      "title": "ListUsersAdvancedResponse",
      "description": "Body of a successful `GET /v1/users/advance/list`: one page of the enterprise's users (获取用户列表(新)). The retrieved page is cut off inside the user object's table; the rest of its fields are the SDK's. The page has no example; this one follows the tables. Lenient: nothing is required and unknown fields are kept.",
      "type": "object",
      "examples": [
        {
          "has_remaining": true,
          "next_pos": "MTAw",
          "users": [
            {
              "userid": "user1",
              "uuid": "WM4Fs4Th56ogU13JiK",
              "username": "user one",
              "area": "86",
              "phone": "13000000000",
              "email": "",
              "status": "1",
              "user_account_type": 9,
              "account_version": 2,
              "enable_ai_account": false,
              "ai_account_type": 0,
              "phone_status": 1,
              "department_list": [
                {
                  "department_id": "e3ce****************4de921fc2c2d",
                  "department_name": "主部门",
                  "department_full_name": "主部门",
                  "is_main": true
                }
              ]
            }
          ]
        }
      ],
      "properties": {
        "has_remaining": {
          "description": "Whether more users remain to fetch (是否还需要继续拉取).",
          "type": "boolean"
        },
        "next_pos": {
          "description": "The `pos` of the next call (下一次查询 pos 位置).",
          "type": "string"
        },
        "users": {
          "description": "The users of this page (用户列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/UserInfo"
          }
        }
      },
      "x-keep-unknown": true
    },
    "PhoneStatus": {
      "title": "PhoneStatus",
      "description": "Whether the user's phone number is verified (手机号验证状态). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Unknown",
          "description": "Unknown (未知)"
        },
        {
          "const": 1,
          "title": "Verified",
          "description": "Verified (已验证)"
        },
        {
          "const": 2,
          "title": "Unverified",
          "description": "Not verified (未验证)"
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
    "UserAccountType": {
      "title": "UserAccountType",
      "description": "Kind of seat a user account holds (账号类型 / 指定账号类型). Accounts of the 2.0 editions (商业版2.0, 企业版2.0, 教育版2.0) only know 2 and 9. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "PremiumEnterprise",
          "description": "Premium account, enterprise or education edition (高级账号,企业版/教育版)"
        },
        {
          "const": 2,
          "title": "Free",
          "description": "Free account, enterprise or education edition (免费账号,企业版/教育版)"
        },
        {
          "const": 3,
          "title": "Free100Business",
          "description": "Free 100-participant account, business edition (免费账号100方,商业版)"
        },
        {
          "const": 4,
          "title": "Premium300Business",
          "description": "Premium 300-participant account, business edition (高级账号300方,商业版)"
        },
        {
          "const": 5,
          "title": "Premium500Business",
          "description": "Premium 500-participant account, business edition (高级账号500方,商业版)"
        },
        {
          "const": 6,
          "title": "Premium1000Business",
          "description": "Premium 1000-participant account, business edition (高级账号1000方,商业版)"
        },
        {
          "const": 7,
          "title": "Premium2000Business",
          "description": "Premium 2000-participant account, business edition (高级账号2000方,商业版)"
        },
        {
          "const": 8,
          "title": "Premium100Business",
          "description": "Premium 100-participant account, business edition (高级账号100方,商业版)"
        },
        {
          "const": 9,
          "title": "Premium",
          "description": "Premium account, enterprise, education or business edition (高级账号,企业版/教育版/商业版)"
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
    "UserDepartment": {
      "title": "UserDepartment",
      "description": "A department the user belongs to (部门对象 / DepartmentInfo 对象).",
      "type": "object",
      "properties": {
        "department_id": {
          "description": "Department ID (部门 ID).",
          "type": "string"
        },
        "department_name": {
          "description": "Department name (部门名称).",
          "type": "string"
        },
        "department_full_name": {
          "description": "Full path of the department (部门全路径): returned by the new user list (获取用户列表(新)).",
          "type": "string"
        },
        "is_main": {
          "description": "Whether this is the user's main department (是否主部门): returned by the new user list.",
          "type": "boolean"
        }
      },
      "x-keep-unknown": true
    },
    "UserInfo": {
      "title": "UserInfo",
      "description": "An enterprise user as the user lists return it (用户对象 / UserInfo 对象). Lenient: nothing is required and unknown fields are kept.",
      "type": "object",
      "properties": {
        "userid": {
          "description": "The user's userid (用户 userid): the unique ID the enterprise gives the user.",
          "type": "string"
        },
        "uuid": {
          "description": "User identity ID issued by Tencent Meeting for the open platform (用户身份 ID).",
          "type": "string"
        },
        "username": {
          "description": "User name (用户 name / 用户昵称).",
          "type": "string"
        },
        "area": {
          "description": "Phone area code (手机区号), 86 for mainland China.",
          "type": "string"
        },
        "update_time": {
          "description": "When the user was last updated (更新时间), a `yyyy-MM-dd HH:mm:ss` text.",
          "type": "string"
        },
        "avatar_url": {
          "description": "Address of the user's avatar (用户图像地址).",
          "type": "string"
        },
        "phone": {
          "description": "Phone number (手机号).",
          "type": "string"
        },
        "email": {
          "description": "Email address (邮箱).",
          "type": "string"
        },
        "status": {
          "description": "Account state (账号状态).",
          "$ref": "#/definitions/UserStatus"
        },
        "staff_id": {
          "description": "Employee number (员工工号).",
          "type": "string"
        },
        "job_title": {
          "description": "Job title (员工职位).",
          "type": "string"
        },
        "entry_time": {
          "description": "Date the employee joined (入职时间), as text.",
          "type": "string"
        },
        "role_name": {
          "description": "Name of the user's role (角色名称).",
          "type": "string"
        },
        "role_code": {
          "description": "Code of the user's role (角色类型), such as `NORMAL_ROLE`.",
          "type": "string"
        },
        "department_list": {
          "description": "The user's departments (用户部门信息).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/UserDepartment"
          }
        },
        "account_version": {
          "description": "Edition of the account (账号版本).",
          "$ref": "#/definitions/AccountVersion"
        },
        "user_account_type": {
          "description": "Kind of seat the account holds (账号类型).",
          "$ref": "#/definitions/UserAccountType"
        },
        "add_on_largemeeting": {
          "description": "Room-size upgrade licence held (增强会议体验:房间规模升级许可).",
          "$ref": "#/definitions/LargeMeetingAddOn"
        },
        "add_on_webinar": {
          "description": "Webinar audience-size upgrade licence held (增强会议体验:网络研讨会观众规模升级许可).",
          "$ref": "#/definitions/WebinarAddOn"
        },
        "enable_ai_account": {
          "description": "Whether the user has the AI account capability (是否有 AI 账号能力). Enterprise and education editions grant it per user; business editions always have it.",
          "type": "boolean"
        },
        "ai_account_type": {
          "description": "Kind of AI account held (AI 账号类型).",
          "$ref": "#/definitions/AiAccountType"
        },
        "phone_status": {
          "description": "Whether the phone number is verified (手机号验证状态).",
          "$ref": "#/definitions/PhoneStatus"
        }
      },
      "x-keep-unknown": true
    },
    "UserStatus": {
      "title": "UserStatus",
      "description": "State of an enterprise user account (账号状态 / 用户状态), sent as a string of one digit. Any other string is accepted.",
      "type": "string",
      "anyOf": [
        {
          "const": "1",
          "title": "Normal",
          "description": "Normal (正常)"
        },
        {
          "const": "2",
          "title": "Deregistered",
          "description": "Deregistered (注销)"
        },
        {
          "const": "3",
          "title": "Inactive",
          "description": "Not activated yet (未激活)"
        },
        {
          "const": "4",
          "title": "Disabled",
          "description": "Disabled (禁用)"
        },
        {
          "const": "5",
          "title": "PreRegistered",
          "description": "Pre-registered (预注册)"
        },
        {
          "type": "string",
          "title": "Other",
          "description": "A value the docs do not list."
        }
      ]
    },
    "WebinarAddOn": {
      "title": "WebinarAddOn",
      "description": "Webinar audience-size upgrade licence of the enhanced meeting experience (增强会议体验:网络研讨会观众规模升级许可); 0 takes the licence back (回收). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Revoke",
          "description": "Take the licence back (回收 Webinar 观众规模升级许可)"
        },
        {
          "const": 1,
          "title": "Audience300",
          "description": "Up to 300 viewers (300观众)"
        },
        {
          "const": 2,
          "title": "Audience500",
          "description": "Up to 500 viewers (500观众)"
        },
        {
          "const": 3,
          "title": "Audience1000",
          "description": "Up to 1000 viewers (1000观众)"
        },
        {
          "const": 4,
          "title": "Audience2000",
          "description": "Up to 2000 viewers (2000观众)"
        },
        {
          "const": 5,
          "title": "Audience3000",
          "description": "Up to 3000 viewers (3000观众)"
        },
        {
          "const": 6,
          "title": "Audience5000",
          "description": "Up to 5000 viewers (5000观众)"
        },
        {
          "const": 7,
          "title": "Audience8000",
          "description": "Up to 8000 viewers (8000观众)"
        },
        {
          "const": 8,
          "title": "Audience10000",
          "description": "Up to 10000 viewers (10000观众)"
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
    /// JSON Schema (Draft-07, self-contained) of [`ListUsersRequest`](crate::users::ListUsersRequest), bundled from `schemas/users/list-users.request.json`.
    pub const LIST_USERS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ListUsersRequest",
  "definitions": {
    "ListUsersRequest": {
      "title": "ListUsersRequest",
      "description": "Query string of `GET /v1/users/list`: list the enterprise's users page by page (获取用户列表). OAuth 2.0 is not supported.",
      "type": "object",
      "required": [
        "page",
        "page_size",
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "page": 1,
          "page_size": 1,
          "operator_id": "admin1",
          "operator_id_type": 1
        }
      ],
      "properties": {
        "page": {
          "description": "Page number (当前页), from 1 (大于等于1).",
          "type": "integer",
          "minimum": 1
        },
        "page_size": {
          "description": "Users per page (分页大小), at most 20 (最大为20).",
          "type": "integer",
          "maximum": 20
        },
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).",
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
    /// JSON Schema (Draft-07, self-contained) of [`ListUsersResponse`](crate::users::ListUsersResponse), bundled from `schemas/users/list-users.response.json`.
    pub const LIST_USERS_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ListUsersResponse",
  "definitions": {
    "AccountVersion": {
      "title": "AccountVersion",
      "description": "Edition the account belongs to (账号版本). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Unclassified",
          "description": "Other editions (其他)"
        },
        {
          "const": 1,
          "title": "Business",
          "description": "Business edition (商业版)"
        },
        {
          "const": 2,
          "title": "Enterprise",
          "description": "Enterprise edition (企业版)"
        },
        {
          "const": 3,
          "title": "Education",
          "description": "Education edition (教育版)"
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
    "AiAccountType": {
      "title": "AiAccountType",
      "description": "Kind of AI account a user holds (AI 账号类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "NoAccount",
          "description": "No AI account (无账号)"
        },
        {
          "const": 1,
          "title": "Purchased",
          "description": "Purchased edition (购买版)"
        },
        {
          "const": 2,
          "title": "Gifted",
          "description": "Gifted edition (赠送版)"
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
    "LargeMeetingAddOn": {
      "title": "LargeMeetingAddOn",
      "description": "Room-size upgrade licence of the enhanced meeting experience (增强会议体验:房间规模升级许可); 0 takes the licence back (回收). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Revoke",
          "description": "Take the licence back (回收房间规模升级许可)"
        },
        {
          "const": 1,
          "title": "Participants500",
          "description": "500-participant rooms (500方房间规模升级许可)"
        },
        {
          "const": 2,
          "title": "Participants1000",
          "description": "1000-participant rooms (1000方房间规模升级许可)"
        },
        {
          "const": 3,
          "title": "Participants2000",
          "description": "2000-participant rooms (2000方房间规模升级许可)"
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
    "ListUsersResponse": {
      "title": "ListUsersResponse",
      "description": "Body of a successful `GET /v1/users/list`: one page of the enterprise's users (获取用户列表). It has no `total_page`: the pages end when `current_page` * `page_size` reaches `total_count`. The example is the older page's. Lenient: nothing is required and unknown fields are kept.",
      "type": "object",
      "examples": [
        {
          "total_count": 39,
          "current_size": 1,
          "current_page": 1,
          "page_size": 1,
          "users": [
            {
              "area": "86",
              "update_time": "2020-04-21 18:01:29",
              "avatar_url": "",
              "phone": "",
              "userid": "9527",
              "email": "",
              "username": "testusername",
              "status": "1",
              "uuid": "WM4Fs4Th56ogU13JiK",
              "role_name": "管理员",
              "role_code": "MANAGER_ROLE",
              "department_list": [
                {
                  "department_id": "674da5****************b9e938208e",
                  "department_name": "有用户且有子部门的部门"
                }
              ]
            }
          ]
        }
      ],
      "properties": {
        "total_count": {
          "description": "Number of users in all pages (总数).",
          "type": "integer"
        },
        "current_size": {
          "description": "Number of users on this page (当前页实际大小).",
          "type": "integer"
        },
        "current_page": {
          "description": "This page's number (当前页数).",
          "type": "integer"
        },
        "page_size": {
          "description": "Page size (分页大小).",
          "type": "integer"
        },
        "users": {
          "description": "The users of this page (用户对象列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/UserInfo"
          }
        }
      },
      "x-keep-unknown": true
    },
    "PhoneStatus": {
      "title": "PhoneStatus",
      "description": "Whether the user's phone number is verified (手机号验证状态). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Unknown",
          "description": "Unknown (未知)"
        },
        {
          "const": 1,
          "title": "Verified",
          "description": "Verified (已验证)"
        },
        {
          "const": 2,
          "title": "Unverified",
          "description": "Not verified (未验证)"
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
    "UserAccountType": {
      "title": "UserAccountType",
      "description": "Kind of seat a user account holds (账号类型 / 指定账号类型). Accounts of the 2.0 editions (商业版2.0, 企业版2.0, 教育版2.0) only know 2 and 9. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "PremiumEnterprise",
          "description": "Premium account, enterprise or education edition (高级账号,企业版/教育版)"
        },
        {
          "const": 2,
          "title": "Free",
          "description": "Free account, enterprise or education edition (免费账号,企业版/教育版)"
        },
        {
          "const": 3,
          "title": "Free100Business",
          "description": "Free 100-participant account, business edition (免费账号100方,商业版)"
        },
        {
          "const": 4,
          "title": "Premium300Business",
          "description": "Premium 300-participant account, business edition (高级账号300方,商业版)"
        },
        {
          "const": 5,
          "title": "Premium500Business",
          "description": "Premium 500-participant account, business edition (高级账号500方,商业版)"
        },
        {
          "const": 6,
          "title": "Premium1000Business",
          "description": "Premium 1000-participant account, business edition (高级账号1000方,商业版)"
        },
        {
          "const": 7,
          "title": "Premium2000Business",
          "description": "Premium 2000-participant account, business edition (高级账号2000方,商业版)"
        },
        {
          "const": 8,
          "title": "Premium100Business",
          "description": "Premium 100-participant account, business edition (高级账号100方,商业版)"
        },
        {
          "const": 9,
          "title": "Premium",
          "description": "Premium account, enterprise, education or business edition (高级账号,企业版/教育版/商业版)"
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
    "UserDepartment": {
      "title": "UserDepartment",
      "description": "A department the user belongs to (部门对象 / DepartmentInfo 对象).",
      "type": "object",
      "properties": {
        "department_id": {
          "description": "Department ID (部门 ID).",
          "type": "string"
        },
        "department_name": {
          "description": "Department name (部门名称).",
          "type": "string"
        },
        "department_full_name": {
          "description": "Full path of the department (部门全路径): returned by the new user list (获取用户列表(新)).",
          "type": "string"
        },
        "is_main": {
          "description": "Whether this is the user's main department (是否主部门): returned by the new user list.",
          "type": "boolean"
        }
      },
      "x-keep-unknown": true
    },
    "UserInfo": {
      "title": "UserInfo",
      "description": "An enterprise user as the user lists return it (用户对象 / UserInfo 对象). Lenient: nothing is required and unknown fields are kept.",
      "type": "object",
      "properties": {
        "userid": {
          "description": "The user's userid (用户 userid): the unique ID the enterprise gives the user.",
          "type": "string"
        },
        "uuid": {
          "description": "User identity ID issued by Tencent Meeting for the open platform (用户身份 ID).",
          "type": "string"
        },
        "username": {
          "description": "User name (用户 name / 用户昵称).",
          "type": "string"
        },
        "area": {
          "description": "Phone area code (手机区号), 86 for mainland China.",
          "type": "string"
        },
        "update_time": {
          "description": "When the user was last updated (更新时间), a `yyyy-MM-dd HH:mm:ss` text.",
          "type": "string"
        },
        "avatar_url": {
          "description": "Address of the user's avatar (用户图像地址).",
          "type": "string"
        },
        "phone": {
          "description": "Phone number (手机号).",
          "type": "string"
        },
        "email": {
          "description": "Email address (邮箱).",
          "type": "string"
        },
        "status": {
          "description": "Account state (账号状态).",
          "$ref": "#/definitions/UserStatus"
        },
        "staff_id": {
          "description": "Employee number (员工工号).",
          "type": "string"
        },
        "job_title": {
          "description": "Job title (员工职位).",
          "type": "string"
        },
        "entry_time": {
          "description": "Date the employee joined (入职时间), as text.",
          "type": "string"
        },
        "role_name": {
          "description": "Name of the user's role (角色名称).",
          "type": "string"
        },
        "role_code": {
          "description": "Code of the user's role (角色类型), such as `NORMAL_ROLE`.",
          "type": "string"
        },
        "department_list": {
          "description": "The user's departments (用户部门信息).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/UserDepartment"
          }
        },
        "account_version": {
          "description": "Edition of the account (账号版本).",
          "$ref": "#/definitions/AccountVersion"
        },
        "user_account_type": {
          "description": "Kind of seat the account holds (账号类型).",
          "$ref": "#/definitions/UserAccountType"
        },
        "add_on_largemeeting": {
          "description": "Room-size upgrade licence held (增强会议体验:房间规模升级许可).",
          "$ref": "#/definitions/LargeMeetingAddOn"
        },
        "add_on_webinar": {
          "description": "Webinar audience-size upgrade licence held (增强会议体验:网络研讨会观众规模升级许可).",
          "$ref": "#/definitions/WebinarAddOn"
        },
        "enable_ai_account": {
          "description": "Whether the user has the AI account capability (是否有 AI 账号能力). Enterprise and education editions grant it per user; business editions always have it.",
          "type": "boolean"
        },
        "ai_account_type": {
          "description": "Kind of AI account held (AI 账号类型).",
          "$ref": "#/definitions/AiAccountType"
        },
        "phone_status": {
          "description": "Whether the phone number is verified (手机号验证状态).",
          "$ref": "#/definitions/PhoneStatus"
        }
      },
      "x-keep-unknown": true
    },
    "UserStatus": {
      "title": "UserStatus",
      "description": "State of an enterprise user account (账号状态 / 用户状态), sent as a string of one digit. Any other string is accepted.",
      "type": "string",
      "anyOf": [
        {
          "const": "1",
          "title": "Normal",
          "description": "Normal (正常)"
        },
        {
          "const": "2",
          "title": "Deregistered",
          "description": "Deregistered (注销)"
        },
        {
          "const": "3",
          "title": "Inactive",
          "description": "Not activated yet (未激活)"
        },
        {
          "const": "4",
          "title": "Disabled",
          "description": "Disabled (禁用)"
        },
        {
          "const": "5",
          "title": "PreRegistered",
          "description": "Pre-registered (预注册)"
        },
        {
          "type": "string",
          "title": "Other",
          "description": "A value the docs do not list."
        }
      ]
    },
    "WebinarAddOn": {
      "title": "WebinarAddOn",
      "description": "Webinar audience-size upgrade licence of the enhanced meeting experience (增强会议体验:网络研讨会观众规模升级许可); 0 takes the licence back (回收). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Revoke",
          "description": "Take the licence back (回收 Webinar 观众规模升级许可)"
        },
        {
          "const": 1,
          "title": "Audience300",
          "description": "Up to 300 viewers (300观众)"
        },
        {
          "const": 2,
          "title": "Audience500",
          "description": "Up to 500 viewers (500观众)"
        },
        {
          "const": 3,
          "title": "Audience1000",
          "description": "Up to 1000 viewers (1000观众)"
        },
        {
          "const": 4,
          "title": "Audience2000",
          "description": "Up to 2000 viewers (2000观众)"
        },
        {
          "const": 5,
          "title": "Audience3000",
          "description": "Up to 3000 viewers (3000观众)"
        },
        {
          "const": 6,
          "title": "Audience5000",
          "description": "Up to 5000 viewers (5000观众)"
        },
        {
          "const": 7,
          "title": "Audience8000",
          "description": "Up to 8000 viewers (8000观众)"
        },
        {
          "const": 8,
          "title": "Audience10000",
          "description": "Up to 10000 viewers (10000观众)"
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
    /// JSON Schema (Draft-07, self-contained) of [`SendActivationInvitePath`](crate::users::SendActivationInvitePath), bundled from `schemas/users/send-activation-invite.path.json`.
    pub const SEND_ACTIVATION_INVITE_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SendActivationInvitePath",
  "definitions": {
    "SendActivationInvitePath": {
      "title": "SendActivationInvitePath",
      "description": "Path of `PUT /v1/users/{userid}/invite-activate`: the user's userid (调用方用于标示用户的唯一 ID), spelt `{userid}` by the page.",
      "type": "object",
      "required": [
        "userid"
      ],
      "examples": [
        {
          "userid": "user1"
        }
      ],
      "properties": {
        "userid": {
          "description": "The user's userid (调用方用于标示用户的唯一 ID): the enterprise's own unique ID of the user, such as an account name; Chinese is not supported (暂不支持中文).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`SendActivationInviteRequest`](crate::users::SendActivationInviteRequest), bundled from `schemas/users/send-activation-invite.request.json`.
    pub const SEND_ACTIVATION_INVITE_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SendActivationInviteRequest",
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
    "SendActivationInviteRequest": {
      "title": "SendActivationInviteRequest",
      "description": "Query string of `PUT /v1/users/{userid}/invite-activate` (a PUT with no body): send the user an activation SMS or email (发送用户激活邀请): SMS for users created with a phone number, email for users created with an email. Only users not activated yet (仅未激活的用户); one invitation a day per phone number or email (每个手机号或邮箱一天只能发送一次邀请, 15101). AK/SK authentication.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "operator_id": "KM4Ss4Th09ogUw1JiK",
          "operator_id_type": 1
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
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).",
          "$ref": "#/definitions/OperatorIdType"
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`SendVerificationSmsPath`](crate::users::SendVerificationSmsPath), bundled from `schemas/users/send-verification-sms.path.json`.
    pub const SEND_VERIFICATION_SMS_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SendVerificationSmsPath",
  "definitions": {
    "SendVerificationSmsPath": {
      "title": "SendVerificationSmsPath",
      "description": "Path of `PUT /v1/users/{userid}/invite-auth`: the user's userid (调用方用于标示用户的唯一 ID), spelt `{userid}` by the page.",
      "type": "object",
      "required": [
        "userid"
      ],
      "examples": [
        {
          "userid": "user1"
        }
      ],
      "properties": {
        "userid": {
          "description": "The user's userid (调用方用于标示用户的唯一 ID): the enterprise's own unique ID of the user, such as an account name; Chinese is not supported (暂不支持中文).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`SendVerificationSmsRequest`](crate::users::SendVerificationSmsRequest), bundled from `schemas/users/send-verification-sms.request.json`.
    pub const SEND_VERIFICATION_SMS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SendVerificationSmsRequest",
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
    "SendVerificationSmsRequest": {
      "title": "SendVerificationSmsRequest",
      "description": "Body of `PUT /v1/users/{userid}/invite-auth`: send the user a verification SMS (发送用户验证短信); once the member confirms, the account is verified. Only activated users (仅已激活的用户); one invitation a day per phone number (每个手机号一天只能发送一次邀请验证, 500119). AK/SK authentication.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "operator_id_type": 1,
          "operator_id": "xxxxxxxxxxxxx"
        }
      ],
      "properties": {
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).",
          "$ref": "#/definitions/OperatorIdType"
        },
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`SetUserAiAccountRequest`](crate::users::SetUserAiAccountRequest), bundled from `schemas/users/set-user-ai-account.request.json`.
    pub const SET_USER_AI_ACCOUNT_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SetUserAiAccountRequest",
  "definitions": {
    "AiAccountType": {
      "title": "AiAccountType",
      "description": "Kind of AI account a user holds (AI 账号类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "NoAccount",
          "description": "No AI account (无账号)"
        },
        {
          "const": 1,
          "title": "Purchased",
          "description": "Purchased edition (购买版)"
        },
        {
          "const": 2,
          "title": "Gifted",
          "description": "Gifted edition (赠送版)"
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
    "SetUserAiAccountRequest": {
      "title": "SetUserAiAccountRequest",
      "description": "Body of `POST /v1/users/account/ai-account`: give a user of the enterprise the AI account capability (设置 AI 账号能力). AK/SK authentication (鉴权方式:AK/SK 鉴权). The page's example posts to `/v1/users/ai-account`, a slip for the path it documents.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "to_operator_id",
        "to_operator_id_type"
      ],
      "examples": [
        {
          "operator_id": "user1",
          "operator_id_type": 1,
          "to_operator_id": "user2",
          "to_operator_id_type": 1,
          "ai_account_type": 1
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`. The operator needs the right to manage enterprise users (企管用户管理权限).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).",
          "$ref": "#/definitions/OperatorIdType"
        },
        "to_operator_id": {
          "description": "ID of the user whose AI capability changes (被操作者 ID); only premium accounts of the enterprise and education editions may be given one (仅支持企业版/教育版高级账号被设置).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "to_operator_id_type": {
          "description": "Type of `to_operator_id` (被操作者 ID 类型): 1 userid, the only type documented.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "ai_account_type": {
          "description": "Kind of AI account to give (AI 账号类型): 1 purchased, 2 gifted; absent: gifted first, then purchased (按拥有的赠送版,购买版顺序分配). 0 (no account) is not a value to send.",
          "$ref": "#/definitions/AiAccountType"
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`SetUserEnabledPath`](crate::users::SetUserEnabledPath), bundled from `schemas/users/set-user-enabled.path.json`.
    pub const SET_USER_ENABLED_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SetUserEnabledPath",
  "definitions": {
    "SetUserEnabledPath": {
      "title": "SetUserEnabledPath",
      "description": "Path of `PUT /v1/users/{userid}/enable`: the user's userid (调用方用于标示用户的唯一 ID), spelt `{userid}` by the page.",
      "type": "object",
      "required": [
        "userid"
      ],
      "examples": [
        {
          "userid": "user1"
        }
      ],
      "properties": {
        "userid": {
          "description": "The user's userid (调用方用于标示用户的唯一 ID): the enterprise's own unique ID of the user, such as an account name; Chinese is not supported (暂不支持中文).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`SetUserEnabledRequest`](crate::users::SetUserEnabledRequest), bundled from `schemas/users/set-user-enabled.request.json`.
    pub const SET_USER_ENABLED_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SetUserEnabledRequest",
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
    "SetUserEnabledRequest": {
      "title": "SetUserEnabledRequest",
      "description": "Body of `PUT /v1/users/{userid}/enable`: enable or disable a user of the enterprise (启用与禁用用户). Users missing or not activated cannot be (60005). AK/SK authentication. The page lists `operator_id` and `operator_id_type` in its path-parameter table and `enable` in a Body table; the SDK and the page's example send all three in the body.",
      "type": "object",
      "required": [
        "enable",
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "enable": true,
          "operator_id": "KM4Ss4Th09ogUw1JiK",
          "operator_id_type": 1
        }
      ],
      "properties": {
        "enable": {
          "description": "`true` to enable the user, `false` to disable (是否启用用户).",
          "type": "boolean"
        },
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).",
          "$ref": "#/definitions/OperatorIdType"
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`TransferDeletedUserAssetsRequest`](crate::users::TransferDeletedUserAssetsRequest), bundled from `schemas/users/transfer-deleted-user-assets.request.json`.
    pub const TRANSFER_DELETED_USER_ASSETS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/TransferDeletedUserAssetsRequest",
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
    "TransferDataScope": {
      "title": "TransferDataScope",
      "description": "Which data is transferred (转移的具体数据), sent as a string. Any other string is accepted.",
      "type": "string",
      "anyOf": [
        {
          "const": "0",
          "title": "All",
          "description": "All of it (全部)"
        },
        {
          "const": "1",
          "title": "CloudRecordings",
          "description": "Cloud recordings (云录制)"
        },
        {
          "const": "2",
          "title": "Meetings",
          "description": "The meeting list (会议列表)"
        },
        {
          "type": "string",
          "title": "Other",
          "description": "A value the docs do not list."
        }
      ]
    },
    "TransferDeletedUserAssetsRequest": {
      "title": "TransferDeletedUserAssetsRequest",
      "description": "Body of `POST /v1/users/delete-transfer`: hand a deleted user's assets (past cloud recordings, upcoming meetings) to a member still in the enterprise, or delete them for good (用户资产转移). Only users already deleted (仅支持操作已经被删除的用户). OAuth 2.0 is not supported. The page's example misses a comma after `transfer_data` and has one after the last field: fixed here.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "to_operator_id",
        "to_operator_id_type"
      ],
      "examples": [
        {
          "operator_id_type": 1,
          "operator_id": "tester",
          "to_operator_id_type": 1,
          "to_operator_id": "test1",
          "data_process": "2",
          "transfer_data": "0",
          "receiver_id_type": 1,
          "receiver_id": "test2"
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`. With `operator_id_type` 2 it must equal the openid of the common parameters.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).",
          "$ref": "#/definitions/OperatorIdType"
        },
        "to_operator_id": {
          "description": "ID of the deleted user (被操作者 ID,这里指被删除的用户).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "to_operator_id_type": {
          "description": "Type of `to_operator_id` (被操作者 ID 的类型): 1 userid, the only type the page documents.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "data_process": {
          "description": "What to do with the data (删除用户的数据处理方式): \"1\" delete for good, \"2\" transfer; \"1\" when absent (不传时默认为1).",
          "$ref": "#/definitions/UserDataProcess"
        },
        "transfer_data": {
          "description": "Which data to transfer (转移的具体数据), when `data_process` is \"2\": \"0\" all, \"1\" cloud recordings, \"2\" meetings; \"0\" when absent.",
          "$ref": "#/definitions/TransferDataScope"
        },
        "receiver_id_type": {
          "description": "Type of `receiver_id` (数据接收者 ID 的类型): 1 userid, the only type the page documents.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "receiver_id": {
          "description": "ID of the member receiving the data (数据接收者的 ID), when `data_process` is \"2\"; an unknown userid is an error.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        }
      }
    },
    "UserDataProcess": {
      "title": "UserDataProcess",
      "description": "What happens to a deleted user's data (删除用户的数据处理方式), sent as a string. Any other string is accepted.",
      "type": "string",
      "anyOf": [
        {
          "const": "1",
          "title": "Delete",
          "description": "Delete it for good (彻底删除)"
        },
        {
          "const": "2",
          "title": "Transfer",
          "description": "Transfer it to a given member (转移给指定成员)"
        },
        {
          "type": "string",
          "title": "Other",
          "description": "A value the docs do not list."
        }
      ]
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`UpdatePmiConfigRequest`](crate::users::UpdatePmiConfigRequest), bundled from `schemas/users/update-pmi-config.request.json`.
    pub const UPDATE_PMI_CONFIG_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/UpdatePmiConfigRequest",
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
    "PmiHostSetting": {
      "title": "PmiHostSetting",
      "description": "A designated host to set (指定主持人): a userid string (the page) or an object (the SDK).",
      "oneOf": [
        {
          "type": "string",
          "title": "Userid",
          "description": "A host's userid (指定主持人 userid).",
          "minLength": 1
        },
        {
          "$ref": "#/definitions/PmiHostUser"
        }
      ]
    },
    "PmiHostUser": {
      "title": "PmiHostUser",
      "description": "A designated host as an object: the SDK's form, not on the page.",
      "type": "object",
      "properties": {
        "userid": {
          "description": "The host's userid (用户 ID).",
          "type": "string",
          "minLength": 1
        },
        "operator_id": {
          "description": "ID of the host (操作者 ID); what it is depends on `operator_id_type`.",
          "type": "string",
          "minLength": 1
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, 3 rooms_id, 4 ms_open_id.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "is_anonymous": {
          "description": "Whether the host joins anonymously (用户是否匿名入会), false when absent.",
          "type": "boolean"
        },
        "nick_name": {
          "description": "Anonymous display name (用户匿名字符串); without one the service gives a default such as 会议用户xxxx.",
          "type": "string"
        },
        "profile_photo": {
          "description": "Address of the avatar (头像地址).",
          "type": "string"
        }
      }
    },
    "UpdatePmiConfigRequest": {
      "title": "UpdatePmiConfigRequest",
      "description": "Body of `PUT /v1/pmi-meetings/pmi-config`: change the personal meeting ID settings of a user (修改个人会议号配置信息). Only enterprise-secret callers; OAuth 2.0 is not supported. The page's example was not retrieved; this one follows the table.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "instanceid"
      ],
      "examples": [
        {
          "operator_id": "user1",
          "operator_id_type": 1,
          "instanceid": 1,
          "pmi_name": "tester的个人会议室",
          "enable_password": true,
          "pmi_password": "123456",
          "auto_in_waiting_room": false,
          "hosts": [
            "user2"
          ]
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`. The user whose settings change (用户的 ID).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).",
          "$ref": "#/definitions/OperatorIdType"
        },
        "instanceid": {
          "description": "Device type of the user (用户的终端设备类型).",
          "$ref": "#/definitions/InstanceId"
        },
        "pmi_name": {
          "description": "Name of the personal meeting room (个人会议室名称): at most 18 Chinese characters or 36 letters (最大支持18个汉字或36个英文字母); 36 characters are checked, the service applies the rest.",
          "type": "string",
          "maxLength": 36
        },
        "enable_password": {
          "description": "Whether a password is needed (是否需要密码).",
          "type": "boolean"
        },
        "pmi_password": {
          "description": "Password to join (入会密码), used when `enable_password` is true.",
          "type": "string",
          "x-sensitive": true
        },
        "auto_in_waiting_room": {
          "description": "Whether the waiting room is on (是否开启等候室).",
          "type": "boolean"
        },
        "watermark": {
          "description": "Whether the meeting watermark is on (是否开启会议水印).",
          "type": "boolean"
        },
        "water_mark_type": {
          "description": "Watermark style (水印样式), used when `watermark` is true.",
          "$ref": "#/definitions/WaterMarkType"
        },
        "disable_note_capture": {
          "description": "Whether screenshots of notes are forbidden (禁止笔记截屏), used when `watermark` is true.",
          "type": "boolean"
        },
        "only_enterprise_user_allowed": {
          "description": "Whether only members of the enterprise may join (是否仅企业内部成员可入会).",
          "type": "boolean"
        },
        "allow_in_before_host": {
          "description": "Whether members may join before the host (是否允许成员在主持人进会前加入会议).",
          "type": "boolean"
        },
        "mute_enable_type_join": {
          "description": "Muting on entry (成员入会静音选项).",
          "$ref": "#/definitions/MuteOnJoin"
        },
        "hosts": {
          "description": "Designated hosts (指定主持人 userid 列表): the page types them as userid strings, the SDK as objects; both are accepted.",
          "type": "array",
          "items": {
            "$ref": "#/definitions/PmiHostSetting"
          }
        },
        "allow_multi_device": {
          "description": "Whether members may join from several devices (是否允许成员多端入会).",
          "type": "boolean"
        }
      }
    },
    "WaterMarkType": {
      "title": "WaterMarkType",
      "description": "Style of the screen-share watermark (水印样式), of a meeting or a personal meeting ID. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "SingleLine",
          "description": "A single line, the default (单排)"
        },
        {
          "const": 1,
          "title": "MultiLine",
          "description": "Several lines (多排)"
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
    /// JSON Schema (Draft-07, self-contained) of [`UpdateUserByUuidRequest`](crate::users::UpdateUserByUuidRequest), bundled from `schemas/users/update-user-by-uuid.request.json`.
    pub const UPDATE_USER_BY_UUID_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/UpdateUserByUuidRequest",
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
    "UpdateUserByUuidRequest": {
      "title": "UpdateUserByUuidRequest",
      "description": "Request of `PUT /v1/users?uuid=`: update an enterprise user by uuid (通过 uuid 更新用户): `uuid` in the query string, the rest as a JSON body. OAuth 2.0 is not supported. Only an older copy of the page was found; `operator_id` and `operator_id_type` are required as the SDK requires them. The example is the older page's, with the operator added.",
      "type": "object",
      "required": [
        "uuid",
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "uuid": "WM4Fs4Th56ogU13JiK",
          "username": "testusername",
          "operator_id": "admin1",
          "operator_id_type": 1
        }
      ],
      "properties": {
        "uuid": {
          "description": "User identity ID issued by Tencent Meeting for the open platform (用户身份 ID,腾讯会议颁发的用于开放平台的唯一用户 ID). Travels in the query string.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true,
          "x-in": "query"
        },
        "email": {
          "description": "Email address (邮箱地址), unique within the enterprise (同企业内须保证唯一); an activated user's email cannot be changed (已激活的用户邮箱不可修改).",
          "type": "string"
        },
        "username": {
          "description": "New user name (新的用户昵称).",
          "type": "string"
        },
        "phone": {
          "description": "Phone number (手机号码); an activated user's phone number cannot be changed (已激活的用户手机号码不可修改).",
          "type": "string"
        },
        "avatar_url": {
          "description": "Address of the avatar (头像地址).",
          "type": "string"
        },
        "staff_id": {
          "description": "Employee number (员工工号).",
          "type": "string"
        },
        "job_title": {
          "description": "Job title (员工职位). The older page says 1 to 32 characters; the current userid form allows 0 to 96 (长度范围为[0,96]个字符): the more generous, current limit is checked.",
          "type": "string",
          "maxLength": 96
        },
        "entry_time": {
          "description": "When the employee joined (入职时间); the page types it Integer (the example sends Unix seconds).",
          "type": "integer"
        },
        "department_list": {
          "description": "Department IDs of the employee (员工部门 ID): for now one department at most (暂只支持为用户分配1个部门).",
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
          },
          "maxItems": 1
        },
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).",
          "$ref": "#/definitions/OperatorIdType"
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`UpdateUserPath`](crate::users::UpdateUserPath), bundled from `schemas/users/update-user.path.json`.
    pub const UPDATE_USER_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/UpdateUserPath",
  "definitions": {
    "UpdateUserPath": {
      "title": "UpdateUserPath",
      "description": "Path of `PUT /v1/users/{userid}`: the user's userid (调用方用于标示用户的唯一 ID), spelt `{userid}` by the page.",
      "type": "object",
      "required": [
        "userid"
      ],
      "examples": [
        {
          "userid": "user1"
        }
      ],
      "properties": {
        "userid": {
          "description": "The user's userid (调用方用于标示用户的唯一 ID): the enterprise's own unique ID of the user, such as an account name; Chinese is not supported (暂不支持中文).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`UpdateUserRequest`](crate::users::UpdateUserRequest), bundled from `schemas/users/update-user.request.json`.
    pub const UPDATE_USER_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/UpdateUserRequest",
  "definitions": {
    "LargeMeetingAddOn": {
      "title": "LargeMeetingAddOn",
      "description": "Room-size upgrade licence of the enhanced meeting experience (增强会议体验:房间规模升级许可); 0 takes the licence back (回收). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Revoke",
          "description": "Take the licence back (回收房间规模升级许可)"
        },
        {
          "const": 1,
          "title": "Participants500",
          "description": "500-participant rooms (500方房间规模升级许可)"
        },
        {
          "const": 2,
          "title": "Participants1000",
          "description": "1000-participant rooms (1000方房间规模升级许可)"
        },
        {
          "const": 3,
          "title": "Participants2000",
          "description": "2000-participant rooms (2000方房间规模升级许可)"
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
    "UpdateUserRequest": {
      "title": "UpdateUserRequest",
      "description": "Body of `PUT /v1/users/{userid}`: update an enterprise user by userid (通过 userid 更新用户). A deleted or disabled user cannot be updated (用户已删除或被禁用则不能更新); WeCom enterprises' users neither (不支持企微企业用户的更新). OAuth 2.0 is not supported. The example is the older page's, with the operator added.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "username": "testusername",
          "operator_id": "admin1",
          "operator_id_type": 1
        }
      ],
      "properties": {
        "email": {
          "description": "Email address (邮箱地址), unique within the enterprise (同企业内须保证唯一); an activated user's email cannot be changed (已激活的用户邮箱不可修改).",
          "type": "string"
        },
        "area": {
          "description": "Area code of the phone number (地区编码), 86 when absent (默认值为86).",
          "type": "string"
        },
        "username": {
          "description": "New user name (新的用户昵称).",
          "type": "string"
        },
        "phone": {
          "description": "Phone number (手机号码); an activated user's phone number cannot be changed (已激活的用户手机号码不可修改).",
          "type": "string"
        },
        "avatar_url": {
          "description": "Address of the avatar (头像地址).",
          "type": "string"
        },
        "staff_id": {
          "description": "Employee number (员工工号).",
          "type": "string"
        },
        "job_title": {
          "description": "Job title (员工职位), 0 to 96 characters (长度范围为[0,96]个字符).",
          "type": "string",
          "maxLength": 96
        },
        "entry_time": {
          "description": "When the employee joined (入职时间); the page types it Integer (the example sends Unix seconds).",
          "type": "integer"
        },
        "department_list": {
          "description": "Department IDs of the employee (员工部门 ID): for now one department at most (暂只支持为用户分配1个部门).",
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
          },
          "maxItems": 1
        },
        "user_account_type": {
          "description": "Kind of seat to give the user (指定账号类型). 2.0 editions take only 2 and 9. The service refuses a type the enterprise has none of; the user's previous seat is released.",
          "$ref": "#/definitions/UserAccountType"
        },
        "add_on_largemeeting": {
          "description": "Room-size upgrade licence to give (增强会议体验:房间规模升级许可); only a premium account can hold one, and unbinding the premium seat takes it back.",
          "$ref": "#/definitions/LargeMeetingAddOn"
        },
        "add_on_webinar": {
          "description": "Webinar audience-size upgrade licence to give (增强会议体验:网络研讨会观众规模升级许可).",
          "$ref": "#/definitions/WebinarAddOn"
        },
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid (the only type the page documents).",
          "$ref": "#/definitions/OperatorIdType"
        },
        "userid": {
          "description": "Not on the page: the SDK sends a `userid` (用户 ID) in the body as well; the path names the user. Optional.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        }
      }
    },
    "UserAccountType": {
      "title": "UserAccountType",
      "description": "Kind of seat a user account holds (账号类型 / 指定账号类型). Accounts of the 2.0 editions (商业版2.0, 企业版2.0, 教育版2.0) only know 2 and 9. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "PremiumEnterprise",
          "description": "Premium account, enterprise or education edition (高级账号,企业版/教育版)"
        },
        {
          "const": 2,
          "title": "Free",
          "description": "Free account, enterprise or education edition (免费账号,企业版/教育版)"
        },
        {
          "const": 3,
          "title": "Free100Business",
          "description": "Free 100-participant account, business edition (免费账号100方,商业版)"
        },
        {
          "const": 4,
          "title": "Premium300Business",
          "description": "Premium 300-participant account, business edition (高级账号300方,商业版)"
        },
        {
          "const": 5,
          "title": "Premium500Business",
          "description": "Premium 500-participant account, business edition (高级账号500方,商业版)"
        },
        {
          "const": 6,
          "title": "Premium1000Business",
          "description": "Premium 1000-participant account, business edition (高级账号1000方,商业版)"
        },
        {
          "const": 7,
          "title": "Premium2000Business",
          "description": "Premium 2000-participant account, business edition (高级账号2000方,商业版)"
        },
        {
          "const": 8,
          "title": "Premium100Business",
          "description": "Premium 100-participant account, business edition (高级账号100方,商业版)"
        },
        {
          "const": 9,
          "title": "Premium",
          "description": "Premium account, enterprise, education or business edition (高级账号,企业版/教育版/商业版)"
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
    "WebinarAddOn": {
      "title": "WebinarAddOn",
      "description": "Webinar audience-size upgrade licence of the enhanced meeting experience (增强会议体验:网络研讨会观众规模升级许可); 0 takes the licence back (回收). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Revoke",
          "description": "Take the licence back (回收 Webinar 观众规模升级许可)"
        },
        {
          "const": 1,
          "title": "Audience300",
          "description": "Up to 300 viewers (300观众)"
        },
        {
          "const": 2,
          "title": "Audience500",
          "description": "Up to 500 viewers (500观众)"
        },
        {
          "const": 3,
          "title": "Audience1000",
          "description": "Up to 1000 viewers (1000观众)"
        },
        {
          "const": 4,
          "title": "Audience2000",
          "description": "Up to 2000 viewers (2000观众)"
        },
        {
          "const": 5,
          "title": "Audience3000",
          "description": "Up to 3000 viewers (3000观众)"
        },
        {
          "const": 6,
          "title": "Audience5000",
          "description": "Up to 5000 viewers (5000观众)"
        },
        {
          "const": 7,
          "title": "Audience8000",
          "description": "Up to 8000 viewers (8000观众)"
        },
        {
          "const": 8,
          "title": "Audience10000",
          "description": "Up to 10000 viewers (10000观众)"
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

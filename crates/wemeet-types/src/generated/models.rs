// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! Request and response models, one per schema definition.
//!
//! Each struct has `builder()` (named construction: a setter per field, `build()` once the required ones
//! are set); the models a request reaches implement `Validate`, generated from the schemas' rules.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
/// Path parameters of `POST /v1/meetings/{meeting_id}/backgrounds`.
///
/// Generated from `schemas/add-meeting-backgrounds.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct AddMeetingBackgroundsPath {
    /// Meeting ID (会议 ID).
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty.
    pub meeting_id: ::std::string::String,
}
impl AddMeetingBackgroundsPath {
    /// A builder of [`AddMeetingBackgroundsPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::AddMeetingBackgroundsPathBuilder {
        builders::AddMeetingBackgroundsPathBuilder {
            meeting_id: builders::missing::add_meeting_backgrounds_path::meeting_id,
        }
    }
    /// A `AddMeetingBackgroundsPath` with [`meeting_id`](Self::meeting_id) set and every optional field absent.
    pub fn new(meeting_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().meeting_id(meeting_id).build()
    }
}
impl AddMeetingBackgroundsPath {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for AddMeetingBackgroundsPath {
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
impl crate::Validate for AddMeetingBackgroundsPath {
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `POST /v1/meetings/{meeting_id}/backgrounds`: add backgrounds to a scheduled meeting (添加会议背景). A meeting holds at most 7 backgrounds (一场会议最多添加7个背景); images must be PNG (PNG 格式), at most 10 MB (不超过10MB) and at least 1920*1080 (分辨率最小为1920*1080). OAuth2.0 is not supported (暂不支持 OAuth2.0 鉴权访问).
///
/// Generated from `schemas/add-meeting-backgrounds.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct AddMeetingBackgroundsRequest {
    /// ID of the meeting creator (会议创建者 ID).
    ///
    /// Wire name `userid`, required.
    /// Rules: not empty; not only whitespace.
    pub userid: ::std::string::String,
    /// Device type ID (设备类型 ID).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
    /// Position in `image_list` of the background the meeting uses (图片列表中会议需要使用的背景图片序号), counting from 1 (从1开始计数); at most the number of entries of `image_list`.
    ///
    /// Wire name `default_image_order`, optional.
    /// Rules: from 1 to 7; at most the number of entries of `image_list`; the service answers error 20026 when broken.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub default_image_order: ::std::option::Option<i64>,
    /// The images (图片对象列表): at least one, and at most 7, as a meeting holds at most 7 backgrounds (一场会议最多添加7个背景; more answer 20018).
    ///
    /// Wire name `image_list`, required.
    /// Rules: 1 to 7 entries; error 20018 when `maxItems` is broken.
    pub image_list: ::std::vec::Vec<BackgroundImage>,
    /// ID of the operator (操作者 ID). Not in the docs: the live API identifies the caller by `operator_id` + `operator_id_type` instead of `userid`; offered as an optional addition.
    ///
    /// Wire name `operator_id`, optional.
    /// Rules: not empty; not only whitespace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator_id: ::std::option::Option<::std::string::String>,
    /// Type of `operator_id` (操作者 ID 的类型): 1 = userid, the only type this endpoint documents. Not in the docs; see `operator_id`.
    ///
    /// Wire name `operator_id_type`, optional.
    /// Rules: one of 1.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator_id_type: ::std::option::Option<crate::OperatorIdType>,
}
impl AddMeetingBackgroundsRequest {
    /// A builder of [`AddMeetingBackgroundsRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::AddMeetingBackgroundsRequestBuilder {
        builders::AddMeetingBackgroundsRequestBuilder {
            userid: builders::missing::add_meeting_backgrounds_request::userid,
            instanceid: builders::missing::add_meeting_backgrounds_request::instanceid,
            default_image_order: ::std::option::Option::None,
            image_list: builders::missing::add_meeting_backgrounds_request::image_list,
            operator_id: ::std::option::Option::None,
            operator_id_type: ::std::option::Option::None,
        }
    }
}
impl AddMeetingBackgroundsRequest {
    /// `userid`: fewest characters (1).
    pub const USERID_MIN_LENGTH: usize = 1usize;
    /// `default_image_order`: the smallest value (1).
    pub const DEFAULT_IMAGE_ORDER_MINIMUM: i64 = 1i64;
    /// `default_image_order`: the largest value (7).
    pub const DEFAULT_IMAGE_ORDER_MAXIMUM: i64 = 7i64;
    /// `image_list`: fewest entries (1).
    pub const IMAGE_LIST_MIN_ITEMS: usize = 1usize;
    /// `image_list`: most entries (7).
    pub const IMAGE_LIST_MAX_ITEMS: usize = 7usize;
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for AddMeetingBackgroundsRequest {
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
        if let ::std::option::Option::Some(value) = &self.default_image_order {
            let path = crate::validate::FieldPath::child_of(
                at,
                "default_image_order",
                crate::ErrorCode::BACKGROUND_ORDER_OUT_OF_RANGE,
            );
            path.check(
                crate::validate::rules::range(
                    *value,
                    1i64,
                    ::std::cmp::min(
                        7i64,
                        i64::try_from(self.image_list.len()).unwrap_or(i64::MAX),
                    ),
                ),
            )?;
        }
        {
            let value = &self.image_list;
            let path = crate::validate::FieldPath::child_of(
                at,
                "image_list",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check_bounds(
                path.code(),
                crate::ErrorCode::BACKGROUND_LIMIT_EXCEEDED,
                crate::validate::rules::count(value.len(), 1usize, 7usize),
            )?;
            for (index, item) in value.iter().enumerate() {
                let path = path.index(index);
                crate::validate::ValidateAt::validate_at(
                    item,
                    ::std::option::Option::Some(&path),
                )?;
            }
        }
        if let ::std::option::Option::Some(value) = &self.operator_id {
            let path = crate::validate::FieldPath::child_of(
                at,
                "operator_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        if let ::std::option::Option::Some(value) = &self.operator_id_type {
            let path = crate::validate::FieldPath::child_of(
                at,
                "operator_id_type",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(
                crate::validate::rules::one_of(i64::from(value.code()), &[1i64]),
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for AddMeetingBackgroundsRequest {
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `POST /v1/meetings/{meeting_id}/backgrounds`: the backgrounds added (新增的会议背景信息). Lenient: the docs mark no output field as required and unknown fields are kept, not lost.
///
/// Generated from `schemas/add-meeting-backgrounds.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct AddMeetingBackgroundsResponse {
    /// Number of backgrounds (背景数量).
    ///
    /// Wire name `background_number`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub background_number: ::std::option::Option<i64>,
    /// ID of the background the meeting uses (会议应用的背景 ID).
    ///
    /// Wire name `selected_background_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub selected_background_id: ::std::option::Option<::std::string::String>,
    /// The backgrounds (背景对象列表).
    ///
    /// Wire name `background_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub background_list: ::std::option::Option<::std::vec::Vec<Background>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl AddMeetingBackgroundsResponse {
    /// A builder of [`AddMeetingBackgroundsResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::AddMeetingBackgroundsResponseBuilder {
        builders::AddMeetingBackgroundsResponseBuilder {
            background_number: ::std::option::Option::None,
            selected_background_id: ::std::option::Option::None,
            background_list: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for AddMeetingBackgroundsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AddMeetingBackgroundsResponse")
            .field("background_number", &self.background_number)
            .field("selected_background_id", &self.selected_background_id)
            .field("background_list", &self.background_list)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A meeting background (背景对象).
///
/// Generated from `schemas/add-meeting-backgrounds.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct Background {
    /// Background ID (背景 ID).
    ///
    /// Wire name `background_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub background_id: ::std::option::Option<::std::string::String>,
    /// MD5 of the background image (背景图片 MD5): the hexadecimal form of the MD5 of the image bytes (图片内容 MD5 的十六进制表示).
    ///
    /// Wire name `image_md5`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub image_md5: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl Background {
    /// A builder of [`Background`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::BackgroundBuilder {
        builders::BackgroundBuilder {
            background_id: ::std::option::Option::None,
            image_md5: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for Background {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Background")
            .field("background_id", &self.background_id)
            .field("image_md5", &self.image_md5)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A background image to add (图片对象). The image itself must be a PNG file (PNG 格式) of at most 10 MB (不超过10MB, read as 10 MiB, the more generous reading: the service has the last word) and at least 1920*1080 pixels (分辨率最小为1920*1080): `x-image-limits`.
///
/// Generated from `schemas/add-meeting-backgrounds.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct BackgroundImage {
    /// MD5 of the background image (背景图片 MD5): the hexadecimal form of the MD5 of the image bytes (图片内容 MD5 的十六进制表示). The docs do not say which case: either is accepted, and it is sent in lower case.
    ///
    /// Wire name `image_md5`, required.
    /// Rules: not empty; 32 hexadecimal digits, either case (sent in lower case).
    #[serde(serialize_with = "crate::validate::rules::serialize_lowercase")]
    pub image_md5: ::std::string::String,
    /// URL of the background image (背景图片 URL): an absolute http or https URL the service downloads the image from.
    ///
    /// Wire name `image_url`, required.
    /// Rules: not empty; an absolute http or https URL; the service answers error 20013 when broken.
    pub image_url: ::std::string::String,
}
impl BackgroundImage {
    /// A builder of [`BackgroundImage`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::BackgroundImageBuilder {
        builders::BackgroundImageBuilder {
            image_md5: builders::missing::background_image::image_md5,
            image_url: builders::missing::background_image::image_url,
        }
    }
}
impl BackgroundImage {
    /// `image_md5`: fewest characters (1).
    pub const IMAGE_MD5_MIN_LENGTH: usize = 1usize;
    /// `image_url`: fewest characters (1).
    pub const IMAGE_URL_MIN_LENGTH: usize = 1usize;
    /// The media type the image must have (`x-image-limits`).
    pub const IMAGE_MEDIA_TYPE: &'static str = "image/png";
    /// Most bytes of the image file (`x-image-limits`).
    pub const IMAGE_MAX_BYTES: usize = 10485760usize;
    /// Fewest pixels across (`x-image-limits`).
    pub const IMAGE_MIN_WIDTH: u32 = 1920u32;
    /// Fewest pixels down (`x-image-limits`).
    pub const IMAGE_MIN_HEIGHT: u32 = 1080u32;
}
impl crate::validate::ValidateAt for BackgroundImage {
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.image_md5;
            let path = crate::validate::FieldPath::child_of(
                at,
                "image_md5",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::md5_hex(value))?;
        }
        {
            let value = &self.image_url;
            let path = crate::validate::FieldPath::child_of(
                at,
                "image_url",
                crate::ErrorCode::BACKGROUND_IMAGE_URL_INVALID,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(
                crate::validate::rules::url(
                    value,
                    ::std::option::Option::Some(&["http", "https"]),
                ),
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for BackgroundImage {
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Path parameters of `POST /v1/meetings/{meeting_id}/cancel` (the docs spell the parameter `{meetingId}`).
///
/// Generated from `schemas/cancel-meeting.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct CancelMeetingPath {
    /// Unique ID of the meeting (会议的唯一 ID), `{meetingId}` in the docs' URL.
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty.
    pub meeting_id: ::std::string::String,
}
impl CancelMeetingPath {
    /// A builder of [`CancelMeetingPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::CancelMeetingPathBuilder {
        builders::CancelMeetingPathBuilder {
            meeting_id: builders::missing::cancel_meeting_path::meeting_id,
        }
    }
    /// A `CancelMeetingPath` with [`meeting_id`](Self::meeting_id) set and every optional field absent.
    pub fn new(meeting_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().meeting_id(meeting_id).build()
    }
}
impl CancelMeetingPath {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for CancelMeetingPath {
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
impl crate::Validate for CancelMeetingPath {
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `POST /v1/meetings/{meeting_id}/cancel`: cancel a meeting (取消会议). The caller may cancel its own meetings and those of an enterprise it administers; enterprise-secret callers any valid meeting created in the enterprise, OAuth 2.0 callers only meetings created through OAuth. A meeting that has started cannot be cancelled (13602), an ended one answers 13603 and a cancelled one 9007. Success is an empty body (成功返回空消息体).
///
/// Generated from `schemas/cancel-meeting.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct CancelMeetingRequest {
    /// ID of the user calling the API (调用 API 的用户 ID): the enterprise's unique user ID (the employee ID of its SSO, or the userid given to create user); OAuth 2.0 callers give their openId.
    ///
    /// Wire name `userid`, required.
    /// Rules: not empty; not only whitespace.
    pub userid: ::std::string::String,
    /// Device type of the user (用户的终端设备类型).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
    /// Reason code (原因代码), which the caller may define (可为用户自定义). The docs give no range.
    ///
    /// Wire name `reason_code`, required.
    pub reason_code: i64,
    /// Meeting kind (会议类型), the wire field `meeting_type`: 0 normal (普通会议), 1 recurring (周期性会议).
    ///
    /// Wire name `meeting_type`, optional.
    /// Documented default: `0`.
    #[serde(
        rename = "meeting_type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub meeting_kind: ::std::option::Option<crate::MeetingKind>,
    /// ID of the sub-meeting of a recurring meeting to cancel (周期性会议子会议 ID); without it the whole recurring series is cancelled (如果不传,则会取消该系列的周期性会议).
    ///
    /// Wire name `sub_meeting_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sub_meeting_id: ::std::option::Option<::std::string::String>,
    /// Detailed reason (详细取消原因描述).
    ///
    /// Wire name `reason_detail`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason_detail: ::std::option::Option<::std::string::String>,
}
impl CancelMeetingRequest {
    /// A builder of [`CancelMeetingRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::CancelMeetingRequestBuilder {
        builders::CancelMeetingRequestBuilder {
            userid: builders::missing::cancel_meeting_request::userid,
            instanceid: builders::missing::cancel_meeting_request::instanceid,
            reason_code: builders::missing::cancel_meeting_request::reason_code,
            meeting_kind: ::std::option::Option::None,
            sub_meeting_id: ::std::option::Option::None,
            reason_detail: ::std::option::Option::None,
        }
    }
}
impl CancelMeetingRequest {
    /// `userid`: fewest characters (1).
    pub const USERID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for CancelMeetingRequest {
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
impl crate::Validate for CancelMeetingRequest {
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `POST /v1/meetings`: create (schedule) a meeting (创建/预定会议).
///
/// Generated from `schemas/create-meeting.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Eq, PartialEq)]
#[non_exhaustive]
pub struct CreateMeetingRequest {
    /// Unique ID the caller uses to identify the user (调用方用于标示用户的唯一 ID), for example an enterprise account name or a personal user's phone number.
    ///
    /// Wire name `userid`, required.
    /// Rules: not empty; not only whitespace.
    pub userid: ::std::string::String,
    /// Device type of the user (用户的终端设备类型).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
    /// Meeting subject (会议主题). Needed in request and response; the caller must make sure the string is well-formed, and the docs recommend Base64-encoding it before sending and decoding it on receipt (建议采用 Base64 编码后带入请求). Limit: at most 128 bytes after Base64 encoding (Base64 编码后长度不超过128个字节): the limit applies to the subject as sent, so a subject Base64-encoded as recommended may have 128 bytes of Base64.
    ///
    /// Wire name `subject`, required.
    /// Rules: not empty; not only whitespace; at most 128 bytes (UTF-8, as sent).
    pub subject: ::std::string::String,
    /// Meeting type (会议类型): 0 scheduled (预约会议), 1 quick (快速会议). No other type exists for this field (recurring meetings use another one), so any other code is refused.
    ///
    /// Wire name `type`, required.
    /// Rules: one of 0, 1.
    #[serde(rename = "type")]
    pub meeting_type: crate::MeetingType,
    /// User IDs of the meeting hosts (会议主持人的用户 ID). When absent the host is the `userid` above, the API caller. The docs type it as an array of strings; a `UserObj` is accepted too.
    ///
    /// Wire name `hosts`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub hosts: ::std::option::Option<::std::vec::Vec<crate::User>>,
    /// Invited participants (会邀请的参会者); may be empty (可为空). The docs type it as an array of strings; a `UserObj` is accepted too.
    ///
    /// Wire name `invitees`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub invitees: ::std::option::Option<::std::vec::Vec<crate::User>>,
    /// Meeting start timestamp in seconds (会议开始时间戳，单位秒).
    ///
    /// Wire name `start_time`, required.
    pub start_time: crate::UnixSeconds,
    /// Meeting end timestamp in seconds (会议结束时间戳，单位秒); later than `start_time`.
    ///
    /// Wire name `end_time`, required.
    /// Rules: greater than `start_time`.
    pub end_time: crate::UnixSeconds,
    /// Meeting password (会议密码); may be left out (可不填).
    ///
    /// Wire name `password`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub password: ::std::option::Option<::std::string::String>,
    /// Media settings of the meeting (会议媒体参数配置).
    ///
    /// Wire name `settings`, required.
    pub settings: Settings,
}
impl CreateMeetingRequest {
    /// A builder of [`CreateMeetingRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::CreateMeetingRequestBuilder {
        builders::CreateMeetingRequestBuilder {
            userid: builders::missing::create_meeting_request::userid,
            instanceid: builders::missing::create_meeting_request::instanceid,
            subject: builders::missing::create_meeting_request::subject,
            meeting_type: builders::missing::create_meeting_request::meeting_type,
            hosts: ::std::option::Option::None,
            invitees: ::std::option::Option::None,
            start_time: builders::missing::create_meeting_request::start_time,
            end_time: builders::missing::create_meeting_request::end_time,
            password: ::std::option::Option::None,
            settings: builders::missing::create_meeting_request::settings,
        }
    }
}
impl ::std::fmt::Debug for CreateMeetingRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateMeetingRequest")
            .field("userid", &self.userid)
            .field("instanceid", &self.instanceid)
            .field("subject", &self.subject)
            .field("meeting_type", &self.meeting_type)
            .field("hosts", &self.hosts)
            .field("invitees", &self.invitees)
            .field("start_time", &self.start_time)
            .field("end_time", &self.end_time)
            .field(
                "password",
                &self.password.as_ref().map(|_| crate::redacted::Redacted),
            )
            .field("settings", &self.settings)
            .finish()
    }
}
impl CreateMeetingRequest {
    /// `userid`: fewest characters (1).
    pub const USERID_MIN_LENGTH: usize = 1usize;
    /// `subject`: fewest characters (1).
    pub const SUBJECT_MIN_LENGTH: usize = 1usize;
    /// `subject`: most bytes of UTF-8, as sent (128).
    pub const SUBJECT_MAX_BYTES: usize = 128usize;
}
impl crate::validate::ValidateAt for CreateMeetingRequest {
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
            let value = &self.subject;
            let path = crate::validate::FieldPath::child_of(
                at,
                "subject",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
            path.check(crate::validate::rules::max_bytes(value, 128usize))?;
        }
        {
            let value = &self.meeting_type;
            let path = crate::validate::FieldPath::child_of(
                at,
                "type",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(
                crate::validate::rules::one_of(i64::from(value.code()), &[0i64, 1i64]),
            )?;
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
        if let ::std::option::Option::Some(value) = &self.invitees {
            let path = crate::validate::FieldPath::child_of(
                at,
                "invitees",
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
        {
            let value = &self.end_time;
            let path = crate::validate::FieldPath::child_of(
                at,
                "end_time",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(
                crate::validate::rules::after(
                    "start_time",
                    crate::validate::Ordered::ordinal(&self.start_time),
                    crate::validate::Ordered::ordinal(value),
                ),
            )?;
        }
        {
            let value = &self.settings;
            let path = crate::validate::FieldPath::child_of(
                at,
                "settings",
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
impl crate::Validate for CreateMeetingRequest {
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `POST /v1/meetings`. Lenient: the docs mark no output field as required; unknown fields are kept, not lost.
///
/// Generated from `schemas/create-meeting.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct CreateMeetingResponse {
    /// Number of meetings (会议数量).
    ///
    /// Wire name `meeting_number`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_number: ::std::option::Option<i64>,
    /// The scheduled meetings (预约会议列表).
    ///
    /// Wire name `meeting_info_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info_list: ::std::option::Option<::std::vec::Vec<MeetingInfo>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl CreateMeetingResponse {
    /// A builder of [`CreateMeetingResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::CreateMeetingResponseBuilder {
        builders::CreateMeetingResponseBuilder {
            meeting_number: ::std::option::Option::None,
            meeting_info_list: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for CreateMeetingResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateMeetingResponse")
            .field("meeting_number", &self.meeting_number)
            .field("meeting_info_list", &self.meeting_info_list)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// What went wrong (错误信息).
///
/// Generated from `schemas/error.response.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct ErrorInfo {
    /// Error code (错误码), for example 190004 for an invalid parameter.
    ///
    /// Wire name `error_code`, required.
    pub error_code: i64,
    /// Newer error code (新错误码). Sometimes absent.
    ///
    /// Wire name `new_error_code`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub new_error_code: ::std::option::Option<i64>,
    /// Error message (错误信息).
    ///
    /// Wire name `message`, required.
    pub message: ::std::string::String,
}
impl ErrorInfo {
    /// A builder of [`ErrorInfo`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ErrorInfoBuilder {
        builders::ErrorInfoBuilder {
            error_code: builders::missing::error_info::error_code,
            new_error_code: ::std::option::Option::None,
            message: builders::missing::error_info::message,
        }
    }
}
/// The body of a failed call (HTTP status >= 300): an error code (错误码) and message (错误信息). Lenient: unknown fields are ignored.
///
/// Generated from `schemas/error.response.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct ErrorResponse {
    /// What went wrong (错误信息).
    ///
    /// Wire name `error_info`, required.
    pub error_info: ErrorInfo,
}
impl ErrorResponse {
    /// A builder of [`ErrorResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ErrorResponseBuilder {
        builders::ErrorResponseBuilder {
            error_info: builders::missing::error_response::error_info,
        }
    }
    /// A `ErrorResponse` with [`error_info`](Self::error_info) set and every optional field absent.
    pub fn new(error_info: impl ::std::convert::Into<ErrorInfo>) -> Self {
        Self::builder().error_info(error_info).build()
    }
}
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
    pub meeting_create_from: ::std::option::Option<crate::MeetingCreateFrom>,
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
/// Path parameters of `GET /v1/meetings/{meeting_id}` (the docs spell the parameter `{meetingId}`).
///
/// Generated from `schemas/get-meeting.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetMeetingPath {
    /// A valid meeting ID (有效的会议 ID), `{meetingId}` in the docs' URL.
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty.
    pub meeting_id: ::std::string::String,
}
impl GetMeetingPath {
    /// A builder of [`GetMeetingPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetMeetingPathBuilder {
        builders::GetMeetingPathBuilder {
            meeting_id: builders::missing::get_meeting_path::meeting_id,
        }
    }
    /// A `GetMeetingPath` with [`meeting_id`](Self::meeting_id) set and every optional field absent.
    pub fn new(meeting_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().meeting_id(meeting_id).build()
    }
}
impl GetMeetingPath {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetMeetingPath {
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
impl crate::Validate for GetMeetingPath {
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Query string of `GET /v1/meetings/{meeting_id}`: get a meeting by its ID (通过会议 ID 查询). The current docs identify the caller by `operator_id` and `operator_id_type` (1 userid, 2 openid, 3 rooms_id); older versions by `userid`, still accepted as an optional addition. Enterprise-secret callers may query any meeting created in the enterprise, OAuth 2.0 callers only meetings created through OAuth. One-off meetings (一次性会议) more than an hour past their scheduled end, or ended, are not returned, nor other meetings more than 30 days past their scheduled end.
///
/// Generated from `schemas/get-meeting.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetMeetingRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, 3 rooms_id, all three valid here.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// Device type of the user (用户的终端设备类型).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
    /// Unique ID the caller uses to identify the user (调用方用于标示用户的唯一 ID): the older docs' caller identification (an enterprise userid, or an openid for OAuth callers), required there; the current docs replace it with `operator_id` and `operator_id_type` (where both are given, `operator_id` wins: 二者必填一项,以 operator_id 为准). Offered as an optional addition.
    ///
    /// Wire name `userid`, optional.
    /// Rules: not empty; not only whitespace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userid: ::std::option::Option<::std::string::String>,
}
impl GetMeetingRequest {
    /// A builder of [`GetMeetingRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetMeetingRequestBuilder {
        builders::GetMeetingRequestBuilder {
            operator_id: builders::missing::get_meeting_request::operator_id,
            operator_id_type: builders::missing::get_meeting_request::operator_id_type,
            instanceid: builders::missing::get_meeting_request::instanceid,
            userid: ::std::option::Option::None,
        }
    }
}
impl GetMeetingRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `userid`: fewest characters (1).
    pub const USERID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetMeetingRequest {
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
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for GetMeetingRequest {
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/meetings/{meeting_id}`: the meeting (会议列表). Lenient: the docs mark no output field as required; unknown fields are kept, not lost. Every field of the docs' tables is a property, and the fields of the official SDKs' models too; where the docs' examples name a field otherwise than their tables, both names are properties.
///
/// Generated from `schemas/get-meeting.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetMeetingResponse {
    /// Number of meetings (会议数量).
    ///
    /// Wire name `meeting_number`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_number: ::std::option::Option<i64>,
    /// The meetings (会议列表).
    ///
    /// Wire name `meeting_info_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info_list: ::std::option::Option<::std::vec::Vec<MeetingDetail>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl GetMeetingResponse {
    /// A builder of [`GetMeetingResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetMeetingResponseBuilder {
        builders::GetMeetingResponseBuilder {
            meeting_number: ::std::option::Option::None,
            meeting_info_list: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for GetMeetingResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetMeetingResponse")
            .field("meeting_number", &self.meeting_number)
            .field("meeting_info_list", &self.meeting_info_list)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Path parameters of `GET /v1/meetings/{meeting_id}/live-play/push-stream-info`.
///
/// Generated from `schemas/get-push-stream-info.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetPushStreamInfoPath {
    /// Meeting ID (会议 ID).
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty.
    pub meeting_id: ::std::string::String,
}
impl GetPushStreamInfoPath {
    /// A builder of [`GetPushStreamInfoPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetPushStreamInfoPathBuilder {
        builders::GetPushStreamInfoPathBuilder {
            meeting_id: builders::missing::get_push_stream_info_path::meeting_id,
        }
    }
    /// A `GetPushStreamInfoPath` with [`meeting_id`](Self::meeting_id) set and every optional field absent.
    pub fn new(meeting_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().meeting_id(meeting_id).build()
    }
}
impl GetPushStreamInfoPath {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetPushStreamInfoPath {
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
impl crate::Validate for GetPushStreamInfoPath {
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Query string of `GET /v1/meetings/{meeting_id}/live-play/push-stream-info` (`live-play` with a hyphen, unlike the `live_play` of set live-stream address): read the live-stream push addresses of a meeting (查询直播推流地址), before, during or after it (会前、会中和会后). Callable by the meeting's creator, hosts and co-hosts (会议创建者、主持人与联席主持人): before the meeting by its creator only, during it by its host only. OAuth2.0 is not supported. The docs' example shows the parameters both in the query string and as a JSON body; a GET sends the query string only.
///
/// Generated from `schemas/get-push-stream-info.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetPushStreamInfoRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 = userid, the only type this endpoint documents.
    ///
    /// Wire name `operator_id_type`, required.
    /// Rules: one of 1.
    pub operator_id_type: crate::OperatorIdType,
    /// Device type of the meeting's creating userid (用户的终端设备类型); it does not change the device used to join, and 1 will do where unknown (缺省可填1).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
}
impl GetPushStreamInfoRequest {
    /// A builder of [`GetPushStreamInfoRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetPushStreamInfoRequestBuilder {
        builders::GetPushStreamInfoRequestBuilder {
            operator_id: builders::missing::get_push_stream_info_request::operator_id,
            operator_id_type: builders::missing::get_push_stream_info_request::operator_id_type,
            instanceid: builders::missing::get_push_stream_info_request::instanceid,
        }
    }
}
impl GetPushStreamInfoRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetPushStreamInfoRequest {
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
            let value = &self.operator_id_type;
            let path = crate::validate::FieldPath::child_of(
                at,
                "operator_id_type",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(
                crate::validate::rules::one_of(i64::from(value.code()), &[1i64]),
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for GetPushStreamInfoRequest {
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/meetings/{meeting_id}/live-play/push-stream-info`: the push addresses the meeting holds (直播推流信息). Lenient: the docs mark no output field as required; unknown fields are kept, not lost. The docs' output example is cut off inside the first `push_address`; the example here completes it minimally, with the address of the same entry in the set live-stream address example (same name, type and key) and the closing brackets.
///
/// Generated from `schemas/get-push-stream-info.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetPushStreamInfoResponse {
    /// The push-stream entries (直播推流信息 对象列表).
    ///
    /// Wire name `push_stream_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub push_stream_info: ::std::option::Option<::std::vec::Vec<PushStreamEntry>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl GetPushStreamInfoResponse {
    /// A builder of [`GetPushStreamInfoResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetPushStreamInfoResponseBuilder {
        builders::GetPushStreamInfoResponseBuilder {
            push_stream_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for GetPushStreamInfoResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetPushStreamInfoResponse")
            .field("push_stream_info", &self.push_stream_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A guest of the meeting (会议嘉宾).
///
/// Generated from `schemas/get-meeting.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct Guest {
    /// Country or area code (国家/地区代码) without `+` or `00`, e.g. `86`.
    ///
    /// Wire name `area`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub area: ::std::option::Option<::std::string::String>,
    /// Phone number (手机号).
    ///
    /// Wire name `phone_number`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone_number: ::std::option::Option<::std::string::String>,
    /// Name of the guest (嘉宾名称).
    ///
    /// Wire name `guest_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub guest_name: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl Guest {
    /// A builder of [`Guest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GuestBuilder {
        builders::GuestBuilder {
            area: ::std::option::Option::None,
            phone_number: ::std::option::Option::None,
            guest_name: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for Guest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Guest")
            .field("area", &self.area)
            .field("phone_number", &self.phone_number)
            .field("guest_name", &self.guest_name)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Live-stream configuration of a meeting (直播信息对象).
///
/// Generated from `schemas/get-meeting.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct LiveConfig {
    /// Live-stream subject (直播主题).
    ///
    /// Wire name `live_subject`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub live_subject: ::std::option::Option<::std::string::String>,
    /// Live-stream summary (直播简介).
    ///
    /// Wire name `live_summary`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub live_summary: ::std::option::Option<::std::string::String>,
    /// Live-stream password (直播密码).
    ///
    /// Wire name `live_password`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub live_password: ::std::option::Option<::std::string::String>,
    /// Live interaction on (是否开启直播互动).
    ///
    /// Wire name `enable_live_im`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_live_im: ::std::option::Option<bool>,
    /// Live replay on (是否开启直播回放).
    ///
    /// Wire name `enable_live_replay`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_live_replay: ::std::option::Option<bool>,
    /// Address to watch the live stream (直播观看地址).
    ///
    /// Wire name `live_addr`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub live_addr: ::std::option::Option<::std::string::String>,
    /// Watermark of the live stream (直播水印对象).
    ///
    /// Wire name `live_watermark`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub live_watermark: ::std::option::Option<LiveWatermark>,
    /// Whether the live stream has a password (是否开启直播密码). In the official Go SDK's list and create models, not its get model.
    ///
    /// Wire name `enable_live_password`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_live_password: ::std::option::Option<bool>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl LiveConfig {
    /// A builder of [`LiveConfig`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::LiveConfigBuilder {
        builders::LiveConfigBuilder {
            live_subject: ::std::option::Option::None,
            live_summary: ::std::option::Option::None,
            live_password: ::std::option::Option::None,
            enable_live_im: ::std::option::Option::None,
            enable_live_replay: ::std::option::Option::None,
            live_addr: ::std::option::Option::None,
            live_watermark: ::std::option::Option::None,
            enable_live_password: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for LiveConfig {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LiveConfig")
            .field("live_subject", &self.live_subject)
            .field("live_summary", &self.live_summary)
            .field(
                "live_password",
                &self.live_password.as_ref().map(|_| crate::redacted::Redacted),
            )
            .field("enable_live_im", &self.enable_live_im)
            .field("enable_live_replay", &self.enable_live_replay)
            .field("live_addr", &self.live_addr)
            .field("live_watermark", &self.live_watermark)
            .field("enable_live_password", &self.enable_live_password)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Watermark of a live stream (直播水印对象).
///
/// Generated from `schemas/get-meeting.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct LiveWatermark {
    /// Watermark (水印选项): 0 the default watermark (默认水印, the default), 1 none (无水印).
    ///
    /// Wire name `watermark_opt`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub watermark_opt: ::std::option::Option<i64>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl LiveWatermark {
    /// A builder of [`LiveWatermark`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::LiveWatermarkBuilder {
        builders::LiveWatermarkBuilder {
            watermark_opt: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for LiveWatermark {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LiveWatermark")
            .field("watermark_opt", &self.watermark_opt)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
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
    pub medium_type: ::std::option::Option<crate::MediumType>,
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
/// A meeting as get meeting reports it (会议对象). Some fields are returned only to the meeting's creator (or its hosts), as each says.
///
/// Generated from `schemas/get-meeting.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingDetail {
    /// Meeting subject (会议主题).
    ///
    /// Wire name `subject`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub subject: ::std::option::Option<::std::string::String>,
    /// Unique identifier of the meeting (会议的唯一标识).
    ///
    /// Wire name `meeting_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_id: ::std::option::Option<::std::string::String>,
    /// Meeting number used to join in the app (会议 App 的呼入号码).
    ///
    /// Wire name `meeting_code`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_code: ::std::option::Option<::std::string::String>,
    /// Meeting password (会议密码). The current docs return it only when `operator_id` is the meeting's creator.
    ///
    /// Wire name `password`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub password: ::std::option::Option<::std::string::String>,
    /// Whether someone other than the creator needs a password to join (非会议创建者是否需要密码入会): returned (true) only when someone other than the creator queries a meeting that has a password, absent otherwise.
    ///
    /// Wire name `need_password`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub need_password: ::std::option::Option<bool>,
    /// Current state of the meeting (当前会议状态).
    ///
    /// Wire name `status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<crate::MeetingStatus>,
    /// Meeting type (会议类型), the wire field `type`: 0 scheduled (预约会议), 1 quick (快速会议). Not `meeting_type` (normal or recurring, the field `meeting_kind`).
    ///
    /// Wire name `type`, optional.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_type: ::std::option::Option<crate::MeetingType>,
    /// URL to join the meeting (加入会议 URL): with it anyone can join, so `Debug` hides it.
    ///
    /// Wire name `join_url`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub join_url: ::std::option::Option<::std::string::String>,
    /// Designated hosts (指定主持人列表); only business and enterprise editions can designate hosts.
    ///
    /// Wire name `hosts`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub hosts: ::std::option::Option<::std::vec::Vec<crate::User>>,
    /// Current hosts of the meeting (会议当前主持人列表).
    ///
    /// Wire name `current_hosts`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub current_hosts: ::std::option::Option<::std::vec::Vec<crate::User>>,
    /// Co-hosts of the meeting (联席主持人列表).
    ///
    /// Wire name `current_co_hosts`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub current_co_hosts: ::std::option::Option<::std::vec::Vec<crate::User>>,
    /// Invited participants (邀请的参会者): business and enterprise editions only, visible only to the creator, the invitees and the members in the meeting. The table says at most 200 are returned, the text that the limit was raised to 300 (邀请参会成员限制调整至300人).
    ///
    /// Wire name `participants`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub participants: ::std::option::Option<::std::vec::Vec<crate::User>>,
    /// Meeting start time in Unix seconds (会议开始时间戳，单位秒), a string of decimal digits.
    ///
    /// Wire name `start_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub start_time: ::std::option::Option<crate::UnixSeconds>,
    /// Meeting end time in Unix seconds (会议结束时间戳，单位秒), a string of decimal digits.
    ///
    /// Wire name `end_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub end_time: ::std::option::Option<crate::UnixSeconds>,
    /// Settings of the meeting (会议的配置).
    ///
    /// Wire name `settings`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub settings: ::std::option::Option<MeetingDetailSettings>,
    /// Meeting kind (会议类型), the wire field `meeting_type`: 0 normal (普通会议), 1 recurring (周期性会议). Not `type` (scheduled or quick, the field `meeting_type`).
    ///
    /// Wire name `meeting_type`, optional.
    #[serde(
        rename = "meeting_type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub meeting_kind: ::std::option::Option<crate::MeetingKind>,
    /// Recurrence of a recurring meeting (周期性会议设置).
    ///
    /// Wire name `recurring_rule`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub recurring_rule: ::std::option::Option<RecurringRule>,
    /// Sub-meetings of a recurring meeting (周期性子会议列表).
    ///
    /// Wire name `sub_meetings`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sub_meetings: ::std::option::Option<::std::vec::Vec<SubMeeting>>,
    /// Whether more sub-meetings with exceptions exist (是否还有更多子会议特例): 0 no, 1 yes; the name of the docs' table and the SDKs. The docs' example names it `has_more_sub_meetings`: both are decoded.
    ///
    /// Wire name `has_more_sub_meeting`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub has_more_sub_meeting: ::std::option::Option<i64>,
    /// Whether more sub-meetings with exceptions exist (是否还有更多子会议特例): 0 no, 1 yes; the name of the docs' example. Their table names it `has_more_sub_meeting`: both are decoded.
    ///
    /// Wire name `has_more_sub_meetings`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub has_more_sub_meetings: ::std::option::Option<i64>,
    /// Number of sub-meetings left (剩余子会议场数).
    ///
    /// Wire name `remain_sub_meetings`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub remain_sub_meetings: ::std::option::Option<i64>,
    /// ID of the current sub-meeting (当前子会议 ID): the one in progress, or else the next one.
    ///
    /// Wire name `current_sub_meeting_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub current_sub_meeting_id: ::std::option::Option<::std::string::String>,
    /// Whether live streaming is on (是否开启直播); returned to the creator only.
    ///
    /// Wire name `enable_live`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_live: ::std::option::Option<bool>,
    /// Live-stream configuration (直播配置); returned to the creator only.
    ///
    /// Wire name `live_config`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub live_config: ::std::option::Option<LiveConfig>,
    /// Whether members may upload documents (是否允许成员上传文档); allowed by default.
    ///
    /// Wire name `enable_doc_upload_permission`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_doc_upload_permission: ::std::option::Option<bool>,
    /// Guests of the meeting (会议嘉宾列表); returned to the creator only.
    ///
    /// Wire name `guests`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub guests: ::std::option::Option<::std::vec::Vec<Guest>>,
    /// Whether the meeting has votes (是否有投票); returned to the creator and hosts only.
    ///
    /// Wire name `has_vote`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub has_vote: ::std::option::Option<bool>,
    /// Whether registration is on (是否开启报名). From the official SDKs' model; no doc text.
    ///
    /// Wire name `enable_enroll`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_enroll: ::std::option::Option<bool>,
    /// Whether the host key is on (是否启用主持人密钥). From the official SDKs' model; no doc text.
    ///
    /// Wire name `enable_host_key`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_host_key: ::std::option::Option<bool>,
    /// Host key (主持人密钥), 6 digits. For a recurring meeting it is fixed per occurrence and can be fetched only once per occurrence. From the official SDKs' model.
    ///
    /// Wire name `host_key`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub host_key: ::std::option::Option<::std::string::String>,
    /// Location of the meeting (会议地点). From the official SDKs' model; no doc text.
    ///
    /// Wire name `location`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub location: ::std::option::Option<::std::string::String>,
    /// Whether the meeting is synced to WeCom (是否同步至企业微信). From the official SDKs' model; no doc text.
    ///
    /// Wire name `sync_to_wework`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sync_to_wework: ::std::option::Option<bool>,
    /// Time zone (时区), an Oracle time-zone name. From the official SDKs' model; no doc text.
    ///
    /// Wire name `time_zone`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub time_zone: ::std::option::Option<::std::string::String>,
    /// Hybrid-cloud enterprises only: 0 a public-network meeting (公网会议), 1 a private-network meeting (专网会议). From the official Python and Java SDKs' model.
    ///
    /// Wire name `media_set_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub media_set_type: ::std::option::Option<i64>,
    /// Whether only the enterprise intranet may join (是否仅企业内网可入会), returned for hybrid-cloud enterprises (混合云企业会返回). From the official Python and Java SDKs' model.
    ///
    /// Wire name `allow_enterprise_intranet_only`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_enterprise_intranet_only: ::std::option::Option<bool>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl MeetingDetail {
    /// A builder of [`MeetingDetail`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingDetailBuilder {
        builders::MeetingDetailBuilder {
            subject: ::std::option::Option::None,
            meeting_id: ::std::option::Option::None,
            meeting_code: ::std::option::Option::None,
            password: ::std::option::Option::None,
            need_password: ::std::option::Option::None,
            status: ::std::option::Option::None,
            meeting_type: ::std::option::Option::None,
            join_url: ::std::option::Option::None,
            hosts: ::std::option::Option::None,
            current_hosts: ::std::option::Option::None,
            current_co_hosts: ::std::option::Option::None,
            participants: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
            settings: ::std::option::Option::None,
            meeting_kind: ::std::option::Option::None,
            recurring_rule: ::std::option::Option::None,
            sub_meetings: ::std::option::Option::None,
            has_more_sub_meeting: ::std::option::Option::None,
            has_more_sub_meetings: ::std::option::Option::None,
            remain_sub_meetings: ::std::option::Option::None,
            current_sub_meeting_id: ::std::option::Option::None,
            enable_live: ::std::option::Option::None,
            live_config: ::std::option::Option::None,
            enable_doc_upload_permission: ::std::option::Option::None,
            guests: ::std::option::Option::None,
            has_vote: ::std::option::Option::None,
            enable_enroll: ::std::option::Option::None,
            enable_host_key: ::std::option::Option::None,
            host_key: ::std::option::Option::None,
            location: ::std::option::Option::None,
            sync_to_wework: ::std::option::Option::None,
            time_zone: ::std::option::Option::None,
            media_set_type: ::std::option::Option::None,
            allow_enterprise_intranet_only: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingDetail {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingDetail")
            .field("subject", &self.subject)
            .field("meeting_id", &self.meeting_id)
            .field("meeting_code", &self.meeting_code)
            .field(
                "password",
                &self.password.as_ref().map(|_| crate::redacted::Redacted),
            )
            .field("need_password", &self.need_password)
            .field("status", &self.status)
            .field("meeting_type", &self.meeting_type)
            .field(
                "join_url",
                &self.join_url.as_ref().map(|_| crate::redacted::Redacted),
            )
            .field("hosts", &self.hosts)
            .field("current_hosts", &self.current_hosts)
            .field("current_co_hosts", &self.current_co_hosts)
            .field("participants", &self.participants)
            .field("start_time", &self.start_time)
            .field("end_time", &self.end_time)
            .field("settings", &self.settings)
            .field("meeting_kind", &self.meeting_kind)
            .field("recurring_rule", &self.recurring_rule)
            .field("sub_meetings", &self.sub_meetings)
            .field("has_more_sub_meeting", &self.has_more_sub_meeting)
            .field("has_more_sub_meetings", &self.has_more_sub_meetings)
            .field("remain_sub_meetings", &self.remain_sub_meetings)
            .field("current_sub_meeting_id", &self.current_sub_meeting_id)
            .field("enable_live", &self.enable_live)
            .field("live_config", &self.live_config)
            .field("enable_doc_upload_permission", &self.enable_doc_upload_permission)
            .field("guests", &self.guests)
            .field("has_vote", &self.has_vote)
            .field("enable_enroll", &self.enable_enroll)
            .field("enable_host_key", &self.enable_host_key)
            .field(
                "host_key",
                &self.host_key.as_ref().map(|_| crate::redacted::Redacted),
            )
            .field("location", &self.location)
            .field("sync_to_wework", &self.sync_to_wework)
            .field("time_zone", &self.time_zone)
            .field("media_set_type", &self.media_set_type)
            .field(
                "allow_enterprise_intranet_only",
                &self.allow_enterprise_intranet_only,
            )
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Media settings of a meeting (会议媒体参数对象), as get meeting reports them. Where the docs' example names a field otherwise than their table (`only_enterprise_user_allowed`), both names are properties; the example's `play_ivr_on_leave` is one too.
///
/// Generated from `schemas/get-meeting.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingDetailSettings {
    /// Participants join muted (加入静音状态).
    ///
    /// Wire name `mute_enable_join`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mute_enable_join: ::std::option::Option<bool>,
    /// Participants may unmute themselves (静音自解除允许).
    ///
    /// Wire name `allow_unmute_self`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_unmute_self: ::std::option::Option<bool>,
    /// Members may join before the host (允许成员在主持人进会前入会).
    ///
    /// Wire name `allow_in_before_host`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_in_before_host: ::std::option::Option<bool>,
    /// Waiting room on (开启等候室).
    ///
    /// Wire name `auto_in_waiting_room`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub auto_in_waiting_room: ::std::option::Option<bool>,
    /// Screen-share watermark on (开启屏幕共享水印).
    ///
    /// Wire name `allow_screen_shared_watermark`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_screen_shared_watermark: ::std::option::Option<bool>,
    /// Watermark style (水印样式): 0 a single line (单排, the default), 1 several lines (多排).
    ///
    /// Wire name `water_mark_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub water_mark_type: ::std::option::Option<i64>,
    /// Only members of the enterprise may join (是否仅企业内部成员可入会), under the name of the docs' table. Their example names it `only_enterprise_user_allowed`: both are decoded.
    ///
    /// Wire name `only_allow_enterprise_user_join`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub only_allow_enterprise_user_join: ::std::option::Option<bool>,
    /// Only members of the enterprise may join (是否仅企业内部成员可入会), under the name of the docs' example. Their table names it `only_allow_enterprise_user_join`: both are decoded.
    ///
    /// Wire name `only_enterprise_user_allowed`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub only_enterprise_user_allowed: ::std::option::Option<bool>,
    /// Automatic recording (自动会议录制类型): `none`, `local` or `cloud`; clients from version 2.7.
    ///
    /// Wire name `auto_record_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub auto_record_type: ::std::option::Option<::std::string::String>,
    /// Cloud recording starts when any participant joins (有参会成员入会时立即开启云录制); false (the default) starts it when the host joins. Needs `auto_record_type` `cloud`.
    ///
    /// Wire name `participant_join_auto_record`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub participant_join_auto_record: ::std::option::Option<bool>,
    /// The host may pause or stop cloud recording (允许主持人暂停或者停止云录制); true by default. Needs `auto_record_type` `cloud`.
    ///
    /// Wire name `enable_host_pause_auto_record`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_host_pause_auto_record: ::std::option::Option<bool>,
    /// Mute on join (成员入会静音设置): 0 off, 1 on, 2 on once more than 6 people are in (超过6人自动开启); wins over `mute_enable_join`. From the official SDKs' model.
    ///
    /// Wire name `mute_enable_type_join`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mute_enable_type_join: ::std::option::Option<i64>,
    /// Who may join (成员入会限制): 1 everyone, 2 invitees only, 3 members of the enterprise only; wins over `only_allow_enterprise_user_join`. From the official SDKs' model.
    ///
    /// Wire name `only_user_join_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub only_user_join_type: ::std::option::Option<i64>,
    /// Whether participants may rename themselves (允许参会者自行改名): 1 yes (the default), 2 no. From the official Go SDK's model.
    ///
    /// Wire name `change_nickname`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub change_nickname: ::std::option::Option<i64>,
    /// Joining from several devices allowed (是否允许多端入会). From the official Python and Java SDKs' model.
    ///
    /// Wire name `allow_multi_device`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_multi_device: ::std::option::Option<bool>,
    /// Automatic transcription (自动转写) on; off by default. From the official Python and Java SDKs' model.
    ///
    /// Wire name `auto_asr`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub auto_asr: ::std::option::Option<bool>,
    /// The transcription sidebar opens for the host (主持人入会自动打开转写侧边栏), only when `auto_asr` is on. From the official Python and Java SDKs' model.
    ///
    /// Wire name `open_asr_view`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub open_asr_view: ::std::option::Option<bool>,
    /// Play a tone when a participant leaves (参会者离开时播放提示音): in the docs' example, not in their table.
    ///
    /// Wire name `play_ivr_on_leave`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub play_ivr_on_leave: ::std::option::Option<bool>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl MeetingDetailSettings {
    /// A builder of [`MeetingDetailSettings`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingDetailSettingsBuilder {
        builders::MeetingDetailSettingsBuilder {
            mute_enable_join: ::std::option::Option::None,
            allow_unmute_self: ::std::option::Option::None,
            allow_in_before_host: ::std::option::Option::None,
            auto_in_waiting_room: ::std::option::Option::None,
            allow_screen_shared_watermark: ::std::option::Option::None,
            water_mark_type: ::std::option::Option::None,
            only_allow_enterprise_user_join: ::std::option::Option::None,
            only_enterprise_user_allowed: ::std::option::Option::None,
            auto_record_type: ::std::option::Option::None,
            participant_join_auto_record: ::std::option::Option::None,
            enable_host_pause_auto_record: ::std::option::Option::None,
            mute_enable_type_join: ::std::option::Option::None,
            only_user_join_type: ::std::option::Option::None,
            change_nickname: ::std::option::Option::None,
            allow_multi_device: ::std::option::Option::None,
            auto_asr: ::std::option::Option::None,
            open_asr_view: ::std::option::Option::None,
            play_ivr_on_leave: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingDetailSettings {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingDetailSettings")
            .field("mute_enable_join", &self.mute_enable_join)
            .field("allow_unmute_self", &self.allow_unmute_self)
            .field("allow_in_before_host", &self.allow_in_before_host)
            .field("auto_in_waiting_room", &self.auto_in_waiting_room)
            .field("allow_screen_shared_watermark", &self.allow_screen_shared_watermark)
            .field("water_mark_type", &self.water_mark_type)
            .field(
                "only_allow_enterprise_user_join",
                &self.only_allow_enterprise_user_join,
            )
            .field("only_enterprise_user_allowed", &self.only_enterprise_user_allowed)
            .field("auto_record_type", &self.auto_record_type)
            .field("participant_join_auto_record", &self.participant_join_auto_record)
            .field("enable_host_pause_auto_record", &self.enable_host_pause_auto_record)
            .field("mute_enable_type_join", &self.mute_enable_type_join)
            .field("only_user_join_type", &self.only_user_join_type)
            .field("change_nickname", &self.change_nickname)
            .field("allow_multi_device", &self.allow_multi_device)
            .field("auto_asr", &self.auto_asr)
            .field("open_asr_view", &self.open_asr_view)
            .field("play_ivr_on_leave", &self.play_ivr_on_leave)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A created meeting (会议对象).
///
/// Generated from `schemas/create-meeting.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingInfo {
    /// Meeting subject (会议主题).
    ///
    /// Wire name `subject`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub subject: ::std::option::Option<::std::string::String>,
    /// Unique identifier of the meeting (会议的唯一标示).
    ///
    /// Wire name `meeting_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_id: ::std::option::Option<::std::string::String>,
    /// Dial-in number of the meeting app (会议 App 的呼入号码).
    ///
    /// Wire name `meeting_code`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_code: ::std::option::Option<::std::string::String>,
    /// Meeting password (会议密码).
    ///
    /// Wire name `password`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub password: ::std::option::Option<::std::string::String>,
    /// Meeting hosts (会议主持人列表). The docs type it as an array of strings; a `UserObj` is accepted too.
    ///
    /// Wire name `hosts`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub hosts: ::std::option::Option<::std::vec::Vec<crate::User>>,
    /// Invited participants (邀请的参会者), under the name of the docs' table. The docs' example names it `ParticipantsList`: both are decoded.
    ///
    /// Wire name `participants`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub participants: ::std::option::Option<::std::vec::Vec<crate::User>>,
    /// Invited participants (邀请的参会者), under the name of the docs' example. The docs' table names it `participants`: both are decoded.
    ///
    /// Wire name `ParticipantsList`, optional.
    #[serde(
        rename = "ParticipantsList",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub participants_list: ::std::option::Option<::std::vec::Vec<crate::User>>,
    /// Meeting start timestamp in seconds (会议开始时间戳，单位秒), a string of decimal digits.
    ///
    /// Wire name `start_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub start_time: ::std::option::Option<crate::UnixSeconds>,
    /// Meeting end timestamp in seconds (会议结束时间戳，单位秒), a string of decimal digits.
    ///
    /// Wire name `end_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub end_time: ::std::option::Option<crate::UnixSeconds>,
    /// URL to join the meeting (加入会议 URL): with it anyone can join, so `Debug` hides it.
    ///
    /// Wire name `join_url`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub join_url: ::std::option::Option<::std::string::String>,
    /// Settings of the meeting (会议的配置); may be the default settings (可为缺省配置).
    ///
    /// Wire name `settings`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub settings: ::std::option::Option<MeetingInfoSettings>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl MeetingInfo {
    /// A builder of [`MeetingInfo`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingInfoBuilder {
        builders::MeetingInfoBuilder {
            subject: ::std::option::Option::None,
            meeting_id: ::std::option::Option::None,
            meeting_code: ::std::option::Option::None,
            password: ::std::option::Option::None,
            hosts: ::std::option::Option::None,
            participants: ::std::option::Option::None,
            participants_list: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
            join_url: ::std::option::Option::None,
            settings: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingInfo {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingInfo")
            .field("subject", &self.subject)
            .field("meeting_id", &self.meeting_id)
            .field("meeting_code", &self.meeting_code)
            .field(
                "password",
                &self.password.as_ref().map(|_| crate::redacted::Redacted),
            )
            .field("hosts", &self.hosts)
            .field("participants", &self.participants)
            .field("participants_list", &self.participants_list)
            .field("start_time", &self.start_time)
            .field("end_time", &self.end_time)
            .field(
                "join_url",
                &self.join_url.as_ref().map(|_| crate::redacted::Redacted),
            )
            .field("settings", &self.settings)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Media settings of a created meeting (会议媒体参数对象), as the server reports them.
///
/// Generated from `schemas/create-meeting.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingInfoSettings {
    /// Mute participants when they join (入会时静音).
    ///
    /// Wire name `mute_enable_join`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mute_enable_join: ::std::option::Option<bool>,
    /// Allow participants to unmute themselves (允许参会者取消静音).
    ///
    /// Wire name `allow_unmute_self`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_unmute_self: ::std::option::Option<bool>,
    /// Mute everyone (全体静音).
    ///
    /// Wire name `mute_all`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mute_all: ::std::option::Option<bool>,
    /// Host video on (主持人视频).
    ///
    /// Wire name `host_video`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub host_video: ::std::option::Option<bool>,
    /// Participant video on (参会者视频).
    ///
    /// Wire name `participant_video`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub participant_video: ::std::option::Option<bool>,
    /// Enable recording (开启录播).
    ///
    /// Wire name `enable_record`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_record: ::std::option::Option<bool>,
    /// Play a tone when a participant leaves (参会者离开时播放提示音).
    ///
    /// Wire name `play_ivr_on_leave`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub play_ivr_on_leave: ::std::option::Option<bool>,
    /// Play a tone when a new participant joins (有新的与会者加入时播放提示音).
    ///
    /// Wire name `play_ivr_on_join`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub play_ivr_on_join: ::std::option::Option<bool>,
    /// Live streaming enabled (开启直播).
    ///
    /// Wire name `live_url`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub live_url: ::std::option::Option<bool>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl MeetingInfoSettings {
    /// A builder of [`MeetingInfoSettings`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingInfoSettingsBuilder {
        builders::MeetingInfoSettingsBuilder {
            mute_enable_join: ::std::option::Option::None,
            allow_unmute_self: ::std::option::Option::None,
            mute_all: ::std::option::Option::None,
            host_video: ::std::option::Option::None,
            participant_video: ::std::option::Option::None,
            enable_record: ::std::option::Option::None,
            play_ivr_on_leave: ::std::option::Option::None,
            play_ivr_on_join: ::std::option::Option::None,
            live_url: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingInfoSettings {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingInfoSettings")
            .field("mute_enable_join", &self.mute_enable_join)
            .field("allow_unmute_self", &self.allow_unmute_self)
            .field("mute_all", &self.mute_all)
            .field("host_video", &self.host_video)
            .field("participant_video", &self.participant_video)
            .field("enable_record", &self.enable_record)
            .field("play_ivr_on_leave", &self.play_ivr_on_leave)
            .field("play_ivr_on_join", &self.play_ivr_on_join)
            .field("live_url", &self.live_url)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
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
/// A live-stream push entry the meeting holds (直播推流信息 对象), as the service reports it: no rule applies (set live-stream address sends `PushStreamInfo`, which has them).
///
/// Generated from `schemas/get-push-stream-info.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct PushStreamEntry {
    /// Push platform type (推流平台类型).
    ///
    /// Wire name `platform_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub platform_type: ::std::option::Option<crate::PlatformType>,
    /// Push platform name (平台名称), Base64-encoded on the wire as set live-stream address sends it (the docs' example `dGVzdDEyMw==` is `test123`); kept as received.
    ///
    /// Wire name `platform_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub platform_name: ::std::option::Option<::std::string::String>,
    /// Whether this push address is enabled (是否启用该推流地址). The wire name keeps the docs' spelling `enable_push_addres`. The get doc gives its default as false, the set doc as true; absent stays absent.
    ///
    /// Wire name `enable_push_addres`, optional.
    #[serde(
        rename = "enable_push_addres",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_push_address: ::std::option::Option<bool>,
    /// Push address (推流地址), e.g. `rtmp://host/app/`.
    ///
    /// Wire name `push_address`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub push_address: ::std::option::Option<::std::string::String>,
    /// Push key (推流密钥).
    ///
    /// Wire name `push_password`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub push_password: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl PushStreamEntry {
    /// A builder of [`PushStreamEntry`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::PushStreamEntryBuilder {
        builders::PushStreamEntryBuilder {
            platform_type: ::std::option::Option::None,
            platform_name: ::std::option::Option::None,
            enable_push_address: ::std::option::Option::None,
            push_address: ::std::option::Option::None,
            push_password: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for PushStreamEntry {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PushStreamEntry")
            .field("platform_type", &self.platform_type)
            .field("platform_name", &self.platform_name)
            .field("enable_push_address", &self.enable_push_address)
            .field("push_address", &self.push_address)
            .field(
                "push_password",
                &self.push_password.as_ref().map(|_| crate::redacted::Redacted),
            )
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A live-stream push entry (直播推流信息).
///
/// Generated from `schemas/set-live-stream-address.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Eq, PartialEq)]
#[non_exhaustive]
pub struct PushStreamInfo {
    /// Push platform type (推流平台类型).
    ///
    /// Wire name `platform_type`, required.
    /// Rules: one of 1, 2.
    pub platform_type: crate::PlatformType,
    /// Push platform name (推流平台名称), Base64-encoded on the wire (the docs' example sends `dGVzdDEyMw==` for `test123`). The decoded name has at most 10 characters (平台名称限制10个字符) and must not be only spaces or newlines (不允许纯空格和回车).
    ///
    /// Wire name `platform_name`, required.
    /// Rules: not empty; standard base64 of a text that is 1 to 10 characters, not only whitespace.
    pub platform_name: ::std::string::String,
    /// Whether this push address is enabled (是否启用该推流地址): `true` on (开启), `false` off (不开启); default true (默认值为true). The wire name keeps the docs' spelling `enable_push_addres`.
    ///
    /// Wire name `enable_push_addres`, required.
    /// Documented default: `true`.
    #[serde(rename = "enable_push_addres")]
    pub enable_push_address: bool,
    /// Push address (推流地址): an absolute URL such as `rtmp://host/app/`.
    ///
    /// Wire name `push_address`, required.
    /// Rules: not empty; an absolute URL; the service answers error 400004 when broken.
    pub push_address: ::std::string::String,
    /// Push key (推流密钥).
    ///
    /// Wire name `push_password`, required.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    /// Rules: not empty.
    pub push_password: ::std::string::String,
}
impl PushStreamInfo {
    /// A builder of [`PushStreamInfo`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::PushStreamInfoBuilder {
        builders::PushStreamInfoBuilder {
            platform_type: builders::missing::push_stream_info::platform_type,
            platform_name: builders::missing::push_stream_info::platform_name,
            enable_push_address: true,
            push_address: builders::missing::push_stream_info::push_address,
            push_password: builders::missing::push_stream_info::push_password,
        }
    }
}
impl ::std::fmt::Debug for PushStreamInfo {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PushStreamInfo")
            .field("platform_type", &self.platform_type)
            .field("platform_name", &self.platform_name)
            .field("enable_push_address", &self.enable_push_address)
            .field("push_address", &self.push_address)
            .field("push_password", &crate::redacted::Redacted)
            .finish()
    }
}
impl PushStreamInfo {
    /// `platform_name`: fewest characters (1).
    pub const PLATFORM_NAME_MIN_LENGTH: usize = 1usize;
    /// `platform_name` once base64-decoded: fewest characters (1).
    pub const PLATFORM_NAME_DECODED_MIN_LENGTH: usize = 1usize;
    /// `platform_name` once base64-decoded: most characters (10).
    pub const PLATFORM_NAME_DECODED_MAX_LENGTH: usize = 10usize;
    /// `push_address`: fewest characters (1).
    pub const PUSH_ADDRESS_MIN_LENGTH: usize = 1usize;
    /// `push_password`: fewest characters (1).
    pub const PUSH_PASSWORD_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for PushStreamInfo {
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.platform_type;
            let path = crate::validate::FieldPath::child_of(
                at,
                "platform_type",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(
                crate::validate::rules::one_of(i64::from(value.code()), &[1i64, 2i64]),
            )?;
        }
        {
            let value = &self.platform_name;
            let path = crate::validate::FieldPath::child_of(
                at,
                "platform_name",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(
                crate::validate::rules::base64_text(
                    value,
                    |text| {
                        crate::validate::rules::char_count(text, 1usize, 10usize)?;
                        crate::validate::rules::not_blank(text)?;
                        ::std::result::Result::Ok(())
                    },
                ),
            )?;
        }
        {
            let value = &self.push_address;
            let path = crate::validate::FieldPath::child_of(
                at,
                "push_address",
                crate::ErrorCode::PUSH_ADDRESS_INVALID,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::url(value, ::std::option::Option::None))?;
        }
        {
            let value = &self.push_password;
            let path = crate::validate::FieldPath::child_of(
                at,
                "push_password",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for PushStreamInfo {
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Recurrence of a recurring meeting (周期性会议设置).
///
/// Generated from `schemas/get-meeting.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecurringRule {
    /// How often (重复类型), 0 by default: 0 every day (每天), 1 every weekday Monday to Friday (每周一至周五), 2 every week (每周), 3 every two weeks (每两周), 4 every month (每月); the SDKs add 5, custom (自定义).
    ///
    /// Wire name `recurring_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub recurring_type: ::std::option::Option<i64>,
    /// How the recurrence ends (结束重复类型), 0 by default: 0 on a date (按日期结束), 1 after a count (按次数结束).
    ///
    /// Wire name `until_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub until_type: ::std::option::Option<i64>,
    /// End date, a timestamp (结束日期时间戳); by default today plus 7 days. The docs type it as an integer; strings of digits are decoded too.
    ///
    /// Wire name `until_date`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub until_date: ::std::option::Option<crate::UnixSeconds>,
    /// Number of occurrences (限定会议次数), 7 by default: 1 to 50 in the docs (the SDKs' create model allows up to 200 for daily, weekday and weekly meetings).
    ///
    /// Wire name `until_count`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub until_count: ::std::option::Option<i64>,
    /// Custom recurrence (自定义周期): 0 by day, 1 by week, 2 monthly by week, 3 monthly by date. From the official Go SDK's model.
    ///
    /// Wire name `customized_recurring_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub customized_recurring_type: ::std::option::Option<i64>,
    /// Every how many days, weeks or months (每多少天/周/月重复一次). From the official Go SDK's model.
    ///
    /// Wire name `customized_recurring_step`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub customized_recurring_step: ::std::option::Option<i64>,
    /// Which days (哪些天重复), a sum of bits. From the official Go SDK's model.
    ///
    /// Wire name `customized_recurring_days`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub customized_recurring_days: ::std::option::Option<i64>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecurringRule {
    /// A builder of [`RecurringRule`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecurringRuleBuilder {
        builders::RecurringRuleBuilder {
            recurring_type: ::std::option::Option::None,
            until_type: ::std::option::Option::None,
            until_date: ::std::option::Option::None,
            until_count: ::std::option::Option::None,
            customized_recurring_type: ::std::option::Option::None,
            customized_recurring_step: ::std::option::Option::None,
            customized_recurring_days: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecurringRule {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecurringRule")
            .field("recurring_type", &self.recurring_type)
            .field("until_type", &self.until_type)
            .field("until_date", &self.until_date)
            .field("until_count", &self.until_count)
            .field("customized_recurring_type", &self.customized_recurring_type)
            .field("customized_recurring_step", &self.customized_recurring_step)
            .field("customized_recurring_days", &self.customized_recurring_days)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Path parameters of `PUT /v1/meetings/{meeting_id}/default-backgrounds`.
///
/// Generated from `schemas/set-default-background.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SetDefaultBackgroundPath {
    /// Meeting ID (会议 ID).
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty.
    pub meeting_id: ::std::string::String,
}
impl SetDefaultBackgroundPath {
    /// A builder of [`SetDefaultBackgroundPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SetDefaultBackgroundPathBuilder {
        builders::SetDefaultBackgroundPathBuilder {
            meeting_id: builders::missing::set_default_background_path::meeting_id,
        }
    }
    /// A `SetDefaultBackgroundPath` with [`meeting_id`](Self::meeting_id) set and every optional field absent.
    pub fn new(meeting_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().meeting_id(meeting_id).build()
    }
}
impl SetDefaultBackgroundPath {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SetDefaultBackgroundPath {
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
impl crate::Validate for SetDefaultBackgroundPath {
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `PUT /v1/meetings/{meeting_id}/default-backgrounds`: set the default background of a scheduled meeting (设置会议默认背景), one of those added with add backgrounds, or the empty string to restore the default black background. Callable by the meeting's creator, hosts and co-hosts, and the enterprise's administrators (会议创建者/主持人/联席主持人/企业管理员/企业超级管理员); self-built apps only, OAuth2.0 is not supported (目前暂不支持 OAuth2.0 鉴权访问). Success is an empty body or `{}`.
///
/// Generated from `schemas/set-default-background.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SetDefaultBackgroundRequest {
    /// Device type ID (设备类型 ID).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
    /// ID of the background the meeting is to use (会议应用的背景 ID), as add backgrounds answered it. The empty string is valid: it restores the meeting's default black background (恢复成会议默认的黑色背景), so no length rule applies.
    ///
    /// Wire name `selected_background_id`, required.
    pub selected_background_id: ::std::string::String,
    /// ID of the operator (操作者 ID).
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 = userid, the only type this endpoint documents.
    ///
    /// Wire name `operator_id_type`, required.
    /// Rules: one of 1.
    pub operator_id_type: crate::OperatorIdType,
    /// ID of the meeting creator (会议创建者 ID): the older docs' caller identification, required there; the current docs replace it with `operator_id` and `operator_id_type`. Offered as an optional addition.
    ///
    /// Wire name `userid`, optional.
    /// Rules: not empty; not only whitespace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userid: ::std::option::Option<::std::string::String>,
}
impl SetDefaultBackgroundRequest {
    /// A builder of [`SetDefaultBackgroundRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SetDefaultBackgroundRequestBuilder {
        builders::SetDefaultBackgroundRequestBuilder {
            instanceid: builders::missing::set_default_background_request::instanceid,
            selected_background_id: builders::missing::set_default_background_request::selected_background_id,
            operator_id: builders::missing::set_default_background_request::operator_id,
            operator_id_type: builders::missing::set_default_background_request::operator_id_type,
            userid: ::std::option::Option::None,
        }
    }
}
impl SetDefaultBackgroundRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `userid`: fewest characters (1).
    pub const USERID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SetDefaultBackgroundRequest {
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
            let value = &self.operator_id_type;
            let path = crate::validate::FieldPath::child_of(
                at,
                "operator_id_type",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(
                crate::validate::rules::one_of(i64::from(value.code()), &[1i64]),
            )?;
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
impl crate::Validate for SetDefaultBackgroundRequest {
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Path parameters of `POST /v1/meetings/{meeting_id}/live_play/live-stream-address` (the docs spell the parameter `{meetingId}`).
///
/// Generated from `schemas/set-live-stream-address.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SetLiveStreamAddressPath {
    /// Meeting ID (会议 ID), `{meetingId}` in the docs' URL.
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty.
    pub meeting_id: ::std::string::String,
}
impl SetLiveStreamAddressPath {
    /// A builder of [`SetLiveStreamAddressPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SetLiveStreamAddressPathBuilder {
        builders::SetLiveStreamAddressPathBuilder {
            meeting_id: builders::missing::set_live_stream_address_path::meeting_id,
        }
    }
    /// A `SetLiveStreamAddressPath` with [`meeting_id`](Self::meeting_id) set and every optional field absent.
    pub fn new(meeting_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().meeting_id(meeting_id).build()
    }
}
impl SetLiveStreamAddressPath {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SetLiveStreamAddressPath {
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
impl crate::Validate for SetLiveStreamAddressPath {
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `POST /v1/meetings/{meeting_id}/live_play/live-stream-address`: set the live-stream push address of a meeting (设置直播推流地址), before or during the meeting (会前和会中). Callable during the meeting by its creator, hosts and co-hosts within the enterprise, and outside it by the creator. Business and enterprise editions hold at most 1 WeChat Channels address (1个微信视频号地址) and 10 push platforms (10个推流平台). OAuth2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). Success is an empty body (成功时返回空消息体).
///
/// Generated from `schemas/set-live-stream-address.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SetLiveStreamAddressRequest {
    /// User ID (用户 ID).
    ///
    /// Wire name `userid`, required.
    /// Rules: not empty; not only whitespace.
    pub userid: ::std::string::String,
    /// Device type of the user (用户的终端设备类型).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
    /// Push-stream entries (推流信息): at least one. The docs say only one entry is supported for now (暂只支持设置一条推流信息): a temporary rule of the service, which the mock applies and clients do not.
    ///
    /// Wire name `push_stream_info`, required.
    /// Rules: at least 1 entries; the service takes at most 1 for now (checked by the service, not the client).
    pub push_stream_info: ::std::vec::Vec<PushStreamInfo>,
}
impl SetLiveStreamAddressRequest {
    /// A builder of [`SetLiveStreamAddressRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SetLiveStreamAddressRequestBuilder {
        builders::SetLiveStreamAddressRequestBuilder {
            userid: builders::missing::set_live_stream_address_request::userid,
            instanceid: builders::missing::set_live_stream_address_request::instanceid,
            push_stream_info: builders::missing::set_live_stream_address_request::push_stream_info,
        }
    }
}
impl SetLiveStreamAddressRequest {
    /// `userid`: fewest characters (1).
    pub const USERID_MIN_LENGTH: usize = 1usize;
    /// `push_stream_info`: fewest entries (1).
    pub const PUSH_STREAM_INFO_MIN_ITEMS: usize = 1usize;
    /// `push_stream_info`: most entries the service takes for now (not checked by clients) (1).
    pub const PUSH_STREAM_INFO_SERVER_MAX_ITEMS: usize = 1usize;
}
impl crate::validate::ValidateAt for SetLiveStreamAddressRequest {
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
            let value = &self.push_stream_info;
            let path = crate::validate::FieldPath::child_of(
                at,
                "push_stream_info",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::count(value.len(), 1usize, usize::MAX))?;
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
impl crate::Validate for SetLiveStreamAddressRequest {
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Media settings of a meeting to create (会议媒体参数配置对象 Settings).
///
/// Generated from `schemas/create-meeting.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct Settings {
    /// Mute participants when they join (入会时静音).
    ///
    /// Wire name `mute_enable_join`, required.
    pub mute_enable_join: bool,
    /// Allow participants to unmute themselves (允许参会者取消静音).
    ///
    /// Wire name `allow_unmute_self`, required.
    pub allow_unmute_self: bool,
    /// Mute everyone (全体静音).
    ///
    /// Wire name `mute_all`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mute_all: ::std::option::Option<bool>,
    /// Host video on (主持人视频).
    ///
    /// Wire name `host_video`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub host_video: ::std::option::Option<bool>,
    /// Participant video on (参会者视频).
    ///
    /// Wire name `participant_video`, required.
    pub participant_video: bool,
    /// Enable recording (开启录播).
    ///
    /// Wire name `enable_record`, required.
    pub enable_record: bool,
    /// Play a tone when a participant leaves (参会者离开时播放提示音).
    ///
    /// Wire name `play_ivr_on_leave`, required.
    pub play_ivr_on_leave: bool,
    /// Play a tone when a new participant joins (有新的与会者加入时播放提示音).
    ///
    /// Wire name `play_ivr_on_join`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub play_ivr_on_join: ::std::option::Option<bool>,
    /// Enable live streaming (开启直播).
    ///
    /// Wire name `live_url`, required.
    pub live_url: bool,
}
impl Settings {
    /// A builder of [`Settings`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SettingsBuilder {
        builders::SettingsBuilder {
            mute_enable_join: builders::missing::settings::mute_enable_join,
            allow_unmute_self: builders::missing::settings::allow_unmute_self,
            mute_all: ::std::option::Option::None,
            host_video: ::std::option::Option::None,
            participant_video: builders::missing::settings::participant_video,
            enable_record: builders::missing::settings::enable_record,
            play_ivr_on_leave: builders::missing::settings::play_ivr_on_leave,
            play_ivr_on_join: ::std::option::Option::None,
            live_url: builders::missing::settings::live_url,
        }
    }
}
impl crate::validate::ValidateAt for Settings {
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        let _ = at;
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for Settings {
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// A sub-meeting of a recurring meeting (子会议对象).
///
/// Generated from `schemas/get-meeting.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct SubMeeting {
    /// Sub-meeting ID (子会议 ID).
    ///
    /// Wire name `sub_meeting_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sub_meeting_id: ::std::option::Option<::std::string::String>,
    /// Sub-meeting state (子会议状态): 0 exists (默认存在), 1 deleted (已删除).
    ///
    /// Wire name `status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<i64>,
    /// Sub-meeting start time in Unix seconds (子会议开始时间，UTC 秒). The docs type it as an integer, the Go SDK as a string: both are decoded, and it is re-encoded as a string of digits.
    ///
    /// Wire name `start_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub start_time: ::std::option::Option<crate::UnixSeconds>,
    /// Sub-meeting end time in Unix seconds (子会议结束时间，UTC 秒). The docs type it as an integer, the Go SDK as a string: both are decoded, and it is re-encoded as a string of digits.
    ///
    /// Wire name `end_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub end_time: ::std::option::Option<crate::UnixSeconds>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl SubMeeting {
    /// A builder of [`SubMeeting`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SubMeetingBuilder {
        builders::SubMeetingBuilder {
            sub_meeting_id: ::std::option::Option::None,
            status: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for SubMeeting {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SubMeeting")
            .field("sub_meeting_id", &self.sub_meeting_id)
            .field("status", &self.status)
            .field("start_time", &self.start_time)
            .field("end_time", &self.end_time)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A user (用户对象 UserObj).
///
/// Generated from `schemas/common.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct UserObj {
    /// Unique ID the caller uses to identify the user (调用方用于标示用户的唯一 ID), for example an enterprise account name or a personal user's phone number.
    ///
    /// Wire name `userid`, required.
    /// Rules: not empty.
    pub userid: ::std::string::String,
    /// Whether the user joins anonymously (用户是否匿名入会): `true` anonymous (匿名), `false` not anonymous (不匿名). The docs type it as a String.
    ///
    /// Wire name `is_anonymous`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub is_anonymous: ::std::option::Option<::std::string::String>,
    /// Anonymous display name (用户匿名字符串). A user who joins anonymously without one gets a default name such as "会议用户xxxx" from the server.
    ///
    /// Wire name `nick_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub nick_name: ::std::option::Option<::std::string::String>,
    /// Address of the user's avatar (用户头像地址).
    ///
    /// Wire name `profile_photo`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub profile_photo: ::std::option::Option<::std::string::String>,
}
impl UserObj {
    /// A builder of [`UserObj`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::UserObjBuilder {
        builders::UserObjBuilder {
            userid: builders::missing::user_obj::userid,
            is_anonymous: ::std::option::Option::None,
            nick_name: ::std::option::Option::None,
            profile_photo: ::std::option::Option::None,
        }
    }
    /// A `UserObj` with [`userid`](Self::userid) set and every optional field absent.
    pub fn new(userid: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().userid(userid).build()
    }
}
impl UserObj {
    /// `userid`: fewest characters (1).
    pub const USERID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for UserObj {
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
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for UserObj {
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Builders of the models, one per model: `Model::builder()`, a setter per field, `build()` once every
/// required field is set (a missing one is a compile error naming it, through the
/// [`missing`](builders::missing) markers).
pub mod builders {
    use super::*;
    /// Builds a [`AddMeetingBackgroundsPath`](super::AddMeetingBackgroundsPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct AddMeetingBackgroundsPathBuilder<
        P0 = missing::add_meeting_backgrounds_path::meeting_id,
    > {
        pub(crate) meeting_id: P0,
    }
    impl<P0> ::std::fmt::Debug for AddMeetingBackgroundsPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(AddMeetingBackgroundsPathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl AddMeetingBackgroundsPathBuilder<
        missing::add_meeting_backgrounds_path::meeting_id,
    > {
        /// Sets [`meeting_id`](super::AddMeetingBackgroundsPath::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> AddMeetingBackgroundsPathBuilder<::std::string::String> {
            AddMeetingBackgroundsPathBuilder {
                meeting_id: value.into(),
            }
        }
    }
    impl AddMeetingBackgroundsPathBuilder<::std::string::String> {
        /// The [`AddMeetingBackgroundsPath`](super::AddMeetingBackgroundsPath).
        pub fn build(self) -> super::AddMeetingBackgroundsPath {
            super::AddMeetingBackgroundsPath {
                meeting_id: self.meeting_id,
            }
        }
    }
    /// Builds a [`AddMeetingBackgroundsRequest`](super::AddMeetingBackgroundsRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct AddMeetingBackgroundsRequestBuilder<
        P0 = missing::add_meeting_backgrounds_request::userid,
        P1 = missing::add_meeting_backgrounds_request::instanceid,
        P2 = missing::add_meeting_backgrounds_request::image_list,
    > {
        pub(crate) userid: P0,
        pub(crate) instanceid: P1,
        pub(crate) default_image_order: ::std::option::Option<i64>,
        pub(crate) image_list: P2,
        pub(crate) operator_id: ::std::option::Option<::std::string::String>,
        pub(crate) operator_id_type: ::std::option::Option<crate::OperatorIdType>,
    }
    impl<P0, P1, P2> ::std::fmt::Debug
    for AddMeetingBackgroundsRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(AddMeetingBackgroundsRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > AddMeetingBackgroundsRequestBuilder<
        missing::add_meeting_backgrounds_request::userid,
        P1,
        P2,
    > {
        /// Sets [`userid`](super::AddMeetingBackgroundsRequest::userid).
        ///
        /// Required.
        pub fn userid(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> AddMeetingBackgroundsRequestBuilder<::std::string::String, P1, P2> {
            AddMeetingBackgroundsRequestBuilder {
                userid: value.into(),
                instanceid: self.instanceid,
                default_image_order: self.default_image_order,
                image_list: self.image_list,
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
        P2,
    > AddMeetingBackgroundsRequestBuilder<
        P0,
        missing::add_meeting_backgrounds_request::instanceid,
        P2,
    > {
        /// Sets [`instanceid`](super::AddMeetingBackgroundsRequest::instanceid).
        ///
        /// Required.
        pub fn instanceid(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> AddMeetingBackgroundsRequestBuilder<P0, crate::InstanceId, P2> {
            AddMeetingBackgroundsRequestBuilder {
                userid: self.userid,
                instanceid: value.into(),
                default_image_order: self.default_image_order,
                image_list: self.image_list,
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
        P1,
    > AddMeetingBackgroundsRequestBuilder<
        P0,
        P1,
        missing::add_meeting_backgrounds_request::image_list,
    > {
        /// Sets [`image_list`](super::AddMeetingBackgroundsRequest::image_list).
        ///
        /// Required.
        pub fn image_list(
            self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<BackgroundImage>,
            >,
        ) -> AddMeetingBackgroundsRequestBuilder<
            P0,
            P1,
            ::std::vec::Vec<BackgroundImage>,
        > {
            AddMeetingBackgroundsRequestBuilder {
                userid: self.userid,
                instanceid: self.instanceid,
                default_image_order: self.default_image_order,
                image_list: value.into_iter().map(::std::convert::Into::into).collect(),
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<P0, P1, P2> AddMeetingBackgroundsRequestBuilder<P0, P1, P2> {
        /// Sets [`default_image_order`](super::AddMeetingBackgroundsRequest::default_image_order).
        ///
        /// Optional.
        pub fn default_image_order(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.default_image_order = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator_id`](super::AddMeetingBackgroundsRequest::operator_id).
        ///
        /// Optional.
        pub fn operator_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.operator_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator_id_type`](super::AddMeetingBackgroundsRequest::operator_id_type).
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
    impl AddMeetingBackgroundsRequestBuilder<
        ::std::string::String,
        crate::InstanceId,
        ::std::vec::Vec<BackgroundImage>,
    > {
        /// The [`AddMeetingBackgroundsRequest`](super::AddMeetingBackgroundsRequest).
        pub fn build(self) -> super::AddMeetingBackgroundsRequest {
            super::AddMeetingBackgroundsRequest {
                userid: self.userid,
                instanceid: self.instanceid,
                default_image_order: self.default_image_order,
                image_list: self.image_list,
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
            }
        }
    }
    /// Builds a [`AddMeetingBackgroundsResponse`](super::AddMeetingBackgroundsResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct AddMeetingBackgroundsResponseBuilder {
        pub(crate) background_number: ::std::option::Option<i64>,
        pub(crate) selected_background_id: ::std::option::Option<::std::string::String>,
        pub(crate) background_list: ::std::option::Option<::std::vec::Vec<Background>>,
    }
    impl ::std::fmt::Debug for AddMeetingBackgroundsResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(AddMeetingBackgroundsResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl AddMeetingBackgroundsResponseBuilder {
        /// Sets [`background_number`](super::AddMeetingBackgroundsResponse::background_number).
        ///
        /// Optional.
        pub fn background_number(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.background_number = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`selected_background_id`](super::AddMeetingBackgroundsResponse::selected_background_id).
        ///
        /// Optional.
        pub fn selected_background_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.selected_background_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`background_list`](super::AddMeetingBackgroundsResponse::background_list).
        ///
        /// Optional.
        pub fn background_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<Background>,
            >,
        ) -> Self {
            self.background_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl AddMeetingBackgroundsResponseBuilder {
        /// The [`AddMeetingBackgroundsResponse`](super::AddMeetingBackgroundsResponse).
        pub fn build(self) -> super::AddMeetingBackgroundsResponse {
            super::AddMeetingBackgroundsResponse {
                background_number: self.background_number,
                selected_background_id: self.selected_background_id,
                background_list: self.background_list,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`Background`](super::Background): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct BackgroundBuilder {
        pub(crate) background_id: ::std::option::Option<::std::string::String>,
        pub(crate) image_md5: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for BackgroundBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(BackgroundBuilder)).finish_non_exhaustive()
        }
    }
    impl BackgroundBuilder {
        /// Sets [`background_id`](super::Background::background_id).
        ///
        /// Optional.
        pub fn background_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.background_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`image_md5`](super::Background::image_md5).
        ///
        /// Optional.
        pub fn image_md5(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.image_md5 = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl BackgroundBuilder {
        /// The [`Background`](super::Background).
        pub fn build(self) -> super::Background {
            super::Background {
                background_id: self.background_id,
                image_md5: self.image_md5,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`BackgroundImage`](super::BackgroundImage): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct BackgroundImageBuilder<
        P0 = missing::background_image::image_md5,
        P1 = missing::background_image::image_url,
    > {
        pub(crate) image_md5: P0,
        pub(crate) image_url: P1,
    }
    impl<P0, P1> ::std::fmt::Debug for BackgroundImageBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(BackgroundImageBuilder)).finish_non_exhaustive()
        }
    }
    impl<P1> BackgroundImageBuilder<missing::background_image::image_md5, P1> {
        /// Sets [`image_md5`](super::BackgroundImage::image_md5).
        ///
        /// Required.
        pub fn image_md5(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> BackgroundImageBuilder<::std::string::String, P1> {
            BackgroundImageBuilder {
                image_md5: value.into(),
                image_url: self.image_url,
            }
        }
    }
    impl<P0> BackgroundImageBuilder<P0, missing::background_image::image_url> {
        /// Sets [`image_url`](super::BackgroundImage::image_url).
        ///
        /// Required.
        pub fn image_url(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> BackgroundImageBuilder<P0, ::std::string::String> {
            BackgroundImageBuilder {
                image_md5: self.image_md5,
                image_url: value.into(),
            }
        }
    }
    impl BackgroundImageBuilder<::std::string::String, ::std::string::String> {
        /// The [`BackgroundImage`](super::BackgroundImage).
        pub fn build(self) -> super::BackgroundImage {
            super::BackgroundImage {
                image_md5: self.image_md5,
                image_url: self.image_url,
            }
        }
    }
    /// Builds a [`CancelMeetingPath`](super::CancelMeetingPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct CancelMeetingPathBuilder<P0 = missing::cancel_meeting_path::meeting_id> {
        pub(crate) meeting_id: P0,
    }
    impl<P0> ::std::fmt::Debug for CancelMeetingPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(CancelMeetingPathBuilder)).finish_non_exhaustive()
        }
    }
    impl CancelMeetingPathBuilder<missing::cancel_meeting_path::meeting_id> {
        /// Sets [`meeting_id`](super::CancelMeetingPath::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> CancelMeetingPathBuilder<::std::string::String> {
            CancelMeetingPathBuilder {
                meeting_id: value.into(),
            }
        }
    }
    impl CancelMeetingPathBuilder<::std::string::String> {
        /// The [`CancelMeetingPath`](super::CancelMeetingPath).
        pub fn build(self) -> super::CancelMeetingPath {
            super::CancelMeetingPath {
                meeting_id: self.meeting_id,
            }
        }
    }
    /// Builds a [`CancelMeetingRequest`](super::CancelMeetingRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct CancelMeetingRequestBuilder<
        P0 = missing::cancel_meeting_request::userid,
        P1 = missing::cancel_meeting_request::instanceid,
        P2 = missing::cancel_meeting_request::reason_code,
    > {
        pub(crate) userid: P0,
        pub(crate) instanceid: P1,
        pub(crate) reason_code: P2,
        pub(crate) meeting_kind: ::std::option::Option<crate::MeetingKind>,
        pub(crate) sub_meeting_id: ::std::option::Option<::std::string::String>,
        pub(crate) reason_detail: ::std::option::Option<::std::string::String>,
    }
    impl<P0, P1, P2> ::std::fmt::Debug for CancelMeetingRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(CancelMeetingRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > CancelMeetingRequestBuilder<missing::cancel_meeting_request::userid, P1, P2> {
        /// Sets [`userid`](super::CancelMeetingRequest::userid).
        ///
        /// Required.
        pub fn userid(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> CancelMeetingRequestBuilder<::std::string::String, P1, P2> {
            CancelMeetingRequestBuilder {
                userid: value.into(),
                instanceid: self.instanceid,
                reason_code: self.reason_code,
                meeting_kind: self.meeting_kind,
                sub_meeting_id: self.sub_meeting_id,
                reason_detail: self.reason_detail,
            }
        }
    }
    impl<
        P0,
        P2,
    > CancelMeetingRequestBuilder<P0, missing::cancel_meeting_request::instanceid, P2> {
        /// Sets [`instanceid`](super::CancelMeetingRequest::instanceid).
        ///
        /// Required.
        pub fn instanceid(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> CancelMeetingRequestBuilder<P0, crate::InstanceId, P2> {
            CancelMeetingRequestBuilder {
                userid: self.userid,
                instanceid: value.into(),
                reason_code: self.reason_code,
                meeting_kind: self.meeting_kind,
                sub_meeting_id: self.sub_meeting_id,
                reason_detail: self.reason_detail,
            }
        }
    }
    impl<
        P0,
        P1,
    > CancelMeetingRequestBuilder<P0, P1, missing::cancel_meeting_request::reason_code> {
        /// Sets [`reason_code`](super::CancelMeetingRequest::reason_code).
        ///
        /// Required.
        pub fn reason_code(
            self,
            value: impl ::std::convert::Into<i64>,
        ) -> CancelMeetingRequestBuilder<P0, P1, i64> {
            CancelMeetingRequestBuilder {
                userid: self.userid,
                instanceid: self.instanceid,
                reason_code: value.into(),
                meeting_kind: self.meeting_kind,
                sub_meeting_id: self.sub_meeting_id,
                reason_detail: self.reason_detail,
            }
        }
    }
    impl<P0, P1, P2> CancelMeetingRequestBuilder<P0, P1, P2> {
        /// Sets [`meeting_kind`](super::CancelMeetingRequest::meeting_kind).
        ///
        /// Optional.
        pub fn meeting_kind(
            mut self,
            value: impl ::std::convert::Into<crate::MeetingKind>,
        ) -> Self {
            self.meeting_kind = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`sub_meeting_id`](super::CancelMeetingRequest::sub_meeting_id).
        ///
        /// Optional.
        pub fn sub_meeting_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.sub_meeting_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`reason_detail`](super::CancelMeetingRequest::reason_detail).
        ///
        /// Optional.
        pub fn reason_detail(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.reason_detail = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl CancelMeetingRequestBuilder<::std::string::String, crate::InstanceId, i64> {
        /// The [`CancelMeetingRequest`](super::CancelMeetingRequest).
        pub fn build(self) -> super::CancelMeetingRequest {
            super::CancelMeetingRequest {
                userid: self.userid,
                instanceid: self.instanceid,
                reason_code: self.reason_code,
                meeting_kind: self.meeting_kind,
                sub_meeting_id: self.sub_meeting_id,
                reason_detail: self.reason_detail,
            }
        }
    }
    /// Builds a [`CreateMeetingRequest`](super::CreateMeetingRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct CreateMeetingRequestBuilder<
        P0 = missing::create_meeting_request::userid,
        P1 = missing::create_meeting_request::instanceid,
        P2 = missing::create_meeting_request::subject,
        P3 = missing::create_meeting_request::meeting_type,
        P4 = missing::create_meeting_request::start_time,
        P5 = missing::create_meeting_request::end_time,
        P6 = missing::create_meeting_request::settings,
    > {
        pub(crate) userid: P0,
        pub(crate) instanceid: P1,
        pub(crate) subject: P2,
        pub(crate) meeting_type: P3,
        pub(crate) hosts: ::std::option::Option<::std::vec::Vec<crate::User>>,
        pub(crate) invitees: ::std::option::Option<::std::vec::Vec<crate::User>>,
        pub(crate) start_time: P4,
        pub(crate) end_time: P5,
        pub(crate) password: ::std::option::Option<::std::string::String>,
        pub(crate) settings: P6,
    }
    impl<P0, P1, P2, P3, P4, P5, P6> ::std::fmt::Debug
    for CreateMeetingRequestBuilder<P0, P1, P2, P3, P4, P5, P6> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(CreateMeetingRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
        P3,
        P4,
        P5,
        P6,
    > CreateMeetingRequestBuilder<
        missing::create_meeting_request::userid,
        P1,
        P2,
        P3,
        P4,
        P5,
        P6,
    > {
        /// Sets [`userid`](super::CreateMeetingRequest::userid).
        ///
        /// Required.
        pub fn userid(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> CreateMeetingRequestBuilder<::std::string::String, P1, P2, P3, P4, P5, P6> {
            CreateMeetingRequestBuilder {
                userid: value.into(),
                instanceid: self.instanceid,
                subject: self.subject,
                meeting_type: self.meeting_type,
                hosts: self.hosts,
                invitees: self.invitees,
                start_time: self.start_time,
                end_time: self.end_time,
                password: self.password,
                settings: self.settings,
            }
        }
    }
    impl<
        P0,
        P2,
        P3,
        P4,
        P5,
        P6,
    > CreateMeetingRequestBuilder<
        P0,
        missing::create_meeting_request::instanceid,
        P2,
        P3,
        P4,
        P5,
        P6,
    > {
        /// Sets [`instanceid`](super::CreateMeetingRequest::instanceid).
        ///
        /// Required.
        pub fn instanceid(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> CreateMeetingRequestBuilder<P0, crate::InstanceId, P2, P3, P4, P5, P6> {
            CreateMeetingRequestBuilder {
                userid: self.userid,
                instanceid: value.into(),
                subject: self.subject,
                meeting_type: self.meeting_type,
                hosts: self.hosts,
                invitees: self.invitees,
                start_time: self.start_time,
                end_time: self.end_time,
                password: self.password,
                settings: self.settings,
            }
        }
    }
    impl<
        P0,
        P1,
        P3,
        P4,
        P5,
        P6,
    > CreateMeetingRequestBuilder<
        P0,
        P1,
        missing::create_meeting_request::subject,
        P3,
        P4,
        P5,
        P6,
    > {
        /// Sets [`subject`](super::CreateMeetingRequest::subject).
        ///
        /// Required.
        pub fn subject(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> CreateMeetingRequestBuilder<P0, P1, ::std::string::String, P3, P4, P5, P6> {
            CreateMeetingRequestBuilder {
                userid: self.userid,
                instanceid: self.instanceid,
                subject: value.into(),
                meeting_type: self.meeting_type,
                hosts: self.hosts,
                invitees: self.invitees,
                start_time: self.start_time,
                end_time: self.end_time,
                password: self.password,
                settings: self.settings,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
        P4,
        P5,
        P6,
    > CreateMeetingRequestBuilder<
        P0,
        P1,
        P2,
        missing::create_meeting_request::meeting_type,
        P4,
        P5,
        P6,
    > {
        /// Sets [`meeting_type`](super::CreateMeetingRequest::meeting_type).
        ///
        /// Required.
        pub fn meeting_type(
            self,
            value: impl ::std::convert::Into<crate::MeetingType>,
        ) -> CreateMeetingRequestBuilder<P0, P1, P2, crate::MeetingType, P4, P5, P6> {
            CreateMeetingRequestBuilder {
                userid: self.userid,
                instanceid: self.instanceid,
                subject: self.subject,
                meeting_type: value.into(),
                hosts: self.hosts,
                invitees: self.invitees,
                start_time: self.start_time,
                end_time: self.end_time,
                password: self.password,
                settings: self.settings,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
        P3,
        P5,
        P6,
    > CreateMeetingRequestBuilder<
        P0,
        P1,
        P2,
        P3,
        missing::create_meeting_request::start_time,
        P5,
        P6,
    > {
        /// Sets [`start_time`](super::CreateMeetingRequest::start_time).
        ///
        /// Required.
        pub fn start_time(
            self,
            value: impl ::std::convert::Into<crate::UnixSeconds>,
        ) -> CreateMeetingRequestBuilder<P0, P1, P2, P3, crate::UnixSeconds, P5, P6> {
            CreateMeetingRequestBuilder {
                userid: self.userid,
                instanceid: self.instanceid,
                subject: self.subject,
                meeting_type: self.meeting_type,
                hosts: self.hosts,
                invitees: self.invitees,
                start_time: value.into(),
                end_time: self.end_time,
                password: self.password,
                settings: self.settings,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
        P3,
        P4,
        P6,
    > CreateMeetingRequestBuilder<
        P0,
        P1,
        P2,
        P3,
        P4,
        missing::create_meeting_request::end_time,
        P6,
    > {
        /// Sets [`end_time`](super::CreateMeetingRequest::end_time).
        ///
        /// Required.
        pub fn end_time(
            self,
            value: impl ::std::convert::Into<crate::UnixSeconds>,
        ) -> CreateMeetingRequestBuilder<P0, P1, P2, P3, P4, crate::UnixSeconds, P6> {
            CreateMeetingRequestBuilder {
                userid: self.userid,
                instanceid: self.instanceid,
                subject: self.subject,
                meeting_type: self.meeting_type,
                hosts: self.hosts,
                invitees: self.invitees,
                start_time: self.start_time,
                end_time: value.into(),
                password: self.password,
                settings: self.settings,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
        P3,
        P4,
        P5,
    > CreateMeetingRequestBuilder<
        P0,
        P1,
        P2,
        P3,
        P4,
        P5,
        missing::create_meeting_request::settings,
    > {
        /// Sets [`settings`](super::CreateMeetingRequest::settings).
        ///
        /// Required.
        pub fn settings(
            self,
            value: impl ::std::convert::Into<Settings>,
        ) -> CreateMeetingRequestBuilder<P0, P1, P2, P3, P4, P5, Settings> {
            CreateMeetingRequestBuilder {
                userid: self.userid,
                instanceid: self.instanceid,
                subject: self.subject,
                meeting_type: self.meeting_type,
                hosts: self.hosts,
                invitees: self.invitees,
                start_time: self.start_time,
                end_time: self.end_time,
                password: self.password,
                settings: value.into(),
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
        P3,
        P4,
        P5,
        P6,
    > CreateMeetingRequestBuilder<P0, P1, P2, P3, P4, P5, P6> {
        /// Sets [`hosts`](super::CreateMeetingRequest::hosts).
        ///
        /// Optional.
        pub fn hosts(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<crate::User>,
            >,
        ) -> Self {
            self.hosts = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`invitees`](super::CreateMeetingRequest::invitees).
        ///
        /// Optional.
        pub fn invitees(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<crate::User>,
            >,
        ) -> Self {
            self.invitees = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`password`](super::CreateMeetingRequest::password).
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
    impl CreateMeetingRequestBuilder<
        ::std::string::String,
        crate::InstanceId,
        ::std::string::String,
        crate::MeetingType,
        crate::UnixSeconds,
        crate::UnixSeconds,
        Settings,
    > {
        /// The [`CreateMeetingRequest`](super::CreateMeetingRequest).
        pub fn build(self) -> super::CreateMeetingRequest {
            super::CreateMeetingRequest {
                userid: self.userid,
                instanceid: self.instanceid,
                subject: self.subject,
                meeting_type: self.meeting_type,
                hosts: self.hosts,
                invitees: self.invitees,
                start_time: self.start_time,
                end_time: self.end_time,
                password: self.password,
                settings: self.settings,
            }
        }
    }
    /// Builds a [`CreateMeetingResponse`](super::CreateMeetingResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct CreateMeetingResponseBuilder {
        pub(crate) meeting_number: ::std::option::Option<i64>,
        pub(crate) meeting_info_list: ::std::option::Option<
            ::std::vec::Vec<MeetingInfo>,
        >,
    }
    impl ::std::fmt::Debug for CreateMeetingResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(CreateMeetingResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl CreateMeetingResponseBuilder {
        /// Sets [`meeting_number`](super::CreateMeetingResponse::meeting_number).
        ///
        /// Optional.
        pub fn meeting_number(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.meeting_number = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info_list`](super::CreateMeetingResponse::meeting_info_list).
        ///
        /// Optional.
        pub fn meeting_info_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<MeetingInfo>,
            >,
        ) -> Self {
            self.meeting_info_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl CreateMeetingResponseBuilder {
        /// The [`CreateMeetingResponse`](super::CreateMeetingResponse).
        pub fn build(self) -> super::CreateMeetingResponse {
            super::CreateMeetingResponse {
                meeting_number: self.meeting_number,
                meeting_info_list: self.meeting_info_list,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`ErrorInfo`](super::ErrorInfo): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ErrorInfoBuilder<
        P0 = missing::error_info::error_code,
        P1 = missing::error_info::message,
    > {
        pub(crate) error_code: P0,
        pub(crate) new_error_code: ::std::option::Option<i64>,
        pub(crate) message: P1,
    }
    impl<P0, P1> ::std::fmt::Debug for ErrorInfoBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ErrorInfoBuilder)).finish_non_exhaustive()
        }
    }
    impl<P1> ErrorInfoBuilder<missing::error_info::error_code, P1> {
        /// Sets [`error_code`](super::ErrorInfo::error_code).
        ///
        /// Required.
        pub fn error_code(
            self,
            value: impl ::std::convert::Into<i64>,
        ) -> ErrorInfoBuilder<i64, P1> {
            ErrorInfoBuilder {
                error_code: value.into(),
                new_error_code: self.new_error_code,
                message: self.message,
            }
        }
    }
    impl<P0> ErrorInfoBuilder<P0, missing::error_info::message> {
        /// Sets [`message`](super::ErrorInfo::message).
        ///
        /// Required.
        pub fn message(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> ErrorInfoBuilder<P0, ::std::string::String> {
            ErrorInfoBuilder {
                error_code: self.error_code,
                new_error_code: self.new_error_code,
                message: value.into(),
            }
        }
    }
    impl<P0, P1> ErrorInfoBuilder<P0, P1> {
        /// Sets [`new_error_code`](super::ErrorInfo::new_error_code).
        ///
        /// Optional.
        pub fn new_error_code(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.new_error_code = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl ErrorInfoBuilder<i64, ::std::string::String> {
        /// The [`ErrorInfo`](super::ErrorInfo).
        pub fn build(self) -> super::ErrorInfo {
            super::ErrorInfo {
                error_code: self.error_code,
                new_error_code: self.new_error_code,
                message: self.message,
            }
        }
    }
    /// Builds a [`ErrorResponse`](super::ErrorResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ErrorResponseBuilder<P0 = missing::error_response::error_info> {
        pub(crate) error_info: P0,
    }
    impl<P0> ::std::fmt::Debug for ErrorResponseBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ErrorResponseBuilder)).finish_non_exhaustive()
        }
    }
    impl ErrorResponseBuilder<missing::error_response::error_info> {
        /// Sets [`error_info`](super::ErrorResponse::error_info).
        ///
        /// Required.
        pub fn error_info(
            self,
            value: impl ::std::convert::Into<ErrorInfo>,
        ) -> ErrorResponseBuilder<ErrorInfo> {
            ErrorResponseBuilder {
                error_info: value.into(),
            }
        }
    }
    impl ErrorResponseBuilder<ErrorInfo> {
        /// The [`ErrorResponse`](super::ErrorResponse).
        pub fn build(self) -> super::ErrorResponse {
            super::ErrorResponse {
                error_info: self.error_info,
            }
        }
    }
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
        pub(crate) meeting_create_from: ::std::option::Option<crate::MeetingCreateFrom>,
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
            value: impl ::std::convert::Into<crate::MeetingCreateFrom>,
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
    /// Builds a [`GetMeetingPath`](super::GetMeetingPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetMeetingPathBuilder<P0 = missing::get_meeting_path::meeting_id> {
        pub(crate) meeting_id: P0,
    }
    impl<P0> ::std::fmt::Debug for GetMeetingPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetMeetingPathBuilder)).finish_non_exhaustive()
        }
    }
    impl GetMeetingPathBuilder<missing::get_meeting_path::meeting_id> {
        /// Sets [`meeting_id`](super::GetMeetingPath::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetMeetingPathBuilder<::std::string::String> {
            GetMeetingPathBuilder {
                meeting_id: value.into(),
            }
        }
    }
    impl GetMeetingPathBuilder<::std::string::String> {
        /// The [`GetMeetingPath`](super::GetMeetingPath).
        pub fn build(self) -> super::GetMeetingPath {
            super::GetMeetingPath {
                meeting_id: self.meeting_id,
            }
        }
    }
    /// Builds a [`GetMeetingRequest`](super::GetMeetingRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetMeetingRequestBuilder<
        P0 = missing::get_meeting_request::operator_id,
        P1 = missing::get_meeting_request::operator_id_type,
        P2 = missing::get_meeting_request::instanceid,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) instanceid: P2,
        pub(crate) userid: ::std::option::Option<::std::string::String>,
    }
    impl<P0, P1, P2> ::std::fmt::Debug for GetMeetingRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetMeetingRequestBuilder)).finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > GetMeetingRequestBuilder<missing::get_meeting_request::operator_id, P1, P2> {
        /// Sets [`operator_id`](super::GetMeetingRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetMeetingRequestBuilder<::std::string::String, P1, P2> {
            GetMeetingRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                instanceid: self.instanceid,
                userid: self.userid,
            }
        }
    }
    impl<
        P0,
        P2,
    > GetMeetingRequestBuilder<P0, missing::get_meeting_request::operator_id_type, P2> {
        /// Sets [`operator_id_type`](super::GetMeetingRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> GetMeetingRequestBuilder<P0, crate::OperatorIdType, P2> {
            GetMeetingRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                instanceid: self.instanceid,
                userid: self.userid,
            }
        }
    }
    impl<
        P0,
        P1,
    > GetMeetingRequestBuilder<P0, P1, missing::get_meeting_request::instanceid> {
        /// Sets [`instanceid`](super::GetMeetingRequest::instanceid).
        ///
        /// Required.
        pub fn instanceid(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> GetMeetingRequestBuilder<P0, P1, crate::InstanceId> {
            GetMeetingRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: value.into(),
                userid: self.userid,
            }
        }
    }
    impl<P0, P1, P2> GetMeetingRequestBuilder<P0, P1, P2> {
        /// Sets [`userid`](super::GetMeetingRequest::userid).
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
    impl GetMeetingRequestBuilder<
        ::std::string::String,
        crate::OperatorIdType,
        crate::InstanceId,
    > {
        /// The [`GetMeetingRequest`](super::GetMeetingRequest).
        pub fn build(self) -> super::GetMeetingRequest {
            super::GetMeetingRequest {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: self.instanceid,
                userid: self.userid,
            }
        }
    }
    /// Builds a [`GetMeetingResponse`](super::GetMeetingResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetMeetingResponseBuilder {
        pub(crate) meeting_number: ::std::option::Option<i64>,
        pub(crate) meeting_info_list: ::std::option::Option<
            ::std::vec::Vec<MeetingDetail>,
        >,
    }
    impl ::std::fmt::Debug for GetMeetingResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetMeetingResponseBuilder)).finish_non_exhaustive()
        }
    }
    impl GetMeetingResponseBuilder {
        /// Sets [`meeting_number`](super::GetMeetingResponse::meeting_number).
        ///
        /// Optional.
        pub fn meeting_number(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.meeting_number = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info_list`](super::GetMeetingResponse::meeting_info_list).
        ///
        /// Optional.
        pub fn meeting_info_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<MeetingDetail>,
            >,
        ) -> Self {
            self.meeting_info_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl GetMeetingResponseBuilder {
        /// The [`GetMeetingResponse`](super::GetMeetingResponse).
        pub fn build(self) -> super::GetMeetingResponse {
            super::GetMeetingResponse {
                meeting_number: self.meeting_number,
                meeting_info_list: self.meeting_info_list,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`GetPushStreamInfoPath`](super::GetPushStreamInfoPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetPushStreamInfoPathBuilder<
        P0 = missing::get_push_stream_info_path::meeting_id,
    > {
        pub(crate) meeting_id: P0,
    }
    impl<P0> ::std::fmt::Debug for GetPushStreamInfoPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetPushStreamInfoPathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetPushStreamInfoPathBuilder<missing::get_push_stream_info_path::meeting_id> {
        /// Sets [`meeting_id`](super::GetPushStreamInfoPath::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetPushStreamInfoPathBuilder<::std::string::String> {
            GetPushStreamInfoPathBuilder {
                meeting_id: value.into(),
            }
        }
    }
    impl GetPushStreamInfoPathBuilder<::std::string::String> {
        /// The [`GetPushStreamInfoPath`](super::GetPushStreamInfoPath).
        pub fn build(self) -> super::GetPushStreamInfoPath {
            super::GetPushStreamInfoPath {
                meeting_id: self.meeting_id,
            }
        }
    }
    /// Builds a [`GetPushStreamInfoRequest`](super::GetPushStreamInfoRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetPushStreamInfoRequestBuilder<
        P0 = missing::get_push_stream_info_request::operator_id,
        P1 = missing::get_push_stream_info_request::operator_id_type,
        P2 = missing::get_push_stream_info_request::instanceid,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) instanceid: P2,
    }
    impl<P0, P1, P2> ::std::fmt::Debug for GetPushStreamInfoRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetPushStreamInfoRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > GetPushStreamInfoRequestBuilder<
        missing::get_push_stream_info_request::operator_id,
        P1,
        P2,
    > {
        /// Sets [`operator_id`](super::GetPushStreamInfoRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetPushStreamInfoRequestBuilder<::std::string::String, P1, P2> {
            GetPushStreamInfoRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                instanceid: self.instanceid,
            }
        }
    }
    impl<
        P0,
        P2,
    > GetPushStreamInfoRequestBuilder<
        P0,
        missing::get_push_stream_info_request::operator_id_type,
        P2,
    > {
        /// Sets [`operator_id_type`](super::GetPushStreamInfoRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> GetPushStreamInfoRequestBuilder<P0, crate::OperatorIdType, P2> {
            GetPushStreamInfoRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                instanceid: self.instanceid,
            }
        }
    }
    impl<
        P0,
        P1,
    > GetPushStreamInfoRequestBuilder<
        P0,
        P1,
        missing::get_push_stream_info_request::instanceid,
    > {
        /// Sets [`instanceid`](super::GetPushStreamInfoRequest::instanceid).
        ///
        /// Required.
        pub fn instanceid(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> GetPushStreamInfoRequestBuilder<P0, P1, crate::InstanceId> {
            GetPushStreamInfoRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: value.into(),
            }
        }
    }
    impl GetPushStreamInfoRequestBuilder<
        ::std::string::String,
        crate::OperatorIdType,
        crate::InstanceId,
    > {
        /// The [`GetPushStreamInfoRequest`](super::GetPushStreamInfoRequest).
        pub fn build(self) -> super::GetPushStreamInfoRequest {
            super::GetPushStreamInfoRequest {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: self.instanceid,
            }
        }
    }
    /// Builds a [`GetPushStreamInfoResponse`](super::GetPushStreamInfoResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetPushStreamInfoResponseBuilder {
        pub(crate) push_stream_info: ::std::option::Option<
            ::std::vec::Vec<PushStreamEntry>,
        >,
    }
    impl ::std::fmt::Debug for GetPushStreamInfoResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetPushStreamInfoResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetPushStreamInfoResponseBuilder {
        /// Sets [`push_stream_info`](super::GetPushStreamInfoResponse::push_stream_info).
        ///
        /// Optional.
        pub fn push_stream_info(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<PushStreamEntry>,
            >,
        ) -> Self {
            self.push_stream_info = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl GetPushStreamInfoResponseBuilder {
        /// The [`GetPushStreamInfoResponse`](super::GetPushStreamInfoResponse).
        pub fn build(self) -> super::GetPushStreamInfoResponse {
            super::GetPushStreamInfoResponse {
                push_stream_info: self.push_stream_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`Guest`](super::Guest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GuestBuilder {
        pub(crate) area: ::std::option::Option<::std::string::String>,
        pub(crate) phone_number: ::std::option::Option<::std::string::String>,
        pub(crate) guest_name: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for GuestBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GuestBuilder)).finish_non_exhaustive()
        }
    }
    impl GuestBuilder {
        /// Sets [`area`](super::Guest::area).
        ///
        /// Optional.
        pub fn area(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.area = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`phone_number`](super::Guest::phone_number).
        ///
        /// Optional.
        pub fn phone_number(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.phone_number = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`guest_name`](super::Guest::guest_name).
        ///
        /// Optional.
        pub fn guest_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.guest_name = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl GuestBuilder {
        /// The [`Guest`](super::Guest).
        pub fn build(self) -> super::Guest {
            super::Guest {
                area: self.area,
                phone_number: self.phone_number,
                guest_name: self.guest_name,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`LiveConfig`](super::LiveConfig): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct LiveConfigBuilder {
        pub(crate) live_subject: ::std::option::Option<::std::string::String>,
        pub(crate) live_summary: ::std::option::Option<::std::string::String>,
        pub(crate) live_password: ::std::option::Option<::std::string::String>,
        pub(crate) enable_live_im: ::std::option::Option<bool>,
        pub(crate) enable_live_replay: ::std::option::Option<bool>,
        pub(crate) live_addr: ::std::option::Option<::std::string::String>,
        pub(crate) live_watermark: ::std::option::Option<LiveWatermark>,
        pub(crate) enable_live_password: ::std::option::Option<bool>,
    }
    impl ::std::fmt::Debug for LiveConfigBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(LiveConfigBuilder)).finish_non_exhaustive()
        }
    }
    impl LiveConfigBuilder {
        /// Sets [`live_subject`](super::LiveConfig::live_subject).
        ///
        /// Optional.
        pub fn live_subject(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.live_subject = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`live_summary`](super::LiveConfig::live_summary).
        ///
        /// Optional.
        pub fn live_summary(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.live_summary = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`live_password`](super::LiveConfig::live_password).
        ///
        /// Optional.
        pub fn live_password(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.live_password = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`enable_live_im`](super::LiveConfig::enable_live_im).
        ///
        /// Optional.
        pub fn enable_live_im(mut self, value: bool) -> Self {
            self.enable_live_im = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`enable_live_replay`](super::LiveConfig::enable_live_replay).
        ///
        /// Optional.
        pub fn enable_live_replay(mut self, value: bool) -> Self {
            self.enable_live_replay = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`live_addr`](super::LiveConfig::live_addr).
        ///
        /// Optional.
        pub fn live_addr(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.live_addr = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`live_watermark`](super::LiveConfig::live_watermark).
        ///
        /// Optional.
        pub fn live_watermark(
            mut self,
            value: impl ::std::convert::Into<LiveWatermark>,
        ) -> Self {
            self.live_watermark = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`enable_live_password`](super::LiveConfig::enable_live_password).
        ///
        /// Optional.
        pub fn enable_live_password(mut self, value: bool) -> Self {
            self.enable_live_password = ::std::option::Option::Some(value);
            self
        }
    }
    impl LiveConfigBuilder {
        /// The [`LiveConfig`](super::LiveConfig).
        pub fn build(self) -> super::LiveConfig {
            super::LiveConfig {
                live_subject: self.live_subject,
                live_summary: self.live_summary,
                live_password: self.live_password,
                enable_live_im: self.enable_live_im,
                enable_live_replay: self.enable_live_replay,
                live_addr: self.live_addr,
                live_watermark: self.live_watermark,
                enable_live_password: self.enable_live_password,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`LiveWatermark`](super::LiveWatermark): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct LiveWatermarkBuilder {
        pub(crate) watermark_opt: ::std::option::Option<i64>,
    }
    impl ::std::fmt::Debug for LiveWatermarkBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(LiveWatermarkBuilder)).finish_non_exhaustive()
        }
    }
    impl LiveWatermarkBuilder {
        /// Sets [`watermark_opt`](super::LiveWatermark::watermark_opt).
        ///
        /// Optional.
        pub fn watermark_opt(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.watermark_opt = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl LiveWatermarkBuilder {
        /// The [`LiveWatermark`](super::LiveWatermark).
        pub fn build(self) -> super::LiveWatermark {
            super::LiveWatermark {
                watermark_opt: self.watermark_opt,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`MediumUploadInfo`](super::MediumUploadInfo): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MediumUploadInfoBuilder {
        pub(crate) upload_status: ::std::option::Option<bool>,
        pub(crate) error_msg: ::std::option::Option<::std::string::String>,
        pub(crate) medium_type: ::std::option::Option<crate::MediumType>,
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
            value: impl ::std::convert::Into<crate::MediumType>,
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
    /// Builds a [`MeetingDetail`](super::MeetingDetail): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingDetailBuilder {
        pub(crate) subject: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_id: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_code: ::std::option::Option<::std::string::String>,
        pub(crate) password: ::std::option::Option<::std::string::String>,
        pub(crate) need_password: ::std::option::Option<bool>,
        pub(crate) status: ::std::option::Option<crate::MeetingStatus>,
        pub(crate) meeting_type: ::std::option::Option<crate::MeetingType>,
        pub(crate) join_url: ::std::option::Option<::std::string::String>,
        pub(crate) hosts: ::std::option::Option<::std::vec::Vec<crate::User>>,
        pub(crate) current_hosts: ::std::option::Option<::std::vec::Vec<crate::User>>,
        pub(crate) current_co_hosts: ::std::option::Option<::std::vec::Vec<crate::User>>,
        pub(crate) participants: ::std::option::Option<::std::vec::Vec<crate::User>>,
        pub(crate) start_time: ::std::option::Option<crate::UnixSeconds>,
        pub(crate) end_time: ::std::option::Option<crate::UnixSeconds>,
        pub(crate) settings: ::std::option::Option<MeetingDetailSettings>,
        pub(crate) meeting_kind: ::std::option::Option<crate::MeetingKind>,
        pub(crate) recurring_rule: ::std::option::Option<RecurringRule>,
        pub(crate) sub_meetings: ::std::option::Option<::std::vec::Vec<SubMeeting>>,
        pub(crate) has_more_sub_meeting: ::std::option::Option<i64>,
        pub(crate) has_more_sub_meetings: ::std::option::Option<i64>,
        pub(crate) remain_sub_meetings: ::std::option::Option<i64>,
        pub(crate) current_sub_meeting_id: ::std::option::Option<::std::string::String>,
        pub(crate) enable_live: ::std::option::Option<bool>,
        pub(crate) live_config: ::std::option::Option<LiveConfig>,
        pub(crate) enable_doc_upload_permission: ::std::option::Option<bool>,
        pub(crate) guests: ::std::option::Option<::std::vec::Vec<Guest>>,
        pub(crate) has_vote: ::std::option::Option<bool>,
        pub(crate) enable_enroll: ::std::option::Option<bool>,
        pub(crate) enable_host_key: ::std::option::Option<bool>,
        pub(crate) host_key: ::std::option::Option<::std::string::String>,
        pub(crate) location: ::std::option::Option<::std::string::String>,
        pub(crate) sync_to_wework: ::std::option::Option<bool>,
        pub(crate) time_zone: ::std::option::Option<::std::string::String>,
        pub(crate) media_set_type: ::std::option::Option<i64>,
        pub(crate) allow_enterprise_intranet_only: ::std::option::Option<bool>,
    }
    impl ::std::fmt::Debug for MeetingDetailBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingDetailBuilder)).finish_non_exhaustive()
        }
    }
    impl MeetingDetailBuilder {
        /// Sets [`subject`](super::MeetingDetail::subject).
        ///
        /// Optional.
        pub fn subject(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.subject = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_id`](super::MeetingDetail::meeting_id).
        ///
        /// Optional.
        pub fn meeting_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_code`](super::MeetingDetail::meeting_code).
        ///
        /// Optional.
        pub fn meeting_code(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_code = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`password`](super::MeetingDetail::password).
        ///
        /// Optional.
        pub fn password(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.password = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`need_password`](super::MeetingDetail::need_password).
        ///
        /// Optional.
        pub fn need_password(mut self, value: bool) -> Self {
            self.need_password = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`status`](super::MeetingDetail::status).
        ///
        /// Optional.
        pub fn status(
            mut self,
            value: impl ::std::convert::Into<crate::MeetingStatus>,
        ) -> Self {
            self.status = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_type`](super::MeetingDetail::meeting_type).
        ///
        /// Optional.
        pub fn meeting_type(
            mut self,
            value: impl ::std::convert::Into<crate::MeetingType>,
        ) -> Self {
            self.meeting_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`join_url`](super::MeetingDetail::join_url).
        ///
        /// Optional.
        pub fn join_url(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.join_url = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`hosts`](super::MeetingDetail::hosts).
        ///
        /// Optional.
        pub fn hosts(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<crate::User>,
            >,
        ) -> Self {
            self.hosts = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`current_hosts`](super::MeetingDetail::current_hosts).
        ///
        /// Optional.
        pub fn current_hosts(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<crate::User>,
            >,
        ) -> Self {
            self.current_hosts = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`current_co_hosts`](super::MeetingDetail::current_co_hosts).
        ///
        /// Optional.
        pub fn current_co_hosts(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<crate::User>,
            >,
        ) -> Self {
            self.current_co_hosts = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`participants`](super::MeetingDetail::participants).
        ///
        /// Optional.
        pub fn participants(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<crate::User>,
            >,
        ) -> Self {
            self.participants = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`start_time`](super::MeetingDetail::start_time).
        ///
        /// Optional.
        pub fn start_time(
            mut self,
            value: impl ::std::convert::Into<crate::UnixSeconds>,
        ) -> Self {
            self.start_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`end_time`](super::MeetingDetail::end_time).
        ///
        /// Optional.
        pub fn end_time(
            mut self,
            value: impl ::std::convert::Into<crate::UnixSeconds>,
        ) -> Self {
            self.end_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`settings`](super::MeetingDetail::settings).
        ///
        /// Optional.
        pub fn settings(
            mut self,
            value: impl ::std::convert::Into<MeetingDetailSettings>,
        ) -> Self {
            self.settings = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_kind`](super::MeetingDetail::meeting_kind).
        ///
        /// Optional.
        pub fn meeting_kind(
            mut self,
            value: impl ::std::convert::Into<crate::MeetingKind>,
        ) -> Self {
            self.meeting_kind = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`recurring_rule`](super::MeetingDetail::recurring_rule).
        ///
        /// Optional.
        pub fn recurring_rule(
            mut self,
            value: impl ::std::convert::Into<RecurringRule>,
        ) -> Self {
            self.recurring_rule = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`sub_meetings`](super::MeetingDetail::sub_meetings).
        ///
        /// Optional.
        pub fn sub_meetings(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<SubMeeting>,
            >,
        ) -> Self {
            self.sub_meetings = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`has_more_sub_meeting`](super::MeetingDetail::has_more_sub_meeting).
        ///
        /// Optional.
        pub fn has_more_sub_meeting(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.has_more_sub_meeting = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`has_more_sub_meetings`](super::MeetingDetail::has_more_sub_meetings).
        ///
        /// Optional.
        pub fn has_more_sub_meetings(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.has_more_sub_meetings = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`remain_sub_meetings`](super::MeetingDetail::remain_sub_meetings).
        ///
        /// Optional.
        pub fn remain_sub_meetings(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.remain_sub_meetings = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`current_sub_meeting_id`](super::MeetingDetail::current_sub_meeting_id).
        ///
        /// Optional.
        pub fn current_sub_meeting_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.current_sub_meeting_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`enable_live`](super::MeetingDetail::enable_live).
        ///
        /// Optional.
        pub fn enable_live(mut self, value: bool) -> Self {
            self.enable_live = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`live_config`](super::MeetingDetail::live_config).
        ///
        /// Optional.
        pub fn live_config(
            mut self,
            value: impl ::std::convert::Into<LiveConfig>,
        ) -> Self {
            self.live_config = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`enable_doc_upload_permission`](super::MeetingDetail::enable_doc_upload_permission).
        ///
        /// Optional.
        pub fn enable_doc_upload_permission(mut self, value: bool) -> Self {
            self.enable_doc_upload_permission = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`guests`](super::MeetingDetail::guests).
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
        /// Sets [`has_vote`](super::MeetingDetail::has_vote).
        ///
        /// Optional.
        pub fn has_vote(mut self, value: bool) -> Self {
            self.has_vote = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`enable_enroll`](super::MeetingDetail::enable_enroll).
        ///
        /// Optional.
        pub fn enable_enroll(mut self, value: bool) -> Self {
            self.enable_enroll = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`enable_host_key`](super::MeetingDetail::enable_host_key).
        ///
        /// Optional.
        pub fn enable_host_key(mut self, value: bool) -> Self {
            self.enable_host_key = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`host_key`](super::MeetingDetail::host_key).
        ///
        /// Optional.
        pub fn host_key(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.host_key = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`location`](super::MeetingDetail::location).
        ///
        /// Optional.
        pub fn location(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.location = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`sync_to_wework`](super::MeetingDetail::sync_to_wework).
        ///
        /// Optional.
        pub fn sync_to_wework(mut self, value: bool) -> Self {
            self.sync_to_wework = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`time_zone`](super::MeetingDetail::time_zone).
        ///
        /// Optional.
        pub fn time_zone(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.time_zone = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`media_set_type`](super::MeetingDetail::media_set_type).
        ///
        /// Optional.
        pub fn media_set_type(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.media_set_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`allow_enterprise_intranet_only`](super::MeetingDetail::allow_enterprise_intranet_only).
        ///
        /// Optional.
        pub fn allow_enterprise_intranet_only(mut self, value: bool) -> Self {
            self.allow_enterprise_intranet_only = ::std::option::Option::Some(value);
            self
        }
    }
    impl MeetingDetailBuilder {
        /// The [`MeetingDetail`](super::MeetingDetail).
        pub fn build(self) -> super::MeetingDetail {
            super::MeetingDetail {
                subject: self.subject,
                meeting_id: self.meeting_id,
                meeting_code: self.meeting_code,
                password: self.password,
                need_password: self.need_password,
                status: self.status,
                meeting_type: self.meeting_type,
                join_url: self.join_url,
                hosts: self.hosts,
                current_hosts: self.current_hosts,
                current_co_hosts: self.current_co_hosts,
                participants: self.participants,
                start_time: self.start_time,
                end_time: self.end_time,
                settings: self.settings,
                meeting_kind: self.meeting_kind,
                recurring_rule: self.recurring_rule,
                sub_meetings: self.sub_meetings,
                has_more_sub_meeting: self.has_more_sub_meeting,
                has_more_sub_meetings: self.has_more_sub_meetings,
                remain_sub_meetings: self.remain_sub_meetings,
                current_sub_meeting_id: self.current_sub_meeting_id,
                enable_live: self.enable_live,
                live_config: self.live_config,
                enable_doc_upload_permission: self.enable_doc_upload_permission,
                guests: self.guests,
                has_vote: self.has_vote,
                enable_enroll: self.enable_enroll,
                enable_host_key: self.enable_host_key,
                host_key: self.host_key,
                location: self.location,
                sync_to_wework: self.sync_to_wework,
                time_zone: self.time_zone,
                media_set_type: self.media_set_type,
                allow_enterprise_intranet_only: self.allow_enterprise_intranet_only,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`MeetingDetailSettings`](super::MeetingDetailSettings): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingDetailSettingsBuilder {
        pub(crate) mute_enable_join: ::std::option::Option<bool>,
        pub(crate) allow_unmute_self: ::std::option::Option<bool>,
        pub(crate) allow_in_before_host: ::std::option::Option<bool>,
        pub(crate) auto_in_waiting_room: ::std::option::Option<bool>,
        pub(crate) allow_screen_shared_watermark: ::std::option::Option<bool>,
        pub(crate) water_mark_type: ::std::option::Option<i64>,
        pub(crate) only_allow_enterprise_user_join: ::std::option::Option<bool>,
        pub(crate) only_enterprise_user_allowed: ::std::option::Option<bool>,
        pub(crate) auto_record_type: ::std::option::Option<::std::string::String>,
        pub(crate) participant_join_auto_record: ::std::option::Option<bool>,
        pub(crate) enable_host_pause_auto_record: ::std::option::Option<bool>,
        pub(crate) mute_enable_type_join: ::std::option::Option<i64>,
        pub(crate) only_user_join_type: ::std::option::Option<i64>,
        pub(crate) change_nickname: ::std::option::Option<i64>,
        pub(crate) allow_multi_device: ::std::option::Option<bool>,
        pub(crate) auto_asr: ::std::option::Option<bool>,
        pub(crate) open_asr_view: ::std::option::Option<bool>,
        pub(crate) play_ivr_on_leave: ::std::option::Option<bool>,
    }
    impl ::std::fmt::Debug for MeetingDetailSettingsBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingDetailSettingsBuilder))
                .finish_non_exhaustive()
        }
    }
    impl MeetingDetailSettingsBuilder {
        /// Sets [`mute_enable_join`](super::MeetingDetailSettings::mute_enable_join).
        ///
        /// Optional.
        pub fn mute_enable_join(mut self, value: bool) -> Self {
            self.mute_enable_join = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`allow_unmute_self`](super::MeetingDetailSettings::allow_unmute_self).
        ///
        /// Optional.
        pub fn allow_unmute_self(mut self, value: bool) -> Self {
            self.allow_unmute_self = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`allow_in_before_host`](super::MeetingDetailSettings::allow_in_before_host).
        ///
        /// Optional.
        pub fn allow_in_before_host(mut self, value: bool) -> Self {
            self.allow_in_before_host = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`auto_in_waiting_room`](super::MeetingDetailSettings::auto_in_waiting_room).
        ///
        /// Optional.
        pub fn auto_in_waiting_room(mut self, value: bool) -> Self {
            self.auto_in_waiting_room = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`allow_screen_shared_watermark`](super::MeetingDetailSettings::allow_screen_shared_watermark).
        ///
        /// Optional.
        pub fn allow_screen_shared_watermark(mut self, value: bool) -> Self {
            self.allow_screen_shared_watermark = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`water_mark_type`](super::MeetingDetailSettings::water_mark_type).
        ///
        /// Optional.
        pub fn water_mark_type(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.water_mark_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`only_allow_enterprise_user_join`](super::MeetingDetailSettings::only_allow_enterprise_user_join).
        ///
        /// Optional.
        pub fn only_allow_enterprise_user_join(mut self, value: bool) -> Self {
            self.only_allow_enterprise_user_join = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`only_enterprise_user_allowed`](super::MeetingDetailSettings::only_enterprise_user_allowed).
        ///
        /// Optional.
        pub fn only_enterprise_user_allowed(mut self, value: bool) -> Self {
            self.only_enterprise_user_allowed = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`auto_record_type`](super::MeetingDetailSettings::auto_record_type).
        ///
        /// Optional.
        pub fn auto_record_type(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.auto_record_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`participant_join_auto_record`](super::MeetingDetailSettings::participant_join_auto_record).
        ///
        /// Optional.
        pub fn participant_join_auto_record(mut self, value: bool) -> Self {
            self.participant_join_auto_record = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`enable_host_pause_auto_record`](super::MeetingDetailSettings::enable_host_pause_auto_record).
        ///
        /// Optional.
        pub fn enable_host_pause_auto_record(mut self, value: bool) -> Self {
            self.enable_host_pause_auto_record = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`mute_enable_type_join`](super::MeetingDetailSettings::mute_enable_type_join).
        ///
        /// Optional.
        pub fn mute_enable_type_join(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.mute_enable_type_join = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`only_user_join_type`](super::MeetingDetailSettings::only_user_join_type).
        ///
        /// Optional.
        pub fn only_user_join_type(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.only_user_join_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`change_nickname`](super::MeetingDetailSettings::change_nickname).
        ///
        /// Optional.
        pub fn change_nickname(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.change_nickname = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`allow_multi_device`](super::MeetingDetailSettings::allow_multi_device).
        ///
        /// Optional.
        pub fn allow_multi_device(mut self, value: bool) -> Self {
            self.allow_multi_device = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`auto_asr`](super::MeetingDetailSettings::auto_asr).
        ///
        /// Optional.
        pub fn auto_asr(mut self, value: bool) -> Self {
            self.auto_asr = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`open_asr_view`](super::MeetingDetailSettings::open_asr_view).
        ///
        /// Optional.
        pub fn open_asr_view(mut self, value: bool) -> Self {
            self.open_asr_view = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`play_ivr_on_leave`](super::MeetingDetailSettings::play_ivr_on_leave).
        ///
        /// Optional.
        pub fn play_ivr_on_leave(mut self, value: bool) -> Self {
            self.play_ivr_on_leave = ::std::option::Option::Some(value);
            self
        }
    }
    impl MeetingDetailSettingsBuilder {
        /// The [`MeetingDetailSettings`](super::MeetingDetailSettings).
        pub fn build(self) -> super::MeetingDetailSettings {
            super::MeetingDetailSettings {
                mute_enable_join: self.mute_enable_join,
                allow_unmute_self: self.allow_unmute_self,
                allow_in_before_host: self.allow_in_before_host,
                auto_in_waiting_room: self.auto_in_waiting_room,
                allow_screen_shared_watermark: self.allow_screen_shared_watermark,
                water_mark_type: self.water_mark_type,
                only_allow_enterprise_user_join: self.only_allow_enterprise_user_join,
                only_enterprise_user_allowed: self.only_enterprise_user_allowed,
                auto_record_type: self.auto_record_type,
                participant_join_auto_record: self.participant_join_auto_record,
                enable_host_pause_auto_record: self.enable_host_pause_auto_record,
                mute_enable_type_join: self.mute_enable_type_join,
                only_user_join_type: self.only_user_join_type,
                change_nickname: self.change_nickname,
                allow_multi_device: self.allow_multi_device,
                auto_asr: self.auto_asr,
                open_asr_view: self.open_asr_view,
                play_ivr_on_leave: self.play_ivr_on_leave,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`MeetingInfo`](super::MeetingInfo): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingInfoBuilder {
        pub(crate) subject: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_id: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_code: ::std::option::Option<::std::string::String>,
        pub(crate) password: ::std::option::Option<::std::string::String>,
        pub(crate) hosts: ::std::option::Option<::std::vec::Vec<crate::User>>,
        pub(crate) participants: ::std::option::Option<::std::vec::Vec<crate::User>>,
        pub(crate) participants_list: ::std::option::Option<
            ::std::vec::Vec<crate::User>,
        >,
        pub(crate) start_time: ::std::option::Option<crate::UnixSeconds>,
        pub(crate) end_time: ::std::option::Option<crate::UnixSeconds>,
        pub(crate) join_url: ::std::option::Option<::std::string::String>,
        pub(crate) settings: ::std::option::Option<MeetingInfoSettings>,
    }
    impl ::std::fmt::Debug for MeetingInfoBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingInfoBuilder)).finish_non_exhaustive()
        }
    }
    impl MeetingInfoBuilder {
        /// Sets [`subject`](super::MeetingInfo::subject).
        ///
        /// Optional.
        pub fn subject(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.subject = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_id`](super::MeetingInfo::meeting_id).
        ///
        /// Optional.
        pub fn meeting_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_code`](super::MeetingInfo::meeting_code).
        ///
        /// Optional.
        pub fn meeting_code(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_code = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`password`](super::MeetingInfo::password).
        ///
        /// Optional.
        pub fn password(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.password = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`hosts`](super::MeetingInfo::hosts).
        ///
        /// Optional.
        pub fn hosts(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<crate::User>,
            >,
        ) -> Self {
            self.hosts = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`participants`](super::MeetingInfo::participants).
        ///
        /// Optional.
        pub fn participants(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<crate::User>,
            >,
        ) -> Self {
            self.participants = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`participants_list`](super::MeetingInfo::participants_list).
        ///
        /// Optional.
        pub fn participants_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<crate::User>,
            >,
        ) -> Self {
            self.participants_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`start_time`](super::MeetingInfo::start_time).
        ///
        /// Optional.
        pub fn start_time(
            mut self,
            value: impl ::std::convert::Into<crate::UnixSeconds>,
        ) -> Self {
            self.start_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`end_time`](super::MeetingInfo::end_time).
        ///
        /// Optional.
        pub fn end_time(
            mut self,
            value: impl ::std::convert::Into<crate::UnixSeconds>,
        ) -> Self {
            self.end_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`join_url`](super::MeetingInfo::join_url).
        ///
        /// Optional.
        pub fn join_url(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.join_url = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`settings`](super::MeetingInfo::settings).
        ///
        /// Optional.
        pub fn settings(
            mut self,
            value: impl ::std::convert::Into<MeetingInfoSettings>,
        ) -> Self {
            self.settings = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl MeetingInfoBuilder {
        /// The [`MeetingInfo`](super::MeetingInfo).
        pub fn build(self) -> super::MeetingInfo {
            super::MeetingInfo {
                subject: self.subject,
                meeting_id: self.meeting_id,
                meeting_code: self.meeting_code,
                password: self.password,
                hosts: self.hosts,
                participants: self.participants,
                participants_list: self.participants_list,
                start_time: self.start_time,
                end_time: self.end_time,
                join_url: self.join_url,
                settings: self.settings,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`MeetingInfoSettings`](super::MeetingInfoSettings): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingInfoSettingsBuilder {
        pub(crate) mute_enable_join: ::std::option::Option<bool>,
        pub(crate) allow_unmute_self: ::std::option::Option<bool>,
        pub(crate) mute_all: ::std::option::Option<bool>,
        pub(crate) host_video: ::std::option::Option<bool>,
        pub(crate) participant_video: ::std::option::Option<bool>,
        pub(crate) enable_record: ::std::option::Option<bool>,
        pub(crate) play_ivr_on_leave: ::std::option::Option<bool>,
        pub(crate) play_ivr_on_join: ::std::option::Option<bool>,
        pub(crate) live_url: ::std::option::Option<bool>,
    }
    impl ::std::fmt::Debug for MeetingInfoSettingsBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingInfoSettingsBuilder))
                .finish_non_exhaustive()
        }
    }
    impl MeetingInfoSettingsBuilder {
        /// Sets [`mute_enable_join`](super::MeetingInfoSettings::mute_enable_join).
        ///
        /// Optional.
        pub fn mute_enable_join(mut self, value: bool) -> Self {
            self.mute_enable_join = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`allow_unmute_self`](super::MeetingInfoSettings::allow_unmute_self).
        ///
        /// Optional.
        pub fn allow_unmute_self(mut self, value: bool) -> Self {
            self.allow_unmute_self = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`mute_all`](super::MeetingInfoSettings::mute_all).
        ///
        /// Optional.
        pub fn mute_all(mut self, value: bool) -> Self {
            self.mute_all = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`host_video`](super::MeetingInfoSettings::host_video).
        ///
        /// Optional.
        pub fn host_video(mut self, value: bool) -> Self {
            self.host_video = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`participant_video`](super::MeetingInfoSettings::participant_video).
        ///
        /// Optional.
        pub fn participant_video(mut self, value: bool) -> Self {
            self.participant_video = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`enable_record`](super::MeetingInfoSettings::enable_record).
        ///
        /// Optional.
        pub fn enable_record(mut self, value: bool) -> Self {
            self.enable_record = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`play_ivr_on_leave`](super::MeetingInfoSettings::play_ivr_on_leave).
        ///
        /// Optional.
        pub fn play_ivr_on_leave(mut self, value: bool) -> Self {
            self.play_ivr_on_leave = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`play_ivr_on_join`](super::MeetingInfoSettings::play_ivr_on_join).
        ///
        /// Optional.
        pub fn play_ivr_on_join(mut self, value: bool) -> Self {
            self.play_ivr_on_join = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`live_url`](super::MeetingInfoSettings::live_url).
        ///
        /// Optional.
        pub fn live_url(mut self, value: bool) -> Self {
            self.live_url = ::std::option::Option::Some(value);
            self
        }
    }
    impl MeetingInfoSettingsBuilder {
        /// The [`MeetingInfoSettings`](super::MeetingInfoSettings).
        pub fn build(self) -> super::MeetingInfoSettings {
            super::MeetingInfoSettings {
                mute_enable_join: self.mute_enable_join,
                allow_unmute_self: self.allow_unmute_self,
                mute_all: self.mute_all,
                host_video: self.host_video,
                participant_video: self.participant_video,
                enable_record: self.enable_record,
                play_ivr_on_leave: self.play_ivr_on_leave,
                play_ivr_on_join: self.play_ivr_on_join,
                live_url: self.live_url,
                extra: ::serde_json::Map::new(),
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
    /// Builds a [`PushStreamEntry`](super::PushStreamEntry): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct PushStreamEntryBuilder {
        pub(crate) platform_type: ::std::option::Option<crate::PlatformType>,
        pub(crate) platform_name: ::std::option::Option<::std::string::String>,
        pub(crate) enable_push_address: ::std::option::Option<bool>,
        pub(crate) push_address: ::std::option::Option<::std::string::String>,
        pub(crate) push_password: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for PushStreamEntryBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(PushStreamEntryBuilder)).finish_non_exhaustive()
        }
    }
    impl PushStreamEntryBuilder {
        /// Sets [`platform_type`](super::PushStreamEntry::platform_type).
        ///
        /// Optional.
        pub fn platform_type(
            mut self,
            value: impl ::std::convert::Into<crate::PlatformType>,
        ) -> Self {
            self.platform_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`platform_name`](super::PushStreamEntry::platform_name).
        ///
        /// Optional.
        pub fn platform_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.platform_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`enable_push_address`](super::PushStreamEntry::enable_push_address).
        ///
        /// Optional.
        pub fn enable_push_address(mut self, value: bool) -> Self {
            self.enable_push_address = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`push_address`](super::PushStreamEntry::push_address).
        ///
        /// Optional.
        pub fn push_address(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.push_address = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`push_password`](super::PushStreamEntry::push_password).
        ///
        /// Optional.
        pub fn push_password(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.push_password = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl PushStreamEntryBuilder {
        /// The [`PushStreamEntry`](super::PushStreamEntry).
        pub fn build(self) -> super::PushStreamEntry {
            super::PushStreamEntry {
                platform_type: self.platform_type,
                platform_name: self.platform_name,
                enable_push_address: self.enable_push_address,
                push_address: self.push_address,
                push_password: self.push_password,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`PushStreamInfo`](super::PushStreamInfo): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct PushStreamInfoBuilder<
        P0 = missing::push_stream_info::platform_type,
        P1 = missing::push_stream_info::platform_name,
        P2 = missing::push_stream_info::push_address,
        P3 = missing::push_stream_info::push_password,
    > {
        pub(crate) platform_type: P0,
        pub(crate) platform_name: P1,
        pub(crate) enable_push_address: bool,
        pub(crate) push_address: P2,
        pub(crate) push_password: P3,
    }
    impl<P0, P1, P2, P3> ::std::fmt::Debug for PushStreamInfoBuilder<P0, P1, P2, P3> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(PushStreamInfoBuilder)).finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
        P3,
    > PushStreamInfoBuilder<missing::push_stream_info::platform_type, P1, P2, P3> {
        /// Sets [`platform_type`](super::PushStreamInfo::platform_type).
        ///
        /// Required.
        pub fn platform_type(
            self,
            value: impl ::std::convert::Into<crate::PlatformType>,
        ) -> PushStreamInfoBuilder<crate::PlatformType, P1, P2, P3> {
            PushStreamInfoBuilder {
                platform_type: value.into(),
                platform_name: self.platform_name,
                enable_push_address: self.enable_push_address,
                push_address: self.push_address,
                push_password: self.push_password,
            }
        }
    }
    impl<
        P0,
        P2,
        P3,
    > PushStreamInfoBuilder<P0, missing::push_stream_info::platform_name, P2, P3> {
        /// Sets [`platform_name`](super::PushStreamInfo::platform_name).
        ///
        /// Required.
        pub fn platform_name(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> PushStreamInfoBuilder<P0, ::std::string::String, P2, P3> {
            PushStreamInfoBuilder {
                platform_type: self.platform_type,
                platform_name: value.into(),
                enable_push_address: self.enable_push_address,
                push_address: self.push_address,
                push_password: self.push_password,
            }
        }
    }
    impl<
        P0,
        P1,
        P3,
    > PushStreamInfoBuilder<P0, P1, missing::push_stream_info::push_address, P3> {
        /// Sets [`push_address`](super::PushStreamInfo::push_address).
        ///
        /// Required.
        pub fn push_address(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> PushStreamInfoBuilder<P0, P1, ::std::string::String, P3> {
            PushStreamInfoBuilder {
                platform_type: self.platform_type,
                platform_name: self.platform_name,
                enable_push_address: self.enable_push_address,
                push_address: value.into(),
                push_password: self.push_password,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
    > PushStreamInfoBuilder<P0, P1, P2, missing::push_stream_info::push_password> {
        /// Sets [`push_password`](super::PushStreamInfo::push_password).
        ///
        /// Required.
        pub fn push_password(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> PushStreamInfoBuilder<P0, P1, P2, ::std::string::String> {
            PushStreamInfoBuilder {
                platform_type: self.platform_type,
                platform_name: self.platform_name,
                enable_push_address: self.enable_push_address,
                push_address: self.push_address,
                push_password: value.into(),
            }
        }
    }
    impl<P0, P1, P2, P3> PushStreamInfoBuilder<P0, P1, P2, P3> {
        /// Sets [`enable_push_address`](super::PushStreamInfo::enable_push_address).
        ///
        /// Required; starts at its documented default.
        pub fn enable_push_address(mut self, value: bool) -> Self {
            self.enable_push_address = value;
            self
        }
    }
    impl PushStreamInfoBuilder<
        crate::PlatformType,
        ::std::string::String,
        ::std::string::String,
        ::std::string::String,
    > {
        /// The [`PushStreamInfo`](super::PushStreamInfo).
        pub fn build(self) -> super::PushStreamInfo {
            super::PushStreamInfo {
                platform_type: self.platform_type,
                platform_name: self.platform_name,
                enable_push_address: self.enable_push_address,
                push_address: self.push_address,
                push_password: self.push_password,
            }
        }
    }
    /// Builds a [`RecurringRule`](super::RecurringRule): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecurringRuleBuilder {
        pub(crate) recurring_type: ::std::option::Option<i64>,
        pub(crate) until_type: ::std::option::Option<i64>,
        pub(crate) until_date: ::std::option::Option<crate::UnixSeconds>,
        pub(crate) until_count: ::std::option::Option<i64>,
        pub(crate) customized_recurring_type: ::std::option::Option<i64>,
        pub(crate) customized_recurring_step: ::std::option::Option<i64>,
        pub(crate) customized_recurring_days: ::std::option::Option<i64>,
    }
    impl ::std::fmt::Debug for RecurringRuleBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecurringRuleBuilder)).finish_non_exhaustive()
        }
    }
    impl RecurringRuleBuilder {
        /// Sets [`recurring_type`](super::RecurringRule::recurring_type).
        ///
        /// Optional.
        pub fn recurring_type(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.recurring_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`until_type`](super::RecurringRule::until_type).
        ///
        /// Optional.
        pub fn until_type(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.until_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`until_date`](super::RecurringRule::until_date).
        ///
        /// Optional.
        pub fn until_date(
            mut self,
            value: impl ::std::convert::Into<crate::UnixSeconds>,
        ) -> Self {
            self.until_date = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`until_count`](super::RecurringRule::until_count).
        ///
        /// Optional.
        pub fn until_count(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.until_count = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`customized_recurring_type`](super::RecurringRule::customized_recurring_type).
        ///
        /// Optional.
        pub fn customized_recurring_type(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.customized_recurring_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`customized_recurring_step`](super::RecurringRule::customized_recurring_step).
        ///
        /// Optional.
        pub fn customized_recurring_step(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.customized_recurring_step = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`customized_recurring_days`](super::RecurringRule::customized_recurring_days).
        ///
        /// Optional.
        pub fn customized_recurring_days(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.customized_recurring_days = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl RecurringRuleBuilder {
        /// The [`RecurringRule`](super::RecurringRule).
        pub fn build(self) -> super::RecurringRule {
            super::RecurringRule {
                recurring_type: self.recurring_type,
                until_type: self.until_type,
                until_date: self.until_date,
                until_count: self.until_count,
                customized_recurring_type: self.customized_recurring_type,
                customized_recurring_step: self.customized_recurring_step,
                customized_recurring_days: self.customized_recurring_days,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`SetDefaultBackgroundPath`](super::SetDefaultBackgroundPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SetDefaultBackgroundPathBuilder<
        P0 = missing::set_default_background_path::meeting_id,
    > {
        pub(crate) meeting_id: P0,
    }
    impl<P0> ::std::fmt::Debug for SetDefaultBackgroundPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SetDefaultBackgroundPathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl SetDefaultBackgroundPathBuilder<
        missing::set_default_background_path::meeting_id,
    > {
        /// Sets [`meeting_id`](super::SetDefaultBackgroundPath::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SetDefaultBackgroundPathBuilder<::std::string::String> {
            SetDefaultBackgroundPathBuilder {
                meeting_id: value.into(),
            }
        }
    }
    impl SetDefaultBackgroundPathBuilder<::std::string::String> {
        /// The [`SetDefaultBackgroundPath`](super::SetDefaultBackgroundPath).
        pub fn build(self) -> super::SetDefaultBackgroundPath {
            super::SetDefaultBackgroundPath {
                meeting_id: self.meeting_id,
            }
        }
    }
    /// Builds a [`SetDefaultBackgroundRequest`](super::SetDefaultBackgroundRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SetDefaultBackgroundRequestBuilder<
        P0 = missing::set_default_background_request::instanceid,
        P1 = missing::set_default_background_request::selected_background_id,
        P2 = missing::set_default_background_request::operator_id,
        P3 = missing::set_default_background_request::operator_id_type,
    > {
        pub(crate) instanceid: P0,
        pub(crate) selected_background_id: P1,
        pub(crate) operator_id: P2,
        pub(crate) operator_id_type: P3,
        pub(crate) userid: ::std::option::Option<::std::string::String>,
    }
    impl<P0, P1, P2, P3> ::std::fmt::Debug
    for SetDefaultBackgroundRequestBuilder<P0, P1, P2, P3> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SetDefaultBackgroundRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
        P3,
    > SetDefaultBackgroundRequestBuilder<
        missing::set_default_background_request::instanceid,
        P1,
        P2,
        P3,
    > {
        /// Sets [`instanceid`](super::SetDefaultBackgroundRequest::instanceid).
        ///
        /// Required.
        pub fn instanceid(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> SetDefaultBackgroundRequestBuilder<crate::InstanceId, P1, P2, P3> {
            SetDefaultBackgroundRequestBuilder {
                instanceid: value.into(),
                selected_background_id: self.selected_background_id,
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                userid: self.userid,
            }
        }
    }
    impl<
        P0,
        P2,
        P3,
    > SetDefaultBackgroundRequestBuilder<
        P0,
        missing::set_default_background_request::selected_background_id,
        P2,
        P3,
    > {
        /// Sets [`selected_background_id`](super::SetDefaultBackgroundRequest::selected_background_id).
        ///
        /// Required.
        pub fn selected_background_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SetDefaultBackgroundRequestBuilder<P0, ::std::string::String, P2, P3> {
            SetDefaultBackgroundRequestBuilder {
                instanceid: self.instanceid,
                selected_background_id: value.into(),
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                userid: self.userid,
            }
        }
    }
    impl<
        P0,
        P1,
        P3,
    > SetDefaultBackgroundRequestBuilder<
        P0,
        P1,
        missing::set_default_background_request::operator_id,
        P3,
    > {
        /// Sets [`operator_id`](super::SetDefaultBackgroundRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SetDefaultBackgroundRequestBuilder<P0, P1, ::std::string::String, P3> {
            SetDefaultBackgroundRequestBuilder {
                instanceid: self.instanceid,
                selected_background_id: self.selected_background_id,
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                userid: self.userid,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
    > SetDefaultBackgroundRequestBuilder<
        P0,
        P1,
        P2,
        missing::set_default_background_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::SetDefaultBackgroundRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> SetDefaultBackgroundRequestBuilder<P0, P1, P2, crate::OperatorIdType> {
            SetDefaultBackgroundRequestBuilder {
                instanceid: self.instanceid,
                selected_background_id: self.selected_background_id,
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                userid: self.userid,
            }
        }
    }
    impl<P0, P1, P2, P3> SetDefaultBackgroundRequestBuilder<P0, P1, P2, P3> {
        /// Sets [`userid`](super::SetDefaultBackgroundRequest::userid).
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
    impl SetDefaultBackgroundRequestBuilder<
        crate::InstanceId,
        ::std::string::String,
        ::std::string::String,
        crate::OperatorIdType,
    > {
        /// The [`SetDefaultBackgroundRequest`](super::SetDefaultBackgroundRequest).
        pub fn build(self) -> super::SetDefaultBackgroundRequest {
            super::SetDefaultBackgroundRequest {
                instanceid: self.instanceid,
                selected_background_id: self.selected_background_id,
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                userid: self.userid,
            }
        }
    }
    /// Builds a [`SetLiveStreamAddressPath`](super::SetLiveStreamAddressPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SetLiveStreamAddressPathBuilder<
        P0 = missing::set_live_stream_address_path::meeting_id,
    > {
        pub(crate) meeting_id: P0,
    }
    impl<P0> ::std::fmt::Debug for SetLiveStreamAddressPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SetLiveStreamAddressPathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl SetLiveStreamAddressPathBuilder<
        missing::set_live_stream_address_path::meeting_id,
    > {
        /// Sets [`meeting_id`](super::SetLiveStreamAddressPath::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SetLiveStreamAddressPathBuilder<::std::string::String> {
            SetLiveStreamAddressPathBuilder {
                meeting_id: value.into(),
            }
        }
    }
    impl SetLiveStreamAddressPathBuilder<::std::string::String> {
        /// The [`SetLiveStreamAddressPath`](super::SetLiveStreamAddressPath).
        pub fn build(self) -> super::SetLiveStreamAddressPath {
            super::SetLiveStreamAddressPath {
                meeting_id: self.meeting_id,
            }
        }
    }
    /// Builds a [`SetLiveStreamAddressRequest`](super::SetLiveStreamAddressRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SetLiveStreamAddressRequestBuilder<
        P0 = missing::set_live_stream_address_request::userid,
        P1 = missing::set_live_stream_address_request::instanceid,
        P2 = missing::set_live_stream_address_request::push_stream_info,
    > {
        pub(crate) userid: P0,
        pub(crate) instanceid: P1,
        pub(crate) push_stream_info: P2,
    }
    impl<P0, P1, P2> ::std::fmt::Debug
    for SetLiveStreamAddressRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SetLiveStreamAddressRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > SetLiveStreamAddressRequestBuilder<
        missing::set_live_stream_address_request::userid,
        P1,
        P2,
    > {
        /// Sets [`userid`](super::SetLiveStreamAddressRequest::userid).
        ///
        /// Required.
        pub fn userid(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SetLiveStreamAddressRequestBuilder<::std::string::String, P1, P2> {
            SetLiveStreamAddressRequestBuilder {
                userid: value.into(),
                instanceid: self.instanceid,
                push_stream_info: self.push_stream_info,
            }
        }
    }
    impl<
        P0,
        P2,
    > SetLiveStreamAddressRequestBuilder<
        P0,
        missing::set_live_stream_address_request::instanceid,
        P2,
    > {
        /// Sets [`instanceid`](super::SetLiveStreamAddressRequest::instanceid).
        ///
        /// Required.
        pub fn instanceid(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> SetLiveStreamAddressRequestBuilder<P0, crate::InstanceId, P2> {
            SetLiveStreamAddressRequestBuilder {
                userid: self.userid,
                instanceid: value.into(),
                push_stream_info: self.push_stream_info,
            }
        }
    }
    impl<
        P0,
        P1,
    > SetLiveStreamAddressRequestBuilder<
        P0,
        P1,
        missing::set_live_stream_address_request::push_stream_info,
    > {
        /// Sets [`push_stream_info`](super::SetLiveStreamAddressRequest::push_stream_info).
        ///
        /// Required.
        pub fn push_stream_info(
            self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<PushStreamInfo>,
            >,
        ) -> SetLiveStreamAddressRequestBuilder<
            P0,
            P1,
            ::std::vec::Vec<PushStreamInfo>,
        > {
            SetLiveStreamAddressRequestBuilder {
                userid: self.userid,
                instanceid: self.instanceid,
                push_stream_info: value
                    .into_iter()
                    .map(::std::convert::Into::into)
                    .collect(),
            }
        }
    }
    impl SetLiveStreamAddressRequestBuilder<
        ::std::string::String,
        crate::InstanceId,
        ::std::vec::Vec<PushStreamInfo>,
    > {
        /// The [`SetLiveStreamAddressRequest`](super::SetLiveStreamAddressRequest).
        pub fn build(self) -> super::SetLiveStreamAddressRequest {
            super::SetLiveStreamAddressRequest {
                userid: self.userid,
                instanceid: self.instanceid,
                push_stream_info: self.push_stream_info,
            }
        }
    }
    /// Builds a [`Settings`](super::Settings): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SettingsBuilder<
        P0 = missing::settings::mute_enable_join,
        P1 = missing::settings::allow_unmute_self,
        P2 = missing::settings::participant_video,
        P3 = missing::settings::enable_record,
        P4 = missing::settings::play_ivr_on_leave,
        P5 = missing::settings::live_url,
    > {
        pub(crate) mute_enable_join: P0,
        pub(crate) allow_unmute_self: P1,
        pub(crate) mute_all: ::std::option::Option<bool>,
        pub(crate) host_video: ::std::option::Option<bool>,
        pub(crate) participant_video: P2,
        pub(crate) enable_record: P3,
        pub(crate) play_ivr_on_leave: P4,
        pub(crate) play_ivr_on_join: ::std::option::Option<bool>,
        pub(crate) live_url: P5,
    }
    impl<P0, P1, P2, P3, P4, P5> ::std::fmt::Debug
    for SettingsBuilder<P0, P1, P2, P3, P4, P5> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SettingsBuilder)).finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
        P3,
        P4,
        P5,
    > SettingsBuilder<missing::settings::mute_enable_join, P1, P2, P3, P4, P5> {
        /// Sets [`mute_enable_join`](super::Settings::mute_enable_join).
        ///
        /// Required.
        pub fn mute_enable_join(
            self,
            value: bool,
        ) -> SettingsBuilder<bool, P1, P2, P3, P4, P5> {
            SettingsBuilder {
                mute_enable_join: value,
                allow_unmute_self: self.allow_unmute_self,
                mute_all: self.mute_all,
                host_video: self.host_video,
                participant_video: self.participant_video,
                enable_record: self.enable_record,
                play_ivr_on_leave: self.play_ivr_on_leave,
                play_ivr_on_join: self.play_ivr_on_join,
                live_url: self.live_url,
            }
        }
    }
    impl<
        P0,
        P2,
        P3,
        P4,
        P5,
    > SettingsBuilder<P0, missing::settings::allow_unmute_self, P2, P3, P4, P5> {
        /// Sets [`allow_unmute_self`](super::Settings::allow_unmute_self).
        ///
        /// Required.
        pub fn allow_unmute_self(
            self,
            value: bool,
        ) -> SettingsBuilder<P0, bool, P2, P3, P4, P5> {
            SettingsBuilder {
                mute_enable_join: self.mute_enable_join,
                allow_unmute_self: value,
                mute_all: self.mute_all,
                host_video: self.host_video,
                participant_video: self.participant_video,
                enable_record: self.enable_record,
                play_ivr_on_leave: self.play_ivr_on_leave,
                play_ivr_on_join: self.play_ivr_on_join,
                live_url: self.live_url,
            }
        }
    }
    impl<
        P0,
        P1,
        P3,
        P4,
        P5,
    > SettingsBuilder<P0, P1, missing::settings::participant_video, P3, P4, P5> {
        /// Sets [`participant_video`](super::Settings::participant_video).
        ///
        /// Required.
        pub fn participant_video(
            self,
            value: bool,
        ) -> SettingsBuilder<P0, P1, bool, P3, P4, P5> {
            SettingsBuilder {
                mute_enable_join: self.mute_enable_join,
                allow_unmute_self: self.allow_unmute_self,
                mute_all: self.mute_all,
                host_video: self.host_video,
                participant_video: value,
                enable_record: self.enable_record,
                play_ivr_on_leave: self.play_ivr_on_leave,
                play_ivr_on_join: self.play_ivr_on_join,
                live_url: self.live_url,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
        P4,
        P5,
    > SettingsBuilder<P0, P1, P2, missing::settings::enable_record, P4, P5> {
        /// Sets [`enable_record`](super::Settings::enable_record).
        ///
        /// Required.
        pub fn enable_record(
            self,
            value: bool,
        ) -> SettingsBuilder<P0, P1, P2, bool, P4, P5> {
            SettingsBuilder {
                mute_enable_join: self.mute_enable_join,
                allow_unmute_self: self.allow_unmute_self,
                mute_all: self.mute_all,
                host_video: self.host_video,
                participant_video: self.participant_video,
                enable_record: value,
                play_ivr_on_leave: self.play_ivr_on_leave,
                play_ivr_on_join: self.play_ivr_on_join,
                live_url: self.live_url,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
        P3,
        P5,
    > SettingsBuilder<P0, P1, P2, P3, missing::settings::play_ivr_on_leave, P5> {
        /// Sets [`play_ivr_on_leave`](super::Settings::play_ivr_on_leave).
        ///
        /// Required.
        pub fn play_ivr_on_leave(
            self,
            value: bool,
        ) -> SettingsBuilder<P0, P1, P2, P3, bool, P5> {
            SettingsBuilder {
                mute_enable_join: self.mute_enable_join,
                allow_unmute_self: self.allow_unmute_self,
                mute_all: self.mute_all,
                host_video: self.host_video,
                participant_video: self.participant_video,
                enable_record: self.enable_record,
                play_ivr_on_leave: value,
                play_ivr_on_join: self.play_ivr_on_join,
                live_url: self.live_url,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
        P3,
        P4,
    > SettingsBuilder<P0, P1, P2, P3, P4, missing::settings::live_url> {
        /// Sets [`live_url`](super::Settings::live_url).
        ///
        /// Required.
        pub fn live_url(self, value: bool) -> SettingsBuilder<P0, P1, P2, P3, P4, bool> {
            SettingsBuilder {
                mute_enable_join: self.mute_enable_join,
                allow_unmute_self: self.allow_unmute_self,
                mute_all: self.mute_all,
                host_video: self.host_video,
                participant_video: self.participant_video,
                enable_record: self.enable_record,
                play_ivr_on_leave: self.play_ivr_on_leave,
                play_ivr_on_join: self.play_ivr_on_join,
                live_url: value,
            }
        }
    }
    impl<P0, P1, P2, P3, P4, P5> SettingsBuilder<P0, P1, P2, P3, P4, P5> {
        /// Sets [`mute_all`](super::Settings::mute_all).
        ///
        /// Optional.
        pub fn mute_all(mut self, value: bool) -> Self {
            self.mute_all = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`host_video`](super::Settings::host_video).
        ///
        /// Optional.
        pub fn host_video(mut self, value: bool) -> Self {
            self.host_video = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`play_ivr_on_join`](super::Settings::play_ivr_on_join).
        ///
        /// Optional.
        pub fn play_ivr_on_join(mut self, value: bool) -> Self {
            self.play_ivr_on_join = ::std::option::Option::Some(value);
            self
        }
    }
    impl SettingsBuilder<bool, bool, bool, bool, bool, bool> {
        /// The [`Settings`](super::Settings).
        pub fn build(self) -> super::Settings {
            super::Settings {
                mute_enable_join: self.mute_enable_join,
                allow_unmute_self: self.allow_unmute_self,
                mute_all: self.mute_all,
                host_video: self.host_video,
                participant_video: self.participant_video,
                enable_record: self.enable_record,
                play_ivr_on_leave: self.play_ivr_on_leave,
                play_ivr_on_join: self.play_ivr_on_join,
                live_url: self.live_url,
            }
        }
    }
    /// Builds a [`SubMeeting`](super::SubMeeting): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SubMeetingBuilder {
        pub(crate) sub_meeting_id: ::std::option::Option<::std::string::String>,
        pub(crate) status: ::std::option::Option<i64>,
        pub(crate) start_time: ::std::option::Option<crate::UnixSeconds>,
        pub(crate) end_time: ::std::option::Option<crate::UnixSeconds>,
    }
    impl ::std::fmt::Debug for SubMeetingBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SubMeetingBuilder)).finish_non_exhaustive()
        }
    }
    impl SubMeetingBuilder {
        /// Sets [`sub_meeting_id`](super::SubMeeting::sub_meeting_id).
        ///
        /// Optional.
        pub fn sub_meeting_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.sub_meeting_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`status`](super::SubMeeting::status).
        ///
        /// Optional.
        pub fn status(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.status = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`start_time`](super::SubMeeting::start_time).
        ///
        /// Optional.
        pub fn start_time(
            mut self,
            value: impl ::std::convert::Into<crate::UnixSeconds>,
        ) -> Self {
            self.start_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`end_time`](super::SubMeeting::end_time).
        ///
        /// Optional.
        pub fn end_time(
            mut self,
            value: impl ::std::convert::Into<crate::UnixSeconds>,
        ) -> Self {
            self.end_time = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl SubMeetingBuilder {
        /// The [`SubMeeting`](super::SubMeeting).
        pub fn build(self) -> super::SubMeeting {
            super::SubMeeting {
                sub_meeting_id: self.sub_meeting_id,
                status: self.status,
                start_time: self.start_time,
                end_time: self.end_time,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`UserObj`](super::UserObj): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct UserObjBuilder<P0 = missing::user_obj::userid> {
        pub(crate) userid: P0,
        pub(crate) is_anonymous: ::std::option::Option<::std::string::String>,
        pub(crate) nick_name: ::std::option::Option<::std::string::String>,
        pub(crate) profile_photo: ::std::option::Option<::std::string::String>,
    }
    impl<P0> ::std::fmt::Debug for UserObjBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(UserObjBuilder)).finish_non_exhaustive()
        }
    }
    impl UserObjBuilder<missing::user_obj::userid> {
        /// Sets [`userid`](super::UserObj::userid).
        ///
        /// Required.
        pub fn userid(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> UserObjBuilder<::std::string::String> {
            UserObjBuilder {
                userid: value.into(),
                is_anonymous: self.is_anonymous,
                nick_name: self.nick_name,
                profile_photo: self.profile_photo,
            }
        }
    }
    impl<P0> UserObjBuilder<P0> {
        /// Sets [`is_anonymous`](super::UserObj::is_anonymous).
        ///
        /// Optional.
        pub fn is_anonymous(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.is_anonymous = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`nick_name`](super::UserObj::nick_name).
        ///
        /// Optional.
        pub fn nick_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.nick_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`profile_photo`](super::UserObj::profile_photo).
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
    impl UserObjBuilder<::std::string::String> {
        /// The [`UserObj`](super::UserObj).
        pub fn build(self) -> super::UserObj {
            super::UserObj {
                userid: self.userid,
                is_anonymous: self.is_anonymous,
                nick_name: self.nick_name,
                profile_photo: self.profile_photo,
            }
        }
    }
    /// The markers of required fields not set yet: `missing::<model>::<field>`.
    pub mod missing {
        /// The required fields of [`AddMeetingBackgroundsPath`](super::super::AddMeetingBackgroundsPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod add_meeting_backgrounds_path {
            /// `meeting_id` of [`AddMeetingBackgroundsPath`](super::super::super::AddMeetingBackgroundsPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
        }
        /// The required fields of [`AddMeetingBackgroundsRequest`](super::super::AddMeetingBackgroundsRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod add_meeting_backgrounds_request {
            /// `userid` of [`AddMeetingBackgroundsRequest`](super::super::super::AddMeetingBackgroundsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct userid;
            /// `instanceid` of [`AddMeetingBackgroundsRequest`](super::super::super::AddMeetingBackgroundsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instanceid;
            /// `image_list` of [`AddMeetingBackgroundsRequest`](super::super::super::AddMeetingBackgroundsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct image_list;
        }
        /// The required fields of [`AddMeetingBackgroundsResponse`](super::super::AddMeetingBackgroundsResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod add_meeting_backgrounds_response {}
        /// The required fields of [`Background`](super::super::Background) not set yet.
        #[allow(non_camel_case_types)]
        pub mod background {}
        /// The required fields of [`BackgroundImage`](super::super::BackgroundImage) not set yet.
        #[allow(non_camel_case_types)]
        pub mod background_image {
            /// `image_md5` of [`BackgroundImage`](super::super::super::BackgroundImage) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct image_md5;
            /// `image_url` of [`BackgroundImage`](super::super::super::BackgroundImage) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct image_url;
        }
        /// The required fields of [`CancelMeetingPath`](super::super::CancelMeetingPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod cancel_meeting_path {
            /// `meeting_id` of [`CancelMeetingPath`](super::super::super::CancelMeetingPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
        }
        /// The required fields of [`CancelMeetingRequest`](super::super::CancelMeetingRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod cancel_meeting_request {
            /// `userid` of [`CancelMeetingRequest`](super::super::super::CancelMeetingRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct userid;
            /// `instanceid` of [`CancelMeetingRequest`](super::super::super::CancelMeetingRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instanceid;
            /// `reason_code` of [`CancelMeetingRequest`](super::super::super::CancelMeetingRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct reason_code;
        }
        /// The required fields of [`CreateMeetingRequest`](super::super::CreateMeetingRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod create_meeting_request {
            /// `userid` of [`CreateMeetingRequest`](super::super::super::CreateMeetingRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct userid;
            /// `instanceid` of [`CreateMeetingRequest`](super::super::super::CreateMeetingRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instanceid;
            /// `subject` of [`CreateMeetingRequest`](super::super::super::CreateMeetingRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct subject;
            /// `meeting_type` of [`CreateMeetingRequest`](super::super::super::CreateMeetingRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_type;
            /// `start_time` of [`CreateMeetingRequest`](super::super::super::CreateMeetingRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct start_time;
            /// `end_time` of [`CreateMeetingRequest`](super::super::super::CreateMeetingRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct end_time;
            /// `settings` of [`CreateMeetingRequest`](super::super::super::CreateMeetingRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct settings;
        }
        /// The required fields of [`CreateMeetingResponse`](super::super::CreateMeetingResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod create_meeting_response {}
        /// The required fields of [`ErrorInfo`](super::super::ErrorInfo) not set yet.
        #[allow(non_camel_case_types)]
        pub mod error_info {
            /// `error_code` of [`ErrorInfo`](super::super::super::ErrorInfo) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct error_code;
            /// `message` of [`ErrorInfo`](super::super::super::ErrorInfo) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct message;
        }
        /// The required fields of [`ErrorResponse`](super::super::ErrorResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod error_response {
            /// `error_info` of [`ErrorResponse`](super::super::super::ErrorResponse) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct error_info;
        }
        /// The required fields of [`EventMeetingInfo`](super::super::EventMeetingInfo) not set yet.
        #[allow(non_camel_case_types)]
        pub mod event_meeting_info {}
        /// The required fields of [`EventRoomInfo`](super::super::EventRoomInfo) not set yet.
        #[allow(non_camel_case_types)]
        pub mod event_room_info {}
        /// The required fields of [`EventUser`](super::super::EventUser) not set yet.
        #[allow(non_camel_case_types)]
        pub mod event_user {}
        /// The required fields of [`GetMeetingPath`](super::super::GetMeetingPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_meeting_path {
            /// `meeting_id` of [`GetMeetingPath`](super::super::super::GetMeetingPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
        }
        /// The required fields of [`GetMeetingRequest`](super::super::GetMeetingRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_meeting_request {
            /// `operator_id` of [`GetMeetingRequest`](super::super::super::GetMeetingRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// `operator_id_type` of [`GetMeetingRequest`](super::super::super::GetMeetingRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// `instanceid` of [`GetMeetingRequest`](super::super::super::GetMeetingRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instanceid;
        }
        /// The required fields of [`GetMeetingResponse`](super::super::GetMeetingResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_meeting_response {}
        /// The required fields of [`GetPushStreamInfoPath`](super::super::GetPushStreamInfoPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_push_stream_info_path {
            /// `meeting_id` of [`GetPushStreamInfoPath`](super::super::super::GetPushStreamInfoPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
        }
        /// The required fields of [`GetPushStreamInfoRequest`](super::super::GetPushStreamInfoRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_push_stream_info_request {
            /// `operator_id` of [`GetPushStreamInfoRequest`](super::super::super::GetPushStreamInfoRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// `operator_id_type` of [`GetPushStreamInfoRequest`](super::super::super::GetPushStreamInfoRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// `instanceid` of [`GetPushStreamInfoRequest`](super::super::super::GetPushStreamInfoRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instanceid;
        }
        /// The required fields of [`GetPushStreamInfoResponse`](super::super::GetPushStreamInfoResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_push_stream_info_response {}
        /// The required fields of [`Guest`](super::super::Guest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod guest {}
        /// The required fields of [`LiveConfig`](super::super::LiveConfig) not set yet.
        #[allow(non_camel_case_types)]
        pub mod live_config {}
        /// The required fields of [`LiveWatermark`](super::super::LiveWatermark) not set yet.
        #[allow(non_camel_case_types)]
        pub mod live_watermark {}
        /// The required fields of [`MediumUploadInfo`](super::super::MediumUploadInfo) not set yet.
        #[allow(non_camel_case_types)]
        pub mod medium_upload_info {}
        /// The required fields of [`MeetingCanceledPayload`](super::super::MeetingCanceledPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_canceled_payload {}
        /// The required fields of [`MeetingCreatedPayload`](super::super::MeetingCreatedPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_created_payload {}
        /// The required fields of [`MeetingDetail`](super::super::MeetingDetail) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_detail {}
        /// The required fields of [`MeetingDetailSettings`](super::super::MeetingDetailSettings) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_detail_settings {}
        /// The required fields of [`MeetingInfo`](super::super::MeetingInfo) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_info {}
        /// The required fields of [`MeetingInfoSettings`](super::super::MeetingInfoSettings) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_info_settings {}
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
        /// The required fields of [`PushStreamEntry`](super::super::PushStreamEntry) not set yet.
        #[allow(non_camel_case_types)]
        pub mod push_stream_entry {}
        /// The required fields of [`PushStreamInfo`](super::super::PushStreamInfo) not set yet.
        #[allow(non_camel_case_types)]
        pub mod push_stream_info {
            /// `platform_type` of [`PushStreamInfo`](super::super::super::PushStreamInfo) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct platform_type;
            /// `platform_name` of [`PushStreamInfo`](super::super::super::PushStreamInfo) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct platform_name;
            /// `push_address` of [`PushStreamInfo`](super::super::super::PushStreamInfo) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct push_address;
            /// `push_password` of [`PushStreamInfo`](super::super::super::PushStreamInfo) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct push_password;
        }
        /// The required fields of [`RecurringRule`](super::super::RecurringRule) not set yet.
        #[allow(non_camel_case_types)]
        pub mod recurring_rule {}
        /// The required fields of [`SetDefaultBackgroundPath`](super::super::SetDefaultBackgroundPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod set_default_background_path {
            /// `meeting_id` of [`SetDefaultBackgroundPath`](super::super::super::SetDefaultBackgroundPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
        }
        /// The required fields of [`SetDefaultBackgroundRequest`](super::super::SetDefaultBackgroundRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod set_default_background_request {
            /// `instanceid` of [`SetDefaultBackgroundRequest`](super::super::super::SetDefaultBackgroundRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instanceid;
            /// `selected_background_id` of [`SetDefaultBackgroundRequest`](super::super::super::SetDefaultBackgroundRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct selected_background_id;
            /// `operator_id` of [`SetDefaultBackgroundRequest`](super::super::super::SetDefaultBackgroundRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// `operator_id_type` of [`SetDefaultBackgroundRequest`](super::super::super::SetDefaultBackgroundRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
        }
        /// The required fields of [`SetLiveStreamAddressPath`](super::super::SetLiveStreamAddressPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod set_live_stream_address_path {
            /// `meeting_id` of [`SetLiveStreamAddressPath`](super::super::super::SetLiveStreamAddressPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
        }
        /// The required fields of [`SetLiveStreamAddressRequest`](super::super::SetLiveStreamAddressRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod set_live_stream_address_request {
            /// `userid` of [`SetLiveStreamAddressRequest`](super::super::super::SetLiveStreamAddressRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct userid;
            /// `instanceid` of [`SetLiveStreamAddressRequest`](super::super::super::SetLiveStreamAddressRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instanceid;
            /// `push_stream_info` of [`SetLiveStreamAddressRequest`](super::super::super::SetLiveStreamAddressRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct push_stream_info;
        }
        /// The required fields of [`Settings`](super::super::Settings) not set yet.
        #[allow(non_camel_case_types)]
        pub mod settings {
            /// `mute_enable_join` of [`Settings`](super::super::super::Settings) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct mute_enable_join;
            /// `allow_unmute_self` of [`Settings`](super::super::super::Settings) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct allow_unmute_self;
            /// `participant_video` of [`Settings`](super::super::super::Settings) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct participant_video;
            /// `enable_record` of [`Settings`](super::super::super::Settings) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct enable_record;
            /// `play_ivr_on_leave` of [`Settings`](super::super::super::Settings) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct play_ivr_on_leave;
            /// `live_url` of [`Settings`](super::super::super::Settings) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct live_url;
        }
        /// The required fields of [`SubMeeting`](super::super::SubMeeting) not set yet.
        #[allow(non_camel_case_types)]
        pub mod sub_meeting {}
        /// The required fields of [`UserObj`](super::super::UserObj) not set yet.
        #[allow(non_camel_case_types)]
        pub mod user_obj {
            /// `userid` of [`UserObj`](super::super::super::UserObj) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct userid;
        }
    }
}

// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! Request and response models, one per schema definition.
//!
//! Each struct has `new(<required fields>)` and a chainable `with_<field>(value)` per optional field.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
/// Path parameters of `POST /v1/meetings/{meeting_id}/backgrounds`.
///
/// Generated from `schemas/add-meeting-backgrounds.path.json`.
/// Decoding rejects unknown fields (`additionalProperties: false`).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct AddMeetingBackgroundsPath {
    /// Meeting ID (会议 ID).
    ///
    /// Wire name `meeting_id`, required.
    /// Schema limits: at least 1 characters (`minLength`).
    pub meeting_id: ::std::string::String,
}
impl AddMeetingBackgroundsPath {
    /// Builds one from its required fields: [`meeting_id`](Self::meeting_id).
    pub fn new(meeting_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            meeting_id: meeting_id.into(),
        }
    }
}
/// Body of `POST /v1/meetings/{meeting_id}/backgrounds`: add backgrounds to a scheduled meeting (添加会议背景). A meeting holds at most 7 backgrounds (一场会议最多添加7个背景); images must be PNG (PNG 格式), at most 10 MB (不超过10MB) and at least 1920*1080 (分辨率最小为1920*1080). OAuth2.0 is not supported (暂不支持 OAuth2.0 鉴权访问).
///
/// Generated from `schemas/add-meeting-backgrounds.request.json`.
/// Decoding rejects unknown fields (`additionalProperties: false`).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct AddMeetingBackgroundsRequest {
    /// ID of the meeting creator (会议创建者 ID).
    ///
    /// Wire name `userid`, required.
    pub userid: ::std::string::String,
    /// Device type ID (设备类型 ID).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
    /// Position in `image_list` of the background the meeting uses (图片列表中会议需要使用的背景图片序号), counting from 1 (从1开始计数); at most the length of `image_list`.
    ///
    /// Wire name `default_image_order`, optional.
    /// Schema limits: at least 1 (`minimum`); at most 7 (`maximum`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub default_image_order: ::std::option::Option<i64>,
    /// The images (图片对象列表): at least one, and at most 7 per meeting (一场会议最多添加7个背景).
    ///
    /// Wire name `image_list`, required.
    /// Schema limits: at least 1 items (`minItems`); at most 7 items (`maxItems`).
    pub image_list: ::std::vec::Vec<BackgroundImage>,
    /// ID of the operator (操作者 ID). Not in the docs: the live API identifies the caller by `operator_id` + `operator_id_type` instead of `userid`; offered as an optional addition.
    ///
    /// Wire name `operator_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator_id: ::std::option::Option<::std::string::String>,
    /// Type of `operator_id` (操作者 ID 的类型): 1 = userid. Not in the docs; see `operator_id`.
    ///
    /// Wire name `operator_id_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator_id_type: ::std::option::Option<i64>,
}
impl AddMeetingBackgroundsRequest {
    /// Builds one from its required fields: [`userid`](Self::userid), [`instanceid`](Self::instanceid), [`image_list`](Self::image_list).
    pub fn new(
        userid: impl ::std::convert::Into<::std::string::String>,
        instanceid: impl ::std::convert::Into<crate::InstanceId>,
        image_list: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<BackgroundImage>,
        >,
    ) -> Self {
        Self {
            userid: userid.into(),
            instanceid: instanceid.into(),
            default_image_order: ::std::option::Option::None,
            image_list: image_list.into_iter().map(::std::convert::Into::into).collect(),
            operator_id: ::std::option::Option::None,
            operator_id_type: ::std::option::Option::None,
        }
    }
    /// Sets [`default_image_order`](Self::default_image_order).
    #[must_use]
    pub fn with_default_image_order(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.default_image_order = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`operator_id`](Self::operator_id).
    #[must_use]
    pub fn with_operator_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.operator_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`operator_id_type`](Self::operator_id_type).
    #[must_use]
    pub fn with_operator_id_type(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.operator_id_type = ::std::option::Option::Some(value.into());
        self
    }
}
/// Body of a successful `POST /v1/meetings/{meeting_id}/backgrounds`: the backgrounds added (新增的会议背景信息). Lenient: the docs mark no output field as required and unknown fields are ignored.
///
/// Generated from `schemas/add-meeting-backgrounds.response.json`.
/// Decoding ignores unknown fields.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, Eq, PartialEq)]
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
}
impl AddMeetingBackgroundsResponse {
    /// Builds one with every field absent.
    pub fn new() -> Self {
        Self {
            background_number: ::std::option::Option::None,
            selected_background_id: ::std::option::Option::None,
            background_list: ::std::option::Option::None,
        }
    }
    /// Sets [`background_number`](Self::background_number).
    #[must_use]
    pub fn with_background_number(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.background_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`selected_background_id`](Self::selected_background_id).
    #[must_use]
    pub fn with_selected_background_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.selected_background_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`background_list`](Self::background_list).
    #[must_use]
    pub fn with_background_list(
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
/// A meeting background (背景对象).
///
/// Generated from `schemas/add-meeting-backgrounds.response.json`.
/// Decoding ignores unknown fields.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, Eq, PartialEq)]
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
}
impl Background {
    /// Builds one with every field absent.
    pub fn new() -> Self {
        Self {
            background_id: ::std::option::Option::None,
            image_md5: ::std::option::Option::None,
        }
    }
    /// Sets [`background_id`](Self::background_id).
    #[must_use]
    pub fn with_background_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.background_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`image_md5`](Self::image_md5).
    #[must_use]
    pub fn with_image_md5(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_md5 = ::std::option::Option::Some(value.into());
        self
    }
}
/// A background image to add (图片对象).
///
/// Generated from `schemas/add-meeting-backgrounds.request.json`.
/// Decoding rejects unknown fields (`additionalProperties: false`).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct BackgroundImage {
    /// MD5 of the background image (背景图片 MD5): the hexadecimal form of the MD5 of the image bytes (图片内容 MD5 的十六进制表示), lower case.
    ///
    /// Wire name `image_md5`, required.
    /// Schema limits: matches `^[0-9a-f]{32}$` (`pattern`).
    pub image_md5: ::std::string::String,
    /// URL of the background image (背景图片 URL).
    ///
    /// Wire name `image_url`, required.
    /// Schema limits: format `uri`.
    pub image_url: ::std::string::String,
}
impl BackgroundImage {
    /// Builds one from its required fields: [`image_md5`](Self::image_md5), [`image_url`](Self::image_url).
    pub fn new(
        image_md5: impl ::std::convert::Into<::std::string::String>,
        image_url: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            image_md5: image_md5.into(),
            image_url: image_url.into(),
        }
    }
}
/// Body of `POST /v1/meetings`: create (schedule) a meeting (创建/预定会议).
///
/// Generated from `schemas/create-meeting.request.json`.
/// Decoding rejects unknown fields (`additionalProperties: false`).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Eq, PartialEq)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CreateMeetingRequest {
    /// Unique ID the caller uses to identify the user (调用方用于标示用户的唯一 ID), for example an enterprise account name or a personal user's phone number.
    ///
    /// Wire name `userid`, required.
    pub userid: ::std::string::String,
    /// Device type of the user (用户的终端设备类型).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
    /// Meeting subject (会议主题). Needed in request and response; the caller must make sure the string is well-formed, and the docs recommend Base64-encoding it before sending and decoding it on receipt. Limit: at most 128 bytes after Base64 encoding (Base64 编码后长度不超过128个字节).
    ///
    /// Wire name `subject`, required.
    /// Schema limits: at most 128 characters (`maxLength`).
    pub subject: ::std::string::String,
    /// Meeting type (会议类型).
    ///
    /// Wire name `type`, required.
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
    /// Schema limits: matches `^[0-9]{1,20}$` (`pattern`).
    pub start_time: crate::UnixSeconds,
    /// Meeting end timestamp in seconds (会议结束时间戳，单位秒).
    ///
    /// Wire name `end_time`, required.
    /// Schema limits: matches `^[0-9]{1,20}$` (`pattern`).
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
    /// Builds one from its required fields: [`userid`](Self::userid), [`instanceid`](Self::instanceid), [`subject`](Self::subject), [`meeting_type`](Self::meeting_type), [`start_time`](Self::start_time), [`end_time`](Self::end_time), [`settings`](Self::settings).
    pub fn new(
        userid: impl ::std::convert::Into<::std::string::String>,
        instanceid: impl ::std::convert::Into<crate::InstanceId>,
        subject: impl ::std::convert::Into<::std::string::String>,
        meeting_type: impl ::std::convert::Into<crate::MeetingType>,
        start_time: impl ::std::convert::Into<crate::UnixSeconds>,
        end_time: impl ::std::convert::Into<crate::UnixSeconds>,
        settings: impl ::std::convert::Into<Settings>,
    ) -> Self {
        Self {
            userid: userid.into(),
            instanceid: instanceid.into(),
            subject: subject.into(),
            meeting_type: meeting_type.into(),
            hosts: ::std::option::Option::None,
            invitees: ::std::option::Option::None,
            start_time: start_time.into(),
            end_time: end_time.into(),
            password: ::std::option::Option::None,
            settings: settings.into(),
        }
    }
    /// Sets [`hosts`](Self::hosts).
    #[must_use]
    pub fn with_hosts(
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
    /// Sets [`invitees`](Self::invitees).
    #[must_use]
    pub fn with_invitees(
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
    /// Sets [`password`](Self::password).
    #[must_use]
    pub fn with_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.password = ::std::option::Option::Some(value.into());
        self
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
/// Body of a successful `POST /v1/meetings`. Lenient: the docs mark no output field as required and unknown fields are ignored.
///
/// Generated from `schemas/create-meeting.response.json`.
/// Decoding ignores unknown fields.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, Eq, PartialEq)]
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
}
impl CreateMeetingResponse {
    /// Builds one with every field absent.
    pub fn new() -> Self {
        Self {
            meeting_number: ::std::option::Option::None,
            meeting_info_list: ::std::option::Option::None,
        }
    }
    /// Sets [`meeting_number`](Self::meeting_number).
    #[must_use]
    pub fn with_meeting_number(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.meeting_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`meeting_info_list`](Self::meeting_info_list).
    #[must_use]
    pub fn with_meeting_info_list(
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
/// What went wrong (错误信息).
///
/// Generated from `schemas/error.response.json`.
/// Decoding ignores unknown fields.
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
    /// Builds one from its required fields: [`error_code`](Self::error_code), [`message`](Self::message).
    pub fn new(
        error_code: impl ::std::convert::Into<i64>,
        message: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            error_code: error_code.into(),
            new_error_code: ::std::option::Option::None,
            message: message.into(),
        }
    }
    /// Sets [`new_error_code`](Self::new_error_code).
    #[must_use]
    pub fn with_new_error_code(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.new_error_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// The body of a failed call (HTTP status >= 300): an error code (错误码) and message (错误信息). Lenient: unknown fields are ignored.
///
/// Generated from `schemas/error.response.json`.
/// Decoding ignores unknown fields.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct ErrorResponse {
    /// What went wrong (错误信息).
    ///
    /// Wire name `error_info`, required.
    pub error_info: ErrorInfo,
}
impl ErrorResponse {
    /// Builds one from its required fields: [`error_info`](Self::error_info).
    pub fn new(error_info: impl ::std::convert::Into<ErrorInfo>) -> Self {
        Self {
            error_info: error_info.into(),
        }
    }
}
/// The meeting an event is about (会议信息).
///
/// Generated from `schemas/events/definitions.json`.
/// Decoding ignores unknown fields.
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
    /// Where the meeting was created (会议创建来源): 0 none, 1 client (客户端), 2 web, 3 WeCom (企微), 4 WeChat (微信), 5 Outlook, 6 REST API, 7 Tencent Docs (腾讯文档), 8 Rooms smart recording (Rooms 智能录制).
    ///
    /// Wire name `meeting_create_from`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_create_from: ::std::option::Option<i64>,
}
impl EventMeetingInfo {
    /// Builds one with every field absent.
    pub fn new() -> Self {
        Self {
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
    /// Sets [`meeting_id`](Self::meeting_id).
    #[must_use]
    pub fn with_meeting_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.meeting_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`meeting_code`](Self::meeting_code).
    #[must_use]
    pub fn with_meeting_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.meeting_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`subject`](Self::subject).
    #[must_use]
    pub fn with_subject(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subject = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`creator`](Self::creator).
    #[must_use]
    pub fn with_creator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
        self.creator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`creator_id`](Self::creator_id).
    #[must_use]
    pub fn with_creator_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.creator_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`hosts`](Self::hosts).
    #[must_use]
    pub fn with_hosts(
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
    /// Sets [`meeting_type`](Self::meeting_type).
    #[must_use]
    pub fn with_meeting_type(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.meeting_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`start_time`](Self::start_time).
    #[must_use]
    pub fn with_start_time(
        mut self,
        value: impl ::std::convert::Into<crate::EventTime>,
    ) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`end_time`](Self::end_time).
    #[must_use]
    pub fn with_end_time(
        mut self,
        value: impl ::std::convert::Into<crate::EventTime>,
    ) -> Self {
        self.end_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`meeting_create_mode`](Self::meeting_create_mode).
    #[must_use]
    pub fn with_meeting_create_mode(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.meeting_create_mode = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`meeting_create_from`](Self::meeting_create_from).
    #[must_use]
    pub fn with_meeting_create_from(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.meeting_create_from = ::std::option::Option::Some(value.into());
        self
    }
}
/// A Tencent Meeting Rooms device of the meeting (Rooms 信息).
///
/// Generated from `schemas/events/definitions.json`.
/// Decoding ignores unknown fields.
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
    /// Builds one with every field absent.
    pub fn new() -> Self {
        Self {
            meeting_room_id: ::std::option::Option::None,
            meeting_room_name: ::std::option::Option::None,
            rooms_id: ::std::option::Option::None,
        }
    }
    /// Sets [`meeting_room_id`](Self::meeting_room_id).
    #[must_use]
    pub fn with_meeting_room_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.meeting_room_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`meeting_room_name`](Self::meeting_room_name).
    #[must_use]
    pub fn with_meeting_room_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.meeting_room_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`rooms_id`](Self::rooms_id).
    #[must_use]
    pub fn with_rooms_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rooms_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// A user in an event: the operator (事件操作者), the creator (创建者) or a host (主持人). Which fields are present depends on the event and the user.
///
/// Generated from `schemas/events/definitions.json`.
/// Decoding ignores unknown fields.
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
    /// Builds one with every field absent.
    pub fn new() -> Self {
        Self {
            userid: ::std::option::Option::None,
            open_id: ::std::option::Option::None,
            uuid: ::std::option::Option::None,
            user_name: ::std::option::Option::None,
            ms_open_id: ::std::option::Option::None,
            instance_id: ::std::option::Option::None,
        }
    }
    /// Sets [`userid`](Self::userid).
    #[must_use]
    pub fn with_userid(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.userid = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`open_id`](Self::open_id).
    #[must_use]
    pub fn with_open_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.open_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`uuid`](Self::uuid).
    #[must_use]
    pub fn with_uuid(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.uuid = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`user_name`](Self::user_name).
    #[must_use]
    pub fn with_user_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.user_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`ms_open_id`](Self::ms_open_id).
    #[must_use]
    pub fn with_ms_open_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ms_open_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`instance_id`](Self::instance_id).
    #[must_use]
    pub fn with_instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// The upload result of one material (素材上传信息).
///
/// Generated from `schemas/events/meeting-medium-uploaded.json`.
/// Decoding ignores unknown fields.
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
    /// Material type (素材类型): 1 video (视频), 2 picture (图片), 3 file (文件).
    ///
    /// Wire name `medium_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub medium_type: ::std::option::Option<i64>,
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
    /// Builds one with every field absent.
    pub fn new() -> Self {
        Self {
            upload_status: ::std::option::Option::None,
            error_msg: ::std::option::Option::None,
            medium_type: ::std::option::Option::None,
            medium_url: ::std::option::Option::None,
            medium_id: ::std::option::Option::None,
        }
    }
    /// Sets [`upload_status`](Self::upload_status).
    #[must_use]
    pub fn with_upload_status(mut self, value: bool) -> Self {
        self.upload_status = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`error_msg`](Self::error_msg).
    #[must_use]
    pub fn with_error_msg(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error_msg = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`medium_type`](Self::medium_type).
    #[must_use]
    pub fn with_medium_type(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.medium_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`medium_url`](Self::medium_url).
    #[must_use]
    pub fn with_medium_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.medium_url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`medium_id`](Self::medium_id).
    #[must_use]
    pub fn with_medium_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.medium_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// One item of the `payload` of the event `meeting.canceled` (会议取消): the creator or an administrator cancelled a scheduled meeting from a client, the web or the REST cancel-meeting API.
///
/// Generated from `schemas/events/meeting-canceled.json`.
/// Decoding ignores unknown fields.
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
    /// Builds one with every field absent.
    pub fn new() -> Self {
        Self {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            cancel_reason: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
    /// Sets [`operate_time`](Self::operate_time).
    #[must_use]
    pub fn with_operate_time(
        mut self,
        value: impl ::std::convert::Into<crate::EventTime>,
    ) -> Self {
        self.operate_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`operator`](Self::operator).
    #[must_use]
    pub fn with_operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
        self.operator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`cancel_reason`](Self::cancel_reason).
    #[must_use]
    pub fn with_cancel_reason(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cancel_reason = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`meeting_info`](Self::meeting_info).
    #[must_use]
    pub fn with_meeting_info(
        mut self,
        value: impl ::std::convert::Into<EventMeetingInfo>,
    ) -> Self {
        self.meeting_info = ::std::option::Option::Some(value.into());
        self
    }
}
/// One item of the `payload` of the event `meeting.created` (会议创建): a meeting was created from a client, the web or the REST create-meeting API.
///
/// Generated from `schemas/events/meeting-created.json`.
/// Decoding ignores unknown fields.
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
    /// Builds one with every field absent.
    pub fn new() -> Self {
        Self {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
    /// Sets [`operate_time`](Self::operate_time).
    #[must_use]
    pub fn with_operate_time(
        mut self,
        value: impl ::std::convert::Into<crate::EventTime>,
    ) -> Self {
        self.operate_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`operator`](Self::operator).
    #[must_use]
    pub fn with_operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
        self.operator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`meeting_info`](Self::meeting_info).
    #[must_use]
    pub fn with_meeting_info(
        mut self,
        value: impl ::std::convert::Into<EventMeetingInfo>,
    ) -> Self {
        self.meeting_info = ::std::option::Option::Some(value.into());
        self
    }
}
/// A created meeting (会议对象).
///
/// Generated from `schemas/create-meeting.response.json`.
/// Decoding ignores unknown fields.
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
    /// URL to join the meeting (加入会议 URL).
    ///
    /// Wire name `join_url`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub join_url: ::std::option::Option<::std::string::String>,
    /// Settings of the meeting (会议的配置); may be the default settings (可为缺省配置).
    ///
    /// Wire name `settings`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub settings: ::std::option::Option<MeetingInfoSettings>,
}
impl MeetingInfo {
    /// Builds one with every field absent.
    pub fn new() -> Self {
        Self {
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
    /// Sets [`subject`](Self::subject).
    #[must_use]
    pub fn with_subject(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subject = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`meeting_id`](Self::meeting_id).
    #[must_use]
    pub fn with_meeting_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.meeting_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`meeting_code`](Self::meeting_code).
    #[must_use]
    pub fn with_meeting_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.meeting_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`password`](Self::password).
    #[must_use]
    pub fn with_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.password = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`hosts`](Self::hosts).
    #[must_use]
    pub fn with_hosts(
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
    /// Sets [`participants`](Self::participants).
    #[must_use]
    pub fn with_participants(
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
    /// Sets [`participants_list`](Self::participants_list).
    #[must_use]
    pub fn with_participants_list(
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
    /// Sets [`start_time`](Self::start_time).
    #[must_use]
    pub fn with_start_time(
        mut self,
        value: impl ::std::convert::Into<crate::UnixSeconds>,
    ) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`end_time`](Self::end_time).
    #[must_use]
    pub fn with_end_time(
        mut self,
        value: impl ::std::convert::Into<crate::UnixSeconds>,
    ) -> Self {
        self.end_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`join_url`](Self::join_url).
    #[must_use]
    pub fn with_join_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.join_url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`settings`](Self::settings).
    #[must_use]
    pub fn with_settings(
        mut self,
        value: impl ::std::convert::Into<MeetingInfoSettings>,
    ) -> Self {
        self.settings = ::std::option::Option::Some(value.into());
        self
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
            .field("join_url", &self.join_url)
            .field("settings", &self.settings)
            .finish()
    }
}
/// Media settings of a created meeting (会议媒体参数对象), as the server reports them.
///
/// Generated from `schemas/create-meeting.response.json`.
/// Decoding ignores unknown fields.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, Eq, PartialEq)]
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
}
impl MeetingInfoSettings {
    /// Builds one with every field absent.
    pub fn new() -> Self {
        Self {
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
    /// Sets [`mute_enable_join`](Self::mute_enable_join).
    #[must_use]
    pub fn with_mute_enable_join(mut self, value: bool) -> Self {
        self.mute_enable_join = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`allow_unmute_self`](Self::allow_unmute_self).
    #[must_use]
    pub fn with_allow_unmute_self(mut self, value: bool) -> Self {
        self.allow_unmute_self = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`mute_all`](Self::mute_all).
    #[must_use]
    pub fn with_mute_all(mut self, value: bool) -> Self {
        self.mute_all = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`host_video`](Self::host_video).
    #[must_use]
    pub fn with_host_video(mut self, value: bool) -> Self {
        self.host_video = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`participant_video`](Self::participant_video).
    #[must_use]
    pub fn with_participant_video(mut self, value: bool) -> Self {
        self.participant_video = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`enable_record`](Self::enable_record).
    #[must_use]
    pub fn with_enable_record(mut self, value: bool) -> Self {
        self.enable_record = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`play_ivr_on_leave`](Self::play_ivr_on_leave).
    #[must_use]
    pub fn with_play_ivr_on_leave(mut self, value: bool) -> Self {
        self.play_ivr_on_leave = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`play_ivr_on_join`](Self::play_ivr_on_join).
    #[must_use]
    pub fn with_play_ivr_on_join(mut self, value: bool) -> Self {
        self.play_ivr_on_join = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`live_url`](Self::live_url).
    #[must_use]
    pub fn with_live_url(mut self, value: bool) -> Self {
        self.live_url = ::std::option::Option::Some(value);
        self
    }
}
/// One item of the `payload` of the event `meeting.live-started` (直播开始): live streaming of a meeting started.
///
/// Generated from `schemas/events/meeting-live-started.json`.
/// Decoding ignores unknown fields.
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
    /// Builds one with every field absent.
    pub fn new() -> Self {
        Self {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
    /// Sets [`operate_time`](Self::operate_time).
    #[must_use]
    pub fn with_operate_time(
        mut self,
        value: impl ::std::convert::Into<crate::EventTime>,
    ) -> Self {
        self.operate_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`operator`](Self::operator).
    #[must_use]
    pub fn with_operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
        self.operator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`meeting_info`](Self::meeting_info).
    #[must_use]
    pub fn with_meeting_info(
        mut self,
        value: impl ::std::convert::Into<EventMeetingInfo>,
    ) -> Self {
        self.meeting_info = ::std::option::Option::Some(value.into());
        self
    }
}
/// One item of the `payload` of the event `meeting.live-stopped` (直播停止): live streaming of a meeting stopped.
///
/// Generated from `schemas/events/meeting-live-stopped.json`.
/// Decoding ignores unknown fields.
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
    /// Builds one with every field absent.
    pub fn new() -> Self {
        Self {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
    /// Sets [`operate_time`](Self::operate_time).
    #[must_use]
    pub fn with_operate_time(
        mut self,
        value: impl ::std::convert::Into<crate::EventTime>,
    ) -> Self {
        self.operate_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`operator`](Self::operator).
    #[must_use]
    pub fn with_operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
        self.operator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`meeting_info`](Self::meeting_info).
    #[must_use]
    pub fn with_meeting_info(
        mut self,
        value: impl ::std::convert::Into<EventMeetingInfo>,
    ) -> Self {
        self.meeting_info = ::std::option::Option::Some(value.into());
        self
    }
}
/// One item of the `payload` of the event `meeting.medium-uploaded` (素材上传结果): the materials (videos, pictures, files) of an API request, such as adding meeting backgrounds, were uploaded or failed to. The envelope's `trace_id` is the `X-TC-Trace` response header of that request.
///
/// Generated from `schemas/events/meeting-medium-uploaded.json`.
/// Decoding ignores unknown fields.
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
    /// Builds one with every field absent.
    pub fn new() -> Self {
        Self {
            operate_time: ::std::option::Option::None,
            event_upload_status: ::std::option::Option::None,
            upload_info: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
    /// Sets [`operate_time`](Self::operate_time).
    #[must_use]
    pub fn with_operate_time(
        mut self,
        value: impl ::std::convert::Into<crate::EventTime>,
    ) -> Self {
        self.operate_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`event_upload_status`](Self::event_upload_status).
    #[must_use]
    pub fn with_event_upload_status(mut self, value: bool) -> Self {
        self.event_upload_status = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`upload_info`](Self::upload_info).
    #[must_use]
    pub fn with_upload_info(
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
    /// Sets [`meeting_info`](Self::meeting_info).
    #[must_use]
    pub fn with_meeting_info(
        mut self,
        value: impl ::std::convert::Into<EventMeetingInfo>,
    ) -> Self {
        self.meeting_info = ::std::option::Option::Some(value.into());
        self
    }
}
/// One item of the `payload` of the event `meeting.updated` (会议更新): the creator or an administrator changed a scheduled meeting from a client, the web or the REST modify-meeting API. Personal-meeting-ID (PMI) meetings do not send it.
///
/// Generated from `schemas/events/meeting-updated.json`.
/// Decoding ignores unknown fields.
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
    /// Builds one with every field absent.
    pub fn new() -> Self {
        Self {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
            rooms_info: ::std::option::Option::None,
        }
    }
    /// Sets [`operate_time`](Self::operate_time).
    #[must_use]
    pub fn with_operate_time(
        mut self,
        value: impl ::std::convert::Into<crate::EventTime>,
    ) -> Self {
        self.operate_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`operator`](Self::operator).
    #[must_use]
    pub fn with_operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
        self.operator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`meeting_info`](Self::meeting_info).
    #[must_use]
    pub fn with_meeting_info(
        mut self,
        value: impl ::std::convert::Into<EventMeetingInfo>,
    ) -> Self {
        self.meeting_info = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`rooms_info`](Self::rooms_info).
    #[must_use]
    pub fn with_rooms_info(
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
/// A live-stream push entry (直播推流信息).
///
/// Generated from `schemas/set-live-stream-address.request.json`.
/// Decoding rejects unknown fields (`additionalProperties: false`).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Eq, PartialEq)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct PushStreamInfo {
    /// Push platform type (推流平台类型).
    ///
    /// Wire name `platform_type`, required.
    pub platform_type: crate::PlatformType,
    /// Push platform name (推流平台名称), Base64-encoded on the wire (the docs' example sends `dGVzdDEyMw==` for `test123`). The decoded name has at most 10 characters (平台名称限制10个字符) and must not be only spaces or newlines (不允许纯空格和回车).
    ///
    /// Wire name `platform_name`, required.
    /// Schema limits: base64-encoded (`contentEncoding`).
    pub platform_name: ::std::string::String,
    /// Whether this push address is enabled (是否启用该推流地址): `true` on (开启), `false` off (不开启); default true (默认值为true). The wire name keeps the docs' spelling `enable_push_addres`.
    ///
    /// Wire name `enable_push_addres`, required.
    /// Schema limits: documented default `true`.
    #[serde(rename = "enable_push_addres")]
    pub enable_push_address: bool,
    /// Push address (推流地址).
    ///
    /// Wire name `push_address`, required.
    pub push_address: ::std::string::String,
    /// Push key (推流密钥).
    ///
    /// Wire name `push_password`, required.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    pub push_password: ::std::string::String,
}
impl PushStreamInfo {
    /// Builds one from its required fields: [`platform_type`](Self::platform_type), [`platform_name`](Self::platform_name), [`enable_push_address`](Self::enable_push_address), [`push_address`](Self::push_address), [`push_password`](Self::push_password).
    pub fn new(
        platform_type: impl ::std::convert::Into<crate::PlatformType>,
        platform_name: impl ::std::convert::Into<::std::string::String>,
        enable_push_address: bool,
        push_address: impl ::std::convert::Into<::std::string::String>,
        push_password: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            platform_type: platform_type.into(),
            platform_name: platform_name.into(),
            enable_push_address,
            push_address: push_address.into(),
            push_password: push_password.into(),
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
/// Path parameters of `POST /v1/meetings/{meeting_id}/live_play/live-stream-address` (the docs spell the parameter `{meetingId}`).
///
/// Generated from `schemas/set-live-stream-address.path.json`.
/// Decoding rejects unknown fields (`additionalProperties: false`).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct SetLiveStreamAddressPath {
    /// Meeting ID (会议 ID), `{meetingId}` in the docs' URL.
    ///
    /// Wire name `meeting_id`, required.
    /// Schema limits: at least 1 characters (`minLength`).
    pub meeting_id: ::std::string::String,
}
impl SetLiveStreamAddressPath {
    /// Builds one from its required fields: [`meeting_id`](Self::meeting_id).
    pub fn new(meeting_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            meeting_id: meeting_id.into(),
        }
    }
}
/// Body of `POST /v1/meetings/{meeting_id}/live_play/live-stream-address`: set the live-stream push address of a meeting (设置直播推流地址), before or during the meeting (会前和会中). Callable during the meeting by its creator, hosts and co-hosts within the enterprise, and outside it by the creator. Business and enterprise editions hold at most 1 WeChat Channels address (1个微信视频号地址) and 10 push platforms (10个推流平台). OAuth2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). Success is an empty body (成功时返回空消息体).
///
/// Generated from `schemas/set-live-stream-address.request.json`.
/// Decoding rejects unknown fields (`additionalProperties: false`).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct SetLiveStreamAddressRequest {
    /// User ID (用户 ID).
    ///
    /// Wire name `userid`, required.
    pub userid: ::std::string::String,
    /// Device type of the user (用户的终端设备类型).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
    /// Push-stream entries (推流信息). The docs say only one entry is supported for now (暂只支持设置一条推流信息), a server-side rule.
    ///
    /// Wire name `push_stream_info`, required.
    pub push_stream_info: ::std::vec::Vec<PushStreamInfo>,
}
impl SetLiveStreamAddressRequest {
    /// Builds one from its required fields: [`userid`](Self::userid), [`instanceid`](Self::instanceid), [`push_stream_info`](Self::push_stream_info).
    pub fn new(
        userid: impl ::std::convert::Into<::std::string::String>,
        instanceid: impl ::std::convert::Into<crate::InstanceId>,
        push_stream_info: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<PushStreamInfo>,
        >,
    ) -> Self {
        Self {
            userid: userid.into(),
            instanceid: instanceid.into(),
            push_stream_info: push_stream_info
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
        }
    }
}
/// Media settings of a meeting to create (会议媒体参数配置对象 Settings).
///
/// Generated from `schemas/create-meeting.request.json`.
/// Decoding rejects unknown fields (`additionalProperties: false`).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[serde(deny_unknown_fields)]
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
    /// Builds one from its required fields: [`mute_enable_join`](Self::mute_enable_join), [`allow_unmute_self`](Self::allow_unmute_self), [`participant_video`](Self::participant_video), [`enable_record`](Self::enable_record), [`play_ivr_on_leave`](Self::play_ivr_on_leave), [`live_url`](Self::live_url).
    pub fn new(
        mute_enable_join: bool,
        allow_unmute_self: bool,
        participant_video: bool,
        enable_record: bool,
        play_ivr_on_leave: bool,
        live_url: bool,
    ) -> Self {
        Self {
            mute_enable_join,
            allow_unmute_self,
            mute_all: ::std::option::Option::None,
            host_video: ::std::option::Option::None,
            participant_video,
            enable_record,
            play_ivr_on_leave,
            play_ivr_on_join: ::std::option::Option::None,
            live_url,
        }
    }
    /// Sets [`mute_all`](Self::mute_all).
    #[must_use]
    pub fn with_mute_all(mut self, value: bool) -> Self {
        self.mute_all = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`host_video`](Self::host_video).
    #[must_use]
    pub fn with_host_video(mut self, value: bool) -> Self {
        self.host_video = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`play_ivr_on_join`](Self::play_ivr_on_join).
    #[must_use]
    pub fn with_play_ivr_on_join(mut self, value: bool) -> Self {
        self.play_ivr_on_join = ::std::option::Option::Some(value);
        self
    }
}
/// A user (用户对象 UserObj).
///
/// Generated from `schemas/common.json`.
/// Decoding ignores unknown fields.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct UserObj {
    /// Unique ID the caller uses to identify the user (调用方用于标示用户的唯一 ID), for example an enterprise account name or a personal user's phone number.
    ///
    /// Wire name `userid`, required.
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
    /// Builds one from its required fields: [`userid`](Self::userid).
    pub fn new(userid: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            userid: userid.into(),
            is_anonymous: ::std::option::Option::None,
            nick_name: ::std::option::Option::None,
            profile_photo: ::std::option::Option::None,
        }
    }
    /// Sets [`is_anonymous`](Self::is_anonymous).
    #[must_use]
    pub fn with_is_anonymous(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.is_anonymous = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`nick_name`](Self::nick_name).
    #[must_use]
    pub fn with_nick_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nick_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`profile_photo`](Self::profile_photo).
    #[must_use]
    pub fn with_profile_photo(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.profile_photo = ::std::option::Option::Some(value.into());
        self
    }
}
